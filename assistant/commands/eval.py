"""`regiewijzer eval [--suite ...] [--cases DIR] [--backend ...] [--baseline FILE] [--save-baseline FILE]
[--report out.html] [--json] [--compare A.json B.json] [--verdicts FILE] [--judge MODEL]`.

Runs the regression cases (evals/cases) through the same service layer as the CLI and the panel,
scores them, compares them with the baseline and exits non-zero only on a new regression.
Without --backend the eval runs without a model (the configuration of the committed baseline).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.commands._common import settings_from

SUITE_CHOICES = ("triage", "letters", "ask", "grounds", "all")


def register(sub) -> None:
    p = sub.add_parser(
        "eval",
        help="regressie-evaluatie: casussen draaien, meten en vergelijken met de basislijn",
        description="Draait de evaluatiecasussen (evals/cases), meet ze, vergelijkt ze met de basislijn en "
        "schrijft desgewenst een HTML-rapport. Stopt met code 1 alleen bij nieuwe achteruitgang.",
    )
    p.add_argument("--suite", action="append", choices=SUITE_CHOICES, help="suite (herhaalbaar; standaard: all)")
    p.add_argument("--cases", metavar="DIR", help="map met casussen (standaard: evals/cases van de checkout)")
    p.add_argument("--backend", choices=["auto", "ollama", "llamacpp", "none"], help="modelbackend (standaard: none)")
    p.add_argument("--model", help="chatmodel (Ollama) of GGUF-pad (llamacpp)")
    p.add_argument("--index", metavar="DIR", help="een bestaande index gebruiken in plaats van de evaluatie-index")
    p.add_argument("--baseline", metavar="FILE", help="basislijn (standaard: evals/baselines/default.json)")
    p.add_argument("--no-baseline", action="store_true", help="met geen enkele basislijn vergelijken")
    p.add_argument("--save-baseline", metavar="FILE", help="deze run opslaan als basislijn")
    p.add_argument("--report", metavar="FILE", help="HTML-rapport schrijven (één bestand, werkt offline)")
    p.add_argument("--results", metavar="FILE", help="waar de volledige uitslag (JSON) komt")
    p.add_argument("--json", action="store_true", help="de uitslag als JSON afdrukken")
    p.add_argument("--compare", nargs=2, metavar=("A.json", "B.json"), help="twee opgeslagen runs vergelijken (A als basislijn)")
    p.add_argument("--verdicts", metavar="FILE", help="oordelen uit het rapport (geëxporteerd JSON) opslaan bij de uitslag")
    p.add_argument("--verdicts-store", metavar="FILE", help="waar de oordelen bewaard worden (standaard: evals/verdicts.json)")
    p.add_argument("--judge", metavar="MODEL", help="beoordelingsmodel (Ollama) voor de ragas-metrieken met model")
    p.add_argument("--judge-host", metavar="URL", help="Ollama-adres van het beoordelingsmodel (standaard: OLLAMA_HOST)")
    p.add_argument("--judge-embeddings", metavar="MODEL", help="embeddingmodel van de beoordelaar (standaard: nomic-embed-text)")
    p.add_argument("--judge-timeout", type=float, default=300.0, metavar="S", help="wachttijd per beoordeling (standaard 300 s)")
    p.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")
    p.set_defaults(handler=run)


def _options(args) -> dict:
    suites = args.suite or ["all"]
    chosen = ("triage", "letters", "grounds", "ask") if "all" in suites else tuple(dict.fromkeys(suites))
    options = {"suites": chosen, "progress": not args.no_progress and not args.json, "judge": args.judge,
               "judge_host": args.judge_host, "judge_embeddings": args.judge_embeddings,
               "judge_timeout": args.judge_timeout, "use_baseline": not args.no_baseline}  # fmt: skip
    paths = {"cases_dir": args.cases, "index_dir": args.index, "baseline": args.baseline,
             "save_baseline": args.save_baseline, "report": args.report, "results": args.results,
             "verdicts": args.verdicts, "verdict_store": args.verdicts_store}  # fmt: skip
    options.update({k: Path(v) for k, v in paths.items() if v})
    return options


def run(args) -> int:
    from assistant.service import Workbench

    args.backend = args.backend or "none"
    wb = Workbench(settings_from(args))
    if args.compare:
        outcome = wb.compare_evals(Path(args.compare[0]), Path(args.compare[1]), report=args.report and Path(args.report))
    else:
        outcome = wb.run_eval(**_options(args))
    if args.json:
        print(json.dumps(outcome.results, ensure_ascii=False, indent=1, default=str))
    else:
        print(outcome.text())
    for message in outcome.messages:
        print(message, file=sys.stderr if args.json else sys.stdout)
    return outcome.exit_code
