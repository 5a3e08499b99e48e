"""A provision the client lost is the case's subject; one the client simply does not have is not."""

from __future__ import annotations

from assistant.features.grounds.casetext import CaseText
from assistant.features.grounds.subjects import law_subject


def test_a_lost_benefit_is_the_subject():
    case = CaseText("Sinds de verhuizing in juni krijgt mevrouw geen huurtoeslag meer.")
    fact = law_subject("Wet op de huurtoeslag", case)
    assert fact is not None and "huurtoeslag" in fact.evidence[0].quote
    assert law_subject("Awir", case) is not None


def test_a_benefit_the_client_does_not_have_is_no_subject():
    case = CaseText("Meneer ontvangt geen bijstand en werkt twintig uur in een magazijn.")
    assert law_subject("Participatiewet", case) is None


def test_no_more_debts_is_no_debt_case():
    case = CaseText("Mevrouw heeft geen schulden meer sinds het traject vorig jaar.")
    assert law_subject("Wgs", case) is None
