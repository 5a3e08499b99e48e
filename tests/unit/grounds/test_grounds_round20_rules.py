"""General rules before blind round 20 (issue 10: trust on unseen input), each tested on newly
written Dutch sentences with a case it must fire on and one it must not:
- a place negated with its article ("niet in het buitenland geweest") is negated like one without
  ("niet in detentie"): an exclusion the case denies is no reason for an exclusion ground;
- "opgenomen"/"opname" in a sentence about money and no care ("een lening opgenomen") is no admission;
- a vreemdeling without lawful stay has no right to municipal debt help (Wgs artikel 3, vierde lid):
  no Wgs ground is proposed as a way out for such a client;
- Vreemdelingenwet 2000 artikel 10, eerste lid (new entry): no provisions or benefits without lawful stay;
- Wet WIA artikel 25, derde lid (new entry): the re-integratieverslag is due in the last thirteen weeks
  of the wachttijd, so the case must show a missing report and a wachttijd that ends soon.
Each new or changed lid is checked in the law text. Pure: no index."""

from __future__ import annotations

import re

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.conditions import check_ground
from assistant.features.grounds.lawful_stay import shut_out
from assistant.features.grounds.word_sense import other_sense
from assistant.knowledge.corpus import load_grounds
from assistant.text.folding import fold

GROUNDS = {g.id: g for g in load_grounds()}


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).replace("*", "").split())


def _facts(ground_id: str, text: str, obstacle: str | None = None) -> list[bool]:
    return [f.stated for f in check_ground(GROUNDS[ground_id], CaseText(text, obstacle)).facts]


def _negated(text: str, word: str) -> bool:
    """The word is in the case text but not found as a fact: its clause negates it."""
    assert word in text
    return not CaseText(text, None).find_all(word)


# --- a place negated with its article ------------------------------------------------------------------


def test_a_place_negated_with_its_article_is_negated():
    assert _negated("Mevrouw Bakker is dit jaar niet in het buitenland geweest.", "buitenland")
    assert _negated("Haar zoon heeft nooit in de gevangenis gezeten.", "gevangenis")
    assert _negated("Hij is niet naar het buitenland vertrokken, hij bleef thuis.", "buitenland")


def test_a_place_the_person_was_in_is_not_negated():
    assert not _negated("Meneer Prins is nog niet terug uit het buitenland.", "buitenland")
    assert not _negated("De gemeente heeft niet op de aanvraag beslist.", "aanvraag")
    assert not _negated("Zij verbleef zeven weken in het buitenland bij haar moeder.", "buitenland")


def test_a_denied_stay_abroad_is_no_ground_for_the_exclusion_of_pw_13_lid_1():
    text = (
        "Meneer Visser (30) volgt een opleiding. Het loket zegt dat hij geen recht op bijstand heeft. "
        "Hij is niet in het buitenland geweest en zat niet vast."
    )
    assert _facts("pw-13-1", text) == [True, False]
    abroad = "Meneer Visser (30) was acht weken in het buitenland. De gemeente zegt dat hij geen recht op bijstand heeft."
    assert _facts("pw-13-1", abroad) == [True, True]


# --- "opgenomen" about money is no admission -------------------------------------------------------------


def _other_sense(sentence: str, stem: str) -> bool:
    folded = fold(sentence)
    return other_sense(stem, folded, folded.index(stem), folded)


def test_money_taken_up_is_no_admission():
    assert _other_sense("Zij heeft vorig jaar een persoonlijke lening opgenomen bij de bank.", "opgenomen")
    assert _other_sense("Het spaargeld is in maart opgenomen van de rekening.", "opgenomen")


def test_an_admission_stays_an_admission():
    assert not _other_sense("Hij werd in mei opgenomen in een psychiatrische kliniek.", "opgenomen")
    assert not _other_sense("Na de opname in het ziekenhuis kon zij de lening niet aflossen.", "opname")
    assert not _other_sense("Zijn vader is sinds vorige week opgenomen.", "opgenomen")


# --- Wgs 3 lid 4: no municipal debt help for a vreemdeling without lawful stay ----------------------------


def test_wgs_3_lid_4_law_text():
    text = _law_text("wgs-")
    assert (
        "Een vreemdeling kan voor het verlenen van schuldhulpverlening slechts in aanmerking komen indien hij "
        "een ingezetene is die rechtmatig in Nederland verblijf houdt" in text
    )


def test_a_client_without_lawful_stay_gets_no_wgs_ground():
    text = (
        "Mevrouw Osei (41) is uitgeprocedeerd en heeft geen verblijfsvergunning. Zij heeft schulden bij "
        "een tandarts en wil hulp van de gemeentelijke schuldhulp."
    )
    assert shut_out("Wgs", CaseText(text, "Schuldhulp wordt geweigerd."))


def test_a_client_with_a_permit_keeps_the_wgs_grounds():
    text = (
        "Mevrouw Osei (41) heeft een verblijfsvergunning asiel. Zij heeft schulden bij een tandarts en de "
        "gemeente weigert schuldhulp omdat zij de taal niet spreekt."
    )
    assert not shut_out("Wgs", CaseText(text, "Schuldhulp wordt geweigerd."))
    assert not shut_out("Wet op de huurtoeslag", CaseText("Mevrouw Osei is ongedocumenteerd.", None))


# --- Vreemdelingenwet 2000 artikel 10, eerste lid (new entry) ----------------------------------------------


def test_vw_10_lid_1_law_text():
    text = _law_text("vreemdelingenwet")
    assert (
        "De vreemdeling die geen rechtmatig verblijf heeft, kan geen aanspraak maken op toekenning van "
        "verstrekkingen, voorzieningen en uitkeringen bij wege van een beschikking van een bestuursorgaan." in text
    )
    ground = GROUNDS["vw-10-1"]
    assert (ground.law, ground.article, ground.paragraph) == ("Vreemdelingenwet 2000", "10", "1")


def test_vw_10_lid_1_fires_without_lawful_stay():
    text = (
        "Meneer Diallo (29) is ongedocumenteerd en slaapt bij een vriend. Een buurvrouw wil voor hem een "
        "uitkering en huisvesting bij de gemeente aanvragen."
    )
    assert _facts("vw-10-1", text) == [True, True]
    assert check_ground(GROUNDS["vw-10-1"], CaseText(text, None)).excluded is None


def test_vw_10_lid_1_not_with_a_permit():
    text = "Meneer Diallo (29) heeft een geldige verblijfsvergunning. De gemeente weigert hem een uitkering."
    check = check_ground(GROUNDS["vw-10-1"], CaseText(text, None))
    assert check.excluded is not None or not check.complete


# --- Wet WIA artikel 25, derde lid (new entry): the re-integratieverslag before the wachttijd ends ----------


def test_wia_25_lid_3_law_text():
    text = _law_text("wet-wia")
    assert (
        "Uiterlijk dertien weken voor het verstrijken van de wachttijd stelt de werkgever, bedoeld in het "
        "eerste lid, in overleg met de verzekerde een reïntegratieverslag op en verstrekt hiervan een "
        "afschrift aan de verzekerde." in text
    )
    ground = GROUNDS["wia-25-3"]
    assert (ground.law, ground.article, ground.paragraph) == ("Wet WIA", "25", "3")


def test_wia_25_lid_3_fires_when_the_report_was_never_given():
    text = (
        "Mevrouw Jansen (47) is sinds vorig jaar ziek. Haar wachttijd eindigt over zes weken. Haar "
        "werkgever heeft nooit een re-integratieverslag met haar gemaakt."
    )
    assert _facts("wia-25-3", text) == [True, True]
    dated = (
        "Gespreksverslag wijkteam, 2 maart 2027.\nMeneer Kuipers (60) is ziek sinds 10 april 2025. Hij heeft geen "
        "re-integratieverslag van zijn werkgever."
    )
    assert _facts("wia-25-3", dated) == [True, True]


def test_wia_25_lid_3_is_not_due_early_in_the_wachttijd():
    """The report is due thirteen weeks before the 104 weeks end: half a year of sickness is too early."""
    early = (
        "Gespreksverslag wijkteam, 2 maart 2027.\nMeneer Kuipers (60) is ziek sinds 10 september 2026. Hij heeft geen "
        "re-integratieverslag van zijn werkgever en wil de WIA aanvragen."
    )
    assert _facts("wia-25-3", early) == [True, False]


def test_wia_25_lid_3_not_when_the_report_is_there():
    text = (
        "Mevrouw Jansen (47) is sinds vorig jaar ziek. Haar wachttijd eindigt over zes weken. Zij kreeg "
        "vorige week het re-integratieverslag van haar werkgever."
    )
    assert _facts("wia-25-3", text) == [False, True]
