"""General ranking rules before blind round 18 (issue 10: no ground from a wrong list in the top 5),
each tested on newly written Dutch sentences with a case it must fire on and one it must not:
- of two leden of one article, a lid with one of its own facts (those the neighbour does not share)
  missing steps back to the end of the list for a neighbour whose own facts are all quoted;
- a general Awb norm whose core (a besluit, a beleidsregel) is not in the obstacle steps back behind
  the specific grounds whose facts the obstacle shows;
- a bystander's view of which article applies, a colleague's belief ("meende dat") and an indirect
  question ("de vraag of …") state no fact of the case.
Pure: no index."""

from __future__ import annotations

import re

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.neighbours import MISSING, SHOWN, own_firmness, step_back


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


# --- neighbouring leden: Wgs 3 lid 2 (eerder traject) and lid 3 (fraude) ----------------------------------

_DEBTS = (
    "Meneer Hoekstra (51) heeft ongeveer € 19.000 schuld bij zes schuldeisers. Hij zat in 2021 al eens in een "
    "traject bij de kredietbank en is daar toen uitgevallen. In 2018 kreeg hij van de sociale dienst een "
    "bestuurlijke boete wegens fraude, omdat hij zijn bijbaan niet had doorgegeven."
)
_REFUSED_FOR_EARLIER_USE = "De kredietbank weigert hem opnieuw toe te laten omdat hij eerder is uitgevallen."
_REFUSED_FOR_FRAUD = "Hij is door de kredietbank geweigerd voor schuldhulp vanwege de fraudeboete van de sociale dienst."


def test_both_leden_are_in_the_law_text():
    law = _law_text("wgs")
    assert "weigeren in geval een inwoner al eerder gebruik heeft gemaakt van schuldhulpverlening" in law
    assert "onherroepelijke bestuurlijke sanctie" in law


def test_negative_both_leden_shown_keep_their_order():
    lid2 = match_of(_DEBTS, _REFUSED_FOR_EARLIER_USE, "wgs-3-2")
    lid3 = match_of(_DEBTS, _REFUSED_FOR_EARLIER_USE, "wgs-3-3")
    assert lid2 is not None and lid3 is not None
    assert own_firmness(lid2, lid3) == SHOWN and own_firmness(lid3, lid2) == SHOWN
    assert step_back([lid3, lid2], obstacle=True) == [lid3, lid2]


def test_the_lid_without_its_own_fact_steps_back_behind_the_fraud_lid():
    text = _DEBTS.replace(" Hij zat in 2021 al eens in een traject bij de kredietbank en is daar toen uitgevallen.", "")
    lid2, lid3 = match_of(text, _REFUSED_FOR_FRAUD, "wgs-3-2"), match_of(text, _REFUSED_FOR_FRAUD, "wgs-3-3")
    assert lid2 is not None and lid3 is not None
    assert own_firmness(lid2, lid3) == MISSING
    assert step_back([lid2, lid3], obstacle=True) == [lid3, lid2]
    ids = proposed_ids(text, _REFUSED_FOR_FRAUD)
    assert "wgs-3-3" in ids[:5] and ("wgs-3-2" not in ids or ids.index("wgs-3-2") > ids.index("wgs-3-3"))


def test_a_lid_with_its_own_fact_missing_steps_back_without_an_obstacle_too():
    text = (
        "Meneer Brouwer (46) heeft € 11.000 schuld. Hij kreeg vorig jaar een bestuurlijke boete wegens fraude "
        "met zijn uitkering. De gemeente heeft hem daarom geweigerd voor schuldhulp."
    )
    lid2, lid3 = match_of(text, None, "wgs-3-2"), match_of(text, None, "wgs-3-3")
    assert lid2 is not None and lid3 is not None
    assert own_firmness(lid2, lid3) == MISSING  # no earlier traject in the case
    assert own_firmness(lid3, lid2) == SHOWN
    assert step_back([lid2, lid3], obstacle=False) == [lid3, lid2]


def test_negative_a_whole_article_is_no_neighbour_of_its_lid():
    text = "Mevrouw Smits (36) heeft schulden en vroeg de gemeente om schuldhulp; er is nog geen besluit."
    whole, lid = match_of(text, None, "wgs-4a"), match_of(text, None, "wgs-4a-6")
    assert whole is not None
    ranked = [m for m in (lid, whole) if m is not None]
    assert step_back(ranked, obstacle=False) == ranked


# --- a general Awb norm whose core is not in the obstacle -------------------------------------------------

_CUT = (
    "Mevrouw Jansen (44) ontvangt sinds vorig jaar bijstand. Volgens de consulent is het vaste beleid van de "
    "gemeente om bij elk gemist gesprek de uitkering te verlagen. Zij lag in de week van het gesprek met een "
    "longontsteking in het ziekenhuis en kon daardoor niet komen."
)
_CUT_OBSTACLE = "Haar bijstand is met een maatregel verlaagd omdat zij een gesprek miste terwijl zij opgenomen was."
_POLICY_OBSTACLE = "De gemeente past haar beleidsregel toe: bij elk gemist gesprek volgt een verlaging van de bijstand."


def test_a_general_awb_norm_with_its_core_only_in_the_case_steps_back():
    awb = match_of(_CUT, _CUT_OBSTACLE, "awb-4-84")
    pw = match_of(_CUT, _CUT_OBSTACLE, "pw-18-9")
    assert awb is not None and pw is not None
    assert awb.check.facts[0].stated and awb.check.facts[0].source == "casus"
    assert step_back([awb, pw], obstacle=True) == [pw, awb]
    ids = proposed_ids(_CUT, _CUT_OBSTACLE)
    assert ids.index("pw-18-9") < ids.index("awb-4-84") if "awb-4-84" in ids else "pw-18-9" in ids


def test_negative_a_general_awb_norm_with_its_core_in_the_obstacle_keeps_its_place():
    awb = match_of(_CUT, _POLICY_OBSTACLE, "awb-4-84")
    pw = match_of(_CUT, _POLICY_OBSTACLE, "pw-18-9")
    assert awb is not None and awb.check.facts[0].source == "obstakel"
    others = [pw] if pw is not None else []
    assert step_back([awb, *others], obstacle=True)[0] is awb


def test_negative_without_an_obstacle_a_general_norm_does_not_step_back():
    awb = match_of(_CUT, None, "awb-4-84")
    assert awb is not None
    assert step_back([awb], obstacle=False) == [awb]


# --- a bystander's view of which article applies is no fact of the case ------------------------------------

_SPANS_TEXT = (
    "Meneer Visser (58) vroeg in augustus bijstand aan. Een stagiaire zei gisteren dat we beter artikel 16 "
    "kunnen inroepen. Iemand anders noemde nog bezwaar buiten de termijn (6:11 Awb), maar er is geen besluit."
)


def _put_off(text: str) -> list[str]:
    from assistant.features.grounds.put_off import put_off_sentences
    from assistant.text.spans import sentences

    spans = sentences(text)
    starts = put_off_sentences(text, spans)
    return [text[s.start : s.end] for s in spans if s.start in starts]


def test_a_bystanders_view_on_an_article_is_put_off():
    put_off = _put_off(_SPANS_TEXT)
    assert any("artikel 16" in s for s in put_off)
    assert any("6:11" in s for s in put_off)
    assert not any("vroeg in augustus" in s for s in put_off)
    argued = "Een vrijwilliger wil aanvoeren dat de boete op grond van dringende redenen kan vervallen."
    assert _put_off(argued) == [argued]


def test_negative_a_bystander_reporting_a_fact_or_a_body_citing_an_article_is_kept():
    text = (
        "Een collega zei dat meneer sinds 1 mei geen loon meer krijgt. De gemeente zegt dat artikel 13 "
        "in de weg staat."
    )
    assert _put_off(text) == []


def test_a_late_bezwaar_named_only_by_a_bystander_does_not_show_awb_6_11():
    obstacle = "De aanvraag is afgewezen omdat hij te laat kwam."
    text = (
        "Mevrouw Bos (50) diende haar aanvraag twee maanden te laat in doordat zij opgenomen was. "
        "Collega Pieter zei dat het bezwaar na de termijn van artikel 6:11 Awb de uitweg is."
    )
    match = match_of(text, obstacle, "awb-6-11")
    assert match is None or not match.check.facts[0].stated
    own = text.replace("Collega Pieter zei dat het bezwaar na de termijn van artikel 6:11 Awb de uitweg is.",
                       "Zij diende haar bezwaar pas na afloop van de bezwaartermijn in.")
    match = match_of(own, obstacle, "awb-6-11")
    assert match is not None and match.check.facts[0].stated


# --- a bystander's belief and an indirect question state no fact ---------------------------------------------


def test_a_bystanders_belief_and_an_indirect_question_are_put_off():
    belief = "Vrijwilliger Karel dacht dat de kredietbank hem mag weigeren vanwege een oude fraudezaak."
    question = "Daarna rees bij ons de vraag of zijn schuld bij de Belastingdienst meetelt."
    assert _put_off(belief) == [belief]
    assert _put_off(question) == [question]


def test_negative_a_body_that_believes_or_a_late_question_keeps_the_sentence():
    text = (
        "De kredietbank meende dat hij eerder was uitgevallen. Hij heeft € 9.000 schuld bij vier schuldeisers "
        "en de energieleverancier dreigt met afsluiten, dus hij vraagt zich af of er nog hulp komt."
    )
    assert _put_off(text) == []
    neighbour = "Haar buurvrouw wil bezwaar maken en denkt dat het te laat is."
    assert _put_off(neighbour) == []  # the client's own circle: their words stay facts of the situation


def test_fraud_named_only_in_a_bystanders_belief_does_not_show_wgs_3_3():
    obstacle = "De gemeente weigert schuldhulp omdat zij eerder een traject heeft afgebroken."
    text = (
        "Mevrouw Lammers (41) heeft € 16.000 schuld. Zij stopte in 2022 met haar traject toen haar vader ziek "
        "werd. Collega Anouk meende dat de gemeente haar mag weigeren wegens fraude met haar toeslag."
    )
    assert match_of(text, obstacle, "wgs-3-3") is None
    stated = text.replace("Collega Anouk meende dat de gemeente haar mag weigeren wegens fraude met haar toeslag.",
                          "Zij kreeg in 2020 een bestuurlijke boete wegens fraude met haar toeslag.")
    assert match_of(stated, obstacle, "wgs-3-3") is not None
