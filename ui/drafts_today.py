"""'Mijn concepten vandaag': the drafts the professional stored today, open and decided."""

from __future__ import annotations

from datetime import datetime

import gradio as gr

from assistant.errors import UserError
from ui.cards import esc

SKILL_NL = {"triage": "Triage", "explain_letter": "Brief", "grounds": "Maatwerk", "ask": "Vraag"}
DECISION_NL = {"accepted": "geaccepteerd", "rejected": "afgewezen", None: "open"}


def _local_time(moment: str) -> str:
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%H:%M")
    except ValueError:
        return moment[11:16]


def table(wb, name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        return "<p>Vul bovenaan uw naam in om uw concepten van vandaag te zien.</p>"
    try:
        records = wb.drafts_today(name)
    except UserError as exc:
        return f"<p>{esc(exc)}</p>"
    if not records:
        return f"<p>Nog geen opgeslagen concepten vandaag voor {esc(name)}.</p>"
    rows = "".join(
        f"<tr><td>{esc(_local_time(r['created_at']))}</td><td>{esc(SKILL_NL.get(r['skill'], r['skill']))}</td>"
        f"<td><code>{esc(r['id'])}</code></td><td>{esc(DECISION_NL.get(r.get('decision'), r.get('decision')))}"
        f"{' (herzien)' if (r.get('revision') or 0) > 1 else ''}</td></tr>"
        for r in records
    )
    return ("<table class='rw-table' id='rw-today-table'><tr><th>Tijd</th><th>Soort</th><th>Id</th>"
            f"<th>Status</th></tr>{rows}</table>")  # fmt: skip


def build(wb, name: gr.Textbox, decisions: list) -> None:
    with gr.Accordion("Mijn concepten vandaag", open=False, elem_id="rw-today"):
        shown = gr.HTML(elem_id="rw-today-list")
        refresh = gr.Button("Vernieuwen", size="sm", elem_id="rw-today-refresh")
    refresh.click(lambda who: table(wb, who), name, shown, api_visibility="private")
    for event in decisions:
        event.then(lambda who: table(wb, who), name, shown, api_visibility="private")
