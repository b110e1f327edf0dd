"""What the dashboard shows: the shared filters, the filtered tables, and their safe CSV / zip downloads.

Pure pandas (no Streamlit), so every rule a page relies on is testable with pytest:

- `Filters` is the one set of shared filters (dates, outlets, actor, keyphrase, syndicated copies);
  `filters_from_query` / `filters_to_query` turn it into URL query parameters and back, so a copied
  address restores the same view. Parsing is lenient: a stranger's URL never raises, bad parts are dropped.
- `apply_filters` keeps the articles that pass and, in every other table, the rows of those articles
  (`matching_article_ids`, then `rows_of_articles` per table: the dashboard takes a table's rows only
  when a page reads it). Article ids are looked up with pyarrow, not pandas' `isin`.
- `quotation_table`, `usual_roles`, `speaker_outlet_counts`, `latest_rows`: what the Quotes page and the
  Overview show, on integer codes where a 100,000-article store has 800,000 quotations.
- `csv_bytes` writes exactly the frame it is given, with spreadsheet formulas neutralised (OWASP CSV
  injection); `corpus_zip` bundles every filtered table; `download_name` puts the filters in file names.
- `article_html` renders one article's text, HTML-escaped, with highlighted spans for the reader view.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
import threading
import weakref
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path, PurePath
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

TABLE_NAMES: tuple[str, ...] = ("articles", "keywords", "mentions", "quotes", "market_notes", "rejected")
"""The store's tables, in the order the dashboard lists them."""

UNKNOWN_OUTLET = "(unknown outlet)"
"""How an article without a known outlet is listed and selected in the outlet filter."""
UNNAMED_SPEAKER = "(speaker not identified)"
"""How a quotation of speech whose speaker the quote stage could not tell is listed."""

DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2100, 12, 31)
"""Dates outside this range in a URL are ignored (they are typos, and date pickers need bounds)."""

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is read as a formula by spreadsheets (OWASP CSV injection)."""

MAX_KEYPHRASE_LENGTH = 200
"""A keyphrase search longer than this (characters) is cut: nobody types more, and a URL may."""

# Query-parameter names: short, stable, documented in the README (shared links depend on them).
_Q_FROM, _Q_TO, _Q_UNDATED, _Q_OUTLET, _Q_ACTOR, _Q_PHRASE, _Q_ONCE = (
    "from", "to", "undated", "outlet", "actor", "q", "once",
)
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


@dataclass(frozen=True, slots=True)
class Filters:
    """The shared filters every page applies.

    - `date_from`, `date_to`: inclusive publication-day bounds; `None` means unbounded.
    - `include_undated`: keep articles whose publication day is unknown (they match no date bound).
    - `outlets`: keep only these outlets (`UNKNOWN_OUTLET` selects articles without one); empty keeps all.
    - `actor`: keep only articles that mention this canonical actor; `None` keeps all.
    - `keyphrase`: keep only articles whose title, text or keyphrases contain this phrase
      (case-insensitive, any whitespace between its words); empty keeps all.
    - `syndicated_once`: count syndicated copies once, i.e. drop articles that have a `duplicate_of`.
    """

    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    outlets: tuple[str, ...] = field(default=())
    actor: str | None = None
    keyphrase: str = ""
    syndicated_once: bool = False

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, date):
                raise TypeError(f"{name} must be a datetime.date or None, got {value!r}")
        if isinstance(self.outlets, str) or not all(isinstance(o, str) for o in self.outlets):
            raise TypeError(f"outlets must be a tuple of outlet names, got {self.outlets!r}")
        object.__setattr__(self, "outlets", tuple(dict.fromkeys(self.outlets)))
        object.__setattr__(self, "keyphrase", " ".join(self.keyphrase.split())[:MAX_KEYPHRASE_LENGTH])
        if self.actor is not None and not self.actor.strip():
            object.__setattr__(self, "actor", None)

    @property
    def is_default(self) -> bool:
        """True when no filter narrows the corpus."""
        return self == Filters()

    def describe(self) -> str:
        """A short human-readable summary, e.g. "2025-02-12 to 2025-02-13 · outlets: The New York Sun"."""
        parts: list[str] = []
        if self.date_from or self.date_to:
            if self.date_from and self.date_to:
                span = f"{self.date_from.isoformat()} to {self.date_to.isoformat()}"
            else:
                span = f"from {self.date_from.isoformat()}" if self.date_from else f"until {self.date_to.isoformat()}"
            parts.append(span + (", undated included" if self.include_undated else ", dated only"))
        elif not self.include_undated:
            parts.append("dated articles only")
        if self.outlets:
            parts.append("outlets: " + ", ".join(self.outlets))
        if self.actor:
            parts.append(f"actor: {self.actor}")
        if self.keyphrase:
            parts.append(f"phrase: “{self.keyphrase}”")
        if self.syndicated_once:
            parts.append("syndicated copies counted once")
        return " · ".join(parts) if parts else "all articles"


# ---------------------------------------------------------------------------------------------------------
# Query parameters


def _values(params: Mapping[str, str | Sequence[str]], key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)]


def _last(params: Mapping[str, str | Sequence[str]], key: str) -> str | None:
    values = _values(params, key)
    return values[-1] if values else None


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return day if DATE_MIN <= day <= DATE_MAX else None


def _parse_flag(text: str | None, *, default: bool) -> bool:
    if text is None:
        return default
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return default


def filters_from_query(params: Mapping[str, str | Sequence[str]]) -> Filters:
    """The filters a URL's query parameters describe (see `filters_to_query` for the names).

    `params` maps a name to one value or to all its values (repeated `outlet=` parameters). Unknown
    names and values that do not parse (a bad date, an unknown flag) are ignored, never raised: the
    URL comes from whoever shared it.
    """
    actor = (_last(params, _Q_ACTOR) or "").strip() or None
    return Filters(
        date_from=_parse_day(_last(params, _Q_FROM)),
        date_to=_parse_day(_last(params, _Q_TO)),
        include_undated=_parse_flag(_last(params, _Q_UNDATED), default=True),
        outlets=tuple(o for o in (v.strip() for v in _values(params, _Q_OUTLET)) if o),
        actor=actor,
        keyphrase=_last(params, _Q_PHRASE) or "",
        syndicated_once=_parse_flag(_last(params, _Q_ONCE), default=False),
    )


def filters_to_query(filters: Filters) -> dict[str, str | list[str]]:
    """Query parameters for `filters`, only the ones that differ from the defaults.

    `from`/`to`: ISO days; `undated=0`: leave out undated articles; `outlet`: repeated, one per outlet;
    `actor`: canonical actor name; `q`: keyphrase search; `once=1`: count syndicated copies once.
    """
    query: dict[str, str | list[str]] = {}
    if filters.date_from:
        query[_Q_FROM] = filters.date_from.isoformat()
    if filters.date_to:
        query[_Q_TO] = filters.date_to.isoformat()
    if not filters.include_undated:
        query[_Q_UNDATED] = "0"
    if filters.outlets:
        query[_Q_OUTLET] = list(filters.outlets)
    if filters.actor:
        query[_Q_ACTOR] = filters.actor
    if filters.keyphrase:
        query[_Q_PHRASE] = filters.keyphrase
    if filters.syndicated_once:
        query[_Q_ONCE] = "1"
    return query


def restrict_to_choices(filters: Filters, *, outlets: Iterable[str], actors: Iterable[str]) -> Filters:
    """`filters` without outlets or an actor this corpus does not have (e.g. from a link to another corpus)."""
    known_outlets, known_actors = set(outlets), set(actors)
    return replace(
        filters,
        outlets=tuple(o for o in filters.outlets if o in known_outlets),
        actor=filters.actor if filters.actor in known_actors else None,
    )


# ---------------------------------------------------------------------------------------------------------
# Filtering


def outlet_choices(articles: pd.DataFrame) -> list[str]:
    """The outlets to offer in the filter: known outlets A-Z, then `UNKNOWN_OUTLET` if any article lacks one."""
    outlets = articles["outlet"]
    known = sorted({str(o) for o in outlets.dropna() if str(o).strip()}, key=str.casefold)
    if outlets.isna().any() or (outlets.fillna("").astype(str).str.strip() == "").any():
        known.append(UNKNOWN_OUTLET)
    return known


def actor_choices(mentions: pd.DataFrame) -> list[str]:
    """The canonical actors to offer in the filter, most mentioned first (ties A-Z)."""
    if mentions.empty:
        return []
    counts = mentions["actor"].dropna().astype(str).value_counts()
    order = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    return [name for name, _ in order]


def phrase_pattern(phrase: str) -> str:
    """The regular expression of the keyphrase filter: the words of `phrase`, escaped, any whitespace
    between them (matched ignoring case)."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _text_search_on_disk(store_dir: str | Path | None) -> bool:
    """Whether the keyphrase search can run in DuckDB over `store_dir`'s Parquet articles table."""
    if store_dir is None:
        return False
    from analysis import store

    path = store.table_path(Path(store_dir), "articles")
    return path is not None and path.suffix == ".parquet"


_last_keyphrase_codes: list[tuple[weakref.ref, tuple[np.ndarray, pd.Series]]] = []
"""The keywords table the keyphrase filter last factorised, and its codes and distinct phrases: the
dashboard passes the same cached table on every rerun (never modified in place); factorising 2 million
rows took 0.16 s of each keyphrase change at 100,000 articles."""
_last_keyphrase_lock = threading.Lock()


def prepare_keyphrase_filter(keywords: pd.DataFrame) -> None:
    """Factorize `keywords`' keyphrases now (about 0.05 s for 2 million rows), so the first keyphrase
    filter on these very keywords (the same object) does not pay for it."""
    if "keyphrase" in keywords.columns and not keywords.empty:
        _keyphrase_codes(keywords)


def _keyphrase_codes(keywords: pd.DataFrame) -> tuple[np.ndarray, pd.Series]:
    """(code of each row's keyphrase, the distinct keyphrases as strings), as `pd.factorize`."""
    with _last_keyphrase_lock:
        if _last_keyphrase_codes and _last_keyphrase_codes[0][0]() is keywords:
            return _last_keyphrase_codes[0][1]
    codes, phrases = pd.factorize(keywords["keyphrase"])
    result = (codes, pd.Series(phrases, dtype="string"))
    with _last_keyphrase_lock:
        _last_keyphrase_codes[:] = [(weakref.ref(keywords), result)]
    return result


def matching_article_ids(tables: Mapping[str, pd.DataFrame], filters: Filters, *,
                         store_dir: str | Path | None = None) -> pd.Index:
    """Ids of the articles that pass `filters`, in the articles table's order. `store_dir`: the store
    `tables` were read from; when given (and its articles are Parquet) the keyphrase search of titles and
    texts runs there in DuckDB (`analysis.query.articles_containing`), several times faster than in pandas."""
    articles = tables["articles"]
    keep = pd.Series(True, index=articles.index)

    published = pd.to_datetime(articles["published"], errors="coerce")
    day = published.dt.normalize()
    dated = published.notna()
    in_range = dated.copy()
    if filters.date_from is not None:
        in_range &= day >= pd.Timestamp(filters.date_from)
    if filters.date_to is not None:
        in_range &= day <= pd.Timestamp(filters.date_to)
    keep &= in_range | (~dated & filters.include_undated)

    if filters.outlets:
        outlet = articles["outlet"].astype("string").str.strip()
        chosen = outlet.isin([o for o in filters.outlets if o != UNKNOWN_OUTLET]).fillna(False)
        if UNKNOWN_OUTLET in filters.outlets:
            chosen |= outlet.isna() | (outlet.fillna("") == "")
        keep &= chosen.astype(bool)

    if filters.syndicated_once:
        duplicate_of = articles["duplicate_of"].astype("string").fillna("")
        keep &= duplicate_of == ""

    if filters.actor:
        mentions = tables.get("mentions")
        with_actor = (mentions.loc[mentions["actor"] == filters.actor, "article_id"] if mentions is not None
                      else pd.Series([], dtype="str"))
        keep &= is_in(articles["article_id"], with_actor)

    if filters.keyphrase:
        pattern = phrase_pattern(filters.keyphrase)
        if _text_search_on_disk(store_dir):
            from analysis.query import articles_containing

            found = is_in(articles["article_id"], list(articles_containing(store_dir, filters.keyphrase)))
        else:
            title = articles["title"].astype("string").fillna("")
            text = articles["text"].astype("string").fillna("")
            found = title.str.contains(pattern, case=False, regex=True) | text.str.contains(
                pattern, case=False, regex=True
            )
        keywords = tables.get("keywords")
        if keywords is not None and not keywords.empty:  # each distinct keyphrase searched once
            codes, phrases = _keyphrase_codes(keywords)
            matched = phrases.str.contains(pattern, case=False, regex=True)
            hit = matched.fillna(False).to_numpy(dtype=bool)[codes] & (codes >= 0)
            found |= is_in(articles["article_id"], keywords["article_id"][hit])
        keep &= found.fillna(False).astype(bool)

    return pd.Index(articles.loc[keep, "article_id"])


def is_in(values: pd.Series, among: Iterable[object]) -> pd.Series:
    """`values.isin(among)` as a boolean Series on `values`' index. For Arrow-backed strings (the store's
    ids) pyarrow looks them up in its hash table: pandas' `isin` makes Python strings of all 3 million
    mention rows first (0.1 s against 0.5 s at 100,000 articles). For a categorical (the dashboard's ids,
    `analysis.query.compacted`) only the categories are looked up."""
    among = pd.Series(list(among) if not isinstance(among, (pd.Series, pd.Index)) else among)
    if isinstance(values.dtype, pd.CategoricalDtype):  # each category looked up once, then one gather by code
        codes = values.cat.codes.to_numpy()
        hit = np.append(is_in(pd.Series(values.cat.categories), among).to_numpy(dtype=bool), False)
        return pd.Series(hit[codes], index=values.index)  # code -1 (missing) takes the appended False
    if pd.api.types.is_string_dtype(values.dtype) and hasattr(values.array, "__arrow_array__") and len(values):
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted = among.dropna()
        if len(wanted) == 0:
            return pd.Series(False, index=values.index)
        try:
            found = pc.is_in(values.array.__arrow_array__(), value_set=pa.array(wanted.astype("str").unique()))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            return values.isin(among)
        return pd.Series(found.to_numpy(zero_copy_only=False), index=values.index).fillna(False).astype(bool)
    return values.isin(among)


def apply_filters(tables: Mapping[str, pd.DataFrame], filters: Filters, *,
                  store_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table restricted to the articles that pass `filters`.

    `tables` is the store as `analysis.store.read_tables` returns it; `store_dir`, when given, the
    directory it was read from (the keyphrase search then runs there, see `matching_article_ids`).
    Tables without an `article_id` column (`rejected`) are returned unchanged. The input frames are
    not modified.
    """
    return dict(filtered_tables(tables, filters, store_dir=store_dir))


def filtered_tables(tables: Mapping[str, pd.DataFrame], filters: Filters, *,
                    store_dir: str | Path | None = None) -> Mapping[str, pd.DataFrame]:
    """`apply_filters`, each table filtered only when first read (`FilteredTables`); the tables
    themselves when every article passes."""
    if "articles" not in tables:
        raise ValueError(f"tables must include 'articles'; got {sorted(tables)}")
    ids = matching_article_ids(tables, filters, store_dir=store_dir)
    if len(ids) == len(tables["articles"]):
        return dict(tables)  # nothing filtered out: no copies (taking rows of large text columns is costly)
    return FilteredTables(tables, ids)


class FilteredTables(Mapping[str, pd.DataFrame]):
    """`tables` restricted to the articles `ids`, each table filtered (`rows_of_articles`) when first read:
    the dashboard's Keywords page never pays for taking the rows of 3 million mentions. Safe to share
    between threads; the frames are not modified."""

    def __init__(self, tables: Mapping[str, pd.DataFrame], ids: pd.Index) -> None:
        self._tables, self._ids = tables, ids
        self._done: dict[str, pd.DataFrame] = {}
        self._lock = threading.Lock()

    def __getitem__(self, name: str) -> pd.DataFrame:
        with self._lock:
            if name not in self._done:
                self._done[name] = rows_of_articles(self._tables[name], self._ids)
            return self._done[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)


def rows_of_articles(frame: pd.DataFrame, ids: pd.Index) -> pd.DataFrame:
    """The rows of `frame` whose `article_id` is one of `ids` (a new frame, index 0..n-1); `frame` itself
    when it has no `article_id` column (`rejected`). What `apply_filters` does to each table."""
    if "article_id" not in frame.columns:
        return frame
    keep = is_in(frame["article_id"], ids).to_numpy(dtype=bool)
    if keep.all():
        return frame.reset_index(drop=True)  # every row: no copy (copy-on-write)
    if not frame.columns.is_unique:
        return frame.loc[keep].reset_index(drop=True)
    # Column by column with a boolean mask: Arrow-backed columns are then filtered by pyarrow's `filter`,
    # where `frame.loc[mask]` gathers them by position (`take`), 3-6 times slower on the 3 million mentions.
    return pd.DataFrame({name: frame[name].array[keep] for name in frame.columns},
                        index=pd.RangeIndex(int(keep.sum())))


# ---------------------------------------------------------------------------------------------------------
# Small display shapes


def corpus_summary(articles: pd.DataFrame) -> dict[str, object]:
    """Headline figures: `n_articles`, `n_outlets` (known outlets), `first` / `last` publication day
    (`None` when no article is dated), `n_undated`, `n_words`."""
    published = pd.to_datetime(articles["published"], errors="coerce").dropna()
    outlets = articles["outlet"].dropna().astype(str).str.strip()
    return {
        "n_articles": len(articles),
        "n_outlets": int(outlets[outlets != ""].nunique()),
        "first": published.min().date() if len(published) else None,
        "last": published.max().date() if len(published) else None,
        "n_undated": int(len(articles) - len(published)),
        "n_words": int(pd.to_numeric(articles["n_words"], errors="coerce").fillna(0).sum()),
    }


def outlet_labels(outlets: pd.Series) -> pd.Series:
    """`outlets` as charts and tables by outlet list them: strings, a missing or empty outlet as
    `UNKNOWN_OUTLET`."""
    return outlets.astype("string").fillna(UNKNOWN_OUTLET).replace("", UNKNOWN_OUTLET)


def articles_per_day(articles: pd.DataFrame) -> pd.DataFrame:
    """Coverage timeline: `day`, `outlet` (`UNKNOWN_OUTLET` when missing), `n_articles`; undated articles
    are left out (they have no day)."""
    published = pd.to_datetime(articles["published"], errors="coerce")
    frame = pd.DataFrame({
        "day": published.dt.normalize(),
        "outlet": outlet_labels(articles["outlet"]),
    }).dropna(subset=["day"])
    if frame.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"), "outlet": pd.Series(dtype="string"),
                             "n_articles": pd.Series(dtype="int64")})
    counts = frame.groupby(["day", "outlet"]).size().rename("n_articles").reset_index()
    return counts.sort_values(["day", "outlet"]).reset_index(drop=True)


CHART_OUTLETS = 10
OTHER_OUTLETS = "Other outlets"
"""A chart coloured by outlet shows at most this many outlets; the rest are summed into one bar part
(ten colours is what a reader can tell apart, and plotly builds a trace per outlet)."""


def top_outlets_and_other(frame: pd.DataFrame, *, keys: Sequence[str], value: str,
                          n: int = CHART_OUTLETS) -> pd.DataFrame:
    """`frame[[*keys, "outlet", value]]` for a chart coloured by outlet: a missing outlet is
    `UNKNOWN_OUTLET`; the `n` outlets with the largest total `value` keep their rows, largest first, and the
    others are summed per `keys` into one outlet "Other outlets (k)", last. Nothing is summed when there
    are at most `n` outlets."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a whole number >= 1, not {n!r}")
    keys = list(keys)
    table = frame[[*keys, "outlet", value]].assign(
        outlet=lambda f: outlet_labels(f["outlet"]))
    totals = table.groupby("outlet", sort=False)[value].sum().sort_values(ascending=False, kind="stable")
    if len(totals) <= n:
        return table.reset_index(drop=True)
    kept = list(totals.index[:n])
    other = f"{OTHER_OUTLETS} ({len(totals) - n})"
    is_kept = table["outlet"].isin(kept)
    summed = (table[~is_kept].groupby(keys, sort=False, dropna=False)[value].sum().reset_index()
              .assign(outlet=other)[[*keys, "outlet", value]])
    order = {outlet: i for i, outlet in enumerate([*kept, other])}
    result = pd.concat([table[is_kept], summed], ignore_index=True)
    return result.sort_values("outlet", key=lambda o: o.map(order), kind="stable").reset_index(drop=True)


def top_outlets_for_points(frame: pd.DataFrame, *, n: int = CHART_OUTLETS) -> pd.DataFrame:
    """`frame` for a chart of points coloured by outlet (one point per row, nothing summed): a missing outlet
    is `UNKNOWN_OUTLET`; the rows of the `n` outlets with the most rows keep their outlet and come first (most
    rows first), the others are named "Other outlets (k)" and come last. The other columns are unchanged."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"n must be a whole number >= 1, not {n!r}")
    outlet = outlet_labels(frame["outlet"])
    counts = outlet.value_counts(sort=False).sort_values(ascending=False, kind="stable")
    kept = list(counts.index[:n])
    named = outlet.where(outlet.isin(kept), f"{OTHER_OUTLETS} ({len(counts) - n})") if len(counts) > n else outlet
    order = {name: i for i, name in enumerate(kept)}
    result = frame.assign(outlet=named.astype(object))
    return result.sort_values("outlet", key=lambda o: o.map(order).fillna(len(kept)), kind="stable").reset_index(
        drop=True)


def speaker_outlet_counts(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted by which outlet: one row per speaker, one column per outlet (A-Z), values = quotations.
    Quotations without a speaker are left out; rows are sorted by total quotations, most first (ties:
    speakers A-Z). Counted on integer codes (800,000 quotations at 100,000 articles)."""
    quoted = quotes.loc[quotes["speaker"].notna(), ["article_id", "speaker"]]
    meta = articles[["article_id", "outlet"]].drop_duplicates("article_id")
    at = pd.Index(meta["article_id"]).get_indexer(quoted["article_id"])
    quoted = quoted[at >= 0]
    if quoted.empty:
        return pd.DataFrame(columns=["speaker"])
    outlet = outlet_labels(meta["outlet"])
    speaker_code, speakers = pd.factorize(quoted["speaker"], sort=True)
    outlet_code, outlets = pd.factorize(outlet.to_numpy()[at[at >= 0]], sort=True)
    counts = np.bincount(speaker_code * len(outlets) + outlet_code, minlength=len(speakers) * len(outlets))
    table = pd.DataFrame(counts.reshape(len(speakers), len(outlets)), columns=pd.Index(list(outlets), dtype="string"),
                         index=pd.Index(speakers, name="speaker"))
    table = table.iloc[np.argsort(-table.to_numpy().sum(axis=1), kind="stable")]
    return table.reset_index()


def usual_roles(mentions: pd.DataFrame) -> pd.Series:
    """The role the mentions most often give each actor (ties: the alphabetically first), by actor;
    empty when the mentions have no `role` column."""
    if "role" not in mentions.columns:
        return pd.Series(dtype="str")
    counted = mentions.loc[mentions["role"].notna(), ["actor", "role"]].groupby(["actor", "role"]).size()
    counted = counted.rename("n").reset_index()
    counted = counted.sort_values(["actor", "n", "role"], ascending=[True, False, True], kind="stable")
    return counted.drop_duplicates("actor").set_index("actor")["role"]


def quotation_table(quotes: pd.DataFrame, articles: pd.DataFrame, roles: pd.Series) -> pd.DataFrame:
    """The quotations of `articles`: `speaker`, `quote`, `role` (the quote's own `role` if the table has
    one, else the speaker's usual role from `roles`, see `usual_roles`; missing when neither says) and
    the article's `outlet`, `published` and safe `url`, ordered by day (undated last), article id and
    position in the text. Ordered on integer codes: no merge and string sort of 800,000 quotations."""
    meta = articles[["article_id", "outlet", "published", "url"]].drop_duplicates("article_id")
    meta = meta.sort_values(["published", "article_id"], na_position="last").reset_index(drop=True)
    meta["url"] = safe_urls(meta["url"])
    codes, ids = pd.factorize(quotes["article_id"])
    at = pd.Index(meta["article_id"]).get_indexer(ids)  # the article's place in date order, -1 if not shown
    place = np.where(codes >= 0, at[np.maximum(codes, 0)], -1)
    rows = np.flatnonzero(place >= 0)
    rows = rows[np.lexsort((quotes["start"].to_numpy()[rows], place[rows]))]  # stable: ties keep table order
    table = quotes[["speaker", "quote"]].iloc[rows].reset_index(drop=True)
    if "role" in quotes.columns:
        table["role"] = quotes["role"].iloc[rows].reset_index(drop=True)
    else:  # each speaker's role looked up once, not once per quotation
        codes, speakers = pd.factorize(table["speaker"])
        table["role"] = pd.Series(pd.Series(speakers).map(roles).array.take(codes, allow_fill=True))
    shown = meta.iloc[place[rows]].reset_index(drop=True)
    return pd.concat([table, shown[["outlet", "published", "url"]]], axis=1)


def latest_rows(table: pd.DataFrame, articles: pd.DataFrame, *, n: int,
                speech_only: bool = False) -> pd.DataFrame:
    """The `n` rows of `table` (quotes, market notes: `article_id`, `start`) from the most recently
    published `articles` (undated last), each article's rows in text order, with the article's
    `outlet` and `published`. `speech_only`: skip rows whose `is_speech` is false (missing counts as
    speech). Reads only as many articles' rows as it needs (a few, not the whole table), so `table` may be
    the whole store's table: only the rows of `articles` can be chosen."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"n must be a whole number >= 0, not {n!r}")
    ordered = articles[["article_id", "outlet", "published"]].sort_values(
        ["published", "article_id"], ascending=[False, True], na_position="last")
    take = max(n, 1) * 4
    while True:
        chosen = ordered.head(take)
        rows = table.take(np.flatnonzero(is_in(table["article_id"], chosen["article_id"]).to_numpy(dtype=bool)))
        if speech_only and "is_speech" in rows.columns:
            rows = rows[rows["is_speech"].fillna(True).astype(bool)]
        if len(rows) >= n or take >= len(ordered):
            break
        take *= 8
    return (rows.merge(chosen, on="article_id")
            .sort_values(["published", "article_id", "start"], ascending=[False, True, True], na_position="last")
            .head(n).reset_index(drop=True))


def safe_url(url: object) -> str | None:
    """`url` if it is an absolute http(s) address, else `None` (never a `javascript:` link in a table)."""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None



_PLAIN_WEB_URL = r"https?://[^/?#\[\]]+(?:[/?#].*)?"
"""A lower-case http(s) scheme, a host without brackets: `safe_url` keeps such a URL as it is when it is
also printable ASCII without spaces (checked apart)."""


def safe_urls(urls: pd.Series) -> pd.Series:
    """`urls.map(safe_url)`: the same values, index, name and dtype, the usual plain web addresses kept
    without parsing each (0.05 s for 10,000 links); only the others go through `safe_url`."""
    if urls.dtype != "str" or urls.empty:
        return urls.map(safe_url)
    plain = (urls.str.fullmatch(r"[!-~]+") & urls.str.fullmatch(_PLAIN_WEB_URL)).fillna(False).to_numpy(dtype=bool)
    if plain.all():
        return urls.copy()
    if not plain.any():
        return urls.map(safe_url)
    result = urls.copy()
    result[~plain] = urls[~plain].map(safe_url)
    return result


# ---------------------------------------------------------------------------------------------------------
# Downloads


def _slug(text: str, *, limit: int = 40) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return slug[:limit].rstrip("-") or "x"


def download_name(table: str, filters: Filters, *, extension: str = "csv") -> str:
    """A file name naming the table and the filters, safe on every file system, e.g.
    ``quotes_2025-02-12_to_2025-02-13_outlet-The-New-York-Sun.csv``."""
    if extension not in ("csv", "zip"):
        raise ValueError(f"extension must be 'csv' or 'zip', got {extension!r}")
    parts = [_slug(table)]
    if filters.date_from or filters.date_to:
        start = filters.date_from.isoformat() if filters.date_from else "start"
        end = filters.date_to.isoformat() if filters.date_to else "end"
        parts.append(f"{start}_to_{end}")
    if not filters.include_undated:
        parts.append("dated-only")
    if filters.outlets:
        parts.append("outlet-" + "+".join(_slug(o, limit=24) for o in filters.outlets[:3])
                     + (f"+{len(filters.outlets) - 3}-more" if len(filters.outlets) > 3 else ""))
    if filters.actor:
        parts.append("actor-" + _slug(filters.actor))
    if filters.keyphrase:
        parts.append("q-" + _slug(filters.keyphrase))
    if filters.syndicated_once:
        parts.append("once")
    if len(parts) == 1:
        parts.append("all")
    return "_".join(parts)[:180] + "." + extension


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` in which every text cell that a spreadsheet would run as a formula (it starts
    with =, +, -, @, tab or carriage return) is prefixed with a single quote, as OWASP recommends.
    Numeric columns are left alone: a negative number is a number, not a formula."""
    result = frame.copy()
    for column in result.columns:
        series = result[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series):
            continue
        if pd.api.types.is_bool_dtype(series):
            continue

        def neutral(value: object) -> object:
            if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
                return "'" + value
            return value

        result[column] = series.map(neutral).astype(object)
    return result


def _dates_for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    result = frame.copy()
    for column in result.columns:
        series = result[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            at_midnight = series.dropna().eq(series.dropna().dt.normalize()).all()
            text = series.dt.strftime("%Y-%m-%d" if at_midnight else "%Y-%m-%dT%H:%M:%S")
            result[column] = text.astype(object).where(series.notna(), None)
    return result


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """`frame` as an RFC 4180 CSV (CRLF rows, so a cell holding a bare CR or LF is quoted) in UTF-8 with a
    byte-order mark (spreadsheets then read the accents): exactly its rows and columns, no index, days as
    YYYY-MM-DD, formulas neutralised (see `neutralise_formulas`)."""
    safe = neutralise_formulas(_dates_for_csv(frame))
    buffer = io.StringIO()
    safe.to_csv(buffer, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    return buffer.getvalue().encode("utf-8-sig")


def corpus_zip(tables: Mapping[str, pd.DataFrame], filters: Filters) -> bytes:
    """One zip of every (already filtered) table as `<table>.csv`, plus `filters.txt` saying which
    filters produced it and the link parameters that restore them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in TABLE_NAMES:
            if name in tables:
                archive.writestr(f"{name}.csv", csv_bytes(tables[name]))
        query = "&".join(
            f"{key}={value}" for key, values in filters_to_query(filters).items()
            for value in ([values] if isinstance(values, str) else values)
        )
        archive.writestr("filters.txt", f"Filters: {filters.describe()}\nLink parameters: ?{query}\n")
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------------
# Reader view

HIGHLIGHT_STYLES: dict[str, str] = {
    "quote": "background-color:#fde68a;",
    "actor": "background-color:#bfdbfe;",
    "market": "background-color:#bbf7d0;",
}
"""Inline CSS per highlight kind (inline, because sanitised HTML keeps no stylesheet)."""


def article_html(text: str, highlights: pd.DataFrame) -> str:
    """`text` as HTML with every character escaped and the spans in `highlights` (columns `start`, `end`,
    `kind` in `HIGHLIGHT_STYLES`, optional `label` shown on hover) wrapped in `<mark>`.

    Offsets are character offsets into `text`; spans outside it are clipped. Overlapping spans nest: a
    stretch inside a quotation and an actor's name is marked as both (the shorter span innermost, so its
    colour shows). Nothing of `text` is ever interpreted as HTML: a `<script>` in an article shows as the
    characters `<script>`.
    """
    unknown = set(highlights.get("kind", pd.Series(dtype=object))) - set(HIGHLIGHT_STYLES)
    if unknown:
        raise ValueError(f"highlight kind must be one of {sorted(HIGHLIGHT_STYLES)}, got {sorted(unknown)}")
    spans = []
    for row in highlights.itertuples(index=False):
        start, end = int(max(0, row.start)), int(min(len(text), row.end))
        if start < end:
            spans.append((start, end, row.kind, str(getattr(row, "label", "") or "")))
    spans.sort(key=lambda s: (s[0], -s[1]))
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})

    out: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        piece = html.escape(text[left:right])
        covering = [s for s in spans if s[0] <= left and right <= s[1]]
        for _, _, kind, label in reversed(covering):  # longest (outermost) last, so it wraps the others
            title = f' title="{html.escape(label, quote=True)}"' if label else ""
            piece = f'<mark style="{HIGHLIGHT_STYLES[kind]}"{title}>{piece}</mark>'
        out.append(piece)
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="white-space:normal;line-height:1.6;">{body}</div>'


# ---------------------------------------------------------------------------------------------------------
# Uploads and pasted text (the "Add articles" page)


@dataclass(frozen=True, slots=True)
class StagedUpload:
    """One uploaded file: `name` is the user's file name (a label, never a path); `path` is where its bytes
    were written under a generated name, or `None` when it was refused for `reason`."""

    name: str
    path: Path | None
    reason: str | None = None


def stage_uploads(files: Iterable[tuple[str, bytes]], directory: Path, *, accepted_suffixes: Iterable[str],
                  max_bytes: int) -> list[StagedUpload]:
    """Write each uploaded `(file name, bytes)` into `directory` as `upload-NNN<suffix>`.

    Only the file name's suffix is kept (lower-cased, and only when it is in `accepted_suffixes`, e.g.
    ".txt"), so nothing the user names can reach another directory or overwrite a file. Files over
    `max_bytes` or of another type are refused with a reason instead of being written.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be a positive number of bytes, got {max_bytes!r}")
    accepted = {s.lower() for s in accepted_suffixes}
    directory.mkdir(parents=True, exist_ok=True)
    staged: list[StagedUpload] = []
    for index, (name, content) in enumerate(files, start=1):
        suffix = PurePath(name.replace("\\", "/")).suffix.lower()
        if suffix not in accepted:
            staged.append(StagedUpload(name, None, f"unsupported file type {suffix or '(none)'!r} "
                                                   f"(accepted: {', '.join(sorted(accepted))})"))
        elif len(content) > max_bytes:
            staged.append(StagedUpload(name, None, f"too large: {len(content):,} bytes; the upload limit is "
                                                   f"{max_bytes:,} bytes"))
        else:
            path = directory / f"upload-{index:03d}{suffix}"
            path.write_bytes(content)
            staged.append(StagedUpload(name, path))
    return staged


def pasted_article_jsonl(*, text: str, title: str = "", outlet: str = "", published: date | None = None,
                         url: str = "") -> str:
    """One pasted article as a JSON Lines record (`text`, `title`, `outlet`, `published` as YYYY-MM-DD,
    `url`), the collection format the ingest reads; empty fields are left out."""
    if not text.strip():
        raise ValueError("text must contain the article's words; it is empty")
    record = {"text": text, "title": title.strip(), "outlet": outlet.strip(),
              "published": published.isoformat() if published else "", "url": url.strip()}
    return json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n"
