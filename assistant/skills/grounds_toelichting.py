"""A model-written toelichting per proposed ground, verified before it is shown.

A toelichting is rejected when it cites an article that is not in the proposal, claims an
entitlement ("u heeft recht op", "wordt toegekend"), is not Dutch, or is empty or overlong.
Rejected toelichtingen are left out (the engine's own text stays) and the warning says why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from assistant.domain.citations import parse_citations
from assistant.domain.language import is_dutch
from assistant.prompts import load_prompt

PROMPT_NAME = "grounds"
MAX_CHARS = 900
ENTITLEMENT = re.compile(
    r"\b(?:(?:u|je|jij|hij|zij|ze|de\s+inwoner|de\s+cli[eë]nt)\s+)?(?:heeft|hebt|heb|hebben)\s+recht\s+op\b"
    r"|\b(?:wordt|worden|zal\s+worden|zullen\s+worden)\s+(?:\w+\s+)?toegekend\b"
    r"|\bkrijgt\s+(?:zeker|gegarandeerd)\b|\bis\s+verplicht\s+om\s+toe\s+te\s+kennen\b",
    re.IGNORECASE,
)
SCHEMA = {
    "type": "object",
    "properties": {
        "toelichtingen": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "tekst": {"type": "string"}},
                "required": ["id", "tekst"],
            },
        }
    },
    "required": ["toelichtingen"],
}


def check_toelichting(text: str, allowed: Iterable[tuple[str, str]], laws) -> str | None:
    """None when the toelichting may be shown, else the reason (Dutch) it is rejected."""
    text = (text or "").strip()
    if not text:
        return "lege toelichting"
    if len(text) > MAX_CHARS:
        return "te lang"
    allowed = set(allowed)
    articles = {article for _, article in allowed}
    for cit in parse_citations(text, laws):
        if (cit.law, cit.article) not in allowed and not (cit.law is None and cit.article in articles):
            return f"noemt een artikel dat niet in het voorstel staat ({cit})"
    m = ENTITLEMENT.search(text)
    if m:
        return f"belooft een uitkomst ('{m.group(0)}')"
    if not is_dutch(text):
        return "geen (leesbaar) Nederlands"
    return None


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _prompt_grounds(result) -> str:
    """The grounds, kept short: a local model reads the prompt slowly on a CPU."""
    lines = []
    for g in result.grounds:
        lines.append(f"- id: {g.id}\n  verwijzing: {g.citation}\n  wat het toestaat: {_short(g.summary, 300)}\n"
                     f"  waarom hier: {_short(g.why, 300)}\n  grenzen: {_short(g.limits, 200)}")  # fmt: skip
    return "\n".join(lines)


def write_toelichtingen(result, case_text: str, obstacle: str | None, *, llm, laws, prompts_dir) -> None:
    """Ask the model for one toelichting per ground; keep only those that pass the checks."""
    prompt = load_prompt(PROMPT_NAME, prompts_dir)
    result.generated_by.backend = llm.name
    result.generated_by.model = llm.model
    result.generated_by.prompt = prompt.name
    result.generated_by.prompt_version = prompt.version
    raw = llm.generate(
        prompt.render(
            case=case_text.strip(), obstacle=obstacle or "(niet opgegeven)", grounds=_prompt_grounds(result)
        ),
        system=prompt.system,
        schema=SCHEMA,
    )
    try:
        items = json.loads(raw).get("toelichtingen") or []
        texts = {
            str(i["id"]): str(i["tekst"]) for i in items if isinstance(i, dict) and "id" in i and "tekst" in i
        }
    except (ValueError, AttributeError, TypeError):
        result.warnings.append(
            "De toelichting van het model was geen geldige JSON; alleen de standaardtekst wordt getoond."
        )
        return
    allowed = {(g.law, g.article) for g in result.grounds}
    used = False
    for g in result.grounds:
        text = texts.get(g.id)
        if text is None:
            continue
        reason = check_toelichting(text, allowed, laws)
        if reason:
            result.warnings.append(f"Toelichting bij {g.citation} weggelaten: {reason}.")
            continue
        g.toelichting = text.strip()
        used = True
    if not used and texts:
        result.warnings.append(
            "Geen enkele toelichting van het model kwam door de controle; de standaardtekst wordt getoond."
        )
    elif not texts:
        result.warnings.append("Het model gaf geen toelichting; de standaardtekst wordt getoond.")
    result.generated_by.model_output_used = used
