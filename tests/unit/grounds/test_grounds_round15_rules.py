"""General rules after blind round 15 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- other people's advice is no fact of the case: a paragraph after a label such as "Tips die ik kreeg:",
  "Ideeën uit het team:", "Wat anderen zeiden:" and a line that gives a bystander's quoted words
  ("Een kennis: \"…\"");
- a birth date or year ("geb. 1972") gives the age of the person it follows, so a child named later is
  not taken for the client;
- a month and year ("liep af in maart 2025") dates an event at the end of that month (Wko 1.6 lid 5);
- Awb 6:11 is about a late bezwaar- or beroepschrift: a late aanvraag does not show it, and a
  bezwaartermijn that still runs rules it out;
- Awir 47 lid 1 gives the minister a power to make beleidsregels for groups of cases: it is only a
  ground where the case names such a regeling;
- a body that carries out one law (UWV) makes its sentence about that law, so a Participatiewet core
  fact there does not count;
- "een man" / "een vrouw" introduces a person, not a partner;
- new entry, checked against the law text: Pw 41 lid 12 (no zoektermijn, then an aanvraag at once).
Pure: no index."""

from __future__ import annotations

import re
from datetime import date

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.elapsed import dated_months_before
from assistant.features.grounds.lawful_stay import shut_out
from assistant.features.grounds.partner import names_another_person


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


def _fact(match, value_start: str):
    return next(f for f in match.check.facts if f.value.startswith(value_start))


# --- other people's advice -------------------------------------------------------------------------------


def test_a_paragraph_of_tips_states_no_fact():
    text = (
        "Meneer Vos (61) moet € 1.800 zorgtoeslag terugbetalen.\n\n"
        "Tips die ik van anderen kreeg:\n"
        "- Een oud-collega: \"Ga naar de rechter, dan krijg je vast uitstel van betaling.\"\n"
        "- Zijn zus vindt dat hij schuldhulpverlening moet vragen.\n\n"
        "Wat kan hij doen?"
    )
    case = CaseText(text)
    assert case.find("zorgtoeslag") is not None
    assert case.find("uitstel van betaling") is None
    assert case.find("schuldhulpverlening") is None


def test_a_paragraph_of_facts_still_counts():
    text = (
        "Meneer Vos (61) moet € 1.800 zorgtoeslag terugbetalen.\n\n"
        "Wat de Belastingdienst schreef:\n"
        "- U krijgt uitstel van betaling tot 1 maart.\n\n"
        "Wat kan hij doen?"
    )
    assert CaseText(text).find("uitstel van betaling") is not None


def test_a_bystanders_quoted_words_state_no_fact():
    text = (
        "Mevrouw Claes (44) woont met haar twee kinderen in een huurhuis.\n"
        "Haar buurvrouw: \"Vraag gewoon bijzondere bijstand voor de wasmachine, dat krijgt iedereen.\"\n"
        "De gemeente: \"Wij verlagen uw uitkering met 20 procent.\""
    )
    case = CaseText(text)
    assert case.find("bijzondere bijstand") is None
    assert case.find("verlagen") is not None  # the body's own words are a fact


def test_the_team_s_ideas_do_not_make_a_ground():
    text = (
        "Mevrouw Pauw (39) heeft een eigen huurhuis en bijstand. Ze verzorgt elke nacht haar zieke moeder.\n\n"
        "Ideeën die in het team zijn geopperd:\n"
        "- \"Laat haar bij moeder een kamer huren, dan is ze kostganger en geen kostendeler.\"\n\n"
        "De gemeente wil de kostendelersnorm toepassen."
    )
    match = match_of(text, "De gemeente past de kostendelersnorm toe.", "pw-19a-1")
    assert match is None or not _fact(match, "een huisgenoot").stated
    fact = text.replace("Ideeën die in het team zijn geopperd:\n- ", "Wat zij nu regelt:\n- ")
    match = match_of(fact, "De gemeente past de kostendelersnorm toe.", "pw-19a-1")
    assert match is not None and _fact(match, "een huisgenoot").stated


# --- a birth date gives an age ---------------------------------------------------------------------------


def test_a_birth_year_is_the_age_of_the_person_it_follows():
    text = "Datum: 3 februari 2026\nBetreft: dhr. K. Smit, geb. 1972\n\nZijn dochter (9) woont bij zijn ex."
    case = CaseText(text)
    assert case.client_age is not None and case.client_age.years == 54


def test_a_whole_birth_date_counts_the_birthday():
    assert CaseText("Datum: 1-3-2026\nOver: Ilse, geboren op 14-06-2008.").client_age.years == 17
    assert CaseText("Datum: 1-7-2026\nOver: Ilse, geboren op 14-06-2008.").client_age.years == 18


def test_without_a_year_of_the_case_a_birth_year_gives_no_age():
    assert CaseText("Over: meneer Das, geb. 1972. Hij slaapt in zijn auto.").client_age is None


def test_a_homeless_father_is_no_child_because_his_son_is_named():
    text = (
        "Datum: 12-01-2026\nBetreft: dhr. B. Kaya, geb. 1983\n\n"
        "Sinds de scheiding slaapt meneer in zijn auto. Zijn zoon (7) woont bij zijn ex-vrouw."
    )
    obstacle = "De gemeente weigert opvang en wil eerst zes weken onderzoek doen, terwijl hij buiten slaapt."
    match = match_of(text, obstacle, "wmo-2.3.3")
    assert match is not None and match.check.excluded is None
    assert "jw-2.3-4" not in proposed_ids(text, obstacle, 5)


# --- a month and year dates an event ----------------------------------------------------------------------


def test_a_month_and_year_dates_the_end_of_that_month():
    assert dated_months_before("Haar contract liep af in maart 2025.", date(2026, 1, 10), 3)
    assert not dated_months_before("Haar contract liep af in november 2025.", date(2026, 1, 10), 3)


def test_work_that_ended_long_ago_rules_out_the_three_months():
    text = (
        "Datum: 10-01-2026\nMevrouw Bakker (31) werkte bij een bakkerij en kreeg kinderopvangtoeslag; haar "
        "contract liep af in maart 2025."
    )
    obstacle = "Dienst Toeslagen zegt dat zij geen recht op kinderopvangtoeslag heeft omdat zij niet werkt."
    match = match_of(text, obstacle, "wko-1.6-5")
    assert match is None or match.check.excluded is not None
    recent = text.replace("maart 2025", "december 2025")
    match = match_of(recent, obstacle, "wko-1.6-5")
    assert match is not None and match.check.excluded is None


# --- Awb 6:11: a late bezwaar, not a late aanvraag --------------------------------------------------------


def test_a_late_aanvraag_is_no_late_bezwaar():
    assert "een na afloop van de termijn ingediend bezwaar- of beroepschrift" in _law_text("awb")
    text = (
        "Meneer Rook (47) lag maanden in de kliniek en diende zijn aanvraag een half jaar te laat in. "
        "Hij wil bezwaar maken tegen de late ingangsdatum."
    )
    match = match_of(text, "UWV laat de uitkering pas ingaan op de dag van de aanvraag.", "awb-6-11")
    assert match is None or not _fact(match, "de bezwaar- of beroepstermijn").stated


def test_a_late_bezwaar_still_shows_6_11():
    text = "Mevrouw Stam (70) lag in het ziekenhuis; haar bezwaar kwam daardoor drie weken te laat binnen."
    match = match_of(text, "De gemeente verklaart het bezwaar niet-ontvankelijk.", "awb-6-11")
    assert match is not None and match.check.complete and match.check.excluded is None


def test_a_bezwaartermijn_that_still_runs_rules_out_6_11():
    text = (
        "Mevrouw Stam (70) lag in het ziekenhuis toen de brief kwam. De bezwaartermijn loopt gelukkig nog "
        "tot half maart, dus ze kan het bezwaar nu voorbereiden."
    )
    match = match_of(text, "Het bezwaar moet nog worden ingediend; de aanvraag was te laat.", "awb-6-11")
    assert match is None or match.check.excluded is not None


# --- Awir 47 lid 1: a power to make beleidsregels --------------------------------------------------------


def test_the_hardship_clause_needs_a_named_regeling():
    assert "voor bepaalde gevallen of groepen van gevallen beleidsregels te geven" in _law_text("awir")
    text = "Mevrouw Dijk (80) moet € 2.000 huurtoeslag terugbetalen; dat pakt voor haar heel onbillijk uit."
    assert match_of(text, "Toeslagen vordert de huurtoeslag terug.", "awir-47-1") is None


def test_a_named_hardheidsregeling_shows_the_clause():
    text = (
        "Mevrouw Dijk (80) moet € 2.000 huurtoeslag terugbetalen; dat pakt voor haar heel onbillijk uit. Voor "
        "weduwen in haar situatie bestaat een hardheidsregeling van de minister."
    )
    match = match_of(text, "Toeslagen vordert de huurtoeslag terug.", "awir-47-1")
    assert match is not None and match.check.facts[0].stated


# --- the executing body names the law ---------------------------------------------------------------------


def test_uwv_s_start_date_is_no_bijstand_fact():
    text = (
        "Mevrouw Jol (52) kreeg vorig jaar bijstand van de gemeente. Ze lag maanden in een psychiatrische kliniek. "
        "Nu wil ze dat UWV de uitkering toch eerder laat ingaan."
    )
    obstacle = "UWV kent de WGA-uitkering pas toe vanaf de aanvraag, terwijl zij door haar opname niet kon aanvragen."
    match = match_of(text, obstacle, "pw-44-5")
    assert match is None or not match.check.facts[0].stated


def test_the_gemeente_s_start_date_is_a_bijstand_fact():
    text = (
        "Mevrouw Jol (52) lag maanden in een psychiatrische kliniek en meldde zich daarna voor bijstand. "
        "De gemeente laat de bijstand pas ingaan op de meldingsdatum."
    )
    match = match_of(text, "De gemeente wil de bijstand niet eerder laten ingaan.", "pw-44-5")
    assert match is not None and match.check.facts[0].stated


# --- "een man" is no partner ------------------------------------------------------------------------------


def test_a_man_introduced_is_no_partner():
    assert not names_another_person("Een oudere man zonder verblijfsvergunning slaapt in het park.")
    assert names_another_person("Haar man heeft geen verblijfsvergunning.")


def test_a_client_introduced_as_een_man_without_stay_is_shut_out_of_bijstand():
    text = "Meneer O. (49) is uitgeprocedeerd en slaapt bij vrienden. Hij heeft geen inkomen."
    obstacle = "Een man zonder rechtmatig verblijf wordt bijstand geweigerd."
    assert shut_out("Participatiewet", CaseText(text, obstacle))
    partner = "Mevrouw O. (49) heeft een verblijfsvergunning. Haar man heeft geen rechtmatig verblijf."
    assert not shut_out("Participatiewet", CaseText(partner, "De gemeente weigert bijstand."))


# --- Pw 41 lid 12: no zoektermijn, then an aanvraag at once -------------------------------------------------


def test_no_zoektermijn_means_an_aanvraag_at_once():
    assert (
        "In alle gevallen waar het vierde lid niet op van toepassing is, stelt het college betrokkene na melding "
        "onverwijld in de gelegenheid een aanvraag in te dienen." in _law_text("participatiewet")
    )
    text = (
        "Romy (18) zat tot juni op het voortgezet speciaal onderwijs (vso) en heeft geen inkomen. Ze meldde zich "
        "in september voor bijstand."
    )
    obstacle = "De gemeente zegt dat zij eerst vier weken moet wachten voordat zij een aanvraag mag indienen."
    match = match_of(text, obstacle, "pw-41-12")
    assert match is not None and match.check.complete
    assert "pw-41-12" in proposed_ids(text, obstacle, 5)


def test_a_young_person_without_the_exception_gets_no_pw_41_12():
    text = "Romy (18) zat tot juni op de havo en heeft geen inkomen. Ze meldde zich in september voor bijstand."
    obstacle = "De gemeente zegt dat zij eerst vier weken moet wachten voordat zij een aanvraag mag indienen."
    assert "pw-41-12" not in proposed_ids(text, obstacle)


def test_what_a_body_said_is_no_hearsay():
    text = (
        "Mevrouw Vink (58) vraagt bijstand aan.\n\n"
        "Wat ik hoorde van de gemeente:\n"
        "- Zij moet eerst haar spaargeld van € 9.000 opmaken.\n\n"
        "Wat kan zij doen?"
    )
    assert CaseText(text).find("spaargeld") is not None


def test_an_unnamed_person_at_a_body_speaks_for_it():
    text = "Meneer Gul (33) vraagt bijstand.\nIemand van de gemeente: \"U moet eerst uw auto verkopen.\""
    assert CaseText(text).find("auto verkopen") is not None
    aside = "Meneer Gul (33) vraagt bijstand.\nIemand in de wachtkamer: \"Verkoop gewoon je auto verkopen.\""
    assert CaseText(aside).find("auto verkopen") is None


# --- a matter for later -----------------------------------------------------------------------------------


def test_a_matter_for_later_states_no_fact():
    text = "Mevrouw Rijk (45) zoekt opvang. Ze wil ooit weer werken met een WGA-uitkering erbij, maar dat komt later."
    assert CaseText(text).find("wga") is None
    assert CaseText(text).find("opvang") is not None
    now = "Mevrouw Rijk (45) heeft een WGA-uitkering en wil later meer uren werken."
    assert CaseText(now).find("wga") is not None
