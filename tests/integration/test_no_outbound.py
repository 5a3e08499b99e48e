"""Privacy: every command and the panel connect to nothing but the loopback servers they are configured
with. Each command runs as its own process under an audit hook (tests/support/connect_audit.py)
that records every socket connect and name lookup before it happens, attempts included.

Two set-ups: a single user's defaults (no model server running: only the Ollama probe of the
default OLLAMA_HOST on loopback), and a team's (Ollama, Chroma and the BWB source configured, here
as real loopback servers). The child processes get no telemetry switches from the test: the product
must set its own.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from bwb_server import BwbServer
from chroma_server import ChromaServer, free_port
from ollama_server import OllamaTestServer

from assistant.config import REPO_ROOT

AUDIT = REPO_ROOT / "tests" / "support" / "connect_audit.py"
TEST_CACHE = REPO_ROOT / ".regiewijzer-data" / "test" / "cache"
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
# Variables a test run or a developer's shell may have set; the children must not inherit them.
SCRUBBED = ("GRADIO_ANALYTICS_ENABLED", "ANONYMIZED_TELEMETRY", "RAGAS_DO_NOT_TRACK", "HF_HUB_OFFLINE",
            "OLLAMA_HOST", "REGIEWIJZER_", "LANGCHAIN_", "LANGSMITH_", "HTTP_PROXY", "HTTPS_PROXY")  # fmt: skip
# Subcommands this test does not run, and why. Any other subcommand must be run below.
NOT_RUN = {}

INTAKE = ("Mevrouw meldt zich met een huurachterstand van drie maanden. Ze heeft een brief van de Belastingdienst "
          "over een terugvordering van huurtoeslag en weet niet wat ze moet doen.")  # fmt: skip
LETTER = """Gemeente Voorbeeldstad
Afdeling Werk en Inkomen

Datum: 3 november 2026
Betreft: terugvordering bijstand

Geachte heer De Vries,

U heeft te veel bijstand ontvangen. Wij vorderen € 450,00 van u terug. U moet dit bedrag binnen zes weken betalen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dagtekening van deze brief bezwaar maken.

Met vriendelijke groet,
Het college van burgemeester en wethouders
"""
CASE = ("Meneer woont sinds twee maanden in de gemeente, heeft schulden en staat op een wachtlijst voor "
        "schuldhulpverlening. Hij kan zijn huur niet meer betalen en de verhuurder dreigt met ontruiming.")  # fmt: skip


class Audited:
    """Runs `regiewijzer ...` in a child process under the audit hook; collects what it reached for."""

    def __init__(self, folder: Path, env: dict[str, str]):
        self.folder, self.env, self.runs = folder, env, 0

    def _log(self, label: str) -> Path:
        self.runs += 1
        return self.folder / f"{self.runs:02d}-{label}.jsonl"

    def run(self, *argv: str) -> tuple[str, list[dict]]:
        log = self._log(argv[0])
        proc = subprocess.run([sys.executable, str(AUDIT), str(log), *argv], env=self.env, cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        assert proc.returncode == 0, f"regiewijzer {' '.join(argv)}: {proc.stderr[-2000:]}"
        return proc.stdout, _events(log)

    def panel(self, *argv: str) -> list[dict]:
        """Start `regiewijzer ui`, load its page and configuration, stop it; returns its events."""
        port = free_port()
        log = self._log("ui")
        proc = subprocess.Popen([sys.executable, str(AUDIT), str(log), "ui", "--port", str(port), *argv],
                                env=self.env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        try:
            page = _get_when_up(f"http://127.0.0.1:{port}/", proc)
            assert "Regiewijzer" in page
            _get_when_up(f"http://127.0.0.1:{port}/config", proc)
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        return [dict(e, own_port=port) for e in _events(log)]


def _get_when_up(url: str, proc: subprocess.Popen, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while True:
        assert proc.poll() is None, f"het paneel stopte: {proc.stderr.read()[-2000:]!r}"
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                return resp.read().decode("utf-8", "replace")
        except OSError:
            assert time.monotonic() < deadline, f"het paneel kwam niet op {url}"
            time.sleep(0.3)


def _events(log: Path) -> list[dict]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]


def _outside(events: list[dict], allowed_ports: set[int]) -> list[dict]:
    """Events that reach for anything but a configured loopback server (or the panel's own port)."""
    bad = []
    for e in events:
        if e["host"].startswith("unix:"):
            continue
        allowed = allowed_ports | ({e["own_port"]} if "own_port" in e else set())
        lookup = e["event"] != "socket.connect" and e["event"] not in ("socket.sendto", "socket.sendmsg")
        if e["host"] not in LOOPBACK or (not lookup and e["port"] not in allowed):
            bad.append(e)
    return bad


def _child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED)}
    return {**env, "REGIEWIJZER_DATA_DIR": str(tmp_path / "data"), "REGIEWIJZER_CACHE_DIR": str(TEST_CACHE),
            "REGIEWIJZER_USER": "test", **extra}  # fmt: skip


def _inputs(tmp_path: Path) -> dict[str, Path]:
    files = {"doc": ("werkwijze.md", "# Bezwaar\n\nU kunt binnen zes weken bezwaar maken tegen een besluit.\n"),
             "intake": ("intake.txt", INTAKE), "letter": ("brief.txt", LETTER), "case": ("casus.txt", CASE)}  # fmt: skip
    out = {}
    for key, (name, text) in files.items():
        out[key] = tmp_path / name
        out[key].write_text(text, encoding="utf-8")
    return out


def _every_command(audited: Audited, files: dict[str, Path], index: Path, *, bwb_url: str | None) -> dict:
    """Run every subcommand once (the panel too); returns {label: events}. `bwb_url`: the law source
    of a team set-up (None: a single user's defaults, law source not reached: `start --offline`)."""
    idx = ["--index", str(index)]
    seen = {"ingest": audited.run("ingest", "--only", str(files["doc"]), *idx, "--json")[1]}
    seen["ask"] = audited.run("ask", "Hoe lang heb ik voor bezwaar?", *idx, "--json")[1]
    out, seen["triage"] = audited.run("triage", str(files["intake"]), *idx, "--json", "--save")
    seen["explain"] = audited.run("explain", str(files["letter"]), "--json")[1]
    seen["grounds"] = audited.run("grounds", str(files["case"]), *idx, "--json")[1]
    seen["decide"] = audited.run("decide", json.loads(out)["draft_id"], "--accept", "--json")[1]
    seen["log"] = audited.run("log", "--json")[1]
    seen["laws list"] = audited.run("laws", "list")[1]
    suites = ["--suite", "triage", "--suite", "letters", "--suite", "ask"]
    backend = ["--backend", audited.env.get("REGIEWIJZER_BACKEND", "none")]  # eval's own default is none
    seen["eval"] = audited.run("eval", *suites, *idx, *backend, "--no-baseline", "--no-progress",
                               "--results", str(audited.folder / "eval.json"))[1]  # fmt: skip
    source = ["--base-url", bwb_url] if bwb_url else ["--offline"]
    seen["start"] = audited.run("start", "--no-serve", *source, *idx)[1]  # laws update (or not) and ingest
    seen["ui"] = audited.panel(*idx)
    return seen


def _assert_only(seen: dict, allowed_ports: set[int]) -> None:
    outside = {label: _outside(events, allowed_ports) for label, events in seen.items()}
    assert not any(outside.values()), f"verbindingen buiten de ingestelde servers: {outside}"


def test_every_subcommand_is_covered_here():
    commands = {p.stem for p in (REPO_ROOT / "assistant" / "commands").glob("*.py") if not p.stem.startswith("_")}
    run_here = {"ingest", "ask", "triage", "explain", "grounds", "decide", "log", "laws", "eval", "start", "ui"}
    assert commands - run_here - set(NOT_RUN) == set(), "voeg de nieuwe opdracht toe aan deze test"


def test_a_single_users_defaults_reach_only_the_local_model_probe(tmp_path):
    audited = Audited(tmp_path, _child_env(tmp_path))  # backend auto: probes OLLAMA_HOST (127.0.0.1:11434)
    seen = _every_command(audited, _inputs(tmp_path), tmp_path / "index", bwb_url=None)
    _assert_only(seen, {11434})
    assert any(e["event"] == "socket.connect" for e in seen["ui"])  # the hook sees the panel's own calls


@pytest.mark.timeout(600)
def test_a_team_set_up_reaches_only_its_configured_servers(tmp_path):
    with OllamaTestServer() as ollama, ChromaServer(tmp_path / "chroma") as chroma, \
            BwbServer.from_shared(keep_articles=3) as bwb:  # fmt: skip
        env = _child_env(tmp_path, REGIEWIJZER_BACKEND="ollama", OLLAMA_HOST=ollama.url,
                         REGIEWIJZER_CHROMA_URL=chroma.url)  # fmt: skip
        audited = Audited(tmp_path, env)
        seen = _every_command(audited, _inputs(tmp_path), tmp_path / "index", bwb_url=bwb.base_url)
        ports = {int(u.rsplit(":", 1)[1].split("/")[0]) for u in (ollama.url, chroma.url, bwb.base_url)}
        _assert_only(seen, ports)
        used = {e["port"] for events in seen.values() for e in events if e["event"] == "socket.connect"}
        assert ports <= used  # each configured server was really used
        assert any(r.path == "/api/chat" for r in ollama.requests)  # the model was asked to word a draft
