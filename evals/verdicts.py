"""An evaluator's verdicts per case: written in the report's review section, exported there as a
JSON file, stored with `regiewijzer eval --verdicts FILE`, and shown by every later run.

The store (default `evals/verdicts.json`, part of the checkout so that reviews can be committed)
keeps the latest verdict per case, with the fingerprint of the output it was given on: a later run
whose output differs shows the verdict as given on an earlier output.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

VERDICTS = ("correct", "wrong", "unsure")
LABELS = {"correct": "goed", "wrong": "fout", "unsure": "twijfel"}
FORMAT = "regiewijzer-eval-verdicts/1"


class VerdictError(ValueError):
    pass


def read_store(path: Path) -> dict[str, dict]:
    if not Path(path).is_file():
        return {}
    return _entries(_load(Path(path)), Path(path))


def _load(path: Path) -> dict | list:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VerdictError(f"Het oordelenbestand {path} is niet te lezen: {exc}") from exc


def _entries(data, path: Path) -> dict[str, dict]:
    """Accepts {"verdicts": {id: {...}}} (store and export) or a list of {case_id, ...}."""
    items = data.get("verdicts", data) if isinstance(data, dict) else data
    if isinstance(items, list):
        items = {str(i.get("case_id")): i for i in items if isinstance(i, dict)}
    if not isinstance(items, dict):
        raise VerdictError(f"{path} bevat geen oordelen per casus.")
    out = {}
    for case_id, entry in items.items():
        if not isinstance(entry, dict) or entry.get("verdict") not in VERDICTS:
            raise VerdictError(f"{path}: casus {case_id} heeft geen geldig oordeel (goed, fout of twijfel).")
        out[str(case_id)] = {
            "verdict": entry["verdict"], "comment": str(entry.get("comment") or "").strip(),
            "reviewer": str(entry.get("reviewer") or "").strip() or None, "date": entry.get("date"),
            "output_hash": entry.get("output_hash"),
        }  # fmt: skip
    return out


def import_verdicts(export_file: Path, store: Path) -> int:
    """Merge an exported file into the store (newer or undated entries replace older); returns the count."""
    new = _entries(_load(Path(export_file)), Path(export_file))
    current = read_store(store)
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    for case_id, entry in new.items():
        entry["date"] = entry.get("date") or now
        old = current.get(case_id)
        if old is None or str(entry["date"]) >= str(old.get("date") or ""):
            current[case_id] = entry
    Path(store).parent.mkdir(parents=True, exist_ok=True)
    Path(store).write_text(json.dumps({"format": FORMAT, "verdicts": dict(sorted(current.items()))},
                                      ensure_ascii=False, indent=1) + "\n", encoding="utf-8")  # fmt: skip
    return len(new)


def attach(cases: list[dict], store: dict[str, dict]) -> int:
    """Put each case's stored verdict on it (`stale`: given on another output); returns how many."""
    n = 0
    for case in cases:
        entry = store.get(case["id"])
        if entry:
            case["verdict"] = {**entry, "stale": bool(entry.get("output_hash"))
                               and entry["output_hash"] != case["output_hash"]}  # fmt: skip
            n += 1
    return n
