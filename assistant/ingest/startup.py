"""What `make run` (`regiewijzer start`) does before the panel serves, and what it finishes behind it.

1. The laws: check the official repository for a newer version of every known law and fetch it
   (first start: all of them). Offline this is one line, and what is stored stays in use.
2. A quick first ingest: the project's own knowledge (FAQ, grounds, the article guide) is embedded;
   the law texts are searchable at once by their words, by citation and through the guide, and wait
   for their vectors (deferral.py). Measured on two cores (benchmarks/first_start.py): embedding the
   law texts is most of a cold start, and with the guide they add nothing to recall@5 on the dev sets.
3. Behind the panel: a full ingest gives the law texts their vectors, at low CPU priority; the panel
   uses the new index generation from its next request (the Workbench notices the swap).
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field

from assistant.errors import UserError

LAWS_TIMEOUT = 20.0  # seconds per request to the repository during a start


@dataclass
class StartReport:
    lines: list[str] = field(default_factory=list)  # what the start prints, in Dutch
    laws: object | None = None  # the UpdateReport, when the repository answered
    ingest: object | None = None  # the IngestSummary of the first ingest
    offline: bool = False

    behind_seconds: float = 0.0  # estimated time to embed the waiting law chunks

    @property
    def waiting(self) -> int:
        return getattr(self.ingest, "deferred", 0) if self.ingest else 0

    @property
    def behind_text(self) -> str:
        from assistant.ingest.deferral import duration

        return duration(self.behind_seconds)


def check_laws(settings, *, base_url: str | None = None) -> tuple[list[str], object | None, bool]:
    """(lines to print, the update report or None, offline) for the laws step of a start."""
    from assistant.ingest.bwb.errors import LawsUnavailable
    from assistant.ingest.bwb.update import update_laws

    try:
        report = update_laws(settings, base_url=base_url, ingest=False, timeout=LAWS_TIMEOUT)
    except LawsUnavailable as exc:
        if exc.report is None:  # offline and nothing stored
            return [("Geen verbinding met de officiële wettenbank en nog geen wetteksten opgeslagen: het paneel "
                     "start zonder wetten (haal ze later op met `regiewijzer laws update`).")], None, True
        return [str(exc)], exc.report, False
    except UserError as exc:
        return [str(exc)], None, False
    if report.offline:
        kept = [law for law in report.laws if law.status == "kept"]
        return [f"Geen verbinding met de officiële wettenbank: Regiewijzer gebruikt de opgeslagen "
                f"wetteksten ({len(kept)} wetten)."], report, True
    return _law_lines(report), report, False


def _law_lines(report) -> list[str]:
    """One line per new version (with what changed), one line for all that were already current."""
    lines = []
    for law in report.downloaded:
        changes = f" ({law.changes.to_text()})" if law.changes else ""
        lines.append(f"{law.name}: versie {law.version_date} opgehaald{changes}.")
    current = [law.name for law in report.laws if law.status == "unchanged"]
    if current:
        lines.append(f"Actueel volgens de officiële wettenbank: {len(current)} wetten.")
    lines += report.warnings
    return lines


def prepare(settings, *, paths=(), base_url: str | None = None, progress: bool = True,
            check_online: bool = True) -> StartReport:
    """Steps 1 and 2: the laws, then the quick first ingest (corpus/, the fetched laws and `paths`)."""
    from assistant.ingest import ingest_paths

    start = StartReport()
    if check_online:
        start.lines, start.laws, start.offline = check_laws(settings, base_url=base_url)
        for line in start.lines:
            print(line, file=sys.stderr, flush=True)
    start.ingest = ingest_paths(list(paths), settings, progress=progress, defer_laws=True)
    start.behind_seconds = _behind_estimate(settings)
    return start


def _behind_estimate(settings) -> float:
    from assistant.ingest.deferral import estimate_seconds, text_of
    from assistant.retrieval.embedders import get_embedder
    from assistant.retrieval.layout import live
    from assistant.retrieval.pending import read_pending

    generation = live(settings.index_path)
    waiting = read_pending(generation.dir if generation else None)
    return estimate_seconds(get_embedder(settings).name, [text_of(c) for c in waiting.values()])


def complete_behind(settings, *, paths=(), on_done=None) -> threading.Thread:
    """Step 3 in a background thread at low priority: the full ingest that embeds the waiting law
    chunks. `on_done(summary or None, error message or None)` is called at the end."""

    def work() -> None:
        from assistant.ingest import ingest_paths

        _lower_priority()
        try:
            summary = ingest_paths(list(paths), settings, progress=False)
        except UserError as exc:  # another ingest runs on this index: it finishes the work
            _call(on_done, None, str(exc))
        except Exception as exc:  # noqa: BLE001 - the panel keeps serving; say why in one line
            _call(on_done, None, f"{exc.__class__.__name__}: {exc}")
        else:
            _call(on_done, summary, None)

    thread = threading.Thread(target=work, name="regiewijzer-vectoren", daemon=True)
    thread.start()
    return thread


def _call(callback, summary, error) -> None:
    if callback is not None:
        callback(summary, error)


def _lower_priority() -> None:
    """Nice this thread (Linux: per thread; the embedder's worker threads it starts inherit it), so
    the panel's own requests keep the CPU."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 15)
    except (AttributeError, OSError):
        pass
