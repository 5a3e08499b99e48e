"""The training room in a real headless Chromium with three browser contexts (trainer and two buddies):
neither buddy sees the other's answer before the reveal; afterwards all three see both answers and
Regiewijzer's draft side by side, the export is Markdown, and the overview says where they differed."""

from __future__ import annotations

import pytest
from browser import chromium, field, open_page, screenshot_dir, served, storage

from assistant.config import load_settings
from assistant.service import Workbench

ANNA_STEP = "Anna-stap: de huisarts vragen naar traumazorg"
BRAM_STEP = "Bram-stap: het UWV bellen over werk"


@pytest.fixture(scope="module")
def room(law_settings, law_index, tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("training-data"), index_dir=law_settings.index_path,
                             cache_root=law_settings.cache_dir, backend="none")  # fmt: skip
    with served(settings, training=True) as (url, _):
        yield url, settings


def join(browser, url: str, name: str, code: str):
    page = open_page(browser, url)
    page.get_by_role("tab", name="Deelnemer").click()
    field(page, "rw-bd-name").fill(name)
    field(page, "rw-bd-code").fill(code.lower())  # typed as heard: case and dash do not matter
    page.locator("#rw-bd-join").click()
    page.locator("#rw-training-case").wait_for(timeout=30_000)
    return page


def test_a_buddy_session_hides_answers_until_the_reveal(room, tmp_path_factory):
    url, settings = room
    shots = screenshot_dir(tmp_path_factory.mktemp("screenshots"))
    with chromium() as browser:
        trainer = open_page(browser, url)
        field(trainer, "rw-tr-name").fill("Tineke")
        trainer.locator("#rw-tr-case input").click()
        trainer.get_by_role("option", name="Casus Ahmed").click()
        trainer.locator("#rw-tr-preview #rw-training-case").wait_for(timeout=30_000)
        assert "Bijlage 2" in trainer.locator("#rw-tr-preview").inner_text()  # the source is named
        trainer.locator("#rw-tr-start").click()
        trainer.locator("#rw-training-code").wait_for(timeout=60_000)
        code = trainer.locator("#rw-training-code").inner_text().strip()
        anna, bram = join(browser, url, "Anna", code), join(browser, url, "Bram", code)

        anna.locator("#rw-bd-category").get_by_text("2 ·").click()
        field(anna, "rw-bd-steps").fill(ANNA_STEP)
        anna.locator("#rw-bd-hand-in").click()
        anna.locator("#rw-training-own").wait_for(timeout=30_000)
        bram.wait_for_timeout(3_000)  # several polls of the other pages
        trainer.wait_for_timeout(1_000)
        assert "ingeleverd" in trainer.locator("#rw-training-progress").inner_text()
        for page in (bram, trainer):
            assert "Anna-stap" not in page.content()  # nobody sees Anna's answer before the reveal
            assert not page.locator("#rw-training-comparison").count()
        bram.screenshot(path=str(shots / "training-deelnemer.png"), full_page=True)

        bram.locator("#rw-bd-category").get_by_text("3 ·").click()
        bram.locator("#rw-bd-urgent").click()
        field(bram, "rw-bd-steps").fill(BRAM_STEP)
        bram.locator("#rw-bd-hand-in").click()  # both handed in: revealed to everyone
        for page in (anna, bram, trainer):
            page.locator("#rw-training-comparison").wait_for(timeout=30_000)
            text = page.locator("#rw-training-comparison").inner_text()
            assert "Anna-stap" in text and "Bram-stap" in text and "Regiewijzer" in text
            assert "verschil" in text and "Om te bespreken" in text and "Bron: Verslag" in text
        assert "Anna-stap" not in storage(anna) and "Anna-stap" not in storage(trainer)

        trainer.set_viewport_size({"width": 900, "height": 900})
        trainer.screenshot(path=str(shots / "training-trainer.png"), full_page=True)
        trainer.locator("#rw-tr-export").click()
        trainer.locator("#rw-tr-export-text textarea").wait_for(timeout=30_000)
        exported = trainer.locator("#rw-tr-export-text textarea").input_value()
        assert exported.startswith("# Trainingssessie") and "| Categorie (**verschil**) |" in exported

        trainer.get_by_role("tab", name="Overzicht").click()
        trainer.locator("#rw-ov-refresh").click()
        trainer.locator("#rw-training-sessions").wait_for(timeout=30_000)
        overview = trainer.locator(".rw-result").last.inner_text()
        assert "Casus Ahmed" in overview and "Categorie: in 1 sessie(s) verschillend" in overview
    sessions = Workbench(settings).training().overview()["sessions"]
    assert len(sessions) == 1 and sessions[0]["revealed"] and sessions[0]["buddies"] == ["Anna", "Bram"]
