"""Corpus-level keyphrase figures for the dashboard: the ranking of the filtered corpus's keyphrases and
their trend over time, on integer codes (100,000 articles: 2,000,000 keyword rows).

The article ids and keyphrases are factorised once per call, names are made canonical once per distinct
phrase (`_canonical_of`), and the best-ranked row per article and name is found with numpy. Rankings and
trends are then grouped by pandas in a fixed row order. `tests/trend_reference.py` keeps the plain pandas
versions (a canonical name per keyword row, repeats dropped by sorting strings: 3-4 s each at 100,000
articles); `tests/test_trends.py` checks that both give the same figures to the last bit.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis import keywords as kw
from analysis import views

__all__ = ["corpus_ranking", "keyphrase_trend"]


@dataclass(frozen=True)
class _Prepared:
    """The keyword rows of the chosen articles, one per article and canonical name (the best-ranked),
    ordered by article id (A-Z), then rank."""

    article_ids: np.ndarray
    """Distinct article ids, A-Z; `article` indexes them."""
    article: np.ndarray
    names: np.ndarray
    """Canonical keyphrase names; `name` indexes them."""
    name: np.ndarray
    score: np.ndarray
    rank: np.ndarray


def _canonical_of(phrases: list[str], counts: np.ndarray) -> list[str]:
    """The canonical name of each of `phrases` (distinct, in order of first appearance in the table), given
    how many rows each has: phrases sharing a `phrase_key` (after actor aliases and compound spellings are
    merged) take their most common spelling ("cease-fire"/"ceasefire"), near-identical names merge
    (`keywords._merge_spellings`), and a one-word name that is the last word of exactly one longer name
    becomes that name ("Putin" -> "Vladimir Putin")."""
    aliases = kw.load_actor_aliases(kw.ACTORS_PATH)
    aliased = [aliases.get(kw.phrase_key(p), p) for p in phrases]
    n_of: dict[str, int] = {}
    for phrase, n in zip(aliased, counts.tolist()):
        n_of[phrase] = n_of.get(phrase, 0) + n
    distinct = list(n_of)  # first appearance order, as `Series.unique()` gives it
    key_of = dict(zip(distinct, kw._merge_compounds([kw.phrase_key(p) for p in distinct])))
    frequency: dict[str, int] = {}
    best: dict[str, tuple[int, str]] = {}
    for phrase in distinct:
        key, n = key_of[phrase], n_of[phrase]
        frequency[key] = frequency.get(key, 0) + n
        held = best.get(key)
        if held is None or n > held[0] or (n == held[0] and phrase < held[1]):
            best[key] = (n, phrase)
    spelling = {key: best[key][1] for key in sorted(best)}
    is_name = {key: kw._is_name(phrase.split()) for key, phrase in spelling.items()}
    spelling = kw._merge_spellings(spelling, [k for k, name in is_name.items() if name and " " in k], frequency)
    by_surname: dict[str, set[str]] = {}
    for key, phrase in spelling.items():
        if is_name[key] and " " in key:
            by_surname.setdefault(key.rsplit(" ", 1)[1], set()).add(phrase)
    canonical = {}
    for key, phrase in spelling.items():
        longer = by_surname.get(key, set()) if is_name[key] and " " not in key else set()
        canonical[key] = next(iter(longer)) if len(longer) == 1 else phrase
    return [canonical[key_of[a]] for a in aliased]


_last: list[tuple[weakref.ref, weakref.ref, _Prepared]] = []
"""The last `_prepared` result and the two frames it came from: a page asks for the ranking and the
trend of the same filtered frames one after the other (the frames are never modified in place)."""
_last_lock = threading.Lock()


def _prepared(keywords: pd.DataFrame, articles: pd.DataFrame) -> _Prepared:
    with _last_lock:
        if _last and _last[0][0]() is keywords and _last[0][1]() is articles:
            return _last[0][2]
    result = _prepared_now(keywords, articles)
    with _last_lock:
        _last[:] = [(weakref.ref(keywords), weakref.ref(articles), result)]
    return result


def _prepared_now(keywords: pd.DataFrame, articles: pd.DataFrame) -> _Prepared:
    kw._require_columns(keywords, kw.KEYWORD_COLUMNS, "keywords")
    kw._require_columns(articles, ("article_id",), "articles")
    codes, ids = pd.factorize(keywords["article_id"], sort=True)
    chosen = views.is_in(pd.Series(ids), articles["article_id"]).to_numpy(dtype=bool)
    rows = np.flatnonzero((codes >= 0) & chosen[np.maximum(codes, 0)])
    article = codes[rows]
    all_codes, all_phrases = pd.factorize(keywords["keyphrase"], use_na_sentinel=False)
    kept_codes = all_codes[rows]
    present = pd.unique(kept_codes)  # in order of first appearance among the kept rows
    local = np.full(len(all_phrases), -1, dtype=np.int64)
    local[present] = np.arange(len(present))
    phrase_codes = local[kept_codes]
    phrases = [str(p) for p in np.asarray(all_phrases, dtype=object)[present]]
    counts = np.bincount(phrase_codes, minlength=len(phrases))
    names, name_of_phrase = np.unique(np.asarray(_canonical_of(list(phrases), counts), dtype=object),
                                      return_inverse=True)
    name = name_of_phrase.reshape(-1)[phrase_codes] if len(phrases) else phrase_codes
    rank = keywords["rank"].to_numpy()[rows]
    score = keywords["score"].to_numpy()[rows]
    # by article id, then rank; stable, so ties keep the table's order (as `sort_values` does)
    low = int(rank.min()) if len(rank) else 0
    order = np.argsort(article.astype(np.int64) * (int(rank.max()) - low + 1 if len(rank) else 1) + (rank - low),
                       kind="stable")
    pair = article[order].astype(np.int64) * max(len(names), 1) + name[order]
    kept = order[~pd.Series(pair).duplicated().to_numpy()]  # the best-ranked row per article and name
    return _Prepared(np.asarray(ids, dtype=object), article[kept], names, name[kept], score[kept], rank[kept])


def corpus_ranking(keywords: pd.DataFrame, articles: pd.DataFrame, *, top: int = 50) -> pd.DataFrame:
    """The keyphrases of the corpus `articles` (already filtered) best first, at most `top` rows.

    - `n_articles`: articles whose keyphrases (their top 20) include it; `share` = n_articles / all
      articles in `articles` (0-1).
    - `mean_score`: mean YAKE score over those articles (lower is more relevant).
    - `corpus_score` (0-1, higher is better) = share x (1 + mean relevance) / 2, where an article's
      relevance is (K + 1 - rank) / K, K the longest keyphrase list (20): 1 for its best keyphrase,
      1/K for its last. Document frequency dominates; ranks order phrases shared equally widely. A
      one-word keyphrase in lower case is then scaled by `keywords.generic_word_factor`, so "war" or
      "call" does not outrank the named topics of the story.
    """
    if not isinstance(top, int) or top < 1:
        raise ValueError(f"top must be an int >= 1 (rows), got {top!r}")
    kept = _prepared(keywords, articles)
    n_total = articles["article_id"].nunique()
    if len(kept.name) == 0 or n_total == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
            kw.RANKING_COLUMNS, ("object", "int64", "float64", "float64", "float64"))})
    depth = max(int(kept.rank.max()), 1)
    frame = pd.DataFrame({"name": kept.name, "score": kept.score, "relevance": (depth + 1 - kept.rank) / depth})
    table = frame.groupby("name").agg(n_articles=("score", "size"), mean_score=("score", "mean"),
                                      relevance=("relevance", "mean"))
    table.insert(0, "keyphrase", pd.Series(kept.names[table.index.to_numpy()], index=table.index, dtype="str"))
    table = table.reset_index(drop=True)
    table["share"] = table["n_articles"] / n_total
    table["corpus_score"] = table["share"] * (1 + table["relevance"]) / 2 * kw.generic_word_factor(table["keyphrase"])
    table = table.sort_values(["corpus_score", "n_articles", "mean_score", "keyphrase"],
                              ascending=[False, False, True, True]).head(top)
    return table[list(kw.RANKING_COLUMNS)].reset_index(drop=True).astype({"n_articles": "int64"})


def keyphrase_trend(keywords: pd.DataFrame, articles: pd.DataFrame, phrases: Sequence[str], *,
                    freq: str = "D", by_outlet: bool = False) -> pd.DataFrame:
    """For each of `phrases`, per day (`freq="D"`) or week (`"W"`, Monday to Sunday, `period` = the
    Monday) [and outlet], the articles having it among their keyphrases (`n_articles`) and their share
    (0-1) of all articles of that period [and outlet]. Periods with articles but no mention give 0;
    undated articles are left out; a phrase matches whatever spelling variant the table holds
    ("ceasefire" finds "cease-fire", "Putin" finds "Vladimir Putin")."""
    if freq not in kw.FREQS:
        raise ValueError(f"freq must be one of {', '.join(repr(f) for f in kw.FREQS)} (day, week), got {freq!r}")
    if isinstance(phrases, str):
        raise TypeError("phrases must be a sequence of phrases, not one string; wrap it in a list")
    kw._require_columns(articles, ("article_id", "published", *(("outlet",) if by_outlet else ())), "articles")
    columns = ["period", "keyphrase", *(["outlet"] if by_outlet else []), "n_articles", "share"]
    has_day = articles["published"].notna()
    dated = articles if has_day.all() else articles[has_day]  # the same frame when all are dated: see `_last`
    if dated.empty or not phrases:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(columns, kw._trend_dtypes(by_outlet))})
    kept = _prepared(keywords, dated)
    dated = dated.assign(period=kw._period(pd.to_datetime(dated["published"]), freq))
    groups = ["period", *(["outlet"] if by_outlet else [])]
    totals = dated.groupby(groups, dropna=False).size().rename("n_total").reset_index()
    present = kept.names[np.unique(kept.name)] if len(kept.name) else np.array([], dtype=object)
    frames = []
    for phrase in phrases:
        matches = kw._match_keyphrases(phrase, present)
        wanted = np.isin(kept.names, np.asarray(matches, dtype=object)) if matches else np.zeros(len(kept.names), bool)
        hit_ids = kept.article_ids[np.unique(kept.article[wanted[kept.name]])] if len(kept.name) else []
        hit = views.is_in(dated["article_id"], pd.Series(hit_ids, dtype=object)).to_numpy(dtype=bool)
        hits = (dated[hit].groupby(groups, dropna=False)["article_id"]
                .nunique().rename("n_articles").reset_index())
        frame = totals.merge(hits, on=groups, how="left")
        frame["keyphrase"] = phrase
        frames.append(frame)
    trend = pd.concat(frames, ignore_index=True)
    trend["n_articles"] = trend["n_articles"].fillna(0).astype("int64")
    trend["share"] = trend["n_articles"] / trend["n_total"]
    trend = trend.sort_values(["keyphrase", *groups], kind="stable")
    return trend[columns].reset_index(drop=True)
