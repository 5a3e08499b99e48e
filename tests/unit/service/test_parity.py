"""The CLI and the panel reach the product through the same service layer, so the same input gives
the same draft, with the same rule for a missing index, the same reader for a PDF and the same rule
for recording drafts (only on --save or a decision)."""

from __future__ import annotations

import json

import pytest

from assistant.cli import main
from assistant.config import load_settings
from assistant.service import Workbench
from evals.casefiles import LETTER_CASES
from ui import grounds_tab, letter_tab, triage_tab

INTAKE = ("Cliënt heeft geen contact met het UWV. De gemeente wacht op de Belastingdienst met een besluit "
          "over de bijstand. Hij heeft sinds twee maanden geen inkomen.")  # fmt: skip
CASE = "Mevrouw heeft geen inkomen. De gemeente wacht met de bijstand tot het UWV over de WW heeft beslist."
OBSTACLE = "De gemeente zegt dat eerst het UWV moet beslissen."


@pytest.fixture
def env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(data))
    monkeypatch.setenv("REGIEWIJZER_BACKEND", "none")
    monkeypatch.delenv("REGIEWIJZER_INDEX", raising=False)
    settings = load_settings(data_dir=data, backend="none")
    return tmp_path, settings, Workbench(settings, quiet_model=True)


def cli_json(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main([*argv, "--json", "--backend", "none"]) == 0
    return json.loads(capsys.readouterr().out)


def panel_draft(outputs: dict) -> dict:
    """The draft a panel handler made (what its decision form and bar work on)."""
    assert outputs["state"]["draft"] and outputs["html"]
    return outputs["state"]["draft"]


def test_triage_is_the_same_draft_from_cli_and_panel(env, capsys):
    tmp, settings, wb = env
    intake = tmp / "intake.txt"
    intake.write_text(INTAKE, encoding="utf-8")
    from_cli = cli_json(capsys, "triage", str(intake))
    from_panel = panel_draft(triage_tab.run_triage(wb, INTAKE))
    assert from_cli == from_panel
    assert from_cli["warnings"][0].startswith("Geen bronnen gebruikt")  # one rule for a missing index
    assert {d["unit"] for d in from_cli["organisation_details"] if d["involved"]} == {"gemeente", "belastingdienst"}


def test_a_letter_is_read_the_same_way(env, capsys):
    tmp, settings, wb = env
    pdf = LETTER_CASES / "04-uwv-ww-toekenning.pdf"
    unnamed = tmp / "brief-zonder-extensie"
    unnamed.write_bytes(pdf.read_bytes())  # a PDF recognised by its content, not its name
    from_cli = cli_json(capsys, "explain", str(unnamed))
    from_panel = panel_draft(letter_tab.run_letter(wb, str(unnamed)))
    assert from_cli == from_panel
    assert from_cli["sender"] and from_cli["letter_date"]
    request = letter_tab.run_letter(wb, str(LETTER_CASES / "05-uwv-informatieverzoek.txt"))
    assert request["state"]["draft"]["kind"] == "informatieverzoek"
    assert "verzoek om informatie" in request["html"]  # the panel shows the kind's Dutch label, not its key


def test_grounds_are_the_same_from_cli_and_panel(env, capsys):
    tmp, settings, wb = env
    case = tmp / "casus.txt"
    case.write_text(CASE, encoding="utf-8")
    from_cli = cli_json(capsys, "grounds", str(case), "--obstacle", OBSTACLE)
    from_panel = panel_draft(grounds_tab.run_grounds(wb, CASE, OBSTACLE))
    assert from_cli == from_panel
    assert from_cli["grounds"]


def test_drafts_are_stored_only_on_save_or_decision(env, capsys):
    tmp, settings, wb = env
    intake = tmp / "intake.txt"
    intake.write_text(INTAKE, encoding="utf-8")
    cli_json(capsys, "triage", str(intake))
    outputs = triage_tab.run_triage(wb, INTAKE)["state"]
    assert wb.log() == []  # running a skill stores nothing, in either front end
    saved = cli_json(capsys, "triage", str(intake), "--save")
    assert [r["id"] for r in wb.log()] == [saved["draft_id"]]
    from ui.decision import decide

    message, state, *_ = decide(wb, "accept", outputs, "Petra", "", wb.draft_form("triage", outputs["draft"]))
    assert "geaccepteerd" in message and state["draft_id"]
    assert len(wb.log()) == 2 and wb.log_record(state["draft_id"])["revisions"][0]["decision"] == "accepted"
