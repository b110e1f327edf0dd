"""The dashboard's pure rules: shared filters, URL round trips, filtered tables, safe CSV/zip, reader HTML."""
from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import views
from analysis.views import UNKNOWN_OUTLET, Filters


# ---------------------------------------------------------------------------------------------------------
# Fixtures: the sample articles plus small analysis tables whose rows point into them


@pytest.fixture(scope="module")
def tables(sample_articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The samples (000 ... 004 by position) with a known syndicated copy (004 repeats 003) and analysis rows."""
    articles = sample_articles.copy()
    ids = list(articles["article_id"])
    articles["duplicate_of"] = [None, None, None, None, ids[3]]
    mentions = pd.DataFrame({
        "article_id": [ids[0], ids[0], ids[2], ids[4]],
        "actor": ["Donald Trump", "Vladimir Putin", "Donald Trump", "Vladimir Putin"],
        "actor_type": ["person"] * 4, "surface": ["Trump", "Putin", "Trump", "Putin"],
        "start": [0, 10, 0, 10], "end": [5, 15, 5, 15],
    })
    keywords = pd.DataFrame({"article_id": [ids[1], ids[2]], "keyphrase": ["oil prices", "peace pact"],
                             "score": [0.01, 0.02], "rank": [1, 1]})
    quotes = pd.DataFrame({"article_id": [ids[0], ids[2], ids[3]], "quote": ["a", "b", "c"],
                           "speaker": ["Donald Trump", "Donald Trump", None], "speaker_surface": ["Trump", "he", None],
                           "cue": ["said"] * 3, "start": [0, 0, 0], "end": [1, 1, 1]})
    market_notes = pd.DataFrame(columns=["article_id", "instrument", "value", "unit", "change_pct", "change_abs",
                                         "direction", "sentence", "start", "end"])
    rejected = pd.DataFrame({"source": ["empty.txt"], "reason": ["empty file"]})
    return {"articles": articles, "keywords": keywords, "mentions": mentions, "quotes": quotes,
            "market_notes": market_notes, "rejected": rejected}


def kept(tables: dict[str, pd.DataFrame], filters: Filters) -> list[int]:
    """Positions (0 = sample 000) of the articles that pass `filters`."""
    ids = list(tables["articles"]["article_id"])
    return sorted(ids.index(i) for i in views.matching_article_ids(tables, filters))


# ---------------------------------------------------------------------------------------------------------
# Filters and the URL


def test_default_filters_keep_everything_and_make_an_empty_query(tables):
    assert Filters().is_default
    assert views.filters_to_query(Filters()) == {}
    assert views.filters_from_query({}) == Filters()
    assert kept(tables, Filters()) == [0, 1, 2, 3, 4]
    unfiltered = views.apply_filters(tables, Filters(include_undated=False))
    assert all(unfiltered[name] is tables[name] for name in tables)  # nothing dropped: no copies
    assert Filters().describe() == "all articles"
    assert Filters(date_from=date(2025, 3, 1)).describe() == "from 2025-03-01, undated included"
    assert Filters(date_to=date(2025, 3, 1), include_undated=False).describe() == "until 2025-03-01, dated only"
    assert Filters(date_from=date(2025, 2, 1), date_to=date(2025, 3, 1), outlets=("A", "B"), actor="X",
                   keyphrase="talks", syndicated_once=True).describe() == (
        "2025-02-01 to 2025-03-01, undated included · outlets: A, B · actor: X · phrase: “talks” · "
        "syndicated copies counted once")


def test_query_round_trip_keeps_every_filter():
    filters = Filters(date_from=date(2025, 2, 12), date_to=date(2025, 2, 13), include_undated=False,
                      outlets=("The New York Sun", UNKNOWN_OUTLET), actor="Donald Trump", keyphrase="peace  talks",
                      syndicated_once=True)
    query = views.filters_to_query(filters)
    assert query == {"from": "2025-02-12", "to": "2025-02-13", "undated": "0",
                     "outlet": ["The New York Sun", UNKNOWN_OUTLET], "actor": "Donald Trump", "q": "peace talks",
                     "once": "1"}
    assert views.filters_from_query(query) == filters


def test_a_strangers_url_never_raises_and_bad_parts_are_dropped():
    filters = views.filters_from_query({
        "from": "31/02/2025", "to": "1800-01-01", "undated": "maybe", "outlet": ["", "  BBC "],
        "actor": "   ", "q": "x" * 500, "once": "yes", "utm_source": "mail",
    })
    assert filters == Filters(outlets=("BBC",), keyphrase="x" * views.MAX_KEYPHRASE_LENGTH, syndicated_once=True)


@given(st.dictionaries(st.text(max_size=8), st.one_of(st.text(max_size=30), st.lists(st.text(max_size=30)))))
def test_any_query_parses(params):
    filters = views.filters_from_query(params)
    assert views.filters_from_query(views.filters_to_query(filters)) == filters


@given(st.builds(
    Filters,
    date_from=st.one_of(st.none(), st.dates(views.DATE_MIN, views.DATE_MAX)),
    date_to=st.one_of(st.none(), st.dates(views.DATE_MIN, views.DATE_MAX)),
    include_undated=st.booleans(),
    outlets=st.lists(st.text(min_size=1).filter(lambda s: s.strip() == s and s), max_size=3).map(tuple),
    actor=st.one_of(st.none(), st.text(min_size=1).filter(lambda s: s.strip() == s and s)),
    keyphrase=st.text(max_size=40),
    syndicated_once=st.booleans(),
))
def test_every_filter_survives_the_url(filters):
    assert views.filters_from_query(views.filters_to_query(filters)) == filters


def test_filters_validate_their_types():
    with pytest.raises(TypeError, match="date_from"):
        Filters(date_from="2025-02-12")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="outlets"):
        Filters(outlets="BBC")  # type: ignore[arg-type]


def test_restrict_to_choices_drops_what_the_corpus_lacks():
    filters = Filters(outlets=("BBC", "The New York Sun"), actor="Nobody")
    assert views.restrict_to_choices(filters, outlets=["The New York Sun"], actors=["Donald Trump"]) == Filters(
        outlets=("The New York Sun",))


# ---------------------------------------------------------------------------------------------------------
# Applying filters to the samples


def test_choices_offer_known_outlets_then_unknown(tables):
    assert views.outlet_choices(tables["articles"]) == [
        "Business Iraq", "MillenniumPost", "newswriteups.com", "The New York Sun", UNKNOWN_OUTLET]
    assert views.actor_choices(tables["mentions"]) == ["Donald Trump", "Vladimir Putin"]
    assert views.actor_choices(tables["mentions"].iloc[0:0]) == []


def test_date_range_is_inclusive(tables):
    assert kept(tables, Filters(date_from=date(2025, 2, 12), date_to=date(2025, 2, 13))) == [0, 1, 2]
    assert kept(tables, Filters(date_from=date(2025, 3, 17))) == [3, 4]
    assert kept(tables, Filters(date_to=date(2025, 2, 12))) == [0, 2]
    assert kept(tables, Filters(date_from=date(2025, 3, 1), date_to=date(2025, 2, 1))) == []


def test_undated_articles_pass_date_bounds_only_when_included(tables):
    undated = dict(tables, articles=tables["articles"].assign(
        published=tables["articles"]["published"].where(lambda s: s.index != 1)))
    march = Filters(date_from=date(2025, 3, 1))
    assert kept(undated, march) == [1, 3, 4]
    assert kept(undated, Filters(date_from=date(2025, 3, 1), include_undated=False)) == [3, 4]
    assert kept(undated, Filters(include_undated=False)) == [0, 2, 3, 4]


def test_outlets_including_the_unknown_one(tables):
    assert kept(tables, Filters(outlets=("The New York Sun",))) == [2]
    assert kept(tables, Filters(outlets=("The New York Sun", "Business Iraq"))) == [1, 2]
    assert kept(tables, Filters(outlets=(UNKNOWN_OUTLET,))) == [0]
    assert kept(tables, Filters(outlets=("No such outlet",))) == []


def test_actor_keyphrase_and_syndicated_copies(tables):
    assert kept(tables, Filters(actor="Donald Trump")) == [0, 2]
    assert kept(tables, Filters(actor="Vladimir Putin")) == [0, 4]
    assert kept(tables, Filters(keyphrase="Cease-Fire")) == [3]
    assert kept(tables, Filters(keyphrase="ceasefire")) == [3, 4]
    assert kept(tables, Filters(keyphrase="peace pact")) == [2]  # a keyphrase, not only the text
    assert kept(tables, Filters(keyphrase="brent")) == [1]
    assert kept(tables, Filters(syndicated_once=True)) == [0, 1, 2, 3]
    assert kept(tables, Filters(keyphrase="ceasefire", syndicated_once=True)) == [3]
    assert kept(tables, Filters(keyphrase="a.*b")) == []  # a phrase, never a regular expression


def test_apply_filters_restricts_every_table_to_the_kept_articles(tables):
    before = {name: frame.copy() for name, frame in tables.items()}
    filtered = views.apply_filters(tables, Filters(outlets=("The New York Sun",)))
    sun = tables["articles"]["article_id"].iloc[2]
    assert list(filtered["articles"]["article_id"]) == [sun]
    assert list(filtered["mentions"]["actor"]) == ["Donald Trump"]
    assert list(filtered["quotes"]["quote"]) == ["b"]
    assert list(filtered["keywords"]["keyphrase"]) == ["peace pact"]
    assert filtered["market_notes"].empty and list(filtered["market_notes"].columns) == list(
        tables["market_notes"].columns)
    assert filtered["rejected"].equals(tables["rejected"])
    for name, frame in tables.items():
        assert frame.equals(before[name]), f"{name} was modified"
    with pytest.raises(ValueError, match="articles"):
        views.apply_filters({"keywords": tables["keywords"]}, Filters())


def test_empty_store_filters_to_empty_tables(tables):
    empty = {name: frame.iloc[0:0] for name, frame in tables.items()}
    filtered = views.apply_filters(empty, Filters(outlets=("BBC",), actor="X", keyphrase="y",
                                                  date_from=date(2025, 1, 1), syndicated_once=True))
    assert all(frame.empty for frame in filtered.values())
    assert views.corpus_summary(empty["articles"]) == {"n_articles": 0, "n_outlets": 0, "first": None,
                                                       "last": None, "n_undated": 0, "n_words": 0}
    assert views.articles_per_day(empty["articles"]).empty


# ---------------------------------------------------------------------------------------------------------
# Display shapes


def test_corpus_summary_and_timeline_of_the_samples(tables):
    summary = views.corpus_summary(tables["articles"])
    assert summary == {"n_articles": 5, "n_outlets": 4, "first": date(2025, 2, 12), "last": date(2025, 3, 19),
                       "n_undated": 0, "n_words": int(tables["articles"]["n_words"].sum())}
    timeline = views.articles_per_day(tables["articles"])
    assert [(d.date().isoformat(), o, n) for d, o, n in timeline.itertuples(index=False)] == [
        ("2025-02-12", UNKNOWN_OUTLET, 1), ("2025-02-12", "The New York Sun", 1),
        ("2025-02-13", "Business Iraq", 1), ("2025-03-17", "newswriteups.com", 1),
        ("2025-03-19", "MillenniumPost", 1)]


def test_speaker_outlet_counts(tables):
    table = views.speaker_outlet_counts(tables["quotes"], tables["articles"])
    assert table.to_dict("records") == [{"speaker": "Donald Trump", "The New York Sun": 1, UNKNOWN_OUTLET: 1}]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.nysun.com/article/x", "https://www.nysun.com/article/x"),
    (" http://a.example/ ", "http://a.example/"),
    ("javascript:alert(1)", None), ("data:text/html,<script>", None), ("//evil.example", None),
    ("ftp://a.example/f", None), ("", None), (None, float("nan")),
])
def test_safe_url_keeps_only_web_links(url, expected):
    result = views.safe_url(url if url is not None else float("nan"))
    assert result == (None if expected != expected else expected)


# ---------------------------------------------------------------------------------------------------------
# Downloads


def test_download_names_carry_the_filters_and_are_safe():
    assert views.download_name("quotes", Filters()) == "quotes_all.csv"
    name = views.download_name("quotes", Filters(
        date_from=date(2025, 2, 12), date_to=date(2025, 2, 13), outlets=("The New York Sun",),
        actor="Donald Trump", keyphrase="peace talks", syndicated_once=True, include_undated=False))
    assert name == ("quotes_2025-02-12_to_2025-02-13_dated-only_outlet-The-New-York-Sun_actor-Donald-Trump"
                    "_q-peace-talks_once.csv")
    hostile = views.download_name("corpus", Filters(outlets=("../../etc/passwd", "<script>"), actor="a/b\\c"),
                                  extension="zip")
    assert hostile == "corpus_outlet-etc-passwd+script_actor-a-b-c.zip"
    assert Path(hostile).name == hostile
    with pytest.raises(ValueError, match="extension"):
        views.download_name("x", Filters(), extension="exe")


def test_csv_neutralises_formulas_but_not_numbers():
    frame = pd.DataFrame({
        "text": ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a=b", None],
        "number": [-1.5, 2, 3, 4, 5, 6, 7, 8, 9],
    })
    read = pd.read_csv(io.BytesIO(views.csv_bytes(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert list(read["text"]) == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx",
                                  "plain", "a=b", ""]
    assert list(read["number"]) == [-1.5, 2, 3, 4, 5, 6, 7, 8, 9]
    assert frame["text"].iloc[0] == "=HYPERLINK(\"http://x\")"  # the frame itself is untouched


def test_csv_has_exactly_the_rows_and_columns_given(tables):
    shown = tables["articles"][["title", "outlet", "published", "n_words"]].iloc[[2, 1]]
    data = views.csv_bytes(shown)
    assert data.startswith(b"\xef\xbb\xbftitle,outlet,published,n_words\r\n")
    read = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(read.columns) == ["title", "outlet", "published", "n_words"]
    assert list(read["outlet"]) == ["The New York Sun", "Business Iraq"]
    assert list(read["published"]) == ["2025-02-12", "2025-02-13"]
    assert views.csv_bytes(shown.iloc[0:0]) == "\ufefftitle,outlet,published,n_words\r\n".encode()


def test_corpus_zip_holds_every_filtered_table(tables):
    filters = Filters(outlets=("The New York Sun",))
    filtered = views.apply_filters(tables, filters)
    with zipfile.ZipFile(io.BytesIO(views.corpus_zip(filtered, filters))) as archive:
        assert archive.namelist() == [f"{name}.csv" for name in views.TABLE_NAMES] + ["filters.txt"]
        articles = pd.read_csv(archive.open("articles.csv"), encoding="utf-8-sig")
        assert list(articles["outlet"]) == ["The New York Sun"]
        assert archive.read("filters.txt").decode() == (
            "Filters: outlets: The New York Sun\nLink parameters: ?outlet=The New York Sun\n")


# ---------------------------------------------------------------------------------------------------------
# Reader view


def test_article_html_escapes_everything_and_marks_spans():
    text = "<script>alert(1)</script> Trump said “yes & no”.\nNext"
    highlights = pd.DataFrame({"start": [26, 38, 0], "end": [31, 46, 500], "kind": ["actor", "quote", "market"],
                               "label": ["Donald Trump", "quote \" by <b>", ""]})
    rendered = views.article_html(text, highlights.iloc[:2])
    assert "<script>" not in rendered and "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert '<mark style="background-color:#bfdbfe;" title="Donald Trump">Trump</mark>' in rendered
    assert '“<mark style="background-color:#fde68a;" title="quote &quot; by &lt;b&gt;">yes &amp; no</mark>”' in rendered
    assert rendered.endswith(".<br>Next</div>")
    whole = views.article_html(text, highlights)  # spans nest inside the whole-text one
    assert ('<mark style="background-color:#bbf7d0;"><mark style="background-color:#bfdbfe;" title="Donald Trump">'
            'Trump</mark></mark>') in whole
    assert whole.count('<mark style="background-color:#bbf7d0;">') == 5 and "&lt;script&gt;" in whole
    plain = views.article_html(text, pd.DataFrame(columns=["start", "end", "kind"]))
    assert "<mark" not in plain
    with pytest.raises(ValueError, match="kind"):
        views.article_html(text, pd.DataFrame({"start": [0], "end": [1], "kind": ["bold"]}))


# ---------------------------------------------------------------------------------------------------------
# Uploads and pasted text


def test_uploaded_file_names_are_never_used_as_paths(tmp_path):
    target = tmp_path / "staging"
    files = [("../../etc/passwd.txt", b"one"), ("C:\\Users\\x\\Story.HTML", b"<p>two</p>"), ("notes.exe", b"MZ"),
             ("big.txt", b"x" * 11), ("no_suffix", b"three"), ("/abs/path/a.jsonl", b"{}")]
    staged = views.stage_uploads(files, target, accepted_suffixes=[".txt", ".html", ".jsonl"], max_bytes=10)
    assert [(s.name, s.path.name if s.path else None) for s in staged] == [
        ("../../etc/passwd.txt", "upload-001.txt"), ("C:\\Users\\x\\Story.HTML", "upload-002.html"),
        ("notes.exe", None), ("big.txt", None), ("no_suffix", None), ("/abs/path/a.jsonl", "upload-006.jsonl")]
    assert sorted(p.name for p in target.iterdir()) == ["upload-001.txt", "upload-002.html", "upload-006.jsonl"]
    assert not (tmp_path / "etc").exists()
    assert staged[2].reason == "unsupported file type '.exe' (accepted: .html, .jsonl, .txt)"
    assert staged[3].reason == "too large: 11 bytes; the upload limit is 10 bytes"
    assert staged[4].reason.startswith("unsupported file type '(none)'")
    with pytest.raises(ValueError, match="max_bytes"):
        views.stage_uploads([], target, accepted_suffixes=[".txt"], max_bytes=0)


def test_pasted_article_is_one_jsonl_record():
    line = views.pasted_article_jsonl(text="Talks “resumed”.", title=" Title ", outlet="", published=date(2025, 3, 1))
    assert line == '{"text": "Talks “resumed”.", "title": "Title", "published": "2025-03-01"}\n'
    with pytest.raises(ValueError, match="text"):
        views.pasted_article_jsonl(text="  \n")


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_keyphrase_search_on_disk_keeps_the_same_articles(fmt, tmp_path):
    from analysis.pipeline import build
    from analysis.store import read_tables

    out = tmp_path / "store"
    build([Path(__file__).resolve().parents[1] / "data" / "articles"], out, fmt=fmt)
    tables = read_tables(out)
    for phrase in ("Cease-Fire", "ceasefire", "Brent crude", "peace  talks", "zeppelin"):
        filters = Filters(keyphrase=phrase)
        in_memory = views.matching_article_ids(tables, filters)
        on_disk = views.matching_article_ids(tables, filters, store_dir=out)
        assert list(on_disk) == list(in_memory), phrase
    assert len(views.matching_article_ids(tables, Filters(keyphrase="Brent crude"), store_dir=out)) == 1


@pytest.mark.parametrize("n", [0, 1, 2, 8])
def test_latest_rows_are_the_first_of_the_whole_sorted_table(tables, n):
    articles = tables["articles"]
    quotes = pd.concat([tables["quotes"]] * 3, ignore_index=True).assign(
        start=lambda f: range(len(f), 0, -1), is_speech=lambda f: [True, False, None] * (len(f) // 3))
    speech = quotes[quotes["is_speech"].fillna(True).astype(bool)]
    expected = (speech.merge(articles[["article_id", "outlet", "published"]], on="article_id")
                .sort_values(["published", "article_id", "start"], ascending=[False, True, True], na_position="last")
                .head(n).reset_index(drop=True))
    pd.testing.assert_frame_equal(views.latest_rows(quotes, articles, n=n, speech_only=True), expected)
    assert len(views.latest_rows(quotes, articles, n=n)) == min(n, len(quotes))
    with pytest.raises(ValueError, match="n must be"):
        views.latest_rows(quotes, articles, n=-1)
    some = articles.iloc[1:3]  # the Overview passes the whole table with the filtered articles
    whole = views.latest_rows(quotes, some, n=n, speech_only=True)
    assert set(whole["article_id"]) <= set(some["article_id"])
    pd.testing.assert_frame_equal(
        whole, views.latest_rows(quotes[quotes["article_id"].isin(some["article_id"])], some, n=n, speech_only=True))


@given(st.lists(st.one_of(st.none(), st.sampled_from(["a", "b", "ab", "é", ""])), max_size=20),
       st.lists(st.one_of(st.none(), st.sampled_from(["a", "b", "é", "", "zz"])), max_size=6),
       st.sampled_from(["str", "object", "category"]))
def test_id_lookup_is_pandas_isin(values: list, among: list, dtype: str) -> None:
    series = pd.Series(values, dtype=dtype, index=range(10, 10 + len(values)))
    expected = series.isin([a for a in among if a is not None])
    got = views.is_in(series, [a for a in among if a is not None])
    pd.testing.assert_series_equal(got, expected.astype(bool), check_names=False)



@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]), st.one_of(st.none(), st.text(max_size=3)),
                          st.integers(-3, 3), st.booleans()), max_size=25),
       st.lists(st.sampled_from(["a", "b", "c", "zz"]), max_size=4))
def test_rows_of_articles_is_the_rows_loc_takes(rows: list, ids: list) -> None:
    """The column-by-column filter `rows_of_articles` uses gives what `frame.loc[mask]` gave, dtypes kept
    (Arrow strings, pandas' nullable ints, numpy ints and bools, categories)."""
    frame = pd.DataFrame(rows, columns=["article_id", "surface", "start", "nested"],
                         index=range(7, 7 + len(rows))).astype({"article_id": "str", "surface": "str"})
    frame["count"] = frame["start"].astype("Int64")
    frame["kind"] = frame["surface"].astype("category")
    expected = frame.loc[frame["article_id"].isin(ids).to_numpy(dtype=bool)].reset_index(drop=True)
    pd.testing.assert_frame_equal(views.rows_of_articles(frame, pd.Index(ids, dtype="str")), expected,
                                  check_exact=True)



@given(st.lists(st.one_of(st.none(), st.sampled_from(["http://a.b/x", "https://c.d", "HTTP://e.f", " https://g.h ",
                                                       "https://[::1/", "http://", "javascript:alert(1)", "http:/x",
                                                       "https://i.j/k?l#m", "https://é.fr/", "https://a b", ""]),
                          st.text(max_size=12), st.text(max_size=8).map(lambda t: "https://" + t)), max_size=20),
       st.sampled_from(["str", "object"]))
def test_safe_urls_is_safe_url_on_each(urls: list, dtype: str) -> None:
    series = pd.Series(urls, dtype=dtype, index=range(3, 3 + len(urls)), name="url")
    pd.testing.assert_series_equal(views.safe_urls(series), series.map(views.safe_url), check_exact=True)


def _crosstab_speaker_outlets(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The crosstab `speaker_outlet_counts` replaced, kept as the reference it must equal."""
    merged = quotes.dropna(subset=["speaker"]).merge(articles[["article_id", "outlet"]], on="article_id")
    if merged.empty:
        return pd.DataFrame(columns=["speaker"])
    merged["outlet"] = merged["outlet"].astype("string").fillna(UNKNOWN_OUTLET).replace("", UNKNOWN_OUTLET)
    table = pd.crosstab(merged["speaker"], merged["outlet"])
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    table.columns.name = None
    return table.reset_index()


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["Ann", "Bo", "Cy", None])), max_size=30),
       st.lists(st.sampled_from(["Sun", "Post", "", None]), min_size=5, max_size=5))
def test_speaker_outlet_counts_is_the_crosstab(rows: list, outlets: list) -> None:
    quotes = pd.DataFrame(rows, columns=["article_id", "speaker"]).astype({"article_id": "str", "speaker": "str"})
    articles = pd.DataFrame({"article_id": [str(i) for i in range(5)], "outlet": outlets}).astype({"outlet": "str"})
    expected, got = _crosstab_speaker_outlets(quotes, articles), views.speaker_outlet_counts(quotes, articles)
    if expected.empty:
        assert got.empty and list(got.columns) == ["speaker"]
    else:
        pd.testing.assert_frame_equal(got, expected)


def _merged_quotation_table(quotes: pd.DataFrame, articles: pd.DataFrame, roles: pd.Series) -> pd.DataFrame:
    """The merge-and-sort `quotation_table` replaced, kept as the reference it must equal."""
    table = quotes.assign(role=quotes["role"] if "role" in quotes.columns else quotes["speaker"].map(roles)).merge(
        articles[["article_id", "outlet", "published", "url"]], on="article_id")
    table["url"] = table["url"].map(views.safe_url)
    table = table.sort_values(["published", "article_id", "start"], na_position="last")
    return table[["speaker", "quote", "role", "outlet", "published", "url"]].reset_index(drop=True)


def _same_quotation_tables(tables: dict[str, pd.DataFrame]) -> None:
    roles = views.usual_roles(tables["mentions"])
    quotes, articles = tables["quotes"], tables["articles"]
    for chosen in (articles, articles.iloc[::3], articles.iloc[0:0]):
        pd.testing.assert_frame_equal(views.quotation_table(quotes, chosen, roles),
                                      _merged_quotation_table(quotes, chosen, roles), check_exact=True)


def test_quotation_table_is_the_merged_table_by_date_on_the_sample_store(sample_store: Path) -> None:
    from analysis.store import read_tables

    tables = read_tables(sample_store)
    roles = views.usual_roles(tables["mentions"])
    table = views.quotation_table(tables["quotes"], tables["articles"], roles)
    assert len(table) == len(tables["quotes"]) and table["published"].is_monotonic_increasing
    _same_quotation_tables(tables)


BENCH_STORE = Path(__file__).resolve().parents[1] / "bench" / "out" / "dashboard-store-10000-from-dashboard-base-2000-seed0"


@pytest.mark.skipif(not BENCH_STORE.exists(), reason="the 10,000-article bench store is made by python -m bench.dashboard")
def test_quotation_table_is_the_merged_table_on_the_10000_article_bench_store() -> None:
    from analysis.store import read_tables

    _same_quotation_tables(read_tables(BENCH_STORE))


def test_usual_role_is_the_most_frequent_then_alphabetical() -> None:
    mentions = pd.DataFrame({"actor": ["A", "A", "A", "B", "B", "C"],
                             "role": ["minister", "envoy", "minister", "z role", "a role", None]})
    assert views.usual_roles(mentions).to_dict() == {"A": "minister", "B": "a role"}
    assert views.usual_roles(mentions.drop(columns=["role"])).empty


def test_a_chart_of_points_by_outlet_names_the_smaller_outlets_other_and_keeps_every_point() -> None:
    frame = pd.DataFrame({"published": pd.to_datetime(["2025-03-01"] * 3 + ["2025-03-02"] * 4),
                          "outlet": ["Small Weekly", "Big Daily", None, "Big Daily", "Tiny Post", "Mid Times",
                                     "Mid Times"],
                          "value": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]})
    shown = views.top_outlets_for_points(frame, n=2)
    assert list(shown["outlet"]) == ["Big Daily", "Big Daily", "Mid Times", "Mid Times", "Other outlets (3)",
                                     "Other outlets (3)", "Other outlets (3)"]
    assert sorted(shown["value"]) == sorted(frame["value"]) and list(shown.columns) == list(frame.columns)
    assert shown.loc[shown["outlet"] == "Other outlets (3)", "value"].tolist() == [1.0, 3.0, 5.0]
    few = views.top_outlets_for_points(frame, n=10)
    assert len(few) == len(frame) and views.UNKNOWN_OUTLET in set(few["outlet"])
    with pytest.raises(ValueError, match="n must be a whole number >= 1"):
        views.top_outlets_for_points(frame, n=0)


def test_a_chart_by_outlet_keeps_the_largest_outlets_and_sums_the_rest() -> None:
    frame = pd.DataFrame({
        "day": pd.to_datetime(["2025-03-01", "2025-03-01", "2025-03-01", "2025-03-02", "2025-03-02", "2025-03-02"]),
        "outlet": ["Big Daily", "Small Weekly", None, "Big Daily", "Tiny Post", "Mid Times"],
        "n_articles": [5, 1, 2, 4, 1, 3],
    })
    shown = views.top_outlets_and_other(frame, keys=["day"], value="n_articles", n=2)
    assert list(shown.columns) == ["day", "outlet", "n_articles"]
    assert list(shown["outlet"].unique()) == ["Big Daily", "Mid Times", "Other outlets (3)"]
    other = shown[shown["outlet"] == "Other outlets (3)"].set_index("day")["n_articles"]
    assert other.to_dict() == {pd.Timestamp("2025-03-01"): 3, pd.Timestamp("2025-03-02"): 1}
    assert shown["n_articles"].sum() == frame["n_articles"].sum()
    few = views.top_outlets_and_other(frame, keys=["day"], value="n_articles", n=10)
    assert len(few) == len(frame) and views.UNKNOWN_OUTLET in set(few["outlet"])
    with pytest.raises(ValueError, match="n must be a whole number >= 1"):
        views.top_outlets_and_other(frame, keys=["day"], value="n_articles", n=0)
