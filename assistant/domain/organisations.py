"""Find the organisations a Dutch free text names, through the sociale kaart.

Pure: the organisations come in as objects with `id, name, kind, government, aliases, schemes`
(assistant.knowledge.Organisation or alike). Matching is on word level, case-insensitive,
tolerant of inflection and compounds ("bijstandsuitkering", "WIA-uitkering", "gemeentelijke")
and of intake shorthand ("cl.", "gem.", "i.v.m."). A mention in a negated clause ("heeft geen
contact met het UWV", "is niet bij de gemeente bekend") is marked `negated`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# --- text segmentation ------------------------------------------------------------------------

# Abbreviations whose dot does not end a sentence (intake shorthand).
_ABBREVIATIONS = re.compile(
    r"(?<![\w.])(?:cl|clt|cli|mevr|mw|dhr|hr|gem|i\.v\.m|ivm|m\.b\.t|mbt|o\.a|bijv|bv|evt|ca|z\.s\.m|zsm|t\.a\.v|"
    r"i\.o\.m|d\.w\.z|incl|excl|nr|jl|a\.s|e\.d|m\.i\.v|n\.a\.v|resp|mnd|mnd|wk|wkn|jr|etc|vnl|o\.b\.v|i\.p\.v|"
    r"vlgs|ong|tel|max|min|afd|ggz|p\.w|art)\.",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n|\n\s*[-*•]\s+")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]]|\s[-–—]\s|\b(?:maar|want|omdat|doordat|terwijl|hoewel|zodat|waardoor|echter|alleen)\b"
    r"|\b(?:en|of)\s+(?=(?:heeft|hebben|had|is|zijn|was|wil|wilt|kan|kon|kunnen|krijgt|krijgen|kreeg|gaat|moet|"
    r"moeten|mag|weet|wordt|werd|vraagt|woont|werkt|ontvangt|zit|staat|komt|zij|ze|hij|cl|cliënt|client|"
    r"mevr|dhr|wel)\b)",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'’]+", re.UNICODE)

NEGATIONS = frozenset({"geen", "niet", "nooit", "noch", "zonder", "nergens"})
# "geen idee", "niet goed", "weet niet": a negation that says nothing about involvement.
_NEG_NOT_ABOUT_INVOLVEMENT_AFTER = frozenset(
    {"idee", "zin", "goed", "alleen", "eens", "veel", "zeker", "zo", "meer weet"}
)
_NEG_NOT_ABOUT_INVOLVEMENT_BEFORE = frozenset(
    {"weet", "weten", "wist", "snapt", "begrijpt", "begrijpen", "begreep"}
)
_POST_NEGATION = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:nog\s+)?(?:niet|geen|nooit)\s+(?:meer\s+)?(?:betrokken|bekend|ingeschakeld|in\s+beeld|"
    r"aangemeld|ingeschreven|op\s+de\s+hoogte|gemeld|benaderd|gebeld|geweest)",
    re.IGNORECASE,
)
PRE_NEGATION_WINDOW = 5  # tokens before a mention in which a negation counts


def protect_abbreviations(text: str) -> str:
    """Same length as `text`; dots of shorthand abbreviations replaced so they do not split sentences."""
    return _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\u2024"), text)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """Sentence spans (offsets into `text`), abbreviation-aware."""
    guarded = protect_abbreviations(text)
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(guarded):
        if text[start : m.end()].strip():
            spans.append(_trim(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def clause_bounds(text: str, sentence: Span, pos: int) -> Span:
    """The clause of `sentence` that contains offset `pos`."""
    guarded = protect_abbreviations(text[sentence.start : sentence.end])
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(guarded):
        cut_start, cut_end = sentence.start + m.start(), sentence.start + m.end()
        if cut_end <= pos:
            start = cut_end
        elif cut_start >= pos:
            end = cut_start
            break
    return Span(start, end)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def quote(text: str, span: Span, limit: int = 180) -> str:
    """A readable quote of `span`, collapsed whitespace, shortened with an ellipsis."""
    q = " ".join(text[span.start : span.end].split())
    return q if len(q) <= limit else q[: limit - 1].rstrip() + "…"


def is_negated(text: str, sentence: Span, start: int, end: int) -> bool:
    """Is the mention at text[start:end] inside a negated clause ("geen contact met het UWV")?"""
    clause = clause_bounds(text, sentence, start)
    before = [t.lower() for t in _TOKEN.findall(text[clause.start : start])][-PRE_NEGATION_WINDOW:]
    for i, token in enumerate(before):
        if token not in NEGATIONS:
            continue
        after = before[i + 1] if i + 1 < len(before) else ""
        prev = before[i - 1] if i > 0 else ""
        if after in _NEG_NOT_ABOUT_INVOLVEMENT_AFTER or prev in _NEG_NOT_ABOUT_INVOLVEMENT_BEFORE:
            continue
        if "wel" in before[i + 1 :]:
            continue
        return True
    coordinated = _COORDINATED.search(text[clause.start : start])
    if coordinated and coordinated.start() > 0:
        # "geen contact met de gemeente of het UWV": the second conjunct shares the negation
        return is_negated(text, sentence, clause.start + coordinated.start(), clause.start + coordinated.start())
    return bool(_POST_NEGATION.match(text[end : clause.end]))


# A mention right after "of"/"noch" (+ article) is coordinated with what comes before it.
_COORDINATED = re.compile(r"\b(?:of|noch)\s+(?:(?:de|het|een|bij|met|van)\s+)*$", re.IGNORECASE)


def negated_just_before(text: str, sentence: Span, start: int, window: int = 2) -> bool:
    """A negation word among the last `window` tokens of the clause before `start` ("geen spoed")."""
    clause = clause_bounds(text, sentence, start)
    before = [t.lower() for t in _TOKEN.findall(text[clause.start : start])][-window:]
    return any(t in NEGATIONS for t in before)


def sentence_at(spans: Sequence[Span], pos: int, length: int) -> Span:
    """The sentence span containing offset `pos` (the whole text when none does)."""
    for s in spans:
        if s.start <= pos < max(s.end, s.start + 1):
            return s
    return Span(0, length)


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


@dataclass
class _Term:
    org_id: str
    alias: str
    via: str
    regex: re.Pattern


_WORD_START = re.compile(r"(?<![\w\-])\w")


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
        resume = m.end()
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
        q = quote(text, m.sentence)
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
