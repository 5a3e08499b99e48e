"""Ingest files into an index folder, incrementally.

`ingest_paths(paths, settings)` loads every file (skipping bad ones with a reason), embeds only
text whose hash is not in the embedding cache, replaces the chunks of changed files, and records
law texts in the law store for citation lookup.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.ingest.loaders import LoadError, discover, load_file
from assistant.retrieval.embedders import EmbeddingCache, embed_with_cache, get_embedder
from assistant.retrieval.store import open_collection, read_json, upsert_chunks, write_json


@dataclass
class IngestSummary:
    index: str
    documents: int = 0
    unchanged: int = 0
    chunks: int = 0  # chunks of the documents ingested now (changed or new)
    total_chunks: int = 0  # chunks in the index afterwards
    embedded: int = 0  # texts embedded now (cache misses)
    laws: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return self.__dict__.copy()

    def to_text(self) -> str:
        lines = [
            f"Index: {self.index}",
            f"Documenten: {self.documents} ingelezen, {self.unchanged} ongewijzigd",
            f"Stukken (chunks): {self.chunks} bijgewerkt, {self.total_chunks} in de index; {self.embedded} nieuw ingebed",
        ]
        if self.laws:
            lines.append("Wetten: " + ", ".join(self.laws))
        for s in self.skipped:
            lines.append(f"Overgeslagen: {s['file']}: {s['reason']}")
        lines.append(f"Tijd: {self.seconds:.1f} s")
        return "\n".join(lines)


# Raise when a loader or the chunking changes, so that existing indexes re-read their files.
INGEST_VERSION = 2


def _manifest(embedder, settings, sources: dict) -> dict:
    return {"embedder": embedder.name, "embedder_setting": settings.embedder, "ingest_version": INGEST_VERSION,
            "sources": sources}


def default_paths(settings) -> list[Path]:
    paths = [Path(settings.corpus_dir)]
    if settings.laws_dir.exists():
        paths.append(settings.laws_dir)  # law texts fetched by `regiewijzer laws update`
    return paths


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class _Index:
    """The index folder being written: its vector collection, the manifest's sources (file ->
    hash, chunk ids, BWB id) and the law store (laws.json) for citation lookup."""

    dir: Path
    settings: Any
    embedder: Any
    collection: Any
    sources: dict
    laws: dict

    @property
    def manifest_path(self) -> Path:
        return self.dir / "manifest.json"

    def write_manifest(self) -> None:
        write_json(self.manifest_path, _manifest(self.embedder, self.settings, self.sources))


@dataclass
class _Document:
    """A changed file, loaded and chunked, waiting to be embedded."""

    key: str  # the resolved path
    digest: str
    chunks: list
    law: Any  # LawText or None


def ingest_paths(paths: list[str | Path], settings, *, include_defaults: bool = True, progress: bool = True,
                 rebuild: bool = False) -> IngestSummary:
    start = time.perf_counter()
    index_dir = settings.index_path
    index_dir.mkdir(parents=True, exist_ok=True)
    all_paths = (default_paths(settings) if include_defaults else []) + [Path(p) for p in paths]
    files, skipped = discover(all_paths)
    summary = IngestSummary(index=str(index_dir), skipped=[{"file": f, "reason": r} for f, r in skipped])
    index = _open_index(index_dir, settings, rebuild)
    pending = _load_changed(files, index.sources, summary)
    _embed_and_store(pending, index, summary, progress)
    if not index.manifest_path.exists():
        index.write_manifest()
    summary.total_chunks = index.collection.count()
    summary.seconds = round(time.perf_counter() - start, 2)
    return summary


def _open_index(index_dir: Path, settings, rebuild: bool) -> _Index:
    """Read the manifest and law store; start afresh on `rebuild` or when the embedder changed."""
    embedder = get_embedder(settings)
    manifest = read_json(index_dir / "manifest.json", {}) if not rebuild else {}
    if manifest and manifest.get("embedder") != embedder.name:
        rebuild = True  # vectors of another model cannot be mixed
    if rebuild:
        shutil.rmtree(index_dir / "chroma", ignore_errors=True)
        manifest = {}
    sources: dict = manifest.get("sources", {})
    if manifest.get("ingest_version") != INGEST_VERSION:
        for entry in sources.values():  # the loaders changed: read every file again (the cache
            entry["hash"] = None  # still saves embedding the text that stayed the same)
    laws: dict = read_json(index_dir / "laws.json", {}) if not rebuild else {}
    collection = open_collection(index_dir, create=True)
    return _Index(index_dir, settings, embedder, collection, sources, laws)


def _load_changed(files: list[Path], sources: dict, summary: IngestSummary) -> list[_Document]:
    """Load and chunk the files whose hash differs from the manifest's; count the unchanged ones."""
    pending = []
    for f in files:
        key = str(f.resolve())
        digest = _file_hash(f)
        if sources.get(key, {}).get("hash") == digest:
            summary.unchanged += 1
            continue
        loaded = _load(f, summary)
        if loaded is not None:
            pending.append(_Document(key, digest, *loaded))
    return pending


def _load(f: Path, summary: IngestSummary) -> tuple[list, Any] | None:
    """(chunks, law) of one file, or None with the reason added to summary.skipped."""
    try:
        chunks, law = load_file(f)
    except LoadError as exc:
        reason = str(exc)
    except OSError as exc:
        reason = f"niet leesbaar ({exc.strerror or exc})"
    else:
        if chunks:
            return chunks, law
        reason = "geen tekst gevonden"
    summary.skipped.append({"file": str(f), "reason": reason})
    return None


def _embed_and_store(pending: list[_Document], index: _Index, summary: IngestSummary, progress: bool) -> None:
    """Embed each document (cache misses only) and store it, writing the manifest after every
    document: an interrupted ingest loses nothing."""
    cache = EmbeddingCache(index.settings.cache_dir / "embeddings.sqlite")
    bar = _progress_bar(sum(len(doc.chunks) for doc in pending)) if progress else None
    try:
        for doc in pending:
            texts = [c.search_text or c.text for c in doc.chunks]
            vectors, new = embed_with_cache(index.embedder, cache, texts,
                                            progress=(bar.update if bar else None))
            if bar:
                bar.update(len(doc.chunks) - new)
            _write_chunks(index, doc, vectors)
            if doc.law is not None:
                _write_law(index, doc.law)
                summary.laws.append(f"{doc.law.name} ({doc.law.version_date})")
            summary.documents += 1
            summary.chunks += len(doc.chunks)
            summary.embedded += new
            write_json(index.dir / "laws.json", index.laws)
            index.write_manifest()
    finally:
        if bar:
            bar.close()
        cache.close()


def _progress_bar(total: int):
    if not total:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="Inbedden", unit="stuk", file=sys.stderr, leave=False, mininterval=1.0)


def _write_chunks(index: _Index, doc: _Document, vectors) -> None:
    """Upsert the document's chunks, drop its stale ones, and record it in the manifest's sources."""
    old_ids = set(index.sources.get(doc.key, {}).get("ids", []))
    ids = [c.id for c in doc.chunks]
    upsert_chunks(index.collection, doc.chunks, vectors)
    stale = list(old_ids - set(ids))
    if stale:
        index.collection.delete(ids=stale)
    bwb_id = doc.law.bwb_id if doc.law else None
    index.sources[doc.key] = {"hash": doc.digest, "ids": ids, "bwb_id": bwb_id}
    if doc.law is not None and bwb_id:
        # a newer version of the same law replaces the older one from another file
        for other, entry in list(index.sources.items()):
            if other != doc.key and entry.get("bwb_id") == bwb_id:
                gone = [i for i in entry["ids"] if i not in set(ids)]
                if gone:
                    index.collection.delete(ids=gone)
                del index.sources[other]


def _write_law(index: _Index, law) -> None:
    """Record the law's articles in the law store (laws.json), for citation lookup."""
    index.laws[law.bwb_id or law.name] = {
        "name": law.name, "title": law.title, "bwb_id": law.bwb_id,
        "version_date": law.version_date, "source": law.source,
        "articles": {nr: {"title": a.title, "paragraphs": a.paragraphs, "text": a.text}
                     for nr, a in law.articles.items()},
    }
