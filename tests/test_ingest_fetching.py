"""URLs and feeds over HTTP, against a local server on 127.0.0.1 (no test touches the internet)."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from analysis.ingest import Fetcher, FetchError, read_articles
from analysis.ingest import fetching

BODY = (
    "Moscow: The Kremlin said the call lasted two hours and covered a ceasefire in Ukraine. "
    "“It was a useful conversation,” a spokesman said, adding that experts would meet in Riyadh."
)
PAGE = f"""<html><head><title>Kremlin on the call</title><meta property="og:site_name" content="Local Courier">
<meta property="article:published_time" content="2025-03-19"></head>
<body><article><h1>Kremlin on the call</h1><p>{BODY}</p><p>{BODY.replace("Moscow", "Later")}</p></article></body></html>"""


def feed(port: int) -> str:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Courier Feed</title>
<item><title>Feed headline</title><link>http://127.0.0.1:{port}/article.html</link>
<pubDate>Wed, 19 Mar 2025 08:00:00 GMT</pubDate><description>Short summary of the call only.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def send(self, status: int, body: bytes, content_type: str, *, length: bool = True, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        port = self.server.server_address[1]
        routes = {
            "/article.html": lambda: self.send(200, PAGE.encode(), "text/html; charset=utf-8"),
            "/feed": lambda: self.send(200, feed(port).encode(), "application/rss+xml"),
            "/plain": lambda: self.send(200, ("Plain headline\n\n" + BODY).encode("cp1252"), "text/plain; charset=cp1252"),
            "/redirect": lambda: self.send(302, b"", "text/html", Location="/article.html"),
            "/redirect-private": lambda: self.send(302, b"", "text/html", Location=f"http://127.0.0.2:{port}/article.html"),
            "/redirect-metadata": lambda: self.send(302, b"", "text/html", Location="http://169.254.169.254/latest/meta-data/"),
            "/redirect-file": lambda: self.send(302, b"", "text/html", Location="file:///etc/passwd"),
            "/loop": lambda: self.send(302, b"", "text/html", Location="/loop"),
            "/big": lambda: self.send(200, b"<p>" + b"a" * 50_000 + b"</p>", "text/html"),
            "/big-unannounced": lambda: self.send(200, b"<p>" + b"a" * 50_000 + b"</p>", "text/html", length=False),
            "/slow": self.slow,
            "/pdf": lambda: self.send(200, b"%PDF-1.4", "application/pdf"),
            "/missing": lambda: self.send(404, b"no", "text/plain"),
        }
        routes.get(self.path, routes["/missing"])()

    def slow(self) -> None:
        time.sleep(2)
        self.send(200, PAGE.encode(), "text/html")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = Fetcher(allow_private=True, timeout=5)


def test_url_article_fetched_and_extracted(server: str) -> None:
    result = read_articles([f"{server}/article.html"], fetcher=LOCAL)
    assert not result.rejected
    [article] = result.articles
    assert (article.title, article.outlet, article.published) == ("Kremlin on the call", "Local Courier", date(2025, 3, 19))
    assert article.url == f"{server}/article.html" and article.source == f"{server}/article.html"
    assert article.text.startswith("Moscow: The Kremlin said the call lasted two hours")


def test_same_article_from_file_and_url_is_one(server: str, tmp_path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(PAGE, encoding="utf-8")
    result = read_articles([path, f"{server}/article.html"], fetcher=LOCAL)
    assert len(result.articles) == 1


def test_feed_url_uses_entry_content(server: str) -> None:
    [article] = read_articles([f"{server}/feed"], fetcher=LOCAL).articles
    assert (article.title, article.outlet, article.published) == ("Feed headline", "Courier Feed", date(2025, 3, 19))
    assert article.text == "Short summary of the call only."
    assert article.url == f"{server}/article.html"


def test_feed_url_with_fetch_links_reads_linked_page(server: str) -> None:
    result = read_articles([f"{server}/feed"], fetcher=LOCAL, fetch_links=True)
    assert not result.rejected
    [article] = result.articles
    assert article.title == "Feed headline"  # the feed's own metadata wins
    assert article.text.startswith("Moscow: The Kremlin said")
    assert article.source == f"{server}/feed#entry 1"


def test_plain_text_url_with_declared_charset(server: str) -> None:
    [article] = read_articles([f"{server}/plain"], fetcher=LOCAL).articles
    assert article.title == "Plain headline"
    assert "“It was a useful conversation,”" in article.text


def test_redirect_is_followed(server: str) -> None:
    page = LOCAL.fetch(f"{server}/redirect")
    assert page.url == f"{server}/article.html" and page.content_type == "text/html"


def test_default_fetcher_refuses_loopback(server: str) -> None:
    with pytest.raises(FetchError, match="refused: '127.0.0.1' resolves to 127.0.0.1"):
        Fetcher().fetch(f"{server}/article.html")
    result = read_articles([f"{server}/article.html"])
    assert not result.articles
    assert "non-public address" in result.rejected[0].reason


@pytest.mark.parametrize("url", [
    "http://localhost/", "http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00:ec2::254]/",
    "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/",
])
def test_default_fetcher_refuses_non_public_addresses(url: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        Fetcher().check_url(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/", "http://user:pw@example.org/"])
def test_only_plain_http_and_https(url: str) -> None:
    with pytest.raises(FetchError, match="scheme|user name"):
        Fetcher().fetch(url)


def test_redirect_to_private_address_is_refused(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Treat the test server's 127.0.0.1 as "public"; its redirect to 127.0.0.2 must still be checked.
    monkeypatch.setattr(fetching, "is_public_address", lambda address: address == "127.0.0.1")
    fetcher = Fetcher()
    assert fetcher.fetch(f"{server}/article.html").body.startswith(b"<html>")
    with pytest.raises(FetchError, match="refused: '127.0.0.2'"):
        fetcher.fetch(f"{server}/redirect-private")
    with pytest.raises(FetchError, match="refused: '169.254.169.254'"):
        fetcher.fetch(f"{server}/redirect-metadata")
    with pytest.raises(FetchError, match="scheme 'file'"):
        fetcher.fetch(f"{server}/redirect-file")


def test_redirect_loop_is_cut(server: str) -> None:
    with pytest.raises(FetchError, match="more than 2 redirects"):
        Fetcher(allow_private=True, max_redirects=2).fetch(f"{server}/loop")


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_size_cap(server: str, path: str) -> None:
    with pytest.raises(FetchError, match="too large"):
        Fetcher(allow_private=True, max_bytes=10_000).fetch(server + path)


def test_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        Fetcher(allow_private=True, timeout=0.5).fetch(f"{server}/slow")
    assert time.monotonic() - started < 1.9


@pytest.mark.parametrize(("path", "reason"), [("/pdf", "unsupported content type 'application/pdf'"),
                                              ("/missing", "HTTP 404")])
def test_unreadable_urls_are_rejections(server: str, path: str, reason: str) -> None:
    result = read_articles([server + path], fetcher=LOCAL)
    assert not result.articles
    assert reason in result.rejected[0].reason


@pytest.mark.parametrize("kwargs", [{"timeout": 0}, {"max_bytes": -1}, {"max_redirects": -1}])
def test_fetcher_validates_options(kwargs: dict) -> None:
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        Fetcher(**kwargs)
