"""What a draft says, read from its `to_dict()`: the facts with status where the draft carries them
(`facts`, or a top-level fact object with `status`), else the older fields, where every fact was
told to the reader as true (status `stated`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.knowledge.corpus import load_law_sources

STATED, TO_CHECK, NOT_FOUND = "stated", "to_check", "not_found"


@dataclass
class Said:
    """One fact as the draft gave it: its status and value (dates as ISO strings)."""

    status: str
    value: Any = None
    condition: str | None = None  # a deadline that holds only in a case the letter names


def _fact(data: dict, key: str) -> dict | None:
    """A fact object with a status: in `facts`, or at the top level."""
    facts = data.get("facts")
    if isinstance(facts, dict) and isinstance(facts.get(key), dict) and "status" in facts[key]:
        return facts[key]
    top = data.get(key)
    if isinstance(top, dict) and "status" in top:
        return top
    return None


def _said(obj: dict) -> Said:
    return Said(str(obj.get("status") or STATED), obj.get("value"))


# -- letters -------------------------------------------------------------------------------------

_PAY_ACTION = re.compile(r"(?:Betaal|U moet) € ([\d.,]+\d)")


def letter_facts(data: dict) -> dict[str, Any]:
    """sender, letter_date, kind, amount_to_pay, pay_by, objection ((possible, until)), deadlines."""
    out: dict[str, Any] = {}
    for key in ("sender", "letter_date", "kind"):
        obj = _fact(data, key)
        value = data.get(key)
        out[key] = _said(obj) if obj else Said(STATED if value else NOT_FOUND, value or None)
    amount = _fact(data, "amount_to_pay")
    out["amount_to_pay"] = _said(amount) if amount else _older_amount(data)
    pay_by = _fact(data, "pay_by")
    out["pay_by"] = _said(pay_by) if pay_by else _older_pay_by(data)
    objection = _fact(data, "objection")
    if objection:
        out["objection"] = Said(str(objection["status"]), (objection.get("possible"), objection.get("until")))
    else:
        old = data.get("objection") or {}
        out["objection"] = Said(STATED, (old.get("possible"), old.get("until")))
    out["deadlines"] = _deadlines(data)
    return out


def _older_amount(data: dict) -> Said:
    told = [m.group(1) for m in (_PAY_ACTION.match(a) for a in data.get("actions") or []) if m]
    told += [f"{a['value']:.2f}".replace(".", ",") for a in data.get("amounts") or []
             if str(a.get("label", "")).lower() == "te betalen"]  # fmt: skip
    return Said(STATED, money(told[0])) if told else Said(NOT_FOUND)


def _older_pay_by(data: dict) -> Said:
    due = [d["date"] for d in data.get("dates") or [] if d.get("meaning") == "uiterste datum om te betalen"]
    return Said(STATED, due[0]) if due else Said(NOT_FOUND)


def _deadlines(data: dict) -> list[Said]:
    facts = data.get("facts")
    if isinstance(facts, dict) and isinstance(facts.get("deadlines"), list):
        out = [_said(d) for d in facts["deadlines"] if isinstance(d, dict)]
        return [Said(d.status, d.value.get("date"), d.value.get("condition")) if isinstance(d.value, dict) else d
                for d in out]
    out = []
    for d in data.get("dates") or []:
        meaning = str(d.get("meaning", ""))
        if ("uiterste" in meaning or "afspraak" in meaning) and not re.search(r"voorbij|bezwaar|beroep", meaning):
            out.append(Said(str(d.get("status") or STATED), d.get("date")))
    return out


def money(raw: str | float | int | None) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, (int, float)):
        return float(raw)
    return float(str(raw).rstrip(".").replace(".", "").replace(",", "."))


# -- triage --------------------------------------------------------------------------------------


def triage_value(data: dict, key: str) -> Any:
    """category / urgent: the fact's value when the draft carries facts, else the field."""
    obj = _fact(data, key)
    return obj.get("value") if obj else data.get(key)


def triage_units(data: dict, government_only: bool = False) -> set[str] | None:
    """The organisation units the draft says are involved; None when it names none at all."""
    facts = data.get("facts")
    items = facts.get("organisations") if isinstance(facts, dict) else None
    if not isinstance(items, list):
        items = data.get("organisation_details")
    if not isinstance(items, list):
        return None
    units = set()
    for item in items:
        if not isinstance(item, dict):
            continue
        value = item.get("value") if isinstance(item.get("value"), dict) else item
        if not value.get("involved", True) or item.get("status") == NOT_FOUND:
            continue
        if government_only and value.get("government") is False:
            continue
        unit = value.get("unit") or value.get("id")
        if unit:
            units.add(str(unit))
    return units


# -- grounds -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroundRef:
    id: str | None
    law: str
    article: str
    paragraph: str | None

    def label(self) -> str:
        return f"{self.law} {self.article}" + (f" lid {self.paragraph}" if self.paragraph else "")


def proposed_grounds(data: dict) -> list[GroundRef]:
    out = []
    for g in data.get("grounds") or []:
        para = g.get("paragraph")
        out.append(GroundRef(g.get("id"), str(g.get("law", "")), str(g.get("article", "")),
                             None if para in (None, "") else str(para)))  # fmt: skip
    return out


@lru_cache(maxsize=256)
def law_name(name: str) -> str:
    """The short citation name of a law ("Algemene wet bestuursrecht", "AWB" -> "Awb"), from
    corpus/sources.yaml; a name it does not know stays as it is."""
    wanted = name.strip().casefold()
    for law in load_law_sources():
        if wanted in (n.casefold() for n in law.all_names):
            return law.name
    return name.strip()


def same_ground(expected: str | dict, got: GroundRef) -> bool:
    """A catalogue id matches by id; {law, article, paragraph} matches when law and article are
    equal and the leden are equal or one names none (a whole article covers its leden)."""
    if isinstance(expected, str):
        return expected == got.id
    para = expected.get("paragraph")
    para = None if para in (None, "") else str(para)
    return (law_name(str(expected.get("law"))) == law_name(got.law) and str(expected.get("article")) == got.article
            and (para is None or got.paragraph is None or para == got.paragraph))  # fmt: skip


def ground_label(expected: str | dict) -> str:
    if isinstance(expected, str):
        return expected
    para = expected.get("paragraph")
    return f"{expected.get('law')} {expected.get('article')}" + (f" lid {para}" if para not in (None, "") else "")
