"""What a letter is about (a benefit, a tax, the rent), named as the explanation names it. Pure."""

from __future__ import annotations

import re

from assistant.features.letters.text import SALUTATION

# (pattern, how the explanation names it); the first match in the subject, else in the body, wins
_TOPICS = [
    (r"kinderopvangtoeslag|kinderopvang", "uw kinderopvangtoeslag"),
    (r"huurtoeslag", "uw huurtoeslag"),
    (r"zorgtoeslag", "uw zorgtoeslag"),
    (r"kindgebonden budget", "uw kindgebonden budget"),
    (r"kinderbijslag", "uw kinderbijslag"),
    (r"\bAOW\b", "uw AOW"),
    (r"WW-uitkering|\bWW\b", "uw WW-uitkering"),
    (r"WIA", "uw WIA-uitkering"),
    (r"Ziektewet", "uw Ziektewet-uitkering"),
    (r"bijstand", "uw bijstandsuitkering"),
    (r"studieschuld|studiefinanciering|terugbetalen van uw studie", "uw studieschuld"),
    (r"inkomstenbelasting", "uw inkomstenbelasting"),
    (r"waterschapsbelasting", "uw waterschapsbelasting"),
    (r"gemeentelijke belastingen|afvalstoffenheffing|rioolheffing|\bOZB\b", "uw gemeentelijke belastingen"),
    (r"bestuursrechtelijke premie|zorgverzekering|zorgverzekeraar", "de premie van uw zorgverzekering"),
    (r"hulp bij het huishouden|huishoudelijke hulp", "hulp bij het huishouden"),
    (r"\bWmo\b", "hulp van de gemeente (Wmo)"),
    (r"verkeersovertreding|verkeersboete|WAHV", "een verkeersboete"),
    (r"huurachterstand|\bhuur\b", "uw huur"),
]


# "u ontvangt zorgtoeslag maar geen huurtoeslag": what the reader does not get is not the topic
_NEGATED = re.compile(r"(?i)\bgeen\s+(?:\w+\s+)?$")
# "U krijgt geen huurtoeslag meer": a benefit that stops is what the letter is about
_NO_MORE = re.compile(r"(?i)\s+meer\b")


# the letter's opening: from the line after the salutation (or the start) up to the end of its first paragraph
_OPENING_CHARS = 400
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def find_topic(text: str, subject: str) -> str | None:
    """The topic from the subject line; else from the body: the first topic named in the letter's
    opening, else the one topic the body names more than once. A topic named once in a side remark
    ("u ontvangt zorgtoeslag" in a loonbeslag letter), or one of several in a list of fixed costs, is
    not what the letter is about: then there is no topic (the explanation says nothing rather than
    something false)."""
    in_subject = _topic_hits(subject)
    if in_subject:
        return min(in_subject.items(), key=lambda item: item[1][0])[0]
    hits = _topic_hits(text)
    opening_end = _opening_end(text)
    opening = {topic: starts[0] for topic, starts in hits.items() if starts[0] < opening_end}
    if opening:
        return min(opening, key=opening.get)
    if len(hits) == 1:
        topic, starts = next(iter(hits.items()))
        return topic if len(starts) >= 2 else None
    return None


def _opening_end(text: str) -> int:
    """Where the letter's first paragraph ends: after the salutation (else from the start), at the first
    blank line, at most _OPENING_CHARS on."""
    salutation = SALUTATION.search(text)
    line_end = text.find("\n", salutation.end()) if salutation else -1
    start = line_end + 1 if salutation and line_end >= 0 else 0
    blank = _BLANK_LINE.search(text, start + 1)
    return min(blank.start() if blank else len(text), start + _OPENING_CHARS)


def _topic_hits(source: str) -> dict[str, list[int]]:
    """Each topic named (not negated) in `source`, with the start of every mention, in list order."""
    hits: dict[str, list[int]] = {}
    for pattern, topic in _TOPICS:
        starts = [m.start() for m in re.finditer(pattern, source, re.IGNORECASE)
                  if not _NEGATED.search(source[max(0, m.start() - 20) : m.start()])
                  or _NO_MORE.match(source, m.end())]  # fmt: skip
        if starts:
            hits.setdefault(topic, []).extend(starts)
    return {topic: sorted(starts) for topic, starts in hits.items()}
