"""Read what the BWB repository serves: a law's manifest, and the toestand XML it points to.

Both are parsed with defusedxml (no entities, no external references); anything else than the
expected document raises `FetchFailed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import defusedxml.ElementTree as SafeET

from assistant.ingest.bwb.errors import FetchFailed

DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class Expression:
    label: str  # "2026-01-01_0"
    date: str  # inwerkingtreding, "2026-01-01"
    path: str  # relative to the work: "2026-01-01_0/xml/BWBR0015703_2026-01-01_0.xml"


@dataclass
class Manifest:
    bwb_id: str
    latest_item: str | None
    expressions: list[Expression]

    def current(self, today: date) -> Expression | None:
        """The expression in force on `today`; else the latest item; else the earliest one."""
        in_force = [e for e in self.expressions if e.date <= today.isoformat()]
        if in_force:
            return max(in_force, key=lambda e: (e.date, e.label))
        if self.latest_item:
            label = self.latest_item.strip("/").split("/")[0]
            m = DATE.search(self.latest_item)
            return Expression(label=label, date=m.group(1) if m else "", path=self.latest_item)
        return min(self.expressions, key=lambda e: (e.date, e.label)) if self.expressions else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_manifest(data: bytes, bwb_id: str) -> Manifest:
    """Parse a BWB manifest (defusedxml: no entities, no external references)."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # ParseError and defusedxml's refusals
        raise FetchFailed(f"het manifest is geen geldige XML ({exc.__class__.__name__})") from exc
    if _local(root.tag) != "work":
        raise FetchFailed(f"het manifest heeft geen <work> maar <{_local(root.tag)}>")
    expressions = []
    for expr in root.iter():
        if _local(expr.tag) != "expression" or not expr.get("label"):
            continue
        label = expr.get("label")
        when = _in_force_date(expr, label)
        item_name = _xml_item_name(expr)
        if item_name and DATE.fullmatch(when or "-"):
            expressions.append(Expression(label=label, date=when, path=f"{label}/xml/{item_name}"))
    return Manifest(
        bwb_id=root.get("label") or bwb_id, latest_item=root.get("_latestItem"), expressions=expressions
    )


def _in_force_date(expr, label: str) -> str:
    """The expression's datum_inwerkingtreding, else the date its label starts with, else ""."""
    for el in expr.iter():
        if _local(el.tag) == "datum_inwerkingtreding" and (el.text or "").strip():
            return el.text.strip()[:10]
    if m := DATE.match(label):
        return m.group(1)
    return ""


def _xml_item_name(expr) -> str | None:
    """The last item of the expression's XML manifestation that is not marked deleted."""
    item_name = None
    for manifestation in expr:
        if _local(manifestation.tag) != "manifestation" or manifestation.get("label") != "xml":
            continue
        for item in manifestation:
            if _local(item.tag) == "item" and item.get("_deleted", "false") != "true" and item.get("label"):
                item_name = item.get("label")
    return item_name


def check_toestand(data: bytes, bwb_id: str) -> str | None:
    """Refuse anything but the law's toestand XML; returns its inwerkingtreding date."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:
        raise FetchFailed(f"de wettekst is geen geldige of veilige XML ({exc.__class__.__name__})") from exc
    if _local(root.tag) != "toestand":
        raise FetchFailed(f"geen BWB-toestand maar <{_local(root.tag)}>")
    if root.get("bwb-id") and root.get("bwb-id") != bwb_id:
        raise FetchFailed(f"het bestand hoort bij {root.get('bwb-id')}, niet bij {bwb_id}")
    return root.get("inwerkingtreding")
