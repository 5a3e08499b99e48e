"""Law texts: official BWB "toestand" XML and the Markdown law formats, parsed per article and lid.

Two Markdown styles are read: front matter + `## Artikel 4:84` (regelrecht exports), and an HTML meta
line + `### Artikel  1.1` (laws-markdown). Leden are numbered lines ("1. ..." or "1 ..."); a number
only starts a new lid when it follows the previous one, so wrapped lines such as "1 januari" do not.
XML is parsed with defusedxml (no entity expansion); repealed (`vervallen`) and not-yet-in-force
(`nogniet`) articles are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET
import yaml

from assistant.knowledge.corpus import LawSource, load_law_sources

_FILENAME = re.compile(r"(BWBR\d{7})[-_](\d{4}-\d{2}-\d{2})")


class LawParseError(ValueError):
    pass


@dataclass
class LawArticle:
    number: str
    title: str = ""
    paragraphs: dict[str, str] = field(default_factory=dict)  # lid -> text
    intro: str = ""  # text of an article without leden
    heading: str = ""  # chapter/section heading the article sits under

    @property
    def text(self) -> str:
        if not self.paragraphs:
            return self.intro
        parts = [self.intro] if self.intro else []
        parts += [f"{nr}. {txt}" for nr, txt in self.paragraphs.items()]
        return "\n".join(parts)


@dataclass
class LawText:
    name: str  # short citation name from sources.yaml ("Awb"), else the title
    title: str
    bwb_id: str | None
    version_date: str | None
    source: str
    articles: dict[str, LawArticle] = field(default_factory=dict)


def _law_source(bwb_id: str | None, title: str | None) -> LawSource | None:
    for law in load_law_sources():
        if bwb_id and law.bwb_id == bwb_id:
            return law
        if title and title.lower() in (n.lower() for n in law.all_names):
            return law
    return None


def _clean(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\[ref\d+\]", r"\1", text)  # markdown reference links
    text = re.sub(r"^\[ref\d+\]:.*$", "", text, flags=re.MULTILINE)
    text = text.replace("*", "")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    # hard-wrapped lines are joined; a new list item ("a.", "1°", "-") keeps its own line
    text = re.sub(r"\n(?!\s*(?:[a-z]{1,2}\.|\d+[°.]|[-–•])\s)", " ", text)
    return re.sub(r" {2,}", " ", text).strip()


# --- XML -----------------------------------------------------------------------------------------


def _xml_text(elem) -> str:
    """Readable text of an element, skipping meta-data; list items on their own line."""
    parts: list[str] = []

    def walk(e) -> None:
        if e.tag in ("meta-data", "kop", "lidnr", "redactie"):
            if e.tail:
                parts.append(e.tail)
            return
        if e.tag == "li" or (e.tag == "al" and parts and not parts[-1].endswith(" ")):
            parts.append("\n")
        if e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tag == "li.nr":
                parts.append(" ")
        if e.tail:
            parts.append(e.tail)

    for child in elem:
        walk(child)
    return _clean("".join(parts).strip())


def _parse_xml(path: Path) -> LawText:
    try:
        root = SafeET.parse(str(path)).getroot()
    except Exception as exc:  # defusedxml raises several types for unsafe or broken XML
        raise LawParseError(f"{path.name}: geen geldige of veilige XML ({exc.__class__.__name__})") from exc
    if root.tag != "toestand":
        raise LawParseError(f"{path.name}: geen BWB-toestand (root is <{root.tag}>)")
    bwb_id = root.get("bwb-id")
    version = root.get("inwerkingtreding")
    cite = root.find(".//citeertitel")
    title = (cite.text or "").strip() if cite is not None else ""
    src = _law_source(bwb_id, title)
    law = LawText(
        name=src.name if src else title or path.stem,
        title=src.title if src else title,
        bwb_id=bwb_id,
        version_date=version,
        source=str(path),
    )
    parents: dict = {}
    for parent in root.iter():
        for child in parent:
            parents[child] = parent
    for art in root.iter("artikel"):
        if art.get("status") in ("vervallen", "nogniet"):
            continue
        nr_el = art.find("kop/nr")
        if nr_el is None or not (nr_el.text or "").strip():
            continue
        number = nr_el.text.strip().rstrip(".")
        title_el = art.find("kop/titel")
        heading = ""
        p = parents.get(art)
        while p is not None and not heading:
            kop_titel = p.find("kop/titel")
            if kop_titel is not None and p.tag in ("paragraaf", "hoofdstuk", "afdeling", "titeldeel"):
                heading = (kop_titel.text or "").strip()
            p = parents.get(p)
        article = LawArticle(number=number, title=(title_el.text or "").strip() if title_el is not None else "",
                             heading=heading)
        leden = [lid for lid in art.findall("lid") if lid.get("status") not in ("vervallen", "nogniet")]
        if leden:
            for lid in leden:
                nr = (lid.findtext("lidnr") or "").strip().rstrip(".") or str(len(article.paragraphs) + 1)
                text = _xml_text(lid)
                if text:
                    article.paragraphs[nr] = text
        else:
            article.intro = _xml_text(art)
        if article.text:
            law.articles.setdefault(number, article)
    return law


# --- Markdown --------------------------------------------------------------------------------------

_ART_HEADING = re.compile(r"^#{2,4}\s*Artikel\s+([0-9](?:[0-9A-Za-z:.]*[0-9A-Za-z])?)\.?\s*(.*)$")
_SECTION_HEADING = re.compile(r"^#{2,4}\s*(?!Artikel\b)(.+?)\s*$")
_LID_LINE = re.compile(r"^(\d+[a-z]?)\.?\s+(\S.*)$")


def _next_lid_ok(previous: str | None, candidate: str) -> bool:
    if previous is None:
        return candidate == "1"
    prev_num = int(re.match(r"\d+", previous).group())
    cand_num = int(re.match(r"\d+", candidate).group())
    if candidate[-1].isalpha():  # "2a" after "2"
        return cand_num == prev_num
    return cand_num == prev_num + 1


def _split_leden(body: str) -> tuple[str, dict[str, str]]:
    intro: list[str] = []
    leden: dict[str, list[str]] = {}
    current: str | None = None
    for line in body.splitlines():
        m = _LID_LINE.match(line.lstrip(" ")) if len(line) - len(line.lstrip(" ")) <= 4 else None
        if m and _next_lid_ok(current, m.group(1)):
            current = m.group(1)
            leden[current] = [m.group(2)]
        elif current is None:
            intro.append(line)
        else:
            leden[current].append(line)
    return _clean("\n".join(intro)), {k: _clean("\n".join(v)) for k, v in leden.items()}


def _parse_markdown(path: Path) -> LawText:
    from assistant.inputs import decode_bytes

    raw = decode_bytes(path.read_bytes(), path.name)  # a law saved from Word in Windows-1252 is read, not skipped
    meta: dict = {}
    m = re.match(r"^---\n(.*?)\n---\n", raw, re.DOTALL)
    if m:
        meta = yaml.safe_load(m.group(1)) or {}
        raw = raw[m.end():]
    fname = _FILENAME.search(path.name)
    bwb_id = meta.get("bwb_id") or (fname.group(1) if fname else None)
    version = str(meta.get("valid_from") or (fname.group(2) if fname else "")) or None
    title = meta.get("title")
    if not title:
        t = re.search(r"^##?\s*Wet van .*\(([^)]+)\)\s*$", raw, re.MULTILINE)
        title = t.group(1) if t else None
    src = _law_source(bwb_id, title)
    law = LawText(
        name=src.name if src else (title or path.stem),
        title=src.title if src else (title or path.stem),
        bwb_id=bwb_id,
        version_date=version,
        source=str(path),
    )
    heading = ""
    number: str | None = None
    body: list[str] = []

    def flush() -> None:
        if number is None:
            return
        intro, leden = _split_leden("\n".join(body))
        art = LawArticle(number=number, paragraphs=leden, intro=intro, heading=heading)
        if art.text and not re.fullmatch(r"\[?(Vervallen|Gereserveerd)[^\]]*\]?\.?", art.text, re.IGNORECASE):
            law.articles.setdefault(number, art)

    for line in raw.splitlines():
        am = _ART_HEADING.match(line)
        if am:
            flush()
            number, body = am.group(1).rstrip("."), []
            continue
        sm = _SECTION_HEADING.match(line)
        if sm and line.startswith("#"):
            text = sm.group(1).strip("# ").strip()
            if re.fullmatch(r"Aanhef|Considerans|Ondertekening|Slotformulering", text, re.IGNORECASE):
                flush()
                number, body, heading = None, [], ""
            elif text and not re.fullmatch(r"(Hoofdstuk|§|Paragraaf|Afdeling|Titel)\s*[\w.:]*", text, re.IGNORECASE):
                flush()
                number, body = None, []
                heading = text
            continue
        if number is not None:
            body.append(line)
    flush()
    if not law.articles:
        raise LawParseError(f"{path.name}: geen artikelen gevonden (verwacht '## Artikel N' of '### Artikel N')")
    return law


def is_law_markdown(path: Path) -> bool:
    """A Markdown file is a law when it has article headings."""
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return False
    return len(re.findall(r"^#{2,4}\s*Artikel\s+\d", head, re.MULTILINE)) >= 3


def load_law_file(path: str | Path) -> LawText:
    path = Path(path)
    if path.suffix.lower() == ".xml":
        return _parse_xml(path)
    return _parse_markdown(path)
