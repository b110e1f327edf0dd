"""The one typed record every input is turned into, and the articles table built from it.

Dates, outlets and encodings are normalised once, when an `Article` is made; nothing downstream
re-parses them. Missing values are `None` (in the table: `None` / `NaT`), never a made-up value.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import astuple, dataclass
from datetime import date

import pandas as pd

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "title", "outlet", "published", "url", "source", "text", "n_words", "duplicate_of",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed news article.

    `article_id` is derived from the normalised text, so the same article read from another file or
    URL gets the same id. `source` says where it was read from (a path, a URL, or `file.csv#row 3`).
    `duplicate_of` is the id of the earliest article this one mostly repeats, else `None`.
    """

    article_id: str
    title: str
    outlet: str | None
    published: date | None
    url: str | None
    source: str
    text: str
    n_words: int
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be read, with a reason a person understands."""

    source: str
    reason: str


REJECTION_COLUMNS: tuple[str, ...] = ("source", "reason")


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """The `articles` table: one row per article, `published` as datetime64 (NaT when unknown)."""
    frame = pd.DataFrame([astuple(a) for a in articles], columns=list(ARTICLE_COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"])
    frame["n_words"] = frame["n_words"].astype("int64")
    return frame
