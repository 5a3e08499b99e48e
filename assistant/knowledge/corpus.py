"""Loads the structured knowledge shipped in corpus/ (YAML) into plain dataclasses.

The domain engine receives these objects as arguments and never reads files itself.
Schemas are documented in docs/architecture.md and checked by tests/test_corpus_schema.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.config import REPO_ROOT


class CorpusError(ValueError):
    """A corpus file is missing or does not follow its schema."""


def _read_yaml(path: Path) -> object:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise CorpusError(f"Bestand ontbreekt: {path}") from exc
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path} is geen geldige YAML: {exc}") from exc


def _entries(folder_or_file: Path) -> list[tuple[Path, dict]]:
    """All mapping entries of a YAML file, or of every *.yaml in a folder (sorted)."""
    files = sorted(folder_or_file.glob("*.yaml")) if folder_or_file.is_dir() else [folder_or_file]
    out: list[tuple[Path, dict]] = []
    for path in files:
        data = _read_yaml(path)
        if isinstance(data, dict) and "entries" in data:
            data = data["entries"]
        if not isinstance(data, list):
            raise CorpusError(f"{path}: verwacht een lijst met items")
        for item in data:
            if not isinstance(item, dict):
                raise CorpusError(f"{path}: elk item moet een mapping zijn, niet {item!r}")
            out.append((path, item))
    return out


def _require(path: Path, item: dict, keys: tuple[str, ...]) -> None:
    missing = [k for k in keys if not item.get(k)]
    if missing:
        raise CorpusError(f"{path}: item {item.get('id') or item.get('name')!r} mist {', '.join(missing)}")


# --- laws (corpus/sources.yaml) -------------------------------------------------------------


@dataclass(frozen=True)
class LawSource:
    bwb_id: str
    name: str  # short citation name used in citations: "Participatiewet", "Awb", "Wmo 2015"
    title: str  # official full title
    abbreviations: tuple[str, ...] = ()
    url: str = ""

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, self.title, *self.abbreviations)


@lru_cache(maxsize=8)
def load_law_sources(corpus_dir: Path = REPO_ROOT / "corpus") -> tuple[LawSource, ...]:
    data = _read_yaml(Path(corpus_dir) / "sources.yaml")
    laws = data.get("laws") if isinstance(data, dict) else None
    if not isinstance(laws, list):
        raise CorpusError("corpus/sources.yaml: verwacht een sleutel 'laws' met een lijst")
    out = []
    for item in laws:
        _require(Path("sources.yaml"), item, ("bwb_id", "name", "title"))
        out.append(
            LawSource(
                bwb_id=item["bwb_id"],
                name=item["name"],
                title=item["title"],
                abbreviations=tuple(item.get("abbreviations") or ()),
                url=item.get("url") or f"https://wetten.overheid.nl/{item['bwb_id']}",
            )
        )
    return tuple(out)


# --- sociale kaart (corpus/sociale-kaart/*.yaml) --------------------------------------------


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    full_name: str
    kind: str  # rijk | uitvoeringsorganisatie | gemeente | rechtspraak | maatschappelijk | zorg | privaat
    government: bool  # a government organisation in the triage sense (counts for categorie)
    aliases: tuple[str, ...]  # names and abbreviations as they appear in free text
    schemes: tuple[str, ...]  # benefits, schemes and laws that imply this organisation
    description: str
    laws: tuple[str, ...]
    refer_when: str
    depends_on: tuple[str, ...]  # ids of organisations it typically depends on
    website: str  # official domain only, e.g. "uwv.nl"
    letter_markers: tuple[str, ...] = ()  # letterhead/signature phrases for sender detection


@lru_cache(maxsize=8)
def load_sociale_kaart(corpus_dir: Path = REPO_ROOT / "corpus") -> tuple[Organisation, ...]:
    out = []
    for path, item in _entries(Path(corpus_dir) / "sociale-kaart"):
        _require(path, item, ("id", "name", "kind", "aliases", "description", "refer_when", "website"))
        out.append(
            Organisation(
                id=item["id"],
                name=item["name"],
                full_name=item.get("full_name") or item["name"],
                kind=item["kind"],
                government=bool(item.get("government", False)),
                aliases=tuple(item.get("aliases") or ()),
                schemes=tuple(item.get("schemes") or ()),
                description=item["description"].strip(),
                laws=tuple(item.get("laws") or ()),
                refer_when=item["refer_when"].strip(),
                depends_on=tuple(item.get("depends_on") or ()),
                website=item["website"],
                letter_markers=tuple(item.get("letter_markers") or ()),
            )
        )
    return tuple(out)


# --- glossary (corpus/glossary.yaml) ---------------------------------------------------------


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str  # plain Dutch (B1)
    variants: tuple[str, ...] = ()  # inflections/spellings to detect, e.g. "beschikkingen"


@lru_cache(maxsize=8)
def load_glossary(corpus_dir: Path = REPO_ROOT / "corpus") -> tuple[Term, ...]:
    out = []
    for path, item in _entries(Path(corpus_dir) / "glossary.yaml"):
        _require(path, item, ("term", "meaning"))
        out.append(Term(item["term"], item["meaning"].strip(), tuple(item.get("variants") or ())))
    return tuple(out)


# --- maatwerk grounds (corpus/gronden/*.yaml) ------------------------------------------------


OBSTACLE_KINDS = (
    "wachten_op_andere_organisatie",  # one organisation waits for / depends on another
    "onevenredig",  # a rule works out disproportionately for this person
    "acute_nood",  # no income, eviction, cut-off: acute need
    "beleidsregel",  # a policy rule stands in the way
    "schulden",  # debts, beslag, terugvordering
    "categorale_uitsluiting",  # categorically excluded (age, status, group)
)


@dataclass(frozen=True)
class Condition:
    """A fact in words and what shows it in a case text: word stems (`any_of`) and/or an age range
    (`ages`, inclusive; None is open). Neither: a `not_when` in words only, which the professional
    checks and the engine cannot."""

    fact: str
    any_of: tuple[str, ...] = ()
    ages: tuple[int | None, int | None] | None = None

    @property
    def checkable(self) -> bool:
        return bool(self.any_of) or self.ages is not None


@dataclass(frozen=True)
class Ground:
    id: str
    law: str  # short citation name as in sources.yaml
    article: str
    paragraph: str | None
    title: str
    summary: str  # what it allows, plain words
    applies_when: tuple[str, ...]  # situations in words
    signals: tuple[str, ...]  # words/phrases in a case text that point to this ground
    obstacle_kinds: tuple[str, ...]
    organisations: tuple[str, ...]  # sociale-kaart ids of organisations that apply it
    limits: str
    related: tuple[str, ...] = ()
    omgekeerde_toets_law: str | None = None  # for Pw/Jw/Wmo/Wgs: the grondwaarden anchor
    version_note: str | None = None  # e.g. "gedeelde wettekst is versie 2015; controleer"
    not_when: tuple[Condition, ...] = ()  # situations in which the ground does not apply
    requires: tuple[Condition, ...] = ()  # facts that must be in the case, each with its stems
    general: bool = False  # a general norm (Awb 3:4, Pw 18 lid 1): listed after the specific grounds

    @property
    def citation(self) -> str:
        from assistant.text.citations import format_citation

        return format_citation(self.law, self.article, self.paragraph)


@lru_cache(maxsize=8)
def load_grounds(corpus_dir: Path = REPO_ROOT / "corpus") -> tuple[Ground, ...]:
    out = []
    for path, item in _entries(Path(corpus_dir) / "gronden"):
        _require(path, item, ("id", "law", "article", "title", "summary", "signals", "obstacle_kinds", "limits"))
        bad = [k for k in item["obstacle_kinds"] if k not in OBSTACLE_KINDS]
        if bad:
            raise CorpusError(f"{path}: {item['id']}: onbekende obstacle_kinds {bad}")
        out.append(
            Ground(
                id=item["id"],
                law=item["law"],
                article=str(item["article"]),
                paragraph=str(item["paragraph"]) if item.get("paragraph") not in (None, "") else None,
                title=item["title"],
                summary=item["summary"].strip(),
                applies_when=tuple(item.get("applies_when") or ()),
                signals=tuple(item["signals"]),
                obstacle_kinds=tuple(item["obstacle_kinds"]),
                organisations=tuple(item.get("organisations") or ()),
                limits=item["limits"].strip(),
                related=tuple(item.get("related") or ()),
                omgekeerde_toets_law=item.get("omgekeerde_toets_law"),
                version_note=item.get("version_note"),
                not_when=tuple(_condition(path, item["id"], c, "not_when") for c in item.get("not_when") or ()),
                requires=tuple(_condition(path, item["id"], c, "requires") for c in item.get("requires") or ()),
                general=bool(item.get("general", False)),
            )
        )
    return tuple(out)


def _condition(path: Path, ground_id: str, item: object, key: str) -> Condition:
    """A `requires` item is {fact, any_of and/or ages: [min, max]}; a `not_when` item is that or a
    sentence (not checkable)."""
    if key == "not_when" and isinstance(item, str) and item.strip():
        return Condition(item.strip())
    if isinstance(item, dict) and str(item.get("fact") or "").strip():
        stems, ages = item.get("any_of") or [], item.get("ages")
        stems_ok = isinstance(stems, list) and all(isinstance(s, str) and s.strip() for s in stems)
        ages_ok = ages is None or (isinstance(ages, list) and len(ages) == 2
                                   and all(a is None or isinstance(a, int) for a in ages) and ages != [None, None])
        if stems_ok and ages_ok and (stems or ages):
            return Condition(str(item["fact"]).strip(), tuple(s.strip().lower() for s in stems),
                             tuple(ages) if ages else None)  # fmt: skip
    raise CorpusError(f"{path}: {ground_id}: {key} verwacht {{fact, any_of: [woorden] en/of ages: [van, tot en met]}}, "
                      f"niet {item!r}")  # fmt: skip


def clear_caches() -> None:
    for fn in (load_law_sources, load_sociale_kaart, load_glossary, load_grounds, load_synonyms):
        fn.cache_clear()


# --- synonyms (corpus/synoniemen.yaml) -------------------------------------------------------


@dataclass(frozen=True)
class Synonym:
    plain: tuple[str, ...]  # words people use
    legal: tuple[str, ...]  # the terms the law uses


@lru_cache(maxsize=8)
def load_synonyms(corpus_dir: Path = REPO_ROOT / "corpus") -> tuple[Synonym, ...]:
    path = Path(corpus_dir) / "synoniemen.yaml"
    if not path.exists():
        return ()
    out = []
    for p, item in _entries(path):
        _require(p, item, ("plain", "legal"))
        out.append(Synonym(tuple(item["plain"]), tuple(item["legal"])))
    return tuple(out)
