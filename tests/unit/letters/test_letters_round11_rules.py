"""General rules of fix round 11 (issue 10), each with newly written sentences and a negative example
it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.features.letters.analysis import analyse_letter
from assistant.features.letters.options import find_options
from assistant.features.letters.template import render
from assistant.knowledge.corpus import load_sociale_kaart


@pytest.fixture(scope="module")
def kaart():
    return load_sociale_kaart()


def _letter(body: str, head: str = "Datum: 3 mei 2028\nOnderwerp: Uw zaak", sender: str = "Gemeente Ravensweerd") -> str:
    return (
        f"{sender}\nPostbus 208\n7300 KL  Ravensweerd\n\n{head}\n\nGeachte heer Oudshoorn,\n\n{body}\n\n"
        f"Met vriendelijke groet,\n\n{sender}\n"
    )


# 1. a court's letter that is or sends a judgment is a vonnis -----------------------------------------

_JUDGMENT = (
    "Bijgaand ontvangt u een kopie van het vonnis van de kantonrechter in de zaak die de verhuurder tegen u "
    "heeft aangespannen. De griffie int geen geld.\n\n"
    "VONNIS\n\n"
    "De kantonrechter veroordeelt gedaagde om aan eiser te betalen € 1.120,00 aan achterstallige huur;\n"
    "veroordeelt gedaagde in de proceskosten, begroot op € 410,00."
)


def test_a_courts_letter_that_sends_a_judgment_is_a_vonnis(kaart):
    facts = analyse_letter(_letter(_JUDGMENT, sender="Rechtbank Noord-Veluwezoom"), kaart)
    kind = facts.fact("kind")
    assert kind.value == "vonnis" and kind.stated
    assert any("vonnis" in e.quote.lower() for e in kind.evidence)
    assert facts.objection.stated and facts.objection.value.possible is False
    # which party the reader is decides who pays: the ordered amounts stay to check
    assert facts.fact("amount_to_pay").status == "to_check"
    assert "uitspraak van de rechter" in render(facts)


def test_a_courts_invitation_to_a_hearing_is_no_vonnis(kaart):
    body = (
        "Wij nodigen u uit voor de zitting over uw beroep op dinsdag 13 juni 2028 om 11.00 uur. "
        "De rechter doet daarna uitspraak. U krijgt de uitspraak later per post."
    )
    facts = analyse_letter(_letter(body, sender="Rechtbank Noord-Veluwezoom"), kaart)
    assert facts.kind != "vonnis"


def test_another_sender_that_names_a_vonnis_does_not_send_one(kaart):
    body = (
        "Hierbij ontvangt u een afschrift van het vonnis van de rechtbank. Op grond van dat vonnis vragen wij "
        "u € 640,00 te betalen."
    )
    facts = analyse_letter(_letter(body, sender="Gerechtsdeurwaarderskantoor Brink & Zonen"), kaart)
    assert facts.kind != "vonnis"


# 2. a yearly or final statement of account is information with a balance ----------------------------


def test_a_subject_naming_a_final_statement_makes_an_information_letter():
    body = (
        "U bent verhuisd en wij hebben uw levering beëindigd. Over de laatste maanden heeft u te veel "
        "betaald. Wij storten € 58,20 terug op uw rekening."
    )
    head = "Datum: 3 mei 2028\nOnderwerp: Uw eindafrekening"
    assert analyse_letter(_letter(body, head=head, sender="Lichtpunt Stroom")).kind == "informatie"


def test_a_reminder_about_a_final_statement_stays_a_reminder():
    """Negative: the head noun is the reminder; the statement is what it is about."""
    body = "U heeft de eindafrekening van maart nog niet betaald. Betaal € 58,20 uiterlijk 17 mei 2028."
    head = "Datum: 3 mei 2028\nOnderwerp: Herinnering eindafrekening"
    assert analyse_letter(_letter(body, head=head, sender="Lichtpunt Stroom")).kind == "aanmaning"


# 3. a sender outside the sociale kaart is private when its legal form or a disputes body says so -----


def test_a_sender_named_with_its_legal_form_in_the_footer_takes_no_besluit():
    body = (
        "Uw nieuwe voorschot is € 96,00 per maand.\n\nLichtpunt Stroom B.V. | KvK 00000000 | Postbus 12, Ravensweerd"
    )
    facts = analyse_letter(_letter(body, sender="Lichtpunt Stroom"))
    assert facts.sender.government is False
    assert facts.objection.stated and facts.objection.value.possible is False


def test_a_sender_whose_disputes_go_to_a_geschillencommissie_takes_no_besluit():
    body = (
        "Bent u het niet eens met deze nota? Bel ons eerst. Komen we er samen niet uit, dan kunt u uw klacht "
        "voorleggen aan de Geschillencommissie Water."
    )
    facts = analyse_letter(_letter(body, sender="Waterlijn Noord"))
    assert facts.sender.government is False
    assert facts.objection.stated and facts.objection.value.possible is False


def test_another_company_named_in_the_letter_does_not_make_the_sender_private():
    """Negative: the legal form belongs to another party, and no disputes body is named."""
    body = "Wij hebben de aanvraag van Bouwbedrijf Stevens B.V. voor uw straat ontvangen en bekeken."
    facts = analyse_letter(_letter(body, sender="Waterlijn Noord"))
    assert facts.sender.government is None


# 4. a subject that offers or confirms a betalingsregeling names the letter ---------------------------


def test_a_subject_offering_a_payment_arrangement_makes_a_betalingsregeling():
    body = (
        "U heeft een achterstand van drie maanden. Deze achterstand is nog niet betaald. U mag de achterstand "
        "in vijf maandelijkse termijnen van € 44,00 betalen. Stuur het formulier uiterlijk 24 mei 2028 terug."
    )
    head = "Datum: 3 mei 2028\nOnderwerp: Achterstand en voorstel betalingsregeling"
    facts = analyse_letter(_letter(body, head=head, sender="Zorgverzekeraar Zeestroom"))
    assert facts.kind == "betalingsregeling"
    text = render(facts)
    assert "U betaalt in delen." not in text  # an offer: the reader has not agreed yet
    assert "betalingsregeling" in text


def test_a_reminder_that_mentions_a_possible_arrangement_stays_a_reminder():
    """Negative: the subject names the reminder; a betalingsregeling is only a possibility."""
    body = (
        "Uw premie van april is nog niet betaald. Betaal € 44,00 uiterlijk 17 mei 2028. Lukt dat niet? "
        "Vraag dan een betalingsregeling aan."
    )
    head = "Datum: 3 mei 2028\nOnderwerp: Herinnering premie april"
    assert analyse_letter(_letter(body, head=head, sender="Zorgverzekeraar Zeestroom")).kind == "aanmaning"


# 5. the reader's own bewindvoerder claims nothing: its letter about money is information ------------

_BUDGET = (
    "Hierbij je overzicht voor juni. Ik heb je huur en je energie van je beheerrekening betaald. Stuurt iemand "
    "je toch een herinnering of aanmaning? Geef die dan aan mij. Met de Belastingdienst heb ik een "
    "betalingsregeling afgesproken van € 25 per maand."
)


def test_a_bewindvoerders_budget_letter_is_information(kaart):
    facts = analyse_letter(_letter(_BUDGET, sender="Bewindvoering Het Anker"), kaart)
    assert facts.kind == "informatie" and facts.fact("kind").stated


def test_a_collection_agencys_reminder_stays_a_reminder(kaart):
    """Negative: the same kind of money letter from a party that claims it is a reminder."""
    body = "Dit is een herinnering. Uw nota van april is nog niet betaald. Betaal € 85,00 uiterlijk 17 mei 2028."
    facts = analyse_letter(_letter(body, sender="Incassobureau Rekenzeker"), kaart)
    assert facts.kind == "aanmaning"


# 6. a term counted from the day of betekening that the letter dates -----------------------------------

_WRIT = (
    "De invorderingsambtenaar beveelt de belastingschuldige het verschuldigde bedrag van € 318,40 binnen twee "
    "dagen na betekening van dit dwangbevel te betalen.\n\n"
    "BETEKENING\nDit dwangbevel is op {day} aan de belastingschuldige betekend door de belastingdeurwaarder."
)


def _writ(day: str) -> str:
    return _letter(_WRIT.format(day=day), head="Datum: 3 mei 2028\nOnderwerp: Dwangbevel")


def test_a_term_after_betekening_counts_from_the_day_of_service_the_letter_gives():
    facts = analyse_letter(_writ("woensdag 7 juni 2028"))
    pay_by = facts.fact("pay_by")
    assert pay_by.stated and pay_by.value == date(2028, 6, 9)
    assert "betekening" in pay_by.rule and "7 juni 2028" in pay_by.rule


def test_a_served_term_that_ends_on_a_saturday_is_to_check():
    facts = analyse_letter(_writ("donderdag 8 juni 2028"))
    pay_by = facts.fact("pay_by")
    assert pay_by.status == "to_check" and "Algemene termijnenwet" in pay_by.rule
    assert not any(f.stated and f.value.value == date(2028, 6, 10) for f in facts.deadlines)


def test_a_term_after_betekening_without_its_day_is_not_stated():
    """Negative: the letter says nothing about when it was served."""
    body = _WRIT.split("\n\nBETEKENING")[0]
    facts = analyse_letter(_letter(body, head="Datum: 3 mei 2028\nOnderwerp: Dwangbevel"))
    assert not facts.fact("pay_by").stated
    assert not any(f.stated for f in facts.deadlines)


# 7. a bezwaar end that the Algemene termijnenwet moves stays to check ---------------------------------


def test_a_bezwaar_term_ending_on_a_sunday_stays_to_check():
    # 9 april 2028 + six weeks = Sunday 21 mei 2028
    body = "Wij hebben besloten uw aanvraag af te wijzen. Bent u het niet eens met dit besluit? Maak dan bezwaar."
    facts = analyse_letter(_letter(body, head="Datum: 9 april 2028\nOnderwerp: Besluit op uw aanvraag"))
    objection = facts.objection
    assert objection.status == "to_check" and objection.value.possible is True
    assert "Algemene termijnenwet" in objection.rule


# 8. a letter the reader may still get, named with another ("een nota of aanmaning"), is not this one ---


def test_a_reminder_the_reader_may_still_get_beside_another_letter_is_not_this_letter():
    body = (
        "Wij hebben uw schulden op een rij gezet en nemen contact op met uw schuldeisers. Krijgt u toch een "
        "nota of aanmaning van een schuldeiser? Stuur die dan naar ons door."
    )
    assert analyse_letter(_letter(body, sender="Gemeente Ravensweerd")).kind != "aanmaning"


def test_a_letter_that_calls_itself_a_reminder_stays_one():
    """Negative: the letter names itself; the coordination is its own subject."""
    body = "Dit is een aanmaning. Uw nota of factuur van maart is nog niet betaald. Betaal € 61,00 uiterlijk 17 mei 2028."
    assert analyse_letter(_letter(body, sender="Gemeente Ravensweerd")).kind == "aanmaning"


# 9. withholding told about what a sentence that holds only in a case named, holds only then ----------


def test_withholding_of_a_later_premium_in_a_consequence_leaves_the_amount_to_pay():
    body = (
        "U heeft een achterstand. Betaal de achterstand van € 210,00 uiterlijk 17 mei 2028.\n\n"
        "Wat gebeurt er als u niet betaalt?\n"
        "Bij een grotere achterstand melden wij u aan bij het CAK. U betaalt dan een hogere premie aan het CAK. "
        "Die premie wordt ingehouden op uw uitkering."
    )
    amount = analyse_letter(_letter(body, sender="Zorgverzekeraar Zeestroom")).fact("amount_to_pay")
    assert amount.stated and amount.value == 210.0


def test_withholding_of_the_amount_itself_is_still_settled():
    """Negative: the sentence before holds without a case; the money is withheld."""
    body = "U moet € 210,00 terugbetalen. Dat bedrag wordt ingehouden op uw uitkering."
    amount = analyse_letter(_letter(body)).fact("amount_to_pay")
    assert amount.status == "to_check" and "ingehouden" in (amount.rule or "")  # asked and withheld: check


# 10. a debit that goes on about a chosen option is no automatic payment of the amount ------------------


def _actions(text: str) -> list[str]:
    return [a.value for a in analyse_letter(text).actions if a.stated]


def test_a_debit_told_after_a_chosen_option_is_no_automatic_payment():
    body = (
        "U kunt kiezen.\n\n"
        "A. U betaalt € 210,00 in één keer, uiterlijk 24 mei 2028.\n\n"
        "B. U kiest voor betalen in termijnen. U betaalt dan vier termijnen van € 52,50. "
        "De eerste termijn schrijven wij af op 1 juni 2028."
    )
    actions = _actions(_letter(body, sender="Zorgverzekeraar Zeestroom"))
    assert not any("vanzelf van uw rekening" in a for a in actions)


def test_a_debit_of_the_agreed_instalments_is_an_automatic_payment():
    """Negative: no choice is open; the debit is how the amount is paid."""
    body = (
        "Totaal te betalen: € 210,00. U betaalt dit bedrag via automatische incasso. "
        "De eerste termijn schrijven wij af op 1 juni 2028."
    )
    head = "Datum: 3 mei 2028\nOnderwerp: Aanslag gemeentelijke belastingen 2028"
    actions = _actions(_letter(body, head=head))
    assert any("vanzelf van uw rekening" in a for a in actions)


# 11. an arrangement already made, or a row of a budget overview, is no advice to ask for one -----------


def test_an_arrangement_already_made_or_a_budget_row_is_no_offer():
    text = (
        "Dit heb ik deze maand voor je betaald:\n"
        "   Huur mei                                       € 612,00\n"
        "   Aflossing betalingsregeling Belastingdienst    € 25,00\n\n"
        "Met het CJIB heb ik een betalingsregeling van € 30 per maand afgesproken. Je hoeft zelf niets te doen."
    )
    assert not [o for o in find_options(text, "informatie", None) if o.name == "betalingsregeling"]


def test_an_offered_arrangement_is_an_option():
    """Negative: the letter offers the arrangement to the reader."""
    text = "Betaal € 85,00 uiterlijk 17 mei 2028. Kunt u niet in één keer betalen? Vraag dan een betalingsregeling aan."
    assert [o for o in find_options(text, "aanmaning", None) if o.name == "betalingsregeling" and o.mentioned]


# 12. what the sender itself must hand in is no request for the reader's papers --------------------------


def test_what_the_sender_must_hand_in_is_no_information_request():
    body = (
        "Hierbij het overzicht van je inkomsten en uitgaven over april. Je leefgeld blijft € 60 per week. "
        "Wij moeten het jaarverslag uiterlijk 1 maart 2029 bij de kantonrechter inleveren. "
        "Ook moeten wij de rekening en verantwoording opsturen. Wij moeten die stukken dus op tijd inleveren."
    )
    assert analyse_letter(_letter(body, sender="Budgetbureau Het Anker")).kind != "informatieverzoek"


def test_a_request_to_hand_in_papers_stays_an_information_request():
    """Negative: the reader is asked to hand the papers in."""
    body = (
        "Voor uw aanvraag hebben wij nog stukken nodig. Lever uw loonstroken van maart en april uiterlijk "
        "17 mei 2028 bij ons in."
    )
    assert analyse_letter(_letter(body)).kind == "informatieverzoek"
