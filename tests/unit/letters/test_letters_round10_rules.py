"""General rules of fix round 10 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter


def _letter(body: str, head: str = "Datum: 14 april 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Lingeveld") -> str:
    return (
        f"{sender}\nPostbus 41\n4200 CC  Lingeveld\n\n{head}\n\nGeachte mevrouw Dekker,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _fact(text: str, name: str):
    return analyse_letter(text).fact(name)


def _stated_deadlines(text: str) -> set[date]:
    return {f.value.value for f in analyse_letter(text).deadlines if f.stated}


def _all_deadlines(text: str) -> set[date]:
    return {f.value.value for f in analyse_letter(text).deadlines}


# 1. due dates of the bills in a reminder's overview of what is still open are history ---------------

_OVERVIEW = (
    "U heeft twee nota's nog niet betaald.\n\n"
    "Openstaande nota's\n"
    "   Nota januari      vervaldatum 31-01-2028     € 42,10\n"
    "   Nota februari     vervaldatum 29-02-2028     € 42,10\n"
    "   Totaal                                       € 84,20\n\n"
    "Betaal € 84,20 uiterlijk 28 april 2028."
)


def test_due_dates_in_an_overview_of_open_bills_are_no_deadlines():
    text = _letter(_OVERVIEW, head="Klantnummer 7781\nOnderwerp: herinnering")  # no letter date: no help there
    assert _stated_deadlines(text) == {date(2028, 4, 28)}


def test_due_dates_in_a_plan_table_without_open_heading_are_deadlines():
    """Negative: the same rows under a heading of a plan (no "open", "achterstand", "niet betaald")."""
    body = (
        "Wij spreken met u af dat u in twee delen betaalt.\n\n"
        "Uw betaalschema\n"
        "   Deel 1      vervaldatum 15-05-2028     € 42,10\n"
        "   Deel 2      vervaldatum 15-06-2028     € 42,10\n"
    )
    assert {date(2028, 5, 15), date(2028, 6, 15)} <= _all_deadlines(_letter(body))


# 2. a due date named in brackets about another bill is to check -------------------------------------


def test_a_due_date_in_brackets_about_a_bill_is_to_check():
    body = (
        "Betaal € 84,20 uiterlijk 28 april 2028.\n"
        "Let ook op uw nota voor mei (€ 42,10, vervaldatum 31-05-2028)."
    )
    text = _letter(body)
    assert date(2028, 5, 31) not in _stated_deadlines(text)
    assert date(2028, 5, 31) in _all_deadlines(text)
    assert _fact(text, "pay_by").value == date(2028, 4, 28)


def test_a_due_date_told_as_an_instruction_stays_stated():
    """Negative: "Betaal vóór de vervaldatum: 31-05-2028" is not an aside."""
    body = "Betaal het bedrag van € 42,10 uiterlijk op de vervaldatum: 31-05-2028."
    assert date(2028, 5, 31) in _stated_deadlines(_letter(body))


# 3. a table whose column header says "uiterlijk op" makes each row's date a deadline ---------------

_SCHEDULE = (
    "Betaal het bedrag van € 600 in drie delen.\n\n"
    "   deel     uiterlijk op        bedrag\n"
    "   1        31-05-2028          € 200\n"
    "   2        30-06-2028          € 200\n"
    "   3        31-07-2028          € 200\n"
)


def test_rows_under_a_deadline_column_are_deadlines_and_the_last_is_pay_by():
    text = _letter(_SCHEDULE)
    assert {date(2028, 5, 31), date(2028, 6, 30), date(2028, 7, 31)} <= _stated_deadlines(text)
    assert _fact(text, "pay_by").value == date(2028, 7, 31)


def test_rows_under_a_period_column_are_no_deadlines():
    """Negative: a column "periode" or "ingangsdatum" names no deadline."""
    body = (
        "Dit zijn de bedragen die u van ons krijgt.\n\n"
        "   maand    ingangsdatum        bedrag\n"
        "   1        01-05-2028          € 200\n"
        "   2        01-06-2028          € 200\n"
    )
    assert not ({date(2028, 5, 1), date(2028, 6, 1)} & _all_deadlines(_letter(body)))


# 4. a "te betalen" row that a sum continues under a rule line is a step: to check with the result --


def test_a_pay_row_above_a_rule_line_is_to_check_with_the_result():
    body = (
        "Wij hebben uw aanslag opnieuw berekend.\n\n"
        "   Te betalen volgens de nieuwe berekening        € 2.400\n"
        "   Al eerder opgelegd                             € 1.500\n"
        "                                                  -------\n"
        "   Deze aanslag                                   €   900\n"
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert got.status == "to_check" and got.value is None
    quotes = " ".join(e.quote for e in got.evidence)
    assert "2.400" in quotes and "900" in quotes


def test_a_pay_row_that_is_the_result_of_the_sum_is_stated():
    """Negative: the result line itself says "te betalen"."""
    body = (
        "   Aanslag                                        € 2.400\n"
        "   Al betaald                                     € 1.500\n"
        "                                                  -------\n"
        "   Nog te betalen                                 €   900\n"
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert got.stated and got.value == 900.0


# 5. an amount the sender says it has received is paid; an instruction for each month names no total --


def test_an_amount_the_sender_received_and_a_monthly_instruction_give_no_amount_to_pay():
    body = (
        "Wij hebben afgesproken dat u uw schuld in delen terugbetaalt.\n"
        "De huur van april (€ 610,00) hebben wij op 1 april ontvangen.\n"
        "Betaal iedere maand de huur en het deel van de schuld uit de tabel."
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert not (got.stated and got.value == 610.0)


def test_an_amount_still_to_pay_is_stated():
    """Negative: without "hebben wij ontvangen" the instruction asks that amount."""
    body = "Betaal de huur van april (€ 610,00) uiterlijk 30 april 2028."
    got = _fact(_letter(body), "amount_to_pay")
    assert got.stated and got.value == 610.0


# 6. a letter date with a weekday and no year is read in the one year of the letter's dates that fits


def test_a_yearless_letter_date_with_a_weekday_takes_the_year_that_fits():
    head = "Klantnummer 55 1200        vr 14 apr."  # 14 april 2028 is a Friday
    body = "Uw nota van 31-03-2028 is nog niet betaald. Betaal € 40,00 uiterlijk vr 28 apr."
    got = _fact(_letter(body, head=head), "letter_date")
    assert got.stated and got.value == date(2028, 4, 14) and got.rule


def test_a_yearless_letter_date_whose_weekday_fits_no_year_is_not_read():
    """Negative: 14 april 2028 is no Monday."""
    head = "Klantnummer 55 1200        ma 14 apr."
    body = "Uw nota van 31-03-2028 is nog niet betaald."
    got = _fact(_letter(body, head=head), "letter_date")
    assert got.value is None


# 7. a court's order to pay is to check: which party the reader is and what the orders add up to ------


def test_a_judges_orders_to_pay_are_to_check_with_their_quotes():
    body = (
        "De kantonrechter:\n"
        "1. veroordeelt gedaagde om aan eiser te betalen € 840,00 aan hoofdsom;\n"
        "2. veroordeelt gedaagde in de proceskosten, tot op heden begroot op € 312,50."
    )
    got = _fact(_letter(body, sender="Rechtbank Lingeveld"), "amount_to_pay")
    assert got.status == "to_check" and got.value is None
    quotes = " ".join(e.quote for e in got.evidence)
    assert "840,00" in quotes and "312,50" in quotes


def test_a_plain_pay_instruction_is_no_court_order():
    """Negative: "Betaal € 840,00" from an organisation stays stated."""
    got = _fact(_letter("Betaal € 840,00 uiterlijk 30 april 2028."), "amount_to_pay")
    assert got.stated and got.value == 840.0


# 8. a date label with a synonym in brackets ("Datum (dagtekening)") dates the letter -----------------


def test_a_date_label_with_a_synonym_in_brackets_dates_the_letter():
    text = _letter("Wij hebben uw aanvraag ontvangen.", head="Dagtekening (datum)     3 mei 2028\nOnderwerp: aanvraag")
    assert _fact(text, "letter_date").value == date(2028, 5, 3)


def test_a_date_in_brackets_text_after_another_word_is_no_letter_date():
    """Negative: "Geboortedatum (kind)" is no label of the letter's date."""
    text = _letter("Wij hebben uw aanvraag ontvangen.", head="Geboortedatum (kind)     3 mei 2020\nOnderwerp: aanvraag")
    assert _fact(text, "letter_date").value is None


# 9. "moet ... op onze rekening staan, dus uiterlijk <datum>": the thousands dot ends no sentence -----


def test_pay_by_in_a_must_be_on_our_account_sentence_with_a_thousands_amount():
    body = (
        "U moet € 2.310,75 terugbetalen.\n"
        "Het bedrag van € 2.310,75 moet binnen 6 weken op onze rekening staan, dus uiterlijk op 26 mei 2028."
    )
    assert _fact(_letter(body), "pay_by").value == date(2028, 5, 26)


# 10. "U lost de schuld af in N termijnen": the amount paid off is the total labelled with that noun --


_DEBT = (
    "Uw schuld\n"
    "   Nota maart        € 240,00\n"
    "   Nota april        € 240,00\n"
    "   Totale schuld     € 480,00\n\n"
    "U lost de schuld af in twee termijnen.\n\n"
)


def test_paying_off_a_debt_by_a_dated_schedule_asks_the_total_debt():
    body = _DEBT + "   termijn   uiterlijk op     bedrag\n   1         31-05-2028       € 240,00\n   2         30-06-2028       € 240,00\n"
    text = _letter(body)
    got = _fact(text, "amount_to_pay")
    assert got.stated and got.value == 480.0
    assert _fact(text, "pay_by").value == date(2028, 6, 30)


def test_paying_off_a_debt_without_dated_termijnen_does_not_state_the_total():
    """Negative: without a table that dates every termijn the total is not what is asked now."""
    got = _fact(_letter(_DEBT + "De eerste termijn van € 240,00 betaalt u uiterlijk 31 mei 2028."), "amount_to_pay")
    assert not (got.stated and got.value == 480.0)


# 11. a subject whose head noun is an overview (jaaropgave, budgetplan) names a letter with information


def test_a_subject_naming_an_annual_statement_makes_an_information_letter():
    body = (
        "Hierbij ontvangt u het overzicht van uw uitkering over 2027. Wij hebben € 1.210 loonheffing "
        "ingehouden. Dit bedrag hebt u nodig voor uw aangifte."
    )
    text = _letter(body, head="Datum: 20 januari 2028\nOnderwerp: uw jaaropgaaf 2027")
    assert _fact(text, "kind").value == "informatie"


def test_a_subject_naming_a_reminder_after_uw_stays_a_reminder():
    """Negative: "uw betalingsherinnering" is still a reminder, not information."""
    body = "U heeft de nota van maart nog niet betaald. Betaal € 45,00 uiterlijk 28 april 2028."
    text = _letter(body, head="Datum: 14 april 2028\nOnderwerp: uw betalingsherinnering")
    assert _fact(text, "kind").value == "aanmaning"
