"""Text in a PDF that a reader cannot see: white, tiny, off the page or in an invisible render mode.

pypdf's text extraction calls `visitor_operand_before` for every operator of a page's content and
`visitor_text` for every piece of text it emits. `PageScan` follows the graphics state in the first
(fill colour, text render mode, font size, horizontal scaling; saved and restored by q/Q), judges
every text-showing operator when it runs, and splits the emitted text into what is visible and
what is hidden. Hidden text is never part of the document's text; the reader reports it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

TINY_POINTS = 4.0  # text smaller than this (after scaling) is not meant to be read
WHITE = 0.95  # every colour channel at least this light (CMYK: at most 1 - this)
MARGIN = 5.0  # points outside the page box still counted as on the page
_SHOW = {b"Tj", b"TJ", b"'", b'"'}


@dataclass
class _State:
    fill: tuple[float, ...] = (0.0,)
    render_mode: int = 0
    font_size: float = 12.0
    h_scale: float = 100.0


@dataclass
class PageScan:
    """Visitors for one page; afterwards `visible` and `hidden` hold the page's text."""

    box: tuple[float, float, float, float]  # left, bottom, right, top
    state: _State = field(default_factory=_State)
    stack: list[_State] = field(default_factory=list)
    pending: list[tuple[str | None, str]] = field(default_factory=list)  # (why hidden, shown text)
    visible: list[str] = field(default_factory=list)
    hidden: list[tuple[str, str]] = field(default_factory=list)  # (why, text)

    def before(self, operator: bytes, operands: list, cm: list, tm: list) -> None:
        s = self.state
        if operator == b"q":
            self.stack.append(_State(s.fill, s.render_mode, s.font_size, s.h_scale))
        elif operator == b"Q" and self.stack:
            self.state = self.stack.pop()
        elif operator in (b"g", b"rg", b"sc", b"scn") and operands:
            s.fill = _numbers(operands) or s.fill
        elif operator == b"k" and len(operands) == 4:
            s.fill = tuple(1.0 - min(1.0, c + _number(operands[3])) for c in _numbers(operands[:3]))
        elif operator == b"cs":
            s.fill = (0.0,)
        elif operator == b"Tr" and operands:
            s.render_mode = int(_number(operands[0]))
        elif operator == b"Tf" and len(operands) == 2:
            s.font_size = _number(operands[1])
        elif operator == b"Tz" and operands:
            s.h_scale = _number(operands[0])
        elif operator in _SHOW:
            self.pending.append((self._why_hidden(cm, tm), _shown_text(operator, operands)))

    def text(self, text: str, *_args) -> None:
        """pypdf emits text in pieces (per line, per text object); split each by what was shown."""
        if not text:
            return
        shows, self.pending = self.pending, []
        reasons = [why for why, _ in shows if why]
        if not reasons:
            self.visible.append(text)
        elif len(reasons) == len(shows):
            self.hidden.append((reasons[0], text))
        else:
            self._split_mixed(text, shows)

    def _split_mixed(self, text: str, shows: list[tuple[str | None, str]]) -> None:
        """Cut the hidden shows out of a piece that mixes visible and hidden text; when a hidden
        show cannot be found in it, the whole piece counts as hidden (never used as a fact)."""
        rest, pos = text, 0
        cut: list[tuple[int, int, str]] = []
        for why, shown in shows:
            found = rest.find(shown, pos) if shown.strip() else -1
            if why and found < 0:
                self.hidden.append((why, text))
                return
            if why:
                cut.append((found, found + len(shown), why))
            if found >= 0:
                pos = found + len(shown)
        kept, start = [], 0
        for begin, end, why in cut:
            kept.append(rest[start:begin])
            self.hidden.append((why, rest[begin:end]))
            start = end
        kept.append(rest[start:])
        self.visible.append("".join(kept))

    def _why_hidden(self, cm: list, tm: list) -> str | None:
        s = self.state
        if s.render_mode in (3, 7):
            return "onzichtbare tekst"
        if _is_white(s.fill):
            return "witte tekst"
        size = abs(s.font_size) * _scale(tm) * _scale(cm)
        if size < TINY_POINTS or s.h_scale < 10:
            return f"piepkleine tekst ({size:.1f} pt)"
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        left, bottom, right, top = self.box
        if not (left - MARGIN <= x <= right + MARGIN and bottom - MARGIN <= y <= top + MARGIN):
            return "tekst buiten de pagina"
        return None


def _number(value: object) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _numbers(operands: list) -> tuple[float, ...]:
    """The numeric operands of a colour operator (a pattern name is ignored)."""
    return tuple(_number(o) for o in operands if isinstance(o, (int, float)) or _is_number(o))


def _is_number(value: object) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def _is_white(fill: tuple[float, ...]) -> bool:
    return bool(fill) and len(fill) in (1, 3) and min(fill) >= WHITE


def _scale(matrix: list) -> float:
    """The linear scale of a PDF matrix [a b c d e f]: the square root of its determinant."""
    try:
        return math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]))
    except (TypeError, IndexError):
        return 1.0


def _shown_text(operator: bytes, operands: list) -> str:
    """The text a show operator draws, decoded as a simple (Latin) font would: enough to find it back
    in pypdf's output for the common case; other fonts fall back to hiding the whole piece."""
    parts: list = []
    for operand in operands:
        if isinstance(operand, list):
            parts += [o for o in operand if isinstance(o, (bytes, str))]
        elif isinstance(operand, (bytes, str)):
            parts.append(operand)
    return "".join(p.decode("cp1252", errors="replace") if isinstance(p, bytes) else str(p) for p in parts)
