"""Exact cosine search over an index's stored vectors.

Used instead of Chroma's HNSW graph: a few thousand vectors take well under a millisecond, and the
ranking is the same in every process and on every rebuild (HNSW's approximate candidate lists
differed between runs, which made the regression evals flip cases at random)."""

from __future__ import annotations

import numpy as np


class ExactVectors:
    """The collection's vectors, unit length, in id order; loaded on the first search (~6 MB for
    the law index)."""

    def __init__(self, collection):
        self._collection = collection
        self._loaded: tuple[list[str], np.ndarray] | None = None

    def _load(self) -> tuple[list[str], np.ndarray]:
        if self._loaded is None:
            data = self._collection.get(include=["embeddings"])
            pairs = sorted(zip(data["ids"], data["embeddings"], strict=True), key=lambda p: p[0])
            ids = [cid for cid, _ in pairs]
            matrix = np.asarray([vec for _, vec in pairs], dtype=np.float32).reshape(len(pairs), -1)
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            self._loaded = (ids, matrix / np.where(norms == 0, 1.0, norms))
        return self._loaded

    def nearest(self, vector, n: int) -> list[tuple[str, float]]:
        """The `n` most similar stored ids with their cosine similarity, best first (ties by id)."""
        ids, matrix = self._load()
        n = min(n, len(ids))
        if n == 0:
            return []
        query = np.asarray(vector, dtype=np.float32)
        query = query / (np.linalg.norm(query) or 1.0)
        sims = matrix @ query
        order = np.argsort(-sims, kind="stable")[:n]
        return [(ids[i], float(sims[i])) for i in order]
