"""General rules after blind round 11 (issue 10), each tested on newly written Dutch sentences with a
case it must fire on and one it must not:
- a sentence whose second clause says its matter is not the question now ("…, maar dat is nu niet de
  vraag") states no fact of it;
- catalogue, checked against the law texts: Pw 15 lid 1 sees a decision still to come also where the
  verb's parts stand apart ("zolang het UWV niet op de aanvraag heeft beslist"); Wgs 3 lid 2 sees an
  earlier traject in "komt niet opnieuw in aanmerking"; Wmo 1.2.1 sees a referral to the woongemeente;
  Vw 8 sees a benefit that is suspended ("opgeschort"); Awir 9 lid 1 covers an aanvraag for a permit for
  onbepaalde tijd (Vw 8 onder g); Wko 1.6 lid 5 does not apply where the three months were already
  given ("zou na drie maanden eindigen", "opnieuw laten ingaan"); Pw 11 lid 4 and 24 (joint right of
  spouses, partner norm) do not apply to spouses who live apart for good (Pw 3 lid 2 onder b); Vw 10
  lid 2 is for people without lawful stay, not for a permit holder or one awaiting an aanvraag;
- the Vreemdelingenwet has a subject of its own (a permit, the IND, a procedure about the stay): no
  Vw ground in a case without one, and a case with one names that law when grounds are weighed;
- new catalogue entries, each with its core fact: Pw 11 lid 3 (onder b), Pw 48 lid 2 (onder a, c),
  Wet WIA 88 lid 4, Vreemdelingenwet 11 lid 2 (onder b), 14 lid 1 and 17 lid 1.
Pure: no index."""

from __future__ import annotations

import pytest
from grounds_matching import match_of, proposed_ids

from assistant.features.grounds.casetext import CaseText

# --- a second clause that puts the matter off -----------------------------------------------------------


def test_a_matter_that_is_not_the_question_now_is_no_fact():
    case = CaseText("Een traplift wil zij ooit wel aanvragen, maar dat is nu niet de vraag. Zij vraagt om bijstand.")
    assert case.find("traplift") is None
    assert case.find("bijstand") is not None


def test_a_clause_that_is_not_such_a_remark_still_counts():
    case = CaseText("Zij heeft een traplift nodig, en dat is dringend want ze valt vaak.")
    assert case.find("traplift") is not None


# --- Pw 15 lid 1: a decision still to come ---------------------------------------------------------------

UWV_PENDING = "Mevrouw Jansen (58) kreeg in september haar laatste loon. Haar WW-aanvraag ligt bij het UWV."
UWV_PENDING_OBSTACLE = (
    "Het Werkplein zegt dat de WW voorgaat en neemt de bijstandsaanvraag pas in behandeling als het UWV heeft "
    "beslist; zolang het UWV niet op haar aanvraag heeft beslist, gebeurt er niets."
)


def test_a_decision_still_to_come_is_a_provision_not_yet_there():
    match = match_of(UWV_PENDING, UWV_PENDING_OBSTACLE, "pw-15-1")
    assert match is not None and match.check.complete


def test_a_provision_already_paid_is_not_one_still_to_come():
    text = "Mevrouw Jansen (58) krijgt sinds oktober WW van het UWV, die elke maand wordt uitbetaald."
    obstacle = "De gemeente wijst de aanvraag voor bijstand af omdat de WW voorgaat."
    match = match_of(text, obstacle, "pw-15-1")
    assert match is None or not match.check.facts[1].stated


# --- Wgs 3 lid 2: an earlier traject -----------------------------------------------------------------------


def test_not_again_says_there_was_an_earlier_traject():
    text = "De gemeente schreef dat meneer Dijkstra niet opnieuw in aanmerking komt voor schuldhulp."
    match = match_of(text, "De gemeente weigert hem schuldhulp.", "wgs-3-2")
    assert match is not None and match.check.complete


def test_a_first_application_has_no_earlier_traject():
    text = "Meneer Dijkstra vraagt voor het eerst schuldhulp aan; de gemeente wijst dat af wegens zijn koophuis."
    match = match_of(text, "De gemeente weigert hem schuldhulp.", "wgs-3-2")
    assert match is None or not match.check.facts[1].stated


# --- Wmo 1.2.1: sent back to the woongemeente ------------------------------------------------------------


def test_a_referral_to_the_woongemeente_is_the_other_gemeente():
    text = "Na mishandeling door haar vriend is mevrouw met haar dochter naar een andere stad gevlucht en zoekt opvang."
    obstacle = "Het wijkteam daar stuurt haar voor opvang terug naar haar woongemeente."
    match = match_of(text, obstacle, "wmo-1.2.1")
    assert match is not None and match.check.complete and match.check.facts[1].source == "obstakel"
    assert "wmo-1.2.1" in proposed_ids(text, obstacle)[:5]


def test_the_woongemeente_alone_is_no_opvang_case():
    text = "Meneer woont in zijn eigen huis en vraagt zijn woongemeente om hulp bij het huishouden."
    assert "wmo-1.2.1" not in proposed_ids(text, "De woongemeente wil alleen een schoonmaakhulp via de markt.")


# --- Vw 8: a suspended benefit is a right limited by the stay ---------------------------------------------


def test_a_suspended_benefit_is_a_limited_right():
    text = "De gemeente schort de bijstand van meneer Tekle op omdat zijn verblijfsvergunning is verlopen."
    match = match_of(text, None, "vw-8")
    assert match is not None and match.check.complete


def test_a_benefit_paid_as_usual_is_not_limited():
    text = "Meneer Tekle heeft een geldige verblijfsvergunning; de gemeente betaalt zijn bijstand gewoon door."
    match = match_of(text, None, "vw-8")
    assert match is None or not match.check.facts[1].stated


# --- Awir 9 lid 1: an aanvraag for onbepaalde tijd is onder g too -----------------------------------------


def test_a_pending_permit_for_an_indefinite_period_keeps_the_toeslag():
    text = (
        "Hij had een verblijfsvergunning voor bepaalde tijd en vroeg op tijd een vergunning voor onbepaalde tijd "
        "aan. De IND heeft daar nog niet op beslist. Dienst Toeslagen zet zijn zorgtoeslag stil."
    )
    match = match_of(text, None, "awir-9-1")
    assert match is not None and match.check.complete


def test_an_expired_permit_without_an_application_is_no_pending_case():
    text = "Zijn verblijfsvergunning is verlopen en hij heeft niets aangevraagd. Dienst Toeslagen zet de zorgtoeslag stil."
    assert match_of(text, None, "awir-9-1") is None


# --- Wko 1.6 lid 5: three months already given -----------------------------------------------------------


def test_three_months_already_given_do_not_start_again():
    text = (
        "Haar man werkt sinds een ongeluk in maart 2025 niet meer. Toeslagen schreef toen dat de "
        "kinderopvangtoeslag na drie maanden zou stoppen, en zo ging het ook. Sinds kort heeft hij een "
        "Wlz-indicatie en zij vraagt opnieuw kinderopvangtoeslag aan."
    )
    assert match_of(text, "Toeslagen zegt dat haar partner niet werkt.", "wko-1.6-5") is None


def test_three_months_after_a_recent_job_loss_still_count():
    text = (
        "Haar contract eindigde op 30 april en Toeslagen stopte de kinderopvangtoeslag meteen per 1 mei. "
        "Na drie maanden stopte zij met solliciteren, want ze vond een nieuwe baan."
    )
    match = match_of(text, "Toeslagen zegt: geen werk, geen kinderopvangtoeslag.", "wko-1.6-5")
    assert match is not None and match.check.complete


# --- Pw 11 lid 4 and 24: no joint right for spouses who live apart (Pw 3 lid 2 onder b) ----------------


PARTNER_WITHOUT_STAY = (
    "Mevrouw Amrani (37) heeft een verblijfsvergunning voor onbepaalde tijd. Haar man heeft geen verblijfsrecht. "
    "De gemeente wijst haar aanvraag voor bijstand af."
)


def test_spouses_living_together_share_the_right():
    assert "pw-24" in proposed_ids(PARTNER_WITHOUT_STAY)


def test_spouses_living_apart_have_no_joint_right():
    text = PARTNER_WITHOUT_STAY + " Sinds de zomer woont zij niet meer bij hem; ze huurt een kamer in een andere wijk."
    assert match_of(text, None, "pw-24") is None
    assert match_of(text, None, "pw-11-4") is None


# --- the Vreemdelingenwet has a subject of its own; Vw 10 lid 2 is for people without lawful stay ---------


def test_no_vreemdelingenwet_ground_without_a_stay_question():
    text = "Mevrouw de Vries is Nederlandse. De gemeente wijst haar aanvraag voor bijstand af."
    assert match_of(text, None, "vw-8") is None


def test_care_for_someone_without_papers_is_the_exception_of_vw_10():
    text = "Meneer Okafor is uitgeprocedeerd en ongedocumenteerd. De huisarts weigert hem omdat hij niet verzekerd is."
    match = match_of(text, None, "vw-10-2")
    assert match is not None and match.check.complete


def test_a_permit_holder_is_not_without_lawful_stay():
    text = (
        "Meneer Okafor heeft een verblijfsvergunning regulier. De gemeente zegt dat hij geen verblijfsrecht meer "
        "heeft nu hij gescheiden is; de huisarts weigert hem als nieuwe patiënt."
    )
    assert match_of(text, None, "vw-10-2") is None


# --- new entries: proposed with their core fact, silent without it ------------------------------------------

# (ground id, case that must fire, case that must not fire)
ADDED = [
    ("pw-11-3",
     "Meneer Haile (44) had een verblijfsvergunning asiel voor bepaalde tijd, die in oktober afliep. In augustus "
     "vroeg hij een vergunning voor onbepaalde tijd aan; de IND heeft nog niet beslist. De gemeente stopt zijn "
     "bijstand omdat zijn pasje verlopen is.",
     "Meneer Haile (44) heeft een geldige verblijfsvergunning tot 2029 en vraagt bijstand aan."),
    ("pw-48-2",
     "Meneer Kok (60) wacht op de beslissing over zijn WIA; die uitkering wordt straks met terugwerkende kracht "
     "uitbetaald. De gemeente weigert bijstand zolang het UWV niet heeft beslist.",
     "Meneer Kok (60) vraagt bijstand aan. Hij heeft geen andere uitkering aangevraagd."),
    ("wia-88-4",
     "Mevrouw Peeters vroeg haar WIA-uitkering drie weken te laat aan omdat zij was opgenomen. Het UWV legt "
     "een maatregel op en betaalt de eerste maand niet uit.",
     "Mevrouw Peeters vroeg haar WIA-uitkering op tijd aan. Het UWV legt een maatregel op omdat zij niet naar "
     "de verzekeringsarts ging."),
    ("vw-14-1",
     "Mevrouw Osei (29) heeft een verblijfsvergunning regulier bij haar Nederlandse partner. Ze zijn uit elkaar; "
     "ze wil een ander verblijfsdoel aanvragen zodat haar vergunning niet meer van hem afhangt.",
     "Mevrouw Osei (29) heeft een verblijfsvergunning asiel en vraagt een ander verblijfsdoel aan."),
    ("vw-11-2",
     "Mevrouw Rossi (50) vroeg op tijd verlenging van haar verblijfsvergunning aan; de IND heeft nog niet beslist. "
     "Dienst Toeslagen zet haar huurtoeslag stil omdat haar pas verlopen is.",
     "Mevrouw Rossi (50) heeft een verblijfsvergunning tot 2030. Dienst Toeslagen zet haar huurtoeslag stil "
     "omdat haar inkomen is gestegen."),
    ("vw-17-1",
     "Zijn vriendin zegt dat hij eerst terug moet naar Ghana voor een mvv. Hij heeft hier een "
     "verblijfsvergunning en vraagt een wijziging aan.",
     "Hij heeft hier een verblijfsvergunning en vraagt een wijziging aan van het verblijfsdoel."),
]  # fmt: skip


@pytest.mark.parametrize(("ground_id", "fires", "_"), ADDED, ids=[a[0] for a in ADDED])
def test_added_ground_is_proposed_with_its_facts_quoted(ground_id, fires, _):
    match = match_of(fires, None, ground_id)
    assert match is not None and match.check.complete, ground_id
    assert all(f.evidence for f in match.check.facts)
    assert ground_id in proposed_ids(fires)[:5]


@pytest.mark.parametrize(("ground_id", "_", "silent"), ADDED, ids=[a[0] for a in ADDED])
def test_added_ground_needs_its_core_fact(ground_id, _, silent):
    assert ground_id not in proposed_ids(silent)
