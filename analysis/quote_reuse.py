"""The same quotation across articles, grouped in near-linear time.

`quote_reuse(quotes, articles)` gives one row per repeated quotation (columns `QUOTE_REUSE_COLUMNS`).
Quotations are hashed on their normalised words first (equal wordings join at once); the rest are
compared only with the groups that share a word n-gram with them (an inverted index from n-grams to
groups), so a corpus's quotations are not compared pairwise.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

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


@dataclass
class _Group:
    key: str
    quote: str
    articles: dict = field(default_factory=dict)
    speakers: Counter = field(default_factory=Counter)


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
    from rapidfuzz import fuzz

    table = quotes
    if "is_speech" in table.columns:
        table = table[table["is_speech"].fillna(False).astype(bool)]
    if "nested" in table.columns:
        table = table[~table["nested"].fillna(False).astype(bool)]
    speakers = table["speaker"] if "speaker" in table.columns else pd.Series([None] * len(table))
    norms: dict[str, str] = {}
    items = []
    for quote, article_id, speaker in zip(table["quote"], table["article_id"], speakers):
        quote = str(quote)
        norm = norms.get(quote)
        if norm is None:
            norm = norms[quote] = normalise_quote(quote)
        if norm:
            items.append((norm, quote, article_id, None if speaker is None or pd.isna(speaker) else speaker))
    items.sort(key=lambda item: -len(item[0]))

    groups: list[_Group] = []
    by_key: dict[str, int] = {}
    by_gram: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    home_of: dict[str, int] = {}

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
        for g in sorted(set().union(*rare)):
            key = groups[g].key
            if norm in key or fuzz.partial_ratio(norm, key) >= similarity:
                return g
        return None

    for norm, quote, article_id, speaker in items:
        home = by_key.get(norm)
        if home is None:
            home = home_of.get(norm)
        if home is None:
            home = find_home(norm)
            if home is None:
                home = len(groups)
                groups.append(_Group(norm, quote))
                by_key[norm] = home
                words = norm.split()
                for gram in _grams(words):
                    by_gram[gram].append(home)
                for word in set(words):
                    by_word[word].append(home)
            home_of[norm] = home
        group = groups[home]
        group.articles[article_id] = None
        if speaker is not None:
            group.speakers[speaker] += 1

    meta = articles.drop_duplicates("article_id").set_index("article_id")
    published = (pd.to_datetime(meta["published"], errors="coerce") if "published" in meta.columns
                 else pd.Series(pd.NaT, index=meta.index))
    dates = {i: d for i, d in published.items() if not pd.isna(d)}
    outlets = ({i: str(o) for i, o in meta["outlet"].items() if o is not None and not pd.isna(o) and str(o)}
               if "outlet" in meta.columns else {})
    rows = []
    for group in groups:
        ids = list(group.articles)
        dated = [dates[i] for i in ids if i in dates]
        first = min(dated) if dated else None
        ordered = sorted(ids, key=lambda i: (i not in dates, dates.get(i, pd.Timestamp.max), str(i)))
        names = sorted({outlets[i] for i in ids if i in outlets})
        rows.append((group.quote, group.speakers.most_common(1)[0][0] if group.speakers else None,
                     len(ids), ", ".join(names), pd.Timestamp(first).date() if first is not None else None,
                     ", ".join(map(str, ordered))))
    frame = pd.DataFrame(rows, columns=list(QUOTE_REUSE_COLUMNS))
    frame = frame[frame["n_articles"] >= min_articles]
    frame["n_articles"] = frame["n_articles"].astype("int64")
    frame = frame.sort_values(["n_articles", "first_seen", "quote"], ascending=[False, True, True],
                              na_position="last").reset_index(drop=True)
    return frame if len(frame) else empty
