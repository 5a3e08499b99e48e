"""Letters of kinds and layouts the other unit tests do not cover (issue 10, fix round 6), written
for this file: a WAHV beschikking with numeric dates, an incassobureau's term counted from
receipt, an IND decision with four weeks, a bewindvoerder's request, a pensioenfonds, an eigen
risico nota, a toeslag offset against later toeslag, an energy supplier's new termijnbedrag, a
deurwaarder's loonbeslag, a naheffingsaanslag, a column header row, an e-mail, a voorlopige aanslag
in termijnen, a refused kwijtschelding and an "uiterste betaaldatum" row. Each asserts what the
letter says and, above all, that no false bezwaar, amount or deadline is stated."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.settlement import RULE_SETTLED

WAHV = """Centraal Justitieel Incassobureau
Postbus 1794
8901 CB Leeuwarden

Beschikking
Wet administratiefrechtelijke handhaving verkeersvoorschriften

Dagtekening: 09-03-2027
Beschikkingnummer: 7001 2290 4418 3350

Geachte heer Bakker,

Met uw voertuig is een verkeersovertreding begaan.

Pleegdatum          14-02-2027, 16:42 uur
Overtreding         snelheid overschreden met 14 km/u
Sanctiebedrag       € 164,00
Administratiekosten € 9,00
Totaal              € 173,00

Betaal het totaal uiterlijk op 20-04-2027.

Niet eens met deze beschikking?
Dan kunt u beroep instellen bij de officier van justitie. Dat moet binnen zes weken na de dagtekening van deze beschikking.

Met vriendelijke groet,

Centraal Justitieel Incassobureau
"""

INCASSO = """Incassobureau Vermeulen & Partners B.V.
Kanaalweg 18
5611 AB Eindhoven

Eindhoven, 3 mei 2027

Betreft: openstaande nota Sportschool FitPunt

Geachte mevrouw De Wit,

Sportschool FitPunt heeft ons gevraagd een vordering bij u te innen.

Hoofdsom: € 236,40

Wij verzoeken u dit bedrag binnen 14 dagen na de dag waarop u deze brief ontvangt over te maken.

Betaalt u niet binnen deze termijn? Dan moet u ook incassokosten betalen. Die zijn dan € 40,00.

Met vriendelijke groet,

Incassobureau Vermeulen & Partners B.V.
"""

IND = """Immigratie- en Naturalisatiedienst
Postbus 17
9560 AA Ter Apel

Datum 12 april 2027
Onderwerp Beslissing op uw aanvraag verblijfsvergunning

Geachte heer Haddad,

Wij wijzen uw aanvraag af. Uw partner heeft niet genoeg inkomen.

Bent u het niet eens met deze beslissing?
U kunt bezwaar maken. Doe dat binnen vier weken na de dag waarop deze beslissing aan u is bekendgemaakt.

Met vriendelijke groet,

de Immigratie- en Naturalisatiedienst
"""

BEWIND = """Bewindvoering Zorgvuldig
Postbus 522
7500 AM Enschede

Enschede, 28 januari 2027

Onderwerp: stukken voor uw jaaroverzicht

Beste meneer Yilmaz,

Voor het overzicht voor de kantonrechter hebben wij een paar papieren van u nodig.

Wilt u ons de jaaropgave 2026 van uw werkgever sturen? Stuur de stukken uiterlijk 19 februari 2027.

Uw leefgeld van € 70,00 per week maken wij zoals altijd elke maandag over.

Met vriendelijke groet,

Bewindvoering Zorgvuldig
"""

PENSIOEN = """Stichting Pensioenfonds Metaal en Techniek Noord
Postbus 300
9700 AH Groningen

Groningen, 15 oktober 2027

Onderwerp: uw ouderdomspensioen gaat in

Beste mevrouw Jansen,

Vanaf december krijgt u ouderdomspensioen van ons.

Bruto per maand          € 612,48
Netto per maand          € 554,18

De eerste betaling is op 23 december 2027.

Klopt er iets niet in deze brief? Laat het ons dan binnen 30 dagen weten.

Met vriendelijke groet,

Stichting Pensioenfonds Metaal en Techniek Noord
"""

EIGEN_RISICO = """Zorgverzekeraar Gezond Samen
Postbus 9100
3007 AC Rotterdam

Datum: 6 juni 2027

Onderwerp: nota eigen risico

Beste heer Pinas,

Wij hebben de rekening van het ziekenhuis betaald. Een deel valt onder uw eigen risico.

Kosten behandeling              € 1.912,60
Verrekend met uw eigen risico   € 385,00

Deze € 385,00 betaalt u aan ons. Betaal het bedrag uiterlijk op 6 juli 2027.

Met vriendelijke groet,

Zorgverzekeraar Gezond Samen
"""

TOESLAG = """Belastingdienst/Toeslagen
Postbus 8050
7300 HB Apeldoorn

Datum: 22 februari 2027

Onderwerp: wijziging voorschot kinderopvangtoeslag 2027

Geachte mevrouw Öztürk,

Wij hebben uw voorschot opnieuw berekend.

Nieuw voorschot per maand vanaf 1 maart 2027: € 804,00
Te veel ontvangen over januari en februari 2027: € 214,00

Het bedrag dat u te veel heeft ontvangen, verrekenen wij met de toeslag die u de komende maanden krijgt.

Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,

Belastingdienst/Toeslagen
"""

TERMIJNBEDRAG = """Helder Energie B.V.
Postbus 777
1000 AT Amsterdam

Amsterdam, 10 januari 2027

Onderwerp: uw nieuwe termijnbedrag

Beste mevrouw Koster,

U verbruikt meer stroom dan verwacht. Daarom verhogen wij uw termijnbedrag.

Nieuw termijnbedrag per maand  € 146,00

Het nieuwe bedrag schrijven wij vanaf 1 februari 2027 elke maand af van uw rekening.

Met vriendelijke groet,

Helder Energie B.V.
"""

LOONBESLAG = """Gerechtsdeurwaarderskantoor Van Dijk
Stationsplein 4
6811 KL Arnhem

Arnhem, 17 maart 2027

Betreft: beslag op uw loon

Geachte heer Meijer,

Wij hebben op 15 maart 2027 beslag gelegd op uw loon bij uw werkgever.

Uw werkgever houdt elke maand een deel van uw loon in en betaalt dat aan ons. U houdt altijd de beslagvrije voet over.

Openstaand bedrag (hoofdsom, rente en kosten): € 3.118,77

Wilt u het beslag stoppen? Dat kan als u het hele bedrag in één keer betaalt.

Met vriendelijke groet,

Gerechtsdeurwaarderskantoor Van Dijk
"""

NAHEFFING = """Gemeente Noorderveld
Postbus 60
8400 AB Noorderveld

Naheffingsaanslag parkeerbelasting

Dagtekening: 04-02-2027
Aanslagnummer: 2027.0044.1981

Geachte heer/mevrouw,

Uw auto stond zonder betaalde parkeerbelasting op de Marktstraat.

Parkeerbelasting           € 3,40
Kosten naheffingsaanslag   € 69,50
Te betalen                 € 72,90
Vervaldatum                04-04-2027

Bent u het niet eens met deze naheffingsaanslag? Maak dan bezwaar binnen zes weken na de dagtekening.

Gemeente Noorderveld
"""

COLUMNS = """GEMEENTE HAVENSTAD

Mevrouw A. el Amrani
Kerkstraat 5
3011 AA Havenstad

Uw kenmerk        Ons kenmerk        Datum
-                 SD/2027/0871       19 mei 2027

Onderwerp: beslissing individuele inkomenstoeslag

Geachte mevrouw El Amrani,

U krijgt de toeslag. Wij maken € 420,00 binnen tien werkdagen over op uw rekening.

Vindt u deze beslissing niet juist? Stuur uw bezwaarschrift binnen zes weken na de verzenddatum van deze brief.

Verzenddatum: 20 mei 2027

Met vriendelijke groet,

de teamleider Inkomen
"""

MAIL = """Van: Klantenservice Stroomnet <service@stroomnet.example>
Verzonden: dinsdag 8 juni 2027 10:14
Aan: r.dekker@example.nl
Onderwerp: Tweede herinnering factuur 2027-88123

Beste heer Dekker,

Wij hebben uw betaling van factuur 2027-88123 nog niet ontvangen. Het gaat om € 96,75. De factuur had u uiterlijk 25 mei 2027 moeten betalen.

Wilt u het bedrag binnen 7 dagen overmaken? Dan voorkomt u extra kosten.

Met vriendelijke groet,
Klantenservice Stroomnet
"""

VOORLOPIG = """Belastingdienst

Dagtekening 15 februari 2027

Voorlopige aanslag inkomstenbelasting 2027

Geachte mevrouw Peters,

U moet € 1.440,00 betalen. U betaalt dit bedrag in 10 termijnen van € 144,00. De eerste termijn moet uiterlijk 31 maart 2027 op onze rekening staan, de laatste uiterlijk 31 december 2027.

Bent u het niet eens met deze aanslag? Dan kunt u binnen zes weken na de dagtekening bezwaar maken.

Met vriendelijke groet,

Belastingdienst
"""

KWIJTSCHELDING_AF = """Gemeente Waldstad
Postbus 12
1234 AB Waldstad

Waldstad, 12 apr. 2027
Onderwerp: Kwijtschelding

Geachte heer Smit,

U heeft kwijtschelding gevraagd voor uw afvalstoffenheffing. Wij wijzen uw verzoek af.

Het bedrag van € 312,00 moet u alsnog betalen. Doe dat uiterlijk 30 dagen na de datum van deze brief.

Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de datum van deze brief in beroep gaan bij het college van burgemeester en wethouders.

Met vriendelijke groet,

Gemeente Waldstad
"""

BETAALDATUM = """Belastingdienst
Postbus 9050
7300 GM Apeldoorn

Dagtekening: 12-04-2027
Onderwerp: Aanslag inkomstenbelasting 2026

Geachte heer Smit,

Te betalen: 1.048,00 euro
Uiterste betaaldatum: 31-05-2027

U kunt binnen zes weken na de dagtekening een bezwaarschrift indienen.

Met vriendelijke groet,

Belastingdienst
"""

# letter, amount to pay (value, or "to_check"), pay-by (date, "to_check" or None), bezwaar (possible, until)
CASES = {
    "wahv": (WAHV, 173.0, date(2027, 4, 20), (True, date(2027, 4, 20))),
    "incasso": (INCASSO, 236.40, "to_check", (False, None)),
    "ind": (IND, None, None, (True, date(2027, 5, 10))),
    "bewind": (BEWIND, None, None, (False, None)),
    "pensioen": (PENSIOEN, None, None, (False, None)),
    "eigen_risico": (EIGEN_RISICO, 385.0, date(2027, 7, 6), (False, None)),
    "toeslag": (TOESLAG, None, None, (True, date(2027, 4, 5))),
    "termijnbedrag": (TERMIJNBEDRAG, None, None, (False, None)),
    "loonbeslag": (LOONBESLAG, None, None, (False, None)),
    "naheffing": (NAHEFFING, 72.90, date(2027, 4, 4), (True, date(2027, 3, 18))),
    "columns": (COLUMNS, None, None, (True, date(2027, 7, 1))),
    "mail": (MAIL, 96.75, date(2027, 6, 15), (False, None)),
    "voorlopig": (VOORLOPIG, 1440.0, date(2027, 12, 31), (True, date(2027, 3, 29))),
    "kwijtschelding_af": (KWIJTSCHELDING_AF, 312.0, date(2027, 5, 12), (True, date(2027, 5, 24))),
    "betaaldatum": (BETAALDATUM, 1048.0, date(2027, 5, 31), (True, date(2027, 5, 24))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_new_letters_state_only_what_the_letter_says(name):
    text, amount, pay_by, (possible, until) = CASES[name]
    f = analyse_letter(text)
    got = f.fact("amount_to_pay")
    if amount == "to_check":
        assert got.status == "to_check"
    elif amount is None:  # nothing to pay: never a stated amount
        assert not (got.stated and got.value is not None), got
    else:
        assert got.stated and got.value == pytest.approx(amount), got
    paid = f.fact("pay_by")
    if pay_by == "to_check":
        assert paid.status == "to_check"
    elif pay_by is None:
        assert not paid.stated or paid.value is None
    else:
        assert paid.stated and paid.value == pay_by, paid
    objection = f.objection
    if objection.stated:  # stated: it must be right; a to_check is never false
        assert objection.value.possible is possible
        assert objection.value.until == until


def test_letter_dates_of_the_new_layouts():
    assert analyse_letter(WAHV).letter_date == date(2027, 3, 9)
    assert analyse_letter(NAHEFFING).letter_date == date(2027, 2, 4)
    assert analyse_letter(COLUMNS).letter_date == date(2027, 5, 19)  # "Datum" column, not the verzenddatum
    mail = analyse_letter(MAIL)
    assert mail.letter_date == date(2027, 6, 8) and mail.sender_name == "Klantenservice Stroomnet"


def test_new_letters_give_no_unconditional_deadline_the_letter_lacks():
    for text in (PENSIOEN, TERMIJNBEDRAG, LOONBESLAG):
        f = analyse_letter(text)
        assert not [d for d in f.stated_deadlines() if not d.condition], text.splitlines()[0]


def test_offset_against_later_toeslag_is_settled_and_the_own_share_row_is_paid():
    toeslag = analyse_letter(TOESLAG)
    assert toeslag.fact("amount_to_pay").rule == RULE_SETTLED
    assert any(a.value.startswith("U hoeft niet zelf te betalen") for a in toeslag.actions)
    assert analyse_letter(EIGEN_RISICO).fact("amount_to_pay").rule != RULE_SETTLED


def test_a_refused_kwijtschelding_gets_no_advice_to_ask_for_it():
    actions = [a.value for a in analyse_letter(KWIJTSCHELDING_AF).actions]
    assert not any("kwijtschelding" in a for a in actions)
    assert any("€ 312,00" in a and "12 mei 2027" in a for a in actions)
