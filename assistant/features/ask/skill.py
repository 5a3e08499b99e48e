"""`ask`: answer a question from the index with numbered, verified citations.

No model: an extractive answer (the most relevant sentences of the best sources, each marked
with its source number). With a model: a grounded answer; every sentence must carry a marker that
refers to a retrieved source, and every article it names must be among the sources or exist in
the index. Sentences that do not verify are dropped, and the answer says so in `warnings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.drafts.check import Check
from assistant.drafts.draft import Draft, GeneratedBy, source_lines
from assistant.drafts.wording import Wording, word_with_model
from assistant.retrieval.text import tokenize
from assistant.text.citations import parse_citations
from assistant.text.language import is_dutch
from assistant.text.spans import split_sentences

WEAK_ANSWER = (
    "Ik heb in de index geen bron gevonden die deze vraag goed beantwoordt. "
    "Formuleer de vraag anders, of voeg de juiste wet of documenten toe met `regiewijzer ingest`."
)
_MARKER = re.compile(r"\[(\d+)\]")
GUIDE_NOTE = "artikelwijzer, geen wettekst"


@dataclass
class Answer(Draft):
    question: str = ""
    answer: str = ""
    sources: list[dict] = field(default_factory=list)
    backend: str = "none"
    weak: bool = False

    def to_dict(self) -> dict:
        return {"answer": self.answer, "sources": self.sources, "backend": self.backend,
                "warnings": self.warnings, "weak": self.weak, "status": self.status,
                "generated_by": self.generated_by.to_dict()}

    def to_text(self) -> str:
        lines = [self.answer, ""]
        if self.sources:
            lines += ["Bronnen:", *source_lines(self.sources)]
        explained = [s for s in self.sources if s.get("explanation")]
        if explained:
            lines += ["", f"Uitleg in eigen woorden ({GUIDE_NOTE}):"]
            lines += [f"[{s['id']}] {s['explanation']['text']}" for s in explained]
        for w in self.warnings:
            lines.append(f"Let op: {w}")
        return "\n".join(lines).strip()


def _sentences(text: str) -> list[str]:
    return [s.strip(" -•\t") for s in split_sentences(text) if len(s.strip()) > 15]


def _answer_sentences(text: str) -> list[str]:
    """Sentences that can answer: not a question (an FAQ's own question) and not its source line."""
    return [s for s in _sentences(text) if not s.rstrip().endswith("?") and not s.startswith("Bronnen:")]


def law_source(index, source: dict, question: str) -> dict:
    """A numbered source; for an article, the article guide's plain explanation of it (when the guide
    has one: the entry about this lid or the whole article that shares most words with the question)
    and the warning when the law's version is older than a year. The source stays the article."""
    if not (source.get("law") and source.get("article")):
        return source
    entries = index.explanations(source["law"], source["article"], source.get("paragraph"))
    if entries:
        q = set(tokenize(question))
        best = max(entries, key=lambda e: (e.paragraph == source.get("paragraph"),
                                           len(q & set(tokenize(e.search_text or e.text)))))
        source["explanation"] = {"text": best.text, "title": best.title, "citation": best.citation,
                                 "version_date": best.version_date}
        if best.version_date and source.get("version_date") and best.version_date != source["version_date"]:
            source["explanation"]["note"] = (f"Uitleg geschreven bij de versie van {best.version_date}; de "
                                             f"wettekst hier is de versie van {source['version_date']}.")
    warning = index.version_warning(source["law"])
    if warning:
        source["version_warning"] = warning
    return source


def extractive_answer(question: str, sources: list[dict], per_source: int = 2, max_sources: int = 3) -> str:
    """The sentences of the best sources that share most words with the question."""
    q = set(tokenize(question))
    lines = []
    best = max((s["score"] for s in sources), default=0.0)
    for s in [s for s in sources if s["score"] >= 0.6 * best][:max_sources]:  # only the clearly relevant
        ranked = sorted(_answer_sentences(s["text"]), key=lambda sent: -len(q & set(tokenize(sent))))
        chosen = [sent for sent in ranked[:per_source] if q & set(tokenize(sent))] or ranked[:1]
        for sent in chosen:
            lines.append(f"{sent.rstrip()} [{s['id']}]")
    return "\n".join(lines)


def verify_answer(text: str, sources: list[dict], index) -> Check:
    """Keep only sentences whose markers refer to sources and whose named articles exist; the kept
    text is the check's value, each dropped sentence a note; nothing kept (or not Dutch) fails."""
    allowed = {s["id"] for s in sources}
    cited_articles = {(s["law"], s["article"]) for s in sources if s.get("law")}
    kept, warnings = [], []
    for sent in _sentences(text):
        markers = {int(m) for m in _MARKER.findall(sent)}
        if not markers:
            warnings.append(f"Zin zonder bronvermelding weggelaten: \"{sent[:80]}\"")
            continue
        if not markers <= allowed:
            warnings.append(f"Zin met een niet-bestaande bron {sorted(markers - allowed)} weggelaten.")
            continue
        bad = [c for c in parse_citations(sent, index.law_names())
               if c.law and (c.law, c.article) not in cited_articles and not index.lookup(c).found]
        if bad:
            warnings.append(f"Zin met een artikel dat niet in de index staat ({bad[0]}) weggelaten.")
            continue
        kept.append(sent)
    answer = " ".join(kept)
    if not answer:
        return Check(["geen zin met geldige bronvermelding"], notes=warnings)
    if not is_dutch(answer):
        return Check(["de tekst is geen Nederlands"], notes=warnings)
    return Check(notes=warnings, value=answer)


def ask(question: str, *, settings, index, llm=None, k: int = 5) -> Answer:
    question = question.strip()
    result = Answer(question=question, generated_by=GeneratedBy(backend="none"))
    if not question:
        result.answer = "Stel een vraag."
        result.warnings.append("Lege vraag.")
        return result
    hits = index.search(question, k=k)
    result.sources = [law_source(index, h.source_dict(i + 1), question) for i, h in enumerate(hits)]
    for warning in dict.fromkeys(s["version_warning"] for s in result.sources if s.get("version_warning")):
        result.warnings.append(warning)
    if index.is_weak(hits):
        result.weak = True
        result.answer = WEAK_ANSWER
        result.warnings.append("Zwakke zoekresultaten: geen bron scoort boven de drempel; er is geen antwoord gegokt.")
        return result
    extractive = extractive_answer(question, result.sources)
    result.answer = extractive
    if llm is None:
        return result
    numbered = "\n\n".join(
        f"[{s['id']}] {s['citation'] or s['title']}\n{s['text'][:1200]}"
        + (f"\nUitleg ({GUIDE_NOTE}): {s['explanation']['text']}" if s.get("explanation") else "")
        for s in result.sources
    )
    verified = word_with_model(result, llm, settings, Wording(
        "ask", {"question": question, "sources": numbered},
        lambda text: verify_answer(text, result.sources, index), fallback="het extractieve antwoord staat er",
    ))  # fmt: skip
    result.backend = llm.name
    if verified is not None:
        result.answer = verified
    return result
