"""The HTML report in a real browser (headless Chromium): it opens offline and asks for nothing,
shows the summary and the case table, filters on "changed only", and an evaluator's verdict,
exported from the page, is stored with `regiewijzer eval --verdicts` and shown by the next run."""

from __future__ import annotations

import json
import shutil

import pytest

from assistant.cli import main
from evals.aggregate import fingerprint
from evals.casefiles import CASES_DIR
from evals.loaders import load_cases

playwright = pytest.importorskip("playwright.sync_api")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture(scope="module")
def runs(tmp_path_factory, law_index, law_settings):
    root = tmp_path_factory.mktemp("report")
    cases = root / "cases"
    for rel in ("triage/report-frank.yaml", "triage/own-02-negaties.yaml", "letters/12-cjib-boete.yaml",
                "letters/12-cjib-boete.txt"):  # fmt: skip
        (cases / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CASES_DIR / rel, cases / rel)
    common = ["eval", "--cases", str(cases), "--index", str(law_settings.index_path), "--no-progress",
              "--verdicts-store", str(root / "verdicts.json")]  # fmt: skip
    assert main([*common, "--no-baseline", "--save-baseline", str(root / "base.json"), "--results",
                 str(root / "first.json")]) == 0  # fmt: skip
    # the baseline as if the Frank case had failed before: this run shows it FIXED
    base = json.loads((root / "base.json").read_text(encoding="utf-8"))
    base["cases"]["triage/report-frank"]["passed"] = False
    base["cases"]["triage/report-frank"]["scores"]["category_accuracy"] = [0.0, 1.0]
    (root / "base.json").write_text(json.dumps(base), encoding="utf-8")
    report = root / "report.html"
    main([*common, "--baseline", str(root / "base.json"), "--report", str(report), "--results", str(root / "second.json")])
    return {"root": root, "common": common, "report": report}


def browser_page(p):
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    page = browser.new_page(accept_downloads=True)
    asked: list[str] = []
    page.route("**/*", lambda route: (asked.append(route.request.url), route.continue_()))
    return browser, page, asked


def test_report_opens_offline_filters_and_exports_verdicts(runs):
    with playwright.sync_playwright() as p:
        browser, page, asked = browser_page(p)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(runs["report"].as_uri())
        page.wait_for_selector("#cases tbody tr.case")
        assert not errors and all(url.startswith("file://") for url in asked), asked
        assert "Categorie juist" in page.inner_text("#summary")
        assert "Geen achteruitgang" in page.inner_text("#verdict-banner")
        assert page.is_checked("#f-changed")  # changed cases first
        rows = page.locator("#cases tbody tr.case")
        assert rows.count() == 1 and "opgelost" in rows.first.inner_text()
        page.uncheck("#f-changed")
        assert page.locator("#cases tbody tr.case").count() == 3
        page.locator("#cases tbody tr.case", has_text="report-frank").click()
        detail = page.locator("tr.detail")
        assert "Invoer" in detail.inner_text() and "Onderbouwing" in detail.inner_text()
        detail.locator("select").select_option("wrong")
        detail.locator("textarea").fill("UWV en gemeente wachten op elkaar; categorie klopt, maar spoed ontbreekt")
        detail.locator("textarea").blur()
        page.fill("#reviewer", "Evaluator A")
        with page.expect_download() as download:
            page.click("#export")
        exported = runs["root"] / "oordelen.json"
        download.value.save_as(exported)
        browser.close()
    data = json.loads(exported.read_text(encoding="utf-8"))
    verdict = data["verdicts"]["triage/report-frank"]
    assert verdict["verdict"] == "wrong" and verdict["reviewer"] == "Evaluator A" and verdict["output_hash"]

    # stored with the next run, and shown by it
    report = runs["root"] / "next.html"
    main([*runs["common"], "--verdicts", str(exported), "--baseline", str(runs["root"] / "base.json"),
          "--report", str(report), "--results", str(runs["root"] / "third.json")])  # fmt: skip
    third = json.loads((runs["root"] / "third.json").read_text(encoding="utf-8"))
    frank = next(c for c in third["cases"] if c["id"] == "triage/report-frank")
    assert frank["verdict"]["comment"].startswith("UWV en gemeente") and frank["verdict"]["stale"] is False
    with playwright.sync_playwright() as p:
        browser, page, _ = browser_page(p)
        page.goto(report.as_uri())
        page.uncheck("#f-changed")
        row = page.locator("#cases tbody tr.case", has_text="report-frank")
        assert "fout" in row.inner_text()
        row.click()
        assert "Eerder oordeel: fout (Evaluator A)" in page.locator("tr.detail").inner_text()
        browser.close()


def test_case_fingerprints_are_what_the_baseline_compares():
    case = next(c for c in load_cases(CASES_DIR, ("triage",)) if c.id == "triage/report-frank")
    assert fingerprint(case.expected) == fingerprint(dict(case.expected))
    assert fingerprint({**case.expected, "category": 2}) != fingerprint(case.expected)
