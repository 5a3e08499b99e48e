"""Practice cases for the training room: the report's case studies and eval cases marked as practice.

A case file (YAML, one case per file, with a `text`) is a practice case when its name starts with
`report-` (the paraphrased case studies of the research report) or when it says `practice: true`.
The title comes from the file (`title`, else the case named in `source`, else the file name); the
source is shown with every case so a trainer can name where it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

OWN_CASE = "eigen"


@dataclass(frozen=True)
class PracticeCase:
    id: str
    title: str
    source: str
    text: str

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "source": self.source, "text": self.text}


def _source(raw: object) -> str:
    """'case text: Verslag ..., casus X (parafrase); expectation: ...' -> 'Verslag ..., casus X (parafrase)'."""
    text = str(raw or "").split(";")[0].strip()
    return re.sub(r"^case text:\s*", "", text, flags=re.IGNORECASE)


def _title(data: dict, path: Path) -> str:
    if data.get("title"):
        return str(data["title"])
    named = re.search(r"\bcasus\s+([A-Z][\w-]+)", str(data.get("source") or ""))
    if named:
        return f"Casus {named.group(1)}"
    return path.stem.replace("-", " ").capitalize()


def load_practice_cases(folder: Path) -> list[PracticeCase]:
    """Every practice case under `folder` (recursively), sorted by title; unreadable files are skipped."""
    cases = []
    for path in sorted(Path(folder).rglob("*.yaml")) if Path(folder).is_dir() else []:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(data, dict) or not str(data.get("text") or "").strip():
            continue
        if path.name.startswith("report-") or data.get("practice") is True:
            cases.append(PracticeCase(f"{path.parent.name}/{path.stem}", _title(data, path),
                                      _source(data.get("source")) or path.name, str(data["text"]).strip()))  # fmt: skip
    return sorted(cases, key=lambda c: c.title)


def own_case(text: str, title: str | None = None) -> PracticeCase:
    """A case the trainer wrote."""
    return PracticeCase(OWN_CASE, (title or "").strip() or "Eigen casus", "geschreven door de trainer", text.strip())
