"""General rules about amounts, kinds, senders and remedies added after the third blind round
(issue 10). Every letter here is newly written for these tests (not taken from any case set), each
rule with a negative example it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter
from assistant.knowledge.corpus import load_sociale_kaart

ORGS = load_sociale_kaart()
HEAD = (
    "Stichting Kustwonen\nPostbus 88\n1970 AB  IJmuiden\n\nMevrouw R. Smit\nZeeweg 4\n1971 HA  IJmuiden\n\n"
)


def _letter(body: str, subject: str = "Uw dossier", head: str = HEAD) -> str:
    return (
        f"{head}Datum: 6 september 2027\nOnderwerp: {subject}\n\nGeachte mevrouw Smit,\n\n{body}\n\n"
        "Met vriendelijke groet,\n\nStichting Kustwonen\n"
    )


def _facts(body: str, subject: str = "Uw dossier", head: str = HEAD):
    return analyse_letter(_letter(body, subject, head), ORGS)


# amounts -----------------------------------------------------------------------------------------


def test_costs_that_only_follow_a_late_payment_are_not_the_amount_to_pay():
    f = _facts(
        "Er staat nog € 95,50 open. Wij vragen u het openstaande bedrag van € 95,50 te betalen.\n\n"
        "Betaalt u niet op tijd?\nDan rekenen wij € 40,00 incassokosten. U betaalt dan in totaal € 135,50."
    )
    amount = f.fact("amount_to_pay")
    assert amount.stated and amount.value == 95.5


def test_a_late_payment_clause_in_the_sentence_itself_also_counts():
    f = _facts(
        "Betaal € 60,00 vóór 1 oktober 2027.\n"
        "Als u niet op tijd betaalt, moet u € 15,00 extra kosten betalen."
    )
    assert f.fact("amount_to_pay").value == 60.0


def test_costs_due_now_in_a_total_still_count():
    """Negative: kosten in the total the letter asks now are part of the amount to pay."""
    f = _facts(
        "Hoofdsom € 200,00\nKosten € 40,00\nTotaal te betalen € 240,00\n\nBetaal het totaalbedrag vóór 1 oktober 2027."
    )
    assert f.fact("amount_to_pay").value == 240.0


def test_an_amount_said_to_stand_apart_is_not_this_letters_amount():
    f = _facts(
        "U moet de boete van € 80,00 betalen vóór 1 november 2027.\n"
        "De boete staat los van het bedrag van € 700,00 dat u moet terugbetalen; daarover gaat onze vorige brief.",
        subject="U krijgt een boete",
    )
    assert f.fact("amount_to_pay").stated and f.fact("amount_to_pay").value == 80.0


# kinds -------------------------------------------------------------------------------------------


def test_an_uitspraak_op_bezwaar_is_a_beslissing_op_bezwaar():
    f = _facts(
        "Uw bezwaar is gedeeltelijk gegrond. Wij verlagen de aanslag.",
        subject="Uitspraak op uw bezwaar tegen de aanslag motorrijtuigenbelasting",
    )
    assert f.kind == "beslissing_op_bezwaar"


def test_a_letter_confirming_a_received_change_is_no_besluit():
    f = _facts(
        "Met deze brief laten wij u weten dat wij uw adreswijziging hebben ontvangen. Wij verwerken die nu. "
        "Tegen deze brief kunt u geen bezwaar maken, omdat het nog geen besluit is.",
        subject="Wij hebben uw adreswijziging ontvangen",
    )
    assert f.kind == "ontvangstbevestiging"
    assert f.fact("objection").value.possible is False


def test_the_subject_naming_one_kind_wins_over_a_body_mention_of_another():
    f = _facts(
        "Eerder hebben wij € 500,00 van u teruggevorderd omdat u te veel huurtoeslag heeft ontvangen. "
        "Omdat u de wijziging niet op tijd doorgaf, krijgt u nu een boete van € 100,00. "
        "U moet de boete betalen vóór 1 november 2027.",
        subject="U krijgt een boete",
    )
    assert f.kind == "boete"


def test_a_terugvordering_subject_stays_a_terugvordering():
    """Negative: the same body under a terugvordering subject."""
    f = _facts(
        "U heeft te veel huurtoeslag ontvangen. U moet € 500,00 terugbetalen vóór 1 november 2027.",
        subject="Terugvordering huurtoeslag",
    )
    assert f.kind == "terugvordering"


def test_a_last_chance_to_pay_before_beslag_is_an_aanmaning():
    f = _facts(
        "Er staat nog een bedrag open. Betaal € 410,00 uiterlijk op 20 september 2027. "
        "Daarna leggen wij beslag op uw loon.",
        subject="Laatste gelegenheid om te betalen",
    )
    assert f.kind == "aanmaning"


def test_a_confirmed_betalingsregeling_is_a_betalingsregeling():
    f = _facts(
        "Wij bevestigen hierbij de betalingsregeling die wij telefonisch hebben afgesproken. "
        "U heeft een achterstand van € 120,00.",
        subject="Bevestiging betalingsregeling",
    )
    assert f.kind == "betalingsregeling"


# sender ------------------------------------------------------------------------------------------


def test_a_joint_tax_office_at_the_head_is_the_sender_not_its_principal():
    head = (
        "Belastingsamenwerking Kromme Rijn\nnamens gemeente Wijkveld en Waterschap Vechtstroom\nPostbus 10\n"
        "3500 AA  Utrecht\n\n"
    )
    f = _facts("Hierbij ontvangt u de aanslag. Betaal € 310,00 vóór 31 oktober 2027.", "Aanslag 2027", head)
    assert "Belastingsamenwerking Kromme Rijn" in f.sender.name


def test_a_waterschap_at_the_head_stays_the_sender():
    """Negative: the waterschap named on the first line is the sender."""
    head = "Waterschap Vechtstroom\nPostbus 10\n3500 AA  Utrecht\n\n"
    f = _facts("Hierbij ontvangt u de aanslag. Betaal € 110,00 vóór 31 oktober 2027.", "Aanslag 2027", head)
    assert f.sender.organisation_id == "waterschap"


# remedies ----------------------------------------------------------------------------------------


def test_naming_another_request_geen_bezwaar_does_not_close_bezwaar():
    f = _facts(
        "Wilt u de voorlopige aanslag laten aanpassen? Dat is een verzoek om vermindering en geen bezwaar. "
        "Bent u het niet eens met deze aanslag? Dan kunt u bezwaar maken binnen zes weken na de datum van "
        "deze brief.",
        subject="Voorlopige aanslag 2028",
    )
    objection = f.fact("objection")
    assert objection.stated and objection.value.possible is True
    assert objection.value.until == date(2027, 10, 18)


def test_a_beroep_term_after_a_bezwaar_exclusion_counts_from_the_sending_date():
    head = "Gemeente Heuvelrand\nPostbus 1\n3940 AA  Doorn\n\n"
    text = (
        f"{head}Datum: 2 september 2027\nVerzonden op: 3 september 2027\nOnderwerp: Beslissing op uw bezwaar\n\n"
        "Geachte mevrouw Smit,\n\nUw bezwaar is ongegrond.\n\nBent u het niet eens met deze beslissing?\n"
        "Dan kunt u beroep instellen bij de rechtbank Midden-Nederland. U kunt niet nog eens bezwaar maken. "
        "Het beroepschrift moet binnen zes weken worden ingediend. Deze termijn begint op de dag na de dag "
        "waarop deze beslissing is verzonden.\n\nMet vriendelijke groet,\nGemeente Heuvelrand\n"
    )
    appeal = analyse_letter(text, ORGS).fact("appeal")
    assert appeal.value.possible and appeal.value.until == date(2027, 10, 15)


def test_a_private_bezwaar_date_voor_a_day_ends_the_day_before_and_is_to_check():
    f = _facts(
        "Wij verhogen uw huur per 1 januari 2028. Bent u het er niet mee eens? "
        "Dan kunt u vóór 1 januari 2028 bezwaar maken bij ons.",
        subject="Huurverhoging",
        head="Woonstichting Polderhuis\nPostbus 9\n1970 AB  IJmuiden\n\n",
    )
    objection = f.fact("objection")
    assert objection.status == "to_check" and objection.value.until == date(2027, 12, 31)


def test_a_question_about_how_you_pay_is_no_late_payment():
    """Negative: "Betaalt u niet automatisch?" asks how, not what follows a late payment."""
    f = _facts("Betaalt u niet automatisch?\nMaak € 612,00 over vóór 30 oktober 2027.")
    assert f.fact("amount_to_pay").stated and f.fact("amount_to_pay").value == 612.0


def test_the_debit_of_a_running_monthly_payment_does_not_pay_the_regeling():
    f = _facts(
        "Wij bevestigen de betalingsregeling. U betaalt de achterstand van € 60,00 in 2 termijnen van € 30,00:\n"
        "  1e termijn   € 30,00   uiterlijk 15-10-2027\n  2e termijn   € 30,00   uiterlijk 15-11-2027\n\n"
        "Uw gewone maandbedrag loopt door. Dat schrijven wij zoals altijd van uw rekening af.",
        subject="Bevestiging betalingsregeling",
    )
    told = " ".join(a.value for a in f.actions)
    assert "vanzelf" not in told
    # a full schedule asks the total and the first termijn: which one is "the amount to pay" is to check
    amount = f.fact("amount_to_pay")
    assert amount.status == "to_check" and amount.value == 60.0 and "€ 30,00" in amount.note


def test_a_debit_of_the_amount_itself_is_still_told():
    """Negative: the letter collects this amount by incasso."""
    f = _facts("U moet € 45,00 betalen. Wij schrijven dit bedrag op 1 november 2027 af van uw rekening.")
    assert any("vanzelf" in a.value for a in f.actions)


def test_amounts_due_only_after_a_late_payment_are_labelled_so():
    f = _facts(
        "Betaal € 95,50 vóór 1 oktober 2027.\n\nBetaalt u niet op tijd?\nDan betaalt u in totaal € 135,50."
    )
    labels = {a.value: a.label for a in f.amounts}
    assert "te laat" in labels[135.5] and "te laat" not in labels[95.5]


def test_an_amount_after_minimaal_is_labelled_as_a_limit_not_as_money_you_get():
    from assistant.features.letters.amounts import find_amounts

    (limit, paid) = find_amounts(
        "U kunt dan een regeling krijgen van minimaal € 25 per maand.\nWij betalen u € 80,00 uit."
    )
    assert "minimaal" in limit.label and "krijgt" not in limit.label
    assert paid.label == "bedrag dat u krijgt"


def test_an_amount_not_paid_on_time_before_is_no_late_only_amount():
    """Negative: "U heeft ... niet op tijd betaald" tells what happened, not what follows later."""
    f = _facts("U heeft de rekening van € 118,00 niet op tijd betaald. Betaal nu € 130,00 vóór 1 oktober 2027.")
    labels = {a.value: a.label for a in f.amounts}
    assert "te laat" not in labels[118.0]
