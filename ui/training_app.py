"""The training room (`regiewijzer ui --training`): buddy learning on practice cases.

A trainer starts a session on a practice case and gets a short code; two buddies join with it and
each answer alone; after the reveal all three see both answers and Regiewijzer's draft side by
side, with discussion questions from the report. The overview lists the sessions and where the
answers differed most. Who may see what is decided by the service layer's training room.
"""

from __future__ import annotations

import gradio as gr

from ui import training_buddy, training_trainer
from ui import training_view as V


def build_app(wb) -> gr.Blocks:
    room = wb.training()
    with gr.Blocks(title="Regiewijzer · Trainingsruimte", analytics_enabled=False) as app:
        gr.HTML("<h1 style='font-size:1.15rem;margin:0'>Regiewijzer · Trainingsruimte</h1>"
                "<p style='margin:2px 0'>Oefenen met een buddy: ieder vult eerst alleen in, daarna vergelijkt u "
                "met elkaar en met Regiewijzer.</p>")  # fmt: skip
        with gr.Tabs(elem_id="rw-training-tabs"):
            training_trainer.build(room)
            training_buddy.build(room)
            with gr.Tab("Overzicht", id="overview", elem_id="rw-tab-overview"):
                refresh = gr.Button("Vernieuwen", size="sm", elem_id="rw-ov-refresh")
                shown = gr.HTML(elem_id="rw-ov-list")
        refresh.click(lambda: V.overview_html(room.overview()), None, shown, api_visibility="private")
    return app
