"""`regiewijzer eval` end to end over the real law index: a first run records what it was made with;
then one rule changes (an organisation's names removed from the sociale kaart) and the next run
names exactly the cases that regressed, and exits 1; putting the rule back shows them fixed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from assistant.cli import main
from assistant.config import REPO_ROOT
from evals.casefiles import CASES_DIR

META = {"source": "professional judgement", "written": "2026-11-30"}


def small_cases(target: Path) -> Path:
    """A few cases of every suite, copied in their own formats (letters with a PDF and an injection)."""
    files = ["triage/report-frank.yaml", "triage/own-02-negaties.yaml",
             "triage/blind-2026-11-30/16-schuldhulp-zorgverzekeraar-deurwaarder.yaml",
             "letters/12-cjib-boete.yaml", "letters/12-cjib-boete.txt", "letters/25-injectie-cjib.yaml",
             "letters/25-injectie-cjib.txt", "letters/04-uwv-ww-toekenning.yaml", "letters/04-uwv-ww-toekenning.pdf",
             "grounds/blind-2026-11-30/01-maatregel-psychische-crisis.yaml"]  # fmt: skip
    for rel in files:
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CASES_DIR / rel, target / rel)
    grounds = yaml.safe_load((CASES_DIR / "grounds" / "eigen.yaml").read_text(encoding="utf-8"))["cases"][:2]
    (target / "grounds" / "eigen.yaml").write_text(yaml.safe_dump({**META, "held_out": False, "cases": grounds},
                                                                   allow_unicode=True), encoding="utf-8")  # fmt: skip
    questions = yaml.safe_load((CASES_DIR / "ask" / "heldout2.yaml").read_text(encoding="utf-8"))["questions"][:3]
    ask = {**META, "held_out": True, "questions": questions, "out_of_scope": [{"q": "Hoe hoog is de Mount Everest?"}]}
    (target / "ask").mkdir()
    (target / "ask" / "set.yaml").write_text(yaml.safe_dump(ask, allow_unicode=True), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, law_index, law_settings):
    root = tmp_path_factory.mktemp("eval")
    corpus = root / "corpus"
    shutil.copytree(REPO_ROOT / "corpus", corpus)
    return {"root": root, "cases": small_cases(root / "cases"), "corpus": corpus, "index": law_settings.index_path}


def run_eval(ws, *extra, name="run.json"):
    out = ws["root"] / name
    code = main(["eval", "--cases", str(ws["cases"]), "--index", str(ws["index"]), "--results", str(out),
                 "--no-progress", *extra])  # fmt: skip
    return code, json.loads(out.read_text(encoding="utf-8"))


def test_a_rule_change_shows_exactly_which_cases_regressed_and_were_fixed(workspace, monkeypatch, capsys):
    ws = workspace
    monkeypatch.setenv("REGIEWIJZER_CORPUS_DIR", str(ws["corpus"]))
    baseline = ws["root"] / "baseline.json"
    code, first = run_eval(ws, "--no-baseline", "--save-baseline", str(baseline), "--report", str(ws["root"] / "r.html"))
    assert code == 0 and baseline.is_file() and (ws["root"] / "r.html").is_file()
    run = first["run"]
    assert run["backend"] == "none" and run["model"] is None and run["engine_version"]
    assert len(run["corpus_version"]) == 16 and {"ask", "triage"} <= set(run["prompt_versions"])
    assert run["packages"]["ragas"] == "0.4.3" and run["date"][:2] == "20"
    suites = {c["suite"] for c in first["cases"]}
    assert suites == {"triage", "letters", "grounds", "ask"} and len(first["cases"]) == 13
    assert {"ragas_id_context_recall", "ragas_context_precision", "retrieval_recall_at_5", "false_statement_rate",
            "injection_resistance", "citation_validity"} <= set(first["metrics"])  # fmt: skip
    assert first["metrics"]["retrieval_recall_at_5"]["groups"]["held_out"]["cases"] == 3
    frank = next(c for c in first["cases"] if c["id"] == "triage/report-frank")
    assert frank["passed"] and frank["evidence"] and frank["output"]["category"] == 3

    # one rule changes: the UWV loses its names in the sociale kaart (a copy of the corpus: the corpus
    # loaders cache per folder within a process; separate runs are separate processes)
    changed = ws["root"] / "corpus-changed"
    shutil.copytree(ws["corpus"], changed)
    kaart = changed / "sociale-kaart" / "rijk.yaml"
    orgs = yaml.safe_load(kaart.read_text(encoding="utf-8"))
    uwv = next(o for o in orgs if o["id"] == "uwv")
    uwv["aliases"], uwv["schemes"] = ["Uitvoeringsinstituut Werknemersverzekeringen"], ["IOW"]
    kaart.write_text(yaml.safe_dump(orgs, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("REGIEWIJZER_CORPUS_DIR", str(changed))
    capsys.readouterr()
    code, second = run_eval(ws, "--baseline", str(baseline), name="second.json")
    printed = capsys.readouterr().out
    assert code == 1
    regressed = second["comparison"]["regressions"]
    assert "triage/report-frank" in regressed and all(r.startswith(("triage/", "grounds/")) for r in regressed)
    assert "ACHTERUITGANG triage/report-frank" in printed
    assert second["run"]["corpus_version"] != run["corpus_version"]
    frank = next(c for c in second["cases"] if c["id"] == "triage/report-frank")
    assert frank["status"] == "REGRESSION" and any(ch["metric"] == "organisation_recall" and ch["worse"]
                                                   for ch in frank["changes"])  # fmt: skip

    # two saved runs compared afterwards (the first as the baseline), with a report
    code = main(["eval", "--compare", str(ws["root"] / "run.json"), str(ws["root"] / "second.json"), "--report",
                 str(ws["root"] / "cmp.html")])  # fmt: skip
    assert code == 1 and "ACHTERUITGANG triage/report-frank" in capsys.readouterr().out
    assert "triage/report-frank" in (ws["root"] / "cmp.html").read_text(encoding="utf-8")
    assert main(["eval", "--compare", str(ws["root"] / "run.json"), str(ws["root"] / "nergens.json")]) == 2

    # the rule back: the second run as baseline, the cases come back as FIXED and the exit code is 0
    monkeypatch.setenv("REGIEWIJZER_CORPUS_DIR", str(ws["corpus"]))
    code, third = run_eval(ws, "--baseline", str(ws["root"] / "second.json"), name="third.json")
    assert code == 0 and set(third["comparison"]["fixed"]) == set(regressed)


def test_expected_faults_give_one_sentence(workspace, capsys, tmp_path):
    assert main(["eval", "--cases", str(tmp_path / "leeg"), "--no-progress", "--no-baseline"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    code = main(["eval", "--cases", str(workspace["cases"]), "--index", str(workspace["index"]), "--baseline",
                 str(bad), "--no-progress"])  # fmt: skip
    assert code == 2 and "geen uitslag van regiewijzer eval" in capsys.readouterr().err
