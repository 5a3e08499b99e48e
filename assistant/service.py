"""The one way in: `Workbench(settings)` serves the CLI, the panel, the eval runner and the training room.

Every front end calls these methods, so they behave the same by construction:
- one rule for a missing index: skills that can work without sources get a warning
  ("Geen bronnen gebruikt: ...") unless the caller insisted on an index (`index_required`);
- one input reader (`read`): PDF recognised by content, text in common encodings, stdin;
- one rule for recording drafts: a draft is stored in the audit log only when the professional
  saves it or decides on it (`save`, `decide`), never as a side effect of running a skill.

The index, the model and the audit log are opened lazily, once, and shared by the calls made
through one Workbench (the panel keeps one for the whole server; it is safe across threads).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.audit.log import DECISIONS
from assistant.config import Settings
from assistant.errors import BackendUnavailable, IndexMissing
from assistant.service_parts.decisions import DecisionsMixin
from assistant.service_parts.panel import PanelMixin

__all__ = ["DECISIONS", "IndexState", "Workbench"]

_UNSET = object()
INDEX_RETRY_S = 30  # an index that could not be opened (a Chroma server down) is tried again after this


@dataclass
class IndexState:
    """The index when there is one, else None and the warning that says why."""

    index: object | None
    warning: str | None = None
    generation: object | None = None  # the index folder's live generation when this state was made
    made_at: float = 0.0


class Workbench(DecisionsMixin, PanelMixin):
    def __init__(self, settings: Settings, *, index_required: bool = False, quiet_model: bool = False):
        """`index_required`: a missing index is an error (the user named one with --index).
        `quiet_model`: an unreachable configured model means "no model" instead of an error (panel)."""
        self.settings = settings
        self.index_required = index_required
        self.quiet_model = quiet_model
        self._index = _UNSET
        self._llm = _UNSET
        self._lock = threading.Lock()

    # -- resources, opened lazily -------------------------------------------------------------
    def index_state(self) -> IndexState:
        with self._lock:
            if self._index is _UNSET or self._index_stale():
                from assistant.retrieval import open_index
                from assistant.retrieval.layout import live

                generation, now = live(self.settings.index_path), time.monotonic()
                try:
                    self._index = IndexState(open_index(self.settings), generation=generation, made_at=now)
                except IndexMissing as exc:
                    if self.index_required:
                        raise
                    self._index = IndexState(None, f"Geen bronnen gebruikt: {exc}", generation, now)
            return self._index

    def _index_stale(self) -> bool:
        """True when an ingest elsewhere (CLI, `laws update`) swapped in another index generation since
        the index was opened (a long-running panel then uses the new one from its next request), or
        when opening failed more than INDEX_RETRY_S ago."""
        from assistant.retrieval.layout import live

        if live(self.settings.index_path) != self._index.generation:
            return True
        return self._index.index is None and time.monotonic() - self._index.made_at > INDEX_RETRY_S

    def index(self):
        """The index; IndexMissing with how to fix it when there is none (for `ask`)."""
        state = self.index_state()
        if state.index is None:
            from assistant.retrieval import open_index

            open_index(self.settings)  # raises IndexMissing with its message
        return state.index

    def llm(self):
        with self._lock:
            if self._llm is _UNSET:
                from assistant.llm import get_llm

                try:
                    self._llm = get_llm(self.settings)
                except BackendUnavailable:
                    if not self.quiet_model:
                        raise
                    self._llm = None
            return self._llm

    def audit(self):
        from assistant.audit.log import AuditLog

        return AuditLog(self.settings.audit_db)

    def reset(self) -> None:
        """Forget the opened index (after an ingest or a laws update)."""
        with self._lock:
            self._index = _UNSET

    # -- input ----------------------------------------------------------------------------------
    def read(self, path: str | Path, *, max_chars: int | None = None) -> str:
        """A file or '-' (stdin), read by content; the limits come from the settings (`max_chars`
        replaces max_text_chars, for input that is not pasted text, such as a JSON draft)."""
        from assistant.inputs import read_input

        return read_input(path, self.settings, max_chars=max_chars)

    def read_bytes(self, raw: bytes, name: str) -> str:
        from assistant.inputs import text_from_bytes

        return text_from_bytes(raw, name, self.settings)

    def check_text(self, text: str | None, name: str) -> str:
        from assistant.inputs import validate_text

        return validate_text(text, name, self.settings)

    @staticmethod
    def _screen(text: str, what: str, *, required: bool = True) -> tuple[str, list]:
        """The text an engine may read (injected and hidden passages removed) and those passages;
        InputError when nothing else is left of a `required` text."""
        from assistant.errors import InputError
        from assistant.text.injection import flagged_warning, screen

        screened = screen(text or "")
        if required and not screened.text.strip():
            if screened.flags:
                raise InputError(f"Er blijft niets over om te gebruiken. {flagged_warning(screened.flags, what)}")
            raise InputError(f"{what[:1].upper()}{what[1:]} bevat geen zichtbare tekst.")
        return screened.text, screened.flags

    # -- skills ---------------------------------------------------------------------------------
    def ask(self, question: str, *, k: int = 5):
        from assistant.features.ask.skill import ask
        from assistant.inputs import validate_text

        limit = self.settings.max_question_chars
        if question and question.strip():  # an empty question gets the skill's own answer
            validate_text(question, "de vraag", limit=limit, setting="max_question_chars")
        return ask(question, settings=self.settings, index=self.index(), llm=self.llm(), k=k)

    def triage(self, text: str):
        from assistant.features.triage.skill import triage

        text, flags = self._screen(text, "de intake")
        state = self.index_state()
        note = triage(text, settings=self.settings, index=state.index, llm=self.llm())
        _warn_flagged(note, flags, "de intake")
        _warn_first(note, state.warning)
        return note

    def explain(self, text: str, *, today=None):
        from assistant.features.letters.skill import explain_letter

        text, flags = self._screen(text, "de brief")
        letter = explain_letter(text, settings=self.settings, llm=self.llm(), today=today)
        _warn_flagged(letter, flags, "de brief")
        return letter

    def grounds(self, case_text: str, *, obstacle=None, breakthrough=None, spend=None, triage=None):
        """`triage`: a triage assessment or saved note (dict) whose structured findings are used."""
        from assistant.features.grounds.skill import propose_grounds

        case_text, flags = self._screen(case_text, "de casus")
        if obstacle:
            obstacle, more = self._screen(obstacle, "het obstakel", required=False)
            flags += more
        if breakthrough:
            breakthrough, more = self._screen(breakthrough, "de doorbraak", required=False)
            flags += more
        state = self.index_state()
        proposal = propose_grounds(
            case_text, obstacle=obstacle, breakthrough=breakthrough, spend=spend, triage=triage,
            settings=self.settings, index=state.index, llm=self.llm(),
        )  # fmt: skip
        _warn_flagged(proposal, flags, "de casus")
        if not any("index" in w for w in proposal.warnings):
            _warn_first(proposal, state.warning)
        return proposal

    @staticmethod
    def case_from_triage(note: dict) -> str:
        """The case text of a saved triage note (its summary and quoted evidence)."""
        from assistant.errors import InputError
        from assistant.features.grounds.skill import case_text_from_triage

        text = case_text_from_triage(note)
        if not text.strip():
            raise InputError("De triage-notitie bevat geen tekst om gronden bij te zoeken.")
        return text

    # -- knowledge ------------------------------------------------------------------------------
    def ingest(self, paths=(), *, include_defaults=True, rebuild=False, progress=True, embedder=None, only=False):
        from assistant.ingest import ingest_paths

        settings = replace(self.settings, embedder=embedder) if embedder else self.settings
        summary = ingest_paths(
            list(paths), settings, include_defaults=include_defaults, progress=progress, rebuild=rebuild, only=only
        )
        self.reset()
        return summary

    def update_laws(self, *, only=None, base_url=None, ingest=True, progress=True):
        from assistant.ingest.bwb.update import update_laws

        report = update_laws(self.settings, only=only, base_url=base_url, ingest=ingest, progress=progress)
        self.reset()
        return report

    def prepare_start(self, *, base_url=None, progress=True, check_online=True):
        """What `regiewijzer start` (`make run`) does before the panel serves: check the laws with the
        official repository (one line offline), then a quick first ingest whose law vectors follow
        behind the panel (`complete_index_behind`). See assistant/ingest/startup.py."""
        from assistant.ingest.startup import prepare

        report = prepare(self.settings, base_url=base_url, progress=progress, check_online=check_online)
        self.reset()
        return report

    def complete_index_behind(self, on_done=None):
        """Embed the law chunks that wait for their vectors, in a background thread at low priority."""
        from assistant.ingest.startup import complete_behind

        return complete_behind(self.settings, on_done=on_done)

    def stored_laws(self) -> list[dict]:
        from assistant.ingest.bwb.store import stored_versions
        from assistant.knowledge.corpus import load_law_sources

        rows = []
        for law in load_law_sources(self.settings.corpus_dir):
            versions = stored_versions(self.settings.laws_dir, law.bwb_id)
            if versions:
                date, path = versions[-1]
                rows.append({"bwb_id": law.bwb_id, "name": law.name, "version_date": date, "path": str(path)})
        return rows

    @staticmethod
    def no_laws_hint() -> str:
        from assistant.ingest.bwb.store import NO_LAWS_HINT

        return NO_LAWS_HINT

    def status(self) -> dict:
        """What the panel's status chip shows: the laws and their versions, the index, the model."""
        state = self.index_state()
        llm = self.llm() if self.quiet_model else _quiet_llm(self)
        status = {
            "index": None,
            "index_problem": state.warning,
            "laws": [],
            "model": {"backend": llm.name, "model": llm.model} if llm else None,
        }
        if state.index is not None:
            status["index"] = {"chunks": state.index.chunk_count(), "path": str(self.settings.index_path),
                               "built": _built_date(self.settings.index_path),
                               "waiting": state.index.waiting_count()}  # law chunks whose vectors follow
            status["laws"] = state.index.law_versions()  # each with version_date, checked_at, warning
        status["warnings"] = [law["warning"] for law in status["laws"] if law.get("warning")]
        return status


def _built_date(index_path: Path) -> str | None:
    """When the index was last built or updated (its newest manifest, in the folder or in one of its
    generations), as YYYY-MM-DD."""
    from datetime import datetime

    root = Path(index_path)
    times = [p.stat().st_mtime for p in [*root.glob("manifest.json"), *root.glob("*/manifest.json")]]
    return datetime.fromtimestamp(max(times)).date().isoformat() if times else None


def _warn_first(draft, warning: str | None) -> None:
    if warning and warning not in draft.warnings:
        draft.warnings.insert(0, warning)


def _warn_flagged(draft, flags: list, what: str) -> None:
    """Every draft made from a text with flagged passages says so first, listing them."""
    if flags:
        from assistant.text.injection import flagged_warning

        _warn_first(draft, flagged_warning(flags, what))


def _quiet_llm(wb: Workbench):
    try:
        return wb.llm()
    except BackendUnavailable:
        return None
