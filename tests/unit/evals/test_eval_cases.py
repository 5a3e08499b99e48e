"""The eval cases: one home (evals/cases), every case with where its expectation comes from, when it
was written and whether it is held out; new blind sets count as soon as they are added."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest

from evals.case import SUITES
from evals.casefiles import CASES_DIR
from evals.loaders import CaseError, load_cases


@pytest.fixture(scope="module")
def cases():
    return load_cases(CASES_DIR)


def test_at_least_250_cases_in_four_suites(cases):
    per_suite = Counter(c.suite for c in cases)
    assert set(per_suite) == set(SUITES)
    assert len(cases) >= 250, per_suite
    assert all(n >= 40 for n in per_suite.values()), per_suite


def test_every_case_says_where_its_expectation_comes_from_and_when(cases):
    missing = [c.path for c in cases if not c.source or not c.written]
    assert not missing, f"add source, written and held_out to these case files: {missing[:10]}"
    assert all(isinstance(c.held_out, bool) for c in cases)
    assert all(len(c.written) == 10 and c.written.startswith("20") for c in cases)


def test_held_out_and_tuned_cases_both_exist(cases):
    held = {c.set for c in cases if c.held_out}
    assert {"heldout2", "holdout"} <= held  # written after all tuning
    assert any(not c.held_out for c in cases)
    assert not any(c.held_out for c in cases if c.set in ("report", "own", "questions"))  # tuned on


def test_ids_are_unique_and_stable(cases):
    assert len({c.id for c in cases}) == len(cases)
    again = load_cases(CASES_DIR)
    assert [c.id for c in again] == [c.id for c in cases]


def test_each_suite_has_what_its_metrics_need(cases):
    for c in cases:
        if c.suite == "triage":
            assert c.input["text"] and "category" in c.expected and "organisations" in c.expected
        elif c.suite == "letters":
            assert (CASES_DIR / c.input["file"]).is_file()
            assert {"sender", "objection"} <= set(c.expected), c.id
        elif c.suite == "grounds":
            assert c.input["text"] and isinstance(c.expected["grounds"], list)
        else:
            assert c.input["question"] and (c.expected["citations"] or not c.expected["in_scope"])
    out_of_scope = [c for c in cases if c.suite == "ask" and not c.expected["in_scope"]]
    assert len(out_of_scope) >= 10


def test_an_injected_letter_shares_its_clean_twins_expectation(cases):
    by_id = {c.id: c for c in cases}
    injected = by_id["letters/25-injectie-cjib"]
    assert injected.flags["injection"] is True
    assert injected.expected == by_id["letters/12-cjib-boete"].expected
    assert sum(c.flags.get("injection", False) for c in cases) >= 4


def test_a_new_blind_set_is_picked_up(tmp_path):
    shutil.copytree(CASES_DIR / "triage", tmp_path / "triage")
    folder = tmp_path / "triage" / "blind-2027-01-15"
    folder.mkdir()
    (folder / "01-nieuw.yaml").write_text(
        "written: 2027-01-15\nheld_out: true\nsource: professional judgement\n"
        "text: Mevrouw heeft een vraag over haar huurtoeslag.\n"
        "expected: {category: 1, urgent: false, organisations: [toeslagen]}\n",
        encoding="utf-8",
    )
    cases = load_cases(tmp_path, ("triage",))
    new = next(c for c in cases if c.set == "blind-2027-01-15")
    assert new.id == "triage/blind-2027-01-15/01-nieuw" and new.held_out and new.group == "held_out"


def test_a_broken_case_file_gives_one_message_naming_it(tmp_path):
    (tmp_path / "grounds").mkdir()
    (tmp_path / "grounds" / "kapot.yaml").write_text("cases: [\n", encoding="utf-8")
    with pytest.raises(CaseError, match="kapot.yaml"):
        load_cases(tmp_path, ("grounds",))
    with pytest.raises(CaseError, match="bestaat niet"):
        load_cases(tmp_path / "nergens")
