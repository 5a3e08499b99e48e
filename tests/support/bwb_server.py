"""A local stand-in for the BWB repository (stdlib HTTP server) for `regiewijzer laws update` tests.

Layout as on repository.officiele-overheidspublicaties.nl/bwb:
    /bwb/<BWB id>/manifest.xml                                  (generated from what it serves)
    /bwb/<BWB id>/<date>_0/xml/<BWB id>_<date>_0.xml             (the toestand XML)
It serves the BWB XML files of ../shared/corpus-sources/laws and counts every request.
"""

from __future__ import annotations

import hashlib
import re
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from evals.sources import SHARED_LAWS_DIR

_NAME = re.compile(r"(BWBR\d{7})-(\d{4}-\d{2}-\d{2})\.xml$")


def shared_law_files(folder: Path = SHARED_LAWS_DIR) -> dict[str, tuple[str, Path]]:
    """{bwb_id: (version_date, path)} of the toestand XML files in the shared folder."""
    out = {}
    for path in sorted(Path(folder).glob("*.xml")):
        if m := _NAME.search(path.name):
            out[m.group(1)] = (m.group(2), path)
    return out


def with_version_date(xml: bytes, new_date: str) -> bytes:
    """The same toestand, relabelled as the version in force from new_date (root attributes)."""
    head, sep, rest = xml.partition(b"<wetgeving")
    head = re.sub(rb'inwerkingtreding="\d{4}-\d{2}-\d{2}"', f'inwerkingtreding="{new_date}"'.encode(), head)
    head = re.sub(rb"(/id/BWBR\d{7}/)\d{4}-\d{2}-\d{2}/", rb"\g<1>" + new_date.encode() + b"/", head)
    return head + sep + rest


def trimmed(xml: bytes, keep: int) -> bytes:
    """The toestand with only its first `keep` articles (fast ingest in tests)."""
    root = ET.fromstring(xml)
    parents = {child: parent for parent in root.iter() for child in parent}
    for i, art in enumerate(list(root.iter("artikel"))):
        if i >= keep:
            parents[art].remove(art)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def with_article_changes(xml: bytes, *, drop=(), reword=(), add=()) -> bytes:
    """The toestand with articles removed (`drop`), one sentence added to the text of others
    (`reword`) and copies of the first article under new numbers (`add`): a new version of the law."""
    root = ET.fromstring(xml)
    parents = {child: parent for parent in root.iter() for child in parent}
    articles = {(a.findtext("kop/nr") or "").strip().rstrip("."): a for a in root.iter("artikel")}
    for number in drop:
        parents[articles[number]].remove(articles[number])
    for number in reword:
        paragraph = next(articles[number].iter("al"))
        paragraph.text = (paragraph.text or "") + " Deze zin is in de nieuwe versie toegevoegd."
    first = next(iter(articles.values()))
    for number in add:
        copy = ET.fromstring(ET.tostring(first))
        copy.find("kop/nr").text = number
        parent = parents[first]
        parent.insert(list(parent).index(first) + 1, copy)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


class BwbServer:
    """Serves {bwb_id: {date: xml_bytes}}; `requests` lists every path asked for."""

    def __init__(self, laws: dict[str, dict[str, bytes]] | None = None):
        self.laws: dict[str, dict[str, bytes]] = {k: dict(v) for k, v in (laws or {}).items()}
        self.requests: list[str] = []
        self.overrides: dict[str, tuple[int, bytes, dict[str, str]]] = {}  # path -> status, body, headers
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    @classmethod
    def from_shared(cls, keep_articles: int | None = None) -> BwbServer:
        laws: dict[str, dict[str, bytes]] = {}
        for bwb_id, (version, path) in shared_law_files().items():
            data = path.read_bytes()
            laws[bwb_id] = {version: trimmed(data, keep_articles) if keep_articles else data}
        return cls(laws)

    def add_version(self, bwb_id: str, version: str, xml: bytes) -> None:
        with self._lock:
            self.laws.setdefault(bwb_id, {})[version] = xml

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bwb"

    def xml_requests(self) -> list[str]:
        return [p for p in self.requests if p.endswith(".xml") and not p.endswith("manifest.xml")]

    def manifest(self, bwb_id: str) -> bytes:
        versions = sorted(self.laws[bwb_id])
        work = ET.Element(
            "work", label=bwb_id, _latestItem=f"{versions[-1]}_0/xml/{bwb_id}_{versions[-1]}_0.xml"
        )
        ET.SubElement(ET.SubElement(work, "metadata"), "soort").text = "wet"
        for version in versions:
            data = self.laws[bwb_id][version]
            expr = ET.SubElement(work, "expression", label=f"{version}_0")
            ET.SubElement(ET.SubElement(expr, "metadata"), "datum_inwerkingtreding").text = version
            manifestation = ET.SubElement(expr, "manifestation", label="xml")
            meta = ET.SubElement(manifestation, "metadata")
            ET.SubElement(meta, "hashcode").text = hashlib.sha256(data).hexdigest()
            ET.SubElement(meta, "size").text = str(len(data))
            ET.SubElement(manifestation, "item", label=f"{bwb_id}_{version}_0.xml", _deleted="false")
        return ET.tostring(work, encoding="utf-8", xml_declaration=True)

    def _respond(self, path: str) -> tuple[int, bytes, dict[str, str]]:
        with self._lock:
            self.requests.append(path)
            if path in self.overrides:
                return self.overrides[path]
            m = re.fullmatch(r"/bwb/(BWBR\d{7})/manifest\.xml", path)
            if m and m.group(1) in self.laws:
                return 200, self.manifest(m.group(1)), {}
            m = re.fullmatch(r"/bwb/(BWBR\d{7})/(\d{4}-\d{2}-\d{2})_0/xml/\1_\2_0\.xml", path)
            if m and m.group(2) in self.laws.get(m.group(1), {}):
                return 200, self.laws[m.group(1)][m.group(2)], {}
        return 404, b"<error>not found</error>", {}

    def start(self) -> BwbServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (stdlib name)
                status, body, headers = server._respond(self.path)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep test output quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", self.port or 0), Handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> BwbServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
