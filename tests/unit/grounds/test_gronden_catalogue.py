"""The catalogue of maatwerk grounds (corpus/gronden): schema, required grounds, and every citation
resolving to an existing article and lid in the shared law texts (read with the law API)."""

from __future__ import annotations

import re

import pytest

from assistant.ingest.laws import load_law_file
from assistant.knowledge.corpus import OBSTACLE_KINDS, load_grounds, load_law_sources, load_sociale_kaart
from assistant.text.citations import parse_citation
from evals.sources import SHARED_LAWS_DIR

GROUNDS = load_grounds()
LAWS = load_law_sources()
REQUIRED = [
    ("Awb", "3:2"), ("Awb", "3:4"), ("Awb", "4:84"),
    ("Participatiewet", "15"), ("Participatiewet", "16"), ("Participatiewet", "18"), ("Participatiewet", "35"),
    ("Participatiewet", "52"), ("Participatiewet", "58"),
    ("Wmo 2015", "2.3.2"), ("Wmo 2015", "2.3.5"), ("Jeugdwet", "2.3"),
    ("Wgs", "3"), ("Wgs", "4"), ("Wgs", "4a"), ("Awir", "13b"), ("Awir", "47"),
]  # fmt: skip


@pytest.fixture(scope="module")
def shared_laws() -> dict:
    laws = {}
    for path in sorted(SHARED_LAWS_DIR.iterdir()):
        law = load_law_file(path)
        laws[law.name] = law
    return laws


def test_catalogue_has_the_required_grounds():
    present = {(g.law, g.article) for g in GROUNDS}
    assert [r for r in REQUIRED if r not in present] == []
    assert len(GROUNDS) >= 20


def test_awb_3_4_has_the_proportionality_lid():
    assert any(g.law == "Awb" and g.article == "3:4" and g.paragraph == "2" for g in GROUNDS)


def test_ids_are_unique_and_related_ids_exist():
    ids = [g.id for g in GROUNDS]
    assert len(ids) == len(set(ids))
    missing = [(g.id, r) for g in GROUNDS for r in g.related if r not in ids]
    assert missing == []


@pytest.mark.parametrize("ground", GROUNDS, ids=lambda g: g.id)
def test_required_fields_are_filled(ground):
    assert ground.title and len(ground.summary) > 80 and len(ground.limits) > 40
    assert ground.applies_when, "applies_when is leeg"
    assert len(ground.signals) >= 3
    assert ground.obstacle_kinds and set(ground.obstacle_kinds) <= set(OBSTACLE_KINDS)
    assert ground.organisations
    assert ground.version_note, "version_note: welke versie van de wet is gecontroleerd?"
    assert ground.law in {law.name for law in LAWS}


def test_organisations_are_sociale_kaart_ids():
    known = {o.id for o in load_sociale_kaart()}
    unknown = sorted({(g.id, o) for g in GROUNDS for o in g.organisations if o not in known})
    assert unknown == []


def test_omgekeerde_toets_law_only_for_the_four_laws():
    for g in GROUNDS:
        if g.law in ("Participatiewet", "Jeugdwet", "Wmo 2015", "Wgs"):
            assert g.omgekeerde_toets_law == g.law, g.id
        else:
            assert g.omgekeerde_toets_law is None, g.id


def test_old_shared_versions_are_recorded():
    for g in GROUNDS:
        if g.law in ("Wmo 2015", "Jeugdwet"):
            assert "2015" in g.version_note, g.id


@pytest.mark.parametrize("ground", GROUNDS, ids=lambda g: g.id)
def test_citation_parses_back_to_the_same_article(ground):
    cit = parse_citation(ground.citation, LAWS)
    assert cit is not None
    assert (cit.law, cit.article, cit.paragraph) == (ground.law, ground.article, ground.paragraph)


@pytest.mark.parametrize("ground", GROUNDS, ids=lambda g: g.id)
def test_citation_resolves_in_the_shared_law_text(ground, shared_laws):
    law = shared_laws.get(ground.law)
    assert law is not None, f"{ground.law} staat niet in {SHARED_LAWS_DIR}"
    article = law.articles.get(ground.article)
    assert article is not None, f"{ground.citation} bestaat niet in {law.source}"
    if ground.paragraph:
        assert ground.paragraph in article.paragraphs, f"{ground.citation}: lid ontbreekt"


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-zà-ÿ0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("ground", GROUNDS, ids=lambda g: g.id)
def test_summary_is_in_own_words_not_copied_law_text(ground, shared_laws):
    article = shared_laws[ground.law].articles[ground.article]
    own = " ".join((ground.summary, ground.limits, *ground.applies_when))
    shared = _ngrams(own, 8) & _ngrams(article.text, 8)
    assert not shared, f"{ground.id} neemt wettekst over: {' '.join(next(iter(shared)))}"


def test_signals_are_lower_case_dutch_phrases():
    for g in GROUNDS:
        for s in g.signals:
            assert s == s.strip() and s == s.lower(), (g.id, s)


# --- the wider catalogue (issue 13) and the checked conditions (issue 10) ------------------------------


def test_catalogue_is_wide():
    assert len(GROUNDS) >= 80
    assert {g.law for g in GROUNDS} >= {"Participatiewet", "Awb", "Awir", "Wgs", "Wmo 2015", "Jeugdwet",
                                        "Wet WIA", "Wet kinderopvang", "Wet op de huurtoeslag"}  # fmt: skip


@pytest.mark.parametrize("ground", GROUNDS, ids=lambda g: g.id)
def test_requires_and_not_when_are_checkable(ground):
    assert ground.requires, "een grond heeft minstens een vereist feit uit de casus"
    for condition in (*ground.requires, *ground.not_when):
        assert condition.fact and condition.fact == condition.fact.strip()
        for stem in condition.any_of:
            assert stem == stem.strip().lower() and len(stem) >= 2, (ground.id, stem)
            assert not stem.isdigit(), f"{ground.id}: een getal als woord ({stem}); gebruik ages"
        if condition.ages is not None:
            low, high = condition.ages
            assert (low is None or 0 <= low) and (high is None or high < 110) and (low is None or high is None or low <= high)
    assert all(c.checkable for c in ground.requires)


def test_general_norms_are_the_general_ones():
    # the Awb's general norms and each law's own general norm (Pw 18 lid 1; Awir 13b, round 6)
    assert {g.id for g in GROUNDS if g.general} == {"awb-3-2", "awb-3-4-1", "awb-3-4-2", "awb-3-46", "awb-4-84", "pw-18-1",
                                                    "awir-13b-1", "awir-13b-2"}  # fmt: skip


def test_kostendeler_age_follows_the_2026_law(shared_laws):
    """Art. 19a lid 1 (versie 2026): een kostendelende medebewoner is 27 jaar of ouder."""
    assert "27 jaar of ouder" in " ".join(shared_laws["Participatiewet"].articles["19a"].paragraphs["1"].split())
    by_id = {g.id: g for g in GROUNDS}
    assert "27 jaar" in by_id["pw-22a-4"].limits and "19a" in by_id["pw-22a-4"].limits
    for g in GROUNDS:
        text = " ".join((g.summary, g.limits, *g.applies_when))
        assert not re.search(r"medebewoners? (?:jonger dan|van) 21", text), g.id
