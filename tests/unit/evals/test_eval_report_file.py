"""The report file is standalone (nothing loaded from elsewhere) and case content cannot break out of
its data block; provenance hashes move when content moves; the command's options."""

from __future__ import annotations

import argparse
import json
import re

from assistant.commands import eval as eval_command
from evals.provenance import folder_hash, prompt_versions
from evals.report.html import render
from evals.sources import REPO_ROOT

HOSTILE = '</script><script>alert(1)</script><img src="https://example.org/x.png"> & <!--'


def small_results():
    case = {"id": "letters/x", "suite": "letters", "set": "own", "title": "x", "held_out": False, "source": "s",
            "written": "2026-11-30", "path": "letters/x.yaml", "input": {"file": "x.txt"}, "input_text": HOSTILE,
            "expected": {}, "output": {"explanation": HOSTILE}, "law_hits": [], "evidence": [HOSTILE], "sources": [],
            "scores": {}, "failed": [], "passed": True, "status": "PASS", "changes": [], "output_hash": "h",
            "expected_hash": "e"}  # fmt: skip
    return {"format": "regiewijzer-eval-results/1", "run": {"date": "2026-11-30T10:00"}, "counts": {"all": 1},
            "metrics": {}, "cases": [case], "comparison": None}  # fmt: skip


def test_the_report_loads_nothing_from_elsewhere_and_escapes_case_content():
    html = render(small_results())
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html.replace(HOSTILE, ""))
    assert HOSTILE not in html  # only as escaped JSON
    assert html.count("</script>") == 2  # the data block and the script, nothing from the case
    data = html.split('<script id="eval-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["cases"][0]["output"]["explanation"] == HOSTILE


def test_provenance_hashes_change_with_content(tmp_path):
    (tmp_path / "a.yaml").write_text("x: 1", encoding="utf-8")
    first = folder_hash(tmp_path)
    (tmp_path / "a.yaml").write_text("x: 2", encoding="utf-8")
    assert folder_hash(tmp_path) != first and folder_hash(tmp_path / "nergens") is None
    prompts = prompt_versions(REPO_ROOT / "prompts")
    assert {"ask", "triage", "explain_letter", "grounds"} <= set(prompts)
    assert all(p["version"] and len(p["sha"]) == 12 for p in prompts.values())


def parse(*argv):
    parser = argparse.ArgumentParser()
    eval_command.register(parser.add_subparsers())
    return parser.parse_args(["eval", *argv])


def test_command_options_map_to_the_runner():
    options = eval_command._options(parse("--suite", "triage", "--suite", "letters", "--report", "r.html",
                                          "--baseline", "b.json", "--no-progress"))  # fmt: skip
    assert options["suites"] == ("triage", "letters") and options["progress"] is False
    assert str(options["report"]) == "r.html" and str(options["baseline"]) == "b.json"
    assert "cases_dir" not in options  # default: the checkout's evals/cases
    everything = eval_command._options(parse("--json", "--judge", "qwen2.5:7b-instruct"))
    assert everything["suites"] == ("triage", "letters", "grounds", "ask") and everything["progress"] is False
    assert everything["judge"] == "qwen2.5:7b-instruct" and everything["judge_timeout"] == 300.0
