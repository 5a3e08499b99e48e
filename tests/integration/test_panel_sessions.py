"""The panel under concurrent sessions: no session ever sees another's drafts, and the load benchmark
(benchmarks/load.py) runs against a real `regiewijzer ui` process without errors."""

from __future__ import annotations

import json
import threading

import pytest

from assistant.config import load_settings
from assistant.service import Workbench
from benchmarks.load import DECIDED, Run, Session, free_port, intake, letter, measure, start_panel
from benchmarks.panel_client import Page


@pytest.fixture(scope="module")
def panel(law_index, law_settings, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("panel-sessions")
    port = free_port()
    proc = start_panel(law_settings.index_path, data_dir, port)
    yield f"http://127.0.0.1:{port}", data_dir
    proc.terminate()
    proc.wait(timeout=30)


def test_two_sessions_never_see_each_others_drafts(panel):
    url, data_dir = panel
    page = Page(url)
    run = Run(2)
    sessions = {"RWS11R000": Session(11, page, run, 120), "RWS12R000": Session(12, page, run, 120)}
    drafts: dict[str, dict] = {}
    together = threading.Barrier(len(sessions))

    def draft(mark: str, session: Session) -> None:
        together.wait()  # both sessions draft at the same moment
        drafts[mark] = {"triage": session.call("triage", "rw-triage-run", fields={"rw-triage-input": intake(mark)}),
                        "letter": session.call("explain", "rw-letter-run", fields={"rw-letter-input": letter(mark)})}

    threads = [threading.Thread(target=draft, args=item) for item in sessions.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not [c for c in run.calls if c.error], [c.error for c in run.calls if c.error]

    stored: dict[tuple[str, str], str] = {}
    for mark, session in reversed(sessions.items()):  # decided in the other order than drafted
        for tab in ("letter", "triage"):
            status = json.dumps(session.call("decide", f"rw-{tab}-accept"), ensure_ascii=False)
            stored[(mark, tab)] = DECIDED.search(status).group(1)
    wb = Workbench(load_settings(data_dir=data_dir, backend="none"))
    for mark, outputs in drafts.items():
        other = next(m for m in sessions if m != mark)
        for tab, out in outputs.items():
            shown = json.dumps(out, ensure_ascii=False)  # everything the session's page received
            assert mark in shown and other not in shown, tab
            record = wb.log_record(stored[(mark, tab)])  # what the server kept in the session's state
            assert mark in record["input_text"] and other not in record["input_text"]
            assert other not in json.dumps(record["draft"], ensure_ascii=False)
    assert len(set(stored.values())) == 4


def test_load_benchmark_runs_concurrent_sessions_without_errors_or_leaks(panel):
    url, data_dir = panel
    results = measure(url, [1, 4], rounds=1, seconds=120, data_dir=data_dir)
    for res in results:
        assert res["leaks"] == []
        assert {s: v["errors"] for s, v in res["skills"].items()} == dict.fromkeys(res["skills"], 0), res
        assert res["drafts_decided"] == res["unique_draft_ids"] == 3 * res["sessions"]
        assert res["skills"]["ask"]["requests"] == res["sessions"]
