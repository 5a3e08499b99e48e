"""Workbench methods for the panel and the evaluators: a conversation, full source texts, today's
drafts, the decision form, the training room, logins, and the eval runner in evals/."""

from __future__ import annotations

import threading


class PanelMixin:
    # -- evaluation (evals/ in the checkout: cases, metrics, runner, report) -------------------
    def run_eval(self, **options):
        """Run the regression evals with these settings (backend, model); returns an EvalOutcome.
        `options`: the fields of evals.runner.EvalOptions (suites, cases_dir, baseline, report, ...)."""
        runner = _evals_module("runner")
        return runner.run(self.settings, runner.EvalOptions(**options))

    @staticmethod
    def compare_evals(first, second, *, report=None):
        """Compare two saved eval runs (the first as the baseline); returns an EvalOutcome."""
        return _evals_module("compare").compare_files(first, second, report=report)

    # -- the panel: a conversation, full source texts, today's drafts, the decision form --------
    def chat(self, question: str, previous=()):
        """A question in a conversation (`previous`: the earlier standalone questions, oldest first):
        a follow-up is rewritten into a standalone question, then answered. Returns a ChatReply."""
        from assistant.features.ask.followup import answer_rewritten

        rewrite = self._rewrite(question, previous)
        return answer_rewritten(rewrite, settings=self.settings, index=self.index(), llm=self.llm())

    def chat_stream(self, question: str, previous=()):
        """`chat` as events: ("rewrite", Rewrite), then ("piece", text) while a model writes (not yet
        verified: show it as provisional), then ("reply", ChatReply) with the verified answer."""
        import queue

        from assistant.features.ask.followup import answer_rewritten

        rewrite = self._rewrite(question, previous)
        yield "rewrite", rewrite
        index, llm = self.index(), self.llm()
        if llm is None:
            yield "reply", answer_rewritten(rewrite, settings=self.settings, index=index)
            return
        pieces: queue.Queue = queue.Queue()
        outcome: dict = {}

        def work() -> None:
            try:
                outcome["reply"] = answer_rewritten(
                    rewrite, settings=self.settings, index=index, llm=_Streamed(llm, pieces.put))
            except Exception as exc:  # noqa: BLE001 - raised again in the caller's thread
                outcome["error"] = exc
            finally:
                pieces.put(None)

        threading.Thread(target=work, daemon=True).start()
        while (piece := pieces.get()) is not None:
            yield "piece", piece
        if "error" in outcome:
            raise outcome["error"]
        yield "reply", outcome["reply"]

    def _rewrite(self, question: str, previous):
        from assistant.features.ask.followup import rewrite_question
        from assistant.inputs import validate_text

        validate_text(question, "de vraag", limit=self.settings.max_question_chars, setting="max_question_chars")
        return rewrite_question(question, list(previous), settings=self.settings, llm=self.llm())

    def source_text(self, source: dict) -> dict:
        """The full text behind a numbered source: the cited lid or article from the law store with
        its version date (and the whole article), else the passage itself."""
        shown = {"title": source.get("citation") or source.get("title") or "", "version_date": source.get("version_date"),
                 "text": source.get("text") or "", "article_text": None}  # fmt: skip
        if source.get("law") and source.get("article"):
            index = self.index()
            cited = index.lookup(source.get("citation") or f"{source['law']} artikel {source['article']}")
            if cited.found:
                shown.update(text=cited.text, version_date=cited.version_date)
                if source.get("paragraph"):
                    whole = index.lookup(f"{source['law']} artikel {source['article']}")
                    shown["article_text"] = whole.text if whole.found else None
        return shown

    def drafts_today(self, user: str | None = None) -> list[dict]:
        """The drafts stored today (local time), newest first; only `user`'s when a name is given."""
        from datetime import date

        records = self.log(since=date.today(), limit=200)
        name = (user or "").strip().casefold()
        return [r for r in records if not name or str(r.get("created_by", "")).casefold() == name]

    @staticmethod
    def draft_form(skill: str, draft: dict) -> dict:
        from assistant.drafts.edits import form_values

        return form_values(skill, draft)

    @staticmethod
    def apply_form(skill: str, draft: dict, form: dict) -> dict:
        """The final version of a draft after the professional's form; InputError on bad values."""
        from assistant.drafts.edits import apply_form

        return apply_form(skill, draft, form)

    @staticmethod
    def forget_upload(path, upload_root) -> bool:
        """Remove an uploaded file (inside the front end's upload folder) once it has been read."""
        from assistant.inputs import forget_upload

        return forget_upload(path, upload_root)

    @staticmethod
    def letter_doubts(letter: dict, text: str) -> list[str]:
        """Why `text` does not look like a letter (empty when it does), given its explanation draft."""
        from assistant.features.letters.shape import letter_doubts

        return letter_doubts(text, sender_found=bool(letter.get("sender")), date_found=bool(letter.get("letter_date")))

    def training(self):
        """The training room (buddy learning), its records in <data_dir>/training.sqlite."""
        from assistant.config import REPO_ROOT
        from assistant.training.room import TrainingRoom
        from assistant.training.store import TrainingStore

        def drafts(text: str) -> tuple[dict, dict]:
            note = self.triage(text).to_dict()
            return note, self.grounds(text, triage=note).to_dict()

        cases = self.settings.practice_dir or REPO_ROOT / "evals" / "cases"
        return TrainingRoom(TrainingStore(self.settings.data_dir / "training.sqlite"), cases,
                            self.settings.corpus_dir, drafts, self.settings.max_text_chars)  # fmt: skip

    def logins(self) -> list[tuple[str, str]] | None:
        """The panel's logins from the setting ui_users ("naam:wachtwoord;naam2:wachtwoord2"), or None."""
        from assistant.errors import UserError

        raw = (self.settings.ui_users or "").strip()
        if not raw:
            return None
        pairs = [item.split(":", 1) for item in raw.split(";") if item.strip()]
        if any(len(p) != 2 or not p[0].strip() or not p[1] for p in pairs):
            raise UserError("REGIEWIJZER_UI_USERS moet de vorm naam:wachtwoord;naam2:wachtwoord2 hebben.")
        return [(name.strip(), password) for name, password in pairs]


class _Streamed:
    """A model whose plain-text answers reach `emit` piece by piece while they are written; the
    checked-wording path still receives the whole answer and verifies it."""

    def __init__(self, llm, emit):
        self.name, self.model, self.llm, self.emit = llm.name, llm.model, llm, emit

    def generate(self, prompt: str, system=None, schema=None, max_tokens=None) -> str:
        if schema is not None:
            return self.llm.generate(prompt, system=system, schema=schema, max_tokens=max_tokens)
        pieces = []
        for piece in self.llm.stream(prompt, system=system, max_tokens=max_tokens):
            pieces.append(piece)
            self.emit(piece)
        return "".join(pieces)


def _evals_module(name: str):
    """A module of evals/ (test and eval harness, not installed with the product), imported lazily."""
    import importlib
    import sys

    from assistant.config import REPO_ROOT
    from assistant.errors import UserError

    if not (REPO_ROOT / "evals" / "runner.py").is_file():
        raise UserError("De evaluatie draait vanuit een checkout van Regiewijzer; de map evals/ ontbreekt.")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    return importlib.import_module(f"evals.{name}")
