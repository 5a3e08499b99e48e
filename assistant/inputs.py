"""Reading text a person gives us (a file, stdin, a paste): one clear message for every bad input."""

from __future__ import annotations

import sys
from pathlib import Path

from assistant.errors import InputError

MAX_INPUT_CHARS = 200_000  # a pasted case or letter longer than this is refused, not truncated


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


def read_text_input(path: str) -> str:
    """Text from a file or '-' (stdin), decoded safely; never empty, never huge."""
    if path == "-":
        return validate_text(decode_bytes(sys.stdin.buffer.read()), "de invoer")
    p = Path(path)
    if not p.exists():
        raise InputError(f"Bestand niet gevonden: {path}")
    if p.is_dir():
        raise InputError(f"{path} is een map, geen bestand.")
    return validate_text(decode_bytes(p.read_bytes()), p.name)
