"""Export of the audit log: CSV (one row per draft, its latest decision) or JSON (full records,
every revision)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING

from assistant.audit.errors import AuditError

if TYPE_CHECKING:
    from assistant.audit.log import AuditLog

CSV_COLUMNS = [
    "id", "created_at", "skill", "created_by", "engine_version", "backend", "model", "prompt",
    "prompt_version", "model_output_used", "input_sha256", "decision", "revision", "decided_at",
    "decided_by", "reason", "changed_fields",
]  # fmt: skip

FORMATS = ("csv", "json")


def export_log(log: AuditLog, path_or_stream: str | Path | IO[str], fmt: str | None = None, **filters) -> int:
    """Write the log's drafts (filtered as `AuditLog.list`, no limit unless given) to a file or
    stream. fmt defaults to the file's suffix, else csv. Returns the number of drafts."""
    fmt = _format(path_or_stream, fmt)
    filters.setdefault("limit", None)
    rows = log.list(**filters)
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "changed_fields": ";".join(row["changed_fields"])})
    else:
        records = [log.get(row["id"]) for row in rows]
        json.dump(records, buffer, ensure_ascii=False, indent=2)
        buffer.write("\n")
    _write(path_or_stream, buffer.getvalue())
    return len(rows)


def _format(path_or_stream: str | Path | IO[str], fmt: str | None) -> str:
    if fmt is None:
        suffix = Path(path_or_stream).suffix.lower() if isinstance(path_or_stream, (str, Path)) else ""
        fmt = suffix.lstrip(".") or "csv"
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise AuditError(f"Onbekend exportformaat {fmt!r}; kies csv of json.")
    return fmt


def _write(path_or_stream: str | Path | IO[str], text: str) -> None:
    if not isinstance(path_or_stream, (str, Path)):
        path_or_stream.write(text)
        return
    target = Path(path_or_stream)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise AuditError(f"Kan niet schrijven naar {target}: {exc.strerror or exc}.") from exc
