"""General rules of fix round 16 (issue 10), each with newly written Dutch sentences and a negative
example it must not fire on."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.kind_heads import headed_kind
from assistant.features.letters.template import render
from assistant.features.letters.yearless import yearless_dates
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 14 maart 2029\nOnderwerp: Uw dossier", sender: str = "Gemeente Veldhoven-Oost") -> str:
    return (
        f"{sender}\nPostbus 77\n5500 AB  Veldhoven-Oost\n\n{head}\n\nGeachte heer Pieterse,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _deadline(facts, day: date):
    return next((f for f in facts.deadlines if f.value.value == day), None)


# 1. a subject saying "Wij hebben uw ... ontvangen" makes the letter an ontvangstbevestiging ---------

_RECEIVED = (
    "Op 2 maart 2029 kwam uw verzoek om uitstel van betaling bij ons binnen. Het gaat om deze boete:\n\n"
    "  Kenmerk 7710 2231     parkeerboete     € 95,00\n\n"
    "Wij beoordelen uw verzoek. Binnen drie weken hoort u van ons of u uitstel krijgt."
)


def test_a_subject_that_says_the_post_was_received_is_an_ontvangstbevestiging_without_bezwaar(kaart):
    head = "Datum: 14 maart 2029\nOnderwerp: Wij hebben uw verzoek om uitstel van betaling ontvangen"
    facts = analyse_letter(_letter(_RECEIVED, head=head), kaart)
    assert facts.kind == "ontvangstbevestiging"
    assert facts.objection.value.possible is not True  # no default bezwaar term against a receipt
    assert "bezwaar maken. Dat moet uiterlijk" not in render(facts)


def test_only_a_subject_that_ends_in_the_receipt_names_the_kind():
    scores, hits = defaultdict(float), defaultdict(list)
    assert headed_kind([], "We hebben je formulier voor de kwijtschelding ontvangen.", scores, hits) == "ontvangstbevestiging"
    assert headed_kind([], "Wij hebben uw aanvraag ontvangen en toegekend", scores, hits) is None
    assert headed_kind([], "Uw boete: wij hebben nog niets ontvangen", scores, hits) is None


# 2. a deadline of another person named beside the reader is not the reader's ----------------------

_PARTNER = (
    "Stuur ons uiterlijk 4 april 2029 uw loonstroken van januari en februari.\n\n"
    "Uw partner krijgt van ons een aparte brief met een eigen vragenlijst. Die vragenlijst moet "
    "uiterlijk 11 april 2029 bij ons zijn."
)


def test_a_form_of_the_partner_has_the_partners_deadline_not_the_readers(kaart):
    facts = analyse_letter(_letter(_PARTNER), kaart)
    own = _deadline(facts, date(2029, 4, 4))
    assert own is not None and own.stated
    assert _deadline(facts, date(2029, 4, 11)) is None
    assert any(d.value == date(2029, 4, 11) and "iemand anders" in d.meaning for d in facts.dates)


def test_a_person_as_subject_of_the_duty_makes_it_that_persons(kaart):
    body = "Stuur ons uiterlijk 4 april 2029 uw bankafschriften. Uw dochter moet haar eigen formulier uiterlijk 20 april 2029 terugsturen."
    facts = analyse_letter(_letter(body), kaart)
    assert _deadline(facts, date(2029, 4, 20)) is None
    assert _deadline(facts, date(2029, 4, 4)) is not None


def test_a_duty_told_to_the_reader_about_the_partner_stays_the_readers(kaart):
    body = "Uw partner heeft ook inkomen. Stuur ons daarom uiterlijk 11 april 2029 ook zijn loonstrook."
    facts = analyse_letter(_letter(body), kaart)
    assert _deadline(facts, date(2029, 4, 11)) is not None


# 3. an offer to settle for less: its amount by its date is the amount to pay -----------------------

_OFFER = (
    "  Hoofdsom                 € 410,00\n"
    "  Incassokosten            €  61,50\n"
    "  Totaal                   € 471,50\n\n"
    "Voldoet u uiterlijk 2 april 2029 het bedrag van € 410,00? Dan schelden wij de incassokosten kwijt.\n\n"
    "Maak het geld over op rekening NL00 RABO 0000 0000 00."
)


def test_an_offer_to_settle_for_less_gives_the_offered_amount_and_its_date(kaart):
    facts = analyse_letter(_letter(_OFFER, sender="Incassobureau Kraanstad B.V."), kaart)
    amount, pay_by = facts.fact("amount_to_pay"), facts.fact("pay_by")
    assert amount.stated and amount.value == 410.0
    assert pay_by.stated and pay_by.value == date(2029, 4, 2)


def test_an_offer_in_an_if_clause_counts_too(kaart):
    body = (
        "U heeft nog € 88,40 openstaan, met kosten € 128,40. Als u uiterlijk 30 maart 2029 € 88,40 betaalt, "
        "zien wij af van de kosten."
    )
    amount = analyse_letter(_letter(body, sender="Incassobureau Kraanstad B.V."), kaart).fact("amount_to_pay")
    assert amount.stated and amount.value == 88.40


def test_an_offer_beside_an_instruction_with_another_amount_is_to_check(kaart):
    body = (
        "Betaal € 471,50 uiterlijk 2 april 2029.\n\n"
        "Betaalt u uiterlijk 20 maart 2029 al € 410,00? Dan vervallen de incassokosten."
    )
    amount = analyse_letter(_letter(body, sender="Incassobureau Kraanstad B.V."), kaart).fact("amount_to_pay")
    assert amount.status == "to_check"


def test_a_question_about_paying_late_is_no_offer(kaart):
    body = "Betaal € 471,50 uiterlijk 2 april 2029. Betaalt u niet op tijd € 471,50? Dan vervalt de regeling."
    amount = analyse_letter(_letter(body, sender="Incassobureau Kraanstad B.V."), kaart).fact("amount_to_pay")
    assert amount.stated and amount.value == 471.50


# 4. a termijn row with an "uiterlijk" date and an amount is a date to pay ---------------------------

_SCHEDULE = (
    "U lost de achterstand af in drie termijnen:\n"
    "  termijn 1    uiterlijk 1 mei 2029       € 120,00\n"
    "  termijn 2    uiterlijk 1 juni 2029      € 120,00\n"
    "  termijn 3    uiterlijk 1 juli 2029      €  60,00"
)


def test_each_termijn_row_with_a_date_and_an_amount_is_a_date_to_pay(kaart):
    head = "Datum: 14 maart 2029\nOnderwerp: bevestiging betalingsregeling"
    facts = analyse_letter(_letter(_SCHEDULE, head=head, sender="Zorgverzekeraar Halma"), kaart)
    for day in (date(2029, 5, 1), date(2029, 6, 1), date(2029, 7, 1)):
        found = _deadline(facts, day)
        assert found is not None and "betalen" in found.value.meaning


def test_a_row_without_an_amount_is_no_date_to_pay(kaart):
    body = "Wat wij doen:\n  stap 1    uiterlijk 1 mei 2029    wij bekijken uw dossier"
    facts = analyse_letter(_letter(body), kaart)
    found = _deadline(facts, date(2029, 5, 1))
    assert found is None or "betalen" not in found.value.meaning


# 5. a reply e-mail: the quoted message below the marker is not where the sender signs --------------

_REPLY = (
    "Van:        Joris Vermeulen <j.vermeulen@bewind-voorbeeld.example>\n"
    "Aan:        Sem Bakker <sem@mail.example>\n"
    "Datum:      maandag 12 maart 2029 09:15\n"
    "Onderwerp:  RE: brief energiebedrijf\n\n"
    "Hoi Sem,\n\n"
    "De brief van het energiebedrijf (aanmaning € 64,20) betaal ik deze week van je beheerrekening. "
    "Je hoeft daar niets voor te doen.\n\n"
    "Je leefgeld blijft € 60 per week. Het staat elke vrijdag op je rekening.\n\n"
    "Stuur mij wel je nieuwe huurcontract als je dat hebt gekregen.\n\n"
    "Groet,\nJoris\n\nJoris Vermeulen\nbeschermingsbewindvoerder\nBewindkantoor Lindelaan\n\n"
    "-----Oorspronkelijk bericht-----\n"
    "Van: Sem Bakker\nVerzonden: zondag 11 maart 2029 20:02\nOnderwerp: brief energiebedrijf\n\n"
    "moet ik die brief betalen? groet sem\n"
)


def test_a_reply_is_signed_above_the_quoted_message_and_the_subject_names_no_sender(kaart):
    facts = analyse_letter(_REPLY, kaart)
    assert facts.sender is not None and facts.sender.organisation_id == "bewindvoerder"
    assert facts.kind != "aanmaning"  # the reader's bewindvoerder claims no money of its own
    assert not (facts.fact("amount_to_pay").stated and facts.fact("amount_to_pay").value)


def test_a_letter_that_names_its_sender_in_the_letterhead_keeps_it(kaart):
    head = "Datum: 14 maart 2029\nOnderwerp: Uw aanslag van het waterschap"
    facts = analyse_letter(_letter("Wij hebben uw betaling ontvangen.", head=head, sender="Gemeente Veldhoven-Oost"), kaart)
    assert facts.sender is not None and facts.sender.organisation_id == "gemeente"


# 6. yearless dates: a weekday with a day/month in figures, and a letter without a date -------------


def test_a_weekday_with_day_and_month_in_figures_is_read_day_first_in_the_year_it_fits():
    text = "Stuur mij uiterlijk woensdag 7/3 je loonstrook."
    (found, checked), = yearless_dates(text, date(2029, 3, 1))
    assert found.value == date(2029, 3, 7) and checked


def test_figures_without_a_weekday_or_with_a_wrong_one_are_no_date():
    assert yearless_dates("Pagina 7/3 van het dossier.", date(2029, 3, 1)) == []
    assert yearless_dates("Uiterlijk dinsdag 7/3 graag.", date(2029, 3, 1)) == []  # 7 maart 2029 is a woensdag
    assert yearless_dates("Open op wo 7/3 uur.", date(2029, 3, 1)) == []  # opening hours, no date


def test_without_a_letter_date_a_weekday_picks_the_year_of_the_other_dates():
    text = "De afspraak is op donderdag 22 maart 2029. Bel uiterlijk woensdag 21 maart als het niet past."
    (found, checked), = yearless_dates(text, None)
    assert found.value == date(2029, 3, 21) and checked
    assert yearless_dates("Bel uiterlijk 21 maart als het niet past. Wij zien u op 22 maart 2029.", None) == []


# 7. a date after "uiterlijk" with a clock time is a deadline, not an appointment --------------------


def test_uiterlijk_with_a_clock_time_is_a_last_moment_not_an_appointment(kaart):
    body = (
        "Wij hebben een afspraak voor u gemaakt op dinsdag 20 maart 2029 om 9.00 uur.\n\n"
        "Past de afspraak niet? Laat het ons dan weten, uiterlijk maandag 19 maart 2029 om 16.00 uur."
    )
    facts = analyse_letter(_letter(body, head="Datum: 5 maart 2029\nOnderwerp: uitnodiging"), kaart)
    meanings = {d.value: d.meaning for d in facts.dates}
    assert meanings[date(2029, 3, 20)].startswith("afspraak")
    assert not meanings[date(2029, 3, 19)].startswith("afspraak")


# 8. a reminder to act that asks no money is a herinnering, no besluit -------------------------------


def test_a_reminder_to_act_without_money_is_a_herinnering_without_bezwaar(kaart):
    head = "Datum: 5 maart 2029\nOnderwerp: Herinnering verlenging gehandicaptenparkeerkaart"
    body = (
        "Uw gehandicaptenparkeerkaart is geldig tot 1 mei 2029. U heeft nog geen verlenging aangevraagd. "
        "Vraag de verlenging alsnog aan via onze website, uiterlijk 26 maart 2029."
    )
    facts = analyse_letter(_letter(body, head=head), kaart)
    assert facts.kind == "herinnering"
    assert facts.objection.value.possible is False
    assert "herinnert u eraan" in render(facts)


def test_a_reminder_that_only_informs_stays_information(kaart):
    head = "Datum: 5 maart 2029\nOnderwerp: Herinnering"
    body = "Ter herinnering: het stadskantoor is in de week van 2 april 2029 gesloten."
    facts = analyse_letter(_letter(body, head=head), kaart)
    assert facts.kind == "informatie"


# 9. a kind in brackets after "brief van <sender>" is that other letter's kind --------------------------


def test_a_kind_in_brackets_after_another_senders_letter_is_not_this_letters_kind():
    from assistant.features.letters.kind_heads import without_other_letters

    other = "De brief van uw zorgverzekeraar (aanmaning € 52,30) hebben wij doorgestuurd."
    assert "aanmaning" not in without_other_letters(other)
    own = "Dit is onze tweede brief (aanmaning). Betaal € 52,30 uiterlijk 1 april 2029."
    assert "aanmaning" in without_other_letters(own)


# 10. an e-mail that names no bezwaar gets no default bezwaar term as a fact ----------------------------

_MAIL = (
    "Van: Ruben Smit <r.smit@gemeente-veldhoven-oost.example>\n"
    "Aan: Lotte Vos <lotte@mail.example>\n"
    "Datum: 14 maart 2029\n"
    "Onderwerp: uw boete\n\n"
    "Beste Lotte,\n\n"
    "U heeft een boete van € 140,00 gekregen voor het te laat aanbieden van afval. Betaal de boete "
    "uiterlijk 11 april 2029.\n\n"
    "Groet,\nRuben Smit\nGemeente Veldhoven-Oost\n"
)


def test_an_email_without_a_bezwaar_clause_states_no_default_bezwaar_term(kaart):
    facts = analyse_letter(_MAIL, kaart)
    assert not (facts.objection.stated and facts.objection.value.possible)


def test_the_same_message_as_a_letter_keeps_the_default_term_of_a_besluit(kaart):
    body = "U heeft een boete van € 140,00 gekregen voor het te laat aanbieden van afval. Betaal de boete uiterlijk 11 april 2029."
    head = "Datum: 14 maart 2029\nOnderwerp: Boete afval"
    objection = analyse_letter(_letter(body, head=head), kaart).objection
    assert objection.value.possible is True and objection.value.by_default


# 11. the letters of a postcode are no organisation's abbreviation --------------------------------------


def test_a_postcode_with_the_letters_of_an_abbreviation_names_no_sender(kaart):
    letter = (
        "Sportschool Kracht B.V.\nKlantenservice\n\nDatum: 14 maart 2029\n\nDe heer T. Kok\nLindelaan 4\n"
        "3314 BD  Veldhoven\n\nBeste heer Kok,\n\nUw abonnement is opgezegd per 1 april 2029.\n\n"
        "Met vriendelijke groet,\n\nSportschool Kracht B.V.\n"
    )
    facts = analyse_letter(letter, kaart)
    assert facts.sender is not None and facts.sender.organisation_id != "belastingdienst"


def test_an_offer_told_after_a_colon_beside_a_total_instruction_is_to_check(kaart):
    body = (
        "Wij vorderen € 520,00 en € 78,00 kosten. In totaal € 598,00. Ons voorstel: voldoet u uiterlijk 9 april 2029 € 520,00, "
        "dan vervallen de kosten.\n\nBetaal anders het totaalbedrag uiterlijk 30 april 2029."
    )
    amount = analyse_letter(_letter(body, sender="Incassobureau Kraanstad B.V."), kaart).fact("amount_to_pay")
    assert amount.status == "to_check"


# 12. a hedged sentence ("Misschien hebben wij nog ... nodig") says little about what the letter is -----


def test_a_hedged_request_does_not_make_the_letter_an_informatieverzoek(kaart):
    body = (
        "Wij beslissen binnen acht weken op uw aanvraag voor een parkeervergunning. "
        "Misschien hebben wij nog gegevens van u nodig. Dan vragen wij die apart op."
    )
    assert analyse_letter(_letter(body), kaart).kind != "informatieverzoek"
    asked = "Wij hebben nog gegevens van u nodig. Stuur ons uiterlijk 2 april 2029 uw huurcontract."
    assert analyse_letter(_letter(asked), kaart).kind == "informatieverzoek"
