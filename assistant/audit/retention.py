"""Retention: removing records older than the retention period, and recording that it was done.

A draft is removed together with its decisions when its last event (its creation or its latest
decision) is older than the cut-off, so a decision is never left without its draft. The removal
runs in the caller's write transaction: the append-only triggers are lifted for it and put back
exactly as they were (their SQL is read from the schema), so either everything happens or nothing.
The purge is recorded in `purges` (who, when, the cut-off, the counts, the ids removed and the
chain hash of the last record removed) and chained like every other record, so `verify` can tell
a purge from a deletion behind Regiewijzer's back.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from datetime import UTC, datetime, timedelta

from assistant.audit import chain
from assistant.audit.errors import AuditError

_STALE = """
SELECT d.id FROM drafts d
WHERE MAX(d.created_at, COALESCE((SELECT MAX(x.decided_at) FROM decisions x WHERE x.draft_id = d.id), '')) < ?
ORDER BY d.rowid
"""
_GUARDS = ("drafts_no_delete", "decisions_no_delete")


def cutoff_for(older_than_days: int, now: datetime | None = None) -> str:
    if older_than_days < 1:
        raise AuditError("De bewaartermijn moet minstens één dag zijn.")
    moment = (now or datetime.now(UTC)) - timedelta(days=older_than_days)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def purge_older(conn: sqlite3.Connection, key: bytes, older_than_days: int, by: str, at: str,
                now: datetime | None = None) -> dict:  # fmt: skip
    """Remove what is older than the cut-off and record the purge (inside a write transaction)."""
    cutoff = cutoff_for(older_than_days, now)
    drafts = [row[0] for row in conn.execute(_STALE, (cutoff,))]
    decisions = [
        f"{row[0]}#{row[1]}"
        for draft_id in drafts
        for row in conn.execute("SELECT draft_id, revision FROM decisions WHERE draft_id = ?", (draft_id,))
    ]
    refs = drafts + decisions
    last_hash = _last_hash(conn, refs)
    if drafts:
        _delete(conn, drafts)
    purge_id = secrets.token_hex(4)
    conn.execute(
        "INSERT INTO purges VALUES (?,?,?,?,?,?,?,?)",
        (purge_id, at, by, cutoff, len(drafts), len(decisions), last_hash, json.dumps(refs)),
    )
    chain.append(conn, key, "purge", purge_id, at)
    return {"id": purge_id, "at": at, "cutoff": cutoff, "drafts": len(drafts), "decisions": len(decisions),
            "last_purged_hash": last_hash}  # fmt: skip


def _last_hash(conn: sqlite3.Connection, refs: list[str]) -> str | None:
    """The chain hash of the last (latest written) record among `refs`."""
    wanted = set(refs)
    last = None
    for ref, hash_ in conn.execute("SELECT ref, hash FROM chain WHERE kind != 'purge' ORDER BY seq"):
        if ref in wanted:
            last = hash_
    return last


def _delete(conn: sqlite3.Connection, drafts: list[str]) -> None:
    guards = {
        name: sql
        for name, sql in conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({','.join('?' * len(_GUARDS))})",
            _GUARDS,
        )
    }
    for name in guards:
        conn.execute(f"DROP TRIGGER {name}")
    for start in range(0, len(drafts), 500):
        batch = drafts[start : start + 500]
        marks = ",".join("?" * len(batch))
        conn.execute(f"DELETE FROM decisions WHERE draft_id IN ({marks})", batch)
        conn.execute(f"DELETE FROM drafts WHERE id IN ({marks})", batch)
    for sql in guards.values():
        conn.execute(sql)
