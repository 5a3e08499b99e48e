"""`regiewijzer triage FILE|- [--index DIR] [--json] [--save] [--backend ...]`.

Works without an index (no sources, one warning) and without a model (template texts).
"""

from __future__ import annotations

from assistant.commands._common import add_backend, add_index, add_json, add_save, emit_draft, workbench_from


def register(sub) -> None:
    p = sub.add_parser(
        "triage",
        help="concept-triagenotitie bij een intake (categorie, spoed, organisaties, vervolgstappen)",
        description="Maakt van de tekst van een intake een concept-triagenotitie. De professional beslist.",
    )
    p.add_argument("file", metavar="FILE|-", help="tekstbestand met de intake, of - voor standaardinvoer")
    add_index(p)
    add_backend(p)
    add_json(p)
    add_save(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    wb = workbench_from(args)
    text = wb.read(args.file)
    emit_draft(args, wb, "triage", text, wb.triage(text))
    return 0
