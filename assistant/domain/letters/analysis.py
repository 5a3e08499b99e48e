"""The facts of a letter, decided by code: who sent it, when, what kind, amounts, dates,
deadlines, bezwaar and what the reader must do. Everything else (template, model prose) is
built from these facts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from assistant.domain.letters import meaning as M
from assistant.domain.letters.amounts import Amount, find_amounts
from assistant.domain.letters.dates import find_dates, find_relative
from assistant.domain.letters.injection import strip_injections
from assistant.domain.letters.kinds import Option, classify, find_options, find_topic
from assistant.domain.letters.references import find_references, find_subject
from assistant.domain.letters.sender import OrganisationLike, Sender, detect_sender
from assistant.domain.letters.text import normalise, segment_at, segments

AWB_OBJECTION_WEEKS = 6  # Awb 6:7; the period starts the day after the letter is sent (Awb 6:8)
_THRESHOLD = re.compile(
    r"(?i)\b(?:minimaal|minimum|ten\s+minste|tenminste|maximaal|maximum|meer\s+dan|minder\s+dan|hoger\s+dan|"
    r"lager\s+dan|drempel|grens|boven|onder)\s*(?:van\s+)?(?:€|eur\b|euro\b)?\s*$"
)
_PAY_SENTENCE = re.compile(
    r"(?i)^\W*(?:betaal\b|maak\b.{0,60}\bover\b)|\bu\s+moet\b.{0,60}\b(?:betalen|terugbetalen|voldoen)\b|"
    r"\b(?:verzoeken|vragen)\s+(?:wij\s+)?u\b.{0,80}\b(?:te\s+betalen|over\s+te\s+maken|te\s+voldoen)\b|"
    r"\btotaal\s+te\s+betalen\b"
)
_INSTRUCTION = re.compile(
    r"(?:Geef|Betaal|Stuur|Lever|Meld|Solliciteer|Vul|Neem|Bel|Kom|Zorg|Maak|Houd|Bewaar|Lees|Controleer)\b"
    r"|U\s+moet\b(?!.{0,40}\b(?:niet|geen)\b)"
)
_ABOUT_OBJECTION = re.compile(r"(?i)bezwaar|beroep")
_PAY_LABEL = re.compile(r"totaal|te betalen|terug|openstaand|achterstand|verschuldigd|boete|nog te", re.I)


@dataclass(frozen=True)
class LetterDate:
    value: date
    meaning: str
    kind: str  # letter | deadline | appointment | start | end | other


@dataclass(frozen=True)
class Objection:
    possible: bool
    until: date | None
    how: str
    route: str = "bezwaar"  # bezwaar | beroep
    stated: bool = True  # False when the letter does not mention it and the engine assumes the Awb rule


@dataclass
class LetterFacts:
    sender: Sender | None
    letter_date: date | None
    subject: str
    kind: str
    topic: str | None
    references: list[str]
    amounts: list[Amount]
    dates: list[LetterDate]
    objection: Objection
    options: list[Option]
    requested: list[str] = field(default_factory=list)  # items the letter asks the reader to send
    injections: list[str] = field(default_factory=list)
    text: str = ""  # the normalised letter without injected instructions

    @property
    def sender_name(self) -> str:
        """The sender as it reads inside a sentence: "de Belastingdienst", "Gemeente Zuidhaven"."""
        return self.sender.in_sentence if self.sender else "de afzender"

    @property
    def instructions(self) -> list[str]:
        """What the letter itself tells the reader to do ("Geef elke maand door ...", "Betaal elke
        factuur binnen 30 dagen ..."), in its own short sentences; not bezwaar (handled apart) and
        not what may happen later."""
        out: list[str] = []
        segs = segments(self.text)
        for i, seg in enumerate(segs):
            sentence = re.sub(r"^\W+", "", seg.text).strip()
            if not _INSTRUCTION.match(sentence) or _ABOUT_OBJECTION.search(sentence):
                continue
            # "... bezwaar maken. Dit moet binnen zes weken. Stuur een brief naar ...": part of the bezwaar text
            if any(_ABOUT_OBJECTION.search(segs[j].text) for j in range(max(0, i - 2), i)):
                continue
            if len(sentence.split()) <= 22 and sentence not in out:
                out.append(sentence if sentence.endswith((".", "!")) else sentence + ".")
        return out[:4]

    @property
    def deadlines(self) -> list[LetterDate]:
        return sorted((d for d in self.dates if d.kind in (M.DEADLINE, M.APPOINTMENT)), key=lambda d: d.value)

    def deadline_for(self, word: str) -> LetterDate | None:
        return next((d for d in self.deadlines if word in d.meaning), None)

    @property
    def pay_amount(self) -> Amount | None:
        """The amount the reader has to pay.

        First an amount in a sentence that tells the reader to pay ("Betaal de achterstand van
        € 168,34", "Maak het bedrag van € 172,50 over"); else a total or 'te betalen' line. A
        threshold ("als het bedrag minimaal € 75 is") or an instalment is never the amount to pay,
        unless it is the only amount.
        """
        segs = segments(self.text)
        candidates = [
            a for a in self.amounts if not _THRESHOLD.search(self.text[max(0, a.start - 30) : a.start])
        ]
        in_pay_sentence = [
            a for a in candidates if _PAY_SENTENCE.search(segs[segment_at(segs, a.start)].text)
        ]
        if in_pay_sentence:
            totals = [
                a for a in in_pay_sentence if re.search(r"totaal|achterstand|openstaand", a.label, re.I)
            ]
            return (totals or in_pay_sentence)[-1]
        whole = [
            a
            for a in candidates
            if not re.search(r"per (maand|termijn|week|kwartaal)|termijn", a.label, re.I)
        ]
        for pattern in (r"totaal", r"te betalen|terug|openstaand|nog te|verschuldigd", r"achterstand|boete"):
            hits = [a for a in whole if re.search(pattern, a.label, re.I)]
            if hits:
                return hits[-1]
        return self.amounts[0] if len(self.amounts) == 1 else None


def analyse_letter(text: str, organisations: Iterable[OrganisationLike] = ()) -> LetterFacts:
    clean, injections = strip_injections(text)
    norm = normalise(clean)
    sender = detect_sender(norm, organisations)
    subject = find_subject(norm)
    letter_mention = M.find_letter_date(norm)
    letter_date = letter_mention.value if letter_mention else None
    kind = classify(norm, subject)
    dates = _dates(norm, letter_mention, letter_date)
    objection = _objection(norm, kind, letter_date, dates, sender)
    if (
        objection.possible
        and objection.until
        and not any(
            d.value == objection.until and ("bezwaar" in d.meaning or "beroep" in d.meaning) for d in dates
        )
    ):
        meaning = (
            "uiterste datum om bezwaar te maken"
            if objection.route == "bezwaar"
            else "uiterste datum om in beroep te gaan"
        )
        dates.append(LetterDate(objection.until, meaning, M.DEADLINE))
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


_PLAN = re.compile(r"(?i)\bvoornemen\b|\bvan plan\b|vooraankondiging|zienswijze")
_NEGATIVE = re.compile(
    r"(?i)\b(geen|niet)\b[^.]{0,30}\b(bezwaar|beroep)\b|\b(bezwaar|beroep)\b[^.]{0,40}\bniet\s+(?:meer\s+)?mogelijk"
    r"|\bbezwaartermijn\b[^.]{0,20}\b(?:verstreken|verlopen)|\btermijn\b[^.]{0,40}\b(?:bezwaar|beroep)\b[^.]{0,40}\bverlopen"
)
_POSITIVE = re.compile(r"(?i)\bbezwaar\b|bezwaarschrift|beroep instellen|in beroep")


def _objection(text: str, kind: str, letter_date: date | None, dates: list[LetterDate], sender) -> Objection:
    segs = [s.text for s in segments(text)]
    positive = [s for s in segs if _POSITIVE.search(s) and not _NEGATIVE.search(s)]
    near = [segs[i + 1] for i, s in enumerate(segs[:-1]) if s in positive]  # "Dat kan via Mijn ..."
    negative = [s for s in segs if _NEGATIVE.search(s)]
    if negative and not positive:
        how = "De brief zegt dat u tegen deze brief geen bezwaar kunt maken."
        if re.search(r"(?i)\bverzet\b", text):
            how += " U kunt wel in verzet gaan bij de rechter. Vraag daar snel hulp bij, want daar geldt een korte termijn."
        return Objection(False, None, how)
    if _PLAN.search(text) and not positive:
        return Objection(
            False,
            None,
            "Dit is nog geen besluit, maar een plan. U kunt wel uw mening geven voor het besluit er is.",
        )
    default_until = letter_date + timedelta(weeks=AWB_OBJECTION_WEEKS) if letter_date else None
    if positive:
        route = "bezwaar" if any("bezwaar" in s.lower() for s in positive) else "beroep"
        stated = [
            d for d in dates if d.kind == M.DEADLINE and route in d.meaning.replace("in beroep", "beroep")
        ]
        if route == "beroep":
            stated = [d for d in dates if d.kind == M.DEADLINE and "beroep" in d.meaning]
        until = min((d.value for d in stated), default=default_until)
        return Objection(True, until, _how(" ".join(positive + near), route), route)
    government = sender is None or not (sender.organisation_id or "").startswith(
        ("deurwaarder", "woningcorporatie", "incassobureau", "zorgverzekeraar", "energie")
    )
    if kind in ("besluit", "aanslag", "terugvordering", "boete") and government:
        how = _how("", "bezwaar")
        return Objection(True, default_until, how, "bezwaar", stated=False)
    return Objection(False, None, "Dit is geen besluit. Daarom kunt u meestal geen bezwaar maken.")


def _how(text: str, route: str) -> str:
    channels = []
    mijn = re.search(r"\bMijn [A-Za-z][\w]+", text)
    if mijn:
        channels.append(f"online via {mijn.group(0)}")
    if re.search(r"(?i)\bbrief\b|per post|schriftelijk|bezwaarschrift", text):
        channels.append("met een brief")
    if re.search(r"(?i)website|digitaal|DigiD", text) and not mijn:
        channels.append("via de website")
    who = ""
    if re.search(r"(?i)officier van justitie", text):
        who = " bij de officier van justitie"
    elif re.search(r"(?i)rechtbank|rechter", text) and route == "beroep":
        who = " bij de rechtbank"
    verb = "Maak bezwaar" if route == "bezwaar" else f"Ga in beroep{who}"
    how = f"{verb}{' ' + ' of '.join(channels) if channels else ''}."
    if route == "bezwaar":
        how += (
            " Schrijf in uw brief: uw naam en adres, de datum, over welke brief het gaat (het kenmerk)"
            " en waarom u het er niet mee eens bent. Zet uw handtekening eronder."
        )
    return how


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
