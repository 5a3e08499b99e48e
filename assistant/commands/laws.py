"""`regiewijzer laws update|list`: fetch the current official law texts, show what is stored."""

from __future__ import annotations

import argparse
import json
import sys

from assistant.commands._common import add_index, add_json, workbench_from


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "laws",
        help="wetteksten ophalen uit de officiële wettenbank (BWB) en tonen wat er is",
        description="Haalt de actuele officiële tekst van de wetten in corpus/sources.yaml op en leest die in.",
    )
    sub = parser.add_subparsers(dest="laws_command", metavar="ACTIE")
    update = sub.add_parser("update", help="haal nieuwe versies op en lees ze in de index in")
    update.add_argument(
        "--only",
        action="append",
        metavar="BWBR...",
        help="alleen deze wet(ten): BWB-id of naam; herhaal of scheid met komma's",
    )
    update.add_argument(
        "--base-url",
        metavar="URL",
        help="adres van de BWB-repository (standaard de officiële; of REGIEWIJZER_BWB_URL)",
    )
    update.add_argument("--no-ingest", action="store_true", help="alleen downloaden, niet inlezen")
    add_index(update)
    add_json(update)
    update.set_defaults(handler=run_update)
    listing = sub.add_parser("list", help="toon welke wetversies lokaal zijn opgeslagen")
    add_json(listing)
    listing.set_defaults(handler=run_list)
    parser.set_defaults(handler=lambda args: parser.print_help() or 1)


def run_update(args: argparse.Namespace) -> int:
    report = workbench_from(args).update_laws(
        only=args.only,
        base_url=args.base_url,
        ingest=not args.no_ingest,
        progress=not args.json,
    )
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    for warning in report.warnings:
        if args.json:
            print(f"regiewijzer: {warning}", file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    wb = workbench_from(args)
    rows = wb.stored_laws()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print(f"Geen wetteksten opgeslagen in {wb.settings.laws_dir}. {wb.no_laws_hint()}")
    else:
        for row in rows:
            print(f"{row['name']} [{row['bwb_id']}]: versie {row['version_date']} ({row['path']})")
    return 0
