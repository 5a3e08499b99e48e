"""General rules about dates added after the third blind round (issue 10): the letter's own date,
terms counted from receipt or service, terms that a payment plan or a later sentence gives. Every
letter here is newly written for these tests (not taken from any case set), each rule with a
negative example it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_dates
from assistant.features.letters.letter_date import find_letter_date, letter_date_conflict
from assistant.features.letters.shape import structure_marks

HEAD = (
    "Stichting Kustwonen\nPostbus 88\n1970 AB  IJmuiden\n\nMevrouw R. Smit\nZeeweg 4\n1971 HA  IJmuiden\n\n"
)


def _stated_deadlines(f) -> set[date]:
    return {d.value.value for d in f.deadlines if d.status == "stated"}


# 1. the letter's own date: the head label or the place-and-date line, not a date cited in the body


def test_a_dagtekening_cited_in_a_sentence_is_not_the_letter_date():
    text = (
        "Gemeente Duinrand\nAfdeling Heffingen\n\n"
        "Wij stellen vast dat u de aanslag rioolheffing met dagtekening 3 februari 2027 nog niet heeft betaald.\n\n"
        "Duinrand, 14 juli 2027\nDe invorderingsambtenaar\n"
    )
    assert find_letter_date(text).value == date(2027, 7, 14)


def test_a_datum_label_at_the_head_of_its_line_is_the_letter_date():
    """Negative for the rule above: the label itself still counts, also in a column layout."""
    text = "Gemeente Duinrand\n\nOns kenmerk: HF-22    Datum: 2 mei 2027\n\nGeachte heer Bos,\n"
    assert find_letter_date(text).value == date(2027, 5, 2)


def test_two_different_own_dates_are_a_conflict_to_check():
    text = (
        "Gemeente Duinrand\nDatum: 2 mei 2027\n\nGeachte heer Bos,\n\nU krijgt bericht van ons.\n\n"
        "Duinrand, 9 mei 2027\nHet college\n"
    )
    other = letter_date_conflict(text, find_letter_date(text))
    assert other is not None and other.value == date(2027, 5, 9)
    facts = analyse_letter(text)
    assert facts.fact("letter_date").status == "to_check"


def test_an_appointment_row_with_its_time_is_no_conflicting_letter_date():
    text = (
        "Gemeente Duinrand\nDatum: 2 mei 2027\n\nGeachte heer Bos,\n\nWij nodigen u uit voor een gesprek.\n"
        "  Datum   vrijdag 14 mei 2027\n  Tijd    09.30 uur\n"
    )
    assert letter_date_conflict(text, find_letter_date(text)) is None


def test_an_invoice_date_dates_an_invoice_without_another_date():
    text = "Stroomlicht B.V.\nPostbus 5\n\nFactuurnummer: 77-12\nFactuurdatum: 6 maart 2027\n\nBeste klant,\n"
    assert find_letter_date(text).value == date(2027, 3, 6)


# 2. a term counted from receipt or service: only from a day the letter names


def test_a_term_from_receipt_is_no_stated_date():
    f = analyse_letter(
        HEAD + "Datum: 10 maart 2027\n\nGeachte mevrouw Smit,\n\n"
        "U heeft de huur van februari nog niet betaald. Maak € 640,00 over binnen tien dagen nadat u deze "
        "brief heeft ontvangen.\n\nMet vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert not _stated_deadlines(f)
    assert f.fact("pay_by").status == "to_check" and "ontv" in f.fact("pay_by").note


def test_the_same_term_named_again_without_its_start_also_counts_from_receipt():
    f = analyse_letter(
        HEAD + "Datum: 10 maart 2027\nOnderwerp: Betaal binnen acht dagen\n\nGeachte mevrouw Smit,\n\n"
        "Betaal het bedrag van € 75,00 binnen acht dagen, te rekenen vanaf de dag waarop u deze brief kreeg "
        "en ontvangen heeft.\n\nMet vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert date(2027, 3, 18) not in _stated_deadlines(f)


def test_a_term_from_the_letter_date_stays_a_stated_date():
    """Negative: "na de datum van deze brief" is a day the letter names."""
    f = analyse_letter(
        HEAD + "Datum: 10 maart 2027\n\nGeachte mevrouw Smit,\n\n"
        "Maak € 640,00 over binnen tien dagen na de datum van deze brief.\n\nMet vriendelijke groet,\n"
        "Stichting Kustwonen\n"
    )
    assert f.fact("pay_by").stated and f.fact("pay_by").value == date(2027, 3, 20)


def test_a_term_after_service_counts_from_the_day_the_exploot_names():
    f = analyse_letter(
        "Gemeente Duinrand\nInvordering\n\nDWANGBEVEL\n\nDuinrand, 3 augustus 2027\nDe invorderingsambtenaar\n\n"
        "EXPLOOT\nHeden, woensdag de elfde augustus tweeduizend zevenentwintig, heb ik dit dwangbevel betekend.\n"
        "Ik heb de schuldenaar bevolen om binnen twee dagen na heden te betalen het bedrag van € 512,40.\n"
    )
    assert f.letter_date == date(2027, 8, 3)
    assert f.fact("pay_by").stated and f.fact("pay_by").value == date(2027, 8, 13)


def test_a_letter_that_says_it_serves_itself_counts_from_its_own_date():
    f = analyse_letter(
        "Deurwaarderskantoor Zandvoort & Kok\nPostbus 3\n\nDatum: 5 oktober 2027\n\nGeachte heer Bos,\n\n"
        "Hiermee betekenen wij u een dwangbevel. Totaal te betalen € 300,00.\n"
        "Betaal dit bedrag binnen twee dagen na betekening.\n\nHoogachtend,\nJ. Kok\n"
    )
    assert f.fact("pay_by").stated and f.fact("pay_by").value == date(2027, 10, 7)


def test_a_year_in_two_words_is_read():
    (d,) = find_dates("heden, de tiende maart tweeduizend achtentwintig, heb ik betekend")
    assert d.value == date(2028, 3, 10)


def test_a_year_followed_by_another_word_is_the_year_two_thousand():
    """Negative: "tweeduizend heb" is no year word."""
    (d,) = find_dates("de tiende maart tweeduizend heb ik betekend")
    assert d.value == date(2000, 3, 10)


# 3. dates a payment plan, a following sentence or a row gives


def test_a_date_in_the_sentence_after_the_pay_instruction_is_its_pay_by():
    f = analyse_letter(
        HEAD + "Datum: 1 april 2027\n\nGeachte mevrouw Smit,\n\n"
        "U moet € 210,00 binnen vier weken na de datum van deze brief betalen. Het bedrag moet dus uiterlijk "
        "op 29 april 2027 bij ons binnen zijn.\n\nMet vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert f.fact("pay_by").stated and f.fact("pay_by").value == date(2027, 4, 29)


def test_termijn_rows_one_blank_line_under_their_lead_are_pay_dates():
    f = analyse_letter(
        HEAD + "Datum: 1 april 2027\n\nGeachte mevrouw Smit,\n\n"
        "U moet € 300,00 betalen in 3 termijnen van € 100,00. Elke termijn moet op tijd op onze rekening staan:\n\n"
        "  termijn 1   € 100,00   uiterlijk 1 mei 2027\n  termijn 2   € 100,00   uiterlijk 1 juni 2027\n"
        "  termijn 3   € 100,00   uiterlijk 1 juli 2027\n\nMet vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert f.fact("pay_by").value == date(2027, 7, 1)
    assert {date(2027, 5, 1), date(2027, 6, 1), date(2027, 7, 1)} <= _stated_deadlines(f)


def test_a_betalingsregeling_is_its_total_paid_by_the_last_termijn():
    f = analyse_letter(
        HEAD
        + "Datum: 1 april 2027\nOnderwerp: Bevestiging van de betalingsregeling\n\nGeachte mevrouw Smit,\n\n"
        "Zoals besproken bevestigen wij de betalingsregeling. U betaalt de achterstand van € 90,00 in 3 "
        "termijnen van € 30,00:\n"
        "  1e termijn   € 30,00   uiterlijk 15-04-2027\n  2e termijn   € 30,00   uiterlijk 15-05-2027\n"
        "  3e termijn   € 30,00   uiterlijk 15-06-2027\n\nMet vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert f.kind == "betalingsregeling"
    assert f.fact("amount_to_pay").value == 90.0 and f.fact("pay_by").value == date(2027, 6, 15)


def test_a_betalingsregeling_with_fewer_rows_than_termijnen_is_left_to_the_other_rules():
    f = analyse_letter(
        HEAD
        + "Datum: 1 april 2027\nOnderwerp: Bevestiging van de betalingsregeling\n\nGeachte mevrouw Smit,\n\n"
        "Zoals besproken bevestigen wij de betalingsregeling. U betaalt de achterstand van € 90,00 in 3 "
        "termijnen van € 30,00:\n  1e termijn   € 30,00   uiterlijk 15-04-2027\n\n"
        "Met vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert f.fact("amount_to_pay").value != 90.0


def test_a_date_restated_after_uiterlijk_op_your_last_day_is_a_deadline():
    f = analyse_letter(
        HEAD + "Datum: 1 april 2027\n\nBeste Ravi,\n\n"
        "Lever je laptop uiterlijk op je laatste werkdag, 28 mei 2027, in bij de balie.\n\n"
        "Met vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert date(2027, 5, 28) in _stated_deadlines(f)


def test_a_date_and_time_row_of_a_wanneer_block_is_an_appointment():
    f = analyse_letter(
        HEAD + "Datum: 1 april 2027\n\nGeachte mevrouw Smit,\n\nWanneer en waar?\n"
        "Dag en tijd:  maandag 19 april 2027 om 14.15 uur\nAdres:  Kerkplein 2\n\n"
        "Met vriendelijke groet,\nStichting Kustwonen\n"
    )
    assert date(2027, 4, 19) in _stated_deadlines(f)


def test_laat_het_ons_weten_after_a_question_is_a_conditional_deadline():
    f = analyse_letter(
        HEAD + "Datum: 1 april 2027\n\nGeachte mevrouw Smit,\n\n"
        "U kunt de hulp ook als budget krijgen. Heeft u daar belangstelling voor? Laat het ons dan binnen drie "
        "weken na de datum van deze brief weten.\n\nMet vriendelijke groet,\nStichting Kustwonen\n"
    )
    (d,) = [x.value for x in f.deadlines if x.value.value == date(2027, 4, 22)]
    assert d.condition and "belangstelling" in d.condition


def test_postcodes_are_capital_letters_so_a_year_before_in_de_is_none():
    assert structure_marks("Sinds 2025 in de wijk; mevrouw woont daar.") == 0
    assert structure_marks("Zeeweg 4\n1971 HA  IJmuiden") == 1
