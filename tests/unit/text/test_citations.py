"""Citation parsing and formatting (pure)."""

import pytest

from assistant.knowledge.corpus import load_law_sources
from assistant.text.citations import format_citation, parse_citation, parse_citations

LAWS = load_law_sources()


@pytest.mark.parametrize(
    "text, law, article, paragraph",
    [
        ("Participatiewet artikel 52", "Participatiewet", "52", None),
        ("Awb 3:4 lid 2", "Awb", "3:4", "2"),
        ("art. 18 Pw", "Participatiewet", "18", None),
        ("artikel 4:84 Awb", "Awb", "4:84", None),
        ("Wmo 2015 2.3.5", "Wmo 2015", "2.3.5", None),
        ("Participatiewet, artikel 18, eerste lid", "Participatiewet", "18", "1"),
        ("artikel 3:4, tweede lid, van de Algemene wet bestuursrecht", "Awb", "3:4", "2"),
        ("art. 13b Awir", "Awir", "13b", None),
        ("Wgs artikel 4a", "Wgs", "4a", None),
        ("artikel 2.3 Jeugdwet", "Jeugdwet", "2.3", None),
        ("Awb, artikel 6:7", "Awb", "6:7", None),
    ],
)
def test_parse_citation(text, law, article, paragraph):
    c = parse_citation(text, LAWS)
    assert (c.law, c.article, c.paragraph) == (law, article, paragraph)


def test_the_year_in_a_law_name_is_not_an_article():
    found = parse_citations("Volgens de Wmo 2015 moet de gemeente onderzoek doen (artikel 2.3.2).", LAWS)
    assert [(c.law, c.article) for c in found] == [("Wmo 2015", "2.3.2")]


def test_amounts_and_dates_are_not_citations():
    assert parse_citations("Betaal € 1.236,00 voor 12-03-2026 aan de Belastingdienst.", LAWS) == []


def test_article_without_a_law_has_no_law():
    assert parse_citation("zie artikel 12", LAWS).law is None


def test_format_citation():
    assert format_citation("Participatiewet", "18", "1") == "Participatiewet, artikel 18, eerste lid"
    assert format_citation("Awb", "4:84") == "Awb, artikel 4:84"
