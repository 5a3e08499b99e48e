"""Time the triage engine per case against a baseline measured in the same run.

Baseline: one plain regex scan of the same texts for every sociale-kaart alias and scheme (what a
naive keyword matcher would do). The engine adds negation, clauses, dependencies, urgency and
levensdomeinen on top; the target is well under 50 ms per case.

    .venv/bin/python benchmarks/triage.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.features.triage.engine import assess  # noqa: E402
from assistant.knowledge.corpus import load_sociale_kaart  # noqa: E402

TARGET_MS = 50.0


def load_texts() -> list[tuple[str, str]]:
    folder = REPO / "evals" / "cases" / "triage"
    return [
        (p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))["text"]) for p in sorted(folder.glob("*.yaml"))
    ]


def baseline_scanner(orgs) -> re.Pattern:
    terms = sorted({t for o in orgs for t in (*o.aliases, *o.schemes)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)


def per_case_ms(fn, texts: list[str], repeat: int) -> list[float]:
    times = []
    for text in texts:
        fn(text)  # warm caches
        start = time.perf_counter()
        for _ in range(repeat):
            fn(text)
        times.append((time.perf_counter() - start) * 1000 / repeat)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    orgs = load_sociale_kaart()
    cases = load_texts()
    texts = [t for _, t in cases]
    scanner = baseline_scanner(orgs)
    start = time.perf_counter()
    assess("warm-up: cl. heeft bijstand bij de gemeente.", orgs)
    cold_ms = (time.perf_counter() - start) * 1000
    engine = per_case_ms(lambda t: assess(t, orgs), texts, args.repeat)
    base = per_case_ms(lambda t: scanner.findall(t), texts, args.repeat)
    mean_e, mean_b = statistics.mean(engine), statistics.mean(base)
    print(f"cases: {len(texts)}, repeat {args.repeat}, first call (compiles the kaart): {cold_ms:.1f} ms")
    print(
        f"engine   mean {mean_e:6.2f} ms/case, max {max(engine):6.2f} ms ({cases[engine.index(max(engine))][0]})"
    )
    print(f"baseline mean {mean_b:6.2f} ms/case (one regex scan over all aliases and schemes)")
    print(
        f"ratio engine/baseline: {mean_e / mean_b:.2f}x; target < {TARGET_MS:.0f} ms/case: "
        f"{'ok' if max(engine) < TARGET_MS else 'NIET GEHAALD'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
