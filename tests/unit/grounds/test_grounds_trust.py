"""Trust in the grounds engine (issue 10): every proposed ground carries the quoted case facts that
trigger it (with offsets); `requires` and `not_when` are checked against the case; a ground from a
law whose subject is not in the case is never proposed; Wmo grounds for adults, Jeugdwet grounds
for children. Pure: no index."""

from __future__ import annotations

import pytest

from assistant.features.grounds.casetext import CASE, OBSTACLE, CaseText
from assistant.features.grounds.conditions import check_ground
from assistant.features.grounds.engine import match_grounds
from assistant.features.grounds.subjects import law_subject
from assistant.knowledge.corpus import Condition, Ground, load_grounds, load_law_sources, load_sociale_kaart

GROUNDS = load_grounds()
LAWS = load_law_sources()
ORGS = load_sociale_kaart()


def _match(text: str, obstacle: str | None = None):
    return match_grounds(text, obstacle, grounds=GROUNDS, organisations=ORGS, laws=LAWS)[1]


def _ground(**kw) -> Ground:
    base = {"id": "t", "law": "Awb", "article": "1:1", "paragraph": None, "title": "t", "summary": "s",
            "applies_when": (), "signals": ("x",), "obstacle_kinds": ("onevenredig",), "organisations": (),
            "limits": "l"}  # fmt: skip
    return Ground(**(base | kw))


# --- reading the case --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stem", "found"),
    [
        ("De gemeente vordert de bijstand terug.", "terugvorder", False),
        ("De terugvorderingen lopen op.", "terugvorder", True),  # a stem starts a word
        ("Ze heeft een huurachterstand.", "achterstand", True),  # a long stem inside a compound
        ("Hij wil een wwb-uitkering.", "ww", False),  # a short stem only as a whole word
        ("De Dienst Toeslagen vordert € 2.400 terug.", "vordert ... terug", True),  # a separable verb
        ("Hij ontvangt geen bijstand.", "bijstand", False),  # negated right before
        ("Hij heeft geen recht op bijstand.", "bijstand", True),  # the negation is about the right
        ("Hij heeft geen inkomen.", "geen inkomen", True),  # the stem carries the negation
    ],
)
def test_stems_are_found_where_they_start_a_word_and_are_not_negated(text, stem, found):
    assert (CaseText(text).find(stem) is not None) is found


def test_in_the_obstacle_a_negation_names_what_is_refused():
    case = CaseText("Mevrouw meldt zich 's avonds.", "Er kan geen opvangplek worden toegewezen.")
    hit = case.find("opvang")
    assert hit is not None and hit.source == OBSTACLE


def test_ages_of_people_and_the_client():
    case = CaseText("Mevrouw A. (31) is met haar kinderen (3 en 6) gevlucht. Ahmed is 8 jaar geleden gekomen. "
                    "In maart wordt hij 18.")  # fmt: skip
    assert [a.years for a in case.ages] == [31, 3, 6, 17]
    assert case.client_age.years == 31


def test_evidence_offsets_quote_the_input():
    text = "Meneer B. (50) ontvangt bijstand.\nDe gemeente vordert € 2.900 terug wegens de inlichtingenplicht."
    hit = CaseText(text).find("vordert ... terug")
    ev = hit.evidence
    assert hit.source == CASE and " ".join(text[ev.start : ev.end].split()) == ev.quote
    assert "vordert € 2.900 terug" in ev.quote


# --- requires and not_when ------------------------------------------------------------------------------


def test_each_required_fact_needs_its_own_evidence():
    g = _ground(requires=(Condition("er is spoed", ("dakloos",)), Condition("er is opvang nodig", ("dakloos", "opvang"))))
    check = check_ground(g, CaseText("Zijn zoon is dakloos."))
    assert [f.status for f in check.facts] == ["stated", "not_found"]
    assert check.missing == ["er is opvang nodig"]


def test_a_not_when_with_stems_excludes_and_one_in_words_goes_to_the_professional():
    g = _ground(requires=(Condition("er is een boete", ("boete",)),),
                not_when=(Condition("het gaat om een toeslagschuld", ("toeslagschuld",)),
                          Condition("de boete is al betaald")))  # fmt: skip
    assert check_ground(g, CaseText("Er is een boete en een toeslagschuld.")).excluded is not None
    check = check_ground(g, CaseText("Er is een boete."))
    assert check.excluded is None and check.to_check == ["de boete is al betaald"]


def test_an_age_not_when_looks_at_the_client_an_age_requirement_at_anyone():
    g = _ground(requires=(Condition("er is een kind", ages=(None, 17)),),
                not_when=(Condition("de cliënt is minderjarig", ages=(None, 17)),))  # fmt: skip
    parent = check_ground(g, CaseText("Mevrouw K. (38) zorgt voor haar zoon (12)."))
    assert parent.excluded is None and parent.complete
    assert parent.facts[0].rule.startswith("leeftijd uit de casus: 12 jaar")
    assert check_ground(g, CaseText("Sara (14) gaat niet naar school.")).excluded is not None


# --- the law's subject -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law", "about"),
    [
        ("Meneer ontvangt geen bijstand en heeft een WGA-uitkering.", "Participatiewet", False),
        ("Meneer ontvangt geen bijstand en heeft een WGA-uitkering.", "Wet WIA", True),
        ("De gemeente vordert bijstand terug.", "Awir", False),
        ("Ze ontvangt huurtoeslag.", "Awir", True),
        ("Sara (14) heeft angstklachten.", "Jeugdwet", True),
        ("Mevrouw N. (45) is met haar kinderen gevlucht.", "Jeugdwet", False),
    ],
)
def test_whether_a_case_is_about_a_law(text, law, about):
    assert (law_subject(law, CaseText(text)) is not None) is about


def test_no_toeslag_no_awir_ground_and_nothing_reclaimed_no_terugvordering_ground():
    text = ("Meneer R. (44) heeft een bijstandsuitkering. Hij kwam niet op een afspraak omdat hij in het "
            "ziekenhuis lag. Hij heeft een huurachterstand.")  # fmt: skip
    obstacle = "De gemeente legt een maatregel op: de bijstand wordt een maand met 100% verlaagd."
    ids = [m.ground.id for m in _match(text, obstacle)]
    assert not [i for i in ids if i.startswith(("awir-", "wht-", "wko-"))]
    assert not {"pw-58-8", "pw-58-2", "awb-4-94a", "wia-77-6"} & set(ids)
    assert ids.index("pw-18-10") < ids.index("pw-18-1"), "de maatregel-uitzondering gaat voor de algemene afstemming"


def test_wmo_for_adults_jeugdwet_for_children():
    child = [m.ground.law for m in _match(
        "Daan (9) zit in een rolstoel en heeft een indicatie voor dagbehandeling. Zonder vervoer kan hij niet.",
        "De gemeente wijst vervoer naar de jeugdhulp af.")]  # fmt: skip
    assert "Jeugdwet" in child and "Wmo 2015" not in child
    adult = [m.ground.law for m in _match(
        "Mevrouw G. (67) kan door COPD het huishouden niet meer doen. Ze meldde zich bij het Wmo-loket.",
        "Het Wmo-loket doet geen onderzoek en verwijst naar een schoonmaakdienst.")]  # fmt: skip
    assert "Wmo 2015" in adult and "Jeugdwet" not in adult


def test_every_proposed_ground_quotes_the_facts_that_trigger_it():
    text = ("Mevrouw T. (29) ontvangt huurtoeslag en zorgtoeslag. De Dienst Toeslagen vordert € 3.600 terug. "
            "Ze heeft geen spaargeld.")  # fmt: skip
    obstacle = "De Dienst Toeslagen wil het hele bedrag in één keer."
    matches = _match(text, obstacle)
    assert matches
    inputs = {CASE: text, OBSTACLE: obstacle}
    for m in matches:
        stated = [f for f in m.facts if f.stated]
        assert stated, m.ground.id
        for fact in stated:
            ev = fact.evidence[0]
            assert " ".join(inputs[fact.source][ev.start : ev.end].split()) == ev.quote
        assert m.status == ("stated" if m.check.complete else "to_check")


def test_a_ground_with_a_required_fact_missing_is_marked_to_check():
    matches = _match("Mevrouw heeft een bijstandsuitkering. Ze wil een stadspas.", "De gemeente zegt nee.")
    partial = [m for m in matches if not m.check.complete]
    assert partial, [m.ground.id for m in matches]
    for m in partial:
        assert m.status == "to_check" and m.check.missing
        assert any(f.status == "not_found" and f.note for f in m.facts)
    complete = [i for i, m in enumerate(matches) if m.check.complete and not m.general]
    assert all(i < matches.index(partial[0]) for i in complete), "grounds with all facts come first"
