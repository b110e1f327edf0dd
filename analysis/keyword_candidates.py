"""YAKE 0.7.3's candidate phrases and their scores, computed in one lean pass.

`yake.data.DataCore` builds a networkx graph, a `SingleWord` object per term and a `ComposedWord`
object per n-gram occurrence; that bookkeeping, not the statistics, is most of YAKE's cost. This
module computes the same statistics with plain dicts and lists: the same tokens (YAKE's own
`pre_filter` and `tokenize_sentences`, i.e. segtok), the same term normalisation (lower case, a final
"s" dropped from words of four letters or more, the stop-word status fixed by a term's first form),
the same co-occurrence counts, feature formulas and operation order, so every score is bit-for-bit
YAKE's (`tests/test_keywords.py` compares the two on the samples and on generated text).

A candidate's `h` is YAKE's score: lower is more relevant.
"""
from __future__ import annotations

import math
import string
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from yake.data.utils import pre_filter, tokenize_sentences

PUNCTUATION = frozenset(string.punctuation)
"""Characters YAKE treats as punctuation (its default `exclude`)."""


class Candidate(NamedTuple):
    """One valid YAKE candidate: `kw` as first written, `unique_kw` its lower-case key, `h` YAKE's score
    (lower is more relevant), `tf` how often it occurs."""

    kw: str
    unique_kw: str
    h: float
    tf: float


@lru_cache(maxsize=65536)
def _token_kind(word: str) -> tuple[bool, str, str]:
    """Whether `word` is all punctuation, and YAKE's tag for it first in a sentence and later
    ("d" number, "u" unusual, "a" acronym, "n" proper noun, "p" plain), as `yake.data.utils.get_tag`."""
    if all(c in PUNCTUATION for c in word):
        return True, "", ""
    return False, _tag(word, first=True), _tag(word, first=False)


def _tag(word: str, *, first: bool) -> str:
    bare = word.replace(",", "")
    if bare.isdigit() or bare.replace(".", "", 1).isdigit():
        return "d"
    cdigit = calpha = cexclude = 0
    for c in word:
        if c.isdigit():
            cdigit += 1
        if c.isalpha():
            calpha += 1
        if c in PUNCTUATION:
            cexclude += 1
    if (cdigit > 0 and calpha > 0) or (cdigit == 0 and calpha == 0) or cexclude > 1:
        return "u"
    if word.isupper() and len(word) > 0:
        return "a"
    if len(word) > 1 and word[0].isupper() and not first and sum(c.isupper() for c in word) == 1:
        return "n"
    return "p"


def yake_candidates(text: str, stopwords: AbstractSet[str], *, n: int = 3, window_size: int = 1) -> list[Candidate]:
    """YAKE's valid candidates of `text` (phrases of up to `n` words, co-occurrence window of
    `window_size` words), best (lowest `h`) first, ties in order of first occurrence: what
    `yake.KeywordExtractor(n=n, window_size=window_size)` ranks before its near-duplicate filter."""
    sentences = tokenize_sentences(pre_filter(text))
    number_of_sentences = len(sentences)

    term_of: dict[str, int] = {}      # a word's lower-case form -> term index
    term_index: dict[str, int] = {}   # normalised term -> index
    stop: list[bool] = []
    tf: list[float] = []
    tf_a: list[float] = []
    tf_n: list[float] = []
    sentence_ids: list[list[int]] = []  # distinct sentences of each term, in order
    edges: dict[tuple[int, int], float] = {}
    out_kinds: list[int] = []
    out_weight: list[float] = []
    in_kinds: list[int] = []
    in_weight: list[float] = []
    # unique_kw -> [kw, tf, valid tags seen, term indices]
    candidates: dict[str, list] = {}

    def new_term(lower: str) -> int:
        unique = lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower
        index = term_index.get(unique)
        if index is None:
            bare = sum(c not in PUNCTUATION for c in unique)
            index = len(stop)
            term_index[unique] = index
            stop.append(lower in stopwords or unique in stopwords or bare < 3)
            tf.append(0.0)
            tf_a.append(0.0)
            tf_n.append(0.0)
            sentence_ids.append([])
            out_kinds.append(0)
            out_weight.append(0.0)
            in_kinds.append(0)
            in_weight.append(0.0)
        term_of[lower] = index
        return index

    reach = n - 1
    for sentence_id, sentence in enumerate(sentences):
        block: list[tuple[str, str, int, str]] = []  # (tag, word, term, lower) since the last punctuation
        for pos_sent, word in enumerate(sentence):
            punctuation, first_tag, later_tag = _token_kind(word)
            if punctuation:
                block = []
                continue
            tag = first_tag if pos_sent == 0 else later_tag
            lower = word.lower()
            term = term_of.get(lower)
            if term is None:
                term = new_term(lower)
            tf[term] += 1.0
            if tag == "a":
                tf_a[term] += 1.0
            elif tag == "n":
                tf_n[term] += 1.0
            seen = sentence_ids[term]
            if not seen or seen[-1] != sentence_id:
                seen.append(sentence_id)
            discarded = tag == "u" or tag == "d"
            size = len(block)
            if not discarded:
                for w in range(max(0, size - window_size), size):
                    left_tag = block[w][0]
                    if left_tag == "u" or left_tag == "d":
                        continue
                    left = block[w][2]
                    pair = (left, term)
                    if pair in edges:
                        edges[pair] += 1.0
                    else:
                        edges[pair] = 1.0
                        out_kinds[left] += 1
                        in_kinds[term] += 1
                    out_weight[left] += 1.0
                    in_weight[term] += 1.0
            entry = candidates.get(lower)
            if entry is None:
                candidates[lower] = [word, 1.0, not discarded, (term,)]
            else:
                entry[1] += 1.0
                if not discarded:
                    entry[2] = True
            words, terms, valid = word, (term,), not discarded
            for w in range(size - 1, max(0, size - reach) - 1, -1):
                left_tag, left_word, left_term, _ = block[w]
                words = left_word + " " + words
                terms = (left_term, *terms)
                valid = valid and left_tag != "u" and left_tag != "d"
                key = words.lower()
                entry = candidates.get(key)
                if entry is None:
                    candidates[key] = [words, 1.0, valid, terms]
                else:
                    entry[1] += 1.0
                    if valid:
                        entry[2] = True
            block.append((tag, word, term, lower))

    valid_tfs = np.array([count for count, is_stop in zip(tf, stop) if not is_stop])
    if not valid_tfs.size:
        return []  # only stop words: no candidate can be valid
    avg_tf = float(valid_tfs.mean())
    std_tf = float(valid_tfs.std())
    max_tf = max(tf)
    term_h = [0.0] * len(stop)
    for t, is_stop in enumerate(stop):
        if is_stop:
            continue  # a stop word's own score is never used ("bi" weighting)
        count = tf[t]
        pwl = 0 if in_weight[t] == 0 else in_kinds[t] / in_weight[t]
        pwr = 0 if out_weight[t] == 0 else out_kinds[t] / out_weight[t]
        wrel = (0.5 + (pwl * (count / max_tf))) + (0.5 + (pwr * (count / max_tf)))
        wfreq = count / (avg_tf + std_tf)
        ids = sentence_ids[t]
        wspread = len(ids) / number_of_sentences
        wcase = max(tf_a[t], tf_n[t]) / (1.0 + math.log(count))
        middle = len(ids) // 2
        median = ids[middle] if len(ids) % 2 else (ids[middle - 1] + ids[middle]) / 2
        wpos = math.log(math.log(3.0 + median))
        term_h[t] = (wpos * wrel) / (wcase + (wfreq / wrel) + (wspread / wrel))

    scored: list[Candidate] = []
    for key, (kw, count, valid, terms) in candidates.items():
        if not valid or stop[terms[0]] or stop[terms[-1]]:
            continue
        sum_h = 0.0
        prod_h = 1.0
        last = len(terms) - 1
        for t, term in enumerate(terms):
            if not stop[term]:
                sum_h += term_h[term]
                prod_h *= term_h[term]
                continue
            prob_t1 = 0.0
            if t > 0:
                together = edges.get((terms[t - 1], term))
                if together is not None:
                    prob_t1 = together / tf[terms[t - 1]]
            prob_t2 = 0.0
            if t < last:
                together = edges.get((term, terms[t + 1]))
                if together is not None:
                    prob_t2 = together / tf[terms[t + 1]]
            prob = prob_t1 * prob_t2
            prod_h *= 1 + (1 - prob)
            sum_h -= 1 - prob
        denominator = (sum_h + 1) * count
        h = prod_h / denominator if denominator else math.inf  # numpy's x/0 for YAKE's float64 scores
        scored.append(Candidate(kw, key, h, count))
    scored.sort(key=lambda c: c.h)
    return scored
