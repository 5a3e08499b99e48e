"""File -> chunks. One loader per format; each raises LoadError with a one-line reason.

Whatever is wrong with one file (invalid YAML or front matter, an alias bomb, an unsafe YAML tag,
an unknown encoding, binary data, a broken, locked or huge PDF, an unexpected structure) becomes a
LoadError for that file only: an ingest lists it as skipped and goes on with the others. Text is
decoded by the one input decoder (`assistant.inputs.decode_bytes`). Documents other than law
texts are screened for prompt injection and hidden text (`assistant.text.injection`): flagged
passages are left out of the chunks and reported with the document (`Loaded.flags`).
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings, load_settings
from assistant.errors import InputError
from assistant.ingest.chunking import law_chunks, section_chunks
from assistant.ingest.laws import LawParseError, LawText, is_law_markdown, load_law_file
from assistant.ingest.pdf import read_pdf
from assistant.ingest.safe_yaml import YamlRefused, load_yaml
from assistant.ingest.wijzer import guide_chunks, is_guide
from assistant.models import Chunk
from assistant.text.injection import Flag, screen

SUPPORTED = {".xml", ".md", ".markdown", ".txt", ".pdf", ".yaml", ".yml"}
SKIP_NAMES = {"sources.yaml", "synoniemen.yaml", "README.md"}


class LoadError(ValueError):
    pass


@dataclass
class Loaded:
    """One file's chunks, its parsed law (law files) and the passages left out (flagged)."""

    chunks: list[Chunk]
    law: LawText | None = None
    flags: list[Flag] = field(default_factory=list)


def split_markdown(text: str, settings: Settings | None = None) -> tuple[dict, list[tuple[str, str]]]:
    """Front matter (optional) and (heading, body) sections split on #, ## and ### headings."""
    meta: dict = {}
    m = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    if m:
        try:
            meta = _safe_yaml(m.group(1), settings) or {}
        except LoadError as exc:
            raise LoadError(f"ongeldige front matter: {exc}") from exc
        if not isinstance(meta, dict):
            raise LoadError("ongeldige front matter: verwacht sleutels zoals title en source")
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


def _safe_yaml(text: str, settings: Settings | None = None):
    settings = settings or load_settings()
    try:
        return load_yaml(text, max_nodes=settings.max_yaml_nodes, max_chars=settings.max_document_bytes)
    except YamlRefused as exc:
        raise LoadError(str(exc)) from exc


def _read_yaml(path: Path):
    return _safe_yaml(_read_text(path))


def _yaml_entries(data) -> list[dict]:
    if isinstance(data, dict) and "entries" in data:
        data = data["entries"]
    if not isinstance(data, list) or not all(isinstance(i, dict) for i in data):
        raise LoadError("YAML zonder lijst met items (verwacht artikelwijzer, FAQ, gronden, sociale kaart of begrippen)")
    return data


def _yaml(path: Path) -> list[Chunk]:
    """Article guide, FAQ, maatwerk grounds, sociale kaart or glossary, recognised by their keys."""
    from assistant.text.citations import format_citation

    data = _read_yaml(path)
    if is_guide(data):
        return guide_chunks(path, data)
    entries = _yaml_entries(data)
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
        raise LoadError("onbekend YAML-formaat (verwacht artikelwijzer, FAQ, gronden, sociale kaart of begrippen)")
    return out


def _read_text(path: Path) -> str:
    """The file as text, by the one input decoder (UTF-8, UTF-16, Windows-1252; binary refused)."""
    from assistant.inputs import decode_bytes

    return decode_bytes(path.read_bytes(), path.name)


def load_document(path: Path, settings: Settings | None = None) -> Loaded:
    """Chunks of one file (and the parsed law, for law files), or LoadError with the reason."""
    settings = settings or load_settings()
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(f"bestandstype {suffix or '(geen)'} wordt niet ondersteund")
    try:
        size = path.stat().st_size
        if size > settings.max_document_bytes:
            raise LoadError(
                f"te groot ({size / 1e6:.0f} MB; het maximum is {settings.max_document_bytes / 1e6:.0f} MB, "
                "instelling max_document_bytes)"
            )
        if suffix == ".xml" or (suffix in (".md", ".markdown") and is_law_markdown(path)):
            law = load_law_file(path)  # an official law text: not screened
            return Loaded(law_chunks(law), law)
        return _screened(_document_chunks(path, suffix, settings))
    except LoadError:
        raise
    except (LawParseError, InputError) as exc:
        raise LoadError(str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise LoadError("geen tekst in UTF-8 (sla het bestand op als UTF-8)") from exc
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise LoadError(f"onverwachte structuur ({exc.__class__.__name__}: {exc})") from exc
    except OSError as exc:
        raise LoadError(f"niet leesbaar ({exc.strerror or exc})") from exc
    except RecursionError as exc:
        raise LoadError("te diep genest om te lezen") from exc


def _document_chunks(path: Path, suffix: str, settings: Settings) -> tuple[list[Chunk], list[Flag]]:
    """Chunks of a document that is not a law text, and the hidden passages of a PDF."""
    if suffix == ".pdf":
        pdf = read_pdf(path, max_pages=settings.max_document_pages)
        hidden = [Flag(h.text, f"verborgen tekst in de PDF ({h.how}, pagina {h.page})") for h in pdf.hidden]
        return _markdown(path, f"# {path.stem}\n\n{pdf.text}", "document"), hidden
    if suffix in (".yaml", ".yml"):
        return _yaml(path), []
    text = _read_text(path)
    if not text.strip():
        raise LoadError("leeg bestand")
    kind = "methode" if "methoden" in path.parts else "document"
    return _markdown(path, text, kind), []


def _screened(found: tuple[list[Chunk], list[Flag]]) -> Loaded:
    """Chunks without injected or hidden passages; a chunk with nothing else left is dropped."""
    chunks, flags = found
    kept = []
    for chunk in chunks:
        text = screen(chunk.text)
        if not text.flags:
            kept.append(chunk)
            continue
        flags += text.flags
        if text.text.strip():
            chunk.text = text.text
            chunk.search_text = screen(chunk.search_text).text if chunk.search_text else None
            kept.append(chunk)
    return Loaded(kept, None, flags)


def load_file(path: Path, settings: Settings | None = None) -> tuple[list[Chunk], LawText | None]:
    """Chunks of one file (and the parsed law, for law files)."""
    loaded = load_document(path, settings)
    return loaded.chunks, loaded.law


def discover(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The supported files under `paths`, and what was skipped with the reason: a path that does
    not exist, a link that leads nowhere or in a circle, a folder that cannot be read."""
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        if p.is_symlink() and (problem := _link_problem(p)):
            skipped.append((str(p), problem))
        elif not p.exists():
            skipped.append((str(p), "bestaat niet"))
        elif p.is_dir():
            _walk(p, files, skipped)
        else:
            files.append(p)
    return files, skipped


def _walk(root: Path, files: list[Path], skipped: list[tuple[str, str]]) -> None:
    def unreadable(exc: OSError) -> None:
        skipped.append((str(exc.filename or root), f"map niet leesbaar ({exc.strerror or exc})"))

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in dirs:
            if (base / d).is_symlink():
                skipped.append((str(base / d), _link_problem(base / d) or "koppeling naar een map: niet gevolgd"))
        for name in sorted(names):
            f = base / name
            if name.startswith(".") or name in SKIP_NAMES or f.suffix.lower() not in SUPPORTED:
                continue
            problem = _link_problem(f) if f.is_symlink() else None
            if problem:
                skipped.append((str(f), problem))
            elif f.is_file():
                files.append(f)


def _link_problem(link: Path) -> str | None:
    """Why a symbolic link cannot be followed (None when it can)."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return "koppeling (symlink) die in een kring naar zichzelf verwijst"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "koppeling (symlink) die in een kring naar zichzelf verwijst"
        return "koppeling (symlink) naar iets dat niet bestaat"
    if target.is_dir() and (target == link.parent.resolve() or target in link.parent.resolve().parents):
        return "koppeling (symlink) naar een bovenliggende map: een kring"
    return None
