"""`regiewijzer grounds FILE|- [--obstacle TEXT] [--breakthrough TEXT] [--spend EUR --purpose TEXT ...]
[--index DIR] [--json] [--save] [--backend ...]`: propose legal grounds for maatwerk.

FILE is a case description, or a saved triage note (`regiewijzer triage --json`), whose text fields
are used. Without an index the proposal is still made, with every citation marked as not verified.
"""

from __future__ import annotations

import argparse
import json

from assistant.commands._common import add_backend, add_index, add_json, add_save, emit_draft, workbench_from
from assistant.errors import InputError


def register(sub) -> None:
    p = sub.add_parser("grounds", help="wettelijke gronden voor maatwerk voorstellen (concept-onderbouwing)")
    p.add_argument(
        "file", metavar="FILE", help="casus (tekst) of opgeslagen triage (JSON); '-' leest van stdin"
    )
    p.add_argument("--obstacle", metavar="TEXT", help="het obstakel: wie houdt wat tegen, en waarom")
    p.add_argument("--breakthrough", metavar="TEXT", help="de doorbraak die u voor ogen heeft")
    b = p.add_argument_group("mini-maatwerkbudget (optioneel)")
    b.add_argument("--spend", metavar="EUR", type=_amount, help="voorgestelde uitgave in euro")
    b.add_argument("--purpose", metavar="TEXT", default="", help="waarvoor de uitgave is")
    b.add_argument("--in-kind", action=argparse.BooleanOptionalAction, default=None,
                   help="het team koopt of betaalt zelf (in natura)")  # fmt: skip
    b.add_argument("--approvals", metavar="N", type=int, help="aantal teamleden dat akkoord gaf")
    b.add_argument(
        "--recurring", action=argparse.BooleanOptionalAction, default=None, help="terugkerende kosten"
    )
    b.add_argument(
        "--debt", action=argparse.BooleanOptionalAction, default=None, help="betaling van een schuld"
    )
    b.add_argument("--other-provision", action=argparse.BooleanOptionalAction, default=None,
                   help="een andere voorziening of fonds helpt snel genoeg")  # fmt: skip
    b.add_argument(
        "--team-spent", metavar="EUR", type=_amount, default=0.0, help="al besteed uit het teambudget"
    )
    b.add_argument("--household-received", metavar="EUR", type=_amount, default=0.0,
                   help="al aan dit huishouden besteed")  # fmt: skip
    add_save(p)
    add_index(p)
    add_backend(p)
    add_json(p)
    p.set_defaults(handler=run)


def _amount(text: str) -> float:
    cleaned = text.strip().replace("€", "").replace(" ", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is geen bedrag") from exc


def triage_from_input(raw: str) -> dict | None:
    """A saved triage note (`regiewijzer triage --json`) as a dict, or None for a plain case text."""
    stripped = raw.strip()
    if not stripped.startswith("{"):
        return None
    try:
        data = json.loads(stripped)
    except ValueError as exc:
        raise InputError(
            "Het bestand lijkt JSON maar is niet leesbaar; geef een casus als tekst of een triage-JSON."
        ) from exc
    if not isinstance(data, dict):
        raise InputError("De JSON is geen triage-notitie (verwacht een object met onder meer 'summary').")
    return data


def run(args) -> int:
    wb = workbench_from(args)
    raw = wb.read(args.file)
    saved_triage = triage_from_input(raw)
    case_text = raw
    if saved_triage is not None:
        case_text = wb.case_from_triage(saved_triage)
    spend = None
    if args.spend is not None:
        spend = {
            "amount": args.spend, "purpose": args.purpose, "in_kind": args.in_kind, "approvals": args.approvals,
            "recurring": args.recurring, "is_debt": args.debt, "other_provision_fast_enough": args.other_provision,
            "team_spent": args.team_spent, "household_received": args.household_received,
        }  # fmt: skip
    proposal = wb.grounds(
        case_text, obstacle=args.obstacle, breakthrough=args.breakthrough, spend=spend, triage=saved_triage
    )
    input_text = "\n".join(t for t in (case_text, args.obstacle or "", args.breakthrough or "") if t)
    emit_draft(args, wb, "grounds", input_text, proposal)
    return 0
