"""A letterhead written on one line, its parts split by bars: the first part names the sender, a part
that holds only a date dates the letter, and the text reads as a letter (new sentences, round 14)."""

from __future__ import annotations

from datetime import date

from assistant.features.letters.letter_date import find_letter_date
from assistant.features.letters.shape import structure_marks
from assistant.features.letters.text import letterhead_cells, unbar_letterhead

HEAD = "Stadswarmte Noord | contractnummer 88 1204 | 03-02-2027\n\nBeste meneer Okafor,\n\nUw warmteafrekening staat klaar.\n"


def test_each_part_of_a_one_line_letterhead_is_a_cell():
    cells = [HEAD[s:e] for s, e in letterhead_cells(HEAD)]
    assert cells == ["Stadswarmte Noord", "contractnummer 88 1204", "03-02-2027"]
    assert unbar_letterhead(HEAD).startswith("Stadswarmte Noord\ncontractnummer 88 1204\n03-02-2027\n")


def test_a_date_part_of_the_letterhead_dates_the_letter():
    found = find_letter_date(HEAD)
    assert found is not None and found.value == date(2027, 2, 3)


def test_a_part_with_words_beside_the_date_does_not_date_the_letter():
    text = "Stadswarmte Noord | vervalt op 03-02-2027\n\nBeste meneer Okafor,\n\nUw afrekening staat klaar.\n"
    found = find_letter_date(text)
    assert found is None or found.value != date(2027, 2, 3)


def test_bars_below_the_first_line_are_no_letterhead():
    text = "Beste meneer Okafor,\n\nTarief | verbruik | bedrag\nvast | 12 | 30,00\n"
    assert letterhead_cells(text) == [] and unbar_letterhead(text) == text


def test_a_label_in_a_letterhead_part_counts_as_letter_structure():
    head = "Stadswarmte Noord | klantnummer 88 1204 | 03-02-2027\n\nUw warmteafrekening staat klaar.\n"
    assert structure_marks(head) == 1
    assert structure_marks(head.replace(" | ", ", ")) == 0  # a label inside a line is no structure
