"""Reading what a person gives us (a file, stdin, an upload, a paste): one reader for every front end.

A PDF is recognised by its content (`%PDF-`), not by its name, so a PDF piped to stdin or saved
without suffix is read as a PDF. Every bad input gives one clear `InputError`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from assistant.errors import InputError

MAX_INPUT_CHARS = 200_000  # a pasted case or letter longer than this is refused, not truncated
PDF_MAGIC = b"%PDF-"


def decode_bytes(raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (Dutch Word exports), else latin-1."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def validate_text(text: str | None, name: str = "de invoer") -> str:
    """The text itself, or InputError when it is empty or too long."""
    if not (text or "").strip():
        raise InputError(f"{name[0].upper()}{name[1:]} is leeg.")
    if len(text) > MAX_INPUT_CHARS:
        raise InputError(
            f"{name[0].upper()}{name[1:]} is te lang ({len(text):,} tekens; maximaal {MAX_INPUT_CHARS:,}). "
            "Splits de tekst op."
        )
    return text


def _pdf_text(raw: bytes, name: str) -> str:
    from assistant.ingest.pdf import read_pdf_text

    with tempfile.TemporaryDirectory(prefix="regiewijzer-") as tmp:
        path = Path(tmp) / (Path(name).name or "invoer.pdf")
        path.write_bytes(raw)
        return validate_text(read_pdf_text(path), name)


def text_from_bytes(raw: bytes, name: str = "de invoer") -> str:
    """Text of a document given as bytes: a PDF (by content) or text in a common encoding."""
    if raw.lstrip()[:5] == PDF_MAGIC:
        return _pdf_text(raw, name)
    return validate_text(decode_bytes(raw), name)


def read_input(path: str | Path) -> str:
    """Text from a file (PDF or text, recognised by content) or '-' (stdin); never empty, never huge."""
    if str(path) == "-":
        return text_from_bytes(sys.stdin.buffer.read(), "de invoer")
    p = Path(path)
    if not p.exists():
        raise InputError(f"Bestand niet gevonden: {path}")
    if p.is_dir():
        raise InputError(f"{path} is een map, geen bestand.")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p.name} is niet leesbaar ({exc.strerror or exc}).") from exc
    if p.suffix.lower() == ".pdf" and raw.lstrip()[:5] != PDF_MAGIC:
        raise InputError(f"{p.name} is geen leesbare PDF (beschadigd of onvolledig).")
    return text_from_bytes(raw, p.name)
