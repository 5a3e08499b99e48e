"""Turn parsed documents into chunks with provenance."""

from __future__ import annotations

import hashlib
import re

from assistant.ingest.laws import LawArticle, LawText
from assistant.models import Chunk
from assistant.text.citations import format_citation

MAX_CHARS = 1800  # one chunk per article up to this size; longer articles are chunked per lid


def chunk_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _law_header(law: LawText, art: LawArticle) -> str:
    names = law.name if law.name == law.title else f"{law.title} ({law.name})"
    title = f" {art.title}" if art.title else ""
    heading = f" [{art.heading}]" if art.heading and art.heading != art.title else ""
    return f"{names}, artikel {art.number}{title}{heading}"


def law_chunks(law: LawText) -> list[Chunk]:
    chunks: list[Chunk] = []
    for art in law.articles.values():
        header = _law_header(law, art)
        title = f"{law.name} artikel {art.number}" + (f" – {art.title}" if art.title else "")
        base = dict(
            kind="wet", source=law.source, law=law.name, law_title=law.title, bwb_id=law.bwb_id,
            version_date=law.version_date, article=art.number,
        )
        if len(art.text) <= MAX_CHARS or not art.paragraphs:
            pieces = [(None, art.text)]
        else:
            pieces = [(nr, txt) for nr, txt in art.paragraphs.items()]
            if art.intro:
                pieces.insert(0, (None, art.intro))
        for paragraph, text in pieces:
            for i, part in enumerate(_split_long(text)):
                cid = chunk_id(law.bwb_id or law.name, art.number, paragraph or "", str(i))
                chunks.append(
                    Chunk(
                        id=cid, text=part, title=title, paragraph=paragraph,
                        citation=format_citation(law.name, art.number, paragraph),
                        search_text=f"{header}\n{part}", **base,
                    )
                )
    return chunks


def _split_long(text: str, limit: int = MAX_CHARS) -> list[str]:
    if len(text) <= limit:
        return [text]
    sentences = re.split(r"(?<=[.;:])\s+", text)
    parts, current = [], ""
    for s in sentences:
        if current and len(current) + len(s) > limit:
            parts.append(current.strip())
            current = ""
        current += s + " "
    if current.strip():
        parts.append(current.strip())
    return parts


def section_chunks(title: str, sections: list[tuple[str, str]], *, kind: str, source: str,
                   cites: list[str] | None = None) -> list[Chunk]:
    """Chunks from (heading, body) sections of a non-law document."""
    out = []
    for i, (heading, body) in enumerate(sections):
        body = body.strip()
        if not body:
            continue
        for j, part in enumerate(_split_long(body)):
            name = f"{title} – {heading}" if heading and heading != title else title
            out.append(
                Chunk(
                    id=chunk_id(source, str(i), str(j)), text=part, title=name, kind=kind, source=source,
                    cites=list(cites or []), search_text=f"{name}\n{part}",
                )
            )
    return out
