"""Is an Ollama server answering? One short HTTP call with the standard library.

Kept apart from assistant.llm.ollama so that finding out "no model" costs no import of LangChain
or the Ollama client (that import alone takes about a second).
"""

from __future__ import annotations

import urllib.error
import urllib.request

PROBE_TIMEOUT = 1.0


def ollama_reachable(host: str, timeout: float = PROBE_TIMEOUT) -> bool:
    """True when an Ollama server answers GET /api/tags at `host` within `timeout` seconds."""
    try:
        with urllib.request.urlopen(f"{host.rstrip('/')}/api/tags", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False
