"""General reading rules before blind round 19 (issue 10: a ground needs its triggering fact, quoted),
each tested on newly written Dutch sentences with a case it must fire on and one it must not:
- a dated heading on the first line ("Gespreksverslag, 3 maart 2026") dates the case, like a "Datum:"
  line; a term in weeks (the Wmo six weeks after a melding) is computed from the melding's date;
- a phrase quoted from the same start as a word already quoted for another fact ("bezwaarschrift te
  laat" after "bezwaarschrift") says more and counts; the same word alone does not count twice;
- a bodily activity the person can or may no longer do ("mag niet meer de trap op") is a limitation
  in zelfredzaamheid (Wmo 2.3.5 lid 3);
- a written bijstand aanvraag left lying without a decision is the case of Pw 43 lid 1;
- an illness or admission in the period of a missed duty is a bijzondere omstandigheid (Pw 18 lid 10);
- staying with a "zorgbehoevende" parent names the intensieve zorgbehoefte of Pw 22a lid 4.
Each changed lid is checked in the law text. Pure: no index."""

from __future__ import annotations

import re
from datetime import date

from assistant.features.grounds.casetext import OBSTACLE, CaseText
from assistant.features.grounds.conditions import check_ground
from assistant.features.grounds.elapsed import case_date, dated_weeks_before
from assistant.knowledge.corpus import load_grounds

GROUNDS = {g.id: g for g in load_grounds()}


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).replace("*", "").split())


def _facts(ground_id: str, text: str, obstacle: str | None = None) -> list[bool]:
    return [f.stated for f in check_ground(GROUNDS[ground_id], CaseText(text, obstacle)).facts]


# --- the case's own date from a dated heading ----------------------------------------------------------


def test_a_dated_heading_dates_the_case():
    assert case_date("Gespreksverslag buurtteam, 3 maart 2026.\nMevrouw Kok belt.") == date(2026, 3, 3)
    assert case_date("Wijkteam Oost, aantekening 07-05-2026\nMeneer Smit komt langs.") == date(2026, 5, 7)
    assert case_date("Aan: schuldhulp, 12 januari 2026. Meneer Bos (44) heeft schulden.") == date(2026, 1, 12)
    assert case_date("02-02-2026: telefoontje van de dochter van mevrouw Ali.") == date(2026, 2, 2)
    assert case_date("Verslag inloopspreekuur, 09-10-2026 (zaaknr. 77-A)\n\nMevrouw Ali.") == date(2026, 10, 9)


def test_an_event_date_in_the_first_sentence_is_no_heading():
    assert case_date("Mevrouw Kok ontving op 3 maart 2026 een afwijzing.\nZij wil bezwaar maken.") is None
    assert case_date("Meneer vroeg op 1 mei 2026 hulp aan, en op 3 juni 2026 nog eens.") is None


def test_weeks_are_counted_from_the_latest_date_of_the_sentence():
    assert dated_weeks_before("Zij meldde zich op 2 april bij het loket.", date(2026, 5, 20), 6)
    assert not dated_weeks_before("Zij meldde zich op 20 april bij het loket.", date(2026, 5, 20), 6)
    assert not dated_weeks_before("Zij meldde zich op 2 april bij het loket.", None, 6)


# --- Wmo 2.3.2 lid 9: the onderzoek not done within six weeks of the melding ---------------------------------

_WMO_NOTE = "Notitie mantelzorgsteunpunt, {today}.\nMevrouw Kok (79) heeft zich op 4 augustus 2026 bij de gemeente gemeld voor hulp in het huishouden. Er is sindsdien niemand langs geweest."


def test_wmo_lid_9_is_in_the_law_text():
    law = _law_text("wmo-2015")
    assert "tenzij het onderzoek niet is uitgevoerd binnen de in het eerste lid genoemde termijn" in law
    assert "zo spoedig mogelijk, doch uiterlijk binnen zes weken, een onderzoek uit" in law


def test_a_melding_more_than_six_weeks_before_the_case_lets_the_person_apply():
    assert _facts("wmo-2.3.2-9", _WMO_NOTE.format(today="29 oktober 2026")) == [True, True]


def test_a_melding_within_six_weeks_is_no_lid_9_case():
    assert _facts("wmo-2.3.2-9", _WMO_NOTE.format(today="1 september 2026")) == [True, False]


# --- Wmo 2.3.5 lid 3: an activity the person can no longer do is the limitation ---------------------------------


def test_wmo_2_3_5_lid_3_is_in_the_law_text():
    assert "ter compensatie van de beperkingen in de zelfredzaamheid of participatie die de cliënt ondervindt" in _law_text("wmo-2015")


def test_an_activity_no_longer_possible_is_a_limitation():
    text = "Sinds haar heupbreuk mag mevrouw van de fysiotherapeut niet meer de trap op. Zij vraagt een traplift."
    assert _facts("wmo-2.3.5-3", text) == [True, True]


def test_an_activity_done_again_is_no_limitation():
    text = "Meneer loopt weer zonder moeite de trap op. Hij vraagt een traplift voor later."
    assert _facts("wmo-2.3.5-3", text)[0] is False


# --- Pw 43 lid 1: a written aanvraag left lying ------------------------------------------------------------------


def test_pw_43_lid_1_is_in_the_law_text():
    assert "Het college stelt het recht op bijstand op schriftelijke aanvraag" in _law_text("participatiewet")


def test_a_written_aanvraag_left_lying_is_the_pw_43_case():
    text = "Zijn schriftelijke aanvraag voor bijstand blijft al zeven weken bij de sociale dienst liggen."
    assert _facts("pw-43-1", text) == [True, True]


def test_an_aanvraag_the_body_does_not_handle_is_the_pw_43_case():
    assert _facts("pw-43-1", "De sociale dienst behandelt zijn aanvraag om bijstand voorlopig niet.") == [True, True]
    assert _facts("pw-43-1", "De sociale dienst behandelt zijn aanvraag om bijstand binnen acht weken.")[0] is False


def test_another_aanvraag_left_lying_is_no_pw_43_case():
    text = "Hij heeft bijstand. Zijn aanvraag voor een parkeervergunning bleef maanden liggen."
    assert _facts("pw-43-1", text)[0] is False


def test_an_aanvraag_that_got_its_decision_is_no_pw_43_case():
    text = "Hij heeft bijstand aangevraagd en kreeg na drie weken een toekenning."
    assert _facts("pw-43-1", text)[0] is False


# --- a phrase from the same start as a quoted word counts for the next fact ---------------------------------------


def test_awb_6_11_is_in_the_law_text():
    assert "Ten aanzien van een na afloop van de termijn ingediend bezwaar- of beroepschrift" in _law_text("awb")


def test_a_longer_phrase_from_the_same_start_counts_for_another_fact():
    case = CaseText("Meneer lag drie weken in de kliniek.", "Bezwaarschrift te laat door opname")
    assert _facts("awb-6-11", case.inputs["casus"], case.inputs[OBSTACLE]) == [True, True, True]
    word = case.find_any(["bezwaar"])
    assert word is not None
    used = frozenset({(word.source, word.start, word.end)})
    assert case.find_any(["bezwaar ...+ te laat"], used) is not None


def test_the_same_word_does_not_count_twice():
    case = CaseText("Meneer lag drie weken in de kliniek.", "Bezwaarschrift ingediend")
    word = case.find_any(["bezwaar"])
    used = frozenset({(word.source, word.start, word.end)})
    assert case.find_any(["bezwaar"], used) is None
    assert case.find_any(["bezwaarschrift"], used) is None  # a longer stem inside the same word is that word
    assert _facts("awb-6-11", case.inputs["casus"], case.inputs[OBSTACLE])[1] is False


# --- Pw 18 lid 10: an admission or illness behind the missed duty ---------------------------------------------------


def test_pw_18_lid_10_is_in_the_law_text():
    assert "gelet op bijzondere omstandigheden, dringende redenen daartoe noodzaken" in _law_text("participatiewet")


def test_an_admission_while_the_duty_was_missed_is_a_circumstance():
    text = "Zijn uitkering is twee maanden verlaagd omdat hij niet op de training kwam; hij lag toen in het ziekenhuis."
    assert _facts("pw-18-10", text) == [True, True]


def test_a_plain_maatregel_names_no_circumstance():
    text = "Zijn uitkering is twee maanden verlaagd omdat hij niet op de training kwam."
    assert _facts("pw-18-10", text) == [True, False]


# --- Pw 22a lid 4: the word family of "zorgbehoefte" --------------------------------------------------------------


def test_pw_22a_lid_4_is_in_the_law_text():
    assert "mantelzorg bij een intensieve zorgbehoefte tijdelijk gebruikmaakt van een hoofdverblijf elders" in _law_text("participatiewet")


def test_a_stay_with_a_zorgbehoevende_parent_names_the_care():
    text = "De sociale dienst wil de kostendelersnorm toepassen omdat hij bij zijn zorgbehoevende vader verblijft. Hij heeft bijstand."
    assert _facts("pw-22a-4", text) == [True, True, True]


def test_a_parent_in_good_health_names_no_care():
    text = "De sociale dienst wil de kostendelersnorm toepassen omdat hij bij zijn gezonde vader verblijft. Hij heeft bijstand."
    assert _facts("pw-22a-4", text)[0] is False
