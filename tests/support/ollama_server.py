"""A small real HTTP server that speaks the part of the Ollama protocol Regiewijzer uses.

Tests configure canned answers, then read `server.requests` to see what the client sent
(model, messages, `format`, options). It can simulate an unknown model (404), a slow server
(`delay` before the answer, `chunk_delay` between streamed pieces), a server without
/api/embed (`legacy_embed`), and, with `unused_url()`, a host where nothing listens.

Standard library only: http.server in a daemon thread.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

DEFAULT_MODELS = ("qwen2.5:7b-instruct", "nomic-embed-text")


@dataclass
class Recorded:
    method: str
    path: str
    body: dict[str, Any] | None


@dataclass
class OllamaTestServer:
    """Configure the public fields, `start()`, use `url`, then `stop()` (or use `with`)."""

    models: set[str] = field(default_factory=lambda: set(DEFAULT_MODELS))
    reply: str | Callable[[dict[str, Any]], str] = "Dit is een testantwoord van de testserver."
    delay: float = 0.0
    chunk_delay: float = 0.0
    legacy_embed: bool = False
    embed_dim: int = 8
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._httpd: ThreadingHTTPServer | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> OllamaTestServer:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in `delay`
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> OllamaTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    # -- what the tests read ---------------------------------------------------------------
    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def last(self, path: str) -> dict[str, Any]:
        bodies = [r.body for r in self.requests if r.path == path]
        assert bodies, f"no request to {path}; got {self.paths()}"
        return bodies[-1] or {}

    # -- canned behaviour ------------------------------------------------------------------
    def answer(self, body: dict[str, Any]) -> str:
        return self.reply(body) if callable(self.reply) else self.reply

    @staticmethod
    def pieces(text: str) -> list[str]:
        """How a reply is split into streamed pieces: each word with the spaces after it."""
        return re.findall(r"\S+\s*|\s+", text)

    def vector(self, text: str) -> list[float]:
        """A deterministic unit vector per text (same text, same vector)."""
        digest = hashlib.sha256(f"{text}".encode()).digest()
        raw = [b - 127.5 for b in digest[: self.embed_dim]]
        norm = math.sqrt(sum(x * x for x in raw)) or 1.0
        return [x / norm for x in raw]

    def record(self, method: str, path: str, body: dict[str, Any] | None) -> None:
        with self._lock:
            self.requests.append(Recorded(method, path, body))

    def wait(self, seconds: float) -> None:
        if seconds:
            self._stopping.wait(seconds)


def unused_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (the port was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (timeout test) leaves a broken pipe behind: expected here.
        pass


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


class _Handler(BaseHTTPRequestHandler):
    fake: OllamaTestServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    # -- plumbing --------------------------------------------------------------------------
    def _body(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        if not length:
            return None
        return json.loads(self.rfile.read(length))

    def _send_json(self, status: int, payload: object) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_text(self, status: int, text: str) -> None:
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _send_ndjson(self, lines: Iterator[dict[str, Any]]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for i, line in enumerate(lines):
            if i:
                self.fake.wait(self.fake.chunk_delay)
            data = json.dumps(line).encode() + b"\n"
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    def _model_or_404(self, body: dict[str, Any]) -> str | None:
        model = str(body.get("model", ""))
        if model not in self.fake.models:
            self._send_json(404, {"error": f'model "{model}" not found, try pulling it first'})
            return None
        return model

    # -- routes ----------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self.fake.record("GET", self.path, None)
        if self.path == "/api/tags":
            models = [
                {"name": m, "model": m, "size": 1, "digest": "0" * 64} for m in sorted(self.fake.models)
            ]
            self._send_json(200, {"models": models})
        elif self.path == "/api/version":
            self._send_json(200, {"version": "0.0.0-test"})
        else:
            self._send_text(404, "404 page not found")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        body = self._body() or {}
        self.fake.record("POST", self.path, body)
        self.fake.wait(self.fake.delay)
        route = {
            "/api/chat": self._chat,
            "/api/generate": self._generate,
            "/api/embed": self._embed,
            "/api/embeddings": self._embeddings,
        }.get(self.path)
        if route is None or (self.path == "/api/embed" and self.fake.legacy_embed):
            self._send_text(404, "404 page not found")
            return
        route(body)

    def _done(self, model: str) -> dict[str, Any]:
        return {
            "model": model,
            "created_at": _now(),
            "done": True,
            "done_reason": "stop",
            "total_duration": 1000,
            "prompt_eval_count": 1,
            "eval_count": 1,
        }

    def _chat(self, body: dict[str, Any]) -> None:
        model = self._model_or_404(body)
        if model is None:
            return
        text = self.fake.answer(body)
        if body.get("stream", True) is False:
            self._send_json(200, {**self._done(model), "message": {"role": "assistant", "content": text}})
            return
        parts = (
            {
                "model": model,
                "created_at": _now(),
                "message": {"role": "assistant", "content": p},
                "done": False,
            }
            for p in self.fake.pieces(text)
        )
        end = {**self._done(model), "message": {"role": "assistant", "content": ""}}
        self._send_ndjson(_chain(parts, end))

    def _generate(self, body: dict[str, Any]) -> None:
        model = self._model_or_404(body)
        if model is None:
            return
        text = self.fake.answer(body)
        if body.get("stream", True) is False:
            self._send_json(200, {**self._done(model), "response": text})
            return
        parts = (
            {"model": model, "created_at": _now(), "response": p, "done": False}
            for p in self.fake.pieces(text)
        )
        self._send_ndjson(_chain(parts, {**self._done(model), "response": ""}))

    def _embed(self, body: dict[str, Any]) -> None:
        model = self._model_or_404(body)
        if model is None:
            return
        texts = body.get("input", [])
        texts = [texts] if isinstance(texts, str) else list(texts)
        self._send_json(200, {"model": model, "embeddings": [self.fake.vector(t) for t in texts]})

    def _embeddings(self, body: dict[str, Any]) -> None:
        if self._model_or_404(body) is None:
            return
        self._send_json(200, {"embedding": self.fake.vector(str(body.get("prompt", "")))})


def _chain(parts: Iterator[dict[str, Any]], end: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from parts
    yield end


@pytest.fixture
def ollama_server() -> Iterator[OllamaTestServer]:
    """A started test server; configure its fields inside the test."""
    with OllamaTestServer() as server:
        yield server


class ServedModel:
    """A real `OllamaLLM` talking real HTTP to an `OllamaTestServer` that replies with `reply`.

    Skill tests use it to feed a chosen model answer through the real client; `calls` lists the
    (user prompt, system prompt, format schema) of every chat request the server received.
    """

    MODEL = "qwen2.5:7b-instruct"

    def __init__(self, reply: str):
        from assistant.llm.ollama import OllamaLLM

        self.server = OllamaTestServer(reply=reply).start()
        self.llm = OllamaLLM(self.server.url, self.MODEL, timeout=30, max_tokens=512)

    @property
    def calls(self) -> list[tuple[str, str | None, Any]]:
        out = []
        for r in self.server.requests:
            if r.path == "/api/chat" and r.body:
                messages = r.body.get("messages", [])
                system = next((m["content"] for m in messages if m["role"] == "system"), None)
                user = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
                out.append((user, system, r.body.get("format")))
        return out

    def stop(self) -> None:
        self.server.stop()


def unreachable_model():
    """A real `OllamaLLM` pointed at a port where nothing listens."""
    from assistant.llm.ollama import OllamaLLM

    return OllamaLLM(unused_url(), ServedModel.MODEL, timeout=5, max_tokens=512)
