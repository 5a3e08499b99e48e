"""General rules of the grounds engine added after blind round 3 (issue 10), each tested on newly
written Dutch sentences with a case it must fire on and one it must not: a fronted noun with a
clause-final negation, ages of people who live elsewhere, exclusions from another lid of the same
article, verb forms of a required fact, a ground about a specific benefit or cost needing that
benefit or cost, and the grounds added from the law texts (Pw 3 lid 2, Pw 43 lid 1, Awb 4:13 lid 2,
Awb 7:12 lid 1, Jeugdwet 8.1.1 lid 3). Pure: no index."""

from __future__ import annotations

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText


def _ids(text: str, obstacle: str | None = None, limit: int = 8) -> list[str]:
    return proposed_ids(text, obstacle, limit)


def _match(text: str, obstacle: str | None, ground_id: str):
    return match_of(text, obstacle, ground_id, limit=60)


# --- a fronted noun whose clause ends in a negation is not there ---------------------------------------


def test_an_indefinite_fronted_noun_with_a_final_negation_is_negated():
    case = CaseText("Een boete heeft de sociale dienst hem niet gegeven, wel een brief met een waarschuwing.")
    assert case.find("boete") is None
    assert CaseText("Bijstand kreeg zij nooit.").find("bijstand") is None


def test_a_definite_fronted_noun_with_a_final_negation_still_exists():
    case = CaseText("De boete van vorig jaar betaalde hij niet.")
    assert case.find("boete") is not None
    assert CaseText("Een boete kreeg hij wel, en die betaalt hij af.").find("boete") is not None


def test_a_boete_ground_is_not_proposed_when_the_case_says_no_boete_was_given():
    text = (
        "Meneer Visser (51) had tot vorig jaar bijstand en moet nu € 2.800 terugbetalen. Een boete legde de "
        "gemeente hem niet op. Hij wil met de schuldhulpverlening een schuldregeling treffen."
    )
    assert _match(text, None, "pw-18a-13") is None
    with_boete = text.replace("Een boete legde de gemeente hem niet op.", "De gemeente legde hem een boete op.")
    assert _match(with_boete, None, "pw-18a-13") is not None


# --- the age of someone who lives elsewhere is no housemate's age ----------------------------------------


def test_the_age_of_a_person_who_lives_elsewhere_is_not_a_household_age():
    case = CaseText("Meneer Bakker (60) woont in een huurhuis; zijn zoon van 22 woont in Tilburg.")
    assert [a.years for a in case.ages] == [60, 22]
    assert [a.years for a in case.household_ages()] == [60]
    at_home = CaseText("Meneer Bakker (60) woont in een huurhuis; zijn zoon van 22 woont bij hem.")
    assert [a.years for a in at_home.household_ages()] == [60, 22]


def test_not_registered_at_the_address_is_living_elsewhere_but_the_client_always_counts():
    case = CaseText("Haar nichtje (19) staat niet op haar adres ingeschreven.")
    assert [a.years for a in case.household_ages()] == [19]  # the first person named is the client
    two = CaseText("Mevrouw Smit (44) heeft bijstand. Haar nichtje (19) staat niet op haar adres ingeschreven.")
    assert [a.years for a in two.household_ages()] == [44]


def test_a_young_relative_living_elsewhere_does_not_make_the_kostendeler_exception_apply():
    text = (
        "Mevrouw Smit (44) heeft bijstand. Een kennis van 58 is bij haar ingetrokken en de gemeente past de "
        "kostendelersnorm toe. Haar zoon van 20 woont op kamers in Nijmegen."
    )
    match = _match(text, None, "pw-19a-1")
    assert match is None or not match.check.complete
    home = text.replace("woont op kamers in Nijmegen", "woont ook bij haar thuis")
    assert _match(home, None, "pw-19a-1").check.complete


# --- an exclusion in another lid of the same article is a not_when --------------------------------------


def test_the_zienswijze_ground_is_excluded_when_the_recovery_follows_from_the_income_data():
    base = (
        "De Dienst Toeslagen vordert € 2.300 zorgtoeslag terug over 2024. {reden} Meneer Jansen kan dit niet "
        "betalen."
    )
    excluded = base.format(reden="Dat komt doordat zijn inkomen over 2024 hoger is vastgesteld dan geschat.")
    assert _match(excluded, None, "awir-26b") is None
    other = base.format(reden="Volgens de dienst woonde zijn zoon niet meer bij hem, wat niet klopt.")
    assert _match(other, None, "awir-26b") is not None


# --- verb forms and specific benefits ------------------------------------------------------------------


def test_caring_in_any_verb_form_is_the_care_fact_of_the_mantelzorg_exception():
    text = (
        "Mevrouw Kok (49) heeft bijstand. Zij woont tijdelijk bij haar zieke zus om haar te verzorgen. De "
        "gemeente wil de kostendelersnorm toepassen omdat zij daar nu in huis woont."
    )
    match = _match(text, None, "pw-22a-4")
    assert match is not None and match.check.complete
    no_care = text.replace(" om haar te verzorgen", " omdat haar eigen huis wordt verbouwd").replace("zieke ", "")
    assert _match(no_care, None, "pw-22a-4") is None
    care_home = no_care + " Haar moeder woont in een verzorgingshuis."
    assert _match(care_home, None, "pw-22a-4") is None


def test_a_ground_about_bijzondere_bijstand_needs_bijzondere_bijstand_not_any_bijstand():
    text = "Meneer Peters (39) heeft algemene bijstand. De gemeente verrekent een oude schuld met zijn uitkering."
    match = _match(text, None, "pw-46-2")
    assert match is None or not match.check.complete
    special = text + " Ook de bijzondere bijstand voor zijn bed wordt ingehouden."
    assert _match(special, None, "pw-46-2").check.complete


def test_the_cost_sharing_norm_is_not_a_cost_for_bijzondere_bijstand():
    text = "Mevrouw Ali (35) heeft bijstand. De gemeente past de kostendelersnorm toe."
    match = _match(text, None, "pw-35-1")
    assert match is None or not match.check.complete
    costs = "Mevrouw Ali (35) heeft bijstand. Zij kan de kosten van een nieuwe bril niet betalen."
    assert _match(costs, None, "pw-35-1").check.complete


# --- grounds added from the law texts ------------------------------------------------------------------


def test_living_together_because_of_care_is_no_joint_household():
    text = (
        "Meneer De Wit (63) heeft bijstand. Hij is bij een oud-collega ingetrokken om hem te verzorgen na een "
        "beroerte. De gemeente spreekt nu van een gezamenlijke huishouding."
    )
    assert "pw-3-2" in _ids(text)
    no_care = text.replace(" om hem te verzorgen na een beroerte", " omdat de huur lager is")
    assert _match(no_care, None, "pw-3-2") is None


def test_being_told_not_to_apply_is_no_decision():
    text = "Mevrouw Bos (41) werkt in deeltijd en wil bijzondere bijstand voor een traplift in haar huurhuis."
    obstacle = 'Aan de telefoon zei de gemeente: "Een aanvraag voor bijstand heeft geen zin, u verdient te veel."'
    assert "pw-43-1" in _ids(text, obstacle)
    decided = "De gemeente heeft haar schriftelijke aanvraag voor bijzondere bijstand afgewezen."
    assert _match(text, decided, "pw-43-1") is None


def test_no_decision_weeks_after_an_application_is_the_reasonable_term():
    text = (
        "Meneer Yilmaz (30) vroeg in juli bijstand aan en leverde alle stukken in. Het is nu oktober en er is "
        "nog geen besluit."
    )
    assert _match(text, None, "awb-4-13-2") is not None
    bezwaar = "Meneer Yilmaz (30) maakte in juli bezwaar. Er is nog geen beslissing op bezwaar."
    assert _match(bezwaar, None, "awb-4-13-2") is None


def test_a_decision_on_bezwaar_without_reasons_needs_a_proper_motivation():
    text = "Mevrouw Hendriks maakte bezwaar tegen de stopzetting van haar uitkering."
    obstacle = "In de beslissing op bezwaar staat alleen een standaardzin; op haar argumenten is niet ingegaan."
    assert _match(text, obstacle, "awb-7-12-1") is not None
    pending = "Zij wacht nog op de hoorzitting; op het bezwaar is nog niets besloten."
    assert _match(text, pending, "awb-7-12-1") is None


def test_help_from_the_own_network_under_a_youth_pgb_depends_on_the_verordening():
    text = "Voor hun zoon Sem (8) met ADHD willen de ouders een pgb voor jeugdhulp, zodat zijn tante hem begeleidt."
    assert _match(text, None, "jw-8.1.1-3") is not None
    provider = "Voor hun zoon Sem (8) met ADHD willen de ouders een pgb voor jeugdhulp bij een zorgboerderij."
    assert _match(provider, None, "jw-8.1.1-3") is None


def test_lawful_residence_is_proposed_only_where_someone_s_residence_is_at_stake():
    text = (
        "De heer Tesfay (40) heeft sinds vorig jaar een verblijfsvergunning asiel voor bepaalde tijd. De "
        "gemeente heeft zijn aanvraag voor bijstand afgewezen omdat de vergunning tijdelijk is."
    )
    assert _match(text, None, "vw-8") is not None
    dutch = "De heer Jansen (40) is geboren in Zwolle. De gemeente heeft zijn aanvraag voor bijstand afgewezen."
    assert _match(dutch, None, "vw-8") is None
