"""What a letter says about bezwaar, beroep and verzet, sentence by sentence. Pure.

A remedy clause is a sentence that names a route ("Dan kunt u bezwaar maken", "Tegen deze
aanmaning kunt u geen bezwaar maken", "Wel kunt u beroep instellen bij de rechtbank"), read
together with the question before it ("Bent u het niet eens met deze beslissing?") and the
sentences that carry on from it ("Dit moet binnen 6 weken na de datum van deze brief."). Each
clause has its routes, whether it opens or closes them (or only tells what was possible before),
whether it is about this letter or about another decision, and its term. objection.py decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.features.letters.dates import (
    NUMBER_WORDS,
    SENT_ANCHOR,
    add_period,
    find_dates,
    find_sent_date,
    find_service_date,
)
from assistant.features.letters.text import Segment

POSSIBLE, EXCLUDED, PAST = "possible", "excluded", "past"
THIS, OTHER = "this", "other"
_DECISION = r"(?:besluit|beslissing|beschikking|aanslag\w*|boete|uitspraak)"
_ROUTE_WORD = re.compile(r"(?i)\bbezwaar|\bberoep(?:schrift)?\b|\bverzet\b")
_ROUTE_VERB = re.compile(
    r"(?i)\b(?:kunt|kan|kon|mag|moet)\s+u\b[^.?]{0,80}\b(?:bezwaar|beroep|verzet)\b"
    r"|\b(?:bezwaar|beroep|verzet)\b[^.?]{0,70}\b(?:maken|instellen|indienen|aantekenen|komen|gaan)\b"
    r"|\bmaak\b[^.?]{0,50}\bbezwaar\b|\bin\s+(?:beroep|verzet)\b"
    r"|\b(?:stuur|dien|zend)\w*\b[^.?]{0,60}\b(?:bezwaar|beroep)schrift|\b(?:bezwaar|beroep)schrift\b[^.?]{0,40}\b(?:sturen|indienen)"
    # "Uw beroepschrift moet uiterlijk 24 juni bij ons binnen zijn": the route with its term
    r"|\b(?:bezwaar|beroep)schrift\b[^.?]{0,20}\bmoet\b[^.?]{0,60}\b(?:binnen|ontvangen|zijn|sturen)\b"
)
_MENTION_ONLY = re.compile(
    r"(?i)\b(?:als|indien|wanneer)\s+u\s+[^.?]{0,20}\b(?:bezwaar|beroep)\s+\w*maakt"
    # the reader's choice as a condition: "Maakt u geen bezwaar, dan ...", "Stelt u op tijd beroep in? ..."
    r"|\b(?:maakt|stelt|dient|tekent)\s+u\s+(?:\w+\s+){0,2}?(?:bezwaar|beroep)\b"
    r"|waartegen\s+u\s+bezwaar|\bbezwaar\w*\s+(?:is|wordt)\s+(?:on)?gegrond|\bop\s+uw\s+bezwaar\b"
    # the reader's own bezwaar, already made, explained, supplemented or withdrawn ("mag u uw bezwaar
    # mondeling toelichten"): a procedure that runs, no route this letter opens
    r"|\b(?:uw|je|jouw)\s+bezwaar(?:schrift)?\b[^.?]{0,40}\b(?:toelichten|toe\s+te\s+lichten|toelicht|intrekken"
    r"|in\s+te\s+trekken|aanvullen|aan\s+te\s+vullen|bespreken|te\s+bespreken|behandel\w*|ontvangen|ingediend|gekregen)\b"
    # "Dat is een verzoek om wijziging en geen bezwaar": names what another request is, excludes nothing
    r"|\b(?:is|zijn)\s+(?:een\s+\w+(?:\s+\w+){0,3}\s+en\s+)?geen\s+(?:bezwaar|beroep)(?:schrift)?\b(?!\s*(?:mogelijk|maken|open|instellen))"
)
_EXCLUDED = re.compile(
    r"(?i)\bgeen\b[^.?]{0,40}\b(?:bezwaar|beroep)\b|\b(?:bezwaar|beroep)\b[^.?]{0,40}\bniet\s+(?:meer\s+)?mogelijk"
    r"|\b(?:kunt\s+u|u\s+kunt)\b[^.?]{0,30}\bniet\b[^.?]{0,30}\b(?:bezwaar|beroep)\b"
    # the route as subject, the sentence ending in its denial: "Opnieuw bezwaar maken bij ons kan niet."
    r"|\b(?:bezwaar|beroep)\b[^.?]{0,40}\b(?:kan|is)\s+niet(?:\s+(?:meer|mogelijk))?\s*(?:[.!]|$)"
)
_PAST = re.compile(
    r"(?i)\b(?:kon|kon\s+u|had|hadden)\b[^.?]{0,60}\b(?:bezwaar|beroep)\b|\b(?:bezwaar|beroep)\b[^.?]{0,50}\bkon\b"
    r"|\b(?:heeft|hebt)\s+u\b[^.?]{0,40}\b(?:bezwaar|beroep)\b[^.?]{0,40}\b(?:gemaakt|ingesteld|ingediend)\b"
    r"|\b(?:termijn|bezwaartermijn)\b[^.?]{0,50}\b(?:verstreken|verlopen|voorbij)\b"
)
_THIS = re.compile(
    rf"(?i)\b(?:deze|dit)\s+(?:brief|{_DECISION}|aanmaning|herinnering|uitnodiging|dwangbevel|sommatie|"
    r"aanslagbiljet|verzoek)\b|\bhier\s*tegen\b"
)
_OTHER = re.compile(
    rf"(?i)\b(?:die|dat)\s+{_DECISION}\b|\b{_DECISION}\s+zelf\b|\b(?:eerdere|vorige|oorspronkelijke)\s+{_DECISION}\b"
    rf"|\b{_DECISION}\s+van\s+(?:\d|de\s+[A-Z]|het\s+[A-Z]|\w+\s+\d)|\bons\s+{_DECISION}\s+van\b"
    # a decision still to come: "het besluit dat u later krijgt", "de latere beslissing"
    rf"|\b{_DECISION}\s+(?:dat|die)\s+(?:u|wij|we)\b[^.?]{{0,40}}\b(?:later|nog|straks|binnenkort)\b|\blatere?\s+{_DECISION}\b"
    # "Nemen wij later een besluit, dan ...", "als u straks een beslissing krijgt": a decision to come
    rf"|\b(?:later|straks|binnenkort|daarna)\s+(?:een|ons|het)\s+(?:nieuwe?\s+)?{_DECISION}\b"
)
_COURT = re.compile(r"(?i)rechtbank|rechter\b|bestuursrechter|kantonrechter|Centrale Raad|Raad van State")
_OFFICER = re.compile(r"(?i)officier van justitie")
_NUMBER = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_TERM = re.compile(
    rf"(?i)\b(?:(?:binnen|tot|uiterlijk)\s+)?{_NUMBER}\s+(werkdagen|dagen|dag|weken|week|maanden|maand)\b"
    r"(?P<anchor>\s+(?:na|vanaf|gerekend\s+vanaf|te\s+rekenen\s+vanaf)\s+[^.;?]{0,90})?"
)
_RECEIPT = re.compile(r"(?i)\bontvangst\b|\bontvangen\b|\bbetekening\b|\buitreiking\b")
# Counted from the day the decision is laid down for inspection or published (Awb 6:8 lid 4): a day
# this letter does not give, often weeks from its date.
_PUBLISHED = re.compile(
    r"(?i)\bter\s*inzage|\bterinzagelegging\b|\bgepubliceerd\b|\bpublicatie\b|\bstaatscourant\b|\bgemeenteblad\b"
)
PUBLISHED = "published"
# Counted from the day the letter is served ("binnen zes weken na betekening"): the day of service the
# letter names, never its dagtekening (a served writ is often dated days before it is served).
_SERVICE = re.compile(r"(?i)\bbeteken(?:ing|d)\b")
SERVED = "served"
_BEFORE = re.compile(r"(?i)(?<!op of )(?<!uiterlijk )\b(?:vóór|voor)\s*$")
# The term's last day as the letter writes it: "uiterlijk (op) ...", "vóór ...", "tot en met ...", "de
# laatste dag is (woensdag) ...", with or without the weekday.
_EXPLICIT = re.compile(
    r"(?i)(?:uiterlijk(?:\s+op)?|vóór|voor|tot\s+en\s+met|t/m|(?:laatste|uiterste)\s+dag\s*(?:is|:)?(?:\s+op)?)\s*"
    r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s*,?\s*)?$"
)


# A period the letter sets its term against ("een kortere termijn dan de zes weken die u kent", "in plaats
# van zes weken"): the other, usual term, not this one.
_COMPARED = re.compile(r"(?i)\b(?:dan|in\s+plaats\s+van|niet)\s+(?:de\s+|het\s+)?(?:gewone\s+|normale\s+)?$")


@dataclass(frozen=True)
class Term:
    until: date | None  # the last day, when it can be resolved
    start: int  # offsets of the words that give the term
    end: int
    explicit: bool  # a date written in the letter
    anchor: str  # THIS (the date of this letter) | OTHER (another decision's date) | "receipt" | PUBLISHED | SERVED
    anchor_date: date | None
    period: str = ""  # "6 weken", as the letter counts
    counted_from: str = "de dagtekening"  # the date the letter counts from, in words
    anchored: bool = True  # False: the letter gives a period without saying from when ("binnen zes weken")


@dataclass(frozen=True)
class Clause:
    start: int  # the route sentence
    end: int
    context: tuple[int, int]  # the question before it and the sentences carrying on from it
    routes: frozenset[str]  # bezwaar | beroep | rechter | verzet
    polarity: str  # POSSIBLE | EXCLUDED | PAST
    target: str  # THIS | OTHER
    other_date: date | None  # the date of the other decision, when the clause names it
    term: Term | None


def find_clauses(text: str, segs: list[Segment], letter_date: date | None) -> list[Clause]:
    out: list[Clause] = []
    sent = find_sent_date(text)
    service = find_service_date(text)
    served = service.value if service else None
    for i, seg in enumerate(segs):
        if not _is_clause(seg.text):
            continue
        excluded = bool(_EXCLUDED.search(seg.text))
        past = bool(_PAST.search(seg.text))
        first = (
            i - 1 if i and segs[i - 1].text.rstrip().endswith("?") and segs[i - 1].line >= seg.line - 1 else i
        )
        last = _carry_on(segs, i)
        context = " ".join(s.text for s in segs[first : last + 1])
        if not past and last > i and _PAST.search(" ".join(s.text for s in segs[i + 1 : last + 1])):
            past = True  # "... beroep instellen bij de officier van justitie. Die termijn is voorbij."
        polarity = PAST if past else EXCLUDED if excluded else POSSIBLE
        target, other_date = _target(seg.text, context, text[seg.start : segs[last].end], letter_date)
        term = (
            _term(segs[i : last + 1], letter_date, other_date, sent.value if sent else None, target, served)
            if polarity == POSSIBLE
            else None
        )
        out.append(
            Clause(seg.start, seg.end, (segs[first].start, segs[last].end), _routes(seg.text), polarity, target,
                   other_date, term)
        )  # fmt: skip
    return out


# The reader's bezwaar as a thing in a prepositional phrase ("de stukken over uw bezwaar inzien", "bij uw
# bezwaar"): a procedure that runs or a letter the reader writes, no route this sentence opens or closes.
_ITS_BEZWAAR = re.compile(r"(?i)\b(?:over|bij|van|in|na|met|aan)\s+(?:uw|je|jouw)\s+bezwaar(?:schrift)?\b")


def _is_clause(sentence: str) -> bool:
    """A sentence that opens or closes a route; not a heading ("Bezwaar maken") nor a mention
    ("Maakt u bezwaar? Dan ...", "Uw bezwaar is ongegrond")."""
    sentence = _ITS_BEZWAAR.sub(" ", sentence)
    if len(sentence.split()) <= 3 or not _ROUTE_WORD.search(sentence) or _MENTION_ONLY.search(sentence):
        return False
    return bool(_EXCLUDED.search(sentence) or _PAST.search(sentence) or _ROUTE_VERB.search(sentence))


def _carry_on(segs: list[Segment], i: int) -> int:
    """The last sentence that carries on from sentence i: same paragraph, no new question or route."""
    last, reach = i, i + 3
    for j in range(i + 1, len(segs)):
        nxt = segs[j]
        if j >= reach or nxt.line > segs[last].line + 1 or nxt.text.rstrip().endswith("?"):
            break
        if _is_clause(nxt.text):
            if not _closes_another(segs[i].text, nxt.text):
                break
            reach += 1  # "Beroep kan ... U kunt niet opnieuw bezwaar maken. Het beroepschrift moet ...": go on
        last = j
    return last


def _closes_another(sentence: str, nxt: str) -> bool:
    """`nxt` closes a route that `sentence` does not open (and opens none itself)."""
    closed = _routes(nxt)
    return (
        bool(_EXCLUDED.search(nxt))
        and not _PAST.search(nxt)
        and not (closed & _routes(sentence))
        and not _EXCLUDED.search(sentence)
    )


def _routes(sentence: str) -> frozenset[str]:
    routes = set()
    if re.search(r"(?i)\bbezwaar", sentence):
        routes.add("bezwaar")
    if re.search(r"(?i)\bverzet\b", sentence):
        routes.add("verzet")
    if re.search(r"(?i)\bberoep(?:schrift)?\b", sentence):
        routes.add("rechter" if _COURT.search(sentence) and not _OFFICER.search(sentence) else "beroep")
    return frozenset(routes)


def _target(sentence: str, context: str, carried: str, letter_date: date | None) -> tuple[str, date | None]:
    """THIS letter or an OTHER decision (with its date when the clause gives one). The other
    decision's date is not a date the clause names as the term's last day ("de laatste dag is ...")
    and not one after this letter (a decision already taken)."""
    other = _OTHER.search(sentence) or (_OTHER.search(context) and not _THIS.search(sentence))
    if not other or (_THIS.search(sentence) and not _OTHER.search(sentence)):
        return THIS, None
    dates = [
        d
        for d in find_dates(carried)
        if not _EXPLICIT.search(carried[: d.start]) and not (letter_date and d.value > letter_date)
    ]
    return OTHER, (dates[0].value if dates else None)


_TERM_STARTS = re.compile(r"(?i)^\W*(?:deze|die|de)\s+termijn\s+(?:begint|gaat\s+in|start|loopt)\b")


def _term_start_in(segs: list[Segment], seg: Segment) -> str:
    """The next sentence saying when the term starts ("Deze termijn begint op de dag na de dag
    waarop deze beslissing is verzonden"), read as the anchor of a term without one."""
    i = segs.index(seg)
    nxt = segs[i + 1].text if i + 1 < len(segs) else ""
    return nxt if _TERM_STARTS.search(nxt) else ""


def _term(
    segs: list[Segment],
    letter_date: date | None,
    other_date: date | None,
    sent: date | None = None,
    target: str = THIS,
    served: date | None = None,
) -> Term | None:
    """The term of a clause: a date the letter writes (anywhere in the clause: it wins over a period
    the clause also names, "binnen zes weken ... de laatste dag is 25 november"), or a period counted
    from a date. A period counted from the sending counts from the sending date the letter names
    (`sent`), if any. A written date in a clause about another decision is that decision's term."""
    for seg in segs:
        for d in find_dates(seg.text):
            if _EXPLICIT.search(seg.text[: d.start]):
                # "vóór 1 juli" ends on 30 juni; "uiterlijk (op) 1 juli" and "tot en met" on 1 juli
                last = d.value - timedelta(days=1) if _BEFORE.search(seg.text[: d.start]) else d.value
                anchor = OTHER if target == OTHER else THIS
                return Term(last, seg.start + d.start, seg.start + d.end, True, anchor, other_date if anchor == OTHER else None)
    for seg in segs:
        m = next((t for t in _TERM.finditer(seg.text) if not _COMPARED.search(seg.text[: t.start()])), None)
        if not m:
            continue
        anchor_words = (m.group("anchor") or _term_start_in(segs, seg)).lower()
        anchor = (
            OTHER if _OTHER.search(anchor_words) or (other_date and not _THIS.search(anchor_words)) else THIS
        )
        if anchor == THIS and _SERVICE.search(anchor_words):
            anchor = SERVED  # from the day of service the letter names; none named: no end to state
        if anchor == THIS and _RECEIPT.search(anchor_words):
            anchor = "receipt"
        if anchor == THIS and _PUBLISHED.search(anchor_words):
            anchor = PUBLISHED
        base = other_date if anchor == OTHER else served if anchor == SERVED else letter_date
        counted_from = "de dag van betekening" if anchor == SERVED else "de dagtekening"
        if anchor == THIS and SENT_ANCHOR.search(anchor_words):
            base = sent or letter_date
            counted_from = "de verzenddatum" if sent else "de verzending (de brief noemt geen verzenddatum)"
        amount = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
        until = add_period(base, amount, m.group(2)) if base else None
        return Term(
            until, seg.start + m.start(), seg.start + m.end(), False, anchor, base, f"{amount} {m.group(2)}",
            counted_from, bool(anchor_words.strip()),
        )  # fmt: skip
    return None
