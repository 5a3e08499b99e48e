"""The professional's edits to a draft, as a form instead of JSON. Pure.

`form_values` gives the fields a front end shows for a draft (triage: category, spoed, organisations,
note; letter: the explanation; grounds: which grounds to keep and a toelichting); `apply_form`
checks what came back and returns the final version: the draft with the edited fields replaced.
Bad values give one clear Dutch message (`InputError`) and change nothing.
"""

from __future__ import annotations

import copy

from assistant.errors import InputError

SKILLS = ("triage", "explain_letter", "grounds")
CATEGORIES = (1, 2, 3)
MAX_FIELD_CHARS = 20_000
MAX_ORGANISATION_CHARS = 80


def ground_label(ground: dict) -> str:
    """'Participatiewet, artikel 52, eerste lid: Voorschot op bijstand (geverifieerd)'."""
    badge = "geverifieerd" if ground.get("verified") else "NIET geverifieerd"
    where = ground.get("citation") or ground.get("id") or "?"
    title = f": {ground['title']}" if ground.get("title") else ""
    return f"{where}{title} ({badge})"


def form_values(skill: str, draft: dict) -> dict:
    """The form's starting values for a draft of `skill`."""
    if skill == "triage":
        return {
            "category": draft.get("category"),
            "urgent": bool(draft.get("urgent")),
            "organisations": [str(o) for o in draft.get("organisations") or []],
            "summary": str(draft.get("summary") or ""),
        }
    if skill == "explain_letter":
        return {"explanation": str(draft.get("explanation") or "")}
    if skill == "grounds":
        grounds = [g for g in draft.get("grounds") or [] if isinstance(g, dict)]
        return {
            "choices": [(ground_label(g), str(g.get("id"))) for g in grounds],
            "kept": [str(g.get("id")) for g in grounds],
            "toelichting": str(draft.get("toelichting") or ""),
        }
    raise InputError(f"Onbekend soort concept: {skill!r}.")


def _text(value: object, name: str, *, required: bool = True) -> str:
    text = str(value or "").strip()
    if required and not text:
        raise InputError(f"{name} is leeg; vul het in of wijs het concept af.")
    if len(text) > MAX_FIELD_CHARS:
        raise InputError(f"{name} is te lang ({len(text):,} tekens; maximaal {MAX_FIELD_CHARS:,}).")
    return text


def category_value(value: object) -> int:
    """1, 2 or 3 (also given as text); anything else is refused."""
    text = str(value if value is not None else "").strip()
    if text not in {str(c) for c in CATEGORIES}:
        raise InputError(f"De categorie moet 1, 2 of 3 zijn, niet {text or 'leeg'}.")
    return int(text)


def organisation_list(values: object) -> list[str]:
    """Names as given, stripped, without doubles (ignoring case); each one short."""
    out: list[str] = []
    for raw in values or []:
        name = " ".join(str(raw).split())
        if not name:
            continue
        if len(name) > MAX_ORGANISATION_CHARS:
            raise InputError(f"De naam van een organisatie is te lang (maximaal {MAX_ORGANISATION_CHARS} tekens).")
        if name.lower() not in {o.lower() for o in out}:
            out.append(name)
    return out


def apply_form(skill: str, draft: dict, form: dict) -> dict:
    """The final version: a copy of the draft with the form's fields; InputError on bad values."""
    final = copy.deepcopy(draft)
    if skill == "triage":
        final["category"] = category_value(form.get("category"))
        final["urgent"] = bool(form.get("urgent"))
        final["organisations"] = organisation_list(form.get("organisations"))
        final["summary"] = _text(form.get("summary"), "De notitie")
    elif skill == "explain_letter":
        final["explanation"] = _text(form.get("explanation"), "De uitleg")
    elif skill == "grounds":
        kept = {str(k) for k in form.get("kept") or []}
        grounds = [g for g in draft.get("grounds") or [] if isinstance(g, dict)]
        if not kept & {str(g.get("id")) for g in grounds}:
            raise InputError("Houd ten minste één grond aangevinkt, of wijs het concept af.")
        final["grounds"] = [g for g in grounds if str(g.get("id")) in kept]
        toelichting = _text(form.get("toelichting"), "De toelichting", required=False)
        if toelichting or "toelichting" in draft:
            final["toelichting"] = toelichting
    else:
        raise InputError(f"Onbekend soort concept: {skill!r}.")
    return final
