"""Reading a store without the article texts, and searching the texts in place, on the sample store."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.pipeline import build
from analysis.query import article_texts, articles_containing, read_tables_without_text
from analysis.store import read_tables

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module", params=["parquet", "csv"])
def store_dir(request, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(request.param) / "store"
    build([SAMPLES], out, fmt=request.param)
    return out


def test_tables_without_text_are_the_tables_minus_the_text_column(store_dir: Path) -> None:
    full, light = read_tables(store_dir), read_tables_without_text(store_dir)
    assert set(light) == set(full)
    pd.testing.assert_frame_equal(light["articles"], full["articles"].drop(columns=["text"]))
    for name in ("keywords", "mentions", "quotes", "market_notes"):
        assert len(light[name]) == len(full[name]), name
        assert list(light[name].columns) == list(full[name].columns), name


@pytest.mark.parametrize("phrase", ["Brent", "brent  CRUDE", "Saudi Arabia", "no such words anywhere", ""])
def test_text_search_finds_what_pandas_finds(store_dir: Path, phrase: str) -> None:
    articles = read_tables(store_dir)["articles"]
    pattern = r"\s+".join(phrase.split())
    expected = set(articles.loc[articles["title"].str.contains(pattern, case=False)
                                | articles["text"].str.contains(pattern, case=False), "article_id"])
    assert articles_containing(store_dir, phrase) == expected


def test_brent_is_in_exactly_one_sample(store_dir: Path) -> None:
    assert len(articles_containing(store_dir, "Brent crude")) == 1


def test_regex_characters_in_a_phrase_are_literal(store_dir: Path) -> None:
    assert articles_containing(store_dir, "$75.25") == articles_containing(store_dir, "Brent crude")
    assert articles_containing(store_dir, ".*") == set()


def test_texts_of_a_few_articles(store_dir: Path) -> None:
    articles = read_tables(store_dir)["articles"]
    ids = list(articles["article_id"][:2])
    assert article_texts(store_dir, ids + ["0000000000000000"]) == dict(zip(ids, articles["text"][:2]))
    assert article_texts(store_dir, []) == {}
