"""Run the regiewijzer CLI under an audit hook that records every network call of the process.

    python tests/support/connect_audit.py EVENTS.jsonl ask "vraag" --index DIR

Every socket connect, send-to and name lookup that goes through Python's socket module (httpx,
urllib, requests, Gradio, the Chroma and Ollama clients, from any thread) is appended to
EVENTS.jsonl as {"event", "host", "port"} before it happens, so an attempt counts even if it fails.
"""

from __future__ import annotations

import json
import sys

EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo", "socket.gethostbyname",
          "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.getnameinfo"}  # fmt: skip


def _target(event: str, args: tuple) -> tuple[str, object]:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        address = args[1] if len(args) > 1 else None
        if isinstance(address, tuple):
            return str(address[0]), address[1]
        return f"unix:{address}", None  # a local socket file
    if event == "socket.getaddrinfo":
        return str(args[0]), args[1]
    if event == "socket.getnameinfo":
        return str(args[0][0]), args[0][1]
    return str(args[0]), None


def install(path: str) -> None:
    def hook(event: str, args: tuple) -> None:
        if event in EVENTS:
            host, port = _target(event, args)
            port = port if isinstance(port, int | None) else str(port)
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"event": event, "host": host, "port": port}) + "\n")

    sys.addaudithook(hook)


if __name__ == "__main__":
    install(sys.argv[1])
    from assistant.cli import main

    sys.exit(main(sys.argv[2:]))
