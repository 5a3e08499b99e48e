"""How current an indexed law text is: its version date (the date the text is in force from), when the
official repository last confirmed it (`regiewijzer laws update`), and a warning when the version is
older than a year.

An old version date alone does not prove the text is outdated (a law that was not amended keeps its
toestand), so the warning says whether the repository confirmed it and when.
"""

from __future__ import annotations

from datetime import date

STALE_AFTER_DAYS = 365
UPDATE_HINT = "haal de actuele tekst op met `regiewijzer laws update`"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def freshness(name: str, version_date: str | None, checked_at: str | None, today: date) -> dict:
    """{age_days, outdated, warning} for one law; warning is None for a version under a year old."""
    version = _day(version_date)
    if version is None:
        return {"age_days": None, "outdated": True,
                "warning": f"{name}: versiedatum onbekend; controleer de tekst ({UPDATE_HINT})."}
    age = (today - version).days
    if age <= STALE_AFTER_DAYS:
        return {"age_days": age, "outdated": False, "warning": None}
    checked = _day(checked_at)
    if checked:
        tail = f"op {checked.isoformat()} bij de officiële wettenbank nagekeken: toen de geldende versie"
    else:
        tail = f"niet nagekeken bij de officiële wettenbank; {UPDATE_HINT}"
    return {"age_days": age, "outdated": True,
            "warning": f"{name}: versie van {version.isoformat()} is ouder dan een jaar ({tail})."}


def checked_at(source: str | None) -> str | None:
    """When `regiewijzer laws update` last confirmed the law file `source` as current (from the
    metadata it writes next to the file); None for a law read from elsewhere."""
    import json
    from pathlib import Path

    if not source:
        return None
    try:
        meta = json.loads(Path(source).with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta.get("checked_at") or meta.get("downloaded_at") if isinstance(meta, dict) else None
