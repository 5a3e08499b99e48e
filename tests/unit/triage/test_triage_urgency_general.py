"""General urgency (spoed) rules: something that runs out or stops, at a time near the note, and not
settled. Sentences written for these tests; each rule has a case it must fire on and one it must not."""

from __future__ import annotations

from datetime import date

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.engine import assess
from assistant.features.triage.urgency import find_urgency
from assistant.features.triage.urgency_time import note_date, timing
from assistant.text.spans import Span, sentences


def _urgency(text: str):
    return find_urgency(text, sentences(text), {})


def _keys(text: str, status: str | None = None) -> set[str]:
    return {s.key for s in _urgency(text).signals if status is None or s.status == status}


# Rule: the note's date is the first full date in its heading; other dates are placed against it.
def test_note_date_is_read_from_the_heading():
    assert note_date("Gesprek 3/3/27 - wijkteam\nMw. heeft vragen.").value == date(2027, 3, 3)
    assert note_date("Huisbezoek 8 okt '26\nDhr. woont alleen.").value == date(2026, 10, 8)
    assert note_date("Mw. belt over haar huur.\nVolgende afspraak 12-12-2026.") is None


def test_a_date_is_near_or_far_from_the_note():
    text = "Notitie 2-3-2027\nHet contract eindigt 10-3-2027. De lening loopt af op 1 oktober."
    ref = note_date(text)
    contract, loan = text.index("Het contract"), text.index("De lening")
    assert timing(text, Span(contract, loan), ref) == "near"
    assert timing(text, Span(loan, len(text)), ref) == "far"
    assert timing(text, Span(0, len("Notitie 2-3-2027")), ref) is None  # the note's own date is no time


# Rule: something that runs out on a date within a few weeks of the note is spoed, even said calmly.
def test_a_term_that_runs_out_days_after_the_note_is_urgent():
    text = "Spreekuur 5-5-2027\nZijn verblijfsdocument verloopt op 12-05-2027, verlenging is nog niet aangevraagd."
    assert _urgency(text).urgent
    assert "termijn" in _keys(text, STATED)


def test_a_place_held_until_a_near_day_is_urgent():
    text = "Gesprek 7-6-2027\nDe kliniek houdt de plek vast; de kamer wordt vastgehouden tot 10-06-2027."
    assert _urgency(text).urgent
    later = "Gesprek 7-6-2027\nDe kliniek houdt de plek vast; de kamer wordt vastgehouden tot 20-09-2027."
    assert not _urgency(later).urgent


def test_the_same_term_months_away_is_not_urgent():
    text = "Spreekuur 5-5-2027\nZijn verblijfsdocument verloopt op 12-11-2027, verlenging is nog niet aangevraagd."
    assert not _urgency(text).urgent


# Rule: without the note's date a calendar date is not known to be near; only nearness words are.
def test_a_date_without_a_note_date_is_to_check():
    text = "De stroom wordt afgesloten per 14 maart."
    u = _urgency(text)
    assert not u.urgent and "afsluiting" in _keys(text, TO_CHECK)
    assert _urgency("De stroom wordt afgesloten per 14 maart, dat is aanstaande maandag.").urgent
    permit = _urgency("Haar verblijfspas verloopt op 9 april.")
    assert not permit.urgent and [(s.key, s.status) for s in permit.signals] == [("termijn", TO_CHECK)]


# Rule: income that stops or a payment that does not come is spoed; income that continues is not.
def test_a_missing_payment_or_stopped_benefit_is_urgent():
    assert _urgency("De gemeente heeft de bijstand stopgezet. Ze heeft geen andere inkomsten.").urgent
    assert _urgency("De uitbetaling van de WW blijft deze maand uit.").urgent
    assert _urgency("Het leefgeld is op en de koelkast is leeg.").urgent
    assert _urgency("Haar Wajong is deze maand niet binnengekomen.").urgent
    assert not _urgency("Zijn geld staat op de spaarrekening; hij betaalt alles op tijd.").urgent


def test_income_that_continues_settles_a_word_of_spoed():
    text = "De leidinggevende vindt het 'urgent' en spreekt van spoed. Dat klopt niet, het salaris loopt gewoon door."
    u = _urgency(text)
    assert not u.urgent
    assert all(s.status == TO_CHECK and s.note for s in u.signals)


# Rule: a danger the text calls settled or not started is kept to check, not spoed.
def test_a_settled_danger_is_not_urgent():
    text = "De verhuurder had een ontruiming aangekondigd. Dat is inmiddels afgewend door een regeling."
    u = _urgency(text)
    assert not u.urgent
    signal = next(s for s in u.signals if s.key == "ontruiming")
    assert signal.status == TO_CHECK and "afgewend" in signal.note
    assert u.not_acute is not None and "afgewend" in u.not_acute.text(text)  # the quote behind 'niet urgent'


def test_a_procedure_that_has_not_started_is_not_urgent():
    assert not _urgency("Afsluiting van het gas is nu niet aan de orde, de achterstand is klein.").urgent
    assert not _urgency("Er dreigt een uitzetting, maar er is nog geen procedure bij de rechter.").urgent


def test_an_unsettled_danger_stays_urgent():
    # "al geregeld" about another matter in the next sentence does not settle the eviction
    text = "De corporatie heeft de ontruiming gepland voor komende dinsdag. De zorgtoeslag is al geregeld."
    assert _urgency(text).urgent
    assert "ontruiming" in _keys(text, STATED)


# Rule: a word used by someone else ("noemt het 'spoed'", "het woord 'afsluiting'") is a mention.
def test_someone_elses_word_is_a_mention():
    text = "In de mail van de school staat het woord 'crisis', maar het gaat om een rooster."
    u = _urgency(text)
    assert not u.urgent and u.signals and u.signals[0].status == TO_CHECK
    assert _urgency("Het gaat om een crisis: moeder is vannacht opgenomen.").urgent


# Rule: a shortage told in the simple past with a past time is not today's, unless it still goes on.
def test_a_past_shortage_is_not_todays():
    assert not _urgency("Vorige maand had hij geen geld voor eten; nu krijgt hij weer loon.").urgent
    assert _urgency("Vorige maand had hij geen geld voor eten en dat is nog steeds zo.").urgent


# Rule: a far time ("pas in 2029", "ooit", months after the note) cancels a word of urgency.
def test_a_far_time_cancels_an_urgency_word():
    assert not _urgency("Overleg 4-4-2027\nDe aflossing wordt acuut, maar pas in 2029.").urgent
    assert _urgency("Overleg 4-4-2027\nDe situatie is acuut: morgen staat de deurwaarder op de stoep.").urgent


def test_a_far_time_does_not_cancel_a_shortage_now():
    text = "Overleg 4-4-2027\nHij heeft geen inkomen tot zijn pensioen in 2029."
    assert _urgency(text).urgent
    assert _urgency("Het pensioen wordt pas in september uitbetaald en hij heeft geen geld.").urgent
    assert not _urgency("De WW eindigt pas in september, dan kijken we verder.").urgent


def test_a_lifted_measure_is_settled():
    assert not _urgency("Het beslag op zijn loon is inmiddels opgeheven.").urgent
    # a cut-off that is still to be withdrawn is not settled
    assert _urgency("We bellen vandaag zodat de afsluiting van het water wordt ingetrokken.").urgent


def test_the_engine_keeps_evidence_for_each_signal(orgs):
    text = "Intake 1-6-2027\nUWV heeft de WW per 1 juni stopgezet; de betaling van vrijdag komt dus niet."
    a = assess(text, orgs)
    assert a.urgent
    for s in a.urgency:
        assert s.quote and text[s.span.start : s.span.end].strip()
