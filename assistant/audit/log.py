"""Audit log of human oversight: every draft, the professional's decision and what they changed.

SQLite (stdlib), WAL. The schema evolves through ordered migrations recorded in the database
(`migrations.py`). Append-only: triggers refuse UPDATE and DELETE, so a decision is never
overwritten; deciding again is refused unless the caller asks for a revision (`revise=True`),
which is stored next to the earlier decision. Everything stored passes through
`privacy.redact_obj` first: input text, draft, final version, reason and the differences.
The input hash (`input_sha256`) is a keyed hash, HMAC-SHA-256 of the original input with a random
key kept per installation next to the log: a professional can later show which document a record
belongs to, while a reader of the log cannot confirm a guessed input (a BSN, a name) by hashing it.

The file (and its key, WAL and head files) is readable by its owner only. Every record is chained
(`chain.py`: a hash over its row and the previous record's hash), so `verify` reports any record
changed, removed or added outside Regiewijzer; `purge` removes what is older than the retention
period and records that it did (`retention.py`). Every write takes the write lock first
(BEGIN IMMEDIATE), so concurrent writers queue instead of failing, and a decision that lost the
race is told "al besloten".

Modules: `log` (this: AuditLog), `records` (rows to dicts, differences, the input hash),
`chain` (tamper evidence), `retention` (purge), `export` (CSV and JSON), `migrations` (the schema),
`errors`, `privacy` (redaction).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO

from assistant import ENGINE_VERSION
from assistant.audit import chain
from assistant.audit.errors import AlreadyDecided, AuditError, DraftNotFound, InvalidDecision, ReasonRequired
from assistant.audit.export import CSV_COLUMNS, export_log
from assistant.audit.migrations import SCHEMA_VERSION, Migration, migrate
from assistant.audit.privacy import redact, redact_obj
from assistant.audit.records import (
    decision_nl,
    diff_fields,
    dumps,
    full_record,
    input_hash,
    installation_key,
    parse_since,
    summary_record,
    utc_now,
)
from assistant.audit.storage import LogBusy, T, create_private, is_busy, while_busy

__all__ = [
    "CSV_COLUMNS", "DECISIONS", "SCHEMA_VERSION", "AlreadyDecided", "AuditError", "AuditLog",
    "DraftNotFound", "InvalidDecision", "LogBusy", "ReasonRequired", "diff_fields", "input_hash", "utc_now",
]  # fmt: skip

DECISIONS = ("accepted", "rejected")

_LIST_SQL = (
    "SELECT d.*, x.revision, x.decision, x.reason, x.decided_by, x.decided_at, x.changed_fields "
    "FROM drafts d LEFT JOIN decisions x ON x.draft_id = d.id "
    "AND x.revision = (SELECT MAX(revision) FROM decisions WHERE draft_id = d.id) WHERE 1=1"
)


class AuditLog:
    """The audit log in one SQLite file. Each call opens its own connection (thread-safe).

    `migrations` replaces the list of schema migrations (tests); by default all of them."""

    def __init__(self, path: str | Path, *, migrations: Sequence[Migration] | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        create_private(self.path)
        self.key = installation_key(self.path)

        def open_and_migrate() -> None:
            with self._connect() as conn:
                conn.isolation_level = None  # migrate runs its own transaction
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
                migrate(conn, migrations)

        while_busy(open_and_migrate)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(self.path, timeout=10)
        except sqlite3.Error as exc:
            raise AuditError(f"Het auditlog {self.path} kan niet worden geopend: {exc}") from exc
        conn.row_factory = sqlite3.Row
        try:
            with conn:
                conn.execute("PRAGMA foreign_keys = ON")
                yield conn
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise LogBusy(f"Het auditlog {self.path} is bezet door een ander proces; probeer het zo opnieuw.") from exc
            raise AuditError(f"Het auditlog {self.path} kan niet worden gelezen of geschreven: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise AuditError(
                f"Het auditlog {self.path} kan niet worden gelezen of geschreven: {exc}"
            ) from exc
        finally:
            conn.close()

    def _write(self, work: Callable[[sqlite3.Connection, str], T]) -> T:
        """Run `work(conn, now)` in one write transaction that holds the write lock from its start
        (so a check and the insert that depends on it cannot interleave with another writer), and
        move the head of the chain forward afterwards."""

        def attempt() -> T:
            with self._connect() as conn:
                conn.isolation_level = None
                conn.execute("BEGIN IMMEDIATE")
                try:
                    result = work(conn, utc_now())
                    head = conn.execute("SELECT seq, hash FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            if head is not None:
                chain.write_head(self.path, head[0], head[1])
            return result

        return while_busy(attempt)

    def save_draft(
        self, skill: str, input_text: str, draft_dict: dict, generated_by_dict: dict | None, user: str
    ) -> str:
        """Store a draft (redacted) and return its short id."""
        gen = dict(generated_by_dict or draft_dict.get("generated_by") or {})
        draft = redact_obj(draft_dict)
        keyed_hash = input_hash(input_text or "", self.key)

        def insert(conn: sqlite3.Connection, now: str) -> str:
            for _ in range(10):
                draft_id = secrets.token_hex(4)
                if not conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone():
                    break
            conn.execute(
                "INSERT INTO drafts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    draft_id, now, skill, redact(user or "onbekend"), redact(input_text or ""), keyed_hash,
                    dumps(draft), gen.get("engine") or ENGINE_VERSION, gen.get("backend"), gen.get("model"),
                    gen.get("prompt"), gen.get("prompt_version"),
                    None if gen.get("model_output_used") is None else int(bool(gen["model_output_used"])),
                    dumps(redact_obj(gen)),
                ),
            )  # fmt: skip
            chain.append(conn, self.key, "draft", draft_id, now)
            return draft_id

        return self._write(insert)

    def decide(
        self,
        draft_id: str,
        decision: str,
        final: dict | None = None,
        reason: str | None = None,
        user: str = "onbekend",
        *,
        revise: bool = False,
    ) -> dict:
        """Record the professional's decision; returns the updated record (see `get`).
        AlreadyDecided when there is a decision already (also one taken a moment ago elsewhere)."""
        reason = check_decision(decision, final, reason)
        draft_id = self._resolve(draft_id)
        final_red = None if final is None else redact_obj(final)

        def insert(conn: sqlite3.Connection, now: str) -> None:
            row = conn.execute("SELECT draft_json FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            last = conn.execute(
                "SELECT MAX(revision) AS r, decision, decided_at FROM decisions WHERE draft_id = ?",
                (draft_id,),
            ).fetchone()
            if last["r"] and not revise:
                raise AlreadyDecided(
                    f"Over concept {draft_id} is al besloten ({decision_nl(last['decision'])} op "
                    f"{last['decided_at']}); gebruik --revise om een herziening vast te leggen."
                )
            draft = json.loads(row["draft_json"])
            changes = diff_fields(draft, draft if final_red is None else final_red)
            revision = (last["r"] or 0) + 1
            conn.execute(
                "INSERT INTO decisions VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    draft_id, revision, decision, redact(reason) if reason else None,
                    dumps(draft if final_red is None else final_red), dumps(changes),
                    ",".join(c["field"] for c in changes), redact(user or "onbekend"), now,
                ),
            )  # fmt: skip
            chain.append(conn, self.key, "decision", f"{draft_id}#{revision}", now)

        self._write(insert)
        return self.get(draft_id)

    # --- integrity and retention -------------------------------------------------------------

    def verify(self) -> chain.Verification:
        """Walk the hash chain; the result lists every break (empty: the log is intact)."""
        with self._connect() as conn:
            return chain.verify(conn, self.key, self.path)

    def purge(self, older_than_days: int, user: str = "onbekend", *, now: datetime | None = None) -> dict:
        """Remove drafts (with their decisions) whose last event is older than `older_than_days`;
        the purge is itself recorded and chained. Returns what was removed."""
        from assistant.audit.retention import purge_older

        return self._write(lambda conn, at: purge_older(conn, self.key, older_than_days, redact(user), at, now))

    def purges(self) -> list[dict]:
        """Every purge, oldest first."""
        with self._connect() as conn:
            rows = conn.execute("SELECT id, at, by, cutoff, drafts, decisions FROM purges ORDER BY at").fetchall()
        return [dict(row) for row in rows]

    # --- reading ---------------------------------------------------------------------------

    def _resolve(self, draft_id: str) -> str:
        """Exact id, or a unique prefix of at least four characters."""
        key = (draft_id or "").strip().lower()
        with self._connect() as conn:
            if conn.execute("SELECT 1 FROM drafts WHERE id = ?", (key,)).fetchone():
                return key
            rows = []
            if len(key) >= 4:
                rows = conn.execute(
                    "SELECT id FROM drafts WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                    (key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
                ).fetchall()
        if len(rows) == 1:
            return rows[0]["id"]
        raise DraftNotFound(
            f"Geen concept met id {draft_id!r} in het auditlog; `regiewijzer log` toont de bestaande ids."
        )

    def get(self, draft_id: str) -> dict:
        draft_id = self._resolve(draft_id)
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            decisions = conn.execute(
                "SELECT * FROM decisions WHERE draft_id = ? ORDER BY revision", (draft_id,)
            ).fetchall()
        return full_record(row, decisions)

    def list(
        self,
        skill: str | None = None,
        decision: str | None = None,
        since: str | date | datetime | None = None,
        limit: int | None = 50,
    ) -> list[dict]:
        """Summaries, newest first. decision: accepted | rejected | pending (no decision yet)."""
        if decision not in (None, "", "pending", *DECISIONS):
            raise InvalidDecision(f"Onbekend besluit {decision!r}; kies accepted, rejected of pending.")
        sql = _LIST_SQL
        params: list[object] = []
        if skill:
            sql += " AND d.skill = ?"
            params.append(skill)
        if decision == "pending":
            sql += " AND x.decision IS NULL"
        elif decision:
            sql += " AND x.decision = ?"
            params.append(decision)
        if (moment := parse_since(since)) is not None:
            sql += " AND d.created_at >= ?"
            params.append(moment)
        sql += " ORDER BY d.created_at DESC, d.rowid DESC"
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        with self._connect() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [summary_record(row) for row in rows]

    def export(self, path_or_stream: str | Path | IO[str], fmt: str | None = None, **filters) -> int:
        """Write the log as CSV (one row per draft, latest decision) or JSON (full records,
        every revision). fmt defaults to the file's suffix. Returns the number of drafts."""
        return export_log(self, path_or_stream, fmt, **filters)


def check_decision(decision: str, final: dict | None, reason: str | None) -> str | None:
    """Refuse a decision the log cannot record; returns the reason, stripped (None if empty)."""
    if decision not in DECISIONS:
        raise InvalidDecision(f"Onbekend besluit {decision!r}; kies 'accepted' of 'rejected'.")
    reason = (reason or "").strip() or None
    if decision == "rejected" and not reason:
        raise ReasonRequired("Een afwijzing vraagt een reden: geef aan waarom het concept niet klopt.")
    if final is not None and not isinstance(final, dict):
        raise InvalidDecision("De definitieve versie moet een JSON-object zijn, net als het concept.")
    return reason
