"""The audit log holds under tampering, concurrency and crashes: owner-only files, a hash chain that
`log --verify` checks, retention with a logged purge, clear messages for concurrent writers, and
no lost commit when a writer is killed."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sqlite3
import stat
import time
from datetime import UTC, datetime, timedelta

import pytest

from assistant.audit.chain import head_path
from assistant.audit.log import AlreadyDecided, AuditLog
from assistant.cli import main
from assistant.config import Settings


def _log_with_records(path, drafts: int = 3) -> tuple[AuditLog, list[str]]:
    log = AuditLog(path)
    ids = [log.save_draft("triage", f"intake {i}", {"summary": f"samenvatting {i}"}, None, "alice") for i in range(drafts)]
    log.decide(ids[0], "accepted", user="bob")
    return log, ids


def _tamper(path, *statements: tuple[str, tuple]) -> None:
    """What someone with a database tool can do: lift the guards and change rows."""
    conn = sqlite3.connect(path)
    for trigger in ("drafts_no_delete", "drafts_no_update", "decisions_no_update", "decisions_no_delete",
                    "chain_no_delete", "chain_no_update"):  # fmt: skip
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for sql, args in statements:
        conn.execute(sql, args)
    conn.commit()
    conn.close()


def _problems(path) -> list[str]:
    return AuditLog(path).verify().problems  # reopening puts the guards back; the chain still tells


def test_files_are_readable_by_their_owner_only(tmp_path):
    path = tmp_path / "data" / "audit.sqlite"
    _log_with_records(path)
    for f in path.parent.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


def test_an_older_world_readable_log_is_made_private(tmp_path):
    path = tmp_path / "audit.sqlite"
    AuditLog(path)
    os.chmod(path, 0o644)
    AuditLog(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_untouched_log_verifies(tmp_path):
    log, _ = _log_with_records(tmp_path / "audit.sqlite")
    result = log.verify()
    assert result.ok and result.records == 4 and result.problems == []


@pytest.mark.parametrize(
    "change, expected",
    [
        ("delete", "ontbreekt: verwijderd buiten"),
        ("edit", "gewijzigd nadat het is vastgelegd"),
        ("insert", "niet in de keten"),
        ("forged_decision", "gedateerd vóór het concept"),
        ("rewrite_chain", "hash van record"),
        ("truncate", "ingekort of vervangen"),
    ],
)
def test_every_kind_of_tampering_is_reported(tmp_path, change, expected):
    path = tmp_path / "audit.sqlite"
    _, ids = _log_with_records(path)
    statements = {
        "delete": [("DELETE FROM drafts WHERE id = ?", (ids[2],))],
        "edit": [("UPDATE decisions SET decision = 'rejected', reason = 'x' WHERE draft_id = ?", (ids[0],))],
        "insert": [("INSERT INTO drafts SELECT 'f0f0f0f0', created_at, skill, created_by, input_text, input_sha256, "
                    "draft_json, engine_version, backend, model, prompt, prompt_version, model_output_used, "
                    "generated_by_json FROM drafts WHERE id = ?", (ids[1],))],
        "forged_decision": [("INSERT INTO decisions VALUES (?,1,'accepted',NULL,'{}','[]','','mallory',?)",
                             (ids[1], "2020-01-01T00:00:00+00:00"))],
        # a new hash without the installation key cannot match
        "rewrite_chain": [("UPDATE chain SET digest = ?, hash = ? WHERE seq = 2", ("0" * 64, "1" * 64))],
        # the last record and its chain entry gone, consistently: only the head file tells
        "truncate": [("DELETE FROM decisions WHERE draft_id = ?", (ids[0],)),
                     ("DELETE FROM chain WHERE seq = (SELECT MAX(seq) FROM chain)", ())],
    }[change]  # fmt: skip
    _tamper(path, *statements)
    problems = _problems(path)
    assert any(expected in p for p in problems), problems


def test_log_verify_command_reports_a_broken_chain_with_exit_code_1(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path))
    path = Settings(data_dir=tmp_path).audit_db
    _, ids = _log_with_records(path)
    assert main(["log", "--verify"]) == 0
    assert "intact: 4 records" in capsys.readouterr().out
    _tamper(path, ("DELETE FROM drafts WHERE id = ?", (ids[1],)))
    assert main(["log", "--verify"]) == 1
    out = capsys.readouterr().out
    assert "NIET intact" in out and ids[1] in out


def test_purge_removes_what_is_older_keeps_the_chain_verifiable_and_is_logged(tmp_path):
    path = tmp_path / "audit.sqlite"
    log, ids = _log_with_records(path)
    later = datetime.now(UTC) + timedelta(days=200)  # everything written now is 200 days old then
    done = log.purge(183, "beheerder@gemeente.nl", now=later)
    assert (done["drafts"], done["decisions"]) == (3, 1) and done["last_purged_hash"]
    assert log.list() == []
    new_id = log.save_draft("triage", "nieuw", {"summary": "nieuw"}, None, "alice")
    result = log.verify()
    assert result.ok, result.problems
    assert result.purged == 4 and result.records == 6  # 4 purged, the purge itself, the new draft
    purges = log.purges()
    assert len(purges) == 1 and purges[0]["by"] == "[E-MAIL]"  # the purge is logged, redacted
    assert [r["id"] for r in log.list()] == [new_id]


def test_purge_keeps_a_draft_with_a_recent_decision(tmp_path):
    log, ids = _log_with_records(tmp_path / "audit.sqlite")
    cutoff_now = datetime.now(UTC) + timedelta(days=10)
    assert log.purge(5, now=cutoff_now)["drafts"] == 3  # all are older than 5 days by then
    log2, ids2 = _log_with_records(tmp_path / "other.sqlite")
    assert log2.purge(183)["drafts"] == 0  # nothing is six months old
    assert log2.verify().ok


def test_a_deletion_after_a_purge_is_still_reported(tmp_path):
    path = tmp_path / "audit.sqlite"
    log, ids = _log_with_records(path)
    log.purge(183)  # removes nothing, but is recorded
    _tamper(path, ("DELETE FROM drafts WHERE id = ?", (ids[2],)))
    assert any("ontbreekt" in p for p in _problems(path))


def test_purge_command_uses_the_retention_setting(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path))
    assert Settings().audit_retention_days == 183  # six months
    _log_with_records(Settings(data_dir=tmp_path).audit_db)
    assert main(["log", "--purge"]) == 0
    assert "0 concept(en)" in capsys.readouterr().out
    assert main(["log", "--verify"]) == 0
    assert "Opschoning" in capsys.readouterr().out


# --- concurrency and crashes ---------------------------------------------------------------------


def _create_and_save(path: str, barrier, results) -> None:
    barrier.wait()
    outcome = []
    for i in range(3):
        try:
            AuditLog(path).save_draft("triage", f"tekst {i}", {"summary": "x"}, None, "u")
            outcome.append("ok")
        except Exception as exc:  # noqa: BLE001 - the test counts every failure
            outcome.append(f"{type(exc).__name__}: {exc}")
    results.put(outcome)


def _decide(path: str, draft_id: str, barrier, results) -> None:
    barrier.wait()
    try:
        AuditLog(path).decide(draft_id, "accepted", user=f"p{os.getpid()}")
        results.put("ok")
    except AlreadyDecided as exc:
        results.put(f"AlreadyDecided: {exc}")
    except Exception as exc:  # noqa: BLE001
        results.put(f"{type(exc).__name__}: {exc}")


def _run_all(target, args_list) -> list:
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(len(args_list)), ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, barrier, results)) for args in args_list]
    for p in procs:
        p.start()
    out = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    return out


def test_eight_processes_creating_a_new_log_at_once_all_succeed(tmp_path):
    for round_ in range(4):
        path = str(tmp_path / f"r{round_}" / "audit.sqlite")
        outcomes = [o for batch in _run_all(_create_and_save, [(path,)] * 8) for o in batch]
        assert outcomes == ["ok"] * 24, [o for o in outcomes if o != "ok"][:3]
        result = AuditLog(path).verify()
        assert result.ok and result.records == 24


def test_concurrent_decisions_one_wins_the_others_hear_al_besloten(tmp_path):
    path = tmp_path / "audit.sqlite"
    draft_id = AuditLog(path).save_draft("triage", "tekst", {"summary": "x"}, None, "u")
    outcomes = _run_all(_decide, [(str(path), draft_id)] * 8)
    assert outcomes.count("ok") == 1
    losers = [o for o in outcomes if o != "ok"]
    assert len(losers) == 7 and all(o.startswith("AlreadyDecided") and "al besloten" in o for o in losers)
    assert not any("locked" in o or "UNIQUE" in o for o in outcomes)
    assert AuditLog(path).verify().ok


def _write_forever(path: str, pipe) -> None:
    log = AuditLog(path)
    i = 0
    while True:
        draft_id = log.save_draft("triage", f"tekst {i}", {"summary": "x" * 500}, None, "u")
        if i % 3 == 0:
            log.decide(draft_id, "accepted", user="u")
        pipe.send(draft_id)  # sent only after the commit returned
        i += 1


def test_kill_9_of_a_writer_loses_no_committed_record_and_breaks_no_chain(tmp_path):
    path = str(tmp_path / "audit.sqlite")
    AuditLog(path)
    ctx = mp.get_context("fork")
    for _ in range(3):
        receiver, sender = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_write_forever, args=(path, sender))
        proc.start()
        time.sleep(0.8)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
        committed = []
        while receiver.poll():
            committed.append(receiver.recv())
        assert committed, "the writer wrote nothing before it was killed"
        log = AuditLog(path)
        stored = {r["id"] for r in log.list(limit=None)}
        assert set(committed) <= stored
        result = log.verify()
        assert result.ok, result.problems
    assert json.loads(head_path(tmp_path / "audit.sqlite").read_text())["seq"] >= len(stored)
