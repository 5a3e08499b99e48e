"""Embeddings from an Ollama server (REGIEWIJZER_EMBEDDER=ollama), via the `ollama` client.

Uses /api/embed (batched); servers older than Ollama 0.3 only have /api/embeddings (one text per
request), which is used when /api/embed itself is missing.
"""

from __future__ import annotations

import ollama

from assistant.llm.ollama import http_timeout, ollama_errors

BATCH = 32
MODEL_SETTING = "REGIEWIJZER_EMBED_MODEL"


class OllamaEmbedder:
    """`embed_documents` / `embed_query`, the shape LangChain and the retrieval layer expect."""

    name = "ollama"

    def __init__(self, host: str, model: str, timeout: float = 120.0):
        self.host = host.rstrip("/")
        self.model = model
        self.timeout = float(timeout)
        self._client = ollama.Client(host=self.host, timeout=http_timeout(self.timeout))
        self._legacy = False  # set once the server turns out to lack /api/embed

    def __repr__(self) -> str:
        return f"OllamaEmbedder(host={self.host!r}, model={self.model!r})"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        with ollama_errors(self.host, self.model, self.timeout, MODEL_SETTING):
            for start in range(0, len(texts), BATCH):
                vectors.extend(self._embed_batch(list(texts[start : start + BATCH])))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def _embed_batch(self, batch: list[str]) -> list[list[float]]:
        if not self._legacy:
            try:
                return [list(v) for v in self._client.embed(model=self.model, input=batch).embeddings]
            except ollama.ResponseError as exc:
                if exc.status_code != 404 or "page not found" not in str(exc.error).lower():
                    raise
                self._legacy = True
        return [list(self._client.embeddings(model=self.model, prompt=text).embedding) for text in batch]
