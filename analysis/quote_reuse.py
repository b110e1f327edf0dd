"""The same quotation across articles, grouped in near-linear time.

`quote_reuse(quotes, articles)` gives one row per repeated quotation (columns `QUOTE_REUSE_COLUMNS`).
Quotations are hashed on their normalised words first (equal wordings join at once); the rest are
compared only with the groups that share a word n-gram with them (an inverted index from n-grams to
groups), so a corpus's quotations are not compared pairwise. Each distinct wording is normalised and
placed once (800,000 quotations of a 100,000-article store hold far fewer wordings), and the articles,
outlets and speakers of every group are counted on integer codes, not row by row.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.quotes import normalise_quote

__all__ = ["QUOTE_REUSE_COLUMNS", "quote_reuse"]

QUOTE_REUSE_COLUMNS: tuple[str, ...] = ("quote", "speaker", "n_articles", "outlets", "first_seen", "article_ids")

_GRAM = 3
"""Word n-gram length of the candidate index. A quotation of four words or more that one group's key
contains, or matches at 90 % or more, shares at least one word 3-gram with it in practice."""

_COMMON_GRAM = 200
"""An n-gram found in more groups than this is too common to pick candidates with (stock phrases such as
"we will not"); a quotation whose n-grams are all this common uses its rarest one."""


@dataclass(frozen=True)
class _Group:
    key: str
    """The normalised words the group was founded with (what later wordings are compared with)."""
    quote: str
    """The wording of its first (longest) quotation."""


def _grams(words: list[str]) -> set[str]:
    if len(words) < _GRAM:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + _GRAM]) for i in range(len(words) - _GRAM + 1)}


def quote_reuse(quotes: pd.DataFrame, articles: pd.DataFrame, *, min_articles: int = 1,
                similarity: float = 90.0) -> pd.DataFrame:
    """The same quotation across articles, one row each, most widely quoted first.

    Quotations are the same when their normalised words (`normalise_quote`) are equal, one contains the
    other, or one matches a stretch of the other at least `similarity` percent (rapidfuzz partial ratio,
    0-100; only for quotations of four words or more). A quotation of fewer than four words is contained
    in another only on word boundaries ("ice" is not in "price rises"). Only speech (`is_speech`) counts.
    Columns: `quote` (its longest wording), `speaker` (the most frequent attribution), `n_articles`,
    `outlets` (sorted, joined with ", "; unknown outlets left out), `first_seen` (the earliest publication
    date, None when no article has one), `article_ids` (joined with ", ", earliest first).

    Longest quotations come first and each joins the earliest group that takes it, as when every
    quotation is compared with every group; only groups sharing a word 3-gram (or, for quotations of
    fewer than four words, their rarest word) are compared, so the cost grows about linearly.
    """
    if not isinstance(min_articles, int) or min_articles < 1:
        raise ValueError(f"min_articles: expected a whole number of at least 1, got {min_articles!r}")
    if not 0 <= float(similarity) <= 100:
        raise ValueError(f"similarity: expected a percentage from 0 to 100, got {similarity!r}")
    missing = [c for c in ("article_id", "quote") if c not in quotes.columns]
    if missing:
        raise ValueError(f"quotes: missing column(s) {', '.join(missing)}")
    if "article_id" not in articles.columns:
        raise ValueError("articles: missing column article_id")
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in QUOTE_REUSE_COLUMNS})
    empty["n_articles"] = empty["n_articles"].astype("int64")
    if len(quotes) == 0:
        return empty
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import LCSseq

    counted = np.ones(len(quotes), dtype=bool)  # a mask, not a copy of the table (800,000 rows at 100,000 articles)
    if "is_speech" in quotes.columns:
        counted &= quotes["is_speech"].fillna(False).astype(bool).to_numpy()
    if "nested" in quotes.columns:
        counted &= ~quotes["nested"].fillna(False).astype(bool).to_numpy()

    # Each distinct wording is normalised once; a normalised form's first row in the processing order
    # (longest first, then table order) names its group.
    all_codes, all_wordings = pd.factorize(quotes["quote"], use_na_sentinel=False)
    used = np.unique(all_codes[counted])
    wordings = [str(all_wordings[i]) for i in used.tolist()]
    wording_of = np.full(len(all_wordings), -1, dtype=np.int64)
    wording_of[used] = np.arange(len(used))
    quote_codes = wording_of[all_codes]
    norm_of_wording, norms = pd.factorize(pd.Series([normalise_quote(w) for w in wordings], dtype=object),
                                          use_na_sentinel=False)
    norm_lengths = np.fromiter((len(n) for n in norms), dtype=np.int64, count=len(norms))
    rows = np.flatnonzero(counted)
    rows = rows[norm_lengths[norm_of_wording[quote_codes[rows]]] > 0] if len(norms) else rows[:0]
    if len(rows) == 0:
        return empty
    quote_codes = quote_codes[rows]
    norm_code = norm_of_wording[quote_codes]
    order = np.lexsort((rows, -norm_lengths[norm_code]))  # the processing order: longest first, stable
    present, first = np.unique(norm_code[order], return_index=True)
    first_row = np.empty(len(norms), dtype=np.int64)  # per normalised form, its first row in that order
    first_row[present] = order[first]
    first_of_norm = present[np.argsort(first)]  # normalised forms in the order they are met

    groups: list[_Group] = []
    by_gram: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)

    def find_home(norm: str) -> int | None:
        words = norm.split()
        if len(words) < 4:
            postings = min((by_word.get(w, ()) for w in words), key=len)
            padded = f" {norm} "
            return next((g for g in postings if padded in f" {groups[g].key} "), None)
        lists = [by_gram[g] for g in _grams(words) if g in by_gram]
        if not lists:
            return None
        rare = [p for p in lists if len(p) <= _COMMON_GRAM] or [min(lists, key=len)]
        candidates = sorted(set().union(*rare))
        keys = [groups[g].key for g in candidates]
        # A stretch matching at `similarity` % shares at least similarity / (200 - similarity) of the
        # shorter string's characters, in order, with the other (ratio = 2 * LCS / (len + stretch)), and
        # a containing key shares all of them: the longest common subsequences, bit-parallel in one call,
        # rule most candidates out before the slower partial_ratio.
        common = process.cdist([norm], keys, scorer=LCSseq.similarity, dtype=np.int32, workers=1)[0]
        shorter = np.minimum(len(norm), np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)))
        for i in np.flatnonzero(common * (200 - similarity) >= similarity * shorter - 1e-6).tolist():
            if norm in keys[i] or fuzz.partial_ratio(norm, keys[i], score_cutoff=similarity) >= similarity:
                return candidates[i]
        return None

    home_of_norm = np.empty(len(norms), dtype=np.int64)
    for code in first_of_norm.tolist():
        norm = norms[code]
        home = find_home(norm)
        if home is None:
            home = len(groups)
            groups.append(_Group(norm, wordings[quote_codes[first_row[code]]]))
            words = norm.split()
            for gram in _grams(words):
                by_gram[gram].append(home)
            for word in set(words):
                by_word[word].append(home)
        home_of_norm[code] = home
    group_of_row = home_of_norm[norm_code]
    return _summaries(groups, group_of_row, quotes, rows, order, articles, min_articles, empty)


def _summaries(groups: list[_Group], group_of_row: np.ndarray, quotes: pd.DataFrame, rows: np.ndarray,
               order: np.ndarray, articles: pd.DataFrame, min_articles: int, empty: pd.DataFrame) -> pd.DataFrame:
    """One row per group: its quote, most frequent speaker (ties: the first met in `order`), articles,
    outlets, first day and article ids (earliest first). `group_of_row` gives the group of each of
    `quotes`' `rows`. Works on integer codes of articles and speakers."""
    n_groups = len(groups)
    article_code, ids = pd.factorize(quotes["article_id"], use_na_sentinel=False)
    article_code = article_code[rows]
    meta = articles.drop_duplicates("article_id")
    at = pd.Index(meta["article_id"]).get_indexer(ids)  # each quoted article's row in `meta`, -1 when absent
    known = at >= 0
    published = (pd.to_datetime(meta["published"], errors="coerce") if "published" in meta.columns
                 else pd.Series(pd.NaT, index=meta.index, dtype="datetime64[ns]"))
    day = pd.Series(published.to_numpy()[np.maximum(at, 0)]).where(known)
    undated = day.isna().to_numpy()
    day_value = day.to_numpy(dtype="datetime64[ns]").astype(np.int64)
    id_text = (ids.to_numpy(dtype=object).tolist() if pd.api.types.is_string_dtype(ids.dtype)
               else [str(i) for i in ids])
    id_order = np.empty(len(ids), dtype=np.int64)
    id_order[np.argsort(np.asarray(id_text, dtype=object), kind="stable")] = np.arange(len(ids))

    n_ids = max(len(ids), 1)
    pairs = np.sort(pd.unique(group_of_row.astype(np.int64) * n_ids + article_code))
    pair_group, pair_article = pairs // n_ids, pairs % n_ids
    ranked = np.lexsort((id_order[pair_article], day_value[pair_article], undated[pair_article], pair_group))
    pair_group, pair_article = pair_group[ranked], pair_article[ranked]
    n_articles = np.bincount(pair_group, minlength=n_groups)
    article_ids = _joined(np.asarray(id_text, dtype=object)[pair_article], n_articles)
    dated = ~undated[pair_article]
    first = (pd.Series(day_value[pair_article][dated].astype("datetime64[ns]")).groupby(pair_group[dated]).min()
             .reindex(range(n_groups)))

    outlet = np.full(len(ids), None, dtype=object)  # each quoted article's outlet; None when unknown or empty
    if "outlet" in meta.columns:
        names = meta["outlet"].astype("string").to_numpy(dtype=object, na_value=None)
        names[names == ""] = None
        outlet[known] = names[at[known]]
    outlet_code, outlet_names = pd.factorize(pd.Series(outlet, dtype=object), sort=True)
    with_outlet = outlet_code[pair_article] >= 0
    n_outlets = max(len(outlet_names), 1)
    named = np.sort(pd.unique(pair_group[with_outlet] * n_outlets + outlet_code[pair_article][with_outlet]))
    outlets = _joined(np.asarray(outlet_names, dtype=object)[named % n_outlets],
                      np.bincount(named // n_outlets, minlength=n_groups))

    if "speaker" in quotes.columns:
        speaker_code, speaker_names = pd.factorize(quotes["speaker"])
        speaker_code = speaker_code[rows]
    else:
        speaker_code, speaker_names = np.full(len(rows), -1), []
    position = np.empty(len(order), dtype=np.int64)
    position[order] = np.arange(len(order))
    said = pd.DataFrame({"group": group_of_row, "speaker": speaker_code, "position": position})
    said = said[said["speaker"] >= 0]
    counted = said.groupby(["group", "speaker"], sort=False).agg(n=("position", "size"), first=("position", "min"))
    counted = counted.reset_index().sort_values(["group", "n", "first"], ascending=[True, False, True], kind="stable")
    top = counted.drop_duplicates("group").set_index("group")["speaker"].reindex(range(n_groups)).to_numpy()
    top_speaker = np.full(n_groups, None, dtype=object)
    said_by = ~np.isnan(top)
    top_speaker[said_by] = np.asarray(speaker_names, dtype=object)[top[said_by].astype(np.int64)]

    rows = [(group.quote, speaker, n, names, None if pd.isna(value) else pd.Timestamp(value).date(), joined)
            for group, speaker, n, names, value, joined in zip(groups, top_speaker.tolist(), n_articles.tolist(), outlets,
                                                               first.tolist(), article_ids)]
    frame = pd.DataFrame(rows, columns=list(QUOTE_REUSE_COLUMNS))
    frame = frame[frame["n_articles"] >= min_articles]
    frame["n_articles"] = frame["n_articles"].astype("int64")
    frame = frame.sort_values(["n_articles", "first_seen", "quote"], ascending=[False, True, True],
                              na_position="last").reset_index(drop=True)
    return frame if len(frame) else empty


def _joined(values: list[str] | np.ndarray, counts: np.ndarray) -> list[str]:
    """`values` (sorted by group, `counts[g]` of them for group g) joined with ", " per group."""
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    strings = pa.array(values, type=pa.large_string())
    lists = pa.LargeListArray.from_arrays(pa.array(offsets), strings)
    return pc.binary_join(lists, pa.scalar(", ", type=pa.large_string())).to_pylist()
