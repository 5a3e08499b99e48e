"""The compact header: product name, one status chip (details on click) and the professional's name.

The name is remembered in the browser (gr.BrowserState: the name only, never any input) and is
stored with each decision. With a login (REGIEWIJZER_UI_USERS), the login name is the default.
"""

from __future__ import annotations

from datetime import date

import gradio as gr

from assistant.errors import UserError
from ui.cards import esc
from ui.letter_card import dutch_date

OLD_LAW_DAYS = 365


def _age_days(iso: str | None) -> int:
    try:
        return (date.today() - date.fromisoformat(str(iso)[:10])).days
    except ValueError:
        return 0


def _short_date(iso: str | None) -> str:
    """'2026-11-30' -> '30-11-2026'."""
    parts = str(iso or "")[:10].split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else "onbekend"


def status_chip(wb) -> str:
    """One line (laws, model, index date) that opens to the details."""
    try:
        status = wb.status()
    except UserError as exc:
        return f'<details class="rw-chip" id="rw-status"><summary>⚠ status onbekend</summary>{esc(exc)}</details>'
    laws, index, model = status["laws"], status["index"], status["model"]
    model_text = f"{model['model']} ({model['backend']})" if model else "zonder taalmodel"
    if index is None:
        line = f"⚠ geen index · {model_text}"
        body = f"<p>{esc(status['index_problem'] or 'Er is nog geen index.')}</p>"
    else:
        line = f"{len(laws)} wetten · {model_text} · index {_short_date(index.get('built'))}"
        items = []
        for law in laws:
            old = _age_days(law.get("version_date")) > OLD_LAW_DAYS
            warn = ' <span class="rw-warn">(ouder dan een jaar: kijk of er een nieuwere versie is)</span>' if old else ""
            items.append(f"<li>{esc(law['name'])}: versie {esc(dutch_date(law.get('version_date')))}{warn}</li>")
        body = (f"<ul>{''.join(items) or '<li>Nog geen wetteksten in de index.</li>'}</ul>"
                f"<p>Index: {esc(index['chunks'])} stukken, bijgewerkt {esc(dutch_date(index.get('built')))}.<br>"
                f"Taalmodel: {esc(model_text)}. Alles blijft op deze computer.</p>")  # fmt: skip
    return f'<details class="rw-chip" id="rw-status"><summary>● {esc(line)}</summary>{body}</details>'


def _load(stored: str, request: gr.Request):
    """The remembered name, else the login name; nothing (a name typed meanwhile stays) without either."""
    login = getattr(request, "username", None) if request else None
    return stored or login or gr.skip()


def _clean(value: str) -> str:
    return " ".join((value or "").split())


def build(wb) -> tuple[gr.Textbox, gr.BrowserState]:
    """The header; returns the name field and where the browser remembers it."""
    remembered = gr.BrowserState("", storage_key="regiewijzer-naam")
    with gr.Row(elem_id="rw-header", equal_height=True):
        gr.HTML("<h1>Regiewijzer</h1>", elem_id="rw-title", min_width=100, scale=1)
        name = gr.Textbox(placeholder="Uw naam (voor het auditlog)", show_label=False, elem_id="rw-name", scale=1,
                          min_width=150, max_lines=1, container=False)  # fmt: skip
    gr.HTML(status_chip(wb), elem_id="rw-status-box")
    name.blur(_clean, name, remembered, api_visibility="private")
    name.submit(_clean, name, remembered, api_visibility="private")
    return name, remembered


def wire_load(app: gr.Blocks, name: gr.Textbox, remembered: gr.BrowserState) -> None:
    """On page load the remembered name (or the login name) fills the name field."""
    app.load(_load, [remembered], [name], api_visibility="private")
