"""The training room: a trainer starts a session on a practice case, two buddies answer on their own,
and after the reveal they see both answers and the assistant's draft side by side.

Who may see what is decided here, not in the front end: a buddy's view holds only their own answer
until the session is revealed (both handed in, or the trainer reveals); each participant is known
by a secret token that only their own browser session holds.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from assistant.errors import InputError
from assistant.knowledge.corpus import load_grounds, load_sociale_kaart
from assistant.knowledge.organisations import unit_of
from assistant.training import answers as A
from assistant.training.cases import OWN_CASE, load_practice_cases, own_case
from assistant.training.compare import compare, differing_fields, overview
from assistant.training.discussion import for_differences
from assistant.training.export import session_markdown
from assistant.training.store import TrainingError, TrainingStore

SEATS = 2
ASSISTANT = "Regiewijzer"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed without doubt
CODE_LENGTH = 6
MAX_NAME_CHARS = 60

Drafts = Callable[[str], tuple[dict, dict]]  # case text -> (triage note, grounds proposal) as dicts


def display_code(code: str) -> str:
    return f"{code[:3]}-{code[3:]}"


def clean_code(raw: str | None) -> str:
    return "".join(ch for ch in str(raw or "").upper() if ch.isalnum())


def _name(raw: str | None, who: str) -> str:
    name = " ".join(str(raw or "").split())
    if not name:
        raise InputError(f"Vul uw naam in ({who}).")
    if len(name) > MAX_NAME_CHARS:
        raise InputError(f"Die naam is te lang (maximaal {MAX_NAME_CHARS} tekens).")
    return name


class TrainingRoom:
    def __init__(self, store: TrainingStore, cases_dir: Path, corpus_dir: Path, drafts: Drafts, max_case_chars: int):
        self.store, self.cases_dir, self.drafts, self.max_case_chars = store, cases_dir, drafts, max_case_chars
        orgs = load_sociale_kaart(corpus_dir)
        self.unit_names = {unit_of(o): ("Gemeente" if unit_of(o) == "gemeente" else o.name) for o in orgs}
        self.name_to_unit = {n.casefold(): unit_of(o) for o in orgs for n in (o.name, o.full_name, *o.aliases)}
        self.ground_labels = {g.id: f"{g.citation}: {g.title}" for g in load_grounds(corpus_dir)}

    # --- what a trainer and a buddy choose from --------------------------------------------

    def cases(self) -> list[dict]:
        return [c.to_dict() for c in load_practice_cases(self.cases_dir)]

    def choices(self) -> dict:
        return {
            "organisations": sorted(set(self.unit_names.values()), key=str.casefold),
            "grounds": sorted(((label, gid) for gid, label in self.ground_labels.items()), key=lambda c: c[0]),
        }

    # --- the session -----------------------------------------------------------------------

    def start(self, trainer: str, case_id: str | None = None, text: str | None = None, title: str | None = None) -> dict:
        """A new session on a practice case (`case_id`) or the trainer's own `text`: {code, token, case}."""
        trainer = _name(trainer, "trainer")
        if case_id and case_id != OWN_CASE:
            case = next((c for c in load_practice_cases(self.cases_dir) if c.id == case_id), None)
            if case is None:
                raise InputError("Die oefencasus bestaat niet (meer); kies een andere.")
        else:
            if not (text or "").strip():
                raise InputError("Kies een oefencasus of schrijf een eigen casus.")
            if len(text) > self.max_case_chars:
                raise InputError(f"De casus is te lang (maximaal {self.max_case_chars:,} tekens).".replace(",", "."))
            case = own_case(text, title)
        triage, grounds = self.drafts(case.text)
        assistant = A.assistant_answer(triage, grounds, self.name_to_unit, self.unit_names)
        code, token = self._new_code(), secrets.token_urlsafe(16)
        self.store.add_session(code, trainer, token, case.to_dict(), assistant)
        return {"code": code, "token": token, "display_code": display_code(code)}

    def _new_code(self) -> str:
        for _ in range(20):
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            if self.store.session(code) is None:
                return code
        raise TrainingError("Er kon geen nieuwe sessiecode worden gemaakt; probeer het opnieuw.")

    def _session(self, code: str) -> dict:
        session = self.store.session(clean_code(code))
        if session is None:
            raise InputError(f"Geen sessie met code {code!r}. Controleer de code bij de trainer.")
        return session

    def join(self, code: str, name: str) -> dict:
        """A buddy joins: {code, token, seat}."""
        session = self._session(code)
        if session["revealed_at"]:
            raise TrainingError("Deze sessie is al afgerond; vraag de trainer om een nieuwe code.")
        token = secrets.token_urlsafe(16)
        seat = self.store.add_buddy(session["code"], token, _name(name, "deelnemer"), SEATS)
        return {"code": session["code"], "token": token, "seat": seat}

    def hand_in(self, token: str, form: dict) -> dict:
        """Store a buddy's answer (once); when every seat has answered, the session is revealed."""
        buddy = self.store.buddy(token)
        if buddy is None:
            raise TrainingError("U doet niet mee aan deze sessie; meld u eerst aan met de code.")
        self.store.hand_in(token, A.buddy_answer(form, set(self.ground_labels)))
        session = self._session(buddy["code"])
        if len(session["buddies"]) == SEATS and all(b["answer"] for b in session["buddies"]):
            self.store.reveal(session["code"])
        return self.view(session["code"], token)

    def reveal(self, code: str, trainer_token: str) -> dict:
        session = self._session(code)
        self._require_trainer(session, trainer_token)
        self.store.reveal(session["code"])
        return self.view(session["code"], trainer_token)

    @staticmethod
    def _require_trainer(session: dict, token: str) -> None:
        if not secrets.compare_digest(session["trainer_token"], str(token or "")):
            raise TrainingError("Alleen de trainer van deze sessie kan dit doen.")

    # --- what each participant sees ----------------------------------------------------------

    def view(self, code: str, token: str) -> dict:
        """The session as the holder of `token` may see it: a buddy sees only their own answer until
        the reveal; the trainer sees who has handed in; after the reveal everyone sees everything."""
        session = self._session(code)
        is_trainer = secrets.compare_digest(session["trainer_token"], str(token or ""))
        me = next((b for b in session["buddies"] if secrets.compare_digest(b["token"], str(token or ""))), None)
        if not is_trainer and me is None:
            raise TrainingError("U doet niet mee aan deze sessie.")
        view = {
            "role": "trainer" if is_trainer else "buddy",
            "code": session["code"], "display_code": display_code(session["code"]),
            "case": session["case"], "seat": me["seat"] if me else None,
            "own_answer": me["answer"] if me else None,
            "buddies": [{"seat": b["seat"], "name": b["name"], "handed_in": bool(b["answer"])} for b in session["buddies"]],
            "revealed": bool(session["revealed_at"]), "comparison": None, "questions": [],
            "ground_labels": self.ground_labels,
        }  # fmt: skip
        if view["revealed"]:
            rows, columns = self._compare(session)
            view["comparison"] = {"columns": columns, "rows": [r.to_dict() for r in rows]}
            view["questions"] = [q.__dict__ for q in for_differences(differing_fields(rows))]
        return view

    @staticmethod
    def _columns(session: dict) -> dict[str, dict]:
        columns = {f"Deelnemer {b['seat']} ({b['name']})": b["answer"] or {} for b in session["buddies"]}
        return {**columns, ASSISTANT: session["assistant"]}

    def _compare(self, session: dict):
        columns = self._columns(session)
        return compare(columns), list(columns)

    def export(self, code: str, trainer_token: str) -> str:
        """The session as Markdown (trainer only)."""
        session = self._session(code)
        self._require_trainer(session, trainer_token)
        rows, columns = self._compare(session)
        questions = for_differences(differing_fields(rows))
        return session_markdown(session, rows, columns, questions, self.ground_labels)

    def overview(self) -> dict:
        """Every session (newest first) and, over the revealed ones, where answers differed most."""
        sessions, comparisons = [], []
        for s in self.store.sessions():
            rows = self._compare(s)[0] if s["revealed_at"] else []
            if s["revealed_at"]:
                comparisons.append(rows)
            sessions.append({
                "code": display_code(s["code"]), "date": s["created_at"][:16].replace("T", " "),
                "case": s["case"]["title"], "trainer": s["trainer"],
                "buddies": [b["name"] for b in s["buddies"]], "revealed": bool(s["revealed_at"]),
                "differences": [r.label for r in rows if r.differs],
            })  # fmt: skip
        return {"sessions": sessions, "fields": overview(comparisons) if comparisons else []}
