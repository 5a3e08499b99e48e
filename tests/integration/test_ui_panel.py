"""The side panel in a real headless Chromium at side-panel width (460 px), served as `regiewijzer ui`
serves it: a conversation with a follow-up and a source, a triage decided through the form, a PDF
letter's summary card, the grounds checklist, and the privacy of the browser and the server."""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest
from browser import PANEL_WIDTH, chromium, field, open_page, screenshot_dir, served, storage

from assistant.audit.log import AuditLog
from assistant.config import load_settings
from evals.casefiles import LETTER_CASES

NAME = "Petra de Vries"
QUESTION = "Mag de gemeente de bijstand verlagen als iemand niet op een afspraak komt?"
FOLLOW_UP = "En als hij in het ziekenhuis lag?"
INTAKE = ("Mevrouw heeft een WW-aanvraag lopen bij het UWV en bijstand aangevraagd. De gemeente wacht op "
          "de beslissing van het UWV. Ze heeft geen inkomen meer. BSN 111222333.")  # fmt: skip
CASE = "Mevrouw heeft geen inkomen. De gemeente wacht met de bijstand tot het UWV over de WW heeft beslist."
STORY = ("Mevrouw kwam vandaag langs. Ze heeft een aanmaning van het CJIB gekregen en moet 20 euro betalen, "
         "maar ze heeft geen geld meer en durft haar post niet te openen.")  # fmt: skip


@pytest.fixture(scope="module")
def panel(law_settings, law_index, tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("panel-data"), index_dir=law_settings.index_path,
                             cache_root=law_settings.cache_dir, backend="none")  # fmt: skip
    with served(settings) as (url, app):
        yield url, app, settings


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return screenshot_dir(tmp_path_factory.mktemp("screenshots"))


def no_horizontal_overflow(page, selector: str) -> tuple[int, int]:
    return tuple(page.evaluate(f"() => {{ const e = document.querySelector('{selector}'); "
                               "return [e.scrollWidth, e.clientWidth]; }"))  # fmt: skip


def test_panel_is_private_by_default(panel):
    url, app, _ = panel
    assert url.startswith("http://127.0.0.1:") and app.server_name == "127.0.0.1"
    with urllib.request.urlopen(f"{url}/config", timeout=10) as response:
        config = json.load(response)
    assert config["run_history"] is False and config["footer_links"] == []
    assert {d["api_visibility"] for d in config["dependencies"]} == {"private"}  # nothing callable as an API


def test_all_four_tabs_fit_at_side_panel_width(panel, browser):
    page = open_page(browser, panel[0])
    tabs = page.get_by_role("tab")
    assert [t.inner_text().split()[-1] for t in tabs.all()] == ["Vraag", "Triage", "Brief", "Maatwerk"]
    assert all(t.is_visible() for t in tabs.all())
    assert not page.locator("#rw-tabs .overflow-menu:not(.hide)").count()
    header_height = page.evaluate("() => document.querySelector('#rw-tabs').getBoundingClientRect().top")
    assert header_height < 120  # a compact header: the tabs start high on the page
    chip = page.locator("#rw-status summary").inner_text()
    assert re.search(r"\d+ wetten · zonder taalmodel · index \d{2}-\d{2}-\d{4}", chip), chip
    page.locator("#rw-status summary").click()
    assert "Awb: versie" in page.locator("#rw-status").inner_text()
    page.context.close()


def test_a_conversation_understands_a_follow_up_and_opens_a_source(panel, browser, shots):
    page = open_page(browser, panel[0])
    question = field(page, "rw-question")
    question.fill("eerste regel")
    question.press("Shift+Enter")  # a newline, not a question
    question.type("tweede regel")
    assert question.input_value() == "eerste regel\ntweede regel"
    page.wait_for_timeout(500)
    assert "eerste regel" not in page.locator("#rw-chat").inner_text()
    question.fill(QUESTION)
    question.press("Enter")  # Enter sends
    page.locator("#rw-source-chips").wait_for(state="visible", timeout=60_000)
    question.fill(FOLLOW_UP)
    question.press("Enter")
    page.get_by_text("Opgevat als:").wait_for(timeout=60_000)
    chat = page.locator("#rw-chat").inner_text()
    assert "ziekenhuis" in chat and "bijstand" in chat.split("Opgevat als:")[1]
    assert "geen bron gevonden" not in chat.split("Opgevat als:")[1]  # the follow-up alone finds nothing
    page.locator("#rw-source-chips label").first.click()
    page.locator("#rw-source-text").wait_for(timeout=30_000)
    source = page.locator("#rw-source-text").inner_text()
    assert "versie 20" in source and "artikel" in source
    page.get_by_text("Opgevat als:").scroll_into_view_if_needed()  # the follow-up, as it was understood
    page.screenshot(path=str(shots / "panel-vraag.png"), full_page=True)
    assert QUESTION not in storage(page) and "ziekenhuis" not in storage(page)
    page.context.close()


def test_a_refusal_shows_no_unrelated_sources(panel, browser):
    page = open_page(browser, panel[0])
    field(page, "rw-question").fill("Wat voor weer wordt het morgen in Amsterdam?")
    field(page, "rw-question").press("Enter")
    page.get_by_text("geen bron gevonden").wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    assert not page.locator("#rw-source-chips").is_visible()
    page.context.close()


def test_triage_is_decided_through_the_form_and_logged_with_the_name(panel, browser, shots):
    url, _, settings = panel
    page = open_page(browser, url)
    field(page, "rw-name").fill(NAME)
    page.get_by_role("tab", name="Triage").click()
    field(page, "rw-triage-input").fill(INTAKE)
    page.locator("#rw-triage-run").click()
    page.locator("#rw-triage-result").wait_for(timeout=60_000)
    assert "Categorie" in page.locator("#rw-triage-result").inner_text()
    page.locator("#rw-triage-reject").click()  # a rejection needs a reason
    page.get_by_text("Een afwijzing vraagt een reden").wait_for(timeout=30_000)
    field(page, "rw-triage-reason").fill("oude reden die niet mag blijven staan")
    page.locator("#rw-triage-category").get_by_text("2 ·").click()
    page.locator("#rw-triage-accept").click()
    page.get_by_text("vastgelegd in het auditlog").wait_for(timeout=30_000)
    assert page.locator("#rw-triage-revise").is_visible() and not page.locator("#rw-triage-accept").is_visible()
    page.screenshot(path=str(shots / "panel-triage.png"), full_page=True)
    page.locator("#rw-triage-run").click()  # a new draft: the reason field is empty again
    page.get_by_text("Concept klaar").wait_for(timeout=60_000)
    assert field(page, "rw-triage-reason").input_value() == ""
    page.locator("#rw-today").click()
    page.locator("#rw-today-refresh").click()
    page.locator("#rw-today-table").wait_for(timeout=30_000)
    assert "geaccepteerd" in page.locator("#rw-today-table").inner_text()
    kept = storage(page)
    page.context.close()
    records = AuditLog(settings.audit_db).list(skill="triage")
    assert len(records) == 1  # only the decided draft is stored, not every run
    record = AuditLog(settings.audit_db).get(records[0]["id"])
    assert record["created_by"] == NAME and record["revisions"][0]["decided_by"] == NAME
    assert record["draft"]["category"] == 3 and record["revisions"][0]["final"]["category"] == 2
    assert "category" in record["revisions"][0]["changed_fields"]
    assert "111222333" not in json.dumps(record)
    assert "111222333" not in kept and "WW-aanvraag" not in kept  # no input in the browser's storage


def test_a_pdf_letter_shows_amount_and_deadline_in_the_summary_at_460_px(panel, browser, shots):
    page = open_page(browser, panel[0])
    page.get_by_role("tab", name="Brief").click()
    field(page, "rw-letter-input").fill("deze geplakte tekst moet wijken voor het bestand")
    page.locator("#rw-letter-file input[type=file]").set_input_files(str(LETTER_CASES / "04-uwv-ww-toekenning.pdf"))
    page.get_by_text("de geplakte tekst is gewist").wait_for(timeout=30_000)
    assert field(page, "rw-letter-input").input_value() == ""  # one input wins, visibly
    page.locator("#rw-letter-run").click()
    page.locator("#rw-letter-result").wait_for(timeout=60_000)
    summary = page.locator("#rw-letter-result .rw-card").first.inner_text()
    assert "1.847,16" in summary and "21 april 2026" in summary and "UWV" in summary
    scroll, client = no_horizontal_overflow(page, "#rw-letter-result")
    assert scroll <= client, f"the result is {scroll} px wide in a {client} px box"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PANEL_WIDTH
    assert "Bezwaar" in field(page, "rw-letter-citizen").input_value()  # the citizen's B1 text
    from gradio.utils import get_upload_folder

    assert not list(Path(get_upload_folder()).rglob("04-uwv-ww-toekenning.pdf"))  # the upload is not kept
    page.screenshot(path=str(shots / "panel-brief.png"), full_page=True)
    page.context.close()


def test_a_story_is_not_explained_as_a_letter(panel, browser):
    page = open_page(browser, panel[0])
    page.get_by_role("tab", name="Brief").click()
    field(page, "rw-letter-input").fill(STORY)
    page.locator("#rw-letter-run").click()
    page.locator("#rw-letter-doubt").wait_for(timeout=60_000)
    assert "geen afzender" in page.locator("#rw-letter-doubt").inner_text()
    assert not page.locator("#rw-letter-result").count()
    page.locator("#rw-letter-anyway").click()  # the professional may insist
    page.locator("#rw-letter-result").wait_for(timeout=60_000)
    page.context.close()


def test_grounds_are_kept_or_dropped_in_a_checklist(panel, browser, shots):
    url, _, settings = panel
    page = open_page(browser, url)
    field(page, "rw-name").fill(NAME)
    page.get_by_role("tab", name="Maatwerk").click()
    field(page, "rw-grounds-input").fill(CASE)
    page.locator("#rw-grounds-run").click()
    page.locator("#rw-grounds-result").wait_for(timeout=60_000)
    assert "geverifieerd" in page.locator("#rw-grounds-result .rw-card").first.inner_text()
    page.screenshot(path=str(shots / "panel-maatwerk.png"), full_page=True)
    boxes = page.locator("#rw-grounds-kept input[type=checkbox]")
    total = boxes.count()
    boxes.last.uncheck()
    field(page, "rw-grounds-toelichting").fill("Voorschot eerst; de rest bespreken we met de gemeente.")
    page.locator("#rw-grounds-adjust").click()
    page.get_by_text("vastgelegd in het auditlog").wait_for(timeout=30_000)
    page.context.close()
    record = AuditLog(settings.audit_db).get(AuditLog(settings.audit_db).list(skill="grounds")[0]["id"])
    final = record["revisions"][0]["final"]
    assert len(final["grounds"]) == total - 1 and final["toelichting"].startswith("Voorschot eerst")


def test_too_long_input_gets_one_clear_message(panel, browser):
    page = open_page(browser, panel[0])
    page.get_by_role("tab", name="Triage").click()
    field(page, "rw-triage-input").fill("Mevrouw heeft schulden. " * 1_000)  # 24,000 characters
    page.locator("#rw-triage-run").click()
    page.get_by_text("te lang").wait_for(timeout=30_000)
    assert not page.locator("#rw-triage-bar").is_visible()
    page.context.close()
