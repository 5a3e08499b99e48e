"""The case and the obstacle as the grounds engine reads them: word stems found (not negated) with
the sentence they sit in, and the ages of the people named. Pure.

A stem counts where it starts a word ("terugvorder" in "terugvordering"); a stem of eight letters
or more also inside a compound ("achterstand" in "huurachterstand"); a stem of three letters or
fewer only as a whole word ("ww", "wia"). It does not count right after a negation ("ontvangt geen
bijstand", "nog geen besluit"), unless the stem itself carries the negation ("geen inkomen"), nor
where its clause negates it otherwise (clause_negation.py: "Een boete kreeg hij niet", "geen sprake
van een X of Y", "huurtoeslag speelt hier niet"). A stem does not count in a word with another
meaning ("nood" in "noodzaak", "opvang" beside "BSO": word_sense.py). An age of a
person said to live elsewhere ("woont in Zwolle", "staat niet bij haar ingeschreven") or to stay only
now and then ("logeert soms bij hem") does not count
for a condition about the household (`household_ages`). A sentence of the case that puts its matter
off ("Later speelt misschien ook een traplift", "daar wil hij nu niets mee", a rumour: put_off.py)
states no fact of the case. The obstacle is searched first: it says what stands in the way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.drafts.facts import Evidence, evidence_at
from assistant.features.grounds.clause_negation import NEGATION_WINDOW, negated_in_clause
from assistant.features.grounds.elapsed import birth_ages, case_date
from assistant.features.grounds.put_off import not_at_issue_sentences, put_off_sentences
from assistant.features.grounds.qualified_stems import qualified_search
from assistant.features.grounds.recency import latest_year
from assistant.features.grounds.word_sense import other_sense
from assistant.text.folding import fold
from assistant.text.negation import NEGATIONS, negated_just_before
from assistant.text.spans import sentence_at, sentences

CASE, OBSTACLE = "casus", "obstakel"
INNER_STEM_MIN = 8  # a stem this long may sit inside a compound
WHOLE_WORD_MAX = 3  # a stem this short must be a whole word
GAP = r"(?:\s+\S+){0,5}\s+"  # "..." in a stem: up to five words, amounts included ("vordert € 2.400 terug")
# "...+" in a stem: up to twelve words inside one sentence, for a separable verb whose parts stand
# far apart ("vroeg op 1 september na het gesprek een scootmobiel aan")
LONG_GAP = r"(?:\s+(?:[^\s.!?;]|\.(?=\d))+){0,12}\s+"  # a dot before a digit is inside an amount (€ 2.600)
# "dochter van 23 woont in Groningen", "zoon (24) staat niet bij haar ingeschreven": lives elsewhere
_LIVES_ELSEWHERE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}?(?:(?:woont|wonen|woonde)\s+(?:niet\s+(?:meer\s+)?(?:bij|thuis|in\s+huis)|zelfstandig|"
    r"op\s+zichzelf|op\s+kamers|elders|ergens\s+anders|in\s+het\s+buitenland|in\s+[A-Z])|"
    r"(?:staat|staan)\s+niet\s+(?:[\w'’-]+\s+){0,3}?ingeschreven|"
    # a stay now and then is no main residence: "slaapt af en toe in het weekend bij haar"
    r"(?:slaapt|slapen|logeert|logeren|verblijft|verblijven)\s+(?:er\s+)?(?:af\s+en\s+toe|soms|weleens|wel\s+eens|incidenteel|in\s+het\s+weekend|een\s+enkele\s+keer))"
)


# "… geen huurtoeslag meer", "… de toeslag niet meer": a provision the client had and lost.
_LOST_AFTER = re.compile(r"[^.;:!?]{0,12}?\bmeer\b")


@dataclass(frozen=True)
class Found:
    """Where a stem or an age was found: the input (casus | obstakel) and the quoted sentence."""

    source: str
    evidence: Evidence
    start: int  # offset of the match itself in that input
    end: int = -1  # where the match ends (a phrase quoted after a word at the same start says more)


@dataclass(frozen=True)
class Age:
    years: int
    found: Found


@lru_cache(maxsize=2048)
def stem_pattern(stem: str) -> re.Pattern[str]:
    """A stem as a pattern; "..." stands for up to five words ("aanpassing ... woning"), "...+" for
    up to twelve within the sentence, and the word before a gap may be inflected like the last one."""
    words = fold(stem).split()
    parts: list[str] = []
    for i, word in enumerate(words):
        if word in ("...", "...+"):
            parts.append(GAP if word == "..." else LONG_GAP)
            continue
        inflect = i + 1 < len(words) and words[i + 1] in ("...", "...+")
        parts.append(re.escape(word) + (r"[a-z]*" if inflect else ""))
    body = r"[\s\-]+".join(parts)
    for gap in (GAP, LONG_GAP):
        body = body.replace(r"[\s\-]+" + gap + r"[\s\-]+", gap)
    start = "" if len(stem) >= INNER_STEM_MIN and len(words) == 1 else r"(?<![a-z0-9])"
    end = r"(?![a-z0-9])" if len(stem) <= WHOLE_WORD_MAX else ""
    return re.compile(start + body + end)


# Ages of people: "Sara (14)", "kinderen (3 en 6)", "een 19-jarige", "is 38 en", "zoon van 12",
# "23 jaar oud", "A. Smit, 44 jaar,"; "wordt (hij) 18" means 17 now.
_AGE_PATTERNS = (
    (re.compile(r"\((\d{1,2})(?:\s*(?:jaar|jr\.?))?\)"), 0),
    (re.compile(r"\((\d{1,2})\s*(?:,|en)\s*(\d{1,2})(?:\s*(?:,|en)\s*(\d{1,2}))?(?:\s*jaar)?\)"), 0),
    (re.compile(r"\b(\d{1,2})[- ]jarige?\b"), 0),
    (re.compile(r"\b(\d{1,2})\s+jaar\s+oud\b"), 0),
    # an apposition after a name: "mevr. A. Smit, 44 jaar, woont"
    (re.compile(r",\s*(\d{1,2})\s+jaar\s*(?:oud\s*)?(?=[,.;)]|$)"), 0),
    (re.compile(r"\b(?:is|ben|was)\s+(\d{1,2})(?=\s*(?:jaar\b(?!\s+(?:geleden|later|eerder|lang))|,|\.|en\b|$))"), 0),
    (re.compile(r"\b(?:zoon|dochter|kind|jongen|meisje|man|vrouw|broer|zus|baby|peuter)\s+van\s+(\d{1,2})\b"
                r"(?!\s*(?:euro|%|procent|weken|dagen|maanden|uur|kilometer|km|meter))"), 0),
    (re.compile(r"\bwordt\s+(?:hij\s+|zij\s+|ze\s+)?(\d{1,2})\b(?=\s*(?:jaar\b|,|\.|en\b|$))"), -1),
)  # fmt: skip
_NUMBERED_POINTS = re.compile(r"\(1\).*\(2\)", re.DOTALL)


class CaseText:
    """The case text and the obstacle, folded and split into sentences once, for many look-ups."""

    def __init__(self, case_text: str, obstacle: str | None = None) -> None:
        self.inputs = {OBSTACLE: obstacle or "", CASE: case_text or ""}
        self._folded = {k: fold(v) for k, v in self.inputs.items()}
        self._sentences = {k: sentences(v) for k, v in self.inputs.items()}
        self._cache: dict[str, list[Found]] = {}
        self._put_off = put_off_sentences(self.inputs[CASE], self._sentences[CASE])
        # matters outside the question: no positive fact, but "geen X" / "nooit X" there still holds
        self._aside = frozenset(not_at_issue_sentences(self.inputs[CASE], self._sentences[CASE]))
        self.ages = self._ages(CASE) + self._ages(OBSTACLE)

    def folded(self, source: str) -> str:
        return self._folded[source]

    def sentence_spans(self, source: str):
        return self._sentences[source]

    def found_at(self, source: str, start: int, end: int) -> Found:
        text = self.inputs[source]
        sentence = sentence_at(self._sentences[source], start, len(text))
        return Found(source, evidence_at(text, sentence.start, sentence.end), start, end)

    def find_all(self, stem: str) -> list[Found]:
        """Every place where `stem` occurs and is not negated, obstacle first. In the obstacle a
        negation does not remove the topic: it says what is refused ("geen opvangplek")."""
        if stem not in self._cache:
            self._cache[stem] = self._search(stem)
        return self._cache[stem]

    @staticmethod
    def stem_carries_negation(stem: str) -> bool:
        return bool(set(fold(stem).split()) & NEGATIONS)

    def negated(self, found: Found) -> bool:
        """Is the word at `found` negated just before it ("heeft geen verblijfsvergunning")?"""
        text = self.inputs[found.source]
        sentence = sentence_at(self._sentences[found.source], found.start, len(text))
        return negated_just_before(text, sentence, found.start, NEGATION_WINDOW)

    def find(self, stem: str) -> Found | None:
        found = self.find_all(stem)
        return found[0] if found else None

    def _search(self, stem: str) -> list[Found]:
        qualified = qualified_search(self, stem)
        if qualified is not None:
            return qualified
        carries_negation = self.stem_carries_negation(stem)
        folded_stem = fold(stem)
        out = []
        for source in (OBSTACLE, CASE):
            text, folded = self.inputs[source], self._folded[source]
            for m in stem_pattern(stem).finditer(folded):
                sentence = sentence_at(self._sentences[source], m.start(), len(text))
                if source == CASE and sentence.start in self._put_off and not (
                    carries_negation and sentence.start in self._aside
                ):
                    continue
                if other_sense(folded_stem, folded, m.start(), folded[sentence.start : sentence.end]):
                    continue
                if source == OBSTACLE or carries_negation or not negated_in_clause(text, sentence, m.start()):
                    out.append(self.found_at(source, m.start(), m.end()))
        return out

    def find_lost(self, stems) -> Found | None:
        """The first place where one of `stems` is named as lost: "krijgt geen huurtoeslag meer" is a
        case about huurtoeslag (the client lost it), while "ontvangt geen bijstand" only describes the
        situation and is no topic."""
        for source in (OBSTACLE, CASE):
            folded = self._folded[source]
            for stem in stems:
                for m in stem_pattern(stem).finditer(folded):
                    if _LOST_AFTER.match(folded, m.end()):
                        return self.found_at(source, m.start(), m.end())
        return None

    def find_any(self, stems, used: frozenset = frozenset(), accept=None) -> Found | None:
        """The first stem of `stems` (in catalogue order) that the obstacle shows, else the first
        the case shows, at a place not in `used` ((source, start, end) of words already quoted for
        another fact; a phrase from the same start that reaches past that word counts) and
        that `accept(stem, found)` takes, when given. The obstacle goes first: it says what stands in
        the way."""
        for source in (OBSTACLE, CASE):
            for stem in stems:
                for found in self.find_all(stem):
                    if found.source == source and not self._quoted_before(found, used) and (
                        accept is None or accept(stem, found)
                    ):
                        return found
        return None

    def _quoted_before(self, found: Found, used: frozenset) -> bool:
        """Is the word at `found` already quoted for another fact: a place in `used` with the same start
        that `found` does not reach past by another word ("bezwaar" then "bezwaar te laat": the phrase
        says more, and counts; "schuld" then "schuldhulp" is the same word)?"""
        text = self.inputs[found.source]
        return any(
            source == found.source and start == found.start and not re.search(r"\s", text[end : found.end])
            for source, start, end in used
        )

    def sentence_of(self, found: Found) -> str:
        return self.inputs[found.source][found.evidence.start : found.evidence.end]

    def sentence_before(self, found: Found) -> str:
        """The sentence before the one `found` sits in (same input), or "" for the first."""
        spans = self._sentences[found.source]
        before = [s for s in spans if s.end <= found.evidence.start]
        return self.inputs[found.source][before[-1].start : before[-1].end] if before else ""

    def _ages(self, source: str) -> list[Age]:
        folded, out = self._folded[source], []
        for pattern, shift in _AGE_PATTERNS:
            for m in pattern.finditer(folded):
                for group in range(1, (m.lastindex or 0) + 1):
                    if m.group(group) and 0 < int(m.group(group)) + shift < 110 and not self._numbered(source, m):
                        found = self.found_at(source, m.start(group), m.end(group))
                        out.append(Age(int(m.group(group)) + shift, found))
        out += self._birth_ages(source)
        unique = {(a.found.start, a.years): a for a in out}
        return sorted(unique.values(), key=lambda a: a.found.start)

    def _birth_ages(self, source: str) -> list[Age]:
        """Ages from birth dates ("geb. 1979"): elapsed.birth_ages."""
        now = case_date(self.inputs[CASE])
        year_now = now.year if now else latest_year(*self.inputs.values())
        return [
            Age(years, self.found_at(source, start, end))
            for years, start, end in birth_ages(self._folded[source], now, year_now)
        ]  # fmt: skip

    def _numbered(self, source: str, m: re.Match) -> bool:
        """Is this "(1)" or "(2)" a list number? A sentence that numbers its points "(1) … (2) …"
        counts them; it does not give ages ("vragen (1) de norm niet toe te passen en (2) …")."""
        if not re.fullmatch(r"\([1-9]\)", m.group(0)):
            return False
        span = sentence_at(self._sentences[source], m.start(), len(self.inputs[source]))
        return bool(_NUMBERED_POINTS.search(self._folded[source][span.start : span.end]))

    def household_ages(self) -> list[Age]:
        """The ages of the client and of the people not said to live elsewhere (only they can be
        housemates); the client's own age always counts."""
        client = self.client_age
        return [
            a for a in self.ages
            if a is client or not lives_elsewhere(self.inputs[a.found.source], self._sentences[a.found.source], a.found.start)
        ]  # fmt: skip

    @property
    def client_age(self) -> Age | None:
        """The age of the first person the case names: the person it is about."""
        case_ages = [a for a in self.ages if a.found.source == CASE]
        return case_ages[0] if case_ages else (self.ages[0] if self.ages else None)


def lives_elsewhere(text: str, sentences_, start: int) -> bool:
    """Do the words right after the age at `start` say that this person lives somewhere else?"""
    sentence = sentence_at(sentences_, start, len(text))
    rest = re.sub(r"^\d+\)?|^[^\s]*", "", text[start : sentence.end], count=1)
    return bool(_LIVES_ELSEWHERE.match(rest))
