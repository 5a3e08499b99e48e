"""`regiewijzer explain FILE|- [--json] [--save] [--backend ...]`: a letter explained in B1.

A .pdf (or any file that starts with %PDF) is read with assistant.ingest.pdf; other files and
stdin as text.
"""

from __future__ import annotations

from pathlib import Path

from assistant.commands._common import add_backend, add_json, print_result, read_text_input, settings_from


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
    p.add_argument("--save", action="store_true", help="het concept opslaan in het auditlog en het id tonen")
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
    result = explain_letter(text, settings=settings, llm=_get_llm(settings))
    draft_id = None
    if args.save:
        from assistant.review import AuditLog  # lazy: only needed with --save

        draft_id = AuditLog(settings.audit_db).save_draft(
            "explain_letter", text, result.to_dict(), result.generated_by.to_dict(), settings.user
        )
    if args.json:
        data = result.to_dict()
        if draft_id is not None:
            data["draft_id"] = draft_id
        print_result(data, True, "")
    else:
        out = result.to_text()
        if draft_id is not None:
            out += f"\n\nOpgeslagen als concept {draft_id} (beoordelen met: regiewijzer decide {draft_id})."
        print_result(result, False, out)
    return 0


def _get_llm(settings):
    from assistant.llm import get_llm

    return get_llm(settings)
