"""Legal concepts as groups of word stems, shared by the catalogue's conditions. Pure.

A required fact or `not_when` in corpus/gronden may name a concept as "@name" in its any_of; it
stands for every stem of the group. One group per legal notion (a decision, an application, a term
that has passed), written as general Dutch paraphrases, so the grounds that need the same fact
recognise it the same way. Stems follow casetext.py ("..." is a gap of a few words).
"""

from __future__ import annotations

from collections.abc import Iterable

CONCEPTS: dict[str, tuple[str, ...]] = {
    # a decision (or intended decision) of a public body, in any of its everyday forms
    "besluit": ("besluit", "beschikking", "afgewezen", "afwijzing", "wijst ... af", "stopgezet", "herzien",
                "teruggevorderd", "terugvorder", "vordert", "geweigerd", "weigert", "maatregel", "verlaag", "verlag",
                "ingetrokken", "opgeschort", "niet in behandeling", "boete", "opgelegd", "legt ... op", "past ... toe",
                "verrekent", "voornemen", "brief van", "wil pas", "pas als", "niet in aanmerking", "beeindig",
                "beëindig", "op nihil", "op nul", "terug te betalen", "moet ... terug", "kent ... toe", "toegekend"),
    # an application by the person (not a decision the body took of its own accord)
    "aanvraag": ("aanvraag", "aangevraagd", "aanvragen", "vroeg ...+ aan", "vraagt ...+ aan", "vroegen ...+ aan",
                 "ingediend", "vroeg om", "vraagt om", "heeft ... gevraagd om"),
    # the body has not (yet) decided although the time for it has passed or runs long
    "niet_beslist": ("nog geen besluit", "nog geen beschikking", "nog geen beslissing", "nog steeds geen",
                     "niet tijdig beslist", "niet op tijd beslist", "te laat beslist", "beslistermijn", "niets gehoord",
                     "hoort niets", "geen reactie", "pas beslissen", "nog niet beslist", "nog niet besloten",
                     "ligt ... stil", "blijft ... liggen", "wacht ... op ... beslissing", "wacht ... op ... besluit"),
    # bezwaar or beroep has been (or is being) lodged
    "bezwaar_beroep": ("bezwaar", "beroepschrift", "in beroep", "beroep ingesteld", "beroep bij de rechter"),
    # the body says a term for the person has passed
    "termijn_verstreken": ("te laat", "termijn verlopen", "termijn verstreken", "termijn ... eindigde",
                           "termijn ... afgelopen", "termijn ... overschreden", "buiten de termijn", "na de termijn",
                           "niet ontvankelijk", "niet-ontvankelijk", "na afloop van de termijn"),
    # the bezwaar- or beroepschrift itself came after its term (Awb 6:11), not an aanvraag
    "bezwaar_te_laat": ("bezwaar ...+ te laat", "beroep ...+ te laat", "te laat bezwaar", "te laat in beroep",
                        "te laat met ...+ bezwaar", "te laat met ...+ beroep",
                        "bezwaartermijn ... verstreken", "bezwaartermijn ... verlopen", "bezwaartermijn ... voorbij",
                        "bezwaartermijn ... overschreden", "beroepstermijn ... verstreken", "beroepstermijn ... verlopen",
                        "termijn verlopen", "termijn verstreken", "termijn ... overschreden", "buiten de termijn",
                        "na de termijn", "niet ontvankelijk", "niet-ontvankelijk", "na afloop van de termijn"),
    # the person's own bezwaar, beroep or aanvraag was late (so it is not the body that is late)
    "eigen_stuk_te_laat": ("niet ontvankelijk", "niet-ontvankelijk", "bezwaar ... te laat", "beroep ... te laat",
                           "te laat ingediend", "te laat aangevraagd", "te laat ingestuurd", "te laat bezwaar"),
    # the decision reached the person later than its date, or not at the right address
    "later_bekendgemaakt": ("poststempel", "verzenddatum", "datum van verzending", "verzonden op", "verstuurd op",
                            "later verstuurd", "later verzonden", "pas verstuurd", "pas verzonden", "later ontvangen",
                            "pas ontvangen", "oud adres", "oude adres", "verkeerd adres", "verkeerde adres",
                            "niet ontvangen", "niet bezorgd", "nooit gekregen", "nooit ontvangen", "pas ontdekt",
                            "pas ... gevonden", "pas ... vond", "vond ... pas"),
    # the person sent a document by post (the postal rule of Awb 6:9)
    "per_post": ("ter post", "op de post", "per post", "aangetekend", "bewijs van verzending", "verzendbewijs",
                 "gepost", "op de bus", "per brief verstuurd", "poststempel"),
    # the person was not heard before the decision
    "niet_gehoord": ("niet gehoord", "zonder hoorzitting", "geen hoorzitting", "zonder ... te horen",
                     "zonder ... horen", "afgezien van horen", "afgezien van het horen", "niet uitgenodigd",
                     "niet ... gehoord", "geen gesprek", "zonder gesprek", "niet horen", "zonder ... uitgenodigd",
                     "horen ... niet nodig", "niet ... te horen", "afzien van horen"),
    # the body says it has no choice or gives no reasons of its own
    "geen_keuze_gezegd": ("geen keuze", "geen ruimte", "niets doen", "niet afwijken", "kan niet anders",
                          "kunnen niet anders", "regel is regel", "volgens de wet", "de wet schrijft", "wettelijk verplicht",
                          "nu eenmaal", "geen uitzondering", "zonder uitleg", "zonder motivering", "geen motivering",
                          "niet gemotiveerd", "kan ... niets aan doen", "kunnen ... niets aan doen"),
    # a request for information that the person did not answer in time
    "info_niet_gegeven": ("gevraagde informatie", "gevraagde gegevens", "gevraagde stukken", "vragenbrief",
                          "informatieverzoek", "niet op tijd gestuurd", "niet op tijd gegeven", "niet op tijd verstrekt",
                          "niet gereageerd", "niet teruggestuurd", "gegevens ... niet", "informatie ... niet"),
    # an advance or allowance set to nothing or stopped by the body of its own accord
    "op_nihil": ("op nihil", "op nul", "nihil", "ambtshalve", "stopgezet", "stopt ... toeslag", "stopt ... voorschot",
                 "voorschot ... stop", "gestopt"),
    # the person reported a change in time (the inlichtingenplicht was met)
    "zelf_gemeld": ("tijdig gemeld", "op tijd gemeld", "zelf gemeld", "doorgegeven", "gaf ... door", "geeft ... door",
                    "heeft ... gemeld", "meldde", "tijdig ... door", "met bewijs", "niet verwerkt", "pas verwerkt",
                    "verwerkte ... pas", "te laat verwerkt", "fout van de gemeente", "fout bij de gemeente",
                    "zelf ... door te geven", "administratieve fout", "administratieve vertraging"),
    # a bedreigende situatie in the sense of Wgs 4 lid 2: eviction, cut-off of energy or water, the
    # health insurance ended (the three-working-days rule instead of the four weeks of lid 1)
    "bedreigende_situatie": ("ontruiming", "uitzetting", "huisuitzetting", "afsluit", "afgesloten",
                             "zorgverzekering opgezegd", "zorgverzekering ... opgezegd", "zorgverzekering ... ontbonden",
                             "vonnis", "premieachterstand"),
    # the person could not act in time through illness, an admission or detention (Awb 6:11, not the
    # postal rule of Awb 6:9 lid 2, which is about a stuk posted in time)
    "verhinderd": ("ziek", "opname", "opgenomen", "ziekenhuis", "kliniek", "crisisafdeling", "detentie",
                   "gevangenis", "psychose", "overleden"),
    # the body did not send a required notice, or sent it late
    "bericht_niet_of_laat": ("geen brief", "nooit een brief", "nooit ... brief", "nooit gekomen", "nooit gekregen",
                             "nooit ontvangen", "niet ontvangen", "geen kennisgeving", "niet ... gewezen",
                             "nooit ... gewezen", "niet geinformeerd", "niets ... gehoord", "nooit ... bericht",
                             "kennisgeving ... te laat", "te late kennisgeving", "pas ... brief", "brief ... pas"),
    # a foreign national without lawful stay (Vreemdelingenwet 2000 artikel 8 names every ground of lawful stay)
    "geen_rechtmatig_verblijf": ("ongedocumenteerd", "zonder verblijfsvergunning", "geen verblijfsvergunning",
                                 "zonder verblijfsrecht", "geen verblijfsrecht", "zonder geldige verblijf",
                                 "geen geldige verblijf", "uitgeprocedeerd", "geen rechtmatig verblijf",
                                 "zonder rechtmatig verblijf", "niet rechtmatig", "zonder papieren", "geen papieren",
                                 "illegaal"),
    # lawful stay: a permit, or an application the person may await here (artikel 8, onder g)
    "rechtmatig_verblijf": ("heeft een verblijfsvergunning", "heeft een geldige verblijfsvergunning",
                            "met een geldige verblijfsvergunning", "verblijfsvergunning ... geldig tot",
                            "heeft rechtmatig verblijf", "rechtmatig verblijf heeft", "verblijft rechtmatig",
                            "statushouder", "verlengingsaanvraag", "aanvraag ...+ onbepaalde tijd",
                            "ind ...+ nog niet ...+ beslist", "beslissing ...+ in nederland afwachten"),
}  # fmt: skip

PREFIX = "@"


def expand(stems: Iterable[str]) -> tuple[str, ...]:
    """The stems with each "@concept" replaced by its group (order kept, duplicates dropped)."""
    out: list[str] = []
    for stem in stems:
        for s in CONCEPTS[stem[1:]] if stem.startswith(PREFIX) else (stem,):
            if s not in out:
                out.append(s)
    return tuple(out)


def unknown_concepts(stems: Iterable[str]) -> list[str]:
    return [s for s in stems if s.startswith(PREFIX) and s[1:] not in CONCEPTS]
