"""Triage facts: every stated fact carries evidence (quotes with offsets into the input) and a rule;
what the engine is not sure of is `to_check` and lands in the check list; the general rules for
dependencies (private parties included), involvement and urgency, on sentences written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assistant.config import load_settings
from assistant.drafts.facts import STATED, STATUSES, TO_CHECK
from assistant.features.triage.engine import assess
from assistant.features.triage.skill import triage
from evals.casefiles import TRIAGE_CASES

ALL_CASES = sorted(TRIAGE_CASES.glob("*.yaml")) + sorted((TRIAGE_CASES / "blind-2026-11-30").glob("*.yaml"))


def _text(path: Path) -> str:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["text"]


def _facts_of(data: dict) -> list[dict]:
    f = data["facts"]
    return [f["category"], f["urgent"], *f["organisations"], *f["dependencies"], *f["urgency_signals"]]


@pytest.mark.parametrize("path", ALL_CASES, ids=lambda p: p.stem)
def test_every_fact_quotes_the_input_by_offsets(path, orgs):
    text = _text(path)
    data = assess(text, orgs).to_dict()
    for fact in _facts_of(data):
        assert fact["status"] in STATUSES
        assert fact["rule"], fact
        for ev in fact["evidence"]:
            assert " ".join(text[ev["start"] : ev["end"]].split()).startswith(ev["quote"].rstrip("…")), ev
        if fact["status"] == STATED and fact is not data["facts"]["urgent"]:
            assert fact["evidence"] or fact["rule"].startswith("categorie 1: geen"), fact
    flagged = [f for f in _facts_of(data) if f["status"] == TO_CHECK]
    assert len(data["check_list"]) <= len(flagged)
    assert all(item["note"] for item in data["check_list"])
    assert (data["facts"]["category"]["value"], data["facts"]["urgent"]["value"]) == (
        data["category"],
        data["urgent"],
    )


def test_dependency_fact_names_who_waits_for_whom(orgs):
    text = "Mw. heeft een huurachterstand. De verhuurder wil pas een betalingsregeling als de gemeente de bijzondere bijstand heeft toegekend."
    facts = assess(text, orgs).to_dict()["facts"]
    (dep,) = facts["dependencies"]
    assert (dep["status"], dep["dependent"], dep["condition"]) == (STATED, ["woningcorporatie"], ["gemeente"])
    assert dep["value"].startswith("Woningcorporatie handelt pas nadat Gemeente")
    assert facts["category"]["status"] == STATED and facts["category"]["rule"].startswith(
        "categorie 3: organisaties"
    )
    quote = dep["evidence"][0]
    assert text[quote["start"] : quote["end"]].startswith("De verhuurder wil pas")


# General constructions, each written for this test (none taken from a case set).
DEPENDENT = {
    "bank ziet zolang": "Meneer kan geen rekening openen bij de Rabobank zolang hij geen briefadres heeft van de gemeente.",
    "zonder bevestiging": "Zonder bevestiging van de werkgever kan het UWV de WW niet vaststellen.",
    "wacht op": "De zorgverzekeraar wacht op de beslissing van het CAK over de wanbetalersregeling.",
    "school pas als": "De school wil hem pas inschrijven als de gemeente de leerplichtontheffing heeft ingetrokken.",
    "daardoor": "De bank heeft zijn rekening geblokkeerd. Het UWV kan de uitkering daardoor niet overmaken.",
    "die wil pas": "Zij heeft een achterstand bij Eneco. Die wil de afsluiting alleen uitstellen als de gemeente bevestigt dat er schuldhulp loopt.",
}
DEPENDENT |= {
    "condition first": "Zolang de IND niet beslist, krijgt hij geen bijstand van de gemeente.",
    "pas als first": "Pas als het UWV de WW heeft toegekend, wil de woningcorporatie een regeling treffen.",
}
INDEPENDENT = {
    "client waits": "Zij wacht op een afspraak bij de huisarts en heeft een vraag over de AOW bij de SVB.",
    "referral": "De huisarts heeft haar aangemeld bij de GGZ. Zij vraagt hulp bij haar aangifte bij de Belastingdienst.",
    "arranged": "Het wijkteam heeft schuldhulp ingeschakeld en de voedselbank geregeld. Ze wil ook huurtoeslag aanvragen.",
}


@pytest.mark.parametrize("text", DEPENDENT.values(), ids=DEPENDENT.keys())
def test_conditionals_between_two_parties_are_categorie_3(text, orgs):
    a = assess(text, orgs)
    assert a.category == 3 and a.stated_dependencies, a.to_dict()["facts"]["dependencies"]


@pytest.mark.parametrize("text", INDEPENDENT.values(), ids=INDEPENDENT.keys())
def test_one_organisation_arranging_help_is_no_dependency(text, orgs):
    a = assess(text, orgs)
    assert a.category in (1, 2) and not a.dependencies


def test_weak_or_inferred_dependency_is_to_check(orgs):
    a = assess("Toeslagen verrekent de schuld met haar zorgtoeslag, waardoor zij de premie van de zorgverzekering niet kan betalen.", orgs)  # fmt: skip
    data = a.to_dict()
    assert a.category == 3 and data["facts"]["category"]["status"] == TO_CHECK
    assert data["check_list"][0]["fact"] == "category"
    text = (
        "Zij krijgt volgende maand de sleutel van een woning van de corporatie. "
        "De gemeente kan de bijstand pas toekennen als de sleutel is overgedragen."
    )
    dep = assess(text, orgs).to_dict()["facts"]["dependencies"][0]
    assert (
        dep["status"] == TO_CHECK and dep["condition"] == ["woningcorporatie"] and len(dep["evidence"]) == 2
    )
    assert "sleutel" in dep["note"]


def test_saying_nobody_waits_makes_a_weak_signal_no_categorie_3(orgs):
    text = (
        "De SVB betaalt haar AOW. Toeslagen verrekent een oude schuld, waardoor de SVB-betaling niet verandert. "
        "De organisaties werken los van elkaar."
    )
    a = assess(text, orgs)
    assert a.category == 2
    assert a.to_dict()["facts"]["category"]["status"] == TO_CHECK


def test_words_that_only_look_like_an_organisation(orgs):
    assert "bank" not in assess("Ze slaapt bij haar zus op de bank en vraagt naar de AOW.", orgs).units
    assert assess("Hij heeft wat spaargeld op de bank en vraagt naar zijn kinderbijslag.", orgs).units == [
        "svb"
    ]
    assert "bank" in assess("De bank heeft zijn betaalrekening geblokkeerd.", orgs).units
    a = assess("Zij woont sinds kort in onze gemeente, werkt als huisartsassistente en heeft vast werk en inkomen. "
               "Ze vraagt naar zorgtoeslag.", orgs)  # fmt: skip
    assert a.units == ["toeslagen"] and a.category == 1
    assert assess(
        "Zijn paspoort is verlopen en de gemeente maakt pas in maart een afspraak.", orgs
    ).units == ["gemeente"]
    assert assess(
        "Neem de benodigde stukken mee (loonstrook, paspoort). Het gaat om zijn WW.", orgs
    ).units == ["uwv"]


def test_what_follows_a_mention_can_negate_it(orgs):
    a = assess("Het UWV is hier ook niet bij betrokken. Bijstand is niet aan de orde. Hij vraagt naar zijn CJIB-boete.", orgs)  # fmt: skip
    assert a.units == ["cjib"] and {f.unit for f in a.not_involved} == {"uwv", "gemeente"}
    a = assess(
        "De procedure bij de IND is afgerond en het COA speelt geen rol meer. Hij vraagt naar DUO.", orgs
    )
    assert a.units == ["duo"] and {f.unit for f in a.not_involved} == {"ind", "coa"}
    a = assess("Ze komt omdat ze nooit huurtoeslag heeft aangevraagd. Samen de aanvraag gedaan.", orgs)
    assert a.units == ["toeslagen"]


def test_urgency_needs_something_at_stake(orgs):
    assert not assess("Volgende week heeft zij een gesprek bij het Wmo-loket.", orgs).urgent
    assert not assess("Over drie weken krijgt hij de sleutel van de woning.", orgs).urgent
    assert assess("Over drie weken stopt zijn WW-uitkering en hij heeft nog geen werk.", orgs).urgent
    assert assess("De bezwaartermijn tegen het besluit van de SVB verloopt overmorgen.", orgs).urgent
    assert assess("Haar ex stuurt haar dreigende appjes.", orgs).urgent


def test_no_acute_need_outweighs_moderate_signals_but_stays_to_check(orgs):
    a = assess(
        "De deurwaarder legt beslag op zijn auto. Hij heeft een goed inkomen, er is geen acute nood.", orgs
    )
    facts = a.to_dict()
    assert not a.urgent and facts["facts"]["urgent"]["status"] == TO_CHECK
    assert [item["label"] for item in facts["check_list"]] == ["Spoed"]
    assert len(facts["check_list"][0]["evidence"]) == 2  # the signal and the sentence that contradicts it
    a = assess("Hij heeft sinds twee maanden geen inkomen. Geen acute nood volgens hem.", orgs)
    assert a.urgent and a.to_dict()["facts"]["urgent"]["status"] == TO_CHECK


def test_implied_organisation_is_to_check(orgs):
    data = assess("Hij slaapt sinds een maand in de nachtopvang.", orgs).to_dict()
    implied = [o for o in data["facts"]["organisations"] if o["rule"] == "afgeleid uit de situatie"]
    assert implied and all(o["status"] == TO_CHECK for o in implied)
    assert {item["fact"] for item in data["check_list"]} >= {f"organisation:{o['id']}" for o in implied}


def test_each_suggestion_once(orgs):
    text = (
        "Hij heeft schulden en een aanmaning, snapt zijn post niet en wil bezwaar maken tegen een afwijzing."
    )
    ids = [s.org_id for s in assess(text, orgs).suggestions]
    assert ids and len(ids) == len(set(ids))


def test_note_shows_quotes_and_check_list(tmp_path):
    settings = load_settings(data_dir=tmp_path, backend="none")
    text = "De deurwaarder legt beslag op zijn loon. Er is geen acute nood. De gemeente wacht op het UWV."
    note = triage(text, settings=settings)
    data = note.to_dict()
    assert {"category", "urgent", "organisations", "dependencies", "urgency_signals"} <= set(data["facts"])
    assert data["check_list"] and data["check_list"][0]["label"] == "Spoed"
    out = note.to_text()
    assert "Spoed: nee (controleren)" in out and "Controleer dit:" in out
    assert 'UWV: betrokken — "De gemeente wacht op het UWV."' in out
    assert 'Categorie 3: Gemeente wacht op UWV: "De gemeente wacht op het UWV."' in out
    json.dumps(data, ensure_ascii=False)
