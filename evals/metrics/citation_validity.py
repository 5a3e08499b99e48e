"""Does every article (and lid) the draft cites exist in the law store? Each citation is looked up
with the index's `lookup`, which reads the law store: "Awb 3:4 lid 2" must have a second lid.

What counts as cited: grounds, every proposed ground (a ground whose law is not in the index does
not resolve); ask, the law sources the answer marks ([n]) and, when a model wrote the answer, the
articles it names; letters, the rules that computed a fact and, when a model wrote the text, the
articles it names. Quoted law text in an extractive answer is not a citation by the assistant.
Outside grounds, a law the index does not hold cannot be checked: counted apart, not as wrong.
"""

from __future__ import annotations

import re

from assistant.text.citations import format_citation, parse_citations
from evals.metrics.base import Metric, Score
from evals.metrics.readers import proposed_grounds

_MARKER = re.compile(r"\[(\d+)\]")


def _rules(output: dict) -> list[str]:
    facts = output.get("facts") if isinstance(output.get("facts"), dict) else {}
    objs = [*facts.values(), *(v for v in output.values() if isinstance(v, dict))]
    return [str(o.get("rule")) for o in objs if isinstance(o, dict) and o.get("rule")]


def _model_wrote(output: dict) -> bool:
    return bool((output.get("generated_by") or {}).get("model_output_used"))


def _named(texts: list[str], law_names) -> list[str]:
    out = []
    for text in texts:
        for c in parse_citations(text, law_names):
            if c.law:
                out.append(format_citation(c.law, c.article, c.paragraph))
    return out


def cited(case, output: dict, law_names) -> list[str]:
    if case.suite == "grounds":
        return [format_citation(g.law, g.article, g.paragraph) for g in proposed_grounds(output) if g.law]
    texts = _rules(output)
    out = []
    if case.suite == "ask":
        answer = str(output.get("answer") or "")
        marked = {int(m) for m in _MARKER.findall(answer)}
        out += [format_citation(s["law"], s["article"], s.get("paragraph")) for s in output.get("sources") or []
                if s.get("id") in marked and s.get("law") and s.get("article")]  # fmt: skip
        texts += [answer] if _model_wrote(output) else []
    elif case.suite == "letters" and _model_wrote(output):
        texts.append(str(output.get("explanation") or ""))
    return list(dict.fromkeys(out + _named(texts, law_names)))


class CitationValidity(Metric):
    name = "citation_validity"
    label = "Bronverwijzingen bestaan"
    description = "Aandeel genoemde wetsartikelen (en leden) dat in de wettenopslag van de index bestaat."
    suites = ("grounds", "ask", "letters")
    needs_index = True

    def score(self, case, run, ctx):
        citations = cited(case, run.output, ctx.law_names())
        if not citations:
            return None
        score, bad, unknown = Score(), [], []
        for citation in citations:
            found, indexed, message = ctx.lookup(citation)
            if not indexed and case.suite != "grounds":
                unknown.append(citation)
                continue
            score.add("gevonden", found)
            if not found:
                bad.append(message or citation)
        if unknown:
            score.parts["wet niet in de index (niet te controleren)"] = [float(len(unknown)), float(len(citations))]
        score.note = "; ".join(bad + [f"niet te controleren: {u}" for u in unknown])
        return score if score.total or unknown else None
