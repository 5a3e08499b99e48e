"""What the known chains and situations of a note imply: each found chain or situation is explained,
and the organisations it implies become involved when the note names none of them (split from
engine.py, no behaviour change). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.features.triage.cues import CHAINS
from assistant.features.triage.rules import first_unnegated, has_unit
from assistant.features.triage.settled import settled_at
from assistant.features.triage.situations import SITUATIONS
from assistant.knowledge.organisations import OrgFinding, unit_of
from assistant.text.spans import Span, excerpt, sentence_at


def find_chains(text: str, spans: Sequence[Span], findings: dict[str, OrgFinding], by_id):
    """Explanations of the known chains in `text` and their sentences; the organisations a chain
    implies become involved when the note names none of them; a chain whose step is done is history."""
    chains: list[str] = []
    chain_spans: list[Span] = []
    for chain in CHAINS:
        m = first_unnegated(chain.pattern, text, spans)
        if m and settled_at(text, m.start(), m.end(), sentence_at(spans, m.start(), len(text))):
            continue  # "… de verklaring van erfrecht afgegeven; dat deel is klaar": the chain is history
        if m:
            chains.append(f"{chain.label[0].upper()}{chain.label[1:]}: {chain.explanation}")
            chain_spans.append(sentence_at(spans, m.start(), len(text)))
            named = any(o in findings and findings[o].involved for o in chain.implies)  # the rest: later steps
            for org_id in () if named else chain.implies:
                imply(findings, by_id, org_id, text, spans, m)
    return chains, chain_spans


def find_situations(
    text: str, spans: Sequence[Span], findings: dict[str, OrgFinding], by_id
) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """The situation keys found, the (org id, situation label) pairs they suggest (each org once), and
    their questions; the organisations a situation implies become involved."""
    situation_keys, suggested, questions = [], [], []
    for sit in SITUATIONS:
        m = first_unnegated(sit.pattern, text, spans)
        if not m:
            continue
        if sit.requires_unit and not has_unit(findings, sit.requires_unit):
            continue
        situation_keys.append(sit.key)
        for org_id in sit.implies:
            imply(findings, by_id, org_id, text, spans, m)
        for org_id in sit.suggests:
            if org_id in by_id and org_id not in {s for s, _ in suggested}:
                suggested.append((org_id, sit.label))
        if sit.question:
            questions.append(sit.question)
    return situation_keys, suggested, questions


def imply(findings, by_id, org_id: str, text: str, spans, m: re.Match) -> None:
    """Mark `org_id` involved because a situation implies it, unless the text negates it."""
    org = by_id.get(org_id)
    if org is None:
        return
    f = findings.get(org_id)
    if f is not None and (f.involved or f.negated_evidence):
        return
    sentence = sentence_at(spans, m.start(), len(text))
    findings[org_id] = OrgFinding(
        org.id,
        org.name,
        unit_of(org),
        bool(org.government),
        True,
        "situatie",
        terms=[m.group(0)],
        evidence=[excerpt(text, sentence)],
        first=m.start(),
    )
