"""Read a large store without holding every article's text in memory: for a dashboard at 100,000 articles.

`read_tables` loads every table whole, the articles' `text` included (about 3.5 KB per article: 350 MB
of text at 100,000 articles, most of the load time and memory). A page needs the text only for the
reader view and for searching it. So:

- `read_tables_without_text(directory)`: the tables as `read_tables` gives them, the articles table
  without its `text` column (other columns and dtypes unchanged).
- `articles_containing(directory, phrase)`: ids of the articles whose title or text contains `phrase`
  (any case, any whitespace between its words), found by DuckDB scanning the Parquet file in parallel,
  without loading the texts into Python.
- `article_texts(directory, ids)`: the texts of a few articles (the reader view), read by DuckDB
  (tens of milliseconds at 100,000 articles, where pandas would decode the whole text column).

Parquet stores only (the default format); a CSV store falls back to pandas. Nothing here writes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from analysis import store

TEXT_COLUMN = "text"


def read_tables_without_text(directory: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the store at `directory` (as `store.read_tables`), the articles without `text`."""
    directory = Path(directory)
    path = store.table_path(directory, "articles")
    if path is None or path.suffix != ".parquet":
        tables = store.read_tables(directory)
        tables["articles"] = tables["articles"].drop(columns=[TEXT_COLUMN])
        return tables
    import pyarrow.parquet as pq

    columns = [c for c in pq.read_schema(path).names if c != TEXT_COLUMN]
    tables = {name: _read_parquet_or_empty(directory, name) for name in store.ANALYSIS_TABLES}
    articles = pd.read_parquet(path, columns=columns)
    articles["published"] = pd.to_datetime(articles["published"])
    articles["title"] = articles["title"].fillna("").astype(str)
    tables = {"articles": articles, **tables}
    rejected = directory / store.REJECTED
    tables["rejected"] = (pd.read_csv(rejected, keep_default_na=False) if rejected.exists()
                          else pd.DataFrame(columns=["source", "reason"]))
    return tables


def _read_parquet_or_empty(directory: Path, name: str) -> pd.DataFrame:
    path = store.table_path(directory, name)
    if path is None:
        return store.empty_table(name)
    if path.suffix != ".parquet":
        return store.read_tables(directory)[name]
    return pd.read_parquet(path)


def phrase_pattern(phrase: str) -> str:
    """The regular expression `articles_containing` uses: the words of `phrase`, escaped, any whitespace
    between them (the same rule as the dashboard's keyphrase search)."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def articles_containing(directory: str | Path, phrase: str) -> set[str]:
    """Ids of the articles whose title or text contains `phrase`, ignoring case; an empty phrase
    matches every article."""
    if not isinstance(phrase, str):
        raise TypeError(f"phrase must be a string, not {type(phrase).__name__}")
    directory = Path(directory)
    path = store.table_path(directory, "articles")
    if path is None:
        return set()
    if path.suffix != ".parquet" or not phrase.strip():
        articles = store.read_tables(directory)["articles"]
        if not phrase.strip():
            return set(articles["article_id"])
        pattern = phrase_pattern(phrase)
        found = (articles["title"].str.contains(pattern, case=False, regex=True)
                 | articles["text"].str.contains(pattern, case=False, regex=True))
        return set(articles.loc[found.fillna(False).astype(bool), "article_id"])
    import duckdb

    pattern = "(?i)" + phrase_pattern(phrase)
    with duckdb.connect() as connection:
        rows = connection.execute(
            "SELECT article_id FROM read_parquet(?) "
            "WHERE regexp_matches(coalesce(title, ''), ?) OR regexp_matches(coalesce(text, ''), ?)",
            [str(path), pattern, pattern]).fetchall()
    return {row[0] for row in rows}


def article_texts(directory: str | Path, ids: Iterable[str]) -> dict[str, str]:
    """`{article_id: text}` for the given ids that the store holds."""
    wanted = list(dict.fromkeys(ids))
    directory = Path(directory)
    path = store.table_path(directory, "articles")
    if path is None or not wanted:
        return {}
    if path.suffix != ".parquet":
        articles = store.read_tables(directory)["articles"]
        articles = articles[articles["article_id"].isin(wanted)]
        return dict(zip(articles["article_id"], articles[TEXT_COLUMN].fillna("").astype(str)))
    import duckdb

    with duckdb.connect() as connection:
        rows = connection.execute(
            "SELECT article_id, coalesce(text, '') FROM read_parquet(?) WHERE article_id IN (SELECT unnest(?))",
            [str(path), wanted]).fetchall()
    return dict(rows)
