"""Law chunks that are in an index generation without their vectors yet (`pending.json`).

A first start embeds the project's own knowledge (FAQ, grounds, the article guide) and makes the law
texts searchable at once by their words (BM25), by citation and through the guide's bridge; their
vectors follow in a later ingest that runs behind the panel (see assistant/ingest/startup.py).
Measured on the dev question sets: with the guide, recall@5 is the same with or without the law
texts' own vectors (benchmarks/first_start.py), and embedding them is most of a cold start.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.models import Chunk

FILE = "pending.json"


def read_pending(generation_dir: Path | None) -> dict[str, Chunk]:
    """{chunk id: chunk} of the generation's chunks that wait for their vectors."""
    if generation_dir is None:
        return {}
    try:
        data = json.loads((Path(generation_dir) / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {item["id"]: Chunk(**item) for item in data if isinstance(item, dict) and "id" in item}


def write_pending(generation_dir: Path, chunks: dict[str, Chunk]) -> None:
    """Write (or remove, when empty) the generation's list of chunks without vectors."""
    path = Path(generation_dir) / FILE
    if not chunks:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([c.to_dict() for c in chunks.values()], ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
