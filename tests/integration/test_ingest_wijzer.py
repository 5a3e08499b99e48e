"""The article guide (corpus/artikelwijzer): every entry cites an article and lid that exist in the law
text it was written from, its amounts are the article's, it is written in its own words, and the
loader turns each entry into a bridge chunk that cites its article."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.config import REPO_ROOT
from assistant.ingest.laws import load_law_file
from assistant.ingest.loaders import load_document
from assistant.knowledge.corpus import load_law_sources
from assistant.text.citations import ARTICLE_NUMBER, format_citation

GUIDE = REPO_ROOT / "corpus" / "artikelwijzer"
FILES = sorted(GUIDE.glob("*.yaml"))
TEN_LAWS = {"Participatiewet", "Awb", "Awir", "Wet op de huurtoeslag", "Wet kinderopvang", "Wet WIA", "Wgs",
            "Wmo 2015", "Jeugdwet", "Vreemdelingenwet 2000"}  # fmt: skip


@pytest.fixture(scope="module")
def shared_laws(shared_laws_dir) -> dict:
    """{bwb_id: LawText} of the shared law texts."""
    return {law.bwb_id: law for law in (load_law_file(f) for f in sorted(shared_laws_dir.iterdir()))}


def _guide(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_one_file_per_law_with_at_least_250_articles():
    guides = [_guide(f) for f in FILES]
    assert {g["law"] for g in guides} == TEN_LAWS
    articles = {(g["law"], str(e["article"])) for g in guides for e in g["entries"]}
    assert len(articles) >= 250, len(articles)
    known = {s.name: s.bwb_id for s in load_law_sources()}
    assert all(known[g["law"]] == g["bwb_id"] for g in guides)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_cited_article_and_lid_exists_in_the_law_text(path, shared_laws):
    guide = _guide(path)
    law = shared_laws[guide["bwb_id"]]
    assert str(guide["version"]) == law.version_date  # written from this version of the text
    missing = []
    for entry in guide["entries"]:
        article, lid = str(entry["article"]), entry.get("paragraph")
        if article not in law.articles:
            missing.append(article)
        elif lid is not None and str(lid) not in law.articles[article].paragraphs:
            missing.append(f"{article} lid {lid}")
    assert not missing, missing


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_entries_are_complete_and_in_own_words(path, shared_laws):
    guide = _guide(path)
    law = shared_laws[guide["bwb_id"]]
    law_grams = _grams(" ".join(a.text for a in law.articles.values()))
    for entry in guide["entries"]:
        where = f"{guide['law']} {entry['article']}"
        assert entry["title"].strip() and len(entry["explains"].split()) >= 12, where
        assert 3 <= len(entry["questions"]) <= 5, where
        assert entry.get("situations"), where
        grams = _grams(entry["explains"])
        assert len(grams & law_grams) <= 0.3 * len(grams), f"{where}: copied from the law text"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_amounts_and_articles_named_in_an_explanation_are_in_the_law(path, shared_laws):
    """An explanation never invents an amount or an article of its own law."""
    guide = _guide(path)
    law = shared_laws[guide["bwb_id"]]
    other_laws = [n for s in load_law_sources() if s.name != guide["law"] for n in s.all_names]
    for entry in guide["entries"]:
        text = " ".join(entry["explains"].split())
        article_text = _digits(law.articles[str(entry["article"])].text)
        for amount in re.findall(r"€\s?(\d[\d.]*(?:,\d+)?)", text):
            assert _digits(amount) in article_text, f"{guide['law']} {entry['article']}: € {amount}"
        for m in re.finditer(rf"\bartikel(?:en)?\s+({ARTICLE_NUMBER})", text):
            after = text[m.end(): m.end() + 40]
            if any(re.match(rf"\s*(?:van de |van het |uit de )?{re.escape(n)}\b", after) for n in other_laws):
                continue  # an article of another law
            assert m.group(1) in law.articles, f"{guide['law']} {entry['article']} names artikel {m.group(1)}"


def test_loader_makes_one_bridge_chunk_per_entry_citing_its_article():
    path = GUIDE / "participatiewet.yaml"
    entries = _guide(path)["entries"]
    chunks = load_document(path).chunks
    assert len(chunks) == len(entries)
    assert {c.kind for c in chunks} == {"wijzer"}
    assert len({c.id for c in chunks}) == len(chunks)
    for entry, chunk in zip(entries, chunks, strict=True):
        lid = str(entry["paragraph"]) if entry.get("paragraph") is not None else None
        citation = format_citation("Participatiewet", str(entry["article"]), lid)
        assert chunk.cites == [citation] and (chunk.article, chunk.paragraph) == (str(entry["article"]), lid)
        assert chunk.text == " ".join(entry["explains"].split())  # what ask shows next to the article
        assert all(q in chunk.search_text for q in entry["questions"])  # the professionals' words
        assert chunk.version_date == "2026-01-01"


def _grams(text: str, n: int = 7) -> set:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _digits(text: str) -> str:
    """Amounts compared by their digits: '45.000' and '45 000' are the same amount."""
    return re.sub(r"(?<=\d)[.\s](?=\d{3})", "", text)


def test_the_guide_has_no_duplicate_entries():
    for path in FILES:
        guide = _guide(path)
        keys = Counter((str(e["article"]), str(e.get("paragraph")), e["title"]) for e in guide["entries"])
        assert not [k for k, n in keys.items() if n > 1], path.name
