"""`regiewijzer eval`: run the cases through the service layer, score them, compare with a
baseline, store the results, write the report. Called by `Workbench.run_eval` (assistant/service.py).

The eval keeps its own index (`.regiewijzer-data/eval/index`: corpus/ plus the shared law texts, the
configuration the committed baseline was made with), brought up to date at the start of each run:
a second run re-embeds nothing. `--index DIR` uses another index instead.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.errors import UserError
from evals.aggregate import case_counts, fingerprint, summarise
from evals.baseline import RESULTS_FORMAT, BaselineError, compact, compare
from evals.baseline import load as load_run
from evals.case import SUITES
from evals.casefiles import CASES_DIR
from evals.context import EvalContext
from evals.execute import evidence, run_case, sources, trimmed, trimmed_hits
from evals.loaders import CaseError, load_cases
from evals.metrics import metrics_for
from evals.metrics.base import Score
from evals.provenance import describe_run
from evals.query_cache import enable_query_cache
from evals.sources import REPO_ROOT, SHARED_LAWS_DIR
from evals.verdicts import VerdictError, attach, import_verdicts, read_store

EVAL_DIR = REPO_ROOT / ".regiewijzer-data" / "eval"
EMBED_CACHE = REPO_ROOT / ".regiewijzer-data" / "test" / "cache"  # shared with the tests: warm after `make test`
DEFAULT_BASELINE = REPO_ROOT / "evals" / "baselines" / "default.json"
VERDICT_STORE = REPO_ROOT / "evals" / "verdicts.json"


class EvalError(UserError):
    """An expected fault (no cases, no law texts, a bad baseline): one clear Dutch sentence."""


@dataclass
class EvalOptions:
    suites: tuple[str, ...] = SUITES
    cases_dir: Path = CASES_DIR
    index_dir: Path | None = None
    baseline: Path | None = None  # None: the committed default baseline, when it exists
    use_baseline: bool = True  # False: compare with nothing (a first run)
    save_baseline: Path | None = None
    report: Path | None = None
    results: Path = EVAL_DIR / "last-run.json"
    verdicts: Path | None = None  # an exported verdicts file to store
    verdict_store: Path = VERDICT_STORE
    judge: str | None = None  # Ollama model name of the judge
    judge_host: str | None = None
    judge_embeddings: str | None = None
    judge_timeout: float = 300.0
    tolerance_scale: float = 1.0
    progress: bool = True


@dataclass
class EvalOutcome:
    results: dict
    exit_code: int  # 1 only on a new regression against the baseline
    messages: list[str] = field(default_factory=list)

    def text(self) -> str:
        from evals.summary import text

        return text(self.results)


def eval_settings(settings, options: EvalOptions):
    """The eval's own data folder and index, the embedding cache the tests warm, else the caller's settings."""
    index_dir = options.index_dir or EVAL_DIR / "index"
    cache = settings.cache_root or EMBED_CACHE
    return replace(settings, data_dir=EVAL_DIR, index_dir=Path(index_dir), cache_root=Path(cache))


def prepare_index(wb, options: EvalOptions, messages: list[str]) -> None:
    if options.index_dir:
        wb.index()  # an index named with --index must exist (IndexMissing says how to build one)
        return
    if not SHARED_LAWS_DIR.is_dir():
        raise EvalError(f"De wetteksten voor de evaluatie ontbreken ({SHARED_LAWS_DIR}). Zet REGIEWIJZER_SHARED_LAWS "
                        "of geef een bestaande index met --index.")  # fmt: skip
    start = time.perf_counter()
    summary = wb.ingest([SHARED_LAWS_DIR], progress=options.progress, only=True)
    messages.append(f"Index bijgewerkt in {time.perf_counter() - start:.1f} s ({summary.total_chunks} stukken, "
                    f"{summary.embedded} nieuw ingebed).")  # fmt: skip


def run(settings, options: EvalOptions) -> EvalOutcome:
    from assistant.service import Workbench

    messages: list[str] = []
    try:
        cases = load_cases(Path(options.cases_dir), options.suites)
        if options.verdicts:
            n = import_verdicts(Path(options.verdicts), Path(options.verdict_store))
            messages.append(f"{n} oordelen opgeslagen in {options.verdict_store}.")
        baseline_path = options.baseline or (DEFAULT_BASELINE if DEFAULT_BASELINE.is_file() else None)
        baseline_path = baseline_path if options.use_baseline else None
        baseline = load_run(baseline_path) if baseline_path else None
    except (CaseError, VerdictError, BaselineError) as exc:
        raise EvalError(str(exc)) from exc
    if not cases:
        raise EvalError(f"Geen casussen gevonden in {options.cases_dir} voor: {', '.join(options.suites)}.")
    judge = _judge(settings, options)
    wb = Workbench(eval_settings(settings, options), index_required=bool(options.index_dir))
    prepare_index(wb, options, messages)
    llm = wb.llm()
    enable_query_cache(wb.index(), EVAL_DIR / "query-cache.sqlite")
    ctx = EvalContext(index=wb.index(), corpus_dir=wb.settings.corpus_dir, judge=judge)
    metrics = metrics_for(options.suites, judge)
    start = time.perf_counter()
    records = [_record(case, wb, ctx, metrics, Path(options.cases_dir)) for case in _progress(cases, options)]
    seconds = time.perf_counter() - start
    run_info = describe_run(wb.settings, laws_dir=None if options.index_dir else SHARED_LAWS_DIR,
                            cases_dir=Path(options.cases_dir), suites=options.suites, judge=judge, repo=REPO_ROOT)  # fmt: skip
    run_info.update(backend=llm.name if llm else "none", model=getattr(llm, "model", None) if llm else None,
                    seconds={"total": round(seconds, 1), **_suite_seconds(records)},
                    index=_shown(wb.settings.index_path), cases_dir=_shown(options.cases_dir))  # fmt: skip
    results = {"format": RESULTS_FORMAT, "run": run_info, "counts": case_counts(records),
               "metrics": summarise(metrics, records), "cases": records, "comparison": None}  # fmt: skip
    if baseline is not None:
        results["comparison"] = compare(results, baseline, {m.name: m for m in metrics}, options.tolerance_scale)
        results["comparison"]["baseline_file"] = str(baseline_path)
    attach(records, read_store(Path(options.verdict_store)))
    _write(results, options, messages)
    comparison = results["comparison"] or {}
    failing = bool(comparison.get("regressions") or comparison.get("metric_regressions"))
    return EvalOutcome(results, 1 if failing and not options.save_baseline else 0, messages)


def _shown(path) -> str:
    """A path inside the checkout relative to it (results and baselines travel between machines)."""
    try:
        return Path(path).resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def _judge(settings, options: EvalOptions):
    if not options.judge:
        return None
    from evals.judge import JudgeUnavailable, make_judge

    try:
        return make_judge(options.judge_host or settings.ollama_host, options.judge,
                          options.judge_embeddings or settings.embed_model, options.judge_timeout)  # fmt: skip
    except JudgeUnavailable as exc:
        raise EvalError(str(exc)) from exc


def _progress(cases, options: EvalOptions):
    if not options.progress:
        return cases
    from tqdm import tqdm

    return tqdm(cases, desc="Casussen", unit="casus", file=sys.stderr, dynamic_ncols=True)


def _record(case, wb, ctx, metrics, cases_dir: Path) -> dict:
    run = run_case(case, wb, cases_dir)
    scores, errors = {}, []
    for metric in metrics:
        if run.error or not metric.applies(case):
            continue
        try:
            score = metric.score(case, run, ctx)
        except Exception as exc:  # noqa: BLE001 - a metric that cannot read an output must not stop the run
            errors.append(f"{metric.name}: {type(exc).__name__}: {exc}")
            score = Score(0.0, 0.0, f"metriek faalde: {type(exc).__name__}: {exc}")
        if score is not None:
            scores[metric.name] = score.to_dict()
    by_name = {m.name: m for m in metrics}
    failed = [n for n, s in scores.items() if by_name[n].gate and not by_name[n].passed(s["value"])]
    if run.error:
        failed = ["error"]
    return {
        **case.to_dict(), "group": case.group, "input_text": run.input_text if case.suite == "letters" else None,
        "output": trimmed(run), "law_hits": trimmed_hits(run), "evidence": evidence(case, run),
        "sources": sources(case, run), "scores": scores, "failed": failed, "passed": not failed,
        "error": run.error, "metric_errors": errors, "seconds": round(run.seconds, 3),
        "output_hash": fingerprint(run.output), "expected_hash": fingerprint(case.expected),
    }  # fmt: skip


def _suite_seconds(records: list[dict]) -> dict:
    out: dict[str, float] = {}
    for r in records:
        out[r["suite"]] = out.get(r["suite"], 0.0) + r["seconds"]
    return {k: round(v, 1) for k, v in out.items()}


HASH_KEYS = ("output_hash", "expected_hash")


def redact_results(results: dict) -> dict:
    """BSN, IBAN, phone and e-mail never reach a report or results file. The cases' fingerprints are
    our own hex digests, not personal data, and stay as they are: a digit run inside one can pass the
    BSN check, and a redacted hash never matches the next run's, so the baseline would call the case new."""
    from assistant.service import Workbench

    out = Workbench.redact(results)
    for case, original in zip(out.get("cases", []), results.get("cases", []), strict=True):
        case.update({key: original[key] for key in HASH_KEYS if key in original})
    return out


def _write(results: dict, options: EvalOptions, messages: list[str]) -> None:
    results = redact_results(results)
    Path(options.results).parent.mkdir(parents=True, exist_ok=True)
    Path(options.results).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    messages.append(f"Uitslag: {options.results}")
    if options.save_baseline:
        Path(options.save_baseline).parent.mkdir(parents=True, exist_ok=True)
        Path(options.save_baseline).write_text(
            json.dumps(compact(results), ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n",
            encoding="utf-8")  # fmt: skip
        messages.append(f"Basislijn opgeslagen: {options.save_baseline}")
    if options.report:
        from evals.report.html import write_report

        write_report(results, Path(options.report))
        messages.append(f"Rapport: {options.report}")
