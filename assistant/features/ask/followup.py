"""A question in a conversation: a follow-up becomes a standalone question before retrieval.

"En als hij in het ziekenhuis lag?" finds nothing on its own; together with the question before it
it finds the article that answers it. So a follow-up is rewritten first:
- by rules (no model): the previous standalone question and the follow-up, joined;
- by the model when one is configured, through the one checked-wording path; the rewrite is
  checked (a single Dutch question that keeps what the follow-up asks and adds no law, number or
  name that the conversation does not contain) and the rules' version is used when it fails.
The answer then leads with the sentence that answers best, and a refusal shows no sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.drafts.check import Check
from assistant.drafts.draft import Draft, GeneratedBy
from assistant.drafts.wording import Wording, word_with_model
from assistant.features.ask.skill import Answer, ask
from assistant.retrieval.text import tokenize
from assistant.text.folding import fold
from assistant.text.language import is_dutch

MAX_BASE_CHARS = 300  # a chain of follow-ups keeps its first question, not every step
MAX_REWRITE_CHARS = 400
NEW_WORDS_ALLOWED = 3  # a rewrite may add a few connecting words ("geldt", "iemand"), no content

_OPENER = re.compile(
    r"^(?:en|maar|ook|of|dus|want|stel\s+dat|zelfs\s+als|in\s+dat\s+geval|en\s+anders"
    r"|(?:wat|hoe)\s+(?:als|nou|dan|nu|zit\s+het|werkt\s+het|gaat\s+het)"
    r"|geldt\s+(?:dat|dit|het|die|deze)|(?:is|zijn|kan|mag|moet|werkt)\s+(?:dat|dit|het)\s+ook)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:dat|dit|die|deze|daar\w*|hier(?:voor|bij|mee|over|van)|dezelfde|hetzelfde|zo'n|zoiets"
    r"|hij|zij|ze|hem|haar|hun)\b",
    re.IGNORECASE,
)
_OWN_TOPIC_WORDS = 3  # a question with this many content words of its own stands alone
_BARE_WORDS = 2  # a question this short always leans on the one before
_NUMBER = re.compile(r"\d+(?:[:.,]\d+)*")


@dataclass
class Rewrite(Draft):
    """The question as typed and what is searched for. `method`: "geen" (not a follow-up),
    "regels" or "model"."""

    question: str = ""
    standalone: str = ""
    method: str = "geen"

    @property
    def rewritten(self) -> bool:
        return self.method != "geen"


@dataclass
class ChatReply:
    rewrite: Rewrite
    answer: Answer
    warnings: list[str] = field(default_factory=list)


def _names(text: str) -> list[str]:
    """Capitalised words inside a sentence (organisations, laws, names), not a sentence's first word."""
    return [m.group() for m in re.finditer(r"\b[A-Z][\w-]+", text)
            if m.start() > 0 and not re.search(r"[.?!]\s*$", text[: m.start()])]


def is_follow_up(question: str, previous: Sequence[str]) -> bool:
    """A question that leans on the one before: it opens as a continuation ("En als ...",
    "Geldt dat ook ...") or points back and has hardly a topic of its own ("Hoe lang duurt dat?")."""
    text = question.strip()
    if not previous or not text:
        return False
    if _OPENER.match(text):
        return True
    if len(text.split()) <= _BARE_WORDS:  # "Waarom?", "Hoe lang?"
        return True
    own_topic = set(tokenize(text))
    return not own_topic or (len(own_topic) < _OWN_TOPIC_WORDS and bool(_BACK_REFERENCE.search(text)))


def _base(previous: Sequence[str]) -> str:
    base = previous[-1].strip()
    if len(base) > MAX_BASE_CHARS:  # keep the first question of the chain
        base = re.split(r"(?<=\?)\s", base, maxsplit=1)[0][:MAX_BASE_CHARS]
    return base


def rewrite_by_rules(question: str, previous: Sequence[str]) -> str:
    """The previous standalone question and the follow-up, as one question.

    "Mag de gemeente de bijstand verlagen als iemand niet komt?" + "En als hij in het ziekenhuis
    lag?" -> "Mag de gemeente de bijstand verlagen als iemand niet komt, en als hij in het
    ziekenhuis lag?"; a follow-up that is a question of its own is added as a second sentence."""
    follow = " ".join(question.split()).rstrip(" ?") + "?"
    base = " ".join(_base(previous).split()).rstrip(" ?.")
    if re.match(r"^(?:en|maar|ook|of)\b", follow, re.IGNORECASE):
        return f"{base}, {follow[0].lower()}{follow[1:]}"
    if re.match(r"^(?:wat|hoe)\s+als\b", follow, re.IGNORECASE):
        return f"{base}, en {follow.split(None, 1)[1]}"
    return f"{base}? {follow}"


def verify_rewrite(text: str, question: str, previous: Sequence[str]) -> Check:
    """Checks a model's standalone question against the conversation (see the module docstring)."""
    rewrite = " ".join(str(text or "").strip().strip("\"'").split())
    problems: list[str] = []
    if not rewrite.endswith("?") or "\n" in str(text).strip() or len(rewrite) > MAX_REWRITE_CHARS:
        problems.append("geen enkele vraag op één regel")
    if re.match(r"^(?:ja|nee)\b", rewrite, re.IGNORECASE) or re.search(r"\[\d+\]", rewrite):
        problems.append("de tekst beantwoordt de vraag in plaats van haar te herschrijven")
    if not is_dutch(rewrite, min_words=4):
        problems.append("de vraag is geen Nederlands")
    asked, context, got = set(tokenize(question)), set(tokenize(" ".join(previous))), set(tokenize(rewrite))
    if asked and len(asked & got) < 0.75 * len(asked):
        problems.append("wat de vervolgvraag nieuw vraagt, ontbreekt")
    if context and not context & got:
        problems.append("de vraag is niet zelfstandig: niets van de eerdere vragen staat erin")
    conversation = fold(" ".join([*previous, question]))
    new_numbers = [n for n in _NUMBER.findall(rewrite) if n not in conversation]
    new_names = [n for n in _names(rewrite) if fold(n) not in conversation]
    if new_numbers or new_names:
        problems.append(f"nieuwe gegevens die niet in het gesprek staan ({', '.join([*new_numbers, *new_names][:3])})")
    elif len(got - asked - context) > NEW_WORDS_ALLOWED:
        problems.append("de vraag voegt inhoud toe die niet in het gesprek staat")
    return Check(problems, value=rewrite)


def rewrite_question(question: str, previous: Sequence[str], *, settings, llm=None) -> Rewrite:
    """The standalone form of `question`, given the earlier standalone questions (oldest first)."""
    question = " ".join((question or "").split())
    result = Rewrite(question=question, standalone=question, generated_by=GeneratedBy(backend="none"))
    if not is_follow_up(question, previous):
        return result
    result.standalone, result.method = rewrite_by_rules(question, previous), "regels"
    if llm is None:
        return result
    worded = word_with_model(result, llm, settings, Wording(
        "ask_followup", {"previous": "\n".join(f"- {q}" for q in previous[-3:]), "question": question},
        lambda text: verify_rewrite(text, question, previous[-3:]), max_tokens=120,
        fallback="de vraag is met vaste regels aangevuld",
    ))  # fmt: skip
    if worded is not None:
        result.standalone, result.method = worded, "model"
    return result


def lead_with_answer(answer: str, question: str) -> str:
    """An extractive answer (one "sentence [n]" per line) with the line that shares most words
    with the question first; the others keep their order."""
    lines = [line for line in answer.splitlines() if line.strip()]
    if len(lines) < 2:
        return answer
    asked = set(tokenize(question))
    scores = [len(asked & set(tokenize(re.sub(r"\[\d+\]", "", line)))) for line in lines]
    best = max(range(len(lines)), key=lambda i: (scores[i], -i))
    return "\n".join([lines[best], *lines[:best], *lines[best + 1 :]])


def answer_rewritten(rewrite: Rewrite, *, settings, index, llm=None, k: int = 5) -> ChatReply:
    """Answer the standalone question; a refusal (weak retrieval) shows no unrelated sources."""
    answer = ask(rewrite.standalone, settings=settings, index=index, llm=llm, k=k)
    if answer.weak:
        answer.sources = []
    elif not answer.generated_by.model_output_used:
        answer.answer = lead_with_answer(answer.answer, rewrite.standalone)
    return ChatReply(rewrite, answer, [*rewrite.warnings, *answer.warnings])
