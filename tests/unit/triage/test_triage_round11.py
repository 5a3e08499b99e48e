"""Party, dependency and urgency rules (fix round before blind round 11).

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess
from assistant.features.triage.involvement import counted_mentions
from assistant.knowledge.organisations import find_mentions


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


# --- settled, history, background ----------------------------------------------------------------


def test_a_clause_that_refers_back_and_says_nothing_needs_doing(orgs):
    text = "Het CAK heeft de eigen bijdrage opnieuw berekend; daar hoeft meneer niets mee. Hij vraagt huurtoeslag aan."
    assert "cak" not in _units(text, orgs)
    text = "Het CAK heeft de eigen bijdrage opnieuw berekend; daar moet meneer bezwaar tegen maken."
    assert "cak" in _units(text, orgs)


def test_named_as_not_relevant(orgs):
    text = "De Belastingdienst: teruggaaf over vorig jaar ontvangen, verder niet van belang. Ze vraagt bijstand aan bij de gemeente."
    assert "belastingdienst" not in _units(text, orgs)
    text = "De Belastingdienst: aanslag ontvangen, die moet ze binnen een maand betalen."
    assert "belastingdienst" in _units(text, orgs)


def test_a_debt_paid_in_full_is_settled(orgs):
    text = "De naheffing van het waterschap is inmiddels volledig betaald. Ze wil kwijtschelding bij de gemeente aanvragen."
    assert "waterschap" not in _units(text, orgs)
    assert "waterschap" in _units("De naheffing van het waterschap is nog niet betaald.", orgs)


def test_a_bare_verdict_closes_a_note_line(orgs):
    text = "CJIB boete betaald via de app, afgehandeld.\nHij wil zorgtoeslag aanvragen bij Toeslagen."
    assert "cjib" not in _units(text, orgs)
    text = "CJIB boete nog niet afgehandeld, aanmaning ontvangen."
    assert "cjib" in _units(text, orgs)


def test_a_verdict_before_a_colon_covers_the_explanation(orgs):
    text = "Zijn pensioen is prima geregeld: hij krijgt elke maand AOW van de SVB. Hij vraagt hulp bij de aanslag van de Belastingdienst."
    assert "svb" not in _units(text, orgs)
    text = "Zijn pensioen is nog een probleem: de SVB heeft de AOW verlaagd."
    assert "svb" in _units(text, orgs)


def test_the_former_organisation_is_history_unless_a_claim_is_open(orgs):
    text = "Ze krijgt bijstand sinds maart, na het einde van haar contract bij haar vroegere werkgever."
    assert "werkgever" not in _units(text, orgs)
    text = "Zijn vroegere werkgever heeft het laatste loon nooit betaald; hij wil dat geld alsnog."
    assert "werkgever" in _units(text, orgs)


def test_an_event_of_last_year_with_nothing_open_is_history(orgs):
    text = "Het CJIB: daar heeft hij vorig jaar een boete afgelost. Nu vraagt hij bijstand aan bij de gemeente."
    assert "cjib" not in _units(text, orgs)
    assert "cjib" in _units("Het CJIB: daar heeft hij sinds vorig jaar een schuld die nog loopt.", orgs)


def test_a_later_closing_statement_closes_earlier_mentions(orgs):
    text = (
        "De GGZ heeft hem vorig najaar behandeld en begeleid. Hij vraagt nu bijstand aan bij de gemeente. "
        "De GGZ is sinds de zomer niet meer bij hem betrokken."
    )
    assert "ggz" not in _units(text, orgs)
    # a later mention that gives it a part again keeps it a party
    text = (
        "De GGZ is niet meer bij hem betrokken. Hij vraagt bijstand aan bij de gemeente. "
        "De GGZ heeft hem nu toch weer op de wachtlijst gezet."
    )
    assert "ggz" in _units(text, orgs)


def test_a_relative_clause_before_the_closure(orgs):
    text = "Het uitzendbureau waar zij vorig jaar voor werkte is niet meer in beeld. Ze vraagt WW aan bij het UWV."
    assert "werkgever" not in _units(text, orgs)
    assert "uwv" in _units(text, orgs)


def test_a_label_whose_matter_has_ended(orgs):
    text = "Jeugdzorg: traject afgerond in de zomer.\nVraag: hulp bij de aanvraag van huurtoeslag bij Toeslagen."
    assert "jeugdzorg" not in _units(text, orgs)
    assert "jeugdzorg" in _units("Jeugdzorg: traject loopt nog, wacht op een besluit.", orgs)


def test_a_consequence_of_a_condition_that_has_not_happened(orgs):
    text = "De corporatie schrijft: als de huur op 1 juni niet betaald is, gaat de vordering naar de deurwaarder."
    assert "deurwaarder" not in _units(text, orgs)
    text = "De corporatie heeft de vordering overgedragen aan de deurwaarder, die beslag legt."
    assert "deurwaarder" in _units(text, orgs)


def test_what_happened_to_a_neighbour_or_a_relatives_own_matter(orgs):
    text = "Haar vriendin had vorige maand de deurwaarder aan de deur. Zij zelf vraagt huurtoeslag aan."
    assert "deurwaarder" not in _units(text, orgs)
    text = "zus heeft een schuld bij het CJIB en vroeg of cl. die betaalt -> zaak van de zus zelf."
    assert "cjib" not in _units(text, orgs)
    assert "cjib" in _units("Cl. heeft zelf een schuld bij het CJIB en krijgt aanmaningen.", orgs)


def test_who_referred_in_a_label_line(orgs):
    text = "Cliënt: dhr. B.\nVerwezen door: Humanitas\nHij vraagt bijzondere bijstand aan bij de gemeente."
    assert "humanitas" not in _units(text, orgs)
    text = "Een medewerker van de huisarts hoorde zijn verhaal aan en heeft hem toen naar ons gestuurd. Hij vraagt WW aan."
    assert "huisarts" not in _units(text, orgs)


def test_an_offer_the_client_turns_down(orgs):
    text = "Aanmelding bij de voedselbank aangeboden; wil dhr. voorlopig niet. Hij vraagt bijstand aan bij de gemeente."
    assert "voedselbank" not in _units(text, orgs)
    assert "voedselbank" in _units("Aanmelding bij de voedselbank gedaan; hij haalt vanaf vrijdag een pakket.", orgs)


def test_a_step_the_writer_may_take_if_a_condition_comes_true(orgs):
    text = (
        "Ik heb gezegd dat we, als de gemeente de bijstand toch stopzet, de rechtbank om een voorlopige "
        "voorziening kunnen vragen."
    )
    assert "rechtbank" not in _units(text, orgs)
    text = "Ons verzoek om een voorlopige voorziening ligt bij de rechtbank; de zitting is volgende week."
    assert "rechtbank" in _units(text, orgs)


def test_a_threatened_step_is_not_a_settled_one(orgs):
    text = "Brief van de energieleverancier: als er niet betaald wordt, worden gas en licht op 4 mei afgesloten."
    assert "energieleverancier" in _units(text, orgs)
    text = "De schuld bij de energieleverancier is betaald en het dossier is afgesloten."
    assert "energieleverancier" not in _units(text, orgs)


# --- readings that are not the organisation -------------------------------------------------------


def test_a_job_named_in_a_compound(orgs):
    text = "Hij heeft volgende week een gesprek met de schoolmaatschappelijk werker. Hij vraagt zorgtoeslag aan."
    assert "school" not in _units(text, orgs)
    assert "school" in _units("De school heeft hem geschorst en wil een gesprek.", orgs)



def test_a_desk_of_another_named_organisation(orgs):
    text = "Ik heb de medewerker incasso bij Wonen Plus gebeld over de huurachterstand."
    assert "incassobureau" not in _units(text, orgs)
    assert "incassobureau" in _units("Het incassobureau stuurde een aanmaning.", orgs)


def test_a_bare_noun_after_op_or_naar_is_an_activity(orgs):
    text = "Hun dochter heeft het moeilijk op school. Ze vragen kinderopvangtoeslag aan bij Toeslagen."
    assert "school" not in _units(text, orgs)
    assert "school" in _units("De school heeft een gesprek aangevraagd over het verzuim.", orgs)


def test_where_the_client_lay_is_a_place(orgs):
    text = "Hij lag in maart twee weken in het ziekenhuis, daardoor is de aanvraag bij het UWV laat."
    assert "ziekenhuis" not in _units(text, orgs)
    assert "ziekenhuis" in _units("Het ziekenhuis stuurde een factuur voor de eigen bijdrage.", orgs)
    # lying there now is the present situation, not a past place
    assert "ziekenhuis" in _units("Hij ligt sinds maandag in het ziekenhuis en kan zijn post niet openen.", orgs)


def test_the_workplace_named_by_a_relative_clause(orgs):
    """The mention itself is no organisation reading (a situation may still imply the employer)."""
    by_id = {o.id: o for o in orgs}
    text = "Het uitzendbureau waar hij werkt heeft het rooster veranderd."
    assert not [m for m in counted_mentions(text, find_mentions(text, orgs), by_id) if m.org_id == "werkgever"]
    text = "Het uitzendbureau heeft zijn loon over mei niet betaald."
    counted = [m for m in counted_mentions(text, find_mentions(text, orgs), by_id) if m.org_id == "werkgever"]
    assert counted and not counted[0].negated


# --- a role in the question ----------------------------------------------------------------------


def test_roles_in_compounds_debits_forms_and_runs_through(orgs):
    assert "zorgverzekeraar" in _units("Hij kreeg een betalingsherinnering van de zorgverzekeraar.", orgs)
    assert "zorgverzekeraar" in _units("De zorgverzekeraar heeft de premie dubbel afgeschreven.", orgs)
    assert "ind" in _units("We vullen samen het aanvraagformulier van de IND in.", orgs)
    assert "gemeente" in _units("De bijzondere bijstand loopt via de gemeente.", orgs)
    assert "zorgverzekeraar" not in _units("Hij noemde de zorgverzekeraar even.", orgs)


# --- dependencies ------------------------------------------------------------------------------


def test_mits_is_a_condition_between_two_parties(orgs):
    text = (
        "De corporatie zet de ontruiming stop, mits de gemeente bevestigt dat mevrouw bij de "
        "schuldhulpverlening is aangemeld."
    )
    assert assess(text, orgs).category == 3
    text = "De corporatie zet de ontruiming stop. De gemeente helpt mevrouw met schuldhulpverlening."
    assert assess(text, orgs).category == 2


def test_a_long_condition_after_zonder(orgs):
    text = (
        "De gemeente wil een traplift betalen. Zonder een schriftelijke verklaring van de eigenaar van de "
        "woning kan de gemeente de traplift niet toekennen. De woningcorporatie reageert niet op het verzoek."
    )
    assert assess(text, orgs).category == 3


def test_a_mention_without_its_own_role_still_places_the_party_of_a_dependency(orgs):
    text = (
        "Zorgtoeslag en huurtoeslag aangevraagd bij Toeslagen. De huurovereenkomst van de woningcorporatie ontbreekt nog. "
        "Toeslagen gebeld: ze houden de aanvraag aan zolang de verhuurder het contract niet heeft opgestuurd."
    )
    assert assess(text, orgs).category == 3


# --- urgency --------------------------------------------------------------------------------------


def test_the_only_carer_leaves(orgs):
    text = (
        "Datum: 2 maart 2027\nMevrouw (88) woont alleen. Haar zoon verhuist op 20 maart naar het buitenland. "
        "Er is geen andere mantelzorger. De gemeente heeft de Wmo-melding nog niet behandeld."
    )
    assert assess(text, orgs).urgent
    text = (
        "Datum: 2 maart 2027\nMevrouw (88) woont alleen. Haar zoon verhuist op 20 maart naar een huis om de hoek. "
        "De gemeente heeft de Wmo-melding nog niet behandeld."
    )
    assert not assess(text, orgs).urgent


def test_a_permit_valid_only_until_a_near_date(orgs):
    text = "Datum: 2 maart 2027\nZijn verblijfsvergunning is geldig tot 20 maart 2027; verlenging bij de IND is nog niet aangevraagd."
    assert assess(text, orgs).urgent
    text = "Datum: 2 maart 2027\nZijn verblijfsvergunning is geldig tot 20 maart 2032; de IND heeft niets gevraagd."
    assert not assess(text, orgs).urgent


def test_instalments_of_a_payment_plan_are_no_time_limit(orgs):
    text = (
        "Met het CJIB een betalingsregeling getroffen: 8 termijnen van € 40. Over twee weken kijken we of de "
        "eerste termijn betaald is."
    )
    assert not assess(text, orgs).urgent
    # a real term to pay an instalment, with what is at stake, stays a time limit
    text = (
        "Met het CJIB een betalingsregeling getroffen: 8 termijnen van € 40. Over twee weken moet hij de eerste "
        "termijn betalen, anders vervalt de regeling."
    )
    assert assess(text, orgs).urgent


def test_an_income_stop_that_needs_no_action_is_not_spoed(orgs):
    text = "De SVB heeft de nabestaandenuitkering van haar overleden vader stopgezet; daar hoeft ze niets mee."
    assert not assess(text, orgs).urgent
