"""The audit log: drafts, decisions, differences, redaction on disk, and the log/decide commands."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from assistant.audit.log import (
    SCHEMA_VERSION,
    AlreadyDecided,
    AuditLog,
    DraftNotFound,
    InvalidDecision,
    ReasonRequired,
    diff_fields,
)
from assistant.cli import main
from assistant.config import load_settings

BSN = "123456782"
IBAN = "NL91ABNA0417164300"
INPUT = f"Cliënt met BSN {BSN} en rekening {IBAN} heeft een brief van de Belastingdienst. Tel 06-12345678."
GENERATED_BY = {
    "engine": "0.1.0",
    "backend": "ollama",
    "model": "qwen2.5:7b-instruct",
    "prompt": "triage",
    "prompt_version": "3",
    "model_output_used": True,
}


def _draft() -> dict:
    return {
        "category": 2,
        "urgent": False,
        "organisations": ["Dienst Toeslagen", "Gemeente"],
        "summary": f"Cliënt (BSN {BSN}) heeft een terugvordering.\nHij wil een betalingsregeling.",
        "next_steps": ["Betalingsregeling aanvragen", f"Terugbetalen naar {IBAN}"],
        "warnings": [],
        "status": "concept",
        "generated_by": GENERATED_BY,
    }


@pytest.fixture
def log(tmp_path):
    return AuditLog(tmp_path / "sub" / "dir" / "audit.sqlite")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REGIEWIJZER_USER", "tester")
    return tmp_path / "data"


def _raw_bytes(path) -> bytes:
    """Every byte SQLite holds for the log: the main file plus the WAL."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_creates_file_schema_and_wal(log):
    assert log.path.exists()
    with sqlite3.connect(log.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"drafts", "decisions"} <= tables
    AuditLog(log.path)  # reopening an existing log works


def test_save_and_get_draft(log):
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    assert 4 <= len(draft_id) <= 12
    record = log.get(draft_id)
    assert record["skill"] == "triage"
    assert record["created_by"] == "alice.p"
    assert record["created_at"].endswith("+00:00")
    assert (record["engine_version"], record["backend"], record["model"]) == (
        "0.1.0",
        "ollama",
        GENERATED_BY["model"],
    )
    assert (record["prompt"], record["prompt_version"], record["model_output_used"]) == ("triage", "3", True)
    assert len(record["input_sha256"]) == 64
    assert record["decision"] is None and record["revisions"] == [] and record["final"] is None
    assert record["draft"]["summary"].startswith("Cliënt (BSN [BSN])")
    assert "[IBAN]" in record["input_text"] and "[TELEFOON]" in record["input_text"]
    assert log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "x") != draft_id


def test_accept_unchanged(log):
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    record = log.decide(draft_id, "accepted", user="bob.k")
    assert record["decision"] == "accepted"
    assert record["decided_by"] == "bob.k"
    assert record["decided_at"].endswith("+00:00")
    assert record["changes"] == [] and record["changed_fields"] == []
    assert record["final"] == record["draft"]


def test_accept_with_edits_records_field_differences(log):
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    final = _draft()
    final["category"] = 3
    final["urgent"] = True
    final["summary"] = final["summary"].replace("betalingsregeling", "persoonlijke betalingsregeling")
    final["next_steps"] = ["Betalingsregeling aanvragen", "Wijkteam inschakelen"]
    record = log.decide(draft_id, "accepted", final=final, reason="urgent: beslag dreigt", user="bob.k")
    changes = {c["field"]: c for c in record["changes"]}
    assert set(changes) == {"category", "urgent", "summary", "next_steps"}
    assert (changes["category"]["old"], changes["category"]["new"]) == (2, 3)
    assert "-Hij wil een betalingsregeling." in changes["summary"]["diff"]
    assert "+Hij wil een persoonlijke betalingsregeling." in changes["summary"]["diff"]
    assert changes["next_steps"]["added"] == ["Wijkteam inschakelen"]
    assert changes["next_steps"]["removed"] == ["Terugbetalen naar [IBAN]"]
    assert record["reason"] == "urgent: beslag dreigt"
    assert record["final"]["category"] == 3


def test_reject_requires_reason(log):
    draft_id = log.save_draft("letter", INPUT, _draft(), GENERATED_BY, "alice.p")
    with pytest.raises(ReasonRequired, match="reden"):
        log.decide(draft_id, "rejected", user="bob.k")
    with pytest.raises(ReasonRequired):
        log.decide(draft_id, "rejected", reason="   ", user="bob.k")
    record = log.decide(draft_id, "rejected", reason="verkeerde organisatie", user="bob.k")
    assert record["decision"] == "rejected" and record["reason"] == "verkeerde organisatie"


def test_second_decision_refused_unless_revision(log):
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    log.decide(draft_id, "accepted", user="bob.k")
    with pytest.raises(AlreadyDecided, match="al besloten"):
        log.decide(draft_id, "rejected", reason="toch niet", user="bob.k")
    record = log.decide(draft_id, "rejected", reason="toch niet", user="carol", revise=True)
    assert record["revision"] == 2 and record["decision"] == "rejected"
    assert [r["decision"] for r in record["revisions"]] == ["accepted", "rejected"]


def test_unknown_id_and_bad_decision(log):
    with pytest.raises(DraftNotFound, match="Geen concept"):
        log.get("deadbeef")
    with pytest.raises(DraftNotFound):
        log.decide("deadbeef", "accepted", user="x")
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    with pytest.raises(InvalidDecision):
        log.decide(draft_id, "maybe", user="x")
    assert log.get(draft_id[:5].upper())["id"] == draft_id  # unique prefix, any case


def test_log_is_append_only(log):
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    with sqlite3.connect(log.path) as conn, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE drafts SET skill = 'x' WHERE id = ?", (draft_id,))
    with sqlite3.connect(log.path) as conn, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM drafts")


def test_no_personal_number_reaches_the_file(log):
    draft_id = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    final = _draft()
    final["summary"] = f"Aangepast, IBAN {IBAN}, bsn 123.456.782, mail cliënt@example.nl"
    log.decide(draft_id, "rejected", final=final, reason=f"BSN {BSN} hoort er niet in", user="bob.k")
    raw = _raw_bytes(log.path)
    assert b"[BSN]" in raw and b"[IBAN]" in raw  # the records are there ...
    for secret in (BSN, "123.456.782", IBAN, "06-12345678", "example.nl"):
        assert secret.encode() not in raw, secret  # ... without the numbers


def test_list_filters_and_since(log):
    a = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    b = log.save_draft("letter", INPUT, _draft(), GENERATED_BY, "alice.p")
    c = log.save_draft("triage", "andere invoer", _draft(), GENERATED_BY, "alice.p")
    log.decide(a, "accepted", user="bob.k")
    log.decide(b, "rejected", reason="onjuist", user="bob.k")
    assert [r["id"] for r in log.list()] == [c, b, a]  # newest first
    assert {r["id"] for r in log.list(skill="triage")} == {a, c}
    assert [r["id"] for r in log.list(decision="accepted")] == [a]
    assert [r["id"] for r in log.list(decision="pending")] == [c]
    assert len(log.list(limit=2)) == 2
    assert log.list(since="2999-01-01") == []
    assert len(log.list(since="2000-01-01")) == 3


def test_export_csv_and_json(log, tmp_path):
    a = log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    final = _draft()
    final["category"] = 1
    log.decide(a, "accepted", final=final, user="bob.k")
    log.save_draft("letter", INPUT, _draft(), GENERATED_BY, "alice.p")
    assert log.export(tmp_path / "out.csv") == 2
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    by_id = {r["id"]: r for r in rows}
    assert by_id[a]["decision"] == "accepted" and by_id[a]["changed_fields"] == "category"
    assert by_id[a]["model"] == GENERATED_BY["model"]
    stream = io.StringIO()
    assert log.export(stream, fmt="json") == 2
    records = json.loads(stream.getvalue())
    assert {r["id"] for r in records} == set(by_id)
    exported = next(r for r in records if r["id"] == a)
    assert exported["changes"][0] == {"field": "category", "old": 2, "new": 1}
    assert BSN not in stream.getvalue()


def test_diff_fields_nested_and_new_keys():
    changes = diff_fields(
        {"a": 1, "g": {"model": "x", "b": 1}}, {"a": 1, "g": {"model": "y", "b": 1}, "n": "z"}
    )
    assert changes == [{"field": "g.model", "old": "x", "new": "y", "diff": "--- concept\n+++ definitief\n@@ -1 +1 @@\n-x\n+y"},
                       {"field": "n", "old": None, "new": "z"}]  # fmt: skip


# --- the commands ------------------------------------------------------------------------------


def _saved_draft(data_dir) -> tuple[AuditLog, str]:
    log = AuditLog(load_settings().audit_db)
    assert log.path.parent == data_dir
    return log, log.save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")


def test_decide_and_log_commands(data_dir, tmp_path, capsys):
    log, draft_id = _saved_draft(data_dir)
    final = _draft()
    final["urgent"] = True
    final_file = tmp_path / "final.json"
    final_file.write_text(json.dumps(final), encoding="utf-8")

    assert main(["decide", draft_id, "--accept", "--final", str(final_file), "--reason", "spoed"]) == 0
    out = capsys.readouterr().out
    assert f"concept {draft_id} geaccepteerd door tester" in out and "urgent" in out

    assert main(["log", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == draft_id and rows[0]["decision"] == "accepted"
    assert rows[0]["changed_fields"] == ["urgent"]

    assert main(["log"]) == 0
    out = capsys.readouterr().out
    assert draft_id in out and "geaccepteerd" in out and GENERATED_BY["model"] in out

    assert main(["log", "--id", draft_id]) == 0
    out = capsys.readouterr().out
    assert "Gewijzigd: urgent" in out and "[BSN]" in out and BSN not in out

    assert main(["log", "--decision", "rejected"]) == 0
    assert "geen concepten" in capsys.readouterr().out


def test_decide_command_errors(data_dir, tmp_path, capsys):
    log, draft_id = _saved_draft(data_dir)
    assert main(["decide", draft_id, "--reject"]) == 2
    assert "reden" in capsys.readouterr().err
    assert main(["decide", "nietbestaand", "--accept"]) == 2
    assert "Geen concept" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["decide", draft_id, "--accept", "--final", str(bad)]) == 2
    assert "JSON-object" in capsys.readouterr().err
    assert main(["decide", draft_id, "--reject", "--reason", "klopt niet", "--user", "dana", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["decided_by"] == "dana"
    assert main(["decide", draft_id, "--accept"]) == 2
    assert "--revise" in capsys.readouterr().err
    assert main(["decide", draft_id, "--accept", "--revise"]) == 0
    assert "herziening 2" in capsys.readouterr().out
    with pytest.raises(SystemExit):  # --accept and --reject together is a usage error
        main(["decide", draft_id, "--accept", "--reject"])


def test_log_export_command(data_dir, tmp_path, capsys):
    log, draft_id = _saved_draft(data_dir)
    target = tmp_path / "export" / "audit.json"
    assert main(["log", "--export", str(target)]) == 0
    assert "1 concept(en) geëxporteerd" in capsys.readouterr().out
    assert json.loads(target.read_text(encoding="utf-8"))[0]["id"] == draft_id
    assert main(["log", "--export", str(tmp_path / "audit.csv")]) == 0
    assert (tmp_path / "audit.csv").read_text(encoding="utf-8").startswith("id,created_at,skill")
    assert main(["log", "--export", str(tmp_path / "audit.xlsx")]) == 2
    assert "exportformaat" in capsys.readouterr().err


def test_input_hash_is_keyed_so_short_inputs_cannot_be_guessed(tmp_path):
    import hashlib

    log = AuditLog(tmp_path / "audit.sqlite")
    draft_id = log.save_draft("triage", "BSN 111222333", {"x": 1}, {}, "tester")
    stored = log.get(draft_id)["input_sha256"]
    assert stored != hashlib.sha256(b"BSN 111222333").hexdigest()
    again = log.get(log.save_draft("triage", "BSN 111222333", {"x": 1}, {}, "tester"))["input_sha256"]
    assert again == stored  # the same input gives the same hash within one installation
    assert (tmp_path / "audit.sqlite.key").stat().st_mode & 0o077 == 0


# --- schema migrations -------------------------------------------------------------------------

# The schema as Regiewijzer wrote it before migrations existed (PRAGMA user_version = 1), copied
# here on purpose: logs made with it must keep opening, with their records, whatever comes later.
_SCHEMA_BEFORE_MIGRATIONS = """
CREATE TABLE IF NOT EXISTS drafts (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,            -- UTC ISO 8601
    skill            TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    input_text       TEXT NOT NULL,            -- redacted
    input_sha256     TEXT NOT NULL,            -- of the original input
    draft_json       TEXT NOT NULL,            -- redacted
    engine_version   TEXT,
    backend          TEXT,
    model            TEXT,
    prompt           TEXT,
    prompt_version   TEXT,
    model_output_used INTEGER,
    generated_by_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    draft_id         TEXT NOT NULL REFERENCES drafts(id),
    revision         INTEGER NOT NULL,         -- 1 = first decision, 2.. = revisions
    decision         TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    reason           TEXT,                     -- redacted; required for 'rejected'
    final_json       TEXT NOT NULL,            -- redacted; the draft itself when accepted unchanged
    changes_json     TEXT NOT NULL,            -- [{field, old, new, diff?}]
    changed_fields   TEXT NOT NULL,            -- comma separated, for listing
    decided_by       TEXT NOT NULL,
    decided_at       TEXT NOT NULL,            -- UTC ISO 8601
    PRIMARY KEY (draft_id, revision)
);
CREATE INDEX IF NOT EXISTS drafts_created ON drafts(created_at);
CREATE INDEX IF NOT EXISTS drafts_skill ON drafts(skill);
CREATE TRIGGER IF NOT EXISTS drafts_no_update BEFORE UPDATE ON drafts
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS drafts_no_delete BEFORE DELETE ON drafts
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_no_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
"""


def _log_before_migrations(path, user_version: int = 1) -> None:
    """A log as the code before migrations left it: its schema, one draft with one decision."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(_SCHEMA_BEFORE_MIGRATIONS)
        conn.execute(f"PRAGMA user_version = {user_version}")
        conn.execute(
            "INSERT INTO drafts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ("0ld0d4f7", "2024-05-01T09:00:00+00:00", "triage", "alice.p", "BSN [BSN]", "ab" * 32,
             json.dumps({"category": 2}), "0.1.0", "none", None, None, None, None, "{}"),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO decisions VALUES (?,?,?,?,?,?,?,?,?)",
            ("0ld0d4f7", 1, "rejected", "klopt niet", json.dumps({"category": 2}), "[]", "", "alice.p",
             "2024-05-01T10:00:00+00:00"),
        )  # fmt: skip
    conn.close()


def _schema_objects(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name != '_migrations' ORDER BY name"
        ).fetchall()
    conn.close()
    return rows


def _all_migrations() -> list[str]:
    from assistant.audit.migrations import MIGRATIONS

    return [fn.__name__ for fn in MIGRATIONS]


def test_log_made_before_migrations_opens_with_its_records(tmp_path):
    from assistant.audit.migrations import applied_migrations

    path = tmp_path / "audit.sqlite"
    _log_before_migrations(path)
    before = _schema_objects(path)
    log = AuditLog(path)
    record = log.get("0ld0d4f7")
    assert (record["skill"], record["created_by"], record["draft"]) == ("triage", "alice.p", {"category": 2})
    assert (record["decision"], record["reason"], record["revision"]) == ("rejected", "klopt niet", 1)
    assert [r["id"] for r in log.list()] == ["0ld0d4f7"]
    assert set(before) <= set(_schema_objects(path))  # adopted, not rebuilt: the old objects are untouched
    with sqlite3.connect(path) as conn:
        assert applied_migrations(conn) == _all_migrations()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM drafts")
        # the records already there were chained by the migration, draft before decision
        assert [r[0] for r in conn.execute("SELECT ref FROM chain ORDER BY seq")] == ["0ld0d4f7", "0ld0d4f7#1"]
    conn.close()
    assert log.verify().ok
    assert log.decide("0ld0d4f7", "accepted", revise=True)["revision"] == 2
    AuditLog(path)  # reopening records nothing twice
    with sqlite3.connect(path) as conn:
        assert applied_migrations(conn) == _all_migrations()
    conn.close()
    assert log.verify().ok and log.verify().records == 3


def test_migration_one_creates_the_schema_before_migrations_exactly(tmp_path):
    from assistant.audit.migrations import MIGRATIONS

    AuditLog(tmp_path / "new.sqlite", migrations=MIGRATIONS[:1])
    with sqlite3.connect(tmp_path / "old.sqlite") as conn:
        conn.executescript(_SCHEMA_BEFORE_MIGRATIONS)
    conn.close()
    assert _schema_objects(tmp_path / "new.sqlite") == _schema_objects(tmp_path / "old.sqlite")


def test_later_migration_is_applied_once_and_recorded(tmp_path):
    from assistant.audit.log import AuditError
    from assistant.audit.migrations import MIGRATIONS, applied_migrations

    calls = []

    def m099_notes(conn):
        calls.append(1)
        conn.execute("CREATE TABLE notes (draft_id TEXT NOT NULL REFERENCES drafts(id), note TEXT NOT NULL)")

    path = tmp_path / "audit.sqlite"
    draft_id = AuditLog(path).save_draft("triage", INPUT, _draft(), GENERATED_BY, "alice.p")
    log = AuditLog(path, migrations=[*MIGRATIONS, m099_notes])
    AuditLog(path, migrations=[*MIGRATIONS, m099_notes])
    assert calls == [1]
    assert log.get(draft_id)["created_by"] == "alice.p"
    with sqlite3.connect(path) as conn:
        assert applied_migrations(conn) == [*_all_migrations(), "m099_notes"]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
        assert conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0
    conn.close()
    with pytest.raises(AuditError, match="nieuwere versie"):
        AuditLog(path)  # a Regiewijzer without m099 does not write to this log


def test_failing_migration_leaves_the_log_as_it_was(tmp_path):
    from assistant.audit.log import AuditError
    from assistant.audit.migrations import MIGRATIONS, applied_migrations

    def m099_broken(conn):
        conn.execute("CREATE TABLE half (x TEXT)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    path = tmp_path / "audit.sqlite"
    AuditLog(path)
    with pytest.raises(AuditError):
        AuditLog(path, migrations=[*MIGRATIONS, m099_broken])
    with sqlite3.connect(path) as conn:
        assert applied_migrations(conn) == _all_migrations()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone()
    conn.close()


def test_log_of_unknown_newer_version_is_refused(tmp_path):
    from assistant.audit.log import AuditError

    path = tmp_path / "audit.sqlite"
    _log_before_migrations(path, user_version=SCHEMA_VERSION + 1)
    with pytest.raises(AuditError, match="nieuwere versie"):
        AuditLog(path)
