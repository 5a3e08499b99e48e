"""General rules of the grounds engine added after blind round 2 (issue 10), each tested on newly
written sentences with a case it must fire on and one it must not: legal concepts as synonym
groups, a ground's core fact, the person's own late filing, obstacle-first evidence, facts that
only name a law's subject, lex specialis, and the procedural Awb, Awir, Wmo and WIA grounds. Pure:
no index."""

from __future__ import annotations

import pytest
from grounds_matching import GROUNDS, match_of, proposed_ids

from assistant.features.grounds.casetext import OBSTACLE, CaseText
from assistant.features.grounds.concepts import CONCEPTS, expand, unknown_concepts
from assistant.features.grounds.obstacles import detect_obstacles
from assistant.features.grounds.subjects import names_only_a_subject


def _ids(text: str, obstacle: str | None = None, limit: int = 8) -> list[str]:
    return proposed_ids(text, obstacle, limit)


def _match(text: str, obstacle: str | None, ground_id: str):
    return match_of(text, obstacle, ground_id, limit=40)


# --- concepts ------------------------------------------------------------------------------------------


def test_every_concept_named_in_the_catalogue_exists():
    stems = [s for g in GROUNDS for c in (*g.requires, *g.not_when) for s in c.any_of]
    assert unknown_concepts(stems) == []
    assert any(s.startswith("@") for s in stems)


def test_a_concept_expands_to_its_group_in_order_without_duplicates():
    out = expand(["aanvraag", "@aanvraag", "eigen woord"])
    assert out[0] == "aanvraag" and out[-1] == "eigen woord"
    assert set(CONCEPTS["aanvraag"]) <= set(out) and len(out) == len(set(out))


def test_a_separable_verb_far_apart_is_an_application_but_not_across_sentences():
    case = CaseText("Zij vroeg in januari bij het loket van de gemeente een woningaanpassing aan.")
    assert case.find_any(expand(["@aanvraag"])) is not None
    other = CaseText("Zij vroeg zich af wat zij moest doen. Daarna ging zij aan het werk.")
    assert other.find_any(expand(["@aanvraag"])) is None


def test_the_obstacle_is_quoted_before_the_case_for_the_same_fact():
    case = CaseText("Het contract bij de bakker liep in mei af.", "Het UWV zegt: u bent werkloos.")
    found = case.find_any(["contract", "werkloos"])
    assert found is not None and found.source == OBSTACLE and "werkloos" in found.evidence.quote


def test_a_fact_that_only_names_a_law_subject_is_recognised():
    assert names_only_a_subject(["toeslag"])
    assert names_only_a_subject(["kinderopvang", "toeslag"])
    assert not names_only_a_subject(["terugvorder", "toeslag"])
    assert not names_only_a_subject([])


def test_a_split_verb_for_reclaiming_is_a_debt_signal():
    kinds = {f.kind for f in detect_obstacles("De SVB vordert nu ruim € 800 terug over vorig jaar.")}
    assert "schulden" in kinds
    assert "schulden" not in {f.kind for f in detect_obstacles("Hij vordert goed met zijn taalcursus.")}


# --- the core fact and the person's own late filing -----------------------------------------------------


def test_a_late_application_is_not_a_late_objection():
    """Awb 6:11 (verschoonbare termijnoverschrijding) is about bezwaar and beroep: its core fact."""
    text = ("Pieter (61) is al twee jaar ziek. Hij diende de aanvraag voor een arbeidsongeschiktheidsuitkering "
            "te laat in, omdat hij nooit een brief kreeg.")  # fmt: skip
    assert "awb-6-11" not in _ids(text, "UWV zegt dat de aanvraag te laat is.", limit=40)
    late = ("Pieter stuurde zijn bezwaarschrift twee weken te laat, omdat hij in die weken in het ziekenhuis "
            "lag na een operatie.")  # fmt: skip
    assert "awb-6-11" in _ids(late, "De gemeente verklaart het bezwaar niet-ontvankelijk.")


def test_the_persons_own_late_objection_excludes_the_penalty_for_late_decisions():
    """Awb 4:17 is about the body deciding late; a person whose own objection was late is not owed it."""
    own = ("Hij vroeg in maart bijzondere bijstand aan en kreeg een afwijzing. Zijn bezwaar kwam een week "
           "te laat binnen.")  # fmt: skip
    assert "awb-4-17-1" not in _ids(own, "De gemeente noemt het bezwaar niet-ontvankelijk.", limit=40)
    body = "Zij vroeg in maart een traplift aan. Het is nu juli en er is nog steeds geen besluit."
    assert {"awb-4-17-1", "awb-4-17-3"} <= set(_ids(body, "De gemeente zegt dat het advies nog niet binnen is."))


def test_an_exception_ground_needs_its_exception_in_the_case():
    """Pw 22a lid 4 (mantelzorg) is not proposed for a plain kostendeler case."""
    plain = ("Jan (58) heeft bijstand. Zijn broer (60) is bij hem komen wonen. De gemeente past sindsdien "
             "de kostendelersnorm toe.")  # fmt: skip
    assert "pw-22a-4" not in _ids(plain, limit=40)
    care = plain + " Jan verzorgt zijn broer dag en nacht, omdat die ernstig ziek is (mantelzorg)."
    assert "pw-22a-4" in _ids(care, limit=40)


# --- procedural Awb grounds --------------------------------------------------------------------------


def test_an_objection_posted_in_time_is_on_time():
    text = ("Mevrouw Bos stuurde haar bezwaar aangetekend op de laatste dag van de termijn; de gemeente kreeg "
            "het drie dagen later.")  # fmt: skip
    ids = _ids(text, "De gemeente zegt dat het bezwaar te laat is ontvangen.")
    assert "awb-6-9-2" in ids[:3]
    handed_in = "Mevrouw Bos gaf haar bezwaar te laat af aan de balie van het stadhuis."
    assert "awb-6-9-2" not in _ids(handed_in, "De gemeente zegt dat het bezwaar te laat is.", limit=40)


def test_the_term_starts_when_the_decision_was_sent():
    text = ("Het besluit is gedateerd op 1 mei maar volgens de poststempel pas op 8 mei verstuurd. Het bezwaar "
            "kwam binnen zes weken na 8 mei.")  # fmt: skip
    assert "awb-6-8-1" in _ids(text, "De gemeente rekent vanaf 1 mei en vindt het bezwaar te laat.")[:3]


def test_no_hearing_in_objection_ranks_first_when_the_obstacle_is_about_it():
    text = ("Ahmed maakte bezwaar tegen het stopzetten van zijn zorgtoeslag en stuurde nieuwe bankafschriften "
            "mee. Hij kreeg een beslissing op bezwaar zonder dat hij werd uitgenodigd voor een gesprek.")
    obstacle = "De Dienst Toeslagen schrijft dat horen niet nodig was, omdat het bezwaar kennelijk ongegrond is."
    ids = _ids(text, obstacle)
    assert {"awb-7-2-1", "awb-7-3"} & set(ids[:2])
    heard = "Ahmed maakte bezwaar tegen het stopzetten van zijn zorgtoeslag. Hij is op een hoorzitting gehoord."
    assert "awb-7-3" not in _ids(heard, limit=40)


def test_a_waiting_list_at_the_adviser_does_not_suspend_the_decision_term():
    text = "Mevrouw Kok vroeg in april een rolstoel aan. Er is nog geen beschikking; de gemeente wacht op advies."
    ids = _ids(text, "De gemeente zegt: de adviseur heeft een wachtlijst.")
    assert "awb-4-15-2" in ids and "wmo-2.3.5-2" in ids


def test_saying_the_law_leaves_no_choice_calls_for_reasons():
    text = "De gemeente heeft zijn aanvraag voor een voorschot afgewezen."
    match = _match(text, "De gemeente zegt dat zij volgens de wet geen keuze heeft.", "awb-3-46")
    assert match is not None and match.check.complete
    reasoned = _match(text, "De gemeente legt uit dat zijn vermogen boven de grens ligt.", "awb-3-46")
    assert reasoned is None or not reasoned.check.complete


# --- Awir, Wmo, WIA --------------------------------------------------------------------------------


def test_an_unanswered_question_letter_may_not_set_the_allowance_to_nil():
    text = ("Lisa krijgt huurtoeslag. Zij heeft een brief met vragen van de Dienst Toeslagen gemist en niet "
            "gereageerd. Nu is haar voorschot op nihil gezet.")  # fmt: skip
    ids = _ids(text, "De Dienst Toeslagen zegt dat de gevraagde gegevens niet zijn gekomen.")
    assert {"awir-18-3", "awir-18-5"} <= set(ids[:5])
    other = "Lisa krijgt huurtoeslag. Haar voorschot is op nihil gezet omdat haar inkomen te hoog werd."
    assert "awir-18-5" not in _ids(other, limit=40)


def test_the_specific_allowance_law_ranks_before_the_general_awir():
    text = ("Eva (30) heeft een zoon van 3 in de kinderopvang. Haar baan hield in februari op. De Dienst "
            "Toeslagen vordert de kinderopvangtoeslag over maart en april terug.")  # fmt: skip
    ids = _ids(text, "De Dienst Toeslagen zegt: zonder werk is er geen recht op kinderopvangtoeslag.")
    assert ids[0] == "wko-1.6-5"


def test_the_subject_in_an_organisation_name_does_not_make_a_ground_central():
    text = "Tom maakte bezwaar tegen de terugvordering van zijn zorgtoeslag. Hij is niet gehoord."
    match = _match(text, "De Dienst Toeslagen schrijft dat zij hem niet hoefde te horen.", "awir-26-2")
    assert match is not None and not match.focus


def test_wmo_client_support_and_pgb_information():
    text = ("Meneer Smit (80) had een keukentafelgesprek over hulp in het huishouden. Niemand heeft hem gewezen "
            "op cliëntondersteuning, en hij is niet gewezen op onafhankelijke ondersteuning.")  # fmt: skip
    assert "wmo-2.3.2-3" in _ids(text)
    pgb = ("Mevrouw Vos (52) krijgt begeleiding via de Wmo en wil die met een pgb zelf inkopen; haar zoon "
           "doet haar administratie.")  # fmt: skip
    ids = _ids(pgb, "De gemeente zegt dat een pgb bij hen niet mogelijk is.")
    assert {"wmo-2.3.6-2", "wmo-2.3.2-6"} <= set(ids)
    assert "wmo-2.3.2-3" not in _ids(pgb, limit=40)


def test_a_wia_application_without_the_uwv_notice_counts_as_on_time():
    text = ("Ria (59) is sinds twee jaar ziek. Zij heeft van het UWV nooit een brief gehad over de WIA. Zij "
            "vroeg de WIA-uitkering pas aan toen de wachttijd bijna voorbij was.")  # fmt: skip
    ids = _ids(text, "Het UWV zegt dat haar aanvraag te laat is.")
    assert "wia-64-6" in ids[:3]
    told = "Ria (59) is ziek en kreeg in week 87 de brief van het UWV. Zij vroeg de WIA op tijd aan."
    assert "wia-64-6" not in _ids(told, limit=40)


@pytest.mark.parametrize(
    ("text", "obstacle", "expected"),
    [
        ("Kim (35) heeft bijstand. Zij miste een afspraak bij het werkbedrijf omdat haar moeder die nacht "
         "overleed.", "De gemeente verlaagt haar bijstand een maand met 100% volgens de verordening.",
         "pw-18-2"),
        ("Kees (50) heeft bijstand. Zijn dochter (22) is weer bij hem ingetrokken.",
         "De gemeente past de kostendelersnorm toe.", "pw-22a-1"),
        ("Noor (11) gaat al twee maanden niet meer naar school door angst. Zij heeft jeugdhulp nodig.",
         None, "jw-2.7-1"),
    ],
)  # fmt: skip
def test_new_material_grounds_fire_on_their_facts(text, obstacle, expected):
    assert expected in _ids(text, obstacle)


def test_a_referral_of_a_person_is_not_a_document_sent_to_the_wrong_body():
    """Awb 2:3 (doorzendplicht) needs a written aanvraag, bezwaar or brief at the wrong body."""
    referral = "Sam (15) is somber. De huisarts heeft hem doorverwezen naar de jeugd-ggz."
    assert "awb-2-3" not in _ids(referral, "De gemeente zegt dat er een wachtlijst is.", limit=40)
    wrong_desk = "Hij stuurde zijn aanvraag voor bijzondere bijstand naar het UWV, de verkeerde organisatie."
    assert "awb-2-3" in _ids(wrong_desk, "Het UWV zegt dat de aanvraag niet bij hen hoort.", limit=40)


def test_reclaiming_an_allowance_is_not_reclaiming_a_wmo_provision():
    """Wmo 2.4.1 needs a Wmo provision or pgb that is reclaimed, not any terugvordering."""
    toeslag = "Mila (40) werkt in de thuiszorg. De Dienst Toeslagen vordert haar zorgtoeslag over vorig jaar terug."
    assert "wmo-2.4.1-1" not in _ids(toeslag, limit=40)
    pgb = "Henk (70) kreeg een pgb via de Wmo. De gemeente vordert nu het pgb over drie maanden terug."
    assert "wmo-2.4.1-1" in _ids(pgb, limit=40)


def test_a_late_decision_by_the_body_is_not_the_persons_own_lateness():
    text = ("Op haar aanvraag voor een douchestoel is nog steeds geen besluit. Zij gaf eerder haar nieuwe "
            "inkomen te laat door aan de gemeente.")  # fmt: skip
    assert "awb-4-17-1" in _ids(text, limit=40)
