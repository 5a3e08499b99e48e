"""Law texts: BWB XML and both Markdown styles, per article and lid, article numbers kept exactly."""

import pytest

from assistant.ingest.chunking import law_chunks
from assistant.ingest.laws import LawParseError, load_law_file


def _law(shared_laws_dir, prefix):
    return load_law_file(next(shared_laws_dir.glob(prefix + "*")))


def test_all_ten_law_files_parse(shared_laws_dir):
    files = sorted(shared_laws_dir.iterdir())
    assert len(files) == 10
    for f in files:
        law = load_law_file(f)
        assert law.bwb_id and law.bwb_id.startswith("BWBR"), f
        assert law.version_date and len(law.articles) >= 10, f


def test_bwb_xml_articles_leden_and_titles(shared_laws_dir):
    pw = _law(shared_laws_dir, "participatiewet")
    assert (pw.name, pw.bwb_id, pw.version_date) == ("Participatiewet", "BWBR0015703", "2026-01-01")
    art = pw.articles["52"]
    assert art.title == "Voorschot"
    assert "renteloze geldlening" in art.paragraphs["1"]
    assert "\n a." in art.paragraphs["1"] or "\na." in art.paragraphs["1"]  # list items keep their own line
    awir = _law(shared_laws_dir, "awir")
    assert "13b" in awir.articles and "Dienst Toeslagen" in awir.articles["13b"].text


def test_repealed_articles_are_skipped(shared_laws_dir):
    pw = _law(shared_laws_dir, "participatiewet")
    assert all("vervallen" not in a.text[:20].lower() for a in pw.articles.values())


def test_markdown_styles_and_article_numbers(shared_laws_dir):
    awb = _law(shared_laws_dir, "awb")
    assert {"4:84", "3:4", "6:7", "1:1"} <= set(awb.articles)
    assert list(awb.articles["3:4"].paragraphs) == ["1", "2"]
    assert "onevenredig" in awb.articles["4:84"].text
    wmo = _law(shared_laws_dir, "wmo-2015")  # "### Artikel  2.3.5" style with an HTML meta line
    assert wmo.name == "Wmo 2015" and wmo.version_date == "2015-01-05"
    assert "2.3.5" in wmo.articles and len(wmo.articles["2.3.2"].paragraphs) == 9
    wgs = _law(shared_laws_dir, "wgs")  # leden as "1 De ..." without a dot
    assert {"1", "3", "4", "4a"} <= set(wgs.articles)
    assert "vier weken" in wgs.articles["4"].paragraphs["1"]


def test_wrapped_line_starting_with_a_number_is_not_a_new_lid(tmp_path):
    f = tmp_path / "wet-BWBR0000001-2020-01-01.md"
    f.write_text("## Artikel 1\n\n1. De termijn eindigt op\n1 januari van elk jaar.\n\n2. Tweede lid.\n\n"
                 "## Artikel 2\n\nTekst.\n\n## Artikel 3\n\nMeer.\n", encoding="utf-8")
    law = load_law_file(f)
    assert list(law.articles["1"].paragraphs) == ["1", "2"]
    assert "1 januari" in law.articles["1"].paragraphs["1"]


def test_chunks_carry_provenance(shared_laws_dir):
    chunks = law_chunks(_law(shared_laws_dir, "participatiewet"))
    c = next(c for c in chunks if c.article == "18" and c.paragraph == "1")
    assert c.citation == "Participatiewet, artikel 18, eerste lid"
    assert (c.kind, c.bwb_id, c.version_date) == ("wet", "BWBR0015703", "2026-01-01")
    assert c.search_text.startswith("Participatiewet, artikel 18 Afstemming")


def test_unsafe_xml_entities_are_refused(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    "<toestand>&b;</toestand>", encoding="utf-8")
    with pytest.raises(LawParseError):
        load_law_file(bomb)
