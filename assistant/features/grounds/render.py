"""The draft onderbouwing as plain text that a professional can paste (GroundsProposal.to_text)."""

from __future__ import annotations

import textwrap

WIDTH = 100


def _wrap(text: str, indent: str = "", hanging: str | None = None) -> list[str]:
    """Wrapped lines; `hanging` indents the continuation lines (for list items)."""
    return textwrap.wrap(
        " ".join(str(text).split()), WIDTH, initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
    ) or [indent]  # fmt: skip


def _step_lines(step: dict, indent: str = "  ") -> list[str]:
    lines = [step["title"]]
    if step.get("text"):
        lines += _wrap(step["text"], indent)
    for value in step.get("values", []):
        anchors = ", ".join(
            a["citation"] + ("" if a["verified"] else " (niet geverifieerd)") for a in value["anchors"]
        )
        lines += _wrap(f"{value['law']}: {value['text']} [{anchors}]", indent + "- ")
    for item in step.get("obstacles_found", []):
        lines += _wrap(item, indent + "- ")
    for action in step.get("actions", []):
        lines += _wrap(action, indent + "- ")
    for key in ("legitimiteit", "rendement", "betrokkenheid"):
        if key in step:
            lines += [indent + line for line in _step_lines(step[key], indent)]
    for q in step.get("questions", []):
        lines += _wrap(f"Vraag: {q}", indent)
    return lines


def _fact_lines(facts: list[dict]) -> list[str]:
    """Each fact behind a ground with the quote beside it (and where the quote sits in the input)."""
    lines = ["   Feiten uit de casus:"] if facts else []
    for fact in facts:
        if fact["status"] == "stated" and fact["evidence"]:
            ev = fact["evidence"][0]
            rule = f"; {fact['rule']}" if fact.get("rule") else ""
            lines += _wrap(f'{fact["value"]}: "{ev["quote"]}" ({fact["source"]}, teken {ev["start"]}-{ev["end"]}{rule})',
                           "     - ", "       ")  # fmt: skip
        else:
            lines += _wrap(f"{fact['value']}: niet gevonden in de casus (controleer)", "     - ", "       ")
    return lines


def proposal_text(p) -> str:
    out = ["CONCEPT - onderbouwing voor maatwerk", ""]
    out += _wrap(p.notice)
    out.append("")
    out.append("Mogelijke gronden")
    if not p.grounds:
        out.append("  (geen passende grond gevonden)")
    for i, g in enumerate(p.grounds, 1):
        mark = "geverifieerd in de wettekst" if g.verified else "NIET geverifieerd"
        check = "" if g.status == "stated" else " - CONTROLEER: niet alle vereiste feiten staan in de casus"
        out.append(f"{i}. {g.citation} - {g.title} ({mark}){check}")
        out += _wrap("Wat het toestaat: " + g.summary, "   ")
        out += _fact_lines(g.facts)
        out += _wrap(g.why, "   ")
        if g.toelichting:
            out += _wrap("Toelichting: " + g.toelichting, "   ")
        out += _wrap("Grenzen: " + g.limits, "   ")
        if g.version_note:
            out += _wrap("Versie: " + g.version_note, "   ")
        if g.source_text:
            out += _wrap('Wettekst: "' + g.source_text + '"', "   ")
        if g.to_check:
            out.append("   Controleer dit:")
            for item in g.to_check:
                out += _wrap(item, "     - ", "       ")
        out.append("")
    out.append("Omgekeerde Toets")
    for step in p.omgekeerde_toets.values():
        out += ["  " + line for line in _step_lines(step)]
    out += ["", "Doorbraakmethode, stap 4 tot en met 6"]
    for key, step in p.doorbraak.items():
        if key == "doorbraak" and step.get("obstacle"):
            step = {**step, "text": step.get("text") or f"Obstakel: {step['obstacle']}"}
        out += ["  " + line for line in _step_lines(step)]
    if p.budget_check:
        b = p.budget_check
        out += ["", "Mini-maatwerkbudget"]
        out += _wrap(b["verdict"], "  ")
        for r in b["rules"]:
            mark = {True: "ja", False: "nee", None: "?"}[r["ok"]]
            out += _wrap(f"[{mark}] {r['title']}: {r['explanation']}", "  - ")
            if r.get("question"):
                out += _wrap(f"Vraag: {r['question']}", "      ")
        out += _wrap(b["source"], "  ")
    if p.warnings:
        out += ["", "Waarschuwingen"]
        for w in p.warnings:
            out += _wrap(w, "  - ")
    return "\n".join(out).rstrip() + "\n"
