"""PDF text via pypdf, with one clear message for every way a PDF can be unusable."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from assistant.errors import InputError

logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns loudly on odd but readable files


def read_pdf_text(path: str | Path) -> str:
    """All text of a PDF, pages joined so that a sentence broken by a page break stays whole.

    Raises InputError for corrupt, encrypted and text-less (scanned) PDFs.
    """
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    path = Path(path)
    name = path.name
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:  # an owner password only (no user password) still allows reading
                if not reader.decrypt(""):
                    raise FileNotDecryptedError("password required")
            except Exception as exc:
                raise InputError(
                    f"{name} is beveiligd met een wachtwoord. Sla de PDF zonder beveiliging op en probeer opnieuw."
                ) from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except FileNotDecryptedError as exc:
        raise InputError(f"{name} is beveiligd met een wachtwoord. Sla de PDF zonder beveiliging op.") from exc
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{name} is geen leesbare PDF (beschadigd of onvolledig).") from exc
    if not any(p.strip() for p in pages):
        raise InputError(
            f"{name} bevat geen tekst (waarschijnlijk een scan). Gebruik een PDF met tekstlaag of plak de tekst."
        )
    return join_pages(pages)


def join_pages(pages: list[str]) -> str:
    """Join page texts; a page that ends mid-sentence continues on the next page without a break."""
    out = ""
    for page in pages:
        page = page.strip()
        if not page:
            continue
        if not out:
            out = page
        elif re.search(r"[.!?:;]\s*$", out):
            out += "\n\n" + page
        elif out.endswith("-") and page[:1].islower():
            out = out[:-1] + page  # hyphenated word split over the page break
        else:
            out += " " + page
    return out
