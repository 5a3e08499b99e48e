"""propose_grounds: a draft onderbouwing for maatwerk.

The engine (assistant.domain.grounds) picks and ranks grounds from corpus/gronden; every citation
is checked against the index (a citation whose law is indexed but whose article does not resolve
is dropped; a law that is not indexed is shown as not verified). The structure follows the
Omgekeerde Toets and steps 4-6 of the Doorbraakmethode. A model, when configured, only adds a
toelichting per ground, which is verified and otherwise left out with a warning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.budget import Spend, check_budget
from assistant.domain.citations import format_citation
from assistant.domain.frameworks import GroundRef, doorbraak, omgekeerde_toets
from assistant.domain.grounds import match_grounds
from assistant.errors import BackendUnavailable, InputError, UserError
from assistant.knowledge import CorpusError, load_grounds, load_law_sources, load_sociale_kaart
from assistant.skills.base import Draft, GeneratedBy
from assistant.skills.grounds_toelichting import write_toelichtingen

DECISION_NOTE = (
    "Dit is een concept. De beslissing over maatwerk ligt bij de organisatie die het besluit neemt; "
    "de professional legt het voorstel voor en beslist zelf wat hij gebruikt."
)
NOT_VERIFIED = "niet geverifieerd: wet niet in de index"
HOW_TO_INDEX = (
    "Haal de wetten op met 'regiewijzer laws update' of voeg wetteksten toe met "
    "'regiewijzer ingest <map met wetten>'."
)
SEARCH_HITS = 12


@dataclass
class ProposedGround:
    id: str
    law: str
    article: str
    paragraph: str | None
    citation: str
    title: str
    summary: str
    why: str
    limits: str
    verified: bool
    source_text: str
    version_note: str | None = None
    score: float = 0.0
    toelichting: str | None = None  # model-written, verified; None without a model


@dataclass
class GroundsProposal(Draft):
    grounds: list[ProposedGround] = field(default_factory=list)
    omgekeerde_toets: dict = field(default_factory=dict)
    doorbraak: dict = field(default_factory=dict)
    budget_check: dict | None = None
    obstacles: list[dict] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    notice: str = DECISION_NOTE

    def to_dict(self) -> dict:
        data = super().to_dict()
        order = [
            "grounds",
            "omgekeerde_toets",
            "doorbraak",
            "budget_check",
            "warnings",
            "status",
            "generated_by",
        ]
        return {k: data[k] for k in order} | {k: v for k, v in data.items() if k not in order}

    def to_text(self) -> str:
        from assistant.skills.grounds_text import proposal_text

        return proposal_text(self)


def case_text_from_triage(data: dict) -> str:
    """The readable text of a saved triage note (`regiewijzer triage --json`): every text field,
    organisation names included, without the bookkeeping fields."""
    skip = {"status", "generated_by", "warnings", "category", "id", "website", "score", "sources", "kind"}
    parts: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if key in skip:
            return
        if isinstance(value, str):
            if value.strip() and value.strip() not in parts:
                parts.append(value.strip())
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v, key)

    walk(data)
    return "\n".join(parts)


def _spend(spend: Spend | dict | None) -> Spend | None:
    if spend is None or isinstance(spend, Spend):
        return spend
    return Spend(**spend)


def _verify(index, citation: str) -> tuple[str, bool, str, str]:
    """('ok' | 'unindexed' | 'missing', verified, text, message)."""
    res = index.lookup(citation)
    if res.found:
        return "ok", True, res.text, res.message
    if not res.law_indexed:
        return "unindexed", False, "", res.message
    return "missing", False, "", res.message


def propose_grounds(
    case_text: str,
    *,
    obstacle: str | None = None,
    breakthrough: str | None = None,
    spend: Spend | dict | None = None,
    settings,
    index=None,
    llm=None,
) -> GroundsProposal:
    if not (case_text or "").strip():
        raise InputError("De casus is leeg; beschrijf de situatie van de inwoner.")
    obstacle = (obstacle or "").strip() or None
    breakthrough = (breakthrough or "").strip() or None
    result = GroundsProposal(generated_by=GeneratedBy(backend="none"))
    grounds = load_grounds(settings.corpus_dir)
    laws = load_law_sources(settings.corpus_dir)
    try:
        organisations = load_sociale_kaart(settings.corpus_dir)
    except CorpusError:
        organisations = ()
    org_names = {o.id: o.name for o in organisations}

    retrieved: set[tuple[str, str]] = set()
    any_law_indexed = False
    if index is None:
        result.warnings.append(
            "Er is geen index: geen enkele wetsverwijzing is gecontroleerd tegen de wettekst. " + HOW_TO_INDEX
        )
    else:
        any_law_indexed = any(index.has_law(law.name) for law in laws)
        if not any_law_indexed:
            result.warnings.append(
                "Er is geen wettekst geïndexeerd: geen enkele wetsverwijzing is gecontroleerd. "
                + HOW_TO_INDEX
            )
        else:
            query = case_text + ("\n" + obstacle if obstacle else "")
            try:
                hits = index.search(query, k=SEARCH_HITS, kinds=("wet",))
            except UserError as exc:  # e.g. the embedder is unavailable: rank without retrieval
                hits = []
                result.warnings.append(
                    f"Zoeken in de wetteksten lukte niet; de volgorde is alleen op de casus gebaseerd. ({exc})"
                )
            for hit in hits:
                if hit.chunk.law and hit.chunk.article:
                    retrieved.add((hit.chunk.law, hit.chunk.article))

    signals, matches = match_grounds(
        case_text, obstacle, grounds=grounds, organisations=organisations, laws=laws, retrieved=retrieved
    )
    for m in matches:
        g = m.ground
        verified, source_text = False, ""
        if index is not None:
            state, verified, source_text, message = _verify(index, g.citation)
            if state == "missing":
                result.warnings.append(
                    f"{g.citation} is weggelaten: het artikel is niet gevonden in de index ({message})."
                )
                continue
            if state == "unindexed" and any_law_indexed:
                result.warnings.append(f"{g.citation}: {NOT_VERIFIED}.")
        result.grounds.append(
            ProposedGround(
                id=g.id, law=g.law, article=g.article, paragraph=g.paragraph, citation=g.citation, title=g.title,
                summary=g.summary, why=m.why(), limits=g.limits, verified=verified, source_text=source_text,
                version_note=g.version_note, score=m.score,
            )
        )  # fmt: skip
    if not result.grounds:
        result.warnings.append(
            "Geen passende maatwerkgrond gevonden in de catalogus. Beschrijf het obstakel (wie houdt wat tegen, "
            "en waarom) zodat de grond beter te bepalen is."
        )

    result.obstacles = [
        {"kind": f.kind, "label": f.label, "quote": f.quote, "source": f.source} for f in signals.obstacles
    ]
    result.organisations = [org_names.get(m.key, m.name) for m in signals.organisations]
    by_id = {g.id: g for g in grounds}
    refs = [
        GroundRef(
            p.law,
            p.citation,
            p.title,
            p.verified,
            by_id[p.id].organisations,
            by_id[p.id].omgekeerde_toets_law,
        )
        for p in result.grounds
    ]
    result.omgekeerde_toets = omgekeerde_toets(
        grounds=refs, kinds=signals.kinds, laws_named=[m.key for m in signals.laws], breakthrough=breakthrough
    )
    for value in result.omgekeerde_toets["grondwaarden"].get("values", []):
        anchors = []
        for article, paragraph in value.pop("anchors"):
            citation = format_citation(value["law"], article, paragraph)
            ok = index is not None and _verify(index, citation)[0] == "ok"
            anchors.append({"citation": citation, "verified": ok})
        value["anchors"] = anchors
    result.doorbraak = doorbraak(
        grounds=refs,
        obstacles=[(f.label, f.quote) for f in signals.obstacles],
        organisations=result.organisations,
        obstacle_text=obstacle,
        breakthrough=breakthrough,
        acute="acute_nood" in signals.kinds,
    )
    spend_obj = _spend(spend)
    if spend_obj is not None:
        result.budget_check = check_budget(spend_obj).to_dict()

    if llm is not None and result.grounds:
        try:
            write_toelichtingen(
                result, case_text, obstacle, llm=llm, laws=laws, prompts_dir=settings.prompts_dir
            )
        except BackendUnavailable as exc:
            result.warnings.append(
                f"Het model is niet bereikbaar; de toelichting per grond ontbreekt. ({exc})"
            )
    return result


def proposal_json(result: GroundsProposal) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
