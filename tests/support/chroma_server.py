"""A real Chroma server (`chroma run`, the CLI the chromadb package ships) on a free loopback port.

    with ChromaServer(tmp_path) as server:
        settings = replace(settings, chroma_url=server.url)
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chroma_cli() -> str:
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.exists() else shutil.which("chroma")
    assert found, "de chroma-CLI ontbreekt (hij hoort bij het pakket chromadb)"
    return found


class ChromaServer:
    def __init__(self, folder: Path, port: int | None = None):
        self.folder = Path(folder)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> ChromaServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        log = open(self.folder / "server.log", "wb")  # noqa: SIM115 - closed with the process
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_COLOR": "1"}
        self.proc = subprocess.Popen(
            [chroma_cli(), "run", "--path", str(self.folder / "data"), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + timeout
        while not self.alive():
            assert self.proc.poll() is None, (self.folder / "server.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, f"Chroma-server niet gestart op {self.url}"
            time.sleep(0.2)
        return self

    def alive(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1) as resp:
                return resp.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> ChromaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
