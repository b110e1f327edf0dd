"""Reading a store without the article texts, and searching the texts in place, on the sample store."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.pipeline import build
from analysis.query import (LEFT_ON_DISK, article_texts, articles_containing, read_tables_without,
                            read_tables_without_text, text_cache_paths, write_text_cache)
from analysis.store import MANIFEST, Manifest, read_tables

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


def test_text_cache_gives_the_stored_texts_and_is_safe_to_delete(tmp_path: Path) -> None:
    out = tmp_path / "store"
    build([SAMPLES], out)
    articles = read_tables(out)["articles"]
    ids = [*articles["article_id"], "0000000000000000"]
    expected = dict(zip(articles["article_id"], articles["text"]))
    assert article_texts(out, ids) == expected  # no cache yet: DuckDB reads the store

    assert write_text_cache(out) and write_text_cache(out)  # the second call finds it written
    texts_path, index_path = text_cache_paths(out)
    assert texts_path.exists() and index_path.exists()
    assert article_texts(out, ids) == expected
    assert article_texts(out, ids[::-1][:2]) == {ids[-2]: expected[ids[-2]]}

    shutil.rmtree(texts_path.parent)  # deleting the cache only costs the time to write it again
    assert article_texts(out, ids) == expected


def test_text_cache_follows_the_store_version(tmp_path: Path) -> None:
    out = tmp_path / "store"
    build([SAMPLES], out)
    write_text_cache(out)
    old_texts, old_index = text_cache_paths(out)
    manifest = Manifest.read(out)
    manifest.version = "a" * 32  # as a build that changed the tables leaves it
    (out / MANIFEST).write_text(manifest.to_json())
    assert text_cache_paths(out) != (old_texts, old_index)
    articles = read_tables(out)["articles"]
    assert article_texts(out, articles["article_id"]) == dict(zip(articles["article_id"], articles["text"]))
    assert write_text_cache(out)
    assert not old_texts.exists() and not old_index.exists()  # the earlier version's cache is removed


def test_a_csv_store_has_no_text_cache(tmp_path: Path) -> None:
    out = tmp_path / "store"
    build([SAMPLES], out, fmt="csv")
    assert not write_text_cache(out)


def test_tables_without_the_columns_left_on_disk(store_dir: Path) -> None:
    full, lean = read_tables(store_dir), read_tables_without(store_dir, LEFT_ON_DISK)
    for name, frame in full.items():
        left_out = [c for c in LEFT_ON_DISK.get(name, ()) if c in frame.columns]
        pd.testing.assert_frame_equal(lean[name], frame.drop(columns=left_out), obj=name)
    assert "surface" not in lean["mentions"].columns and "text" not in lean["articles"].columns
