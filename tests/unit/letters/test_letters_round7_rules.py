"""General rules of fix round 7 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.holidays import easter, extend_term, feestdag
from assistant.features.letters.letter_date import find_letter_date
from assistant.features.letters.sender import detect_sender
from assistant.features.letters.shape import letter_doubts, structure_marks
from assistant.knowledge.corpus import load_sociale_kaart
from evals.metrics.letter_checks import outcomes


def _letter(body: str, head: str = "Datum: 8 maart 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Lindeveld") -> str:
    return (
        f"{sender}\nPostbus 88\n4100 AB  Lindeveld\n\n{head}\n\nGeachte heer Bos,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _amount(text: str):
    return analyse_letter(text).fact("amount_to_pay")


# 1. a pay verb in an indirect question, a relative clause about a thing or a hedge asks no payment --


def test_a_pay_verb_that_describes_another_letter_asks_nothing():
    text = _letter(
        "U kreeg over 2027 € 310,00 te veel zorgtoeslag. U hoeft nu nog niets te betalen. "
        "Binnenkort krijgt u een nieuwe brief. Daarin leest u hoeveel u moet terugbetalen."
    )
    got = _amount(text)
    assert got.stated and got.value is None


def test_a_hedged_debt_and_a_relative_clause_are_no_pay_instruction():
    text = _letter(
        "Wellicht gaat het om een schuld die u moet terugbetalen aan uw broer. Vertel ons hoe het zit. "
        "Het gaat om € 950,00 die u van hem kreeg."
    )
    assert _amount(text).value is None


def test_a_plain_instruction_still_asks_payment():
    """Negative: "U moet € 410,00 terugbetalen" is an instruction; so is "Betaal ..." after "hoe"."""
    assert _amount(_letter("U moet € 410,00 terugbetalen vóór 1 mei 2028.")).value == 410.0


# 2. "Betaal het totaal" pays the row labelled total, not a part of it --------------------------


def test_an_instruction_naming_the_total_takes_the_total_row():
    body = (
        "Terug te betalen uitkering                 € 1.200,00\n"
        "Bestuurlijke boete                         €   300,00\n"
        "Totaal                                     € 1.500,00\n\n"
        "Betaal het totaalbedrag binnen zes weken na de datum van deze brief."
    )
    got = _amount(_letter(body, head="Datum: 8 maart 2028\nOnderwerp: besluit terugvordering en boete"))
    assert got.stated and got.value == 1500.0


def test_without_a_total_named_the_pay_row_still_decides():
    """Negative: "Betaal het bedrag" with one 'te betalen' row and no total row."""
    body = "Nog te betalen                             €   640,00\n\nBetaal het bedrag vóór 1 april 2028."
    assert _amount(_letter(body)).value == 640.0


# 3. a voornemen proposes; its sum is no claim --------------------------------------------------


def test_a_sum_in_a_voornemen_is_to_check():
    text = _letter(
        "Wij zijn van plan de bijzondere bijstand van € 780,00 van u terug te vorderen. "
        "Volgens onze berekening moet u € 780,00 terugbetalen. Laat ons uiterlijk 22 maart 2028 weten wat u hiervan vindt.",
        head="Datum: 8 maart 2028\nOnderwerp: voornemen terugvordering",
    )
    got = _amount(text)
    assert got.status == "to_check" and "voornemen" in got.note


def test_a_decision_that_recalls_the_earlier_plan_is_no_voornemen():
    """Negative: the plan told in the past ("dat wij van plan waren") was the earlier letter."""
    text = _letter(
        "In februari hebben wij u laten weten dat wij van plan waren de bijstand terug te vorderen. "
        "U gaf daarop uw zienswijze. Wij hebben uw zienswijze meegewogen. "
        "Wij vorderen € 780,00 van u terug. U moet € 780,00 terugbetalen binnen zes weken. "
        "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief.",
        head="Datum: 8 maart 2028\nOnderwerp: besluit terugvordering bijzondere bijstand",
    )
    facts = analyse_letter(text)
    assert facts.kind == "terugvordering"
    assert facts.fact("amount_to_pay").stated and facts.fact("amount_to_pay").value == 780.0


# 4. the head noun of the subject or title, and "deze aanmaning", name the kind ------------------


def test_the_subject_head_noun_names_a_betalingsregeling():
    text = _letter(
        "Wij bevestigen de afspraak die wij telefonisch maakten over uw achterstand. "
        "U betaalt 6 termijnen van € 90,00. De eerste termijn betaalt u uiterlijk 1 april 2028.",
        head="Datum: 8 maart 2028\nBetreft: betalingsregeling energieachterstand",
        sender="Woonbedrijf Lindehof",
    )
    assert analyse_letter(text).kind == "betalingsregeling"


def test_a_title_line_in_capitals_names_the_reminder():
    text = (
        "Centraal Boetebureau\nPostbus 12\n8900 AB  Leeuwarden\n\nTWEEDE AANMANING\n\nDatum: 8 maart 2028\n"
        "Betreft: parkeerboete\n\nGeachte mevrouw Kok,\n\nDe boete van € 95,00 is nog niet betaald. "
        "Betaal € 190,00 uiterlijk op 5 april 2028. Tegen deze aanmaning staat geen beroep open.\n\n"
        "Met vriendelijke groet,\n\nCentraal Boetebureau\n"
    )
    assert analyse_letter(text).kind == "aanmaning"


def test_a_subject_that_only_mentions_a_debt_names_no_kind():
    """Negative: "Uw achterstand" is what the letter is about, not its head noun."""
    text = _letter(
        "U heeft de huur van februari nog niet betaald. Betaal € 700,00 uiterlijk op 20 maart 2028.",
        head="Datum: 8 maart 2028\nBetreft: uw huurachterstand",
        sender="Woonbedrijf Lindehof",
    )
    assert analyse_letter(text).kind == "aanmaning"


# 5. a reminder that asks no payment reminds of documents, or only informs -----------------------


def test_a_reminder_about_documents_is_an_information_request():
    text = _letter(
        "Wij vroegen u eerder om uw loonstroken van januari. Die hebben wij nog niet ontvangen. "
        "Stuur ons de volgende stukken vóór 22 maart 2028: uw loonstroken van januari. "
        "U hoeft nu niets te betalen.",
        head="Datum: 8 maart 2028\nOnderwerp: herinnering: wij missen nog stukken",
    )
    facts = analyse_letter(text)
    assert facts.kind == "informatieverzoek"
    assert facts.objection.value.possible is not True


def test_a_payment_reminder_stays_an_aanmaning():
    """Negative: a herinnering that asks for money."""
    text = _letter(
        "Wij hebben uw betaling van € 45,00 nog niet ontvangen. Betaal € 45,00 uiterlijk op 22 maart 2028.",
        head="Datum: 8 maart 2028\nOnderwerp: herinnering",
    )
    assert analyse_letter(text).kind == "aanmaning"


# 6. a label apart from its value by dot leaders or table lines; an exploot's date in words -----


def test_dot_leaders_and_drawn_table_columns_label_the_letter_date():
    dotted = "Heffingen Lindeveld\n\nKlantnummer ....... 4471\nDagtekening ....... 29-02-2028\n"
    assert find_letter_date(dotted).value == date(2028, 2, 29)
    boxed = "Gemeente Lindeveld\n\n│ Kenmerk   │ AB-12           │\n│ Datum     │ 3 april 2028    │\n"
    assert find_letter_date(boxed).value == date(2028, 4, 3)


def test_a_date_cited_in_a_table_row_is_not_the_letter_date():
    """Negative: a row that names another decision's date is no label of the letter's own date."""
    boxed = "Gemeente Lindeveld\n\n│ Besluit van  │ 3 april 2028    │\n"
    assert find_letter_date(boxed) is None


def test_an_exploot_date_written_in_words_then_in_figures():
    text = "Deurwaarderskantoor Kade\n\nHeden, vrijdag zeven april tweeduizendachtentwintig (07-04-2028), heb ik betekend.\n"
    assert find_letter_date(text).value == date(2028, 4, 7)


# 7. Algemene termijnenwet art. 1 en 3 ---------------------------------------------------------


def test_the_feestdagen_of_the_algemene_termijnenwet():
    assert easter(2028) == date(2028, 4, 16) and easter(2027) == date(2027, 3, 28)
    assert feestdag(date(2028, 4, 17)) == "Tweede Paasdag"
    assert feestdag(date(2028, 5, 25)) == "Hemelvaartsdag"
    assert feestdag(date(2028, 6, 5)) == "Tweede Pinksterdag"
    assert feestdag(date(2028, 4, 27)) == "Koningsdag"
    assert feestdag(date(2025, 4, 26)) == "Koningsdag"  # 27 april 2025 is a Sunday
    assert feestdag(date(2028, 5, 5)) == "5 mei"
    assert feestdag(date(2028, 4, 14)) is None  # Goede Vrijdag is not in art. 3
    assert extend_term(date(2028, 4, 27)) == (date(2028, 4, 28), "een feestdag (Koningsdag)")
    assert extend_term(date(2028, 12, 23))[0] == date(2028, 12, 27)  # Saturday, Sunday, both Kerstdagen
    assert extend_term(date(2028, 4, 20)) == (date(2028, 4, 20), None)


def test_a_bezwaar_term_that_ends_on_a_feestdag_is_to_check_with_the_later_day():
    text = _letter(
        "Wij kennen u een tegemoetkoming toe. Bent u het niet eens met dit besluit? "
        "Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief.",
        head="Datum: 16 maart 2028\nOnderwerp: besluit tegemoetkoming",
    )
    fact = analyse_letter(text).objection
    assert fact.status == "to_check" and fact.value.possible is True
    assert "28 april 2028" in fact.rule and "Algemene termijnenwet art. 1 en 3" in fact.rule


def test_a_bezwaar_term_that_ends_on_a_working_day_is_stated():
    """Negative: 9 maart + 6 weeks is Thursday 20 april 2028, no feestdag."""
    text = _letter(
        "Wij kennen u een tegemoetkoming toe. Bent u het niet eens met dit besluit? "
        "Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief.",
        head="Datum: 9 maart 2028\nOnderwerp: besluit tegemoetkoming",
    )
    fact = analyse_letter(text).objection
    assert fact.stated and fact.value.until == date(2028, 4, 20) and "termijnenwet" not in (fact.rule or "")


# 8. no letter date: a bezwaar or beroep term is never a bare "possible" ------------------------


def test_bezwaar_without_a_letter_date_is_to_check():
    text = (
        "Gemeente Lindeveld\nPostbus 88\n4100 AB  Lindeveld\n\nOnderwerp: besluit parkeervergunning\n\n"
        "Geachte heer Bos,\n\nWij wijzen uw aanvraag af. Bent u het niet eens met dit besluit? Dan kunt u "
        "bezwaar maken binnen zes weken.\n\nMet vriendelijke groet,\n\nGemeente Lindeveld\n"
    )
    fact = analyse_letter(text).objection
    assert fact.status == "to_check" and fact.value.possible is True and fact.value.until is None


def test_beroep_named_without_a_term_after_a_decision_on_objection_is_to_check():
    text = _letter(
        "Wij verklaren uw bezwaar ongegrond. Bent u het niet eens met deze beslissing op bezwaar? "
        "Dan kunt u beroep instellen bij de rechtbank.",
        head="Datum: 8 maart 2028\nOnderwerp: beslissing op bezwaar",
    )
    appeal = analyse_letter(text).fact("appeal")
    assert appeal.status == "to_check" and appeal.value.until == date(2028, 4, 19)


def test_beroep_with_its_term_is_stated():
    """Negative: the letter gives the term; the end is counted and stated."""
    text = _letter(
        "Wij verklaren uw bezwaar ongegrond. Bent u het niet eens met deze beslissing op bezwaar? "
        "Dan kunt u binnen zes weken na de datum van deze brief beroep instellen bij de rechtbank.",
        head="Datum: 8 maart 2028\nOnderwerp: beslissing op bezwaar",
    )
    appeal = analyse_letter(text).fact("appeal")
    assert appeal.stated and appeal.value.until == date(2028, 4, 19)


# 9. a duty told in the past, and a later termijn of a schedule --------------------------------


def _deadlines(text: str) -> list:
    return [f.value for f in analyse_letter(text).deadlines]


def test_a_term_in_a_past_duty_is_no_deadline():
    text = _letter(
        "U had de naheffing binnen 6 weken moeten betalen. Dat is niet gebeurd. "
        "Betaal € 80,00 uiterlijk op 22 maart 2028."
    )
    assert [d.value for d in _deadlines(text)] == [date(2028, 3, 22)]


def test_a_term_counted_from_this_letter_stays_a_deadline():
    """Negative: a present duty with a period."""
    text = _letter("U moet € 80,00 binnen 14 dagen na de datum van deze brief betalen.")
    assert date(2028, 3, 22) in [d.value for d in _deadlines(text)]


def test_a_later_termijn_of_a_schedule_carries_the_schedule_as_its_condition():
    text = _letter(
        "U betaalt 10 termijnen van € 50,00. De eerste termijn van € 50,00 betaalt u uiterlijk 1 april 2028. "
        "De laatste termijn betaalt u uiterlijk 1 januari 2029.",
        head="Datum: 8 maart 2028\nBetreft: betalingsregeling",
    )
    found = {d.value: d.condition for d in _deadlines(text)}
    assert found[date(2028, 4, 1)] is None
    assert "betalingsregeling" in found[date(2029, 1, 1)]


# 10. the sender: a company's own letterhead; a kind of organisation under a name ---------------


ORGS = load_sociale_kaart()


def test_a_company_letterhead_beats_an_organisation_named_only_below_it():
    text = (
        "ZONNEWIND LEVERING B.V.\nPostbus 4\n9700 AB  Groningen\n\nDatum: 8 maart 2028\n\nGeachte heer Bos,\n\n"
        "Hierbij uw jaarnota. U hoeft niets te doen.\n\nHet termijnbedrag schrijven wij af via automatische incasso.\n"
        "Met vriendelijke groet,\nZonnewind Levering\n"
    )
    sender = detect_sender(text, ORGS)
    assert sender is not None and "Zonnewind" in sender.name and sender.government is False


def test_a_kind_of_organisation_under_its_name_shows_the_name():
    text = (
        "Bewindkantoor De Linde\nBeschermingsbewindvoerder\nPostbus 9\n3500 AB  Utrecht\n\n"
        "Utrecht, 8 maart 2028\n\nBeste Karin,\n\nHierbij je budgetplan.\n\nMet vriendelijke groet,\n"
        "Bewindkantoor De Linde\n"
    )
    assert detect_sender(text, ORGS).name == "Bewindkantoor De Linde"


def test_a_heading_in_capitals_is_no_name():
    """Negative: "BETEKENING" on the first line is a heading, not the sender's name."""
    text = (
        "BETEKENING\nGerechtsdeurwaarder\nPostbus 9\n3500 AB  Utrecht\n\nUtrecht, 8 maart 2028\n\n"
        "Geachte heer Bos,\n\nHierbij betekenen wij het vonnis.\n\nMet vriendelijke groet,\nGerechtsdeurwaarder\n"
    )
    assert detect_sender(text, ORGS).name != "Betekening"


# 11. a note or a message to a colleague is no letter ------------------------------------------


def test_a_note_heading_after_a_dash_and_a_role_line_make_a_note():
    text = (
        "Buurtteam Oost - verslag huisbezoek, 3 maart 2028\nConsulent: J. Kramer\n\n"
        "Meneer heeft een brief van de gemeente gekregen over zijn bijstand."
    )
    assert letter_doubts(text, sender_found=True, date_found=True)


def test_a_message_about_a_client_after_the_greeting_is_a_note():
    text = (
        "Van: Sanne (vrijwilliger)\nAan: Joost\nDatum: 3 maart 2028\nOnderwerp: bezoek dhr. Vos\n\nHoi Joost,\n\n"
        "Meneer Vos (80) had een brief van het CAK op tafel liggen.\n\nGroet, Sanne"
    )
    assert structure_marks(text) <= 2
    assert letter_doubts(text, sender_found=True, date_found=True)


def test_a_letter_that_addresses_the_reader_is_a_letter():
    """Negative: after the greeting the letter speaks to the reader."""
    text = _letter("U heeft een aanvraag gedaan. Wij hebben die ontvangen.")
    assert letter_doubts(text, sender_found=True, date_found=True) == []


# 12. the metric: after a beslissing op bezwaar the reader's remedy is beroep ---------------------


def _draft(objection: dict, appeal: dict) -> dict:
    return {"facts": {"objection": objection, "appeal": appeal}}


def test_the_metric_reads_beroep_as_the_remedy_when_bezwaar_is_closed():
    draft = _draft(
        {"possible": False, "until": None, "status": "stated"},
        {"possible": True, "until": "2028-04-19", "route": "beroep", "status": "stated"},
    )
    (got,) = outcomes({"objection": {"possible": True, "until": "2028-04-19"}}, draft)
    assert got.verdict == "correct" and not got.false
    (closed,) = outcomes({"objection": {"possible": False, "until": None}}, draft)
    assert closed.verdict == "correct"


def test_the_metric_does_not_take_verzet_or_a_wrong_date_as_the_remedy():
    """Negative: verzet is no beroep; a beroep end on another day is wrong."""
    verzet = _draft(
        {"possible": False, "until": None, "status": "stated"},
        {"possible": True, "until": None, "route": "verzet", "status": "stated"},
    )
    (got,) = outcomes({"objection": {"possible": True, "until": "2028-04-19"}}, verzet)
    assert got.false
    other = _draft(
        {"possible": False, "until": None, "status": "stated"},
        {"possible": True, "until": "2028-04-20", "route": "beroep", "status": "stated"},
    )
    (wrong,) = outcomes({"objection": {"possible": True, "until": "2028-04-19"}}, other)
    assert wrong.false
