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

Parquet stores only (the default format, a table's parts as the manifest lists them); a CSV store\nfalls back to pandas. Nothing here writes.
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
    if not hasattr(store, "read_table"):  # a store module without per-table reads
        tables = store.read_tables(directory)
        tables["articles"] = tables["articles"].drop(columns=[TEXT_COLUMN])
        return tables
    for attempt in range(store.READ_ATTEMPTS):
        manifest = store.Manifest.read(directory)
        try:
            if _parquet_files(directory, manifest):
                articles = store.read_table(directory, "articles", manifest=manifest, columns=[
                    *(c for c in store.TABLE_COLUMNS["articles"] if c != TEXT_COLUMN),
                    *_extra_article_columns(directory, manifest)])
            else:  # CSV: every column is parsed anyway
                articles = store.read_table(directory, "articles", manifest=manifest).drop(columns=[TEXT_COLUMN])
            tables = {"articles": articles, **{name: store.read_table(directory, name, manifest=manifest)
                                               for name in store.TABLE_COLUMNS if name != "articles"}}
            break
        except FileNotFoundError as error:  # a build compacted a table meanwhile: read its new manifest
            if attempt == store.READ_ATTEMPTS - 1:
                raise store.StoreError(f"{directory}: a table part listed in the manifest is missing ({error})") from error
    rejected = directory / store.REJECTED
    tables["rejected"] = (pd.read_csv(rejected, keep_default_na=False) if rejected.exists()
                          else pd.DataFrame(columns=list(store.REJECTION_COLUMNS)))
    return tables


def _extra_article_columns(directory: Path, manifest) -> list[str]:
    """Columns of the articles table beyond the contract's (kept, as `read_tables` keeps them)."""
    paths = _parquet_files(directory, manifest)
    if not paths:
        return []
    import pyarrow.parquet as pq

    known = set(store.TABLE_COLUMNS["articles"])
    return [c for c in pq.read_schema(paths[0]).names if c not in known and c != TEXT_COLUMN]


def _parquet_files(directory: Path, manifest=None) -> list[Path]:
    """The Parquet files holding the articles table (its parts), [] for a CSV store or none."""
    if hasattr(store, "part_paths"):
        return store.part_paths(directory, "articles", manifest=manifest)
    path = store.table_path(directory, "articles")
    return [path] if path is not None and path.suffix == ".parquet" else []


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
    if store.table_path(directory, "articles") is None:
        return set()
    paths = _parquet_files(directory)
    if not paths or not phrase.strip():
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
            "SELECT article_id FROM read_parquet(?, union_by_name = true) "
            "WHERE regexp_matches(coalesce(title, ''), ?) OR regexp_matches(coalesce(text, ''), ?)",
            [[str(p) for p in paths], pattern, pattern]).fetchall()
    return {row[0] for row in rows}


def article_texts(directory: str | Path, ids: Iterable[str]) -> dict[str, str]:
    """`{article_id: text}` for the given ids that the store holds."""
    wanted = list(dict.fromkeys(ids))
    directory = Path(directory)
    if store.table_path(directory, "articles") is None or not wanted:
        return {}
    paths = _parquet_files(directory)
    if not paths:
        articles = store.read_tables(directory)["articles"]
        articles = articles[articles["article_id"].isin(wanted)]
        return dict(zip(articles["article_id"], articles[TEXT_COLUMN].fillna("").astype(str)))
    import duckdb

    with duckdb.connect() as connection:
        rows = connection.execute(
            "SELECT article_id, coalesce(text, '') FROM read_parquet(?, union_by_name = true) WHERE article_id IN (SELECT unnest(?))",
            [[str(p) for p in paths], wanted]).fetchall()
    return dict(rows)
