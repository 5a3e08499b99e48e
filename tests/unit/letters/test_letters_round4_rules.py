"""General rules added after the fourth blind round (issue 10), each with its own newly written
letters (not taken from any case set) and a negative example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter


def _letter(body: str, head: str = "Datum: 11 januari 2028\nOnderwerp: Uw dossier", sender: str = "Gemeente Zeewolde-Oost") -> str:
    return (
        f"{sender}\nPostbus 40\n3890 AA  Zeewolde\n\n{head}\n\nBeste mevrouw Visser,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _facts(body: str, **kw):
    return analyse_letter(_letter(body, **kw))


def _deadline_values(f) -> set[date]:
    return {d.value.value for d in f.deadlines}


# 1. money that becomes a gift or is written off is no amount to pay ---------------------------


def test_a_loan_turned_into_a_gift_is_not_an_amount_to_pay():
    f = _facts(
        "Uw aanvullende lening wordt een gift.\n"
        "  Lening over 2024 tot en met 2026      € 7.412,50\n"
        "  Totaal omgezet in een gift            € 7.412,50\n"
        "Uw overige schuld moet u later wel terugbetalen."
    )
    assert f.fact("amount_to_pay").value is None


def test_a_written_off_debt_is_not_an_amount_to_pay():
    f = _facts("De openstaande huurschuld van € 1.205,40 wordt kwijtgescholden. U moet wel de kosten betalen.")
    assert f.fact("amount_to_pay").value != 1205.40


def test_a_debt_that_is_not_written_off_stays_an_amount_to_pay():
    """Negative: "niet kwijtgescholden" leaves the debt to pay."""
    f = _facts("De schuld van € 860,00 wordt niet kwijtgescholden. Betaal € 860,00 vóór 1 maart 2028.")
    assert f.fact("amount_to_pay").value == 860.0


# 2. an intrekking that announces a later terugvordering names no amount to pay yet -----------


def test_an_intrekking_with_a_later_terugvordering_is_to_check_not_to_pay():
    f = _facts(
        "Wij trekken uw bijzondere bijstand voor de wasmachine in.\n"
        "U heeft € 489,00 ontvangen. Dat bedrag vorderen wij van u terug. "
        "Hoe u dat doet, leest u in een volgende brief. U hoeft nu nog niets te betalen."
    )
    amount = f.fact("amount_to_pay")
    assert amount.status == "to_check" and amount.value is None
    assert "terugvordering" in amount.note


def test_a_terugvordering_that_asks_nothing_now_is_to_check_with_its_amount_quoted():
    """The letter sets the debt but says nothing is to be paid now: the B1 text must not say "Betaal
    € 389", so the amount goes to the check list with both quotes (fix round 10 made this uniform)."""
    f = _facts(
        "Uw definitieve toeslag is lager dan het voorschot.\n"
        "Wij vorderen het verschil van € 389,00 van u terug. U hoeft nu nog niets te betalen; de betaalbrief volgt."
    )
    amount = f.fact("amount_to_pay")
    assert amount.status == "to_check" and amount.value is None
    assert any("389,00" in e.quote for e in amount.evidence)


def test_a_terugvordering_with_a_pay_date_states_its_amount():
    """Negative: the same debt with a request to pay by a date is stated."""
    f = _facts(
        "Uw definitieve toeslag is lager dan het voorschot.\n"
        "Wij vorderen het verschil van € 389,00 van u terug. Betaal dit bedrag vóór 1 juni 2028."
    )
    amount = f.fact("amount_to_pay")
    assert amount.status == "stated" and amount.value == 389.0


# 3. "Datum <soort stuk>" in the head is the letter's own date; a past period is no deadline ---


def test_a_labelled_dwangbevel_date_is_the_letter_date_not_the_day_of_service():
    head = "Datum dwangbevel:   8 maart 2028\nOnderwerp: Dwangbevel"
    body = (
        "U heeft op 14 februari 2028 een aanmaning gekregen, waarin u is gevraagd binnen veertien dagen te betalen.\n"
        "Totaal te betalen € 311,40\n"
        "Heden, vrijdag 10 maart 2028, heb ik dit dwangbevel betekend en u bevolen binnen twee dagen te betalen."
    )
    f = _facts(body, head=head)
    assert f.fact("letter_date").value == date(2028, 3, 8)


def test_a_period_an_earlier_letter_set_is_no_deadline_of_this_letter():
    f = _facts(
        "Op 2 december 2027 kreeg u een aanmaning, waarin u is gevraagd binnen veertien dagen te betalen.\n"
        "Totaal te betalen € 311,40"
    )
    assert date(2028, 1, 25) not in _deadline_values(f)  # 14 days from this letter: not what it asks


def test_a_period_this_letter_sets_is_still_a_deadline():
    """Negative: "Betaal binnen veertien dagen" in the present tense counts from the letter."""
    f = _facts("Betaal het bedrag van € 75,00 binnen veertien dagen na de datum van deze brief.")
    assert date(2028, 1, 25) in _deadline_values(f)


# 4. a date by which the sender pays the reader is no duty for the reader ----------------------


def test_a_private_senders_refund_date_is_no_deadline():
    f = _facts(
        "Na de afrekening van de stookkosten is er € 96,30 over. Het voorschot dat te veel is betaald, maak ik "
        "uiterlijk 28 februari 2028 naar u over.",
        sender="J. de Wit, verhuurder",
    )
    assert date(2028, 2, 28) not in _deadline_values(f)


def test_a_date_by_which_the_reader_pays_the_sender_stays_a_deadline():
    """Negative: the reader transfers money to the sender."""
    f = _facts("Maak € 96,30 uiterlijk 28 februari 2028 naar mij over.", sender="J. de Wit, verhuurder")
    assert date(2028, 2, 28) in _deadline_values(f)


# 5. "vóór <datum>" excludes that date ----------------------------------------------------------


def test_pay_before_a_date_means_the_day_before_and_is_to_check():
    f = _facts("Maak € 143,20 over vóór 9 februari 2028.")
    pay_by = f.fact("pay_by")
    assert pay_by.status == "to_check" and pay_by.value == date(2028, 2, 8)
    assert "vóór" in pay_by.rule


def test_pay_at_the_latest_on_a_date_includes_that_date():
    """Negative: "uiterlijk" and "op of vóór" include the date itself."""
    for sentence in ("Betaal € 143,20 uiterlijk 9 februari 2028.", "Betaal € 143,20 op of vóór 9 februari 2028."):
        pay_by = _facts(sentence).fact("pay_by")
        assert pay_by.status == "stated" and pay_by.value == date(2028, 2, 9), sentence
