"""Whole letters of the shapes behind round 15's false statements, newly written for fix round 16
(issue 10), with other wording and other senders: a receipt of the reader's request, another person's
form and its date, an offer to settle a claim for less, a termijn schedule, a reply e-mail. On each the
engine must state nothing false about bezwaar, the amount to pay or a deadline (to check is allowed)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.template import render
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _stated_deadlines(facts) -> set[date]:
    return {f.value.value for f in facts.deadlines if f.stated and not f.value.condition}


def _no_default_bezwaar(facts) -> bool:
    """Bezwaar is not stated as possible (a receipt, a reminder or a private letter is no besluit)."""
    return not (facts.objection.stated and facts.objection.value.possible)


RECEIPT_DUO = """\
Dienst Uitvoering Onderwijs
Postbus 50061
9702 EA  Groningen

Datum: 3 februari 2027
Onderwerp: We hebben je verzoek om een lager maandbedrag ontvangen

Beste Mila,

Je vroeg ons op 28 januari 2027 om een lager maandbedrag voor je studieschuld. We bekijken je
verzoek nu. Binnen 8 weken krijg je een brief met onze beslissing.

Dit blijft zo tot je die brief hebt:
  Maandbedrag studieschuld     € 143,12
  Afschrijving                 rond de 24e van de maand

Zorg dat er genoeg geld op je rekening staat.

Met vriendelijke groet,

Dienst Uitvoering Onderwijs
"""

RECEIPT_TAX = """\
Belastingdienst
Postbus 9048
7300 GK  Apeldoorn

Datum           18 februari 2027
Onderwerp       Wij hebben uw verzoek om uitstel van betaling ontvangen

Geachte mevrouw Doğan,

U vroeg uitstel van betaling voor de aanslag inkomstenbelasting 2025 (aanslagnummer 1234.56.789.H.56)
van € 1.318,00. Zolang wij uw verzoek behandelen, hoeft u deze aanslag niet te betalen.

U hoort binnen 6 weken van ons of u uitstel krijgt.

Met vriendelijke groet,

Belastingdienst
"""

CHILD_FORM = """\
Gemeente Oosterveld
Afdeling Leerlingenvervoer
Postbus 12
7600 AA  Oosterveld

Datum: 10 mei 2027
Onderwerp: Verlenging leerlingenvervoer schooljaar 2027-2028

Geachte mevrouw Bakker,

Het leerlingenvervoer van uw zoon Daan loopt af aan het einde van dit schooljaar. Wilt u het vervoer
verlengen? Vul dan het bijgevoegde formulier in en stuur het uiterlijk 14 juni 2027 terug.

Daan is 18 jaar geworden. Hij krijgt daarom ook zelf een brief met een eigen formulier. Dat formulier
moet uiterlijk 28 juni 2027 bij ons zijn.

Met vriendelijke groet,

Gemeente Oosterveld
"""

PARTNER_TOESLAGEN = """\
Dienst Toeslagen
Postbus 8050
7300 RK  Apeldoorn

Datum: 4 maart 2027
Onderwerp: Wij hebben informatie van u nodig over uw zorgtoeslag 2026

Geachte heer Jansen,

Om uw zorgtoeslag over 2026 te berekenen, hebben wij uw inkomen nodig. Geef uw inkomen over 2026
uiterlijk 1 april 2027 door via Mijn toeslagen.

Uw toeslagpartner moet zijn eigen inkomen ook doorgeven. Hij moet dat uiterlijk 15 april 2027 doen.

Met vriendelijke groet,

Dienst Toeslagen
"""

OFFER_BAILIFF = """\
Van der Steen Gerechtsdeurwaarders
Postbus 310
3500 AH  Utrecht

Datum: 7 januari 2027
Dossiernummer: VS-2027-00412
Opdrachtgever: Telefonie Plus B.V.

Geachte heer Kramer,

Wij hebben van onze opdrachtgever de opdracht gekregen de volgende vordering te innen:

  Openstaande facturen             € 312,40
  Incassokosten                    €  46,86
  Rente                            €   3,90
  Totaal                           € 363,16

Als u uiterlijk 21 januari 2027 € 312,40 betaalt, zien wij af van de incassokosten en de rente.
Betaalt u later, dan blijft het hele bedrag verschuldigd.

U kunt betalen op rekening NL00 INGB 0000 0000 00 onder vermelding van het dossiernummer.

Met vriendelijke groet,

Van der Steen Gerechtsdeurwaarders
"""

OFFER_ENERGY = """\
Helder Energie B.V.
Postbus 1100
8000 AC  Zwolle

Datum: 12 januari 2027
Klantnummer: 55 120 991

Herinnering: uw rekening van december is nog niet betaald

Beste mevrouw Visser,

Uw rekening van december 2026 van € 148,00 staat nog open. Wij hebben er € 15,00 aanmaningskosten
bij gerekend. U moet nu € 163,00 betalen.

Betaalt u het bedrag van € 148,00 uiterlijk 26 januari 2027? Dan brengen wij de aanmaningskosten
niet in rekening.

Met vriendelijke groet,

Helder Energie B.V.
"""

SCHEDULE = """\
Woonstichting Het Anker
Postbus 21
4330 AA  Middelburg

Datum: 2 februari 2027
Onderwerp: Uw betalingsregeling voor de huurachterstand

Beste heer Öztürk,

U heeft een huurachterstand van € 1.050,00. Zoals afgesproken betaalt u die in drie termijnen terug,
naast uw gewone huur:

  1e termijn   € 350,00   uiterlijk 1 maart 2027
  2e termijn   € 350,00   uiterlijk 1 april 2027
  3e termijn   € 350,00   uiterlijk 1 mei 2027

Met vriendelijke groet,

Woonstichting Het Anker
"""

REPLY = """\
Van: Ilse de Boer <ilse@schuldhulp-noord.example>
Aan: Kees Mulder <kees@mail.example>
Datum: donderdag 11 februari 2027 14:20
Onderwerp: RE: brief CJIB

Hallo Kees,

Die brief van het CJIB (boete € 240,00, uiterste betaaldatum 1 maart) hebben we in je schuldregeling
opgenomen. Je hoeft die boete nu niet zelf te betalen.

Kom je dinsdag 16/2 wel even langs met je bankafschriften? Laat uiterlijk maandag 15/2 weten of dat
lukt.

Groet,
Ilse

Ilse de Boer
schuldhulpverlener
Schuldhulp Noord

Op 10 februari 2027 schreef Kees Mulder:
> ik heb een boete van het cjib gekregen, moet ik die betalen?
"""


def test_a_receipt_of_a_request_opens_no_bezwaar(kaart):
    for letter in (RECEIPT_DUO, RECEIPT_TAX):
        facts = analyse_letter(letter, kaart)
        assert _no_default_bezwaar(facts)
        assert "bezwaar maken. Dat moet uiterlijk" not in render(facts)


def test_a_receipt_that_puts_a_claim_on_hold_states_no_amount_to_pay(kaart):
    facts = analyse_letter(RECEIPT_TAX, kaart)
    amount = facts.fact("amount_to_pay")
    assert not (amount.stated and amount.value)


def test_another_persons_form_date_is_no_deadline_of_the_reader(kaart):
    facts = analyse_letter(CHILD_FORM, kaart)
    assert date(2027, 6, 28) not in _stated_deadlines(facts)
    facts = analyse_letter(PARTNER_TOESLAGEN, kaart)
    assert date(2027, 4, 15) not in _stated_deadlines(facts)
    assert date(2027, 4, 1) in _stated_deadlines(facts)


def test_an_offer_states_the_offered_amount_or_asks_to_check(kaart):
    facts = analyse_letter(OFFER_BAILIFF, kaart)
    amount = facts.fact("amount_to_pay")
    assert amount.stated and amount.value == 312.40
    assert facts.fact("pay_by").value == date(2027, 1, 21)
    assert _no_default_bezwaar(facts)
    facts = analyse_letter(OFFER_ENERGY, kaart)
    amount = facts.fact("amount_to_pay")
    assert amount.status == "to_check" or (amount.stated and amount.value == 148.0)  # "U moet nu € 163,00" beside it


def test_each_termijn_of_a_schedule_is_a_date_to_pay_and_no_total_is_stated_wrongly(kaart):
    facts = analyse_letter(SCHEDULE, kaart)
    deadlines = {f.value.value for f in facts.deadlines}
    assert {date(2027, 3, 1), date(2027, 4, 1), date(2027, 5, 1)} <= deadlines
    amount = facts.fact("amount_to_pay")
    assert not (amount.stated and amount.value not in (350.0, 1050.0))


def test_a_reply_mail_states_no_fine_to_pay_and_reads_its_own_dates(kaart):
    facts = analyse_letter(REPLY, kaart)
    amount = facts.fact("amount_to_pay")
    assert not (amount.stated and amount.value)
    assert _no_default_bezwaar(facts)
    assert date(2027, 3, 1) not in _stated_deadlines(facts)  # the CJIB's date, for a fine in the regeling
    said = {f.value.value for f in facts.deadlines}
    assert date(2027, 2, 15) in said
