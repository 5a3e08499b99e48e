"""Audit log of human oversight: every draft, the professional's decision and what they changed.

SQLite (stdlib), WAL, schema version in PRAGMA user_version. Append-only: triggers refuse
UPDATE and DELETE, so a decision is never overwritten; deciding again is refused unless the
caller asks for a revision (`revise=True`), which is stored next to the earlier decision.
Everything stored passes through `privacy.redact_obj` first: input text, draft, final version,
reason and the differences. The input hash is a SHA-256 of the original input, so a professional
can later show which document a record belongs to without the log holding its personal numbers.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import hmac
import io
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO

from assistant import ENGINE_VERSION
from assistant.errors import UserError
from assistant.privacy import redact, redact_obj

SCHEMA_VERSION = 1
DECISIONS = ("accepted", "rejected")

_SCHEMA = """
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

CSV_COLUMNS = [
    "id", "created_at", "skill", "created_by", "engine_version", "backend", "model", "prompt",
    "prompt_version", "model_output_used", "input_sha256", "decision", "revision", "decided_at",
    "decided_by", "reason", "changed_fields",
]  # fmt: skip


class AuditError(UserError):
    """A fault in using the audit log."""


class DraftNotFound(AuditError):
    pass


class AlreadyDecided(AuditError):
    pass


class ReasonRequired(AuditError):
    pass


class InvalidDecision(AuditError):
    pass


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def input_hash(text: str, key: bytes) -> str:
    """Keyed hash of the unredacted input: proves which text a draft came from without letting
    anyone who reads the log guess a short input (a BSN, a name) by hashing candidates."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _installation_key(db_path: Path) -> bytes:
    """A random key kept next to the audit log (created once, readable by the owner only)."""
    key_path = db_path.with_name(db_path.name + ".key")
    if not key_path.exists():
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    return key_path.read_bytes()


def diff_fields(draft: object, final: object, prefix: str = "") -> list[dict]:
    """Field-by-field differences: [{field, old, new}] plus a unified `diff` for strings and
    `added`/`removed` for lists. Nested dicts are compared per key ("generated_by.model")."""
    if isinstance(draft, dict) and isinstance(final, dict):
        changes: list[dict] = []
        for key in list(draft) + [k for k in final if k not in draft]:
            name = f"{prefix}{key}"
            old, new = draft.get(key), final.get(key)
            if old == new:
                continue
            if isinstance(old, dict) and isinstance(new, dict):
                changes += diff_fields(old, new, f"{name}.")
            else:
                changes.append(_change(name, old, new))
        return changes
    return [] if draft == final else [_change(prefix.rstrip(".") or "(geheel)", draft, final)]


def _change(name: str, old: object, new: object) -> dict:
    change: dict = {"field": name, "old": old, "new": new}
    if isinstance(old, str) and isinstance(new, str):
        change["diff"] = "\n".join(
            difflib.unified_diff(old.splitlines(), new.splitlines(), "concept", "definitief", lineterm="")
        )
    elif isinstance(old, list) and isinstance(new, list):
        change["added"] = [v for v in new if v not in old]
        change["removed"] = [v for v in old if v not in new]
    return change


def _parse_since(since: str | date | datetime | None) -> str | None:
    if since is None or since == "":
        return None
    if isinstance(since, datetime):
        moment = since if since.tzinfo else since.replace(tzinfo=UTC)
    elif isinstance(since, date):
        moment = datetime(since.year, since.month, since.day, tzinfo=UTC)
    else:
        try:
            moment = datetime.fromisoformat(str(since).strip())
        except ValueError as exc:
            raise AuditError(f"Ongeldige datum {since!r}; gebruik JJJJ-MM-DD.") from exc
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class AuditLog:
    """The audit log in one SQLite file. Each call opens its own connection (thread-safe)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise AuditError(
                    f"Het auditlog {self.path} is gemaakt door een nieuwere versie van Regiewijzer; "
                    "werk Regiewijzer bij."
                )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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
        except sqlite3.DatabaseError as exc:
            raise AuditError(
                f"Het auditlog {self.path} kan niet worden gelezen of geschreven: {exc}"
            ) from exc
        finally:
            conn.close()

    # --- writing ---------------------------------------------------------------------------

    def save_draft(
        self, skill: str, input_text: str, draft_dict: dict, generated_by_dict: dict | None, user: str
    ) -> str:
        """Store a draft (redacted) and return its short id."""
        gen = dict(generated_by_dict or draft_dict.get("generated_by") or {})
        draft = redact_obj(draft_dict)
        with self._connect() as conn:
            for _ in range(10):
                draft_id = secrets.token_hex(4)
                if not conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone():
                    break
            conn.execute(
                "INSERT INTO drafts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    draft_id,
                    utc_now(),
                    skill,
                    user,
                    redact(input_text or ""),
                    input_hash(input_text or "", _installation_key(self.path)),
                    _dumps(draft),
                    gen.get("engine") or ENGINE_VERSION,
                    gen.get("backend"),
                    gen.get("model"),
                    gen.get("prompt"),
                    gen.get("prompt_version"),
                    None if gen.get("model_output_used") is None else int(bool(gen["model_output_used"])),
                    _dumps(redact_obj(gen)),
                ),
            )
        return draft_id

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
        """Record the professional's decision; returns the updated record (see `get`)."""
        if decision not in DECISIONS:
            raise InvalidDecision(f"Onbekend besluit {decision!r}; kies 'accepted' of 'rejected'.")
        reason = (reason or "").strip() or None
        if decision == "rejected" and not reason:
            raise ReasonRequired("Een afwijzing vraagt een reden: geef aan waarom het concept niet klopt.")
        if final is not None and not isinstance(final, dict):
            raise InvalidDecision("De definitieve versie moet een JSON-object zijn, net als het concept.")
        draft_id = self._resolve(draft_id)
        with self._connect() as conn:
            row = conn.execute("SELECT draft_json FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            last = conn.execute(
                "SELECT MAX(revision) AS r, decision, decided_at FROM decisions WHERE draft_id = ?",
                (draft_id,),
            ).fetchone()
            if last["r"] and not revise:
                raise AlreadyDecided(
                    f"Over concept {draft_id} is al besloten ({_nl(last['decision'])} op {last['decided_at']}); "
                    "gebruik --revise om een herziening vast te leggen."
                )
            draft = json.loads(row["draft_json"])
            final_red = draft if final is None else redact_obj(final)
            changes = diff_fields(draft, final_red)
            conn.execute(
                "INSERT INTO decisions VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    draft_id,
                    (last["r"] or 0) + 1,
                    decision,
                    redact(reason) if reason else None,
                    _dumps(final_red),
                    _dumps(changes),
                    ",".join(c["field"] for c in changes),
                    user,
                    utc_now(),
                ),
            )
        return self.get(draft_id)

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
        record = _draft_record(row)
        record["draft"] = json.loads(row["draft_json"])
        record["input_text"] = row["input_text"]
        record["generated_by"] = json.loads(row["generated_by_json"])
        record["revisions"] = [_decision_record(d) for d in decisions]
        latest = record["revisions"][-1] if record["revisions"] else None
        record.update(_latest_fields(latest))
        record["final"] = latest["final"] if latest else None
        record["changes"] = latest["changes"] if latest else []
        return record

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
        sql = (
            "SELECT d.*, x.revision, x.decision, x.reason, x.decided_by, x.decided_at, x.changed_fields "
            "FROM drafts d LEFT JOIN decisions x ON x.draft_id = d.id "
            "AND x.revision = (SELECT MAX(revision) FROM decisions WHERE draft_id = d.id) WHERE 1=1"
        )
        params: list[object] = []
        if skill:
            sql += " AND d.skill = ?"
            params.append(skill)
        if decision == "pending":
            sql += " AND x.decision IS NULL"
        elif decision:
            sql += " AND x.decision = ?"
            params.append(decision)
        if (moment := _parse_since(since)) is not None:
            sql += " AND d.created_at >= ?"
            params.append(moment)
        sql += " ORDER BY d.created_at DESC, d.rowid DESC"
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        with self._connect() as conn:
            rows = conn.execute(sql, params).fetchall()
        out = []
        for row in rows:
            record = _draft_record(row)
            record.update(
                {
                    "decision": row["decision"],
                    "revision": row["revision"],
                    "reason": row["reason"],
                    "decided_by": row["decided_by"],
                    "decided_at": row["decided_at"],
                    "changed_fields": _split(row["changed_fields"]),
                }
            )
            out.append(record)
        return out

    def export(self, path_or_stream: str | Path | IO[str], fmt: str | None = None, **filters) -> int:
        """Write the log as CSV (one row per draft, latest decision) or JSON (full records,
        every revision). fmt defaults to the file's suffix. Returns the number of drafts."""
        if fmt is None:
            suffix = Path(path_or_stream).suffix.lower() if isinstance(path_or_stream, (str, Path)) else ""
            fmt = suffix.lstrip(".") or "csv"
        fmt = fmt.lower()
        if fmt not in ("csv", "json"):
            raise AuditError(f"Onbekend exportformaat {fmt!r}; kies csv of json.")
        filters.setdefault("limit", None)
        rows = self.list(**filters)
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({**row, "changed_fields": ";".join(row["changed_fields"])})
        else:
            records = [self.get(row["id"]) for row in rows]
            json.dump(records, buffer, ensure_ascii=False, indent=2)
            buffer.write("\n")
        if isinstance(path_or_stream, (str, Path)):
            target = Path(path_or_stream)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(buffer.getvalue(), encoding="utf-8", newline="")
            except OSError as exc:
                raise AuditError(f"Kan niet schrijven naar {target}: {exc.strerror or exc}.") from exc
        else:
            path_or_stream.write(buffer.getvalue())
        return len(rows)


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, default=str)


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def _nl(decision: str) -> str:
    return {"accepted": "geaccepteerd", "rejected": "afgewezen"}.get(decision, decision)


def _draft_record(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "created_at": row["created_at"],
        "skill": row["skill"],
        "created_by": row["created_by"],
        "input_sha256": row["input_sha256"],
        "engine_version": row["engine_version"],
        "backend": row["backend"],
        "model": row["model"],
        "prompt": row["prompt"],
        "prompt_version": row["prompt_version"],
        "model_output_used": None if row["model_output_used"] is None else bool(row["model_output_used"]),
    }


def _decision_record(row: sqlite3.Row) -> dict:
    return {
        "revision": row["revision"],
        "decision": row["decision"],
        "reason": row["reason"],
        "decided_by": row["decided_by"],
        "decided_at": row["decided_at"],
        "final": json.loads(row["final_json"]),
        "changes": json.loads(row["changes_json"]),
        "changed_fields": _split(row["changed_fields"]),
    }


def _latest_fields(latest: dict | None) -> dict:
    keys = ("decision", "revision", "reason", "decided_by", "decided_at", "changed_fields")
    if latest is None:
        return {k: ([] if k == "changed_fields" else None) for k in keys}
    return {k: latest[k] for k in keys}


def record_draft(settings, skill: str, input_text: str, draft) -> str:
    """Store a skill's draft (a `Draft`) in the configured audit log; returns its id."""
    data = draft.to_dict()
    return AuditLog(settings.audit_db).save_draft(skill, input_text, data, data.get("generated_by"), settings.user)
