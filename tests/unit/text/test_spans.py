"""The sentence splitter: shorthand dots do not end a sentence, an acronym's full stop does."""

from __future__ import annotations

from assistant.text.spans import split_sentences


def test_acronym_at_sentence_end_ends_the_sentence():
    parts = split_sentences("Hij is aangemeld bij de ggz. Die wil eerst een intake.")
    assert parts == ["Hij is aangemeld bij de ggz.", "Die wil eerst een intake."]


def test_shorthand_does_not_end_the_sentence():
    assert split_sentences("Cl. woont i.v.m. werk bij haar zus. Ze zoekt een kamer.") == [
        "Cl. woont i.v.m. werk bij haar zus.",
        "Ze zoekt een kamer.",
    ]
