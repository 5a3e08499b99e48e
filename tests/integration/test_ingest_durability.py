"""An interrupted ingest or `--rebuild` leaves the previous index in use; the next run completes.

The ingest runs as a real process (the CLI) and is killed with SIGKILL while it embeds; the
embedding cache is fresh per test so that the embedding takes long enough to be interrupted.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from assistant.errors import IndexMissing, UserError
from assistant.ingest import ingest_paths
from assistant.retrieval import open_index
from assistant.retrieval.index import KnowledgeIndex
from assistant.retrieval.layout import POINTER, Generation, ingest_lock, live
from assistant.retrieval.store import copy_collection, open_collection

FILES, SECTIONS = 6, 12  # 72 chunks: ~20 s of embedding on two cores


@pytest.fixture
def settings(tmp_settings, tmp_path):
    return replace(tmp_settings, cache_root=tmp_path / "cache")


def _write_docs(folder):
    folder.mkdir()
    for f in range(FILES):
        sections = [f"## Werkinstructie {f}-{i}\n\nBij verzoek {f * 100 + i} controleert de medewerker dossier "
                    f"{f * 37 + i * 11} en belt de inwoner binnen {i % 5 + 1} werkdagen terug over de "
                    f"{['huurschuld', 'zorgpremie', 'kinderopvang', 'bijstand', 'energierekening', 'boete'][f]}."
                    for i in range(SECTIONS)]
        (folder / f"instructie-{f}.md").write_text(f"# Instructies {f}\n\n" + "\n\n".join(sections) + "\n",
                                                   encoding="utf-8")
    return folder


def _base_index(settings, tmp_path):
    doc = tmp_path / "basis.md"
    doc.write_text("# Loket\n\nHet loket van de gemeente sluit op vrijdag om twaalf uur.\n", encoding="utf-8")
    summary = ingest_paths([doc], settings, include_defaults=False, progress=False)
    assert summary.total_chunks == 1
    return doc


def _cached(cache_dir) -> int:
    path = cache_dir / "embeddings.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM vec").fetchone()[0]
    except sqlite3.OperationalError:  # the writer holds it, or the table is not there yet
        return 0


def _kill_mid_way(settings, args, *, at_least: int, cache_dir) -> int:
    """Start `regiewijzer ingest ARGS`, SIGKILL it once `at_least` new vectors are cached; returns the
    number cached at the kill (the work a rerun does not repeat)."""
    env = {**os.environ, "REGIEWIJZER_DATA_DIR": str(settings.data_dir), "REGIEWIJZER_CACHE_DIR": str(cache_dir),
           "REGIEWIJZER_BACKEND": "none"}
    cmd = [sys.executable, "-m", "assistant.cli", "ingest", *args, "--index", str(settings.index_path), "--json"]
    before = _cached(cache_dir)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    try:
        while _cached(cache_dir) - before < at_least:
            assert proc.poll() is None, f"de ingest eindigde voor hij werd onderbroken: {proc.stderr.read()!r}"
            assert time.monotonic() < deadline, "de ingest kwam niet op gang"
            time.sleep(0.1)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return _cached(cache_dir) - before


def test_killed_ingest_leaves_the_old_index_answering_and_a_rerun_completes(settings, tmp_path):
    _base_index(settings, tmp_path)
    docs = _write_docs(tmp_path / "docs")
    total = FILES * SECTIONS
    old = live(settings.index_path)

    cached = _kill_mid_way(settings, ["--only", str(docs)], at_least=2 * SECTIONS, cache_dir=settings.cache_dir)
    assert cached < total, "de ingest was al klaar: niet halverwege onderbroken"

    index = open_index(settings)  # the old index, complete and unaware of the interrupted build
    assert index.chunk_count() == 1 and live(settings.index_path) == old
    assert "twaalf uur" in index.search("wanneer sluit het loket", k=1)[0].chunk.text
    unfinished = [p for p in settings.index_path.glob("g-*") if p != old.dir]
    assert len(unfinished) == 1
    with pytest.raises(IndexMissing):  # an unfinished generation named directly is no index either
        KnowledgeIndex(unfinished[0], settings)

    again = ingest_paths([docs], settings, include_defaults=False, progress=False)
    assert again.documents == FILES and again.total_chunks == total + 1
    assert again.embedded == total - cached  # resumed: what was embedded before the kill is not redone
    index = open_index(settings)
    assert index.chunk_count() == total + 1
    assert "dossier" in index.search("verzoek 203 energierekening", k=1)[0].chunk.text
    kept = sorted(p.name for p in settings.index_path.glob("g-*"))
    assert kept == sorted([old.name, live(settings.index_path).name])  # the unfinished build is gone


def test_killed_rebuild_leaves_the_old_index_answering(settings, tmp_path):
    docs = _write_docs(tmp_path / "docs")
    first = ingest_paths([docs], settings, include_defaults=False, progress=False)
    total = FILES * SECTIONS
    assert first.total_chunks == total
    fresh_cache = tmp_path / "cache-2"  # a cold cache makes the rebuild slow enough to interrupt

    cached = _kill_mid_way(settings, ["--only", str(docs), "--rebuild"], at_least=SECTIONS, cache_dir=fresh_cache)
    assert cached < total

    index = open_index(settings)
    assert index.chunk_count() == total
    assert "werkdagen" in index.search("verzoek 305 boete", k=1)[0].chunk.text

    rebuilt = ingest_paths([docs], replace(settings, cache_root=fresh_cache), include_defaults=False,
                           progress=False, rebuild=True)  # fmt: skip
    assert rebuilt.total_chunks == total and rebuilt.embedded == total - cached
    assert open_index(settings).chunk_count() == total


def test_a_partial_index_never_answers_silently(tmp_settings, tmp_path):
    from assistant.cli import main
    from assistant.service import Workbench

    doc = tmp_path / "a.md"
    doc.write_text("# Titel\n\n## Een\n\nBel de klant terug.\n\n## Twee\n\nMaak een plan.\n", encoding="utf-8")
    ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    index = open_index(tmp_settings)
    index.collection.delete(ids=[index.chunks[0].id])  # the vector store lost records behind our back

    with pytest.raises(IndexMissing, match="onvolledig"):
        open_index(tmp_settings)
    note = Workbench(tmp_settings).triage("Mevrouw heeft een huurachterstand en een brief van de Belastingdienst.")
    assert "onvolledig" in note.warnings[0]
    assert main(["ask", "Wanneer bel ik terug?", "--index", str(tmp_settings.index_path)]) == 2
    with pytest.raises(IndexMissing, match="--rebuild"):  # an ingest does not build on it either
        ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    repaired = ingest_paths([doc], tmp_settings, include_defaults=False, progress=False, rebuild=True)
    assert repaired.total_chunks == 2 and open_index(tmp_settings).chunk_count() == 2


def test_unchanged_input_keeps_the_live_generation_and_one_ingest_runs_at_a_time(tmp_settings, tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("# Titel\n\nBel de klant binnen twee dagen terug.\n", encoding="utf-8")
    ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    pointer = (tmp_settings.index_path / POINTER).read_text(encoding="utf-8")
    again = ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    assert (again.documents, again.unchanged, again.total_chunks) == (0, 1, 1)
    assert (tmp_settings.index_path / POINTER).read_text(encoding="utf-8") == pointer
    with ingest_lock(tmp_settings.index_path), pytest.raises(UserError, match="al een ingest"):
        ingest_paths([doc], tmp_settings, include_defaults=False, progress=False, rebuild=True)


def test_an_index_in_the_older_single_folder_layout_is_read_and_replaced(tmp_settings, tmp_path):
    doc, other = tmp_path / "a.md", tmp_path / "b.md"
    doc.write_text("# Titel\n\nBel de klant binnen twee dagen terug.\n", encoding="utf-8")
    other.write_text("# Tweede\n\nStuur de brief aangetekend.\n", encoding="utf-8")
    ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)
    root = tmp_settings.index_path
    generation = live(root)  # rewrite it as the older layout: one collection "regiewijzer" in <index>/chroma
    copy_collection(open_index(tmp_settings).collection, open_collection(Generation(root, ""), tmp_settings,
                                                                         create=True))  # fmt: skip
    manifest = json.loads(generation.manifest_path.read_text(encoding="utf-8"))
    (root / "manifest.json").write_text(json.dumps({k: v for k, v in manifest.items() if k not in ("store", "chunks")}))
    generation.laws_path.rename(root / "laws.json")
    shutil.rmtree(generation.dir)
    (root / POINTER).unlink()

    assert open_index(tmp_settings).chunk_count() == 1
    ingest_paths([other], tmp_settings, include_defaults=False, progress=False)
    assert open_index(tmp_settings).chunk_count() == 2
    assert (root / "manifest.json").exists()  # kept while it is the previous generation
    other.write_text("# Tweede\n\nStuur de brief per e-mail.\n", encoding="utf-8")
    ingest_paths([other], tmp_settings, include_defaults=False, progress=False)
    assert not (root / "manifest.json").exists() and not (root / "chroma").exists()
    assert open_index(tmp_settings).chunk_count() == 2


def test_a_running_workbench_picks_up_an_index_swapped_in_elsewhere(tmp_settings, tmp_path):
    from assistant.service import Workbench

    doc, other = tmp_path / "a.md", tmp_path / "b.md"
    doc.write_text("# Titel\n\nBel de klant binnen twee dagen terug.\n", encoding="utf-8")
    other.write_text("# Tweede\n\nStuur de brief aangetekend.\n", encoding="utf-8")
    wb = Workbench(tmp_settings)  # the panel's one Workbench
    assert wb.index_state().index is None  # no index yet: skills say so
    ingest_paths([doc], tmp_settings, include_defaults=False, progress=False)  # e.g. `regiewijzer ingest`
    first = wb.index()
    assert first.chunk_count() == 1 and wb.index() is first  # opened once, kept while nothing changes
    ingest_paths([other], tmp_settings, include_defaults=False, progress=False)
    assert wb.index().chunk_count() == 2
