"""General rules after blind round 16 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- a bezwaar sent by mistake ("per ongeluk", "per abuis", "abusievelijk", "per vergissing") to some
  body is a bezwaar filed with a body that has no say: Awb 6:15 (lid 3: the date it reached that body
  decides whether it was on time);
- Wko 1.6 lid 1 onder a covers any work that gives income from work and home (Wet IB 2001), so a
  self-employed parent (zzp'er, zelfstandige) has a claim on kinderopvangtoeslag like an employee.
Pure: no index."""

from __future__ import annotations

import re

from grounds_matching import match_of, proposed_ids


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


# --- Awb 6:15: a bezwaar sent by mistake to another body ---------------------------------------------------


def test_a_bezwaar_sent_by_mistake_to_another_body_shows_6_15_3():
    assert "Het tijdstip van indiening bij het onbevoegde orgaan is bepalend" in _law_text("awb")
    text = (
        "Meneer Kaya (52) schreef binnen vier weken een bezwaar tegen de verlaging van zijn uitkering, "
        "maar deed de brief per abuis bij het UWV op de bus. Het UWV stuurde hem na zes weken door."
    )
    obstacle = "Het college noemt het bezwaar te laat en wil het niet-ontvankelijk verklaren."
    match = match_of(text, obstacle, "awb-6-15-3")
    assert match is not None and match.check.complete and match.check.excluded is None
    assert "awb-6-15-3" in proposed_ids(text, obstacle, 3)


def test_a_mistake_that_is_no_wrong_body_does_not_show_6_15():
    text = (
        "Meneer Kaya (52) stuurde zijn bezwaar op tijd naar de gemeente, maar deed per ongeluk de "
        "verkeerde bijlage in de envelop."
    )
    obstacle = "Het college noemt het bezwaar te laat en wil het niet-ontvankelijk verklaren."
    for ground in ("awb-6-15", "awb-6-15-3"):
        match = match_of(text, obstacle, ground)
        assert match is None or not match.check.facts[0].stated


# --- Wko 1.6 lid 1 onder a: work as a zelfstandige counts ---------------------------------------------------


def test_a_self_employed_parent_has_a_claim_on_kinderopvangtoeslag():
    assert "tegenwoordige arbeid verricht waaruit inkomen uit werk en woning" in _law_text("wet-kinderopvang")
    text = (
        "Mevrouw Brink (38) heeft een dochter van 4 en werkt sinds kort als zelfstandige in de thuiszorg. "
        "Ze wil meer uren maken als haar dochter naar het kinderdagverblijf kan."
    )
    obstacle = "Een kennis zei dat ondernemers geen kinderopvangtoeslag krijgen."
    match = match_of(text, obstacle, "wko-1.6-1")
    assert match is not None and match.check.complete and match.check.excluded is None
    assert "wko-1.6-1" in proposed_ids(text, obstacle, 3)


def test_a_self_employed_parent_without_childcare_does_not_show_1_6():
    text = "Meneer Brink (44) werkt als zzp'er in de bouw; zijn kinderen zijn volwassen en wonen op zichzelf."
    match = match_of(text, "Hij heeft een belastingschuld bij de Belastingdienst.", "wko-1.6-1")
    assert match is None or not match.check.complete


# --- Pw 18b: the taaleis verlaging has its own exceptions ---------------------------------------------------


def _rank(text: str, obstacle: str) -> list[str]:
    return proposed_ids(text, obstacle, 8)


def test_a_taaleis_verlaging_puts_its_own_exception_before_the_maatregel_lid():
    law = _law_text("participatiewet")
    assert "verlaagt het college de bijstand niet" in law and "elke vorm van verwijtbaarheid ontbreekt" in law
    text = (
        "Meneer Haddad (55) krijgt bijstand. Hij haalt de taaltoets Nederlands niet: door een beperking na een "
        "herseninfarct onthoudt hij nieuwe woorden slecht en hij is vaak ziek, zo schrijft de neuroloog."
    )
    obstacle = "De gemeente verlaagt zijn bijstand omdat hij niet genoeg Nederlands leert."
    ranked = _rank(text, obstacle)
    assert "pw-18b-6" in ranked[:3]
    assert "pw-18-9" not in ranked[:5]


def test_a_maatregel_without_a_taaleis_keeps_the_maatregel_lid():
    text = (
        "Mevrouw Haddad (50) krijgt bijstand en miste twee afspraken bij het werkplein, omdat ze met een "
        "longontsteking in het ziekenhuis lag."
    )
    obstacle = "De gemeente legt een maatregel op en verlaagt de bijstand een maand met 100%."
    ranked = _rank(text, obstacle)
    assert "pw-18b-6" not in ranked
    assert "pw-18-9" in ranked[:5]
