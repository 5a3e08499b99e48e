"""Every test letter (tests/letters/*.yaml) against its expected facts, and its template
explanation against the B1 target. PDF letters are rendered with reportlab and read with pypdf."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.config import load_settings
from assistant.features.letters.dates import format_date
from assistant.features.letters.skill import explain_letter
from assistant.features.letters.template import money
from assistant.ingest.pdf import read_pdf_text
from evals.casefiles import LETTER_CASES

LETTERS = LETTER_CASES
CASES = sorted(p for p in LETTERS.glob("*.yaml") if "same_as" not in yaml.safe_load(p.read_text()))


def _make_pdfs():
    spec = importlib.util.spec_from_file_location("make_pdfs", LETTERS / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("letters")
    _make_pdfs().render_all(out)
    return out


@pytest.fixture(scope="session")
def settings():
    return load_settings(backend="none")


def letter_text(name: str, pdf_dir: Path) -> str:
    if name.endswith(".pdf"):
        return read_pdf_text(pdf_dir / name)
    return (LETTERS / name).read_text(encoding="utf-8")


def test_there_are_enough_letters_and_pdfs():
    files = [yaml.safe_load(p.read_text())["file"] for p in CASES]
    assert len(files) >= 20
    assert sum(f.endswith(".pdf") for f in files) >= 5


@pytest.mark.parametrize("case_path", CASES, ids=lambda p: p.stem)
def test_letter_facts(case_path: Path, pdf_dir: Path, settings):
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    result = explain_letter(letter_text(case["file"], pdf_dir), settings=settings)
    data = result.to_dict()

    assert data["sender"] == case["sender"]
    assert data["letter_date"] == case["letter_date"].isoformat()
    assert data["kind"] == case["kind"]
    for ref in case["references"]:
        assert any(str(ref) in r for r in data["references"]), (ref, data["references"])

    found = {round(a["value"], 2): a["label"] for a in data["amounts"]}
    assert set(found) == {round(a["value"], 2) for a in case["amounts"]}, data["amounts"]
    for a in case["amounts"]:
        assert a["label"].lower() in found[round(a["value"], 2)].lower(), (a, found)

    for d in case["dates"]:
        meanings = [x["meaning"] for x in data["dates"] if x["date"] == d["date"].isoformat()]
        assert meanings, (d, data["dates"])
        assert any(d["meaning"] in m for m in meanings), (d, meanings)
    deadline_dates = {
        x["date"] for x in data["dates"] if "uiterste" in x["meaning"] or "afspraak" in x["meaning"]
    }
    for d in case["deadlines"]:
        assert d.isoformat() in deadline_dates, (d, data["dates"])

    objection = case["objection"]
    assert data["objection"]["possible"] is objection["possible"]
    until = objection["until"]
    assert data["objection"]["until"] == (until.isoformat() if isinstance(until, date) else until)

    text = data["explanation"] + " " + " ".join(data["actions"])
    for option in case["options"]:
        assert option in text.lower(), (option, data["actions"])
    words = {w["word"].lower() for w in data["difficult_words"]}
    for word in case["words"]:
        assert word.lower() in words, (word, sorted(words))


@pytest.mark.parametrize("case_path", CASES, ids=lambda p: p.stem)
def test_template_explanation_is_b1_and_complete(case_path: Path, pdf_dir: Path, settings):
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    result = explain_letter(letter_text(case["file"], pdf_dir), settings=settings)
    r = result.readability
    assert r["meets_b1"], (r, result.explanation)
    assert r["flesch_douma"] >= 60 and r["avg_sentence_words"] <= 15 and r["uncommon_share"] <= 0.15
    text = result.explanation
    assert " u " in text and result.generated_by.model_output_used is False
    for a in result.amounts:
        assert money(a["value"]) in text
    for d in case["deadlines"]:
        assert format_date(d) in text
    if result.objection["until"] and result.objection["status"] == "stated":  # a to_check is not told
        assert format_date(date.fromisoformat(result.objection["until"])) in text
    # what to do comes first
    assert text.startswith("Wat moet u doen?")
