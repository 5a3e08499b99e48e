"""The one checked-wording path: prompt -> model -> parse -> verify -> use, or fall back with the reason.

Every skill that lets a model word something goes through `word_with_model`, so the central rule
(the engine decides, a model only words it, and every model output is verified) is written once:
- `generated_by` is filled here, once, with the backend, model, prompt name and version;
- a model that does not answer, output that does not parse and output that fails the skill's
  verifier all leave the engine's own text in place, with one warning that says why;
- every verifier returns a `Check` (assistant.drafts.check).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.drafts.check import Check
from assistant.drafts.prompts import load_prompt
from assistant.errors import BackendUnavailable

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)


class ModelOutputError(ValueError):
    """The model's answer cannot be read (not JSON, wrong shape); the message is Dutch."""


def parse_json_object(raw: str) -> dict:
    """The JSON object in a model's answer; tolerates code fences and text around it."""
    text = (raw or "").strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    start = text.find("{")
    if start >= 0:
        try:
            data, _ = json.JSONDecoder().raw_decode(text[start:])
        except json.JSONDecodeError:
            data = None
        if isinstance(data, dict):
            return data
    raise ModelOutputError("het model gaf geen geldige JSON")


def parse_text(raw: str) -> str:
    return (raw or "").strip()


@dataclass
class Wording:
    """One request for model wording. `fallback` names what is shown instead ("de sjabloontekst")."""

    prompt: str
    values: dict[str, object]
    verify: Callable[[Any], Check]
    parse: Callable[[str], Any] = parse_text
    schema: dict | None = None
    max_tokens: int | None = None
    fallback: str = "de sjabloontekst staat er"


def word_with_model(draft, llm, settings, request: Wording) -> Any | None:
    """The verified model output (the check's `value`, or the parsed output), or None after adding
    the warning that says why the engine's text stays."""
    prompt = load_prompt(request.prompt, settings.prompts_dir)
    gb = draft.generated_by
    gb.backend, gb.model, gb.prompt, gb.prompt_version = llm.name, llm.model, prompt.name, prompt.version
    try:
        raw = llm.generate(
            prompt.render(**request.values),
            system=prompt.system,
            schema=request.schema,
            max_tokens=request.max_tokens or settings.llm_max_tokens,
        )
    except BackendUnavailable as exc:
        draft.warnings.append(f"Het model gaf geen antwoord ({exc}); {request.fallback}.")
        return None
    try:
        parsed = request.parse(raw)
        check = request.verify(parsed)
    except ModelOutputError as exc:
        check = Check([str(exc)])
    draft.warnings.extend(check.notes)
    if not check.ok:
        reasons = "; ".join(p.rstrip(".") for p in check.problems[:4])
        draft.warnings.append(f"Modeltekst niet gebruikt: {reasons}. {request.fallback[0].upper()}{request.fallback[1:]}.")
        return None
    gb.model_output_used = True
    return check.value if check.value is not None else parsed
