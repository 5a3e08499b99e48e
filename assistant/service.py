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
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.audit.log import DECISIONS
from assistant.config import Settings
from assistant.errors import BackendUnavailable, IndexMissing

__all__ = ["DECISIONS", "IndexState", "Workbench"]

_UNSET = object()


@dataclass
class IndexState:
    """The index when there is one, else None and the warning that says why."""

    index: object | None
    warning: str | None = None


class Workbench:
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
            if self._index is _UNSET:
                from assistant.retrieval import open_index

                try:
                    self._index = IndexState(open_index(self.settings))
                except IndexMissing as exc:
                    if self.index_required:
                        raise
                    self._index = IndexState(None, f"Geen bronnen gebruikt: {exc}")
            return self._index

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
    @staticmethod
    def read(path: str | Path) -> str:
        from assistant.inputs import read_input

        return read_input(path)

    @staticmethod
    def read_bytes(raw: bytes, name: str) -> str:
        from assistant.inputs import text_from_bytes

        return text_from_bytes(raw, name)

    @staticmethod
    def check_text(text: str | None, name: str) -> str:
        from assistant.inputs import validate_text

        return validate_text(text, name)

    # -- skills ---------------------------------------------------------------------------------
    def ask(self, question: str, *, k: int = 5):
        from assistant.features.ask.skill import ask

        return ask(question, settings=self.settings, index=self.index(), llm=self.llm(), k=k)

    def triage(self, text: str):
        from assistant.features.triage.skill import triage

        state = self.index_state()
        note = triage(text, settings=self.settings, index=state.index, llm=self.llm())
        _warn_first(note, state.warning)
        return note

    def explain(self, text: str, *, today=None):
        from assistant.features.letters.skill import explain_letter

        return explain_letter(text, settings=self.settings, llm=self.llm(), today=today)

    def grounds(self, case_text: str, *, obstacle=None, breakthrough=None, spend=None, triage=None):
        """`triage`: a triage assessment or saved note (dict) whose structured findings are used."""
        from assistant.features.grounds.skill import propose_grounds

        state = self.index_state()
        proposal = propose_grounds(
            case_text, obstacle=obstacle, breakthrough=breakthrough, spend=spend, triage=triage,
            settings=self.settings, index=state.index, llm=self.llm(),
        )  # fmt: skip
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

    # -- the human decision ---------------------------------------------------------------------
    def save(self, skill: str, input_text: str, draft, *, user: str | None = None) -> str:
        """Store a draft in the audit log; returns its id."""
        data = draft.to_dict() if hasattr(draft, "to_dict") else dict(draft)
        return self.audit().save_draft(
            skill, input_text, data, data.get("generated_by"), user or self.settings.user
        )

    def decide(self, draft_id: str, decision: str, *, final=None, reason=None, user=None, revise=False) -> dict:
        return self.audit().decide(
            draft_id, decision, final=final, reason=reason, user=user or self.settings.user, revise=revise
        )

    def save_and_decide(self, skill: str, input_text: str, draft, decision: str, *, final=None, reason=None,
                        user=None) -> dict:  # fmt: skip
        """What a front end that stores drafts only on a decision calls (the panel). A decision the log
        would refuse (a rejection without reason) is refused before the draft is stored."""
        from assistant.audit.log import check_decision

        check_decision(decision, final, reason)
        draft_id = self.save(skill, input_text, draft, user=user)
        return self.decide(draft_id, decision, final=final, reason=reason, user=user)

    def log(self, **filters) -> list[dict]:
        return self.audit().list(**filters)

    def log_record(self, draft_id: str) -> dict:
        return self.audit().get(draft_id)

    def export_log(self, path, **filters) -> int:
        return self.audit().export(path, **filters)

    # -- knowledge ------------------------------------------------------------------------------
    def ingest(self, paths=(), *, include_defaults=True, rebuild=False, progress=True, embedder=None):
        from assistant.ingest import ingest_paths

        settings = replace(self.settings, embedder=embedder) if embedder else self.settings
        summary = ingest_paths(
            list(paths), settings, include_defaults=include_defaults, progress=progress, rebuild=rebuild
        )
        self.reset()
        return summary

    def update_laws(self, *, only=None, base_url=None, ingest=True, progress=True):
        from assistant.ingest.bwb.update import update_laws

        report = update_laws(self.settings, only=only, base_url=base_url, ingest=ingest, progress=progress)
        self.reset()
        return report

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
            status["index"] = {"chunks": state.index.chunk_count(), "path": str(self.settings.index_path)}
            status["laws"] = state.index.law_versions()
        return status


def _warn_first(draft, warning: str | None) -> None:
    if warning and warning not in draft.warnings:
        draft.warnings.insert(0, warning)


def _quiet_llm(wb: Workbench):
    try:
        return wb.llm()
    except BackendUnavailable:
        return None
