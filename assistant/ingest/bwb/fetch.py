"""The HTTP client of a law update: it only ever contacts the configured base URL's origin.

No proxies from the environment, no redirects to another scheme, host or port, and no response
larger than MAX_BYTES.
"""

from __future__ import annotations

import os
from urllib.parse import urljoin, urlsplit

import httpx

from assistant.ingest.bwb.errors import FetchFailed, LawsUpdateError, Unreachable

DEFAULT_BASE_URL = "https://repository.officiele-overheidspublicaties.nl/bwb"
BASE_URL_ENV = "REGIEWIJZER_BWB_URL"
MAX_BYTES = 64 * 1024 * 1024


def base_url_from_env() -> str:
    return os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


class Fetcher:
    def __init__(self, base_url: str, timeout: float):
        self.base = base_url.rstrip("/")
        parts = urlsplit(self.base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LawsUpdateError(
                f"Ongeldige adres voor de wettenbank: {base_url!r} (verwacht http(s)://host/pad)."
            )
        self.origin = (parts.scheme, parts.hostname, parts.port)
        self.host = parts.hostname
        self.requests = 0
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self.client.close()

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        return (parts.scheme, parts.hostname, parts.port) == self.origin

    def get(self, url: str) -> bytes:
        """The body of `url`, following at most three redirects within the origin."""
        for _ in range(4):
            if not self._allowed(url):
                raise FetchFailed(f"verwijzing naar een andere server ({urlsplit(url).hostname}) geweigerd")
            self.requests += 1
            try:
                with self.client.stream("GET", url) as response:
                    if response.is_redirect and response.headers.get("location"):
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise FetchFailed(f"HTTP {response.status_code} voor {url}")
                    return _read_limited(response, url)
            except httpx.TransportError as exc:
                if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
                    raise Unreachable(str(exc) or exc.__class__.__name__) from exc
                raise FetchFailed(f"{url}: {exc.__class__.__name__}") from exc
        raise FetchFailed(f"te veel doorverwijzingen voor {url}")


def _read_limited(response: httpx.Response, url: str) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchFailed(f"{url} is groter dan {MAX_BYTES // 2**20} MB")
        chunks.append(chunk)
    return b"".join(chunks)
