"""`update_laws`: fetch the law in force today for every known law, store it, and ingest it.

When the repository cannot be reached, what is stored stays in use; see the package docstring for
the repository's layout and the local store.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin

from assistant.ingest.bwb.diff import LawChanges, compare_laws
from assistant.ingest.bwb.errors import FetchFailed, LawsUnavailable, LawsUpdateError, Unreachable
from assistant.ingest.bwb.fetch import Fetcher, base_url_from_env
from assistant.ingest.bwb.manifest import Expression, check_toestand, parse_manifest
from assistant.ingest.bwb.report import LawUpdate, UpdateReport
from assistant.ingest.bwb.store import archive_others, atomic_write, read_meta, stored_versions, write_meta

_BWB_ID = re.compile(r"^BWBR\d{7}$")


def select_laws(sources, only: list[str] | None) -> list[tuple[str, str]]:
    """[(bwb_id, name)] for all known laws, or for the ones named in `only` (BWB id or law name)."""
    known = [(s.bwb_id, s.name) for s in sources]
    if not only:
        return known
    wanted = [w.strip() for item in only for w in item.split(",") if w.strip()]
    chosen: list[tuple[str, str]] = []
    for w in wanted:
        match = next(
            (
                (s.bwb_id, s.name)
                for s in sources
                if w.upper() == s.bwb_id or w.casefold() in (n.casefold() for n in s.all_names)
            ),
            None,
        )
        if match is None and _BWB_ID.match(w.upper()):
            match = (w.upper(), w.upper())
        if match is None:
            raise LawsUpdateError(
                f"Onbekende wet {w!r}: geef een BWB-id (zoals BWBR0015703) of een wetnaam uit corpus/sources.yaml."
            )
        if match not in chosen:
            chosen.append(match)
    return chosen


def update_laws(
    settings,
    *,
    only: list[str] | None = None,
    base_url: str | None = None,
    ingest: bool = True,
    today: date | None = None,
    timeout: float = 60.0,
    progress: bool = False,
) -> UpdateReport:
    """Download new versions, keep what is stored when the repository cannot be reached, ingest."""
    from assistant.knowledge.corpus import load_law_sources

    today = today or date.today()
    laws = select_laws(load_law_sources(settings.corpus_dir), only)
    fetcher = Fetcher(base_url or base_url_from_env(), timeout)
    report = UpdateReport(base_url=fetcher.base)
    try:
        for bwb_id, name in laws:
            report.laws.append(_update_one(fetcher, settings, bwb_id, name, today, report))
    finally:
        report.requests = fetcher.requests
        fetcher.close()
    _warn_or_raise(report, fetcher.host)
    if ingest:
        _ingest(settings, report, progress)
    return report


def _warn_or_raise(report: UpdateReport, host: str) -> None:
    """Warn about an offline repository and missing laws; raise when no law is there at all."""
    if report.offline:
        report.warnings.insert(
            0,
            f"De officiële wettenbank ({host}) is niet bereikbaar; de opgeslagen wetteksten blijven in gebruik.",
        )
    missing = [law for law in report.laws if law.status == "missing"]
    if missing and len(missing) == len(report.laws):
        if report.offline:
            raise LawsUnavailable(
                f"De officiële wettenbank ({host}) is niet bereikbaar en er is nog geen wettekst "
                "opgeslagen; probeer het opnieuw met een internetverbinding."
            )
        raise LawsUnavailable(f"Geen enkele wettekst kon worden opgehaald: {missing[0].message}.", report)
    if missing:
        report.warnings.append(
            "Niet beschikbaar: " + ", ".join(f"{law.name} ({law.bwb_id})" for law in missing) + "."
        )


def _update_one(
    fetcher: Fetcher, settings, bwb_id: str, name: str, today: date, report: UpdateReport
) -> LawUpdate:
    stored = stored_versions(settings.laws_dir, bwb_id)
    have = stored[-1] if stored else None

    def fallback(message: str) -> LawUpdate:
        if have:
            return LawUpdate(bwb_id, name, "kept", have[0], str(have[1]), message)
        return LawUpdate(bwb_id, name, "missing", message=message)

    if report.offline:
        return fallback("wettenbank niet bereikbaar")
    try:
        manifest = parse_manifest(fetcher.get(f"{fetcher.base}/{bwb_id}/manifest.xml"), bwb_id)
        current = manifest.current(today)
        if current is None:
            return fallback("het manifest noemt geen versie")
        target = Path(settings.laws_dir) / bwb_id / f"{current.date}.xml"
        if target.exists() and read_meta(target).get("expression", current.label) == current.label:
            write_meta(target, {**read_meta(target), "checked_at": _now()})  # confirmed current today
            return LawUpdate(bwb_id, name, "unchanged", current.date, str(target))
        url = urljoin(f"{fetcher.base}/{bwb_id}/", current.path)
        data = fetcher.get(url)
        version = check_toestand(data, bwb_id) or current.date
    except Unreachable:
        report.offline = True
        return fallback("wettenbank niet bereikbaar")
    except FetchFailed as exc:
        return fallback(str(exc))
    if version != current.date:
        report.warnings.append(
            f"{name}: het manifest noemt {current.date}, de wettekst zelf {version}; {version} aangehouden."
        )
        target = target.with_name(f"{version}.xml")
    changes = _save(settings, target, data, bwb_id=bwb_id, name=name, version=version, current=current, url=url,
                    previous=have)
    return LawUpdate(bwb_id, name, "downloaded", version, str(target), changes=changes)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _parse(path: Path):
    from assistant.ingest.laws import LawParseError, load_law_file

    try:
        return load_law_file(path)
    except (LawParseError, OSError):
        return None


def _save(
    settings, target: Path, data: bytes, *, bwb_id: str, name: str, version: str, current: Expression, url: str,
    previous: tuple[str, Path] | None,
) -> LawChanges | None:
    """Write the toestand and its metadata, archive the law's other versions; return what changed
    since the previous stored version (articles added, removed, changed)."""
    old = _parse(previous[1]) if previous else None  # read first: the same path may be overwritten
    atomic_write(target, data)
    write_meta(
        target,
        {
            "bwb_id": bwb_id,
            "name": name,
            "version_date": version,
            "expression": current.label,
            "url": url,
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            "downloaded_at": _now(),
            "checked_at": _now(),
            "ingested_into": [],
        },
    )
    new = _parse(target)
    archive_others(settings, bwb_id, keep=target)
    if new is None:
        return None
    return compare_laws(old, new, previous[0] if previous and old else None)


def _ingest(settings, report: UpdateReport, progress: bool) -> None:
    """Ingest every current law file this index has not seen yet (new downloads, or files whose
    earlier ingest was interrupted)."""
    from assistant.ingest import ingest_paths

    index = str(Path(settings.index_path).resolve())
    todo = []
    for law in report.laws:
        if law.path and law.status in ("downloaded", "unchanged", "kept"):
            meta = read_meta(Path(law.path))
            if index not in meta.get("ingested_into", []):
                todo.append(Path(law.path))
    if not todo:
        return
    summary = ingest_paths(todo, settings, include_defaults=False, progress=progress)
    report.ingest = summary.to_dict() if hasattr(summary, "to_dict") else dict(summary)
    failed = {str(Path(s["file"]).resolve()) for s in report.ingest.get("skipped", [])}
    for path in todo:
        if str(path.resolve()) in failed:
            report.warnings.append(f"{path} kon niet worden ingelezen.")
            continue
        meta = read_meta(path)
        meta["ingested_into"] = sorted({*meta.get("ingested_into", []), index})
        write_meta(path, meta)
