"""Streamlit helpers every dashboard page shares: page setup, the cached store, the shared sidebar filters,
tables with their CSV downloads, and the empty states.

Every page starts with `data = ui.start_page(...)`, which draws the sidebar (navigation, filters, corpus
download) and returns all tables, the filtered tables and the filters. The filters' canonical values live
in `st.session_state["filters"]` (a `views.Filters`), mirrored to the URL's query parameters: widgets are
re-seeded from it on every run, so a filter set on one page holds on the next, and a copied address
restores the same view in another browser.
"""
from __future__ import annotations

import html
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import plotly.express as px
import streamlit as st

from analysis import views
from analysis.query import (LEFT_ON_DISK, TEXT_COLUMN, article_texts, as_stored, cached_frame, compacted,
                            prepare_search, read_tables_without, write_text_cache)
from analysis.store import read_table, store_version

STORE_ENV = "NEWS_DASHBOARD_STORE"
"""Environment variable naming the store directory to show; unset means `data/store`, built from the samples."""

PAGES: tuple[tuple[str, str, str], ...] = (
    ("app.py", "Overview", ":material/dashboard:"),
    ("pages/1_Keywords.py", "Keywords", ":material/key:"),
    ("pages/2_Actors.py", "Actors", ":material/groups:"),
    ("pages/3_Quotes.py", "Quotes", ":material/format_quote:"),
    ("pages/4_Markets.py", "Markets", ":material/show_chart:"),
    ("pages/5_Articles.py", "Articles", ":material/article:"),
    ("pages/6_Add_articles.py", "Add articles", ":material/upload_file:"),
)
"""Every page: (script relative to app.py, label, icon), in navigation order."""

px.defaults.color_discrete_sequence = px.colors.qualitative.D3  # ten clearly distinct colours, no light/dark pairs

_FILTERS = "filters"
_WIDGET = {name: f"filter_{name}" for name in (
    "date_from", "date_to", "include_undated", "outlets", "actor", "keyphrase", "syndicated_once")}
_ANY_ACTOR = ""


@dataclass(frozen=True)
class PageData:
    """What a page draws from: `tables` (the whole store), `filtered` (after the shared filters), `filters`,
    `actors` (every canonical actor of the store, most mentioned first) and `store_key` (the store's
    directory and version, which key every cache)."""

    tables: dict[str, pd.DataFrame]
    filtered: Mapping[str, pd.DataFrame]
    filters: views.Filters
    actors: list[str]
    store_key: tuple[str, str] = ("", "")


# ---------------------------------------------------------------------------------------------------------
# The store


def store_dir() -> Path:
    """The store the dashboard shows: `$NEWS_DASHBOARD_STORE` if set, else `data/store` (built on first use)."""
    configured = os.environ.get(STORE_ENV, "").strip()
    if configured:
        return Path(configured)
    return Path(_default_store())


@st.cache_resource(show_spinner="Analysing the sample corpus (first start only)…")
def _default_store() -> str:
    from analysis.pipeline import ensure_default_store

    return str(ensure_default_store())


@st.cache_resource(show_spinner="Loading the analysed articles…", max_entries=2)
def _tables_at(directory: str, version: str) -> dict[str, pd.DataFrame]:
    """The store's tables, shared read-only by every session; `version` (the store's modification stamp)
    is the cache key, so a rebuilt store is read again. The columns no page reads stay on disk
    (`analysis.query.LEFT_ON_DISK`: the articles' `text`, a third of the memory at 100,000 articles, the
    keyphrase variants, the mention surfaces): `with_texts` adds the text to the few rows that need it,
    `corpus_tables` reads every column for the corpus download.

    `st.cache_resource`, not `st.cache_data`: cache_data hands each rerun an unpickled copy, which at
    10,000 articles costs about 0.3 s per rerun (3 s at 100,000); pages never modify these frames
    (pandas copy-on-write makes every derived frame a new object), which `tests/test_app.py` checks.
    """
    tables = compacted(read_tables_without(Path(directory), LEFT_ON_DISK))
    if len(tables["articles"]) >= TEXT_CACHE_MIN_ARTICLES:
        _start_text_cache(directory, tables.get("keywords"))
    return tables


TEXT_CACHE_MIN_ARTICLES = 5_000
"""From this many articles on, the dashboard writes the store's text cache and search copy
(`analysis.query.write_text_cache`) in the background after loading it, then loads the search index:
reading 1,000 texts for keyword in context then takes milliseconds, not a quarter of a second at 100,000
articles, and the keyphrase filter about half the CPU of DuckDB's scan. It also keeps the repeated
quotations on disk (`compute(on_disk=True)`). Smaller stores are fast enough without them."""

_text_cache_started: set[str] = set()
_text_cache_lock = threading.Lock()


def _start_text_cache(directory: str, keywords: pd.DataFrame | None = None) -> None:
    """Write the store's text cache in a background thread, once per store version and process; then
    prepare the keyphrase filter (the search index, the cached `keywords`' factorized phrases)."""
    key = f"{directory}@{store_version(directory)}"
    with _text_cache_lock:
        if key in _text_cache_started:
            return
        _text_cache_started.add(key)
    threading.Thread(target=_write_text_cache_then_prepare_search, args=(Path(directory), keywords),
                     name="text-cache",
                     daemon=True).start()


def _write_text_cache_then_prepare_search(directory: Path, keywords: pd.DataFrame | None = None) -> None:
    if write_text_cache(directory):
        prepare_search(directory)
    if keywords is not None:
        views.prepare_keyphrase_filter(keywords)


@st.cache_resource(show_spinner=False, max_entries=2)
def _choices_at(directory: str, version: str) -> tuple[list[str], list[str], dict[str, object]]:
    """The outlets and actors the filters offer, and the whole corpus' summary, per store version."""
    tables = _tables_at(directory, version)
    return (views.outlet_choices(tables["articles"]), views.actor_choices(tables["mentions"]),
            views.corpus_summary(tables["articles"]))


@st.cache_resource(show_spinner=False, max_entries=8)
def _filtered_at(directory: str, version: str, filters_key: str, _filters: views.Filters) -> Mapping[str, pd.DataFrame]:
    """The store's tables under `_filters` (keyed by its repr), so reruns that keep the filters are free;
    each table is filtered when a page first reads it (`views.filtered_tables`)."""
    return views.filtered_tables(_tables_at(directory, version), _filters, store_dir=directory)


def clear_store_cache() -> None:
    """Forget the cached tables (after a build, so every page shows the new articles)."""
    _tables_at.clear()
    _filtered_at.clear()
    _choices_at.clear()
    _computed.clear()


@st.cache_resource(show_spinner="Computing…", max_entries=64)
def _computed(key: tuple, _function: Callable[..., pd.DataFrame], _args: tuple, _options: dict) -> pd.DataFrame:
    return _function(*_args, **_options)


def compute(function: Callable[..., pd.DataFrame], *args: object, data: PageData, variant: str = "",
            texts: bool = False, on_disk: bool = False, **options: object) -> pd.DataFrame:
    """`function(*args, **options)`, cached per store version, shared filters, function and options.

    DataFrame arguments are not hashed: they must be `data`'s filtered tables, or subsets of them that
    `variant` describes completely (e.g. "speech only" or the actor kinds kept). Results are shared
    read-only between sessions, like the store's tables. The cached articles table has no `text`
    column; `texts=True` adds it, for these articles only, to every articles table among `args`.
    `on_disk=True` (for what takes long on a large corpus) also keeps the result in the store's
    dashboard cache (`analysis.query.cached_frame`), so a restarted dashboard reads it back; only for
    stores of `TEXT_CACHE_MIN_ARTICLES` articles or more.
    """
    described = tuple("<table>" if isinstance(a, pd.DataFrame) else repr(a) for a in args)
    key = (data.store_key, repr(data.filters), function.__module__, function.__qualname__, variant, described,
           repr(sorted(options.items())))
    if texts:
        return _computed(key, _with_texts_then, (data.store_key[0], function, args), options)
    if on_disk and data.store_key[0] and len(data.tables["articles"]) >= TEXT_CACHE_MIN_ARTICLES:
        return _computed(key, _on_disk_then, (data.store_key[0], repr(key[1:]), function, args), options)
    return _computed(key, function, args, options)


def _on_disk_then(directory: str, key: str, function: Callable[..., pd.DataFrame], args: tuple,
                  **options: object) -> pd.DataFrame:
    """`function(*args, **options)`, read from the store's dashboard cache when kept there under `key`."""
    return cached_frame(Path(directory), key, lambda: function(*args, **options))


def compute_for_store(function: Callable[..., pd.DataFrame], *args: object, data: PageData, variant: str = "",
                      **options: object) -> pd.DataFrame:
    """As `compute`, cached per store version only: DataFrame arguments must be whole tables of the store
    (`data.tables`), or subsets of them that `variant` describes completely; the filters play no part."""
    described = tuple("<table>" if isinstance(a, pd.DataFrame) else repr(a) for a in args)
    key = (data.store_key, "<whole store>", function.__module__, function.__qualname__, variant, described,
           repr(sorted(options.items())))
    return _computed(key, function, args, options)


def _with_texts_then(directory: str, function: Callable[..., pd.DataFrame], args: tuple,
                     **options: object) -> pd.DataFrame:
    """`function(*args, **options)` with the texts added to every articles table among `args` (read for
    those articles only, then let go)."""
    return function(*(with_texts(a, directory=directory) if _is_articles(a) else a for a in args), **options)


def in_date_batches(function: Callable[..., pd.DataFrame], phrase: str, articles: pd.DataFrame, *,
                    limit: int, directory: str | Path | None = None) -> pd.DataFrame:
    """The first `limit` rows of `function(phrase, articles_with_texts, limit=limit)` (keyword in context),
    reading the texts in date order, in batches growing 4x from 1,000, and stopping once `limit` rows are
    found: a common phrase reads a few texts, a rare one never holds every text at once."""
    ordered = articles.sort_values(["published", "article_id"], na_position="last", kind="stable")
    found: list[pd.DataFrame] = []
    start, size = 0, 1_000
    while True:
        batch = with_texts(ordered.iloc[start:start + size], directory=directory)
        found.append(function(phrase, batch, limit=limit))
        start += size
        size *= 4
        if sum(len(f) for f in found) >= limit or start >= len(ordered):
            return pd.concat(found, ignore_index=True).head(limit)


def _is_articles(value: object) -> bool:
    return (isinstance(value, pd.DataFrame) and TEXT_COLUMN not in value.columns
            and {"article_id", "title", "url"} <= set(value.columns))


def with_texts(articles: pd.DataFrame, *, directory: str | Path | None = None) -> pd.DataFrame:
    """`articles` (rows of the cached articles table) with their `text` column, read from the store for
    these rows only; unchanged when it already has one."""
    if TEXT_COLUMN in articles.columns:
        return articles
    texts = article_texts(directory or store_dir(), articles["article_id"]) if len(articles) else {}
    result = articles.copy()
    after = list(result.columns).index("source") + 1 if "source" in result.columns else len(result.columns)
    result.insert(after, TEXT_COLUMN, result["article_id"].map(texts).fillna("").astype("str"))
    return result


# ---------------------------------------------------------------------------------------------------------
# Page frame and shared filters


def start_page(title: str, *, icon: str, intro: str | None = None) -> PageData:
    """Set up the page (first Streamlit call), draw the sidebar and return the data to draw from."""
    st.set_page_config(page_title=f"{title} · News analysis", page_icon=icon, layout="wide")
    directory = str(store_dir())
    version = store_version(directory)
    tables = _tables_at(directory, version)
    outlets, actors, summary = _choices_at(directory, version)
    with st.sidebar:
        _navigation()
        filters = _filter_widgets(outlets, actors, summary)
    filtered = _filtered_at(directory, version, repr(filters), filters)
    with st.sidebar:
        _corpus_download(filtered, filters)
    st.title(title)
    if intro:
        st.caption(intro)
    total, shown = len(tables["articles"]), len(filtered["articles"])
    st.caption(f"{shown} of {total} articles · {plain(filters.describe())}")
    return PageData(tables=tables, filtered=filtered, filters=filters, actors=actors, store_key=(directory, version))


def plain(text: object) -> str:
    """`text` (from an article, a URL or a user) made safe to embed in Streamlit markdown: every ASCII
    punctuation mark is backslash-escaped, so nothing in it turns into a link, an image, a colour
    directive, LaTeX or HTML."""
    return "".join(f"\\{c}" if c in _MARKDOWN_PUNCTUATION else c for c in str(text)).replace("\n", " ")


_MARKDOWN_PUNCTUATION = frozenset("\\`*_{}[]()<>#+-.!|~:$&\"'=@%^;,?/")


def _navigation() -> None:
    for script, label, icon in PAGES:
        st.page_link(script, label=label, icon=icon)
    st.divider()


def _current_filters() -> views.Filters:
    if _FILTERS not in st.session_state:
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        st.session_state[_FILTERS] = views.filters_from_query(params)
    return st.session_state[_FILTERS]


def _set_filter(name: str, widget_key: str) -> None:
    value = st.session_state[widget_key]
    if name == "outlets":
        value = tuple(value or ())
    elif name == "actor":
        value = value or None
    elif name == "keyphrase":
        value = value or ""
    st.session_state[_FILTERS] = replace(_current_filters(), **{name: value})


def _reset_filters() -> None:
    st.session_state[_FILTERS] = views.Filters()


def _filter_widgets(outlets: list[str], actors: list[str], summary: dict[str, object]) -> views.Filters:
    filters = views.restrict_to_choices(_current_filters(), outlets=outlets, actors=actors)
    st.session_state[_FILTERS] = filters
    seeds = {
        "date_from": filters.date_from, "date_to": filters.date_to, "include_undated": filters.include_undated,
        "outlets": list(filters.outlets), "actor": filters.actor or _ANY_ACTOR, "keyphrase": filters.keyphrase,
        "syndicated_once": filters.syndicated_once,
    }
    for name, value in seeds.items():
        st.session_state[_WIDGET[name]] = value

    span = (f"Articles run from {summary['first']} to {summary['last']}." if summary["first"]
            else "No article has a known date.")
    st.header("Filters")
    for name, label in (("date_from", "From (publication day)"), ("date_to", "To (publication day)")):
        st.date_input(label, key=_WIDGET[name], min_value=views.DATE_MIN, max_value=views.DATE_MAX,
                      format="YYYY-MM-DD", help=f"Empty means no bound. {span}",
                      on_change=_set_filter, args=(name, _WIDGET[name]))
    st.checkbox("Include undated articles", key=_WIDGET["include_undated"],
                help=f"{summary['n_undated']} article(s) have no known publication day; no date bound applies to them.",
                on_change=_set_filter, args=("include_undated", _WIDGET["include_undated"]))
    st.multiselect("Outlets", outlets, key=_WIDGET["outlets"], placeholder="All outlets",
                   on_change=_set_filter, args=("outlets", _WIDGET["outlets"]))
    st.selectbox("Actor", [_ANY_ACTOR, *actors], key=_WIDGET["actor"], format_func=_actor_label,
                 disabled=not actors,
                 help="Only articles that mention this person, organisation or place." if actors
                 else "The actor analysis is not available yet.",
                 on_change=_set_filter, args=("actor", _WIDGET["actor"]))
    st.text_input("Keyphrase search", key=_WIDGET["keyphrase"], placeholder="e.g. ceasefire",
                  help="Only articles whose title, text or keyphrases contain this phrase (any case).",
                  on_change=_set_filter, args=("keyphrase", _WIDGET["keyphrase"]))
    st.checkbox("Count syndicated copies once", key=_WIDGET["syndicated_once"],
                help="Leave out articles that mostly repeat an earlier one (they have a 'duplicate of').",
                on_change=_set_filter, args=("syndicated_once", _WIDGET["syndicated_once"]))
    st.button("Reset filters", on_click=_reset_filters, disabled=filters.is_default, key="filter_reset")
    _sync_query_params(filters)
    return filters


def _actor_label(actor: str) -> str:
    return "Any actor" if actor == _ANY_ACTOR else actor


def _sync_query_params(filters: views.Filters) -> None:
    """Mirror `filters` into the address bar (only when it differs, so the URL is not rewritten needlessly)."""
    wanted = {key: value if isinstance(value, list) else [value]
              for key, value in views.filters_to_query(filters).items()}
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    if current != wanted:
        st.query_params.from_dict(views.filters_to_query(filters))


def actor_picker(actors: list[str], *, label: str, key: str) -> None:
    """A second control for the shared actor filter (e.g. on the Actors page): choosing here filters every page."""
    st.session_state[key] = _current_filters().actor or _ANY_ACTOR
    st.selectbox(label, [_ANY_ACTOR, *actors], key=key, format_func=_actor_label,
                 on_change=_set_filter, args=("actor", key))


def corpus_tables(filtered: Mapping[str, pd.DataFrame], *, directory: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The filtered tables with every column the store holds (what `views.apply_filters` gives on
    `read_tables`): the columns the cache leaves on disk are read again, for these articles only."""
    directory = Path(directory or store_dir())
    ids = pd.Index(filtered["articles"]["article_id"])
    result = {}
    for name, frame in filtered.items():
        if name == "articles":
            result[name] = with_texts(frame, directory=directory)
        elif LEFT_ON_DISK.get(name):
            result[name] = views.rows_of_articles(read_table(directory, name), ids)
        else:
            result[name] = as_stored(frame)
    return result


def _corpus_download(filtered: Mapping[str, pd.DataFrame], filters: views.Filters) -> None:
    st.divider()
    st.download_button(
        "Download filtered corpus (zip)",
        data=lambda: views.corpus_zip(corpus_tables(filtered), filters),
        file_name=views.download_name("corpus", filters, extension="zip"), mime="application/zip",
        key="download_corpus", icon=":material/folder_zip:",
        help="Every table (articles, keywords, mentions, quotes, market notes, rejected) under the current filters, as CSV files.",
    )


# ---------------------------------------------------------------------------------------------------------
# Tables, downloads, empty states


MAX_SHOWN_ROWS = 5_000
"""A table on screen shows at most this many rows (sending 100,000 rows to the browser takes seconds);
its CSV download always has every row."""


def show_table(frame: pd.DataFrame, *, name: str, filters: views.Filters, key: str,
               column_config: dict | None = None, height: int | str = "auto") -> None:
    """`frame` as a table, and under it a CSV download of exactly these rows and columns. Date columns
    show as YYYY-MM-DD unless `column_config` says otherwise."""
    config = {column: st.column_config.DateColumn(column, format="YYYY-MM-DD") for column in frame.columns
              if pd.api.types.is_datetime64_any_dtype(frame[column])}
    config.update(column_config or {})
    shown = frame if len(frame) <= MAX_SHOWN_ROWS else frame.head(MAX_SHOWN_ROWS)
    st.dataframe(shown, hide_index=True, column_config=config, width="stretch", height=height)
    if len(shown) < len(frame):
        st.caption(f"Showing the first {len(shown):,} of {len(frame):,} rows; the CSV download has them all.")
    download_csv(frame, name=name, filters=filters, key=key)


def download_csv(frame: pd.DataFrame, *, name: str, filters: views.Filters, key: str) -> None:
    """A button downloading `frame` as CSV (formulas neutralised), the filters in its file name."""
    st.download_button(
        f"Download CSV ({len(frame)} rows)", data=lambda: views.csv_bytes(frame),
        file_name=views.download_name(name, filters), mime="text/csv", key=f"download_{key}",
        icon=":material/download:",
    )


def chart_text(value: object) -> str:
    """`value` escaped for a plotly label: plotly renders some HTML tags in text (<b>, <a>), so data
    shown in a chart is escaped and appears exactly as written."""
    return html.escape(str(value), quote=False)


def outlet_colours(frame: pd.DataFrame) -> dict[str, str]:
    """For plotly's `color_discrete_map`: the "Other outlets (k)" part of a chart by outlet (summed bars or
    points) in grey, so it never takes the colour of a real outlet (the palette has ten colours)."""
    return {o: "#c4c4c4" for o in frame["outlet"].unique() if str(o).startswith(views.OTHER_OUTLETS)}


def other_outlets_underneath(figure):
    """Draw the grey "Other outlets (k)" points first, under the named outlets' points, and keep them last in
    the legend. Returns `figure`."""
    other = [t for t in figure.data if str(t.name).startswith(views.OTHER_OUTLETS)]
    for trace in other:
        trace.legendrank = 10_000
    figure.data = (*other, *(t for t in figure.data if t not in other))
    return figure


def for_chart(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells, index and column labels are escaped with `chart_text`."""
    result = frame.copy()
    for column in result.columns:
        series = result[column]
        if not (pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series)):
            result[column] = series.map(lambda v: chart_text(v) if isinstance(v, str) else v)
    if not pd.api.types.is_numeric_dtype(result.index):
        result.index = result.index.map(lambda v: chart_text(v) if isinstance(v, str) else v)
    result.columns = [chart_text(c) if isinstance(c, str) else c for c in result.columns]
    return result


def chart(figure, *, key: str, days: pd.Series | None = None) -> None:
    """Draw a plotly `figure` full width with its legend under the plot (so narrow windows keep the plot
    wide). With `days` (the plotted publication days), a short span gets one tick per day, not hours."""
    figure.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.22, "x": 0},
                         margin={"t": 60, "b": 10, "l": 10, "r": 10}, title_x=0)
    if days is not None and len(days.dropna()):
        # stacked bars on a day axis are most of a day wide (a lone bar would be drawn 1 ms wide)
        figure.update_traces(width=0.8 * 86_400_000, selector={"type": "bar"})
        first, last = pd.to_datetime(days.dropna()).min(), pd.to_datetime(days.dropna()).max()
        if (last - first).days < 14:
            figure.update_xaxes(dtick=86_400_000, tickformat="%d %b %Y",
                                range=[first - pd.Timedelta(hours=18), last + pd.Timedelta(hours=18)])
        else:
            figure.update_xaxes(tickformat="%d %b %Y")
    st.plotly_chart(figure, width="stretch", key=key)


def link_column(label: str = "Link") -> st.column_config.LinkColumn:
    """A column of article links (already passed through `views.safe_url`)."""
    return st.column_config.LinkColumn(label, display_text="open", width="small")


def has_articles(data: PageData) -> bool:
    """False (after saying what to do) when the store is empty or no article passes the filters."""
    if data.tables["articles"].empty:
        st.info("There are no articles yet. Add some on the **Add articles** page (upload files, paste text or "
                "give links); every page then shows them.", icon=":material/inbox:")
        st.page_link("pages/6_Add_articles.py", label="Add articles", icon=":material/upload_file:")
        return False
    if data.filtered["articles"].empty:
        no_match(data.filters)
        return False
    return True


def no_match(filters: views.Filters) -> None:
    """The empty state for filters that leave nothing."""
    hint = []
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        hint.append("the From day is after the To day")
    st.warning("No article matches the filters (" + plain(filters.describe()) + "). "
               + (f"Note: {hint[0]}. " if hint else "")
               + "Widen the dates, include undated articles, clear the outlet, actor or keyphrase filter, "
               "or press **Reset filters** in the sidebar.", icon=":material/filter_alt_off:")


def has_rows(data: PageData, table: str, *, what: str) -> bool:
    """False (after saying so plainly) when the store has no `table` rows at all (the analysis is not
    available yet) or none among the filtered articles."""
    if data.tables[table].empty:
        not_available(what)
        return False
    if data.filtered[table].empty:
        shown = len(data.filtered["articles"])
        st.info((f"None of the {shown} filtered articles has {what}." if shown > 1
                 else f"The one filtered article has no {what}.") + " Widen the filters to see some.",
                icon=":material/filter_alt_off:")
        return False
    return True


def not_available(what: str) -> None:
    """Say plainly that an analysis has produced nothing yet (never show invented data instead)."""
    st.info(f"{what[:1].upper()}{what[1:]}: not available yet. The store holds no results of this analysis "
            "for these articles; they appear here once it has run (rebuild with `python -m analysis build`).",
            icon=":material/hourglass_empty:")
