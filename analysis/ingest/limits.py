"""Size limits: what is refused as too large, with the reason given (documented in the README).

Every limit is checked before the expensive step, so a huge input costs a `stat` call, not memory.
"""
from __future__ import annotations

MAX_TEXT_FILE_BYTES = 2_000_000
"""A `.txt`/`.md` file: larger ones are refused ("too large"). A news article is 2-50 KB."""
MAX_PAGE_BYTES = 5_000_000
"""An `.html` page, a feed file, or one fetched URL's response (pages carry scripts and markup)."""
MAX_TABLE_FILE_BYTES = 500_000_000
"""A `.csv`/`.jsonl` collection, read row by row (memory stays bounded by one row)."""
MAX_JSON_FILE_BYTES = 50_000_000
"""A `.json` collection, which has to be loaded whole."""
MAX_ARTICLE_CHARS = 200_000
"""One article's cleaned text; a longer one (a book, a log, a dump) is refused as "too long"."""
MAX_LINE_CHARS = 4_000_000
"""One JSONL line or CSV field; a longer one is refused as its own item, the rest of the file is read."""
MAX_FEED_ENTRIES = 5_000
"""Entries read from one feed; the rest are reported as one rejection."""


def too_large(size: int, limit: int, what: str) -> str:
    """The reason shown for an input of `size` bytes over `limit`."""
    return f"too large: {what} is {size:,} bytes; the limit is {limit:,} bytes"
