"""The training room's records: sessions, the buddies who joined and their answers (SQLite).

The same rules as the audit log: every text passes through `privacy.redact` / `redact_obj` before
it is stored (a case a trainer wrote may hold a BSN or a phone number), the file is readable by its
owner only, and the schema evolves through ordered migrations recorded in the database (the audit
log's `migrate`). Each call opens its own connection, so one store serves every browser session.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.audit.migrations import execute_script, migrate
from assistant.audit.privacy import redact, redact_obj
from assistant.audit.records import utc_now
from assistant.errors import UserError


def initial_schema(conn: sqlite3.Connection) -> None:
    execute_script(conn, """
CREATE TABLE IF NOT EXISTS sessions (
    code          TEXT PRIMARY KEY,
    created_at    TEXT NOT NULL,
    trainer       TEXT NOT NULL,
    trainer_token TEXT NOT NULL,
    case_id       TEXT NOT NULL,
    case_title    TEXT NOT NULL,
    case_source   TEXT NOT NULL,
    case_text     TEXT NOT NULL,            -- redacted
    assistant     TEXT NOT NULL,            -- the assistant's draft as an answer (JSON, redacted)
    revealed_at   TEXT
);
CREATE TABLE IF NOT EXISTS buddies (
    token      TEXT PRIMARY KEY,
    code       TEXT NOT NULL REFERENCES sessions(code),
    seat       INTEGER NOT NULL,
    name       TEXT NOT NULL,
    joined_at  TEXT NOT NULL,
    answer     TEXT,                        -- JSON, redacted; NULL until handed in
    handed_in  TEXT,
    UNIQUE (code, seat)
);
""")  # fmt: skip


MIGRATIONS = [initial_schema]


class TrainingError(UserError):
    """A training action that cannot be done (unknown code, session full, already handed in)."""


class TrainingStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        with self._connect() as conn:
            conn.isolation_level = None
            conn.execute("PRAGMA journal_mode=WAL")
            migrate(conn, MIGRATIONS)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=10)
        conn.row_factory = sqlite3.Row
        try:
            with conn:
                conn.execute("PRAGMA foreign_keys = ON")
                yield conn
        except sqlite3.DatabaseError as exc:
            raise TrainingError(f"De trainingsgegevens ({self.path}) zijn niet te lezen of te schrijven: {exc}") from exc
        finally:
            conn.close()

    # --- writing --------------------------------------------------------------------------

    def add_session(self, code: str, trainer: str, trainer_token: str, case: dict, assistant: dict) -> None:
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,NULL)",
                (code, utc_now(), redact(trainer), trainer_token, case["id"], redact(case["title"]),
                 redact(case["source"]), redact(case["text"]), json.dumps(redact_obj(assistant), ensure_ascii=False)),
            )  # fmt: skip

    def add_buddy(self, code: str, token: str, name: str, seats: int) -> int:
        """The seat (1..seats) the buddy gets; TrainingError when every seat is taken."""
        with self._connect() as conn:
            taken = {row["seat"] for row in conn.execute("SELECT seat FROM buddies WHERE code = ?", (code,))}
            free = [seat for seat in range(1, seats + 1) if seat not in taken]
            if not free:
                raise TrainingError(f"Sessie {code} heeft al {seats} deelnemers.")
            conn.execute("INSERT INTO buddies VALUES (?,?,?,?,?,NULL,NULL)",
                         (token, code, free[0], redact(name), utc_now()))  # fmt: skip
            return free[0]

    def hand_in(self, token: str, answer: dict) -> None:
        with self._connect() as conn:
            done = conn.execute(
                "UPDATE buddies SET answer = ?, handed_in = ? WHERE token = ? AND answer IS NULL",
                (json.dumps(redact_obj(answer), ensure_ascii=False), utc_now(), token),
            ).rowcount
        if not done:
            raise TrainingError("Dit antwoord is al ingeleverd; het kan niet meer worden gewijzigd.")

    def reveal(self, code: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE sessions SET revealed_at = ? WHERE code = ? AND revealed_at IS NULL",
                         (utc_now(), code))  # fmt: skip

    # --- reading --------------------------------------------------------------------------

    def session(self, code: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE code = ?", (code,)).fetchone()
            buddies = conn.execute("SELECT * FROM buddies WHERE code = ? ORDER BY seat", (code,)).fetchall()
        return None if row is None else _session(row, buddies)

    def buddy(self, token: str) -> dict | None:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM buddies WHERE token = ?", (token,)).fetchone()
        return None if row is None else _buddy(row)

    def sessions(self, limit: int = 100) -> list[dict]:
        """Every session, newest first, with its buddies and answers."""
        with self._connect() as conn:
            codes = [r["code"] for r in conn.execute(
                "SELECT code FROM sessions ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,))]  # fmt: skip
        return [s for s in (self.session(code) for code in codes) if s]


def _buddy(row: sqlite3.Row) -> dict:
    return {
        "token": row["token"], "code": row["code"], "seat": row["seat"], "name": row["name"],
        "joined_at": row["joined_at"], "handed_in": row["handed_in"],
        "answer": json.loads(row["answer"]) if row["answer"] else None,
    }  # fmt: skip


def _session(row: sqlite3.Row, buddies: list[sqlite3.Row]) -> dict:
    return {
        "code": row["code"], "created_at": row["created_at"], "trainer": row["trainer"],
        "trainer_token": row["trainer_token"], "revealed_at": row["revealed_at"],
        "case": {"id": row["case_id"], "title": row["case_title"], "source": row["case_source"],
                 "text": row["case_text"]},
        "assistant": json.loads(row["assistant"]), "buddies": [_buddy(b) for b in buddies],
    }  # fmt: skip
