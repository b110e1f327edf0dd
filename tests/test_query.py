"""Reading a store without the article texts, and searching the texts in place, on the sample store."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.pipeline import build
from analysis.query import (LEFT_ON_DISK, REPEATED, article_texts, articles_containing, as_stored, compacted,
                            read_tables_without, read_tables_without_text, search_cache_paths,
                            text_cache_paths, write_text_cache)
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


def test_compacted_tables_hold_the_same_values_in_one_piece_each(store_dir: Path, tmp_path: Path) -> None:
    lean = read_tables_without(store_dir, LEFT_ON_DISK)
    twice = {name: pd.concat([frame, frame], ignore_index=True) for name, frame in lean.items()}  # in pieces
    before = {name: frame.copy() for name, frame in twice.items()}
    held = compacted(twice)
    for name, frame in twice.items():
        pd.testing.assert_frame_equal(twice[name], before[name], obj=name)  # the input is not modified
        pd.testing.assert_frame_equal(as_stored(held[name]), frame, obj=name)
        for column in frame.columns:
            series = held[name][column]
            if column in REPEATED.get(name, ()):
                assert isinstance(series.dtype, pd.CategoricalDtype), (name, column)
                assert list(series.cat.categories) == sorted(series.cat.categories), (name, column)
            elif hasattr(series.array, "__arrow_array__") and hasattr(series.dtype, "__from_arrow__"):
                assert series.array.__arrow_array__().num_chunks == 1, (name, column)
    mentions, plain = held["mentions"], twice["mentions"]
    assert len(mentions) > 0
    # categories sorted A-Z: sorting, comparing and grouping give what the strings give
    assert mentions.sort_values(["actor", "start"]).index.equals(plain.sort_values(["actor", "start"]).index)
    actor = plain["actor"].iloc[0]
    assert ((mentions["actor"] == actor).to_numpy() == (plain["actor"] == actor).to_numpy()).all()
    assert mentions.groupby("actor").size().to_dict() == plain.groupby("actor").size().to_dict()


TRICKY = [  # (title, text): made-up articles for the search copy
    ("Ceasefire TALKS resume", "Envoys met on Monday."),
    ("Monday briefing", "The ceasefire\ttalks and the CEASEFIRE\n\n talks went on."),
    ("Vertical", "ceasefire\vtalks and ceasefire\u00a0talks are not whitespace to the search."),
    ("A title ending with ceasefire", "talks began the text."),
    ("Boundary one", "The last word here is ceasefire"),
    ("Boundary two", " talks start the next text, then crude crude oil."),
    ("Ends with crude", "crude"),
    ("Accents", "ÉCOLE normale, Straße, STRASSE, ẞ, ΟΔΟΣ, İstanbul, the \u212a scale, the \u017fun."),
    ("Punctuation", "Brent rose to $75.25 (a barrel) in the U.S.; a cease-fire held."),
    (None, None),
    ("", "école"),
]
PHRASES = ["ceasefire talks", "CEASEFIRE  talks", "ceasefire", "talks", "crude crude", "crude", "école",
           "straße", "strasse", "ẞ", "οδοσ", "οδος", "istanbul", "İstanbul", "k scale", "sun", "$75.25",
           "(a barrel)", "u.s.;", "cease-fire", "fire held.", "ending with ceasefire talks", "zeppelin", ".*"]


def test_search_copy_finds_what_duckdb_finds_on_tricky_texts(tmp_path: Path, monkeypatch) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis import query
    from analysis.store import part_paths

    out = tmp_path / "store"
    build([SAMPLES], out)
    (articles_path,) = part_paths(out, "articles")
    table = pq.read_table(articles_path)
    made_up = pa.table({"article_id": [f"{n:016x}" for n in range(len(TRICKY))],
                        "title": [t for t, _ in TRICKY], "text": [x for _, x in TRICKY]})
    pq.write_table(made_up.cast(pa.schema([table.schema.field(c) for c in made_up.column_names])), articles_path)
    by_duckdb = {phrase: articles_containing(out, phrase) for phrase in PHRASES}
    assert write_text_cache(out) and search_cache_paths(out)[1].exists()
    monkeypatch.setattr(query, "SEARCH_CHUNK_BYTES", 40)  # chunks of a few articles, as at 100,000
    by_copy = {phrase: query._cached_search(out, phrase) for phrase in PHRASES}
    assert by_copy == by_duckdb
    for share in (0.0, 1.0):  # the whole copy scanned, or only the articles the trigram signatures leave
        monkeypatch.setattr(query, "CANDIDATE_SHARE", share)
        assert {phrase: query._cached_search(out, phrase) for phrase in PHRASES} == by_duckdb, share
    number = {f"{n:016x}": n for n in range(len(TRICKY))}
    assert sorted(number[i] for i in by_copy["ceasefire talks"]) == [0, 1]  # not across title, text, articles
    assert sorted(number[i] for i in by_copy["crude crude"]) == [5]
    assert sorted(number[i] for i in by_copy["école"]) == [7, 10]
    assert sorted(number[i] for i in by_copy["strasse"]) == [7] and by_copy["straße"] == by_copy["ẞ"]
    assert by_copy["istanbul"] == set() and by_copy["İstanbul"] == {f"{7:016x}"}
    assert by_copy["k scale"] == by_copy["sun"] == {f"{7:016x}"}  # Kelvin sign, long s fold as in RE2
    assert articles_containing(out, "ceasefire talks") == by_duckdb["ceasefire talks"]  # through the copy


def test_search_copy_on_the_sample_store(tmp_path: Path) -> None:
    from analysis import query

    out = tmp_path / "store"
    build([SAMPLES], out)
    phrases = ["Brent crude", "brent  CRUDE", "Saudi Arabia", "$75.25", "the", "said", "“", "no such words"]
    by_duckdb = {phrase: articles_containing(out, phrase) for phrase in phrases}
    assert write_text_cache(out)
    assert {phrase: query._cached_search(out, phrase) for phrase in phrases} == by_duckdb
    assert query.prepare_search(out)
    shutil.rmtree(search_cache_paths(out)[0].parent)  # deleted: DuckDB again
    assert query._cached_search(out, "Brent crude") is None and not query.prepare_search(out)
    assert articles_containing(out, "Brent crude") == by_duckdb["Brent crude"]


BENCH_STORE = Path(__file__).resolve().parents[1] / "bench" / "out" / "dashboard-store-10000-from-dashboard-base-2000-seed0"


@pytest.mark.skipif(not BENCH_STORE.exists(), reason="the 10,000-article bench store is made by python -m bench.dashboard")
def test_search_copy_finds_what_duckdb_finds_on_the_10000_article_bench_store(tmp_path: Path) -> None:
    from analysis import query

    out = tmp_path / "store"
    shutil.copytree(BENCH_STORE, out, ignore=shutil.ignore_patterns("dashboard-cache"))
    phrases = ["ceasefire talks", "Brent crude", "the", "in the", "said", "per cent.", "“", "S", "oil prices",
               "central bank", "zeppelin"]
    by_duckdb = {phrase: articles_containing(out, phrase) for phrase in phrases}
    assert write_text_cache(out)
    assert {phrase: query._cached_search(out, phrase) for phrase in phrases} == by_duckdb
    assert 0 < len(by_duckdb["ceasefire talks"]) < len(by_duckdb["the"])
    candidates = query._candidates(search_cache_paths(out)[0], b"ceasefire talks", 10_000)
    assert candidates is not None and len(candidates) < 1.01 * len(by_duckdb["ceasefire talks"])


def test_cached_frame_is_computed_once_per_store_version_and_key(tmp_path: Path) -> None:
    from datetime import date

    from analysis.query import cached_frame, frame_cache_path

    out = tmp_path / "store"
    build([SAMPLES], out)
    result = pd.DataFrame({"quote": ["We will talk", "No"], "speaker": ["Ana Ruiz", None], "n_articles": [2, 1],
                           "first_seen": [date(2025, 3, 1), None]})
    calls = []

    def compute() -> pd.DataFrame:
        calls.append(1)
        return result

    first = cached_frame(out, "reuse|filters=none", compute)
    assert cached_frame(out, "reuse|filters=none", compute) is not first and len(calls) == 1
    pd.testing.assert_frame_equal(cached_frame(out, "reuse|filters=none", compute), result)
    cached_frame(out, "reuse|filters=one outlet", compute)
    assert len(calls) == 2 and frame_cache_path(out, "reuse|filters=none").exists()

    manifest = Manifest.read(out)
    manifest.version = "b" * 32  # a build changed the store: the kept results are not read
    (out / MANIFEST).write_text(manifest.to_json())
    cached_frame(out, "reuse|filters=none", compute)
    assert len(calls) == 3
    assert write_text_cache(out)
    assert [p.name.split("-")[1] for p in frame_cache_path(out, "x").parent.glob("frame-*")] == ["b" * 32]

    odd = pd.DataFrame({"pair": [("a", "b")]}, index=[7])  # does not survive Parquet: not kept
    assert cached_frame(out, "odd", lambda: odd) is odd and not frame_cache_path(out, "odd").exists()
    with pytest.raises(ValueError, match="key"):
        cached_frame(out, "", compute)
