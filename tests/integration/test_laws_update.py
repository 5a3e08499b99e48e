"""`regiewijzer laws update` against a local stand-in of the BWB repository (tests/bwb_server.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from bwb_server import BwbServer, shared_law_files, trimmed, with_article_changes, with_version_date

from assistant.cli import main
from assistant.config import load_settings
from assistant.ingest.bwb.errors import LawsUnavailable, LawsUpdateError
from assistant.ingest.bwb.manifest import parse_manifest
from assistant.ingest.bwb.store import NO_LAWS_HINT, stored_versions
from assistant.ingest.bwb.update import update_laws
from assistant.retrieval.layout import live

PW, AWIR = "BWBR0015703", "BWBR0018472"
TODAY = date(2026, 11, 28)
SHARED = shared_law_files()


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("REGIEWIJZER_BWB_URL", raising=False)
    return load_settings()


@pytest.fixture
def server():
    with BwbServer.from_shared() as srv:
        yield srv


def _update(settings, server, **kw):
    kw.setdefault("only", [PW, AWIR])
    return update_laws(settings, base_url=server.base_url, ingest=False, today=TODAY, **kw)


def test_shared_set_has_the_two_xml_laws():
    assert SHARED[PW][0] == "2026-01-01" and SHARED[AWIR][0] == "2025-01-01"


def test_manifest_current_version():
    srv = BwbServer({PW: {"2025-01-01": b"a", "2026-01-01": b"b", "2027-01-01": b"c"}})
    manifest = parse_manifest(srv.manifest(PW), PW)
    assert [e.date for e in manifest.expressions] == ["2025-01-01", "2026-01-01", "2027-01-01"]
    assert manifest.latest_item == f"2027-01-01_0/xml/{PW}_2027-01-01_0.xml"
    current = manifest.current(TODAY)  # the future version is not in force yet
    assert (current.label, current.path) == ("2026-01-01_0", f"2026-01-01_0/xml/{PW}_2026-01-01_0.xml")
    assert manifest.current(date(2027, 1, 1)).date == "2027-01-01"
    bare = parse_manifest(
        f'<work label="{PW}" _latestItem="2024-07-01_0/xml/{PW}_2024-07-01_0.xml"/>'.encode(), PW
    )
    assert bare.current(TODAY).date == "2024-07-01"  # no expression list: _latestItem decides


def test_download_stores_version_and_skips_when_unchanged(settings, server):
    report = _update(settings, server)
    assert [(law.bwb_id, law.status, law.version_date) for law in report.laws] == [
        (PW, "downloaded", "2026-01-01"),
        (AWIR, "downloaded", "2025-01-01"),
    ]
    stored = settings.laws_dir / PW / "2026-01-01.xml"
    assert stored.read_bytes() == SHARED[PW][1].read_bytes()
    meta = json.loads(stored.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["version_date"] == "2026-01-01" and meta["expression"] == "2026-01-01_0"
    assert meta["url"] == f"{server.base_url}/{PW}/2026-01-01_0/xml/{PW}_2026-01-01_0.xml"
    assert len(server.xml_requests()) == 2

    again = _update(settings, server)
    assert [law.status for law in again.laws] == ["unchanged", "unchanged"]
    assert len(server.xml_requests()) == 2  # no XML downloaded the second time
    assert not again.warnings


def test_only_by_id_or_name(settings, server):
    report = _update(settings, server, only=["Awir"])
    assert [law.bwb_id for law in report.laws] == [AWIR]
    assert all(AWIR in path for path in server.requests)
    assert stored_versions(settings.laws_dir, PW) == []
    with pytest.raises(LawsUpdateError, match="Onbekende wet"):
        _update(settings, server, only=["Wet op de maan"])


def test_new_version_on_server_is_downloaded(settings, server):
    _update(settings, server, only=[PW])
    newer = with_version_date(SHARED[PW][1].read_bytes(), "2026-07-01")
    server.add_version(PW, "2026-07-01", newer)
    server.add_version(PW, "2027-01-01", with_version_date(newer, "2027-01-01"))  # not in force yet
    report = _update(settings, server, only=[PW])
    assert (report.laws[0].status, report.laws[0].version_date) == ("downloaded", "2026-07-01")
    assert [v for v, _ in stored_versions(settings.laws_dir, PW)] == ["2026-07-01"]
    assert (settings.data_dir / "laws-archive" / PW / "2026-01-01.xml").exists()  # superseded, kept aside
    assert not any("2027-01-01" in p for p in server.requests if p.endswith("_0.xml"))


def test_update_reports_what_changed_between_versions(settings, server, capsys):
    first = _update(settings, server, only=[PW])
    assert first.laws[0].changes.previous is None and first.laws[0].changes.articles >= 100
    newer = with_article_changes(with_version_date(SHARED[PW][1].read_bytes(), "2026-07-01"),
                                 drop=["8a"], reword=["18", "52"], add=["99z"])
    server.add_version(PW, "2026-07-01", newer)
    report = _update(settings, server, only=[PW])
    changes = report.laws[0].changes
    assert (changes.previous, changes.added, changes.removed, changes.changed) == (
        "2026-01-01", ["99z"], ["8a"], ["18", "52"])
    line = next(line for line in report.to_text().splitlines() if line.startswith("Participatiewet"))
    assert "nieuwe versie opgehaald" in line and "t.o.v. versie 2026-01-01" in line
    assert "1 artikel toegevoegd (99z)" in line and "1 artikel vervallen (8a)" in line
    assert "2 artikelen gewijzigd (18, 52)" in line
    assert report.to_dict()["laws"][0]["changes"]["changed"] == ["18", "52"]
    again = _update(settings, server, only=[PW])  # unchanged: nothing to compare, confirmed as current
    assert again.laws[0].status == "unchanged" and again.laws[0].changes is None
    meta = json.loads((settings.laws_dir / PW / "2026-07-01.json").read_text(encoding="utf-8"))
    assert meta["checked_at"] >= meta["downloaded_at"]


def test_all_laws_partial_availability_is_not_an_error(settings, server):
    report = update_laws(settings, base_url=server.base_url, ingest=False, today=TODAY)
    by_status = {}
    for law in report.laws:
        by_status.setdefault(law.status, []).append(law.bwb_id)
    assert set(by_status["downloaded"]) == {PW, AWIR}
    assert len(by_status["missing"]) == len(report.laws) - 2
    assert "HTTP 404" in next(law.message for law in report.laws if law.status == "missing")
    assert report.warnings[-1].startswith("Niet beschikbaar:")
    assert not report.offline


def test_server_down_keeps_existing_files(settings, server, capsys):
    _update(settings, server)
    before = {p: p.read_bytes() for p in settings.laws_dir.rglob("*.xml")}
    server.stop()
    report = _update(settings, server)
    assert report.offline
    assert [law.status for law in report.laws] == ["kept", "kept"]
    assert report.warnings[0] == (
        "De officiële wettenbank (127.0.0.1) is niet bereikbaar; de opgeslagen wetteksten blijven in gebruik."
    )
    assert {p: p.read_bytes() for p in settings.laws_dir.rglob("*.xml")} == before

    code = main(["laws", "update", "--base-url", server.base_url, "--only", f"{PW},{AWIR}", "--no-ingest"])
    out = capsys.readouterr().out
    assert code == 0
    assert "niet bereikbaar" in out and "opgeslagen versie blijft in gebruik" in out


def test_server_down_and_nothing_stored_is_an_error(settings, capsys):
    srv = BwbServer({}).start()
    srv.stop()  # a port that nobody listens on
    with pytest.raises(LawsUnavailable, match="niet bereikbaar en er is nog geen wettekst"):
        update_laws(settings, base_url=srv.base_url, ingest=False, only=[PW])
    assert main(["laws", "update", "--base-url", srv.base_url, "--only", PW]) == 2
    assert "niet bereikbaar" in capsys.readouterr().err


def test_never_leaves_the_configured_host(settings, server):
    server.overrides[f"/bwb/{PW}/manifest.xml"] = (
        200,
        f'<work label="{PW}" _latestItem="http://example.invalid/bwb/{PW}/x.xml"/>'.encode(),
        {},
    )
    server.overrides[f"/bwb/{AWIR}/manifest.xml"] = (302, b"", {"Location": "http://example.invalid/m.xml"})
    with pytest.raises(LawsUnavailable, match="andere server") as exc:
        _update(settings, server)
    report = exc.value.report
    assert [law.status for law in report.laws] == ["missing", "missing"]
    assert all("andere server" in law.message for law in report.laws)
    assert server.requests == [f"/bwb/{PW}/manifest.xml", f"/bwb/{AWIR}/manifest.xml"]


def test_unsafe_or_wrong_xml_is_refused(settings, server):
    bomb = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><work label="x">&b;</work>'
    server.overrides[f"/bwb/{PW}/manifest.xml"] = (200, bomb, {})
    path = f"/bwb/{AWIR}/2025-01-01_0/xml/{AWIR}_2025-01-01_0.xml"
    server.overrides[path] = (200, b"<html>onderhoud</html>", {})
    with pytest.raises(LawsUnavailable) as exc:
        _update(settings, server)
    report = exc.value.report
    assert [law.status for law in report.laws] == ["missing", "missing"]
    assert "geen geldige XML" in report.laws[0].message
    assert "geen BWB-toestand" in report.laws[1].message
    assert stored_versions(settings.laws_dir, AWIR) == []


def test_cli_update_ingests_into_index(settings, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REGIEWIJZER_EMBEDDER", "use")  # the fast embedder; the law is trimmed too
    index = tmp_path / "index"
    with BwbServer.from_shared(keep_articles=4) as srv:
        args = ["laws", "update", "--base-url", srv.base_url, "--only", AWIR, "--index", str(index), "--json"]
        assert main(args) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["downloaded"] == 1 and report["laws"][0]["version_date"] == "2025-01-01"
        assert report["ingest"]["documents"] == 1
        laws = json.loads(live(index).laws_path.read_text(encoding="utf-8"))  # the live generation's law store
        assert laws[AWIR]["version_date"] == "2025-01-01" and len(laws[AWIR]["articles"]) >= 1
        meta = json.loads((settings.laws_dir / AWIR / "2025-01-01.json").read_text(encoding="utf-8"))
        assert meta["ingested_into"] == [str(index.resolve())]

        assert main(args) == 0  # unchanged: nothing downloaded, nothing ingested again
        again = json.loads(capsys.readouterr().out)
        assert again["downloaded"] == 0 and again["ingest"] is None
        assert len(srv.xml_requests()) == 1


def test_trimmed_law_is_still_a_toestand():
    data = trimmed(SHARED[AWIR][1].read_bytes(), 3)
    assert data.count(b"<artikel ") + data.count(b"<artikel>") == 3
    assert parse_manifest(BwbServer({AWIR: {"2025-01-01": data}}).manifest(AWIR), AWIR).expressions


def test_laws_list_and_hint(settings, server, capsys):
    assert main(["laws", "list"]) == 0
    assert NO_LAWS_HINT in capsys.readouterr().out
    assert "regiewijzer laws update" in NO_LAWS_HINT
    _update(settings, server, only=[PW])
    assert main(["laws", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "bwb_id": PW,
            "name": "Participatiewet",
            "version_date": "2026-01-01",
            "path": str(settings.laws_dir / PW / "2026-01-01.xml"),
        }
    ]
