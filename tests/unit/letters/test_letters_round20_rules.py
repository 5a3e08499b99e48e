"""General rules of the fix round before blind round 19 (issue 10): a total paid in termijnen (the
first termijn is due now), an amount owed that the reader must not pay yet, "de gelegenheid om … te
betalen", the day of service in a passive sentence, kinds (uitnodiging, betalingsafspraak, the
betekening of a vonnis) and the company an employee's e-mail is sent for. Each with newly written Dutch
sentences and a negative example the rule must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_service_date
from assistant.features.letters.mail_sender import signed_company
from assistant.features.letters.pay_later import pays_later
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _gemeente(body: str, subject: str = "Uw aanslag") -> str:
    return (
        "Gemeente Lindehoven\nAfdeling Belastingen\nPostbus 12\n6700 AB  Lindehoven\n\n"
        "Mevrouw R. Visser\nEikenlaan 8\n6701 CD  Lindehoven\n\nLindehoven, 3 februari 2027\n"
        f"Onderwerp: {subject}\n\nGeachte mevrouw Visser,\n\n{body}\n\nMet vriendelijke groet,\n\nGemeente Lindehoven\n"
    )


# 1. a total the letter splits into termijnen: the first termijn is due now, by its own date ---------


def test_a_total_paid_in_termijnen_asks_the_first_termijn_by_its_date(kaart):
    body = (
        "Totaal te betalen € 480,00\n\n"
        "U betaalt dit bedrag in 8 termijnen van € 60,00. De eerste termijn moet uiterlijk op 28 februari 2027 "
        "zijn bijgeschreven, de andere termijnen steeds een maand later."
    )
    found = analyse_letter(_gemeente(body), kaart).found
    assert (found["amount_to_pay"].status, found["amount_to_pay"].value) == ("stated", 60.0)
    assert found["pay_by"].value == date(2027, 2, 28)
    assert "€ 480,00" in found["amount_to_pay"].rule  # the total is told as context


def test_a_split_that_is_only_offered_leaves_the_total(kaart):
    body = (
        "Totaal te betalen € 480,00\n\n"
        "Als u wilt, betaalt u dit bedrag in 8 termijnen van € 60,00; de eerste termijn is dan uiterlijk op "
        "28 februari 2027. Betaal anders het totaal uiterlijk op 28 februari 2027."
    )
    amount = analyse_letter(_gemeente(body), kaart).found["amount_to_pay"]
    assert amount.value != 60.0


# 2. an amount owed that must not be paid yet: no "betaal € X" ------------------------------------------


def test_an_amount_owed_but_not_to_pay_yet_is_to_check(kaart):
    body = (
        "Wij hebben uw toeslag opnieuw berekend. U moet daarom € 350 terugbetalen. Wacht met betalen tot u "
        "van ons een betaalbrief met een rekeningnummer krijgt."
    )
    amount = analyse_letter(_gemeente(body, "Herberekening"), kaart).found["amount_to_pay"]
    assert amount.status == "to_check" and amount.value is None
    assert any("Wacht met betalen" in e.quote for e in amount.evidence)


def test_a_confirmation_after_payment_is_no_pay_later():
    assert pays_later("Betaal de rekening pas na ontvangst van de betaalbrief.")
    assert pays_later("U hoeft het bedrag nu nog niet te betalen.")
    assert not pays_later(
        "Betaal € 350 uiterlijk 1 maart 2027. Na ontvangst van uw betaling sturen wij een bevestiging."
    )
    assert not pays_later("Wij passen uw voorschot pas na de zomer aan.")


def test_a_plain_instruction_beside_a_later_letter_is_still_stated(kaart):
    body = "U moet € 350 betalen. Betaal uiterlijk 1 maart 2027. Na ontvangst van uw betaling krijgt u een bevestiging."
    amount = analyse_letter(_gemeente(body, "Terugvordering"), kaart).found["amount_to_pay"]
    assert (amount.status, amount.value) == ("stated", 350.0)


# 3. "de gelegenheid om … te betalen" asks to pay; "de gelegenheid gehad" is the past --------------


def _incasso(body: str) -> str:
    return (
        "INCASSOKANTOOR DE VRIES\nPostbus 44\n1200 AA Heuveldam\n\nDe heer P. Bos\nDuinweg 2\n1201 BB Heuveldam\n\n"
        f"Heuveldam, 5 maart 2027\nBetreft: vordering\n\nGeachte heer Bos,\n\n{body}\n\nHoogachtend,\n\n"
        "Incassokantoor De Vries\n"
    )


def test_the_opportunity_to_pay_an_amount_is_a_pay_request(kaart):
    body = (
        "Uw energieleverancier heeft ons de vordering overgedragen. Wij bieden u de gelegenheid om de vordering "
        "van € 95,40 binnen veertien dagen na ontvangst van deze brief te voldoen."
    )
    amount = analyse_letter(_incasso(body), kaart).found["amount_to_pay"]
    assert (amount.status, amount.value) == ("stated", 95.4)


def test_an_opportunity_had_in_the_past_asks_nothing(kaart):
    body = (
        "U heeft de gelegenheid om de nota van € 80,00 te betalen niet benut en die gelegenheid ruim gehad."
    )
    amount = analyse_letter(_incasso(body), kaart).found["amount_to_pay"]
    assert amount.value != 80.0


# 4. the day of service told in a passive sentence after "Op <datum>" --------------------------------


def test_a_passive_service_sentence_names_the_day_of_service():
    text = "AANZEGGING\nOp 9 maart 2027 is dit dwangbevel door de deurwaarder aan u betekend.\nBetaal binnen twee dagen."
    assert find_service_date(text).value == date(2027, 3, 9)


def test_a_passive_sentence_about_drawing_up_is_no_service():
    text = "AANZEGGING\nOp 9 maart 2027 is dit dwangbevel opgemaakt door de invorderaar.\nBetaal binnen twee dagen."
    assert find_service_date(text) is None


# 5. kinds: a summons to a hearing, a betalingsafspraak, a served judgment -----------------------------


def test_a_summons_in_the_present_passive_is_an_uitnodiging(kaart):
    body = (
        "Hierbij wordt u uitgenodigd voor een gesprek met de consulent op dinsdag 16 maart 2027 om 10.00 uur."
    )
    assert analyse_letter(_gemeente(body, "Gesprek over uw aanvraag"), kaart).kind == "uitnodiging"


def test_an_invitation_in_the_past_does_not_make_an_uitnodiging(kaart):
    body = (
        "U bent op 12 januari 2027 uitgenodigd voor een gesprek, maar u bent niet gekomen. Daarom hebben wij besloten "
        "uw uitkering te stoppen. Tegen dit besluit kunt u binnen zes weken bezwaar maken."
    )
    assert analyse_letter(_gemeente(body, "Uw uitkering"), kaart).kind != "uitnodiging"


def test_a_confirmed_betalingsafspraak_is_a_betalingsregeling(kaart):
    body = "Zoals telefonisch besproken betaalt u de achterstand af. Hieronder staan de afspraken."
    letter = _gemeente(body, "Bevestiging betalingsafspraak achterstand")
    assert analyse_letter(letter, kaart).kind == "betalingsregeling"


def test_a_reminder_about_an_afspraak_stays_a_reminder(kaart):
    body = "U heeft de termijn van februari nog niet betaald. Betaal € 45 uiterlijk 20 maart 2027."
    letter = _gemeente(body, "Herinnering betalingsafspraak")
    assert analyse_letter(letter, kaart).kind == "aanmaning"


def _exploot(title: str, what: str) -> str:
    return (
        "GERECHTSDEURWAARDERSKANTOOR MULDER\nPostbus 5\n7400 AA Deventerveen\n\n"
        f"{title}\n\nHeden, 4 maart 2027, heb ik, deurwaarder, aan de heer J. Smit, Kade 4, 7401 AB Deventerveen, "
        f"betekend {what}.\n\nEN VOORTS heb ik hem bevel gedaan om binnen twee dagen aan mij te betalen:\n"
        "  hoofdsom    € 900,00\n  kosten      € 110,00\n  TOTAAL      € 1.010,00\n\nDe deurwaarder,\nK. Mulder\n"
    )


def test_serving_a_judgment_is_a_betekening(kaart):
    letter = _exploot(
        "AKTE VAN BETEKENING VAN HET VONNIS", "het vonnis van de kantonrechter van 2 februari 2027"
    )
    assert analyse_letter(letter, kaart).kind == "betekening"


def test_serving_a_dwangbevel_stays_a_dwangbevel(kaart):
    letter = _exploot("BETEKENING DWANGBEVEL", "het dwangbevel van de gemeente van 1 maart 2027")
    assert analyse_letter(letter, kaart).kind == "dwangbevel"


# 6. an employee's e-mail is sent for the company its signature names ---------------------------------


def _mail(signature: str) -> str:
    return (
        "Van: Petra Smit <p.smit@groenhuis.example>\nAan: Jan de Boer <jan@mail.example>\nDatum: 3 maart 2027\n"
        "Onderwerp: je rooster\n\nHoi Jan,\n\nJe rooster voor april staat klaar. Lever je sleutel uiterlijk "
        f"31 maart 2027 in bij de balie.\n\nGroet,\nPetra Smit\n{signature}\n"
    )


def test_an_employees_mail_is_sent_for_the_company_in_the_signature(kaart):
    sender = analyse_letter(_mail("Teamleider planning, Groenhuis Logistiek B.V."), kaart).sender
    assert sender.name == "Groenhuis Logistiek B.V." and sender.government is False


def test_a_mail_without_a_company_in_the_signature_keeps_its_writer():
    assert signed_company(_mail("Teamleider planning").splitlines()) is None
    letter = (
        "Gemeente Lindehoven\nPostbus 12\n\nMet vriendelijke groet,\nPetra Smit\nGroenhuis Logistiek B.V."
    )
    assert signed_company(letter.splitlines()) is None  # no e-mail header: the letter rules decide


def test_not_paying_yet_in_another_paragraph_is_about_another_claim(kaart):
    body = (
        "Over uw parkeerbon van € 65 loopt nog een beroep. Zolang dat loopt, hoeft u die bon nog niet te betalen.\n\n"
        "Uw andere bon staat nog open. U moet € 40 betalen. Betaal dit bedrag uiterlijk 15 maart 2027."
    )
    amount = analyse_letter(_gemeente(body, "Uw parkeerbonnen"), kaart).found["amount_to_pay"]
    assert (amount.status, amount.value) == ("stated", 40.0)
