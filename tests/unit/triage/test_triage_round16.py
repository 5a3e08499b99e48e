"""Triage rules (fix round before blind round 16): each rule covers a class of wording, not a phrase.

- a heading governs its list: "Al geregeld:" makes its items history, "Nog te doen:" makes them the question;
- a condition between two parties whatever its words: a restricting adverb (uitsluitend, enkel), "onder
  voorwaarde dat", a verb-first "Mocht Y …, dan … wij", and "jullie" for the organisation a note is sent to;
- the organisation a sentence's label names speaks, also when its own scheme recurs in the condition;
- a kind noun and its name may be split by a wrapped line;
- a question states no dependency;
- a sentence whose subject is an adult relative is the relative's affair;
- an earlier enquiry that ended in a referral, also after a semicolon;
- a clause after a semicolon that finds the matter correct, and "daar gaat het niet om", settle it;
- urgency: a fear the writer calls unfounded is denied; care ending at 18 is far when the note dates the
  18th birthday months ahead.

Every sentence here is newly written for these tests, with a negative example per rule.
"""

from __future__ import annotations

from assistant.drafts.facts import STATED
from assistant.features.triage.done import completed
from assistant.features.triage.engine import assess
from assistant.features.triage.settled import under_done_heading
from assistant.knowledge.organisations import find_mentions


def _assess(text, orgs):
    return assess(text, orgs)


def _mention(text, orgs, org_id):
    return next(m for m in find_mentions(text, orgs) if m.org_id == org_id)


def _waits(text, orgs) -> list[tuple[list[str], list[str]]]:
    return [(d.dependent, d.condition) for d in assess(text, orgs).dependencies]


# --- a heading governs its list --------------------------------------------------------------------


def test_items_under_a_done_heading_are_history(orgs):
    text = (
        "Notitie 3 maart 2027\n\nMeneer vraagt hulp bij zijn aanvraag bijzondere bijstand bij de gemeente.\n\n"
        "Reeds geregeld:\n- De bank heeft zijn rekening weer vrijgegeven.\n- Het UWV heeft de WW toegekend.\n\n"
        "Graag een afspraak deze maand."
    )
    a = _assess(text, orgs)
    assert "bank" not in a.units and "uwv" not in a.units
    assert "gemeente" in a.units


def test_a_heading_of_what_is_not_yet_arranged_is_no_done_heading():
    text = "Notitie\n\nNog niet geregeld:\n- De bank moet de rekening vrijgeven.\n\nAl gedaan:\n- Het UWV betaalt.\n"
    assert not under_done_heading(text, text.index("bank"))
    assert under_done_heading(text, text.index("UWV"))
    assert not under_done_heading(text + "\nVerder: de bank belt terug.", len(text) + 12)


def test_items_under_a_to_do_heading_are_the_question(orgs):
    text = (
        "Overdracht 3 maart 2027\n\nMevrouw is net weduwe geworden.\n\n"
        "Waar zij ondersteuning bij nodig heeft:\n1. Een nabestaandenuitkering bij de SVB.\n"
        "2. Huurtoeslag opnieuw laten berekenen door Dienst Toeslagen.\n"
    )
    a = _assess(text, orgs)
    assert "svb" in a.units and "toeslagen" in a.units


# --- a condition between two parties, whatever its words -------------------------------------------


def test_a_restricting_adverb_and_onder_voorwaarde_dat_make_a_condition(orgs):
    text = (
        "De woningcorporatie stopt de ontruimingsprocedure enkel onder voorwaarde dat de schuldhulpverlening "
        "van de gemeente een plan van aanpak opstuurt."
    )
    assert (["woningcorporatie"], ["gemeente"]) in _waits(text, orgs)
    assert _assess(text, orgs).category == 3


def test_uitsluitend_als_names_the_condition(orgs):
    text = "Het UWV hervat de uitkering uitsluitend als de werkgever de loonstroken over maart aanlevert."
    assert (["uwv"], ["werkgever"]) in _waits(text, orgs)


def test_a_restricting_adverb_without_another_party_is_no_dependency(orgs):
    text = "De bank opent de nieuwe rekening uitsluitend op werkdagen, meneer kan dinsdag langskomen."
    assert _waits(text, orgs) == []


def test_jullie_in_a_note_to_an_organisation_is_that_organisation(orgs):
    text = (
        "Van: wijkcoach Anouk\nAan: Team Schuldhulpverlening, gemeente\nDatum: 3 maart 2027\n\n"
        "Beste collega's,\n\nDe woningcorporatie zet de huisuitzetting alleen stop als jullie vóór vrijdag "
        "laten weten dat meneer is aangemeld.\n\nGroet, Anouk"
    )
    assert (["woningcorporatie"], ["gemeente"]) in _waits(text, orgs)


def test_jullie_without_an_addressee_line_names_no_organisation(orgs):
    text = (
        "Gesprek 3 maart 2027. De woningcorporatie zet de huisuitzetting alleen stop als jullie vóór vrijdag "
        "laten weten dat meneer hulp krijgt."
    )
    assert _waits(text, orgs) == []


def test_a_verb_first_mocht_conditional_quoted_from_a_party(orgs):
    text = (
        "Mevrouw is ziek en haar werkgever betaalt geen loon meer. Ze heeft bij het UWV een deskundigenoordeel "
        "aangevraagd. De werkgever schreef haar: \"Mochten de "
        "artsen van het UWV vaststellen dat u ziek bent, dan hervatten wij de loonbetaling.\""
    )
    deps = assess(text, orgs).dependencies
    assert any(d.dependent == ["werkgever"] and d.condition == ["uwv"] for d in deps)


def test_quoted_wij_is_the_last_other_organisation_when_its_paragraph_names_only_the_condition(orgs):
    text = (
        "Sinds maart heeft de werkgever de loonbetaling stopgezet.\n\nZe heeft bij het UWV een deskundigenoordeel "
        "aangevraagd. De afdeling personeelszaken "
        "mailde: \"Als het UWV u arbeidsongeschikt vindt, betalen wij het loon alsnog.\""
    )
    deps = assess(text, orgs).dependencies
    assert any(d.dependent == ["werkgever"] and d.condition == ["uwv"] for d in deps)


def test_mocht_with_only_the_client_in_the_condition_is_no_dependency(orgs):
    text = (
        "Het UWV schreef: \"Mocht u het niet eens zijn met dit besluit, dan horen wij dat graag.\" Meneer wil "
        "daarom bezwaar maken bij het UWV."
    )
    assert _waits(text, orgs) == []


def test_the_label_speaks_when_its_own_scheme_recurs_in_the_condition(orgs):
    text = (
        "Overleg 3 maart 2027.\n- Jeugdzorgaanbieder Kompas Jeugd: de pleegzorg kan na zijn achttiende alleen doorlopen "
        "met een besluit over verlengde jeugdhulp van de gemeente.\n- Volgende afspraak in april."
    )
    deps = assess(text, orgs).dependencies
    assert any(d.dependent == ["jeugdzorg"] and d.condition == ["gemeente"] and d.status == STATED for d in deps)


def test_a_name_after_its_kind_on_the_next_line_names_it_again(orgs):
    text = (
        "Aanwezig: pleegouders (vallen onder jeugdzorgaanbieder\nKompas Jeugd) en de consulent van de gemeente.\n"
        "Kompas Jeugd: de plaatsing loopt alleen door met een besluit van de gemeente."
    )
    deps = assess(text, orgs).dependencies
    assert any(d.dependent == ["jeugdzorg"] and d.condition == ["gemeente"] for d in deps)


def test_a_question_states_no_dependency(orgs):
    text = (
        "Mevrouw vraagt hulp bij de huurtoeslag bij Dienst Toeslagen en bij het CAK. Moet Dienst Toeslagen "
        "wachten tot het CAK de eigen bijdrage heeft vastgesteld?"
    )
    assert _waits(text, orgs) == []
    assert _assess(text, orgs).category != 3


def test_the_same_wait_as_a_statement_is_a_dependency(orgs):
    text = (
        "Mevrouw vraagt hulp bij de huurtoeslag bij Dienst Toeslagen en bij het CAK. Dienst Toeslagen "
        "wacht tot het CAK de eigen bijdrage heeft vastgesteld."
    )
    assert _assess(text, orgs).category == 3


# --- who is no party -------------------------------------------------------------------------------


def test_an_adult_relative_as_subject_makes_the_sentence_their_affair(orgs):
    text = (
        "Mw. vraagt hulp bij haar aanvraag voor bijzondere bijstand bij de gemeente. Haar broer heeft zelf een "
        "schuld bij het CJIB; dat regelt hij met zijn eigen bewindvoerder niet."
    )
    assert "cjib" not in _assess(text, orgs).units


def test_an_adult_child_with_an_age_is_a_relative(orgs):
    text = (
        "Mw. vraagt hulp bij haar huurachterstand bij de woningcorporatie. Zijn zoon (22) woont nog thuis en "
        "heeft een lening bij DUO."
    )
    assert "duo" not in _assess(text, orgs).units


def test_a_relative_who_acts_for_the_client_keeps_the_organisation(orgs):
    text = "Haar zus belt namens mw. met de SVB over de AOW die te laag lijkt."
    assert "svb" in _assess(text, orgs).units


def test_a_referral_after_a_semicolon_makes_the_first_organisation_a_referrer(orgs):
    text = (
        "Meneer had eerst het UWV gebeld (\"jullie gaan toch over uitkeringen?\"); daar werd hij doorgestuurd "
        "naar de gemeente. Hij wil bijstand aanvragen bij de gemeente."
    )
    assert _assess(text, orgs).units == ["gemeente"]


def test_a_clause_after_a_semicolon_that_finds_it_correct_settles_it(orgs):
    text = (
        "Meneer wil kwijtschelding van de waterschapsbelasting bij het waterschap. Zijn pensioenfonds heeft "
        "de nieuwe jaaropgave gestuurd; die klopt helemaal."
    )
    assert "pensioenfonds" not in _assess(text, orgs).units


def test_daar_gaat_het_niet_om_settles_the_sentence(orgs):
    text = (
        "Mevrouw vraagt bijstand aan bij de gemeente. Het UWV heeft haar WW beëindigd, terecht, daar gaat het "
        "hier niet om."
    )
    assert "uwv" not in _assess(text, orgs).units


def test_without_that_verdict_the_ended_benefit_stays_a_party(orgs):
    text = "Mevrouw vraagt bijstand aan bij de gemeente. Het UWV heeft haar WW beëindigd en zij wil bezwaar maken."
    assert "uwv" in _assess(text, orgs).units


# --- urgency ---------------------------------------------------------------------------------------


def test_a_fear_the_writer_calls_unfounded_is_no_spoed(orgs):
    text = (
        "Chat 3 maart 2027\nBezoeker: ik ben bang dat het water wordt afgesloten als ik de rekening later betaal.\n"
        "Medewerker: u heeft geen achterstand, dus er is geen reden om ongerust te zijn over afsluiting."
    )
    assert not _assess(text, orgs).urgent


def test_a_cut_off_the_writer_does_not_call_unfounded_is_spoed(orgs):
    text = (
        "Notitie 3 maart 2027\nHet waterbedrijf heeft een brief gestuurd: afsluiting op 10 maart wegens een "
        "achterstand van vier maanden. Meneer kan niet betalen."
    )
    assert _assess(text, orgs).urgent


def test_care_ending_at_18_is_far_when_the_birthday_is_months_away(orgs):
    text = (
        "Overleg 3 maart 2027\nJoris woont in een gezinshuis van de jeugdzorgaanbieder. Joris wordt op 20 oktober "
        "2027 18. De jeugdhulp stopt bij 18 jaar tenzij de gemeente verlengde jeugdhulp toekent; de aanvraag loopt."
    )
    assert not _assess(text, orgs).urgent


def test_care_ending_at_18_is_spoed_when_the_birthday_is_near(orgs):
    text = (
        "Overleg 3 maart 2027\nJoris woont in een gezinshuis van de jeugdzorgaanbieder. Joris wordt op 20 maart "
        "2027 18. De jeugdhulp stopt bij 18 jaar en er is nog geen vervolgplek."
    )
    assert _assess(text, orgs).urgent


# --- completed steps and passive findings -----------------------------------------------------------


def test_an_organisation_only_informed_is_no_party(orgs):
    text = "Mevrouw vraagt huishoudelijke hulp bij het Wmo-loket. De huisarts is over de aanvraag ingelicht."
    assert "huisarts" not in _assess(text, orgs).units


def test_an_organisation_that_must_still_be_informed_is_no_completed_step(orgs):
    text = "Mevrouw vraagt huishoudelijke hulp bij het Wmo-loket. De huisarts moet nog worden geïnformeerd."
    assert not completed(text, _mention(text, orgs, "huisarts"))


def test_a_debt_already_paid_is_history(orgs):
    text = "Meneer vraagt hulp bij zijn WW bij het UWV. De boete van het CJIB heeft hij vorige week al betaald."
    assert "cjib" not in _assess(text, orgs).units


def test_a_debt_not_yet_paid_is_no_completed_step(orgs):
    text = "Meneer vraagt hulp bij zijn WW bij het UWV. De boete van het CJIB heeft hij al maanden niet betaald."
    assert not completed(text, _mention(text, orgs, "cjib"))


def test_a_passive_negation_with_its_agent_and_the_agent_of_the_judgement_are_no_parties(orgs):
    text = (
        "Mevrouw gaat morgen naar huis en vraagt hulp bij het Wmo-loket. Een opname in het verpleeghuis is door "
        "de specialist niet nodig geacht."
    )
    units = _assess(text, orgs).units
    assert "zorginstelling" not in units and "ziekenhuis" not in units


def test_an_organisation_with_a_duty_to_act_is_a_party(orgs):
    text = "Mevrouw vraagt hulp bij de gemeente. Het UWV moet de WW-uitkering over mei nog uitbetalen."
    assert "uwv" in _assess(text, orgs).units


def test_an_organisation_that_must_do_nothing_has_no_duty(orgs):
    text = "Mevrouw vraagt hulp bij de gemeente. Het UWV moet niets meer doen, de WW is afgelopen."
    assert "uwv" not in _assess(text, orgs).units


def test_a_first_person_daar_hoef_ik_niks_mee_settles_the_matter(orgs):
    text = (
        "Ik wil huurtoeslag aanvragen bij Dienst Toeslagen. Er ligt ook een brief van het CJIB, maar die "
        "gaat over mijn vorige auto, dus daar hoef ik niks mee."
    )
    assert "cjib" not in _assess(text, orgs).units
    assert "cjib" in _assess(text.replace("daar hoef ik niks mee", "die wil ik regelen"), orgs).units


def test_a_bezwaar_term_in_weeks_counts_from_the_dated_letter_named_before(orgs):
    text = (
        "Mail 10 maart 2027\nIk kreeg een brief van de gemeente van 5 februari 2027: mijn bijstand wordt "
        "verlaagd. Ik wil bezwaar maken, volgens de brief heb ik daar 6 weken voor."
    )
    assert _assess(text, orgs).urgent  # 5 februari + zes weken = 19 maart: nine days after the note


def test_a_bezwaar_term_from_a_recent_letter_is_not_yet_near(orgs):
    text = (
        "Mail 10 maart 2027\nIk kreeg een brief van de gemeente van 8 maart 2027: mijn bijstand wordt "
        "verlaagd. Ik wil bezwaar maken, volgens de brief heb ik daar 6 weken voor."
    )
    assert not _assess(text, orgs).urgent  # 8 maart + zes weken = 19 april: more than four weeks on


def test_a_court_judgment_a_party_obtained_is_done(orgs):
    text = (
        "De verhuurder heeft bij de kantonrechter een ontruimingsvonnis verkregen. Meneer vraagt nu hulp bij "
        "schuldhulpverlening van de gemeente."
    )
    assert "rechtbank" not in _assess(text, orgs).units


def test_a_court_procedure_still_running_keeps_the_court(orgs):
    text = (
        "De verhuurder wil bij de kantonrechter een ontruimingsvonnis krijgen; de zitting is op 4 april. Meneer "
        "vraagt hulp bij schuldhulpverlening van de gemeente."
    )
    a = _assess(text, orgs)
    assert not any(m.org_id == "rechtbank" and m.reason.startswith("alleen genoemd in het verleden") for m in a.mentions)


def test_a_matter_put_off_for_later_is_no_party_now(orgs):
    text = (
        "Meneer wil bezwaar maken tegen zijn WW-korting bij het UWV. Er speelt ook iets met de zorgtoeslag bij "
        "Dienst Toeslagen, maar dat is voor later."
    )
    assert _assess(text, orgs).units == ["uwv"]


def test_a_matter_without_that_verdict_stays(orgs):
    text = (
        "Meneer wil bezwaar maken tegen zijn WW-korting bij het UWV. Er speelt ook een terugvordering van de "
        "zorgtoeslag bij Dienst Toeslagen, die wil hij nu regelen."
    )
    assert "toeslagen" in _assess(text, orgs).units
