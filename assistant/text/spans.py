"""Spans of a text and the sentences they sit in: the one sentence splitter of the project. Pure.

Every quote a draft shows is taken from the input by offsets, so the professional can find it back.
The splitter knows Dutch intake shorthand ("cl.", "gem.", "i.v.m.") and does not end a sentence at
those dots. An acronym ("GGZ", "UWV") is not shorthand: its full stop ends the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Abbreviations whose dot does not end a sentence (intake shorthand).
_ABBREVIATIONS = re.compile(
    r"(?<![\w.])(?:cl|clt|cli|mevr|mw|dhr|hr|gem|i\.v\.m|ivm|m\.b\.t|mbt|o\.a|bijv|bv|evt|ca|z\.s\.m|zsm|t\.a\.v|"
    r"i\.o\.m|d\.w\.z|incl|excl|nr|jl|a\.s|e\.d|m\.i\.v|n\.a\.v|resp|mnd|mnd|wk|wkn|jr|etc|vnl|o\.b\.v|i\.p\.v|"
    r"vlgs|ong|tel|max|min|afd|p\.w|art|zorgverz)\.",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+['’\"”]?(?=\s|$)|\n\s*\n|\n\s*[-*•]\s+")
_SENTENCE_OR_LINE_END = re.compile(r"[.!?]+['’\"”]?(?=\s|$)|\n+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]")


@dataclass(frozen=True)
class Span:
    """A stretch of a text by offsets: text[start:end]."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def protect_abbreviations(text: str) -> str:
    """Same length as `text`; dots of shorthand abbreviations replaced so they do not split sentences."""
    return _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\u2024"), text)


def sentences(text: str, *, lines: bool = False) -> list[Span]:
    """Sentence spans (offsets into `text`), abbreviation-aware. With `lines`, every line break also
    ends a sentence (for headings and lists without punctuation)."""
    guarded = protect_abbreviations(text)
    spans, start = [], 0
    for m in (_SENTENCE_OR_LINE_END if lines else _SENTENCE_END).finditer(guarded):
        if text[start : m.end()].strip():
            spans.append(trim(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append(trim(text, start, len(text)))
    return spans


def split_sentences(text: str, *, lines: bool = True) -> list[str]:
    """The sentences of `text` as strings (those with at least one letter)."""
    return [s.text(text) for s in sentences(text, lines=lines) if _WORD.search(s.text(text))]


def trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentence_at(spans: Sequence[Span], pos: int, length: int) -> Span:
    """The sentence span containing offset `pos` (the whole text when none does)."""
    for s in spans:
        if s.start <= pos < max(s.end, s.start + 1):
            return s
    return Span(0, length)


def excerpt(text: str, span: Span, limit: int = 180) -> str:
    """The text of `span` itself, whitespace collapsed, shortened with an ellipsis."""
    q = " ".join(text[span.start : span.end].split())
    return q if len(q) <= limit else q[: limit - 1].rstrip() + "…"


def sentence_around(text: str, span: Span, max_len: int = 220) -> str:
    """The sentence of `text` that holds `span` (abbreviation- and amount-aware: "€ 2.184" and "art. 4"
    do not end it; a line break does), shortened around the match when too long."""
    around = sentence_at(sentences(text, lines=True), span.start, len(text))
    start, end = around.start, max(around.end, span.end)
    sentence = text[start:end].strip()
    if len(sentence) <= max_len:
        return " ".join(sentence.split())
    lo = max(start, span.start - max_len // 2)
    hi = min(end, lo + max_len)
    snippet = " ".join(text[lo:hi].split())
    return ("…" if lo > start else "") + snippet + ("…" if hi < end else "")
