"""The letter explanation as cards: what to do, the amount to pay, the deadline and bezwaar first."""

from __future__ import annotations

from ui.cards import bullets, card, check_list, esc, fact, result, section, warnings

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")  # fmt: skip
DEADLINE_WORDS = ("uiterste", "uiterlijk", "termijn", "betalen voor", "binnen")


def dutch_date(iso: object) -> str:
    """'2026-04-21' -> '21 april 2026' (anything else as given)."""
    text = str(iso or "")
    parts = text[:10].split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return text


def euro(value: object) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return "€ " + f"{number:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def amount_to_pay_html(draft: dict) -> str:
    """The amount to pay as the draft states it ('' for a draft without the field)."""
    if "amount_to_pay" not in draft:
        return ""
    pay = draft["amount_to_pay"] or {}
    if pay.get("value") is None:
        shown = "te controleren" if pay.get("status") == "to_check" else "geen betaling gevraagd"
        return fact(shown, pay)
    return fact(f"<strong>{esc(euro(pay.get('value')))}</strong>", pay)


def amounts_html(draft: dict, limit: int = 3) -> str:
    amounts = draft.get("amounts") or []
    shown = [f"{esc(euro(a.get('value')))} <small>({esc(a.get('label', ''))})</small>" for a in amounts[:limit]]
    return "<br>".join(shown)


def deadline_html(draft: dict) -> str:
    objection = draft.get("objection") or {}
    for d in draft.get("dates") or []:
        meaning = str(d.get("meaning") or "").lower()
        if any(w in meaning for w in DEADLINE_WORDS):
            return fact(f"<strong>{esc(dutch_date(d.get('date')))}</strong> <small>({esc(meaning)})</small>", d)
    if objection.get("until"):
        return fact(f"<strong>{esc(dutch_date(objection['until']))}</strong> <small>(bezwaar)</small>", objection)
    return "geen termijn gevonden"


def objection_html(draft: dict) -> str:
    objection = draft.get("objection") or {}
    possible = objection.get("possible")
    if possible is True:
        until = f" tot en met {esc(dutch_date(objection['until']))}" if objection.get("until") else ""
        shown = f"mogelijk{until}"
    elif possible is False:
        shown = "niet mogelijk"
    else:
        shown = "niet vermeld"
    return fact(shown, objection) if objection else shown


def summary_card(draft: dict) -> str:
    actions = draft.get("actions") or []
    rows = [
        ("Wat te doen", esc(actions[0]) if actions else "geen actie gevonden"),
        ("Te betalen", amount_to_pay_html(draft)),
        ("Bedragen", amounts_html(draft)),
        ("Uiterste datum", deadline_html(draft)),
        ("Bezwaar", objection_html(draft)),
        ("Brief", esc(" · ".join(x for x in (draft.get("sender") or "afzender onbekend",
                                              dutch_date(draft.get("letter_date")),
                                              draft.get("kind_label") or draft.get("kind") or "") if x))),
    ]  # fmt: skip
    return card("Uitleg van de brief (concept)", rows)


def details_html(draft: dict) -> str:
    dates = [f"{esc(dutch_date(d.get('date')))}: {esc(d.get('meaning', ''))}" for d in draft.get("dates") or []]
    amounts = [f"{esc(euro(a.get('value')))}: {esc(a.get('label', ''))}" for a in draft.get("amounts") or []]
    words = [f"<strong>{esc(w.get('word'))}</strong>: {esc(w.get('meaning'))}" for w in draft.get("difficult_words") or []]
    r = draft.get("readability") or {}
    readability = (f"Flesch-Douma {esc(r.get('flesch_douma'))}, {esc(r.get('avg_sentence_words'))} woorden per zin; "
                   f"{'haalt B1' if r.get('meets_b1') else 'haalt B1 niet'}") if r else ""  # fmt: skip
    return "".join([
        section("Alle acties", bullets(draft.get("actions"))),
        section("Alle bedragen", bullets(amounts, render=str)),
        section("Alle datums", bullets(dates, render=str)),
        section("Moeilijke woorden", bullets(words, render=str)),
        section("Kenmerken", bullets(draft.get("references"))),
        section("Leesbaarheid", readability),
    ])


def render(draft: dict) -> str:
    return result(summary_card(draft), check_list(draft.get("check_list")), warnings(draft.get("warnings")),
                  details_html(draft), elem="rw-letter-result")  # fmt: skip


def doubt(reasons: list[str]) -> str:
    """The card shown instead of an explanation when the text does not look like a letter."""
    body = (f"<p>Dit lijkt geen brief van een organisatie: {esc('; '.join(reasons))}. Regiewijzer legt het "
            "daarom niet uit als brief, om geen afzender, bedrag of termijn te verzinnen.</p>"
            "<p>Is het een verhaal van de cliënt? Gebruik dan <strong>Triage</strong>. Is het toch een brief? "
            "Kies <strong>Toch uitleggen</strong>.</p>")  # fmt: skip
    return result(f'<div class="rw-card rw-tocheck" id="rw-letter-doubt"><h3>Geen brief?</h3>{body}</div>')
