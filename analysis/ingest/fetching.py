"""Safe HTTP(S) fetching for article and feed URLs given by strangers (server-side request forgery).

Only `http`/`https`; the host is resolved once, every address it resolves to must be public
(`ipaddress.is_global`: no loopback, private, link-local, carrier-grade NAT, multicast or cloud
metadata address such as 169.254.169.254), and the connection goes to the address that was checked, so a
second DNS answer cannot swap it. Redirects are followed by hand, each one checked the same way.
Each request has a timeout (per socket operation and for the whole download) and a size cap; the
body is requested uncompressed, so a small compressed answer cannot expand past the cap.
`allow_private=True` lifts the address check (a local deployment, the tests' 127.0.0.1 server).
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from analysis.ingest.limits import MAX_PAGE_BYTES

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A URL that could not or must not be fetched; the message is the reason shown to a person."""


@dataclass(frozen=True)
class FetchedPage:
    """A fetched response: the final `url` after redirects, its `content_type` (lower case, no
    parameters), the `charset` the server declared (or None) and the raw `body` bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """Fetches http(s) URLs with a timeout, a size cap and a public-address check.

    `timeout`: seconds, for connecting, for each read, and for the whole download.
    `max_bytes`: largest body accepted. `allow_private`: also fetch loopback/private/link-local
    addresses. `max_redirects`: redirects followed per URL. Picklable (holds only settings).
    """

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = MAX_PAGE_BYTES,
        allow_private: bool = False,
        max_redirects: int = 5,
        user_agent: str = "news-analysis-dashboard/1.0 (article ingest)",
    ) -> None:
        if not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        if not max_bytes > 0:
            raise ValueError(f"max_bytes must be a positive number of bytes, got {max_bytes!r}")
        if max_redirects < 0:
            raise ValueError(f"max_redirects must be 0 or more, got {max_redirects!r}")
        self.timeout = float(timeout)
        self.max_bytes = int(max_bytes)
        self.allow_private = bool(allow_private)
        self.max_redirects = int(max_redirects)
        self.user_agent = user_agent

    def __repr__(self) -> str:
        return (f"Fetcher(timeout={self.timeout}, max_bytes={self.max_bytes}, "
                f"allow_private={self.allow_private}, max_redirects={self.max_redirects})")

    def fetch(self, url: str) -> FetchedPage:
        """The response for `url` (status 200 after at most `max_redirects` redirects); raises FetchError."""
        deadline = time.monotonic() + self.timeout
        current = url.strip()
        for _ in range(self.max_redirects + 1):
            status, headers, body = self._request(current, deadline)
            if status in _REDIRECTS:
                location = headers.get("location")
                if not location:
                    raise FetchError(f"redirect ({status}) without a Location header")
                current = urljoin(current, location.strip())
                continue
            if status != 200:
                raise FetchError(f"the server answered HTTP {status}")
            raw_type = headers.get("content-type", "")
            content_type = raw_type.split(";", 1)[0].strip().lower()
            charset = None
            for part in raw_type.split(";")[1:]:
                name, _, value = part.partition("=")
                if name.strip().lower() == "charset" and value.strip():
                    charset = value.strip().strip('"').lower()
            return FetchedPage(url=current, content_type=content_type, charset=charset, body=body)
        raise FetchError(f"more than {self.max_redirects} redirects")

    def check_url(self, url: str) -> tuple[str, int, str, list[str]]:
        """(scheme, port, host, checked addresses) for `url`; raises FetchError if it must not be fetched."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as error:
            raise FetchError(f"not a valid URL: {error}") from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"unsupported address scheme {scheme or '(none)'!r} (accepted: http, https)")
        host = parts.hostname
        if not host:
            raise FetchError("URL has no host")
        if parts.username or parts.password:
            raise FetchError("URLs with a user name or password are not fetched")
        port = port or (443 if scheme == "https" else 80)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, OSError) as error:
            raise FetchError(f"host {host!r} not found ({error})") from None
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if not addresses:
            raise FetchError(f"host {host!r} not found")
        if not self.allow_private:
            for address in addresses:
                if not is_public_address(address):
                    raise FetchError(
                        f"refused: {host!r} resolves to {address}, a loopback, private, link-local or otherwise "
                        "non-public address (allow it with allow_private / --allow-private)"
                    )
        return scheme, port, host, addresses

    def _request(self, url: str, deadline: float) -> tuple[int, dict[str, str], bytes]:
        scheme, port, host, addresses = self.check_url(url)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        remaining = max(0.1, deadline - time.monotonic())
        connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        connection = connection_class(host, port, timeout=min(self.timeout, remaining), address=addresses[0])
        try:
            connection.request("GET", target, headers={
                "User-Agent": self.user_agent, "Accept-Encoding": "identity",
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
            })
            response = connection.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            if response.status in _REDIRECTS or response.status != 200:
                return response.status, headers, b""
            encoding = headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("", "identity"):
                raise FetchError(f"the server sent a compressed body ({encoding}) although none was asked for")
            declared = headers.get("content-length")
            if declared and declared.strip().isdigit() and int(declared) > self.max_bytes:
                raise FetchError(f"too large: the server announces {int(declared):,} bytes; the limit is {self.max_bytes:,} bytes")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {self.timeout:g} s")
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"too large: more than {self.max_bytes:,} bytes")
                chunks.append(chunk)
            return response.status, headers, b"".join(chunks)
        except FetchError:
            raise
        except (TimeoutError, socket.timeout):
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException, ssl.SSLError) as error:
            raise FetchError(f"could not be fetched: {type(error).__name__}: {error}") from None
        finally:
            connection.close()


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged by its IPv4 part)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to the address that was checked, whatever DNS says next."""

    def __init__(self, host: str, port: int, *, timeout: float, address: str) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to the checked address, verifying the certificate for the URL's host name."""

    def __init__(self, host: str, port: int, *, timeout: float, address: str) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)
