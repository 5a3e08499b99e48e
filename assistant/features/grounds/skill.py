"""propose_grounds: a draft onderbouwing for maatwerk.

The engine (assistant.features.grounds.engine) picks and ranks grounds from corpus/gronden; every citation
is checked against the index (a citation whose law is indexed but whose article does not resolve
is dropped; a law that is not indexed is shown as not verified). The structure follows the
Omgekeerde Toets and steps 4-6 of the Doorbraakmethode. A model, when configured, only adds a
toelichting per ground, which is verified and otherwise left out with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.drafts.draft import Draft, GeneratedBy
from assistant.errors import InputError, UserError
from assistant.features.grounds.budget import Spend, check_budget
from assistant.features.grounds.case import Mention
from assistant.features.grounds.engine import match_grounds
from assistant.features.grounds.frameworks import GroundRef, doorbraak, omgekeerde_toets
from assistant.features.grounds.toelichting import write_toelichtingen
from assistant.knowledge.corpus import CorpusError, load_grounds, load_law_sources, load_sociale_kaart
from assistant.text.citations import format_citation

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
QUERY_CASE_CHARS, QUERY_OBSTACLE_CHARS = 1500, 600


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
    status: str = "stated"  # stated: every required fact quoted from the case; to_check: some are missing
    facts: list[dict] = field(default_factory=list)  # GroundFact.to_dict(): value, status, evidence, rule, source
    to_check: list[str] = field(default_factory=list)  # for the professional: missing facts, not_when in words


@dataclass
class GroundsProposal(Draft):
    grounds: list[ProposedGround] = field(default_factory=list)
    omgekeerde_toets: dict = field(default_factory=dict)
    doorbraak: dict = field(default_factory=dict)
    budget_check: dict | None = None
    obstacles: list[dict] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    check_list: list[dict] = field(default_factory=list)  # grounds to check: {fact, label, note, value, evidence}
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
        from assistant.features.grounds.render import proposal_text

        return proposal_text(self)


def case_text_from_triage(data: dict) -> str:
    """The case as a saved triage note (`regiewijzer triage --json`) tells it: its summary, the
    vraag achter de vraag and the quoted evidence. Organisations travel as data (`involved_from_triage`),
    never as prose: "niet betrokken" lists and sociale-kaart descriptions are no case facts."""
    parts: list[str] = []
    for key in ("summary", "underlying_question"):
        if str(data.get(key) or "").strip():
            parts.append(str(data[key]).strip())
    for item in [*data.get("category_reasons", []), *data.get("urgency_signals", [])]:
        if str(item).strip():
            parts.append(str(item).strip())
    for detail in data.get("organisation_details") or []:
        if isinstance(detail, dict) and detail.get("involved"):
            parts += [str(q) for q in detail.get("evidence") or []]
    return "\n".join(dict.fromkeys(parts))


def involved_from_triage(data: dict | None) -> list[Mention] | None:
    """The organisations a triage found involved, as the grounds engine's mentions (None: no triage)."""
    if not data:
        return None
    out: dict[str, Mention] = {}
    for d in data.get("organisation_details") or []:
        if isinstance(d, dict) and d.get("involved") and d.get("unit") and d["unit"] not in out:
            evidence = d.get("evidence") or [""]
            out[d["unit"]] = Mention(d["unit"], "gemeente" if d["unit"] == "gemeente" else d.get("name", d["unit"]),
                                     evidence[0])  # fmt: skip
    return list(out.values())


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
    triage: dict | None = None,
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
    retrieved, any_law_indexed = _retrieve_articles(result, index, laws, case_text, obstacle)
    signals, matches = match_grounds(
        case_text, obstacle, grounds=grounds, organisations=organisations, laws=laws, retrieved=retrieved,
        involved=involved_from_triage(triage),
    )  # fmt: skip
    _add_verified_grounds(result, matches, index, any_law_indexed)
    result.check_list = grounds_to_check(result.grounds)
    result.obstacles = [
        {"kind": f.kind, "label": f.label, "quote": f.quote, "source": f.source} for f in signals.obstacles
    ]
    org_names = {o.id: o.name for o in organisations}
    result.organisations = [org_names.get(m.key, m.name) for m in signals.organisations]
    _add_frameworks(result, signals, {g.id: g for g in grounds}, index, obstacle, breakthrough)
    spend_obj = _spend(spend)
    if spend_obj is not None:
        result.budget_check = check_budget(spend_obj).to_dict()
    if llm is not None and result.grounds:
        write_toelichtingen(result, case_text, obstacle, llm=llm, laws=laws, settings=settings)
    return result


def search_query(case_text: str, obstacle: str | None) -> str:
    """A bounded query: a long case never becomes a long (slow) embedding query."""
    return case_text[:QUERY_CASE_CHARS] + ("\n" + obstacle[:QUERY_OBSTACLE_CHARS] if obstacle else "")


def _retrieve_articles(result, index, laws, case_text: str, obstacle: str | None) -> tuple[set, bool]:
    """The (law, article) pairs retrieval finds for the case, and whether any law is indexed at all."""
    if index is None:
        result.warnings.append(
            "Er is geen index: geen enkele wetsverwijzing is gecontroleerd tegen de wettekst. " + HOW_TO_INDEX
        )
        return set(), False
    if not any(index.has_law(law.name) for law in laws):
        result.warnings.append(
            "Er is geen wettekst geïndexeerd: geen enkele wetsverwijzing is gecontroleerd. " + HOW_TO_INDEX
        )
        return set(), False
    try:
        hits = index.search(search_query(case_text, obstacle), k=SEARCH_HITS, kinds=("wet",))
    except UserError as exc:  # e.g. the embedder is unavailable: rank without retrieval
        result.warnings.append(
            f"Zoeken in de wetteksten lukte niet; de volgorde is alleen op de casus gebaseerd. ({exc})"
        )
        return set(), True
    return {(h.chunk.law, h.chunk.article) for h in hits if h.chunk.law and h.chunk.article}, True


def _add_verified_grounds(result, matches, index, any_law_indexed: bool) -> None:
    """Each matched ground with its article text; a citation that does not resolve is dropped."""
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
                version_note=g.version_note, score=m.score, status=m.status,
                facts=[f.to_dict() for f in m.facts], to_check=points_to_check(m),
            )
        )  # fmt: skip
    if not result.grounds:
        result.warnings.append(
            "Geen passende maatwerkgrond gevonden in de catalogus. Beschrijf het obstakel (wie houdt wat tegen, "
            "en waarom) zodat de grond beter te bepalen is."
        )


def grounds_to_check(grounds: list[ProposedGround]) -> list[dict]:
    """The "Controleer dit" list: grounds proposed although a required fact is not in the case."""
    return [
        {"fact": g.id, "label": g.citation, "value": None,
         "note": "Niet gevonden in de casus: " + "; ".join(f["value"] for f in g.facts if f["status"] != "stated") + ".",
         "evidence": [ev for f in g.facts if f["status"] == "stated" for ev in f["evidence"]][:2]}
        for g in grounds
        if g.status != "stated"
    ]  # fmt: skip


def points_to_check(match) -> list[str]:
    """What the professional checks before using the ground: required facts the case does not
    show, and the catalogue's `not_when` that only a person can judge."""
    return [f"Niet gevonden in de casus: {fact}." for fact in match.check.missing] + [
        f"Past niet als: {situation}." for situation in match.check.to_check
    ]


def _add_frameworks(result, signals, by_id: dict, index, obstacle, breakthrough) -> None:
    """The Omgekeerde Toets and Doorbraak steps 4-6 around the proposed grounds."""
    refs = [
        GroundRef(p.law, p.citation, p.title, p.verified, by_id[p.id].organisations,
                  by_id[p.id].omgekeerde_toets_law)
        for p in result.grounds
    ]  # fmt: skip
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
