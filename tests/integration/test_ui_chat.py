"""The panel's conversation through the service layer with a model (the Ollama-protocol test server):
the answer streams in piece by piece, and what is shown in the end is the verified answer."""

from __future__ import annotations

import pytest

from assistant.config import load_settings
from assistant.service import Workbench

QUESTION = "Mag de gemeente de bijstand verlagen als iemand niet op een afspraak komt?"
ANSWER = ("De gemeente verlaagt de bijstand als iemand zijn verplichtingen niet nakomt [1]. "
          "Als elke vorm van verwijtbaarheid ontbreekt, ziet de gemeente af van een maatregel [1].")  # fmt: skip


@pytest.fixture
def workbench(law_settings, law_index, tmp_path):
    def make(model) -> Workbench:
        settings = load_settings(data_dir=tmp_path, index_dir=law_settings.index_path, cache_root=law_settings.cache_dir,
                                 backend="ollama", ollama_host=model.server.url, chat_model=model.MODEL)  # fmt: skip
        return Workbench(settings, quiet_model=True)

    return make


def test_a_model_answer_streams_and_the_verified_answer_is_shown(workbench, served_model):
    wb = workbench(served_model(ANSWER))
    events = list(wb.chat_stream(QUESTION, []))
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "rewrite" and kinds[-1] == "reply" and kinds.count("piece") >= 5
    assert "".join(v for k, v in events if k == "piece") == ANSWER  # the pieces, as the model wrote them
    reply = events[-1][1]
    assert reply.answer.generated_by.model_output_used and reply.answer.answer.startswith("De gemeente verlaagt")
    assert not reply.warnings  # every sentence verified
    assert reply.answer.sources and not reply.rewrite.rewritten


def test_an_unverified_model_answer_is_replaced_by_the_extractive_one(workbench, served_model):
    wb = workbench(served_model("The municipality may always lower it."))  # no sources, not Dutch
    kinds_and_values = list(wb.chat_stream(QUESTION, []))
    reply = kinds_and_values[-1][1]
    assert any(k == "piece" for k, _ in kinds_and_values)  # shown while written, marked provisional by the panel
    assert not reply.answer.generated_by.model_output_used and "[1]" in reply.answer.answer
    assert any("Modeltekst niet gebruikt" in w for w in reply.warnings)


def test_one_slow_answer_does_not_hold_up_another_users_question(law_settings, law_index, tmp_path, served_model):
    """Two people ask at once while the model takes 4 s per answer: served side by side, both are
    answered in about 4 s (one after the other would take 8 s or more); each sees its verified answer."""
    import time

    from browser import chromium, field, open_page, served

    model = served_model(ANSWER)
    model.server.delay = 4.0
    settings = load_settings(data_dir=tmp_path, index_dir=law_settings.index_path, cache_root=law_settings.cache_dir,
                             backend="ollama", ollama_host=model.server.url, chat_model=model.MODEL)  # fmt: skip
    with served(settings) as (url, _), chromium() as browser:
        pages = [open_page(browser, url) for _ in range(2)]
        start = time.monotonic()
        for page in pages:
            field(page, "rw-question").fill(QUESTION)
            field(page, "rw-question").press("Enter")
        for page in pages:
            page.locator("#rw-source-chips").wait_for(state="visible", timeout=30_000)
        elapsed = time.monotonic() - start
        for page in pages:
            assert "ziet de gemeente af van een maatregel" in page.locator("#rw-chat").inner_text()
    assert elapsed < 7.5, f"two questions took {elapsed:.1f} s: they were served one after the other"
