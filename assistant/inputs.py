"""Reading what a person gives us (a file, stdin, an upload, a paste): one reader for every front end.

A PDF is recognised by its content (`%PDF-`), not by its name, so a PDF piped to stdin or saved
without suffix is read as a PDF. Text is decoded as UTF-8, UTF-16 (with a BOM, or without one,
recognised by its pattern of NUL bytes) or Windows-1252; anything else, and binary data (control
bytes, images, Word or ZIP files), is refused. The limits come from the settings
(`max_text_chars`, `max_letter_bytes`, `max_pdf_pages`) and every refusal names the one it hit.
Every bad input gives one clear `InputError`; nothing here prints or keeps a copy of the input.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.errors import InputError

PDF_MAGIC = b"%PDF-"
# Formats people upload by mistake; each is refused with what to do instead.
_BINARY_FORMATS = [
    (b"PK\x03\x04", "een ZIP- of Office-bestand (zoals .docx of .odt)"),
    (b"\xd0\xcf\x11\xe0", "een oud Office-bestand (zoals .doc of .msg)"),
    (b"{\\rtf", "een RTF-bestand"),
    (b"\x89PNG", "een afbeelding (PNG)"),
    (b"\xff\xd8\xff", "een afbeelding (JPEG)"),
    (b"GIF8", "een afbeelding (GIF)"),
    (b"II*\x00", "een afbeelding (TIFF)"),
    (b"MM\x00*", "een afbeelding (TIFF)"),
    (b"\x1f\x8b", "een gecomprimeerd bestand (gzip)"),
    (b"\x7fELF", "een programma"),
    (b"MZ", "een programma"),
]
_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
]  # fmt: skip
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_CONTROL_SHARE = 0.001  # more control characters than this (1 in 1,000) is binary data, not text


def _nl(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _capital(name: str) -> str:
    """'de brief' -> 'De brief' at the start of a sentence; a file name stays as it is."""
    return name[:1].upper() + name[1:] if name.startswith(("de ", "het ")) else name


def display_name(name: str | os.PathLike) -> str:
    """A file name safe to print: control characters (newlines, terminal escapes) become '?', and a
    very long name is shortened in the middle."""
    text = "".join("?" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in str(name))
    return text if len(text) <= 80 else f"{text[:50]}…{text[-25:]}"


def decode_bytes(raw: bytes, name: str = "de invoer") -> str:
    """Text from bytes in UTF-8, UTF-16/32 (BOM) or UTF-16 without BOM (NUL-byte pattern), else
    Windows-1252 (Dutch Word exports). Line ends become \\n. InputError for binary data."""
    encoding = _encoding(raw)
    if encoding is None and b"\x00" in raw:
        raise _binary(name)
    try:
        if encoding:
            text = raw.decode(encoding)
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{_capital(name)} is geen tekst in een bekende tekenset (UTF-8, UTF-16 of Windows-1252). "
            "Sla het bestand op als PDF of als tekst in UTF-8."
        ) from exc
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    check_controls(text, name)
    return text


def _encoding(raw: bytes) -> str | None:
    """The encoding a BOM or the NUL-byte pattern of UTF-16 shows; None for the 8-bit candidates."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding + ("-sig" if encoding == "utf-8" else "")
    sample = raw[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def check_controls(text: str, name: str = "de invoer") -> None:
    """InputError when the text holds control characters: binary data read as text."""
    controls = sum(1 for c in text if (ord(c) < 32 or 127 <= ord(c) < 160) and c not in _ALLOWED_CONTROLS)
    if controls and (controls > _CONTROL_SHARE * len(text) or "\x00" in text):
        raise _binary(name)


def _binary(name: str) -> InputError:
    return InputError(
        f"{_capital(name)} is geen tekst maar binaire gegevens. Geef een PDF of een tekstbestand, of plak de tekst."
    )


def validate_text(text: str | None, name: str = "de invoer", settings: Settings | None = None, *,
                  limit: int | None = None, setting: str = "max_text_chars") -> str:  # fmt: skip
    """The text itself, or InputError when it is empty, binary or longer than the limit in the settings."""
    limit = limit or (settings or Settings()).max_text_chars
    if not (text or "").strip():
        detail = " (alleen spaties en witregels)" if text else ""
        raise InputError(f"{_capital(name)} is leeg{detail}.")
    if len(text) > limit:
        raise InputError(
            f"{_capital(name)} is te lang ({_nl(len(text))} tekens; het maximum is {_nl(limit)}, instelling "
            f"{setting}). Splits de tekst op of geef alleen het deel dat ertoe doet."
        )
    check_controls(text, name)
    return text


def text_from_bytes(raw: bytes, name: str = "de invoer", settings: Settings | None = None, *,
                    max_chars: int | None = None) -> str:  # fmt: skip
    """Text of a document given as bytes: a PDF (by content) or text in a common encoding.
    `max_chars` replaces the setting max_text_chars (for a JSON draft, which is no pasted text)."""
    settings = settings or Settings()
    if max_chars:
        settings = replace(settings, max_text_chars=max_chars)
    if len(raw) > settings.max_letter_bytes:
        raise _too_big(name, len(raw), settings.max_letter_bytes)
    head = raw.lstrip()[:8]
    if head.startswith(PDF_MAGIC):
        from assistant.ingest.pdf import read_pdf

        pdf = read_pdf(raw, name=name, max_pages=settings.max_pdf_pages, max_chars=settings.max_text_chars)
        return validate_text(pdf.with_hidden(), name, settings)
    for magic, what in _BINARY_FORMATS:
        if raw.startswith(magic):
            raise InputError(
                f"{_capital(name)} is {what}, geen PDF of tekst. Sla het op als PDF of plak de tekst."
            )
    return validate_text(decode_bytes(raw, name), name, settings)


def _too_big(name: str, size: int, limit: int) -> InputError:
    return InputError(
        f"{_capital(name)} is te groot ({_mb(size)}; het maximum is {_mb(limit)}, instelling max_letter_bytes). "
        "Geef alleen het deel dat ertoe doet."
    )


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def read_input(path: str | Path, settings: Settings | None = None, *, max_chars: int | None = None) -> str:
    """Text from a file (PDF or text, recognised by content) or '-' (stdin); never empty, never huge."""
    settings = settings or Settings()
    if max_chars:
        settings = replace(settings, max_text_chars=max_chars)
    if str(path) == "-":
        return text_from_bytes(sys.stdin.buffer.read(settings.max_letter_bytes + 1), "de invoer", settings)
    p = Path(path)
    shown = display_name(path)
    info = _stat(p, shown)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{shown} is een map, geen bestand.")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{shown} is geen gewoon bestand (maar een apparaat, pijp of socket).")
    if info.st_size > settings.max_letter_bytes:
        raise _too_big(display_name(p.name), info.st_size, settings.max_letter_bytes)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown} is niet leesbaar ({exc.strerror or exc}).") from exc
    name = display_name(p.name)
    if p.suffix.lower() == ".pdf" and not raw.lstrip()[:8].startswith(PDF_MAGIC):
        raise InputError(f"{name} is geen leesbare PDF (beschadigd of onvolledig).")
    return text_from_bytes(raw, name, settings)


def _stat(p: Path, shown: str) -> os.stat_result:
    try:
        return p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{shown} is een koppeling (symlink) die in een kring naar zichzelf verwijst.") from exc
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            what = "verwijst naar een bestand dat niet bestaat" if p.is_symlink() else "niet gevonden"
            raise InputError(f"Bestand {what}: {shown}") from exc
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError(f"De bestandsnaam is te lang: {shown}") from exc
        raise InputError(f"{shown} is niet leesbaar ({exc.strerror or exc}).") from exc
    except ValueError as exc:  # a NUL byte in the name
        raise InputError(f"Ongeldige bestandsnaam: {shown}") from exc


def forget_upload(path: str | Path, upload_root: str | Path) -> bool:
    """Remove an uploaded file once it has been read, when it lies inside `upload_root` (a front end's
    temporary upload folder), and its folder when that is left empty. True when it was removed."""
    try:
        target, root = Path(path).resolve(), Path(upload_root).resolve()
    except (OSError, RuntimeError):
        return False
    if root == target or root not in target.parents:
        return False
    try:
        target.unlink(missing_ok=True)
        if target.parent != root and not any(target.parent.iterdir()):
            target.parent.rmdir()
    except OSError:
        return False
    return True

