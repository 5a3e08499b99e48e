"""General rules of the fix round before blind round 20 (issue 10): a granted ("toegewezen") request
for a betalingsregeling, a monthly schedule of termijnen told in one sentence, a thing a pay
instruction names only counting for an amount in whose own sentence it stands, and an employer (the
reader works for the sender) as a private party. Each with newly written Dutch sentences and a
negative example the rule must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.month_schedule import month_schedule
from assistant.features.letters.private_party import writes_own_agreement
from assistant.features.letters.source import read_letter
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, subject: str, sender: str = "Waterschap Groenmeer") -> str:
    return (
        f"{sender}\nPostbus 40\n8200 AB  Groenmeer\n\n"
        "Mevrouw T. Bakker\nLindelaan 4\n8201 CD  Groenmeer\n\nGroenmeer, 2 maart 2027\n"
        f"Betreft: {subject}\n\nGeachte mevrouw Bakker,\n\n{body}\n\nMet vriendelijke groet,\n\n{sender}\n"
    )


# 1. a request for a regeling "toegewezen" in the opening: the letter is that betalingsregeling ------


def test_a_granted_request_for_termijnen_is_a_betalingsregeling(kaart):
    body = (
        "U vroeg ons op 10 februari 2027 of u de aanslag in delen mag betalen. Dat verzoek is toegewezen.\n\n"
        "Bedrag per termijn € 45,00\n\n"
        "De eerste termijn van € 45,00 moet uiterlijk 31 maart 2027 zijn bijgeschreven. Mist u een termijn, "
        "dan moet u het hele bedrag ineens betalen."
    )
    facts = analyse_letter(_letter(body, "uw verzoek om een betalingsregeling"), kaart)
    assert facts.kind == "betalingsregeling"
    assert facts.found["amount_to_pay"].value == 45.0


def test_a_request_not_granted_is_no_betalingsregeling(kaart):
    body = (
        "U vroeg ons op 10 februari 2027 of u de aanslag in delen mag betalen. Dat verzoek is niet toegewezen. "
        "U moet het hele bedrag van € 270,00 uiterlijk 31 maart 2027 betalen."
    )
    facts = analyse_letter(_letter(body, "uw verzoek om een betalingsregeling"), kaart)
    assert facts.kind != "betalingsregeling"


# 2. a monthly schedule of termijnen in one sentence: one last day per month ------------------------


def _schedule(sentence: str) -> list[date]:
    return [d.value for d in month_schedule(read_letter(_letter(sentence, "termijnen")))]


def test_a_schedule_of_termijnen_gives_each_month_its_last_day():
    days = _schedule(
        "Daarna betaalt u iedere termijn uiterlijk op de laatste dag van de maand, van januari tot en met maart 2028."
    )
    assert days == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]


def test_a_schedule_on_a_numbered_day_runs_over_the_new_year():
    days = _schedule("De termijnen moeten op de 20e van de maand binnen zijn (november 2027 t/m februari 2028).")
    assert days == [date(2027, 11, 20), date(2027, 12, 20), date(2028, 1, 20), date(2028, 2, 20)]


def test_a_schedule_counts_only_in_a_sentence_about_termijnen_or_monthly_payment():
    assert _schedule("Ons kantoor is open op de laatste dag van de maand, van mei tot en met juli 2027.") == []
    assert _schedule("U betaalt de termijnen elke maand op tijd.") == []


def test_the_schedule_becomes_the_letters_deadlines(kaart):
    body = (
        "Uw verzoek om in delen te betalen is goedgekeurd. U betaalt 3 termijnen van € 80,00. De eerste termijn "
        "betaalt u uiterlijk 31 maart 2027. De overige termijnen betaalt u uiterlijk de laatste dag van de maand "
        "(april 2027 tot en met mei 2027)."
    )
    facts = analyse_letter(_letter(body, "betalingsregeling"), kaart)
    told = {f.value.value for f in facts.deadlines if f.stated}
    assert {date(2027, 3, 31), date(2027, 4, 30), date(2027, 5, 31)} <= told


# 3. the thing a pay instruction names counts only for an amount in whose sentence it stands ---------


def test_a_label_borrowed_from_the_sentence_before_is_no_amount_to_pay(kaart):
    body = (
        "Wij hebben uw aanmelding ontvangen.\n\n"
        "Betaal intussen uw vaste lasten (huur, gas en licht) gewoon door. "
        "Wie in uw formulier staat (zoals Incassobureau Kustlijn met € 845,20) hoeft u nu niet zelf te bellen."
    )
    facts = analyse_letter(_letter(body, "ontvangstbevestiging", "Stadsbank Groenmeer"), kaart)
    assert facts.found["amount_to_pay"].value is None


def test_an_amount_labelled_in_its_own_sentence_is_still_the_amount_to_pay(kaart):
    body = "U heeft een achterstand in de huur. De huur over februari is € 612,00. U moet de huur betalen."
    facts = analyse_letter(_letter(body, "huurachterstand", "Woonstede Groenmeer"), kaart)
    assert facts.found["amount_to_pay"].value == 612.0


# 4. the reader works for the sender: an employer, a private party ---------------------------------


def test_a_sender_the_reader_works_for_is_a_private_party():
    assert writes_own_agreement("Omdat u per 1 maart niet meer bij ons werkt, ontvangt u nog een eindafrekening.")
    assert writes_own_agreement("Met vriendelijke groet,\nafdeling Personeelszaken")


def test_working_at_a_place_the_sender_names_is_no_employer_sign():
    assert not writes_own_agreement("U werkt bij een supermarkt en meldde ons uw inkomsten.")
    assert not writes_own_agreement("Bij ons kunt u terecht met vragen over uw uitkering.")


def test_an_employer_mail_gets_no_bezwaar_term(kaart):
    text = (
        "Van: Loonadministratie Tuincentrum Groenmeer <loon@tuincentrum.example>\nAan: Sanne de Wit\n"
        "Datum: 4-03-2027\nOnderwerp: je laatste salaris\n\nHoi Sanne,\n\nNu je niet meer bij ons werkt, krijg je "
        "je laatste salaris op 25 maart 2027. Daarop verrekenen we de € 120,00 reiskosten die je te veel kreeg.\n\n"
        "Groet,\nPieter\n"
    )
    objection = analyse_letter(text, kaart).found["objection"]
    assert objection.value.possible is not True


# 5. the sender asks to meet: an uitnodiging; "Wanneer?" and "nodigt u uit" date the appointment -----


def test_a_sender_that_wants_to_talk_invites_and_its_when_row_is_the_appointment(kaart):
    body = (
        "Uw energierekening staat al twee maanden open. Wij willen u daarom graag spreken over een oplossing.\n\n"
        "Wanneer?  maandag 15 maart 2027 om 13.45 uur\nWaar?     ons kantoor, Dijkweg 2\n\n"
        "Lukt dat niet? Bel ons dan."
    )
    facts = analyse_letter(_letter(body, "gesprek", "Woonstede Groenmeer"), kaart)
    assert facts.kind == "uitnodiging"
    assert any(f.value.value == date(2027, 3, 15) and f.value.kind == "appointment" for f in facts.deadlines)


def test_a_when_row_with_a_walk_in_window_is_no_appointment(kaart):
    body = (
        "Uw kind kan een griepprik halen. Dat is niet verplicht.\n\n"
        "Wanneer?  vrijdag 19 maart 2027, tussen 14.00 en 17.00 uur\nWaar?     wijkcentrum De Linde\n\n"
        "U hoeft geen afspraak te maken."
    )
    facts = analyse_letter(_letter(body, "griepprik"), kaart)
    assert not any(f.value.kind == "appointment" for f in facts.deadlines)


def test_a_date_row_after_nodigt_u_uit_is_the_appointment(kaart):
    body = "De commissie nodigt u graag uit voor een gesprek over uw bezwaar.\n\nDatum:  dinsdag 16 maart 2027\nTijd:   9.30 uur"
    facts = analyse_letter(_letter(body, "uitnodiging"), kaart)
    assert any(f.value.value == date(2027, 3, 16) and f.value.kind == "appointment" for f in facts.deadlines)


def test_a_date_without_an_invitation_or_time_is_no_appointment(kaart):
    body = "Wij hebben uw wijziging verwerkt.\n\nDatum:  dinsdag 16 maart 2027"
    facts = analyse_letter(_letter(body, "wijziging"), kaart)
    assert not any(f.value.kind == "appointment" for f in facts.deadlines)


# 6. "U kunt dat tot uiterlijk ..., dus tot en met <datum>": the last day to act -------------------


def test_the_last_day_the_reader_can_still_act_is_a_deadline(kaart):
    body = "Extra bewijsstukken kunt u sturen tot uiterlijk een week voor het gesprek, dus tot en met 9 april 2027."
    facts = analyse_letter(_letter(body, "uw bezwaar"), kaart)
    assert date(2027, 4, 9) in {f.value.value for f in facts.deadlines}


def test_the_end_of_a_period_is_no_deadline(kaart):
    body = "U krijgt de toeslag van 1 januari 2027 tot en met 30 juni 2027. U hoeft niets te doen."
    facts = analyse_letter(_letter(body, "uw toeslag"), kaart)
    assert date(2027, 6, 30) not in {f.value.value for f in facts.deadlines}


# 7. "betekend door <deurwaarder> op <datum>": the day of service ---------------------------------


def test_the_day_of_service_after_the_bailiffs_name():
    from assistant.features.letters.dates import find_service_date

    found = find_service_date("Dit bevel is u betekend door deurwaarder K.L. Smit op 3 mei 2027. Betaal binnen twee dagen.")
    assert found is not None and found.value == date(2027, 5, 3)
    assert find_service_date("Dit bevel is door deurwaarder K.L. Smit opgesteld op 3 mei 2027.") is None


# 8. "Maak € … over vóór <datum>": "over" belongs to overmaken, the date is a deadline -------------


def test_over_of_overmaken_before_a_date_keeps_the_deadline(kaart):
    body = "U heeft nog een achterstand.\n\nMaak € 96,50 over vóór 12/04/2027. Vermeld uw klantnummer."
    facts = analyse_letter(_letter(body, "herinnering"), kaart)
    assert any(f.value.kind == "deadline" and f.value.value == date(2027, 4, 12) for f in facts.deadlines)


def test_a_debt_from_the_time_before_a_date_is_no_deadline(kaart):
    body = "Wij hebben gekeken naar uw schulden over vóór 1 januari 2027. Daar hoeft u niets voor te doen."
    facts = analyse_letter(_letter(body, "overzicht"), kaart)
    assert not any(f.value.value == date(2027, 1, 1) for f in facts.deadlines)


# 9. the sender itself fixed what the reader pays: a besluit, also without a bezwaar clause --------


def test_an_amount_the_sender_fixed_for_the_reader_makes_a_besluit(kaart):
    body = (
        "U krijgt sinds 1 februari 2027 begeleiding van de gemeente. Daarvoor betaalt u een eigen bijdrage. "
        "Wij hebben deze bijdrage voor u vastgesteld op € 19,50 per maand.\n\nU hoeft nu nog niets te betalen."
    )
    facts = analyse_letter(_letter(body, "uw eigen bijdrage"), kaart)
    assert facts.kind == "besluit"
    assert facts.found["objection"].value.possible is not False


def test_a_finding_that_something_happened_is_no_besluit(kaart):
    body = "Wij hebben vastgesteld dat uw formulier nog niet compleet is. Stuur de ontbrekende bladzijde na."
    facts = analyse_letter(_letter(body, "uw formulier"), kaart)
    assert facts.kind != "besluit"


# 10. a private party that settled the money itself and asks none back: it informs, no reclaim -----


def _mail(body: str) -> str:
    return (
        "Van: Personeelszaken Drukkerij Smit <pz@drukkerijsmit.example>\nAan: Kees Jansen\nDatum: 9-03-2027\n"
        f"Onderwerp: RE: je vraag\n\nHoi Kees,\n\n{body}\n\nGroet,\nMarloes\n"
    )


def test_a_company_that_settled_a_reclaim_itself_sends_information(kaart):
    body = (
        "Je vroeg of je de € 75,00 reiskostenvergoeding die je te veel hebt ontvangen zelf moet terugbetalen. Nee. "
        "We hebben het al verrekend met je salaris van maart.\n\nReiskosten maart   € 60,00\n"
        "Te veel ontvangen reiskosten   -€ 75,00"
    )
    facts = analyse_letter(_mail(body), kaart)
    assert facts.kind == "informatie"
    assert facts.found["objection"].value.possible is False


def test_a_company_that_asks_the_money_back_still_reclaims(kaart):
    body = (
        "Je kreeg in februari € 75,00 te veel reiskostenvergoeding terug te betalen. Wij vorderen dit bedrag terug. "
        "Maak € 75,00 over vóór 1 april 2027 op rekening van Drukkerij Smit."
    )
    facts = analyse_letter(_mail(body), kaart)
    assert facts.kind != "informatie"
