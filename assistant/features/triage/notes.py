"""Template texts for the triage note (Dutch): summary, next steps and questions.

Built only from what the engine found (`TriageAssessment`) and the sociale kaart; used as the
note when there is no model, and as the fallback when model output does not verify.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.drafts.facts import STATED
from assistant.features.triage.engine import TriageAssessment
from assistant.features.triage.facts import soft_reason

CATEGORY_MEANING = {
    1: "één (overheids)organisatie betrokken",
    2: "meerdere organisaties, zonder onderlinge afhankelijkheid",
    3: "meerdere organisaties met onderlinge afhankelijkheid",
}
MAX_STEPS = 9
MAX_QUESTIONS = 8


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def template_summary(a: TriageAssessment) -> str:
    parts = []
    if a.life_domains:
        parts.append(f"Vraag op de levensdomeinen {_join(a.life_domains)}.")
    if a.organisations:
        parts.append(f"Betrokken: {_join(a.organisations)}.")
    else:
        parts.append("Er is nog geen specifieke organisatie genoemd.")
    parts.append(f"Categorie {a.category}: {CATEGORY_MEANING[a.category]}.")
    if a.urgent:
        parts.append(f"Spoed: {_join([s.label for s in a.urgency])}.")
    elif a.urgency:
        parts.append(f"Geen spoed vastgesteld; controleer: {_join([s.label for s in a.urgency])}.")
    else:
        parts.append("Geen spoedsignalen gevonden.")
    return " ".join(parts)


def next_steps(a: TriageAssessment, organisations: Sequence[Any]) -> list[str]:
    by_id = {o.id: o for o in organisations}
    steps: list[str] = []
    for s in a.urgency:
        if s.status == STATED:
            steps.append(f"Spoed ({s.label}): {s.step}")
    gov = [a.unit_names[u] for u in a.government_units]
    if a.category == 3:
        steps.append(
            f"Organiseer integraal overleg met {_join(gov + [a.unit_names[u] for u in a.units if u not in a.government_units and u != 'werkgever'])}: "
            "maak samen afspraken over wie op wie wacht en wie als eerste beslist."
        )
        steps.append("Zoek bij elke organisatie een vaste contactpersoon en zo nodig de escalatielijn.")
        steps.append(
            "Ga na of één organisatie vooruit kan lopen (bijvoorbeeld een voorschot of voorlopige beslissing), "
            "zodat cliënt niet tussen de organisaties in valt."
        )
    elif a.category == 2:
        acting = [a.unit_names[u] for u in a.acting_units]
        steps.append(
            f"Leg samen met cliënt per organisatie een lijntje ({_join(acting)}); integraal overleg is niet nodig."
        )
    elif a.acting_units:
        steps.append(f"Help cliënt zelf of verwijs gericht door naar {a.unit_names[a.acting_units[0]]}.")
    else:
        steps.append("Breng samen met cliënt in kaart om welke organisatie het gaat; help zelf waar dat kan.")
    for u in a.government_units:
        org = by_id.get(_primary_id(a, u))
        if org is not None and org.refer_when:
            steps.append(
                f"{a.unit_names[u]} is het aanspreekpunt bij: {_lower_first(_first_sentence(org.refer_when))}"
            )
    for s in a.suggestions:
        org = by_id.get(s.org_id)
        when = _lower_first(_first_sentence(org.refer_when if org else s.refer_when))
        steps.append(f"Overweeg {s.name} (signaal: {s.reason}); past bij: {when}")
    return _dedupe(steps)[:MAX_STEPS]


def template_questions(a: TriageAssessment) -> list[str]:
    qs = ["Wat is voor u op dit moment het belangrijkste om op te lossen?"]
    if a.urgent:
        qs.append("Wat gebeurt er als er de komende weken niets verandert, en per wanneer?")
    if a.category == 3:
        qs.append("Wie wacht op wie? Welke beslissing moet er als eerste komen?")
    elif a.category == 2:
        qs.append(
            "Hangen de vragen bij de verschillende organisaties met elkaar samen, of wacht de een op de ander?"
        )
    if a.government_units:
        for u in a.government_units[:3]:
            qs.append(
                f"Welke brieven of beslissingen heeft u van {a.unit_names[u]} gekregen, en van wanneer?"
            )
    else:
        qs.append("Van welke organisaties krijgt u post of heeft u contact?")
    for f in a.not_involved:
        if soft_reason(a, f.id):
            qs.append(f"Heeft {f.name} nu een rol in de vraag, of is die alleen genoemd?")
        else:
            qs.append(f"Klopt het dat er geen contact is met {f.name}? Is dat contact nodig?")
    qs.extend(a.questions)
    qs.append("Wat heeft u zelf al geprobeerd, en wat gebeurde er toen?")
    return _dedupe(qs)[:MAX_QUESTIONS]


def _primary_id(a: TriageAssessment, unit: str) -> str:
    for f in sorted(a.findings.values(), key=lambda f: f.first):
        if f.unit == unit and f.involved:
            return f.id
    return unit


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    cut = text.find(". ")
    return text if cut < 0 else text[: cut + 1]


def _dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
