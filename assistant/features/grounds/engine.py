"""Match maatwerk grounds (corpus/gronden) to a case and rank them. Pure: the catalogue, the
organisations and the laws come in as arguments (objects from assistant.knowledge.corpus or alike).

A ground scores on four kinds of evidence, each quoted from the case so the professional can
check it: the kind of obstacle (grounds_obstacles), the ground's own signal words, the
organisations and the laws the case names. Retrieval over the indexed law text may add a boost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.grounds.case import CaseSignals, Mention, analyse_case
from assistant.features.grounds.casetext import OBSTACLE, CaseText
from assistant.features.grounds.concepts import expand
from assistant.features.grounds.conditions import GroundCheck, GroundFact, check_ground
from assistant.features.grounds.lawful_stay import shut_out
from assistant.features.grounds.obstacle_reading import cited_articles, says_no_choice
from assistant.features.grounds.obstacles import KIND_LABELS
from assistant.features.grounds.ranking import rank
from assistant.features.grounds.subjects import (
    EXECUTORS,
    SUBJECT_NAMES,
    core_accept,
    fact_in_own_law,
    is_gated,
    law_subject,
    names_only_a_subject,
    set_aside_by_scheme,
)
from assistant.features.grounds.weighing import boost_related, lex_specialis, weigh_laws_and_organisations
from assistant.text.folding import fold
from assistant.text.matching import find_phrase
from assistant.text.spans import sentence_around

# Weights. Kinds: first overlap counts fully, further overlaps half (general grounds such as the
# Awb list many kinds and must not drown the specific ones).
W_KIND_FIRST, W_KIND_MORE, W_KIND_PRIMARY, W_KIND_CAP = 2.0, 0.75, 0.75, 4.0
W_SIGNAL, W_SIGNAL_OBSTACLE, SIGNAL_CAP = 1.0, 1.5, 4.0
W_ORG, ORG_CAP = 0.5, 1.0
W_LAW = 1.5
W_RETRIEVED = 1.0
MIN_SCORE = 3.0
W_REQ_OBSTACLE, W_REQ_CASE, W_COMPLETE = 1.5, 1.0, 1.5  # required facts found, in the obstacle / the case
W_CITED = 2.5  # another lid of the article the obstacle says was applied: its exceptions and alternatives
BACKGROUND_FACTOR = 0.75  # a specific ground that does not touch the obstacle the professional names


@dataclass(frozen=True)
class Evidence:
    kind: str  # obstakel | signaal | organisatie | wet | wettekst
    label: str
    quote: str


@dataclass
class GroundMatch:
    ground: Any  # assistant.knowledge.corpus.Ground
    score: float
    evidence: list[Evidence]
    check: GroundCheck = field(default_factory=GroundCheck)  # required facts, with their evidence
    subject: GroundFact | None = None  # the case is about the ground's law (None for the Awb)
    focus: bool = True  # the ground touches the obstacle the professional names
    # a general norm of the case's own law where the obstacle says the body has no choice ("de regels
    # laten geen ruimte"): the law's own evenredigheidsnorm answers that directly
    answers_no_choice: bool = False

    @property
    def general(self) -> bool:
        return bool(getattr(self.ground, "general", False))

    @property
    def status(self) -> str:
        """stated: every required fact is in the case; to_check: some are missing."""
        return STATED if self.check.complete else TO_CHECK

    @property
    def facts(self) -> list[GroundFact]:
        return ([self.subject] if self.subject else []) + self.check.facts

    def why(self) -> str:
        """Why this ground may apply, in Dutch: each quoted sentence once, with what it showed."""
        by_quote: dict[str, list[str]] = {}
        derived, orgs, law, retrieved = [], [], None, False
        for ev in self.evidence:
            if ev.kind == "obstakel" and ev.quote.startswith("acute nood ("):
                derived.append(ev.label)
            elif ev.kind == "obstakel":
                by_quote.setdefault(ev.quote, []).append(ev.label)
            elif ev.kind == "signaal":
                by_quote.setdefault(ev.quote, []).append(f"'{ev.label}'")
            elif ev.kind == "organisatie":
                orgs.append(ev.label)
            elif ev.kind == "wet":
                law = ev.label
            elif ev.kind == "wettekst":
                retrieved = True
        parts = [f'"{q}" ({", ".join(labels)})' for q, labels in by_quote.items()]
        if derived:
            parts.append(
                "acute nood terwijl een regel of wachttijd de oplossing tegenhoudt: de gevolgen kunnen onevenredig zijn"
            )
        if orgs:
            parts.append("betrokken: " + ", ".join(orgs))
        if law:
            parts.append(f"de casus gaat over de {law}")
        if retrieved:
            parts.append("het artikel komt ook naar voren bij zoeken in de wetteksten")
        return ("Mogelijk van toepassing. " + "; ".join(parts) + ".") if parts else ""


def specific_signals(ground: Any) -> tuple[str, ...]:
    """The ground's signal words without those that only name its law's subject ("toeslag" for an
    Awir ground, "bijstandsuitkering" for a Participatiewet ground) or the body that carries the law
    out ("UWV" for a WIA ground): the subject gate and the organisations already count those, and
    they would rank every ground of that law alike."""
    subject = [fold(s) for s in SUBJECT_NAMES.get(ground.law, ())]
    executor = {fold(s) for s in EXECUTORS.get(ground.law, ())}
    return tuple(
        s for s in ground.signals
        if fold(s) not in executor
        and not any(fold(s) == stem or (" " not in s and fold(s).startswith(stem)) for stem in subject)
    )  # fmt: skip


def score_ground(
    ground: Any,
    signals: CaseSignals,
    case_text: str,
    obstacle: str | None,
    retrieved: frozenset[tuple[str, str]] = frozenset(),
) -> GroundMatch:
    evidence: list[Evidence] = []
    score = 0.0
    # 1. obstacle kinds
    kind_score = 0.0
    for finding in signals.obstacles:
        if finding.kind in ground.obstacle_kinds and not any(
            e.kind == "obstakel" and e.label == KIND_LABELS[finding.kind] for e in evidence
        ):
            kind_score += W_KIND_FIRST if kind_score == 0 else W_KIND_MORE
            evidence.append(Evidence("obstakel", finding.label, finding.quote))
    if ground.obstacle_kinds and ground.obstacle_kinds[0] in signals.kinds:
        kind_score += W_KIND_PRIMARY  # the kind the ground is first meant for
    score += min(kind_score, W_KIND_CAP)
    # 2. the ground's own signal words (the obstacle text weighs more)
    signal_score = 0.0
    seen_quotes: set[str] = set()
    for text, weight in (
        (obstacle or "", W_SIGNAL_OBSTACLE),
        (case_text, W_SIGNAL),
    ):
        if not text:
            continue
        folded = fold(text)
        for sig in specific_signals(ground):
            span = find_phrase(folded, sig)
            if span is None:
                continue
            q = sentence_around(text, span)
            if any(e.kind == "signaal" and fold(e.label) == fold(sig) for e in evidence):
                continue
            signal_score += weight if q not in seen_quotes else weight / 2
            seen_quotes.add(q)
            evidence.append(Evidence("signaal", sig, q))
    score += min(signal_score, SIGNAL_CAP)
    # 3. organisations and laws named
    org_hits = [m for m in signals.organisations if m.key in ground.organisations]
    score += min(W_ORG * len(org_hits), ORG_CAP) if (kind_score or signal_score) else 0.0
    evidence += [Evidence("organisatie", m.name, m.quote) for m in org_hits[:3]]
    if any(m.key == ground.law for m in signals.laws):
        score += W_LAW
        evidence.append(
            Evidence("wet", ground.law, next(m.quote for m in signals.laws if m.key == ground.law))
        )
    # 4. retrieval over the indexed law text
    if (ground.law, ground.article) in retrieved:
        score += W_RETRIEVED
        evidence.append(Evidence("wettekst", f"{ground.law} {ground.article}", ""))
    return GroundMatch(ground, round(score, 3), evidence)


def consider(
    ground: Any, case: CaseText, signals: CaseSignals, retrieved: frozenset, cited: dict | None = None
) -> GroundMatch | None:
    """Score one ground, or None when it cannot apply: its law's subject is not in the case, the
    client is shut out of its law (no lawful stay: lawful_stay.py), the only toeslag of the case has its
    own rule for the article (subjects.set_aside_by_scheme), a `not_when` holds, or its first
    required fact (its core: the procedure or the exception it is about) is not there (a general
    ground's core in a matter of the law that excludes it does not count: subjects.core_accept).
    Other missing facts make it a ground to check. `cited`: the articles the obstacle says were
    applied ((law, article) -> quote); a specific ground of such an article is an exception or
    alternative to what was applied, so it touches the obstacle."""
    subject = law_subject(ground.law, case) if is_gated(ground.law) else None
    if (is_gated(ground.law) and subject is None) or shut_out(ground.law, case):
        return None
    if set_aside_by_scheme(ground.law, ground.article, case):
        return None
    check = check_ground(ground, case, core_accept(ground.law, ground.article, case))
    if check.excluded is not None or (ground.requires and not check.facts[0].stated):
        return None  # the first required fact is the ground's core (its procedure or exception)
    match = score_ground(ground, signals, case.inputs["casus"], case.inputs["obstakel"] or None, retrieved)
    match.check, match.subject = check, subject
    telling = [
        f for f, c in zip(check.facts, ground.requires, strict=True)
        if f.stated and not names_only_a_subject(expand(c.any_of))
    ]  # fmt: skip
    found = sum(W_REQ_OBSTACLE if f.source == OBSTACLE else W_REQ_CASE for f in telling)
    # a general norm covers its whole law, so naming the law's subject in the obstacle is enough; a
    # specific ground's fact in an obstacle sentence about another law touches that law's matter
    touching = check.met if match.general else [f for f in telling if fact_in_own_law(ground.law, case, f)]
    match.focus = addresses_obstacle(match, case, touching, _kinds_in_obstacle(signals))
    match.answers_no_choice = match.general and ground.law != "Awb" and says_no_choice(case)
    quote = (cited or {}).get((ground.law, ground.article))
    if quote is not None and not match.general:
        match.focus = True
        match.score += W_CITED
        match.evidence.append(Evidence("obstakel", f"de organisatie past artikel {ground.article} toe", quote))
    focus = 1.0 if match.general or match.focus else BACKGROUND_FACTOR
    match.score = round((match.score + found + (W_COMPLETE if check.complete else 0.0)) * focus, 3)
    return match


def _kinds_in_obstacle(signals: CaseSignals) -> frozenset:
    return frozenset(f.kind for f in signals.obstacles if f.source == OBSTACLE and f.kind != "beleidsregel")


def addresses_obstacle(
    match: GroundMatch, case: CaseText, telling: list[GroundFact] | None = None, kinds_in_obstacle: frozenset = frozenset()
) -> bool:
    """Does the ground touch what the professional says stands in the way? True without an
    obstacle text; otherwise one of its telling required facts (not one that only names the law's
    subject, such as "toeslag" in "Dienst Toeslagen") or signal words must be in it, or the
    obstacle shows the kind of problem the ground is first meant for (`kinds_in_obstacle`: kinds
    other than a rule or policy, which nearly every obstacle names)."""
    obstacle = " ".join(case.inputs[OBSTACLE].split())
    if not obstacle:
        return True
    facts = match.check.met if telling is None else telling
    return (
        any(f.source == OBSTACLE for f in facts)
        or any(e.kind == "signaal" and e.quote and e.quote in obstacle for e in match.evidence)
        or (bool(match.ground.obstacle_kinds) and match.ground.obstacle_kinds[0] in kinds_in_obstacle)
    )


def match_grounds(
    case_text: str,
    obstacle: str | None = None,
    *,
    grounds: Iterable[Any],
    organisations: Iterable[Any] = (),
    laws: Iterable[Any] = (),
    retrieved: Iterable[tuple[str, str]] = (),
    involved: Sequence[Mention] | None = None,
    limit: int = 8,
    min_score: float = MIN_SCORE,
) -> tuple[CaseSignals, list[GroundMatch]]:
    """Rank the catalogue for this case: grounds whose required facts are all in the case first,
    then those with some missing (to check); general norms after the specific grounds."""
    grounds = list(grounds)
    case = CaseText(case_text, obstacle)
    org_ids = sorted({o for g in grounds for o in g.organisations})
    signals = analyse_case(case_text, obstacle, organisations=organisations, laws=laws, fallback_org_ids=org_ids,
                           involved=involved, case=case)  # fmt: skip
    retrieved_set = frozenset((law, str(art)) for law, art in retrieved)
    cited = cited_articles(obstacle or "", laws)
    scored = [m for g in grounds if (m := consider(g, case, signals, retrieved_set, cited)) is not None]
    weigh_laws_and_organisations(scored, signals, {g.law for g in grounds})
    lex_specialis(scored)
    boost_related(scored, min_score)
    return signals, rank(scored, limit=limit, min_score=min_score, obstacle=bool((obstacle or "").strip()))
