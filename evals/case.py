"""One evaluation case, whatever its suite: its input, what is expected, and where that comes from.

Every case says where its expectation comes from (`source`: the report, a law article and lid, a
professional's judgement), when it was written (`written`) and whether it is held out (`held_out`:
nothing was tuned on it). A case file may set these per case; a file holding a list of cases may set
them once at its top level for all of them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

SUITES = ("triage", "letters", "grounds", "ask")
META_KEYS = ("source", "written", "held_out")


@dataclass
class Case:
    id: str  # "<suite>/<path or file>/<key>", stable across runs
    suite: str
    set: str  # the case set: "report", "own", "heldout2", "blind-2026-11-30", ...
    title: str  # a short label for tables
    input: dict[str, Any]
    expected: dict[str, Any]
    source: str | None = None
    written: str | None = None
    held_out: bool = False
    path: str = ""  # the case file, relative to the cases folder
    flags: dict[str, Any] = field(default_factory=dict)  # e.g. {"injection": True}

    @property
    def group(self) -> str:
        """'held_out' or 'tuned': the report always shows the two apart."""
        return "held_out" if self.held_out else "tuned"

    def to_dict(self) -> dict:
        return asdict(self)


def metadata(*layers: dict | None) -> dict[str, Any]:
    """source/written/held_out from the first layer (case, then file) that sets each of them."""
    out: dict[str, Any] = {"source": None, "written": None, "held_out": False}
    for key in META_KEYS:
        for layer in layers:
            if layer and layer.get(key) is not None:
                out[key] = layer[key]
                break
    if isinstance(out["written"], date):
        out["written"] = out["written"].isoformat()
    out["written"] = str(out["written"]) if out["written"] is not None else None
    out["held_out"] = bool(out["held_out"])
    out["source"] = " ".join(str(out["source"]).split()) if out["source"] else None
    return out


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:length]


def plain(value: Any) -> Any:
    """YAML values as JSON-able values (dates as ISO strings)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
