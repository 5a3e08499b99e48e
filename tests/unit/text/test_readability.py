"""Flesch-Douma with Dutch syllable counting, sentence length and the share of uncommon words."""

from __future__ import annotations

import pytest

from assistant.text.common_words import WORDS
from assistant.text.readability import (
    B1_MAX_SENTENCE_WORDS,
    B1_MAX_UNCOMMON_SHARE,
    B1_MIN_FLESCH_DOUMA,
    count_syllables,
    is_common,
    measure,
)
from assistant.text.spans import split_sentences


@pytest.mark.parametrize(
    "word,syllables",
    [
        ("huis", 1), ("nieuw", 1), ("moeilijk", 2), ("bezwaar", 2), ("uitkering", 3), ("huurtoeslag", 3),
        ("terugvordering", 5), ("beëindigen", 4), ("idealen", 4), ("informatie", 4), ("eeuw", 1),
        ("mooi", 1), ("koeien", 2), ("belastingdienst", 4),
    ],
)  # fmt: skip
def test_dutch_syllables(word, syllables):
    assert count_syllables(word) == syllables


def test_flesch_douma_formula_on_a_known_text():
    text = "De kat zit op de mat. Het is warm."  # 9 words, 2 sentences, 9 syllables
    r = measure(text)
    assert (r.words, r.sentences, r.syllables) == (9, 2, 9)
    assert r.flesch_douma == pytest.approx(206.835 - 0.93 * 4.5 - 77 * 1.0, abs=0.05)


def test_sentences_end_at_punctuation_and_lines_not_in_amounts():
    text = "Betaal € 1.236,00 vóór 3 maart 2026. Doe dat snel!\nWat moet u doen?\n- Bellen"
    assert split_sentences(text) == [
        "Betaal € 1.236,00 vóór 3 maart 2026.",
        "Doe dat snel!",
        "Wat moet u doen?",
        "- Bellen",
    ]


def test_common_words_list_and_inflections():
    assert 2000 <= len(WORDS) <= 5000
    for word in ("betalen", "betaalt", "huurprijs", "betalingsregeling", "vóór", "één", "brieven"):
        assert is_common(word), word
    for word in ("invorderingsrente", "dwangbevel", "beschikking", "toetsingsinkomen"):
        assert not is_common(word), word


def test_plain_text_meets_b1_and_official_text_does_not():
    plain = (
        "U krijgt deze brief van de gemeente. U moet € 50,00 betalen. Doe dat voor 1 april. "
        "Kunt u niet betalen? Bel dan de gemeente. Zij helpen u graag."
    )
    official = (
        "Ingevolge de toepasselijke bepalingen van de Participatiewet en de daarop gebaseerde "
        "beleidsregels heeft het college van burgemeester en wethouders besloten tot terugvordering "
        "van de ten onrechte verstrekte bijstandsuitkering, vermeerderd met de wettelijke rente, "
        "onverminderd de bevoegdheid tot verrekening met toekomstige betalingen."
    )
    good, bad = measure(plain), measure(official)
    assert good.meets_b1 and good.flesch_douma >= B1_MIN_FLESCH_DOUMA
    assert not bad.meets_b1
    assert bad.avg_sentence_words > B1_MAX_SENTENCE_WORDS
    assert bad.uncommon_share > B1_MAX_UNCOMMON_SHARE
    assert len(bad.problems) == 3


def test_names_and_abbreviations_do_not_count_as_uncommon():
    r = measure("U krijgt een brief van het UWV. Meneer Zwanenburg helpt u.")
    assert r.uncommon_share == 0.0


def test_empty_text():
    r = measure("  \n ")
    assert r.words == 0 and not r.meets_b1
