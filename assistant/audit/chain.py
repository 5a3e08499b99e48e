"""The hash chain that makes the audit log tamper-evident.

Every record (a draft, a decision, a purge) gets an entry in the `chain` table, written in the
same transaction: the SHA-256 digest of the record's row, and a hash over that digest and the
previous entry's hash, HMAC-SHA-256 with the installation key kept beside the log (so that the
chain cannot be recomputed from the database alone). `verify` walks the chain and reports every
break: an entry whose hash or link does not match, a record changed after it was written, a
record removed outside a purge, a record added outside Regiewijzer, a decision dated before its
draft, and a log cut short (the last known head, kept in a file beside the log, is gone).

A purge removes the rows, not their chain entries (which hold no personal data: an id, a time and
hashes); the purge's own record names the records it removed and the hash of the last one, so the
chain stays verifiable after it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

GENESIS = "0" * 64
_TABLES = {"draft": "drafts", "decision": "decisions", "purge": "purges"}
# The columns a digest covers. A later migration that adds a column leaves the digests of the
# records written before it valid; a column that must be covered is added here with that migration.
COLUMNS = {
    "draft": ("id", "created_at", "skill", "created_by", "input_text", "input_sha256", "draft_json",
              "engine_version", "backend", "model", "prompt", "prompt_version", "model_output_used",
              "generated_by_json"),
    "decision": ("draft_id", "revision", "decision", "reason", "final_json", "changes_json", "changed_fields",
                 "decided_by", "decided_at"),
    "purge": ("id", "at", "by", "cutoff", "drafts", "decisions", "last_purged_hash", "purged_json"),
}  # fmt: skip


def row_digest(kind: str, row: sqlite3.Row) -> str:
    """SHA-256 of a record's row as canonical JSON (the columns of COLUMNS[kind], by name)."""
    data = {k: row[k] for k in COLUMNS[kind]}
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def link_hash(key: bytes, prev_hash: str, kind: str, ref: str, at: str, digest: str) -> str:
    message = "\x1f".join((prev_hash, kind, ref, at, digest)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _ref_row(conn: sqlite3.Connection, kind: str, ref: str) -> sqlite3.Row | None:
    if kind == "decision":
        draft_id, revision = ref.rsplit("#", 1)
        query, args = "SELECT * FROM decisions WHERE draft_id = ? AND revision = ?", (draft_id, int(revision))
    else:
        query, args = f"SELECT * FROM {_TABLES[kind]} WHERE id = ?", (ref,)
    return conn.execute(query, args).fetchone()


def append(conn: sqlite3.Connection, key: bytes, kind: str, ref: str, at: str) -> tuple[int, str]:
    """Chain the record just written (inside the caller's write transaction); returns (seq, hash)."""
    last = conn.execute("SELECT hash FROM chain ORDER BY seq DESC LIMIT 1").fetchone()
    prev = last[0] if last else GENESIS
    digest = row_digest(kind, _ref_row(conn, kind, ref))
    new = link_hash(key, prev, kind, ref, at, digest)
    cursor = conn.execute(
        "INSERT INTO chain (kind, ref, at, digest, prev_hash, hash) VALUES (?,?,?,?,?,?)",
        (kind, ref, at, digest, prev, new),
    )
    return cursor.lastrowid, new


def chain_existing(conn: sqlite3.Connection, key: bytes) -> int:
    """Chain the rows of a log written before the chain existed, in the order they were written."""
    count = 0
    drafts = conn.execute("SELECT id, created_at FROM drafts ORDER BY rowid").fetchall()
    decisions = conn.execute("SELECT draft_id, revision, decided_at FROM decisions ORDER BY rowid").fetchall()
    events = [(r[1], 0, "draft", r[0]) for r in drafts] + [(r[2], 1, "decision", f"{r[0]}#{r[1]}") for r in decisions]
    for at, _, kind, ref in sorted(events):
        append(conn, key, kind, ref, at)
        count += 1
    return count


# --- the head file: the last entry this installation wrote, kept outside the database ---------


def head_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".head")


def write_head(db_path: Path, seq: int, hash_: str) -> None:
    """Move the head forward (never back: a concurrent writer may have written a later one)."""
    path = head_path(db_path)
    current = read_head(db_path)
    if current and current[0] >= seq:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{id(path)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"seq": seq, "hash": hash_}, fh)
    os.replace(tmp, path)


def read_head(db_path: Path) -> tuple[int, str] | None:
    try:
        data = json.loads(head_path(db_path).read_text())
        return int(data["seq"]), str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --- verifying ---------------------------------------------------------------------------------


@dataclass
class Verification:
    records: int = 0  # chain entries checked
    purged: int = 0  # records removed by purges (their entries still check out)
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn: sqlite3.Connection, key: bytes, db_path: Path) -> Verification:
    result = Verification()
    entries = conn.execute("SELECT * FROM chain ORDER BY seq").fetchall()
    purged = _purged_refs(conn)
    _check_links(entries, key, result)
    seen = _check_contents(conn, entries, purged, result)
    _check_unchained(conn, seen, result)
    _check_dates(conn, entries, result)
    _check_head(db_path, entries, result)
    result.records = len(entries)
    result.head = entries[-1]["hash"] if entries else GENESIS
    return result


def _check_links(entries: list[sqlite3.Row], key: bytes, result: Verification) -> None:
    prev, prev_at = GENESIS, ""
    for e in entries:
        what = f"record {e['seq']} ({_kind_nl(e['kind'])} {e['ref']})"
        if e["prev_hash"] != prev:
            result.problems.append(f"De keten is gebroken bij {what}: het verwijst niet naar het record ervoor.")
        if e["hash"] != link_hash(key, e["prev_hash"], e["kind"], e["ref"], e["at"], e["digest"]):
            result.problems.append(f"De hash van {what} klopt niet: het record is vervalst of gewijzigd.")
        if e["at"] < prev_at:
            result.problems.append(f"De tijd loopt terug bij {what} ({e['at']} na {prev_at}).")
        prev, prev_at = e["hash"], max(prev_at, e["at"])


def _purged_refs(conn: sqlite3.Connection) -> set[str]:
    refs: set[str] = set()
    for row in conn.execute("SELECT purged_json FROM purges"):
        refs.update(json.loads(row[0]))
    return refs


def _check_contents(conn, entries, purged: set[str], result: Verification) -> set[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    for e in entries:
        kind, ref = e["kind"], e["ref"]
        seen.add((kind, ref))
        row = _ref_row(conn, kind, ref)
        if row is None:
            if kind != "purge" and ref in purged:
                result.purged += 1
            else:
                result.problems.append(
                    f"{_kind_nl(kind).capitalize()} {ref} ontbreekt: verwijderd buiten `regiewijzer log --purge` om."
                )
        elif row_digest(kind, row) != e["digest"]:
            result.problems.append(f"{_kind_nl(kind).capitalize()} {ref} is gewijzigd nadat het is vastgelegd.")
    return seen


def _check_unchained(conn, seen: set[tuple[str, str]], result: Verification) -> None:
    rows = [("draft", r[0]) for r in conn.execute("SELECT id FROM drafts")]
    rows += [("decision", f"{r[0]}#{r[1]}") for r in conn.execute("SELECT draft_id, revision FROM decisions")]
    rows += [("purge", r[0]) for r in conn.execute("SELECT id FROM purges")]
    for kind, ref in rows:
        if (kind, ref) not in seen:
            result.problems.append(
                f"{_kind_nl(kind).capitalize()} {ref} staat niet in de keten: toegevoegd buiten Regiewijzer om."
            )


def _check_dates(conn, entries, result: Verification) -> None:
    """A decision is taken after its draft was written: in time and in the chain."""
    order = {(e["kind"], e["ref"]): e["seq"] for e in entries}
    query = (
        "SELECT x.draft_id, x.revision, x.decided_at, d.created_at FROM decisions x "
        "JOIN drafts d ON d.id = x.draft_id ORDER BY x.rowid"
    )
    for draft_id, revision, decided_at, created_at in conn.execute(query):
        ref = f"{draft_id}#{revision}"
        if decided_at < created_at:
            result.problems.append(
                f"Besluit {ref} is gedateerd vóór het concept ({decided_at} < {created_at}): vervalst of verkeerd ingevoerd."
            )
        elif order.get(("decision", ref), 1 << 62) < order.get(("draft", draft_id), -1):
            result.problems.append(f"Besluit {ref} staat in de keten vóór het concept waarover het gaat.")


def _check_head(db_path: Path, entries, result: Verification) -> None:
    head = read_head(db_path)
    if head is None:
        return
    seq, hash_ = head
    by_seq = {e["seq"]: e["hash"] for e in entries}
    if by_seq.get(seq) != hash_:
        result.problems.append(
            f"Het auditlog is ingekort of vervangen: record {seq}, het laatste dat deze installatie schreef, "
            "ontbreekt of is anders."
        )


def _kind_nl(kind: str) -> str:
    return {"draft": "concept", "decision": "besluit", "purge": "opschoning"}.get(kind, kind)
