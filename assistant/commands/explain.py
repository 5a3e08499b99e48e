"""`regiewijzer explain FILE|- [--json] [--save] [--backend ...]`: a letter explained in B1.

A .pdf (or any file that starts with %PDF) is read with assistant.ingest.pdf; other files and
stdin as text.
"""

from __future__ import annotations

from pathlib import Path

from assistant.commands._common import (
    add_backend,
    add_json,
    add_save,
    emit_draft,
    get_model,
    settings_from,
)
from assistant.inputs import read_text_input


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


def read_letter(path: str) -> str:
    if path != "-" and _is_pdf(Path(path)):
        from assistant.ingest.pdf import read_pdf_text

        return read_pdf_text(path)
    return read_text_input(path)


def _is_pdf(path: Path) -> bool:
    if path.suffix.lower() == ".pdf":
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False  # read_text_input gives the clear message


def run(args) -> int:
    from assistant.skills.explain_letter import explain_letter

    settings = settings_from(args)
    text = read_letter(args.file)
    result = explain_letter(text, settings=settings, llm=get_model(settings))
    emit_draft(args, settings, "explain_letter", text, result)
    return 0
