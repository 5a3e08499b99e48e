"""General rules added after the second blind round (issue 10), each with its own newly written
letters (not taken from any case set) and a negative example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_dates, number_in_words
from evals.metrics.letter_checks import CORRECT, FLAGGED, MISSED, deadline_verdict, remedy_ends
from evals.metrics.readers import Said


def _letter(body: str, head: str = "Datum: 9 februari 2027\nOnderwerp: Uw zaak") -> str:
    return f"Gemeente Waterland\nPostbus 12\n1000 AA  Waterland\n\n{head}\n\nBeste meneer Bakker,\n\n{body}\n\nMet vriendelijke groet,\n\nGemeente Waterland\n"


def _facts(body: str, head: str | None = None):
    return analyse_letter(_letter(body, head) if head else _letter(body))


# 1. verrekend or ingehouden money is no amount to pay -------------------------------------------


def test_money_withheld_from_a_benefit_is_not_an_amount_to_pay():
    f = _facts(
        "Wij vorderen € 640,00 aan te veel ontvangen huurtoeslag van u terug.\n"
        "Dit bedrag wordt in delen ingehouden op uw uitkering, € 40,00 per maand."
    )
    amount = f.fact("amount_to_pay")
    assert amount.status == "stated" and amount.value is None
    assert "verrekend of ingehouden" in amount.rule
    assert any("ingehouden op uw uitkering" in e.quote for e in amount.evidence)


def test_offsetting_plus_a_pay_instruction_is_to_check_with_both_quotes():
    f = _facts(
        "Wij verrekenen de vordering van € 300,00 met uw volgende toeslag.\n"
        "Betaal daarnaast de kosten van € 25,00 vóór 1 maart 2027."
    )
    amount = f.fact("amount_to_pay")
    assert amount.status == "to_check"
    quotes = " ".join(e.quote for e in amount.evidence)
    assert "Betaal daarnaast" in quotes and "verrekenen" in quotes


def test_offsetting_only_if_you_do_not_pay_leaves_the_pay_instruction():
    """Negative: a settlement that only holds in a case is no settlement."""
    f = _facts(
        "Betaal € 180,00 vóór 15 maart 2027.\nBetaalt u niet op tijd? Dan verrekenen wij het bedrag met uw toeslag."
    )
    assert f.fact("amount_to_pay").stated and f.fact("amount_to_pay").value == 180.0


# 2. the pay sentence names what is to be paid ---------------------------------------------------


def test_the_instruction_names_the_boete_so_the_boete_is_the_amount():
    f = _facts(
        "U heeft € 910,00 te veel kinderopvangtoeslag gekregen. Daarover krijgt u later een aparte brief.\n"
        "De boete voor het te laat doorgeven bedraagt € 95,00.\n"
        "U moet de boete betalen binnen vier weken na de datum van deze brief."
    )
    assert f.fact("amount_to_pay").value == 95.0
    assert f.fact("pay_by").value == date(2027, 3, 9)
    assert f.fact("pay_by").rule


def test_two_amounts_for_the_named_thing_are_to_check():
    f = _facts(
        "De boete was eerst € 400,00.\nOmdat u meewerkte, is de boete nu € 200,00.\n"
        "U moet de boete betalen binnen zes weken."
    )
    amount = f.fact("amount_to_pay")
    assert amount.status == "to_check" and len(amount.evidence) >= 2


def test_keep_paying_your_rent_is_no_amount_to_pay():
    """Negative: "blijf de huur betalen die u nu betaalt" asks no new amount."""
    f = _facts("Uw nieuwe huur is € 802,15.\nBetaal tot die tijd de huur die u nu betaalt.")
    assert not f.fact("amount_to_pay").stated or f.fact("amount_to_pay").value is None


# 3. the bezwaar term counts from the date the letter names --------------------------------------


def test_term_after_the_sending_date_counts_from_that_date():
    f = _facts(
        "Wij kennen u geen parkeervergunning toe.\n\nNiet eens met dit besluit?\n"
        "U kunt bezwaar maken binnen zes weken na de dag van verzending van dit besluit.",
        head="Datum: 9 februari 2027\nVerzonden op: 11 februari 2027\nOnderwerp: Besluit parkeervergunning",
    )
    objection = f.objection
    assert objection.value.until == date(2027, 3, 25)  # 11 februari + 6 weken
    assert "verzenddatum 11 februari 2027" in objection.rule


def test_term_after_the_letter_date_ignores_a_sending_date():
    """Negative: "na de datum van deze brief" counts from the dagtekening."""
    f = _facts(
        "Wij kennen u geen parkeervergunning toe.\n\nNiet eens met dit besluit?\n"
        "U kunt bezwaar maken binnen zes weken na de datum van deze brief.",
        head="Datum: 9 februari 2027\nVerzonden op: 11 februari 2027\nOnderwerp: Besluit parkeervergunning",
    )
    assert f.objection.value.until == date(2027, 3, 23)
    assert "dagtekening 9 februari 2027" in f.objection.rule


# 4. a date is a deadline only when the reader must act by then ----------------------------------


def test_a_time_before_a_date_is_no_deadline():
    f = _facts(
        "Wij verlagen uw maandbedrag naar € 12,00.\n"
        "Schulden van vóór 1 april 2027 vallen niet onder deze regeling."
    )
    assert date(2027, 4, 1) not in {d.value.value for d in f.deadlines}


def test_send_before_a_date_is_a_deadline():
    """Negative: the reader has to send something vóór the date (a deadline to check: letters read
    "vóór" as that day or the day before, see test_letters_round6_rules)."""
    f = _facts("Stuur ons uw huurcontract vóór 1 april 2027.")
    assert date(2027, 4, 1) in {d.value.value for d in f.deadlines if d.status == "to_check"}


# 5. dates the engine did not read ---------------------------------------------------------------


def test_a_date_in_words_and_heden_make_the_letter_date():
    assert number_in_words("zevenenveertig") == 47 and number_in_words("tweeëndertig") == 32
    mention = find_dates("op de eenentwintigste maart tweeduizendachtentwintig")[0]
    assert mention.value == date(2028, 3, 21)
    text = (
        "Dwangbevel\n\nGemeente Waterland\n\nHeden, de vijfde mei tweeduizendzevenentwintig, heb ik dit "
        "dwangbevel aan u betekend en u bevel gedaan om binnen twee dagen na heden € 512,40 te betalen.\n"
    )
    f = analyse_letter(text)
    assert f.letter_date == date(2027, 5, 5)
    assert f.fact("pay_by").value == date(2027, 5, 7) and f.fact("pay_by").rule


def test_words_that_are_no_number_give_no_date():
    """Negative: ordinals without a year in words are no date."""
    assert find_dates("de tweede mei zonder jaar") == []
    assert number_in_words("wintig") is None


def test_termijn_rows_under_a_pay_line_give_the_last_date_as_pay_by():
    f = _facts(
        "Totaal te betalen € 420,00\n\nU betaalt dit bedrag in drie delen:\n"
        "  termijn 1   € 140,00   uiterlijk 28-02-2027\n"
        "  termijn 2   € 140,00   uiterlijk 31-03-2027\n"
        "  termijn 3   € 140,00   uiterlijk 30-04-2027\n"
    )
    assert f.fact("pay_by").value == date(2027, 4, 30)
    assert "laatste termijn" in f.fact("pay_by").rule
    stated = {d.value.value for d in f.deadlines if d.stated}
    assert {date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)} <= stated


def test_a_pay_instruction_with_a_long_gap_before_over():
    f = _facts("Maak het bedrag van € 1.205,50 binnen drie weken na de datum van deze brief over op onze rekening.")
    assert f.fact("amount_to_pay").value == 1205.5
    assert f.fact("pay_by").value == date(2027, 3, 2)


# 6. kinds ------------------------------------------------------------------------------------------


def test_an_incomplete_application_is_an_informatieverzoek():
    f = _facts(
        "Uw aanvraag voor bijzondere bijstand is niet compleet. Wij missen uw laatste bankafschrift.\n"
        "Stuur dit document binnen twee weken na de datum van deze brief."
    )
    assert f.kind == "informatieverzoek"


def test_a_granted_betalingsregeling_is_no_besluit_and_the_first_termijn_is_due():
    f = _facts(
        "Uw betalingsregeling is goedgekeurd. Dit zijn de afspraken.\n"
        "- U betaalt 10 termijnen van € 75,00.\n- De eerste termijn betaalt u uiterlijk 31 maart 2027.\n"
        "Tegen deze brief kunt u geen bezwaar maken."
    )
    assert f.kind == "betalingsregeling"
    assert f.fact("amount_to_pay").value == 75.0 and f.fact("pay_by").value == date(2027, 3, 31)
    assert not any(o.name == "betalingsregeling" for o in f.options)


def test_a_private_party_letter_is_never_a_besluit():
    text = (
        "Wooncorporatie Het Anker B.V.\nPostbus 4\n1000 AA  Waterland\n\nDatum: 9 februari 2027\n"
        "Onderwerp: Besluit over uw huur\n\nBeste meneer Bakker,\n\nWij hebben besloten uw huur te verhogen. "
        "Dan kunt u bezwaar maken bij ons.\n\nMet vriendelijke groet,\n\nHet Anker\n"
    )
    f = analyse_letter(text)
    assert f.kind != "besluit"
    assert f.objection.status == "to_check"


def test_a_government_decision_stays_a_besluit():
    """Negative: the same letter from a gemeente is a besluit."""
    f = _facts("Wij hebben besloten uw aanvraag af te wijzen.\nU kunt bezwaar maken binnen zes weken na de datum van deze brief.")
    assert f.kind == "besluit"


# 7. measurement: an expected deadline found as the bezwaar/beroep end date ----------------------


def test_an_expected_deadline_is_found_as_the_objection_end_date():
    output = {"facts": {"objection": {"status": "stated", "possible": True, "until": "2027-03-23"},
                        "appeal": {"status": "not_found", "possible": None, "until": None}}}  # fmt: skip
    ends = remedy_ends(output)
    assert deadline_verdict("2027-03-23", [], ends) == CORRECT
    assert deadline_verdict("2027-03-24", [], ends) == MISSED
    flagged = remedy_ends({"facts": {"objection": {"status": "to_check", "possible": True, "until": "2027-03-23"}}})
    assert deadline_verdict("2027-03-23", [], flagged) == FLAGGED
    closed = remedy_ends({"facts": {"objection": {"status": "stated", "possible": False, "until": "2027-03-23"}}})
    assert deadline_verdict("2027-03-23", [Said("to_check", "2027-01-01")], closed) == MISSED


def test_no_payment_advice_when_nothing_is_to_be_paid():
    f = _facts(
        "U heeft te veel bijstand ontvangen. Wij vorderen € 520,00 van u terug.\n"
        "Wij houden dit bedrag in op uw uitkering, € 52,00 per maand. U hoeft zelf niets over te maken."
    )
    assert not any("betalingsregeling" in a.value for a in f.actions)


def test_payment_advice_stays_when_the_reader_must_pay():
    """Negative: a terugvordering the reader pays keeps the advice."""
    f = _facts("U heeft te veel bijstand ontvangen. U moet € 520,00 terugbetalen vóór 1 april 2027.")
    assert any("betalingsregeling" in a.value for a in f.actions)


def test_taking_your_situation_into_account_is_no_settlement():
    """Negative: "houden rekening met uw" is not inhouden; "als u" makes an offsetting a case."""
    f = _facts(
        "Wij houden bij de hoogte rekening met uw inkomen.\n"
        "Betaal € 64,00 vóór 1 april 2027.\n"
        "Wij verrekenen het bedrag met uw toeslag als u niet op tijd betaalt."
    )
    amount = f.fact("amount_to_pay")
    assert amount.stated and amount.value == 64.0


def test_dont_worry_is_no_pay_instruction():
    f = _facts("Het totaal van uw vordering is € 1.100,00.\nMaak u geen zorgen over de betaling, wij nemen contact met u op.")
    assert f.fact("amount_to_pay").status == "not_found"


def test_termijnen_action_names_the_first_and_last_date_and_a_chosen_incasso_is_no_fact():
    f = _facts(
        "Totaal te betalen € 420,00\n\nU betaalt dit bedrag in drie delen:\n"
        "  termijn 1   € 140,00   uiterlijk 28-02-2027\n"
        "  termijn 2   € 140,00   uiterlijk 31-03-2027\n"
        "  termijn 3   € 140,00   uiterlijk 30-04-2027\n\n"
        "Wilt u liever automatisch betalen? Vul het machtigingsformulier in. Wij schrijven het geld dan elke maand af."
    )
    told = " ".join(a.value for a in f.actions if a.stated)
    assert "eerste termijn betaalt u uiterlijk op 28 februari 2027" in told
    assert "vanzelf" not in told
