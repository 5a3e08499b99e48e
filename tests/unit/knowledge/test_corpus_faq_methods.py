"""corpus/faq and corpus/methoden: schema, coverage of the required topics, and every citation
checked against the real law texts in ../shared/corpus-sources/laws."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from assistant.config import REPO_ROOT
from assistant.ingest.laws import LawText, load_law_file
from assistant.ingest.loaders import load_file, split_markdown
from assistant.knowledge.corpus import load_law_sources
from assistant.text.citations import Citation, parse_citation, parse_citations
from evals.sources import SHARED_LAWS_DIR

CORPUS = REPO_ROOT / "corpus"
FAQ_FILES = sorted((CORPUS / "faq").glob("*.yaml"))
METHOD_FILES = sorted((CORPUS / "methoden").glob("*.md"))

# "Belastingdienst/Toeslagen (belastingdienst.nl)": an organisation with its official domain.
ORGANISATION = re.compile(r"^[^()]+ \((?:[a-z0-9-]+\.)+(?:nl|eu|org|com)\)$")
PHONE = re.compile(r"\b0\d{1,3}[- ]?\d{6,8}\b|\b0800\b|\b0900\b|\b088\b")
CASE_NAMES = ("Ahmed", "Suzanne", "Natalia", "Annie", "Nina", "Gerard", "Tatyana", "Bert",
              "Charlotte", "Alice", "Frank")  # fmt: skip

# Topics issue 3 requires, each as tags that must all appear on at least one entry.
REQUIRED_TOPICS = {
    "bezwaar en termijnen": {"bezwaar", "termijn"},
    "betalingsregeling toeslagen": {"toeslagen", "betalingsregeling"},
    "terugvordering toeslagen": {"toeslagen", "terugvordering"},
    "bijzondere bijstand": {"bijzondere-bijstand"},
    "voorschot bijstand bij wachten op UWV": {"voorschot", "bijstand", "uwv"},
    "kwijtschelding gemeentelijke belastingen": {"kwijtschelding", "gemeentelijke-belastingen"},
    "kwijtschelding waterschap": {"kwijtschelding", "waterschap"},
    "eerste gesprek schuldhulpverlening": {"schuldhulpverlening", "wgs", "termijn"},
    "Wmo-melding en onderzoek": {"wmo", "melding", "onderzoek"},
    "18 jaar: zorgverzekering": {"18-jaar", "zorgverzekering"},
    "18 jaar: toeslagen": {"18-jaar", "toeslagen"},
    "18 jaar: studiefinanciering": {"18-jaar", "studiefinanciering"},
    "18 jaar: jeugdhulp stopt": {"18-jaar", "jeugdhulp"},
    "DigiD machtigen": {"digid", "machtigen"},
    "overlijden en nalatenschap": {"overlijden", "nalatenschap"},
    "verhuizen": {"verhuizen"},
    "inschrijven als zzp'er": {"zzp"},
    "tijdelijke bescherming Oekraïne": {"oekraine", "tijdelijke-bescherming"},
    "beslagvrije voet": {"beslagvrije-voet"},
    "huurachterstand": {"huurachterstand"},
    "WIA-aanvraag": {"wia"},
    "dwangbevel": {"dwangbevel"},
}

REQUIRED_METHODS = ("Doorbraakmethode", "Omgekeerde Toets", "categorieën", "maatwerkbudget",
                    "stressdriehoek", "Mobility Mentoring", "Inkomenscheck", "Buddysysteem",
                    "vraag achter de vraag")  # fmt: skip


def _faq_entries() -> list[tuple[str, dict]]:
    out = []
    for path in FAQ_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: verwacht een lijst"
        out += [(path.name, e) for e in data]
    return out


FAQ = _faq_entries()


@lru_cache(maxsize=1)
def _shared_laws() -> dict[str, LawText]:
    """Law short name -> parsed shared law text (matched on BWB id)."""
    by_bwb = {law.bwb_id: law.name for law in load_law_sources()}
    out = {}
    for path in sorted(SHARED_LAWS_DIR.iterdir()):
        if path.suffix in (".xml", ".md"):
            text = load_law_file(path)
            out[by_bwb[text.bwb_id]] = text
    return out


def _check_citation(cit: Citation | None, raw: str) -> str | None:
    """None when the citation is sound, else the reason (Dutch-free: this is a test message)."""
    if cit is None or cit.law is None:
        return f"{raw!r}: no law recognised"
    if cit.law not in {law.name for law in load_law_sources()}:
        return f"{raw!r}: law {cit.law} not in sources.yaml"
    law = _shared_laws().get(cit.law)
    if law is None:
        return None  # recognised law outside the shared set: verified after `laws update`
    art = law.articles.get(cit.article)
    if art is None:
        return f"{raw!r}: {cit.law} has no article {cit.article} (version {law.version_date})"
    if cit.paragraph and cit.paragraph not in art.paragraphs:
        return f"{raw!r}: {cit.law} {cit.article} has no lid {cit.paragraph} (has {list(art.paragraphs)})"
    return None


def test_shared_law_set_is_complete():
    assert len(_shared_laws()) == 10, sorted(_shared_laws())


# --- FAQ ---------------------------------------------------------------------------------------


def test_faq_has_at_least_40_entries_with_unique_ids():
    ids = [e.get("id") for _, e in FAQ]
    assert len(ids) >= 40
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


@pytest.mark.parametrize("file,entry", FAQ, ids=[e.get("id", "?") for _, e in FAQ])
def test_faq_entry_schema(file, entry):
    for key in ("id", "question", "answer", "sources", "tags"):
        assert entry.get(key), f"{file}: {entry.get('id')} mist {key}"
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry["id"]), entry["id"]
    assert entry["question"].strip().endswith("?")
    words = len(entry["answer"].split())
    assert 40 <= words <= 150, f"{entry['id']}: {words} woorden"
    assert isinstance(entry["sources"], list) and isinstance(entry["tags"], list)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", t) for t in entry["tags"]), entry["tags"]


@pytest.mark.parametrize("file,entry", FAQ, ids=[e.get("id", "?") for _, e in FAQ])
def test_faq_sources_resolve(file, entry):
    laws = load_law_sources()
    names = {law.name for law in laws}
    problems = []
    for raw in entry["sources"]:
        if "artikel" in raw:
            cit = parse_citation(raw, laws)
            reason = _check_citation(cit, raw)
            if reason:
                problems.append(reason)
            elif str(cit) != raw:  # written in the canonical form, read back unchanged
                problems.append(f"{raw!r}: reads back as {str(cit)!r}")
        elif raw not in names and not ORGANISATION.match(raw):
            problems.append(f"{raw!r}: neither a citation, a known law nor 'Organisation (domain)'")
    assert not problems, problems


def test_every_faq_cites_a_law_or_an_organisation_and_no_phone_numbers():
    for _, e in FAQ:
        assert e["sources"], e["id"]
        assert not PHONE.search(e["answer"]), f"{e['id']}: telefoonnummer in antwoord"


def test_faq_covers_required_topics():
    tag_sets = [set(e["tags"]) for _, e in FAQ]
    missing = [topic for topic, tags in REQUIRED_TOPICS.items() if not any(tags <= s for s in tag_sets)]
    assert not missing, missing


def test_old_law_versions_are_flagged_in_answers():
    """The shared Wmo 2015 and Jeugdwet texts are 2015 versions: answers citing them say so."""
    for _, e in FAQ:
        if any(s.startswith(("Wmo 2015, artikel", "Jeugdwet, artikel")) for s in e["sources"]):
            assert re.search(r"versie (?:van )?2015", e["answer"]), e["id"]


# --- methoden ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", METHOD_FILES, ids=[p.name for p in METHOD_FILES])
def test_method_front_matter_and_sections(path: Path):
    meta, sections = split_markdown(path.read_text(encoding="utf-8"))
    assert meta.get("title") and meta.get("source") and meta.get("kind") == "methode", meta
    body = [(h, text) for h, text in sections if text]
    assert len(body) >= 2, path.name
    for heading, text in body:
        words = len(text.split())
        assert 80 <= words <= 300, f"{path.name} / {heading}: {words} woorden"


@pytest.mark.parametrize("path", METHOD_FILES, ids=[p.name for p in METHOD_FILES])
def test_method_citations_resolve(path: Path):
    _, sections = split_markdown(path.read_text(encoding="utf-8"))
    text = "\n".join(t for _, t in sections)
    citations = parse_citations(text, load_law_sources())
    problems = [r for c in citations if (r := _check_citation(c, str(c)))]
    assert not problems, problems


def test_methods_cover_required_topics_and_cite_laws():
    titles = " | ".join(split_markdown(p.read_text(encoding="utf-8"))[0]["title"] for p in METHOD_FILES)
    missing = [m for m in REQUIRED_METHODS if m.lower() not in titles.lower()]
    assert not missing, (missing, titles)
    omgekeerd = (CORPUS / "methoden" / "omgekeerde-toets.md").read_text(encoding="utf-8")
    cited = {c.law for c in parse_citations(omgekeerd, load_law_sources())}
    assert {"Participatiewet", "Jeugdwet", "Wmo 2015", "Wgs", "Awb"} <= cited, cited


def test_budget_rules_are_stated_exactly():
    text = (CORPUS / "methoden" / "maatwerkbudget-en-quick-fix.md").read_text(encoding="utf-8")
    for rule in ("€ 2.000", "€ 500", "drie teamleden akkoord", "in natura", "niet voor schulden",
                 "eenmalige, niet-structurele kosten", "geen andere voorziening"):  # fmt: skip
        assert rule in text, rule


# --- both --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", FAQ_FILES + METHOD_FILES, ids=[p.name for p in FAQ_FILES + METHOD_FILES])
def test_files_load_with_the_ingest_loader(path: Path):
    chunks, law = load_file(path)
    assert law is None and chunks
    expected = "faq" if path.suffix == ".yaml" else "methode"
    assert {c.kind for c in chunks} == {expected}


def test_no_evaluation_case_names_in_faq_or_methods():
    for path in FAQ_FILES + METHOD_FILES:
        text = path.read_text(encoding="utf-8")
        found = [n for n in CASE_NAMES if re.search(rf"\b{n}\b", text)]
        assert not found, (path.name, found)
