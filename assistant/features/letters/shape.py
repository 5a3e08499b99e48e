"""Does a text look like a letter from an organisation? Pure.

A story about a client ("Mevrouw kwam langs, ze heeft een aanmaning ...") or a loose fragment is
not a letter; explaining it as one invents a sender, a kind and an amount to pay. A letter has
at least two of: a sender, a letter date, and a letter's structure (a salutation, a kenmerk,
betreft or onderwerp line, a closing, an address with a postcode). A text that opens by telling
about the client in the third person and has no letter structure is a story, and so is a text with
the headings of a conversation note ("Datum gesprek:", "Cliënt:", "Situatie") and neither a
salutation nor a closing, or with one such heading and no letter structure at all (a note's first
line, "Huisbezoek wijkteam, 4 jan", often names a sender-like organisation and a date). A text
without salutation or closing whose first line names the note ("Buurtteam - notitie") is a note,
and a message to a colleague whose first sentence names a person by title without speaking to
the reader ("Kort verslag van mijn bezoek bij mevr. Bos.") tells about a client.
"""

from __future__ import annotations

import re

from assistant.features.letters.text import unbar_letterhead
from assistant.text.folding import fold

_STRUCTURE = (
    re.compile(r"^\s*(?:geachte|beste|dear|l\.s\.|aan\s+(?:de\s+heer|mevrouw|dhr|mevr))\b", re.MULTILINE),
    re.compile(r"^\s*(?:ons\s+kenmerk|uw\s+kenmerk|kenmerk|betreft|onderwerp|dossiernummer|datum|dagtekening"
               r"|klantnummer|factuurnummer|relatienummer|zaaknummer)\b\s*:?", re.MULTILINE),
    re.compile(r"\b(?:met\s+vriendelijke\s+groet(?:en)?|hoogachtend)\b"),
)
# Postcode and place, "1234 AB Plaats": capitals, read in the unfolded text ("2025 in de" is no postcode).
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\s+(?:'s-)?[A-Z][\w'-]+")
_STORY_OPENING = re.compile(
    r"^\W*(?:client(?:e)?|cl\.|mevrouw|meneer|mevr\.|dhr\.|de\s+heer|de\s+vrouw|de\s+man|hij|zij|ze"
    r"|[a-z]+\s+(?=\())\s*(?:\([^)\n]{0,40}\)\s+)?(?:heeft|is|kwam|komt|vertelt|vertelde|zegt|zei|woont|wil|belt"
    r"|belde|meldt|meldde|wacht|krijgt|kreeg|was|had|zit)\b"
)

# Headings of a professional's conversation note ("Datum gesprek:", "Cliënt:", "Situatie", "Vraag 1"),
# and a first line naming the note after a dash ("Buurtteam Zuid – dossiernotitie", "- telefonisch spreekuur").
_NOTE_HEADINGS = re.compile(
    r"^\W*(intake|notitie|gespreksnotitie|gespreksverslag|verslag|datum\s+gesprek|gesprek\s+met|client(?:e)?\s*:"
    r"|medewerker\s*:|verwezen\s+door|hulpvraag|situatie|achtergrond|vraag\s*\d|afspraken|actiepunten"
    r"|vervolg\s*:|huisbezoek|spreekuur|telefoonnotitie|telefonisch\s+contact"
    # the writer's own role line ("Consulent: ...", "Maatschappelijk werker: ...")
    r"|(?:consulent|maatschappelijk\s+werker|hulpverlener|casemanager|begeleider|aanvrager)\s*:"
    # a heading line whose part after a dash names the note ("AMW Noord - verslag eerste gesprek")
    r"|[^\n]{2,60}?\s[-–|]\s*(?:[a-z]*(?:verslag|notitie|intake|aantekening|logboek)|(?:telefonisch\s+)?spreekuur"
    r"|huisbezoek|overleg)\b"
    # a log or a jotting named as such on its own line ("Aantekening gesprek", "Logboek vrijwilliger")
    r"|(?:aantekening(?:en)?|logboek)\b"
    # a note's own sections ("Feiten", "Stand van zaken", "Aanleiding", "Gedaan", "Volgende stappen") on a line of their own
    r"|(?:feiten|stand\s+van\s+zaken|aanleiding|gedaan|volgende\s+stappen)\s*:?\s*$)",
    re.MULTILINE,
)
# A message to a colleague: after the greeting it tells about the client in the third person.
_GREETING = re.compile(r"^\s*(?:hoi|hallo|hi|beste|geachte)\b[^\n]*\n+", re.MULTILINE)
_ABOUT_CLIENT = re.compile(
    r"^\W*(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de\s+heer|client(?:e)?)\s+(?:[a-z.'-]+\s+){0,3}?(?:\([^)\n]{0,40}\)\s+)?"
    r"(?:heeft|is|kwam|komt|vertelt|vertelde|zegt|zei|woont|wil|belt|belde|meldt|meldde|wacht|krijgt|kreeg|was|had|zit)\b"
)
# Or names the client by title in its first sentence without once addressing the reader ("Even een
# verslag van mijn bezoek bij mevr. Jansen."): a letter to the reader speaks to "u", not about a person.
_TITLED_PERSON = re.compile(r"\b(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de\s+heer)\s+[a-z]")
_FIRST_SENTENCE = re.compile(r"(?:\b(?:dhr|mevr|mw|dr|mr)\.|[^.!?])*")  # a title's dot ends no sentence
# A person by title with an age in brackets ("dhr. O. (34)", "mevrouw K. (52 jaar)"): how a note or a
# colleague's message introduces a client; a letter speaks to its reader.
_TITLED_WITH_AGE = re.compile(
    r"\b(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de\s+heer)\s+[a-z][\w.'-]{0,20}\s+\(\d{1,3}(?:\s*(?:jaar|jr\.?))?\)"
    # or a labelled line naming a person with an age ("Deelnemer: Piet de Wit (52)", "Student: Ali B. (17)")
    r"|^[ \t]*[a-z]{3,20}\s*:[ \t]*[a-z][\w.'-]*(?:[ \t]+[a-z][\w.'-]*){0,4}[ \t]+\(\d{1,3}(?:\s*(?:jaar|jr\.?))?\)",
    re.MULTILINE,
)
_ADDRESSES_READER = re.compile(r"\b(?:u|uw|je|jouw|jij)\b")
_LETTER_FRAME = (_STRUCTURE[0], _STRUCTURE[2])  # a salutation or a closing


def note_headings(text: str) -> int:
    """How many different conversation-note headings the text has."""
    return len({" ".join(m.group(1).split()) for m in _NOTE_HEADINGS.finditer(fold(text))})


def structure_marks(text: str) -> int:
    """How many kinds of letter structure the text shows (0 to 4)."""
    folded = fold(unbar_letterhead(text))
    return sum(1 for pattern in _STRUCTURE if pattern.search(folded)) + bool(_POSTCODE.search(text))


def letter_doubts(text: str, *, sender_found: bool, date_found: bool) -> list[str]:
    """What is missing for the text to be a letter (Dutch); empty when it looks like one."""
    structure = structure_marks(text)
    missing = [
        *([] if sender_found else ["geen afzender"]),
        *([] if date_found else ["geen datum van de brief"]),
        *([] if structure else ["geen briefopbouw (aanhef, kenmerk, adres of ondertekening)"]),
    ]
    folded = fold(text.strip())
    framed = any(pattern.search(folded) for pattern in _LETTER_FRAME)
    headings = note_headings(text)
    titled = bool(_NOTE_HEADINGS.match(folded))  # the first line names the note ("Wijkteam - huisbezoek")
    story = (not structure and (bool(_STORY_OPENING.match(folded)) or headings >= 1)) or (
        not framed and (headings >= 2 or titled)
    )
    greeting = _GREETING.search(folded)
    story = story or (structure <= 2 and greeting is not None and _about_client(folded[greeting.end() :], greeting.group(0)))
    story = story or (structure <= 2 and bool(_TITLED_WITH_AGE.search(folded[:800])))
    if len(missing) >= 2 or story:
        return missing + (["de tekst vertelt over de cliënt in plaats van hem aan te spreken"] if story else [])
    return []


_INFORMAL_GREETING = re.compile(r"^\s*(?:hoi|hallo|hi)\b")


def _about_client(body: str, greeting: str = "") -> bool:
    """The message after the greeting tells about a client: it opens with the client as subject, or
    its first sentence names a person by title (or follows an informal "Hoi"/"Hallo", which no
    organisation's letter to a citizen uses to then not address him) and does not speak to the reader."""
    if _ABOUT_CLIENT.match(body):
        return True
    first = _FIRST_SENTENCE.match(body.strip()).group(0)
    about = bool(_TITLED_PERSON.search(first)) or bool(_INFORMAL_GREETING.match(greeting))
    return about and not _ADDRESSES_READER.search(first)
