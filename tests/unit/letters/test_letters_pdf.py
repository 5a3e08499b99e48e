"""Reading letters: PDFs through assistant.ingest.pdf, text through read_input, and one clear
message for corrupt, encrypted and text-less PDFs. Also the command's JSON and --save."""

from __future__ import annotations

import importlib.util
import json

import pytest

from assistant.cli import main
from assistant.config import load_settings
from evals.casefiles import LETTER_CASES

LETTERS = LETTER_CASES
JSON_KEYS = [
    "sender", "letter_date", "kind", "kind_label", "references", "amounts", "dates", "actions", "objection", "amount_to_pay",
    "explanation", "difficult_words", "readability", "facts", "check_list", "warnings", "status", "generated_by",
]  # fmt: skip
FACT_KEYS = {"value", "status", "evidence", "rule"}
ROUTE_KEYS = {"possible", "until", "how", "route", "evidence", "rule", "status"}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("make_pdfs", LETTERS / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("pdfs")
    letter = module.render(LETTERS / "pdf-src" / "02-toeslagen-terugvordering.txt", out / "brief.pdf")
    return {"letter": letter, **module.make_broken(out, letter)}


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.mark.parametrize(
    "kind,phrase", [("corrupt", "geen leesbare PDF"), ("encrypted", "wachtwoord"), ("scan", "geen tekst")]
)
def test_unusable_pdfs_give_one_clear_message(pdfs, kind, phrase, capsys, data_dir):
    code = main(["explain", str(pdfs[kind]), "--backend", "none"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert phrase in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_pdf_without_extension_is_read_as_pdf(pdfs, tmp_path, capsys, data_dir):
    copy = tmp_path / "brief-zonder-extensie"
    copy.write_bytes(pdfs["letter"].read_bytes())
    assert main(["explain", str(copy), "--backend", "none", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sender"] == "Dienst Toeslagen" and data["kind"] == "terugvordering"


def test_json_has_exactly_the_contract_keys(pdfs, capsys, data_dir):
    assert main(["explain", str(pdfs["letter"]), "--backend", "none", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == JSON_KEYS
    assert data["status"] == "concept" and data["generated_by"]["backend"] == "none"
    assert {"value": 1236.0, "label": "terug te betalen"} in data["amounts"]
    objection = data["objection"]
    assert (objection["possible"], objection["until"], objection["status"]) == (True, "2026-04-14", "stated")
    assert set(objection) >= ROUTE_KEYS and objection == data["facts"]["objection"]
    assert (
        data["amount_to_pay"] == data["facts"]["amount_to_pay"] and data["amount_to_pay"]["value"] == 1236.0
    )
    for name in ("sender", "letter_date", "kind", "amount_to_pay", "pay_by"):
        assert set(data["facts"][name]) >= FACT_KEYS, name
    assert all(set(d) >= FACT_KEYS for d in data["facts"]["deadlines"] + data["facts"]["actions"])
    assert all(set(e) == {"quote", "start", "end"} for e in objection["evidence"]) and objection["evidence"]
    assert all(set(w) == {"word", "meaning"} for w in data["difficult_words"])


def test_text_from_stdin_and_empty_input(monkeypatch, capsys, data_dir):
    import io

    text = (LETTERS / "15-duo-betalingsachterstand.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["explain", "-", "--backend", "none"]) == 0
    out = capsys.readouterr().out
    assert "Betaal € 143,70. Doe dat uiterlijk op 10 maart 2026." in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    assert main(["explain", "-", "--backend", "none"]) == 2
    assert "leeg" in capsys.readouterr().err


def test_save_stores_a_redacted_draft(capsys, data_dir):
    assert (
        main(["explain", str(LETTERS / "01-belastingdienst-aanslag.txt"), "--backend", "none", "--save"]) == 0
    )
    out = capsys.readouterr().out
    assert "Opgeslagen als concept" in out
    from assistant.audit.log import AuditLog

    rows = AuditLog(load_settings(data_dir=data_dir).audit_db).list()
    assert len(rows) == 1 and rows[0]["skill"] == "explain_letter"
