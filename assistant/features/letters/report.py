"""The facts of a letter as the draft shows them: the `facts` object of the JSON (every fact with
its value, status, evidence and rule), the professional's "Controleer dit" list, and the fact
lines of the text output, each with its quote. Pure."""

from __future__ import annotations

from datetime import date

from assistant.drafts.facts import Fact
from assistant.features.letters.amounts import money
from assistant.features.letters.dates import format_date
from assistant.features.letters.facts import FACT_NAMES, LetterDate, LetterFacts, Route
from assistant.features.letters.kinds import kind_label

LABELS = {
    "sender": "Afzender", "letter_date": "Datum van de brief", "kind": "Soort brief", "decision": "Besluit",
    "amount_to_pay": "Te betalen", "pay_by": "Betalen uiterlijk op", "objection": "Bezwaar",
    "appeal": "Beroep of verzet bij de rechter", "deadlines": "Termijn", "actions": "Actie",
}  # fmt: skip


def facts_dict(facts: LetterFacts) -> dict:
    out: dict = {}
    for name in FACT_NAMES:
        fact = facts.fact(name)
        out[name] = route_dict(fact) if name in ("objection", "appeal") else fact.to_dict()
    out["deadlines"] = [_deadline_dict(f) for f in facts.deadlines]
    out["actions"] = [f.to_dict() for f in facts.actions]
    return out


def route_dict(fact: Fact) -> dict:
    """{possible, until, how, route, evidence, rule, status}: the fact's value spread out."""
    route: Route | None = fact.value
    data = {
        "possible": route.possible if route else None,
        "until": route.until.isoformat() if route and route.until else None,
        "how": route.how if route else "",
        "route": route.route if route else None,
        "evidence": [e.to_dict() for e in fact.evidence],
        "rule": fact.rule,
        "status": fact.status,
    }
    if fact.note:
        data["note"] = fact.note
    return data


def _deadline_dict(fact: Fact) -> dict:
    d: LetterDate = fact.value
    data = fact.to_dict()
    data["value"] = {
        "date": d.value.isoformat(),
        "meaning": d.meaning,
        "kind": d.kind,
        "condition": d.condition,
    }
    return data


def check_list(facts: LetterFacts) -> list[dict]:
    """Every fact to be checked: {fact, label, note, value, evidence}."""
    named = [(name, facts.fact(name)) for name in FACT_NAMES]
    named += [("deadlines", f) for f in facts.deadlines] + [("actions", f) for f in facts.actions]
    return [
        {"fact": name, "label": LABELS[name], "note": fact.note or "", "value": shown(name, fact),
         "evidence": [e.to_dict() for e in fact.evidence]}
        for name, fact in named
        if fact.status == "to_check"
    ]  # fmt: skip


def shown(name: str, fact: Fact) -> str:
    """The value of a fact as a professional reads it."""
    value = fact.value
    if value is None and fact.status != "stated":
        return "onduidelijk" if fact.status == "to_check" else "niet gevonden"
    if name == "letter_date" and value is None:
        return "geen dagtekening (alleen maand en jaar)"
    if name == "amount_to_pay":
        return money(value) if value is not None else "niets (de brief vraagt geen betaling)"
    if name in ("objection", "appeal"):
        if value is None or value.possible is None:
            return "onduidelijk"
        if not value.possible:
            return "niet mogelijk"
        word = "mogelijk" if value.route == "bezwaar" else f"{value.route} mogelijk"
        return f"{word} tot en met {format_date(value.until)}" if value.until else word
    if name == "decision":
        return {True: "ja", False: "nee"}.get(value, "onduidelijk")
    if name == "kind":
        return kind_label(str(value))
    if isinstance(value, LetterDate):
        condition = f" ({value.condition})" if value.condition else ""
        return f"{'vóór ' if value.before else ''}{format_date(value.value)}: {value.meaning}{condition}"
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def fact_lines(facts: LetterFacts) -> list[str]:
    """One line per stated fact, with its quote: `Te betalen: € 245,50  — "Betaal € 245,50 ..."`."""
    lines = []
    for name in FACT_NAMES:
        fact = facts.fact(name)
        if fact.stated and not (name == "appeal" and fact.value is None):
            lines.append(f"{LABELS[name]}: {shown(name, fact)}{_quoted(fact)}")
        elif fact.status == "to_check":
            lines.append(f"{LABELS[name]}: controleren (zie Controleer dit)")
    deadlines = [f for f in facts.deadlines if f.stated]
    if deadlines:
        lines.append("Termijnen:")
        lines += [f"- {shown('deadlines', f)}{_quoted(f)}" for f in deadlines]
    return lines


def check_lines(facts: LetterFacts) -> list[str]:
    out = []
    for item in check_list(facts):
        quotes = " / ".join(f'"{e["quote"]}"' for e in item["evidence"][:3])
        value = f" ({item['value']})" if item["value"] else ""
        out.append(f"- {item['label']}{value}: {item['note']}" + (f" {quotes}" if quotes else ""))
    return out


def _quoted(fact: Fact) -> str:
    quote = f'  — "{fact.evidence[0].quote}"' if fact.evidence else ""
    rule = f" (regel: {fact.rule})" if fact.rule else ""
    return quote + rule
