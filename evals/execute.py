"""Run one case through the service layer (the same Workbench the CLI and the panel use) and say
what the report shows of it: the evidence the draft gives and the sources it names."""

from __future__ import annotations

import time
import traceback
from pathlib import Path
from typing import Any

from evals.metrics.base import CaseRun

LAW_HITS = 10  # MRR@10; recall@5 and the ragas contexts use the first five
TEXT_LIMIT = 600  # characters of a source text kept in the results


def run_case(case, wb, cases_dir: Path) -> CaseRun:
    start = time.perf_counter()
    run = CaseRun()
    try:
        _run(case, wb, Path(cases_dir), run)
    except Exception as exc:  # noqa: BLE001 - one case failing must not stop the run
        run.error = f"{type(exc).__name__}: {exc}"
        run.output = {"error": run.error, "trace": traceback.format_exc(limit=3)}
    run.seconds = time.perf_counter() - start
    return run


def _run(case, wb, cases_dir: Path, run: CaseRun) -> None:
    if case.suite == "triage":
        run.input_text = case.input["text"]
        run.output = wb.triage(run.input_text).to_dict()
    elif case.suite == "letters":
        run.input_text = wb.read(cases_dir / case.input["file"])
        run.output = wb.explain(run.input_text).to_dict()
    elif case.suite == "grounds":
        run.input_text = case.input["text"]
        run.output = wb.grounds(run.input_text, obstacle=case.input.get("obstacle")).to_dict()
    elif case.suite == "ask":
        question = case.input["question"]
        run.input_text = question
        run.output = wb.ask(question, k=5).to_dict()
        hits = wb.index().search(question, k=LAW_HITS, kinds=("wet",))
        run.law_hits = [h.source_dict(i + 1) for i, h in enumerate(hits)]
    else:  # pragma: no cover - the loaders know only these suites
        raise ValueError(f"onbekende suite {case.suite}")


# -- what the report shows -------------------------------------------------------------------------


def evidence(case, run: CaseRun) -> list[str]:
    """Quotes and reasons the draft gives for what it says."""
    out = [f"{path}: \"{quote}\"" for path, quote in _quotes(run.output)]
    data = run.output
    if case.suite == "triage":
        out += list(data.get("category_reasons") or []) + list(data.get("urgency_signals") or [])
    elif case.suite == "grounds":
        out += [f"{g.get('citation')}: {g.get('why')}" for g in data.get("grounds") or [] if g.get("why")]
    elif case.suite == "letters":
        out += [str(w) for w in data.get("warnings") or []]
    elif case.suite == "ask":
        out += [f"[{h['id']}] {h.get('citation') or h.get('title')} (score {h.get('score')})" for h in run.law_hits[:5]]
    return _unique(out)


def _quotes(data: Any, path: str = "") -> list[tuple[str, str]]:
    """Every `evidence: [{quote: ...}]` anywhere in a draft (facts carry their evidence like this)."""
    found: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "evidence" and isinstance(value, list):
                found += [(path or "feit", str(e["quote"])) for e in value if isinstance(e, dict) and e.get("quote")]
            else:
                found += _quotes(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for item in data:
            found += _quotes(item, path)
    return found


def sources(case, run: CaseRun) -> list[str]:
    data = run.output
    if case.suite == "grounds":
        return [f"{g.get('citation')}" + ("" if g.get("verified") else " (niet geverifieerd)")
                for g in data.get("grounds") or []]  # fmt: skip
    items = data.get("sources") or []
    out = [f"[{s.get('id')}] {s.get('citation') or s.get('title')}" for s in items if isinstance(s, dict)]
    rules = [str(v.get("rule")) for v in _fact_objects(data) if v.get("rule")]
    return _unique(out + rules)


def _fact_objects(data: dict) -> list[dict]:
    facts = data.get("facts") if isinstance(data.get("facts"), dict) else {}
    return [v for v in [*facts.values(), *data.values()] if isinstance(v, dict)]


def trimmed(run: CaseRun) -> dict:
    """The output as stored in the results: source texts shortened."""
    data = dict(run.output)
    if isinstance(data.get("sources"), list):
        data["sources"] = [_short(s) for s in data["sources"]]
    return data


def trimmed_hits(run: CaseRun) -> list[dict]:
    return [_short(h) for h in run.law_hits]


def _short(item: Any) -> Any:
    if isinstance(item, dict) and isinstance(item.get("text"), str) and len(item["text"]) > TEXT_LIMIT:
        return {**item, "text": item["text"][:TEXT_LIMIT] + "…"}
    return item


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
