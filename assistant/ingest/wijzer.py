"""The article guide (corpus/artikelwijzer/<law>.yaml): for each article a professional is likely to
need, a plain-Dutch explanation, the situations in which it matters and questions in professionals'
and citizens' words, written from the law text (never copied from it).

Each entry becomes one chunk of kind "wijzer" whose `cites` names its article and lid. Retrieval uses
these chunks only as a bridge to the law text (they are never a hit themselves), and `ask` shows the
guide's explanation next to the article it cites.

File format:
    law: Awb                      # the short name from corpus/sources.yaml
    bwb_id: BWBR0005537
    version: 2024-01-01           # the version of the law text the guide was written from
    entries:
      - {article: "4:84", paragraph: null, title, explains, situations: [...], questions: [...]}
"""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.chunking import chunk_id
from assistant.models import Chunk
from assistant.text.citations import format_citation

KIND = "wijzer"
ENTRY_KEYS = {"article", "title", "explains", "questions"}


def is_guide(data: object) -> bool:
    """A guide file: a mapping with the law's name and entries that explain articles."""
    if not isinstance(data, dict) or not {"law", "entries"} <= set(data):
        return False
    entries = data["entries"]
    return isinstance(entries, list) and bool(entries) and all(
        isinstance(e, dict) and ENTRY_KEYS <= set(e) for e in entries
    )


def entry_citation(law: str, entry: dict) -> str:
    paragraph = entry.get("paragraph")
    return format_citation(law, str(entry["article"]), str(paragraph) if paragraph not in (None, "") else None)


def guide_chunks(path: Path, data: dict) -> list[Chunk]:
    """One bridge chunk per entry. Its text is the explanation (what `ask` may show); its search text
    adds the situations and questions, which carry the professionals' words."""
    law = str(data["law"])
    version = str(data["version"]) if data.get("version") else None
    out = []
    for i, entry in enumerate(data["entries"]):
        citation = entry_citation(law, entry)
        title = f"Artikelwijzer: {entry['title']} ({citation})"
        explains = " ".join(str(entry["explains"]).split())
        lines = [title, explains]
        lines += [f"Situatie: {s}" for s in entry.get("situations") or []]
        lines += [f"Vraag: {q}" for q in entry.get("questions") or []]
        paragraph = entry.get("paragraph")
        out.append(Chunk(
            id=chunk_id(str(path.name), str(i), citation), text=explains, title=title, kind=KIND,
            source=f"{path}#{i + 1}", law=law, bwb_id=data.get("bwb_id"), version_date=version,
            article=str(entry["article"]), paragraph=str(paragraph) if paragraph not in (None, "") else None,
            citation=citation, cites=[citation], search_text="\n".join(lines),
        ))  # fmt: skip
    return out
