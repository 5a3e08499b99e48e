"""Readability of Dutch text, measured against a B1 target.

Flesch-Douma (the Dutch adaptation of Flesch Reading Ease, Douma 1960):
    206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)
Higher is easier; 60-70 is plain language that most adults read easily.

Counting rules (documented because the numbers depend on them):
- A word is a run of letters (with an inner hyphen or apostrophe); numbers, amounts and dates
  in digits are not counted as words.
- Sentences end at . ! ? followed by white space, and at every line break (a heading or a
  list item is read as its own sentence). Empty pieces are skipped.
- Syllables are vowel groups. Dutch vowel combinations (aa ee oo uu ie oe ui eu ei ij ou au and
  the triples aai ooi oei eeu ieu) count as one; other adjacent vowels (as in "idealen") count
  separately; a diaeresis (ë, ï) always starts a new syllable. Every word has at least one.
- Uncommon words: words not in common_words.WORDS after simple inflection stripping and not a
  compound of two listed words; capitalised words inside a sentence (names) are left out.

B1 target (our choice, after Dutch plain-language guidance: short sentences, common words):
Flesch-Douma >= 60, average sentence length <= 15 words, uncommon words <= 15%.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from assistant.text.common_words import WORDS as _LISTED
from assistant.text.folding import fold
from assistant.text.spans import split_sentences

WORDS = frozenset(fold(w) for w in _LISTED)

B1_MIN_FLESCH_DOUMA = 60.0
B1_MAX_SENTENCE_WORDS = 15.0
B1_MAX_UNCOMMON_SHARE = 0.15

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’-][A-Za-zÀ-ÿ]+)*")
_VOWEL_UNITS = re.compile(
    r"aai|ooi|oei|eeu|ieu|ëi|ij|aa|ee|oo|uu|ie|oe|ui|eu|ei|ou|au|[aeiouyàáâäèéêíîòóôöúûü]|[ëï]"
)
_SUFFIXES = ("heden", "tjes", "jes", "ten", "den", "te", "de", "en", "es", "er", "e", "s", "t", "'s")


@dataclass(frozen=True)
class Readability:
    flesch_douma: float
    avg_sentence_words: float
    uncommon_share: float
    sentences: int
    words: int
    syllables: int
    meets_b1: bool
    problems: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["problems"] = list(self.problems)
        data["target"] = {
            "flesch_douma_min": B1_MIN_FLESCH_DOUMA,
            "avg_sentence_words_max": B1_MAX_SENTENCE_WORDS,
            "uncommon_share_max": B1_MAX_UNCOMMON_SHARE,
        }
        return data


def count_syllables(word: str) -> int:
    return max(1, len(_VOWEL_UNITS.findall(word.lower())))


def _known(word: str) -> bool:
    if word in WORDS:
        return True
    for suffix in ("ingen", "ing"):  # betaling -> betalen, regeling -> regelen
        if word.endswith(suffix) and (word[: -len(suffix)] + "en" in WORDS or word[: -len(suffix)] in WORDS):
            return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if stem in WORDS or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in WORDS):
                return True
            if stem + "en" in WORDS or stem + "e" in WORDS:
                return True
    return False


def is_common(word: str) -> bool:
    """A listed word, an inflection of one, or a compound of two (with an optional linking s)."""
    w = fold(word).replace("’", "'")
    if _known(w):
        return True
    parts = [p for p in w.split("-") if p]
    if len(parts) > 1:
        return all(is_common(p) for p in parts)
    for i in range(3, len(w) - 2):
        head, tail = w[:i], w[i:]
        if _known(tail) and (head in WORDS or (head.endswith("s") and head[:-1] in WORDS)):
            return True
    return False


def measure(text: str) -> Readability:
    sentences = split_sentences(text)
    words: list[str] = []
    candidates: list[str] = []  # words that count for the uncommon share (no names)
    for sentence in sentences:
        for i, match in enumerate(_WORD.finditer(sentence)):
            word = match.group(0)
            words.append(word)
            is_name = i > 0 and word[0].isupper() and not word.isupper()
            if not is_name and not (word.isupper() and len(word) <= 5):  # names and abbreviations
                candidates.append(word)
    n_words = len(words)
    if not n_words:
        return Readability(0.0, 0.0, 0.0, 0, 0, 0, False, ("Geen tekst om te meten.",))
    syllables = sum(count_syllables(w) for w in words)
    asl = n_words / len(sentences)
    fd = 206.835 - 0.93 * asl - 77 * (syllables / n_words)
    uncommon = sum(not is_common(w) for w in candidates) / len(candidates) if candidates else 0.0
    problems = []
    if fd < B1_MIN_FLESCH_DOUMA:
        problems.append(f"Flesch-Douma {fd:.0f} is lager dan {B1_MIN_FLESCH_DOUMA:.0f}.")
    if asl > B1_MAX_SENTENCE_WORDS:
        problems.append(f"Zinnen zijn gemiddeld {asl:.1f} woorden; maximaal {B1_MAX_SENTENCE_WORDS:.0f}.")
    if uncommon > B1_MAX_UNCOMMON_SHARE:
        problems.append(f"{uncommon:.0%} moeilijke woorden; maximaal {B1_MAX_UNCOMMON_SHARE:.0%}.")
    return Readability(
        flesch_douma=round(fd, 1),
        avg_sentence_words=round(asl, 1),
        uncommon_share=round(uncommon, 3),
        sentences=len(sentences),
        words=n_words,
        syllables=syllables,
        meets_b1=not problems,
        problems=tuple(problems),
    )


def uncommon_words(text: str) -> list[str]:
    """The uncommon words of a text, in order, once each (for tuning and for the panel)."""
    seen: dict[str, None] = {}
    for sentence in split_sentences(text):
        for i, match in enumerate(_WORD.finditer(sentence)):
            word = match.group(0)
            if i > 0 and word[0].isupper():
                continue
            if not is_common(word):
                seen.setdefault(word.lower(), None)
    return list(seen)
