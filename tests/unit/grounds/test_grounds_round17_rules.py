"""General rules after blind round 17 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- Wgs 3 lid 3 (weigeren na fraude) needs fraud by the inwoner himself with an irrevocable conviction or
  punitive sanction: a case that says no sanction was ever imposed, or that someone else committed the
  fraud in the client's name (misused identity), rules the lid out;
- Awb 6:11 excuses a late bezwaar- or beroepschrift: a case that says there is no decision yet has no
  term that could have run out;
- Wet WIA 64 lid 10 (ambtshalve vaststellen) is about a WIA aanvraag that was not made: an aanvraag for
  another benefit that was not made does not show it.
Pure: no index."""

from __future__ import annotations

import re

from grounds_matching import match_of


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


# --- Wgs 3 lid 3: fraud with a sanction, by the inwoner himself ---------------------------------------------

_WGS_OBSTACLE = "De kredietbank weigert hem toe te laten tot schuldhulp vanwege fraude."


def test_wgs_3_3_needs_an_irrevocable_conviction_or_sanction():
    assert "onherroepelijke bestuurlijke sanctie" in _law_text("wgs")


def test_a_stated_absence_of_any_sanction_rules_out_wgs_3_3():
    text = (
        "Meneer Dekker (47) heeft ruim € 14.000 schuld. Volgens de kredietbank zou hij vroeger gefraudeerd "
        "hebben met zijn uitkering, maar hij is daarvoor nooit beboet en er loopt ook niets."
    )
    assert match_of(text, _WGS_OBSTACLE, "wgs-3-3") is None  # an excluded ground is not proposed
    assert match_of(text.replace("nooit beboet", "wel beboet"), _WGS_OBSTACLE, "wgs-3-3") is not None


def test_fraud_committed_in_the_clients_name_by_someone_else_rules_out_wgs_3_3():
    text = (
        "Mevrouw Vos (33) heeft schulden die haar vorige vriend op haar naam afgesloten heeft. De gemeente "
        "spreekt van fraude omdat er toeslag is aangevraagd met haar gegevens."
    )
    assert match_of(text, _WGS_OBSTACLE, "wgs-3-3") is None
    assert match_of(text.replace("op haar naam afgesloten", "afgesloten"), _WGS_OBSTACLE, "wgs-3-3") is not None


def test_own_fraud_with_a_fine_still_shows_wgs_3_3():
    text = (
        "Meneer Dekker (47) kreeg in 2022 een bestuurlijke boete omdat hij inkomsten had verzwegen; er ontstond "
        "een fraudevordering van de sociale dienst. Nu heeft hij € 14.000 schuld."
    )
    match = match_of(text, _WGS_OBSTACLE, "wgs-3-3")
    assert match is not None and match.check.excluded is None and match.check.facts[0].stated


# --- Awb 6:11: no decision, no late bezwaar -----------------------------------------------------------------


def test_awb_6_11_is_about_a_late_bezwaarschrift():
    assert "na afloop van de termijn ingediend bezwaar- of beroepschrift" in _law_text("awb")


def test_no_decision_yet_rules_out_awb_6_11():
    text = (
        "Mevrouw Smit (61) lag drie maanden in het ziekenhuis. Haar buurman wil bezwaar maken en denkt dat "
        "het te laat is, maar de gemeente heeft over haar aanvraag nog geen besluit genomen."
    )
    obstacle = "Ze is bang dat haar bezwaar te laat is."
    assert match_of(text, obstacle, "awb-6-11") is None
    assert match_of(text.replace("nog geen besluit genomen", "in mei besloten"), obstacle, "awb-6-11") is not None


def test_a_late_bezwaar_after_a_decision_still_shows_awb_6_11():
    text = (
        "Mevrouw Smit (61) kreeg in mei een besluit over haar uitkering, maar lag toen drie maanden in het "
        "ziekenhuis. Ze diende haar bezwaar pas in augustus in, na de bezwaartermijn."
    )
    match = match_of(text, "Het college vindt het bezwaar te laat.", "awb-6-11")
    assert match is not None and match.check.excluded is None


# --- Wet WIA 64 lid 10: the aanvraag that was not made is the WIA aanvraag ----------------------------------


def test_wia_64_10_is_about_ambtshalve_vaststelling():
    assert "ambtshalve" in _law_text("wet-wia")


def test_another_benefit_not_applied_for_does_not_show_wia_64_10():
    text = (
        "Meneer Bos (58) is twee jaar ziek. Zijn WIA-aanvraag is in juni ingediend en UWV moet nog beslissen. "
        "Huurtoeslag heeft hij nooit aangevraagd."
    )
    match = match_of(text, "Hij heeft geen inkomen zolang UWV niet beslist.", "wia-64-10")
    assert match is None or not match.check.facts[0].stated


def test_a_wia_aanvraag_that_was_never_made_shows_wia_64_10():
    text = (
        "Meneer Bos (58) is al drie jaar ziek na een psychose en heeft de WIA nooit aangevraagd; de brieven "
        "van UWV heeft hij niet geopend."
    )
    match = match_of(text, "UWV zegt dat hij te laat is.", "wia-64-10")
    assert match is not None and match.check.facts[0].stated
