"""General rules of fix round 15 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.amounts import find_amounts
from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.kind_heads import reclaim_to_come
from assistant.features.letters.settlement import settles
from assistant.features.letters.template import render
from assistant.features.letters.text import segments
from assistant.knowledge.corpus import load_sociale_kaart

NOTHING = "U hoeft nu niets te doen"


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 9 oktober 2028\nOnderwerp: Uw situatie", sender: str = "Gemeente Ravenzijl") -> str:
    return (
        f"{sender}\nPostbus 412\n5300 CD  Ravenzijl\n\n{head}\n\nGeachte mevrouw Haddou,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _actions(facts) -> list[str]:
    return [a.value for a in facts.actions if a.stated]


def _deadline(facts, day: date):
    return next((f for f in facts.deadlines if f.value.value == day), None)


# 1. a duty the reader must arrange by a date, without "betalen": an action, never "niets te doen" -----

_ARRANGE = (
    "Uw beschermingsbewind eindigt per 1 december 2028. Vanaf die dag beheert u uw geld weer zelf. "
    "Open vóór 1 december 2028 een eigen betaalrekening en geef het nummer door aan uw werkgever."
)


def test_an_imperative_with_a_date_is_an_action_and_never_nothing_to_do(kaart):
    facts = analyse_letter(_letter(_ARRANGE), kaart)
    text = render(facts)
    assert NOTHING not in text
    assert any("1 december 2028" in a for a in _actions(facts))
    deadline = _deadline(facts, date(2028, 12, 1))
    assert deadline is not None and deadline.status in ("stated", "to_check")
    assert "betalen" not in deadline.value.meaning  # the sentence's own verb, no purpose borrowed


def test_a_polite_form_with_a_date_is_a_duty_too(kaart):
    body = "De regeling stopt. Zegt u vóór 15 november 2028 het contract met de thuiszorg zelf op."
    facts = analyse_letter(_letter(body), kaart)
    assert NOTHING not in render(facts)
    assert any("15 november 2028" in a for a in _actions(facts))


def test_a_letter_that_asks_nothing_still_says_nothing_to_do(kaart):
    body = (
        "Wij kennen uw aanvraag voor een vergoeding toe. Uw beschermingsbewind eindigt per 1 december 2028. "
        "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken."
    )
    facts = analyse_letter(_letter(body), kaart)
    assert any(NOTHING in a for a in _actions(facts))


def test_a_case_told_as_what_follows_is_no_plain_duty(kaart):
    body = "Wij hebben uw formulier ontvangen. Verhuist u niet vóór 1 januari 2029, dan verandert er niets."
    facts = analyse_letter(_letter(body), kaart)
    assert not any(f.stated and f.value.value == date(2029, 1, 1) and not f.value.condition for f in facts.deadlines)


def test_what_follows_if_the_reader_does_not_act_by_a_date_is_told_in_the_letters_words(kaart):
    body = "Stuur ons het ingevulde formulier terug. Reageert u niet vóór 2 november 2028, dan stoppen wij uw uitkering."
    facts = analyse_letter(_letter(body), kaart)
    assert NOTHING not in render(facts)
    assert any("2 november 2028" in a for a in _actions(facts))


# 2. a date to give a machtiging is no date to pay --------------------------------------------------

_MANDATE = (
    "Betaal het bedrag van € 612,00 uiterlijk 30 november 2028.\n\n"
    "Wilt u liever in zes delen betalen? Geef ons dan uiterlijk 31 oktober 2028 een machtiging voor "
    "automatische incasso."
)


def test_a_date_to_give_a_machtiging_is_conditional_and_not_a_date_to_pay(kaart):
    facts = analyse_letter(_letter(_MANDATE, head="Datum: 9 oktober 2028\nOnderwerp: Aanslag rioolheffing 2028"), kaart)
    mandate = _deadline(facts, date(2028, 10, 31))
    assert mandate is not None and mandate.value.condition
    assert "betalen" not in mandate.value.meaning and "machtiging" in mandate.value.meaning
    assert facts.fact("pay_by").value == date(2028, 11, 30)


def test_a_date_to_send_a_signed_machtiging_stays_a_date_to_send(kaart):
    body = "Teken de machtiging en stuur die uiterlijk 20 oktober 2028 naar ons terug."
    facts = analyse_letter(_letter(body), kaart)
    assert "papieren" in _deadline(facts, date(2028, 10, 20)).value.meaning


def test_a_debit_date_after_a_condition_is_no_deadline(kaart):
    body = (
        "Betaal € 240,00 uiterlijk 15 december 2028.\n\nHeeft u ons gemachtigd? Dan schrijven wij het bedrag "
        "af op 1 december 2028."
    )
    facts = analyse_letter(_letter(body, head="Datum: 9 oktober 2028\nOnderwerp: Aanslag afvalstoffenheffing"), kaart)
    assert not any(f.value.value == date(2028, 12, 1) and "betalen" in f.value.meaning for f in facts.deadlines)


# 3. a terugvordering that a later letter will set: this letter is the besluit before it -------------

_LATER = (
    "Wij hebben uw zorgtoeslag over 2027 definitief vastgesteld. U kreeg € 410 te veel. U hoeft nu nog niets "
    "te betalen. U krijgt later een aparte brief over de terugvordering. Bent u het niet eens met deze "
    "beslissing? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken."
)


def test_a_reclaim_set_in_a_later_letter_makes_this_one_a_besluit(kaart):
    facts = analyse_letter(_letter(_LATER, sender="Dienst Toeslagen"), kaart)
    assert facts.kind == "besluit"


def test_a_later_letter_that_only_says_how_to_pay_does_not_move_the_reclaim():
    body = _LATER.replace(
        "U krijgt later een aparte brief over de terugvordering.",
        "Wij vorderen dit bedrag van u terug. U krijgt later een betaalverzoek met hoe en wanneer u betaalt.",
    )
    assert reclaim_to_come(segments(body), "Definitieve berekening zorgtoeslag 2027") == []
    assert reclaim_to_come(segments(_LATER), "Terugvordering zorgtoeslag 2027") == []  # the subject says it is one
    assert reclaim_to_come(segments(_LATER), "Definitieve berekening zorgtoeslag 2027") != []


# 4. a schedule table without "€ X in N termijnen": the first row, to check ---------------------------

_TABLE = (
    "Wij bevestigen de afspraak over uw betalingsregeling.\n\n"
    "   nr   betalen vóór      bedrag\n"
    "   1    01-11-2028        € 75,00\n"
    "   2    01-12-2028        € 75,00\n"
    "   3    01-01-2029        € 60,00\n"
)


def test_a_schedule_table_gives_its_first_row_to_check(kaart):
    facts = analyse_letter(_letter(_TABLE, head="Datum: 9 oktober 2028\nOnderwerp: Bevestiging betalingsregeling", sender="Zorgverzekeraar Helder"), kaart)
    amount, pay_by = facts.fact("amount_to_pay"), facts.fact("pay_by")
    assert amount.status == "to_check" and amount.value == 75.0
    assert pay_by.status == "to_check" and pay_by.value == date(2028, 11, 1)


def test_the_table_due_dates_are_told_in_plain_words(kaart):
    facts = analyse_letter(_letter(_TABLE, head="Datum: 9 oktober 2028\nOnderwerp: Bevestiging betalingsregeling", sender="Zorgverzekeraar Helder"), kaart)
    text = render(facts)
    assert "kolom" not in text and "'uiterlijk op'" not in text
    assert "tabel in de brief" in text and "1 november 2028" in text


def test_a_single_dated_row_is_no_schedule(kaart):
    body = "Wij bevestigen de afspraak over uw betalingsregeling. U betaalt 4 termijnen van € 75,00. De eerste termijn betaalt u uiterlijk 1 november 2028."
    facts = analyse_letter(_letter(body, head="Datum: 9 oktober 2028\nOnderwerp: Bevestiging betalingsregeling", sender="Zorgverzekeraar Helder"), kaart)
    amount = facts.fact("amount_to_pay")
    assert amount.stated and amount.value == 75.0  # the first-termijn rule states it; no schedule table to check


# 5. a year or date before a column of amounts is no amount -------------------------------------------


def test_a_year_before_a_currency_column_is_no_amount():
    text = "premie oktober 2028        EUR 140,25\nvervaldatum 30-11-2028   EUR 55,10\n"
    values = sorted(a.value for a in find_amounts(text))
    assert values == [55.10, 140.25]


def test_a_number_with_euro_after_it_is_still_an_amount():
    assert [a.value for a in find_amounts("U krijgt 125 euro per maand.")] == [125.0]


# 6. paying off yourself ("u betaalt ... af") is no automatic debit ------------------------------------


def test_paying_off_in_instalments_is_not_collected_automatically(kaart):
    body = "U betaalt de schuld van € 480,00 af in vier termijnen van € 120,00. De eerste termijn betaalt u uiterlijk 1 november 2028."
    facts = analyse_letter(_letter(body, head="Datum: 9 oktober 2028\nOnderwerp: Uw betalingsregeling", sender="Woonstichting Ravenhof"), kaart)
    assert not any("vanzelf van uw rekening" in a for a in _actions(facts))


def test_a_debit_by_the_organisation_is_still_automatic(kaart):
    body = "U moet € 360,00 terugbetalen. Dat bedrag schrijven wij op 1 november 2028 af van uw rekening."
    facts = analyse_letter(_letter(body), kaart)
    assert any("vanzelf van uw rekening" in a for a in _actions(facts))


# 7. a withholding that stops settles nothing ---------------------------------------------------------


def test_a_withholding_that_stops_is_no_settlement(kaart):
    assert not settles("Wij houden vanaf 1 november 2028 niets meer in op uw loon.")
    assert not settles("Vanaf december wordt er geen premie meer ingehouden op uw uitkering.")
    body = "Uw schuld is afgelost. Wij houden vanaf 1 november 2028 niets meer in op uw loon."
    facts = analyse_letter(_letter(body), kaart)
    assert not any("ingehouden op geld dat u krijgt" in a for a in _actions(facts))


def test_a_withholding_that_starts_is_a_settlement():
    assert settles("Wij houden dit bedrag in op uw uitkering van november 2028.")
    assert settles("Het bedrag wordt vanaf december ingehouden op uw uitkering.")


# 8. the reader's own bezwaar, explained at a hoorzitting, opens no new bezwaar -----------------------

_HEARING = (
    "Wij ontvingen op 1 september 2028 uw bezwaar tegen ons besluit van 20 juli 2028. U mag uw bezwaar "
    "toelichten tijdens een hoorzitting. Wij nodigen u daarom graag uit op dinsdag 7 november 2028 om 14.00 uur "
    "in het gemeentehuis."
)


def test_explaining_your_own_bezwaar_opens_no_bezwaar_against_the_invitation(kaart):
    facts = analyse_letter(_letter(_HEARING, head="Datum: 9 oktober 2028\nOnderwerp: Uw bezwaar tegen de weigering van een parkeervergunning"), kaart)
    objection = facts.objection
    assert not (objection.stated and objection.value.possible)
    assert facts.kind in ("uitnodiging", "besluit") and (facts.kind == "uitnodiging" or facts.fact("kind").status == "to_check")


def test_a_real_bezwaar_clause_still_opens_bezwaar(kaart):
    body = "Wij wijzen uw aanvraag af. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken."
    facts = analyse_letter(_letter(body), kaart)
    assert facts.objection.stated and facts.objection.value.possible


# 9. an instruction is told with its case; a consequence is not an instruction ------------------------


def test_an_instruction_after_a_question_keeps_the_question(kaart):
    body = "Uw voorschot verandert niet. Klopt uw adres niet meer? Geef het nieuwe adres door via de website."
    facts = analyse_letter(_letter(body), kaart)
    assert "Klopt uw adres niet meer? Geef het nieuwe adres door via de website." in _actions(facts)


def test_a_then_instruction_without_its_case_is_not_told_bare(kaart):
    body = "Uw voorschot verandert niet.\n\nVraag dan een nieuwe berekening aan via de website."
    facts = analyse_letter(_letter(body), kaart)
    assert "Vraag dan een nieuwe berekening aan via de website." not in _actions(facts)


def test_an_imperative_with_a_result_is_still_an_instruction(kaart):
    body = "Uw voorschot verandert niet. Bel ons op werkdagen, dan maken wij samen een afspraak."
    facts = analyse_letter(_letter(body), kaart)
    assert any(a.startswith("Bel ons op werkdagen") for a in _actions(facts))


# 10. an amount's label: a new list item names its own amount; money sent to the reader's account ------


def test_a_list_item_does_not_borrow_the_money_word_of_the_item_before():
    text = (
        "- Let op dat u geen nieuwe schulden maakt.\n"
        "- Wat er op de spaarrekening staat (ongeveer € 96,50), zetten wij in mei over naar uw eigen rekening.\n"
    )
    (amount,) = find_amounts(text)
    assert "schuld" not in amount.label and amount.label == "bedrag dat u krijgt"


def test_a_sentence_without_a_list_mark_still_reads_the_sentence_before():
    text = "U heeft te veel huurtoeslag gekregen. Het gaat om € 310,00."
    (amount,) = find_amounts(text)
    assert "huurtoeslag" in amount.label


# 11. a reminder that names no money reminds of something else -----------------------------------------


def test_a_reminder_without_money_is_no_payment_reminder(kaart):
    body = "Wij vroegen u eerder om uw huurcontract. Wij hebben het nog niet ontvangen. Stuur het uiterlijk 23 oktober 2028."
    facts = analyse_letter(_letter(body, head="Datum: 9 oktober 2028\nOnderwerp: Herinnering: uw huurcontract"), kaart)
    assert facts.kind != "aanmaning"
    assert "nog niet betaald" not in render(facts)


def test_a_reminder_with_an_amount_stays_a_payment_reminder(kaart):
    body = "Wij hebben uw betaling van € 58,00 nog niet ontvangen. Betaal het bedrag uiterlijk 23 oktober 2028."
    facts = analyse_letter(_letter(body, head="Datum: 9 oktober 2028\nOnderwerp: Herinnering: uw nota"), kaart)
    assert facts.kind == "aanmaning"


# 12. "laten weten wat u ervan vindt" until a date: the last day to give a zienswijze, an option --------


def test_telling_what_you_think_until_a_date_is_a_conditional_zienswijze(kaart):
    body = (
        "Wij zijn van plan uw bijzondere bijstand te stoppen. U kunt ons tot en met 25 oktober 2028 laten weten "
        "wat u van dit voornemen vindt."
    )
    facts = analyse_letter(_letter(body, head="Datum: 9 oktober 2028\nOnderwerp: Voornemen"), kaart)
    day = _deadline(facts, date(2028, 10, 25))
    assert day is not None and day.value.condition and "zienswijze" in day.value.meaning


def test_a_period_until_which_a_benefit_runs_is_no_zienswijze(kaart):
    body = "Wij kennen u bijzondere bijstand toe. U kunt de vergoeding gebruiken tot en met 25 oktober 2028."
    facts = analyse_letter(_letter(body), kaart)
    assert _deadline(facts, date(2028, 10, 25)) is None
