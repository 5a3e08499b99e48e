"""Render the test letters in tests/letters/pdf-src/*.txt to PDF with reportlab.

Markup (one line each): "# text" bold line, "> text" right-aligned (address/date block),
"label | value" a table row with the value right-aligned, other lines are paragraphs that
reportlab wraps (so the PDF's line breaks differ from the source). Also makes the broken PDFs
the tests need: corrupt, encrypted and text-less.

    python tests/letters/make_pdfs.py            # writes tests/letters/*.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SRC = HERE / "pdf-src"
LEFT, RIGHT, TOP, BOTTOM = 60, A4[0] - 60, A4[1] - 60, 60
FONT, BOLD, SIZE, LEADING = "Helvetica", "Helvetica-Bold", 10, 14


def render(source: Path, target: Path) -> Path:
    """One letter: markup text -> PDF (several pages when it is long)."""
    c = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    c.setTitle(source.stem)
    y = TOP

    def newline(step: float = LEADING) -> None:
        nonlocal y
        y -= step
        if y < BOTTOM:
            c.showPage()
            y = TOP

    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            newline(LEADING * 0.8)
            continue
        if line.startswith("# "):
            c.setFont(BOLD, SIZE + 1)
            c.drawString(LEFT, y, line[2:])
        elif line.startswith("> "):
            c.setFont(FONT, SIZE - 1)
            c.drawRightString(RIGHT, y, line[2:])
        elif " | " in line:
            label, value = line.split(" | ", 1)
            c.setFont(FONT, SIZE)
            c.drawString(LEFT, y, label)
            c.drawRightString(RIGHT - 40, y, value)
        else:
            c.setFont(FONT, SIZE)
            parts = simpleSplit(line, FONT, SIZE, RIGHT - LEFT)
            for i, part in enumerate(parts):
                c.drawString(LEFT, y, part)
                if i < len(parts) - 1:
                    newline()
        newline()
    c.showPage()
    c.save()
    return target


def render_all(out_dir: Path = HERE) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [render(src, out_dir / f"{src.stem}.pdf") for src in sorted(SRC.glob("*.txt"))]


def make_broken(out_dir: Path, letter_pdf: Path) -> dict[str, Path]:
    """Corrupt (truncated), encrypted (user password) and text-less (only drawings) PDFs."""
    from pypdf import PdfReader, PdfWriter

    corrupt = out_dir / "kapot.pdf"
    corrupt.write_bytes(letter_pdf.read_bytes()[:400])

    encrypted = out_dir / "beveiligd.pdf"
    writer = PdfWriter()
    for page in PdfReader(str(letter_pdf)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar")
    with open(encrypted, "wb") as fh:
        writer.write(fh)

    scan = out_dir / "scan.pdf"
    c = canvas.Canvas(str(scan), pagesize=A4, invariant=1)
    for i in range(30):  # lines and boxes, like a scanned page without a text layer
        c.rect(LEFT, TOP - i * 20, 200 + (i * 7) % 150, 8, fill=1)
    c.showPage()
    c.save()
    return {"corrupt": corrupt, "encrypted": encrypted, "scan": scan}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in render_all(out):
        print(path)
