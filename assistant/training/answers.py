"""A buddy's answer and the assistant's draft in one shape, so that they can be compared. Pure.

An answer: {category: 1|2|3, urgent: bool, organisations: [names], next_steps: [lines],
grounds: [catalogue ids]}. Organisations are named as they count in triage (every gemeente desk is
"Gemeente"), so "Gemeente, Werk en Inkomen" in one answer and "Gemeente" in another agree.
"""

from __future__ import annotations

from assistant.drafts.edits import category_value, organisation_list
from assistant.errors import InputError

MAX_NEXT_STEPS_CHARS = 4_000
TOP_GROUNDS = 5
TOP_NEXT_STEPS = 4


def next_step_lines(text: str) -> list[str]:
    return [line.strip(" -•*\t") for line in str(text or "").splitlines() if line.strip(" -•*\t")]


def buddy_answer(form: dict, known_grounds: set[str]) -> dict:
    """A buddy's form as an answer; InputError with one clear message for a bad value."""
    if form.get("category") in (None, ""):
        raise InputError("Kies een categorie (1, 2 of 3) voordat u inlevert.")
    steps = str(form.get("next_steps") or "")
    if len(steps) > MAX_NEXT_STEPS_CHARS:
        raise InputError(f"De vervolgstappen zijn te lang (maximaal {MAX_NEXT_STEPS_CHARS:,} tekens).".replace(",", "."))
    unknown = [g for g in form.get("grounds") or [] if g not in known_grounds]
    if unknown:
        raise InputError(f"Onbekende grond: {unknown[0]}. Kies gronden uit de lijst.")
    return {
        "category": category_value(form.get("category")),
        "urgent": bool(form.get("urgent")),
        "organisations": organisation_list(form.get("organisations")),
        "next_steps": next_step_lines(steps),
        "grounds": list(dict.fromkeys(form.get("grounds") or [])),
    }


def unit_name(name: str, name_to_unit: dict[str, str], unit_names: dict[str, str]) -> str:
    """'Gemeente, Werk en Inkomen' -> 'Gemeente'; a name the sociale kaart does not know stays."""
    unit = name_to_unit.get(name.casefold())
    return unit_names.get(unit, name) if unit else name


def assistant_answer(triage: dict, grounds: dict, name_to_unit: dict[str, str], unit_names: dict[str, str]) -> dict:
    """The assistant's triage note and grounds proposal as an answer."""
    details = [d for d in triage.get("organisation_details") or [] if isinstance(d, dict) and d.get("involved")]
    if details:
        names = [unit_names.get(str(d.get("unit")), str(d.get("name"))) for d in details]
    else:
        names = [unit_name(str(n), name_to_unit, unit_names) for n in triage.get("organisations") or []]
    proposed = [g for g in grounds.get("grounds") or [] if isinstance(g, dict)][:TOP_GROUNDS]
    return {
        "category": triage.get("category"),
        "urgent": bool(triage.get("urgent")),
        "organisations": list(dict.fromkeys(names)),
        "next_steps": [str(s) for s in (triage.get("next_steps") or [])[:TOP_NEXT_STEPS]],
        "grounds": [str(g.get("id")) for g in proposed],
        "warnings": [str(w) for w in [*(triage.get("warnings") or []), *(grounds.get("warnings") or [])]][:4],
    }
