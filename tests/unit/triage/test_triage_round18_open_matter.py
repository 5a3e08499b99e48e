"""An organisation counts only with an open matter now (fix round before blind round 18). Each rule
covers a class of wording, not a phrase; a mention without an open matter is named, to check, never
dropped silently.

- its matter runs as usual or as agreed and the sentence closes on "geen vragen/problemen/conflict";
- its clause says nothing is owed ("een koopwoning zonder betalingsachterstand");
- it is another adult person's matter (the clause's subject is a relative or acquaintance);
- it only receives data passed on by itself, or it is what the client receives by itself;
- it is named in a parenthesis that reports a completed step;
- the latest closing statement about an organisation closes its earlier mentions, also when a later
  mention names it without a part.

Every sentence here is newly written for these tests, with a negative example per rule.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess
from assistant.features.triage.no_open_matter import COMPLETED, OTHER_PERSON, PASSED_ON, ROUTINE

_HEAD = "Gespreksverslag budgetcoach, 9 maart 2027\n"


def _reasons(a, unit):
    return {m.reason for m in a.mentions if m.org_id == unit}


def _named_not_counted(a, unit):
    """Not counted, but still listed: the professional sees the name."""
    return unit not in a.units and any(f.id == unit for f in a.not_involved)


# --- runs as usual, nothing at issue -------------------------------------------------------------


def test_runs_as_usual_without_issue_is_named(orgs):
    text = _HEAD + (
        "Meneer vraagt hulp bij een aanmaning van het CJIB die hij niet kan betalen. "
        "De zorgverzekeraar schrijft de premie gewoon maandelijks af, verder geen problemen."
    )
    a = assess(text, orgs)
    assert "cjib" in a.units
    assert _named_not_counted(a, "zorgverzekeraar")
    assert ROUTINE in _reasons(a, "zorgverzekeraar")


def test_runs_as_usual_but_with_an_issue_still_counts(orgs):
    text = _HEAD + (
        "Meneer vraagt hulp bij een aanmaning van het CJIB die hij niet kan betalen. "
        "De zorgverzekeraar schrijft de premie gewoon af, maar stuurt nu ook een naheffing van € 240."
    )
    a = assess(text, orgs)
    assert "zorgverzekeraar" in a.units


def test_nothing_owed_in_the_clause_is_named(orgs):
    text = _HEAD + (
        "Mevrouw heeft een terugvordering van het UWV gekregen en wil bezwaar maken. "
        "Ze woont in een huurwoning zonder enige betalingsachterstand."
    )
    a = assess(text, orgs)
    assert "uwv" in a.units
    assert "woningcorporatie" not in a.units


def test_arrears_on_the_rented_home_still_count(orgs):
    text = _HEAD + (
        "Mevrouw heeft een terugvordering van het UWV gekregen en wil bezwaar maken. "
        "Ze heeft twee maanden huurachterstand bij de woningcorporatie, die dreigt met een deurwaarder."
    )
    a = assess(text, orgs)
    assert "woningcorporatie" in a.units


# --- another person's matter ----------------------------------------------------------------------


def test_a_relatives_own_matter_is_named(orgs):
    text = _HEAD + (
        "Mevrouw wil een betalingsregeling voor haar aanslag van het CJIB. "
        "Ze slaapt slecht sinds haar zwager een brief van de SVB over zijn kinderbijslag kreeg."
    )
    a = assess(text, orgs)
    assert "cjib" in a.units
    assert _named_not_counted(a, "svb")
    assert OTHER_PERSON in _reasons(a, "svb")


def test_a_relative_helping_the_client_is_no_other_matter(orgs):
    text = _HEAD + (
        "Mevrouw wil een betalingsregeling voor haar aanslag van het CJIB. "
        "Haar zwager helpt haar met de aanvraag van kinderbijslag bij de SVB."
    )
    a = assess(text, orgs)
    assert "svb" in a.units


# --- passed on by itself ----------------------------------------------------------------------------


def test_data_passed_on_by_itself_is_named(orgs):
    text = _HEAD + (
        "Meneer vraagt of hij bij het UWV een WW-uitkering kan aanvragen nu zijn contract stopt. "
        "Het UWV stuurt zijn inkomensgegevens automatisch door aan de gemeente."
    )
    a = assess(text, orgs)
    assert "uwv" in a.units
    assert "gemeente" not in a.units
    assert PASSED_ON in _reasons(a, "gemeente")


def test_data_passed_on_for_a_decision_counts(orgs):
    text = _HEAD + (
        "Meneer vraagt of hij bij het UWV een WW-uitkering kan aanvragen nu zijn contract stopt. "
        "Het UWV geeft de gegevens door aan de gemeente, die daarna zijn bijstand herziet."
    )
    a = assess(text, orgs)
    assert "gemeente" in a.units


# --- a completed step in a parenthesis --------------------------------------------------------------


def test_completed_step_in_parenthesis_is_named(orgs):
    text = _HEAD + (
        "Mevrouw heeft een brief van de Belastingdienst over een naheffing en wil weten of dat klopt. "
        "Haar opleiding is klaar (diploma bij het ROC behaald); haar studieschuld bij DUO loopt nog."
    )
    a = assess(text, orgs)
    assert COMPLETED in _reasons(a, "school") or "school" not in a.units


def test_open_step_in_parenthesis_still_counts(orgs):
    text = _HEAD + (
        "Mevrouw heeft een brief van de Belastingdienst over een naheffing en wil weten of dat klopt. "
        "Ze moet nog een aanvraag doen (tegemoetkoming bij DUO nog niet afgerond)."
    )
    a = assess(text, orgs)
    assert "duo" in a.units


# --- the latest closing statement ------------------------------------------------------------------


def test_latest_closing_statement_closes_earlier_mentions(orgs):
    """The closing statement is not the last mention: a later mention that names the organisation without
    a part does not reopen it."""
    import dataclasses

    from assistant.features.triage.no_part import closed_later
    from assistant.knowledge.organisations import find_mentions

    text = _HEAD + (
        "Vorige maand stuurde het verpleeghuis een nota voor de was. "
        "Met het verpleeghuis is dat goed geregeld, daar hoeft niets meer te gebeuren. "
        "Mevrouw heeft gehoord dat er soms een toeslag is als een ouder in een verpleeghuis woont."
    )
    found = [m for m in find_mentions(text, orgs) if m.org_id == "zorginstelling"]
    assert len(found) == 3
    marked = [found[0], dataclasses.replace(found[1], negated=True), dataclasses.replace(found[2], negated=True)]
    by_id = {o.id: o for o in orgs}
    out = closed_later(text, marked, by_id)
    assert out[0].negated and out[0].reason == "later afgesloten"


def test_a_later_mention_with_a_part_still_counts(orgs):
    text = _HEAD + (
        "Mevrouw wil bezwaar maken tegen een besluit van het UWV. Met het verpleeghuis gaat het goed, "
        "daar hoeft niets te gebeuren. Wel stuurde het verpleeghuis gisteren een factuur van € 310 die zij "
        "moet betalen."
    )
    a = assess(text, orgs)
    assert "zorginstelling" in a.units


def test_what_an_acquaintance_said_is_not_read_as_their_own_matter():
    """Hearsay ("een collega zei dat …") is left to the hearsay rules: its content may be the client's."""
    from assistant.features.triage.no_open_matter import no_open_matter
    from assistant.knowledge.corpus import load_sociale_kaart
    from assistant.knowledge.organisations import find_mentions

    text = "Een collega zei dat de SVB het kindgebonden deel kan nabetalen, klopt dat?"
    said = [m for m in find_mentions(text, load_sociale_kaart()) if m.org_id == "svb"]
    assert said and no_open_matter(text, said[0]) == ""
    own = "Zijn collega heeft een terugvordering van de SVB gekregen."
    theirs = [m for m in find_mentions(own, load_sociale_kaart()) if m.org_id == "svb"]
    assert theirs and no_open_matter(own, theirs[0]) == OTHER_PERSON
