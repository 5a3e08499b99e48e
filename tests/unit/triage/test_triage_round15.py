"""Triage rules (fix round before blind round 15): general reasons why a named organisation is no party,
a dependency between two private parties, a pronoun that continues the subject, and a negated finding.

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.background import not_a_party_now
from assistant.features.triage.engine import assess
from assistant.knowledge.organisations import find_mentions


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


def _reason(text, orgs, org_id) -> str:
    """Why the first mention of org_id names no party now ("" when it may name one)."""
    m = next(m for m in find_mentions(text, orgs) if m.org_id == org_id)
    return not_a_party_now(text, m)


def _waits(text, orgs) -> list[tuple[list[str], list[str], str]]:
    return [(d.dependent, d.condition, d.status) for d in assess(text, orgs).dependencies]


# --- a document or figure found correct: evidence the client agrees with ------------------------------


def test_a_document_found_correct_is_no_party(orgs):
    text = (
        "Meneer wil bezwaar maken tegen de terugvordering van zijn zorgtoeslag door Toeslagen: die rekent met "
        "een te hoog inkomen. De jaaropgave van het UWV klopt volgens hem gewoon."
    )
    assert _reason(text, orgs, "uwv")
    assert _units(text, orgs) == ["toeslagen"]


def test_bills_checked_and_correct_are_no_party(orgs):
    text = "De rekeningen van het CAK zijn door haar zoon gecontroleerd en kloppen. Zij vraagt de AOW aan bij de SVB."
    assert _reason(text, orgs, "cak")


def test_a_document_that_is_wrong_or_a_condition_stays_open(orgs):
    assert not _reason("De beschikking van het CAK klopt volgens haar niet.", orgs, "cak")
    text = "DUO past de beurs pas aan als de inschrijving bij de gemeente klopt."
    assert not _reason(text, orgs, "gemeente")


# --- a bare verdict: "rond", "Afgerond.", "geen actie" -----------------------------------------------------


def test_rond_after_a_comma_is_a_settled_verdict(orgs):
    text = "Haar man woont sinds maart in een verpleeghuis (indicatie van het CIZ in februari, rond)."
    assert _reason(text, orgs, "ciz")


def test_rond_before_a_date_is_no_verdict(orgs):
    assert not _reason("Het CIZ beslist rond 1 maart over de indicatie van haar man.", orgs, "ciz")


def test_a_one_word_verdict_sentence_closes_the_line_before(orgs):
    text = (
        "- Huur: de corporatie heeft de betalingsregeling op papier gezet. Afgerond.\n"
        "- Bijstand: de gemeente heeft de aanvraag nog niet beoordeeld, mw. wacht al zeven weken."
    )
    assert "woningcorporatie" not in _units(text, orgs)
    assert "gemeente" in _units(text, orgs)


def test_a_verdict_that_says_not_yet_done_keeps_the_party(orgs):
    text = "De corporatie heeft een huurverhoging gestuurd die mw. niet kan betalen. Afgerond is dat nog lang niet."
    assert "woningcorporatie" in _units(text, orgs)


def test_a_back_reference_with_no_action_closes_the_item(orgs):
    text = (
        "- UWV: hij staat ingeschreven als werkzoekende.\n"
        "  Dat loopt, geen actie.\n"
        "- Gemeente: de bijzondere bijstand voor de bril is afgewezen; hij wil bezwaar maken."
    )
    assert _units(text, orgs) == ["gemeente"]


def test_no_action_needed_closes_earlier_mentions_of_the_organisation(orgs):
    text = (
        "Zij heeft op 2 maart aangifte gedaan bij de politie. Verdere afhandeling door de politie, van ons "
        "geen actie nodig. Vandaag vraagt zij bijstand aan bij de gemeente."
    )
    assert "politie" not in _units(text, orgs)


def test_no_action_needed_on_another_matter_does_not_close(orgs):
    text = (
        "Zij heeft op 2 maart aangifte gedaan bij de politie en wacht op een oproep. Geen actie nodig op "
        "de huurtoeslag."
    )
    assert "politie" in _units(text, orgs)


# --- who only passed the client on -------------------------------------------------------------------------


def test_a_report_through_a_channel_names_a_referrer(orgs):
    text = "De jongen woont sinds maandag in de crisisopvang, na een zorgmelding via de GGD."
    assert _reason(text, orgs, "ggd")


def test_a_report_by_someone_keeps_the_melder(orgs):
    text = "Na een melding van de school is jeugdzorg betrokken bij het gezin."
    assert not _reason(text, orgs, "school")


# --- a completed step with its date --------------------------------------------------------------------------


def test_a_dated_processing_step_in_the_perfect_is_done(orgs):
    text = (
        "Notitie 12-03-2027\n"
        "Het nieuwe rekeningnummer is op 2 maart door het UWV verwerkt. Mevrouw vraagt bijzondere bijstand "
        "aan bij de gemeente voor een wasmachine."
    )
    assert "uwv" not in _units(text, orgs)


def test_a_dated_decision_or_a_step_with_trouble_stays_a_party(orgs):
    text = "Notitie 12-03-2027\nHet UWV heeft op 2 maart de WW-uitkering stopgezet."
    assert "uwv" in _units(text, orgs)
    text = "Notitie 12-03-2027\nDe wijziging is op 2 maart door het UWV verwerkt, maar het bedrag klopt niet."
    assert "uwv" in _units(text, orgs)


# --- a step that is only relevant later ----------------------------------------------------------------------


def test_a_label_with_pas_aan_de_orde_na_is_a_later_step(orgs):
    text = (
        "- Bijstand: aanvraag bij de gemeente loopt, besluit verwacht eind maart.\n"
        "- Kinderopvangtoeslag bij Toeslagen: pas aan de orde na de start van haar nieuwe baan."
    )
    assert _units(text, orgs) == ["gemeente"]


def test_pas_with_an_act_of_the_organisation_is_no_later_step(orgs):
    text = "- Toeslagen: de toeslag is pas na drie maanden uitbetaald en nu wordt hij teruggevorderd."
    assert "toeslagen" in _units(text, orgs)


# --- the consequence of a condition the client has not met ----------------------------------------------------


def test_steps_after_a_failed_condition_are_threats(orgs):
    text = (
        "Mevrouw heeft een achterstand bij de energieleverancier. De leverancier schrijft: als er vóór 1 april "
        "geen betalingsregeling is, vragen zij een vonnis bij de kantonrechter en daarna gaat de vordering "
        "naar de deurwaarder."
    )
    units = _units(text, orgs)
    assert "energieleverancier" in units
    assert "rechtbank" not in units and "deurwaarder" not in units


def test_a_party_after_a_positive_condition_is_no_threat(orgs):
    text = "Als de gemeente de bijstand toekent, heft de deurwaarder het beslag op de rekening op."
    assert not _reason(text, orgs, "deurwaarder")


# --- the client's income named only as an input ---------------------------------------------------------------


def test_an_income_that_is_only_counted_names_no_party(orgs):
    text = (
        "Meneer meldt zich bij het Wmo-loket voor hulp bij het huishouden. Hij ontvangt een pensioen van het "
        "pensioenfonds, dat wordt bij de berekening meegeteld."
    )
    assert _reason(text, orgs, "pensioenfonds")
    assert "pensioenfonds" not in _units(text, orgs)


def test_an_income_as_the_means_to_pay_names_no_party(orgs):
    text = "De regeling met de energieleverancier kan zij aflossen uit haar WW van het UWV."
    assert _reason(text, orgs, "uwv")


def test_an_income_with_something_wrong_stays_a_party(orgs):
    text = (
        "Hij ontvangt een pensioen van het pensioenfonds, dat wordt bij de berekening meegeteld, maar het "
        "fonds heeft het sinds januari verlaagd."
    )
    assert not _reason(text, orgs, "pensioenfonds")
    assert not _reason("Zij krijgt bijstand van de gemeente.", orgs, "gemeente")


# --- the addressee of a note ---------------------------------------------------------------------------------------


def test_the_addressee_of_a_melding_is_a_party(orgs):
    text = (
        "Van: J. de Wit (buurtwerk)\n"
        "Aan: Wmo-loket\n"
        "Datum: 3 maart 2027\n"
        "Onderwerp: melding begeleiding\n\n"
        "Graag meld ik namens mevrouw een vraag om begeleiding bij het plannen van haar week."
    )
    assert "gemeente" in _units(text, orgs)


def test_a_colleague_as_addressee_is_no_party(orgs):
    text = (
        "Van: J. de Wit\n"
        "Aan: Petra (collega, Wmo-loket)\n"
        "Datum: 3 maart 2027\n\n"
        "Mevrouw heeft een brief van het CJIB gekregen over een boete die zij niet kan betalen."
    )
    assert "gemeente" not in _units(text, orgs)


# --- a document the client has an organisation draw up; two private parties can depend on each other -----------


def test_two_private_parties_can_depend_on_each_other(orgs):
    text = (
        "Meneer is na zijn operatie hersteld. De werkgever laat hem pas weer beginnen met een verklaring over "
        "zijn herstel. Die verklaring schrijft de huisarts volgende week."
    )
    assert (["werkgever"], ["huisarts"], "to_check") in _waits(text, orgs)
    assert assess(text, orgs).category == 3


def test_acting_only_on_a_proof_and_having_a_document_drawn_up_are_roles(orgs):
    text = (
        "De bank laat haar pas bij de spaarrekening van haar overleden vader met een verklaring van erfrecht. "
        "Die laat zij opstellen bij de notaris, afspraak volgende week."
    )
    assert {"bank", "notaris"} <= set(_units(text, orgs))


def test_two_private_parties_without_a_wait_are_no_categorie_3(orgs):
    text = "De bank stuurt haar een afschrift van de rekening. De notaris stelt het testament van haar moeder op."
    assert assess(text, orgs).category != 3


# --- a personal pronoun that continues the subject of the sentence before ------------------------------------------


def test_ze_continues_an_organisation_subject(orgs):
    text = (
        "De Wmo-consulent heeft de situatie thuis bekeken. Ze wil de aanvraag pas afronden als de corporatie "
        "heeft gezegd of een woningaanpassing in deze flat mag."
    )
    deps = _waits(text, orgs)
    assert any(dep == ["gemeente"] and cond == ["woningcorporatie"] for dep, cond, _ in deps)
    assert assess(text, orgs).category == 3


def test_ze_after_a_sentence_about_the_client_is_not_the_organisation(orgs):
    text = (
        "Mevrouw heeft de aanvraag bij het Wmo-loket besproken. Ze wil pas verhuizen als de corporatie zegt "
        "of een woningaanpassing in deze flat mag."
    )
    assert not any(dep == ["gemeente"] for dep, _, _ in _waits(text, orgs))


# --- urgency: a finding of no sign of danger ------------------------------------------------------------------------


def test_no_sign_of_acute_danger_is_no_urgency(orgs):
    text = (
        "Huisbezoek 3 maart 2027. Meneer woont alleen en is somber. Geen aanwijzingen voor verwaarlozing of "
        "acuut gevaar. Hij wil een pasje voor de regiotaxi aanvragen bij de gemeente."
    )
    assert not assess(text, orgs).urgent


def test_no_sign_that_there_is_danger_is_no_urgency(orgs):
    text = "Huisbezoek 3 maart 2027. Er is geen aanwijzing dat er acuut gevaar is; hij wil een pasje voor de regiotaxi."
    assert not assess(text, orgs).urgent


def test_acute_danger_stated_is_urgent(orgs):
    text = "Huisbezoek 3 maart 2027. Er is acuut gevaar: haar ex staat elke avond voor de deur en bedreigt haar."
    assert assess(text, orgs).urgent
