"""The knowledge bridge. A professional's question rarely shares words with the article that answers
it; the project's own knowledge does, and it cites articles: FAQ answers and maatwerk grounds, and the
article guide (corpus/artikelwijzer), written in professionals' and citizens' words. The articles cited
by the best-matching bridge chunks get a reciprocal-rank term in the fusion (index.py).

The guide only bridges: its entries are never a hit themselves (`ask` shows the article it cites).

Weights: the FAQ/grounds bridge as tuned before the guide existed; the guide's weight and depth were
chosen on the dev sets (questions, heldout, heldout2: R@5 54/80 without the guide, 64/80 with weight 1
and the five best entries, 70/80 with weight 3 and the three best); see benchmarks/retrieval.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Chunk


@dataclass(frozen=True)
class Bridge:
    kinds: tuple[str, ...]
    weight: float
    top: int  # how many of the best-matching bridge chunks count


KNOWLEDGE = Bridge(("faq", "grond", "methode"), 1.0, 5)
GUIDE = Bridge(("wijzer",), 3.0, 3)
BRIDGES = (KNOWLEDGE, GUIDE)
BRIDGE_ONLY_KINDS = GUIDE.kinds


def best_bridges(bridge: Bridge, *ranked_lists: list[Chunk]) -> list[tuple[Chunk, int]]:
    """The bridge's `top` chunks with their best rank (1-based) in any of the ranked candidate lists."""
    best: dict[str, tuple[Chunk, int]] = {}
    for ranked in ranked_lists:
        for rank, chunk in enumerate(ranked, start=1):
            if chunk.kind in bridge.kinds and (chunk.id not in best or rank < best[chunk.id][1]):
                best[chunk.id] = (chunk, rank)
    return sorted(best.values(), key=lambda item: item[1])[: bridge.top]
