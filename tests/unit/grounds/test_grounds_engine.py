"""The pure grounds engine: obstacle detection, matching and ranking on written cases, and the
Omgekeerde Toets / Doorbraak structure. Needs no index."""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.features.grounds.case import analyse_case
from assistant.features.grounds.engine import match_grounds
from assistant.features.grounds.frameworks import GroundRef, doorbraak, omgekeerde_toets
from assistant.features.grounds.obstacles import detect_obstacles
from assistant.features.grounds.ranking import MAX_GENERAL
from assistant.knowledge.corpus import load_grounds, load_law_sources, load_sociale_kaart
from evals.casefiles import GROUNDS_CASES

CASES_DIR = GROUNDS_CASES
GROUNDS = load_grounds()
LAWS = load_law_sources()
ORGS = load_sociale_kaart()


def _cases(name: str) -> list[dict]:
    return yaml.safe_load((CASES_DIR / name).read_text(encoding="utf-8"))["cases"]


def _match(case: dict):
    return match_grounds(case["text"], case.get("obstacle"), grounds=GROUNDS, organisations=ORGS, laws=LAWS)


ALL_CASES = [
    c for f in ("bijlage2.yaml", "eigen.yaml", "extra.yaml", "holdout.yaml", "blind.yaml") for c in _cases(f)
]


def test_enough_own_cases_with_an_obstacle():
    own = _cases("eigen.yaml") + _cases("extra.yaml") + _cases("holdout.yaml")
    assert len([c for c in own if c.get("obstacle") and c["expected"]]) >= 10


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c["id"])
def test_expected_grounds_are_proposed(case):
    _, matches = _match(case)
    ids = [m.ground.id for m in matches]
    missing = [g for g in case["expected"] if g not in ids and g not in case.get("known_miss", [])]
    assert missing == [], f"gevonden: {ids}"
    wrong = [g for g in case.get("not_expected", []) if g in ids]
    assert wrong == [], f"past niet bij deze casus: {wrong}"
    if not case["expected"]:
        assert ids == [], "een informatievraag krijgt geen maatwerkgronden"


def test_recorded_misses_stay_few():
    expected = sum(len(c["expected"]) for c in ALL_CASES)
    known = sum(len(c.get("known_miss", [])) for c in ALL_CASES)
    assert known / expected <= 0.1


def test_frank_gets_voorschot_proportionality_and_deviation():
    frank = next(c for c in _cases("bijlage2.yaml") if c["id"] == "frank")
    signals, matches = _match(frank)
    ids = [m.ground.id for m in matches]
    assert {"pw-52-1", "awb-3-4-2", "awb-4-84"} <= set(ids)
    assert ids.index("pw-52-1") < 3, "het voorschot hoort bovenaan"
    assert {"wachten_op_andere_organisatie", "acute_nood"} <= set(signals.kinds)
    assert {"gemeente", "uwv"} <= {m.key for m in signals.organisations}


def test_why_quotes_the_case_text():
    frank = next(c for c in _cases("bijlage2.yaml") if c["id"] == "frank")
    _, matches = _match(frank)
    voorschot = next(m for m in matches if m.ground.id == "pw-52-1")
    why = voorschot.why()
    quotes = re.findall(r'"([^"]+)"', why)
    assert quotes and all(q in " ".join(frank["text"].split()) for q in quotes)


def test_general_norms_follow_the_specific_grounds_that_address_the_obstacle():
    """Lex specialis first: a general norm (Awb 3:4, Awb 4:84, Pw 18 lid 1) may only precede a
    specific ground that lacks required facts or does not touch the obstacle the professional names.
    The one exception: a law's own general norm where the obstacle says the body has no choice."""
    for case in ALL_CASES:
        _, matches = _match(case)
        general = [m for m in matches if m.general]
        assert len(general) <= MAX_GENERAL and len({m.ground.article for m in general}) == len(general)
        first_general = next((i for i, m in enumerate(matches) if m.general and not m.answers_no_choice), len(matches))
        late = [m.ground.id for m in matches[first_general:] if not m.general and m.check.complete and m.focus]
        assert late == [], case["id"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "De gemeente wil pas beslissen als het UWV klaar is met de keuring.",
            "wachten_op_andere_organisatie",
        ),
        ("Zijn aanvraag bij de SVB loopt nog en er is nog geen besluit.", "wachten_op_andere_organisatie"),
        (
            "Het UWV verwees haar door naar de gemeente, die stuurde haar weer terug.",
            "wachten_op_andere_organisatie",
        ),
        ("Dat ze alles moet terugbetalen voor een kleine vergissing vindt ze onredelijk.", "onevenredig"),
        ("Hij heeft geen geld meer voor eten en slaapt bij een vriend op de bank.", "acute_nood"),
        ("Volgende week wordt het gas afgesloten.", "acute_nood"),
        ("Volgens de werkinstructie is er geen uitzondering mogelijk.", "beleidsregel"),
        ("Ze heeft een betalingsachterstand en de deurwaarder stond aan de deur.", "schulden"),
        ("Omdat hij jonger dan 27 is, komt hij niet in aanmerking.", "categorale_uitsluiting"),
        ("Zonder briefadres kan hij nergens terecht.", "categorale_uitsluiting"),
    ],
)
def test_obstacle_kinds_from_general_dutch(text, kind):
    assert kind in {f.kind for f in detect_obstacles(text)}


def test_plain_information_question_has_no_obstacle():
    text = "Mevrouw wil weten hoe ze haar adres kan wijzigen en waar ze een formulier vindt."
    assert detect_obstacles(text) == []


def test_acute_need_with_a_blocking_rule_is_derived_as_disproportionate():
    found = detect_obstacles(
        "Ze heeft geen inkomen.", "De gemeente wil pas betalen als het UWV heeft beslist."
    )
    derived = [f for f in found if f.source == "afgeleid"]
    assert derived and derived[0].kind == "onevenredig"


def test_obstacle_text_is_used_and_quoted():
    found = detect_obstacles("Meneer heeft twee kinderen.", "Dat mag niet van het beleid.")
    assert [(f.kind, f.source) for f in found] == [("beleidsregel", "obstakel")]
    assert found[0].quote == "Dat mag niet van het beleid."


def test_organisations_and_laws_are_detected():
    signals = analyse_case(
        "Ze kreeg een brief van de Belastingdienst over de huurtoeslag en belde met het CJIB.",
        organisations=ORGS, laws=LAWS,
    )  # fmt: skip
    assert {"belastingdienst", "cjib"} <= {m.key for m in signals.organisations}
    assert "Awir" in {m.key for m in signals.laws}


def test_retrieval_boosts_a_ground():
    text = "Hij heeft bijstand aangevraagd, heeft geen inkomen en wacht op de gemeente."
    _, plain = match_grounds(text, grounds=GROUNDS, laws=LAWS, min_score=0, limit=40)
    _, boosted = match_grounds(text, grounds=GROUNDS, laws=LAWS, retrieved=[("Participatiewet", "52")],
                               min_score=0, limit=40)  # fmt: skip
    score = {m.ground.id: m.score for m in plain}
    score_b = {m.ground.id: m.score for m in boosted}
    assert score_b["pw-52-1"] > score["pw-52-1"]
    assert any(e.kind == "wettekst" for m in boosted if m.ground.id == "pw-52-1" for e in m.evidence)


# --- frameworks ---------------------------------------------------------------------------------

REFS = [
    GroundRef("Participatiewet", "Participatiewet, artikel 52, eerste lid", "Voorschot op bijstand", True,
              ("gemeente",), "Participatiewet"),
    GroundRef("Awb", "Awb, artikel 4:84", "Afwijken van een beleidsregel", False, ("gemeente",), None),
]  # fmt: skip


def test_omgekeerde_toets_has_four_steps_in_order_and_asks_what_it_cannot_know():
    ot = omgekeerde_toets(grounds=REFS, kinds=["acute_nood"], breakthrough=None)
    assert list(ot) == ["gewenst_effect", "grondwaarden", "gevolgen_langere_termijn", "juridische_toets"]
    assert any("bereiken" in q for q in ot["gewenst_effect"]["questions"])
    assert [v["law"] for v in ot["grondwaarden"]["values"]] == ["Participatiewet"]
    assert any("kosten" in q for q in ot["gevolgen_langere_termijn"]["questions"])
    assert "Awb, artikel 4:84 (niet geverifieerd)" in ot["juridische_toets"]["text"]


def test_omgekeerde_toets_uses_the_given_breakthrough():
    ot = omgekeerde_toets(grounds=REFS, kinds=[], breakthrough="Binnen een week een voorschot.")
    assert ot["gewenst_effect"]["text"] == "Binnen een week een voorschot."
    assert not any("effect, niet de voorziening" in q for q in ot["gewenst_effect"]["questions"])


def test_doorbraak_steps_4_to_6_with_value_triangle():
    d = doorbraak(grounds=REFS, obstacles=[("acute nood", "Geen geld.")], organisations=["Gemeente", "UWV"],
                  obstacle_text="De gemeente wacht op het UWV.", acute=True)  # fmt: skip
    assert list(d) == ["doorbraak", "onderbouwing", "actieplan"]
    assert d["doorbraak"]["questions"], "zonder doorbraak vraagt de stap erom"
    triangle = d["onderbouwing"]
    assert {"legitimiteit", "rendement", "betrokkenheid"} <= set(triangle)
    assert "Participatiewet, artikel 52, eerste lid" in triangle["legitimiteit"]["text"]
    assert triangle["rendement"]["questions"] and triangle["betrokkenheid"]["questions"]
    actions = d["actieplan"]["actions"]
    assert actions[0].startswith("Spoed")
    assert any("Gemeente, UWV" in a for a in actions)
