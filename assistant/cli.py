"""Console script `regiewijzer`. Thin: each subcommand lives in assistant/commands/<name>.py
and exposes `register(subparsers)`; its handler parses nothing itself and calls one skill.

Expected faults (missing index, Ollama down, bad input) are raised as `UserError` and printed
as one clear sentence with exit code 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from assistant import __version__
from assistant.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regiewijzer",
        description="Regiewijzer: lokale assistent voor overheidsdienstverleners. Alles is een concept; "
        "de professional beslist.",
    )
    parser.add_argument("--version", action="version", version=f"regiewijzer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import assistant.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"assistant.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from assistant.audit.privacy import install_log_redaction

    install_log_redaction()  # BSN, IBAN, phone and e-mail never reach a log unredacted
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 1
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"regiewijzer: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("regiewijzer: afgebroken.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
