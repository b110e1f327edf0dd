"""One `Source` in, its articles (and per-item rejections) out. Never raises for bad input.

Readers by kind: plain text (`.txt`/`.md`), HTML pages (trafilatura for the main text and site name,
htmldate for the page's own date), tables (`.csv`, `.jsonl`, `.json`: one article per row/object),
RSS/Atom feeds (feedparser; one article per entry) and http(s) URLs (fetched safely, then read as a
page, a feed or plain text according to what the server sends).
"""
from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from analysis.ingest.cleaning import clean_article_text, normalise_lines
from analysis.ingest.dates import DateError, parse_date
from analysis.ingest.decoding import DecodeError, decode_bytes, guess_encoding
from analysis.ingest.duplicates import article_id_for
from analysis.ingest.fetching import FetchedPage, Fetcher, FetchError
from analysis.ingest.limits import (
    MAX_ARTICLE_CHARS, MAX_FEED_ENTRIES, MAX_JSON_FILE_BYTES, MAX_LINE_CHARS, MAX_PAGE_BYTES,
    MAX_TABLE_FILE_BYTES, MAX_TEXT_FILE_BYTES, too_large,
)
from analysis.ingest.outlets import domain_of, load_outlets
from analysis.ingest.sources import Source
from analysis.records import Article, Rejection

TABLE_COLUMNS: dict[str, str] = {
    "text": "text", "body": "text", "title": "title", "outlet": "outlet",
    "published": "published", "date": "published", "url": "url",
}
"""Accepted column names of `.csv`/`.jsonl`/`.json` collections (case-insensitive) -> the field they fill.
A `text` or `body` column is required."""
ACCEPTED_COLUMNS = ", ".join(TABLE_COLUMNS)
FEED_CONTENT_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json",
})
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class Found:
    """What a reader found in one item before metadata is applied (None: not found)."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None


class Refused(Exception):
    """An input that cannot be read; the message is the reason shown to a person."""


Items = tuple[list[Article], list[Rejection]]


def parse_source(source: Source, *, fetch_links: bool = False, fetcher: Fetcher | None = None) -> Items:
    """The articles in `source`, and a rejection (with its reason) for each item that cannot be read.

    Never raises for bad input: a file that cannot be read is one rejection; a bad row, line or feed
    entry is one rejection naming it (`file.csv#row 3`), the other rows are kept. A rejection whose
    reason starts with "ingested, but" is a note about an article that was kept.
    `fetch_links`: a feed entry's linked page is fetched and read instead of the entry's own content.
    `fetcher`: the `Fetcher` for URLs (default: `Fetcher()`, public addresses only).
    """
    reader = _READERS.get(source.kind)
    if reader is None:
        return [], [Rejection(source.key, f"unsupported source kind {source.kind!r}")]
    try:
        return reader(source, fetch_links, fetcher)
    except Refused as error:
        return [], [Rejection(source.key, str(error))]
    except RecursionError:
        return [], [Rejection(source.key, "too deeply nested to read")]
    except MemoryError:
        return [], [Rejection(source.key, "too large to read in memory")]


# -- plain text ------------------------------------------------------------------------------------

def read_text_file(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """A `.txt`/`.md` article: optional masthead line, optional title line, body."""
    path = Path(source.key)
    raw = _decode(_read_bytes(path, MAX_TEXT_FILE_BYTES, "the file"))
    if path.suffix.lower() in (".md", ".markdown"):
        raw = strip_markdown_headings(raw)
    return text_article(raw, source=source.key, metadata=source.meta)


def strip_markdown_headings(raw: str) -> str:
    """Markdown heading markers removed (`# Title` -> `Title`; `===`/`---` underlines dropped), text kept."""
    raw = re.sub(r"(?m)^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", r"\1", raw)
    return re.sub(r"(?m)^ {0,3}(?:=+|-{3,})[ \t]*$", "", raw)


def text_article(raw: str, *, source: str, metadata: dict[str, str], url: str | None = None) -> Items:
    """The article in plain text `raw` (masthead, title line and dateline recognised at the top)."""
    if not raw.strip():
        raise Refused("empty file" if not raw else "only whitespace")
    cleaned = clean_article_text(raw, title=metadata.get("title"), outlets=load_outlets())
    found = Found(text=cleaned.text, title=cleaned.title, outlet=cleaned.outlet,
                  published=cleaned.published, url=url)
    return make_article(found, source=source, metadata=metadata)


# -- HTML ------------------------------------------------------------------------------------------

def read_html_file(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """A saved web page: main text, title, site name and publication date from the page."""
    data = _read_bytes(Path(source.key), MAX_PAGE_BYTES, "the page")
    return html_article(decode_html(data), source=source.key, metadata=source.meta)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes as text: the server's charset, else the page's `<meta charset>`, else detection."""
    head = data[:4096].decode("ascii", errors="ignore")
    match = re.search(r"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", head, re.IGNORECASE)
    for encoding in (declared, match.group(1) if match else None):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return _decode(data)


def html_article(html: str, *, source: str, metadata: dict[str, str], url: str | None = None,
                 defaults: Found | None = None) -> Items:
    """The article of web page `html`; `defaults` (e.g. from a feed entry) fill what the page lacks."""
    import trafilatura  # slow to import: only when a page is read

    if not html.strip():
        raise Refused("empty file" if not html else "only whitespace")
    page_url = metadata.get("url") or url
    try:
        document = trafilatura.bare_extraction(
            html, url=page_url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # noqa: BLE001 - a third-party parser on hostile markup
        raise Refused(f"HTML could not be parsed ({type(error).__name__})") from None
    fields: dict[str, Any] = document.as_dict() if document is not None else {}
    text = fields.get("text") or ""
    if not text.strip():
        raise Refused("no article text found in the page (empty after removing page furniture)")
    host = fields.get("hostname")
    sitename = fields.get("sitename")
    if sitename and host and sitename.casefold().removeprefix("www.") == host.casefold():
        sitename = None  # trafilatura's fallback to the host name: let data/outlets.csv name it
    title = _clean_inline(fields.get("title"))
    known_title = metadata.get("title") or title
    cleaned = clean_article_text(text, title=known_title, outlets=load_outlets())
    published = _iso_day(fields.get("date")) or cleaned.published
    defaults = defaults or Found(text="")
    found = Found(
        text=cleaned.text,
        title=defaults.title or title or cleaned.title,
        outlet=defaults.outlet or _clean_inline(sitename) or cleaned.outlet,
        published=defaults.published or published,
        url=page_url or fields.get("url") or defaults.url,
    )
    return make_article(found, source=source, metadata=metadata)


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs on their own lines."""
    import trafilatura

    if "<" not in fragment:
        return fragment
    try:
        text = trafilatura.extract(f"<html><body>{fragment}</body></html>", include_comments=False) or ""
    except Exception:  # noqa: BLE001
        text = ""
    if not text.strip():
        import lxml.html
        from lxml_html_clean import Cleaner

        try:
            tree = Cleaner(scripts=True, javascript=True, style=True, embedded=True, frames=True).clean_html(
                lxml.html.fromstring(f"<div>{fragment}</div>"))
            text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
        except Exception:  # noqa: BLE001
            text = ""
    return text


# -- tables: CSV, JSONL, JSON --------------------------------------------------------------------

def read_csv_file(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """One article per CSV row; the delimiter (`,` `;` tab `|`) is detected from the first lines."""
    path = Path(source.key)
    _check_size(path, MAX_TABLE_FILE_BYTES, "the file")
    csv.field_size_limit(MAX_LINE_CHARS)
    with _open_text(path) as handle:
        sample = handle.read(65536)
        if not sample.strip():
            raise Refused("empty file" if not sample else "only whitespace")
        handle.seek(0)
        delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff_delimiter(sample)
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            header = next(reader)
        except csv.Error as error:
            raise Refused(f"CSV header cannot be read: {error}") from None
        columns = _map_columns([h.strip().lstrip("\ufeff") for h in header])
        articles: list[Article] = []
        rejected: list[Rejection] = []
        number = 0
        while True:
            number += 1
            item = f"{source.key}#row {number}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                rejected.append(Rejection(item, f"row cannot be read: {error}"))
                continue
            if not any(cell.strip() for cell in row):
                number -= 1
                continue
            if len(row) != len(header):
                rejected.append(Rejection(item, f"row has {len(row)} fields; the header has {len(header)}"))
                continue
            values = {field: row[index] for index, field in columns.items()}
            _collect(row_article(values, source=item), articles, rejected)
    return articles, rejected


def read_jsonl_file(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """One article per JSON Lines object; a broken line is rejected on its own."""
    path = Path(source.key)
    _check_size(path, MAX_TABLE_FILE_BYTES, "the file")
    articles: list[Article] = []
    rejected: list[Rejection] = []
    blank = True
    with _open_text(path) as handle:
        for number, line in enumerate(_bounded_lines(handle), start=1):
            item = f"{source.key}#line {number}"
            if line is None:
                rejected.append(Rejection(item, f"line longer than {MAX_LINE_CHARS:,} characters"))
                continue
            if not line.strip():
                continue
            blank = False
            try:
                value = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as error:
                rejected.append(Rejection(item, f"not valid JSON: {getattr(error, 'msg', error)}"))
                continue
            try:
                _collect(row_article(_object_fields(value), source=item), articles, rejected)
            except Refused as error:
                rejected.append(Rejection(item, str(error)))
    if blank:
        raise Refused("empty file")
    return articles, rejected


def read_json_file(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """A JSON list of article objects, one object, or `{"articles": [...]}`."""
    raw = _decode(_read_bytes(Path(source.key), MAX_JSON_FILE_BYTES, "the file"))
    if not raw.strip():
        raise Refused("empty file" if not raw else "only whitespace")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as error:
        raise Refused(f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    if isinstance(value, dict) and isinstance(value.get("articles"), list) and len(value) == 1:
        value = value["articles"]
    if isinstance(value, dict):
        return row_article(_object_fields(value), source=source.key)
    if not isinstance(value, list):
        raise Refused('JSON must be a list of article objects, one object, or {"articles": [...]}')
    articles: list[Article] = []
    rejected: list[Rejection] = []
    for number, entry in enumerate(value, start=1):
        item = f"{source.key}#item {number}"
        try:
            _collect(row_article(_object_fields(entry), source=item), articles, rejected)
        except Refused as error:
            rejected.append(Rejection(item, str(error)))
    return articles, rejected


def row_article(values: dict[str, Any], *, source: str) -> Items:
    """The article of one table row/object (`values` keyed by field: text, title, outlet, published, url)."""
    text = values.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return [], [Rejection(source, "empty text")]
    if not isinstance(text, str):
        return [], [Rejection(source, f"text is a JSON {type(text).__name__}, not a string")]
    metadata = {}
    for field in ("title", "outlet", "published", "url"):
        value = values.get(field)
        if value is None:
            continue
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            return [], [Rejection(source, f"{field} is a JSON {type(value).__name__}, not a string")]
        value = _clean_inline(str(value))
        if value:
            metadata[field] = value
    if metadata.get("url") and domain_of(metadata["url"]) is None:
        return [], [Rejection(source, f"url {metadata['url'][:80]!r} is not an http(s) address")]
    try:
        return text_article(text, source=source, metadata=metadata)
    except Refused as error:
        return [], [Rejection(source, str(error))]


# -- feeds and URLs --------------------------------------------------------------------------------

def read_feed_file(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """An RSS/Atom feed saved as a file: one article per entry."""
    data = _read_bytes(Path(source.key), MAX_PAGE_BYTES, "the feed")
    return feed_articles(data, source=source.key, feed_url=None, fetch_links=fetch_links, fetcher=fetcher)


def feed_articles(data: bytes, *, source: str, feed_url: str | None, fetch_links: bool,
                  fetcher: Fetcher | None) -> Items:
    """One article per entry of the RSS/Atom feed `data` (entry content, or the linked page).

    Entry outlet: the outlet `data/outlets.csv` lists for the entry's link, else the feed's title, else
    the link's (or the feed's) domain.
    """
    import feedparser

    if not data.strip():
        raise Refused("empty file")
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except Exception as error:  # noqa: BLE001
        raise Refused(f"feed could not be parsed ({type(error).__name__})") from None
    if not parsed.get("version") and not parsed.entries:
        raise Refused("not an RSS or Atom feed")
    feed_title = _clean_inline(parsed.feed.get("title"))
    articles: list[Article] = []
    rejected: list[Rejection] = []
    for number, entry in enumerate(parsed.entries, start=1):
        item = f"{source}#entry {number}"
        if number > MAX_FEED_ENTRIES:
            rejected.append(Rejection(source, f"feed has {len(parsed.entries):,} entries; only the first {MAX_FEED_ENTRIES:,} are read"))
            break
        link = entry.get("link") if domain_of(entry.get("link")) else None
        title = _clean_inline(entry.get("title"))
        published = _struct_day(entry.get("published_parsed") or entry.get("updated_parsed"))
        outlet = load_outlets().listed_for_url(link) or feed_title or domain_of(link) or domain_of(feed_url)
        defaults = Found(text="", title=title, outlet=outlet, published=published, url=link)
        if fetch_links and link:
            try:
                page = (fetcher or Fetcher()).fetch(link)
                _collect(_page_articles(page, source=item, metadata={}, defaults=defaults, fetch_links=False,
                                        fetcher=fetcher, allow_feed=False), articles, rejected)
                continue
            except (FetchError, Refused) as error:
                note = f"ingested from the feed's own content: the linked page {link} could not be read: {error}"
                rejected.append(Rejection(item, f"ingested, but {note}"))
        contents = entry.get("content") or []
        body = max((c.get("value") or "" for c in contents), key=len, default="") or entry.get("summary") or ""
        text = html_fragment_text(body)
        if not text.strip():
            rejected.append(Rejection(item, "feed entry has no text (try fetching its linked page)"))
            continue
        metadata = {k: v for k, v in (("title", title),) if v}
        cleaned = clean_article_text(text, title=title, outlets=load_outlets())
        found = Found(text=cleaned.text, title=title or cleaned.title, outlet=outlet,
                      published=published or cleaned.published, url=link)
        _collect(make_article(found, source=item, metadata=metadata), articles, rejected)
    if not articles and not rejected:
        raise Refused("feed has no entries")
    return articles, rejected


def read_url(source: Source, fetch_links: bool, fetcher: Fetcher | None) -> Items:
    """An http(s) URL: fetched safely, then read as a feed, a web page or plain text."""
    try:
        page = (fetcher or Fetcher()).fetch(source.key)
    except FetchError as error:
        raise Refused(str(error)) from None
    return _page_articles(page, source=source.key, metadata=source.meta, defaults=None,
                          fetch_links=fetch_links, fetcher=fetcher, allow_feed=True)


def _page_articles(page: FetchedPage, *, source: str, metadata: dict[str, str], defaults: Found | None,
                   fetch_links: bool, fetcher: Fetcher | None, allow_feed: bool) -> Items:
    head = page.body[:512].lstrip().lower()
    looks_like_feed = head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and b"<html" not in head
    if allow_feed and (page.content_type in FEED_CONTENT_TYPES or looks_like_feed):
        return feed_articles(page.body, source=source, feed_url=page.url, fetch_links=fetch_links, fetcher=fetcher)
    if page.content_type in HTML_CONTENT_TYPES or head.startswith((b"<!doctype html", b"<html")):
        return html_article(decode_html(page.body, page.charset), source=source, metadata=metadata,
                            url=page.url, defaults=defaults)
    if page.content_type == "text/plain":
        raw = page.body.decode(page.charset) if page.charset else _decode(page.body)
        return text_article(raw, source=source, metadata=metadata, url=page.url)
    raise Refused(f"unsupported content type {page.content_type or '(none)'!r} (accepted: HTML, RSS/Atom, plain text)")


# -- making the article ------------------------------------------------------------------------------

def make_article(found: Found, *, source: str, metadata: dict[str, str] | None = None) -> Items:
    """The article for `found`, with `metadata` (side-car values) winning over inferred values.

    Outlet order: metadata, site name / masthead (in `found`), the URL's domain (named by
    `data/outlets.csv` when listed), else None. Returns ([article], notes), where a note is a
    Rejection whose reason starts with "ingested, but"; an empty or too long text gives ([], [rejection]).
    """
    metadata = metadata or {}
    notes: list[Rejection] = []
    text = found.text
    if not text.strip():
        return [], [Rejection(source, "empty after removing page furniture")]
    if len(text) > MAX_ARTICLE_CHARS:
        return [], [Rejection(source, f"too long for an article: {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")]
    published = found.published
    if metadata.get("published"):
        try:
            published = parse_date(metadata["published"])
        except DateError as error:
            kept = f"the text's date {published.isoformat()} is used" if published else "published left unknown"
            notes.append(Rejection(source, f"ingested, but its date was ignored ({kept}): {error}"))
    url = metadata.get("url") or found.url
    outlet = metadata.get("outlet") or found.outlet or load_outlets().for_url(url)
    title = metadata.get("title") or found.title or ""
    article = Article(
        article_id=article_id_for(text), title=title, outlet=outlet, published=published, url=url,
        source=source, text=text, n_words=len(text.split()),
    )
    return [article], notes


# -- helpers ---------------------------------------------------------------------------------------

def _collect(items: Items, articles: list[Article], rejected: list[Rejection]) -> None:
    articles.extend(items[0])
    rejected.extend(items[1])


def _check_size(path: Path, limit: int, what: str) -> int:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror or error}") from None
    if size > limit:
        raise Refused(too_large(size, limit, what))
    return size


def _read_bytes(path: Path, limit: int, what: str) -> bytes:
    _check_size(path, limit, what)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror or error}") from None
    if len(data) > limit:
        raise Refused(too_large(len(data), limit, what))
    return data


def _decode(data: bytes) -> str:
    try:
        return decode_bytes(data)
    except DecodeError as error:
        raise Refused(str(error)) from None


def _open_text(path: Path) -> io.TextIOWrapper:
    """A large text file opened for streaming, its encoding detected from the first megabyte.

    Bytes that do not decode further down become U+FFFD rather than stopping the read.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 20)
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror or error}") from None
    if b"\x00" in head[:8192] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refused("binary file, not text (it contains NUL bytes)")
    encoding = "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the sample's end
            guessed = guess_encoding(head[:200_000])
            if guessed is None:
                raise Refused("not UTF-8 and not a known encoding") from None
            encoding = guessed
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    return open(path, encoding=encoding, errors="replace", newline="")


def _bounded_lines(handle: io.TextIOWrapper) -> Iterator[str | None]:
    """Lines of `handle`; a line over MAX_LINE_CHARS is skipped (yielded as None) without being kept whole."""
    while True:
        line = handle.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        if len(line) > MAX_LINE_CHARS and not line.endswith("\n"):
            while True:  # drain the rest of the long line
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith("\n"):
                    break
            yield None
            continue
        yield line


def _sniff_delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    try:
        return csv.Sniffer().sniff(sample[:16384], delimiters=",;\t|").delimiter
    except csv.Error:
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _map_columns(header: list[str]) -> dict[int, str]:
    """Column index -> field, refusing unknown names and a missing text column."""
    columns: dict[int, str] = {}
    unknown = []
    for index, name in enumerate(header):
        field = TABLE_COLUMNS.get(name.strip().lower())
        if field is None:
            unknown.append(name)
        elif field not in columns.values():
            columns[index] = field
    if unknown:
        shown = ", ".join(repr(u[:40]) for u in unknown[:8])
        raise Refused(f"unknown column(s) {shown} (accepted columns: {ACCEPTED_COLUMNS}; a text or body column is required)")
    if "text" not in columns.values():
        raise Refused(f"no text column (accepted columns: {ACCEPTED_COLUMNS}; a text or body column is required)")
    return columns


def _object_fields(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Refused(f"not a JSON object but a {type(value).__name__}")
    fields: dict[str, Any] = {}
    unknown = []
    for key, item in value.items():
        field = TABLE_COLUMNS.get(str(key).strip().lower())
        if field is None:
            unknown.append(str(key))
        elif field not in fields or fields[field] in (None, ""):
            fields[field] = item
    if unknown:
        shown = ", ".join(repr(u[:40]) for u in unknown[:8])
        raise Refused(f"unknown key(s) {shown} (accepted keys: {ACCEPTED_COLUMNS}; a text or body key is required)")
    if "text" not in fields:
        raise Refused(f"no text key (accepted keys: {ACCEPTED_COLUMNS}; a text or body key is required)")
    return fields


def _clean_inline(value: str | None) -> str | None:
    """A one-line value (title, outlet) with whitespace normalised; None when empty."""
    if value is None:
        return None
    line = " ".join(" ".join(normalise_lines(str(value))).split())
    return line or None


def _iso_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_date(value[:10])
    except DateError:
        return None


def _struct_day(value: time.struct_time | None) -> date | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=timezone.utc).date()
    except (TypeError, ValueError):
        return None


_READERS: dict[str, Callable[[Source, bool, Fetcher | None], Items]] = {
    "text": read_text_file, "html": read_html_file, "csv": read_csv_file, "jsonl": read_jsonl_file,
    "json": read_json_file, "feed": read_feed_file, "url": read_url,
}
