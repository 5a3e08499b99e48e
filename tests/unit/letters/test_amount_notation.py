"""Amounts in every common notation are read to one value; an ambiguous notation is never stated as
the amount to pay; labels are the nearest words of the line. Own example sentences."""

from __future__ import annotations

import pytest

from assistant.features.letters.amounts import find_amounts, read_number
from assistant.features.letters.payment import find_amount_to_pay
from assistant.features.letters.source import read_letter
from assistant.features.letters.text import normalise


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Wij vragen u € 3.456,78 over te maken.", 3456.78),
        ("Het openstaande saldo is €3456,78.", 3456.78),
        ("De eigen bijdrage bedraagt € 2.150,- per jaar.", 2150.0),
        ("De WOZ-waarde is vastgesteld op € 2.150.", 2150.0),
        ("Wij hebben EUR 3.456,78 ontvangen.", 3456.78),
        ("U ontvangt 3.456,78 euro.", 3456.78),
        ("Please transfer EUR 3,456.78 before Friday.", 3456.78),
        ("Totaal EUR 1,250,000.50 volgens de opgave.", 1250000.5),
        ("De parkeerboete is € 17,50.", 17.5),
        ("Portokosten: € 0,85.", 0.85),
        ("Het voorschot is € 7 654,32.", 7654.32),
        ("Incassokosten van € 48,5 zijn berekend.", 48.5),
        ("De kosten zijn € 12.75 per keer.", 12.75),
    ],
)
def test_each_notation_reads_to_one_value(sentence, value):
    amounts = find_amounts(sentence, every=True)
    assert [a.value for a in amounts] == [value]
    assert not amounts[0].uncertain and not amounts[0].negative


def test_english_notation_is_not_cut_at_the_thousands_comma():
    # the old reading took "2,460.00" as € 2,46
    assert read_number("7,310.40") == (7310.4, False)
    assert read_number("7.310,40") == (7310.4, False)
    assert read_number("7.310") == (7310.0, False)


def test_a_comma_before_three_digits_is_uncertain():
    amounts = find_amounts("De maandhuur wordt € 1,375 vanaf juli.", every=True)
    assert [(a.value, a.uncertain) for a in amounts] == [(1375.0, True)]
    assert find_amounts("De maandhuur wordt € 1,375 vanaf juli.") == []  # no guessed value in the list
    # two groups or a decimal part make it certain
    assert read_number("1,375,000") == (1375000.0, False)
    assert read_number("1,37") == (1.37, False)


def test_an_invalid_notation_is_no_amount():
    assert find_amounts("Het kenmerk is € 12.345.67 volgens ons.", every=True) == []


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Reeds voldaan                      -/- € 230,00", "reeds voldaan (afgetrokken)"),
        ("Eindsaldo                          € 64,10 CR", "eindsaldo (tegoed)"),
        ("Uw tegoed bij ons: € 64,10", "uw tegoed bij ons"),
        ("Stand van uw rekening              € -64,10", "stand van uw rekening (negatief bedrag)"),
    ],
)
def test_deductions_and_credits_are_negative(line, label):
    (amount,) = find_amounts(line, every=True)
    assert amount.negative and amount.label == label


def test_a_bullet_dash_is_no_minus():
    (amount,) = find_amounts("- € 64,10 voor de jaarlijkse contributie", every=True)
    assert not amount.negative


def test_amounts_split_over_lines_and_columns():
    text = normalise("Nog te voldoen aan ons kantoor €\n2.875,40\nDe huurachterstand in 3.104,15\neuro.")
    assert [a.value for a in find_amounts(text, every=True)] == [2875.4, 3104.15]
    row = "Afvalstoffenheffing        EUR        412,06"
    assert [a.value for a in find_amounts(row)] == [412.06]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("  Teruggevorderde toeslag (4 x € 212,50)      € 850,00", "teruggevorderde toeslag"),
        ("Parkeerbelasting bewoner   € 25.000 x 0,12%   € 30,00", "parkeerbelasting bewoner"),
        ("Huur garagebox 2026 | € 960,00", "huur garagebox 2026"),
        ("):   € 44,00", "bedrag"),
    ],
)
def test_a_label_is_the_nearest_words_of_the_row(line, label):
    amounts = find_amounts(line, every=True)
    assert amounts[-1].label == label


def test_a_row_with_two_pairs_keeps_each_label():
    amounts = find_amounts("Vaste kosten € 80,00   Al betaald € 20,00", every=True)
    assert amounts[-1].label == "al betaald"


LETTER = """Gemeente Noordveld
Postbus 12
1234 AB Noordveld

Datum: 4 februari 2026
Onderwerp: Uw factuur

Geachte heer Smit,

Betaal {amount} uiterlijk op 6 maart 2026 op rekening NL00 GEMN 0000 1111 22.

Met vriendelijke groet,

Gemeente Noordveld
"""


def test_an_ambiguous_amount_to_pay_is_to_check_not_stated():
    fact = find_amount_to_pay(read_letter(LETTER.format(amount="€ 1,375")))
    assert fact.status == "to_check" and fact.value is None
    assert "1,375" in fact.note


def test_an_english_amount_to_pay_is_stated_with_its_value():
    fact = find_amount_to_pay(read_letter(LETTER.format(amount="EUR 1,375.20")))
    assert fact.status == "stated" and fact.value == 1375.2


def test_a_credit_is_never_the_amount_to_pay():
    text = LETTER.replace(
        "Betaal {amount} uiterlijk op 6 maart 2026 op rekening NL00 GEMN 0000 1111 22.",
        "Nog te betalen                      € 58,00 CR",
    )
    fact = find_amount_to_pay(read_letter(text))
    assert fact.value is None and fact.status in ("stated", "not_found")
