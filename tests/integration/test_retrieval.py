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
