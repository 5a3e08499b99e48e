"""What the metrics may ask of a run: citation lookup in the law store, the laws the index knows,
an organisation's triage unit, the text of an expected article, and the judge model (or None).

The index comes from the service layer (`Workbench.index()`); the sociale kaart is read once.
"""

from __future__ import annotations

from functools import lru_cache


class EvalContext:
    def __init__(self, index=None, corpus_dir=None, judge=None):
        self.index = index
        self.judge = judge
        self._corpus_dir = corpus_dir
        self._units: dict[str, str] | None = None
        self.lookup = lru_cache(maxsize=4096)(self._lookup)
        self.reference_text = lru_cache(maxsize=4096)(self._reference_text)

    def law_names(self) -> list:
        return self.index.law_names() if self.index is not None else []

    def _lookup(self, citation: str) -> tuple[bool, bool, str]:
        """(found, law indexed, message) for a citation such as "Awb, artikel 3:4, tweede lid"."""
        if self.index is None:
            return False, False, f"{citation}: geen index om in op te zoeken"
        result = self.index.lookup(citation)
        return bool(result.found), bool(result.law_indexed), ("" if result.found else result.message)

    def _reference_text(self, citation: str) -> tuple[str, ...]:
        """The indexed texts of a cited article: its chunks as retrieval sees them (so that a hit on
        the right article matches exactly), else the law store's text."""
        if self.index is None:
            return ()
        result = self.index.lookup(citation)
        if not result.found:
            return ()
        return tuple(c.text for c in result.chunks) or (result.text,)

    def unit_of(self, org_id: str) -> str:
        """The triage unit of a sociale-kaart id (every gemeente desk is `gemeente`); unknown ids as given."""
        if self._units is None:
            from assistant.knowledge.corpus import load_sociale_kaart
            from assistant.knowledge.organisations import unit_of

            kaart = load_sociale_kaart(self._corpus_dir) if self._corpus_dir else load_sociale_kaart()
            self._units = {o.id: unit_of(o) for o in kaart}
        return self._units.get(org_id, org_id)
