"""Follow-up questions in a conversation: recognised, rewritten by rules, rewritten by a model only when
the rewrite is checked, and the extractive answer led by the sentence that answers."""

from __future__ import annotations

import pytest

from assistant.config import load_settings
from assistant.features.ask.followup import (
    is_follow_up,
    lead_with_answer,
    rewrite_by_rules,
    rewrite_question,
    verify_rewrite,
)
from assistant.llm.llamacpp import LlamaCppLLM, bundled_test_model

FIRST = "Mag de gemeente de bijstand verlagen als iemand niet op een afspraak komt?"
FOLLOW = "En als hij in het ziekenhuis lag?"
GOOD = "Mag de gemeente de bijstand verlagen als iemand niet op een afspraak komt omdat hij in het ziekenhuis lag?"


@pytest.fixture
def settings(tmp_path):
    return load_settings(data_dir=tmp_path, backend="none")


@pytest.mark.parametrize("question", [
    FOLLOW, "Wat als hij ziek was?", "Geldt dat ook voor de Wmo?", "Hoe lang duurt dat?", "Waarom?",
    "Kan zij dan bijstand krijgen?", "Maar wie betaalt het voorschot?",
])  # fmt: skip
def test_follow_ups_are_recognised(question):
    assert is_follow_up(question, [FIRST])


@pytest.mark.parametrize("question", [
    "Wat is de termijn die geldt voor bezwaar tegen een besluit van het UWV?",
    "Wanneer moet de gemeente een voorschot op de bijstand geven?",
    "Wat zijn de regels voor bijzondere bijstand?",
])  # fmt: skip
def test_questions_that_stand_alone_are_left_alone(question):
    assert not is_follow_up(question, [FIRST])
    assert not is_follow_up(FOLLOW, [])  # nothing before it: nothing to lean on


def test_rules_join_the_follow_up_to_the_question_before_it():
    assert rewrite_by_rules(FOLLOW, [FIRST]) == (
        "Mag de gemeente de bijstand verlagen als iemand niet op een afspraak komt, en als hij in het ziekenhuis lag?")
    assert rewrite_by_rules("Wat als hij ziek was?", [FIRST]).endswith("komt, en als hij ziek was?")
    assert rewrite_by_rules("Hoe lang duurt dat?", [FIRST]) == f"{FIRST} Hoe lang duurt dat?"
    chain = rewrite_by_rules("En bij de Wmo?", [rewrite_by_rules(FOLLOW, [FIRST]) + " " + "x" * 400])
    assert len(chain) < 400  # a long chain keeps its first question, not every step


def test_a_good_rewrite_passes_the_check():
    check = verify_rewrite(GOOD, FOLLOW, [FIRST])
    assert check.ok and check.value == GOOD


@pytest.mark.parametrize(("rewrite", "reason"), [
    ("Ja, dat mag niet.", "beantwoordt"),
    ("What if he was in hospital?", "geen Nederlands"),
    ("Mag de gemeente volgens artikel 18 de bijstand verlagen als hij in het ziekenhuis lag?", "nieuwe gegevens"),
    ("Mag het UWV de bijstand verlagen als hij in het ziekenhuis lag?", "(UWV)"),
    ("Mag de gemeente de bijstand verlagen als iemand niet op een afspraak komt?", "ontbreekt"),
    ("Mag hij in het ziekenhuis liggen?", "niet zelfstandig"),
    (GOOD + "\nEn nog een vraag?", "één regel"),
])  # fmt: skip
def test_bad_rewrites_are_rejected(rewrite, reason):
    check = verify_rewrite(rewrite, FOLLOW, [FIRST])
    assert not check.ok and any(reason in p for p in check.problems), check.problems


def test_without_a_model_the_rules_rewrite(settings):
    result = rewrite_question(FOLLOW, [FIRST], settings=settings)
    assert result.method == "regels" and result.standalone == rewrite_by_rules(FOLLOW, [FIRST])
    alone = rewrite_question(FIRST, [], settings=settings)
    assert alone.method == "geen" and alone.standalone == FIRST and not alone.rewritten


def test_a_checked_model_rewrite_is_used(settings, served_model):
    model = served_model(GOOD)
    result = rewrite_question(FOLLOW, [FIRST], settings=settings, llm=model.llm)
    assert result.method == "model" and result.standalone == GOOD
    assert result.generated_by.prompt == "ask_followup" and result.generated_by.model_output_used
    prompt, _, _ = model.calls[0]
    assert FIRST in prompt and FOLLOW in prompt


def test_a_model_rewrite_that_adds_facts_falls_back_to_the_rules(settings, served_model):
    model = served_model("Mag de gemeente op grond van artikel 18 lid 9 de bijstand verlagen als hij in het ziekenhuis lag?")
    result = rewrite_question(FOLLOW, [FIRST], settings=settings, llm=model.llm)
    assert result.method == "regels" and result.standalone == rewrite_by_rules(FOLLOW, [FIRST])
    assert any("Modeltekst niet gebruikt" in w and "vaste regels" in w for w in result.warnings)


def test_the_real_small_model_is_checked_too(settings):
    """SmolLM2-135M writes no usable Dutch: its rewrite must be rejected, the rules' version stays."""
    llm = LlamaCppLLM(bundled_test_model(), timeout=60, max_tokens=60)
    result = rewrite_question(FOLLOW, [FIRST], settings=settings, llm=llm)
    assert result.method == "regels" and result.standalone == rewrite_by_rules(FOLLOW, [FIRST])
    assert result.generated_by.backend == "llamacpp" and not result.generated_by.model_output_used


def test_the_answer_leads_with_the_sentence_that_answers():
    answer = ("Het college kan de verlaging herzien. [1]\n"
              "Het college ziet af van een maatregel als elke vorm van verwijtbaarheid ontbreekt. [1]\n"
              "Bijstand wordt per maand verleend. [2]")  # fmt: skip
    led = lead_with_answer(answer, "Ziet het college af van een maatregel als verwijtbaarheid ontbreekt?")
    assert led.splitlines()[0].startswith("Het college ziet af") and sorted(led.splitlines()) == sorted(answer.splitlines())
    assert lead_with_answer("Eén zin. [1]", "vraag") == "Eén zin. [1]"
