"""Prompt injection in a letter: the shared detector (`assistant.text.injection`) applied to letters.

A letter is data. Passages that talk to a computer instead of to the reader, and text the reader
cannot see, are removed before the letter is analysed and reported as a warning; the facts and the
explanation are then the same as for the letter without them. A flagged sentence takes its whole
injected passage with it (the English sentences of a "SYSTEM NOTE" block, wrapped over lines), so
no amount or date of the passage becomes a fact.
"""

from __future__ import annotations

from assistant.text.injection import find_injections, strip_injections

__all__ = ["find_injections", "strip_injections"]
