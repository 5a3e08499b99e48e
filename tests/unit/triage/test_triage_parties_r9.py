"""Party to the question or only background (fix round before blind round 9).

Each general rule has its own newly written sentences (not taken from any case set) and a negative
example it must not fire on.
"""

from __future__ import annotations

from assistant.features.triage.engine import assess


def _units(text, orgs) -> list[str]:
    return assess(text, orgs).units


def test_the_client_phoned_it_in_the_past_tense(orgs):
    """ "belde" is contact with the organisation, like "belt" and "gebeld"; an organisation that phoned
    the writer ("belde ons") only signalled."""
    assert "uwv" in _units("Meneer belde vorige week zelf het UWV.", orgs)
    assert "uwv" not in _units("Meneer noemde vorige week zelf het UWV.", orgs)
    text = "Zijn mentor van school belde ons bezorgd. Hij vraagt studiefinanciering aan bij DUO."
    assert "school" not in _units(text, orgs)


def test_the_publisher_of_what_the_client_read_is_a_source(orgs):
    text = "Via de nieuwsbrief van de woningcorporatie hoorde ze over de energietoeslag, die ze nu aanvraagt bij de gemeente."
    units = _units(text, orgs)
    assert "woningcorporatie" not in units
    assert "gemeente" in units
    assert "woningcorporatie" in _units("Hij kreeg een aanmaning van de woningcorporatie.", orgs)


def test_where_the_client_works_is_the_job_not_a_party(orgs):
    text = "Sinds de zomer werkt hij twee dagen per week minder bij zijn werkgever, daarom moet de voorlopige aanslag omlaag."
    assert "werkgever" not in _units(text, orgs)
    text = (
        "Ze werkt als oproepkracht in de keuken van hetzelfde ziekenhuis, en vraagt daarom zorgtoeslag aan."
    )
    assert "ziekenhuis" not in _units(text, orgs)
    # the clause ends at the comma: the debt is the client's question, not a workplace
    assert "belastingdienst" in _units("Hij werkt wel, maar de schuld bij de Belastingdienst groeit.", orgs)


def test_a_relatives_own_claim_named_by_its_scheme(orgs):
    text = "Terloops vertelde hij dat zijn dochter een studieschuld heeft. Hij wil de aanslag van de Belastingdienst begrijpen."
    assert "duo" not in _units(text, orgs)
    assert "duo" in _units("Hij heeft zelf een studieschuld bij DUO en kan de termijn niet betalen.", orgs)


def test_what_a_relative_told_about_it_after_the_mention(orgs):
    text = "Hij is bang voor een boete van het CJIB, waar zijn broer over vertelde. Hij vraagt bijstand aan."
    assert "cjib" not in _units(text, orgs)
    assert "cjib" in _units("Het CJIB, waar hij een boete heeft openstaan, stuurde een aanmaning.", orgs)


def test_a_feared_consequence_with_straks(orgs):
    text = 'Hij zegt: "straks komt de deurwaarder beslag leggen." Het gaat om een aanslag van de Belastingdienst.'
    assert "deurwaarder" not in _units(text, orgs)
    assert "deurwaarder" in _units("De deurwaarder komt straks langs om beslag te leggen.", orgs)


def test_a_step_the_client_puts_off_to_later(orgs):
    text = "Een aanmelding bij de schuldhulp van de gemeente wil hij pas later, na de verhuizing. Nu belt hij het UWV."
    units = _units(text, orgs)
    assert "gemeente" not in units
    assert "uwv" in units
    # the organisation itself plans something later: it is a party
    assert "gemeente" in _units("De gemeente wil later deze maand een besluit nemen over de bijstand.", orgs)
    # "later deze week" is soon, not put off
    assert "uwv" in _units("Ze wil later deze week het UWV bellen over de gestopte WW-uitkering.", orgs)


def test_a_short_next_sentence_closes_the_matter(orgs):
    text = (
        "Voor de kinderopvangtoeslag kreeg hij in maart een beschikking van Toeslagen. Dat is afgerond. "
        "Nu gaat het om de WW-uitkering die het UWV heeft stopgezet."
    )
    units = _units(text, orgs)
    assert "toeslagen" not in units
    assert "uwv" in units
    assert "toeslagen" in _units("Toeslagen vordert 800 euro terug. Dat is veel geld voor hem.", orgs)
    assert "toeslagen" in _units("Toeslagen heeft de huurtoeslag stopgezet. Daarna belde hij het UWV.", orgs)
    assert "toeslagen" in _units(
        "Toeslagen vordert de kinderopvangtoeslag terug. Dat is nog niet afgerond.", orgs
    )
    # the verb first, then the pronoun that refers back
    text = (
        "Ze vertelde over een terugvordering van Toeslagen. Volgens haar is die inmiddels helemaal afbetaald. "
        "Nu wil ze bijstand aanvragen bij de gemeente."
    )
    assert "toeslagen" not in _units(text, orgs)
    assert "toeslagen" in _units(text.replace("inmiddels helemaal", "nog niet"), orgs)


def test_an_organisation_that_duly_told_the_client(orgs):
    text = "De werkgever heeft haar keurig laten weten dat het contract in maart afloopt. Zij vraagt WW aan bij het UWV."
    units = _units(text, orgs)
    assert "werkgever" not in units
    assert "uwv" in units
    assert "werkgever" in _units(text.replace("keurig ", ""), orgs)


def test_the_note_corrects_a_confusion(orgs):
    text = (
        "Hij zegt dat het CJIB hem een aanmaning stuurde. De aanmaning is niet van het CJIB maar van de "
        "gemeente, voor parkeerbelasting."
    )
    units = _units(text, orgs)
    assert "cjib" not in units
    assert "gemeente" in units
    text = "De aanmaningen komen niet alleen van het CJIB maar ook van de gemeente."
    assert "cjib" in _units(text, orgs)


def test_a_settled_chain_and_stated_independence(orgs):
    text = (
        "De notaris heeft de verklaring van erfrecht al afgegeven; dat is afgerond. Nu wil zij de "
        "huurtoeslag laten aanpassen bij Toeslagen en het formulier van de SVB opsturen."
    )
    a = assess(text, orgs)
    assert "belastingdienst" not in a.units
    assert a.category == 2
    # a chain whose step is still open implies its organisations
    text = "De erfenis van haar vader moet nog worden afgewikkeld. De SVB vraagt om gegevens."
    assert "belastingdienst" in _units(text, orgs)
    # the writer says nothing depends on anything else: that outweighs a known chain
    text = (
        "De nalatenschap van haar man moet nog worden afgewikkeld en zij wil huurtoeslag bij Toeslagen "
        "aanvragen. Die zaken staan los van elkaar."
    )
    assert assess(text, orgs).category != 3


def test_a_private_landlord_is_no_woningcorporatie(orgs):
    text = "Zij huurt een kamer van een particuliere verhuurder. De verhuurder dreigt met ontruiming."
    assert "woningcorporatie" not in _units(text, orgs)
    assert "woningcorporatie" in _units("De verhuurder dreigt met ontruiming wegens huurachterstand.", orgs)


def test_an_earlier_enquiry_that_referred_the_client_on(orgs):
    text = (
        "Hij heeft de zorgverzekeraar al gebeld: die vergoedt het niet, hij werd naar het Wmo-loket "
        "verwezen. Nu vraagt hij een rolstoel aan."
    )
    assert "zorgverzekeraar" not in _units(text, orgs)
    # sent back and forth: both stay parties
    text = "Hij heeft de gemeente gebeld, maar werd weer terugverwezen naar het UWV."
    assert "gemeente" in _units(text, orgs)
    # a referral without an enquiry of the client's is a role
    assert "huisarts" in _units("De huisarts heeft hem verwezen naar de GGZ.", orgs)


def test_a_we_in_another_partys_words_is_not_the_writer(orgs):
    head = "UWV – klantgesprek | gespreksverslag\nDatum: 3 maart 2027\nKlant: mw. P.\n\n"
    quoted = "De woningcorporatie zegt: 'wij willen eerst een besluit van de gemeente zien'. Mevrouw vraagt huurtoeslag aan."
    assert "uwv" not in _units(head + quoted, orgs)
    # the writer's own "wij willen eerst": the writer's organisation acts
    own = "Wij willen eerst een besluit van de gemeente zien. Mevrouw vraagt huurtoeslag aan."
    assert "uwv" in _units(head + own, orgs)


def test_it_does_not_know_of_the_matter(orgs):
    text = (
        "Zijn werkgever weet van niks en dat houdt hij zo, want hij is bang voor loonbeslag. Hij vraagt "
        "een betalingsregeling aan bij de Belastingdienst."
    )
    assert "werkgever" not in _units(text, orgs)
    # "weet nog niets": still to be told
    text = "Zijn werkgever weet nog niets van het loonbeslag van de Belastingdienst."
    assert "werkgever" in _units(text, orgs)


def test_a_short_verdict_after_a_semicolon(orgs):
    text = (
        "Over de huurtoeslag van Toeslagen had hij vragen, maar dat bleek een oude brief; inmiddels "
        "opgelost. Hij wil bijstand aanvragen bij de gemeente."
    )
    assert "toeslagen" not in _units(text, orgs)
    # a long clause after the semicolon is about something else
    text = (
        "Over de huurtoeslag van Toeslagen had hij vragen, maar dat bleek een oude brief; de gemeente "
        "heeft de bijstand intussen stopgezet en dat is nog niet opgelost."
    )
    assert "toeslagen" in _units(text, orgs)


def test_a_colon_gives_the_reason_why_an_organisation_cannot_act(orgs):
    text = "De gemeente heeft de bijstand toegekend, maar kan niet uitbetalen: de bank heeft de rekening nog niet geopend."
    a = assess(text, orgs)
    assert a.category == 3
    assert [(d.dependent, d.condition) for d in a.dependencies] == [(["gemeente"], ["bank"])]
    text = "De gemeente heeft de bijstand uitbetaald: de bank heeft het geld op de nieuwe rekening gezet."
    assert assess(text, orgs).dependencies == []


def test_received_and_correct_is_settled(orgs):
    text = "De eindafrekening van de werkgever is uitbetaald en klopt. Het UWV moet de WW-uitkering nog berekenen."
    assert "werkgever" not in _units(text, orgs)
    text = "Ze twijfelt of de uitbetaling van de werkgever klopt. Het UWV moet de WW-uitkering nog berekenen."
    assert "werkgever" in _units(text, orgs)


def test_someone_else_arranges_it_himself(orgs):
    text = (
        "Haar kleinzoon Daan woont sinds kort bij haar. Zijn toeslagen regelt Daan zelf bij de Belastingdienst. "
        "Mevrouw vraagt bijzondere bijstand aan bij de gemeente."
    )
    units = _units(text, orgs)
    assert "belastingdienst" not in units
    assert "gemeente" in units
    text = "Dat regelt haar zoon zelf met de Belastingdienst. Mevrouw vraagt bijzondere bijstand aan bij de gemeente."
    assert "belastingdienst" not in _units(text, orgs)
    # "regelt hij zelf": the pronoun may be the client
    assert "belastingdienst" in _units(text.replace("regelt haar zoon zelf", "regelt hij zelf"), orgs)
    # a name the note does not introduce as a relative may be an organisation that acts
    assert "gemeente" in _units("De huuraanpassing regelt Woonstad zelf met de gemeente.", orgs)


def test_a_list_under_a_heading_of_what_the_client_thought(orgs):
    text = (
        "Wat hij eerst dacht:\n- dat hij bij de bank een lening moest afsluiten om de boete te betalen;\n\n"
        "Hij wil een betalingsregeling met het CJIB."
    )
    assert "bank" not in _units(text, orgs)
    text = (
        "Wat hij vraagt:\n- of hij bij de bank een lening moet afsluiten om de boete te betalen;\n\n"
        "Hij wil een betalingsregeling met het CJIB."
    )
    assert "bank" in _units(text, orgs)


def test_an_organisation_that_must_respond_is_a_party(orgs):
    """Reageren (or failing to) is the organisation's part in the question."""
    assert "woningcorporatie" in _units(
        "Reageert de woningcorporatie niet, dan komt ze terug op het spreekuur.", orgs
    )
    text = "Mevrouw vroeg de school om een verklaring. De school heeft nog steeds niet gereageerd."
    assert "school" in _units(text, orgs)
    assert "school" not in _units("De school van haar zoon is een fijne plek.", orgs)


def test_a_stressed_negation_is_a_negation(orgs):
    text = "Ze heeft géén contact met het incassobureau. Ze vraagt huurtoeslag aan bij Toeslagen."
    assert "incassobureau" not in _units(text, orgs)
    assert "incassobureau" in _units(text.replace("géén ", ""), orgs)


def test_without_y_no_x_in_note_style_said_by_a_labelled_organisation(orgs):
    a = assess("Toeslagen aan de telefoon: zonder inschrijving in de BRP geen huurtoeslag.", orgs)
    assert a.category == 3
    assert [(d.dependent, d.condition) for d in a.dependencies] == [(["toeslagen"], ["gemeente"])]
    # one organisation: a condition of life, not a dependency between organisations
    a = assess("Zonder werk geen inkomen, zegt hij. Hij vraagt bijstand aan bij de gemeente.", orgs)
    assert a.dependencies == []


def test_an_option_the_client_turned_down(orgs):
    text = "Een Wlz-indicatie via het CIZ is besproken en door mevrouw afgewezen. Ze vraagt huishoudelijke hulp aan bij de gemeente."
    assert "ciz" not in _units(text, orgs)
    # turned down by the organisation: a decision, a party
    text = "Een Wlz-indicatie via het CIZ is aangevraagd en door het CIZ afgewezen. Ze vraagt huishoudelijke hulp aan bij de gemeente."
    assert "ciz" in _units(text, orgs)


def test_not_yet_completed_is_not_settled(orgs):
    """ "nog niet afgerond" is a matter still open: the organisation stays a party."""
    text = "Zij heeft bezwaar gemaakt bij het UWV en die procedure is nog niet afgerond."
    assert "uwv" in _units(text, orgs)
    assert "uwv" not in _units(text.replace("nog niet", "inmiddels"), orgs)
