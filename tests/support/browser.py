"""A real headless Chromium (Debian's, driven by Python playwright) and a panel served by the test.

Waiting for 'networkidle' never ends on a Gradio page (it keeps a connection open): wait for 'load'
and then for the element you need. Screenshots go to $REGIEWIJZER_SCREENSHOTS when it is set (the
committed ones: REGIEWIJZER_SCREENSHOTS=docs/screenshots), else to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import socket
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]  # fmt: skip
PANEL_WIDTH = 460


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(settings, *, training: bool = False):
    """The panel (or the training room) served on loopback exactly as `regiewijzer ui` serves it."""
    from ui.app import serve

    port = free_port()
    app = serve(settings, host="127.0.0.1", port=port, block=False, training=training)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        app.close()


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser, url: str, width: int = PANEL_WIDTH, height: int = 900):
    """A page in its own browser context (its own localStorage), loaded and ready."""
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    page.goto(url, wait_until="load")
    page.get_by_role("tab").first.wait_for(timeout=30_000)  # both apps open on tabs
    page.wait_for_timeout(1_000)  # the page's load events (remembered name) have run
    return page


def field(page, elem_id: str):
    """The text input or textarea inside a Gradio Textbox."""
    return page.locator(f"#{elem_id} textarea, #{elem_id} input").first


def screenshot_dir(fallback: Path) -> Path:
    folder = Path(os.environ.get("REGIEWIJZER_SCREENSHOTS") or fallback)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def storage(page) -> str:
    """Everything the page keeps in the browser's storage, as one string."""
    return page.evaluate("() => JSON.stringify({local: {...localStorage}, session: {...sessionStorage}})")
