"""The side panel and the training room: `regiewijzer ui [--training]` builds one and serves it.

Both hold no logic: every tab calls the service layer (`assistant.service.Workbench`), the same
object the CLI uses. Privacy by default: served on 127.0.0.1; no run history in the browser, no API
page, no settings page, no footer; events are not callable through the API client; an optional
login comes from the setting ui_users (REGIEWIJZER_UI_USERS). Requests run side by side
(ui_concurrency), so one long request does not block another, and long work can be cancelled.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.service import Workbench  # noqa: E402
from ui.style import CSS  # noqa: E402

UPLOAD_HEADROOM = 5  # Gradio refuses uploads this many times the letter limit; the reader says the rest


def build_app(settings, *, training: bool = False, wb: Workbench | None = None) -> gr.Blocks:
    """The panel (four tabs), or the training room when `training`."""
    wb = wb or Workbench(settings, quiet_model=True)
    if training:
        from ui import training_app

        return training_app.build_app(wb)
    from ui import ask_tab, drafts_today, grounds_tab, header, letter_tab, triage_tab

    with gr.Blocks(title="Regiewijzer", analytics_enabled=False) as app:
        name, remembered = header.build(wb)
        with gr.Tabs(elem_id="rw-tabs"):
            ask_tab.build(wb)
            decisions = triage_tab.build(wb, name)
            decisions += letter_tab.build(wb, name)
            decisions += grounds_tab.build(wb, name)
        drafts_today.build(wb, name, decisions)
        header.wire_load(app, name, remembered)
    return app


def launch_options(wb: Workbench) -> dict:
    """The keyword arguments for `Blocks.launch` that keep the panel private."""
    return {
        "run_history": False,
        "footer_links": [],
        "auth": wb.logins(),
        "auth_message": "Log in met uw naam en wachtwoord.",
        "max_file_size": wb.settings.max_letter_bytes * UPLOAD_HEADROOM,
        "css": CSS,
        "share": False,
        "inbrowser": False,
        "show_error": True,
        "ssr_mode": False,
        "mcp_server": False,
        "quiet": True,
    }


def serve(settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True, *, training: bool = False):
    wb = Workbench(settings, quiet_model=True)
    app = build_app(settings, training=training, wb=wb)
    app.queue(default_concurrency_limit=max(1, settings.ui_concurrency), max_size=100)
    app.launch(server_name=host, server_port=port, prevent_thread_lock=not block, **launch_options(wb))
    return app
