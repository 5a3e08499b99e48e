"""The first start (`make run` = `regiewijzer start`): laws checked with the official repository (one
line offline), a quick first ingest whose law chunks wait for their vectors while they are already
searchable by their words and by citation, and the full ingest behind the panel that completes them.

Real parts: the USE embedder with a fresh cache (so law texts are never cached), real Chroma, the
local BWB stand-in (tests/support/bwb_server.py)."""

from __future__ import annotations

import shutil
import time

import pytest
import yaml
from bwb_server import BwbServer

from assistant.cli import main
from assistant.config import REPO_ROOT, load_settings
from assistant.ingest import ingest_paths
from assistant.ingest.startup import complete_behind, prepare
from assistant.retrieval import open_index
from assistant.service import Workbench

PW, AWIR = "BWBR0015703", "BWBR0018472"
SMALL_FAQ = "bezwaar-en-procedures.yaml"
OFFLINE = "Geen verbinding met de officiële wettenbank"


@pytest.fixture
def corpus(tmp_path):
    """A small corpus: sources.yaml with the two laws the BWB stand-in serves, the synonyms, one FAQ file."""
    folder = tmp_path / "corpus"
    (folder / "faq").mkdir(parents=True)
    sources = yaml.safe_load((REPO_ROOT / "corpus" / "sources.yaml").read_text(encoding="utf-8"))
    sources["laws"] = [law for law in sources["laws"] if law["bwb_id"] in (PW, AWIR)]
    (folder / "sources.yaml").write_text(yaml.safe_dump(sources, allow_unicode=True), encoding="utf-8")
    shutil.copy(REPO_ROOT / "corpus" / "synoniemen.yaml", folder)
    shutil.copy(REPO_ROOT / "corpus" / "faq" / SMALL_FAQ, folder / "faq")
    return folder


@pytest.fixture
def settings(tmp_path, corpus, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REGIEWIJZER_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("REGIEWIJZER_CACHE_DIR", str(tmp_path / "cache"))  # cold: laws are never cached
    monkeypatch.setenv("REGIEWIJZER_EMBEDDER", "use")
    monkeypatch.setenv("REGIEWIJZER_BACKEND", "none")
    monkeypatch.delenv("REGIEWIJZER_BWB_URL", raising=False)
    monkeypatch.delenv("REGIEWIJZER_INDEX", raising=False)
    return load_settings()


def _law_file(folder, marker: str):
    text = "\n\n".join(
        f"## Artikel {n}\n\n1. {body} ({marker}).\n\n2. Het college beslist binnen acht weken."
        for n, body in [("1", "Deze wet regelt de proefregeling voor buurtmoestuinen"),
                        ("2", "Een aanvraag voor een moestuinsubsidie wordt schriftelijk ingediend"),
                        ("3", "De subsidie bedraagt ten hoogste de kosten van zaaigoed en gereedschap")]
    )  # fmt: skip
    path = folder / "testwet-BWBR9999999-2026-01-01.md"
    path.write_text("---\ntitle: Testwet moestuinen\nbwb_id: BWBR9999999\nvalid_from: 2026-01-01\n---\n\n" + text,
                    encoding="utf-8")
    return path


def test_quick_ingest_defers_law_vectors_and_a_full_ingest_completes_them(settings, tmp_path):
    law = _law_file(tmp_path, f"kenmerk {time.time_ns()}")
    quick = ingest_paths([law], settings, progress=False, defer_laws=True)
    assert quick.deferred == 3 and quick.embedded > 0  # the three articles wait; the FAQ is embedded
    wb = Workbench(settings)
    assert wb.status()["index"]["waiting"] == 3
    index = open_index(settings)
    hit = index.search("moestuinsubsidie aanvragen", k=3, kinds=("wet",))[0]
    assert (hit.chunk.law, hit.chunk.article, hit.similarity) == ("Testwet moestuinen", "2", None)  # by its words
    assert index.lookup("Testwet moestuinen artikel 3 lid 1").found

    other = ingest_paths([tmp_path / "corpus" / "faq"], settings, progress=False, include_defaults=False)
    assert other.deferred == 3  # an ingest of other files keeps the waiting chunks: nothing is lost
    assert open_index(settings).lookup("Testwet moestuinen artikel 2").found

    full = ingest_paths([law], settings, progress=False)
    assert (full.deferred, full.embedded) == (0, 3)
    hit = open_index(settings).search("moestuinsubsidie aanvragen", k=3, kinds=("wet",))[0]
    assert hit.chunk.article == "2" and hit.similarity is not None  # now found by its vector too
    assert wb.status()["index"]["waiting"] == 0  # the Workbench uses the new generation


def test_start_offline_is_one_line_and_serves_what_it_has(settings, capsys):
    down = BwbServer({}).start()
    down.stop()  # nobody listens on this port
    began = time.perf_counter()
    code = main(["start", "--no-serve", "--base-url", down.base_url])
    err = capsys.readouterr().err
    assert code == 0
    offline = [line for line in err.splitlines() if "wettenbank" in line]
    assert len(offline) == 1 and offline[0].startswith(OFFLINE) and "zonder wetten" in offline[0]
    assert "Traceback" not in err and "Index klaar" in err
    assert time.perf_counter() - began < 120
    assert Workbench(settings).status()["index"]["chunks"] > 0  # the FAQ is indexed: the panel can start


def test_start_fetches_the_laws_then_completes_their_vectors_behind(settings):
    with BwbServer.from_shared(keep_articles=4) as server:
        first = prepare(settings, base_url=server.base_url, progress=False)
        assert not first.offline and first.waiting > 0 and first.behind_seconds > 0
        assert "Participatiewet: versie 2026-01-01 opgehaald (eerste versie: 4 artikelen)." in first.lines
        wb = Workbench(settings)
        assert {law["name"] for law in wb.status()["laws"]} == {"Participatiewet", "Awir"}
        assert wb.status()["index"]["waiting"] == first.waiting

        done = []
        complete_behind(settings, on_done=lambda summary, error: done.append((summary, error))).join(timeout=300)
        summary, error = done[0]
        assert error is None and summary.deferred == 0 and summary.embedded == first.waiting
        assert wb.status()["index"]["waiting"] == 0

        again = prepare(settings, base_url=server.base_url, progress=False)  # a later start
        assert again.lines == ["Actueel volgens de officiële wettenbank: 2 wetten."]
        assert again.ingest.documents == 0 and again.waiting == 0  # reuses what is there
        assert len(server.xml_requests()) == 2  # each law downloaded once

    offline = prepare(settings, base_url=server.base_url, progress=False)  # the server is gone now
    assert offline.offline and len(offline.lines) == 1 and offline.lines[0].startswith(OFFLINE)
    assert "(2 wetten)" in offline.lines[0]
