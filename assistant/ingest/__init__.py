"""Ingest files into an index folder, incrementally.

`ingest_paths(paths, settings)` loads every file (skipping bad ones with a reason), embeds only
text whose hash is not in the embedding cache, replaces the chunks of changed files, and records
law texts in the law store for citation lookup. It writes a new generation of the index beside the
live one and swaps it in at the end (build.py), so an interrupted ingest leaves the old index in use.
"""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.ingest.build import IndexBuild, finish_build, read_base, start_build
from assistant.ingest.deferral import announce, split_cached, text_of
from assistant.ingest.loaders import LoadError, discover, load_document
from assistant.retrieval.embedders import EmbeddingCache, embed_with_cache, get_embedder
from assistant.retrieval.layout import ingest_lock
from assistant.retrieval.pending import read_pending, write_pending
from assistant.retrieval.store import upsert_chunks


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
    flagged: list[dict] = field(default_factory=list)  # passages left out: injected or hidden text
    deferred: int = 0  # law chunks searchable by their words, their vectors still to come
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
        if self.deferred:
            lines.append(f"Wetsartikelen zonder vectoren (volgen bij de volgende volledige ingest): {self.deferred}")
        for f in self.flagged:
            lines.append(f"Niet opgenomen uit {f['file']} ({f['reason']}): \"{f['text'][:120]}\"")
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
class _Document:
    """A changed file, loaded and chunked, waiting to be embedded."""

    key: str  # the resolved path
    digest: str
    chunks: list
    law: Any  # LawText or None


def ingest_paths(paths: list[str | Path], settings, *, include_defaults: bool = True, progress: bool = True,
                 rebuild: bool = False, defer_laws: bool = False, only: bool = False) -> IngestSummary:
    """Ingest `paths` (and corpus/ plus fetched laws unless `include_defaults` is False) into the index
    folder. `rebuild` starts from nothing; either way the live index stays in use until the end.
    `defer_laws`: law chunks whose vectors are not cached wait (deferral.py); without it, the law
    chunks that waited in the live index are embedded now. A file ingested earlier that no longer
    exists leaves the index; with `only`, so does every file not under `paths` now (the eval's index
    must hold exactly what it measures, not what an earlier run with another folder added)."""
    start = time.perf_counter()
    root = settings.index_path
    all_paths = (default_paths(settings) if include_defaults else []) + [Path(p) for p in paths]
    files, skipped = discover(all_paths)
    summary = IngestSummary(index=str(root), skipped=[{"file": f, "reason": r} for f, r in skipped])
    embedder = get_embedder(settings)
    with ingest_lock(root):
        base = read_base(root, settings, embedder, rebuild=rebuild, ingest_version=INGEST_VERSION)
        deferred = read_pending(base.stored.generation.dir if base.stored else None)
        if deferred and not defer_laws:
            _read_again(base.sources, deferred)  # their vectors are embedded now
        pending = _load_changed(files, base.sources, summary)
        dropped = _dropped_sources(base.sources, files, only)
        if base.current and not pending and not dropped:  # nothing changed: the live index stays as it is
            stored = base.stored.manifest.get("chunks") or base.stored.collection.count()
            summary.total_chunks = stored + len(deferred)
        else:
            build = start_build(root, settings, embedder, base)
            _drop_sources(build, dropped)
            _embed_and_store(pending, build, summary, progress, deferred, defer_laws)
            deferred = _still_listed(deferred, build.sources)
            write_pending(build.generation.dir, deferred)
            summary.total_chunks = finish_build(build, _manifest(embedder, settings, build.sources)) + len(deferred)
        summary.deferred = len(deferred)
    summary.seconds = round(time.perf_counter() - start, 2)
    return summary


def _load_changed(files: list[Path], sources: dict, summary: IngestSummary) -> list[_Document]:
    """Load and chunk the files whose hash differs from the manifest's; count the unchanged ones."""
    pending = []
    for f in files:
        try:
            key = str(f.resolve())
            digest = _file_hash(f)
        except OSError as exc:  # one unreadable file never stops the ingest
            summary.skipped.append({"file": str(f), "reason": f"niet leesbaar ({exc.strerror or exc})"})
            continue
        if sources.get(key, {}).get("hash") == digest:
            summary.unchanged += 1
            continue
        loaded = _load(f, summary)
        if loaded is not None:
            pending.append(_Document(key, digest, *loaded))
    return pending


def _dropped_sources(sources: dict, files: list[Path], only: bool) -> list[str]:
    """The recorded sources to remove: files that are gone, and with `only` every file not in `files`."""
    wanted = {str(f.resolve()) for f in files}
    return [key for key in sources if not Path(key).exists() or (only and key not in wanted)]


def _drop_sources(index: IndexBuild, keys: list[str]) -> None:
    """Delete the chunks of `keys` and their manifest entries; a law no other source still holds
    leaves the law store, so a citation to it is no longer verified against a removed text."""
    removed = {i for key in keys for i in index.sources.pop(key).get("ids", [])}
    kept = {i for entry in index.sources.values() for i in entry.get("ids", [])}
    if removed - kept:  # an id is the chunk's content: another copy of the same file may still hold it
        index.collection.delete(ids=sorted(removed - kept))
    held = {entry.get("bwb_id") for entry in index.sources.values()}
    for law_key, law in list(index.laws.items()):
        if law.get("bwb_id") and law["bwb_id"] not in held:
            del index.laws[law_key]


def _load(f: Path, summary: IngestSummary) -> tuple[list, Any] | None:
    """(chunks, law) of one file, or None with the reason added to summary.skipped."""
    try:
        loaded = load_document(f)
    except LoadError as exc:
        reason = str(exc)
    except OSError as exc:
        reason = f"niet leesbaar ({exc.strerror or exc})"
    else:
        summary.flagged += [{"file": str(f), "reason": flag.reason, "text": flag.text} for flag in loaded.flags]
        if loaded.chunks:
            return loaded.chunks, loaded.law
        reason = "geen tekst gevonden"
    summary.skipped.append({"file": str(f), "reason": reason})
    return None


def _embed_and_store(pending: list[_Document], index: IndexBuild, summary: IngestSummary, progress: bool,
                     deferred: dict, defer_laws: bool) -> None:
    """Embed each document (cache misses only) and store it in the new generation; with `defer_laws`,
    law chunks that are not cached go to `deferred` instead. The cache keeps every finished batch, so
    an interrupted ingest loses no embedding work."""
    cache = EmbeddingCache(index.settings.cache_dir / "embeddings.sqlite")
    later = {doc.key for doc in pending if defer_laws and doc.law is not None}
    now = [doc for doc in pending if doc.key not in later]
    if progress:
        announce(index.embedder, cache, [c for doc in now for c in doc.chunks],
                 [c for doc in pending if doc.key in later for c in doc.chunks])
    bar = _progress_bar(sum(len(doc.chunks) for doc in now)) if progress else None
    try:
        for doc in pending:
            for c in doc.chunks:
                deferred.pop(c.id, None)
            if doc.key not in later:
                stored = doc.chunks
                vectors, new = embed_with_cache(index.embedder, cache, [text_of(c) for c in stored],
                                                progress=(bar.update if bar else None))
                if bar:
                    bar.update(len(stored) - new)
            else:
                stored, vectors, waits = split_cached(index.embedder, cache, doc.chunks)
                deferred.update({c.id: c for c in waits})
                new = 0
            _write_chunks(index, doc, vectors, stored)
            if doc.law is not None:
                _write_law(index, doc.law)
                summary.laws.append(f"{doc.law.name} ({doc.law.version_date})")
            summary.documents += 1
            summary.chunks += len(doc.chunks)
            summary.embedded += new
    finally:
        if bar:
            bar.close()
        cache.close()


def _progress_bar(total: int):
    if not total:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="Inbedden", unit="stuk", file=sys.stderr, leave=False, mininterval=1.0)


def _write_chunks(index: IndexBuild, doc: _Document, vectors, stored: list) -> None:
    """Upsert the document's chunks that have vectors (`stored`), drop its stale ones, and record it
    in the manifest's sources."""
    old_ids = set(index.sources.get(doc.key, {}).get("ids", []))
    ids = [c.id for c in doc.chunks]
    upsert_chunks(index.collection, stored, vectors)
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


def _write_law(index: IndexBuild, law) -> None:
    """Record the law's articles in the law store (laws.json), for citation lookup."""
    index.laws[law.bwb_id or law.name] = {
        "name": law.name, "title": law.title, "bwb_id": law.bwb_id,
        "version_date": law.version_date, "source": law.source,
        "articles": {nr: {"title": a.title, "paragraphs": a.paragraphs, "text": a.text}
                     for nr, a in law.articles.items()},
    }


def _read_again(sources: dict, deferred: dict) -> None:
    """Mark the files whose law chunks wait for vectors as changed, so they are embedded now."""
    for entry in sources.values():
        if any(i in deferred for i in entry.get("ids", [])):
            entry["hash"] = None


def _still_listed(deferred: dict, sources: dict) -> dict:
    """The waiting chunks that still belong to a source of the index (a replaced law's are gone)."""
    listed = {i for entry in sources.values() for i in entry.get("ids", [])}
    return {i: c for i, c in deferred.items() if i in listed}
