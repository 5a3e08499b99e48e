"""`regiewijzer explain FILE|- [--json] [--save] [--backend ...]`: a letter explained in B1.

A PDF is recognised by its content (also on stdin); other input is read as text.
"""

from __future__ import annotations

from assistant.commands._common import add_backend, add_json, add_save, emit_draft, workbench_from


def register(sub) -> None:
    p = sub.add_parser(
        "explain",
        help="leg een brief uit in eenvoudige taal (B1), met bedragen, termijnen en bezwaar",
        description="Legt een brief (PDF of tekst) uit in eenvoudig Nederlands. Het resultaat is een concept.",
    )
    p.add_argument(
        "file", metavar="FILE|-", help="PDF of tekstbestand met de brief, of - voor standaardinvoer"
    )
    add_backend(p)
    add_json(p)
    add_save(p)
    p.set_defaults(handler=run)


def run(args) -> int:
    wb = workbench_from(args)
    text = wb.read(args.file)
    emit_draft(args, wb, "explain_letter", text, wb.explain(text))
    return 0
