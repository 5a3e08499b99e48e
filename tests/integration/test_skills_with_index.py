"""Skills against the real law index (the session-scoped `law_index` over the shared law texts):
grounds verified against the article text, triage sources from the index."""

from __future__ import annotations

import shutil

import yaml

from assistant.config import REPO_ROOT, load_settings
from assistant.features.grounds.skill import NOT_VERIFIED, propose_grounds
from assistant.features.triage.skill import triage
from assistant.ingest.laws import load_law_file
from assistant.knowledge.corpus import clear_caches
from evals.casefiles import GROUNDS_CASES, TRIAGE_CASES
from evals.sources import SHARED_LAWS_DIR

FRANK = next(c for c in yaml.safe_load((GROUNDS_CASES / "bijlage2.yaml").read_text(encoding="utf-8"))["cases"]
             if c["id"] == "frank")["text"]  # fmt: skip
FRANK_INTAKE = yaml.safe_load((TRIAGE_CASES / "report-frank.yaml").read_text(encoding="utf-8"))["text"]


def test_frank_grounds_are_verified_against_the_law_texts(law_index, law_settings):
    result = propose_grounds(FRANK, settings=law_settings, index=law_index)
    by_id = {g.id: g for g in result.grounds}
    assert {"pw-52-1", "awb-3-4-2", "awb-4-84"} <= set(by_id)
    pw = load_law_file(SHARED_LAWS_DIR / "participatiewet-BWBR0015703-2026-01-01.xml")
    awb = load_law_file(SHARED_LAWS_DIR / "awb-BWBR0005537-2024-01-01.md")
    expected = {
        "pw-52-1": pw.articles["52"].paragraphs["1"],
        "awb-3-4-2": awb.articles["3:4"].paragraphs["2"],
        "awb-4-84": awb.articles["4:84"].text,
    }
    for gid, law_text in expected.items():
        g = by_id[gid]
        assert g.verified, gid
        assert " ".join(g.source_text.split())[:80] == " ".join(law_text.split())[:80], gid
    assert all(g.verified for g in result.grounds)
    assert not any(NOT_VERIFIED in w for w in result.warnings)


def test_unindexed_law_is_shown_unverified_and_missing_article_is_dropped(law_index, law_settings, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "gronden").mkdir(parents=True)
    shutil.copy(REPO_ROOT / "corpus" / "sources.yaml", corpus / "sources.yaml")
    base = {"summary": "x" * 90, "limits": "y" * 50, "obstacle_kinds": ["acute_nood"], "organisations": ["gemeente"],
            "signals": ["geen inkomen", "aan de grond", "bijstand"], "applies_when": ["nood"]}  # fmt: skip
    entries = [
        {
            "id": "bestaat-niet",
            "law": "Participatiewet",
            "article": "999",
            "paragraph": "1",
            "title": "Verzonnen",
            **base,
        },
        {
            "id": "buiten-index",
            "law": "Zorgverzekeringswet",
            "article": "10",
            "paragraph": None,
            "title": "Zvw",
            **base,
        },
    ]
    (corpus / "gronden" / "test.yaml").write_text(
        yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8"
    )
    settings = load_settings(data_dir=law_settings.data_dir, index_dir=law_settings.index_path, corpus_dir=corpus,
                             backend="none")  # fmt: skip
    clear_caches()
    try:
        result = propose_grounds(FRANK, settings=settings, index=law_index)
    finally:
        clear_caches()
    ids = [g.id for g in result.grounds]
    assert "bestaat-niet" not in ids
    assert any("Participatiewet, artikel 999, eerste lid is weggelaten" in w for w in result.warnings)
    zvw = next(g for g in result.grounds if g.id == "buiten-index")
    assert zvw.verified is False and zvw.source_text == ""
    assert any(w == f"Zorgverzekeringswet, artikel 10: {NOT_VERIFIED}." for w in result.warnings)


def test_grondwaarden_anchors_are_verified(law_index, law_settings):
    result = propose_grounds(FRANK, settings=law_settings, index=law_index)
    values = result.omgekeerde_toets["grondwaarden"]["values"]
    pw = next(v for v in values if v["law"] == "Participatiewet")
    assert pw["anchors"] and all(a["verified"] for a in pw["anchors"])


def test_sources_come_from_the_real_index(law_index, law_settings):
    note = triage(FRANK_INTAKE, settings=law_settings, index=law_index)
    assert note.sources and note.sources[0]["id"] == 1
    assert all(s["citation"] or s["title"] for s in note.sources)
    cited = [s["citation"] for s in note.sources if s["citation"]]
    assert any(c.startswith(("Participatiewet", "Wet WIA", "Awb")) for c in cited), cited
    assert f"[1] {note.sources[0]['citation'] or note.sources[0]['title']}" in note.to_text()


def test_blind_round1_figures_with_the_real_index(law_index, law_settings):
    """Blind round 1 through the skill (retrieval and citation checks included); the set is tuned
    (see tests/unit/grounds/test_grounds_blind_round1.py for the history of the figures)."""
    from grounds_scoring import load_blind_cases, score, skill_proposer

    result = score(load_blind_cases(GROUNDS_CASES / "blind-2026-11-30"), skill_proposer(law_settings, law_index))
    assert result.top3 >= 20 and result.found >= 56 and result.wrong_cases == 0, result.summary()


def test_grounds_quote_their_facts_and_keep_the_frameworks(law_index, law_settings):
    case = ("Meneer O. (55) ontvangt een WGA-uitkering. UWV vordert € 6.000 terug, te betalen in termijnen die "
            "hem onder het bestaansminimum brengen. Hij ontvangt geen bijstand.")  # fmt: skip
    obstacle = "UWV stelt dat terugvordering wettelijk verplicht is."
    result = propose_grounds(case, obstacle=obstacle, settings=law_settings, index=law_index)
    laws = {g.law for g in result.grounds}
    assert "Wet WIA" in laws and "Participatiewet" not in laws and "Awir" not in laws
    inputs = {"casus": case, "obstakel": obstacle}
    for g in result.grounds:
        assert g.verified and g.status in ("stated", "to_check")
        stated = [f for f in g.facts if f["status"] == "stated"]
        assert stated, g.id
        for fact in stated:
            ev = fact["evidence"][0]
            assert " ".join(inputs[fact["source"]][ev["start"] : ev["end"]].split()) == ev["quote"]
    text = result.to_text()
    assert "Feiten uit de casus:" in text and '"UWV vordert € 6.000 terug' in text
    assert list(result.omgekeerde_toets) == ["gewenst_effect", "grondwaarden", "gevolgen_langere_termijn",
                                             "juridische_toets"]  # fmt: skip
    assert list(result.doorbraak) == ["doorbraak", "onderbouwing", "actieplan"]
