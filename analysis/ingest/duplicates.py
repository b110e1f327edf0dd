"""Article identity: exact ids from the normalised text, and near duplicates by shingle similarity.

A near duplicate is an article whose word 3-shingles (runs of three consecutive words, case-folded)
overlap an earlier article's with Jaccard similarity >= `NEAR_DUPLICATE_THRESHOLD` (0.5): at that
level about two thirds of its three-word runs appear verbatim in the other. A syndicated copy with a new
headline, a different intro paragraph or light edits every ten words or so stays above it; two
independent reports of the same event (shared names and quotes, own wording) fall far below it
(typically 0.02-0.15). Candidates come from MinHash signatures (128 hashes, 32 bands of 4 rows: a pair
at 0.5 is found with probability ~0.87 per pass, and a second, shifted banding pass brings it
above 0.98), then each pair's Jaccard is estimated from the full signature.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict

import numpy as np
import pandas as pd

NEAR_DUPLICATE_THRESHOLD = 0.5
"""Jaccard similarity of word 3-shingle sets at or above which a later article is a near duplicate."""
SHINGLE_WORDS = 3
MIN_SHINGLES = 5
"""Texts with fewer distinct shingles (under ~7 words) are never marked: too short to call a copy."""
NUM_HASHES = 128
_BANDS = 32
_ROWS = NUM_HASHES // _BANDS
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20250212)
_A = _rng.integers(1, (1 << 61) - 1, size=NUM_HASHES, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, (1 << 61) - 1, size=NUM_HASHES, dtype=np.uint64)


def article_id_for(text: str) -> str:
    """A stable 16-hex-digit id for `text`: sha256 of its words, case-folded, joined by single spaces.

    Whitespace, line breaks and letter case do not change the id; any other edit does.
    """
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def shingle_hashes(text: str) -> np.ndarray:
    """Distinct 64-bit hashes of the word 3-shingles of `text` (case-folded words)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint64)
    ids = np.fromiter(
        (int.from_bytes(hashlib.blake2b(w.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little") for w in words),
        dtype=np.uint64, count=len(words),
    )
    mixed = ids[:-2] * np.uint64(0x9E3779B97F4A7C15) ^ (ids[1:-1] * np.uint64(0xC2B2AE3D27D4EB4F) + ids[2:])
    return np.unique(mixed)


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """The `NUM_HASHES` MinHash values of a shingle-hash set (all max for an empty set)."""
    if hashes.size == 0:
        return np.full(NUM_HASHES, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        values = (hashes[:, None] * _A[None, :] + _B[None, :]) & _MASK
    return values.min(axis=0)


def near_duplicates(articles: pd.DataFrame, *, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> pd.Series:
    """For each article, the id of the earliest article it mostly repeats, else None.

    `articles` needs `article_id` and `text`, optionally `published` (earliest first; unknown counts as
    latest; ties broken by `article_id`). `threshold`: Jaccard similarity of word 3-shingles in (0, 1]
    at or above which two articles are copies of each other (see the module docstring).
    Returns a Series indexed by `article_id`, values an `article_id` or None. Copies chain to the
    earliest article of their group, which itself maps to None.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles lacks column(s) {sorted(missing)} (needs article_id, text; optional published)")
    if articles.empty:
        return pd.Series([], index=pd.Index([], name="article_id"), dtype=object, name="duplicate_of")

    published = pd.to_datetime(articles["published"], errors="coerce") if "published" in articles else pd.Series(pd.NaT, index=articles.index)
    order = (
        pd.DataFrame({"id": articles["article_id"].astype(str).to_numpy(), "published": published.to_numpy(),
                      "pos": np.arange(len(articles))})
        .sort_values(["published", "id"], na_position="last", kind="stable")
    )
    ids = order["id"].tolist()
    texts = articles["text"].astype(str).to_numpy()[order["pos"].to_numpy()]
    rank = {}
    for position, article_id in enumerate(ids):
        rank.setdefault(article_id, position)

    signatures = np.empty((len(ids), NUM_HASHES), dtype=np.uint64)
    usable = np.zeros(len(ids), dtype=bool)
    for position, text in enumerate(texts):
        hashes = shingle_hashes(text)
        usable[position] = hashes.size >= MIN_SHINGLES
        signatures[position] = minhash_signature(hashes)

    candidates: set[tuple[int, int]] = set()
    for shift in (0, _ROWS // 2):
        for band in range(_BANDS):
            columns = [(band * _ROWS + shift + r) % NUM_HASHES for r in range(_ROWS)]
            buckets: dict[bytes, list[int]] = defaultdict(list)
            for position in np.flatnonzero(usable):
                buckets[signatures[position, columns].tobytes()].append(int(position))
            for members in buckets.values():
                if len(members) > 1:
                    for i, first in enumerate(members):
                        for second in members[i + 1 :]:
                            candidates.add((first, second))

    # Union of similar pairs; each group points at its earliest member.
    parent = list(range(len(ids)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for first, second in sorted(candidates):
        similarity = float(np.mean(signatures[first] == signatures[second]))
        if similarity >= threshold:
            a, b = root(first), root(second)
            if a != b:
                parent[max(a, b)] = min(a, b)

    result: dict[str, str | None] = {}
    for position, article_id in enumerate(ids):
        earliest = root(position)
        if article_id in result:
            continue
        result[article_id] = ids[earliest] if ids[earliest] != article_id else None
    frame_ids = articles["article_id"].astype(str).tolist()
    return pd.Series([result[i] for i in frame_ids], index=pd.Index(frame_ids, name="article_id"),
                     dtype=object, name="duplicate_of")
