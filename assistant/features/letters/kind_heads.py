"""Where a letter says what it is: the head noun of its subject or title ("Betreft: betalingsregeling
huurachterstand", "EERSTE AANMANING", "Mededeling van beslag"), and "deze aanmaning" in its text; and
where it only names another sender's letter ("de aanmaning van je zorgverzekeraar"), which tells what
it is about, not what it is; where a court's letter says it sends a judgment (a vonnis); where a later
letter, not this one, sets a terugvordering; and whether a reminder asks money at all. Pure; kinds.py
weighs these with its signals, analysis.py reads the judgment for a court's letter."""

from __future__ import annotations

import re

from assistant.features.letters.meaning import IMPERATIVE_START
from assistant.features.letters.text import Segment

# Another sender's letter named by its kind ("de aanmaning van je zorgverzekeraar", "die herinnering
# van het CJIB"): it tells what this letter is about, not what this letter is.
_ANOTHER_LETTER = re.compile(
    r"(?i)\b(?:de|die|uw|je|jouw|zijn|haar)\s+(?:\w+)?(?:aanmaning|herinnering|dwangbevel|uitnodiging)\s+van\s+"
    r"(?:de|het|je|jouw|uw|zijn|haar)?\s*(?![0-9])(?!(?:\w+\s+)?(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)\b)[A-Za-zÀ-ÿ]\w*"
)


# "De brief van het waterbedrijf (aanmaning € 86,12)": the kind in brackets is that other letter's.
_BRACKETED_LETTER = re.compile(r"(?i)\bbrief\s+van\s+[^()\n.?]{1,60}\([^)\n]{0,100}\)")


def without_other_letters(sentence: str) -> str:
    """The sentence with another sender's letter named by its kind blanked out (offsets kept)."""
    sentence = _BRACKETED_LETTER.sub(lambda m: " " * len(m.group()), sentence)
    return _ANOTHER_LETTER.sub(lambda m: " " * len(m.group()), sentence)


# The head noun of the subject or of a title line in capitals ("Betreft: betalingsregeling
# huurachterstand", "EERSTE AANMANING"), and the letter naming itself as "deze aanmaning" ("Tegen deze
# aanmaning kunt u ..."), say what the letter is; the words after the head say what it is about.
_KIND_NOUNS = {
    "aanmaning": "aanmaning", "herinnering": "aanmaning", "betalingsherinnering": "aanmaning",
    "uitnodiging": "uitnodiging", "dwangbevel": "dwangbevel", "ontvangstbevestiging": "ontvangstbevestiging",
    "voornemen": "aankondiging", "betalingsregeling": "betalingsregeling", "informatieverzoek": "informatieverzoek",
    # an agreement to pay in parts is a betalingsregeling by another name
    "betalingsafspraak": "betalingsregeling", "betaalafspraak": "betalingsregeling",
    "beslag": "beslag", "loonbeslag": "beslag", "derdenbeslag": "beslag", "bankbeslag": "beslag",
    # an overview sent for the reader's information: what was paid in a year, how money is budgeted
    "jaaropgave": "informatie", "jaaropgaaf": "informatie", "jaaroverzicht": "informatie",
    "budgetplan": "informatie", "budgetoverzicht": "informatie",
    # a statement of account (a supplier's or landlord's yearly or final bill): information with a balance
    "jaarafrekening": "informatie", "eindafrekening": "informatie", "jaarnota": "informatie", "eindnota": "informatie",
    "servicekostenafrekening": "informatie",
}  # fmt: skip
_NOUNS = "|".join(_KIND_NOUNS)
# "Bevestiging (van uw) betalingsregeling", "Mededeling van beslag": what it confirms or tells is the head.
_HEAD = re.compile(
    rf"(?i)^\W*(?:(?:bevestiging|mededeling|kennisgeving)\s+(?:van\s+)?(?:de\s+|uw\s+|een\s+|onze\s+)?)?"
    rf"(?:(?:uw|je|jouw|de|het|een)\s+)?(?:nieuwe?\s+)?(?:(?:eerste|tweede|derde|laatste)\s+)?({_NOUNS})\b"
)
_THIS_NOUN = re.compile(rf"(?i)\b(?:tegen|in|met|bij|op)\s+(?:deze|dit)\s+({_NOUNS})\b")
_TITLE = re.compile(r"^[^\S\n]*([A-Z][A-Z ]{4,60})[^\S\n]*$", re.M)


def headed_kind(segs: list[Segment], subject: str, scores: dict[str, float], hits: dict) -> str | None:
    """The kind the subject's or a capitalised title line's head noun names; weighs the kind the
    letter calls itself ("tegen deze aanmaning")."""
    heads = [subject] if subject else []
    # "Uw bezwaar tegen de aanslag - uitnodiging voor een hoorgesprek": the part after a dash or colon
    # says what the letter is; the part before names the matter it belongs to
    heads += [part for part in re.split(r"\s[-–]\s|:\s", subject)[1:] if part.strip()] if subject else []
    body = "\n".join(s.text for s in segs)
    salutation = re.search(r"(?im)^\s*(?:geachte|beste)\b", body)
    top = body[: salutation.start()] if salutation else ""
    heads += [m.group(1) for m in _TITLE.finditer(top)]
    for seg in segs:
        m = _THIS_NOUN.search(seg.text)
        if m:
            kind = _KIND_NOUNS[m.group(1).lower()]
            scores[kind] += 3
            hits[kind].append((3.0, seg.start, seg.end))
    found = [_KIND_NOUNS[m.group(1).lower()] for m in map(_HEAD.match, heads) if m]
    if not found and subject and _RECEIVED_SUBJECT.match(subject):
        found = ["ontvangstbevestiging"]
    if not found and subject and _OFFERED_ARRANGEMENT.search(subject):
        found = ["betalingsregeling"]
    if not found and subject and _ASKED_ARRANGEMENT.search(subject) and _granted(body, salutation):
        found = ["betalingsregeling"]
    return found[0] if found else None


# A subject that says the sender has received the reader's post, however phrased ("Wij hebben uw
# verzoek om uitstel ontvangen", "Ontvangst van uw bezwaar", "Bevestiging van ontvangst", "Uw
# aanvraag is ontvangen"): the letter confirms receipt; what it received is its matter.
_RECEIVED_SUBJECT = re.compile(
    r"(?i)^\W*(?:(?:wij|we)\s+hebben\s+(?:uw|je|jouw)\s+[^.?!]{1,80}?\bontvangen"
    r"|(?:bevestiging\s+(?:van\s+)?)?ontvangst(?:\s+van\s+(?:uw|je|jouw|het|de|een)\b[^.?!]{0,80})?"
    r"|(?:uw|je|jouw)\s+[^.?!]{1,80}?\s+(?:is|zijn)\s+(?:goed\s+|in\s+goede\s+orde\s+)?ontvangen)\W*$"
)


# A subject that names the reader's request for a regeling ("Uw aanvraag voor een betalingsregeling"),
# answered in the opening with a yes ("Wij gaan akkoord", "U betaalt het bedrag in 8 termijnen"): the
# letter is that betalingsregeling. A refusal in the opening ("niet akkoord", "afgewezen") is not.
_ASKED_ARRANGEMENT = re.compile(
    r"(?i)\b(?:verzoek|aanvraag)\s+(?:om|voor|tot)\s+(?:een\s+|uw\s+)?(?:betalingsregeling|betaling\s+in\s+termijnen)\b"
)
_GRANTED = re.compile(
    r"(?i)\b(?:gaan|ga|zijn|is)\s+(?:\w+\s+)?akkoord\b|\b(?:toegekend|goedgekeurd|toegestaan|ingestemd|toegewezen|ingewilligd)\b"
    r"|\bu\s+betaalt\b[^.]{0,80}\bin\s+\w+\s+(?:termijnen|maandelijkse\s+delen|delen)\b"
)
_REFUSED = re.compile(r"(?i)\bniet\s+akkoord\b|\bafgewezen\b|\bafwijz\w*|\bgeen\s+betalingsregeling\b|\bniet\s+toe\w*")


def _granted(body: str, salutation: re.Match | None) -> bool:
    """The opening paragraph (the first after the salutation) grants the request."""
    if salutation is None:
        return False
    opening = re.split(r"\n\s*\n", body[salutation.end() :].split("\n", 1)[-1].lstrip("\n"), maxsplit=1)[0]
    return bool(_GRANTED.search(opening)) and not _REFUSED.search(opening)


# A subject that names what the letter does about an arrangement ("Betalingsachterstand en aanbod
# betalingsregeling", "Bevestiging afspraak betalingsregeling"): the letter offers or confirms a
# betalingsregeling; the matter it names first (the achterstand) is what the regeling is for.
_OFFERED_ARRANGEMENT = re.compile(
    r"(?i)\b(?:aanbod|voorstel|bevestiging|akkoord)\s+(?:(?:voor|van|op|met)\s+)?(?:een\s+|uw\s+|de\s+|je\s+)?"
    r"(?:afspraak\s+(?:over\s+(?:een\s+)?)?)?betalingsregeling\b"
)

# A court's letter that is, or sends, a judgment: a title or subject "VONNIS" / "UITSPRAAK", its opening
# "uitspraak van de enkelvoudige kamer", "(een)
# afschrift van het vonnis", "Hierbij ontvangt u de uitspraak", "Dit vonnis is gewezen door"; not a
# judgment still to come ("De rechter doet later uitspraak", "U krijgt de uitspraak per post").
_JUDGMENT_TITLE = re.compile(r"(?m)^[^\S\n]*(?:VONNIS|UITSPRAAK)\b[^a-z\n]{0,80}(?:\bvan\b.*)?$")
_JUDGMENT_SENT = re.compile(
    r"(?i)\b(?:afschrift|kopie)\s+van\s+(?:het|de|uw)\s+(?:\w+\s+)?(?:vonnis|uitspraak)\b"
    r"|\bhierbij\s+(?:ontvangt\s+u|sturen\s+wij\s+u|zenden\s+wij\s+u)\b[^.]{0,40}\b(?:vonnis|uitspraak)\b"
    r"|\b(?:dit|deze)\s+(?:vonnis|uitspraak)\s+is\s+(?:gewezen|gedaan|uitgesproken)\b"
    # a judgment's own opening: "uitspraak van de enkelvoudige kamer van 3 mei 2027 in de zaak tussen"
    r"|^\W*(?:uitspraak|vonnis)\s+van\s+de\s+(?:\w+\s+){1,2}?kamer\b"
)
_JUDGMENT_SUBJECT = re.compile(r"(?i)^\W*(?:(?:het|de|uw)\s+)?(?:vonnis|uitspraak)\b(?!\s+op\s+(?:uw\s+|het\s+)?bezwaar)")


def judgment(segs: list[Segment], subject: str) -> list[tuple[int, int]]:
    """Where a court's letter says it is or sends a judgment (vonnis, uitspraak); empty when not.
    Only a court's letter is read this way: another sender that names a vonnis acts on it."""
    found = [(s.start, s.end) for s in segs if _JUDGMENT_SENT.search(s.text) or _JUDGMENT_TITLE.search(s.text)]
    if subject and _JUDGMENT_SUBJECT.search(subject):
        found += [(s.start, s.end) for s in segs if subject in s.text][:1]
    return sorted(set(found))[:2]


# "U hoeft nu nog niets te betalen. Over het terugbetalen krijgt u een aparte brief: de beschikking
# terugvordering" / "... In die brief staat hoeveel u moet betalen": the reclaim itself is a later
# letter; this one decides what it follows from. A later betaalverzoek that only says how and when
# to pay ("Daarin staat hoe en wanneer u ... terugbetaalt") leaves the reclaim in this letter.
_NOT_YET = re.compile(
    r"(?i)\b(?:u|je|jij)\s+hoeft\b[^.?]{0,20}\b(?:nu|nog)\b[^.?]{0,20}\bniets\b[^.?]{0,20}\b(?:te\s+betalen|terug\s+te\s+betalen)\b"
)
_LATER_RECLAIM = re.compile(
    r"(?i)\b(?:aparte|afzonderlijke|nieuwe|volgende|andere|latere)\s+(?:brief|beschikking|beslissing|besluit)\b"
    r"[^.?]{0,40}\bterugvordering\b"
    r"|^\W*(?:in\s+(?:die|deze|de\s+nieuwe|de\s+aparte)\s+brief|daarin)\b[^.?]{0,30}\bhoeveel\s+(?:u|je)\b"
)


def reclaim_to_come(segs: list[Segment], subject: str) -> list[tuple[int, int]]:
    """The sentences that say the reader pays nothing now and that a later letter decides the reclaim
    (how much): the letter is not itself the terugvordering, unless its subject says it is. Empty
    when that is not said."""
    if re.search(r"(?i)terugvorder", subject or ""):
        return []
    now = [(s.start, s.end) for s in segs if _NOT_YET.search(s.text)]
    later = [(s.start, s.end) for s in segs if _LATER_RECLAIM.search(s.text)]
    return (now[:1] + later[:1]) if now and later else []


# "U hoeft nu niets te betalen", "Je hoeft voor deze brief niets te betalen" (not in an if-clause)
_NOTHING_TO_PAY = re.compile(
    r"(?i)(?<![,;]\s)(?<!\bals\s)\b(?:u|je|jij)\s+hoeft\b[^.?]{0,40}\bniets\b[^.?]{0,20}"
    r"\b(?:te\s+betalen|over\s+te\s+maken|te\s+voldoen)\b"
)
# the reader is told to act: an imperative or "u moet" ("Doe uw aangifte alsnog uiterlijk ...")
_ACT = re.compile(rf"(?i){IMPERATIVE_START}|\bu\s+moet\b(?![^.?]{{0,40}}\b(?:niet|geen|niets)\b)")


def asks_to_act(segs: list[Segment]) -> bool:
    """The letter tells the reader to do something (not in a question or an if-clause)."""
    return any(_ACT.search(s.text) and not s.text.rstrip().endswith("?") for s in segs)


# money in any notation: a reminder that names none reminds of something else (papers, an appointment)
_MONEY = re.compile(r"(?i)€|\bEUR\b|\beuro\b")


def asks_no_money(segs: list[Segment]) -> bool:
    """A reminder asks no payment: it says so ("U hoeft niets te betalen") or names no money at all."""
    text = " ".join(s.text for s in segs)
    return bool(_NOTHING_TO_PAY.search(text)) or not _MONEY.search(text)
