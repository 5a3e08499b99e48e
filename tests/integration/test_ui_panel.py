"""The side panel in a real headless Chromium: ask a question, see the answer and its sources."""

from __future__ import annotations

import shutil
import socket

import pytest

from assistant.config import load_settings
from evals.casefiles import LETTER_CASES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def panel(law_settings, law_index, tmp_path_factory):
    from ui.app import build_app

    settings = load_settings(data_dir=tmp_path_factory.mktemp("panel-data"), index_dir=law_settings.index_path,
                             cache_root=law_settings.cache_dir, backend="none")
    port = _free_port()
    app = build_app(settings)
    app.queue()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, share=False, inbrowser=False)
    yield f"http://127.0.0.1:{port}", app, settings
    app.close()


def test_panel_binds_to_loopback_only(panel):
    url, app, _ = panel
    assert url.startswith("http://127.0.0.1:")
    assert app.server_name == "127.0.0.1"


def test_panel_answers_with_sources_in_a_real_browser(panel):
    from playwright.sync_api import sync_playwright

    url, _, _ = panel
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page()
        page.goto(url, wait_until="domcontentloaded")
        page.locator("#rw-status").wait_for(timeout=30_000)
        assert "Awb" in page.locator("#rw-status").inner_text()
        page.locator("#rw-question textarea").fill(
            "Mag de gemeente afwijken van haar eigen beleidsregel als die voor iemand onredelijk uitpakt?"
        )
        page.locator("#rw-ask").click()
        page.locator("#rw-sources").wait_for(timeout=60_000)
        sources = page.locator("#rw-sources").inner_text()
        answer = page.locator("#rw-answer").inner_text()
        browser.close()
    assert "Awb, artikel 4:84" in sources
    assert "[1]" in answer and "Concept" in answer


def test_triage_draft_and_human_decision_are_logged(panel):
    from playwright.sync_api import sync_playwright

    from assistant.audit.log import AuditLog

    url, _, settings = panel
    intake = ("Mevrouw heeft een WW-aanvraag lopen bij het UWV en bijstand aangevraagd. De gemeente wacht op "
              "de beslissing van het UWV. Ze heeft geen inkomen meer. BSN 111222333.")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page()
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_role("tab", name="Triage").click()
        page.locator("#rw-triage-input textarea").fill(intake)
        page.locator("#rw-triage-run").click()
        page.get_by_text("Categorie: 3").wait_for(timeout=60_000)
        page.get_by_text("Concept aanpassen en beslissen").click()
        page.locator("#rw-triage-reject").click()
        page.get_by_text("Een afwijzing vraagt een reden").wait_for(timeout=30_000)
        page.locator("#rw-triage-reason textarea").fill("Urgentie klopt, maar UWV is al benaderd.")
        page.locator("#rw-triage-reject").click()
        page.get_by_text("afgewezen; vastgelegd").wait_for(timeout=30_000)
        browser.close()
    records = AuditLog(settings.audit_db).list(skill="triage")
    assert len(records) == 1
    record = AuditLog(settings.audit_db).get(records[0]["id"])
    assert "111222333" not in str(record)
    assert "UWV is al benaderd" in str(record)


def test_letter_pdf_upload_is_explained_in_the_panel(panel):

    import yaml
    from playwright.sync_api import sync_playwright

    url, _, _ = panel
    letters = LETTER_CASES
    expected = yaml.safe_load((letters / "04-uwv-ww-toekenning.yaml").read_text(encoding="utf-8"))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page()
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_role("tab", name="Brief uitleggen").click()
        page.locator("#rw-letter-file input[type=file]").set_input_files(str(letters / "04-uwv-ww-toekenning.pdf"))
        page.wait_for_timeout(1500)  # the upload finishes before the button is used
        page.locator("#rw-letter-run").click()
        page.get_by_text("Wat moet u doen?").wait_for(timeout=60_000)
        text = page.locator("#rw-letter-explanation").inner_text()
        browser.close()
    assert expected["sender"] in text and "concept" in text.lower()
    assert "bezwaar" in text.lower() and "21 april 2026" in text  # the objection deadline the engine found
