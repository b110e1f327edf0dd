"""The table contract, checked: what any tool reading a store may rely on.

`problems_in(directory)` is the check that `python -m analysis check DIR` runs and the tests assert on:
every table present with its columns, article ids unique, every analysis row joining an article, and
every start/end offset inside its article's text and pointing at the words the row claims.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.store import ANALYSIS_TABLES, REJECTED, TABLE_COLUMNS, StoreError, read_tables, table_path

QUOTE_MARKS = "\"'“”‘’«»„‚‹›"
_CLAIMS = {"mentions": "surface", "quotes": "quote"}
"""The column whose words text[start:end] must be, per table (market notes only need offsets inside the text)."""


def problems_in(directory: str | Path) -> list[str]:
    """One line per way the store at `directory` breaks the contract; an empty list when it keeps it."""
    directory = Path(directory)
    if not directory.is_dir():
        return [f"{directory}: not a directory"]
    problems = [f"{name}: missing ({name}.parquet or {name}.csv)"
                for name in TABLE_COLUMNS if table_path(directory, name) is None]
    if not (directory / REJECTED).exists():
        problems.append(f"{REJECTED}: missing")
    try:
        tables = read_tables(directory)
    except StoreError as error:
        return [*problems, str(error)]
    articles = tables["articles"]
    if articles["article_id"].duplicated().any():
        problems.append("articles: duplicate article_id")
    texts = dict(zip(articles["article_id"], articles["text"]))
    for name in ANALYSIS_TABLES:
        table = tables[name]
        orphans = set(table["article_id"]) - set(texts)
        if orphans:
            problems.append(f"{name}: {len(orphans)} article_id(s) not in articles")
        if not {"start", "end"} <= set(table.columns):
            continue
        bad = offset_problems(table, texts, claim=_CLAIMS.get(name))
        if bad:
            problems.append(f"{name}: {bad} row(s) whose offsets fall outside the text or point at other words")
    return problems


def offset_problems(table: pd.DataFrame, texts: dict[str, str], *, claim: str | None) -> int:
    """How many rows of `table` have start/end outside their article's text, or (with `claim`) offsets
    whose words differ from that column's, quotation marks, spaces, commas and full stops aside."""
    strip = QUOTE_MARKS + " ,."
    bad = 0
    for article_id, start, end, said in zip(table["article_id"], table["start"], table["end"],
                                            table[claim] if claim else [None] * len(table)):
        text = texts.get(article_id, "")
        start, end = int(start), int(end)
        if not 0 <= start <= end <= len(text):
            bad += 1
        elif claim and text[start:end].strip(strip) != str(said).strip(strip):
            bad += 1
    return bad
