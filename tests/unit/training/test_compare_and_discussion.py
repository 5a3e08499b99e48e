"""The pure parts of the training room: comparing answers, the overview, the discussion questions."""

from __future__ import annotations

from pathlib import Path

from assistant.training.answers import assistant_answer, next_step_lines
from assistant.training.compare import compare, differing_fields, overview
from assistant.training.discussion import QUESTIONS, for_differences

REPORT = Path(__file__).resolve().parents[4] / "shared" / "seed" / "verslag-rol-overheidsdienstverlener-2023.md"


def answers(**changes) -> dict[str, dict]:
    base = {"category": 2, "urgent": False, "organisations": ["Gemeente", "UWV"], "grounds": ["pw-18-1"],
            "next_steps": ["Bellen"]}  # fmt: skip
    return {"A": dict(base), "B": {**base, **changes}, "Regiewijzer": dict(base)}


def test_equal_answers_have_no_differences():
    rows = compare(answers())
    assert differing_fields(rows) == []
    assert next(r for r in rows if r.field == "next_steps").differs is None  # free text: shown, not compared


def test_a_different_value_and_a_missing_item_are_differences():
    rows = {r.field: r for r in compare(answers(category=3, organisations=["gemeente", "SVB"]))}
    assert rows["category"].differs and not rows["urgent"].differs
    items = dict(rows["organisations"].items)
    assert items["Gemeente"] == ["A", "B", "Regiewijzer"]  # case does not matter
    assert items["UWV"] == ["A", "Regiewijzer"] and items["SVB"] == ["B"]


def test_the_overview_ranks_the_fields_that_differed_most_often():
    sessions = [compare(answers(category=3)), compare(answers(category=1, grounds=[])), compare(answers())]
    ranked = overview(sessions)
    assert ranked[0] == {"field": "category", "label": "Categorie", "sessions": 2}
    assert ranked[1]["field"] == "grounds" and ranked[1]["sessions"] == 1


def test_the_assistants_draft_counts_organisations_as_triage_does():
    triage = {"category": 3, "urgent": True, "next_steps": ["a", "b", "c", "d", "e"], "organisation_details": [
        {"unit": "gemeente", "name": "Gemeente, Werk en Inkomen", "involved": True},
        {"unit": "gemeente", "name": "Gemeente", "involved": True},
        {"unit": "uwv", "name": "UWV", "involved": True},
        {"unit": "svb", "name": "SVB", "involved": False}]}  # fmt: skip
    grounds = {"grounds": [{"id": f"g{i}"} for i in range(8)]}
    answer = assistant_answer(triage, grounds, {}, {"gemeente": "Gemeente", "uwv": "UWV"})
    assert answer["organisations"] == ["Gemeente", "UWV"] and len(answer["grounds"]) == 5
    assert len(answer["next_steps"]) == 4 and next_step_lines("- een\n\n• twee\n") == ["een", "twee"]


def test_every_discussion_question_names_its_source_in_the_report():
    assert {q.topic for q in QUESTIONS} >= {"De vraag achter de vraag", "Stress-sensitief communiceren",
                                             "Netwerk en mandaat", "Omgekeerde Toets"}  # fmt: skip
    report = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    for q in QUESTIONS:
        assert q.source.startswith("Verslag rol overheidsdienstverlener (2023), ") and q.text.endswith("?")
        if report:  # the questions are written in our own words: no long stretch is copied
            words = q.text.split()
            assert not any(" ".join(words[i:i + 8]) in report for i in range(len(words) - 7)), q.topic
    first = for_differences(["organisations"])
    assert first[0].topic == "Netwerk en mandaat" and len(first) == len(QUESTIONS)
