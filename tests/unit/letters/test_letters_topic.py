"""What a letter is about: the subject line, else the opening paragraph, else the one topic the body
names more than once. A side remark or a list of fixed costs names no topic."""

from __future__ import annotations

from assistant.features.letters.topics import find_topic

_HEAD = "Kantoor Zuidas\nPostbus 12\n\nDatum: 4 mei 2028\n\nGeachte mevrouw Brink,\n\n"


def test_the_subject_line_names_the_topic():
    assert find_topic(_HEAD + "Wij hebben uw aanvraag bekeken.\n", "Uw aanvraag WIA-uitkering") == "uw WIA-uitkering"


def test_the_earliest_topic_of_the_subject_wins_over_the_list_order():
    assert find_topic("", "Besluit over uw WIA-uitkering, niet over uw WW") == "uw WIA-uitkering"


def test_a_topic_in_the_opening_paragraph_is_the_topic():
    body = "U heeft te veel kinderbijslag gekregen over het tweede kwartaal.\n\nBetaal het bedrag terug.\n"
    assert find_topic(_HEAD + body, "Terugvordering") == "uw kinderbijslag"


def test_a_side_remark_deep_in_the_letter_names_no_topic():
    """A loonbeslag letter that mentions once that the reader gets zorgtoeslag is not about zorgtoeslag."""
    body = (
        "Ik heb beslag gelegd op uw loon bij uw werkgever.\n\n"
        "Bij de berekening van de beslagvrije voet ben ik ervan uitgegaan dat u alleen woont en dat u "
        "zorgtoeslag ontvangt. Klopt dat niet? Laat het mij weten.\n"
    )
    assert find_topic(_HEAD + body, "Mededeling loonbeslag") is None


def test_a_list_of_fixed_costs_names_no_topic():
    body = (
        "Hierbij uw budgetplan voor de komende maanden.\n\n"
        "Wij betalen uw vaste lasten: huur, energie en zorgverzekering. De huur gaat op de eerste van de maand.\n"
    )
    assert find_topic(_HEAD + body, "Uw budgetplan") is None


def test_one_topic_named_twice_in_the_body_is_the_topic():
    body = (
        "Wij hebben uw gegevens bekeken.\n\n"
        "Uw huurtoeslag wordt per 1 juli lager. De nieuwe huurtoeslag ziet u in de tabel hieronder.\n"
    )
    assert find_topic(_HEAD + body, "Wijziging") == "uw huurtoeslag"


def test_a_benefit_the_reader_does_not_get_is_not_the_topic():
    body = "U ontvangt zorgtoeslag maar geen huurtoeslag. Uw zorgtoeslag blijft gelijk.\n"
    assert find_topic(_HEAD + body, "Wijziging") == "uw zorgtoeslag"


def test_a_benefit_that_stops_is_the_topic():
    body = "U krijgt geen huurtoeslag meer, omdat u verhuisd bent naar een woning zonder huurcontract.\n"
    assert find_topic(_HEAD + body, "Wijziging") == "uw huurtoeslag"
