"""Triage of an intake story: organisations, categorie 1/2/3, spoed and levensdomeinen.

The method is the report's ("Verslag rol overheidsdienstverlener", §4, 3 categorieën):
- categorie 1: one (overheids)organisatie is involved (or none is named yet);
- categorie 2: several overheidsorganisaties, without interdependence;
- categorie 3: several organisations that depend on each other: one waits for the other, one's
  decision blocks the other's, or they send the person back and forth. Private parties count (a
  bank, a verhuurder, a werkgever, a school), also two private parties (a bank waiting on the notaris).
Spoed: a solution is needed within weeks or the person falls out (no income, eviction, cut-off,
beslag, a deadline in days or weeks, homelessness, care ending at 18, danger).

Every fact the engine states carries its evidence (facts.py builds them); where it is not sure
(a weak or conflicting signal, an organisation only implied) the fact is to be checked.

Pure and deterministic: the sociale kaart comes in as an argument; no model, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.drafts.facts import STATED
from assistant.features.triage.cues import INDEPENDENCE
from assistant.features.triage.denied_by_name import denied_by_name
from assistant.features.triage.dependencies import Dependency, Party, find_dependencies
from assistant.features.triage.desks import desk_dependencies, desk_parties
from assistant.features.triage.domains import find_life_domains
from assistant.features.triage.facts import category_reasons, triage_facts
from assistant.features.triage.implied import find_chains, find_situations
from assistant.features.triage.involvement import counted_mentions
from assistant.features.triage.names import named_again
from assistant.features.triage.party_evidence import NO_ROLE
from assistant.features.triage.roles import acting_units
from assistant.features.triage.rules import first_unnegated
from assistant.features.triage.urgency import Urgency, UrgencySignal, find_urgency
from assistant.knowledge.organisations import OrgFinding, OrgMention, collect_findings, find_mentions, unit_of
from assistant.text.spans import Span, sentence_at, sentences


@dataclass
class Suggestion:
    org_id: str
    name: str
    reason: str  # the situation that suggests it
    refer_when: str
    question: str = ""


@dataclass
class TriageAssessment:
    category: int
    urgent: bool
    findings: dict[str, OrgFinding]
    units: list[str]  # involved units, in order of appearance
    unit_names: dict[str, str]
    government_units: list[str]
    acting_units: list[
        str
    ]  # units that act in the question: the overheidsorganisaties and acting private parties
    category_reasons: list[str]
    urgency: list[UrgencySignal]
    life_domains: list[str]
    dependencies: list[Dependency] = field(default_factory=list)
    chains: list[str] = field(default_factory=list)  # explanations of known chains found
    situations: list[str] = field(default_factory=list)  # situation keys found
    suggestions: list[Suggestion] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)  # situation-specific questions
    mentions: list[OrgMention] = field(default_factory=list)  # the counted mentions (evidence)
    chain_spans: list[Span] = field(default_factory=list)  # the sentence that shows each chain
    urgency_weighed: Urgency | None = None  # signals with their status, and any "niets acuut"
    independence: Span | None = None  # where the text says nobody waits for anyone
    text: str = ""

    @property
    def organisations(self) -> list[str]:
        """Display names of the involved organisations: overheidsorganisaties first."""
        gov = [self.unit_names[u] for u in self.units if u in self.government_units]
        other = [self.unit_names[u] for u in self.units if u not in self.government_units]
        return gov + other

    @property
    def not_involved(self) -> list[OrgFinding]:
        """Organisations that are only mentioned in a negated way."""
        seen, out = set(self.units), []
        for f in self.findings.values():
            if not f.involved and f.negated_evidence and f.unit not in seen:
                seen.add(f.unit)
                out.append(f)
        return out

    def unit_evidence(self, unit: str) -> str:
        for f in sorted(self.findings.values(), key=lambda f: f.first):
            if f.unit == unit and f.involved and f.evidence:
                return f.evidence[0]
        return ""

    @property
    def stated_dependencies(self) -> list[Dependency]:
        return [d for d in self.dependencies if d.status == STATED]

    def to_dict(self) -> dict:
        facts = triage_facts(self)
        return {
            "category": self.category,
            "urgent": self.urgent,
            "organisations": self.organisations,
            "category_reasons": self.category_reasons,
            "urgency_signals": signal_lines(self),
            "life_domains": self.life_domains,
            "organisation_details": [f.to_dict() for f in self.findings.values()],
            "dependencies": facts["dependencies"],
            "suggestions": [s.__dict__ for s in self.suggestions],
            "facts": {k: v for k, v in facts.items() if k != "check_list"},
            "check_list": facts["check_list"],
        }


def assess(text: str, organisations: Sequence[Any]) -> TriageAssessment:
    """The engine's triage of an intake text against the sociale kaart `organisations`."""
    orgs = tuple(organisations)
    by_id = {o.id: o for o in orgs}
    spans = sentences(text)
    found = named_again(text, find_mentions(text, orgs), lambda org_id: unit_of(by_id[org_id]))
    mentions = denied_by_name(text, counted_mentions(text, found, by_id))
    findings = collect_findings(text, orgs, mentions)
    # Chains and situations may mark organisations involved; everything after reads the findings.
    chains, chain_spans = find_chains(text, spans, findings, by_id)
    situation_keys, suggested, questions = find_situations(text, spans, findings, by_id)
    units, gov_units, unit_names = _involved_units(findings, by_id)
    acting = acting_units(text, units, gov_units, mentions, findings)
    dependencies = find_dependencies(text, spans, _parties(mentions, findings), set(gov_units))
    if not dependencies and (desks := desk_parties(mentions, findings, lambda m: _counts(m, findings))):
        desk_ids = {p.unit for p in desks}
        dependencies = desk_dependencies(find_dependencies(text, spans, desks, desk_ids))
        unit_names.update({d: by_id[d].name for d in desk_ids})
    independent = first_unnegated(INDEPENDENCE, text, spans)
    urgency = find_urgency(text, spans, findings)
    assessment = TriageAssessment(
        category=_category(units, gov_units, acting, dependencies, bool(chains), independent is not None),
        urgent=urgency.urgent,
        findings=findings,
        units=units,
        unit_names=unit_names,
        government_units=gov_units,
        acting_units=acting,
        category_reasons=[],
        urgency=urgency.signals,
        life_domains=find_life_domains(text),
        dependencies=dependencies,
        chains=chains,
        situations=situation_keys,
        suggestions=_suggestions(suggested, findings, by_id),
        questions=questions,
        mentions=list(mentions),
        chain_spans=chain_spans,
        urgency_weighed=urgency,
        independence=sentence_at(spans, independent.start(), len(text)) if independent else None,
        text=text,
    )
    assessment.category_reasons = category_reasons(assessment)
    return assessment


# --- the steps of assess -------------------------------------------------------------------------


def _parties(mentions: Sequence[OrgMention], findings: dict[str, OrgFinding]) -> list[Party]:
    """Every place an involved organisation appears: its positive mentions, its mentions that only
    lack a role of their own (a dependency may give them one: "zolang de verhuurder het stuk niet
    aanlevert"), and where a situation implied it."""
    out = [Party(findings[m.org_id].unit, m.start) for m in mentions if _counts(m, findings)]
    out += [Party(f.unit, f.first) for f in findings.values() if f.via == "situatie" and f.involved]
    return sorted(out, key=lambda p: p.start)


def _counts(m: OrgMention, findings: dict[str, OrgFinding]) -> bool:
    """A mention of an involved organisation that counts, or only lacks a role of its own."""
    return (not m.negated or m.reason == NO_ROLE) and findings[m.org_id].involved


def _involved_units(findings: dict[str, OrgFinding], by_id) -> tuple[list[str], list[str], dict[str, str]]:
    """The involved units in order of appearance, those that are overheidsorganisaties, and their names."""
    involved = sorted((f for f in findings.values() if f.involved), key=lambda f: f.first)
    units: list[str] = []
    for f in involved:
        if f.unit not in units:
            units.append(f.unit)
    gov_units = [u for u in units if any(f.government for f in involved if f.unit == u)]
    unit_names = {u: _unit_name(u, [f for f in involved if f.unit == u], by_id) for u in units}
    return units, gov_units, unit_names


def _category(
    units: list[str],
    gov_units: list[str],
    acting: list[str],
    dependencies: list[Dependency],
    chain: bool,
    independent: bool,
) -> int:
    """3 when organisations depend on each other (a stated dependency; one to check, or a known chain,
    only when the text does not say that nobody waits), 2 with several organisations that act in the question (the
    report's "(overheids)organisaties": private parties count), else 1."""
    stated = any(d.status == STATED for d in dependencies)
    if stated or (not independent and (dependencies or (chain and gov_units and len(units) >= 2))):
        return 3
    return 2 if len(acting) >= 2 else 1


def _suggestions(
    suggested: list[tuple[str, str]], findings: dict[str, OrgFinding], by_id
) -> list[Suggestion]:
    return [
        Suggestion(org_id, by_id[org_id].name, label, by_id[org_id].refer_when)
        for org_id, label in suggested
        if not (findings.get(org_id) and findings[org_id].involved)
    ]


# --- helpers -----------------------------------------------------------------------------------


def _unit_name(unit: str, unit_findings: list[OrgFinding], by_id) -> str:
    if unit != "gemeente":
        return unit_findings[0].name
    desks = []
    for f in unit_findings:
        if f.id == "gemeente":
            continue
        desk = f.name.removeprefix("Gemeente, ").removeprefix("Gemeente ")
        if desk not in desks:
            desks.append(desk)
    base = by_id["gemeente"].name if "gemeente" in by_id else "Gemeente"
    return f"{base} ({', '.join(desks)})" if desks else base


def signal_lines(a: TriageAssessment) -> list[str]:
    """'geen inkomen: "quote"' per urgency signal; a signal to check says so."""
    return [f'{s.label}{" (controleren)" if s.status != STATED else ""}: "{s.quote}"' for s in a.urgency]
