"""Ordered schema migrations of the audit log, each recorded in the database by name.

A migration is a function `(conn) -> None` registered with `@migration`; they run in the order of
this file. `migrate` applies those not yet named in the `_migrations` table and records each one
there, all in one write transaction, so the log can evolve without losing records. A released
migration is never edited, renamed or removed: a change to the schema is a new migration at the end.

Logs made before migrations existed (the schema of migration 1, `PRAGMA user_version = 1`, no
`_migrations` table) are adopted: migration 1 is recorded as applied. Its statements are all
`IF NOT EXISTS`, so running them there leaves the existing tables and records as they are.

`PRAGMA user_version` is kept at the number of migrations, so a Regiewijzer that predates a
migration (it refuses a user_version above its own) never writes to a log it does not understand;
likewise `migrate` refuses a log that records a migration this code does not know.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.audit.chain import chain_existing
from assistant.audit.errors import AuditError
from assistant.audit.records import installation_key, utc_now

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = []

_TABLE = "_migrations"


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next migration; its function name is what the database records."""
    MIGRATIONS.append(fn)
    return fn


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Run the statements of `script` one by one inside the caller's transaction
    (`Connection.executescript` would commit that transaction first)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"Onvolledige SQL-opdracht in migratie: {statement.strip()[:60]!r}")


# --- the migrations, in order ---------------------------------------------------------------

INITIAL_SCHEMA = """
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
# `input_sha256` holds a keyed HMAC-SHA-256 (see records.input_hash); the column keeps its name.


@migration
def m001_initial_schema(conn: sqlite3.Connection) -> None:
    """Drafts and decisions, their indexes, and the triggers that make both append-only."""
    execute_script(conn, INITIAL_SCHEMA)


CHAIN_SCHEMA = """
CREATE TABLE IF NOT EXISTS chain (
    seq              INTEGER PRIMARY KEY,       -- the order records were written in
    kind             TEXT NOT NULL CHECK (kind IN ('draft', 'decision', 'purge')),
    ref              TEXT NOT NULL,             -- draft id, '<draft id>#<revision>' or purge id
    at               TEXT NOT NULL,             -- UTC ISO 8601, the record's own time
    digest           TEXT NOT NULL,             -- SHA-256 of the record's row (chain.COLUMNS)
    prev_hash        TEXT NOT NULL,
    hash             TEXT NOT NULL,             -- HMAC-SHA-256(key, prev_hash, kind, ref, at, digest)
    UNIQUE (kind, ref)
);
CREATE TABLE IF NOT EXISTS purges (
    id               TEXT PRIMARY KEY,
    at               TEXT NOT NULL,             -- UTC ISO 8601
    by               TEXT NOT NULL,             -- redacted
    cutoff           TEXT NOT NULL,             -- records whose last event is older were removed
    drafts           INTEGER NOT NULL,
    decisions        INTEGER NOT NULL,
    last_purged_hash TEXT,                      -- chain hash of the last record removed
    purged_json      TEXT NOT NULL              -- the refs removed: ["<draft id>", "<draft id>#1", ...]
);
CREATE TRIGGER IF NOT EXISTS chain_no_update BEFORE UPDATE ON chain
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS chain_no_delete BEFORE DELETE ON chain
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS purges_no_update BEFORE UPDATE ON purges
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS purges_no_delete BEFORE DELETE ON purges
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
"""


@migration
def m002_hash_chain(conn: sqlite3.Connection) -> None:
    """The hash chain (tamper evidence) and the record of purges; records already in the log are
    chained in the order they were written."""
    execute_script(conn, CHAIN_SCHEMA)
    chain_existing(conn, installation_key(Path(_file(conn))))


SCHEMA_VERSION = len(MIGRATIONS)  # below the last @migration: what PRAGMA user_version is set to


# --- applying them --------------------------------------------------------------------------


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] | None = None) -> list[str]:
    """Apply the migrations not yet recorded, in order; returns the names applied now.

    `conn` must be in autocommit mode (`isolation_level = None`): this takes the write lock
    (BEGIN IMMEDIATE) before reading what is applied, so two processes opening a new log at
    once apply each migration once, and a failing migration leaves the log as it was."""
    migrations = list(MIGRATIONS if migrations is None else migrations)
    names = [fn.__name__ for fn in migrations]
    if len(set(names)) != len(names):
        raise ValueError(f"Migraties met dezelfde naam: {names}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = _applied(conn, names)
        done = []
        for fn, name in zip(migrations, names, strict=True):
            if name not in applied:
                fn(conn)
                _record(conn, name)
                done.append(name)
        conn.execute(f"PRAGMA user_version = {len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (e.g. disk full)
            conn.execute("ROLLBACK")
        raise
    return done


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names recorded in the log, in the order they were applied ([] before any)."""
    if not _has_table(conn, _TABLE):
        return []
    return [row[0] for row in conn.execute(f"SELECT name FROM {_TABLE} ORDER BY rowid")]


def _applied(conn: sqlite3.Connection, known: list[str]) -> set[str]:
    """The names already applied; creates the table and adopts a log made before migrations."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    recorded = applied_migrations(conn)
    if version > len(known) or set(recorded) - set(known):
        raise AuditError(
            f"Het auditlog {_file(conn)} is gemaakt door een nieuwere versie van Regiewijzer; "
            "werk Regiewijzer bij."
        )
    if not _has_table(conn, _TABLE):
        conn.execute(f"CREATE TABLE {_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        if _has_table(conn, "drafts"):  # made before migrations: its schema is migration 1's
            m001_initial_schema(conn)  # all IF NOT EXISTS: leaves tables and records as they are
            _record(conn, m001_initial_schema.__name__)
            recorded.append(m001_initial_schema.__name__)
    return set(recorded)


def _record(conn: sqlite3.Connection, name: str) -> None:
    conn.execute(f"INSERT INTO {_TABLE} (name, applied_at) VALUES (?, ?)", (name, utc_now()))


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(query, (name,)).fetchone() is not None


def _file(conn: sqlite3.Connection) -> str:
    return next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
