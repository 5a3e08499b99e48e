"""Fetch the current official text ("toestand") of each known law from the BWB repository.

The repository publishes, per law, a manifest at <base>/<BWB id>/manifest.xml:

    <work label="BWBR0015703" _latestItem="2026-01-01_0/xml/BWBR0015703_2026-01-01_0.xml">
      <expression label="2026-01-01_0">
        <metadata><datum_inwerkingtreding>2026-01-01</datum_inwerkingtreding></metadata>
        <manifestation label="xml">
          <item label="BWBR0015703_2026-01-01_0.xml" _deleted="false"/>
        </manifestation>
      </expression>
      ...
    </work>

Of the expressions, the one in force today (the latest inwerkingtreding on or before today) is
taken; toestanden published ahead for a future date are left until that date. With no usable
expression list, `_latestItem` decides. Files go to <laws_dir>/<BWB id>/<date>.xml with a
<date>.json beside it (expression, URL, SHA-256, when fetched, which indexes have it). A version
already present is not downloaded again; a superseded one moves to <data_dir>/laws-archive/.
Only the configured base URL's host is ever contacted (no redirects elsewhere, no proxies).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import defusedxml.ElementTree as SafeET
import httpx

from assistant.errors import UserError

DEFAULT_BASE_URL = "https://repository.officiele-overheidspublicaties.nl/bwb"
BASE_URL_ENV = "REGIEWIJZER_BWB_URL"
NO_LAWS_HINT = (
    "Er is nog geen wettekst ingelezen: haal de actuele wetten op met `regiewijzer laws update` "
    "(eenmalig internet nodig) of lees een wettekst in met `regiewijzer ingest BESTAND`."
)
MAX_BYTES = 64 * 1024 * 1024
_BWB_ID = re.compile(r"^BWBR\d{7}$")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


class LawsUpdateError(UserError):
    pass


class LawsUnavailable(LawsUpdateError):
    """Nothing could be fetched and nothing is stored: no law text at all."""

    def __init__(self, message: str, report: UpdateReport | None = None):
        super().__init__(message)
        self.report = report


class _Unreachable(Exception):
    """The host did not answer (connection refused, DNS, timeout)."""


class _FetchFailed(Exception):
    """The host answered, but not with what we asked for."""


# --- manifest ----------------------------------------------------------------------------------


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
            m = _DATE.search(self.latest_item)
            return Expression(label=label, date=m.group(1) if m else "", path=self.latest_item)
        return min(self.expressions, key=lambda e: (e.date, e.label)) if self.expressions else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_manifest(data: bytes, bwb_id: str) -> Manifest:
    """Parse a BWB manifest (defusedxml: no entities, no external references)."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # ParseError and defusedxml's refusals
        raise _FetchFailed(f"het manifest is geen geldige XML ({exc.__class__.__name__})") from exc
    if _local(root.tag) != "work":
        raise _FetchFailed(f"het manifest heeft geen <work> maar <{_local(root.tag)}>")
    expressions = []
    for expr in root.iter():
        if _local(expr.tag) != "expression" or not expr.get("label"):
            continue
        label = expr.get("label")
        when = ""
        for el in expr.iter():
            if _local(el.tag) == "datum_inwerkingtreding" and (el.text or "").strip():
                when = el.text.strip()[:10]
                break
        if not when and (m := _DATE.match(label)):
            when = m.group(1)
        item_name = None
        for manifestation in expr:
            if _local(manifestation.tag) != "manifestation" or manifestation.get("label") != "xml":
                continue
            for item in manifestation:
                if (
                    _local(item.tag) == "item"
                    and item.get("_deleted", "false") != "true"
                    and item.get("label")
                ):
                    item_name = item.get("label")
        if item_name and _DATE.fullmatch(when or "-"):
            expressions.append(Expression(label=label, date=when, path=f"{label}/xml/{item_name}"))
    return Manifest(
        bwb_id=root.get("label") or bwb_id, latest_item=root.get("_latestItem"), expressions=expressions
    )


# --- HTTP, one host only -------------------------------------------------------------------------


class _Fetcher:
    def __init__(self, base_url: str, timeout: float):
        self.base = base_url.rstrip("/")
        parts = urlsplit(self.base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LawsUpdateError(
                f"Ongeldige adres voor de wettenbank: {base_url!r} (verwacht http(s)://host/pad)."
            )
        self.origin = (parts.scheme, parts.hostname, parts.port)
        self.host = parts.hostname
        self.requests = 0
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self.client.close()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        return (parts.scheme, parts.hostname, parts.port) == self.origin

    def get(self, url: str) -> bytes:
        for _ in range(4):
            if not self._allowed(url):
                raise _FetchFailed(f"verwijzing naar een andere server ({urlsplit(url).hostname}) geweigerd")
            self.requests += 1
            try:
                with self.client.stream("GET", url) as response:
                    if response.is_redirect and response.headers.get("location"):
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise _FetchFailed(f"HTTP {response.status_code} voor {url}")
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > MAX_BYTES:
                            raise _FetchFailed(f"{url} is groter dan {MAX_BYTES // 2**20} MB")
                        chunks.append(chunk)
                    return b"".join(chunks)
            except httpx.TransportError as exc:
                if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
                    raise _Unreachable(str(exc) or exc.__class__.__name__) from exc
                raise _FetchFailed(f"{url}: {exc.__class__.__name__}") from exc
        raise _FetchFailed(f"te veel doorverwijzingen voor {url}")


# --- local store -------------------------------------------------------------------------------


def stored_versions(laws_dir: Path, bwb_id: str) -> list[tuple[str, Path]]:
    """[(version_date, path)] of the law's stored XML files, oldest first."""
    folder = Path(laws_dir) / bwb_id
    found = [(p.stem, p) for p in folder.glob("*.xml") if _DATE.fullmatch(p.stem)] if folder.is_dir() else []
    return sorted(found)


def _read_meta(xml_path: Path) -> dict:
    try:
        return json.loads(xml_path.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_meta(xml_path: Path, meta: dict) -> None:
    _atomic_write(
        xml_path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False, indent=2).encode("utf-8")
    )


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _check_toestand(data: bytes, bwb_id: str) -> str | None:
    """Refuse anything but the law's toestand XML; returns its inwerkingtreding date."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:
        raise _FetchFailed(f"de wettekst is geen geldige of veilige XML ({exc.__class__.__name__})") from exc
    if _local(root.tag) != "toestand":
        raise _FetchFailed(f"geen BWB-toestand maar <{_local(root.tag)}>")
    if root.get("bwb-id") and root.get("bwb-id") != bwb_id:
        raise _FetchFailed(f"het bestand hoort bij {root.get('bwb-id')}, niet bij {bwb_id}")
    return root.get("inwerkingtreding")


# --- the update ---------------------------------------------------------------------------------


@dataclass
class LawUpdate:
    bwb_id: str
    name: str
    status: str  # downloaded | unchanged | kept | missing
    version_date: str | None = None
    path: str | None = None
    message: str = ""


@dataclass
class UpdateReport:
    base_url: str
    laws: list[LawUpdate] = field(default_factory=list)
    offline: bool = False
    warnings: list[str] = field(default_factory=list)
    requests: int = 0
    ingest: dict | None = None

    @property
    def downloaded(self) -> list[LawUpdate]:
        return [law for law in self.laws if law.status == "downloaded"]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["downloaded"] = len(self.downloaded)
        return data

    def to_text(self) -> str:
        labels = {
            "downloaded": "nieuwe versie opgehaald",
            "unchanged": "al actueel",
            "kept": "opgeslagen versie blijft in gebruik",
            "missing": "niet beschikbaar",
        }
        lines = [*self.warnings]
        for law in self.laws:
            version = f" (versie {law.version_date})" if law.version_date else ""
            extra = f": {law.message}" if law.message and law.status in ("kept", "missing") else ""
            lines.append(f"{law.name} [{law.bwb_id}]{version}: {labels[law.status]}{extra}")
        if self.ingest is not None:
            lines.append(
                f"Ingelezen in {self.ingest.get('index')}: {self.ingest.get('documents', 0)} wettekst(en), "
                f"{self.ingest.get('chunks', 0)} stukken."
            )
        return "\n".join(lines)


def base_url_from_env() -> str:
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


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
    from assistant.knowledge import load_law_sources

    today = today or date.today()
    laws = select_laws(load_law_sources(settings.corpus_dir), only)
    fetcher = _Fetcher(base_url or base_url_from_env(), timeout)
    report = UpdateReport(base_url=fetcher.base)
    try:
        for bwb_id, name in laws:
            report.laws.append(_update_one(fetcher, settings, bwb_id, name, today, report))
    finally:
        report.requests = fetcher.requests
        fetcher.close()
    if report.offline:
        report.warnings.insert(
            0,
            f"De officiële wettenbank ({fetcher.host}) is niet bereikbaar; de opgeslagen wetteksten blijven in gebruik.",
        )
    missing = [law for law in report.laws if law.status == "missing"]
    if missing and len(missing) == len(report.laws):
        if report.offline:
            raise LawsUnavailable(
                f"De officiële wettenbank ({fetcher.host}) is niet bereikbaar en er is nog geen wettekst "
                "opgeslagen; probeer het opnieuw met een internetverbinding."
            )
        raise LawsUnavailable(f"Geen enkele wettekst kon worden opgehaald: {missing[0].message}.", report)
    if missing:
        report.warnings.append(
            "Niet beschikbaar: " + ", ".join(f"{law.name} ({law.bwb_id})" for law in missing) + "."
        )
    if ingest:
        _ingest(settings, report, progress)
    return report


def _update_one(
    fetcher: _Fetcher, settings, bwb_id: str, name: str, today: date, report: UpdateReport
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
        if target.exists() and _read_meta(target).get("expression", current.label) == current.label:
            return LawUpdate(bwb_id, name, "unchanged", current.date, str(target))
        url = urljoin(f"{fetcher.base}/{bwb_id}/", current.path)
        data = fetcher.get(url)
        version = _check_toestand(data, bwb_id) or current.date
    except _Unreachable:
        report.offline = True
        return fallback("wettenbank niet bereikbaar")
    except _FetchFailed as exc:
        return fallback(str(exc))
    if version != current.date:
        report.warnings.append(
            f"{name}: het manifest noemt {current.date}, de wettekst zelf {version}; {version} aangehouden."
        )
        target = target.with_name(f"{version}.xml")
    _atomic_write(target, data)
    _write_meta(
        target,
        {
            "bwb_id": bwb_id,
            "name": name,
            "version_date": version,
            "expression": current.label,
            "url": url,
            "sha256": hashlib.sha256(data).hexdigest(),
            "bytes": len(data),
            "downloaded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "ingested_into": [],
        },
    )
    _archive_others(settings, bwb_id, keep=target)
    return LawUpdate(bwb_id, name, "downloaded", version, str(target))


def _archive_others(settings, bwb_id: str, keep: Path) -> None:
    """Move superseded versions out of laws_dir, so that only the current text is ingested."""
    archive = Path(settings.data_dir) / "laws-archive" / bwb_id
    for _, path in stored_versions(settings.laws_dir, bwb_id):
        if path == keep:
            continue
        archive.mkdir(parents=True, exist_ok=True)
        for p in (path, path.with_suffix(".json")):
            if p.exists():
                shutil.move(str(p), archive / p.name)


def _ingest(settings, report: UpdateReport, progress: bool) -> None:
    """Ingest every current law file this index has not seen yet (new downloads, or files whose
    earlier ingest was interrupted)."""
    from assistant.ingest import ingest_paths

    index = str(Path(settings.index_path).resolve())
    todo = []
    for law in report.laws:
        if law.path and law.status in ("downloaded", "unchanged", "kept"):
            meta = _read_meta(Path(law.path))
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
        meta = _read_meta(path)
        meta["ingested_into"] = sorted({*meta.get("ingested_into", []), index})
        _write_meta(path, meta)
