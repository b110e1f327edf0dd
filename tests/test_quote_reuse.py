from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# --- the grouping on codes gives what the row-by-row grouping gave ------------------------------------

def _reference_quote_reuse(quotes: pd.DataFrame, articles: pd.DataFrame, *, similarity: float = 90.0) -> pd.DataFrame:
    """The row-by-row implementation `quote_reuse` replaced (kept here as the reference it must equal)."""
    from collections import Counter, defaultdict

    from rapidfuzz import fuzz

    from analysis.quote_reuse import _COMMON_GRAM, _grams
    from analysis.quotes import normalise_quote

    table = quotes
    if "is_speech" in table.columns:
        table = table[table["is_speech"].fillna(False).astype(bool)]
    if "nested" in table.columns:
        table = table[~table["nested"].fillna(False).astype(bool)]
    speakers = table["speaker"] if "speaker" in table.columns else pd.Series([None] * len(table))
    items = []
    for quote, article_id, speaker in zip(table["quote"], table["article_id"], speakers):
        norm = normalise_quote(str(quote))
        if norm:
            items.append((norm, str(quote), article_id, None if speaker is None or pd.isna(speaker) else speaker))
    items.sort(key=lambda item: -len(item[0]))
    groups: list[dict] = []
    home_of: dict[str, int] = {}
    by_gram: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)

    def find_home(norm: str) -> int | None:
        words = norm.split()
        if len(words) < 4:
            postings = min((by_word.get(w, ()) for w in words), key=len)
            return next((g for g in postings if f" {norm} " in f" {groups[g]['key']} "), None)
        lists = [by_gram[g] for g in _grams(words) if g in by_gram]
        if not lists:
            return None
        rare = [p for p in lists if len(p) <= _COMMON_GRAM] or [min(lists, key=len)]
        return next((g for g in sorted(set().union(*rare)) if norm in groups[g]["key"]
                     or fuzz.partial_ratio(norm, groups[g]["key"]) >= similarity), None)

    for norm, quote, article_id, speaker in items:
        home = home_of.get(norm)
        if home is None:
            home = find_home(norm)
            if home is None:
                home = len(groups)
                groups.append({"key": norm, "quote": quote, "articles": {}, "speakers": Counter()})
                for gram in _grams(norm.split()):
                    by_gram[gram].append(home)
                for word in set(norm.split()):
                    by_word[word].append(home)
            home_of[norm] = home
        groups[home]["articles"][article_id] = None
        if speaker is not None:
            groups[home]["speakers"][speaker] += 1
    meta = articles.drop_duplicates("article_id").set_index("article_id")
    dates = {i: d for i, d in pd.to_datetime(meta["published"], errors="coerce").items() if not pd.isna(d)}
    outlets = {i: str(o) for i, o in meta["outlet"].items() if o is not None and not pd.isna(o) and str(o)}
    rows = []
    for group in groups:
        ids = list(group["articles"])
        dated = [dates[i] for i in ids if i in dates]
        ordered = sorted(ids, key=lambda i: (i not in dates, dates.get(i, pd.Timestamp.max), str(i)))
        rows.append((group["quote"], group["speakers"].most_common(1)[0][0] if group["speakers"] else None, len(ids),
                     ", ".join(sorted({outlets[i] for i in ids if i in outlets})),
                     pd.Timestamp(min(dated)).date() if dated else None, ", ".join(map(str, ordered))))
    frame = pd.DataFrame(rows, columns=list(QUOTE_REUSE_COLUMNS))
    frame["n_articles"] = frame["n_articles"].astype("int64")
    return frame.sort_values(["n_articles", "first_seen", "quote"], ascending=[False, True, True],
                             na_position="last").reset_index(drop=True)


def _same_as_reference(quotes: pd.DataFrame, articles: pd.DataFrame) -> None:
    expected = _reference_quote_reuse(quotes, articles)
    got = quote_reuse(quotes, articles)
    if expected.empty:
        assert got.empty and list(got.columns) == list(QUOTE_REUSE_COLUMNS)
    else:
        pd.testing.assert_frame_equal(got, expected, check_exact=True)


def test_same_groups_as_the_row_by_row_grouping_on_the_samples(sample_quotes: pd.DataFrame,
                                                                 sample_articles: pd.DataFrame) -> None:
    _same_as_reference(sample_quotes, sample_articles)
    _same_as_reference(sample_quotes, sample_articles.iloc[[0, 2, 4]])  # quotes of articles the table lacks


_WORDINGS = ["We will rebuild every bridge in the valley before winter comes.",
             "we will rebuild every bridge in the valley", "We will rebuild evry bridge in the valley before winter",
             "The harvest was the worst in thirty years.", "the harvest was the worst", "Prices will rise", "rise",
             "ice", "We stand together.", "", "!!!"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from(_WORDINGS), st.sampled_from(["Jane Doe", "John Roe", None]),
                          st.booleans()), max_size=30),
       st.lists(st.sampled_from(["Outlet A", "Outlet B", "", None]), min_size=7, max_size=7),
       st.lists(st.sampled_from(["2025-01-02 00:00", "2025-01-01 23:00", None]), min_size=7, max_size=7))
def test_same_groups_as_the_row_by_row_grouping_on_made_up_tables(rows, outlets, days) -> None:
    quotes = pd.DataFrame(rows, columns=["article_id", "quote", "speaker", "is_speech"]).astype(
        {"article_id": "str", "is_speech": "bool"})
    articles = pd.DataFrame({"article_id": [str(i) for i in range(6)], "outlet": outlets[:6],
                             "published": pd.to_datetime(pd.Series(days[:6]), format="%Y-%m-%d %H:%M")})
    _same_as_reference(quotes, articles)


BENCH_STORE = Path(__file__).resolve().parents[1] / "bench" / "out" / "dashboard-store-10000-from-dashboard-base-2000-seed0"


@pytest.mark.skipif(not BENCH_STORE.exists(), reason="the 10,000-article bench store is made by python -m bench.dashboard")
def test_same_groups_as_the_row_by_row_grouping_on_the_10000_article_bench_store() -> None:
    from analysis.store import read_table

    quotes = read_table(BENCH_STORE, "quotes")
    articles = read_table(BENCH_STORE, "articles", columns=["article_id", "outlet", "published"])
    _same_as_reference(quotes, articles)
    one_outlet = articles[articles["outlet"] == articles["outlet"].iloc[0]]
    _same_as_reference(quotes[quotes["article_id"].isin(one_outlet["article_id"])], one_outlet)


def test_same_groups_as_the_row_by_row_grouping_with_many_near_wordings() -> None:
    import random

    rng = random.Random(7)
    words = ["minister", "talks", "ceasefire", "we", "will", "not", "accept", "the", "terms", "of", "deal",
             "border", "troops", "withdraw", "soon", "never", "allow", "peace", "today", "said"]
    rows = []
    for i in range(300):
        quote = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))
        if i % 3 == 0:
            quote += " the terms of the deal"  # a 3-gram many groups share: many candidates per quotation
        if i % 5 == 0 and len(quote) > 12:  # a typo: only a near match joins it to its twin
            cut = rng.randrange(len(quote))
            rows.append((f"a{rng.randrange(25)}", quote[:cut] + quote[cut + 1:]))
        rows.append((f"a{rng.randrange(25)}", quote))
    quotes, articles = _made_up(rows)
    _same_as_reference(quotes, articles)
    for similarity in (0.0, 75.0, 100.0):
        expected = _reference_quote_reuse(quotes, articles, similarity=similarity)
        pd.testing.assert_frame_equal(quote_reuse(quotes, articles, similarity=similarity), expected, check_exact=True)
