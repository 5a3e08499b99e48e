"""A model-written toelichting per proposed ground, verified before it is shown.

A toelichting is rejected when it cites an article that is not in the proposal, claims an
entitlement ("u heeft recht op", "wordt toegekend"), is not Dutch, or is empty or overlong.
Rejected toelichtingen are left out (the engine's own text stays) and the warning says why.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.drafts.check import Check
from assistant.drafts.wording import ModelOutputError, Wording, parse_json_object, word_with_model
from assistant.text.citations import parse_citations
from assistant.text.claims import decision_language
from assistant.text.language import is_dutch

PROMPT_NAME = "grounds"
MAX_CHARS = 900
SCHEMA = {
    "type": "object",
    "properties": {
        "toelichtingen": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "tekst": {"type": "string"}},
                "required": ["id", "tekst"],
            },
        }
    },
    "required": ["toelichtingen"],
}


def check_toelichting(text: str, allowed: Iterable[tuple[str, str]], laws) -> Check:
    """Problems (Dutch) that keep the toelichting from being shown; none when it may be shown."""
    return Check([reason] if (reason := _rejection(text, allowed, laws)) else [])


def _rejection(text: str, allowed: Iterable[tuple[str, str]], laws) -> str | None:
    text = (text or "").strip()
    if not text:
        return "lege toelichting"
    if len(text) > MAX_CHARS:
        return "te lang"
    allowed = set(allowed)
    articles = {article for _, article in allowed}
    for cit in parse_citations(text, laws):
        if (cit.law, cit.article) not in allowed and not (cit.law is None and cit.article in articles):
            return f"noemt een artikel dat niet in het voorstel staat ({cit})"
    promises = decision_language(text)
    if promises:
        return f"belooft een uitkomst ('{promises[0]}')"
    if not is_dutch(text):
        return "geen (leesbaar) Nederlands"
    return None


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _prompt_grounds(result) -> str:
    """The grounds, kept short: a local model reads the prompt slowly on a CPU."""
    lines = []
    for g in result.grounds:
        facts = "; ".join(f'{f["value"]} ("{_short(f["evidence"][0]["quote"], 120)}")'
                          for f in g.facts if f["status"] == "stated" and f["evidence"])  # fmt: skip
        missing = "; ".join(item for item in g.to_check if item.startswith("Niet gevonden"))
        lines.append(f"- id: {g.id}\n  verwijzing: {g.citation}\n  wat het toestaat: {_short(g.summary, 300)}\n"
                     f"  feiten uit de casus: {_short(facts, 400) or '(geen)'}\n"
                     f"  te controleren: {_short(missing, 200) or '(niets)'}\n  grenzen: {_short(g.limits, 200)}")  # fmt: skip
    return "\n".join(lines)


def write_toelichtingen(result, case_text: str, obstacle: str | None, *, llm, laws, settings) -> None:
    """Ask the model for one toelichting per ground; keep only those that pass the checks."""
    allowed = {(g.law, g.article) for g in result.grounds}

    def verify(texts: dict[str, str]) -> Check:
        if not texts:
            return Check(["het model gaf geen toelichting"])
        kept, notes = {}, []
        for g in result.grounds:
            text = texts.get(g.id)
            if text is None:
                continue
            check = check_toelichting(text, allowed, laws)
            if not check.ok:
                notes.append(f"Toelichting bij {g.citation} weggelaten: {check.problems[0]}.")
            else:
                kept[g.id] = text.strip()
        problems = [] if kept else ["geen enkele toelichting kwam door de controle"]
        return Check(problems, notes=notes, value=kept)

    kept = word_with_model(result, llm, settings, Wording(
        PROMPT_NAME,
        {"case": case_text.strip(), "obstacle": obstacle or "(niet opgegeven)", "grounds": _prompt_grounds(result)},
        verify, parse=_read_toelichtingen, schema=SCHEMA, fallback="de standaardtekst staat er",
    ))  # fmt: skip
    for g in result.grounds:
        g.toelichting = (kept or {}).get(g.id)


def _read_toelichtingen(raw: str) -> dict[str, str]:
    items = parse_json_object(raw).get("toelichtingen") or []
    if not isinstance(items, list):
        raise ModelOutputError("het model gaf geen lijst met toelichtingen")
    return {str(i["id"]): str(i["tekst"]) for i in items if isinstance(i, dict) and "id" in i and "tekst" in i}
