"""Read the cases of each suite from `<cases>/<suite>/` (the formats the tests read too).

- triage: one YAML per intake (`text`, `expected: {category, urgent, organisations, ...}`).
- letters: one YAML per letter naming its letter file (`file`); `same_as` points at the clean twin
  whose expectation an injected letter shares.
- grounds: files with a list of cases (`cases:`) or one case per file (`id`, `text`, `expected`).
- ask: files with `questions:` (question, expected citations, optional reference answer) and
  optionally `out_of_scope:` (questions that must be declined).
Files and folders anywhere below a suite folder are read, so new blind sets (`blind-*`) count as
soon as they are added.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from evals.case import SUITES, Case, metadata, plain, short_hash

LETTER_FACT_KEYS = ("sender", "letter_date", "kind", "references", "amounts", "dates", "deadlines", "objection",
                    "options", "words", "amount_to_pay", "pay_by", "actions", "false_traps", "is_decision")  # fmt: skip


class CaseError(ValueError):
    """A case file that cannot be read; the message names the file."""


def load_cases(cases_dir: Path, suites: tuple[str, ...] = SUITES) -> list[Case]:
    cases_dir = Path(cases_dir)
    if not cases_dir.is_dir():
        raise CaseError(f"De map met casussen bestaat niet: {cases_dir}")
    readers = {"triage": _triage, "letters": _letters, "grounds": _grounds, "ask": _ask}
    out: list[Case] = []
    for suite in suites:
        folder = cases_dir / suite
        if folder.is_dir():
            out += readers[suite](folder, cases_dir)
    ids = [c.id for c in out]
    doubles = sorted({i for i in ids if ids.count(i) > 1})
    if doubles:
        raise CaseError(f"Casus-id's komen dubbel voor: {', '.join(doubles[:5])}")
    return out


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CaseError(f"Casusbestand {path} is niet te lezen: {exc}") from exc


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file())


def _set_name(path: Path, suite_dir: Path, top_level: str) -> str:
    rel = path.relative_to(suite_dir)
    if len(rel.parts) > 1:
        return rel.parts[0]
    return top_level


def _rel_id(path: Path, suite_dir: Path) -> str:
    return path.relative_to(suite_dir).with_suffix("").as_posix()


# -- triage --------------------------------------------------------------------------------------


def _triage(folder: Path, root: Path) -> list[Case]:
    cases = []
    for path in _yaml_files(folder):
        data = _read(path)
        if not isinstance(data, dict) or "text" not in data or "expected" not in data:
            continue
        prefix = path.stem.split("-")[0] if path.stem.split("-")[0].isalpha() else "triage"
        cases.append(Case(
            id=f"triage/{_rel_id(path, folder)}", suite="triage", set=_set_name(path, folder, prefix),
            title=_first_words(data["text"]), input={"text": data["text"]}, expected=plain(data["expected"]),
            path=path.relative_to(root).as_posix(), **metadata(data),
        ))  # fmt: skip
    return cases


# -- letters -------------------------------------------------------------------------------------


def _letters(folder: Path, root: Path) -> list[Case]:
    cases = []
    for path in _yaml_files(folder):
        data = _read(path)
        if not isinstance(data, dict) or "file" not in data:
            continue
        expected_from = data
        if data.get("same_as"):
            twin = path.parent / data["same_as"]
            if not twin.is_file():
                raise CaseError(f"{path}: same_as verwijst naar een ontbrekend bestand ({data['same_as']})")
            expected_from = _read(twin)
        letter = path.parent / data["file"]
        if not letter.is_file():
            raise CaseError(f"{path}: de brief {data['file']} ontbreekt")
        expected = {k: plain(expected_from[k]) for k in LETTER_FACT_KEYS if k in expected_from}
        cases.append(Case(
            id=f"letters/{_rel_id(path, folder)}", suite="letters", set=_set_name(path, folder, "own"),
            title=data["file"], input={"file": letter.relative_to(root).as_posix()}, expected=expected,
            path=path.relative_to(root).as_posix(), flags={"injection": bool(data.get("injection"))},
            **metadata(data, expected_from if expected_from is not data else None),
        ))  # fmt: skip
    return cases


# -- grounds -------------------------------------------------------------------------------------


def _grounds(folder: Path, root: Path) -> list[Case]:
    cases = []
    for path in _yaml_files(folder):
        data = _read(path)
        if isinstance(data, dict) and isinstance(data.get("cases"), list):
            items, file_meta = data["cases"], data
        elif isinstance(data, dict) and "text" in data and "expected" in data:
            items, file_meta = [data], None
        else:
            continue
        for item in items:
            key = str(item.get("id") or short_hash(item["text"]))
            single = file_meta is None
            case_id = f"grounds/{_rel_id(path, folder)}" if single else f"grounds/{_rel_id(path, folder)}/{key}"
            cases.append(Case(
                id=case_id, suite="grounds", set=_set_name(path, folder, path.stem),
                title=str(item.get("name") or key),
                input={"text": item["text"], "obstacle": item.get("obstacle") or None},
                expected=_ground_expectation(item), path=path.relative_to(root).as_posix(),
                **metadata(item, file_meta),
            ))  # fmt: skip
    return cases


def _ground_expectation(item: dict) -> dict:
    wrong = [*(item.get("wrong") or []), *(item.get("not_expected") or []), *(item.get("absent") or [])]
    return plain({"grounds": list(item.get("expected") or []), "wrong": wrong,
                  "known_miss": list(item.get("known_miss") or [])})  # fmt: skip


# -- ask -----------------------------------------------------------------------------------------


def _ask(folder: Path, root: Path) -> list[Case]:
    cases = []
    for path in _yaml_files(folder):
        data = _read(path)
        if not isinstance(data, dict) or not ("questions" in data or "out_of_scope" in data):
            continue
        base = _rel_id(path, folder)
        set_name = _set_name(path, folder, path.stem)
        rel = path.relative_to(root).as_posix()
        for item in data.get("questions") or []:
            cases.append(Case(
                id=f"ask/{base}/{short_hash(item['q'])}", suite="ask", set=set_name, title=item["q"],
                input={"question": item["q"]},
                expected={"citations": [str(c) for c in item.get("expect") or []],
                          "reference": item.get("reference"), "in_scope": True},
                path=rel, **metadata(item, data),
            ))  # fmt: skip
        for item in data.get("out_of_scope") or []:
            cases.append(Case(
                id=f"ask/{base}/buiten-{short_hash(item['q'])}", suite="ask", set=set_name, title=item["q"],
                input={"question": item["q"]}, expected={"citations": [], "reference": None, "in_scope": False},
                path=rel, **metadata(item, data),
            ))  # fmt: skip
    return cases


def _first_words(text: str, n: int = 12) -> str:
    words = str(text).split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")
