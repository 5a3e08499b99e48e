"""Party, dependency and urgency rules (fix round before blind round 12).

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


# --- word senses -----------------------------------------------------------------------------------


def test_incasso_as_a_way_of_paying_is_no_incassobureau(orgs):
    text = "De premie en de huur gaan via incasso. Hij vraagt bijzondere bijstand aan bij de gemeente."
    assert "incassobureau" not in _units(text, orgs)
    text = "Ze betaalt de telefoon per incasso. Ze wil kwijtschelding bij de gemeente aanvragen."
    assert "incassobureau" not in _units(text, orgs)
    text = "Het incassobureau stuurde een aanmaning van € 240 met extra kosten."
    assert "incassobureau" in _units(text, orgs)


def test_the_gemeentelijke_belastingdienst_is_not_the_national_one(orgs):
    text = "Bezwaar gemaakt bij de gemeentelijke belastingdienst tegen de WOZ-waarde."
    assert "belastingdienst" not in _units(text, orgs)
    text = "Bezwaar gemaakt bij de Belastingdienst tegen de aanslag inkomstenbelasting."
    assert "belastingdienst" in _units(text, orgs)


# --- not a party: a relative's affair, no question, verb-first negation ----------------------------


def test_a_relatives_claim_in_a_noun_phrase(orgs):
    text = "Meneer vertelde ook over de lening van zijn zoon bij DUO. Hij vraagt zelf huurtoeslag aan."
    assert "duo" not in _units(text, orgs)
    text = "Meneer heeft zelf een lening bij DUO en kan de termijn niet betalen."
    assert "duo" in _units(text, orgs)


def test_a_relative_who_receives_it(orgs):
    text = "Zijn vader ontvangt nog AOW van de SVB. Hij vraagt bijstand aan bij de gemeente."
    assert "svb" not in _units(text, orgs)
    text = "De SVB heeft zijn AOW verlaagd en hij wil bezwaar maken."
    assert "svb" in _units(text, orgs)


def test_the_client_wants_nothing_there(orgs):
    text = "De premie van de zorgverzekeraar is verhoogd; meneer wil daar verder niets mee. Hij vraagt kwijtschelding aan bij de gemeente."
    assert "zorgverzekeraar" not in _units(text, orgs)
    text = "De premie van de zorgverzekeraar is verhoogd; meneer wil daar bezwaar tegen maken."
    assert "zorgverzekeraar" in _units(text, orgs)


def test_no_dispute_or_no_need_in_the_mentions_clause(orgs):
    text = "Met de verhuurder bestaat geen onenigheid. Ze vraagt huurtoeslag aan bij Toeslagen."
    assert "verhuurder" not in _units(text, orgs) and "woningcorporatie" not in _units(text, orgs)
    text = "Een aanmelding bij de voedselbank blijkt niet nodig. Ze vraagt bijstand aan bij de gemeente."
    assert "voedselbank" not in _units(text, orgs)
    text = "Een aanmelding bij de voedselbank is nodig, want het geld is op."
    assert "voedselbank" in _units(text, orgs)


def test_a_verb_first_negation_closes_the_organisation(orgs):
    text = "Het CAK stuurde in maart een brief. Daarna speelt het CAK geen rol meer. Ze vraagt bijstand aan bij de gemeente."
    assert "cak" not in _units(text, orgs)
    text = "Het CAK stuurde in maart een brief. Daarna speelt het CAK een grote rol: het vordert € 900 terug."
    assert "cak" in _units(text, orgs)


# --- running payments and services, completed history -----------------------------------------------


def test_a_payment_that_runs_by_itself(orgs):
    text = "De premie gaat elke maand automatisch naar de zorgverzekeraar. Ze vraagt bijzondere bijstand aan bij de gemeente."
    assert "zorgverzekeraar" not in _units(text, orgs)
    text = "De premie gaat elke maand automatisch naar de zorgverzekeraar, maar er is een achterstand van drie maanden."
    assert "zorgverzekeraar" in _units(text, orgs)


def test_a_service_carried_out_by_a_provider(orgs):
    text = "Via de Wmo krijgt ze begeleiding, geleverd door het wijkteam. Ze vraagt kwijtschelding aan."
    assert "wijkteam" not in _units(text, orgs)
    text = "De thuiszorg helpt haar twee keer per week met douchen. Ze vraagt bijstand aan bij de gemeente."
    assert "zorginstelling" not in _units(text, orgs)
    text = "De thuiszorg stopt per 1 juni met de hulp bij het douchen."
    assert "zorginstelling" in _units(text, orgs)


def test_a_step_already_granted_is_history(orgs):
    text = "Het CIZ heeft in mei al een Wlz-indicatie afgegeven; hij woont nu in het verpleeghuis. Hij vraagt bijstand aan."
    assert "ciz" not in _units(text, orgs)
    text = "Het CIZ heeft in mei een Wlz-indicatie afgewezen; hij wil bezwaar maken."
    assert "ciz" in _units(text, orgs)


def test_a_row_of_completed_steps(orgs):
    text = "Zijn kamer: opgezegd bij de woningcorporatie, ontruimd en overgedragen op 3 juni. Hij vraagt bijstand aan."
    assert "woningcorporatie" not in _units(text, orgs)
    text = "Zijn kamer: opgezegd bij de woningcorporatie, maar de borg is nog niet terugbetaald."
    assert "woningcorporatie" in _units(text, orgs)


# --- steps only wondered about or planned for later, documents to hand in --------------------------


def test_a_fallback_the_client_only_wonders_about(orgs):
    text = "Hij vroeg of hij zich dan maar bij het UWV moet melden. Zijn loon komt te laat van de werkgever."
    assert "uwv" not in _units(text, orgs)
    text = "Ze vraagt of ze zich ook bij de KVK moet inschrijven voor haar nieuwe bedrijfje."
    assert "kvk" not in _units(text, orgs)
    text = "Hij moet zich melden bij het UWV; de WW is stopgezet."
    assert "uwv" in _units(text, orgs)


def test_asking_whether_a_change_must_be_reported_stays_the_question(orgs):
    text = "Ze vraagt of ze haar nieuwe baan moet doorgeven voor de huurtoeslag."
    assert "toeslagen" in _units(text, orgs)


def test_a_look_planned_for_later(orgs):
    text = "Volgend jaar kijken we samen naar een inschrijving bij de woningcorporatie. Nu vraagt ze bijstand aan."
    assert "woningcorporatie" not in _units(text, orgs)
    text = "Volgende week doen we de inschrijving bij de woningcorporatie; ze staat op straat."
    assert "woningcorporatie" in _units(text, orgs)


def test_a_document_to_hand_in_names_no_party(orgs):
    text = "Aanvraag bijzondere bijstand ingevuld. Nog aan te leveren: loonstroken en de jaaropgave van het pensioen."
    assert "pensioenfonds" not in _units(text, orgs)
    text = "Het pensioenfonds heeft het pensioen verlaagd en vordert € 300 terug."
    assert "pensioenfonds" in _units(text, orgs)


# --- label lines and payments not made --------------------------------------------------------------


def test_a_profile_label_line_is_read_on_its_own(orgs):
    text = "Gezin: moeder en drie kinderen\nInkomen: WW + kinderbijslag\nAanvraag: ja, bijstand aangevraagd bij de gemeente.\n"
    assert "svb" not in _units(text, orgs)
    text = "Inkomen: kinderbijslag, maar de SVB heeft die stopgezet.\n"
    assert "svb" in _units(text, orgs)


def test_a_benefit_not_paid_out_involves_its_payer(orgs):
    text = "Zijn WW over maart is niet uitbetaald en hij heeft nog € 40."
    assert "uwv" in _units(text, orgs)
    text = "Zijn WW over maart is gewoon uitbetaald; hij komt voor een vraag over de huurtoeslag."
    assert "uwv" not in _units(text, orgs)


# --- dependencies -----------------------------------------------------------------------------------


def test_holding_an_application_until_another_has_decided(orgs):
    text = "De gemeente zegt dat zij de aanvraag aanhoudt tot het UWV over de Ziektewet heeft beslist."
    a = assess(text, orgs)
    assert a.category == 3
    assert a.stated_dependencies[0].dependent == ["gemeente"] and a.stated_dependencies[0].condition == [
        "uwv"
    ]
    text = "De gemeente houdt rekening met de uitkering van het UWV."
    assert assess(text, orgs).category != 3


def test_a_quoted_conditional_promise_of_a_party(orgs):
    text = (
        "Haar zorgverzekeraar wil de polis opzeggen wegens de achterstand. De verzekeraar schreef: "
        '"Als de gemeente ons bevestigt dat u in de schuldhulp zit, schorten we de opzegging op."'
    )
    a = assess(text, orgs)
    assert a.category == 3
    dep = a.stated_dependencies[0]
    assert dep.dependent == ["zorgverzekeraar"] and dep.condition == ["gemeente"]
    text = 'De zorgverzekeraar schreef: "Als u niet betaalt, zeggen we de polis op." Verder vraagt ze bijstand aan bij de gemeente.'
    assert assess(text, orgs).category != 3


# --- urgency ----------------------------------------------------------------------------------------


def test_a_time_in_a_quoted_fear_is_to_check(orgs):
    text = 'Ze is bang dat de Belastingdienst "over twee weken beslag legt op haar loon". Er is geen beslag aangekondigd.'
    assert assess(text, orgs).urgent is False
    text = "De Belastingdienst heeft beslag aangekondigd op haar bankrekening over twee weken."
    assert assess(text, orgs).urgent is True


def test_a_follow_up_date_is_no_time_limit(orgs):
    text = "Notitie 3 maart 2027. Als er op 20 maart nog geen antwoord is, bellen we de consulent van de gemeente."
    assert assess(text, orgs).urgent is False
    text = "Notitie 3 maart 2027. Als hij niet voor 20 maart betaalt, wordt de stroom afgesloten."
    assert assess(text, orgs).urgent is True


def test_the_writer_sees_no_need_for_interim_relief(orgs):
    text = (
        "Notitie 3 maart 2027. Het besluit verlaagt de begeleiding per 1 april. Bezwaar indienen uiterlijk 10 april. "
        "Zij kan de lagere uren een paar maanden overbruggen; geen aanleiding om een voorlopige voorziening te vragen."
    )
    assert assess(text, orgs).urgent is False


def test_the_last_pay_at_a_past_moment_means_no_income(orgs):
    text = "Zijn contract is afgelopen en zijn laatste loon kreeg hij eind januari. Een uitkering is niet aangevraagd."
    assert any(s.key == "geen_inkomen" for s in assess(text, orgs).urgency)
    text = "Zijn laatste loon was € 2.100 bruto."
    assert not any(s.key == "geen_inkomen" for s in assess(text, orgs).urgency)


# --- guards: what these rules must leave alone -------------------------------------------------------


def test_a_relative_who_acts_for_the_client_leaves_the_organisation_a_party(orgs):
    text = "Haar dochter heeft het UWV gebeld, want de WW van mevrouw is stopgezet."
    assert "uwv" in _units(text, orgs)
    text = "Zijn zoon kreeg een brief van het CAK over de eigen bijdrage van meneer, die is verhoogd."
    assert "cak" in _units(text, orgs)


def test_a_wrapped_label_line_is_read_as_one_sentence(orgs):
    text = "Situatie: mevrouw krijgt sinds maart kinderbijslag, maar de SVB\nheeft die per juni stopgezet.\n"
    assert "svb" in _units(text, orgs)


def test_a_plain_application_route_is_no_running_payment(orgs):
    text = "De aanvraag voor de WW loopt rechtstreeks via het UWV; er is nog geen besluit."
    assert "uwv" in _units(text, orgs)


def test_a_near_day_for_ones_own_step_is_a_plan(orgs):
    text = "Notitie 3 maart 2027. Het abonnement bij de vervoerder is opgezegd; het pasje inleveren doet ze morgen."
    assert assess(text, orgs).urgent is False
    text = "Notitie 3 maart 2027. Ze moet morgen de sleutel van de woning inleveren, anders volgt ontruiming."
    assert assess(text, orgs).urgent is True


def test_a_parent_asking_for_a_childs_care_keeps_the_organisation(orgs):
    text = "Haar dochter krijgt jeugdhulp van de gemeente, maar die stopt per 1 mei en mevrouw wil bezwaar maken."
    assert "gemeente" in _units(text, orgs)
    text = "De kinderbijslag van haar zoon is stopgezet door de SVB."
    assert "svb" in _units(text, orgs)
