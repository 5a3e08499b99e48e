"""Persistent storage of an index generation (see layout.py): a Chroma collection (dense vectors +
chunks), embedded in the generation's folder or on a Chroma server (REGIEWIJZER_CHROMA_URL), the law
store (laws.json: every article and lid, for exact citation lookup) and a manifest."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from assistant.errors import IndexMissing
from assistant.models import Chunk
from assistant.retrieval.layout import Generation, live

EMBEDDED = "embedded"
SERVER = "server"


class _ExplicitEmbeddingFunction:
    """Chroma must never fall back to its default embedding function (it downloads a model).
    We always pass vectors ourselves; this guard makes any other path fail loudly."""

    def __call__(self, input):  # noqa: A002 - Chroma's protocol name
        raise RuntimeError("Regiewijzer geeft embeddings altijd zelf mee; Chroma mag niet zelf embedden.")

    @staticmethod
    def name() -> str:
        return "regiewijzer-explicit"

    def get_config(self) -> dict:
        return {}

    @staticmethod
    def build_from_config(config: dict) -> _ExplicitEmbeddingFunction:
        return _ExplicitEmbeddingFunction()

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def embed_query(self, input):  # noqa: A002
        return self(input)


def store_kind(settings) -> str:
    """Where new generations keep their vectors: a Chroma server (REGIEWIJZER_CHROMA_URL) or embedded."""
    return SERVER if settings.chroma_url else EMBEDDED


def _client(generation: Generation, settings, kind: str):
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    if kind != SERVER:
        return chromadb.PersistentClient(path=str(generation.chroma_path), settings=chroma_settings)
    url = settings.chroma_url
    if not url:
        raise IndexMissing("Deze index staat op een Chroma-server: stel REGIEWIJZER_CHROMA_URL in.")
    parts = urlsplit(url if "://" in url else f"http://{url}")
    try:
        return chromadb.HttpClient(host=parts.hostname or "127.0.0.1", port=parts.port or 8000,
                                   ssl=parts.scheme == "https", settings=chroma_settings)
    except ValueError:  # chromadb's "Could not connect to a Chroma server"
        raise IndexMissing(f"De Chroma-server op {url} is niet bereikbaar; start hem (chroma run) of "
                           "controleer REGIEWIJZER_CHROMA_URL.") from None


def open_collection(generation: Generation, settings, kind: str = EMBEDDED, create: bool = False):
    """The generation's collection, in the embedded store (its chroma/ folder) or on the server."""
    client = _client(generation, settings, kind)
    ef = _ExplicitEmbeddingFunction()
    name = generation.collection_name
    if create:
        return client.get_or_create_collection(name, embedding_function=ef, metadata={"hnsw:space": "cosine"})
    try:
        return client.get_collection(name, embedding_function=ef)
    except Exception:  # chromadb raises NotFoundError or ValueError, by version and store
        raise IndexMissing(f"De vectoren van de index in {generation.dir} ontbreken (collectie {name}); "
                           "bouw hem opnieuw met: regiewijzer ingest --rebuild") from None


def drop_collection(generation: Generation, settings, kind: str) -> None:
    """Remove a generation's collection from the server (an embedded one goes with its folder)."""
    if kind != SERVER or not settings.chroma_url:
        return
    try:
        _client(generation, settings, kind).delete_collection(generation.collection_name)
    except Exception:  # noqa: BLE001 - already gone, or the server is down: nothing to clean now
        pass


def copy_collection(source, target, batch: int = 1000) -> int:
    """Copy every record (ids, texts, metadata, vectors) from one collection into another."""
    copied = 0
    while True:
        data = source.get(include=["documents", "metadatas", "embeddings"], limit=batch, offset=copied)
        if not data["ids"]:
            return copied
        target.upsert(ids=data["ids"], documents=data["documents"], metadatas=data["metadatas"],
                      embeddings=data["embeddings"])
        copied += len(data["ids"])


@dataclass
class StoredIndex:
    """The live generation of an index folder, opened for reading."""

    generation: Generation
    manifest: dict
    laws: dict
    collection: object


def open_stored(root: Path, settings) -> StoredIndex | None:
    """The live generation, or None when the folder holds no finished index. An index whose vector
    store holds fewer records than its manifest says is refused: a partial index never answers."""
    generation = live(root)
    manifest = read_json(generation.manifest_path, None) if generation else None
    if not manifest:
        return None
    collection = open_collection(generation, settings, manifest.get("store", EMBEDDED))
    expected = manifest.get("chunks")
    if expected is not None and collection.count() != expected:
        raise IndexMissing(f"De index in {root} is onvolledig ({collection.count()} van {expected} stukken); "
                           "bouw hem opnieuw met: regiewijzer ingest --rebuild")
    return StoredIndex(generation, manifest, read_json(generation.laws_path, {}), collection)


def upsert_chunks(collection, chunks: list[Chunk], vectors: np.ndarray) -> None:
    for i in range(0, len(chunks), 1000):
        part = chunks[i : i + 1000]
        metas = []
        for c in part:
            meta = c.metadata()
            meta["search_text"] = c.search_text or c.text
            metas.append(meta)
        collection.upsert(
            ids=[c.id for c in part],
            documents=[c.text for c in part],
            metadatas=metas,
            embeddings=vectors[i : i + 1000].tolist(),
        )


def all_chunks(collection) -> list[Chunk]:
    data = collection.get(include=["documents", "metadatas"])
    out = []
    for cid, doc, meta in zip(data["ids"], data["documents"], data["metadatas"], strict=True):
        meta = dict(meta or {})
        search_text = meta.pop("search_text", None)
        chunk = Chunk.from_metadata(cid, doc, meta)
        chunk.search_text = search_text
        out.append(chunk)
    return out


def read_json(path: Path, default):
    if not path.exists():
        return default
    return json.loads(path.read_text(encoding="utf-8"))


def write_json(path: Path, data) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
