"""The straightforward pandas versions of `analysis.trends.corpus_ranking` and `keyphrase_trend`.

They were the dashboard's functions before `analysis.trends` computed the same frames on integer codes (3 s -> 0.6 s
at 100,000 articles); the tests keep them as the reference the fast versions must equal exactly.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.keywords import (
    ACTORS_PATH,
    FREQS,
    KEYWORD_COLUMNS,
    RANKING_COLUMNS,
    _is_name,
    _match_keyphrases,
    _merge_compounds,
    _merge_spellings,
    _period,
    _require_columns,
    _trend_dtypes,
    generic_word_factor,
    load_actor_aliases,
    phrase_key,
)


def _canonical_names(keywords: pd.DataFrame) -> pd.Series:
    """One name per keyphrase across articles: phrases sharing a `phrase_key` take their most common
    spelling ("cease-fire"/"ceasefire"), near-identical names merge (`_merge_spellings`), and a
    one-word name that is the last word of exactly one longer name in the table becomes that name
    ("Putin" -> "Vladimir Putin")."""
    if keywords.empty:
        return pd.Series([], index=keywords.index, dtype="object")
    phrases = keywords["keyphrase"].astype(str)
    aliases = load_actor_aliases(ACTORS_PATH)
    phrases = phrases.map({p: aliases.get(phrase_key(p), p) for p in phrases.unique()})
    key_of = {phrase: phrase_key(phrase) for phrase in phrases.unique()}
    key_of = {phrase: key for phrase, key in zip(key_of, _merge_compounds(list(key_of.values())))}
    keys = phrases.map(key_of)
    counts = pd.DataFrame({"key": keys, "phrase": phrases}).value_counts().reset_index(name="n")
    spelling = (counts.sort_values(["key", "n", "phrase"], ascending=[True, False, True])
                .drop_duplicates("key").set_index("key")["phrase"].to_dict())
    is_name = {key: _is_name(phrase.split()) for key, phrase in spelling.items()}
    spelling = _merge_spellings(spelling, [k for k, name in is_name.items() if name and " " in k],
                                keys.value_counts().to_dict())
    by_surname: dict[str, set[str]] = {}
    for key, phrase in spelling.items():
        if is_name[key] and " " in key:
            by_surname.setdefault(key.rsplit(" ", 1)[1], set()).add(phrase)
    canonical = {}
    for key, phrase in spelling.items():
        longer = by_surname.get(key, set()) if is_name[key] and " " not in key else set()
        canonical[key] = next(iter(longer)) if len(longer) == 1 else phrase
    return keys.map(canonical)


def _prepared(keywords: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """`keywords` of the articles in `articles`, with canonical keyphrase names, one row per article
    and keyphrase (the best-ranked if merging made two)."""
    _require_columns(keywords, KEYWORD_COLUMNS, "keywords")
    _require_columns(articles, ("article_id",), "articles")
    kept = keywords[keywords["article_id"].isin(set(articles["article_id"]))].copy()
    kept["keyphrase"] = _canonical_names(kept)
    return kept.sort_values(["article_id", "rank"]).drop_duplicates(["article_id", "keyphrase"])


def corpus_ranking(keywords: pd.DataFrame, articles: pd.DataFrame, *, top: int = 50) -> pd.DataFrame:
    """The keyphrases of the corpus `articles` (already filtered) best first, at most `top` rows.

    - `n_articles`: articles whose keyphrases (their top 20) include it; `share` = n_articles / all
      articles in `articles` (0-1).
    - `mean_score`: mean YAKE score over those articles (lower is more relevant).
    - `corpus_score` (0-1, higher is better) = share x (1 + mean relevance) / 2, where an article's
      relevance is (K + 1 - rank) / K, K the longest keyphrase list (20): 1 for its best keyphrase,
      1/K for its last. Document frequency dominates, so phrases many articles share come first; the
      ranks inside the articles order phrases shared equally widely (and can at most halve a score).
      A one-word keyphrase in lower case (a general word, not a name) is then scaled down by how
      common the word is in English (`GENERIC_ZIPF`), so "war" or "call" does not outrank the named
      topics of the story.
    """
    if not isinstance(top, int) or top < 1:
        raise ValueError(f"top must be an int >= 1 (rows), got {top!r}")
    kept = _prepared(keywords, articles)
    n_total = articles["article_id"].nunique()
    if kept.empty or n_total == 0:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
            RANKING_COLUMNS, ("object", "int64", "float64", "float64", "float64"))})
    depth = max(int(kept["rank"].max()), 1)
    kept["relevance"] = (depth + 1 - kept["rank"]) / depth
    table = kept.groupby("keyphrase").agg(n_articles=("article_id", "nunique"), mean_score=("score", "mean"),
                                          relevance=("relevance", "mean")).reset_index()
    table["share"] = table["n_articles"] / n_total
    table["corpus_score"] = table["share"] * (1 + table["relevance"]) / 2 * generic_word_factor(table["keyphrase"])
    table = table.sort_values(["corpus_score", "n_articles", "mean_score", "keyphrase"],
                              ascending=[False, False, True, True]).head(top)
    return table[list(RANKING_COLUMNS)].reset_index(drop=True).astype({"n_articles": "int64"})


def keyphrase_trend(keywords: pd.DataFrame, articles: pd.DataFrame, phrases: Sequence[str], *,
                    freq: str = "D", by_outlet: bool = False) -> pd.DataFrame:
    """For each of `phrases`, per day (`freq="D"`) or week (`"W"`, Monday to Sunday, `period` = the
    Monday), [and per outlet,] how many articles have it among their keyphrases (`n_articles`) and
    which share (0-1) of all articles of that period [and outlet] that is. Periods with articles but
    no mention give 0; undated articles are left out; a phrase matches whatever spelling variant the
    table holds ("ceasefire" finds "cease-fire", "Putin" finds "Vladimir Putin")."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(repr(f) for f in FREQS)} (day, week), got {freq!r}")
    if isinstance(phrases, str):
        raise TypeError("phrases must be a sequence of phrases, not one string; wrap it in a list")
    _require_columns(articles, ("article_id", "published", *(("outlet",) if by_outlet else ())), "articles")
    columns = ["period", "keyphrase", *(["outlet"] if by_outlet else []), "n_articles", "share"]
    dated = articles.dropna(subset=["published"])
    if dated.empty or not phrases:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(columns, _trend_dtypes(by_outlet))})
    dated = dated.assign(period=_period(pd.to_datetime(dated["published"]), freq))
    groups = ["period", *(["outlet"] if by_outlet else [])]
    totals = dated.groupby(groups, dropna=False).size().rename("n_total").reset_index()
    kept = _prepared(keywords, dated)
    wanted = {phrase: _match_keyphrases(phrase, kept["keyphrase"].unique()) for phrase in phrases}
    frames = []
    for phrase, matches in wanted.items():
        hit_ids = set(kept.loc[kept["keyphrase"].isin(matches), "article_id"])
        hits = (dated[dated["article_id"].isin(hit_ids)].groupby(groups, dropna=False)["article_id"]
                .nunique().rename("n_articles").reset_index())
        frame = totals.merge(hits, on=groups, how="left")
        frame["keyphrase"] = phrase
        frames.append(frame)
    trend = pd.concat(frames, ignore_index=True)
    trend["n_articles"] = trend["n_articles"].fillna(0).astype("int64")
    trend["share"] = trend["n_articles"] / trend["n_total"]
    trend = trend.sort_values(["keyphrase", *groups], kind="stable")
    return trend[columns].reset_index(drop=True)
