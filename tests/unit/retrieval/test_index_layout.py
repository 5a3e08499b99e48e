"""Index generations (assistant/retrieval/layout.py): which folder readers use, what an ingest may
remove, one ingest at a time. Plain files, no vector store."""

from __future__ import annotations

import json

import pytest

from assistant.errors import UserError
from assistant.retrieval.layout import (
    POINTER,
    Generation,
    commit,
    ingest_lock,
    live,
    new_generation,
    remove,
    unused,
)


def _finished(root):
    generation = new_generation(root)
    generation.manifest_path.write_text("{}", encoding="utf-8")
    return generation


def test_readers_use_only_what_the_pointer_names(tmp_path):
    assert live(tmp_path) is None
    first = _finished(tmp_path)
    assert live(tmp_path) is None  # finished but not swapped in: not an index yet
    assert commit(tmp_path, first) is None
    assert live(tmp_path) == first
    second = new_generation(tmp_path)  # a build in progress
    assert live(tmp_path) == first
    assert commit(tmp_path, second) == first
    assert json.loads((tmp_path / POINTER).read_text()) == {"generation": second.name, "previous": first.name}


def test_a_pointer_to_a_missing_folder_is_no_index(tmp_path):
    generation = _finished(tmp_path)
    commit(tmp_path, generation)
    remove(generation)
    assert live(tmp_path) is None


def test_the_older_layout_is_read_until_it_is_two_generations_old(tmp_path):
    (tmp_path / "manifest.json").write_text("{}", encoding="utf-8")
    (tmp_path / "chroma").mkdir()
    assert live(tmp_path) == Generation(tmp_path, "")
    first = _finished(tmp_path)
    commit(tmp_path, first)
    assert unused(tmp_path) == []  # the older layout is the previous generation: kept
    second = _finished(tmp_path)
    commit(tmp_path, second)
    assert unused(tmp_path) == [Generation(tmp_path, "")]
    for generation in unused(tmp_path):
        remove(generation)
    assert not (tmp_path / "manifest.json").exists() and not (tmp_path / "chroma").exists()
    assert live(tmp_path) == second and first.dir.is_dir()


def test_unused_lists_interrupted_and_superseded_generations_only(tmp_path):
    generations = [_finished(tmp_path) for _ in range(3)]
    for generation in generations:
        commit(tmp_path, generation)
    interrupted = new_generation(tmp_path)
    assert {g.name for g in unused(tmp_path)} == {generations[0].name, interrupted.name}


def test_collection_names_are_unique_per_generation(tmp_path):
    a, b = new_generation(tmp_path), new_generation(tmp_path)
    assert a.collection_name != b.collection_name
    assert a.collection_name.startswith("regiewijzer-") and Generation(tmp_path, "").collection_name == "regiewijzer"


def test_one_ingest_at_a_time(tmp_path):
    with ingest_lock(tmp_path):
        with pytest.raises(UserError, match="al een ingest"), ingest_lock(tmp_path):
            pass
    with ingest_lock(tmp_path):  # released again
        pass
