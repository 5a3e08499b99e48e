"""General rules after blind round 13 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- someone who stays only now and then ("logeert soms bij hem") has no main residence there: the age
  does not count for a household condition;
- points numbered "(1) … (2)" in one sentence are a list, not the ages of people;
- a clause that fronts its matter and ends in "niet" negates it also with seven or eight words between;
- a time-bound right ends by the dates in the case: Wet kinderopvang 1.6 lid 5 does not hold when work
  ended more than three calendar months before the case's own "Datum:" line (elapsed.py);
- "X zit er niet in" says X is not possible: no fact of X;
- Awb 6:15 rules a bezwaar sent to the wrong body (new entry lid 3: the day that body received it
  decides timeliness) and ranks before Awb 2:3 and 6:11;
- Pw 48 lid 2 onder c: a borg a landlord asks is a waarborgsom; Pw 15 lid 1: a benefit refused with a
  bezwaar still running is no provision to fall back on.
Pure: no index."""

from __future__ import annotations

from datetime import date

from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.clause_negation import fronted_and_negated
from assistant.features.grounds.elapsed import case_date, dated_months_before
from assistant.text.spans import sentence_at, sentences


def _law_text(name: str) -> str:
    from evals.sources import SHARED_LAWS_DIR

    path = next(p for p in SHARED_LAWS_DIR.iterdir() if p.name.startswith(name))
    return " ".join(path.read_text(encoding="utf-8").split())


# --- occasional stay and numbered points are no household ages ----------------------------------------


def test_an_occasional_guest_is_no_housemate():
    case = CaseText("Mevrouw Bos (61) woont alleen. Haar kleinzoon Tim (19) logeert soms bij haar in de vakantie.")
    assert [a.years for a in case.household_ages()] == [61]


def test_a_housemate_who_sleeps_there_every_night_counts():
    case = CaseText("Mevrouw Bos (61) woont met haar kleinzoon Tim (19), die elke nacht bij haar slaapt.")
    assert [a.years for a in case.household_ages()] == [61, 19]


def test_numbered_points_are_no_ages():
    case = CaseText("Meneer Kok (58) wil weten of hij (1) uitstel kan krijgen en (2) de boete kan aanvechten.")
    assert [a.years for a in case.ages] == [58]


def test_a_single_small_child_in_brackets_is_an_age():
    case = CaseText("Mevrouw Kok (31) zorgt alleen voor haar dochter Lisa (2).")
    assert [a.years for a in case.ages] == [31, 2]


# --- a fronted matter with a longer negated rest ---------------------------------------------------------


def test_fronted_matter_with_eight_words_before_niet_is_negated():
    text = "Opgenomen of ziek was haar vader in die weken niet."
    spans = sentences(text)
    assert fronted_and_negated(text, sentence_at(spans, 0, len(text)), 0)


def test_fronted_matter_without_negation_stands():
    text = "Opgenomen of ziek was haar vader in die weken wel."
    spans = sentences(text)
    assert not fronted_and_negated(text, sentence_at(spans, 0, len(text)), 0)


# --- dates decide the three months after work ended ------------------------------------------------------


def test_case_date_and_months_before():
    now = case_date("Datum: 20-12-2026\nVan: wijkteam")
    assert now == date(2026, 12, 20)
    assert dated_months_before("Zij stopte op 15 augustus met haar werk.", now, 3)
    assert not dated_months_before("Zij stopte op 1 november met haar werk.", now, 3)
    assert not dated_months_before("Zij stopte in augustus met haar werk.", now, 3)  # no day: not decided
    assert not dated_months_before("Zij stopte op 15 augustus met haar werk.", None, 3)


def test_three_months_lid_is_out_when_work_ended_long_before_the_case_date():
    law = _law_text("wet-kinderopvang")
    assert "behoudt gedurende drie kalendermaanden" in law
    text = (
        "Datum: 02-12-2026\nHet contract van Sanne (35) als kapster is op 31 juli 2026 beëindigd. Haar "
        "partner werkt. De kinderopvangtoeslag voor hun zoon wordt nu stopgezet."
    )
    assert match_of(text, "Dienst Toeslagen stopt de kinderopvangtoeslag omdat Sanne niet meer werkt.", "wko-1.6-5") is None


def test_three_months_lid_stays_when_work_ended_recently():
    text = (
        "Datum: 02-12-2026\nHet contract van Sanne (35) als kapster is op 31 oktober 2026 beëindigd. Haar "
        "partner werkt. De kinderopvangtoeslag voor hun zoon wordt nu stopgezet."
    )
    match = match_of(text, "Dienst Toeslagen stopt de kinderopvangtoeslag omdat Sanne niet meer werkt.", "wko-1.6-5")
    assert match is not None and match.check.excluded is None


# --- Pw 19a lid 1: an occasional guest is no young housemate ---------------------------------------------------------------


def test_kostendeler_exception_needs_a_young_or_paying_housemate():
    text = (
        "Meneer Dekker (49) heeft bijstand en woont met zijn broer (53). De gemeente wil de kostendelersnorm "
        "toepassen. Zijn neef (22) slaapt af en toe in het weekend op de bank."
    )
    match = match_of(text, "De gemeente past de kostendelersnorm toe.", "pw-19a-1")
    assert match is None or not match.check.facts[1].stated


def test_kostendeler_exception_with_a_young_housemate():
    text = (
        "Meneer Dekker (49) heeft bijstand. Zijn zoon (22) woont bij hem in huis. De gemeente wil de "
        "kostendelersnorm toepassen."
    )
    match = match_of(text, "De gemeente past de kostendelersnorm toe.", "pw-19a-1")
    assert match is not None and match.check.complete


# --- Awb 6:15: a bezwaar at the wrong body --------------------------------------------------------------------


WRONG_BODY = (
    "Meneer Yilmaz (57) stuurde zijn bezwaarschrift tegen de afwijzing van zijn bijzondere bijstand binnen "
    "vier weken naar de SVB. De SVB heeft het na zeven weken doorgestuurd naar de gemeente."
)
WRONG_BODY_OBSTACLE = "De gemeente vindt het bezwaar te laat: de bezwaartermijn was verstreken toen het binnenkwam."


def test_wrong_body_lid_3_is_in_the_law_text():
    assert "het tijdstip van indiening bij het onbevoegde orgaan is bepalend" in _law_text("awb").lower()


def test_bezwaar_at_the_wrong_body_gets_awb_6_15_before_2_3_and_6_11():
    ids = proposed_ids(WRONG_BODY, WRONG_BODY_OBSTACLE, 8)
    assert "awb-6-15-3" in ids[:3]
    for general in ("awb-2-3", "awb-6-11"):
        if general in ids:
            assert ids.index(general) > ids.index("awb-6-15-3")


def test_a_bezwaar_sent_to_the_right_body_gets_no_6_15_3():
    text = "Meneer Yilmaz (57) stuurde zijn bezwaarschrift tegen de afwijzing van zijn bijzondere bijstand naar de gemeente."
    assert "awb-6-15-3" not in proposed_ids(text, WRONG_BODY_OBSTACLE, 8)


# --- Pw 48 lid 2 (borg) and Pw 15 lid 1 (refused benefit in bezwaar) ------------------------------------------


def test_a_landlords_borg_is_a_waarborgsom():
    assert "waarborgsom" in _law_text("participatiewet")
    text = (
        "Mevrouw Aydin (29) heeft bijstand en kan een kamer huren. De verhuurder vraagt € 1.100 borg, dat geld "
        "heeft zij niet."
    )
    match = match_of(text, "De gemeente weigert bijzondere bijstand voor de borg.", "pw-48-2")
    assert match is not None and match.check.facts[0].stated


def test_no_borg_no_waarborgsom():
    text = "Mevrouw Aydin (29) heeft bijstand en kan een kamer huren. Zij vraagt bijzondere bijstand voor een bed."
    assert match_of(text, "De gemeente weigert bijzondere bijstand voor het bed.", "pw-48-2") is None


def test_refused_benefit_with_bezwaar_running_is_no_provision_to_fall_back_on():
    text = (
        "Meneer Peters (50) kreeg een afwijzing van de WW; zijn bezwaar daartegen loopt. Hij vraagt bijstand aan."
    )
    obstacle = "De gemeente wil pas beslissen als de WW rond is: dat is een voorliggende voorziening."
    match = match_of(text, obstacle, "pw-15-1")
    assert match is not None and match.check.complete


# --- "zit er niet in": not possible, no fact --------------------------------------------------------------


def test_not_possible_states_no_fact():
    case = CaseText("Mevrouw Ruis (40) heeft geen kinderen; een ontheffing als alleenstaande ouder zit er dus niet in.")
    assert case.find("alleenstaande ouder") is None


def test_a_single_parent_that_is_possible_is_a_fact():
    case = CaseText("Mevrouw Ruis (40) is alleenstaande ouder; een ontheffing zit er misschien in.")
    assert case.find("alleenstaande ouder") is not None


# --- new entries: Vw 26 lid 3, Pw 13 lid 3; Wmo 2.3.2 lid 1 gives way to 2.3.3 for shelter after violence ---


def test_late_extension_not_to_blame_is_in_the_law_text():
    law = _law_text("vreemdelingenwet").lower()
    assert "niet tijdig heeft ingediend en hem dit niet is toe te rekenen" in law


def test_late_extension_during_a_hospital_stay_gets_vw_26_3():
    text = (
        "Meneer Osei (38) lag drie maanden in het ziekenhuis na een ongeluk. Zijn verblijfsvergunning liep in die "
        "tijd af; de verlengingsaanvraag kwam daardoor te laat. De IND verlengde pas vanaf de datum van de aanvraag."
    )
    match = match_of(text, "Er is een gat in het verblijf, dus stopt de gemeente de bijstand over die weken.", "vw-26-3")
    assert match is not None and match.check.complete


def test_an_extension_asked_in_time_gets_no_vw_26_3():
    text = "Meneer Osei (38) vroeg op tijd verlenging van zijn verblijfsvergunning aan; de IND beslist nog."
    assert match_of(text, "De gemeente stopt de bijstand tot de IND beslist.", "vw-26-3") is None


def test_forced_psychiatric_admission_exception_ranks_before_the_exclusion():
    # the lid names the Wet verplichte ggz right after these words
    assert "is niet van toepassing op de persoon aan wie rechtens zijn vrijheid is ontnomen" in _law_text("participatiewet")
    text = (
        "Mevrouw Jansen (45) had bijstand. Zij was zes weken opgenomen met een zorgmachtiging. De gemeente heeft "
        "de bijstand over die weken beëindigd."
    )
    obstacle = "De gemeente zegt: tijdens de opname was haar de vrijheid ontnomen, dus geen recht op bijstand."
    ids = proposed_ids(text, obstacle, 8)
    assert "pw-13-3" in ids
    assert "pw-13-1" not in ids or ids.index("pw-13-3") < ids.index("pw-13-1")


def test_prison_is_no_forced_psychiatric_admission():
    text = "Meneer Smit (33) had bijstand en zat twee maanden in de gevangenis. De gemeente stopte de bijstand."
    assert match_of(text, "Geen bijstand tijdens detentie.", "pw-13-3") is None


def test_shelter_after_domestic_violence_leaves_out_the_six_weeks():
    text = (
        "Mevrouw Baran (29) is na huiselijk geweld met haar zoon van huis gevlucht en slaapt nu bij een kennis. "
        "Zij meldde zich bij het Wmo-loket voor opvang; het loket wil eerst zes weken onderzoek doen."
    )
    obstacle = "Het Wmo-loket wil eerst het onderzoek afronden voordat er opvang komt."
    ids = proposed_ids(text, obstacle, 8)
    assert "wmo-2.3.3" in ids[:3]
    assert "wmo-2.3.2" not in ids


def test_household_help_still_gets_the_six_weeks():
    text = (
        "Meneer Kuipers (81) kan na een val zijn huishouden niet meer doen. Hij deed in augustus een melding bij "
        "het Wmo-loket, maar er is nog geen gesprek geweest."
    )
    assert "wmo-2.3.2" in proposed_ids(text, "De gemeente doet geen onderzoek naar zijn melding.", 8)


def test_an_ordinal_eighteen_is_the_age_of_majority():
    text = (
        "Kim woonde tot haar 18e in een gezinshuis met jeugdhulp. Nu, vier maanden later, gaat het slecht en wil "
        "zij de begeleiding terug."
    )
    match = match_of(text, "De gemeente zegt dat de jeugdhulp na het 18e jaar voorbij is.", "jw-1.1-verlengd")
    assert match is not None and match.check.facts[0].stated
