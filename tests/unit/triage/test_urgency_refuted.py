"""Urgency (spoed) rules added before blind round 8, from the report's definition (spoed is the finding
that within weeks something stops or runs out). Sentences written for these tests; each rule has a
case it must fire on and one it must not."""

from __future__ import annotations

from assistant.drafts.facts import STATED, TO_CHECK
from assistant.features.triage.urgency import find_urgency
from assistant.text.spans import sentences

HEAD = "Wijkteam Oost - gespreksverslag\n3 maart 2027, dhr. Verbeek\n\n"


def _urgency(text: str):
    return find_urgency(text, sentences(text), {})


def _signal(text: str, key: str):
    return next((s for s in _urgency(text).signals if s.key == key), None)


# Rule: a sentence right after a signal that says the statement is not true ("Dat klopt niet.", "Bij
# navraag ligt het anders.") contradicts it: the signal is to check with that sentence, and no spoed.
def test_a_threat_contradicted_by_the_next_sentence_is_to_check_not_spoed():
    text = HEAD + (
        "Dhr. vertelde de buurvrouw dat hij 'volgende week uit zijn huis gezet wordt'. Dat klopt niet. "
        "De verhuurder heeft de huurachterstand kwijtgescholden."
    )
    found = _signal(text, "ontruiming")
    assert found is not None and found.status == TO_CHECK and not found.counts
    assert "Dat klopt niet." in found.note
    assert _urgency(text).urgent is False


def test_a_contradiction_after_a_quote_in_the_same_span_counts_too():
    text = HEAD + (
        "Dhr. zei aan de balie: 'Mijn uitkering stopt over tien dagen.' Bij navraag ligt het anders. "
        "Het UWV betaalt tot de zomer door."
    )
    found = _signal(text, "geen_inkomen")
    assert found is not None and found.status == TO_CHECK
    assert _urgency(text).urgent is False


def test_a_next_sentence_that_disputes_something_else_does_not_contradict_the_threat():
    # "De rekening klopt niet" speaks of a bill, not of the statement before
    text = HEAD + "Het energiebedrijf sluit op 10 maart de stroom af. De rekening klopt niet."
    found = _signal(text, "afsluiting")
    assert found is not None and found.status == STATED
    assert _urgency(text).urgent is True


def test_it_is_not_true_that_points_forward_not_back():
    # "Het klopt niet dat ..." denies what follows it, not the threat before
    text = HEAD + (
        "De woningbouwvereniging laat het huis op 12 maart ontruimen. Het klopt niet dat de huur al betaald is."
    )
    found = _signal(text, "ontruiming")
    assert found is not None and found.status == STATED
    assert _urgency(text).urgent is True


# Rule: income that was not paid ("over mei is geen loon betaald") is a lack of income now.
def test_income_that_was_not_paid_is_a_lack_of_income():
    text = (
        HEAD + "Over februari is geen bijstand uitbetaald. Mevrouw heeft nog geen antwoord van de gemeente."
    )
    found = _signal(text, "geen_inkomen")
    assert found is not None and found.status == STATED
    assert _urgency(text).urgent is True


def test_income_not_paid_too_much_is_no_lack():
    # a sentence about an overpayment that did not happen says nothing about a lack of income
    text = HEAD + "Er is over januari geen loon te veel betaald, dus er volgt geen terugvordering."
    assert _signal(text, "geen_inkomen") is None


def test_a_contrast_about_another_matter_does_not_contradict_the_threat():
    # "Voor de huur ligt het anders" sets another matter apart; the stop of the income stands
    text = HEAD + "Zijn uitkering stopt op 15 maart. Voor de huur ligt het anders: die is tot april betaald."
    found = _signal(text, "geen_inkomen")
    assert found is not None and found.status == STATED
    assert _urgency(text).urgent is True
