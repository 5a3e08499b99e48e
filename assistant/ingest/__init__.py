"""Ingest files into an index folder, incrementally.

`ingest_paths(paths, settings)` loads every file (skipping bad ones with a reason), embeds only
text whose hash is not in the embedding cache, replaces the chunks of changed files, and records
law texts in the law store for citation lookup.
"""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

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


def ingest_paths(paths: list[str | Path], settings, *, include_defaults: bool = True, progress: bool = True,
                 rebuild: bool = False) -> IngestSummary:
    start = time.perf_counter()
    index_dir = settings.index_path
    index_dir.mkdir(parents=True, exist_ok=True)
    all_paths = (default_paths(settings) if include_defaults else []) + [Path(p) for p in paths]
    files, skipped = discover(all_paths)
    summary = IngestSummary(index=str(index_dir), skipped=[{"file": f, "reason": r} for f, r in skipped])

    manifest_path = index_dir / "manifest.json"
    embedder = get_embedder(settings)
    manifest = read_json(manifest_path, {}) if not rebuild else {}
    if manifest and manifest.get("embedder") != embedder.name:
        rebuild = True  # vectors of another model cannot be mixed
    if rebuild:
        import shutil

        shutil.rmtree(index_dir / "chroma", ignore_errors=True)
        manifest = {}
    sources: dict = manifest.get("sources", {})
    if manifest.get("ingest_version") != INGEST_VERSION:
        for entry in sources.values():  # the loaders changed: read every file again (the cache
            entry["hash"] = None  # still saves embedding the text that stayed the same)
    laws: dict = read_json(index_dir / "laws.json", {}) if not rebuild else {}
    collection = open_collection(index_dir, create=True)
    cache = EmbeddingCache(settings.cache_dir / "embeddings.sqlite")

    pending = []
    for f in files:
        key = str(f.resolve())
        digest = _file_hash(f)
        if sources.get(key, {}).get("hash") == digest:
            summary.unchanged += 1
            continue
        try:
            chunks, law = load_file(f)
        except LoadError as exc:
            summary.skipped.append({"file": str(f), "reason": str(exc)})
            continue
        except OSError as exc:
            summary.skipped.append({"file": str(f), "reason": f"niet leesbaar ({exc.strerror or exc})"})
            continue
        if not chunks:
            summary.skipped.append({"file": str(f), "reason": "geen tekst gevonden"})
            continue
        pending.append((key, digest, chunks, law))

    total = sum(len(c) for _, _, c, _ in pending)
    bar = None
    if progress and total:
        from tqdm import tqdm

        bar = tqdm(total=total, desc="Inbedden", unit="stuk", file=sys.stderr, leave=False, mininterval=1.0)
    try:
        for key, digest, chunks, law in pending:
            texts = [c.search_text or c.text for c in chunks]
            vectors, new = embed_with_cache(embedder, cache, texts,
                                            progress=(bar.update if bar else None))
            if bar:
                bar.update(len(chunks) - new)
            old_ids = set(sources.get(key, {}).get("ids", []))
            ids = [c.id for c in chunks]
            upsert_chunks(collection, chunks, vectors)
            stale = list(old_ids - set(ids))
            if stale:
                collection.delete(ids=stale)
            sources[key] = {"hash": digest, "ids": ids, "bwb_id": law.bwb_id if law else None}
            if law is not None and law.bwb_id:
                # a newer version of the same law replaces the older one from another file
                for other, entry in list(sources.items()):
                    if other != key and entry.get("bwb_id") == law.bwb_id:
                        gone = [i for i in entry["ids"] if i not in set(ids)]
                        if gone:
                            collection.delete(ids=gone)
                        del sources[other]
            if law is not None:
                laws[law.bwb_id or law.name] = {
                    "name": law.name, "title": law.title, "bwb_id": law.bwb_id,
                    "version_date": law.version_date, "source": law.source,
                    "articles": {nr: {"title": a.title, "paragraphs": a.paragraphs, "text": a.text}
                                 for nr, a in law.articles.items()},
                }
                summary.laws.append(f"{law.name} ({law.version_date})")
            summary.documents += 1
            summary.chunks += len(chunks)
            summary.embedded += new
            # the manifest is written after every document: an interrupted ingest loses nothing
            write_json(index_dir / "laws.json", laws)
            write_json(manifest_path, _manifest(embedder, settings, sources))
    finally:
        if bar:
            bar.close()
        cache.close()
    if not manifest_path.exists():
        write_json(manifest_path, _manifest(embedder, settings, sources))
    summary.total_chunks = collection.count()
    summary.seconds = round(time.perf_counter() - start, 2)
    return summary
