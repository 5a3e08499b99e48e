"""General rules of fix round 12 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_dates
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 3 mei 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Ravensweerd") -> str:
    return (
        f"{sender}\nPostbus 208\n7300 KL  Ravensweerd\n\n{head}\n\nGeachte heer Oudshoorn,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _deadline_values(facts) -> set[date]:
    return {f.value.value for f in facts.deadlines}


# 1. a term counted from the betekening never counts from the dagtekening ------------------------------

_WRIT = (
    "DWANGBEVEL\n\nDagtekening: 5 juni 2028\n\n"
    "De ontvanger beveelt dat het bedrag van € 412,80 wordt betaald.\n\n"
    "Gegeven te Ravensweerd, 5 juni 2028\n\n"
    "EXPLOOT\n\n"
    "{served}\n\n"
    "Ik heb de schuldenaar bevel gedaan om binnen twee dagen na heden het bedrag van € 412,80 te voldoen.\n\n"
    "Tegen dit dwangbevel kunt u geen bezwaar maken.\n"
)


def test_a_served_day_written_out_with_a_cardinal_is_the_start_of_the_term(kaart):
    served = (
        "Heden, woensdag eenentwintig juni tweeduizend achtentwintig (21-06-2028), heb ik, deurwaarder, "
        "dit dwangbevel betekend aan de heer Oudshoorn."
    )
    facts = analyse_letter(_WRIT.format(served=served), kaart)
    pay_by = facts.fact("pay_by")
    assert pay_by.stated and pay_by.value == date(2028, 6, 23)
    assert "betekening" in pay_by.rule
    assert date(2028, 6, 7) not in _deadline_values(facts)  # never two days after the dagtekening


def test_a_service_day_that_cannot_be_read_leaves_the_term_to_check(kaart):
    served = "Heden, op de dag die hieronder staat, heb ik, deurwaarder, dit dwangbevel betekend aan de heer Oudshoorn."
    facts = analyse_letter(_WRIT.format(served=served), kaart)
    pay_by = facts.fact("pay_by")
    assert not pay_by.stated
    assert all(not (f.stated and f.value.value == date(2028, 6, 7)) for f in facts.deadlines)


def test_a_term_after_the_day_of_service_without_that_day_is_to_check(kaart):
    body = (
        "Hierbij ontvangt u het dwangbevel voor de aanslag van € 96,00. U moet dit bedrag betalen binnen twee "
        "dagen na de dag van betekening. Tegen dit dwangbevel kunt u geen bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 5 juni 2028\nOnderwerp: Dwangbevel"), kaart)
    assert not facts.fact("pay_by").stated
    assert all(not f.stated for f in facts.deadlines if f.value.value == date(2028, 6, 7))


def test_a_passive_service_sentence_dates_the_term(kaart):
    body = (
        "Dit dwangbevel is op maandag 12 juni 2028 aan u betekend. Betaal het bedrag van € 96,00 binnen "
        "twee dagen na betekening. Tegen dit dwangbevel kunt u geen bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 5 juni 2028\nOnderwerp: Dwangbevel"), kaart)
    assert facts.fact("pay_by").value == date(2028, 6, 14)


def test_a_term_after_the_letter_date_still_counts_from_the_letter(kaart):
    body = "Betaal het bedrag van € 96,00 binnen 14 dagen na de datum van deze brief."
    facts = analyse_letter(_letter(body, head="Datum: 5 juni 2028\nOnderwerp: Herinnering"), kaart)
    pay_by = facts.fact("pay_by")
    assert pay_by.stated and pay_by.value == date(2028, 6, 19)


def test_a_day_in_words_is_read_as_a_cardinal_or_an_ordinal():
    assert [m.value for m in find_dates("op negen juni tweeduizend achtentwintig")] == [date(2028, 6, 9)]
    assert [m.value for m in find_dates("de negende juni tweeduizend achtentwintig")] == [date(2028, 6, 9)]
    assert find_dates("de juni tweeduizend achtentwintig") == []


# 2. a subject that names the reader's request, granted in the opening, is a betalingsregeling ---------

_GRANTED = (
    "U vroeg ons of u de achterstand in delen mag betalen. Daar zijn wij mee akkoord. U betaalt het bedrag "
    "van € 600,00 in 4 termijnen van € 150,00.\n\n"
    "De eerste termijn van € 150,00 moet uiterlijk 1 juni 2028 op onze rekening staan."
)


def test_a_granted_request_for_a_regeling_is_a_betalingsregeling(kaart):
    head = "Datum: 3 mei 2028\nBetreft: uw aanvraag voor een betalingsregeling"
    facts = analyse_letter(_letter(_GRANTED, head=head), kaart)
    assert facts.kind == "betalingsregeling"


def test_a_refused_request_for_a_regeling_is_not_a_betalingsregeling(kaart):
    head = "Datum: 3 mei 2028\nBetreft: uw aanvraag voor een betalingsregeling"
    body = (
        "U vroeg ons of u de achterstand in delen mag betalen. Uw verzoek is afgewezen, omdat u eerder een "
        "regeling niet nakwam. Betaal het bedrag van € 600,00 uiterlijk 1 juni 2028."
    )
    facts = analyse_letter(_letter(body, head=head), kaart)
    assert facts.kind != "betalingsregeling"


# 3. a full schedule asks both the total and the first termijn: the amount is to check -----------------

_SCHEDULE = (
    "Wij gaan akkoord met uw voorstel. U betaalt het bedrag van € 300,00 in 3 termijnen van € 100,00.\n\n"
    "   Nr.   Bedrag      Uiterlijk betalen op\n"
    "   1     € 100,00    1 juni 2028\n"
    "   2     € 100,00    1 juli 2028\n"
    "   3     € 100,00    1 augustus 2028\n\n"
    "Vermeld bij elke betaling uw klantnummer."
)


def test_a_full_schedule_leaves_the_amount_to_pay_to_check(kaart):
    head = "Datum: 3 mei 2028\nBetreft: betalingsregeling"
    facts = analyse_letter(_letter(_SCHEDULE, head=head), kaart)
    amount, pay_by = facts.fact("amount_to_pay"), facts.fact("pay_by")
    assert amount.status == "to_check" and pay_by.status == "to_check"
    assert "€ 300,00" in amount.note and "€ 100,00" in amount.note and "1 juni 2028" in amount.note


def test_a_regeling_that_dates_only_the_first_termijn_states_it(kaart):
    head = "Datum: 3 mei 2028\nBetreft: betalingsregeling"
    body = (
        "U lost de achterstand af in 10 maandelijkse termijnen van € 75,00. De eerste termijn van € 75,00 "
        "betaalt u uiterlijk 1 juni 2028."
    )
    facts = analyse_letter(_letter(body, head=head), kaart)
    amount = facts.fact("amount_to_pay")
    assert amount.stated and amount.value == 75.0
    assert facts.fact("pay_by").value == date(2028, 6, 1)


# 4. bezwaar against a decision still to come does not open bezwaar against this letter ---------------


def test_bezwaar_against_a_later_decision_leaves_the_exclusion_standing(kaart):
    body = (
        "Stuur ons vóór 1 juni 2028 een kopie van uw huurcontract. Tegen deze brief kunt u geen bezwaar maken. "
        "Als wij straks een besluit nemen over uw toeslag, kunt u daartegen wel bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 3 mei 2028\nOnderwerp: Stuur ons uw huurcontract"), kaart)
    assert facts.objection.stated and facts.objection.value.possible is False


def test_bezwaar_against_this_decision_stays_possible(kaart):
    body = (
        "Wij kennen u de toeslag toe. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de "
        "datum van deze brief bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 3 mei 2028\nOnderwerp: Besluit op uw aanvraag"), kaart)
    assert facts.objection.value.possible is True


# 5. a place-and-date in the right column of a header line dates the letter --------------------------


def test_a_place_and_date_in_a_header_column_is_the_letters_date(kaart):
    text = (
        "Zorgverzekeraar Lindehof - Postbus 77 - 6800 AA Arnhem\n\n"
        "De heer P. Oudshoorn, Dorpsweg 4, 7301 AB Ravensweerd\n"
        "Klantnummer 5501234                                  Arnhem, 7 maart 2028\n\n"
        "Herinnering: premie februari\n\n"
        "Beste heer Oudshoorn,\n\n"
        "Wij ontvingen uw premie van € 141,20 nog niet. Wilt u dit bedrag uiterlijk 21 maart 2028 betalen?\n\n"
        "Met vriendelijke groet,\nZorgverzekeraar Lindehof\n"
    )
    facts = analyse_letter(text, kaart)
    assert facts.letter_date == date(2028, 3, 7)


def test_a_place_and_date_column_below_the_salutation_is_no_letter_date(kaart):
    body = "Uw afspraken:\nSpreekuur           Zwolle, 9 mei 2028\nNeem uw paspoort mee."
    facts = analyse_letter(_letter(body), kaart)
    assert facts.letter_date == date(2028, 5, 3)
    assert facts.fact("letter_date").stated


# 6. a written last day for another decision's bezwaar is that day, not a start to count from -------


def test_a_written_last_day_for_another_decisions_bezwaar_is_the_deadline(kaart):
    body = (
        "U belde ons over de brief van uw gemeente. Tegen het besluit van de gemeente kunt u bezwaar maken. "
        "Dat moet binnen zes weken. Volgens onze berekening is de laatste dag donderdag 8 juni 2028.\n\n"
        "Wij zien u graag op ons spreekuur."
    )
    facts = analyse_letter(_letter(body, sender="Stichting Raadsliedenhuis Ravensweerd"), kaart)
    values = _deadline_values(facts)
    assert date(2028, 6, 8) in values
    assert date(2028, 7, 20) not in values  # not six weeks counted from that last day


def test_a_term_after_another_decisions_date_counts_from_that_date(kaart):
    body = (
        "U vroeg ons om hulp. Tegen het besluit van 20 april 2028 kunt u binnen zes weken na de datum van "
        "dat besluit bezwaar maken bij de gemeente."
    )
    facts = analyse_letter(_letter(body, sender="Stichting Raadsliedenhuis Ravensweerd"), kaart)
    assert date(2028, 6, 1) in _deadline_values(facts)


def test_a_bezwaar_term_after_service_without_the_day_of_service_is_to_check(kaart):
    body = (
        "Wij leggen u een last onder dwangsom op. Tegen deze beschikking kunt u binnen zes weken na de dag "
        "van betekening bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 5 juni 2028\nOnderwerp: Beschikking last onder dwangsom"), kaart)
    objection = facts.objection
    assert objection.status == "to_check" and objection.value.until is None
    assert "betekend" in objection.note


def test_a_bezwaar_term_after_service_counts_from_the_day_the_letter_names(kaart):
    body = (
        "Wij leggen u een last onder dwangsom op. Deze beschikking is op dinsdag 6 juni 2028 aan u betekend. "
        "Tegen deze beschikking kunt u binnen zes weken na betekening bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 1 juni 2028\nOnderwerp: Beschikking last onder dwangsom"), kaart)
    objection = facts.objection
    assert objection.stated and objection.value.until == date(2028, 7, 18)
    assert "betekend op 6 juni 2028" in objection.rule


def test_a_bezwaar_term_after_the_letter_date_is_stated_from_that_date(kaart):
    body = (
        "Wij leggen u een last onder dwangsom op. Tegen deze beschikking kunt u binnen zes weken na de datum "
        "van deze brief bezwaar maken."
    )
    facts = analyse_letter(_letter(body, head="Datum: 1 juni 2028\nOnderwerp: Beschikking last onder dwangsom"), kaart)
    assert facts.objection.stated and facts.objection.value.until == date(2028, 7, 13)


def test_a_subject_head_noun_names_the_kind_when_the_body_says_little(kaart):
    body = "Wij gaan akkoord met uw voorstel. U betaalt € 240,00 in 2 termijnen van € 120,00."
    facts = analyse_letter(_letter(body, head="Datum: 3 mei 2028\nBetreft: betalingsregeling"), kaart)
    assert facts.kind == "betalingsregeling"


def test_a_subject_without_a_kind_noun_leaves_a_quiet_letter_informatie(kaart):
    body = "Wij gaan akkoord met uw voorstel. U betaalt € 240,00 in 2 termijnen van € 120,00."
    facts = analyse_letter(_letter(body, head="Datum: 3 mei 2028\nBetreft: uw voorstel van 20 april"), kaart)
    assert facts.kind == "informatie"
