"""The training room with its real parts: the practice cases in evals/cases, the SQLite store, and the
assistant's drafts made by the Workbench (no index: triage and grounds work without sources)."""

from __future__ import annotations

import re
import stat

import pytest

from assistant.config import load_settings
from assistant.errors import InputError, UserError
from assistant.service import Workbench
from assistant.training.cases import load_practice_cases
from assistant.training.room import CODE_ALPHABET, display_code
from evals.casefiles import CASES_DIR

OWN_CASE = ("Meneer (BSN 111222333, tel. 06-12345678) heeft geen inkomen. De gemeente wacht met de bijstand "
            "tot het UWV over de WW heeft beslist. De huur is twee maanden achterstallig.")  # fmt: skip
ANNA = {"category": "3", "urgent": True, "organisations": ["Gemeente", "UWV"], "next_steps": "Bel het UWV\nVoorschot",
        "grounds": ["pw-52-1"]}  # fmt: skip
BRAM = {"category": 2, "urgent": False, "organisations": ["Gemeente", "Woningcorporatie"], "next_steps": "",
        "grounds": []}  # fmt: skip


@pytest.fixture
def wb(tmp_path):
    return Workbench(load_settings(data_dir=tmp_path / "data", index_dir=tmp_path / "geen-index", backend="none"),
                     quiet_model=True)  # fmt: skip


@pytest.fixture
def room(wb):
    return wb.training()


@pytest.fixture
def session(room):
    started = room.start("Tineke", text=OWN_CASE, title="Wachten op het UWV")
    anna = room.join(started["code"], "Anna")
    bram = room.join(display_code(started["code"]).lower(), "Bram")  # typed as heard
    return started, anna, bram


def test_practice_cases_are_the_reports_cases_and_cases_marked_practice(tmp_path):
    cases = load_practice_cases(CASES_DIR)
    assert len(cases) >= 10 and all(c.text and "Bijlage 2" in c.source or "hoofdstuk 2" in c.source for c in cases)
    assert all(c.title.startswith("Casus ") for c in cases)
    (tmp_path / "a.yaml").write_text("practice: true\ntitle: Oefening\ntext: Mevrouw heeft schulden.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("text: Geen oefencasus.\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text("practice: true\ntext: [kapot\n", encoding="utf-8")  # unreadable: skipped
    assert [c.title for c in load_practice_cases(tmp_path)] == ["Oefening"]


def test_a_session_has_a_short_code_and_two_seats(room, session):
    started, anna, bram = session
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{6}}", started["code"]) and started["display_code"][3] == "-"
    assert (anna["seat"], bram["seat"]) == (1, 2)
    with pytest.raises(UserError, match="al 2 deelnemers"):
        room.join(started["code"], "Carla")
    with pytest.raises(InputError, match="Geen sessie"):
        room.join("ZZZ-999", "Dirk")
    with pytest.raises(InputError, match="naam"):
        room.start("  ", text=OWN_CASE)


def test_nobody_sees_a_buddys_answer_before_the_reveal(room, session):
    started, anna, bram = session
    room.hand_in(anna["token"], ANNA)
    seen_by_bram = room.view(started["code"], bram["token"])
    seen_by_trainer = room.view(started["code"], started["token"])
    for view in (seen_by_bram, seen_by_trainer):
        assert not view["revealed"] and view["comparison"] is None and "Bel het UWV" not in str(view)
    assert seen_by_bram["own_answer"] is None and [b["handed_in"] for b in seen_by_trainer["buddies"]] == [True, False]
    assert room.view(started["code"], anna["token"])["own_answer"]["next_steps"] == ["Bel het UWV", "Voorschot"]
    with pytest.raises(UserError, match="niet mee"):
        room.view(started["code"], "geraden-token")


def test_both_handed_in_reveals_the_answers_and_the_assistants_draft(room, session):
    started, anna, bram = session
    room.hand_in(anna["token"], ANNA)
    view = room.hand_in(bram["token"], BRAM)
    assert view["revealed"]
    rows = {r["field"]: r for r in view["comparison"]["rows"]}
    assert view["comparison"]["columns"] == ["Deelnemer 1 (Anna)", "Deelnemer 2 (Bram)", "Regiewijzer"]
    assert rows["category"]["differs"] and rows["category"]["values"]["Deelnemer 1 (Anna)"] == 3
    assert rows["organisations"]["values"]["Regiewijzer"]  # the assistant's triage of the same case
    named = {i["item"]: i["columns"] for i in rows["organisations"]["items"]}
    assert named["Gemeente"] == view["comparison"]["columns"]  # named by all three: no difference
    assert view["questions"][0]["topic"] == "Categorie en spoed"  # questions about what differed first
    with pytest.raises(UserError, match="al ingeleverd"):
        room.hand_in(anna["token"], BRAM)


def test_the_trainer_reveals_early_and_exports_markdown(room, session):
    started, anna, _ = session
    room.hand_in(anna["token"], ANNA)
    with pytest.raises(UserError, match="Alleen de trainer"):
        room.reveal(started["code"], anna["token"])
    assert room.reveal(started["code"], started["token"])["revealed"]
    markdown = room.export(started["code"], started["token"])
    assert markdown.startswith("# Trainingssessie") and "| Onderdeel | Deelnemer 1 (Anna) |" in markdown
    assert "Participatiewet, artikel 52, eerste lid" in markdown  # ground ids shown as their citation
    assert "Bron: Verslag rol overheidsdienstverlener (2023)" in markdown
    with pytest.raises(UserError, match="afgerond"):
        room.join(started["code"], "Laatkomer")


@pytest.mark.parametrize(("form", "message"), [
    ({**ANNA, "category": "7"}, "1, 2 of 3"),
    ({**ANNA, "category": None}, "Kies een categorie"),
    ({**ANNA, "grounds": ["verzonnen-grond"]}, "Onbekende grond"),
    ({**ANNA, "next_steps": "x" * 5_000}, "te lang"),
])  # fmt: skip
def test_a_bad_answer_gets_one_clear_message_and_is_not_stored(room, session, form, message):
    started, anna, _ = session
    with pytest.raises(InputError, match=message):
        room.hand_in(anna["token"], form)
    assert room.view(started["code"], anna["token"])["own_answer"] is None


def test_records_are_redacted_and_private_like_the_audit_log(wb, room, session):
    started, anna, _ = session
    room.hand_in(anna["token"], {**ANNA, "next_steps": "Bellen met 06-12345678"})
    database = wb.settings.data_dir / "training.sqlite"
    raw = database.read_bytes() + (database.with_name("training.sqlite-wal").read_bytes()
                                   if database.with_name("training.sqlite-wal").exists() else b"")  # fmt: skip
    assert b"111222333" not in raw and b"12345678" not in raw and b"[BSN]" in raw
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def test_the_overview_lists_sessions_and_where_answers_differed_most(room, session):
    started, anna, bram = session
    room.hand_in(anna["token"], ANNA)
    room.hand_in(bram["token"], BRAM)
    second = room.start("Tineke", text=OWN_CASE)
    overview = room.overview()
    assert [s["code"] for s in overview["sessions"]] == [display_code(second["code"]), display_code(started["code"])]
    assert overview["sessions"][1]["differences"] and not overview["sessions"][0]["revealed"]
    assert overview["fields"][0]["sessions"] == 1 and {f["field"] for f in overview["fields"]} == {
        "category", "urgent", "organisations", "grounds"}
