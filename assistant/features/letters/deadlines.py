"""The dates of a letter and what each means, and the deadlines for the reader as facts.

A date is a deadline for the reader when the reader has to pay, send, react, come or object by
then. A date by which the organisation acts ("Wij beslissen binnen 90 dagen. Dat is uiterlijk
25 mei 2026.") is not. A deadline that holds only in a case ("Kunt u niet komen? Laat het ons dan
uiterlijk 28 april weten.") keeps that condition, so it is never told as an unconditional duty.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from assistant.drafts.facts import Fact, stated, to_check
from assistant.features.letters import meaning as M
from assistant.features.letters.dates import DateMention, find_dates, format_date
from assistant.features.letters.day_lists import with_day_lists
from assistant.features.letters.due_dates import (
    BILL_ASIDE_NOTE,
    DUE_COLUMN_MEANING,
    OPEN_ITEM_MEANING,
    RULE_BILL_ASIDE,
    bill_due_aside,
    in_due_column,
    led_due_row,
    open_item_due_date,
)
from assistant.features.letters.duty import (
    READER_ACTS,
    about_the_reader,
    condition_of,
    nothing_for_you,
    organisation_acts,
    someone_elses,
)
from assistant.features.letters.facts import LetterDate
from assistant.features.letters.holidays import atw_to_check, statutory_end
from assistant.features.letters.not_now import other_matter
from assistant.features.letters.periods import find_relative
from assistant.features.letters.source import LetterSource
from assistant.features.letters.text import list_lead, segment_at
from assistant.features.letters.yearless import (
    RULE_YEARLESS,
    RULE_YEARLESS_WEEKDAY,
    YEARLESS_NOTE,
    yearless_dates,
)

_FROM_THE_LETTER = re.compile(r"(?i)\bna\s+(?:de\s+)?(?:datum|dagtekening|verzenddatum)\b")


def find_letter_dates(src: LetterSource, letter: DateMention | None, served: bool) -> list[LetterDate]:
    """Every date the reader should see, with its meaning; `served`: the letter's date is the
    day it was served (a dwangbevel's "datum van betekening")."""
    text, segs = src.text, src.segments
    letter_date = letter.value if letter else None
    out: list[LetterDate] = []
    if letter:
        out.append(LetterDate(letter.value, "datum van de brief", M.LETTER, letter.start, letter.end))
    yearless = {m.start: checked for m, checked in yearless_dates(text, letter_date)}
    mentions = sorted(find_dates(text) + [m for m, _ in yearless_dates(text, letter_date)], key=lambda m: m.start)
    for listed in with_day_lists(text, mentions):  # "op 3, 10 en 17 november": three dates, one meaning
        m, span = listed.mention, listed.span
        if letter and m.start == letter.start:
            continue
        i = segment_at(segs, m.start)
        # a rule line ("-----") only separates: the heading above it is what the block is about
        previous = next((s.text for s in reversed(segs[max(0, i - 3) : i]) if re.search(r"\w", s.text)), "")
        lead = list_lead(segs, i)
        if lead is not None:  # a row of a list: the line that introduces the list says what it is for
            previous = lead.text
        found = M.date_meaning(text, span, segs[i].text, previous, letter_date)
        if not found:
            continue
        kind, meaning = found
        due_row = lead is not None and led_due_row(lead.text, segs[i].text)
        if kind == M.OTHER and meaning == "datum in de brief" and (due_row or in_due_column(text, m.start)):
            kind, meaning = M.DEADLINE, DUE_COLUMN_MEANING
            if letter_date and m.value < letter_date:
                kind, meaning = M.OTHER, f"{meaning} (die datum is al voorbij)"
        if kind == M.DEADLINE and (organisation_acts(segs[i].text, previous) or nothing_for_you(segs, i)):
            kind, meaning = M.OTHER, "datum waarop de organisatie iets doet"
        elif kind == M.DEADLINE and meaning == "uiterste datum" and not READER_ACTS.search(f"{segs[i].text} {lead.text if lead else ''}"):
            kind, meaning = M.OTHER, "datum in de brief"  # "Uw uitkering loopt tot uiterlijk ...": no duty
        elif kind == M.END and _ZIENSWIJZE_UNTIL.search(segs[i].text):
            kind, meaning = M.DEADLINE, "laatste dag om uw mening (zienswijze) te geven"  # an option:
            out.append(LetterDate(m.value, meaning, kind, m.start, m.end, None, ZIENSWIJZE_CONDITION))
            continue
        elif kind == M.DEADLINE and someone_elses(segs, i):
            kind, meaning = M.OTHER, OTHER_PERSON_MEANING  # "Uw man krijgt een eigen formulier. Dat moet ..."
        elif kind == M.DEADLINE and other_matter(segs, i):
            kind, meaning = M.OTHER, "datum van een andere zaak (valt niet onder deze brief)"
        elif kind == M.DEADLINE and _only_before(text, span, segs[i].text):
            kind, meaning = M.OTHER, "datum in de brief"  # "achterstanden van vóór 1 mei": a time, no duty
        elif kind == M.DEADLINE and open_item_due_date(text, m.start):
            kind, meaning = M.OTHER, OPEN_ITEM_MEANING
        condition = condition_of(segs[i].text, previous)
        if kind == M.DEADLINE and not condition and _LATER_INSTALMENT.search(text[segs[i].start : m.start]):
            condition = LATER_INSTALMENT_CONDITION
        rule = None
        if listed.last_start in yearless:  # "uiterlijk vrijdag 4 december": the year is read, not written
            checked = yearless[listed.last_start] and m.start == listed.last_start  # a weekday fits one day
            rule = RULE_YEARLESS_WEEKDAY.format(day=format_date(m.value)) if checked else RULE_YEARLESS
        if kind == M.DEADLINE and rule is None and not condition and bill_due_aside(text, m.start):
            rule = RULE_BILL_ASIDE
        out.append(LetterDate(m.value, meaning, kind, span.start, span.end, rule, condition))
    out += _relative(src, letter_date, served)
    unique: dict[tuple[date, str], LetterDate] = {}
    for d in out:
        unique.setdefault((d.value, d.meaning), d)
    return list(unique.values())


OTHER_PERSON_MEANING = "uiterste datum voor iemand anders (niet voor u)"


# "U kunt uw zienswijze geven tot en met ...", "U kunt tot en met 21 april op deze brief reageren": the
# last day of the reader's right to be heard, in whatever words the letter gives it.
_ZIENSWIJZE_UNTIL = re.compile(
    r"(?i)\b(?:(?:u|je)\s+(?:kunt|kan|mag)|(?:kunt|kan|mag)\s+(?:u|je))\b[^.?]{0,80}\b(?:zienswijze|reageren|uw\s+mening|je\s+mening"
    r"|laten\s+weten\s+wat\s+(?:u|je)\b[^.?]{0,40}\bvindt)\b"
)


_BARE_BEFORE = re.compile(r"(?i)(?<!uiterlijk\s)\b(?:vóór|voor)\s*(?:de\s+)?$")
_TIME_OF = re.compile(r"(?i)\b(?:van|over|sinds|uit|periode|tijd)\s+(?:vóór|voor)\s*$")
# "Maak € 50 over vóór 1 mei": "over" is the particle of overmaken, not "over (the time) before"
_TRANSFER = re.compile(r"(?i)^\W*maak\b|\bmaakt\s+u\b|\bu\s+maakt\b")
_DUTY = re.compile(
    rf"(?i){M.PAY_VERBS}|{M.SEND_VERBS}|reageer|reageren|reactie|antwoord|formulier|aanvragen|doorgeven|\bgeef\b"
    r"|\bmeld|binnen\s+zijn|ontvangen\s+hebben|in\s+ons\s+bezit|bij\s+ons\s+(?:zijn|binnen)|\bzorg\b|\bkies\b|\bteken\b"
    r"|\bonderteken"
)


def _only_before(text: str, m: DateMention, sentence: str) -> bool:
    """A date after a bare "vóór" is a deadline only when the reader has to act by then: "van vóór
    1 mei" names a time ("achterstanden van vóór 1 mei"), and a sentence without anything for the
    reader to do sets no deadline."""
    before = text[max(0, m.start - 30) : m.start]
    if not _BARE_BEFORE.search(before):
        return False
    time_of = _TIME_OF.search(before) and not (re.search(r"(?i)\bover\s+\S+\s*$", before) and _TRANSFER.search(sentence))
    return bool(time_of) or not (READER_ACTS.search(sentence) or _DUTY.search(sentence))


def _relative(src: LetterSource, letter_date: date | None, served: bool) -> list[LetterDate]:
    """Periods counted from the letter ("Betaal binnen 14 dagen"), resolved with their rule."""
    segs, out = src.segments, []
    for r in find_relative(src.text, letter_date):
        i = segment_at(segs, r.start)
        sentence = segs[i].text
        previous = segs[i - 1].text if i else ""
        if i and re.search(r"(?i)^\s*doe\b|\b(?:dit|dat)\b", sentence):  # "Vraag dit aan binnen 3 maanden"
            sentence = f"{sentence} {previous}"
        condition = condition_of(segs[i].text, previous)
        from_letter = bool(condition) and bool(_FROM_THE_LETTER.search(r.raw))  # "Wilt u dat? ... binnen
        if organisation_acts(segs[i].text, previous) or nothing_for_you(segs, i):  # vier weken na de datum
            continue  # van deze brief": a real date
        if _NAMED_END.match(src.text[r.end : r.end + 90]):  # the letter names the term's last day itself:
            continue  # that date (found among the dates) wins over one computed here
        if not about_the_reader(sentence, conditional=from_letter) or someone_elses(segs, i):
            continue
        before = src.text[segs[i].start : r.start]
        back = src.text[max(0, r.start - 300) : r.start]  # the segmenter may cut at initials ("M.A.")
        if _EARLIER_ASK.search(before) or _EARLIER_DECISION.search(back):  # an earlier letter's term
            continue
        if _PAST_DUTY.search(sentence):  # "U had binnen 8 weken moeten betalen": a term that ran out
            continue
        meaning = M.purpose(sentence)
        if meaning == "uiterste datum" and i:
            meaning = M.purpose(previous)
        if meaning == "uiterste datum":
            continue
        start = r.counted_from or letter_date
        if start != letter_date:
            day = "de verzenddatum" if re.search(r"(?i)verzend|verzond", r.raw) else "de dag van betekening"
            rule = f"{_period(r.raw)} na {day} ({format_date(start)})"
            if day == "de dag van betekening":  # a term the law counts from service: the Atw may move its end
                rule = statutory_end(r.value, rule, False)[1]
        else:
            rule = f"{_period(r.raw)} na de datum van de brief ({format_date(letter_date)})"
        exact = r.exact or served
        if not exact:
            rule += "; de brief telt vanaf ontvangst of betekening, een dag die de brief niet noemt"
            meaning += " (gerekend vanaf de datum van de brief)"
        out.append(LetterDate(r.value, meaning, M.DEADLINE, r.start, r.end, rule, condition, exact))
    return out


# "een aanmaning, waarin u is aangemaand binnen veertien dagen te betalen", "dat de schuldenaar bij
# aanmaning van 9 maart is aangemaand het restant van € 1.640,00 ... binnen twee weken te betalen": a
# period an earlier letter set, told in the past (however much the sentence names in between); it is
# not counted from this letter.
_EARLIER_ASK = re.compile(
    r"(?i)\b(?:is|werd|bent|was|waren|zijn)\s+(?:aangemaand|gevraagd|verzocht|gesommeerd)\b(?:[^.?;]|(?<=\d)[.](?=\d)){0,160}$"
    r"|\bwaarin\b[^.?;]{0,80}\b(?:is|werd|bent|was|hebben|hadden)\b[^.?;]{0,60}$"
)


# "bij besluit van 2 april 2026 ... is teruggevorderd, te betalen binnen zes weken": a term that an
# earlier decision, named by its date, set; it runs from that decision, not from this letter.
_GAP = r"(?:[^.?;]|(?<=\d)[.](?=\d)|(?<=\b[A-Z])[.])"  # initials and amounts do not end the sentence
_EARLIER_DECISION = re.compile(
    rf"(?i)\bbij\s+(?:besluit|beschikking|beslissing|brief)\s+van\s+\d{{1,2}}\s+[a-z]+\s+\d{{4}}\b{_GAP}{{0,200}}"
    rf"\b(?:is|werd|zijn|werden)\b{_GAP}{{0,120}}\b\w*(?:ge|be|ver|ont)\w+(?:d|t|en)\b{_GAP}{{0,40}}$"
)


# A duty told in the past ("U had de boete binnen 8 weken moeten betalen"): an earlier term, not
# one counted from this letter.
_PAST_DUTY = re.compile(r"(?i)\b(?:had|hadden|was|waren)\b[^.?;]{0,80}\b(?:moeten|dienen)\b")


# A later termijn of a payment schedule ("De laatste termijn betaalt u uiterlijk ..."): a step of the
# regeling, told with it, not a separate duty beside the first payment.
_LATER_INSTALMENT = re.compile(
    r"(?i)\b(?:laatste|volgende|overige|andere|slot)\s*termijn|\btermijn\w*\b[^.?;]{0,30}\bdaarna\b"
)
ZIENSWIJZE_CONDITION = "als u uw mening (zienswijze) wilt geven"
LATER_INSTALMENT_CONDITION = "als u volgens de betalingsregeling in termijnen betaalt"


def _period(raw: str) -> str:
    m = re.match(r"(?i)(?:binnen|uiterlijk|tot(?:\s+en\s+met|\s+uiterlijk)?)\s+(\S+\s+\S+)", raw)
    return m.group(1) if m else raw


# "binnen twee dagen te betalen, dat wil zeggen uiterlijk op maandag ...": the letter's own end date.
_NAMED_END = re.compile(
    r"(?i)^[^.?;\n]{0,40}?,?\s*(?:dat\s+wil\s+zeggen|d\.w\.z\.|dat\s+is|dus|oftewel|te\s+weten)\s*:?\s*"
    r"(?:uiterlijk\s+)?(?:op\s+)?(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?\d"
)


# "vóór 7 april" excludes 7 april; "uiterlijk (op) 7 april" and "op of vóór 7 april" include it.
BEFORE_EXCLUSIVE = re.compile(r"(?i)(?<!\bof\s)(?<!uiterlijk\s)\b(?:vóór|voor)\s*$")
DEADLINE_BEFORE_NOTE = (
    "De brief zegt 'vóór {date}': de laatste dag is dan {day}. Organisaties bedoelen met 'vóór' soms ook de "
    "dag zelf; controleer de datum."
)
RECEIPT_NOTE = (
    "De termijn loopt vanaf de dag waarop de lezer de brief ontving of kreeg betekend; die dag staat niet "
    "in de brief. Controleer de datum."
)


def deadline_facts(src: LetterSource, dates: list[LetterDate], letter_date: date | None) -> list[Fact]:
    """The reader's deadlines and appointments as stated facts, each with the sentence it is in.
    Bezwaar and beroep against this letter are not among them: objection.py decides those."""
    out = []
    for d in sorted(dates, key=lambda d: d.value):
        if d.kind not in (M.DEADLINE, M.APPOINTMENT) or re.search(r"bezwaar|beroep", d.meaning):
            continue
        if letter_date and d.value < letter_date:
            continue
        evidence = [src.sentence_evidence(d.start)] if d.start >= 0 else []
        if d.rule == RULE_YEARLESS:
            out.append(to_check(_with_option_condition(d), YEARLESS_NOTE, evidence, d.rule))
            continue
        if d.rule == RULE_BILL_ASIDE:
            out.append(to_check(d, BILL_ASIDE_NOTE, evidence))
            continue
        if not d.exact:
            out.append(to_check(_with_option_condition(d), RECEIPT_NOTE, evidence, d.rule))
            continue
        d = _with_option_condition(d)
        if BEFORE_EXCLUSIVE.search(src.text[max(0, d.start - 20) : d.start]):
            d = replace(d, before=True)  # never retold as "de uiterste datum is <datum>" (actions.py)
        if not d.condition and d.rule is None and d.before:
            # letters read "vóór <datum>" both ways (that day or the day before): never a stated last
            # day; a deadline told with the letter's own condition is told in the letter's words
            day = format_date(d.value - timedelta(days=1))
            out.append(to_check(d, DEADLINE_BEFORE_NOTE.format(date=format_date(d.value), day=day), evidence))
            continue
        out.append(atw_to_check(stated(d, evidence, d.rule)))  # an end the Atw moves: to check
    return out


def _with_option_condition(d: LetterDate) -> LetterDate:
    """A deadline for an option the reader may use (kwijtschelding, uitstel) holds only then."""
    if d.condition or not re.search(r"kwijtschelding|uitstel|iets aan te vragen", d.meaning):
        return d
    word = (
        "kwijtschelding" if "kwijtschelding" in d.meaning else "uitstel" if "uitstel" in d.meaning else "iets"
    )
    condition = f"als u {word} wilt aanvragen"
    return replace(d, condition=condition)
