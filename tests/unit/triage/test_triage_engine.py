"""The triage engine (assistant.features.triage.engine) on the report's cases and our own, plus its rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.features.triage.engine import assess
from assistant.features.triage.facts import soft_reason
from assistant.knowledge.organisations import find_mentions
from assistant.text.spans import sentences
from evals.casefiles import TRIAGE_CASES

CASES_DIR = TRIAGE_CASES
CASES = sorted(CASES_DIR.glob("*.yaml"))


def _case(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


REPORT_CASES = ("ahmed", "suzanne", "natalia", "annie", "nina", "gerard", "tatyana", "bert", "charlotte",
                "alice", "frank")  # fmt: skip


def test_enough_cases():
    names = {p.stem for p in CASES}
    assert {f"report-{n}" for n in REPORT_CASES} <= names
    assert len([n for n in names if n.startswith("own-")]) >= 15


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_category_and_urgency(path, orgs):
    case = _case(path)
    a = assess(case["text"], orgs)
    assert (a.category, a.urgent) == (case["expected"]["category"], case["expected"]["urgent"]), (
        a.category_reasons
    )


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_organisations_complete(path, orgs):
    case, expected = _case(path), _case(path)["expected"]
    a = assess(case["text"], orgs)
    assert set(a.government_units) == set(expected["organisations"])
    assert set(expected.get("other_organisations") or []) <= set(a.units)
    assert set(expected.get("not_involved") or []) <= {f.unit for f in a.not_involved}
    assert not set(expected.get("not_involved") or []) & set(a.units)
    # "named": mentioned without role evidence, so not counted but listed as to check (never dropped)
    named = {f.unit for f in a.not_involved if soft_reason(a, f.id)}
    assert set(expected.get("named") or []) <= named


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_life_domains(path, orgs):
    case = _case(path)
    assert set(case["expected"].get("life_domains") or []) <= set(assess(case["text"], orgs).life_domains)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_reasons_quote_the_text(path, orgs):
    text = _case(path)["text"]
    a = assess(text, orgs)
    flat = " ".join(text.split())
    for d in a.dependencies:
        assert d.quote.rstrip("…") in flat
    for s in a.urgency:
        assert s.quote.rstrip("…") in flat
    assert a.category_reasons[0].startswith(f"Categorie {a.category}")


def test_negations_within_a_clause(orgs):
    a = assess("Cl. heeft geen contact met het UWV, maar wel een WW-uitkering aangevraagd.", orgs)
    assert "uwv" in a.units  # the WW application is a positive mention of the UWV
    a = assess("Mevrouw is niet bij de gemeente bekend en heeft geen contact met het UWV.", orgs)
    assert a.units == []
    assert {f.unit for f in a.not_involved} == {"gemeente", "uwv"}
    assert any("Niet betrokken: UWV" in r for r in a.category_reasons)
    a = assess("Cliënt heeft geen inkomen en heeft bijstand aangevraagd bij de gemeente.", orgs)
    assert a.units == ["gemeente"]
    a = assess("De SVB is nog niet ingeschakeld. Ze weet niet of de gemeente haar kan helpen.", orgs)
    assert a.units == ["gemeente"] and [f.unit for f in a.not_involved] == ["svb"]


def test_shorthand_and_lowercase(orgs):
    text = "cl. heeft bijstandsuitkering via gem. ivm schulden. uwv heeft wia afgewezen, bd stuurt aanslag."
    a = assess(text, orgs)
    assert set(a.government_units) == {"gemeente", "uwv", "belastingdienst"}
    assert len(sentences(text)) == 2  # "cl." and "gem." do not end a sentence


def test_compounds_and_longest_term_wins(orgs):
    ids = [m.org_id for m in find_mentions("Zij krijgt een uitkering op grond van de Toeslagenwet.", orgs)]
    assert ids == ["uwv"]
    ids = [m.org_id for m in find_mentions("De Wmo-loket medewerker en de gemeentelijke kredietbank.", orgs)]
    assert ids == ["gemeente-wmo", "kredietbank"]


def test_employer_is_not_a_government_organisation(orgs):
    a = assess(
        "Zij werkt in het ziekenhuis; haar werkgever betaalt het loon door. Ze vraagt zorgtoeslag aan.", orgs
    )
    assert a.government_units == ["toeslagen"]
    assert a.category == 1  # the employer only goes on as before
    assert "werkgever" in a.units
    assert "ziekenhuis" not in a.units  # where she works is about her, not a party to the question


def test_desks_of_the_gemeente_count_once(orgs):
    a = assess(
        "Cl. heeft bijstand, krijgt huishoudelijke hulp via de Wmo en zit in de schuldhulpverlening.", orgs
    )
    assert a.government_units == ["gemeente"] and a.category == 1
    assert a.organisations[0].startswith("Gemeente (")


def test_referral_between_two_helpers_is_not_interdependence(orgs):
    a = assess("De huisarts verwees haar door naar de GGZ. Zij ontvangt AOW van de SVB.", orgs)
    assert a.category == 1


def test_negated_urgency_is_not_urgent(orgs):
    assert not assess(
        "Geen spoed. Cliënt heeft geen beslag en geen schulden bij de Belastingdienst.", orgs
    ).urgent
    assert assess("De deurwaarder heeft een dwangbevel betekend; beslag volgt.", orgs).urgent


def test_deadline_in_the_past_is_not_urgent(orgs):
    assert not assess("Twee weken geleden kreeg hij een brief van DUO over zijn studielening.", orgs).urgent
    assert assess("Over twee weken moet hij reageren op de brief van DUO.", orgs).urgent


def test_deterministic_and_robust(orgs):
    text = _case(CASES_DIR / "report-frank.yaml")["text"]
    assert assess(text, orgs).to_dict() == assess(text, orgs).to_dict()
    empty = assess("", orgs)
    assert (empty.category, empty.urgent, empty.units) == (1, False, [])
    english = assess("The client has no contact with any agency and asks for advice.", orgs)
    assert english.units == [] and english.category == 1
