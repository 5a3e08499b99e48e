"""Tab 'Vraag': ask a question, see the answer and its sources."""

from __future__ import annotations

import html

import gradio as gr

from assistant.errors import UserError


def _sources_html(sources: list[dict]) -> str:
    if not sources:
        return ""
    items = []
    for s in sources:
        where = html.escape(s.get("citation") or s.get("title") or "")
        version = (
            f" <small>(versie {html.escape(s['version_date'])})</small>" if s.get("version_date") else ""
        )
        text = html.escape(s.get("text", "")[:600])
        items.append(
            f"<details class='rw-source'><summary>[{s['id']}] {where}{version}</summary><p>{text}</p></details>"
        )
    return "<div id='rw-sources'><h4>Bronnen</h4>" + "".join(items) + "</div>"


def run_ask(wb, question: str):
    """The tab's handler: (answer, sources html, warnings)."""
    try:
        wb.check_text(question, "de vraag")
        result = wb.ask(question)
    except UserError as exc:
        return f"**{html.escape(str(exc))}**", "", ""
    notes = "\n".join(f"- {html.escape(w)}" for w in result.warnings)
    label = "*Concept: controleer de bronnen voordat u dit gebruikt.*"
    return f"{result.answer}\n\n{label}", _sources_html(result.sources), notes


def build(wb) -> None:
    with gr.Tab("Vraag"):
        question = gr.Textbox(
            label="Vraag",
            placeholder="Bijv.: wanneer mag de gemeente afwijken van een beleidsregel?",
            lines=2,
            elem_id="rw-question",
        )
        ask_button = gr.Button("Vraag stellen", variant="primary", elem_id="rw-ask")
        answer = gr.Markdown(elem_id="rw-answer")
        sources = gr.HTML(elem_id="rw-sources-box")
        warnings = gr.Markdown(elem_id="rw-warnings")

        def on_ask(q: str):
            return run_ask(wb, q)

        ask_button.click(on_ask, inputs=question, outputs=[answer, sources, warnings])
        question.submit(on_ask, inputs=question, outputs=[answer, sources, warnings])
