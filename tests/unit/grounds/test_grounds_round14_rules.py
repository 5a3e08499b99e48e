"""General rules after blind round 14 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- a ground needs its condition, and a case that states the opposite rules it out: Pw 16 lid 1 is for
  someone without a right to bijstand (not for bijstand at a norm or a suspended payment); Pw 49 needs a
  saneringskrediet asked and refused; Wgs 3 lid 3 needs a punitive sanction; Pw 19a lid 1 is out when the
  housemates are all 27 or older; Wko 1.6 lid 5 is out when its three months were already held;
- a clause's own name ("een beroep op de hardheidsclausule") is no fact of hardship (Awir 47);
- a rule a bystander only suggests ("Een collega opperde de regel over …") is no fact of the case;
- a paragraph after a label "Wat niet speelt:" / "Niet de vraag:" / a heading "Bijzaken" states no
  positive fact; a "geen X" there still holds for a not_when;
- a stem in a word or sentence of another field: "opvang" beside a kinderdagverblijf is day care, a
  "crisismaatregel" is no maatregel on a benefit;
- a toeslag with its own rule sets the Awir rule aside (Wko 1.3 lid 2 onder b: not Awir 15 lid 1);
- a young adult who is a jeugdige (Jeugdwet 1.1) is helped under the Jeugdwet before the Wmo 2015
  (Jeugdwet 1.2 lid 1 onder b);
- UWV's own terugvordering is the core of WIA 79a; a person who cannot handle his post has a reason
  for a late bezwaar (Awb 6:11);
- new entries, checked against the law texts: Awir 4 lid 2 (co-ouderschap), WIA 74 lid 1 and lid 6
  (overlijdensuitkering), WIA 2 lid 2 (ongehuwd samenwonen is gehuwd); Pw 48 lid 2 onder a also for an
  insurer that pays out later.
Pure: no index."""

from __future__ import annotations

import re

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")).split())


# --- Pw 16 lid 1: only for someone without a right to bijstand -----------------------------------------------


def test_suspended_bijstand_is_no_case_for_urgent_reasons():
    text = (
        "Meneer Bakker (45) ontvangt bijstand naar de norm voor alleenstaanden. Sinds de overstroming slaapt hij "
        "bij een vriend en heeft hij geen geld voor eten."
    )
    obstacle = "De gemeente schort de bijstand op omdat zijn adres afwijkt; hij heeft geen geld voor eten."
    assert match_of(text, obstacle, "pw-16-1") is None


def test_someone_without_a_right_to_bijstand_keeps_pw_16():
    assert "Aan een persoon die geen recht op bijstand heeft" in _law_text("participatiewet")
    text = "Mevrouw Smit (30) heeft geen geld voor eten en slaapt op straat."
    obstacle = "De gemeente zegt dat zij geen recht op bijstand heeft omdat zij eerst vier weken moet zoeken."
    match = match_of(text, obstacle, "pw-16-1")
    assert match is not None and match.check.excluded is None


# --- Pw 48 lid 2 onder a: money that comes later ---------------------------------------------------------


def test_an_insurer_that_pays_out_later_is_money_on_short_term():
    assert "op korte termijn over voldoende middelen zal beschikken" in _law_text("participatiewet")
    text = (
        "Na een lekkage vraagt mevrouw De Wit (39), die bijstand heeft, bijzondere bijstand voor een nieuw bed. "
        "De verzekeraar keert pas over drie maanden uit."
    )
    match = match_of(text, "De gemeente weigert: de verzekering gaat voor.", "pw-48-2")
    assert match is not None and match.check.facts[0].stated


def test_a_damage_already_paid_is_no_money_to_come():
    text = (
        "Na een lekkage vraagt mevrouw De Wit (39), die bijstand heeft, bijzondere bijstand voor een nieuw bed. "
        "De schade is al vergoed."
    )
    match = match_of(text, "De gemeente weigert: de verzekering gaat voor.", "pw-48-2")
    assert match is None or not match.check.facts[0].stated


# --- Pw 49, Wgs 3 lid 3, Pw 19a lid 1: the case states the opposite of the condition ------------------------------


def test_no_saneringskrediet_ever_asked_rules_out_pw_49():
    text = "Meneer Dijk (50) heeft € 20.000 schulden; er is nooit een saneringskrediet aangevraagd."
    assert match_of(text, "De kredietbank weigert schuldhulp.", "pw-49") is None


def test_a_refused_saneringskrediet_keeps_pw_49():
    assert "saneringskrediet is afgewezen vanwege diens beperkte mogelijkheden tot terugbetaling" in _law_text(
        "participatiewet"
    )
    text = "Meneer Dijk (50) heeft € 20.000 schulden. Zijn saneringskrediet is afgewezen: hij kan te weinig aflossen."
    assert match_of(text, "De kredietbank weigert schuldhulp.", "pw-49") is not None


def test_no_fine_imposed_rules_out_the_fraud_refusal():
    text = "Mevrouw Yurt (41) kreeg een naheffing van de Belastingdienst; er is geen boete opgelegd."
    assert match_of(text, "De gemeente weigert schuldhulp en noemt het fraude.", "wgs-3-3") is None


def test_a_fine_for_fraud_keeps_the_fraud_refusal():
    assert "onherroepelijke bestuurlijke sanctie" in _law_text("wgs")
    text = "Mevrouw Yurt (41) kreeg een bestuurlijke boete van de gemeente omdat zij haar inkomsten niet meldde."
    assert match_of(text, "De gemeente weigert schuldhulp vanwege fraude.", "wgs-3-3") is not None


def test_housemates_all_over_27_rule_out_the_young_housemate_exception():
    text = "Mevrouw Boer (50) heeft bijstand en woont nu bij haar vader en haar zus (beiden 27+)."
    assert match_of(text, "De gemeente past de kostendelersnorm toe.", "pw-19a-1") is None


def test_a_young_housemate_keeps_the_exception():
    text = "Mevrouw Boer (50) heeft bijstand en woont nu bij haar vader. Haar zoon (22) woont ook bij haar in huis."
    match = match_of(text, "De gemeente past de kostendelersnorm toe.", "pw-19a-1")
    assert match is not None and match.check.excluded is None


def test_three_months_already_held_rule_out_wko_1_6_5():
    text = "Lotte (29) stopte in mei met werken. Toeslagen schreef: na het einde van uw werk hield u nog drie maanden recht."
    assert match_of(text, "Dienst Toeslagen stopt de kinderopvangtoeslag omdat zij niet werkt.", "wko-1.6-5") is None


def test_three_months_still_running_keep_wko_1_6_5():
    text = "Lotte (29) is vorige maand gestopt met werken. Haar zoon gaat drie dagen naar het kinderdagverblijf."
    match = match_of(text, "Dienst Toeslagen stopt de kinderopvangtoeslag omdat zij niet werkt.", "wko-1.6-5")
    assert match is not None and match.check.excluded is None


# --- Awir 47: the name of the clause is no fact --------------------------------------------------------------


# (round 15: the ground also needs a named hardheidsregeling as its core, so the cases name one)
_REGELING = " Voor zijn groep bestaat een hardheidsregeling."


def _hardship(match):
    return next(f for f in match.check.facts if f.value == "de regels pakken zeer onbillijk uit")


def test_the_name_of_the_hardship_clause_is_no_hardship():
    text = "Meneer Ros (70) moet € 900 huurtoeslag terugbetalen. Een buurman zei: doe een beroep op de hardheidsclausule."
    match = match_of(text + _REGELING, "Toeslagen vordert de huurtoeslag terug.", "awir-47-1")
    assert match is None or not _hardship(match).stated


def test_a_harsh_outcome_is_hardship():
    text = "Meneer Ros (70) moet € 900 huurtoeslag terugbetalen; dat pakt voor hem heel hard uit."
    match = match_of(text + _REGELING, "Toeslagen vordert de huurtoeslag terug.", "awir-47-1")
    assert match is not None and _hardship(match).stated


# --- a paragraph of matters outside the question ---------------------------------------------------------


def test_a_not_at_issue_paragraph_states_no_fact():
    text = "Meneer Kok (50) zoekt schuldhulp.\n\nWat niet speelt: hij heeft een WIA-uitkering en een auto.\n\nVraag: kan het?"
    case = CaseText(text)
    assert case.find("wia") is None and case.find("schuldhulp") is not None


def test_a_label_inside_brackets_and_a_heading_line_open_such_a_paragraph():
    text = (
        "Zij zoekt opvang.\n\nOverige zaken (niet de vraag): ze heeft een traplift aangevraagd.\n\n"
        "Bijzaken\nDe huurtoeslag moet worden aangepast.\n\nVraag: waar kan zij slapen?"
    )
    case = CaseText(text)
    assert case.find("traplift") is None and case.find("huurtoeslag") is None


def test_a_negation_in_such_a_paragraph_still_holds():
    text = "Meneer Kok (50) heeft schulden.\n\nWat niet speelt: er is nooit een saneringskrediet aangevraagd.\n\nVraag?"
    assert CaseText(text).find("nooit een saneringskrediet") is not None


def test_the_same_words_without_a_label_are_a_fact():
    case = CaseText("Meneer Kok (50) zoekt schuldhulp. Dat is niet de vraag. Hij heeft een WIA-uitkering.")
    assert case.find("wia") is not None


def test_a_rule_a_bystander_suggests_is_no_fact():
    case = CaseText("Een vriendin noemde de uitzondering voor mantelzorg, maar daar gaat het hier niet om.")
    assert case.find("mantelzorg") is None


def test_the_clients_own_care_is_a_fact():
    case = CaseText("Mevrouw Dam (48) geeft haar vader elke nacht mantelzorg. Een collega vroeg hoe het ging.")
    assert case.find("mantelzorg") is not None


# --- word senses -----------------------------------------------------------------------------------------


def test_opvang_beside_a_day_nursery_is_day_care():
    assert CaseText("Haar zoon gaat naar het kinderdagverblijf, maar de opvang is te duur.").find("opvang") is None


def test_opvang_for_a_homeless_person_is_shelter():
    assert CaseText("Hij is dakloos en vraagt opvang bij de gemeente.").find("opvang") is not None


def test_a_crisis_measure_is_no_sanction():
    case = CaseText("Zij was opgenomen met een crisismaatregel. Daarna ging het beter.")
    assert case.find("maatregel") is None
    assert CaseText("De gemeente legde een maatregel op.").find("maatregel") is not None


# --- Awir 15 lid 1 gives way to the Wet kinderopvang ------------------------------------------------------


def test_the_child_care_act_sets_aside_the_awir_term():
    assert "in afwijking van [artikel 15, eerste lid, van de Algemene wet inkomensafhankelijke" in _law_text(
        "wet-kinderopvang"
    )
    text = "Mevrouw Kok (33) vroeg in november met terugwerkende kracht kinderopvangtoeslag aan; ze was het vergeten."
    assert match_of(text, "Dienst Toeslagen geeft de kinderopvangtoeslag pas vanaf augustus.", "awir-15-1") is None


def test_huurtoeslag_keeps_the_awir_term():
    text = "Mevrouw Kok (33) vroeg in november met terugwerkende kracht huurtoeslag aan; ze was het vergeten."
    assert match_of(text, "Dienst Toeslagen geeft de huurtoeslag pas vanaf augustus.", "awir-15-1") is not None


# --- Awir 4 lid 2: co-ouderschap ---------------------------------------------------------------------------


CO_PARENT = (
    "Meneer Smits (38) en zijn ex-vrouw zijn co-ouders: hun dochter (7) is om de week een hele week bij hem. "
    "Zij staat ingeschreven op het adres van de moeder. Hij betaalt zelf de BSO."
)


def test_a_co_parent_without_the_child_registered_gets_awir_4_2():
    assert "tegelijkertijd tot de huishoudens van zijn beide ouders behoort" in _law_text("awir")
    obstacle = "Toeslagen wijst de kinderopvangtoeslag af: het kind staat niet op zijn adres ingeschreven."
    assert "awir-4-2" in proposed_ids(CO_PARENT, obstacle, 8)[:3]


def test_a_child_that_only_visits_is_no_co_parenting():
    text = (
        "Meneer Smits (38) is gescheiden. Zijn dochter (7) woont bij haar moeder en staat daar ingeschreven; zij "
        "logeert één weekend per maand bij hem."
    )
    match = match_of(text, "Toeslagen wijst het kindgebonden budget af: het kind staat niet op zijn adres.", "awir-4-2")
    assert match is None or not match.check.complete


# --- WIA 74 and WIA 2 lid 2: the overlijdensuitkering -------------------------------------------------------


DECEASED = (
    "Mevrouw Veenstra (60) woonde twintig jaar ongehuwd samen met haar vriend, die een WGA-uitkering had. Hij is "
    "vorige maand overleden. UWV vordert de uitkering over de dagen na zijn overlijden terug."
)


def test_the_law_text_of_the_overlijdensuitkering():
    law = _law_text("wet-wia")
    assert "aan de langstlevende van de echtgenoten" in law
    assert "over na het overlijden gelegen dagen reeds is uitbetaald" in law
    assert "met een andere ongehuwde meerderjarige een gezamenlijke huishouding voert" in law


def test_a_surviving_cohabitant_gets_the_overlijdensuitkering_grounds():
    ids = proposed_ids(DECEASED, "UWV betaalt geen overlijdensuitkering omdat zij niet met hem getrouwd was.", 8)
    assert {"wia-74-1", "wia-74-6", "wia-2-2"} <= set(ids[:5])


def test_a_living_client_gets_no_overlijdensuitkering_ground():
    text = "Meneer Prins (58) heeft een WGA-uitkering en woont samen met zijn vriendin. UWV vordert te veel betaalde uitkering terug."
    for ground in ("wia-74-1", "wia-74-6"):
        assert match_of(text, "UWV vordert de uitkering terug.", ground) is None


# --- the Jeugdwet before the Wmo for a young adult -----------------------------------------------------------


def test_a_young_adult_jeugdige_gets_the_jeugdwet_before_the_wmo():
    assert "met uitzondering van een maatwerkvoorziening inhoudende begeleiding" in _law_text("jeugdwet")
    text = (
        "Sem (19) woonde tot zijn 18e in een pleeggezin met jeugdhulp; die is gestopt. Nu gaat het slecht en wil "
        "hij weer begeleiding van het pleeggezin."
    )
    obstacle = "De gemeente zegt dat hij ouder dan 18 is en verwijst naar de Wmo, waar een wachtlijst is."
    ids = proposed_ids(text, obstacle, 8)
    assert "jw-1.1-verlengd" in ids[:5]
    wmo = [i for i in ids if i.startswith("wmo-")]
    assert not wmo or ids.index("jw-1.1-verlengd") < ids.index(wmo[0])


def test_an_adult_keeps_the_wmo():
    text = "Mevrouw Ali (40) kan na een hersenbloeding haar huishouden niet meer doen. Zij deed een melding bij de Wmo."
    assert "wmo-2.3.2" in proposed_ids(text, "De gemeente doet geen onderzoek naar haar melding.", 8)


# --- WIA 79a: UWV's own terugvordering; Awb 6:11: a person who cannot handle his post ---------------------------


def test_a_toeslag_reclaim_is_no_uwv_reclaim():
    text = (
        "Meneer Hek (55) heeft een WGA-uitkering en zit in een schuldregeling bij de kredietbank. Toeslagen vordert "
        "€ 2.000 huurtoeslag terug."
    )
    assert match_of(text, "Toeslagen wil het hele bedrag terugvorderen.", "wia-79a-1") is None


def test_a_uwv_reclaim_in_a_schuldregeling_gets_wia_79a():
    text = "Meneer Hek (55) zit in een schuldregeling bij de kredietbank. UWV vordert € 2.000 WGA-uitkering terug."
    assert match_of(text, "UWV wil het hele bedrag terugvorderen.", "wia-79a-1") is not None


def test_someone_who_cannot_open_his_post_has_a_reason_for_a_late_bezwaar():
    text = "Meneer Post (66) heeft hersenletsel en opent zelf geen post. Zijn bezwaar tegen de terugvordering kwam te laat."
    match = match_of(text, "Het bezwaar is te laat ingediend.", "awb-6-11")
    assert match is not None and match.check.complete


def test_a_holiday_is_no_reason_found_in_the_case():
    text = "Meneer Post (66) was op vakantie. Zijn bezwaar tegen de terugvordering kwam te laat."
    match = match_of(text, "Het bezwaar is te laat ingediend.", "awb-6-11")
    assert match is not None and not match.check.facts[2].stated
