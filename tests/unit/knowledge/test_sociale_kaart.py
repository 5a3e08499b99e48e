"""The sociale kaart (corpus/sociale-kaart/*.yaml): schema, references and contact rules."""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.config import REPO_ROOT
from assistant.knowledge.corpus import Organisation, load_law_sources, load_sociale_kaart

KAART_DIR = REPO_ROOT / "corpus" / "sociale-kaart"
KINDS = {"rijk", "uitvoeringsorganisatie", "gemeente", "rechtspraak", "maatschappelijk", "zorg", "privaat"}
PHONE = re.compile(r"(?<!\d)(?:\+31|0031|0)[\s-]?\d(?:[\s-]?\d){7,9}(?!\d)|\b0[89]00[\s-]?\d{2,}")
DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


@pytest.fixture(scope="module")
def orgs() -> tuple[Organisation, ...]:
    return load_sociale_kaart()


def _raw_items() -> list[dict]:
    items = []
    for path in sorted(KAART_DIR.glob("*.yaml")):
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return items


def test_at_least_thirty_organisations(orgs):
    assert len(orgs) >= 30


def test_required_fields_present_in_every_raw_entry():
    required = (
        "id",
        "name",
        "full_name",
        "kind",
        "government",
        "aliases",
        "schemes",
        "description",
        "laws",
        "refer_when",
        "depends_on",
        "website",
        "letter_markers",
    )
    for item in _raw_items():
        missing = [key for key in required if key not in item]
        assert not missing, f"{item.get('id')}: mist {missing}"
        assert isinstance(item["government"], bool), item["id"]
        assert item["aliases"], item["id"]


def test_ids_unique_and_slug_like(orgs):
    ids = [o.id for o in orgs]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)


def test_kinds_are_known(orgs):
    assert {o.kind for o in orgs} <= KINDS


def test_depends_on_refers_to_existing_ids(orgs):
    ids = {o.id for o in orgs}
    for org in orgs:
        assert set(org.depends_on) <= ids, f"{org.id}: {set(org.depends_on) - ids}"
        assert org.id not in org.depends_on


def test_websites_are_bare_domains(orgs):
    for org in orgs:
        assert DOMAIN.match(org.website), f"{org.id}: {org.website!r}"


def test_no_phone_numbers_anywhere():
    for path in KAART_DIR.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert not PHONE.search(text), f"{path.name}: {PHONE.search(text).group(0)!r}"


def test_laws_are_known_citation_names(orgs):
    known = {name for law in load_law_sources() for name in law.all_names}
    for org in orgs:
        unknown = [law for law in org.laws if law not in known]
        assert not unknown, f"{org.id}: {unknown}"


def test_aliases_not_shared_between_organisations(orgs):
    seen: dict[str, str] = {}
    for org in orgs:
        for alias in (*org.aliases, *org.schemes):
            key = alias.lower()
            assert seen.get(key, org.id) == org.id, f"{alias!r} in {seen[key]} en {org.id}"
            seen[key] = org.id


@pytest.mark.parametrize(
    ("org_id", "government"),
    [
        ("uwv", True),
        ("svb", True),
        ("toeslagen", True),
        ("gemeente", True),
        ("ind", True),
        ("ggz", False),
        ("woningcorporatie", False),
        ("zorgverzekeraar", False),
        ("werkgever", False),
        ("nibud", False),
        ("humanitas", False),
    ],
)
def test_government_flag(orgs, org_id, government):
    assert {o.id: o for o in orgs}[org_id].government is government


@pytest.mark.parametrize(
    ("scheme", "org_id"),
    [
        ("WIA", "uwv"),
        ("WW", "uwv"),
        ("Ziektewet", "uwv"),
        ("Wajong", "uwv"),
        ("AOW", "svb"),
        ("kinderbijslag", "svb"),
        ("Anw", "svb"),
        ("huurtoeslag", "toeslagen"),
        ("zorgtoeslag", "toeslagen"),
        ("kinderopvangtoeslag", "toeslagen"),
        ("kindgebonden budget", "toeslagen"),
        ("bijstand", "gemeente-werk-inkomen"),
        ("Wmo", "gemeente-wmo"),
        ("stadspas", "gemeente"),
        ("schuldhulpverlening", "gemeente-schuldhulp"),
        ("bijzondere bijstand", "gemeente-werk-inkomen"),
        ("studiefinanciering", "duo"),
        ("verblijfsvergunning", "ind"),
    ],
)
def test_schemes_imply_the_right_organisation(orgs, scheme, org_id):
    owners = [o.id for o in orgs if scheme.lower() in {a.lower() for a in (*o.schemes, *o.aliases)}]
    assert owners == [org_id]


def test_the_required_organisations_are_present(orgs):
    ids = {o.id for o in orgs}
    required = {
        "uwv",
        "svb",
        "belastingdienst",
        "toeslagen",
        "gemeente",
        "gemeente-wmo",
        "gemeente-werk-inkomen",
        "gemeente-schuldhulp",
        "gemeente-burgerzaken",
        "duo",
        "cjib",
        "cak",
        "ind",
        "coa",
        "kvk",
        "juridisch-loket",
        "sociaal-raadslieden",
        "wijkteam",
        "jeugdzorg",
        "gecertificeerde-instelling",
        "ggz",
        "woningcorporatie",
        "zorgverzekeraar",
        "kredietbank",
        "nibud",
        "humanitas",
        "vluchtelingenwerk",
        "rode-kruis",
        "deurwaarder",
        "waterschap",
    }
    assert required <= ids, required - ids
