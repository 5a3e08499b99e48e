"""Urgency (spoed) rules added before blind round 7, from the report's definition: within a few weeks a
solution is needed because otherwise something stops or runs out (income, a home, energy, care, a
right) or someone else drops out. Sentences written for these tests; each rule has a case it must fire
on and one it must not."""

from __future__ import annotations

from datetime import date

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.engine import assess
from assistant.features.triage.urgency import NOT_ACUTE, find_urgency
from assistant.features.triage.urgency_time import note_date
from assistant.text.spans import sentences


def _urgency(text: str):
    return find_urgency(text, sentences(text), {})


def _signal(text: str, key: str):
    return next((s for s in _urgency(text).signals if s.key == key), None)


def _status(text: str, key: str) -> str | None:
    found = _signal(text, key)
    return found.status if found else None


# Rule: the note's date may stand on any line of a short heading block (at most four lines, then a blank
# line) that is no sentence; a birth date or a date in a sentence of the body is not the note's date.
def test_a_date_on_a_heading_line_below_the_organisation_is_the_note_date():
    text = (
        "Stichting Buurtkracht - schuldhulpmaatje\nGesprek op vrijdag 4 juni 2027, mw. Aksoy\n\n"
        "De energieleverancier sluit op 18 juni het gas af."
    )
    assert note_date(text).value == date(2027, 6, 4)
    assert _urgency(text).urgent
    short = "Juridisch spreekuur\n7/10/2027 | tel. | mr. K. Bos\n\nHij wil bezwaar maken."
    assert note_date(short).value == date(
        2027, 10, 7
    )  # a short line ending in an abbreviation is no sentence


def test_a_sentence_or_birth_date_in_the_opening_block_is_no_note_date():
    sentence = "Wijkteam Oost\nMevrouw kreeg op 3 maart 2027 een brief van de gemeente.\n\nZe snapt hem niet."
    assert note_date(sentence) is None
    birth = "Cliënt: J. Visser, geb. 12-03-1990\nWijkteam Oost\n\nHij zoekt werk."
    assert note_date(birth) is None
    subject = "Buurtteam West\nBetreft: beschikking Wmo van 2 februari 2027\n\nZe wil bezwaar maken."
    assert note_date(subject) is None


# Rule: a signal counts when any one of its sentences states it without doubt (an older or undatable
# mention does not hide a near one); a sentence that settles it ends the search.
def test_a_near_mention_after_an_old_one_counts():
    text = (
        "Vorig jaar werd het gas een keer afgesloten. "
        "Nu kondigt de leverancier opnieuw afsluiting aan voor volgende week."
    )
    assert _urgency(text).urgent and _status(text, "afsluiting") == STATED


def test_what_is_settled_does_not_come_back():
    text = (
        "De ontruiming was gepland voor volgende week. Die is inmiddels afgeblazen. "
        "De ontruiming staat ook niet meer op de agenda van de corporatie."
    )
    assert not _urgency(text).urgent and _status(text, "ontruiming") == TO_CHECK


# Rule: a relative term ("binnen zes weken") is judged by its length like a date: a term the client
# meets by one act (bezwaar) is spoed within four weeks; a right that expires also within six.
def test_a_six_week_objection_term_is_not_spoed_by_itself():
    assert not _urgency("Wordt de aanvraag afgewezen, dan kan ze binnen zes weken bezwaar maken.").urgent
    assert _urgency("Ze moet binnen tien dagen reageren op de brief.").urgent


def test_an_expiring_permit_five_weeks_out_is_spoed():
    assert _urgency("Zijn verblijfsvergunning verloopt over vijf weken.").urgent
    assert not _urgency("Zijn verblijfsvergunning verloopt over vier maanden.").urgent


# Rule: a seizure in place on wages or a benefit leaves the beslagvrije voet: to check, not spoed by
# itself; an executory step (dwangbevel, an announced seizure or sale, a seized bank account) is spoed.
def test_a_running_wage_seizure_is_to_check():
    text = "Er loopt al een half jaar loonbeslag; de werkgever houdt de beslagvrije voet aan."
    assert not _urgency(text).urgent and _status(text, "beslag") == TO_CHECK
    assert "beslagvrije voet" in _signal(text, "beslag").note


def test_an_executory_step_is_spoed():
    assert _urgency("De gemeente heeft een dwangbevel gestuurd voor de afvalstoffenheffing.").urgent
    assert _urgency("De deurwaarder heeft beslag gelegd op zijn bankrekening.").urgent
    assert _urgency("De deurwaarder legt volgende week beslag op zijn uitkering.").urgent
    assert _urgency("De belastingdeurwaarder heeft beslag gelegd op haar inboedel.").urgent  # a sale follows


# Rule: a sum the client still has is a shortage only where the text marks it as little ("nog maar",
# "slechts", "te weinig") or sets it against a near time it must last; otherwise it is to check.
def test_a_plain_sum_left_is_to_check():
    text = "Ze heeft nog € 650 op haar spaarrekening en haar lasten zijn betaald."
    assert not _urgency(text).urgent and _status(text, "geldtekort") == TO_CHECK
    thousands = "Hij heeft nog € 2.300 op zijn rekening."  # the whole amount, not "€ 2"
    assert not _urgency(thousands).urgent and _status(thousands, "geldtekort") == TO_CHECK


def test_a_sum_marked_as_little_is_a_shortage():
    assert _urgency("Hij heeft nog maar € 25 op zak.").urgent
    assert _urgency("Ze heeft nog € 40 tot de volgende uitkering.").urgent
    assert _urgency("Ze komt elke maand geld tekort voor de boodschappen.").urgent


# Rule: a danger stated only under a condition with no time ("Als de uitkering stopt, ...") is a
# possibility to check; a conditional threat with a near time ("als hij vóór vrijdag niet betaalt") counts.
def test_a_conditional_without_a_time_is_a_possibility():
    text = "Als zijn uitkering stopt, moet hij meteen bijstand aanvragen."
    assert not _urgency(text).urgent and _status(text, "geen_inkomen") == TO_CHECK
    assert _urgency("Als ze niet vóór donderdag betaalt, wordt het water afgesloten.").urgent


# Rule: a sum left that the same sentence sets against a larger sum due is short; a smaller one is not.
def test_a_sum_left_below_what_is_due_is_short():
    short = "De energierekening van € 260 moet deze maand betaald worden en ze heeft nog € 90."
    assert _urgency(short).urgent and _status(short, "geldtekort") == STATED
    enough = "Ze heeft nog € 500 op haar rekening; de rekening van € 120 is al betaald."
    assert _status(enough, "geldtekort") == TO_CHECK


# Rule: money that comes only after a stretch ("wordt pas over zes weken uitbetaald") is a lack now: the
# time says how long the lack lasts, not that it is far off.
def test_income_that_comes_only_later_is_a_lack_now():
    assert _urgency("Zijn eerste loon wordt pas over zes weken uitbetaald.").urgent
    assert not _urgency("Zijn vakantiegeld wordt over zes weken uitbetaald.").urgent


# Rule: an alarm in one quote of a sentence makes the speaker's other quoted words there part of it: a
# claim to check. A calm quote on its own still reports what was said.
def test_quoted_words_beside_an_alarm_are_the_alarm():
    text = 'Haar zoon belde "heel dringend": volgens hem "krijgt mama geen uitkering meer".'
    assert not _urgency(text).urgent and _status(text, "geen_inkomen") == TO_CHECK


def test_a_calm_quote_alone_still_counts():
    text = 'Mevrouw vertelt rustig: "mijn uitkering is stopgezet en ik heb geen inkomen".'
    assert _urgency(text).urgent


# Rule: when the writer says nothing is acute, a lack of money gives way (the writer knows what bridges
# it) and is to check; someone else's calm ("zegt ze") does not outweigh it, and a threat to a home,
# energy, care or safety stays spoed, to check.
def test_the_writers_calm_outweighs_a_lack_of_money():
    text = "Hij heeft sinds vorige maand geen inkomen. Niet acuut: zijn ouders betalen huur en boodschappen."
    u = _urgency(text)
    assert not u.urgent and _status(text, "geen_inkomen") == TO_CHECK and u.not_acute is not None


def test_someone_elses_calm_or_a_threat_to_the_home_stays_spoed():
    attributed = "Ze heeft geen inkomen meer. Geen acute nood, zegt ze."
    assert _urgency(attributed).urgent and _status(attributed, "geen_inkomen") == TO_CHECK
    home = "De woning wordt volgende week ontruimd. Geldnood is er niet acuut."
    assert _urgency(home).urgent and _status(home, "ontruiming") == TO_CHECK


# Rule: "geen acute" standing alone and "er stopt/valt niets (weg)" say nothing is acute: they deny the
# definition of spoed itself. "Geen acute klachten" or "niets stopt hem" do not.
def test_elliptic_and_nothing_stops_are_calm():
    assert NOT_ACUTE.search("Termijnen: geen acute.")
    assert NOT_ACUTE.search("Er stopt dus niets per 1 maart.")
    assert NOT_ACUTE.search("Bij de overgang valt niets weg.")
    assert not NOT_ACUTE.search("Hij heeft geen acute klachten aan zijn rug.")
    assert not NOT_ACUTE.search("Niets stopt hem om zelf te bellen.")


# Rule: a provision that "loopt tot (en met)" a date ends then: near, it is at stake.
def test_a_provision_running_until_a_near_date_is_at_stake():
    near = "Notitie 1 maart 2027\n\nHaar indicatie voor begeleiding loopt tot en met 31 maart 2027."
    assert _urgency(near).urgent
    far = "Notitie 1 maart 2027\n\nHet huurcontract loopt tot 1 januari 2029."
    assert not _urgency(far).urgent


# Rule: help and mantelzorg are care: when they stop at a near time someone else drops out (spoed).
def test_help_or_informal_care_that_stops_soon_is_spoed():
    text = "Notitie 3-2-2027\n\nZijn dochter verhuist naar Spanje; de mantelzorg stopt volgende week."
    assert _urgency(text).urgent and _status(text, "zorg_stopt") == STATED
    assert _status("De hulp stopt zodra de nieuwe beschikking er is.", "zorg_stopt") is None


# The triage JSON: a spoed fact with only signals in doubt is "to_check" and carries their reasons; the
# contradiction note is only given where the text says nothing is acute. `urgent` and the fact agree.
def test_the_urgent_fact_gives_the_signals_reason_to_check(orgs):
    data = assess("Er loopt al een jaar loonbeslag bij zijn werkgever.", orgs).to_dict()
    fact = data["facts"]["urgent"]
    assert data["urgent"] is False and fact["value"] is False and fact["status"] == TO_CHECK
    assert "beslagvrije voet" in fact["note"] and "niets acuut" not in fact["note"]
    calm = assess("Hij heeft geen inkomen meer. Niet acuut: zijn broer betaalt alles.", orgs).to_dict()
    assert calm["facts"]["urgent"]["status"] == TO_CHECK and "niets acuut" in calm["facts"]["urgent"]["note"]
    assert calm["urgent"] is calm["facts"]["urgent"]["value"] is False


# Rule: the person who gives the care drops out at a near time ("de mantelzorger wordt opgenomen"):
# someone else falls away, the report's own example of spoed. Without a time it is no signal.
def test_a_carer_who_drops_out_soon_is_spoed():
    text = "Notitie 2-6-2027\n\nHaar verzorger, een buurman, verhuist over tien dagen naar zijn dochter."
    assert _urgency(text).urgent and _status(text, "zorg_stopt") == STATED
    assert _status("De mantelzorger kan het soms niet meer aan.", "zorg_stopt") is None
