"""Finding the facts of a letter (facts.py): sender, letter date, kind, amounts, dates and
deadlines, bezwaar (objection.py) and the papers the letter asks for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from assistant.features.letters import meaning as M
from assistant.features.letters.amounts import find_amounts
from assistant.features.letters.dates import find_dates, find_relative
from assistant.features.letters.facts import LetterDate, LetterFacts
from assistant.features.letters.injection import strip_injections
from assistant.features.letters.kinds import classify, find_options, find_topic
from assistant.features.letters.objection import find_objection, objection_deadline
from assistant.features.letters.references import find_references, find_subject
from assistant.features.letters.sender import OrganisationLike, detect_sender
from assistant.features.letters.text import normalise, segment_at, segments


def analyse_letter(text: str, organisations: Iterable[OrganisationLike] = ()) -> LetterFacts:
    """The facts of `text`, a letter from an organisation; `organisations` is the sociale kaart."""
    clean, injections = strip_injections(text)
    norm = normalise(clean)
    sender = detect_sender(norm, organisations)
    subject = find_subject(norm)
    letter_mention = M.find_letter_date(norm)
    letter_date = letter_mention.value if letter_mention else None
    kind = classify(norm, subject)
    dates = _dates(norm, letter_mention, letter_date)
    objection = find_objection(norm, kind, letter_date, dates, sender)
    deadline = objection_deadline(objection, dates)
    if deadline:
        dates.append(deadline)
    return LetterFacts(
        sender=sender,
        letter_date=letter_date,
        subject=subject,
        kind=kind,
        topic=find_topic(norm, subject),
        references=find_references(norm),
        amounts=find_amounts(norm),
        dates=dates,
        objection=objection,
        options=find_options(norm, kind, sender.organisation_id if sender else None),
        requested=_requested(norm),
        injections=injections,
        text=norm,
    )


def _dates(text: str, letter_mention, letter_date: date | None) -> list[LetterDate]:
    segs = segments(text)
    out: list[LetterDate] = []
    if letter_date:
        out.append(LetterDate(letter_date, "datum van de brief", M.LETTER))
    for m in find_dates(text):
        if letter_mention and m.start == letter_mention.start:
            continue
        i = segment_at(segs, m.start)
        found = M.date_meaning(text, m, segs[i].text, segs[i - 1].text if i else "", letter_date)
        if found:
            out.append(LetterDate(m.value, found[1], found[0]))
    for r in find_relative(text, letter_date):
        i = segment_at(segs, r.start)
        sentence = segs[i].text
        if i and re.match(r"(?i)\s*(doe|dit|dat)\b", sentence):  # "Doe dat binnen 3 maanden ..."
            sentence = f"{sentence} {segs[i - 1].text}"
        if not _about_the_reader(sentence):
            continue
        meaning = M.purpose(sentence)
        if meaning == "uiterste datum" and i:
            meaning = M.purpose(segs[i - 1].text)
        if meaning == "uiterste datum":
            continue
        note = "" if r.exact else " (gerekend vanaf de datum van de brief)"
        out.append(LetterDate(r.value, meaning + note, M.DEADLINE))
    unique: dict[tuple[date, str], LetterDate] = {}
    for d in out:
        unique.setdefault((d.value, d.meaning), d)
    return list(unique.values())


def _about_the_reader(sentence: str) -> bool:
    """A period is a deadline for the reader when the reader has to pay, send, react or object in
    it; not when it follows a condition ("Verandert uw inkomen? Geef dit dan binnen 4 weken door")
    or when the organisation acts ("U krijgt binnen twee weken een betaalverzoek")."""
    s = sentence.lower()
    first = re.split(r"(?<=[.!?])\s", s)[0]
    objection = re.search(r"bezwaar|beroep|kwijtschelding", s)
    if re.search(r"\b(dan|zodra|nadat|als u|wanneer u)\b", first) and not objection:
        return False
    if (
        re.search(r"\b(u krijgt|krijgt u|u ontvangt|ontvangt u|wij sturen|sturen wij|neemt)\b", first)
        and not objection
    ):
        return False
    return bool(
        objection
        or re.search(M.PAY_VERBS, s)
        or re.search(M.SEND_VERBS, s)
        or re.search(r"reageer|reageren", s)
    )


_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+?)[;.,]?\s*$")


def _requested(text: str) -> list[str]:
    """Items of a list that follows a request line ("Stuur ons de volgende papieren:")."""
    items: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not (
            line.rstrip().endswith(":")
            and re.search(r"(?i)stuur|lever|stukken|papieren|gegevens|vragen u|nodig", line)
        ):
            continue
        for nxt in lines[i + 1 :]:
            m = _LIST_ITEM.match(nxt)
            if not m:
                break
            item = m.group(1).strip()
            if len(item.split()) <= 15:
                items.append(item[0].lower() + item[1:] if item[1:2].islower() else item)
    return items
