"""`triage`: from an intake story to a draft triage note that the professional approves.

The engine (assistant.features.triage.engine) decides the organisations, the categorie, spoed and the
levensdomeinen; each of those facts carries its evidence (quotes with offsets), its rule and its
status, and what the engine is not sure of goes to a "Controleer dit" list. Without a model the summary and questions are templates. With a model, the model
words a summary, the "vraag achter de vraag" and questions; that wording is verified (Dutch, no
organisation, number or name outside the input and the engine's facts, no decision language) and
falls back to the template with a warning when it fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.drafts.draft import Draft, source_lines
from assistant.drafts.facts import TO_CHECK
from assistant.drafts.wording import Check, ModelOutputError, Wording, parse_json_object, word_with_model
from assistant.features.triage.engine import TriageAssessment, assess, signal_lines
from assistant.features.triage.facts import triage_facts
from assistant.features.triage.notes import CATEGORY_MEANING, next_steps, template_questions, template_summary
from assistant.features.triage.verify import check_shape, verify_wording
from assistant.knowledge.corpus import load_sociale_kaart

SCHEMA = {
    "type": "object",
    "properties": {
        "samenvatting": {"type": "string"},
        "vraag_achter_de_vraag": {"type": "string"},
        "vragen": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["samenvatting", "vraag_achter_de_vraag", "vragen"],
}
SOURCES_K = 5


@dataclass
class TriageNote(Draft):
    category: int = 1
    urgent: bool = False
    organisations: list[str] = field(default_factory=list)
    category_reasons: list[str] = field(default_factory=list)
    urgency_signals: list[str] = field(default_factory=list)
    life_domains: list[str] = field(default_factory=list)
    summary: str = ""
    underlying_question: str = ""  # "vraag achter de vraag"; empty without a verified model text
    next_steps: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)
    organisation_details: list[dict] = field(default_factory=list)
    facts: dict = field(
        default_factory=dict
    )  # category, urgent, organisations, dependencies, urgency_signals
    check_list: list[dict] = field(
        default_factory=list
    )  # the to-check facts: {fact, label, note, value, evidence}

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "urgent": self.urgent,
            "organisations": self.organisations,
            "category_reasons": self.category_reasons,
            "urgency_signals": self.urgency_signals,
            "life_domains": self.life_domains,
            "summary": self.summary,
            "underlying_question": self.underlying_question,
            "next_steps": self.next_steps,
            "questions": self.questions,
            "sources": self.sources,
            "warnings": self.warnings,
            "status": self.status,
            "generated_by": self.generated_by.to_dict(),
            "organisation_details": self.organisation_details,
            "facts": {k: v for k, v in self.facts.items() if k != "check_list"},
            "check_list": self.check_list,
        }

    def to_text(self) -> str:
        """A note to paste into a case system (Dutch headings)."""
        lines = ["TRIAGENOTITIE (concept, door de professional te beoordelen)", ""]
        lines.append(
            f"Categorie: {self.category} ({CATEGORY_MEANING.get(self.category, '')}){_mark(self.facts.get('category'))}"
        )
        lines.append(f"Spoed: {'ja' if self.urgent else 'nee'}{_mark(self.facts.get('urgent'))}")
        lines.append(f"Betrokken organisaties: {', '.join(self.organisations) or 'geen genoemd'}")
        lines.append(f"Levensdomeinen: {', '.join(self.life_domains) or 'niet vastgesteld'}")
        lines += ["", "Samenvatting:", self.summary]
        if self.underlying_question:
            lines += ["", "Vraag achter de vraag:", self.underlying_question]
        sections = (
            ("Onderbouwing categorie:", self.category_reasons),
            ("Spoedsignalen:", self.urgency_signals),
            ("Organisaties (met de zin uit de intake):", organisation_lines(self.facts)),
            ("Controleer dit:", check_lines(self.check_list)),
            ("Vervolgstappen:", self.next_steps),
            ("Vragen voor het volgende gesprek:", self.questions),
        )
        for title, items in sections:
            if items:
                lines += ["", title] + [f"- {item}" for item in items]
        if self.sources:
            lines += ["", "Bronnen:", *source_lines(self.sources)]
        if self.warnings:
            lines += [""] + [f"Let op: {w}" for w in self.warnings]
        return "\n".join(lines).strip()


def organisation_lines(facts: dict) -> list[str]:
    """'UWV: betrokken — "quote"' for each organisation (gemeente desks once, as the gemeente)."""
    lines, seen = [], set()
    for org in facts.get("organisations", []):
        if (org["unit"], org["involved"]) in seen:
            continue
        seen.add((org["unit"], org["involved"]))
        name = "Gemeente" if org["unit"] == "gemeente" else org["name"]
        state = ("betrokken" if org["involved"] else "niet betrokken") + _mark(org)
        quote = org["evidence"][0]["quote"] if org["evidence"] else ""
        lines.append(f"{name}: {state}" + (f' — "{quote}"' if quote else ""))
    return lines


def _mark(fact: dict | None) -> str:
    return " (controleren)" if fact and fact.get("status") == TO_CHECK else ""


def check_lines(check_list: list[dict]) -> list[str]:
    """'Categorie: <note> — "quote"' for each fact to check."""
    lines = []
    for item in check_list:
        quotes = "; ".join(f'"{e["quote"]}"' for e in item["evidence"][:2])
        lines.append(f"{item['label']}: {item['note']}" + (f" — {quotes}" if quotes else ""))
    return lines


def triage(text: str, *, settings, index=None, llm=None) -> TriageNote:
    organisations = load_sociale_kaart(settings.corpus_dir)
    a = assess(text, organisations)
    facts = triage_facts(a)
    note = TriageNote(
        category=a.category,
        urgent=a.urgent,
        organisations=a.organisations,
        category_reasons=a.category_reasons,
        urgency_signals=signal_lines(a),
        life_domains=a.life_domains,
        summary=template_summary(a),
        next_steps=next_steps(a, organisations),
        questions=template_questions(a),
        organisation_details=[f.to_dict() for f in a.findings.values()],
        facts=facts,
        check_list=facts["check_list"],
    )
    if index is not None:
        _add_sources(note, a, text, index)
    if llm is not None:
        _word_with_model(note, a, text, organisations, llm, settings)
    return note


def sources_query(a: TriageAssessment, text: str) -> str:
    """A compact retrieval query: the schemes and organisations found, the domains, the opening."""
    terms: list[str] = []
    for f in a.findings.values():
        if f.involved:
            terms += [t for t in f.terms if t not in terms]
    opening = " ".join(text.split())[:240]
    return " ".join([*terms, *a.life_domains, opening])


def _add_sources(note: TriageNote, a: TriageAssessment, text: str, index) -> None:
    try:
        hits = index.search(sources_query(a, text), k=SOURCES_K)
    except Exception as exc:  # noqa: BLE001 - retrieval trouble must not cost the note
        note.warnings.append(f"Bronnen zoeken lukte niet ({exc}); de notitie is zonder bronnen gemaakt.")
        return
    if hits and index.is_weak(hits):
        note.warnings.append("Geen sterk passende bronnen gevonden in de index; controleer de bronnen zelf.")
    note.sources = [hit.source_dict(i) for i, hit in enumerate(hits, start=1)]


def _facts(a: TriageAssessment, facts: dict) -> str:
    """The engine's facts for the prompt; what is to be checked is marked so, never as settled."""
    lines = [f"Categorie {a.category}: {CATEGORY_MEANING[a.category]}."]
    lines.append(f"Betrokken organisaties: {', '.join(a.organisations) or 'geen genoemd'}.")
    stated = [s.label for s in a.urgency if s.status != TO_CHECK]
    lines.append(
        f"Spoed: {'ja, ' + ', '.join(stated) if a.urgent and stated else 'ja' if a.urgent else 'nee'}."
    )
    lines.append(f"Levensdomeinen: {', '.join(a.life_domains) or 'onbekend'}.")
    checks = [item["label"] for item in facts["check_list"]]
    if checks:
        lines.append(f"Nog te controleren (niet als vaststaand feit noemen): {'; '.join(checks)}.")
    return "\n".join(lines)


def _word_with_model(note: TriageNote, a: TriageAssessment, text: str, organisations, llm, settings) -> None:
    def verify(data: dict) -> Check:
        summary, underlying, questions = read_wording(data)
        problems = (
            check_shape(summary, questions).problems
            + verify_wording([summary, underlying, *questions], text, organisations, a.units).problems
        )
        return Check(problems, value=(summary, underlying, questions))

    worded = word_with_model(note, llm, settings, Wording(
        "triage", {"text": text.strip(), "facts": _facts(a, note.facts)}, verify, parse=parse_json_object, schema=SCHEMA,
    ))  # fmt: skip
    if worded is not None:
        note.summary, note.underlying_question, note.questions = worded


def read_wording(data: dict) -> tuple[str, str, list[str]]:
    """(summary, underlying question, questions) from the model's JSON answer."""
    summary = str(data.get("samenvatting") or "").strip()
    underlying = str(data.get("vraag_achter_de_vraag") or "").strip()
    raw_questions = data.get("vragen") or []
    if not isinstance(raw_questions, list):
        raise ModelOutputError("de vragen zijn geen lijst")
    return summary, underlying, [str(q).strip() for q in raw_questions if str(q).strip()]
