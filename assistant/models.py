"""Plain data shared by ingest, retrieval and the skills."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Chunk:
    """A piece of a document with its provenance. `id` is stable for the same source position."""

    id: str
    text: str
    title: str
    kind: str  # wet | methode | faq | grond | organisatie | begrip | document
    source: str  # file path or URL it came from
    law: str | None = None  # short citation name, e.g. "Participatiewet", "Awb"
    law_title: str | None = None  # official full title
    bwb_id: str | None = None
    version_date: str | None = None  # YYYY-MM-DD of the law version
    article: str | None = None  # exactly as in the law: "4:84", "2.3.5", "13b"
    paragraph: str | None = None  # lid number as text: "1", "2a"
    citation: str | None = None  # "Participatiewet, artikel 18, eerste lid"
    cites: list[str] = field(default_factory=list)  # citations this chunk refers to (faq, grond)
    # text used for embedding/BM25 when it differs from `text` (e.g. with law name and heading)
    search_text: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def metadata(self) -> dict:
        """Flat metadata for Chroma (no None, no lists)."""
        meta = {k: v for k, v in self.to_dict().items() if k not in ("text", "search_text", "id")}
        meta["cites"] = "|".join(self.cites)
        return {k: v for k, v in meta.items() if v is not None}

    @classmethod
    def from_metadata(cls, id: str, text: str, meta: dict) -> Chunk:
        meta = dict(meta)
        cites = [c for c in str(meta.pop("cites", "")).split("|") if c]
        known = {f for f in cls.__dataclass_fields__}
        return cls(id=id, text=text, cites=cites, **{k: v for k, v in meta.items() if k in known})


@dataclass
class Hit:
    """A retrieved chunk with its fused relevance score (0..1, higher is better)."""

    chunk: Chunk
    score: float
    similarity: float | None = None  # cosine similarity of the dense match, when there was one
    dense_rank: int | None = None
    sparse_rank: int | None = None

    def source_dict(self, number: int) -> dict:
        c = self.chunk
        return {
            "id": number,
            "chunk_id": c.id,
            "title": c.title,
            "kind": c.kind,
            "law": c.law,
            "article": c.article,
            "paragraph": c.paragraph,
            "citation": c.citation,
            "version_date": c.version_date,
            "source": c.source,
            "score": round(self.score, 4),
            "text": c.text,
        }
