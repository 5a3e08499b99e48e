"""General rules of fix round 8 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.dates import find_service_date
from assistant.features.letters.periods import find_relative
from assistant.features.letters.sender import detect_sender
from assistant.knowledge.corpus import load_sociale_kaart


def _letter(body: str, head: str = "Datum: 14 juni 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Veldhoven-Oost") -> str:
    return (
        f"{sender}\nPostbus 41\n5500 AA  Veldhoven\n\n{head}\n\nGeachte mevrouw Kok,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


def _fact(text: str, name: str):
    return analyse_letter(text).fact(name)


def _deadline_days(text: str) -> list[date]:
    return [f.value.value for f in analyse_letter(text).deadlines if f.stated]


# 1. "U hoeft nu (nog) niets te betalen" beside a 'te betalen' row: the payment comes later ----------


def test_nothing_to_pay_now_wins_over_a_reclaim_row():
    body = (
        "Uw bijstand stopt per 1 mei 2028. U kreeg daardoor te veel bijstand.\n\n"
        "    Te veel ontvangen                 € 640,00\n"
        "    Nog terug te betalen              € 640,00\n\n"
        "U hoeft nu nog niets te betalen. Over de terugbetaling krijgt u later een aparte brief."
    )
    got = _fact(_letter(body), "amount_to_pay")
    assert got.value is None and got.status in ("to_check", "stated")


def test_a_row_without_a_not_yet_sentence_is_still_to_pay():
    """Negative: the same row without "nu nog niets" is the amount to pay."""
    body = "U kreeg te veel bijstand.\n\n    Nog terug te betalen              € 640,00\n\nBetaal dit bedrag binnen zes weken."
    assert _fact(_letter(body), "amount_to_pay").value == 640.0


# 2. a negated question ("Wilt u niet ...? Dan ...") opens a case; it asks no payment ----------------


def test_a_negated_polite_question_is_no_pay_request():
    body = (
        "Uw bijdrage is € 19,60 per maand. U hoeft nu nog niets te betalen. Op de eerste nota staat € 39,20. "
        "Wilt u niet elke keer zelf een nota overmaken? Dan kunt u ons een machtiging geven."
    )
    assert _fact(_letter(body), "amount_to_pay").value is None


def test_a_polite_question_without_negation_still_asks_payment():
    """Negative: "Wilt u € 75,00 overmaken?" is a request to pay."""
    assert _fact(_letter("Wilt u € 75,00 vóór 30 juni 2028 overmaken?"), "amount_to_pay").value == 75.0


# 3. money that arrives on the reader's own account by a date is the organisation paying --------------


def test_money_on_your_account_by_a_date_is_no_deadline_for_you():
    body = "Wij betalen u de nabetaling van € 412,00. Het geld staat uiterlijk 30 juni 2028 op uw rekening."
    assert date(2028, 6, 30) not in _deadline_days(_letter(body))


def test_money_on_our_account_by_a_date_is_your_deadline():
    """Negative: money that must be on the organisation's account by then is the reader's deadline."""
    body = "Betaal € 412,00. Het bedrag moet uiterlijk 30 juni 2028 op onze rekening staan."
    assert date(2028, 6, 30) in _deadline_days(_letter(body))


# 4. the organisation must have received the money by a date: that is the date to pay by ------------


def test_a_date_by_which_we_must_have_received_the_amount_is_the_pay_by_date():
    body = (
        "    U moet betalen                    € 318\n\n"
        "Wij moeten het bedrag van € 318 uiterlijk op 9 augustus 2028 hebben ontvangen. "
        "Maak het over op onze rekening."
    )
    got = _fact(_letter(body), "pay_by")
    assert got.stated and got.value == date(2028, 8, 9)


def test_a_date_by_which_we_received_your_letter_is_no_pay_by_date():
    """Negative: received papers are no payment."""
    body = "U moet betalen € 318 vóór 1 september 2028. Wij hebben uw brief op 2 juni 2028 ontvangen."
    assert _fact(_letter(body), "pay_by").value != date(2028, 6, 2)


# 5. a term counted from the verzending counts from the verzenddatum the letter names ----------------


def test_a_term_after_the_day_of_sending_counts_from_the_named_sending_date():
    text = "Datum: 2 oktober 2028\nVerzonden: 4 oktober 2028\nBetaal binnen vier weken na de dag van verzending van deze brief."
    (got,) = find_relative(text, date(2028, 10, 2))
    assert got.value == date(2028, 11, 1) and got.exact


def test_a_term_after_the_letter_date_ignores_the_sending_date():
    """Negative: "na de datum van deze brief" still counts from the dagtekening."""
    text = "Datum: 2 oktober 2028\nVerzonden: 4 oktober 2028\nBetaal binnen vier weken na de datum van deze brief."
    (got,) = find_relative(text, date(2028, 10, 2))
    assert got.value == date(2028, 10, 30)


# 6. an exploot's "Op <datum> heb ik ... betekend" is the day of service; "na vandaag" counts from it --


def test_the_exploot_sentence_names_the_day_of_service():
    text = (
        "Dagtekening 3 april 2028\n\nOp woensdag 12 april 2028 heb ik, K.L. Smit, deurwaarder, dit dwangbevel "
        "betekend aan de schuldenaar. Ik beveel u het bedrag binnen twee dagen na vandaag te betalen."
    )
    assert find_service_date(text).value == date(2028, 4, 12)
    (got,) = find_relative(text, date(2028, 4, 3))
    assert got.value == date(2028, 4, 14) and got.exact


def test_na_vandaag_in_a_served_paper_without_its_day_is_not_exact():
    """Negative: without the day of service, the term is not counted as if from the letter's date."""
    text = "Dagtekening 3 april 2028\n\nDit dwangbevel is betekend. Betaal binnen twee dagen na vandaag."
    (got,) = find_relative(text, date(2028, 4, 3))
    assert not got.exact


# 7. a fee (griffierecht, leges) is money the pay instruction can name ------------------------------


def test_griffierecht_named_by_the_instruction_is_the_amount_to_pay():
    body = "Voor uw beroep moet u griffierecht betalen. Voor deze zaak bedraagt het griffierecht € 53."
    assert _fact(_letter(body), "amount_to_pay").value == 53.0


# 8. kinds: a reclaim set at nil is no terugvordering; a subject that decides on a right is a besluit --


def test_a_reclaim_set_at_nil_is_no_terugvordering():
    body = (
        "U heeft € 64 te veel zorgtoeslag gekregen. Dat bedrag is zo laag dat wij het niet terugvorderen: "
        "de terugvordering is vastgesteld op € 0. Bent u het niet eens met deze beslissing? Dan kunt u "
        "bezwaar maken binnen 6 weken na de datum van deze brief."
    )
    assert _fact(_letter(body, "Datum: 14 juni 2028\nOnderwerp: Definitieve berekening zorgtoeslag 2027"), "kind").value == "besluit"


def test_a_reclaim_with_an_amount_stays_a_terugvordering():
    """Negative: a real reclaim of € 640."""
    body = (
        "U heeft € 640 te veel zorgtoeslag gekregen. Dat bedrag vorderen wij van u terug. De terugvordering "
        "is € 640. Bent u het niet eens met deze beslissing? Dan kunt u bezwaar maken binnen 6 weken."
    )
    assert _fact(_letter(body, "Datum: 14 juni 2028\nOnderwerp: Definitieve berekening zorgtoeslag 2027"), "kind").value == "terugvordering"


def test_a_subject_that_ends_a_right_makes_the_letter_a_besluit():
    body = (
        "Omdat u bent gaan samenwonen, stopt uw uitkering. U kreeg daardoor € 410 te veel. Dat bedrag vorderen "
        "wij van u terug. Bent u het niet eens met deze beslissing? Dan kunt u bezwaar maken binnen 6 weken."
    )
    head = "Datum: 14 juni 2028\nOnderwerp: Uw uitkering stopt"
    assert _fact(_letter(body, head), "kind").value == "besluit"
    head = "Datum: 14 juni 2028\nOnderwerp: Uw uitkering stopt; terugvordering"
    assert _fact(_letter(body, head), "kind").value == "terugvordering"  # negative: the subject names it


# 9. kinds: a letter that says nothing needs transferring is no aanmaning; another letter's reminder --


def test_a_collection_letter_that_asks_nothing_to_transfer_is_no_aanmaning():
    body = (
        "Wij hebben beslag gelegd op uw uitkering, omdat u de rekening niet heeft betaald. Het openstaande "
        "bedrag is € 1.210,00. U hoeft zelf niets over te maken: de betaling loopt via de uitkeringsinstantie."
    )
    assert _fact(_letter(body, sender="Pieters Gerechtsdeurwaarders"), "kind").value != "aanmaning"


def test_a_reminder_the_reader_may_still_get_does_not_name_this_letter():
    body = (
        "Je huur van juli heb ik gisteren betaald. Misschien krijg je nog een herinnering van de verhuurder, "
        "die kun je weggooien. Stuur mij wel je loonstrook van juni."
    )
    assert _fact(_letter(body, sender="Budgetbureau Tiems"), "kind").value != "aanmaning"


def test_a_reminder_that_asks_payment_stays_an_aanmaning():
    """Negative: a real reminder."""
    body = "Dit is een herinnering. U heeft de factuur van € 88,00 nog niet betaald. Betaal binnen 14 dagen."
    assert _fact(_letter(body, sender="Pieters Gerechtsdeurwaarders"), "kind").value == "aanmaning"


# 10. bezwaar against a decision still to come is about another decision, not this letter ------------


def test_bezwaar_against_a_later_decision_leaves_this_letter_closed():
    body = (
        "Wij hebben uw melding ontvangen. Dit is geen besluit. U kunt hiertegen dus geen bezwaar maken. "
        "Tegen de beslissing die u later op uw aanvraag krijgt, kunt u wel bezwaar maken."
    )
    got = _fact(_letter(body), "objection")
    assert got.stated and got.value.possible is False


# 11. a thing of the reader that must be with the organisation by a date is a deadline to send it -----


def test_a_plan_that_must_be_with_us_by_a_date_is_a_deadline():
    body = "Wilt u een eigen plan maken? Dan moet uw plan uiterlijk op maandag 19 juni 2028 bij ons zijn."
    assert date(2028, 6, 19) in _deadline_days(_letter(body))


# 12. senders: the first-named organisation of the letterhead; a signature's firm, not the person -----


def test_the_first_named_organisation_of_the_letterhead_is_the_sender():
    kaart = load_sociale_kaart()
    text = (
        "Kredietbank Maas en Waal\nuitvoerder van de schuldhulpverlening voor de gemeente Druten\n\n"
        "Druten, 3 mei 2028\n\nGeachte heer Ates,\n\nU krijgt een budgetcoach. De schuldhulpverlening is gratis.\n"
        "Uw budgetcoach belt u. De budgetcoach helpt u.\n\nMet vriendelijke groet,\n\nKredietbank Maas en Waal\n"
    )
    assert "kredietbank" in detect_sender(text, kaart).name.lower()


def test_a_persons_mail_is_sent_for_the_firm_in_the_signature():
    kaart = load_sociale_kaart()
    text = (
        "Van:        Sanne de Wit <s.dewit@bewind-dewit.example>\nAan:        Ravi <ravi@mail.example>\n"
        "Verzonden:  maandag 5 juni 2028 10:02\nOnderwerp:  Je leefgeld\n\nHoi Ravi,\n\nJe leefgeld gaat omhoog.\n\n"
        "Groet,\nSanne\n\nSanne de Wit\nBewindvoering De Wit\nbeschermingsbewindvoerder\n"
    )
    assert detect_sender(text, kaart).name == "Bewindvoering De Wit"


# 13. a court is no bestuursorgaan (Awb 1:1 lid 2 onder c): its letter is no besluit, no bezwaar -----


def _court_letter(sender: str) -> str:
    return (
        f"{sender}\nsector bestuursrecht\n\nDatum: 6 maart 2028\nOnderwerp: uw beroep tegen de beslissing op bezwaar "
        "van 2 februari 2028\n\nGeachte heer Vos,\n\nWij hebben uw beroepschrift ontvangen. Dit is de beslissing "
        "op bezwaar waartegen u beroep instelt. U moet griffierecht betalen. Het griffierecht bedraagt € 53.\n\n"
        f"Hoogachtend,\n\n{sender}\n"
    )


def test_a_court_letter_is_no_decision_and_opens_no_bezwaar():
    facts = analyse_letter(_court_letter("Rechtbank Oost-Brabant"), load_sociale_kaart())
    assert facts.kind == "informatie"
    objection = facts.fact("objection")
    assert objection.stated and objection.value.possible is False


def test_the_same_words_from_a_gemeente_stay_a_beslissing_op_bezwaar():
    """Negative: a bestuursorgaan's letter with the same words is a beslissing op bezwaar."""
    facts = analyse_letter(_court_letter("Gemeente Heeze"), load_sociale_kaart())
    assert facts.kind == "beslissing_op_bezwaar"


# 14. a note named after a dash (a compound "dossiernotitie", "spreekuur") with note sections is no letter


def test_a_case_note_with_a_dash_title_and_sections_is_no_letter():
    from assistant.features.letters.shape import letter_doubts

    note = (
        "Buurtteam Oost – dossiernotitie voor het MDO\nDatum: 4-3-2028\nBetreft: dhr. P. Lont (61)\n\n"
        "Stand van zaken\n- Meneer heeft een energieschuld van € 900.\n- De leverancier dreigt af te sluiten.\n"
    )
    assert letter_doubts(note, sender_found=True, date_found=True)


def test_a_letter_with_a_feiten_section_and_a_salutation_stays_a_letter():
    """Negative: a beslissing op bezwaar has a "Feiten" section, but also a salutation and closing."""
    from assistant.features.letters.shape import letter_doubts

    letter = (
        "Gemeente Heeze\nPostbus 4\n5590 AA  Heeze\n\nDatum: 4 maart 2028\nOnderwerp: beslissing op bezwaar\n\n"
        "Geachte heer Lont,\n\nFeiten\nU maakte bezwaar tegen ons besluit.\n\nMet vriendelijke groet,\n\nGemeente Heeze\n"
    )
    assert letter_doubts(letter, sender_found=True, date_found=True) == []
