"""Build a new index generation beside the live one and swap it in at the end.

An ingest never writes into the index that readers use: it copies the live generation's records
into a new one (assistant/retrieval/layout.py), applies the changed files there and only then
swaps the pointer. An interrupted ingest or `--rebuild` therefore leaves the previous index in use;
the next ingest discards the unfinished build and starts again, embedding only what the content-hash
cache does not hold yet (the interrupted run stored every batch it finished).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.retrieval.layout import Generation, commit, new_generation, remove, unused
from assistant.retrieval.store import (
    EMBEDDED,
    StoredIndex,
    copy_collection,
    drop_collection,
    open_collection,
    open_stored,
    read_json,
    store_kind,
    write_json,
)


@dataclass
class Base:
    """What the next generation starts from: the live index's records, sources and law store."""

    stored: StoredIndex | None
    sources: dict  # file -> {hash, ids, bwb_id}; hash None means "read it again"
    laws: dict
    current: bool  # the live index is up to date in all but its files: no new generation needed if none changed


def read_base(root: Path, settings, embedder, *, rebuild: bool, ingest_version: int) -> Base:
    """The live index to build on, or nothing on `rebuild` or when the embedder changed (vectors of
    another model cannot be mixed). A live index that is incomplete stops the ingest with how to fix it."""
    stored = None if rebuild else open_stored(root, settings)
    manifest = stored.manifest if stored else {}
    if manifest.get("embedder") != embedder.name:
        stored, manifest = None, {}
    sources = copy.deepcopy(manifest.get("sources", {}))
    reread = manifest.get("ingest_version") != ingest_version
    if reread:  # the loaders changed: read every file again (the cache still saves embedding
        for entry in sources.values():  # the text that stayed the same)
            entry["hash"] = None
    same_store = manifest.get("store", EMBEDDED) == store_kind(settings)
    laws = copy.deepcopy(stored.laws) if stored else {}
    return Base(stored, sources, laws, current=stored is not None and not reread and same_store)


@dataclass
class IndexBuild:
    """The generation being written: its vector collection, the manifest's sources and the law store."""

    root: Path
    generation: Generation
    settings: Any
    embedder: Any
    collection: Any
    sources: dict
    laws: dict
    store: str


def start_build(root: Path, settings, embedder, base: Base) -> IndexBuild:
    """A new generation folder holding a copy of the live records (none on a rebuild)."""
    discard_unused(root, settings)
    generation = new_generation(root)
    kind = store_kind(settings)
    collection = open_collection(generation, settings, kind, create=True)
    if base.stored is not None:
        copy_collection(base.stored.collection, collection)
    return IndexBuild(root, generation, settings, embedder, collection, base.sources, base.laws, kind)


def finish_build(build: IndexBuild, manifest: dict) -> int:
    """Write the law store and the manifest (last), swap the pointer, clean up; returns the chunk count."""
    chunks = build.collection.count()
    write_json(build.generation.laws_path, build.laws)
    write_json(build.generation.manifest_path, {**manifest, "store": build.store, "chunks": chunks})
    commit(build.root, build.generation)
    discard_unused(build.root, build.settings)
    return chunks


def discard_unused(root: Path, settings) -> None:
    """Remove interrupted builds and superseded generations (and their collections on a server)."""
    for generation in unused(root):
        manifest = read_json(generation.manifest_path, None)  # none: an interrupted build of this config
        kind = manifest.get("store", EMBEDDED) if manifest else store_kind(settings)
        drop_collection(generation, settings, kind)
        remove(generation)
