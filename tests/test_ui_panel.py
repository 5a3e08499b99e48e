"""The side panel in a real headless Chromium: ask a question, see the answer and its sources."""

from __future__ import annotations

import shutil
import socket

import pytest

from assistant.config import load_settings

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def panel(law_settings, law_index):
    from ui.app import build_app

    settings = load_settings(data_dir=law_settings.data_dir, index_dir=law_settings.index_path, backend="none")
    port = _free_port()
    app = build_app(settings)
    app.queue()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, share=False, inbrowser=False)
    yield f"http://127.0.0.1:{port}", app
    app.close()


def test_panel_binds_to_loopback_only(panel):
    url, app = panel
    assert url.startswith("http://127.0.0.1:")
    assert app.server_name == "127.0.0.1"


def test_panel_answers_with_sources_in_a_real_browser(panel):
    from playwright.sync_api import sync_playwright

    url, _ = panel
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
