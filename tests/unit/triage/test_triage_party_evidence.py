"""The party rule (assistant.features.triage.party_evidence): an organisation counts only with evidence
of a role in the question; a bare mention is named, not counted, and put on the check list."""

from __future__ import annotations

from assistant.features.triage.engine import assess
from assistant.features.triage.facts import soft_reason


def _named(a) -> set[str]:
    return {f.unit for f in a.not_involved if soft_reason(a, f.id)}


def test_role_evidence_counts_a_bare_mention_does_not(orgs):
    a = assess(
        "Het UWV heeft de WW van meneer per 1 maart stopgezet. Ze noemde ook de Belastingdienst nog.", orgs
    )
    assert a.units == ["uwv"] and a.category == 1
    assert "belastingdienst" in _named(a)  # named, not dropped
    a = assess(
        "Meneer heeft een betalingsachterstand bij de Belastingdienst en het UWV vordert de WW terug.", orgs
    )
    assert set(a.units) == {"belastingdienst", "uwv"} and a.category == 2


def test_a_scheme_as_the_subject_names_its_organisation(orgs):
    a = assess("Sinds vorige week is de WW-uitkering stopgezet en er is nog geen nieuw inkomen.", orgs)
    assert a.units == ["uwv"]


def test_the_writers_helping_organisation_is_no_party(orgs):
    text = "Inloop sociaal raadslieden, dinsdag\nMevrouw moet het DUO-bericht over haar aflossing nog beantwoorden."
    a = assess(text, orgs)
    assert "sociaal-raadslieden" not in a.units and a.category == 1
    a = assess("Medewerker: Juridisch Loket. Het CJIB eist een boete van mevrouw.", orgs)
    assert a.units == ["cjib"]


def test_a_helper_that_decides_or_takes_up_the_question_is_a_party(orgs):
    a = assess(
        "Mevrouw is aangemeld bij het Juridisch Loket; de gemeente heeft haar bijstand afgewezen.", orgs
    )
    assert {"juridisch-loket", "gemeente"} <= set(a.units)


def test_a_source_the_client_read_is_never_a_party(orgs):
    a = assess("Volgens het Nibud kan hij rondkomen. De gemeente heeft zijn stadspas geweigerd.", orgs)
    assert "nibud" not in a.units and a.units == ["gemeente"]
    a = assess("Ze las op de website van het UWV dat haar WW korter wordt; de SVB kort haar AOW.", orgs)
    assert "uwv" not in a.units and "uwv" in _named(a)


def test_a_negated_role_noun_is_no_role_a_refused_act_is_one(orgs):
    a = assess("Bij de woningcorporatie heeft hij geen achterstand. De DUO-aflossing is zijn vraag.", orgs)
    assert "woningcorporatie" not in a.units
    a = assess("De bank wil zonder adres geen rekening openen voor meneer.", orgs)
    assert a.units == ["bank"]
