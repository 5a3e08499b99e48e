"""A text that is not a letter (a client's story, a fragment) is said to be so instead of explained
with an invented sender, kind and amount. Measured on every letter and every intake in evals/cases."""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.shape import letter_doubts
from assistant.inputs import read_input
from assistant.knowledge.corpus import load_sociale_kaart
from evals.casefiles import LETTER_CASES, TRIAGE_CASES

ORGS = load_sociale_kaart()


def doubts(text: str) -> list[str]:
    facts = analyse_letter(text, ORGS)
    return letter_doubts(text, sender_found=bool(facts.sender), date_found=bool(facts.letter_date))


def readable_letters():
    for path in sorted([*LETTER_CASES.rglob("*.txt"), *LETTER_CASES.rglob("*.pdf")]):
        try:
            yield path.name, read_input(path)
        except Exception:  # noqa: BLE001 - the deliberately broken PDFs are tested elsewhere
            continue


def intakes():
    for path in sorted(TRIAGE_CASES.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("text"):
            yield path.name, data["text"]


def test_every_letter_in_the_cases_looks_like_a_letter():
    letters = list(readable_letters())
    assert len(letters) >= 40
    assert [name for name, text in letters if doubts(text)] == []


# An intake written as a letter to an organisation ("Aan: afdeling Werk en Inkomen", "Geachte
# mevrouw" or "Beste collega's", "Met vriendelijke groet") is a letter in form: the letter tab may read it as one.
_FORMAL_LETTER = (
    re.compile(r"(?im)^\s*aan\s*:"),
    re.compile(r"(?im)^\s*(?:geachte|beste)\b"),
    re.compile(r"(?i)\bmet\s+vriendelijke\s+groet"),
)


# A message with a sender's header ("Afzender:" or "Van:", and "Datum:", "Verzonden:" or "Onderwerp:"), such as a
# hospital's transfer note to the Wmo-loket or an e-mail, is a letter in form too (the other intakes stay checked).
_SENDER_HEADER = (
    re.compile(r"(?im)^\s*(?:afzender|van)\s*:"),
    re.compile(r"(?im)^\s*(?:datum|verzonden|onderwerp)\s*:"),
)

# A dated note signed off like a letter ("Datum:" and "Met vriendelijke groet"), such as a handover from one
# organisation to another, is a letter in form as well.
_SIGNED_NOTE = (re.compile(r"(?im)^\s*datum\s*:"), re.compile(r"(?i)\bmet\s+vriendelijke\s+groet"))

# An e-mail passed on as the intake, signed off like a letter ("per e-mail" and "Met vriendelijke groet"), is one too.
_SIGNED_EMAIL = (re.compile(r"(?i)\be-?mail\b"), re.compile(r"(?i)\bmet\s+vriendelijke\s+groet"))


def _letter_in_form(text: str) -> bool:
    return any(all(p.search(text) for p in form) for form in (_FORMAL_LETTER, _SENDER_HEADER, _SIGNED_NOTE, _SIGNED_EMAIL))


def test_no_intake_in_the_cases_looks_like_a_letter():
    stories = [(name, text) for name, text in intakes() if not _letter_in_form(text)]
    assert len(stories) >= 40
    assert [name for name, text in stories if not doubts(text)] == []


@pytest.mark.parametrize("text", [
    "Mevrouw kwam vandaag langs. Ze heeft een aanmaning van het CJIB gekregen en moet 20 euro betalen.",
    "cl. (45, alleenstaand) heeft een brief van de Belastingdienst gekregen over de huurtoeslag.",
])  # fmt: skip
def test_a_story_about_a_client_is_named_as_such(text):
    found = doubts(text)
    assert found and "geen briefopbouw (aanhef, kenmerk, adres of ondertekening)" in found


def test_a_conversation_note_with_headings_is_not_a_letter_but_a_letter_with_such_words_is():
    note = ("Gespreksverslag Wijkteam Noord, 3-2-2027\nCliënt: dhr. Bakker, 61 jaar\n"
            "Hulpvraag: hij snapt de brief van het CAK niet.\nAfspraken: volgende week samen bellen.")
    assert doubts(note)
    letter = ("CAK\nPostbus 1\n1000 AA Den Haag\nDatum: 3 februari 2027\nGeachte heer Bakker,\n"
              "Situatie: u woont in een instelling. Uw eigen bijdrage is € 12,50.\nMet vriendelijke groet,\nCAK")
    assert not doubts(letter)


def test_a_note_headed_by_a_visit_with_an_organisation_and_a_date_is_not_a_letter():
    note = ("Spreekuur sociaal raadslieden, 12 maart 2027, mw. K.\nZe heeft een brief van de SVB over haar AOW "
            "en wil weten of het bedrag klopt. Samen nagerekend.")
    assert doubts(note)


def test_a_log_or_jotting_with_labelled_people_and_sections_is_not_a_letter():
    log = ("Vrijwilligerspunt Oost – logboek buddy\nBuddy: Anja\nDeelnemer: Ruud Smit (57)\nDinsdag 2 februari 2027\n\n"
           "Ruud liet een brief van het waterbedrijf zien. Samen gebeld over een regeling.\n\n"
           "Volgende stappen\n- donderdag terugbellen")
    assert doubts(log)
    jotting = ("Stichting Thuishulp West\nAantekening gesprek\nDatum: 8/3/2027\nBewoner: Lotte Vos (71)\n\n"
               "Aanleiding\nLotte kreeg een brief over haar huurtoeslag.\n\nGedaan\nSamen het formulier ingevuld.")
    assert doubts(jotting)


def test_a_letter_with_an_occasion_heading_and_a_persons_age_stays_a_letter():
    letter = ("Gemeente Dalfsen\nPostbus 12\n7720 AA Dalfsen\nDatum: 4 februari 2027\nBetreft: uw aanvraag\n\n"
              "Geachte mevrouw Smit,\n\nAanleiding\nU vroeg bijzondere bijstand aan voor uw zoon Tim (17).\n"
              "Wij kennen u € 150 toe.\n\nMet vriendelijke groet,\nGemeente Dalfsen")
    assert not doubts(letter)


def test_an_informal_message_about_someone_else_is_a_note():
    text = ("Onderwerp: stand van zaken\nDatum: 3 maart 2028\n\nHoi Karin,\n\nEven een stand van zaken rond Jeroen, "
            "want zijn uitkering is stopgezet.\n\nGroet,\nWillem")
    assert "de tekst vertelt over de cliënt in plaats van hem aan te spreken" in letter_doubts(
        text, sender_found=True, date_found=True)


def test_an_informal_message_to_the_reader_stays_a_letter():
    """Negative: a bewindvoerder's "Hoi" that speaks to the reader is a letter to him."""
    text = ("Onderwerp: budget maart\nDatum: 3 maart 2028\n\nHoi Mark,\n\nHierbij je budgetoverzicht voor maart: "
            "je leefgeld blijft gelijk.\n\nGroet,\nBewindvoering Rivierland")
    assert letter_doubts(text, sender_found=True, date_found=True) == []
