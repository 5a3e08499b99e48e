"""Prompt templates live in prompts/<name>.md: TOML-free front matter (name, version) + sections.

File format:
    ---
    name: ask
    version: 1
    ---
    ## system
    ...
    ## user
    ... {placeholders} ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.config import REPO_ROOT


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    system: str
    user: str

    def render(self, **values: object) -> str:
        return self.user.format(**values)


@lru_cache(maxsize=32)
def load_prompt(name: str, prompts_dir: Path = REPO_ROOT / "prompts") -> Prompt:
    text = (Path(prompts_dir) / f"{name}.md").read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    if not m:
        raise ValueError(f"prompts/{name}.md mist de front matter (name, version)")
    meta = yaml.safe_load(m.group(1)) or {}
    sections = dict(re.findall(r"^## (\w+)\n(.*?)(?=^## \w+\n|\Z)", m.group(2), re.DOTALL | re.MULTILINE))
    return Prompt(
        name=str(meta.get("name", name)),
        version=str(meta.get("version", "0")),
        system=sections.get("system", "").strip(),
        user=sections.get("user", "").strip(),
    )
