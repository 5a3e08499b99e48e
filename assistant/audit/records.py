"""What a record of the audit log holds: rows turned into plain dicts, the field-by-field
differences between a draft and its final version, timestamps, and the keyed input hash."""

from __future__ import annotations

import difflib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from assistant.audit.errors import AuditError


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def input_hash(text: str, key: bytes) -> str:
    """Keyed hash of the unredacted input: proves which text a draft came from without letting
    anyone who reads the log guess a short input (a BSN, a name) by hashing candidates."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def installation_key(db_path: Path) -> bytes:
    """A random key kept next to the audit log (created once, readable by the owner only).

    Written to a private temporary file and linked into place, so that processes creating it at
    the same moment all end up reading the one complete key."""
    key_path = db_path.with_name(db_path.name + ".key")
    if not key_path.exists():
        tmp = key_path.with_name(f"{key_path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, key_path)
        except FileExistsError:
            pass  # another process was first; its key is the key
        finally:
            tmp.unlink(missing_ok=True)
    key = key_path.read_bytes()
    if len(key) != 32:
        raise AuditError(f"De sleutel van het auditlog ({key_path}) is beschadigd; zet de back-up ervan terug.")
    return key


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


def parse_since(since: str | date | datetime | None) -> str | None:
    """A date, datetime or ISO text as a UTC ISO 8601 moment for comparing with `created_at`."""
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


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, default=str)


def split_fields(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def decision_nl(decision: str) -> str:
    return {"accepted": "geaccepteerd", "rejected": "afgewezen"}.get(decision, decision)


def draft_record(row: sqlite3.Row) -> dict:
    """The columns of a `drafts` row that every record shows."""
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


def decision_record(row: sqlite3.Row) -> dict:
    return {
        "revision": row["revision"],
        "decision": row["decision"],
        "reason": row["reason"],
        "decided_by": row["decided_by"],
        "decided_at": row["decided_at"],
        "final": json.loads(row["final_json"]),
        "changes": json.loads(row["changes_json"]),
        "changed_fields": split_fields(row["changed_fields"]),
    }


def full_record(row: sqlite3.Row, decisions: list[sqlite3.Row]) -> dict:
    """A draft with its input, draft, every revision and the latest decision's fields on top."""
    record = draft_record(row)
    record["draft"] = json.loads(row["draft_json"])
    record["input_text"] = row["input_text"]
    record["generated_by"] = json.loads(row["generated_by_json"])
    record["revisions"] = [decision_record(d) for d in decisions]
    latest = record["revisions"][-1] if record["revisions"] else None
    record.update(_latest_fields(latest))
    record["final"] = latest["final"] if latest else None
    record["changes"] = latest["changes"] if latest else []
    return record


def summary_record(row: sqlite3.Row) -> dict:
    """A row of the listing query: the draft's columns and its latest decision."""
    record = draft_record(row)
    record.update(
        {
            "decision": row["decision"],
            "revision": row["revision"],
            "reason": row["reason"],
            "decided_by": row["decided_by"],
            "decided_at": row["decided_at"],
            "changed_fields": split_fields(row["changed_fields"]),
        }
    )
    return record


def _latest_fields(latest: dict | None) -> dict:
    keys = ("decision", "revision", "reason", "decided_by", "decided_at", "changed_fields")
    if latest is None:
        return {k: ([] if k == "changed_fields" else None) for k in keys}
    return {k: latest[k] for k in keys}
