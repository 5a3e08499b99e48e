"""ragas' model-judged metrics with a judge served over the real Ollama protocol (the test server),
passed explicitly as llm= and embeddings=; Dutch-aware prompts; one clear message per case when the
judge fails; and nothing connects anywhere but this machine (a socket audit hook watches)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml
from ollama_server import OllamaTestServer, unused_url

from assistant.config import load_settings
from assistant.errors import UserError
from assistant.service import Workbench
from evals.casefiles import CASES_DIR

JUDGE = "qwen2.5:7b-instruct"
CONNECTIONS: list[tuple[str, object]] = []
WATCHING = {"on": False}


def _audit(event: str, args) -> None:
    if WATCHING["on"] and event in ("socket.connect", "socket.getaddrinfo"):
        CONNECTIONS.append((event, args[1] if event == "socket.connect" else args[0]))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only while WATCHING is on


def judge_reply(body: dict) -> str:
    """What a judge answers to each ragas prompt (found by the prompt's instruction)."""
    text = " ".join(m["content"] for m in body.get("messages", []))
    if "analyze the complexity of each sentence" in text:
        return json.dumps({"statements": ["De gemeente moet een voorschot geven.", "Dat is een lening."]})
    if "judge the faithfulness" in text:
        return json.dumps({"statements": [
            {"statement": "De gemeente moet een voorschot geven.", "reason": "staat in bron 1", "verdict": 1},
            {"statement": "Dat is een lening.", "reason": "staat er niet", "verdict": 0}]})  # fmt: skip
    if "Generate a question for the given answer" in text:
        return json.dumps({"question": "Moet de gemeente een voorschot geven?", "noncommittal": 0})
    if "verify if the context was useful" in text:
        return json.dumps({"reason": "de bron beantwoordt de vraag", "verdict": 1})
    if "can be attributed to the given context" in text:
        return json.dumps({"classifications": [{"statement": "x", "reason": "staat in de bron", "attributed": 1}]})
    return "{}"


@pytest.fixture(scope="module")
def ask_cases(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ask-cases")
    data = yaml.safe_load((CASES_DIR / "ask" / "blind-2026-11-30.yaml").read_text(encoding="utf-8"))
    keep = [q for q in data["questions"] if q.get("reference")][:2]
    (root / "ask").mkdir()
    (root / "ask" / "set.yaml").write_text(yaml.safe_dump(
        {"source": "law texts", "written": "2026-11-30", "held_out": True, "questions": keep}, allow_unicode=True),
        encoding="utf-8")  # fmt: skip
    return root


def run_with_judge(law_settings, cases: Path, url: str, tmp_path: Path, timeout: float = 60.0):
    wb = Workbench(load_settings(backend="none"))
    return wb.run_eval(suites=("ask",), cases_dir=cases, index_dir=law_settings.index_path, judge=JUDGE,
                       judge_host=url, judge_timeout=timeout, use_baseline=False, progress=False,
                       results=tmp_path / "run.json")  # fmt: skip


def test_judge_metrics_run_against_a_local_judge_and_nothing_else_is_contacted(law_index, law_settings, ask_cases,
                                                                                tmp_path):  # fmt: skip
    with OllamaTestServer(reply=judge_reply) as server:
        CONNECTIONS.clear()
        WATCHING["on"] = True
        try:
            outcome = run_with_judge(law_settings, ask_cases, server.url, tmp_path)
        finally:
            WATCHING["on"] = False
        requests, port = list(server.requests), int(server.url.rsplit(":", 1)[1])
    metrics = outcome.results["metrics"]
    for name in ("ragas_faithfulness", "ragas_response_relevancy", "ragas_llm_context_precision",
                 "ragas_llm_context_recall", "ragas_context_precision", "ragas_id_context_recall"):  # fmt: skip
        assert metrics[name]["groups"]["held_out"]["cases"] == 2, name
    assert metrics["ragas_faithfulness"]["groups"]["all"]["value"] == pytest.approx(0.5)
    assert metrics["ragas_llm_context_recall"]["groups"]["all"]["value"] == pytest.approx(1.0)
    assert outcome.results["run"]["judge"]["model"] == JUDGE
    chats = [r.body for r in requests if r.path == "/api/chat"]
    assert chats and all(b["model"] == JUDGE for b in chats)
    assert all("in Dutch (Nederlands)" in " ".join(m["content"] for m in b["messages"]) for b in chats)
    assert any(r.path == "/api/embed" for r in requests)  # response relevancy used the judge's embeddings
    hosts = {(a[0] if isinstance(a, tuple) else a) for event, a in CONNECTIONS}
    assert CONNECTIONS and hosts <= {"127.0.0.1", "localhost"}, CONNECTIONS
    assert any(isinstance(a, tuple) and a[1] == port for _, a in CONNECTIONS)


def test_a_judge_that_answers_nonsense_or_too_late_gives_one_message_per_case(law_index, law_settings, ask_cases,
                                                                               tmp_path):  # fmt: skip
    with OllamaTestServer(reply="dit is geen json") as server:
        outcome = run_with_judge(law_settings, ask_cases, server.url, tmp_path)
    notes = [c["scores"]["ragas_faithfulness"].get("note", "") for c in outcome.results["cases"]]
    assert notes and all("niet te lezen" in n or "faalde" in n for n in notes), notes
    assert outcome.results["metrics"].get("ragas_faithfulness") is None  # nothing scored, nothing averaged
    assert outcome.results["metrics"]["ragas_id_context_recall"]["groups"]["all"]["cases"] == 2  # the rest ran
    with OllamaTestServer(reply=judge_reply, delay=3.0) as slow:
        outcome = run_with_judge(law_settings, ask_cases, slow.url, tmp_path, timeout=1.0)
    notes = [c["scores"]["ragas_faithfulness"].get("note", "") for c in outcome.results["cases"]]
    assert all("binnen 1 s geen antwoord" in n for n in notes), notes


def test_a_missing_judge_stops_before_any_case_with_what_to_do(law_settings, ask_cases, tmp_path):
    with pytest.raises(UserError, match="niet bereikbaar"):
        run_with_judge(law_settings, ask_cases, unused_url(), tmp_path)
    with OllamaTestServer(models={"iets-anders"}) as server, pytest.raises(UserError, match="ollama pull"):
        run_with_judge(law_settings, ask_cases, server.url, tmp_path)


def test_a_run_with_a_model_records_backend_and_model(law_index, law_settings, tmp_path):
    cases = tmp_path / "cases" / "triage"
    cases.mkdir(parents=True)
    (cases / "frank.yaml").write_text((CASES_DIR / "triage" / "report-frank.yaml").read_text(encoding="utf-8"),
                                      encoding="utf-8")  # fmt: skip
    with OllamaTestServer(reply="Dit is geen geldige notitie.") as server:
        wb = Workbench(load_settings(backend="ollama", ollama_host=server.url, chat_model=JUDGE))
        outcome = wb.run_eval(suites=("triage",), cases_dir=tmp_path / "cases", index_dir=law_settings.index_path,
                              use_baseline=False, progress=False, results=tmp_path / "run.json")  # fmt: skip
        asked = [r.path for r in server.requests]
    run = outcome.results["run"]
    assert (run["backend"], run["model"]) == ("ollama", JUDGE) and "/api/chat" in asked
    frank = outcome.results["cases"][0]
    assert frank["output"]["generated_by"]["model"] == JUDGE
    assert frank["output"]["generated_by"]["model_output_used"] is False  # the verifier rejected the nonsense
    assert frank["passed"]  # the engine's facts stand
