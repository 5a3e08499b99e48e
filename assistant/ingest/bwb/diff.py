"""What changed between two versions of a law: articles added, removed and changed (by their text,
ignoring differences in white space)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SHOWN = 12  # article numbers listed per kind of change; the rest is counted


@dataclass
class LawChanges:
    previous: str | None  # the version date compared with; None for a first download
    articles: int  # articles in the new version
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        if self.previous is None:
            return f"eerste versie: {self.articles} artikelen"
        parts = [
            _listed(self.added, "toegevoegd"),
            _listed(self.removed, "vervallen"),
            _listed(self.changed, "gewijzigd"),
        ]
        parts = [p for p in parts if p]
        body = "; ".join(parts) if parts else "geen artikelen gewijzigd"
        return f"t.o.v. versie {self.previous}: {body}"


def _listed(numbers: list[str], label: str) -> str:
    if not numbers:
        return ""
    shown = ", ".join(numbers[:SHOWN]) + (f" en {len(numbers) - SHOWN} meer" if len(numbers) > SHOWN else "")
    noun = "artikel" if len(numbers) == 1 else "artikelen"
    return f"{len(numbers)} {noun} {label} ({shown})"


def _article_key(number: str) -> tuple:
    """Sort '2', '2a', '10', '4:84', '2.3.5' in reading order."""
    return tuple((int(n), s) for n, s in re.findall(r"(\d+)([a-z]*)", number.lower()))


def _norm(text: str) -> str:
    return " ".join(text.split())


def compare_laws(old, new, previous: str | None) -> LawChanges:
    """Compare two parsed laws (LawText): their articles by number and text."""
    old_articles = {nr: _norm(a.text) for nr, a in old.articles.items()} if old else {}
    new_articles = {nr: _norm(a.text) for nr, a in new.articles.items()}
    changes = LawChanges(previous=previous if old else None, articles=len(new_articles))
    if old:
        changes.added = sorted(set(new_articles) - set(old_articles), key=_article_key)
        changes.removed = sorted(set(old_articles) - set(new_articles), key=_article_key)
        changes.changed = sorted(
            (nr for nr in set(new_articles) & set(old_articles) if new_articles[nr] != old_articles[nr]),
            key=_article_key,
        )
    return changes
