"""Load on the running panel: N concurrent sessions (default N = 1, 4, 16) over loopback.

    .venv/bin/python benchmarks/load.py [--sessions 1 4 16] [--rounds 3] [--seconds 180]
                                        [--index DIR | --url URL [--login NAAM:WACHTWOORD]] [--json]

Starts `regiewijzer ui` in a subprocess (a temporary data dir and audit log; the law index of
corpus/ plus the shared law texts, built with the test embedding cache unless --index names one)
or drives a panel that runs at --url. Each session is one browser tab (benchmarks/panel_client.py:
Gradio's HTTP queue API, its own session hash and so its own server-side state) in its own thread,
with its own professional's name. A round is: ask, triage + accept, explain + accept,
grounds + accept; every input carries the session's own mark. One untimed round warms the server
up first. Bounded: --rounds per session and --seconds per level (no round starts after that).
Reports per level and skill: requests, throughput, p50/p95 latency and errors; and whether any
session ever saw another's draft (its outputs and the audit records of its decisions carry only
its own mark). Also the CPU the client and the server used, to show whether plain threads in one
client process are enough (they are while the client stays well under one core).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # evals/ is not installed

from assistant.config import load_settings  # noqa: E402
from assistant.service import Workbench  # noqa: E402
from benchmarks.panel_client import Page, PanelSession  # noqa: E402

SKILLS = ("ask", "triage", "explain", "grounds", "decide")
# Each drafting skill: the tab's elem_id prefix and the field its input goes in.
TABS = {"triage": ("triage", "rw-triage-input"), "explain": ("letter", "rw-letter-input"),
        "grounds": ("grounds", "rw-grounds-input")}  # fmt: skip
DECIDED = re.compile(r"Concept \**([0-9a-f]{6,})\** geaccepteerd")
QUESTIONS = ("Hoe lang is de termijn voor bezwaar tegen een besluit?",
             "Wanneer krijgt iemand een voorschot op de bijstand?",
             "Wat doet de gemeente nadat iemand zich meldt voor hulp bij het huishouden?")  # fmt: skip
MARK = re.compile(r"RWS\d{2}R\d{3}")


def intake(mark: str) -> str:
    return (f"Mevrouw (dossier {mark}) heeft een huurachterstand van twee maanden en een brief van de "
            "Belastingdienst over het terugbetalen van huurtoeslag. Ze heeft ook een boete van het CJIB.")


def letter(mark: str) -> str:
    return ("Gemeente Voorbeeldstad\nAfdeling Werk en Inkomen\n\nDatum: 3 november 2026\n"
            f"Ons kenmerk: {mark}\nBetreft: terugvordering bijstand\n\nGeachte heer De Vries,\n\n"
            "U heeft te veel bijstand ontvangen. Wij vorderen € 450,00 van u terug. Betaal dit bedrag binnen "
            "zes weken.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de "
            "dagtekening van deze brief bezwaar maken.\n\nMet vriendelijke groet,\nHet college\n")


def case(mark: str) -> str:
    return (f"Casus {mark}. Meneer woont sinds twee maanden in de gemeente, heeft schulden en staat op een "
            "wachtlijst voor schuldhulpverlening. Hij kan zijn huur niet meer betalen.")


@dataclass
class Call:
    level: int
    skill: str
    seconds: float
    error: str | None = None


@dataclass
class Run:
    level: int
    calls: list[Call] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)  # a session saw a mark that was not its own
    decided: dict[str, str] = field(default_factory=dict)  # draft id -> the deciding session's mark prefix
    lock: threading.Lock = field(default_factory=threading.Lock)
    wall: float = 0.0
    client_cpu: float = 0.0
    server_cpu: float | None = None


class Session:
    """One professional in one browser tab: ask, then draft and accept with each drafting skill."""

    def __init__(self, number: int, page: Page, run: Run, timeout: float):
        self.number, self.run = number, run
        self.tab = PanelSession(page, timeout=timeout)
        self.tab.set("rw-name", f"Belasting {number}")  # the name the audit log records

    def call(self, skill: str, elem_id: str, event: str = "click", fields: dict | None = None) -> dict | None:
        """Fill `fields` ({elem_id: value}), trigger the event, time it; the outputs, or None on an error."""
        for name, value in (fields or {}).items():
            self.tab.set(name, value)
        start = time.perf_counter()
        try:
            out = self.tab.trigger(elem_id, event)
        except Exception as exc:  # noqa: BLE001 - every failure is counted and reported per skill
            self._record(Call(self.run.level, skill, time.perf_counter() - start, f"{type(exc).__name__}: {exc}"))
            return None
        self._record(Call(self.run.level, skill, time.perf_counter() - start))
        return out

    def _record(self, call: Call) -> None:
        with self.run.lock:
            self.run.calls.append(call)

    def _check(self, what: str, out: dict, mark: str) -> None:
        foreign = {m for m in MARK.findall(json.dumps(out, ensure_ascii=False)) if not m.startswith(mark[:5])}
        if foreign:
            with self.run.lock:
                self.run.leaks.append(f"sessie {self.number} zag {sorted(foreign)} in {what}")

    def draft_and_decide(self, skill: str, text: str, mark: str) -> dict | None:
        """Make a draft with `skill`, accept it as the form shows it; returns the draft's outputs."""
        prefix, field_id = TABS[skill]
        out = self.call(skill, f"rw-{prefix}-run", fields={field_id: text})
        if out is None:
            return None
        self._check(skill, out, mark)
        status = self.call("decide", f"rw-{prefix}-accept")
        found = DECIDED.search(json.dumps(status, ensure_ascii=False)) if status else None
        if found:
            with self.run.lock:
                self.run.decided[found.group(1)] = mark[:5]
        return out

    def rounds(self, count: int, deadline: float) -> None:
        for r in range(count):
            if time.monotonic() > deadline:
                return
            mark = f"RWS{self.number:02d}R{r:03d}"
            question = QUESTIONS[(self.number + r) % len(QUESTIONS)]
            self.call("ask", "rw-question", "submit", fields={"rw-question": question})
            for skill, text in (("triage", intake(mark)), ("explain", letter(mark)), ("grounds", case(mark))):
                self.draft_and_decide(skill, text, mark)


def run_level(n: int, url: str, rounds: int, seconds: float, server_pid: int | None, login=None) -> Run:
    run = Run(n)
    page = Page(url, login)
    sessions = [Session(i, page, run, timeout=seconds) for i in range(n)]
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=s.rounds, args=(rounds, deadline)) for s in sessions]
    cpu0, srv0, t0 = time.process_time(), _cpu_seconds(server_pid), time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.wall, run.client_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    srv1 = _cpu_seconds(server_pid)
    run.server_cpu = srv1 - srv0 if srv0 is not None and srv1 is not None else None
    for s in sessions:
        s.tab.close()
    return run


def _cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of a process (Linux /proc); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, TypeError):
        return None


def check_audit(run: Run, data_dir: Path | None) -> None:
    """Every accepted draft's audit record holds the deciding session's own input."""
    if data_dir is None:
        return
    wb = Workbench(load_settings(data_dir=data_dir, backend="none"))
    for draft_id, session in run.decided.items():
        marks = set(MARK.findall(wb.log_record(draft_id)["input_text"]))
        if not marks or any(not m.startswith(session) for m in marks):
            run.leaks.append(f"auditrecord {draft_id} van {session} bevat {sorted(marks)}")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def _ratio(a: float | None, b: float, digits: int) -> float | None:
    return round(a / b, digits) if a is not None and b else None


def summarise(run: Run) -> dict:
    skills = {}
    for skill in SKILLS:
        calls = [c for c in run.calls if c.skill == skill]
        ok = [c.seconds for c in calls if c.error is None]
        skills[skill] = {"requests": len(calls), "errors": len(calls) - len(ok), "per_second": _ratio(len(ok), run.wall, 2),
                         "p50_s": round(pct(ok, 50), 3), "p95_s": round(pct(ok, 95), 3),
                         "first_error": next((c.error for c in calls if c.error), None)}  # fmt: skip
    return {"sessions": run.level, "wall_s": round(run.wall, 1), "requests": len(run.calls),
            "per_second": _ratio(len(run.calls), run.wall, 2), "client_cpu_share": _ratio(run.client_cpu, run.wall, 3),
            "server_cpu_cores": _ratio(run.server_cpu, run.wall, 2),
            "server_cpu_per_request_s": _ratio(run.server_cpu, len(run.calls), 3),
            "load_average": round(os.getloadavg()[0], 1),  # other work on the machine skews the latencies
            "drafts_decided": len(run.decided), "unique_draft_ids": len(set(run.decided)),
            "leaks": run.leaks, "skills": skills}  # fmt: skip


def print_table(results: list[dict]) -> None:
    print(f"{'sessies':>7} {'vaardigheid':<8} {'verzoeken':>9} {'fouten':>6} {'per s':>6} {'p50 s':>6} {'p95 s':>6}")
    for res in results:
        for skill, s in res["skills"].items():
            print(f"{res['sessions']:>7} {skill:<8} {s['requests']:>9} {s['errors']:>6} {s['per_second']:>6} "
                  f"{s['p50_s']:>6} {s['p95_s']:>6}")
        print(f"{res['sessions']:>7} {'totaal':<8} {res['requests']:>9} {'':>6} {res['per_second']:>6}   "
              f"wand {res['wall_s']} s, client-CPU {res['client_cpu_share']} kern, server-CPU "
              f"{res['server_cpu_cores']} kernen ({res['server_cpu_per_request_s']} s per verzoek), "
              f"belasting machine {res['load_average']}, lekken: {len(res['leaks'])}")


def build_index(folder: Path) -> Path:
    from assistant.ingest import ingest_paths
    from evals.sources import SHARED_LAWS_DIR

    settings = load_settings(data_dir=folder / "data", index_dir=folder / "index", backend="none",
                             cache_root=ROOT / ".regiewijzer-data" / "test" / "cache")  # fmt: skip
    ingest_paths([SHARED_LAWS_DIR], settings, progress=False)
    return settings.index_path


def start_panel(index: Path, data_dir: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "REGIEWIJZER_DATA_DIR": str(data_dir), "REGIEWIJZER_BACKEND": "none",
           "REGIEWIJZER_USER": "belasting"}  # fmt: skip
    cmd = [sys.executable, "-m", "assistant.cli", "ui", "--port", str(port), "--index", str(index)]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=2).close()
            return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("Het paneel startte niet.") from None
            time.sleep(0.3)


def measure(url: str, levels: list[int], rounds: int, seconds: float, data_dir: Path | None,
            server_pid: int | None = None, login: tuple[str, str] | None = None) -> list[dict]:  # fmt: skip
    Session(99, Page(url, login), Run(0), timeout=seconds).rounds(1, time.monotonic() + seconds)  # warm-up
    results = []
    for n in levels:
        run = run_level(n, url, rounds, seconds, server_pid, login)
        check_audit(run, data_dir)
        results.append(summarise(run))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--rounds", type=int, default=3, help="rondes per sessie (elk 7 verzoeken)")
    parser.add_argument("--seconds", type=float, default=180, help="na zoveel seconden start geen ronde meer")
    parser.add_argument("--index", type=Path, help="bestaande indexmap (anders: corpus + gedeelde wetten)")
    parser.add_argument("--url", help="een draaiend paneel (dan geen eigen server en geen auditcontrole)")
    parser.add_argument("--login", help="NAAM:WACHTWOORD, als het paneel om een inlog vraagt")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.url:
        login = tuple(args.login.split(":", 1)) if args.login else None
        results = measure(args.url.rstrip("/"), args.sessions, args.rounds, args.seconds, None, login=login)
    else:
        with tempfile.TemporaryDirectory(prefix="rw-load-") as tmp:
            results = measure_own_panel(Path(tmp), args)
    print(json.dumps(results, ensure_ascii=False, indent=1)) if args.json else print_table(results)


def measure_own_panel(tmp: Path, args) -> list[dict]:
    index = args.index or build_index(tmp)
    port = free_port()
    proc = start_panel(index, tmp / "panel-data", port)
    try:
        return measure(f"http://127.0.0.1:{port}", args.sessions, args.rounds, args.seconds, tmp / "panel-data",
                       proc.pid)  # fmt: skip
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    main()
