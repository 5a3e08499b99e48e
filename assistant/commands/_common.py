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


def settings_from(args: argparse.Namespace, **extra: object) -> Settings:
    overrides: dict[str, object] = {"index_dir": getattr(args, "index", None), **extra}
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


def workbench_from(args: argparse.Namespace, **overrides: object):
    """The service layer for a command; an index named with --index must exist."""
    from assistant.service import Workbench

    return Workbench(settings_from(args, **overrides), index_required=bool(getattr(args, "index", None)))


def emit_draft(args: argparse.Namespace, wb, skill: str, input_text: str, draft) -> None:
    """Print a skill's draft as text or JSON; with --save it is first stored in the audit log."""
    draft_id = wb.save(skill, input_text, draft) if getattr(args, "save", False) else None
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
