"""corpus/glossary.yaml: enough terms, the required ones, plain meanings, and detection in letters."""

from __future__ import annotations

from collections import Counter

from assistant.features.letters.template import difficult_words
from assistant.knowledge.corpus import load_glossary
from assistant.text.readability import measure

REQUIRED = [
    "beschikking", "bezwaar", "terugvordering", "voorschot", "toetsingsinkomen", "verrekenen",
    "dwangbevel", "beslag", "aanslag", "aanmaning", "betalingsregeling", "kwijtschelding",
    "invorderingsrente", "beslagvrije voet", "inlichtingenplicht", "bruto", "netto", "termijn",
]  # fmt: skip


def test_size_and_required_terms():
    terms = load_glossary()
    assert len(terms) >= 150
    names = {t.term.lower() for t in terms}
    assert not [r for r in REQUIRED if r not in names]


def test_terms_and_variants_are_unique():
    forms = Counter(f.lower() for t in load_glossary() for f in (t.term, *t.variants))
    assert [f for f, n in forms.items() if n > 1] == []


def test_meanings_are_plain_b1():
    terms = load_glossary()
    for t in terms:
        assert t.meaning.endswith("."), t.term
        assert len(t.meaning.split()) <= 30, t.term
    r = measure("\n".join(t.meaning for t in terms))
    assert r.meets_b1, r


def test_detection_finds_terms_and_variants_in_order():
    text = "Wij hebben een voorschotbeschikking gestuurd. U kunt bezwaar maken. Er volgt beslaglegging."
    found = [w for w, _ in difficult_words(text, load_glossary())]
    assert found == ["beschikking", "bezwaar", "beslag"]
