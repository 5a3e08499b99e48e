"""General rules of the fix round after blind round 17's first letter run (issue 10), each with newly
written Dutch sentences and a negative example it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.private_party import named_as_private_kind, writes_own_agreement
from assistant.features.letters.sender import detect_sender
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


# 1. a closing paragraph is prose, no signature: an organisation it names is not the sender ---------

_CLOSING_PROSE = (
    "Lukt het niet om op tijd te betalen? Dan kunnen wij uw vordering overdragen aan een incassobureau en "
    "melden wij u na zes maanden achterstand aan bij het CAK. Dat willen wij graag voorkomen."
)


def _private_letter(head: str, closing: str, signed: str) -> str:
    return (
        f"{head}\nAfdeling Klantcontact\n\nMevrouw R. Bakker\nLindelaan 4\n6811 AA  Arnhem\n\n"
        "Arnhem, 3 maart 2029\nOnderwerp: Uw achterstand\n\nGeachte mevrouw Bakker,\n\n"
        "U heeft de rekening van januari nog niet betaald. Wij vragen u het bedrag alsnog te voldoen.\n\n"
        f"{closing}\n\nMet vriendelijke groet,\n\n{signed}\n"
    )


def test_organisation_in_closing_paragraph_does_not_outrank_letterhead(kaart):
    letter = _private_letter("Rivierstad Verzekeringen", _CLOSING_PROSE, "Rivierstad Verzekeringen")
    sender = detect_sender(letter, kaart)
    assert sender is not None
    assert sender.name == "Rivierstad Verzekeringen"
    assert sender.organisation_id not in ("cak", "incassobureau")


def test_signature_line_still_names_the_sender(kaart):
    # negative: a short signature line (no sentence) that names a kaart organisation still counts
    letter = _private_letter(
        "Klantenservice", "Bel ons gerust als u vragen heeft.", "Het CAK\nTeam Eigen Bijdrage"
    )
    sender = detect_sender(letter, kaart)
    assert sender is not None and sender.organisation_id == "cak"


# 2. a sender missing from the kaart is private when its name or its agreement says so -------------


def test_name_on_a_private_kinds_head_is_private(kaart):
    assert named_as_private_kind("Havenstad Verzekeringen", kaart)
    assert not named_as_private_kind("Stichting Buurtwerk Noord", kaart)  # negative: no private kind's head
    assert not named_as_private_kind(
        "Verzekeringen Afdeling Noordoost", kaart
    )  # negative: the trade is not last


def test_agreement_with_the_sender_marks_a_private_party():
    assert writes_own_agreement("Je hebt bij ons een arbeidsovereenkomst tot 1 juni 2029.")
    assert writes_own_agreement("Uw contract met ons loopt af op 31 december.")
    # negative: an agreement with someone else (a landlord) says nothing about who writes
    assert not writes_own_agreement("U heeft een huurovereenkomst met uw verhuurder afgesloten.")


def test_unknown_private_sender_gets_no_bezwaar(kaart):
    letter = _private_letter("Rivierstad Verzekeringen", _CLOSING_PROSE, "Rivierstad Verzekeringen")
    facts = analyse_letter(letter, kaart)
    assert facts.sender.government is False


# 3. the first monthly amount of a repayment, owed by a date ----------------------------------------


def _repay_letter(sentence: str) -> str:
    return (
        "Stichting Studiefinanciering Oost\nPostbus 12\n9700 AA  Groningen\n\nDatum 4 december 2028\n"
        "Betreft Terugbetalen van uw lening\n\nBeste mevrouw Smit,\n\n"
        "Vanaf maart 2029 betaalt u uw lening terug. Uw maandbedrag is € 64,80.\n\n"
        f"{sentence}\n\nMet vriendelijke groet,\n\nStichting Studiefinanciering Oost\n"
    )


def test_first_monthly_amount_with_its_date_is_the_amount_to_pay(kaart):
    letter = _repay_letter(
        "U betaalt het eerste maandbedrag van € 64,80 zelf; het moet uiterlijk 31 maart 2029 op onze rekening staan."
    )
    facts = analyse_letter(letter, kaart)
    assert facts.fact("amount_to_pay").stated and facts.fact("amount_to_pay").value == pytest.approx(64.80)
    assert facts.fact("pay_by").stated and facts.fact("pay_by").value == date(2029, 3, 31)


def test_first_monthly_amount_the_reader_receives_is_no_payment(kaart):
    # negative: money paid to the reader ("ontvangt u") is never an amount to pay
    letter = _repay_letter(
        "Het eerste maandbedrag van € 64,80 ontvangt u uiterlijk 31 maart 2029 op uw rekening."
    )
    facts = analyse_letter(letter, kaart)
    assert facts.fact("amount_to_pay").value != pytest.approx(64.80)
    assert facts.fact("pay_by").value != date(2029, 3, 31)


# 4. an order to pay written as a clause ("beveelt ... dat hij ... betaalt") is a pay instruction ----


def test_order_as_a_clause_is_a_pay_instruction():
    from assistant.features.letters.payment import is_pay_instruction
    from assistant.features.letters.text import Segment

    order = "gelast de schuldenaar dat zij binnen twee dagen na betekening het onderstaande bedrag voldoet:"
    assert is_pay_instruction(Segment(0, len(order), order, 0))
    # negative: an order about something other than paying
    other = "beveelt de schuldenaar dat hij de sleutels binnen acht dagen inlevert."
    assert not is_pay_instruction(Segment(0, len(other), other, 0))


# 5. a judgment is dated the day it is pronounced, with the judge in its heading -------------------


def test_judgment_heading_with_the_judge_dates_the_judgment():
    from assistant.features.letters.letter_date import find_letter_date

    heading = (
        "RECHTBANK MIDDEN-NEDERLAND\nzaaknummer: 998877\n\nVonnis van de politierechter van 14 maart 2029\n\n"
        "in de strafzaak tegen de verdachte, geboren op 2 februari 1990.\n"
    )
    found = find_letter_date(heading)
    assert found is not None and found.value == date(2029, 3, 14)
    closing = (
        "RECHTBANK MIDDEN-NEDERLAND\n\nDe vordering wordt toegewezen.\n\nDit vonnis is gewezen door mr. A. de Vries "
        "en in het openbaar uitgesproken op 21 maart 2029.\n"
    )
    found = find_letter_date(closing)
    assert found is not None and found.value == date(2029, 3, 21)


def test_hearing_day_is_not_the_judgment_date():
    from assistant.features.letters.letter_date import find_letter_date

    # negative: the day of the hearing is no pronouncement
    hearing = "RECHTBANK MIDDEN-NEDERLAND\n\nDe zaak is op 7 maart 2029 ter zitting van de kantonrechter behandeld.\n"
    found = find_letter_date(hearing)
    assert found is None or found.value != date(2029, 3, 7)
