"""General rules of the fix round after blind round 16's first letter run (issue 10), each with newly
written Dutch sentences and a negative example it must not fire on."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_sent_date
from assistant.features.letters.kind_heads import headed_kind
from assistant.features.letters.letter_date import find_letter_date
from assistant.features.letters.remedy_wording import court_where
from assistant.features.letters.template import render
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 9 april 2029\nOnderwerp: Uw dossier", sender: str = "Gemeente Veldhoven-Oost") -> str:
    return (
        f"{sender}\nPostbus 77\n5500 AB  Veldhoven-Oost\n\n{head}\n\nGeachte mevrouw Dekker,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


# 1. a subject that says the reader's post was received, however phrased: an ontvangstbevestiging ---

_RECEIPT_BODY = (
    "Uw bezwaarschrift van 28 maart 2029 is op 2 april 2029 bij ons binnengekomen. U bent het niet eens "
    "met ons besluit van 20 maart 2029 over uw huishoudelijke hulp.\n\n"
    "Wij nemen uiterlijk 15 juni 2029 een beslissing op uw bezwaar. Tot die tijd blijft het besluit gelden."
)


@pytest.mark.parametrize(
    "subject",
    ["Ontvangst van uw bezwaarschrift", "Bevestiging van ontvangst", "Uw bezwaar is in goede orde ontvangen"],
)
def test_a_receipt_subject_in_any_wording_is_an_ontvangstbevestiging_without_bezwaar(kaart, subject):
    facts = analyse_letter(_letter(_RECEIPT_BODY, head=f"Datum: 9 april 2029\nOnderwerp: {subject}"), kaart)
    assert facts.kind == "ontvangstbevestiging"
    assert facts.objection.value.possible is not True
    assert "bezwaar. Dat moet uiterlijk" not in render(facts)


def test_a_subject_that_names_no_receipt_is_not_read_as_one():
    scores, hits = defaultdict(float), defaultdict(list)
    assert headed_kind([], "Ontvangst van uw aanvraag", scores, hits) == "ontvangstbevestiging"
    assert headed_kind([], "Uw ontvangen toeslag over 2028", scores, hits) is None
    assert headed_kind([], "Uw aanvraag is ontvangen en afgewezen", scores, hits) is None


# 2. a term that a sentence of its own counts from receipt cannot be dated from the dagtekening -----

_TERM_BODY = (
    "Uw rekening van de kinderopvang over januari 2029 is nog open.\n\n"
    "Maak € 312,40 binnen 10 dagen over naar rekening NL00 BANK 0000 1111 22. "
    "{start}\n\nNeem contact op als u vragen heeft."
)


def test_a_term_said_to_start_on_receipt_gives_no_pay_by_date(kaart):
    body = _TERM_BODY.format(start="Deze 10 dagen gaan in op de dag nadat deze brief bij u is bezorgd en u hem heeft ontvangen.")
    facts = analyse_letter(_letter(body, sender="Kinderopvang De Vlinder B.V."), kaart)
    assert facts.fact("amount_to_pay").value == 312.40
    assert not facts.fact("pay_by").stated  # counted from receipt: to check, never the dagtekening + 10 days
    assert all(not (d.stated and d.value.value == date(2029, 4, 19)) for d in facts.deadlines)


def test_a_term_said_to_start_on_the_letter_date_keeps_its_date(kaart):
    body = _TERM_BODY.format(start="Deze 10 dagen beginnen op de datum van deze brief.")
    facts = analyse_letter(_letter(body, sender="Kinderopvang De Vlinder B.V."), kaart)
    assert facts.fact("pay_by").stated and facts.fact("pay_by").value == date(2029, 4, 19)


# 3. an amount the reader is told not to pay himself (someone else pays it) is not asked of him -----

def test_an_amount_the_sender_pays_for_the_reader_is_no_amount_to_pay(kaart):
    body = (
        "De energienota van € 188,25 die u mij gaf, betaal ik vrijdag vanaf de beheerrekening. "
        "Betaal deze nota dus niet zelf. Uw weekgeld blijft € 90,00."
    )
    facts = analyse_letter(_letter(body, sender="Bewindvoering Stapsgewijs"), kaart)
    assert facts.fact("amount_to_pay").value is None
    assert "Betaal € 188,25" not in render(facts)


def test_a_warning_not_to_pay_late_still_asks_the_amount(kaart):
    body = "U moet nog € 188,25 betalen voor de energienota. Betaal het niet te laat, uiterlijk 30 april 2029."
    facts = analyse_letter(_letter(body, sender="Energie Lokaal B.V."), kaart)
    assert facts.fact("amount_to_pay").value == 188.25


# 4. a court's judgment is dated the day it is pronounced; a hearing's date is not that -------------

_JUDGMENT = (
    "RECHTBANK ZUIDERMEER\n\nzaak: ZMR 29/1104\n\n"
    "uitspraak van de meervoudige kamer van 12 maart 2029 in de zaak tussen\n\nP. Kok, eiser\n\nen\n\n"
    "de raad van bestuur van de Sociale Verzekeringsbank, verweerder.\n\n"
    "De zitting was op 20 februari 2029.\n\nDe rechtbank verklaart het beroep ongegrond.\n\n"
    "Afschrift verzonden aan partijen op: 14 maart 2029\n\n"
    "Tegen deze uitspraak kunt u hoger beroep instellen bij de Centrale Raad van Beroep binnen zes weken "
    "na de dag waarop deze uitspraak is verzonden."
)


def test_a_judgment_is_dated_the_day_it_was_pronounced_and_appealed_from_its_sending(kaart):
    assert find_letter_date(_JUDGMENT).value == date(2029, 3, 12)
    assert find_letter_date("Deze uitspraak is in het openbaar uitgesproken op 4 mei 2029.").value == date(2029, 5, 4)
    assert find_sent_date(_JUDGMENT).value == date(2029, 3, 14)
    facts = analyse_letter(_JUDGMENT, kaart)
    assert facts.kind == "vonnis" and facts.letter_date == date(2029, 3, 12)
    appeal = facts.fact("appeal")
    assert appeal.value.until == date(2029, 4, 25)  # six weeks after the sending on 14 March
    assert "hoger beroep gaan bij de Centrale Raad van Beroep" in render(facts)


def test_a_hearing_or_other_sending_is_no_judgment_date():
    assert find_letter_date("De rechtbank heeft de zaak op 3 mei 2029 op zitting behandeld.") is None
    assert find_sent_date("De stukken zijn verzonden naar uw adres. Dat was op 3 mei 2029.") is None


# 5. an appeal against a judgment is hoger beroep at the court the letter names ---------------------

def test_hoger_beroep_is_sent_to_the_court_the_letter_names():
    assert court_where("U kunt hoger beroep instellen bij het gerechtshof Arnhem-Leeuwarden.") == (
        "in hoger beroep gaan bij het gerechtshof Arnhem-Leeuwarden"
    )
    assert court_where("Tegen dit besluit kunt u binnen zes weken beroep instellen bij de rechtbank.") == (
        "in beroep gaan bij de rechtbank"
    )


# 6. an earlier voornemen named by its date, or the reader's words reported, is not this letter -----

def test_a_decision_that_recalls_its_dated_voornemen_is_a_besluit(kaart):
    body = (
        "Ik wijs uw aanvraag voor een verblijfsvergunning af.\n\n"
        "Met het voornemen van 2 februari 2029 heb ik u hierover ingelicht. U schrijft dat u binnenkort "
        "een nieuwe baan krijgt. Dat verandert de beslissing niet.\n\n"
        "Bent u het niet eens met deze beslissing? Dan kunt u bezwaar maken binnen vier weken na de datum van deze brief."
    )
    head = "Datum: 9 april 2029\nOnderwerp: Beslissing op uw aanvraag"
    facts = analyse_letter(_letter(body, head=head, sender="Immigratie- en Naturalisatiedienst"), kaart)
    assert facts.kind == "besluit"
    assert facts.objection.value.until == date(2029, 5, 7)


def test_a_plan_told_now_stays_an_aankondiging(kaart):
    body = (
        "Wij zijn van plan uw bijstand te stoppen vanaf 1 juni 2029. Dit is ons voornemen. "
        "U kunt tot 23 april 2029 uw zienswijze geven. Daarna nemen wij een besluit."
    )
    facts = analyse_letter(_letter(body), kaart)
    assert facts.kind == "aankondiging"


# 7. termijn rows under a sentence that calls their dates due dates: each is a date to pay by, and
#    with one termijnbedrag the first row is what the reader pays now ---------------------------------

_PLAN = (
    "U mag de openstaande huur van € 600,00 in delen betalen. U betaalt de schuld in 3 termijnen van € 200,00.\n\n"
    "Het geld moet uiterlijk op onderstaande datums op onze rekening staan:\n\n"
    "    termijn 1    15-05-2029    € 200,00\n"
    "    termijn 2    15-06-2029    € 200,00\n"
    "    termijn 3    15-07-2029    € 200,00\n\n"
    "{debit}"
)


def test_a_schedule_under_a_due_lead_dates_every_termijn_and_asks_the_first(kaart):
    debit = "Uw lopende huur betaalt u daarnaast gewoon. Die schrijven wij elke maand af. Deze incasso staat los van de regeling."
    facts = analyse_letter(_letter(_PLAN.format(debit=debit), head="Datum: 9 april 2029\nOnderwerp: bevestiging betalingsregeling", sender="Woonstichting Thuisbasis"), kaart)
    assert facts.fact("amount_to_pay").value == 200.00
    assert facts.fact("pay_by").value == date(2029, 5, 15)
    due = {d.value for d in facts.stated_deadlines() if "betalen" in d.meaning}
    assert {date(2029, 5, 15), date(2029, 6, 15), date(2029, 7, 15)} <= due
    text = render(facts)
    assert "vanzelf van uw rekening" not in text  # the debit of the running rent is not how the termijnen are paid


def test_rows_without_a_due_lead_are_no_pay_dates():
    from assistant.features.letters.due_dates import led_due_row

    assert led_due_row("De termijnen moeten uiterlijk op de volgende data binnen zijn:", "termijn 2  15-06-2029  € 200,00")
    assert not led_due_row("Dit heeft u al betaald:", "termijn 2  15-06-2029  € 200,00")
    assert not led_due_row("Op de volgende data is er spreekuur:", "dinsdag 15-06-2029 van 9 tot 12 uur")


def test_a_regeling_paid_by_debit_still_says_so(kaart):
    debit = "Wij schrijven elke termijn automatisch af van uw rekening."
    facts = analyse_letter(_letter(_PLAN.format(debit=debit), head="Datum: 9 april 2029\nOnderwerp: bevestiging betalingsregeling", sender="Woonstichting Thuisbasis"), kaart)
    assert "vanzelf van uw rekening" in render(facts)


# 8. a heading in capitals that ends in a question mark names a topic, not the case a date holds in -

def test_a_capital_heading_is_no_condition_but_a_question_is():
    from assistant.features.letters.duty import condition_of

    sentence = "Betaalt u alles vóór 1 juli 2029, dan is het geregeld."
    assert condition_of(sentence, "TERUGBETALEN IN DELEN?") is None
    assert condition_of("Laat het ons dan weten vóór 1 juli 2029.", "Klopt het bedrag niet?") == "Klopt het bedrag niet?"


# 9. a name in capitals is written normally, its legal form and hyphenated parts kept right --------

def test_a_capital_name_keeps_its_legal_form_and_hyphenated_capitals():
    from assistant.features.letters.sender import _nice

    assert _nice("INCASSOKANTOOR DE WAAL B.V.") == "Incassokantoor De Waal B.V."
    assert _nice("RECHTBANK NOORD-BRABANT") == "Rechtbank Noord-Brabant"
    assert _nice("Woonstichting de Kade") == "Woonstichting de Kade"  # not in capitals: left as written


# 10. a date alone in the right-hand column of the address line is the letter's date ---------------

def test_a_date_beside_the_address_line_dates_the_letter():
    head = "Stichting Thuis | Postbus 5\n\nDhr. K. Bos, Lindelaan 4, 5611 AB Eindhoven          3 apr. 2029\n\nBeste meneer Bos,\n"
    assert find_letter_date(head).value == date(2029, 4, 3)


def test_a_labelled_date_beside_a_line_without_address_is_not_the_letter_date():
    head = "Stichting Thuis | Postbus 5\n\nVervaldatum nota          3 apr. 2029\n\nBeste meneer Bos,\n"
    assert find_letter_date(head) is None


# 11. "Wilt u dat uiterlijk ... doen?" after the pay instruction says when to pay ---------------------

def test_a_polite_when_after_the_pay_instruction_is_the_pay_by_date(kaart):
    body = "De huur van april is nog niet betaald. U moet nog € 455,00 betalen. Wilt u dat uiterlijk 23 april 2029 doen?"
    facts = analyse_letter(_letter(body, sender="Woonstichting Thuisbasis"), kaart)
    assert facts.fact("pay_by").stated and facts.fact("pay_by").value == date(2029, 4, 23)


def test_a_polite_request_about_something_else_gives_no_pay_by_date(kaart):
    body = "De huur van april is nog niet betaald. U moet nog € 455,00 betalen. Wilt u ons uiterlijk 23 april 2029 bellen?"
    facts = analyse_letter(_letter(body, sender="Woonstichting Thuisbasis"), kaart)
    assert facts.fact("pay_by").value != date(2029, 4, 23) or not facts.fact("pay_by").stated
