"""Whole letters of the shapes behind rounds 12-14's false statements, newly written for fix round 15
(issue 10): a hoorzitting invitation, a beslissing op bezwaar, a term from betekening, an instalment
table, cost rows in a dwangbevel, duties without "betalen", a conditional debit date. On each the
engine must state nothing false about bezwaar, the amount to pay or a deadline (to check is allowed)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.template import render
from assistant.knowledge.corpus import load_sociale_kaart

NOTHING = "U hoeft nu niets te doen"


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _actions(facts) -> list[str]:
    return [a.value for a in facts.actions if a.stated]


def _stated_deadlines(facts) -> set[date]:
    return {f.value.value for f in facts.deadlines if f.stated and not f.value.condition}

HEARING = """\
Gemeente Lindeveld
Afdeling Juridische Zaken

Datum: 14 december 2026
Kenmerk: BZ-2026-0871
Onderwerp: Uw bezwaarschrift tegen de beëindiging van uw bijstand

Geachte heer Yilmaz,

Op 2 november 2026 ontvingen wij uw bezwaarschrift tegen ons besluit van 28 september 2026.
Voordat de commissie bezwaarschriften adviseert, mag u uw bezwaar mondeling toelichten.
Wij nodigen u daarom uit voor een hoorzitting op woensdag 13 januari 2027 om 10.30 uur in het
stadhuis, Marktplein 1 te Lindeveld.

Kunt u niet komen? Bel ons dan uiterlijk 8 januari 2027 via 14 0999.

Na de hoorzitting beslist het college op uw bezwaar. Die beslissing krijgt u per brief.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
mr. P. Akkerman
secretaris commissie bezwaarschriften
"""

DECISION_ON_BEZWAAR = """\
UWV
Postbus 58285
1040 HG Amsterdam

Datum: 3 maart 2027
Ons kenmerk: BZW/2027/11203
Betreft: beslissing op uw bezwaar tegen de weigering van uw WW-uitkering

Geachte mevrouw Kramer,

U maakte op 12 januari 2027 bezwaar tegen ons besluit van 4 december 2026. Wij hebben uw
bezwaar opnieuw bekeken. Wij verklaren uw bezwaar ongegrond. Het besluit van 4 december 2026
blijft dus zoals het was.

Waarom?
U was niet verwijtbaar werkloos, maar u heeft zich te laat bij ons gemeld. Dat hebben wij in
het besluit van 4 december 2026 al uitgelegd.

Bent u het niet eens met deze beslissing?
Tegen deze beslissing kunt u niet opnieuw bezwaar maken. U kunt wel beroep instellen bij de
rechtbank. Dat moet binnen 6 weken na de datum van deze brief. Stuur uw beroepschrift naar de
rechtbank in de plaats waar u woont.

Met vriendelijke groet,
UWV
afdeling Bezwaar
"""

WRIT_FROM_SERVICE = """\
Belastingsamenwerking Oostmark
Postbus 700
7400 AS Deventer

DWANGBEVEL

Aanslagnummer: 6120.44.901.2026

De invorderingsambtenaar van Belastingsamenwerking Oostmark beveelt u om het hieronder genoemde
bedrag te betalen binnen twee dagen na de betekening van dit dwangbevel.

Overzicht
   openstaand bedrag aanslag 2026                          € 389,00
   kosten aanmaning                                        €   8,00
   kosten dwangbevel                                       €  47,00
   -----------------------------------------------------------------
   totaal                                                  € 444,00

Betaal het totaal van € 444,00 op rekening NL00 BANK 0123 4567 89 onder vermelding van het
aanslagnummer. Betaalt u niet op tijd, dan kunnen wij beslag leggen op uw inkomen of bezittingen.

Tegen een dwangbevel kunt u geen bezwaar maken. Vindt u dat het dwangbevel niet klopt? Dan kunt u
in verzet gaan bij de rechter.

Deventer, 9 februari 2027
de invorderingsambtenaar
"""

INSTALMENT_TABLE = """\
Woonbron Vechtdal
Klantenservice huur

Mevrouw J. Bos
Beukenlaan 12
8011 AB Zwolle

Zwolle, 20 januari 2027
Huurcontractnummer: 220-8841
Onderwerp: uw afspraak over de huurachterstand

Beste mevrouw Bos,

Zoals met u besproken, betaalt u de huurachterstand van € 900,00 in drie delen terug.

   deel    vervaldatum       bedrag
   1       15-02-2027        € 300,00
   2       15-03-2027        € 300,00
   3       15-04-2027        € 300,00

Uw gewone huur betaalt u daarnaast zoals altijd. Betaalt u een deel niet op tijd, dan vervalt
de afspraak.

Met vriendelijke groet,
Woonbron Vechtdal
"""

DUTIES_WITHOUT_PAYING = """\
Gemeente Hoogmeer
Team Inkomen

Datum      11 februari 2027
Kenmerk    PW-55120
Onderwerp  Uw bijstandsuitkering en uw nieuwe baan

Beste heer De Wit,

U heeft ons laten weten dat u per 1 maart 2027 een baan heeft voor 32 uur per week. Gefeliciteerd!
Uw bijstand stopt daarom per 1 maart 2027. Daarover krijgt u nog een besluit.

Wat moet u regelen?
Uw huurtoeslag en zorgtoeslag veranderen door uw nieuwe inkomen. Pas uw inkomen aan bij
Dienst Toeslagen vóór 1 maart 2027. Zeg ook de automatische betaling van uw huur vanaf de
bijstand op. Dat kan via het formulier op onze website.

Met vriendelijke groet,
Team Inkomen, gemeente Hoogmeer
"""

CONDITIONAL_DEBIT = """\
Gemeente Westerbroek
Belastingen

Datum: 23 februari 2027
Aanslagnummer: 2027-004-5521
Onderwerp: aanslag gemeentelijke belastingen 2027

Geachte heer en mevrouw Jansen,

Hierbij ontvangt u de aanslag gemeentelijke belastingen 2027.

   onroerendezaakbelasting        € 318,40
   afvalstoffenheffing            € 296,00
   rioolheffing                   € 187,60
   totaal                         € 802,00

Betaal het totaal uiterlijk op 30 april 2027.

Heeft u ons een machtiging gegeven? Dan schrijven wij het bedrag in acht termijnen af. De eerste
termijn schrijven wij af op 28 maart 2027. U hoeft dan zelf niets over te maken.

Bent u het niet eens met deze aanslag? Dan kunt u binnen zes weken na de datum van dit
aanslagbiljet bezwaar maken.

Met vriendelijke groet,
Gemeente Westerbroek, team Belastingen
"""

WITHHOLDING_STOPS = """\
CAK
Postbus 84030
2508 AA Den Haag

Datum: 6 april 2027
Klantnummer: 7712-0043
Onderwerp: wanbetalersregeling stopt

Geachte mevrouw El Idrissi,

U heeft uw achterstand bij uw zorgverzekeraar afgelost. Daarom stopt de wanbetalersregeling per
1 mei 2027. Wij houden vanaf die datum geen bestuursrechtelijke premie meer in op uw uitkering.

Vanaf 1 mei 2027 betaalt u uw premie weer zelf aan uw zorgverzekeraar. Regelt u vóór 1 mei 2027
met uw zorgverzekeraar hoe u de premie betaalt, bijvoorbeeld met een automatische incasso.

Met vriendelijke groet,
CAK
"""

UNLESS_YOU_REACT = """\
Sociale Verzekeringsbank
Postbus 1100
1180 BH Amstelveen

Datum: 17 mei 2027
Ons kenmerk: AOW-66120
Onderwerp: uw AOW en uw woonsituatie

Geachte heer Pinto,

Wij hebben gehoord dat er iemand bij u woont. Dat kan gevolgen hebben voor uw AOW.

Vul het formulier 'Woonsituatie' in dat bij deze brief zit. Reageert u niet vóór 7 juni 2027,
dan stoppen wij uw AOW tijdelijk.

Met vriendelijke groet,
Sociale Verzekeringsbank
"""

BEZWAAR_GRANTED = """\
Gemeente Aardenburg
Bezwaar en beroep

Datum: 9 juni 2027
Kenmerk: 2027-BZ-118
Onderwerp: beslissing op uw bezwaar tegen de afwijzing van bijzondere bijstand

Geachte mevrouw Smits,

Op 19 mei 2027 heeft u tijdens de hoorzitting uw bezwaar toegelicht. De commissie heeft het college
geadviseerd. Het college neemt dat advies over en verklaart uw bezwaar gegrond. U krijgt alsnog
bijzondere bijstand van € 640,00 voor de wasmachine en het bed. Wij maken dit bedrag binnen drie
weken over op uw rekening.

Bent u het toch niet eens met deze beslissing? Dan kunt u binnen zes weken na de dag na
verzending van deze brief beroep instellen bij de rechtbank Zeeland-West-Brabant.

Met vriendelijke groet,
het college van burgemeester en wethouders van Aardenburg
"""

PAPERS_REMINDER = """\
UWV
Postbus 58285
1040 HG Amsterdam

Datum: 2 mei 2027
Kenmerk: WW-4471-2027
Onderwerp: herinnering: wij missen nog uw stukken

Geachte heer Bakker,

Op 11 april 2027 vroegen wij u om de loonstroken van januari tot en met maart 2027. Die hebben wij nog
niet ontvangen. Stuur ze uiterlijk 16 mei 2027 via Mijn UWV. Zonder deze stukken kunnen wij niet
beslissen over uw WW-uitkering.

Tegen deze herinnering kunt u geen bezwaar maken.

Met vriendelijke groet,
UWV
"""

PROPOSED_RECLAIM = """\
Gemeente Zandvoorde
Team Werk en Inkomen

Datum: 18 maart 2027
Kenmerk: PW/2027/0312
Onderwerp: voornemen tot terugvordering van bijstand

Beste mevrouw Öztürk,

Uit ons onderzoek blijkt dat u van oktober tot en met december 2026 inkomsten had die u niet aan ons heeft
doorgegeven. Wij zijn daarom van plan een bedrag van € 1.186,40 van u terug te vorderen.

Wat kunt u doen?
U kunt ons tot en met 1 april 2027 schriftelijk of mondeling laten weten wat u van dit voornemen vindt.
Daarna nemen wij een besluit. Tegen dat besluit kunt u dan bezwaar maken.

Met vriendelijke groet,
Team Werk en Inkomen
"""

WAGE_ATTACHMENT = """\
Gerechtsdeurwaarderskantoor Vermeulen & De Haan
Postbus 913
3800 AX Amersfoort

Amersfoort, 7 april 2027
Dossier: 2027-00871

Betreft: loonbeslag

Geachte heer Visser,

Op 5 april 2027 hebben wij beslag gelegd op uw loon bij Bouwbedrijf Eemland B.V. voor de vordering van
Zorgverzekeraar Brabantia.

   hoofdsom                           € 1.318,22
   rente tot 5 april 2027             €    41,07
   kosten betekening vonnis           €   109,04
   kosten beslaglegging               €   146,28
   totaal                             € 1.614,61

Uw werkgever houdt elke maand een deel van uw loon in en betaalt dat aan ons. U houdt altijd de
beslagvrije voet over. Wilt u het beslag sneller laten stoppen? Betaal dan het totaalbedrag in één keer.

Met vriendelijke groet,
mr. K. de Haan, gerechtsdeurwaarder
"""

BEZWAAR_RECEIVED = """\
Gemeente Brederwiede
Juridische Zaken

Datum: 4 mei 2027
Kenmerk: BZW-2027-233
Onderwerp: ontvangstbevestiging van uw bezwaarschrift

Geachte mevrouw Lammers,

Wij hebben uw bezwaarschrift van 28 april 2027 tegen ons besluit van 22 maart 2027 ontvangen. Wij
beslissen binnen twaalf weken na het einde van de bezwaartermijn. Wilt u uw bezwaar nog aanvullen?
Stuur de aanvulling dan uiterlijk 1 juni 2027.

Deze brief is geen besluit.

Met vriendelijke groet,
Juridische Zaken
"""

TRAFFIC_FINE = """\
Centraal Justitieel Incassobureau
Postbus 1794
8901 CB Leeuwarden

Datum: 19 april 2027
CJIB-nummer: 2270 4419 8812 3301
Onderwerp: beschikking verkeersboete

Geachte heer Koster,

U heeft op 2 april 2027 om 14.12 uur op de A28 te hard gereden. Daarom krijgt u een boete.

   sanctie                 € 109,00
   administratiekosten     €   9,00
   totaal                  € 118,00

Betaal € 118,00 vóór 31 mei 2027.

Bent u het niet eens met deze boete? Dan kunt u binnen 6 weken na de datum van deze beschikking
beroep instellen bij de officier van justitie.

Met vriendelijke groet,
Centraal Justitieel Incassobureau
"""


def test_a_hoorzitting_invitation_opens_no_bezwaar(kaart):
    facts = analyse_letter(HEARING, kaart)
    assert not (facts.objection.stated and facts.objection.value.possible)
    assert not (facts.fact("kind").stated and facts.kind == "besluit")
    assert date(2027, 1, 13) in {f.value.value for f in facts.deadlines}  # the hoorzitting itself


def test_a_beslissing_op_bezwaar_opens_beroep_not_bezwaar(kaart):
    facts = analyse_letter(DECISION_ON_BEZWAAR, kaart)
    assert facts.objection.stated and facts.objection.value.possible is False
    appeal = facts.fact("appeal")
    assert appeal.stated and appeal.value.possible and appeal.value.until == date(2027, 4, 14)


def test_a_term_from_betekening_is_never_counted_from_the_letter_date(kaart):
    facts = analyse_letter(WRIT_FROM_SERVICE, kaart)
    assert facts.fact("amount_to_pay").value == 444.0  # the total, not a cost row
    assert not facts.fact("pay_by").stated
    assert date(2027, 2, 11) not in _stated_deadlines(facts)


def test_an_instalment_table_is_never_stated_as_the_whole_debt(kaart):
    facts = analyse_letter(INSTALMENT_TABLE, kaart)
    amount = facts.fact("amount_to_pay")
    assert not (amount.stated and amount.value == 900.0)
    assert NOTHING not in render(facts)


def test_duties_without_paying_are_actions(kaart):
    facts = analyse_letter(DUTIES_WITHOUT_PAYING, kaart)
    assert NOTHING not in render(facts)
    assert any("1 maart 2027" in a for a in _actions(facts))
    assert any(a.startswith("Zeg ook") for a in _actions(facts))


def test_a_debit_date_after_a_condition_is_no_date_to_pay(kaart):
    facts = analyse_letter(CONDITIONAL_DEBIT, kaart)
    assert facts.fact("amount_to_pay").value == 802.0 and facts.fact("pay_by").value == date(2027, 4, 30)
    assert not any(f.value.value == date(2027, 3, 28) and "betalen" in f.value.meaning for f in facts.deadlines)


def test_a_withholding_that_stops_leaves_the_reader_to_arrange_paying(kaart):
    facts = analyse_letter(WITHHOLDING_STOPS, kaart)
    text = render(facts)
    assert "ingehouden op geld dat u krijgt" not in text and NOTHING not in text
    assert any("1 mei 2027" in a for a in _actions(facts))


def test_what_follows_if_the_reader_does_not_react_is_told_with_its_date(kaart):
    facts = analyse_letter(UNLESS_YOU_REACT, kaart)
    assert any("7 juni 2027" in a for a in _actions(facts))


def test_a_granted_bezwaar_opens_beroep_and_asks_no_payment(kaart):
    facts = analyse_letter(BEZWAAR_GRANTED, kaart)
    assert facts.objection.stated and facts.objection.value.possible is False
    assert facts.fact("amount_to_pay").value is None
    assert facts.fact("appeal").value.until == date(2027, 7, 21)


def test_a_reminder_for_papers_is_no_payment_reminder(kaart):
    facts = analyse_letter(PAPERS_REMINDER, kaart)
    assert facts.kind == "informatieverzoek" and facts.fact("amount_to_pay").value is None
    assert facts.objection.stated and facts.objection.value.possible is False
    assert date(2027, 5, 16) in _stated_deadlines(facts)


def test_a_proposed_reclaim_asks_no_payment_and_opens_no_bezwaar(kaart):
    facts = analyse_letter(PROPOSED_RECLAIM, kaart)
    assert not (facts.fact("amount_to_pay").stated and facts.fact("amount_to_pay").value)
    assert not (facts.objection.stated and facts.objection.value.possible)
    assert NOTHING not in render(facts)  # the zienswijze until 1 april is told, with its condition


def test_a_wage_attachment_states_no_cost_row_as_the_amount_to_pay(kaart):
    facts = analyse_letter(WAGE_ATTACHMENT, kaart)
    amount = facts.fact("amount_to_pay")
    assert not (amount.stated and amount.value in (41.07, 109.04, 146.28))
    assert not (facts.objection.stated and facts.objection.value.possible)


def test_a_receipt_of_a_bezwaar_opens_no_new_bezwaar(kaart):
    facts = analyse_letter(BEZWAAR_RECEIVED, kaart)
    assert facts.objection.stated and facts.objection.value.possible is False
    assert any("1 juni 2027" in a for a in _actions(facts))


def test_a_traffic_fine_opens_beroep_at_the_officier_in_six_weeks(kaart):
    facts = analyse_letter(TRAFFIC_FINE, kaart)
    assert facts.fact("amount_to_pay").value == 118.0 and not facts.fact("pay_by").stated  # "vóór": to check
    objection = facts.objection
    assert objection.stated and objection.value.until == date(2027, 5, 31)
