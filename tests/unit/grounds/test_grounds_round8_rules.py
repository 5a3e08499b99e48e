"""General rules after blind round 8 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- the body that carries a law out ("UWV" for a WIA ground) is no signal word of one of its grounds,
  and a required fact that only names it does not make the ground touch the obstacle;
- "nood" (distress) is not "noodzaak" (necessity);
- a rumour about the rules ("heeft gehoord dat je …") and a matter the client wants left alone
  ("daar wil hij nu niets mee") state no fact of the case;
- a `not_when` is not shown by a negated mention, also in the obstacle;
- catalogue: Wht 13 lid 2 needs voorzieningen, eight people or earlier huurtoeslag (a handicap alone is
  lid 1); Wgs 3 lid 4 is for a vreemdeling (not for someone with Dutch nationality); Wgs 5 lid 1
  (afkoelingsperiode) is no answer to a refusal of schuldhulp itself; Pw 16 lid 1 is not shown by the
  four-week voorschot term; Pw 52 lid 1 reads "geen besluit" and a refused voorschot.
Pure: no index."""

from __future__ import annotations

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText

# --- the executing body is no signal word -------------------------------------------------------------

WIA_SANCTION = (
    "Meneer Vos (56) heeft een WGA-uitkering. Hij miste twee afspraken bij de arbeidsdeskundige omdat hij "
    "opgenomen was. Er loopt nog een terugvordering van € 200 die hij maandelijks aflost."
)
WIA_SANCTION_OBSTACLE = "Het UWV verlaagt zijn uitkering met 20% omdat hij de afspraken niet nakwam."


def test_uwv_in_the_obstacle_does_not_make_a_wia_repayment_ground_focus():
    match = match_of(WIA_SANCTION, WIA_SANCTION_OBSTACLE, "wia-77-6")
    assert match is not None and not match.focus
    assert not any(e.kind == "signaal" and e.label == "uwv" for e in match.evidence)


def test_a_matter_left_alone_proposes_no_repayment_waiver():
    text = (
        "Mevrouw De Groot (44) krijgt bijstand. Zij kwam niet naar een verplichte workshop omdat haar zoon op de "
        "spoedeisende hulp lag. Er loopt nog een terugvordering van bijstand uit 2023; daar wil zij nu niets mee."
    )
    obstacle = "De gemeente verlaagt de bijstand twee maanden met 50%, terwijl zij ziek thuis voor haar zoon zorgde."
    assert match_of(text, obstacle, "pw-58-8") is None


def test_a_wia_repayment_obstacle_still_makes_it_focus():
    obstacle = "Het UWV vordert € 5.300 WIA-uitkering terug en weigert af te zien van terugvordering."
    match = match_of(WIA_SANCTION, obstacle, "wia-77-6")
    assert match is not None and match.focus


# --- nood is not noodzaak -----------------------------------------------------------------------------


def test_noodzaak_is_no_acute_need():
    case = CaseText("De arts schrijft dat een aangepast bed medisch noodzakelijk is.", "De noodzaak wordt niet erkend.")
    assert case.find("nood") is None
    assert case.find("noodzaak") is not None


def test_nood_and_its_compounds_still_count():
    case = CaseText("Het gezin zit in grote nood. Er is een noodsituatie sinds de brand.")
    assert len(case.find_all("nood")) == 2


def test_special_assistance_refused_for_a_necessary_item_is_no_urgent_reasons_case():
    text = (
        "Meneer Peeters (58) krijgt een bijstandsuitkering voor alleenstaanden. Zijn koelkast is kapot; hij "
        "heeft diabetes en moet insuline koel bewaren. Hij vroeg bijzondere bijstand voor een nieuwe koelkast. "
        "Dat is afgewezen."
    )
    obstacle = "De gemeente wijst bijzondere bijstand af volgens haar beleid, zonder de medische noodzaak te wegen."
    assert match_of(text, obstacle, "pw-16-1") is None


# --- rumours and matters left alone state no fact -----------------------------------------------------


def test_a_rumour_about_the_rules_states_no_fact():
    case = CaseText(
        "Haar zus heeft ooit gehoord dat je met een traplift altijd meer toeslag krijgt. Mevrouw woont op de "
        "begane grond."
    )
    assert case.find("traplift") is None


def test_a_heard_fact_about_the_client_still_counts():
    case = CaseText("Zij heeft gehoord dat haar traplift volgende week wordt weggehaald.")
    assert case.find("traplift") is not None


def test_a_matter_the_client_wants_left_alone_states_no_fact():
    case = CaseText(
        "Er loopt ook een terugvordering van de gemeente uit 2022 – daar wil meneer nu niets mee. Hij wil "
        "alleen de korting op zijn uitkering van tafel."
    )
    assert case.find("terugvorder") is None


def test_a_matter_the_client_does_want_handled_counts():
    case = CaseText("Er loopt ook een terugvordering van de gemeente; daar wil meneer vanaf.")
    assert case.find("terugvorder") is not None


# --- a not_when is not shown by a negated mention -----------------------------------------------------

FOREIGN = (
    "Mevrouw Oyelaran (33) woont sinds 2019 met een verblijfsvergunning regulier in deze gemeente. Zij heeft "
    "schulden van € 7.000."
)


def test_wgs_3_4_fires_for_someone_without_dutch_nationality():
    obstacle = "De gemeente weigert schuldhulp omdat zij niet de Nederlandse nationaliteit heeft."
    match = match_of(FOREIGN, obstacle, "wgs-3-4")
    assert match is not None and match.check.excluded is None


def test_wgs_3_4_does_not_fire_for_a_dutch_national():
    text = (
        "Meneer Bos (50), Nederlandse nationaliteit, heeft € 9.000 schulden. Zijn vriendin woont in Duitsland. "
        "Hij heeft eerder schuldhulp gehad."
    )
    obstacle = "De gemeente weigert schuldhulp omdat hij al eerder is geholpen."
    assert match_of(text, obstacle, "wgs-3-4") is None


# --- catalogue: what the law text needs ----------------------------------------------------------------


def test_wht_13_2_needs_adaptations_not_only_a_handicap():
    text = (
        "Lotte (20) heeft een visuele beperking en huurt sinds kort een appartement van € 640 kale huur. "
        "Ze woont alleen."
    )
    obstacle = "Dienst Toeslagen wijst huurtoeslag af: de huur ligt boven de huurgrens voor jongeren onder 23."
    match = match_of(text, obstacle, "wht-13-2")
    assert match is None or not match.check.complete
    assert "wht-13-1" in proposed_ids(text, obstacle, 5)


def test_wht_13_2_fires_on_adaptations_for_a_handicap():
    text = (
        "Meneer Yilmaz (61) zit in een rolstoel. De corporatie heeft in zijn woning een traplift en een "
        "aangepaste badkamer aangebracht en rekent daarvoor extra huur."
    )
    obstacle = "Dienst Toeslagen stopt de huurtoeslag: de huur ligt nu boven de maximale huurgrens."
    match = match_of(text, obstacle, "wht-13-2")
    assert match is not None and match.check.complete


def test_a_cooling_off_period_is_no_answer_to_a_refusal_of_debt_help():
    text = (
        "Mevrouw Claes (37) heeft € 14.000 schulden; de deurwaarder dreigt met beslag op haar loon. Ze meldde "
        "zich bij de gemeentelijke schuldhulp."
    )
    obstacle = "De gemeente weigert schuldhulp omdat ze in 2020 al een traject had."
    assert match_of(text, obstacle, "wgs-5-1") is None


def test_a_cooling_off_period_fits_when_debt_help_runs_and_creditors_press():
    text = (
        "Meneer Aksoy (45) zit sinds maart in een schuldhulptraject bij de gemeente. Zijn verhuurder heeft een "
        "ontruimingsvonnis en de deurwaarder dreigt met ontruiming op de 20e."
    )
    obstacle = "De schuldeisers werken niet mee; de ontruiming dreigt voordat de schuldregeling rond is."
    match = match_of(text, obstacle, "wgs-5-1")
    assert match is not None and match.check.excluded is None


def test_the_voorschot_term_is_no_reason_for_urgent_assistance():
    text = (
        "Mevrouw Lind (45) vroeg op 2 maart bijstand aan; alles is ingeleverd. Ze heeft geen geld meer voor "
        "boodschappen."
    )
    obstacle = "De gemeente weigert een voorschot zolang er geen besluit is, terwijl de aanvraag al vier weken loopt."
    match = match_of(text, obstacle, "pw-16-1")
    assert match is None or not match.check.complete
    voorschot = match_of(text, obstacle, "pw-52-1")
    assert voorschot is not None and voorschot.check.complete


def test_a_search_period_of_four_weeks_still_counts_for_urgent_assistance():
    text = "Daan (22) staat op straat en heeft geen geld. Hij vroeg bijstand."
    obstacle = "De gemeente zegt dat hij eerst vier weken werk moet zoeken voordat hij kan aanvragen."
    match = match_of(text, obstacle, "pw-16-1")
    assert match is not None and match.check.complete


# --- Awb 7:3 onder a follows the ontvankelijkheid -------------------------------------------------------


def test_hearing_skipped_for_a_late_objection_is_no_awb_7_3_ground():
    text = (
        "Meneer Jansen (70) stuurde zijn bezwaar op de laatste dag van de termijn per post. De gemeente noemt het "
        "bezwaar niet-ontvankelijk en nodigt hem niet uit voor een hoorzitting."
    )
    obstacle = "De gemeente verklaart het bezwaar te laat en dus niet-ontvankelijk en ziet af van horen."
    assert match_of(text, obstacle, "awb-7-3") is None
    assert "awb-7-2-1" in proposed_ids(text, obstacle, 5)


def test_hearing_skipped_as_clearly_unfounded_is_an_awb_7_3_ground():
    text = (
        "Mevrouw Pinas (38) maakte bezwaar tegen de terugvordering en stuurde nieuwe loonstroken mee. Er kwam "
        "geen hoorzitting."
    )
    obstacle = "Het bezwaar is zonder hoorzitting ongegrond verklaard omdat het 'kennelijk ongegrond' zou zijn."
    match = match_of(text, obstacle, "awb-7-3")
    assert match is not None and match.check.complete


# --- "geen sprake van" negates what follows -------------------------------------------------------------


def test_no_question_of_negates_the_nouns_after_it():
    case = CaseText("Er is geen sprake van schulden of een betalingsachterstand.")
    assert case.find("schulden") is None and case.find("achterstand") is None


def test_a_positive_question_of_still_counts():
    case = CaseText("Er is wel sprake van een flinke huurachterstand; van schulden bij de bank is geen sprake.")
    assert case.find("achterstand") is not None


# --- a pgb answers the providers' waiting list, not the wait for the body's own access ---------------


def test_a_wait_for_the_youth_teams_intake_does_not_make_a_pgb_ground_focus():
    text = (
        "Mila (9) heeft ernstige gedragsproblemen; de kinderarts verwees haar naar een gespecialiseerde "
        "behandelaar. Vader vraagt of een pgb mogelijk is."
    )
    obstacle = "Het wijkteam zet Mila op een wachtlijst van tien weken voor een eerste gesprek over de toegang."
    match = match_of(text, obstacle, "jw-8.1.1-1")
    assert match is not None and not match.focus


def test_a_providers_waiting_list_makes_a_pgb_ground_focus():
    text = "Mila (9) heeft ernstige gedragsproblemen. Vader wil een pgb voor een eigen begeleider."
    obstacle = "Bij de gecontracteerde aanbieders is de wachtlijst acht maanden; de gemeente weigert toch een pgb."
    match = match_of(text, obstacle, "jw-8.1.1-1")
    assert match is not None and match.focus


# --- an age in apposition is the person's age -----------------------------------------------------------


def test_an_apposition_age_makes_the_adult_the_client():
    text = (
        "Klant: dhr. P. Mulder, 47 jaar, woont met zijn zoon (13) in een huurhuis. Hij heeft € 8.000 schulden; "
        "het waterbedrijf kondigt afsluiting aan."
    )
    case = CaseText(text)
    assert case.client_age is not None and case.client_age.years == 47
    assert not any(g.startswith("jw-") for g in proposed_ids(text, "De gemeente weigert schuldhulp.", 8))


def test_a_duration_in_years_is_no_age():
    case = CaseText("Mevrouw Koster werkt al 12 jaar als schoonmaakster en heeft een zoon (16).")
    assert [a.years for a in case.ages] == [16]


# --- the exception lid ranks before the rule lid it departs from --------------------------------------

_ORDINALS = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "5": "vijfde"}


def test_each_exception_lid_departs_from_its_rule_lid_in_the_law_text():
    from assistant.features.grounds.weighing import EXCEPTION_LEDEN
    from assistant.ingest.laws import load_law_file
    from assistant.knowledge.corpus import load_law_sources
    from evals.sources import SHARED_LAWS_DIR

    by_bwb = {law.bwb_id: law.name for law in load_law_sources()}
    texts = {}
    for path in sorted(SHARED_LAWS_DIR.iterdir()):
        if path.suffix in (".xml", ".md"):
            text = load_law_file(path)
            texts[by_bwb.get(text.bwb_id)] = text
    for (law, article, lid), rule in EXCEPTION_LEDEN.items():
        wording = texts[law].articles[article].paragraphs[lid].lower()
        departs = f"in afwijking van het {_ORDINALS[rule]} lid" in wording
        not_applied = wording.startswith(f"het {_ORDINALS[rule]} lid") and "is niet van toepassing" in wording
        assert departs or not_applied, (law, article, lid)


def test_backdating_exception_ranks_before_the_start_date_rule():
    text = (
        "Meneer Rutten (50) lag van januari tot maart in een psychiatrische kliniek en kon niets regelen. Hij "
        "meldde zich op 2 april voor bijstand; de aanvraag is compleet."
    )
    obstacle = "De gemeente kent bijstand pas toe vanaf de meldingsdatum en weigert bijstand over de periode vóór de melding."
    ids = proposed_ids(text, obstacle, 8)
    assert "pw-44-5" in ids
    assert "pw-44-1" not in ids or ids.index("pw-44-5") < ids.index("pw-44-1")


def test_without_the_exception_the_rule_lid_keeps_its_place():
    text = "Mevrouw Bosman (33) meldde zich op 3 mei voor bijstand en diende op 10 mei een volledige aanvraag in."
    obstacle = "De gemeente laat de bijstand pas ingaan op de datum van het besluit, niet op de dag van de melding."
    match = match_of(text, obstacle, "pw-44-1")
    assert match is not None and match_of(text, obstacle, "pw-44-5") is None or not match_of(text, obstacle, "pw-44-5").check.complete


# --- catalogue coverage: Awir 23 lid 2, and Wko 1.6 lid 5 read in the obstacle's words --------------


def test_awir_23_2_fires_on_a_suspension_without_a_letter():
    text = "Mevrouw Diallo (41) krijgt zorgtoeslag. Sinds juli komt er niets meer binnen; een brief kreeg ze nooit."
    obstacle = "Dienst Toeslagen heeft de zorgtoeslag stopgezet zonder bericht omdat het voorschot te hoog zou zijn."
    match = match_of(text, obstacle, "awir-23-2")
    assert match is not None and match.check.complete
    assert "awir-23-2" in proposed_ids(text, obstacle, 5)


def test_awir_23_2_not_for_a_suspension_over_the_address():
    text = "Mevrouw Diallo (41) krijgt zorgtoeslag. Ze staat op een briefadres bij haar zus; de toeslag is gestopt."
    obstacle = "Dienst Toeslagen heeft de toeslag opgeschort omdat het adresgegeven niet klopt; er kwam geen brief."
    assert match_of(text, obstacle, "awir-23-2") is None


def test_wko_1_6_5_reads_stopped_work_in_the_obstacle():
    text = "Wij hebben een zoon van 3 die naar de kinderopvang gaat. Mijn partner werkt fulltime."
    obstacle = (
        "Dienst Toeslagen zet de kinderopvangtoeslag op nul vanaf de maand nadat ik niet meer werkte, zonder "
        "rekening te houden met behoud na beëindiging van mijn arbeid."
    )
    match = match_of(text, obstacle, "wko-1.6-5")
    assert match is not None and match.check.facts[0].source == "obstakel" and match.focus


# --- core facts read as the law means them ------------------------------------------------------------


def test_an_energy_cut_off_is_no_ended_debt_help_trajectory():
    text = (
        "Meneer Smits (52) heeft € 6.000 schulden. Het waterbedrijf heeft de levering afgesloten. Hij vroeg "
        "schuldhulp aan bij de gemeente."
    )
    obstacle = "De gemeente zegt telefonisch dat hij eerst zijn vaste lasten moet betalen en geeft geen beschikking."
    assert match_of(text, obstacle, "wgs-4a-6") is None
    assert match_of(text, obstacle, "wgs-4a").check.complete


def test_an_ended_debt_help_trajectory_is_one():
    text = "Mevrouw Kuipers (39) zat sinds 2025 in een schuldhulptraject. De gemeente heeft het traject gestopt."
    obstacle = "Het traject is telefonisch beëindigd; een besluit kreeg zij niet."
    match = match_of(text, obstacle, "wgs-4a-6")
    assert match is not None and match.check.complete


def test_a_new_item_asked_for_is_no_new_fact_for_a_repeated_application():
    text = "Mevrouw Hoek (50) vroeg bijzondere bijstand voor een nieuwe koelkast. De aanvraag is afgewezen."
    match = match_of(text, "De gemeente wijst de aanvraag af volgens haar beleid.", "awb-4-6")
    assert match is None or not match.check.complete


def test_a_new_medical_report_is_a_new_fact():
    text = (
        "Mevrouw Hoek (50) kreeg vorig jaar een afwijzing voor een traplift. Inmiddels is er een nieuw medisch "
        "rapport van de reumatoloog."
    )
    match = match_of(text, None, "awb-4-6")
    assert match is not None and match.check.complete


def test_a_decision_without_weighing_the_submitted_facts_is_a_care_ground():
    text = "Meneer Amrani (60) vroeg bijzondere bijstand aan en stuurde een brief van zijn longarts mee."
    obstacle = "De gemeente wees de aanvraag af zonder de brief van de longarts te betrekken."
    match = match_of(text, obstacle, "awb-3-2")
    assert match is not None and match.check.complete


def test_a_rumour_read_somewhere_states_no_fact():
    case = CaseText("Ik las ergens dat je met een zwangerschap langer kinderopvangtoeslag houdt.")
    assert case.find("zwanger") is None


def test_what_the_body_said_about_the_rules_is_a_fact_of_the_case():
    case = CaseText("De consulent zei dat je eerst vier weken moet zoeken voordat je bijstand kunt aanvragen.")
    assert case.find("eerst vier weken") is not None


def test_urgent_assistance_is_not_for_someone_who_already_receives_bijstand():
    text = "Meneer Dekker (45) is bijstandsgerechtigde. Hij heeft geen geld meer voor eten."
    obstacle = "De gemeente wijst zijn aanvraag om een extra bedrag af."
    match = match_of(text, obstacle, "pw-16-1")
    assert match is None


def test_urgent_assistance_stays_for_someone_refused_bijstand():
    text = "Mevrouw Veld (30) heeft geen geld en slaapt op straat. Haar bijstandsaanvraag is afgewezen."
    obstacle = "De gemeente zegt dat zij geen recht op bijstand heeft."
    match = match_of(text, obstacle, "pw-16-1")
    assert match is not None and match.check.excluded is None
