"""What every skill returns: a draft with sources, warnings and who generated it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from assistant import ENGINE_VERSION


@dataclass
class GeneratedBy:
    engine: str = ENGINE_VERSION
    backend: str = "none"  # none | ollama | llamacpp
    model: str | None = None
    prompt: str | None = None  # prompt name
    prompt_version: str | None = None
    model_output_used: bool = False  # False when the template/engine text is shown

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def to_jsonable(obj: object) -> object:
    """Dataclasses, lists and dicts to plain JSON values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if hasattr(obj, "to_dict"):
            return obj.to_dict()
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    return obj


@dataclass
class Draft:
    """Base for skill outputs. Subclasses add their fields and `to_text()`."""

    warnings: list[str] = field(default_factory=list)
    status: str = "concept"
    generated_by: GeneratedBy = field(default_factory=GeneratedBy)

    def to_dict(self) -> dict:
        return {f.name: to_jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


def source_lines(sources: list[dict]) -> list[str]:
    """'[1] Awb, artikel 4:84 (versie 2024-01-01)' for each numbered source, for text output."""
    lines = []
    for s in sources:
        where = s.get("citation") or s.get("title") or s.get("source")
        version = f" (versie {s['version_date']})" if s.get("version_date") else ""
        lines.append(f"[{s['id']}] {where}{version}")
    return lines
