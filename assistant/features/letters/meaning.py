"""What a date in a letter means: date of the letter, deadline (for what), appointment, start or
end of something, or just a date the letter mentions."""

from __future__ import annotations

import re
from datetime import date

from assistant.features.letters.dates import DateMention

LETTER, DEADLINE, APPOINTMENT, START, END, OTHER = (
    "letter",
    "deadline",
    "appointment",
    "start",
    "end",
    "other",
)

_DEADLINE_BEFORE = re.compile(
    r"(?i)(uiterlijk(\s+op)?|uiterlijk\s+op\s+(?:je|uw|de|het)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2},|vóór|voor|niet later dan|uiterste\s+\w+|vervaldatum[^:]{0,20}:?|vervaldag:?|"
    r"deadline:?|op of voor|uiterlijk\s+\w+\s+op\s*:|betalen\s+(?:vóór|voor|op)\s*:)\s*(de\s+)?$"
)
_START_BEFORE = re.compile(r"(?i)(vanaf|met ingang van|ingaande|gaat in op|in op|begint op|start op|per)\s*$")
_END_BEFORE = re.compile(r"(?i)(tot en met|t/m|tot|eindigt op|stopt op|einddatum:?|loopt af op)\s*$")
# "Dat kan tot uiterlijk tien dagen voor de zitting, dus tot en met <datum>": the last day on which the
# reader can still act is a deadline, not the end of a period
_CAN_UNTIL = re.compile(r"(?i)\b(?:kan|kunt|mag|moet)\b[^.?]*\b(?:uiterlijk|niet\s+later\s+dan)\b")
_PERIOD_START = re.compile(r"(?i)\b(van|periode van)\s*$")
_TIME_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:om|van)\s+(\d{1,2}[.:]\d{2})\s*(?:uur)?|^[ \t]*\n[ \t]*tijd\s*:?\s+(\d{1,2}[.:]\d{2})"
    r"|^[^\S\n]*,?[^\S\n]*(\d{1,2}[.:]\d{2})[^\S\n]*uur\b",  # "27 mei 2027, 9.30 uur": the clock time itself
    re.I,
)
# A row label that names the appointment's moment ("Wanneer:", "Dag en tijd:", "Datum en tijd:").
_WHEN_LABEL = re.compile(r"(?i)(?:wanneer|(?:dag|datum)\s+en\s+tijd)\s*:")
# With a clock time after the date ("om 10.40 uur"): the row of a "Wanneer en waar?" / "Dag en tijd" block;
# a "Wanneer?" row only with a clock time ("Wanneer? 3 mei om 9.00 uur"), not a walk-in window.
_APPOINTMENT = re.compile(
    r"(?i)afspraak|gesprek|uitnodig|\bnodig\w*\s+(?:u|je|jou)\b(?:\s+\w+){0,3}\s+uit\b|verwachten u|wanneer\s*[:?]|spreekuur|\w*zitting\b|\bwanneer\s+en\s+waar\b"
    r"|\b(?:dag|datum)\s+en\s+tijd\b"
)
_LATEST = re.compile(r"(?i)\b(?:uiterlijk(?:\s+op)?|niet\s+later\s+dan)\s*$")
_INCASSO = re.compile(r"(?i)schrijven\b.*\baf\b|afgeschreven|afschrijving|incasso")
_PAID_TO_YOU = re.compile(r"(?i)op uw rekening|betalen wij|storten|uitbetal")
_SKIP = re.compile(r"(?i)geboortedatum|geboren")


# Verbs of paying and sending, including split separable forms ("over te maken", "in te leveren").
PAY_VERBS = (
    r"betaal(?!rekening|pas|wijze|gegevens|kenmerk|bewijs|moment)|betalen|betaald|voldoen|voldoe\b|overmaken|over\s+te\s+maken"
    r"|maak\b(?:[^.?\n]|(?<=\d)[.](?=\d)){0,110}\bover\b"  # "Maak € 1.386,00 binnen vier weken ... over"
)
SEND_VERBS = (
    r"stuur|sturen|inleveren|in\s+te\s+leveren|\blever\b|indienen|in\s+te\s+dienen|dien\b[^.]{0,40}\bin\b"
)


# A termijn with its amount, or money that must be "op onze rekening staan": a date to pay by.
INSTALMENT_DUE = re.compile(
    r"\btermijn\w*\b[^.\n]{0,60}€|\bop\s+(?:onze|ons|de)\s+rekening\b[^.]{0,60}\b(?:staan|zijn|bijgeschreven)\b"
)


# The money must be with the organisation by then ("Wij moeten het bedrag uiterlijk ... hebben
# ontvangen", "Het bedrag moet ... zijn bijgeschreven op de rekening van ..."): a date to pay by.
_IN_SENTENCE = r"(?:[^.?]|(?<=\d)[.](?=\d))"  # the dot of "€ 1.041,63" ends no sentence
MONEY_RECEIVED = re.compile(
    rf"(?i)(?={_IN_SENTENCE}*(?:\bbedrag\b|€|\bbetaling\b|\bgeld\b|\w*recht\b|\w*kosten\b))"
    rf"{_IN_SENTENCE}*(?:\b(?:hebben|heeft)\b[^.?]{{0,80}}\bontvangen\b|\bontvangen\s+hebben\b|\bbijgeschreven\b"
    r"|\bop\s+(?:onze|ons|de)\s+rekening\b[^.?]{0,60}\b(?:staan|zijn)\b)"
)


# Verbs a letter puts first to tell the reader what to do ("Regel dit vóór 1 juni", "Geef ons een
# machtiging"); the polite form adds -t u ("Regelt u dit vóór 1 juni"), never in a question.
IMPERATIVE_VERBS = (
    r"betaal|stuur|verstuur|geef|doe|neem|vraag|lever|meld|kom|bel|vul|maak|laat|reageer|controleer|zorg|regel"
    r"|zeg|schrijf|kies|teken|onderteken|zet|wijzig|verander|breng|haal|toon|registreer|informeer|overleg"
    r"|verleng|vernieuw|beëindig|open|verlaat|ontruim|verhuis|solliciteer|accepteer|bevestig|activeer|leg"
    r"|draag|retourneer|zend|mail|dien|overhandig|houd|upload|annuleer|lees|bewaar|log\s+in"
    r"|pas(?=[^.?]{0,80}\baan\b)"  # "Pas uw inkomen aan": not the adverb ("Pas daarna ...")
)
# "Reageert u niet vóór 8 mei, dan ...", "Betaalt u niet op tijd?": a condition, not a request
POLITE = rf"^\W*(?:{IMPERATIVE_VERBS})t\s+u\b(?![^.?]*\b(?:niet|geen)\b)(?![^.?]*,\s*dan\b)(?![^?]*\?)"
IMPERATIVE_START = rf"^\W*(?:{IMPERATIVE_VERBS})\b|{POLITE}"
IMPERATIVE = re.compile(rf"(?i){IMPERATIVE_START}")
_MODAL_YOU = re.compile(r"(?i)\b(?:u\s+(?:moet|dient)|(?:moet|dient)\s+u)\b(?![^.?]{0,40}\b(?:niet|geen|niets)\b)")
# "Doe dit", "Dat moet u doen", "Zorg dat wij het formulier hebben": the verb that says what is
# asked stands in the sentence before, or in a clause that names no purpose
_DO = re.compile(r"(?i)\bdo(?:e|en|et)\b|^\W*zorg(?:t\s+u)?\s+(?:er\s*voor\s+|ervoor\s+)?dat\b")
# What a deadline is for when the sentence tells the reader to act with a verb of its own that names
# no known purpose ("Regel dit vóór 1 juni", "U moet vóór 1 mei een nieuwe rekening openen").
ASKED = "uiterste datum om te doen wat de brief vraagt"


def own_duty_verb(sentence: str) -> bool:
    """The sentence tells the reader to act with a verb of its own: an imperative ("Regel dit
    vóór ...") or "u moet/dient ... <verb>"; not "Doe dit", "Dat moet u doen" or "Zorg dat ...", whose
    verb is the sentence before or a clause of its own."""
    if _DO.search(sentence) or sentence.rstrip().endswith("?"):
        return False
    return bool(IMPERATIVE.match(sentence) or _MODAL_YOU.search(sentence))


def purpose(context: str) -> str:
    """What a deadline is for, in the words of the explanation."""
    c = context.lower()
    if re.search(r"bezwaar|beroep", c):
        return (
            "uiterste datum om bezwaar te maken" if "bezwaar" in c else "uiterste datum om in beroep te gaan"
        )
    if re.search(r"\baangifte\b", c) and not re.search(PAY_VERBS, c):
        return "uiterste datum om aangifte te doen"
    if re.search(r"zienswijze|reactie|reageer|reageren|uw mening", c):
        return "uiterste datum om te reageren"
    # "Voor de kwijtschelding heb ik deze stukken van je nodig": the reader sends papers, whatever for
    if re.search(r"\bvan\s+(?:u|jou|je)\s+nodig\b|\b(?:stukken|papieren|gegevens|documenten|bewijsstukken)\b[^.]{0,40}\bnodig\b", c):
        return "uiterste datum om de gevraagde papieren te sturen"
    if "kwijtschelding" in c:
        return "uiterste datum om kwijtschelding aan te vragen"
    # a machtiging lets the organisation collect: giving it is not paying ("Daarvoor moet u ons uiterlijk ...
    # een machtiging geven")
    if re.search(r"\bmachtiging\b", c) and not re.search(PAY_VERBS, c) and not re.search(SEND_VERBS, c):
        return "uiterste datum om een machtiging te geven"
    if re.search(PAY_VERBS, c) or re.search(r"vervaldatum|vervaldag", c) or INSTALMENT_DUE.search(c) or MONEY_RECEIVED.search(c):
        return "uiterste datum om te betalen"
    # "Uw plan moet uiterlijk ... bij ons zijn": a thing of the reader that must be with the organisation
    if re.search(SEND_VERBS, c) or re.search(r"ontvangen|gegevens|papieren|stukken|bij ons (?:zijn|binnen)|in ons bezit", c):
        return "uiterste datum om de gevraagde papieren te sturen"
    if re.search(r"contact|laat .* weten|bellen|\bbel\b", c):
        return "uiterste datum om contact op te nemen"
    if re.search(r"aanvragen|aanvraag|vraag .* aan|vragen om|vraag om|verzoeken om|verzoek om", c):
        return "uiterste datum om iets aan te vragen"
    if re.search(r"doorgeven|geef .* door|door te geven|melden|meld\b|wijziging", c):
        return "uiterste datum om iets door te geven"
    return "uiterste datum"


def date_meaning(
    text: str, m: DateMention, sentence: str, previous: str, letter_date: date | None
) -> tuple[str, str] | None:
    """(kind, meaning) of one date, or None for a date the reader need not see (a birth date).

    `sentence` holds the date; `previous` is the sentence before it (for "Dit moet uiterlijk ...").
    """
    context = sentence + " " + previous
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[max(line_start, m.start - 60) : m.start]
    after = text[m.end : m.end + 40]
    if _SKIP.search(before[-40:]):
        return None
    # "uiterlijk woensdag 3 mei om 12.00 uur": the last moment to act, not an appointment
    latest = _LATEST.search(before)
    if _APPOINTMENT.search(context) and (_TIME_AFTER.match(after) or _WHEN_LABEL.search(before)) and not latest:
        time = _TIME_AFTER.match(after)
        hour = next((g for g in time.groups() if g), None) if time else None
        return APPOINTMENT, f"afspraak{' om ' + hour + ' uur' if hour else ''}"
    if _DEADLINE_BEFORE.search(before):
        meaning = purpose(sentence)
        if meaning == "uiterste datum" and own_duty_verb(sentence):
            meaning = ASKED  # the sentence's own verb says what to do: no purpose borrowed from the one before
        elif meaning == "uiterste datum":
            meaning = purpose(before + " " + previous)
        if letter_date and m.value < letter_date:
            return OTHER, f"{meaning} (die datum is al voorbij)"
        return DEADLINE, meaning
    if _INCASSO.search(context):
        return OTHER, "datum waarop het geld van uw rekening wordt gehaald"
    if _PERIOD_START.search(before) and re.match(r"\s*(tot en met|t/m|tot)\b", after, re.I):
        return START, "begin van de periode"
    if _END_BEFORE.search(before) and _CAN_UNTIL.search(sentence):
        return DEADLINE, purpose(sentence + " " + previous)
    if _END_BEFORE.search(before):
        if re.search(r"(?i)\bvan\s+\S+(\s+\S+){0,2}\s+(tot en met|t/m|tot)\s*$", before):
            return END, "einde van de periode"
        return END, "einddatum"
    if _START_BEFORE.search(before):
        return START, "startdatum"
    if _PAID_TO_YOU.search(context):
        return OTHER, "datum waarop u geld krijgt"
    return OTHER, "datum in de brief"
