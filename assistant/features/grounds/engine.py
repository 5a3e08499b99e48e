"""Match maatwerk grounds (corpus/gronden) to a case and rank them. Pure: the catalogue, the
organisations and the laws come in as arguments (objects from assistant.knowledge.corpus or alike).

A ground scores on four kinds of evidence, each quoted from the case so the professional can
check it: the kind of obstacle (grounds_obstacles), the ground's own signal words, the
organisations and the laws the case names. Retrieval over the indexed law text may add a boost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.features.grounds.case import CaseSignals, Mention, analyse_case
from assistant.features.grounds.obstacles import KIND_LABELS
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
OTHER_LAW_FACTOR = 0.8
OUTSIDE_ORGANISATIONS_FACTOR = 0.5
_MINOR = re.compile(
    r"(?i)\((?:1[0-7]|[4-9])\)|\b(?:1[0-7]|[4-9])[- ]jarige\b|\b(?:jongen|meisje|kind|zoon|dochter|jongere)\s+van\s+"
    r"(?:1[0-7]|[4-9])\b|\b(?:is|wordt)\s+(?:pas\s+)?(?:1[0-7])\s+jaar\b|\bminderjarig"
)
GENERAL_LAWS = ("Awb",)  # grounds that apply to every decision; shown after the specific ones


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

    @property
    def general(self) -> bool:
        return self.ground.law in GENERAL_LAWS

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
        for sig in ground.signals:
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
    """Rank the catalogue for this case. Specific grounds first, then at most two general (Awb)
    grounds from different articles; related grounds of a strong match get a small boost."""
    grounds = list(grounds)
    org_ids = sorted({o for g in grounds for o in g.organisations})
    signals = analyse_case(
        case_text, obstacle, organisations=organisations, laws=laws, fallback_org_ids=org_ids, involved=involved
    )
    retrieved_set = frozenset((law, str(art)) for law, art in retrieved)
    scored = [score_ground(g, signals, case_text, obstacle, retrieved_set) for g in grounds]
    # When the case names laws of the catalogue, grounds from other laws need more evidence.
    named = {m.key for m in signals.laws} & {g.law for g in grounds}
    if named:
        for m in scored:
            if not m.general and m.ground.law not in named:
                m.score = round(m.score * OTHER_LAW_FACTOR, 3)
    # A specific ground of a national organisation needs that organisation (or its law) in the case:
    # "betalingsregeling" alone does not make a toeslagen ground apply to a gemeente debt. The
    # gemeente is where people go by default, so its grounds need no explicit mention.
    present = {m.key for m in signals.organisations} | named
    for m in scored:
        g = m.ground
        national = g.organisations and "gemeente" not in g.organisations
        if not m.general and national and not (set(g.organisations) & present) and g.law not in present:
            m.score = round(m.score * OUTSIDE_ORGANISATIONS_FACTOR, 3)
    # Support for someone under 18 falls under the Jeugdwet, not the Wmo 2015.
    if _MINOR.search(case_text):
        for m in scored:
            if m.ground.law == "Wmo 2015":
                m.score = round(m.score * OUTSIDE_ORGANISATIONS_FACTOR, 3)
    by_id = {m.ground.id: m for m in scored}
    for m in sorted(scored, key=lambda m: -m.score):
        if m.score >= min_score + 2:
            for rid in m.ground.related:
                rel = by_id.get(rid)
                if rel and rel.score >= min_score - 1 and rel.evidence:
                    rel.score = round(rel.score + 0.5, 3)
    # A specific ground needs one of its own signal words; the obstacle kind alone is too general.
    chosen = [
        m for m in scored
        if m.score >= min_score and (m.general or any(e.kind == "signaal" for e in m.evidence))
    ]  # fmt: skip
    chosen.sort(key=lambda m: (-m.score, m.ground.id))
    specific = [m for m in chosen if not m.general]
    general: list[GroundMatch] = []
    for m in chosen:  # at most two general grounds, from different articles
        if m.general and len(general) < 2 and all(g.ground.article != m.ground.article for g in general):
            general.append(m)
    return signals, (specific[: max(limit - len(general), 0)] + general)[:limit]
