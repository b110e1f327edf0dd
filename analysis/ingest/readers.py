"""One `Source` in, its articles (and per-item rejections) out. Never raises for bad input."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis.ingest.cleaning import clean_article_text
from analysis.ingest.dates import DateError, parse_date
from analysis.ingest.decoding import DecodeError, decode_bytes
from analysis.ingest.duplicates import article_id_for
from analysis.ingest.limits import MAX_ARTICLE_CHARS, MAX_TEXT_FILE_BYTES, too_large
from analysis.ingest.outlets import load_outlets
from analysis.ingest.sources import Source
from analysis.records import Article, Rejection


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


def parse_text_file(source: Source) -> tuple[list[Article], list[Rejection]]:
    """A `.txt`/`.md` article: optional masthead line, optional title line, body."""
    raw = _read_text(Path(source.key), MAX_TEXT_FILE_BYTES, "the file")
    meta = source.meta
    cleaned = clean_article_text(raw, title=meta.get("title"), outlets=load_outlets())
    if not raw.strip():
        raise Refused("empty file" if not raw else "only whitespace")
    found = Found(text=cleaned.text, title=cleaned.title, outlet=cleaned.outlet, published=cleaned.published)
    return make_article(found, source=source.key, metadata=meta)


def make_article(
    found: Found, *, source: str, metadata: dict[str, str] | None = None
) -> tuple[list[Article], list[Rejection]]:
    """The article for `found` with `metadata` (side-car values) winning over inferred values.

    Returns ([article], notes): a note is a Rejection whose reason starts with "ingested, but" (the
    article is kept, e.g. with an impossible metadata date left unknown). An empty or too long text
    returns ([], [rejection]).
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
            notes.append(Rejection(source, f"ingested, but the metadata date was ignored ({kept}): {error}"))
    url = metadata.get("url") or found.url
    outlet = metadata.get("outlet") or found.outlet or load_outlets().for_url(url)
    title = metadata.get("title") or found.title or ""
    article = Article(
        article_id=article_id_for(text),
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        source=source,
        text=text,
        n_words=len(text.split()),
    )
    return [article], notes


def _read_text(path: Path, limit: int, what: str) -> str:
    try:
        size = path.stat().st_size
        if size > limit:
            raise Refused(too_large(size, limit, what))
        data = path.read_bytes()
    except OSError as error:
        raise Refused(f"cannot be read: {error.strerror or error}") from None
    try:
        return decode_bytes(data)
    except DecodeError as error:
        raise Refused(str(error)) from None


READERS = {"text": parse_text_file}


def parse_source(source: Source, *, fetch_links: bool = False, fetcher: object | None = None) -> tuple[list[Article], list[Rejection]]:
    """The articles in `source`, and a rejection (with its reason) for each item that cannot be read."""
    reader = READERS.get(source.kind)
    if reader is None:
        return [], [Rejection(source.key, f"unsupported source kind {source.kind!r}")]
    try:
        return reader(source)
    except Refused as error:
        return [], [Rejection(source.key, str(error))]
