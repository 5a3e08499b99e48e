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


def test_sentence_around_keeps_amounts_and_abbreviations_whole():
    from assistant.text.spans import Span, sentence_around

    text = "Inleiding. Zij moet € 2.184 terugbetalen volgens art. 58 Pw. Dat kan niet."
    at = text.find("terugbetalen")
    assert sentence_around(text, Span(at, at + 5)) == "Zij moet € 2.184 terugbetalen volgens art. 58 Pw."
    text = "Kop\nregel twee hier\nnog een"
    at = text.find("twee")
    assert sentence_around(text, Span(at, at + 4)) == "regel twee hier"


def test_a_sentence_ends_after_a_closing_quote():
    from assistant.text.spans import sentences

    text = "Hij zei: 'dat is niet nodig.' Bij doorvragen ligt het anders."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Hij zei: 'dat is niet nodig.'",
        "Bij doorvragen ligt het anders.",
    ]
    text = "Hij noemt het 'spoed' en belt de gemeente."  # a quote without a full stop ends nothing
    assert len(sentences(text)) == 1
