"""`regiewijzer decide`: record the professional's decision on a draft in the audit log."""

from __future__ import annotations

import argparse
import json

from assistant.commands._common import add_json, workbench_from
from assistant.errors import InputError
from assistant.service import Workbench


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "decide",
        help="leg het besluit over een concept vast (accepteren of afwijzen)",
        description="Legt vast dat de professional een concept accepteert (eventueel aangepast) of afwijst.",
    )
    parser.add_argument("draft_id", metavar="DRAFT_ID", help="id van het concept (zie `regiewijzer log`)")
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", action="store_true", help="accepteer het concept")
    choice.add_argument("--reject", action="store_true", help="wijs het concept af (reden verplicht)")
    parser.add_argument("--reason", help="reden van het besluit (verplicht bij afwijzen)")
    parser.add_argument(
        "--final",
        metavar="FILE.json",
        help="de aangepaste versie als JSON (zoals --json van het concept; - = stdin)",
    )
    parser.add_argument(
        "--user", help="naam van de professional (standaard: REGIEWIJZER_USER of de systeemgebruiker)"
    )
    parser.add_argument(
        "--revise", action="store_true", help="leg een herziening vast van een eerder besluit"
    )
    add_json(parser)
    parser.set_defaults(handler=run)


def read_final(wb: Workbench, path: str) -> dict:
    text = wb.read(path, max_chars=wb.settings.max_letter_bytes)  # a draft is longer than a pasted text
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is geen geldige JSON (regel {exc.lineno}): {exc.msg}.") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path} moet een JSON-object zijn, zoals de --json-uitvoer van het concept.")
    return data


def run(args: argparse.Namespace) -> int:
    wb = workbench_from(args)
    final = read_final(wb, args.final) if args.final else None
    record = wb.decide(
        args.draft_id,
        "accepted" if args.accept else "rejected",
        final=final,
        reason=args.reason,
        user=args.user,
        revise=args.revise,
    )
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    verb = "geaccepteerd" if record["decision"] == "accepted" else "afgewezen"
    fields = record["changed_fields"]
    detail = f"{len(fields)} veld(en) aangepast: {', '.join(fields)}" if fields else "ongewijzigd"
    revision = f" (herziening {record['revision']})" if record["revision"] > 1 else ""
    print(
        f"Besluit vastgelegd{revision}: concept {record['id']} {verb} door {record['decided_by']}, {detail}."
    )
    return 0
