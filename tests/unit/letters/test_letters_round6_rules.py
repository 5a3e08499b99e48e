"""General rules of fix round 6 (issue 10), each with newly written sentences and a negative
example it must not fire on; plus the one settlement detector and the one evidence de-duplication."""

from __future__ import annotations

from datetime import date

from assistant.drafts.facts import Evidence, unique_evidence
from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.options import find_options
from assistant.features.letters.periods import find_relative
from assistant.features.letters.settlement import RULE_SETTLED, settles


def _letter(body: str, head: str = "Datum: 8 maart 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Lindeveld") -> str:
    return (
        f"{sender}\nPostbus 88\n4100 AB  Lindeveld\n\n{head}\n\nGeachte heer Bos,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _actions(text: str) -> list[str]:
    return [a.value for a in analyse_letter(text).actions]


# 1. one settlement detector: actions read the amount fact's RULE_SETTLED ----------------------


def test_settled_money_gives_the_no_self_payment_action_with_its_quote():
    text = _letter("U kreeg € 260,00 te veel bijstand. Wij houden dit bedrag in op uw uitkering van mei.")
    facts = analyse_letter(text)
    assert facts.fact("amount_to_pay").rule == RULE_SETTLED
    settled = [a for a in facts.actions if a.value.startswith("U hoeft niet zelf te betalen")]
    assert settled and "ingehouden op" in settled[0].value and "uitkering" in settled[0].evidence[0].quote


def test_offsetting_only_in_a_case_is_no_settlement_in_the_actions():
    """Negative: "Als u niet betaalt, verrekenen wij ..." settles nothing; the old action regex said
    "het geld wordt ingehouden" here."""
    text = _letter("Betaal € 300,00 aan de gemeente. Als u niet betaalt, verrekenen wij het met uw uitkering.")
    assert analyse_letter(text).fact("amount_to_pay").value == 300.0
    assert not any("vanzelf" in a or "ingehouden" in a or "verrekend" in a for a in _actions(text))


# 2. what the money is offset against -----------------------------------------------------------


def test_offset_against_money_the_reader_gets_later_settles():
    assert settles("Het te veel betaalde voorschot verrekenen wij met de huurtoeslag die u volgend jaar krijgt.")
    assert settles("Wij houden het bedrag in op de uitkering die u elke maand van ons ontvangt.")


def test_costs_counted_against_the_own_share_are_no_settlement():
    assert not settles("De kosten van de fysiotherapeut worden verrekend met uw eigen risico.")
    assert settles("Wij verrekenen de eigen bijdrage met uw uitkering.")  # negative: offset against an income


def test_a_verb_final_pay_clause_names_the_amount_to_pay():
    text = _letter("Het eigen risico dat u nog moet betalen is € 175,00. Wij schrijven dit bedrag af van uw rekening.",
                   sender="Zorgverzekeraar Thuiszeker")
    assert analyse_letter(text).fact("amount_to_pay").value == 175.0
    negative = _letter("Het deel dat u niet meer hoeft te betalen is € 80,00.")
    assert analyse_letter(negative).fact("amount_to_pay").value != 80.0


# 3. terms counted from the day the reader receives the letter, in any tense --------------------


def test_a_term_after_the_day_you_receive_the_letter_is_not_exact():
    text = "Maak het geld over binnen 10 dagen na de dag waarop u deze brief krijgt."
    (r,) = find_relative(text, date(2028, 3, 8))
    assert not r.exact
    (own,) = find_relative("Maak het geld over binnen 10 dagen na de datum van deze brief.", date(2028, 3, 8))
    assert own.exact and own.value == date(2028, 3, 18)  # negative: counted from the letter's date


def test_uiterlijk_a_number_of_days_after_the_letter_date_is_a_term():
    (r,) = find_relative("Betaal uiterlijk 21 dagen na de datum van deze brief.", date(2028, 3, 8))
    assert r.value == date(2028, 3, 29) and r.exact
    assert find_relative("Wij beslissen uiterlijk 21 dagen later.", date(2028, 3, 8)) == []  # no start named


def test_a_last_payment_day_label_is_the_pay_by_date():
    text = _letter("Openstaand: € 410,00\nUiterste betaaldag: 30-04-2028\n\nBetaal het openstaande bedrag op tijd.")
    f = analyse_letter(text)
    assert f.fact("pay_by").value == date(2028, 4, 30)
    refund = _letter("U krijgt € 410,00 terug.\nUitbetaaldatum: 30-04-2028")
    assert analyse_letter(refund).fact("pay_by").value is None  # negative: money the reader gets


def test_named_termijnen_make_the_last_one_the_pay_by_date_and_no_single_date_for_the_whole():
    text = _letter(
        "U moet € 900,00 betalen. Dat mag in drie delen. De eerste termijn moet uiterlijk 1 mei 2028 betaald zijn, "
        "de laatste uiterlijk 1 juli 2028.",
        sender="Belastingdienst",
    )
    f = analyse_letter(text)
    assert f.fact("pay_by").value == date(2028, 7, 1)
    assert not any("€ 900,00. Doe dat uiterlijk op 1 mei" in a for a in _actions(text))


# 4. payment advice only where the letter asks for payment and has not refused it ---------------


def test_a_refused_or_requested_option_is_no_advice():
    text = "U vroeg om kwijtschelding. U heeft kwijtschelding aangevraagd voor de rioolheffing. Wij wijzen dat af."
    assert not [o for o in find_options(text, "aanslag", "gemeente") if o.name == "kwijtschelding"]
    offered = "Voor de OZB is geen kwijtschelding mogelijk. Voor de rioolheffing kunt u kwijtschelding aanvragen."
    assert [o for o in find_options(offered, "aanslag", "gemeente") if o.name == "kwijtschelding" and o.mentioned]


def test_no_unasked_payment_advice_when_the_letter_asks_no_payment():
    text = _letter("Wij hebben uw bankafschriften nog niet ontvangen. Stuur ze binnen twee weken.",
                   head="Datum: 8 maart 2028\nOnderwerp: Herinnering")
    assert not any("betalingsregeling" in a for a in _actions(text))
    pay = _letter("U heeft de aanslag nog niet betaald. Betaal € 120,00 binnen 14 dagen.",
                  head="Datum: 8 maart 2028\nOnderwerp: Aanmaning")
    assert any("betalingsregeling" in a for a in _actions(pay))  # negative: a payment is asked


# 5. layouts: e-mail header, column header row --------------------------------------------------


def test_an_email_header_gives_sender_and_date():
    text = (
        "Van: Debiteurenbeheer Waterkracht <noreply@waterkracht.example>\nVerzonden: vrijdag 3 maart 2028 08:02\n"
        "Onderwerp: Betalingsherinnering\n\nBeste mevrouw Kok,\n\nWij missen nog een betaling van € 54,10. "
        "Wilt u het bedrag binnen 5 dagen betalen?\n\nMet vriendelijke groet,\nDebiteurenbeheer Waterkracht\n"
    )
    f = analyse_letter(text)
    assert f.letter_date == date(2028, 3, 3) and f.sender_name == "Debiteurenbeheer Waterkracht"
    assert f.fact("amount_to_pay").value == 54.10


def test_a_date_under_the_datum_column_is_the_letter_date_but_a_payment_table_is_not():
    head = "Ons kenmerk          Behandeld door       Datum\nZ-2028-77            mevrouw Ali          6 maart 2028"
    assert analyse_letter(_letter("Wij hebben uw melding verwerkt.", head=head)).letter_date == date(2028, 3, 6)
    table = "Datum          Omschrijving          Bedrag\n2 maart 2028   Contributie           € 20,00"
    assert analyse_letter(_letter("Hieronder uw betalingen.", head=table)).letter_date is None


def test_unique_evidence_keeps_the_first_quote_of_the_same_offsets():
    a, b, c = Evidence("Betaal € 5.", 10, 21), Evidence("Betaal € 5", 10, 21), Evidence("Anders.", 22, 29)
    assert unique_evidence([a, c, b, a]) == [a, c]


# 6. "vóór <datum>" as any deadline; the e-mail "Verzonden:" line; uitstel only about paying -----


def test_a_send_deadline_voor_a_date_is_to_check_but_uiterlijk_op_is_stated():
    f = analyse_letter(_letter("Lever uw loonstroken in vóór 3 april 2028."))
    (d,) = [d for d in f.deadlines if d.value.value == date(2028, 4, 3)]
    assert d.status == "to_check" and "2 april 2028" in d.note
    g = analyse_letter(_letter("Lever uw loonstroken uiterlijk op 3 april 2028 in."))
    assert [d for d in g.deadlines if d.value.value == date(2028, 4, 3) and d.stated]  # negative


def test_a_to_check_pay_by_date_never_reaches_the_actions():
    text = _letter("U heeft de premie nog niet betaald. Betaal € 61,30 vóór 20 maart 2028.",
                   head="Datum: 8 maart 2028\nOnderwerp: Herinnering", sender="Zorgverzekeraar Thuiszeker")
    actions = _actions(text)
    assert not any("20 maart" in a for a in actions)
    assert any("€ 61,30" in a and "wanneer" in a for a in actions)


def test_verzonden_with_a_weekday_is_the_sending_date_of_the_term():
    text = _letter(
        "Wij kennen u bijzondere bijstand toe.\n\nU kunt bezwaar maken binnen zes weken na de verzenddatum.\n\n"
        "Verzonden: donderdag 9 maart 2028"
    )
    assert analyse_letter(text).objection.value.until == date(2028, 4, 20)
    no_sent = _letter("Wij kennen u bijzondere bijstand toe.\n\nU kunt bezwaar maken binnen zes weken na de verzenddatum.")
    assert analyse_letter(no_sent).objection.value.until == date(2028, 4, 19)  # negative: from the dagtekening


def test_uitstel_is_a_payment_option_only_when_it_is_about_paying():
    assert not [o for o in find_options("Lukt het niet op tijd? Vraag dan uitstel aan voor uw aangifte.", "uitnodiging", None)
                if o.name == "uitstel"]
    assert [o for o in find_options("U kunt uitstel van betaling vragen.", "aanslag", None) if o.name == "uitstel"]
    assert [o for o in find_options("Wilt u later betalen? Vraag uitstel aan.", "aanslag", None) if o.name == "uitstel"]


def test_a_purpose_clause_is_no_pay_instruction_and_a_negated_pay_row_no_amount():
    text = _letter("Geef wijzigingen op tijd door. Zo voorkomt u dat u later weer moet terugbetalen.")
    assert analyse_letter(text).fact("amount_to_pay").value is None
    assert analyse_letter(_letter("Wij hebben besloten dat u € 95,00 moet terugbetalen.")).fact(
        "amount_to_pay"
    ).value == 95.0  # negative: the verb-final clause with its amount


# 7. a beroepschrift sentence is a route clause; a term from the terinzagelegging is to check ---


def test_a_beroepschrift_sentence_with_its_date_opens_beroep_until_that_date():
    text = _letter(
        "U krijgt voor een deel kwijtschelding. U moet nog € 41,00 betalen.\n\n"
        "Niet eens met deze beslissing? Uw beroepschrift moet uiterlijk vrijdag 14 april 2028 bij ons binnen zijn.",
        sender="Waterschap Beekdal",
    )
    f = analyse_letter(text)
    assert f.objection.stated and f.objection.value.until == date(2028, 4, 14)
    assert not any("kwijtschelding" in a.value for a in f.actions)  # granted: no advice to ask for it


def test_a_term_from_the_terinzagelegging_is_to_check_but_from_the_dagtekening_stated():
    text = _letter(
        "Wij verlenen de vergunning voor de uitbouw. Bezwaar maken kan niet. U kunt beroep instellen bij de "
        "rechtbank binnen zes weken na de dag waarop dit besluit ter inzage is gelegd."
    )
    appeal = analyse_letter(text).fact("appeal")
    assert appeal.status == "to_check" and appeal.value.until is None
    own = _letter("Wij verlenen de vergunning. U kunt bezwaar maken binnen zes weken na de dagtekening van dit besluit.")
    assert analyse_letter(own).objection.value.until == date(2028, 4, 19)  # negative
