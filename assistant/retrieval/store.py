"""Persistent storage of an index folder: a Chroma collection (dense vectors + chunks),
the law store (laws.json: every article and lid, for exact citation lookup) and a manifest."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from assistant.models import Chunk

COLLECTION = "regiewijzer"


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


def open_collection(index_dir: Path, create: bool = False):
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True)
    )
    ef = _ExplicitEmbeddingFunction()
    if create:
        return client.get_or_create_collection(COLLECTION, embedding_function=ef, metadata={"hnsw:space": "cosine"})
    return client.get_collection(COLLECTION, embedding_function=ef)


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
