"""PDF text via pypdf, with one clear message for every way a PDF can be unusable.

Text a reader cannot see (white, tiny, off the page, invisible render mode; see `pdf_hidden`) is
kept apart: it is never part of `PdfText.text`, and `with_hidden()` hands it on as marked lines
that the injection screen (`assistant.text.injection`) flags and removes before any engine reads
the text, so the professional is shown it and no fact is taken from it.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import InputError
from assistant.ingest.pdf_hidden import PageScan
from assistant.text.injection import hidden_line

logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns loudly on odd but readable files


@dataclass
class HiddenText:
    page: int
    how: str  # "witte tekst", "piepkleine tekst (2.0 pt)", "tekst buiten de pagina", ...
    text: str


@dataclass
class PdfText:
    text: str  # the visible text, pages joined
    pages: int
    hidden: list[HiddenText] = field(default_factory=list)

    def with_hidden(self) -> str:
        """The visible text followed by one marked line per hidden passage."""
        lines = [hidden_line(f"{h.how}, pagina {h.page}", h.text) for h in self.hidden]
        return "\n\n".join([self.text, "\n".join(lines)]) if lines else self.text


def read_pdf(source: str | Path | bytes, *, name: str | None = None, max_pages: int | None = None,
             max_chars: int | None = None) -> PdfText:  # fmt: skip
    """The text of a PDF (a path or its bytes), its page count and its hidden passages.

    Raises InputError for corrupt, encrypted, text-less (scanned) and oversized PDFs; the message
    names the limit that was passed (`max_pages`, `max_chars`)."""
    name = name or (Path(source).name if not isinstance(source, bytes) else "de PDF")
    reader = _open(source, name)
    try:
        count = len(reader.pages)
    except Exception as exc:  # noqa: BLE001 - a broken page tree is one more kind of corrupt PDF
        raise InputError(f"{name} is geen leesbare PDF (beschadigd of onvolledig).") from exc
    if max_pages and count > max_pages:
        raise InputError(
            f"{name} heeft {_nl(count)} pagina's; het maximum is {_nl(max_pages)} (instelling max_pdf_pages). "
            "Splits de PDF of plak het deel dat ertoe doet."
        )
    texts, hidden, total = [], [], 0
    for number, page in enumerate(reader.pages, start=1):
        visible, page_hidden = _page_text(page, name)
        texts.append(visible)
        hidden += [HiddenText(number, how, " ".join(text.split())) for how, text in page_hidden if text.strip()]
        total += len(visible)
        if max_chars and total > max_chars:
            raise InputError(
                f"{name} is te lang (meer dan {_nl(max_chars)} tekens; instelling max_input_chars). "
                "Splits de PDF of plak het deel dat ertoe doet."
            )
    if not any(t.strip() for t in texts) and not hidden:
        raise InputError(
            f"{name} bevat geen tekst (waarschijnlijk een scan). Gebruik een PDF met tekstlaag of plak de tekst."
        )
    return PdfText(join_pages(texts), count, hidden)


def read_pdf_text(path: str | Path) -> str:
    """All text of a PDF, pages joined; hidden passages follow as marked lines (see `PdfText.with_hidden`)."""
    return read_pdf(path).with_hidden()


def _open(source: str | Path | bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    locked = InputError(f"{name} is beveiligd met een wachtwoord. Sla de PDF zonder beveiliging op en probeer opnieuw.")
    try:
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))
        if reader.is_encrypted:
            try:  # an owner password only (no user password) still allows reading
                if not reader.decrypt(""):
                    raise FileNotDecryptedError("password required")
            except Exception as exc:  # noqa: BLE001 - any failure to decrypt means: locked
                raise locked from exc
    except InputError:
        raise
    except FileNotDecryptedError as exc:
        raise locked from exc
    except OSError as exc:
        raise InputError(f"{name} is niet leesbaar ({exc.strerror or exc}).") from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for broken files
        raise InputError(f"{name} is geen leesbare PDF (beschadigd of onvolledig).") from exc
    return reader


def _page_text(page, name: str) -> tuple[str, list[tuple[str, str]]]:
    """The visible text of one page and its hidden passages (how, text)."""
    from pypdf.errors import FileNotDecryptedError

    try:
        box = page.mediabox
        scan = PageScan((float(box.left), float(box.bottom), float(box.right), float(box.top)))
        page.extract_text(visitor_operand_before=scan.before, visitor_text=scan.text)
    except FileNotDecryptedError as exc:
        raise InputError(f"{name} is beveiligd met een wachtwoord. Sla de PDF zonder beveiliging op.") from exc
    except Exception as exc:  # noqa: BLE001 - a page pypdf cannot parse makes the PDF unreadable
        raise InputError(f"{name} is geen leesbare PDF (een pagina is beschadigd).") from exc
    return "".join(scan.visible), scan.hidden


def _nl(number: int) -> str:
    return f"{number:,}".replace(",", ".")


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
