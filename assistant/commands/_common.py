"""Helpers shared by the subcommands: common options, input reading, output printing."""

from __future__ import annotations

import argparse
import json

from assistant.config import Settings, load_settings


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def add_index(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index", metavar="DIR", help="index folder (default: the corpus index in the data dir)"
    )


def add_backend(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backend", choices=["auto", "ollama", "llamacpp", "none"], help="model backend (default: settings)"
    )
    parser.add_argument("--model", help="chat model name (Ollama) or GGUF path (llamacpp)")


def settings_from(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {"index_dir": getattr(args, "index", None)}
    backend = getattr(args, "backend", None)
    model = getattr(args, "model", None)
    overrides["backend"] = backend
    if model:
        overrides["gguf_path" if backend == "llamacpp" or str(model).endswith(".gguf") else "chat_model"] = (
            model
        )
    return load_settings(**overrides)


def print_result(result: object, as_json: bool, text: str) -> None:
    if as_json:
        data = result.to_dict() if hasattr(result, "to_dict") else result
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def add_save(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--save", action="store_true", help="het concept opslaan in het auditlog en het id tonen"
    )


def optional_index(settings, explicit: bool):
    """The index, or (None, warning) when there is none and none was asked for explicitly.

    Skills work without sources; a missing index the user named with --index is an error."""
    from assistant.errors import IndexMissing
    from assistant.retrieval import open_index

    try:
        return open_index(settings), None
    except IndexMissing as exc:
        if explicit:
            raise
        return None, f"Geen bronnen gebruikt: {exc}"


def get_model(settings):
    from assistant.llm import get_llm

    return get_llm(settings)


def emit_draft(args: argparse.Namespace, settings: Settings, skill: str, input_text: str, draft) -> None:
    """Print a skill's draft as text or JSON; with --save it is first stored in the audit log."""
    draft_id = None
    if getattr(args, "save", False):
        from assistant.review import record_draft

        draft_id = record_draft(settings, skill, input_text, draft)
    if args.json:
        data = draft.to_dict()
        if draft_id is not None:
            data["draft_id"] = draft_id
        print_result(data, True, "")
        return
    out = draft.to_text()
    if draft_id is not None:
        out += f"\n\nOpgeslagen als concept {draft_id} (beoordelen met: regiewijzer decide {draft_id} --accept of --reject)."
    print(out)
