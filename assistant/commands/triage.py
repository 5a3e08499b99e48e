"""`regiewijzer triage FILE|- [--index DIR] [--json] [--save] [--backend ...]`.

Works without an index (no sources, one warning) and without a model (template texts).
"""

from __future__ import annotations

from assistant.commands._common import (
    add_backend,
    add_index,
    add_json,
    print_result,
    read_text_input,
    settings_from,
)
from assistant.errors import IndexMissing


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
    p.add_argument("--save", action="store_true", help="het concept opslaan in het auditlog en het id tonen")
    p.set_defaults(handler=run)


def run(args) -> int:
    from assistant.skills.triage import triage

    settings = settings_from(args)
    text = read_text_input(args.file)
    index, index_warning = _open_index(settings)
    note = triage(text, settings=settings, index=index, llm=_get_llm(settings))
    if index_warning:
        note.warnings.insert(0, index_warning)
    draft_id = None
    if args.save:
        from assistant.review import AuditLog  # lazy: only needed with --save

        draft_id = AuditLog(settings.audit_db).save_draft(
            "triage", text, note.to_dict(), note.generated_by.to_dict(), settings.user
        )
    if args.json:
        data = note.to_dict()
        if draft_id is not None:
            data["draft_id"] = draft_id
        print_result(data, True, "")
    else:
        text_out = note.to_text()
        if draft_id is not None:
            text_out += (
                f"\n\nOpgeslagen als concept {draft_id} (beoordelen met: regiewijzer decide {draft_id})."
            )
        print_result(note, False, text_out)
    return 0


def _open_index(settings):
    """The index, or None with one warning when there is none: triage works without sources."""
    try:
        from assistant.retrieval import open_index

        return open_index(settings), None
    except IndexMissing as exc:
        return None, f"Geen bronnen toegevoegd: {exc}"
    except ImportError:
        return None, "Geen bronnen toegevoegd: de zoekfunctie is niet beschikbaar."


def _get_llm(settings):
    from assistant.llm import get_llm

    return get_llm(settings)
