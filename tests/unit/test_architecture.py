"""The import rules of docs/architecture.md, enforced.

- The pure parts (every module of assistant/text/ and every feature module except its skill) import
  nothing of the project outside assistant.text, assistant.knowledge (types and the organisation
  finder), assistant.drafts.check and their own feature, and do no I/O.
- The front ends (ui/ and assistant/commands/) reach the product only through the service layer.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKILL_MODULES = {"skill.py", "toelichting.py", "followup.py"}  # a feature's skill: retrieval, model, corpus
PURE_ALLOWED = ("assistant.text", "assistant.knowledge.organisations", "assistant.knowledge.types",
                "assistant.drafts.check", "assistant.drafts.facts")  # fmt: skip
IO_MODULES = {"os", "pathlib", "sqlite3", "httpx", "socket", "subprocess", "urllib", "requests", "shutil", "io"}
IO_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "mkdir", "unlink"}
FRONT_END_ALLOWED = ("assistant.service", "assistant.errors", "assistant.config", "assistant.commands._common",
                     "ui")  # fmt: skip


def pure_modules() -> list[Path]:
    text = sorted((ROOT / "assistant" / "text").glob("*.py"))
    features = [p for p in sorted((ROOT / "assistant" / "features").rglob("*.py")) if p.name not in SKILL_MODULES]
    return text + features


def front_end_modules() -> list[Path]:
    return sorted((ROOT / "ui").glob("*.py")) + sorted((ROOT / "assistant" / "commands").glob("*.py"))


def imported(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names]
    return out


def _feature_of(path: Path) -> str | None:
    parts = path.relative_to(ROOT).parts
    return ".".join(parts[:3]) if parts[:2] == ("assistant", "features") else None


@pytest.mark.parametrize("path", pure_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_parts_import_only_text_and_knowledge_types(path):
    own = _feature_of(path)
    for module in imported(path):
        if not module.startswith("assistant"):
            assert module.split(".")[0] not in IO_MODULES, f"{path.name} imports {module} (I/O)"
            continue
        allowed = PURE_ALLOWED + ((own,) if own else ())
        assert module.startswith(allowed), f"{path.relative_to(ROOT)} imports {module}"


@pytest.mark.parametrize("path", pure_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_parts_do_no_io(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            assert name not in IO_CALLS, f"{path.relative_to(ROOT)} calls {name}()"


@pytest.mark.parametrize("path", front_end_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_front_ends_use_only_the_service_layer(path):
    for module in imported(path):
        if module.startswith(("assistant", "ui")) and module != "assistant":
            assert module.startswith(FRONT_END_ALLOWED), f"{path.relative_to(ROOT)} imports {module}"


def test_no_private_attribute_is_read_across_modules():
    """`obj._name` on anything but self/cls is a reach into another module's insides."""
    offenders = []
    for path in sorted((ROOT / "assistant").rglob("*.py")) + sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                base = node.value
                if isinstance(base, ast.Name) and base.id in ("self", "cls"):
                    continue
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert not offenders, offenders


REPORT_CASE_NAMES = ("Ahmed", "Suzanne", "Natalia", "Annie", "Nina", "Gerard", "Tatyana", "Bert", "Charlotte",
                     "Alice", "Frank")  # fmt: skip


def test_no_case_names_in_the_product():
    """Rules must generalise: the report's case names live in tests and evals, never in the engine,
    the prompts, the panel or the shipped corpus."""
    files = [*(ROOT / "assistant").rglob("*.py"), *(ROOT / "ui").glob("*.py"), *(ROOT / "prompts").glob("*.md"),
             *(ROOT / "corpus").rglob("*.yaml"), *(ROOT / "corpus").rglob("*.md")]  # fmt: skip
    pattern = re.compile(r"\b(?:" + "|".join(REPORT_CASE_NAMES) + r")\b")
    found = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in files for m in pattern.finditer(p.read_text("utf-8"))]
    assert not found, found
