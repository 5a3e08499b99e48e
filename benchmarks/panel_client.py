"""A minimal browser for the panel, speaking Gradio's HTTP queue API (the protocol the page itself uses).

The panel's events are private to Gradio's Python client (gradio_client refuses them), so the load
benchmark and its tests talk the page's own protocol: join the queue with the event's fn_index and
the session's hash, then read the result from the session's event stream. An event is found by the
elem_id of the component that triggers it; its inputs are what the page would send (the defaults
from /config, then whatever earlier outputs set, then what the caller typed); State stays on the
server, per session, exactly as for a browser.
"""

from __future__ import annotations

import json
import secrets

import httpx


class PanelError(Exception):
    """The panel answered an event with an error, or not at all."""


class Page:
    """The panel's configuration (/config): components and the events they trigger. Shared by sessions."""

    def __init__(self, url: str, login: tuple[str, str] | None = None):
        self.url = url.rstrip("/")
        self.login = login
        with _client(self.url, login) as http:
            config = http.get(f"{self.url}/config").raise_for_status().json()
        self.prefix = config.get("api_prefix", "/gradio_api")
        self.types = {c["id"]: c["type"] for c in config["components"]}
        self.defaults = {c["id"]: c.get("props", {}).get("value") for c in config["components"]}
        self.elem = {c["id"]: c.get("props", {}).get("elem_id") for c in config["components"]}
        self.by_elem = {e: cid for cid, e in self.elem.items() if e}
        self.events: dict[tuple[str, str], dict] = {}
        for i, dep in enumerate(config["dependencies"]):
            for target, event in dep["targets"]:
                if self.elem.get(target):
                    self.events.setdefault((self.elem[target], event), {**dep, "fn_index": dep.get("id", i),
                                                                        "trigger": target})  # fmt: skip


class PanelSession:
    """One browser tab: its own session hash, so its own server-side state."""

    def __init__(self, page: Page, timeout: float = 120):
        self.page, self.timeout = page, timeout
        self.hash = secrets.token_hex(8)
        self.values = dict(page.defaults)
        self.http = _client(page.url, page.login)

    def set(self, elem_id: str, value) -> None:
        self.values[self.page.by_elem[elem_id]] = value

    def trigger(self, elem_id: str, event: str = "click") -> dict:
        """Run the event; returns its outputs by elem_id (or component id) and keeps them as page values."""
        dep = self.page.events[(elem_id, event)]
        data = [None if self.page.types[c] == "state" else self.values.get(c) for c in dep["inputs"]]
        joined = self.http.post(f"{self.page.url}{self.page.prefix}/queue/join", json={
            "data": data, "event_data": None, "fn_index": dep["fn_index"], "trigger_id": dep["trigger"],
            "session_hash": self.hash})  # fmt: skip
        joined.raise_for_status()
        output = self._result(joined.json()["event_id"])
        if not dep.get("types", {}).get("generator"):  # a generator's last message may hold diffs only
            for cid, value in zip(dep["outputs"], output, strict=False):
                self._keep(cid, value)
        return {self.page.elem.get(cid) or str(cid): value for cid, value in zip(dep["outputs"], output, strict=False)}

    def _keep(self, cid: int, value) -> None:
        if isinstance(value, dict) and value.get("__type__") == "update":
            if "value" in value:
                self.values[cid] = value["value"]
        else:
            self.values[cid] = value

    def _result(self, event_id: str) -> list:
        stream = f"{self.page.url}{self.page.prefix}/queue/data"
        with self.http.stream("GET", stream, params={"session_hash": self.hash}, timeout=self.timeout) as resp:
            for line in resp.iter_lines():
                if not line.startswith("data:"):
                    continue
                msg = json.loads(line[5:])
                if msg.get("event_id") != event_id or msg.get("msg") != "process_completed":
                    continue
                output = msg.get("output") or {}
                if not msg.get("success", True):
                    raise PanelError(str(output.get("error") or "het paneel gaf een fout"))
                return output.get("data") or []
        raise PanelError("de verbinding sloot zonder antwoord")

    def close(self) -> None:
        self.http.close()


def _client(url: str, login: tuple[str, str] | None) -> httpx.Client:
    """An HTTP client for the panel (no proxy from the environment); logged in when the panel asks for it."""
    http = httpx.Client(timeout=30, trust_env=False)
    if login:
        http.post(f"{url}/login", data={"username": login[0], "password": login[1]}).raise_for_status()
    return http
