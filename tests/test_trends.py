"""analysis.trends gives exactly what the straightforward pandas versions (tests/trend_reference.py) give, on real
and made-up tables."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trend_reference as reference
from analysis import keywords, trends
from analysis.query import compacted
from analysis.store import read_tables

BENCH_STORE = Path(__file__).resolve().parents[1] / "bench" / "out" / "dashboard-store-10000-from-dashboard-base-2000-seed0"


def _same_everywhere(kw: pd.DataFrame, articles: pd.DataFrame, phrases: list[str]) -> None:
    for top in (1, 10, 50):
        pd.testing.assert_frame_equal(trends.corpus_ranking(kw, articles, top=top),
                                      reference.corpus_ranking(kw, articles, top=top), check_exact=True)
    for freq in keywords.FREQS:
        for by_outlet in (False, True):
            pd.testing.assert_frame_equal(
                trends.keyphrase_trend(kw, articles, phrases, freq=freq, by_outlet=by_outlet),
                reference.keyphrase_trend(kw, articles, phrases, freq=freq, by_outlet=by_outlet), check_exact=True)


@pytest.fixture(scope="module")
def store_tables(sample_store: Path) -> dict[str, pd.DataFrame]:
    return read_tables(sample_store)


def test_same_as_keywords_on_the_sample_store(store_tables: dict[str, pd.DataFrame]) -> None:
    kw, articles = store_tables["keywords"], store_tables["articles"]
    ranking = reference.corpus_ranking(kw, articles, top=5)
    assert len(ranking) == 5
    _same_everywhere(kw, articles, [*ranking["keyphrase"], "Putin", "ceasefire", "no such phrase"])
    for n in (1, 2, 3):  # a subset of the articles, as the filters give
        _same_everywhere(kw, articles.head(n), ["Putin", "Saudi Arabia"])


def test_the_dashboards_compacted_tables_give_the_same_figures(store_tables: dict[str, pd.DataFrame]) -> None:
    """The dashboard holds ids and keyphrases as categoricals (`analysis.query.compacted`)."""
    held = compacted(store_tables)
    kw, articles = store_tables["keywords"], store_tables["articles"]
    for chosen in (articles, articles.head(2)):
        for top in (1, 10, 50):
            pd.testing.assert_frame_equal(trends.corpus_ranking(held["keywords"], chosen, top=top),
                                          reference.corpus_ranking(kw, chosen, top=top), check_exact=True)
        for by_outlet in (False, True):
            pd.testing.assert_frame_equal(
                trends.keyphrase_trend(held["keywords"], chosen, ["Putin", "ceasefire"], by_outlet=by_outlet),
                reference.keyphrase_trend(kw, chosen, ["Putin", "ceasefire"], by_outlet=by_outlet), check_exact=True)


def test_empty_tables_give_the_same_empty_frames(store_tables: dict[str, pd.DataFrame]) -> None:
    kw, articles = store_tables["keywords"], store_tables["articles"]
    _same_everywhere(kw.iloc[0:0], articles, ["Putin"])
    _same_everywhere(kw, articles.iloc[0:0], ["Putin"])
    _same_everywhere(kw, articles, [])
    with pytest.raises(ValueError, match="top must be an int >= 1"):
        trends.corpus_ranking(kw, articles, top=0)
    with pytest.raises(ValueError, match="freq must be one of"):
        trends.keyphrase_trend(kw, articles, ["Putin"], freq="M")
    with pytest.raises(TypeError, match="wrap it in a list"):
        trends.keyphrase_trend(kw, articles, "Putin")


def test_spellings_names_and_aliases_merge_as_in_keywords() -> None:
    # compounds, case and hyphen variants, a surname with one full name, near-identical names, a
    # canonical name appearing twice in one article (the better rank counts) and an unknown article
    rows = [("a", "cease fire", 0.1, 1), ("a", "Cease-Fire", 0.2, 2), ("b", "ceasefire", 0.1, 1),
            ("b", "Vladimir Putin", 0.05, 2), ("c", "Putin", 0.3, 1), ("c", "Volodymyr Zelenskyy", 0.2, 2),
            ("d", "Volodymyr Zelensky", 0.4, 3), ("d", "war", 0.5, 1), ("d", "peace talks", 0.6, 2),
            ("e", "U.S.", 0.1, 1), ("e", "US", 0.1, 2), ("zz", "ceasefire", 0.1, 1)]
    kw = pd.DataFrame(rows, columns=list(keywords.KEYWORD_COLUMNS))
    articles = pd.DataFrame({"article_id": list("abcde"), "outlet": ["X", "Y", "X", None, "Y"],
                             "published": pd.to_datetime(["2025-03-01", "2025-03-01", "2025-03-09", None,
                                                          "2025-03-10"])})
    _same_everywhere(kw, articles, ["ceasefire", "Putin", "Zelensky", "US", "war"])


_PHRASES = ["ceasefire", "cease fire", "Cease-Fire", "Vladimir Putin", "Putin", "putin", "Donald Trump",
            "Trump", "oil prices", "Oil Prices", "U.S.", "US", "Volodymyr Zelenskyy", "Volodymyr Zelensky",
            "war", "talks", "peace talks", "Black Sea", "Black Sea shipping", "Kyiv"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 7), st.sampled_from(_PHRASES), st.floats(0.001, 1.0), st.integers(1, 5)),
                max_size=60),
       st.sets(st.integers(0, 9), max_size=10))
def test_same_as_keywords_on_made_up_tables(rows: list, chosen: set[int]) -> None:
    kw = pd.DataFrame([(f"id{a}", p, s, r) for a, p, s, r in rows], columns=list(keywords.KEYWORD_COLUMNS))
    kw = kw.astype({"score": "float64", "rank": "int64", "article_id": "str", "keyphrase": "str"})
    ids = sorted(chosen)
    articles = pd.DataFrame({"article_id": [f"id{i}" for i in ids],
                             "outlet": [("A", "B", None)[i % 3] for i in ids],
                             "published": [pd.Timestamp("2025-01-01") + pd.Timedelta(days=3 * i) if i % 4 else pd.NaT
                                           for i in ids]})
    _same_everywhere(kw, articles, ["ceasefire", "Putin", "oil prices", "US"])


@pytest.mark.skipif(not BENCH_STORE.exists(), reason="the 10,000-article bench store is made by python -m bench.dashboard")
def test_same_as_keywords_on_the_10000_article_bench_store() -> None:
    tables = read_tables(BENCH_STORE)
    kw, articles = tables["keywords"], tables["articles"]
    phrases = list(reference.corpus_ranking(kw, articles, top=3)["keyphrase"]) + ["Putin"]
    pd.testing.assert_frame_equal(trends.corpus_ranking(kw, articles), reference.corpus_ranking(kw, articles),
                                  check_exact=True)
    one_outlet = articles[articles["outlet"] == articles["outlet"].iloc[0]]
    _same_everywhere(kw, one_outlet, phrases)
