from __future__ import annotations

import pandas as pd
import pytest

from analysis.quote_reuse import QUOTE_REUSE_COLUMNS, quote_reuse


def _made_up(quotes: list[tuple[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ids = sorted({a for a, _ in quotes})
    articles = pd.DataFrame({"article_id": ids, "outlet": [f"Outlet {a}" for a in ids],
                             "published": pd.to_datetime([f"2025-01-{i + 1:02d}" for i in range(len(ids))])})
    table = pd.DataFrame({"article_id": [a for a, _ in quotes], "quote": [q for _, q in quotes],
                          "speaker": "Jane Doe", "is_speech": True})
    return table, articles


def test_quote_reuse_groups_the_common_sense_post(sample_quotes: pd.DataFrame,
                                                  sample_articles: pd.DataFrame, file_of: dict[str, str]) -> None:
    reuse = quote_reuse(sample_quotes, sample_articles)
    assert list(reuse.columns) == list(QUOTE_REUSE_COLUMNS)
    row = reuse[reuse["quote"].str.contains("COMMON SENSE")].iloc[0]
    assert row.n_articles == 2 and row.speaker == "Donald Trump"
    assert row.outlets == "The New York Sun"
    assert str(row.first_seen) == "2025-02-12"
    assert sorted(file_of[i] for i in row.article_ids.split(", ")) == ["000", "002"]
    assert reuse["n_articles"].iloc[0] == reuse["n_articles"].max()
    dividing = reuse[reuse["quote"].str.startswith("dividing up certain assets")].iloc[0]
    assert dividing.n_articles == 2 and dividing.outlets == "MillenniumPost, newswriteups.com"


def test_quote_reuse_options_are_validated(sample_quotes: pd.DataFrame, sample_articles: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="min_articles"):
        quote_reuse(sample_quotes, sample_articles, min_articles=0)
    with pytest.raises(ValueError, match="similarity"):
        quote_reuse(sample_quotes, sample_articles, similarity=101)
    assert quote_reuse(sample_quotes.iloc[0:0], sample_articles).empty
    assert list(quote_reuse(sample_quotes.iloc[0:0], sample_articles).columns) == list(QUOTE_REUSE_COLUMNS)
    assert (quote_reuse(sample_quotes, sample_articles, min_articles=2)["n_articles"] >= 2).all()


def test_equal_contained_and_near_wordings_join_one_group() -> None:
    quotes, articles = _made_up([
        ("a", "We will rebuild every bridge in the valley before winter comes."),
        ("b", "we will rebuild every bridge in the valley"),                       # contained
        ("c", "We will rebuild evry bridge in the valley before winter comes"),    # a typo: fuzzy
        ("d", "WE WILL REBUILD EVERY BRIDGE IN THE VALLEY BEFORE WINTER COMES!"),  # equal once normalised
        ("e", "The harvest was the worst in thirty years."),
    ])
    reuse = quote_reuse(quotes, articles)
    assert list(reuse["n_articles"]) == [4, 1]
    top = reuse.iloc[0]
    assert top.article_ids == "a, b, c, d"
    assert top.outlets == "Outlet a, Outlet b, Outlet c, Outlet d"
    assert str(top.first_seen) == "2025-01-01" and top.speaker == "Jane Doe"


def test_a_short_quotation_is_contained_only_on_word_boundaries() -> None:
    quotes, articles = _made_up([("a", "Prices will rise"), ("b", "rise"), ("c", "ice")])
    reuse = quote_reuse(quotes, articles)
    assert sorted(zip(reuse["quote"], reuse["n_articles"])) == [("Prices will rise", 2), ("ice", 1)]


def test_only_speech_counts() -> None:
    quotes, articles = _made_up([("a", "We stand together."), ("b", "We stand together.")])
    quotes.loc[1, "is_speech"] = False
    assert list(quote_reuse(quotes, articles)["n_articles"]) == [1]
