"""Urgency (spoed) rules added before blind round 6: whose words a signal is (a quote, a fear, a
denial), which terms are at stake for the client, and when a time is near. Sentences written for
these tests; each rule has a case it must fire on and one it must not."""

from __future__ import annotations

from datetime import date

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.urgency import find_urgency
from assistant.features.triage.urgency_claims import quoted_spans
from assistant.features.triage.urgency_time import note_date, timing
from assistant.text.spans import Span, sentences


def _urgency(text: str):
    return find_urgency(text, sentences(text), {})


def _status(text: str, key: str) -> str | None:
    return next((s.status for s in _urgency(text).signals if s.key == key), None)


def _when(text: str) -> str | None:
    body = text.index("\n") + 1 if "\n" in text else 0
    return timing(text, Span(body, len(text)), note_date(text))


# Rule: someone's alarm in quotation marks (an urgency word or "!") is a claim the writer checks; not spoed by
# itself. A calm quote reports what was said.
def test_a_quoted_cry_for_help_is_a_claim_to_check():
    text = (
        'Mevrouw mailde vanochtend: "Help, het is echt spoed!" Het gaat om een formulier voor de bibliotheek.'
    )
    u = _urgency(text)
    assert not u.urgent and _status(text, "spoed") == TO_CHECK
    quoted_stop = (
        "Hij stond aan het loket met 'mijn bijstand wordt stopgezet!'. Navraag: de bijstand loopt door."
    )
    assert not _urgency(quoted_stop).urgent


def test_a_calm_quote_reports_what_was_said():
    text = "Meneer vertelde: 'mijn uitkering is deze maand stopgezet en ik heb niets meer'."
    assert _urgency(text).urgent and _status(text, "geen_inkomen") == STATED


def test_the_writers_own_words_count_even_after_a_quote():
    text = "Ze riep 'spoed!' bij binnenkomst. Haar bijstand is deze maand stopgezet en ze heeft geen geld voor eten."
    u = _urgency(text)
    assert u.urgent and _status(text, "geen_inkomen") == STATED


def test_a_quoted_letter_title_is_the_letters_word_not_a_claim():
    text = (
        "Notitie 2-3-2027\nHij kreeg een brief 'laatste waarschuwing afsluiting' voor het gas per 9-3-2027."
    )
    assert _urgency(text).urgent


def test_apostrophes_inside_words_open_no_quote():
    text = "Zo'n brief van juli '26 kwam ook bij de buren; auto's worden niet gehaald."
    assert quoted_spans(text) == []
    year_then_quote = "Boete van juli '26 en ze schreef 'spoed' erbij."
    assert [year_then_quote[q.start : q.end] for q in quoted_spans(year_then_quote)] == ["'spoed'"]
    said = "Hij zei 'kom morgen' en ging."
    assert [said[q.start : q.end] for q in quoted_spans(said)] == ["'kom morgen'"]


# Rule: a fear ("bang voor", "vreest dat") is a worry to check, not a finding.
def test_a_fear_of_seizure_is_no_seizure():
    text = "Meneer houdt zijn schuld stil voor zijn baas, uit angst voor beslag op zijn loon."
    assert not _urgency(text).urgent and _status(text, "beslag") == TO_CHECK
    # a seizure in place on wages is to check (beslagvrije voet); an announced one is spoed
    assert _status("De deurwaarder heeft beslag gelegd op zijn loon.", "beslag") == TO_CHECK
    assert _urgency("De deurwaarder kondigt beslag op zijn loon aan.").urgent


def test_arranging_is_no_fear():
    # "zorgen dat/voor" is arranging, not worrying: the threat it names stays
    assert _urgency("We moeten zorgen dat het gas morgen niet wordt afgesloten.").urgent
    assert _urgency("Ze maakt zich zorgen over beslag op haar loon.").urgent is False


def test_a_belief_is_a_claim():
    text = "Mevrouw dacht dat haar water werd afgesloten, maar de brief ging over een nieuwe meter."
    assert not _urgency(text).urgent and _status(text, "afsluiting") == TO_CHECK


# Rule: a measure lifted at some time ("is in mei opgeheven") is settled; "nog niet opgeheven" is not.
def test_a_lift_with_a_time_between_settles_not_yet_lifted_does_not():
    assert not _urgency("Er lag loonbeslag; dat is eind vorig jaar opgeheven.").urgent
    assert _urgency("Het loonbeslag is nog niet opgeheven en hij komt geld tekort.").urgent


# Rule: income that ends while new work starts is replaced, not lost.
def test_an_ending_benefit_with_a_new_job_is_not_urgent():
    text = (
        "Overleg 2-3-2027\nZijn bijstand stopt per 1-4-2027 omdat hij op 20 maart met een nieuwe baan begint."
    )
    assert not _urgency(text).urgent
    still = "Overleg 2-3-2027\nZijn bijstand stopt per 1-4-2027 en er is nog geen werk in zicht."
    assert _urgency(still).urgent


# Rule: a nearby sentence that denies the same danger ("Er ligt geen beslag") settles it; "nog geen" does not.
def test_a_denial_of_the_same_danger_settles_it():
    text = "Haar zus zei dat er beslag komt. Er ligt geen beslag en er is geen deurwaarder geweest."
    assert not _urgency(text).urgent
    not_yet = "De deurwaarder kondigt beslag aan voor komende week. Er ligt nog geen beslag."
    assert _urgency(not_yet).urgent


# Rule: "niets acuut", "dreigt niets", "het inkomen is geregeld" say nothing is acute.
def test_nothing_acute_is_calm():
    assert not _urgency("Volgens de consulent is er niets acuut aan de hand.").urgent
    calm = "Er loopt een bankbeslag. Zijn inkomen is voorlopig geregeld via de bewindvoerder."
    assert not _urgency(calm).urgent and _status(calm, "beslag") == TO_CHECK
    assert _urgency("Er loopt een bankbeslag. Zijn inkomen is nog niet geregeld.").urgent


# Rule: the organisation's own decision term (beslistermijn) is nothing that runs out for the client.
def test_a_decision_term_of_the_organisation_is_no_stake():
    text = "Overleg 2-3-2027\nDe behandeltermijn is zes weken; wij proberen binnen 10 dagen te beslissen."
    assert not _urgency(text).urgent
    own = "Overleg 2-3-2027\nDe bezwaartermijn van mevrouw loopt over 10 dagen af."
    assert _urgency(own).urgent


# Rule: a stretch of months still to come ("kan maanden duren") is far.
def test_months_of_waiting_are_far():
    assert _when("x\nDe inning via de deurwaarder kan maanden duren.") == "far"
    text = "Het LBIO probeert loonbeslag bij de ex te leggen, dat duurt nog maanden."
    assert not _urgency(text).urgent
    assert _when("x\nDe procedure heeft maanden geduurd.") is None  # months that are past


# Rule: within four weeks is near; four to six weeks is near only when a right or provision expires
# (renewal needs others to act), not for a term the client meets by one act; after six weeks far.
def test_an_expiring_right_five_weeks_out_is_urgent_an_objection_term_is_not():
    permit = "Spreekuur 1-3-2027\nHaar verblijfsdocument is geldig tot 5-4-2027, een verlenging is nog niet ingediend."
    assert _urgency(permit).urgent
    objection = "Spreekuur 1-3-2027\nDe bezwaartermijn tegen de beschikking loopt tot 5-4-2027."
    assert not _urgency(objection).urgent
    later = "Spreekuur 1-3-2027\nHaar verblijfsdocument is geldig tot 20-5-2027."
    assert not _urgency(later).urgent


# Rule: care or a stay that ends at a near time (ontslag uit het ziekenhuis, einde opvang) is spoed.
def test_discharge_from_hospital_within_days_is_urgent():
    text = "Belnotitie 10-5-2027\nDe kliniek geeft haar ontslag naar huis op 14-5, thuis is niets geregeld."
    assert _urgency(text).urgent and _status(text, "zorg_stopt") == STATED
    far = "Belnotitie 10-5-2027\nDe kliniek geeft haar ontslag naar huis op 30-8, daarna revalidatie."
    assert not _urgency(far).urgent
    assert _status("De opvang stopt als hij een woning heeft.", "zorg_stopt") is None  # no time: no signal


# Rule: wages that do not come or a small sum left are a lack of income now.
def test_wages_that_do_not_come_are_urgent():
    assert _urgency("Sinds de eerste staat hij thuis zonder loon.").urgent
    assert _urgency("Het loon van deze maand komt dus niet, de huur staat open.").urgent
    assert _urgency("Hij heeft nog ongeveer € 60 op zijn rekening voor de hele maand.").urgent
    assert not _urgency("Het loon komt gewoon op de 25e binnen.").urgent


# Rule: an event told in the past tense with a past year is history unless the text says it still plays;
# an ending whose need is gone or whose successor is arranged is settled.
def test_old_events_and_arranged_endings_are_not_urgent():
    assert not _urgency("In 2022 werd het gas bij hem afgesloten.").urgent
    assert _urgency(
        "In 2022 werd het gas afgesloten en het is nog steeds niet aangesloten; hij kookt op een brander."
    ).urgent
    assert not _urgency("Komende week stopt de begeleiding, omdat die niet meer nodig is.").urgent
    assert (
        _status("Komende week stopt de begeleiding en er is niets anders geregeld.", "zorg_stopt") == STATED
    )
    moved = "Overleg 2-3-2027\nDe huur van zijn kamer eindigt op 15-3-2027; hij heeft al een nieuwe woning."
    assert not _urgency(moved).urgent


# Rule: a benefit or wage that is no longer there ("geen uitkering meer") is a lack of income, unless
# work replaced it.
def test_no_benefit_any_more_is_a_lack_unless_work_replaced_it():
    assert _urgency("Sinds deze week krijgt mevrouw geen bijstand meer en de koelkast is leeg.").urgent
    assert not _urgency("Ze krijgt geen WW meer omdat ze een baan heeft gevonden; ze verdient goed.").urgent
    assert _urgency("Hij krijgt geen loon meer en verdient niets bij.").urgent


# Rule: separable and spatial forms of a cut-off or leaving ("sluit het gas af", "moet de kamer uit").
def test_separable_cut_off_and_leaving_a_room():
    assert _status("Het waterbedrijf sluit morgen het water af.", "afsluiting") == STATED
    assert _urgency("Over een week moet zij haar kamer uit, er is geen andere plek.").urgent
    assert not _urgency("Hij sluit het gesprek af met een vraag over zijn pas.").urgent


# Rule: more ways to say that money, a home or energy is gone: a payer that pays nothing out any more,
# rent that cannot be raised, a home that must be empty, a forced sale, sleeping in a car, supply stopped.
def test_more_forms_of_a_lack_now():
    assert _status("De SVB betaalt sinds vorige maand niets meer uit.", "geen_inkomen") == STATED
    assert _status("De huur van maart kan hij niet opbrengen.", "geldtekort") == STATED
    assert _urgency("Volgens de rechter moet het appartement over tien dagen leeg zijn.").urgent
    assert _status("De deurwaarder wil zaterdag zijn meubels laten veilen.", "beslag") == STATED
    assert _urgency("Hij slaapt al drie nachten in zijn auto op een parkeerplaats.").urgent
    assert _urgency("Bij haar is de stroomlevering gisteren stopgezet.").urgent
    assert not _urgency("Hij betaalt zijn sportschool niet meer, dat abonnement is opgezegd.").urgent
    assert not _urgency("Ze woont in een tent op de camping tijdens de zomervakantie.").urgent


# Rule: something that stopped and did not resume is a lack now (spoed), even told in the past;
# once the text says it resumed, it is settled.
def test_a_stop_told_in_the_past_is_a_lack_now_until_it_resumes():
    assert _urgency("Vorige maand was haar uitkering al stopgezet en er is nog niets hersteld.").urgent
    resumed = "Vorige maand was haar uitkering stopgezet. De uitkering wordt inmiddels weer betaald."
    assert not _urgency(resumed).urgent


# Rule: words near by themselves: a day of the month without a month, this or next month, "over
# veertien dagen", "binnen een paar weken"; an ordinal before a noun is no day.
def test_near_words_without_a_note_date():
    assert _when("x\nDe energie gaat er op de 12e af, zegt de leverancier.") == "near"
    assert _when("x\nEind deze maand moet het huis leeg.") == "near"
    assert _when("x\nBinnen een paar weken moet het geregeld zijn.") == "near"
    assert _when("x\nOver veertien dagen komt de deurwaarder.") == "near"
    assert _when("x\nHij belt voor de 3e keer over de toeslag.") is None
    assert _when("x\nDe huur van de maand is betaald.") is None
    assert _when("x\nDe deurwaarder komt de 14e, heeft hij geschreven.") == "near"
    assert _when("x\nDe 2e consulent nam het over.") is None
    assert _urgency("Het water wordt uiterlijk de 9e afgesloten.").urgent


def test_a_weekday_before_a_far_date_is_judged_by_the_date():
    text = "Gesprek 1-3-2027\nDe woning moet leeg zijn op vrijdag 4 juni 2027."
    assert _when(text) == "far"
    assert _when("Gesprek 1-3-2027\nDe woning moet leeg zijn op vrijdag 5 maart.") == "near"
    assert note_date(text).value == date(2027, 3, 1)


# Rule: care that ends at 18 takes months to replace: spoed within about three months, not beyond.
def test_care_ending_at_eighteen_within_months():
    soon = "Hij krijgt jeugdhulp en woont in een gezinshuis. Over twee maanden wordt hij 18 en dan moet hij daar weg."
    later = "Hij krijgt jeugdhulp en woont in een gezinshuis. Over acht maanden wordt hij 18 en dan moet hij daar weg."

    def urgent(text: str) -> bool:
        from assistant.features.triage.engine import assess
        from assistant.knowledge.corpus import load_sociale_kaart

        return assess(text, load_sociale_kaart()).urgent

    assert urgent(soon)
    assert not urgent(later)


# Rule: the note's date may also stand on a labelled line ("Datum: ...") among the first lines.
def test_a_labelled_date_line_is_the_note_date():
    text = "Verslag huisbezoek\nDatum: 8-4-2027\nHet water wordt op 12-4-2027 afgesloten."
    assert note_date(text).value == date(2027, 4, 8)
    assert _urgency(text).urgent
    assert note_date("Verslag huisbezoek\nZe noemde 8-4-2027 als geboortedatum.") is None


# Rule: a bezwaar or beroep is at stake through its term or the act of lodging it, not through a hearing;
# a bezwaar against a decision of a named date ends six weeks after that date (Awb 6:7, 6:8).
def test_objection_terms():
    hearing = "Notitie 8-3-2027\nOp 22 maart is de hoorzitting over haar bezwaar bij de gemeente."
    assert not _urgency(hearing).urgent
    lodge = "Notitie 8-3-2027\nHet beroep bij de rechtbank moet uiterlijk 19 maart zijn ingesteld."
    assert _urgency(lodge).urgent
    counted = "Notitie 8-3-2027\nZe wil bezwaar maken tegen het besluit van 5 februari over haar Wmo-hulp."
    assert _urgency(counted).urgent  # 5 februari + 6 weken = 19 maart, elf dagen na de notitie
    fresh = "Notitie 8-3-2027\nZe wil bezwaar maken tegen het besluit van 4 maart over haar Wmo-hulp."
    assert not _urgency(fresh).urgent  # the term ends 15 april: more than four weeks for one act


# Rule: the subordinate form of an ending ("dat het contract afloopt") is a stake like "loopt af".
def test_subordinate_ending_is_a_stake():
    text = "Notitie 8-3-2027\nHij zegt kalm dat zijn tijdelijke contract op 20 maart afloopt en er geen nieuw komt."
    assert _urgency(text).urgent
    assert not _urgency("Notitie 8-3-2027\nHij zegt dat zijn contract op 20 september afloopt.").urgent
