"""The triage's facts with their evidence: categorie, spoed, each organisation, each dependency and
each urgency signal, as assistant.drafts.facts.Fact (value, status, evidence with offsets, rule).

A fact is `stated` when the intake says it, or a named rule computes it from what the intake says;
`to_check` when the engine is not sure (a weak or conflicting signal, an organisation only implied
by the situation, a party inferred from another sentence). Every to-check fact also lands in the
check list ("Controleer dit") with its note and quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from assistant.drafts.facts import STATED, TO_CHECK, Evidence, Fact, evidence_at
from assistant.features.triage.background import SOFT_REASONS
from assistant.features.triage.dependencies import Dependency
from assistant.features.triage.involvement import negates_involvement
from assistant.text.spans import Span, sentence_at, sentences

if TYPE_CHECKING:
    from assistant.features.triage.engine import TriageAssessment

PHRASES = {
    "wacht": "{a} wacht op {b}",
    "pas_als": "{a} handelt pas nadat {b} iets gedaan heeft",
    "zonder": "{a} kan niet verder zonder {b}",
    "kan_niet_omdat": "{a} kan niet verder vanwege {b}",
    "daardoor": "{a} kan niet verder vanwege {b}",
    "gevolg": "{a} krijgt gevolgen van een besluit van {b}",
}


def join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def dependency_value(d: Dependency, names: dict[str, str]) -> str:
    """'Gemeente wacht op UWV', or for a cue without direction 'Gemeente en UWV: <label>'."""
    if d.dependent and d.condition and d.kind in PHRASES:
        a, b = join([names[u] for u in d.dependent]), join([names[u] for u in d.condition])
        return PHRASES[d.kind].format(a=a, b=b)
    return f"{join([names[u] for u in d.units])}: {d.label}"


def category_reasons(a: TriageAssessment) -> list[str]:
    """The categorie's reasons as lines with quotes (kept for the text note and for grounds)."""
    acting_names = [a.unit_names[u] for u in a.acting_units]
    reasons: list[str] = []
    if a.category == 3:
        for d in a.dependencies:
            mark = " (controleren)" if d.status == TO_CHECK else ""
            reasons.append(f'Categorie 3: {dependency_value(d, a.unit_names)}{mark}: "{d.quote}"')
        reasons += [f"Categorie 3: {explanation}" for explanation in a.chains]
    elif a.category == 2:
        reasons.append(
            f"Categorie 2: meerdere organisaties met een rol in de vraag ({join(acting_names)}), zonder aanwijzing "
            "dat de een op de ander wacht of elkaars besluit blokkeert."
        )
    elif acting_names:
        reasons.append(f"Categorie 1: één organisatie met een rol in de vraag: {acting_names[0]}.")
    else:
        reasons.append(
            "Categorie 1: geen specifieke overheidsorganisatie genoemd; de dienstverlener kan zelf helpen of "
            "gericht doorverwijzen."
        )
    for u in a.government_units:
        evidence = a.unit_evidence(u)
        if evidence:
            reasons.append(f'{a.unit_names[u]}: "{evidence}"')
    in_dependency = {u for d in a.dependencies for u in d.units} if a.category == 3 else set()
    private = [u for u in a.units if u not in a.government_units]
    parties = [a.unit_names[u] for u in private if u in in_dependency]
    acting = [a.unit_names[u] for u in private if u not in in_dependency and u in a.acting_units]
    others = [a.unit_names[u] for u in private if u not in in_dependency and u not in a.acting_units]
    if parties:
        reasons.append(f"Geen overheidsorganisatie, wel partij in de afhankelijkheid: {join(parties)}.")
    if acting:
        reasons.append(f"Geen overheidsorganisatie, wel een rol in de vraag: {join(acting)}.")
    if others:
        reasons.append(
            f"Genoemd, maar niet meegeteld (alleen afzender, genoemd in een verwijzing, eerder bezocht, of loopt door zoals het liep): {join(others)}."
        )
    for f in a.not_involved:
        soft = soft_reason(a, f.id)
        if soft:
            reasons.append(f'Genoemd, niet meegeteld: {f.name}, {soft} ("{f.negated_evidence[0]}").')
        else:
            reasons.append(f'Niet betrokken: {f.name} ("{f.negated_evidence[0]}").')
    return reasons


def soft_reason(a: TriageAssessment, org_id: str) -> str:
    """When every mention of an uninvolved organisation is one the engine is less sure of (only in the
    past, as a possibility, a comparison or what the client thought): that reason; else ""."""
    reasons = {m.reason for m in a.mentions if m.org_id == org_id and m.negated}
    return "; ".join(sorted(reasons)) if reasons and reasons <= SOFT_REASONS else ""


def triage_facts(a: TriageAssessment) -> dict:
    """The `facts` object of a triage note, and its check list."""
    organisations = _organisations(a)
    dependencies = [_dependency(a, d) for d in a.dependencies]
    signals = [_signal(a, s) for s in a.urgency]
    category, urgent = _category(a), _urgent(a)
    check: list[dict] = []
    _add_check(check, "category", "Categorie", category)
    _add_check(check, "urgent", "Spoed", urgent)
    for org in organisations:
        _add_check(check, f"organisation:{org['id']}", f"Organisatie: {org['name']}", org)
    if category.status == STATED:
        for fact in dependencies:
            _add_check(check, "dependency", f"Afhankelijkheid: {fact['value']}", fact)
    if urgent.status == STATED:
        for s, fact in zip(a.urgency, signals, strict=True):
            _add_check(check, f"urgency_signal:{s.key}", f"Spoedsignaal: {s.label}", fact)
    return {
        "category": category.to_dict(),
        "urgent": urgent.to_dict(),
        "organisations": organisations,
        "dependencies": dependencies,
        "urgency_signals": signals,
        "check_list": check,
    }


# --- the facts ------------------------------------------------------------------------------------


def _category(a: TriageAssessment) -> Fact:
    stated_deps = a.stated_dependencies
    checks = [d for d in a.dependencies if d.status == TO_CHECK]
    calm = _ev(a.text, [a.independence] if a.independence else [])
    if a.category == 3:
        deps = stated_deps or a.dependencies
        evidence = _ev(a.text, [s for d in deps for s in d.spans] + list(a.chain_spans))
        if deps:
            rule = (
                f"categorie 3: organisaties hangen van elkaar af ({dependency_value(deps[0], a.unit_names)})"
            )
        else:
            rule = f"categorie 3: bekende keten ({a.chains[0].split(':')[0].lower()})"
        if calm and stated_deps:
            return Fact(
                3, TO_CHECK, evidence + calm, rule, "De intake zegt ook dat niemand op een ander wacht."
            )
        if not stated_deps and not a.chains:
            return Fact(3, TO_CHECK, evidence, rule, checks[0].note)
        return Fact(3, STATED, evidence, rule)
    acting = a.acting_units
    evidence = _ev(a.text, [_first_span(a, u) for u in acting if _first_span(a, u)])
    if a.category == 2:
        rule = f"categorie 2: meerdere organisaties met een rol in de vraag ({join([a.unit_names[u] for u in acting])}), geen onderlinge afhankelijkheid gevonden"
    elif acting:
        rule = f"categorie 1: één organisatie met een rol in de vraag ({a.unit_names[acting[0]]})"
    else:
        rule = "categorie 1: geen organisatie met een rol in de vraag genoemd"
    if checks:
        note = (
            "Er is een signaal van afhankelijkheid, maar de intake zegt ook dat niemand op een ander wacht."
        )
        return Fact(a.category, TO_CHECK, evidence + _ev(a.text, checks[0].spans) + calm, rule, note)
    implied = [a.unit_names[u] for u in acting if _implied_only(a, u)]
    if implied:
        return Fact(
            a.category, TO_CHECK, evidence, rule, f"Telt mee maar is niet met naam genoemd: {join(implied)}."
        )
    return Fact(a.category, STATED, evidence, rule)


def _urgent(a: TriageAssessment) -> Fact:
    weighed = a.urgency_weighed
    stated_signals = [s for s in a.urgency if s.status == STATED]
    labels = join([s.label for s in a.urgency]) if a.urgency else ""
    if stated_signals:
        return Fact(True, STATED, _ev(a.text, [s.span for s in stated_signals]), f"spoed: {labels}")
    calm = _ev(a.text, [weighed.not_acute]) if weighed and weighed.not_acute else []
    if a.urgency:
        # only where the text says nothing is acute; else each signal's own reason to doubt it
        note = (
            "Spoedsignalen en de zin dat er niets acuut is, spreken elkaar tegen."
            if calm
            else " ".join(dict.fromkeys(s.note for s in a.urgency if s.note))
            or "Spoedsignalen om na te gaan."
        )
        return Fact(
            a.urgent, TO_CHECK, _ev(a.text, [s.span for s in a.urgency]) + calm, f"spoed: {labels}", note
        )
    return Fact(
        False,
        STATED,
        calm,
        "geen spoedsignaal gevonden (inkomen, woning, afsluiting, beslag, termijn, veiligheid)",
    )


def _signal(a: TriageAssessment, s) -> dict:
    fact = Fact(s.label, s.status, _ev(a.text, [s.span]), f"spoedsignaal: {s.label}", s.note)
    return {"key": s.key, **fact.to_dict()}


def _dependency(a: TriageAssessment, d: Dependency) -> dict:
    rule = f"categorie 3: organisaties hangen van elkaar af ({d.label})"
    fact = Fact(dependency_value(d, a.unit_names), d.status, _ev(a.text, d.spans), rule, d.note)
    return {
        "kind": d.kind,
        "units": d.units,
        "dependent": d.dependent,
        "condition": d.condition,
        **fact.to_dict(),
    }


def _organisations(a: TriageAssessment) -> list[dict]:
    out = []
    for f in sorted(a.findings.values(), key=lambda f: (not f.involved, f.first)):
        if not f.involved and not f.negated_evidence:
            continue
        positive = [m.sentence for m in a.mentions if m.org_id == f.id and not m.negated]
        negative = [m.sentence for m in a.mentions if m.org_id == f.id and m.negated]
        named_negation = any(
            m.org_id == f.id and m.via == "naam" and negates_involvement(a.text, m) for m in a.mentions
        )
        soft = "" if f.involved else soft_reason(a, f.id)
        if soft:
            note = f"Genoemd, niet meegeteld ({soft}); ga na of deze organisatie nu toch een rol heeft."
            fact = Fact(False, TO_CHECK, _ev(a.text, negative), "genoemd zonder rol in de vraag", note)
        elif not f.involved:
            fact = Fact(
                False, STATED, _ev(a.text, negative), "de intake zegt dat deze organisatie niet betrokken is"
            )
        elif f.via == "situatie":
            note = f'Niet met naam genoemd; afgeleid uit de situatie ("{" ".join(f.terms[0].split())}").'
            fact = Fact(
                True, TO_CHECK, _ev(a.text, [_sentence_of(a, f.first)]), "afgeleid uit de situatie", note
            )
        elif named_negation:
            note = "De intake noemt deze organisatie zowel betrokken als niet betrokken."
            fact = Fact(True, TO_CHECK, _ev(a.text, positive + negative), "genoemd in de intake", note)
        else:
            fact = Fact(True, STATED, _ev(a.text, positive), f"genoemd in de intake ({', '.join(f.terms)})")
        data = fact.to_dict()
        out.append({"id": f.id, "unit": f.unit, "name": f.name, "government": f.government,
                    "involved": f.involved, **{k: v for k, v in data.items() if k != "value"}})  # fmt: skip
    return out


# --- helpers --------------------------------------------------------------------------------------


def _add_check(check: list[dict], key: str, label: str, fact: Fact | dict) -> None:
    """A to-check fact as a check-list item: {fact, label, note, value, evidence} (as the letters' list)."""
    data = fact.to_dict() if isinstance(fact, Fact) else fact
    if data["status"] == TO_CHECK:
        check.append({"fact": key, "label": label, "note": data.get("note") or "", "value": data.get("value"),
                      "evidence": data["evidence"]})  # fmt: skip


def _ev(text: str, spans: Iterable[Span | None]) -> list[Evidence]:
    out, seen = [], set()
    for s in spans:
        if s is not None and (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(evidence_at(text, s.start, s.end))
    return out


def _first_span(a: TriageAssessment, unit: str) -> Span | None:
    starts = [m for m in a.mentions if not m.negated and a.findings[m.org_id].unit == unit]
    if starts:
        return min(starts, key=lambda m: m.start).sentence
    implied = [f.first for f in a.findings.values() if f.unit == unit and f.involved and f.via == "situatie"]
    return _sentence_of(a, min(implied)) if implied else None


def _implied_only(a: TriageAssessment, unit: str) -> bool:
    return not any(not m.negated and a.findings[m.org_id].unit == unit for m in a.mentions)


def _sentence_of(a: TriageAssessment, pos: int) -> Span:
    return sentence_at(sentences(a.text), pos, len(a.text))
