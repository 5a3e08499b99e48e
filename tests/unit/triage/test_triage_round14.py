"""Dependency rules (fix round before blind round 14): existing readers widened to their general class.

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess


def _waits(text, orgs) -> list[tuple[list[str], list[str], str]]:
    return [(d.dependent, d.condition, d.status) for d in assess(text, orgs).dependencies]


def test_we_after_the_verb_of_a_quoted_promise(orgs):
    # "Als Y …, stoppen wij …": "wij" after the verb of the inverted main clause is the organisation
    # whose letter is quoted, also when the label before the quote names none ("Daarin staat:")
    text = (
        "De zorgverzekeraar heeft haar een brief gestuurd over de achterstand. Daarin staat: \"Als de "
        'gemeente schriftelijk bevestigt dat zij de premie inhoudt, stoppen wij de afschrijving."'
    )
    assert (["zorgverzekeraar"], ["gemeente"], "to_check") in _waits(text, orgs)
    assert assess(text, orgs).category == 3


def test_we_after_the_verb_not_when_the_client_speaks(orgs):
    text = (
        "De zorgverzekeraar stuurde een aanmaning. Mevrouw zei: \"Als de gemeente belt, gaan wij "
        'samen naar het loket."'
    )
    assert not _waits(text, orgs)


def test_a_fronted_act_of_the_other_party_as_condition(orgs):
    # "X (label): na ontvangst van de stukken wordt …": X waits for the party that holds the stukken
    text = (
        "Meneer heeft na zijn ontslag WW aangevraagd bij het UWV. Het UWV mist de loonstroken van maart; "
        "die moet zijn werkgever nog aanleveren. UWV aan de telefoon: na ontvangst van de loonstroken "
        "wordt de WW weer uitbetaald."
    )
    assert (["uwv"], ["werkgever"], "to_check") in _waits(text, orgs)
    assert assess(text, orgs).category == 3


def test_a_fronted_moment_without_a_speaker_is_no_dependency(orgs):
    # "Na ontvangst van de brief is zij …" tells when the client acted, not what an organisation waits for
    text = "Na ontvangst van de brief is mevrouw naar het UWV gegaan. De werkgever betaalt haar loon door."
    assert not _waits(text, orgs)
    assert assess(text, orgs).category != 3


# --- organisations: a step that only becomes relevant on a condition still to come --------------------


def test_an_organisation_only_relevant_if_something_happens_is_no_party(orgs):
    # "X is pas aan de orde als …": a possible later step, not a party to the question now
    text = (
        "Mevrouw heeft bezwaar gemaakt tegen de beslissing van het UWV over haar WW. Schuldhulp bij de "
        "gemeente is pas aan de orde als de WW definitief stopt."
    )
    result = assess(text, orgs)
    assert result.units == ["uwv"]
    assert result.category == 1


def test_an_organisation_needed_now_stays_a_party(orgs):
    text = (
        "Mevrouw heeft bezwaar gemaakt tegen de beslissing van het UWV over haar WW. Schuldhulp bij de "
        "gemeente is nu nodig omdat de huur niet meer betaald wordt."
    )
    assert "gemeente" in assess(text, orgs).units


# --- organisations: role words in all their forms ------------------------------------------------------


def test_a_bill_is_a_role_whatever_its_name(orgs):
    # "een nota van X": a bill, like "factuur" and "aanslag", gives its sender a role
    text = (
        "Mevrouw heeft bijstand aangevraagd bij de gemeente. Ook kreeg ze van haar zorgverzekeraar een "
        "nota en die wil ze in delen voldoen."
    )
    assert assess(text, orgs).units == ["gemeente", "zorgverzekeraar"]
    # only the client's own insurer, without anything it sent or asks: named, not counted
    text = "Mevrouw heeft bijstand aangevraagd bij de gemeente. Ze is al jaren bij dezelfde zorgverzekeraar."
    assert assess(text, orgs).units == ["gemeente"]


def test_a_request_addressed_to_an_organisation_is_a_role(orgs):
    # a heading "Hulpvraag aan X" addresses the question to X
    text = (
        "Overdracht vanuit de fysiotherapiepraktijk\n\nHulpvraag aan het Wmo-loket\nMevrouw kan na haar "
        "operatie haar huis niet meer zelf schoonhouden.\n"
    )
    assert assess(text, orgs).units == ["gemeente"]
    text = (
        "Overdracht vanuit de fysiotherapiepraktijk\n\nHulpvraag\nMevrouw kan na haar operatie haar huis "
        "niet meer zelf schoonhouden. Het Wmo-loket kent ze van vroeger.\n"
    )
    assert assess(text, orgs).units == []


# --- situations are read within one sentence -------------------------------------------------------------


def test_a_housing_question_does_not_run_into_the_next_sentence(orgs):
    # "… een kamer hier. Werk heeft hij …": the verb belongs to the next sentence, no housing question
    text = (
        "Meneer kreeg in 2019 via de gemeente een kamer hier. Werk heeft hij sinds maart; het UWV vordert "
        "nu zijn WW terug."
    )
    assert "woningcorporatie" not in assess(text, orgs).units
    text = "Het UWV vordert zijn WW terug. Hij moet voor januari een andere woning vinden, want het contract stopt."
    assert "woningcorporatie" in assess(text, orgs).units


def test_a_possible_step_in_any_inflection_is_no_party(orgs):
    # "een eventuele zaak bij X" is a step that may come, like "eventueel later bij X"
    text = (
        "Het UWV heeft haar WW stopgezet. Voor een eventuele zaak bij de rechtbank heeft ze rechtsbijstand "
        "aangevraagd."
    )
    assert assess(text, orgs).units == ["uwv"]
    text = "Het UWV heeft haar WW stopgezet. De rechtbank behandelt haar beroep tegen dat besluit volgende week."
    assert assess(text, orgs).units == ["uwv", "rechtbank"]


def test_the_clients_own_treatment_is_no_party(orgs):
    # "hij is in behandeling bij X": the client's own care provider, like "verzekerd bij X"
    text = (
        "De gemeente heeft de bijstand van meneer stopgezet. Hij is in behandeling bij de GGZ voor zijn "
        "angstklachten."
    )
    assert assess(text, orgs).units == ["gemeente"]
    # a file in behandeling there is a question it handles
    text = (
        "De gemeente heeft de bijstand van meneer stopgezet. Zijn aanvraag voor beschermd wonen is in "
        "behandeling bij de GGZ."
    )
    assert assess(text, orgs).units == ["gemeente", "ggz"]


# --- history: a step already done, in more of its words ------------------------------------------------


def test_something_already_received_or_filed_is_history(orgs):
    # "heeft al … gekregen", "zit al in het dossier": a completed step, nothing open with that organisation
    text = "Het UWV heeft haar WW stopgezet. Van de gemeente heeft ze vorig jaar al kwijtschelding gekregen."
    assert assess(text, orgs).units == ["uwv"]
    text = "Het UWV heeft haar WW stopgezet. Het rapport van de bedrijfsarts zit al in het UWV-dossier."
    assert assess(text, orgs).units == ["uwv"]
    # something still open in the same sentence keeps the organisation a party
    text = "Het UWV heeft haar WW stopgezet. Van de gemeente heeft ze al een aanmaning gekregen en ze moet nu betalen."
    assert assess(text, orgs).units == ["uwv", "gemeente"]
    text = "Het UWV heeft haar WW stopgezet. Het rapport van de bedrijfsarts moet nog in het UWV-dossier."
    assert assess(text, orgs).units == ["uwv", "werkgever"]


# --- urgency: the last day to act is a deadline -----------------------------------------------------------


def test_the_last_day_is_a_deadline(orgs):
    text = (
        "Datum: 2 maart 2027\nMeneer wil bezwaar maken tegen de korting op zijn bijstand. Volgens mijn "
        "berekening is vrijdag 12 maart de laatste dag."
    )
    assert assess(text, orgs).urgent
    text = (
        "Datum: 2 maart 2027\nMeneer wil bezwaar maken tegen de korting op zijn bijstand. Vrijdag 12 maart "
        "is de laatste dag van zijn vakantie."
    )
    assert not assess(text, orgs).urgent


def test_going_home_from_a_stay_is_a_discharge(orgs):
    # "omdat hij vrijdag naar huis mag": a discharge written as going home, near and with care needed
    text = (
        "Datum: 2 maart 2027\nMeneer ligt sinds een week in het ziekenhuis. Omdat hij vrijdag naar huis mag "
        "en alleen woont, is er thuis hulp nodig."
    )
    assert "zorg_stopt" in [s.key for s in assess(text, orgs).urgency]
    text = (
        "Datum: 2 maart 2027\nMeneer ligt sinds een week in het ziekenhuis. Hij mag over drie maanden naar "
        "huis; dan is er thuis hulp nodig."
    )
    assert not assess(text, orgs).urgent
