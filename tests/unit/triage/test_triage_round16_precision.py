"""Triage precision rules (fix round after the first run of blind round 16): organisations a note names
without a part in the question, each rule a class of wording, not a phrase:

- done: nothing open there any more, a one-off step taken, a decision already given, a confirmation that
  things simply go on, a registration ended on a past date, a letter about a matter already paid;
- running as it should: income that arrives properly, a provision "dat loopt", a balanced budget;
- the writer's own organisation ("vanuit het ziekenhuis … mijn begeleiding");
- a feared consequence after a verb-first condition ("Lukt dat niet, dan …");
- hearsay from someone unnamed and a relative's own scheme;
- a dialogue question answered as done or as nothing to do;
- advice (also with words between "heeft" and "aangeraden") and a referral to alternatives;
- a department abbreviated "afd.", a bare "voor school", a judgment reported as a heading;
- a chain's unnamed later step is not implied when the note names who acts.

Every sentence here is newly written for these tests, with a negative example per rule.
"""

from __future__ import annotations

from assistant.features.triage.aside import passing_mention
from assistant.features.triage.court import court_has_ruled
from assistant.features.triage.done import completed
from assistant.features.triage.engine import assess
from assistant.features.triage.income import income_only
from assistant.features.triage.readings import is_organisation_reading
from assistant.features.triage.referrals import only_an_informant
from assistant.features.triage.urgency_calm import NOT_ACUTE
from assistant.knowledge.organisations import find_mentions


def _mention(text, orgs, org_id):
    return next(m for m in find_mentions(text, orgs) if m.org_id == org_id)


def _passing(text, orgs, org_id) -> bool:
    return passing_mention(text, _mention(text, orgs, org_id))


def _by_id(orgs, org_id):
    return next(o for o in orgs if o.id == org_id)


# --- done ------------------------------------------------------------------------------------------


def test_nothing_open_any_more(orgs):
    assert _passing("Bij het CJIB staat niets meer open, de laatste termijn is voldaan.", orgs, "cjib")
    assert not _passing("Bij het CJIB staat nog een boete van 95 euro open.", orgs, "cjib")


def test_one_off_step_already_taken(orgs):
    assert _passing("Ze heeft in oktober eenmalig een pakket van de voedselbank gekregen.", orgs, "voedselbank")
    assert not _passing("Ze staat op de wachtlijst van de voedselbank.", orgs, "voedselbank")


def test_decision_already_given(orgs):
    assert _passing("Opname: CIZ-indicatie was al in juli rond.", orgs, "ciz")
    assert not _passing("De CIZ-indicatie laat nog steeds op zich wachten.", orgs, "ciz")


def test_confirmed_that_things_go_on(orgs):
    assert _passing("De bank heeft telefonisch bevestigd dat de vaste lasten gewoon worden afgeschreven.", orgs, "bank")
    assert not _passing("De bank heeft bevestigd dat de rekening bevroren blijft.", orgs, "bank")
    assert _passing("De zorgverzekeraar liet weten dat de polis gewoon doorloopt.", orgs, "zorgverzekeraar")
    assert not _passing("De zorgverzekeraar liet weten dat de polis per 1 mei stopt.", orgs, "zorgverzekeraar")


def test_registration_ended_on_a_past_date(orgs):
    text = "Notitie 12-10-2026\nWinkel opgeheven, uitgeschreven bij de KVK per 01-08-2026."
    assert completed(text, _mention(text, orgs, "kvk"))
    later = "Notitie 12-10-2026\nWinkel opgeheven, uitgeschreven bij de KVK per 01-02-2027."
    assert not completed(later, _mention(later, orgs, "kvk"))


def test_letter_about_a_matter_already_paid(orgs):
    assert _passing("Het incassobureau stuurde nog een herinnering, die al in maart betaald was.", orgs, "incassobureau")
    text = "Het incassobureau stuurde een herinnering die al in maart betaald was, maar eist nu toch kosten."
    assert not _passing(text, orgs, "incassobureau")


# --- running as it should --------------------------------------------------------------------------


def test_income_that_arrives_properly(orgs):
    assert _passing("Zijn WW via het UWV komt iedere maand netjes binnen.", orgs, "uwv")
    assert not _passing("Zijn WW via het UWV komt deze maand niet binnen.", orgs, "uwv")


def test_provision_that_runs(orgs):
    assert _passing("Krijgt sinds maart een pakket van de voedselbank, dat loopt.", orgs, "voedselbank")
    assert not _passing("Krijgt sinds maart een pakket van de voedselbank, maar dat stopt in januari.", orgs, "voedselbank")


def test_scheme_in_a_balanced_budget(orgs):
    text = "Met haar salaris, de alimentatie en de kinderbijslag sluit de begroting, al is het krap."
    assert income_only(text, _mention(text, orgs, "lbio"))
    short = "Met haar salaris en de alimentatie sluit de begroting niet."
    assert not income_only(short, _mention(short, orgs, "lbio"))


# --- the writer's own, a feared consequence, hearsay, a relative's scheme ---------------------------


def test_writer_speaks_for_the_organisation(orgs):
    assert _passing("Vanuit het ziekenhuis eindigt mijn begeleiding na deze week.", orgs, "ziekenhuis")
    assert not _passing("Vanuit het ziekenhuis komt nog een rekening van 300 euro.", orgs, "ziekenhuis")


def test_consequence_of_a_verb_first_condition(orgs):
    assert _passing("Lukt de verlenging niet, dan vervalt o.a. zijn huurtoeslag.", orgs, "toeslagen")
    assert not _passing("De verlenging is niet gelukt, zijn huurtoeslag is stopgezet.", orgs, "toeslagen")


def test_hearsay_from_someone_unnamed(orgs):
    assert _passing("Iemand in de wachtkamer zei dat hij zich bij het UWV moest melden.", orgs, "uwv")
    assert not _passing("Het UWV zei dat hij zich vóór vrijdag moest melden.", orgs, "uwv")


def test_relatives_own_scheme(orgs):
    assert _passing("Haar moeder vreest dat zij haar zorgtoeslag kwijtraakt.", orgs, "toeslagen")
    assert not _passing("Zij vreest dat zij haar zorgtoeslag kwijtraakt.", orgs, "toeslagen")
    assert _passing("Zijn neef en zijn zoon vroegen hem bij te springen voor diens CJIB-boete.", orgs, "cjib")
    assert not _passing("Zijn zoon vroeg hem om zijn eigen CJIB-boete te betalen.", orgs, "cjib")
    assert _passing("Advies: dochter zelf de SVB laten bellen over haar studie.", orgs, "svb")
    assert not _passing("Advies: zelf de SVB bellen over de kinderbijslag.", orgs, "svb")


# --- a dialogue question answered ------------------------------------------------------------------


def test_dialogue_question_answered_done(orgs):
    text = "Consulent: Heb je je al afgemeld bij het UWV?\nKlant: ja, vorige week gedaan\nConsulent: Mooi."
    assert _passing(text, orgs, "uwv")
    pending = "Consulent: Heb je je al gemeld bij het UWV?\nKlant: ja maar nog geen antwoord\n"
    assert not _passing(pending, orgs, "uwv")


def test_dialogue_question_answered_nothing_to_do(orgs):
    text = "Klant: moet ik nog iets regelen met de SVB?\nConsulent: Nee, dat loopt vanzelf door.\n"
    assert _passing(text, orgs, "svb")
    wait = "Klant: moet ik eerst wachten op de SVB?\nConsulent: Nee, je hoeft niet te wachten, bel ze zelf.\n"
    assert not _passing(wait, orgs, "svb")


# --- advice, referral to alternatives, readings ----------------------------------------------------


def test_advice_with_words_between(orgs):
    text = "De huisarts heeft haar afgelopen vrijdag dringend aangeraden de gemeente te bellen."
    assert only_an_informant(text, _mention(text, orgs, "huisarts"))
    own = "De huisarts heeft haar afgelopen vrijdag een verwijzing gegeven."
    assert not only_an_informant(own, _mention(own, orgs, "huisarts"))


def test_referral_to_alternatives_is_advice(orgs):
    text = "Het wijkteam verwees naar de kerk of de voedselbank."
    assert only_an_informant(text, _mention(text, orgs, "wijkteam"))
    single = "Het wijkteam verwees door en blijft betrokken."
    assert not only_an_informant(single, _mention(single, orgs, "wijkteam"))


def test_abbreviated_department_is_not_the_organisation(orgs):
    text = "Gebeld met de corporatie (afd. incasso): de regeling staat."
    assert not is_organisation_reading(text, _mention(text, orgs, "incassobureau"), _by_id(orgs, "incassobureau"))
    plain = "Het incassobureau wil een regeling."
    assert is_organisation_reading(plain, _mention(plain, orgs, "incassobureau"), _by_id(orgs, "incassobureau"))


def test_bare_for_school_is_the_activity(orgs):
    text = "Hij heeft een rekenmachine nodig voor school."
    assert not is_organisation_reading(text, _mention(text, orgs, "school"), _by_id(orgs, "school"))
    plain = "De school wil een gesprek over zijn verzuim."
    assert is_organisation_reading(plain, _mention(plain, orgs, "school"), _by_id(orgs, "school"))


def test_judgment_reported_as_a_heading(orgs):
    text = "Vonnis rechtbank 4 maart: huurovereenkomst ontbonden, ontruiming toegewezen."
    assert court_has_ruled(text, _mention(text, orgs, "rechtbank"), _by_id(orgs, "rechtbank"))
    pending = "Zitting rechtbank 4 maart: de huurder vraagt uitstel."
    assert not court_has_ruled(pending, _mention(pending, orgs, "rechtbank"), _by_id(orgs, "rechtbank"))


# --- a chain's later step ----------------------------------------------------------------------------


def test_chain_later_step_not_implied_when_the_acting_party_is_named(orgs):
    named = "Na het overlijden van zijn moeder wacht de bank op de verklaring van erfrecht van de notaris."
    assert "belastingdienst" not in assess(named, orgs).units
    bare = "Zij moet de nalatenschap van haar vader afwikkelen en weet niet waar ze moet beginnen."
    assert "belastingdienst" in assess(bare, orgs).units


# --- urgency -----------------------------------------------------------------------------------------


def test_urgency_word_negated_after_its_noun(orgs):
    assert not assess("Haar pensioen komt gewoon binnen, dus acute nood is er niet.", orgs).urgent
    assert assess("Er is acute nood: de huur van deze maand kan niet betaald worden.", orgs).urgent


def test_agreed_step_by_a_near_weekday_is_a_plan(orgs):
    planned = "Notitie 02-03-2026\nAfspraken: vader levert de loonstroken uiterlijk donderdag in bij de gemeente."
    assert not assess(planned, orgs).urgent
    limit = "Notitie 02-03-2026\nDe gemeente moet de loonstroken uiterlijk donderdag hebben, anders stopt de uitkering."
    assert assess(limit, orgs).urgent


def test_calm_statement_with_the_negation_after_the_noun():
    assert NOT_ACUTE.search("Dringende geldnood is er op dit moment niet.")
    assert not NOT_ACUTE.search("Dringende geldnood is er wel, de koelkast is leeg.")
