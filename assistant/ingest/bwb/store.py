"""The local law store: <laws_dir>/<BWB id>/<date>.xml, each with a <date>.json of metadata.

Superseded versions move to <data_dir>/laws-archive/<BWB id>/, so that only the current text of a
law is ingested.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from assistant.ingest.bwb.manifest import DATE

NO_LAWS_HINT = (
    "Er is nog geen wettekst ingelezen: haal de actuele wetten op met `regiewijzer laws update` "
    "(eenmalig internet nodig) of lees een wettekst in met `regiewijzer ingest BESTAND`."
)


def stored_versions(laws_dir: Path, bwb_id: str) -> list[tuple[str, Path]]:
    """[(version_date, path)] of the law's stored XML files, oldest first."""
    folder = Path(laws_dir) / bwb_id
    found = [(p.stem, p) for p in folder.glob("*.xml") if DATE.fullmatch(p.stem)] if folder.is_dir() else []
    return sorted(found)


def read_meta(xml_path: Path) -> dict:
    try:
        return json.loads(xml_path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_meta(xml_path: Path, meta: dict) -> None:
    atomic_write(
        xml_path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8")
    )


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def archive_others(settings, bwb_id: str, keep: Path) -> None:
    """Move superseded versions out of laws_dir, so that only the current text is ingested."""
    archive = Path(settings.data_dir) / "laws-archive" / bwb_id
    for _, path in stored_versions(settings.laws_dir, bwb_id):
        if path == keep:
            continue
        archive.mkdir(parents=True, exist_ok=True)
        for p in (path, path.with_suffix(".json")):
            if p.exists():
                shutil.move(str(p), archive / p.name)
