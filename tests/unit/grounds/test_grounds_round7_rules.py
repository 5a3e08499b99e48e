"""General rules after blind round 7 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- a ground's core fact belongs to the law its sentence is about: a generic word ("te laat") in a
  sentence about another law's benefit (a WW- or WIA-aanvraag) is no core fact of a bijstand ground;
- two leden of one article: the exception lid is proposed only with its own core fact (Pw 41 lid 4:
  praktijkonderwijs/vso in the last year or a vastgestelde urenbeperking; Pw 58 lid 7: ten years
  paid or a lump sum offered, not the body's "na tien jaar"); Wmo 2.3.5 lid 6 needs a refusal;
- a condition that must be recent is not shown by a sentence dated more than a year back;
- a ground about the partner is not shown by the same fact about another person in the house;
- a negation carries over a coordination ("geen cursus of traject");
- an intrekking of a running Wmo maatwerkvoorziening is a heroverweging (Wmo 2.3.9 lid 2).
Pure: no index."""

from __future__ import annotations

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.partner import about_someone_else
from assistant.features.grounds.recency import dated_long_ago

# --- a core fact belongs to the law its sentence is about ---------------------------------------------

WW_LATE = (
    "Mevrouw Kaya (52) verloor in mei haar baan. Ze heeft geen inkomen en heeft nooit bijstand gevraagd. "
    "Haar dochter betaalt de boodschappen."
)
WW_LATE_OBSTACLE = "Het UWV zegt dat haar WW-aanvraag te laat is en dat de eerste maanden vervallen."


def test_a_late_application_for_another_benefit_is_no_bijstand_core_fact():
    assert match_of(WW_LATE, WW_LATE_OBSTACLE, "pw-44-5") is None


def test_a_late_bijstand_melding_still_counts():
    text = (
        "Meneer Smit (47) lag van maart tot juni in een psychiatrische kliniek en had geen inkomen. Hij meldde "
        "zich pas in juli voor bijstand. Hij vraagt bijstand met terugwerkende kracht over de maanden ervoor."
    )
    match = match_of(text, "De gemeente kent de bijstand pas toe vanaf de meldingsdatum.", "pw-44-5")
    assert match is not None and match.check.facts[0].stated


def test_a_sentence_without_a_law_continues_the_one_before():
    text = (
        "Ze vroeg in oktober alsnog een WIA-uitkering aan. De medewerker zei: 'Te laat.' "
        "Ze heeft geen inkomen meer."
    )
    assert match_of(text, None, "pw-44-5") is None


# --- the exception lid needs its own core fact ---------------------------------------------------------

YOUNG = (
    "Jesse (19) heeft geen geld en slaapt bij een vriend op de bank. Hij meldde zich voor bijstand. Hij heeft "
    "dyslexie, maar er is geen urenbeperking vastgesteld. {school}"
)
YOUNG_OBSTACLE = "De gemeente: jongeren onder de 27 moeten eerst vier weken zoeken; pas daarna mag hij aanvragen."


def test_pw_41_4_needs_recent_special_school_or_an_established_hour_limit():
    old_school = YOUNG.format(school="Tot zijn 15e zat hij op het vso; daarna deed hij een entreeopleiding.")
    assert match_of(old_school, YOUNG_OBSTACLE, "pw-41-4") is None
    assert "pw-41-11" in proposed_ids(old_school, YOUNG_OBSTACLE, 5)


def test_pw_41_4_fires_on_a_school_left_this_year():
    recent = YOUNG.format(school="Hij zat tot deze zomer op het praktijkonderwijs.")
    match = match_of(recent, YOUNG_OBSTACLE, "pw-41-4")
    assert match is not None and match.check.complete


def test_pw_58_7_needs_ten_years_paid_or_a_lump_sum_not_the_bodys_condition():
    text = (
        "Mevrouw Bakker (39) moet € 4.100 bijstand terugbetalen. De gemeente schrijft dat zij pas na tien jaar "
        "aflossen kan vragen om kwijtschelding van de rest."
    )
    assert match_of(text, None, "pw-58-7") is None
    offer = (
        "Meneer Dijkman (63) moet nog € 3.000 bijstand terugbetalen. Zijn broer wil hem € 1.800 geven zodat hij "
        "dat in één keer kan aflossen."
    )
    match = match_of(offer, None, "pw-58-7")
    assert match is not None and match.check.complete


def test_wmo_2_3_5_6_needs_a_refusal_not_a_remark_about_the_wlz():
    remark = (
        "Mevrouw Janssen (84) meldde zich bij het Wmo-loket voor hulp in het huishouden. De consulent zei aan de "
        "telefoon dat ze misschien beter bij de Wlz past en verwijst haar naar het CIZ."
    )
    assert match_of(remark, None, "wmo-2.3.5-6") is None
    refusal = (
        "Mevrouw Janssen (84) vroeg hulp in het huishouden. De gemeente weigert die hulp omdat zij volgens de "
        "gemeente onder de Wlz valt; een Wlz-indicatie heeft zij niet."
    )
    assert match_of(refusal, None, "wmo-2.3.5-6") is not None


# --- recency, persons, coordinated negation ------------------------------------------------------------


def test_dated_long_ago():
    assert dated_long_ago("Tot zijn 14e ging hij naar het speciaal onderwijs.", 20, None)
    assert dated_long_ago("Drie jaar geleden stopte ze met het praktijkonderwijs.", None, None)
    assert dated_long_ago("Hij zat tot 2022 op het vso.", None, 2026)
    assert not dated_long_ago("Hij zat tot de zomer op het vso.", 18, 2026)
    assert not dated_long_ago("Tot haar 18e zat ze op het vso.", 18, 2026)


def test_a_partner_fact_about_another_person_does_not_count():
    assert about_someone_else("Ze heeft een Wlz-indicatie.", "Mijn schoonvader woont sinds mei bij ons.")
    assert not about_someone_else("Hij kreeg een Wlz-indicatie.", "Haar man kreeg een hersenbloeding.")
    assert not about_someone_else("Het CIZ besloot dat Ruben recht heeft op Wlz-zorg.", "")


def test_kinderopvang_partner_wlz_needs_the_partner():
    text = (
        "Noor werkt 30 uur. Haar vader woont sinds de zomer bij hen in. Hij heeft een Wlz-indicatie. "
        "Haar zoon gaat naar de kinderopvang."
    )
    obstacle = "Dienst Toeslagen: beide partners moeten werken, anders is er geen kinderopvangtoeslag."
    assert match_of(text, obstacle, "wko-1.6-8") is None


def test_a_negation_carries_over_or():
    case = CaseText("Ze krijgt WW maar volgt geen cursus of traject.")
    assert case.find("traject") is None
    assert CaseText("Ze heeft geen werk en volgt een traject.").find("traject") is not None


def test_withdrawing_a_running_wmo_provision_is_a_heroverweging():
    """An intrekking of a running maatwerkvoorziening (Wmo 2.3.10) follows a heroverweging, for which
    the onderzoek rules apply (2.3.9 lid 2); a first application is no heroverweging."""
    withdrawn = (
        "De gemeente heeft de maatwerkvoorziening dagbesteding van meneer Pool (66) ingetrokken op grond van "
        "een telefoontje met de aanbieder. Met meneer zelf is geen gesprek gevoerd."
    )
    match = match_of(withdrawn, None, "wmo-2.3.9-2")
    assert match is not None and match.check.complete
    first = (
        "Meneer Pool (66) vraagt voor het eerst dagbesteding aan bij de Wmo. Met meneer zelf is geen gesprek "
        "gevoerd."
    )
    assert match_of(first, None, "wmo-2.3.9-2") is None
