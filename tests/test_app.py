"""Every dashboard page under Streamlit's AppTest: renders on the samples and on an empty corpus, each shared
filter changes the numbers shown, a filter set on one page holds on the next, links restore filters."""
from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import ui
from analysis import views
from analysis.pipeline import build
from analysis.query import LEFT_ON_DISK, compacted, read_tables_without, read_tables_without_text
from analysis.store import read_tables
from extra_articles import HOSTILE_TITLE, extra_articles

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PAGES = ["app.py", *(f"pages/{p.name}" for p in sorted((ROOT / "pages").glob("*.py")))]
TIMEOUT = 120


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store built from the five samples by the real pipeline."""
    out = tmp_path_factory.mktemp("samples") / "store"
    build([ROOT / "data/articles"], out)
    return out


@pytest.fixture(scope="session")
def rich_store(sample_store: Path, tmp_path_factory) -> Path:
    """The samples plus a syndicated copy and an undated hostile article (seven articles)."""
    folder = tmp_path_factory.mktemp("rich")
    out = folder / "store"
    shutil.copytree(sample_store, out)
    summary = build([extra_articles(folder)], out)
    assert summary.added == 2 and not summary.rejected, summary.lines()
    return out


@pytest.fixture
def app(monkeypatch):
    """Open the app on a store: `app(store)` returns an AppTest that has run the Overview once."""
    def open_app(store: Path, query: dict | None = None) -> AppTest:
        monkeypatch.setenv(ui.STORE_ENV, str(store))
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        if query:
            at.query_params.update(query)
        return at.run()
    return open_app


def caption_count(at: AppTest) -> str:
    """The "N of M articles" caption every page shows under its title."""
    return next(c.value.split(" · ")[0] for c in at.caption if " of " in c.value and "articles" in c.value)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


# ---------------------------------------------------------------------------------------------------------
# Every page renders


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_the_samples(app, sample_store, page):
    at = app(sample_store)
    at.switch_page(page).run()
    no_exception(at)
    assert caption_count(at) == "5 of 5 articles"
    assert [link.label for link in at.sidebar.get("page_link")] == [label for _, label, _ in ui.PAGES]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_an_empty_corpus(app, tmp_path, page):
    at = app(tmp_path / "no-store-yet")
    at.switch_page(page).run()
    no_exception(at)
    assert caption_count(at) == "0 of 0 articles"
    if page != "pages/6_Add_articles.py":
        assert any("There are no articles yet" in i.value for i in at.info)
        assert not at.dataframe


def test_pages_never_modify_the_shared_cached_tables(app, rich_store):
    """The store's tables are cached once per process and shared by every session (st.cache_resource)."""
    at = app(rich_store)
    at.sidebar.multiselect(key="filter_outlets").set_value(["MillenniumPost", "Copycat Daily"]).run()
    for page in PAGES:
        at.switch_page(page).run()
        no_exception(at)
    fresh = compacted(read_tables_without(rich_store, LEFT_ON_DISK))
    cached = ui._tables_at(str(rich_store), ui.store_version(rich_store))
    for name, frame in fresh.items():
        pd.testing.assert_frame_equal(cached[name], frame, obj=name)


def test_overview_shows_the_corpus(app, sample_store):
    at = app(sample_store)
    assert (metric(at, "Articles"), metric(at, "Outlets"), metric(at, "Date span")) == (
        "5", "4", "12 Feb – 19 Mar 2025")
    assert at.get("plotly_chart"), "coverage timeline missing"


def test_overview_and_quotes_name_an_unidentified_speaker_plainly(app, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks resume\n\nThe delegations met again in Geneva on Monday.\n\n“Nothing is agreed until everything "
        "is agreed, and we are far from that.”\n\nThe next round is set for March.\n", encoding="utf-8")
    build([folder], tmp_path / "store")
    at = app(tmp_path / "store")
    no_exception(at)
    latest = next(frame.value for frame in at.dataframe if "quote" in frame.value.columns)
    assert latest["speaker"].tolist() == [views.UNNAMED_SPEAKER] == ["(speaker not identified)"]
    assert latest["quote"].str.startswith("Nothing is agreed").all()
    at.switch_page("pages/3_Quotes.py").run()
    listed = next(frame.value for frame in at.dataframe if "quote" in frame.value.columns)
    assert listed["speaker"].tolist() == [views.UNNAMED_SPEAKER]


# ---------------------------------------------------------------------------------------------------------
# Each shared filter changes the numbers


def test_outlet_and_date_filters(app, rich_store):
    at = app(rich_store)
    assert metric(at, "Articles") == "7"
    at.sidebar.multiselect(key="filter_outlets").set_value(["The New York Sun", "Business Iraq"]).run()
    assert (metric(at, "Articles"), metric(at, "Outlets")) == ("2", "2")
    at.sidebar.date_input(key="filter_date_from").set_value(date(2025, 2, 13)).run()
    assert metric(at, "Articles") == "1"
    assert at.query_params == {"outlet": ["The New York Sun", "Business Iraq"], "from": "2025-02-13"}
    at.sidebar.button(key="filter_reset").click().run()
    assert metric(at, "Articles") == "7" and at.query_params == {}


def test_undated_articles_and_date_bounds(app, rich_store):
    at = app(rich_store)
    assert metric(at, "Undated articles") == "1"
    at.sidebar.date_input(key="filter_date_to").set_value(date(2025, 2, 12)).run()
    assert metric(at, "Articles") == "3"  # 000, 002 and the undated one
    at.sidebar.checkbox(key="filter_include_undated").uncheck().run()
    assert metric(at, "Articles") == "2"
    no_exception(at)


def test_unknown_outlet_is_selectable(app, rich_store):
    at = app(rich_store)
    at.sidebar.multiselect(key="filter_outlets").set_value([views.UNKNOWN_OUTLET]).run()
    assert metric(at, "Articles") == "2"  # sample 000 and the undated note


def test_keyphrase_search_and_syndicated_copies(app, rich_store):
    at = app(rich_store)
    at.sidebar.text_input(key="filter_keyphrase").input("Brent").run()
    assert metric(at, "Articles") == "1"
    at.sidebar.text_input(key="filter_keyphrase").input("").run()
    at.sidebar.checkbox(key="filter_syndicated_once").check().run()
    assert metric(at, "Articles") == "6"
    assert at.query_params == {"once": "1"}


def test_actor_filter(app, rich_store):
    mentions = read_tables(rich_store)["mentions"]
    at = app(rich_store)
    actor_box = at.sidebar.selectbox(key="filter_actor")
    if mentions.empty:
        assert actor_box.disabled
        pytest.skip("the actors analysis has produced no mentions yet")
    actor = views.actor_choices(mentions)[0]
    actor_box.set_value(actor).run()
    assert metric(at, "Articles") == str(mentions.loc[mentions["actor"] == actor, "article_id"].nunique())
    at.switch_page("pages/2_Actors.py").run()
    no_exception(at)
    at.selectbox(key="actors_page_actor").set_value("").run()  # "Any actor", chosen on the Actors page
    assert caption_count(at) == "7 of 7 articles"
    assert at.sidebar.selectbox(key="filter_actor").value == ""


# ---------------------------------------------------------------------------------------------------------
# Filters hold across pages and live in the URL


def test_filters_set_on_one_page_hold_on_every_other(app, rich_store):
    at = app(rich_store)
    at.sidebar.multiselect(key="filter_outlets").set_value(["The New York Sun"]).run()
    at.sidebar.date_input(key="filter_date_from").set_value(date(2025, 2, 1)).run()
    for page in PAGES[1:]:
        at.switch_page(page).run()
        no_exception(at)
        assert caption_count(at) == "1 of 7 articles", page
        assert at.sidebar.multiselect(key="filter_outlets").value == ["The New York Sun"]
        assert at.sidebar.date_input(key="filter_date_from").value == date(2025, 2, 1)
        assert at.query_params == {"outlet": "The New York Sun", "from": "2025-02-01"}
    at.switch_page("app.py").run()
    assert metric(at, "Articles") == "1"


def test_a_link_with_filters_opens_the_same_view(app, rich_store):
    at = app(rich_store, query={"outlet": ["MillenniumPost", "Copycat Daily", "Nowhere Herald"], "to": "2025-03-19",
                                "undated": "0", "from": "not a date"})
    no_exception(at)
    assert metric(at, "Articles") == "1"
    assert at.sidebar.multiselect(key="filter_outlets").value == ["MillenniumPost", "Copycat Daily"]
    assert at.sidebar.date_input(key="filter_date_to").value == date(2025, 3, 19)
    assert at.sidebar.checkbox(key="filter_include_undated").value is False
    assert at.query_params == {"to": "2025-03-19", "undated": "0", "outlet": ["MillenniumPost", "Copycat Daily"]}


# ---------------------------------------------------------------------------------------------------------
# Tables, downloads and hostile text


def test_articles_table_and_its_csv_are_the_filtered_rows(app, rich_store):
    at = app(rich_store)
    at.sidebar.date_input(key="filter_date_from").set_value(date(2025, 3, 1)).run()
    at.sidebar.checkbox(key="filter_include_undated").uncheck().run()
    at.switch_page("pages/5_Articles.py").run()
    shown = at.dataframe[0].value
    assert list(shown.columns) == ["title", "outlet", "published", "n_words", "duplicate_of", "url", "article_id"]
    assert list(shown["outlet"]) == ["newswriteups.com", "MillenniumPost", "Copycat Daily"]
    copy_of = shown.loc[shown["outlet"] == "Copycat Daily", "duplicate_of"].iloc[0]
    assert copy_of == shown.loc[shown["outlet"] == "MillenniumPost", "article_id"].iloc[0]
    downloaded = pd.read_csv(io.BytesIO(views.csv_bytes(shown)), encoding="utf-8-sig")
    assert list(downloaded["outlet"]) == list(shown["outlet"]) and len(downloaded.columns) == 7
    buttons = [b for b in at.get("download_button")]
    assert any(b.proto.label.startswith("Download CSV (3 rows)") for b in buttons)


def test_an_article_without_an_outlet_is_listed_under_the_unknown_outlet_label(app, sample_store):
    at = app(sample_store)
    at.switch_page("pages/5_Articles.py").run()
    outlets = list(at.dataframe[0].value["outlet"])
    assert outlets.count(views.UNKNOWN_OUTLET) == 1 and not any(pd.isna(o) for o in outlets)


def test_reader_view_shows_html_as_text(app, rich_store):
    at = app(rich_store)
    at.switch_page("pages/5_Articles.py").run()
    articles = read_tables(rich_store)["articles"]
    hostile = articles.loc[articles["title"] == HOSTILE_TITLE, "article_id"].iloc[0]
    at.selectbox(key="reader_article").set_value(hostile).run()
    no_exception(at)
    body = at.get("html")[0].proto.body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; An unsigned note" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<script" not in body and "<img" not in body


HOSTILE_OUTLET = '<b>Bold</b> & <a href="javascript:alert(1)">News</a>'


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory) -> Path:
    """Two articles whose outlet, titles and text are HTML and markdown meant to run or restyle the page
    (ingest already refuses `javascript:` article URLs; `views.safe_url` is tested on its own)."""
    folder = tmp_path_factory.mktemp("hostile")
    text = ("Vladimir Putin said: “<script>alert(1)</script> we want peace [click](javascript:alert(2))”. "
            "Donald Trump told reporters “the talks went very well, =HYPERLINK(\"http://x\")” on Monday. ") * 3
    rows = [{"text": text + str(i), "title": f"<img src=x onerror=alert({i})> :red[Title] {i}", "outlet": HOSTILE_OUTLET,
             "published": f"2025-03-0{i + 1}"} for i in range(2)]
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build([path], folder / "store")
    return folder / "store"


@pytest.mark.parametrize("page", PAGES)
def test_hostile_names_show_as_text_in_charts_tables_and_captions(app, hostile_store, page):
    at = app(hostile_store, query={"outlet": HOSTILE_OUTLET})
    at.switch_page(page).run()
    no_exception(at)
    assert caption_count(at) == "2 of 2 articles"
    for chart in at.get("plotly_chart"):
        spec = chart.proto.spec
        assert "<b>Bold" not in spec and "<a href" not in spec and "<script" not in spec, page
        if "Outlet" in spec:
            assert "&lt;b&gt;Bold&lt;" in spec and "&amp; &lt;a href=" in spec
    for block in [*at.markdown, *at.caption, *at.info, *at.warning, *at.success]:
        assert "](javascript" not in block.value and "<b>" not in block.value, block.value
    for html_block in at.get("html"):
        assert "<script" not in html_block.proto.body and "<img" not in html_block.proto.body
        assert 'href="javascript' not in html_block.proto.body
        assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in html_block.proto.body


def test_quotes_page_lists_speech_and_hides_other_quotation_marks(app, sample_store):
    quotes = read_tables(sample_store)["quotes"]
    if quotes.empty:
        pytest.skip("the quotes analysis has produced no quotations yet")
    at = app(sample_store)
    at.switch_page("pages/3_Quotes.py").run()
    no_exception(at)
    speech = quotes[quotes["is_speech"].astype(bool)] if "is_speech" in quotes.columns else quotes
    assert len(at.dataframe[0].value) == len(speech)
    assert list(at.dataframe[0].value.columns) == ["speaker", "role", "quote", "outlet", "published", "url"]
    outlets = set(at.dataframe[0].value["outlet"])  # sample 000 has no outlet: named as on every other page
    assert views.UNKNOWN_OUTLET in outlets and "Business Iraq" in outlets and not any(pd.isna(o) for o in outlets)


# ---------------------------------------------------------------------------------------------------------
# Adding articles


def test_pasting_an_article_adds_it_to_every_page(app, sample_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    at = app(store)
    at.switch_page("pages/6_Add_articles.py").run()
    form = at.get("form")[0]
    form.text_area[0].input("Negotiators met again in Riyadh on Monday. " * 12)
    form.text_input[0].input("Riyadh round two")
    form.text_input[1].input("Gulf Wire")
    form.date_input[0].set_value(date(2025, 3, 24))
    form.button[0].click()
    at.run()
    no_exception(at)
    assert any("1 article(s) added" in s.value for s in at.success)
    assert caption_count(at) == "6 of 6 articles"
    at.switch_page("app.py").run()
    assert metric(at, "Articles") == "6"
    assert "Gulf Wire" in read_tables(store)["articles"]["outlet"].tolist()


def test_uploads_are_added_and_refusals_explained(app, sample_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    at = app(store)
    at.switch_page("pages/6_Add_articles.py").run()
    story = ("Ministers from both sides met in Istanbul on Thursday to discuss grain exports. " * 8).encode()
    at.file_uploader[0].set_value([("../../escape/story.txt", story, "text/plain"),
                                   ("empty.txt", b"", "text/plain")]).run()
    at.button(key="add_files").click().run()
    no_exception(at)
    assert any("1 article(s) added" in s.value for s in at.success)
    rejected = at.dataframe[0].value
    assert list(rejected["input"]) == ["empty.txt"]
    assert not (tmp_path / "escape").exists()
    assert caption_count(at) == "6 of 6 articles"


def test_page_choices_survive_filter_changes(app, rich_store):
    """A phrase, speaker or article chosen on a page that a new filter removes must not break the page."""
    at = app(rich_store)
    at.switch_page("pages/1_Keywords.py").run()
    phrase = at.selectbox(key="kwic_phrase").options[1]
    at.selectbox(key="kwic_phrase").set_value(phrase).run()
    at.switch_page("pages/3_Quotes.py").run()
    speakers = at.multiselect(key="quote_speakers").options
    if speakers:
        at.multiselect(key="quote_speakers").set_value(speakers[-1:]).run()
    for page in PAGES[:-1]:
        at.switch_page(page).run()
        for outlets in (["Business Iraq"], ["MillenniumPost", "Copycat Daily"], []):
            at.sidebar.multiselect(key="filter_outlets").set_value(outlets).run()
            no_exception(at)


def test_reader_search_narrows_the_choice(app, rich_store):
    at = app(rich_store)
    at.switch_page("pages/5_Articles.py").run()
    articles = read_tables(rich_store)["articles"]
    hostile = articles.loc[articles["title"] == HOSTILE_TITLE, "article_id"].iloc[0]
    at.text_input(key="reader_search").input("unsigned note").run()
    no_exception(at)
    reader = at.selectbox(key="reader_article")
    assert reader.value == hostile and len(reader.options) == 1
    at.text_input(key="reader_search").input("no title has these words zzz").run()
    no_exception(at)
    assert any("No filtered article" in i.value for i in at.info)


@pytest.mark.parametrize("page", PAGES)
def test_no_page_has_a_bare_string_that_streamlit_would_print(page: str) -> None:
    """Streamlit's "magic" writes any bare expression statement to the page, so an attribute docstring
    under a constant shows up as stray text; only the module docstring is exempt."""
    import ast

    tree = ast.parse((ROOT / page).read_text(encoding="utf-8"))
    bare = [node.lineno for node in tree.body[1:]
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)]
    assert bare == [], f"{page}: bare string(s) at line(s) {bare} would be shown on the page"


# ---------------------------------------------------------------------------------------------------------
# The cached tables hold no article text: the pages that need it read it from the store


@pytest.fixture(scope="session")
def csv_store(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("csv") / "store"
    build([ROOT / "data/articles"], out, fmt="csv")
    return out


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_texts_are_read_only_where_needed(app, sample_store, csv_store, fmt):
    store = sample_store if fmt == "parquet" else csv_store
    at = app(store)
    assert "text" not in ui._tables_at(str(store), ui.store_version(store))["articles"].columns
    for page in PAGES:
        at.switch_page(page).run()
        no_exception(at)
        assert caption_count(at) == "5 of 5 articles", page
    at.switch_page("pages/1_Keywords.py").run()
    sentences = at.dataframe[-1].value["sentence"]  # keyword in context cuts sentences out of the texts
    assert len(sentences) and all(isinstance(s, str) and s for s in sentences)
    at.switch_page("pages/2_Actors.py").run()
    at.radio(key="cooc_level").set_value("sentence").run()
    no_exception(at)
    assert "actor_b" in at.dataframe[-1].value.columns
    articles = read_tables(store)["articles"]
    with_text = ui.with_texts(ui._tables_at(str(store), ui.store_version(store))["articles"], directory=store)
    pd.testing.assert_frame_equal(with_text, articles)


def test_filtered_tables_are_apply_filters_table_by_table_and_only_when_read(rich_store: Path) -> None:
    tables = read_tables_without_text(rich_store)
    filters = views.Filters(outlets=("The New York Sun",))
    expected = views.apply_filters(tables, filters)
    lazy = views.FilteredTables(tables, views.matching_article_ids(tables, filters))
    assert list(lazy) == list(tables) and len(lazy) == len(tables)
    assert lazy._done == {}  # nothing taken before a page reads a table
    pd.testing.assert_frame_equal(lazy["quotes"], expected["quotes"])
    assert set(lazy._done) == {"quotes"} and lazy["quotes"] is lazy["quotes"]
    for name in tables:
        pd.testing.assert_frame_equal(lazy[name], expected[name])


def test_corpus_download_has_every_column_of_the_filtered_store(app, rich_store):
    at = app(rich_store)
    at.sidebar.multiselect(key="filter_outlets").set_value(["MillenniumPost", "Copycat Daily"]).run()
    filters = views.Filters(outlets=("MillenniumPost", "Copycat Daily"))
    version = ui.store_version(rich_store)
    filtered = ui._filtered_at(str(rich_store), version, repr(filters), filters)
    assert "surface" not in filtered["mentions"].columns  # the cache leaves it on disk
    expected = views.apply_filters(read_tables(rich_store), filters)
    got = ui.corpus_tables(filtered, directory=rich_store)
    assert set(got) == set(expected)
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(got[name], frame, obj=name)
    unfiltered = ui.corpus_tables(ui._tables_at(str(rich_store), version), directory=rich_store)
    for name, frame in read_tables(rich_store).items():
        pd.testing.assert_frame_equal(unfiltered[name], frame, obj=name)


def test_a_large_store_gets_its_text_cache_in_the_background(app, rich_store, tmp_path, monkeypatch):
    import threading
    import time

    from analysis.query import article_texts, search_cache_paths, text_cache_paths

    store = tmp_path / "store"
    shutil.copytree(rich_store, store)
    monkeypatch.setattr(ui, "TEXT_CACHE_MIN_ARTICLES", 1)  # the samples stand in for a large store
    at = app(store)
    no_exception(at)
    for thread in [t for t in threading.enumerate() if t.name == "text-cache"]:
        thread.join(timeout=60)
    deadline = time.monotonic() + 60
    while not search_cache_paths(store)[1].exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert text_cache_paths(store)[1].exists() and search_cache_paths(store)[1].exists()
    articles = read_tables(store)["articles"]
    assert article_texts(store, articles["article_id"]) == dict(zip(articles["article_id"], articles["text"]))
    at.sidebar.text_input(key="filter_keyphrase").input("Brent crude").run()  # searched in the copy
    no_exception(at)
    assert metric(at, "Articles") == "1"


def test_repeated_quotations_are_kept_on_disk_for_a_large_store(app, rich_store, tmp_path, monkeypatch):
    from analysis.query import text_cache_paths

    store = tmp_path / "store"
    shutil.copytree(rich_store, store)
    monkeypatch.setattr(ui, "TEXT_CACHE_MIN_ARTICLES", 1)  # the samples stand in for a large store
    ui.clear_store_cache()
    at = app(store)
    at.switch_page("pages/3_Quotes.py").run()
    no_exception(at)
    kept = sorted(text_cache_paths(store)[0].parent.glob("frame-*.parquet"))
    assert len(kept) == 1
    shown = [frame.value for frame in at.dataframe]

    ui.clear_store_cache()  # as a restarted dashboard: the repeated quotations are read back, not computed
    monkeypatch.setattr("analysis.quote_reuse.normalise_quote", lambda *a, **k: pytest.fail("computed again"))
    again = app(store)
    again.switch_page("pages/3_Quotes.py").run()
    no_exception(again)
    assert len([frame.value for frame in again.dataframe]) == len(shown)
    for before, after in zip(shown, [frame.value for frame in again.dataframe]):
        pd.testing.assert_frame_equal(before, after)


def test_the_other_outlets_part_of_a_chart_is_grey_and_real_outlets_keep_the_palette() -> None:
    frame = pd.DataFrame({"day": ["d"] * 12, "outlet": [f"Outlet {i:02d}" for i in range(12)], "n_articles": range(12)})
    shown = views.top_outlets_and_other(frame, keys=["day"], value="n_articles")
    assert ui.outlet_colours(shown) == {"Other outlets (2)": "#c4c4c4"}
    assert ui.outlet_colours(frame) == {}
