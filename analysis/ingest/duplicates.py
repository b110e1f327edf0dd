"""Article identity: exact ids from the normalised text, and near duplicates by shingle overlap.

Near duplicate: an article whose set of word 3-shingles (runs of three consecutive words, case-folded,
split at whitespace) has Jaccard similarity >= `NEAR_DUPLICATE_THRESHOLD` (0.4) with an earlier
article's. At 0.4 about 57 % of the two articles' distinct three-word runs are shared. A syndicated copy with
a new headline and a rewritten intro, or light edits every eight to ten words, stays above it; two
independent reports of the same event (same names, quotes and numbers, own wording) score 0.01-0.03
(the five samples, all on the Trump-Putin calls, score at most 0.027 against each other).

Scale: candidate pairs come from MinHash signatures (126 hashes in 42 bands of 3 rows: a pair at
Jaccard 0.4 becomes a candidate with probability 0.94, at 0.5 with 0.996, at 0.7 (a typical syndicated
copy) with certainty in practice; two reports of the same event at 0.03 with probability 0.001, which
keeps a 100,000-article corpus on one story tractable). Shingles found in more than 1 % of the
articles (boilerplate, stock phrases) are left out of the signatures, so templated text does not make
every pair a candidate. Candidates whose signature estimate is far below the threshold are dropped,
and the rest have their Jaccard computed exactly (over all shingles), so the threshold is applied to
the true similarity. Cost is linear in the total text length; see `bench/ingest.py`.
"""
from __future__ import annotations

import hashlib
import zlib

import numpy as np
import pandas as pd

NEAR_DUPLICATE_THRESHOLD = 0.4
"""Jaccard similarity of word 3-shingle sets at or above which a later article is a near duplicate."""
SHINGLE_WORDS = 3
MIN_SHINGLES = 10
"""Texts with fewer distinct shingles (about a dozen words) are never marked: too short to call a copy."""
NUM_HASHES = 126
_ROWS = 3
_BANDS = NUM_HASHES // _ROWS
_MAX_BUCKET_PAIRS = 64
"""Members of one LSH bucket are paired with at most this many next members (see `_candidate_pairs`)."""
COMMON_SHINGLE_SHARE = 0.01
"""Shingles in more than this share of the articles are ignored when looking for candidates."""
_COUNTER_SIZE = 1 << 22
_FEW_TEXTS = 2000
"""Up to this many texts, shingles are counted by sorting (`_bucket_counts`) rather than in the table."""
_ESTIMATE_MARGIN = 0.15
"""Candidates whose MinHash estimate is below threshold - 0.15 (over 3 standard errors at 126 hashes)
are dropped before the exact Jaccard is computed."""
_MASK = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20250212)
_A = _rng.integers(1, (1 << 61) - 1, size=NUM_HASHES, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, (1 << 61) - 1, size=NUM_HASHES, dtype=np.uint64)
_EMPTY = np.iinfo(np.uint64).max


def article_id_for(text: str) -> str:
    """A stable 16-hex-digit id for `text`: sha256 of its words, case-folded, joined by single spaces.

    Whitespace, line breaks and letter case do not change the id; any other edit does.
    """
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def shingle_hashes(text: str) -> np.ndarray:
    """Sorted distinct 64-bit hashes of the word 3-shingles of `text` (deterministic across runs)."""
    words = text.casefold().split()
    if len(words) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint64)
    try:
        encoded = list(map(str.encode, words))
    except UnicodeEncodeError:  # lone surrogates (from JSON escapes): hash their code points as they are
        encoded = [w.encode("utf-8", "surrogatepass") for w in words]
    ids = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint64, count=len(words))
    with np.errstate(over="ignore"):
        mixed = (ids[:-2] * np.uint64(0x9E3779B97F4A7C15)) ^ (ids[1:-1] * np.uint64(0xC2B2AE3D27D4EB4F)) ^ (
            ids[2:] * np.uint64(0x165667B19E3779F9))
    mixed.sort()
    return mixed[np.r_[True, mixed[1:] != mixed[:-1]]]


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Jaccard similarity of two sorted distinct hash arrays (0.0 when both are empty)."""
    if first.size == 0 and second.size == 0:
        return 0.0
    shared = np.intersect1d(first, second, assume_unique=True).size
    return shared / (first.size + second.size - shared)


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """The `NUM_HASHES` MinHash values of a shingle-hash set (all `_EMPTY` for an empty set)."""
    if hashes.size == 0:
        return np.full(NUM_HASHES, _EMPTY, dtype=np.uint64)
    with np.errstate(over="ignore"):
        return ((hashes[:, None] * _A[None, :] + _B[None, :]) & _MASK).min(axis=0)


def near_duplicates(articles: pd.DataFrame, *, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> pd.Series:
    """For each article, the id of the earliest article of its near-duplicate group, else None.

    `articles` needs `article_id` and `text`, optionally `published`. `threshold`: Jaccard similarity of
    word 3-shingle sets, in (0, 1], at or above which two articles count as copies (see the module
    docstring). Articles linked by copies form a group; every member but the earliest (earliest
    `published`; unknown dates count as latest; ties by `article_id`) gets that earliest member's id,
    the earliest gets None. Returns a Series indexed by `article_id`, in the order of `articles`.
    """
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise ValueError(f"threshold must be a number in (0, 1], got {threshold!r}")
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles lacks column(s) {sorted(missing)} (needs article_id, text; optional published)")
    frame_ids = articles["article_id"].astype(str).tolist()
    if not frame_ids:
        return pd.Series([], index=pd.Index([], name="article_id", dtype=object), dtype=object, name="duplicate_of")

    published = (pd.to_datetime(articles["published"], errors="coerce") if "published" in articles
                 else pd.Series(pd.NaT, index=articles.index))
    order = pd.DataFrame({"id": frame_ids, "published": published.to_numpy(), "pos": np.arange(len(frame_ids))})
    order = order.sort_values(["published", "id"], na_position="last", kind="stable").drop_duplicates("id")
    ids = order["id"].tolist()
    texts = articles["text"].fillna("").astype(str).to_numpy()[order["pos"].to_numpy()]

    signatures = _signatures(texts)
    usable = np.flatnonzero(signatures[:, 0] != _EMPTY)

    first, second = _candidate_pairs(signatures, usable)
    if first.size:
        agreement = np.concatenate([
            (signatures[first[i : i + 65536]] == signatures[second[i : i + 65536]]).mean(axis=1)
            for i in range(0, first.size, 65536)
        ])
        keep = agreement >= threshold - _ESTIMATE_MARGIN
        first, second = first[keep], second[keep]

    parent = list(range(len(ids)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    shingles: dict[int, np.ndarray] = {}
    for a_pos, b_pos in zip(first.tolist(), second.tolist()):
        a, b = root(a_pos), root(b_pos)
        if a == b:
            continue
        for position in (a_pos, b_pos):
            if position not in shingles:
                shingles[position] = shingle_hashes(texts[position])
        if jaccard(shingles[a_pos], shingles[b_pos]) >= threshold:
            parent[max(a, b)] = min(a, b)

    earliest = {article_id: ids[root(position)] for position, article_id in enumerate(ids)}
    values = [earliest[i] if earliest[i] != i else None for i in frame_ids]
    return pd.Series(values, index=pd.Index(frame_ids, name="article_id", dtype=object), dtype=object,
                     name="duplicate_of")


def _signatures(texts: np.ndarray) -> np.ndarray:
    """MinHash signatures of `texts` over their distinctive shingles (all `_EMPTY` for too short texts).

    Shingles found in more than `COMMON_SHINGLE_SHARE` of the texts (and in over 20) are stock phrases or
    boilerplate: two articles sharing them are not copies, and left in they would make every pair of a
    templated corpus a candidate. They are counted in a hashed table (4M counters, so rare shingles are
    almost never miscounted as common) and left out of the signature, unless that leaves a text too few
    shingles (a story copied into more than 1 % of the corpus), in which case all its shingles are used.
    """
    cutoff = max(20, int(len(texts) * COMMON_SHINGLE_SHARE))
    all_hashes = [shingle_hashes(text) for text in texts] if len(texts) <= _FEW_TEXTS else None
    if all_hashes is not None:
        keys, totals = _bucket_counts(all_hashes)  # exactly the non-zero counters of the table below
    else:
        counts = np.zeros(_COUNTER_SIZE, dtype=np.int64)
        batch: list[np.ndarray] = []
        for index, text in enumerate(texts):
            batch.append(shingle_hashes(text) & np.uint64(_COUNTER_SIZE - 1))
            if len(batch) == 2000 or index == len(texts) - 1:
                counts += np.bincount(np.concatenate(batch).astype(np.int64), minlength=_COUNTER_SIZE)
                batch = []
    signatures = np.full((len(texts), NUM_HASHES), _EMPTY, dtype=np.uint64)
    for position, text in enumerate(texts):
        hashes = shingle_hashes(text) if all_hashes is None else all_hashes[position]
        if hashes.size < MIN_SHINGLES:
            continue
        buckets = hashes & np.uint64(_COUNTER_SIZE - 1)
        seen = counts[buckets.astype(np.int64)] if all_hashes is None else totals[np.searchsorted(keys, buckets)]
        distinctive = hashes[seen <= cutoff]
        signatures[position] = minhash_signature(distinctive if distinctive.size >= MIN_SHINGLES else hashes)
    return signatures


def _bucket_counts(all_hashes: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The non-zero counters of the shingle-count table for these shingle sets: (sorted counter indices,
    counts). The same numbers as the table, without allocating and summing its 4M counters."""
    if not all_hashes:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    return np.unique(np.concatenate([h & np.uint64(_COUNTER_SIZE - 1) for h in all_hashes]), return_counts=True)


def _candidate_pairs(signatures: np.ndarray, usable: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Position pairs (first < second, sorted, distinct) that share all rows of at least one band.

    Within a bucket, members are paired with their next `_MAX_BUCKET_PAIRS` neighbours (in position order),
    so a huge bucket (shared boilerplate) costs linear time and its copies still chain together.
    """
    pairs: list[np.ndarray] = []
    n = signatures.shape[0]
    with np.errstate(over="ignore"):
        for band in range(_BANDS):
            block = signatures[usable, band * _ROWS : (band + 1) * _ROWS]
            keys = (block[:, 0] * np.uint64(0x9E3779B97F4A7C15) ^ block[:, 1]) * np.uint64(0xC2B2AE3D27D4EB4F) ^ block[:, 2]
            sorter = np.lexsort((usable, keys))
            sorted_keys, members = keys[sorter], usable[sorter]
            for offset in range(1, _MAX_BUCKET_PAIRS + 1):
                same = sorted_keys[:-offset] == sorted_keys[offset:]
                if not same.any():
                    break
                pairs.append(members[:-offset][same].astype(np.int64) * n + members[offset:][same])
    if not pairs:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    codes = np.unique(np.concatenate(pairs))
    return codes // n, codes % n
