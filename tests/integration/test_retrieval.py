"""Hybrid retrieval and citation lookup over the real law texts."""

import pytest


@pytest.mark.parametrize(
    "query, law, article",
    [
        ("artikel 4:84 Awb", "Awb", "4:84"),
        ("art. 18 Pw", "Participatiewet", "18"),
        ("Wmo 2015 2.3.5", "Wmo 2015", "2.3.5"),
        ("Awir 13b", "Awir", "13b"),
        ("wat zegt artikel 52 van de Participatiewet over een voorschot", "Participatiewet", "52"),
    ],
)
def test_exact_references_come_first(law_index, query, law, article):
    top = law_index.search(query, k=5)[0].chunk
    assert (top.law, top.article) == (law, article)


def test_lookup_returns_indexed_text_of_article_and_lid(law_index):
    res = law_index.lookup("Participatiewet artikel 52")
    assert res.found and res.version_date == "2026-01-01"
    assert "voorschot" in res.text
    lid = law_index.lookup("Awb 3:4 lid 2")
    assert lid.found and lid.paragraph == "2"
    assert "onevenredig" in lid.text and "weegt" not in lid.text  # only the second lid


def test_lookup_not_in_index(law_index):
    missing_article = law_index.lookup("Awb 99:99")
    assert not missing_article.found and missing_article.law_indexed
    missing_lid = law_index.lookup("Awb 4:84 lid 7")
    assert not missing_lid.found
    other_law = law_index.lookup("Zorgverzekeringswet artikel 2")
    assert not other_law.found and not other_law.law_indexed
    assert "niet in de index" in other_law.message
    garbage = law_index.lookup("geen verwijzing")
    assert not garbage.found


def test_hits_carry_provenance_and_one_hit_per_article(law_index):
    hits = law_index.search("voorschot op bijstand als het recht nog niet is vastgesteld", k=5)
    keys = [(h.chunk.law, h.chunk.article) for h in hits if h.chunk.kind == "wet"]
    assert len(keys) == len(set(keys))
    assert all(0 <= h.score <= 1 for h in hits)
    s = hits[0].source_dict(1)
    assert {"id", "title", "law", "article", "paragraph", "citation", "source", "score", "text"} <= set(s)


@pytest.mark.parametrize("query", ["Wat is een goed recept voor appeltaart met kaneel?",
                                   "Who won the football world cup in 1974?",
                                   "zxqv wrrpl kkjh"])
def test_weak_retrieval_is_detected(law_index, query):
    assert law_index.is_weak(law_index.search(query, k=5))


@pytest.mark.parametrize("query", ["Hoe lang is de termijn voor bezwaar tegen een besluit?",
                                   "Wanneer krijgt iemand een voorschot op de bijstand?"])
def test_relevant_questions_are_not_weak(law_index, query):
    assert not law_index.is_weak(law_index.search(query, k=5))


def _guide_questions(*laws: str) -> list[tuple[str, str, str]]:
    """(question, law, article) for every question of the article guide of these laws."""
    import yaml

    from assistant.config import REPO_ROOT

    out = []
    for path in sorted((REPO_ROOT / "corpus" / "artikelwijzer").glob("*.yaml")):
        guide = yaml.safe_load(path.read_text(encoding="utf-8"))
        if guide["law"] in laws:
            out += [(q, guide["law"], str(e["article"])) for e in guide["entries"] for q in e["questions"]]
    return out


def test_the_article_guide_bridges_to_its_article_and_is_never_a_hit(law_index, monkeypatch):
    """The guide's own questions find the article their entry cites through the bridge; without the
    guide's bridge they find it far less often. (Its own questions, so this tests the mechanism; the
    held-out sets in test_retrieval_recall.py measure what it does for unseen questions.)"""
    import assistant.retrieval.index as index_module
    from assistant.retrieval.bridge import GUIDE, KNOWLEDGE

    questions = _guide_questions("Wgs", "Wet op de huurtoeslag")[::2]
    assert len(questions) >= 40

    def found() -> int:
        count = 0
        for q, law, article in questions:
            hits = law_index.search(q, k=5)
            assert all(h.chunk.kind != "wijzer" for h in hits)
            count += (law, article) in [(h.chunk.law, h.chunk.article) for h in hits]
        return count

    with_guide = found()
    monkeypatch.setattr(index_module, "BRIDGES", (KNOWLEDGE,))
    without_guide = found()
    assert GUIDE.kinds == ("wijzer",)
    assert with_guide >= 0.85 * len(questions) and with_guide > without_guide + 0.15 * len(questions), (
        with_guide, without_guide, len(questions))


def test_explanations_of_an_article_and_a_lid(law_index):
    whole = law_index.explanations("Wmo 2015", "2.3.2")
    assert len(whole) >= 2 and {e.kind for e in whole} == {"wijzer"}
    lids = {e.paragraph for e in whole}
    one = law_index.explanations("Wmo 2015", "2.3.2", next(p for p in lids if p))
    assert one and all(e.paragraph in (None, one[0].paragraph) for e in one) and len(one) < len(whole)
    assert law_index.explanations("Awb", "99:99") == []


def test_law_versions_carry_their_date_and_warn_when_older_than_a_year(law_index):
    from datetime import date

    versions = {v["name"]: v for v in law_index.law_versions(today=date(2026, 11, 30))}
    assert len(versions) == 10
    wmo, pw = versions["Wmo 2015"], versions["Participatiewet"]
    assert wmo["version_date"] == "2015-01-05" and wmo["outdated"]
    assert "Wmo 2015: versie van 2015-01-05 is ouder dan een jaar" in wmo["warning"]
    assert "niet nagekeken" in wmo["warning"]  # read from a file, never confirmed by the repository
    assert pw["version_date"] == "2026-01-01" and not pw["outdated"] and pw["warning"] is None
    assert law_index.version_warning("Participatiewet", today=date(2027, 1, 2))  # a year later it warns
