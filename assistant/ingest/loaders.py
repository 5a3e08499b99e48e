"""File -> chunks. One loader per format; each raises LoadError with a one-line reason."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.errors import InputError
from assistant.ingest.chunking import law_chunks, section_chunks
from assistant.ingest.laws import LawParseError, LawText, is_law_markdown, load_law_file
from assistant.ingest.pdf import read_pdf_text
from assistant.models import Chunk

SUPPORTED = {".xml", ".md", ".markdown", ".txt", ".pdf", ".yaml", ".yml"}
SKIP_NAMES = {"sources.yaml", "synoniemen.yaml", "README.md"}


class LoadError(ValueError):
    pass


def split_markdown(text: str) -> tuple[dict, list[tuple[str, str]]]:
    """Front matter (optional) and (heading, body) sections split on #, ## and ### headings."""
    meta: dict = {}
    m = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    if m:
        meta = yaml.safe_load(m.group(1)) or {}
        text = text[m.end():]
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        h = re.match(r"^#{1,3}\s+(.+?)\s*#*\s*$", line)
        if h:
            sections.append((h.group(1).strip(), []))
        else:
            sections[-1][1].append(line)
    return meta, [(h, "\n".join(b).strip()) for h, b in sections if "\n".join(b).strip()]


def _markdown(path: Path, text: str, kind: str) -> list[Chunk]:
    meta, sections = split_markdown(text)
    title = meta.get("title") or next((h for h, _ in sections if h), path.stem)
    source_note = meta.get("source")
    chunks = section_chunks(title, sections, kind=meta.get("kind", kind), source=str(path))
    if source_note:
        for c in chunks:
            c.search_text = f"{c.search_text}\nBron: {source_note}"
    return chunks


def _yaml_entries(path: Path) -> list[dict]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LoadError(f"geen geldige YAML ({exc.__class__.__name__})") from exc
    if isinstance(data, dict) and "entries" in data:
        data = data["entries"]
    if not isinstance(data, list) or not all(isinstance(i, dict) for i in data):
        raise LoadError("YAML zonder lijst met items (verwacht FAQ, gronden, sociale kaart of begrippen)")
    return data


def _yaml(path: Path) -> list[Chunk]:
    """FAQ, maatwerk grounds, sociale kaart or glossary, recognised by their keys."""
    from assistant.text.citations import format_citation

    entries = _yaml_entries(path)
    keys = set().union(*(e.keys() for e in entries)) if entries else set()
    out: list[Chunk] = []
    if {"question", "answer"} <= keys:
        for e in entries:
            sources = [str(s) for s in e.get("sources") or []]
            text = f"{e['question']}\n{e['answer'].strip()}\nBronnen: {'; '.join(sources)}"
            out += section_chunks(e["question"], [("", text)], kind="faq", source=f"{path}#{e.get('id', '')}",
                                  cites=sources)
    elif {"signals", "obstacle_kinds"} <= keys:
        for e in entries:
            citation = format_citation(e["law"], str(e["article"]), str(e["paragraph"]) if e.get("paragraph") else None)
            text = "\n".join(
                [f"{e['title']} ({citation})", e["summary"].strip(),
                 "Wanneer: " + "; ".join(e.get("applies_when") or []), "Grenzen: " + e["limits"].strip()]
            )
            out += section_chunks(f"Maatwerkgrond: {e['title']}", [("", text)], kind="grond",
                                  source=f"{path}#{e['id']}", cites=[citation])
    elif {"aliases", "refer_when"} <= keys:
        for e in entries:
            text = "\n".join(
                [f"{e['name']} ({e.get('full_name') or e['name']})", e["description"].strip(),
                 "Doorverwijzen als: " + e["refer_when"].strip(), "Website: " + e["website"]]
            )
            out += section_chunks(e["name"], [("", text)], kind="organisatie", source=f"{path}#{e['id']}")
    elif {"term", "meaning"} <= keys:
        for e in entries:
            out += section_chunks(f"Begrip: {e['term']}", [("", f"{e['term']}: {e['meaning'].strip()}")],
                                  kind="begrip", source=f"{path}#{e['term']}")
    else:
        raise LoadError("onbekend YAML-formaat (verwacht FAQ, gronden, sociale kaart of begrippen)")
    return out


def load_file(path: Path) -> tuple[list[Chunk], LawText | None]:
    """Chunks of one file (and the parsed law, for law files)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(f"bestandstype {suffix or '(geen)'} wordt niet ondersteund")
    try:
        if suffix == ".xml" or (suffix in (".md", ".markdown") and is_law_markdown(path)):
            law = load_law_file(path)
            return law_chunks(law), law
        if suffix == ".pdf":
            text = read_pdf_text(path)
            return _markdown(path, f"# {path.stem}\n\n{text}", "document"), None
        if suffix in (".yaml", ".yml"):
            return _yaml(path), None
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        if not text.strip():
            raise LoadError("leeg bestand")
        kind = "methode" if "methoden" in path.parts else "document"
        return _markdown(path, text, kind), None
    except (LawParseError, InputError) as exc:
        raise LoadError(str(exc)) from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise LoadError(f"onverwachte structuur ({exc.__class__.__name__}: {exc})") from exc


def discover(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        if not p.exists():
            skipped.append((str(p), "bestaat niet"))
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED and f.name not in SKIP_NAMES \
                        and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    files.append(f)
        else:
            files.append(p)
    return files, skipped
