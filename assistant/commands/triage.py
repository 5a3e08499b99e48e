"""`regiewijzer triage FILE|- [--index DIR] [--json] [--save] [--backend ...]`.

Works without an index (no sources, one warning) and without a model (template texts).
"""

from __future__ import annotations

from assistant.commands._common import (
    add_backend,
    add_index,
    add_json,
    add_save,
    emit_draft,
    get_model,
    optional_index,
    settings_from,
)
from assistant.inputs import read_text_input


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
    from assistant.skills.triage import triage

    settings = settings_from(args)
    text = read_text_input(args.file)
    index, index_warning = optional_index(settings, explicit=bool(args.index))
    note = triage(text, settings=settings, index=index, llm=get_model(settings))
    if index_warning:
        note.warnings.insert(0, index_warning)
    emit_draft(args, settings, "triage", text, note)
    return 0
