"""Find the organisations a Dutch free text names, through the sociale kaart.

Pure: the organisations come in as objects with `id, name, kind, government, aliases, schemes`
(assistant.knowledge.corpus.Organisation or alike). Matching is on word level, case-insensitive,
tolerant of inflection and compounds ("bijstandsuitkering", "WIA-uitkering", "gemeentelijke")
and of intake shorthand ("cl.", "gem.", "i.v.m."). A mention in a negated clause ("heeft geen
contact met het UWV", "is niet bij de gemeente bekend") is marked `negated`. A term in its
everyday reading ("slaapt op de bank", "betaalt via automatische incasso") is no mention at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from assistant.text.negation import is_negated
from assistant.text.spans import Span, excerpt, sentence_at, sentences

# --- organisation matching ----------------------------------------------------------------------

_ARTICLE = re.compile(r"^(?:de|het|een|'t)\s+", re.IGNORECASE)
_COMPOUND_MIN = 5  # aliases at least this long also match as the head of a compound word


def alias_pattern(alias: str) -> str:
    """Regex for one alias: word-bounded, spaces/hyphens interchangeable, inflection allowed."""
    alias = _ARTICLE.sub("", alias.strip())
    parts = [p for p in re.split(r"[\s\-]+", alias) if p]
    body = r"[\s\-]+".join(re.escape(p) for p in parts)
    last = parts[-1] if parts else ""
    if last.endswith("."):
        suffix = ""
    elif len(last) >= _COMPOUND_MIN and last[-1].isalpha():
        suffix = r"[a-zà-ÿ]*"
    else:
        suffix = r"(?:s|en|e|'s|’s)?"
    return rf"(?<![\w\-]){body}{suffix}(?![\w])"


@dataclass(frozen=True)
class OrgMention:
    org_id: str
    alias: str  # the kaart term that matched
    via: str  # "naam" | "regeling"
    start: int
    end: int
    sentence: Span
    negated: bool
    reason: str = ""  # why a negated mention is no party (Dutch; set by triage), "" when plainly negated


@dataclass
class _Term:
    org_id: str
    alias: str
    via: str
    regex: re.Pattern


_WORD_START = re.compile(r"(?<![\w\-])\w")

# Words right before a term that give it its everyday reading, not the organisation's: "op de bank"
# is a sofa or savings, never the bank as an actor; an "automatische incasso" is a way of paying,
# not an incassobureau. Keyed by kaart id; read on the 30 characters before the term.
_EVERYDAY_READING_BEFORE: dict[str, re.Pattern] = {
    "bank": re.compile(r"\bop\s+(?:de|een|zijn|haar|hun|mijn|onze|jullie)\s+$", re.IGNORECASE),
    "incassobureau": re.compile(r"\b(?:automatische?|doorlopende|eenmalige)\s+$", re.IGNORECASE),
}


def _everyday_reading(text: str, org_id: str, start: int) -> bool:
    """Do the words before the term at `start` give it its everyday reading (not the organisation)?"""
    before = _EVERYDAY_READING_BEFORE.get(org_id)
    return bool(before and before.search(text[max(0, start - 30) : start]))


def _bucket_key(alias: str) -> str:
    core = _ARTICLE.sub("", alias.strip()).lower()
    return core[:2] if len(core) > 1 and core[1].isalnum() else core[:1]


@lru_cache(maxsize=16)
def _compile(orgs: tuple[Any, ...]) -> dict[str, list[_Term]]:
    """Terms bucketed by their first one or two characters, longest first within a bucket.

    One big alternation of ~600 aliases is slow in Python's regex engine; looking up the few
    candidates per word start keeps a whole intake note in the low milliseconds.
    """
    terms: list[_Term] = []
    for org in orgs:
        for via, words in (("naam", org.aliases), ("regeling", org.schemes)):
            for alias in words:
                terms.append(_Term(org.id, alias, via, re.compile(alias_pattern(alias), re.IGNORECASE)))
    # Longest terms first, so "Toeslagenwet" wins over "toeslag" and "Wmo-loket" over "Wmo".
    terms.sort(key=lambda t: -len(_ARTICLE.sub("", t.alias)))
    buckets: dict[str, list[_Term]] = {}
    for term in terms:
        buckets.setdefault(_bucket_key(term.alias), []).append(term)
    return buckets


def _candidates(buckets: dict[str, list[_Term]], key: str) -> list[_Term]:
    """Terms that can start with `key` (two characters), longest first; memoised in `buckets`."""
    merged = buckets.get("\0" + key)
    if merged is None:
        merged = buckets.get(key, []) + (buckets.get(key[:1], []) if len(key) > 1 else [])
        merged.sort(key=lambda t: -len(_ARTICLE.sub("", t.alias)))
        buckets["\0" + key] = merged
    return merged


def find_mentions(text: str, orgs: Iterable[Any]) -> list[OrgMention]:
    """Every mention of a kaart organisation (by name or by a scheme it runs), in text order."""
    orgs = tuple(orgs)
    if not orgs or not text:
        return []
    buckets = _compile(orgs)
    spans = sentences(text)
    out: list[OrgMention] = []
    resume = 0
    for w in _WORD_START.finditer(text):
        pos = w.start()
        if pos < resume:
            continue
        best = None
        for term in _candidates(buckets, text[pos : pos + 2].lower()):
            m = term.regex.match(text, pos)
            if m:
                best = (term, m)
                break
        if best is None:
            continue
        term, m = best
        resume = m.end()
        if _everyday_reading(text, term.org_id, m.start()):
            continue
        sentence = sentence_at(spans, m.start(), len(text))
        out.append(
            OrgMention(
                term.org_id,
                term.alias,
                term.via,
                m.start(),
                m.end(),
                sentence,
                is_negated(text, sentence, m.start(), m.end()),
            )
        )
    return out


def unit_of(org: Any) -> str:
    """The organisation as it counts in triage: every gemeente desk counts as 'gemeente'."""
    return "gemeente" if org.kind == "gemeente" else org.id


@dataclass
class OrgFinding:
    """One organisation found in a text, with the evidence (quotes) for and against."""

    id: str
    name: str
    unit: str
    government: bool
    involved: bool
    via: str  # "naam" | "regeling" | "situatie"
    terms: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    negated_evidence: list[str] = field(default_factory=list)
    first: int = 10**9  # offset of the first positive evidence (for ordering)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "unit": self.unit,
            "government": self.government,
            "involved": self.involved,
            "via": self.via,
            "terms": self.terms,
            "evidence": self.evidence,
            "negated_evidence": self.negated_evidence,
        }


def collect_findings(text: str, orgs: Sequence[Any], mentions: Iterable[OrgMention]) -> dict[str, OrgFinding]:
    """Mentions grouped per organisation; positive mentions win over negated ones."""
    by_id = {o.id: o for o in orgs}
    findings: dict[str, OrgFinding] = {}
    for m in mentions:
        org = by_id[m.org_id]
        f = findings.get(org.id)
        if f is None:
            f = findings[org.id] = OrgFinding(
                org.id, org.name, unit_of(org), bool(org.government), False, m.via
            )
        q = excerpt(text, m.sentence)
        if m.negated:
            if q not in f.negated_evidence:
                f.negated_evidence.append(q)
            continue
        f.involved = True
        f.first = min(f.first, m.start)
        if m.via == "naam":
            f.via = "naam"
        term = text[m.start : m.end]
        if term.lower() not in {t.lower() for t in f.terms}:
            f.terms.append(term)
        if q not in f.evidence:
            f.evidence.append(q)
    return findings


def find_organisations(text: str, orgs: Sequence[Any]) -> dict[str, OrgFinding]:
    """The one organisation finder (triage and grounds): every kaart organisation the text names,
    with `involved` False when all its mentions are negated ("geen contact met het UWV")."""
    return collect_findings(text, orgs, find_mentions(text, orgs))
