"""General rules of fix round 13 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.references import find_subject
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 9 maart 2029\nOnderwerp: Uw zaak", sender: str = "Gemeente Ravensweerd") -> str:
    return (
        f"{sender}\nPostbus 208\n7300 KL  Ravensweerd\n\n{head}\n\nGeachte mevrouw Terlouw,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _deadline_values(facts) -> set[date]:
    return {f.value.value for f in facts.deadlines if f.stated}


# 1. a subject line that runs on to the next line -----------------------------------------------------


def test_a_subject_ending_in_a_dash_runs_on_to_the_next_line():
    text = "Datum      2 mei 2029\nOnderwerp  Uw bezwaar over de parkeervergunning -\nuitnodiging om gehoord te worden\n\nGeachte heer,"
    assert find_subject(text) == "Uw bezwaar over de parkeervergunning - uitnodiging om gehoord te worden"


def test_a_subject_is_not_joined_with_a_label_line_below_it():
    text = "Onderwerp  Uw aanvraag bijzondere bijstand\nBijlage    2\n\nGeachte heer,"
    assert find_subject(text) == "Uw aanvraag bijzondere bijstand"


# 2-4. an invitation to a hearing in a running bezwaar is an uitnodiging, no decision ------------------

_HEARING = (
    "Wij hebben op 12 februari 2029 uw bezwaarschrift tegen de aanslag parkeerbelasting ontvangen. In die "
    "aanslag staat een naheffing voor drie dagen. Volgens de aanslag moet u € 412,50 betalen.\n\n"
    "Voordat wij op uw bezwaar beslissen, mag u uw bezwaar mondeling toelichten tijdens een hoorzitting op "
    "dinsdag 10 april 2029 om 10.00 uur.\n\n"
    "Vanaf 2 april 2029 kunt u alle stukken over uw bezwaar bekijken.\n\n"
    "Moet u de aanslag nu betalen? Nee. U heeft uitstel van betaling gekregen tot vier weken na onze beslissing "
    "op uw bezwaar.\n\n"
    "U krijgt onze beslissing op bezwaar uiterlijk 30 mei 2029."
)


def test_an_invitation_to_a_hearing_on_a_bezwaar_is_no_decision(kaart):
    head = "Datum: 9 maart 2029\nOnderwerp: Uw bezwaar tegen de parkeerbelasting -\nuitnodiging hoorzitting"
    facts = analyse_letter(_letter(_HEARING, head=head), kaart)
    assert facts.kind == "uitnodiging"
    objection = facts.fact("objection")
    assert objection.value.possible is False  # the running bezwaar opens no new one
    assert objection.value.until is None


def test_the_contested_decisions_amount_is_not_asked_by_the_hearing_letter(kaart):
    head = "Datum: 9 maart 2029\nOnderwerp: Uw bezwaar tegen de parkeerbelasting -\nuitnodiging hoorzitting"
    facts = analyse_letter(_letter(_HEARING, head=head), kaart)
    amount = facts.fact("amount_to_pay")
    assert not (amount.stated and amount.value == 412.5)


def test_a_decision_on_bezwaar_itself_stays_one(kaart):
    body = (
        "Hierbij ontvangt u onze beslissing op uw bezwaar. Uw bezwaar is ongegrond. Bent u het niet eens met "
        "deze beslissing? Dan kunt u binnen zes weken beroep instellen bij de rechtbank."
    )
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Beslissing op bezwaar"), kaart)
    assert facts.kind == "beslissing_op_bezwaar"


def test_a_granted_deferment_makes_no_amount_to_pay(kaart):
    body = "U heeft uitstel van betaling gekregen voor het bedrag van € 640,00 tot wij op uw bezwaar hebben beslist."
    facts = analyse_letter(_letter(body), kaart)
    assert not (facts.fact("amount_to_pay").stated and facts.fact("amount_to_pay").value == 640.0)


def test_this_letters_own_pay_instruction_still_counts(kaart):
    body = "Volgens onze administratie is de aanslag nog niet betaald. U moet € 640,00 betalen uiterlijk 1 april 2029."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Aanmaning"), kaart)
    assert facts.fact("amount_to_pay").value == 640.0


def test_bezwaar_made_against_this_letter_is_still_read(kaart):
    body = "Wij kennen u geen bijstand toe. Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Besluit bijstand"), kaart)
    assert facts.fact("objection").value.possible is True


# 5. an amount that is one row of a schedule is due by its own date, not the plan's last row ------------

_ROWS = (
    "   Betalen uiterlijk op    Huur        Aflossing    Totaal\n"
    "   1 mei 2029              € 700,00    € 50,00      € 750,00\n"
    "   1 juni 2029             € 700,00    € 50,00      € 750,00\n"
    "   1 juli 2029             € 700,00    € 50,00      € 750,00\n"
)


def test_one_termijn_asked_with_its_own_date_is_due_then(kaart):
    body = f"Wij spraken af dat u de achterstand aflost.\n\n{_ROWS}\nMaak uiterlijk 1 mei 2029 € 750,00 over op onze rekening."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Bevestiging betalingsregeling"), kaart)
    assert facts.fact("amount_to_pay").value == 750.0
    pay_by = facts.fact("pay_by")
    assert pay_by.stated and pay_by.value == date(2029, 5, 1)


def test_one_termijn_without_its_own_date_is_to_check(kaart):
    body = f"Wij spraken af dat u de achterstand aflost.\n\n{_ROWS}\nU moet € 750,00 per keer overmaken op onze rekening."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Bevestiging betalingsregeling"), kaart)
    pay_by = facts.fact("pay_by")
    assert not (pay_by.stated and pay_by.value == date(2029, 7, 1))


# 6. a period an earlier demand set, told in a long past sentence, is no deadline ----------------------


def test_a_period_of_an_earlier_demand_is_history(kaart):
    body = (
        "Wij stellen vast dat de schuldenaar bij herinnering van 2 januari 2029 is verzocht het openstaande bedrag "
        "van € 980,00, verhoogd met de kosten van € 15,00, binnen veertien dagen te betalen. Betaal nu "
        "€ 995,00 uiterlijk 20 maart 2029."
    )
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Aanmaning"), kaart)
    assert date(2029, 3, 23) not in _deadline_values(facts)  # 14 days after this letter
    assert date(2029, 3, 20) in _deadline_values(facts)


def test_a_period_this_letter_sets_is_a_deadline(kaart):
    body = "Wij verzoeken u het bedrag van € 980,00 binnen veertien dagen na de datum van deze brief te betalen."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Aanmaning"), kaart)
    assert date(2029, 3, 23) in _deadline_values(facts)


# 7. a voornemen told only in the past does not make a decision an aankondiging -----------------------

_DECIDED = (
    "Op 4 januari 2029 schreven wij u dat wij van plan waren uw aanvraag af te wijzen (voornemen). U stuurde "
    "ons op 20 januari 2029 uw zienswijze. Uw zienswijze leidt niet tot een ander besluit.\n\n"
    "Wij wijzen uw aanvraag af.\n\n"
    "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief."
)


def test_a_decision_that_weighs_the_earlier_voornemen_is_a_besluit(kaart):
    facts = analyse_letter(_letter(_DECIDED, head="Datum: 9 maart 2029\nOnderwerp: Beslissing op uw aanvraag"), kaart)
    assert facts.kind == "besluit"
    assert facts.fact("objection").value.until == date(2029, 4, 20)


def test_a_voornemen_told_now_stays_an_aankondiging(kaart):
    body = (
        "Wij zijn van plan uw aanvraag af te wijzen. Dit is een voornemen. U kunt uw zienswijze geven tot en met "
        "30 maart 2029."
    )
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Voornemen tot afwijzing"), kaart)
    assert facts.kind == "aankondiging"


# 8. a period the letter compares its own term against is not the term -------------------------------


def test_the_usual_period_named_for_comparison_is_not_the_term(kaart):
    body = (
        "Wij wijzen uw aanvraag af. Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Let op: hier "
        "geldt een kortere termijn dan de zes weken die u gewend bent. Uw bezwaarschrift moet binnen 4 weken na "
        "de datum van deze brief bij ons zijn."
    )
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Besluit"), kaart)
    objection = facts.fact("objection")
    assert objection.value.until == date(2029, 4, 6)


def test_a_single_period_is_still_the_term(kaart):
    body = "Wij wijzen uw aanvraag af. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Besluit"), kaart)
    assert facts.fact("objection").value.until == date(2029, 4, 20)


# 9. a rule line only separates: the heading above it names the block ----------------------------------


def test_an_appointment_block_under_a_ruled_heading_is_an_appointment(kaart):
    body = (
        "Wij willen met u praten over uw re-integratie.\n\nUW GESPREK\n------------------------------\n"
        "Datum     woensdag 21 maart 2029\nTijd      11.15 uur\nPlaats    Stadskantoor\n------------------------------"
    )
    facts = analyse_letter(_letter(body), kaart)
    assert any(f.value.kind == "appointment" and f.value.value == date(2029, 3, 21) for f in facts.deadlines)


def test_a_ruled_block_without_an_appointment_heading_sets_none(kaart):
    body = "OVERZICHT\n------------------------------\nIngangsdatum     21 maart 2029\n------------------------------"
    facts = analyse_letter(_letter(body), kaart)
    assert date(2029, 3, 21) not in _deadline_values(facts)


# 10. the last day to react to a voornemen, in any words ------------------------------------------------


def test_reacting_until_a_date_is_the_last_day_of_the_zienswijze(kaart):
    body = "Wij zijn van plan uw uitkering te verlagen. Wilt u iets uitleggen? Dan kunt u tot en met 23 maart 2029 reageren."
    facts = analyse_letter(_letter(body, head="Datum: 9 maart 2029\nOnderwerp: Voornemen"), kaart)
    assert date(2029, 3, 23) in _deadline_values(facts)


def test_a_right_that_runs_until_a_date_is_no_reaction_term(kaart):
    body = "Uw parkeervergunning is geldig tot en met 23 maart 2029. U kunt de vergunning gebruiken in zone B."
    facts = analyse_letter(_letter(body), kaart)
    assert date(2029, 3, 23) not in _deadline_values(facts)


# 11. a letter dated with a month and year only has no dagtekening --------------------------------------


def test_a_letter_dated_with_only_a_month_states_that_it_has_no_day(kaart):
    text = (
        "Zorgverzekeraar Helder - maart 2029 - klantnummer 4471 220\n\nBeste meneer Brouwer,\n\n"
        "Uw eigen risico blijft dit jaar gelijk. U hoeft niets te doen.\n\nMet vriendelijke groet, Helder\n"
    )
    fact = analyse_letter(text, kaart).fact("letter_date")
    assert fact.stated and fact.value is None
    assert "maart 2029" in fact.evidence[0].quote and "geen dagtekening" in fact.rule


def test_a_letter_with_a_full_date_keeps_it(kaart):
    text = (
        "Zorgverzekeraar Helder\nPostbus 12\n7300 KL  Ravensweerd\n\nDatum: 12 maart 2029\n\nBeste meneer Brouwer,\n\n"
        "Uw premie over maart 2029 is betaald. U hoeft niets te doen.\n\nMet vriendelijke groet, Helder\n"
    )
    assert analyse_letter(text, kaart).fact("letter_date").value == date(2029, 3, 12)
