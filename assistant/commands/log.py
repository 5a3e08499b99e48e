"""`regiewijzer log`: list, show and export the audit log of drafts and decisions."""

from __future__ import annotations

import argparse
import json

from assistant.commands._common import add_json, workbench_from
from assistant.service import DECISIONS

_DECISION_NL = {"accepted": "geaccepteerd", "rejected": "afgewezen", None: "open"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "log",
        help="toon of exporteer het auditlog (concepten en besluiten)",
        description="Toont de concepten in het auditlog met het besluit van de professional, of exporteert ze.",
    )
    parser.add_argument("--id", dest="draft_id", metavar="DRAFT_ID", help="toon één concept volledig")
    parser.add_argument("--skill", help="alleen concepten van deze functie (triage, letter, grounds, ...)")
    parser.add_argument("--decision", choices=[*DECISIONS, "pending"], help="alleen met dit besluit")
    parser.add_argument("--since", metavar="DATUM", help="alleen vanaf deze datum (JJJJ-MM-DD, UTC)")
    parser.add_argument(
        "--limit", type=int, help="hoogstens zoveel regels (standaard 50, bij --export alle; 0 = alle)"
    )
    parser.add_argument("--export", metavar="FILE", help="exporteer naar FILE.csv of FILE.json (alle regels)")
    parser.add_argument(
        "--verify", action="store_true", help="controleer de hashketen: is er iets gewijzigd, verwijderd of toegevoegd?"
    )
    parser.add_argument(
        "--purge", action="store_true",
        help="verwijder concepten ouder dan de bewaartermijn (instelling audit_retention_days, standaard 183 dagen)",
    )  # fmt: skip
    parser.add_argument("--older-than", type=int, metavar="DAGEN", help="bij --purge: een andere bewaartermijn")
    add_json(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    wb = workbench_from(args)
    if args.verify:
        return _verify(wb, args.json)
    if args.purge:
        done = wb.purge_log(older_than_days=args.older_than)
        if args.json:
            print(json.dumps(done, ensure_ascii=False, indent=2))
        else:
            print(
                f"Opgeschoond: {done['drafts']} concept(en) en {done['decisions']} besluit(en) van vóór "
                f"{done['cutoff']} verwijderd; vastgelegd als opschoning {done['id']}."
            )
        return 0
    if args.draft_id:
        record = wb.log_record(args.draft_id)
        if args.json:
            print(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            print(format_record(record))
        return 0
    filters = {"skill": args.skill, "decision": args.decision, "since": args.since}
    if args.export:
        count = wb.export_log(args.export, **filters, limit=args.limit or None)
        print(f"{count} concept(en) geëxporteerd naar {args.export}.")
        return 0
    rows = wb.log(**filters, limit=50 if args.limit is None else (args.limit or None))
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("Het auditlog bevat (met deze filters) geen concepten.")
    else:
        print(f"{'id':<9} {'aangemaakt (UTC)':<25} {'functie':<10} {'besluit':<13} {'door':<12} model")
        for row in rows:
            who = row["decided_by"] or row["created_by"]
            model = row["model"] or f"geen ({row['backend'] or 'none'})"
            print(
                f"{row['id']:<9} {row['created_at']:<25} {row['skill']:<10} "
                f"{_DECISION_NL.get(row['decision'], row['decision']):<13} {who:<12} {model}"
            )
    return 0


def _verify(wb, as_json: bool) -> int:
    """Exit code 0 when the chain is intact, 1 when it is broken (each break on its own line)."""
    result = wb.verify_log()
    purges = wb.log_purges()
    if as_json:
        print(json.dumps({"ok": result.ok, "records": result.records, "purged": result.purged,
                          "head": result.head, "problems": result.problems, "purges": purges},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0 if result.ok else 1
    for purge in purges:
        print(f"Opschoning {purge['id']} op {purge['at']} door {purge['by']}: {purge['drafts']} concept(en) "
              f"van vóór {purge['cutoff']}.")  # fmt: skip
    if result.ok:
        print(f"Het auditlog is intact: {result.records} records in de keten ({result.purged} opgeschoond); "
              f"laatste hash {result.head[:16]}.")  # fmt: skip
        return 0
    print(f"Het auditlog is NIET intact ({len(result.problems)} probleem/problemen):")
    for problem in result.problems[:50]:
        print(f"- {problem}")
    if len(result.problems) > 50:
        print(f"- ... en nog {len(result.problems) - 50}.")
    return 1


def format_record(record: dict) -> str:
    lines = [
        f"Concept {record['id']} ({record['skill']}), aangemaakt {record['created_at']} door {record['created_by']}",
        f"Gemaakt met: engine {record['engine_version']}, backend {record['backend']}, "
        f"model {record['model'] or '-'}, prompt {record['prompt'] or '-'} {record['prompt_version'] or ''}".rstrip(),
        f"Invoer (gesleutelde hash, HMAC-SHA-256 {record['input_sha256'][:16]}…, persoonsnummers verwijderd):",
        "  " + record["input_text"][:500].replace("\n", "\n  "),
    ]
    if not record["revisions"]:
        lines.append("Besluit: nog open.")
    for rev in record["revisions"]:
        head = f"Besluit {rev['revision']}: {_DECISION_NL[rev['decision']]} door {rev['decided_by']} op {rev['decided_at']}"
        lines.append(head + (f"; reden: {rev['reason']}" if rev["reason"] else ""))
        if not rev["changes"]:
            lines.append(
                "  Ongewijzigd overgenomen." if rev["decision"] == "accepted" else "  Geen velden gewijzigd."
            )
        for change in rev["changes"]:
            lines.append(f"  Gewijzigd: {change['field']}")
            if change.get("diff"):
                lines.append("    " + change["diff"].replace("\n", "\n    "))
            else:
                lines.append(f"    was: {json.dumps(change['old'], ensure_ascii=False)}")
                lines.append(f"    nu:  {json.dumps(change['new'], ensure_ascii=False)}")
    return "\n".join(lines)
