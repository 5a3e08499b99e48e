"""The generations of an index folder: every ingest builds a new one beside the live one and swaps
a pointer at the end, so an interrupted ingest never leaves a half-built index in use.

    <index>/CURRENT        {"generation": "g-...", "previous": "g-..."}: replaced atomically, last
    <index>/g-<id>/        manifest.json (written last), laws.json and, in the embedded store, chroma/
    <index>/.ingest.lock   held by the one ingest that may run on this folder

A generation folder that CURRENT does not name is a build in progress, an interrupted build or a
superseded index: readers never open it, and the next ingest removes it (keeping the previous
generation, which a running panel may still have open). An index folder of the older single-folder
layout (manifest.json directly in <index>/) is read as it is and replaced by the next ingest.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UserError

POINTER = "CURRENT"
PREFIX = "g-"
LOCK = ".ingest.lock"
LEGACY_FILES = ("manifest.json", "laws.json", "chroma")


@dataclass(frozen=True)
class Generation:
    dir: Path
    name: str  # "g-<id>", or "" for the older single-folder layout

    @property
    def manifest_path(self) -> Path:
        return self.dir / "manifest.json"

    @property
    def laws_path(self) -> Path:
        return self.dir / "laws.json"

    @property
    def chroma_path(self) -> Path:
        return self.dir / "chroma"

    @property
    def collection_name(self) -> str:
        """Unique per generation, so generations can share one Chroma server."""
        return f"regiewijzer-{self.name[len(PREFIX):]}" if self.name else "regiewijzer"


def _pointer(root: Path) -> dict:
    try:
        return json.loads((root / POINTER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def live(root: Path) -> Generation | None:
    """The generation readers use, or None when the folder holds no finished index."""
    name = _pointer(root).get("generation")
    if name:
        return Generation(root / name, name) if (root / name).is_dir() else None
    return Generation(root, "") if (root / "manifest.json").is_file() else None


def new_generation(root: Path) -> Generation:
    name = f"{PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
    (root / name).mkdir(parents=True)
    return Generation(root / name, name)


def commit(root: Path, generation: Generation) -> Generation | None:
    """Make `generation` the live one (atomic rename of the pointer); returns the one it replaced."""
    before = live(root)
    _fsync_tree(generation.dir)
    tmp = root / f".{POINTER}.tmp"
    data = {"generation": generation.name, "previous": before.name if before else None}
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(root / POINTER)
    _fsync_dir(root)
    return before


def unused(root: Path) -> list[Generation]:
    """Generations neither live nor previous: interrupted builds and superseded indexes."""
    pointer = _pointer(root)
    keep = {pointer.get("generation"), pointer.get("previous")}
    found = [Generation(p, p.name) for p in sorted(root.glob(f"{PREFIX}*")) if p.is_dir() and p.name not in keep]
    if pointer and "" not in keep and any((root / f).exists() for f in LEGACY_FILES):
        found.append(Generation(root, ""))
    return found


def remove(generation: Generation) -> None:
    if generation.name:
        shutil.rmtree(generation.dir, ignore_errors=True)
        return
    for name in LEGACY_FILES:  # the older layout: only its own files, never the folder
        path = generation.dir / name
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


@contextmanager
def ingest_lock(root: Path) -> Iterator[None]:
    """One ingest per index folder; the lock dies with its process (kill -9 included)."""
    import fcntl

    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK, "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(f"Er loopt al een ingest voor de index in {root}; wacht tot die klaar is.") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _fsync_tree(folder: Path) -> None:
    """Flush a finished build to disk before the pointer names it (survives a power cut, not only kill -9)."""
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
