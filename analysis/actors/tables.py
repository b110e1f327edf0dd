"""The `mentions` table and what the dashboard derives from it: counts and co-occurrence."""
from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from analysis.actors.lexicon import lexicon, name_key
from analysis.actors.recognise import ArticleNames
from analysis.actors.resolve import (
    PERSON_MATCH_THRESHOLD,
    SURNAME_MATCH_THRESHOLD,
    canonical_names,
    registry_other,
    registry_person,
    without_initials,
)
from analysis.actors.tokens import sentence_bounds

MENTION_COLUMNS: tuple[str, ...] = ("article_id", "actor", "actor_type", "surface", "start", "end")
# Extra column: the role the article gives a person ("Kremlin spokesman"), for display; else missing.
ROLE_COLUMN = "role"
COUNT_GROUPINGS: tuple[str | None, ...] = (None, "article", "outlet", "day")
COOCCURRENCE_LEVELS: tuple[str, ...] = ("article", "sentence")


def _empty_mentions() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object")
                          for c in (*MENTION_COLUMNS, ROLE_COLUMN)})
    return frame


def _require(frame: pd.DataFrame, columns: tuple[str, ...], argument: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{argument} must be a pandas DataFrame, not {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{argument} lacks column(s) {missing}; it needs {list(columns)}")


def article_mentions(article_id: str, text: str) -> list[dict]:
    """The mention rows of one article (see `mentions_for`)."""
    if not isinstance(text, str) or not text.strip():
        return []
    lex = lexicon()
    reader = ArticleNames(text, lex)
    found = reader.names()
    actors = canonical_names(found, lex)
    first_role: dict[str, str] = {}
    for f, actor in zip(found, actors):
        if f.actor_type == "person" and f.role and actor not in first_role:
            first_role[actor] = f.role
    rows = []
    for f, actor in zip(found, actors):
        start, end = reader.ws[f.first].start, reader.ws[f.last].end
        role = (f.role or first_role.get(actor)) if f.actor_type == "person" else None
        rows.append({"article_id": article_id, "actor": actor, "actor_type": f.actor_type,
                     "surface": text[start:end], "start": start, "end": end, ROLE_COLUMN: role})
    return rows


def mentions_for(articles: pd.DataFrame) -> pd.DataFrame:
    """The `mentions` table: one row per reference by name to a person, organisation or place.

    `articles` needs `article_id` and `text`. `actor` is the one name of the actor across articles
    ("Volodymyr Zelensky" for "Zelenskyy" and "Mr. Zelensky"); `actor_type` is person, organization or
    place; `surface` is the name as printed, without title or possessive, and `text[start:end] == surface`.
    Pronouns and descriptions ("the Russian leader") are not mentions. Extra column `role`: the role the
    article gives a person ("Kremlin spokesman"), or missing.
    """
    _require(articles, ("article_id", "text"), "articles")
    rows: list[dict] = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        rows.extend(article_mentions(article_id, text))
    if not rows:
        return _empty_mentions()
    frame = pd.DataFrame(rows, columns=[*MENTION_COLUMNS, ROLE_COLUMN])
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame


def mention_counts(mentions: pd.DataFrame, articles: pd.DataFrame, *, by: str | None = None) -> pd.DataFrame:
    """How often each actor is named: `mentions` (references by name) and `articles` (articles naming it).

    `by`: None (the whole corpus), "article" (per `article_id`), "outlet" (per outlet; unknown outlets form
    one group with a missing outlet) or "day" (per publication day, a datetime at midnight; undated articles
    form one group with NaT). Sorted by most mentions first.
    """
    if by not in COUNT_GROUPINGS:
        raise ValueError(f"by must be one of {COUNT_GROUPINGS}, not {by!r}")
    _require(mentions, ("article_id", "actor", "actor_type"), "mentions")
    key = {None: None, "article": "article_id", "outlet": "outlet", "day": "day"}[by]
    columns = ["actor", "actor_type", *([key] if key else []), "mentions", "articles"]
    if by in ("outlet", "day"):
        _require(articles, ("article_id", "outlet") if by == "outlet" else ("article_id", "published"), "articles")
    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("mentions", "articles") else "object")
                             for c in columns})
    article_codes, article_ids = pd.factorize(mentions["article_id"], use_na_sentinel=False)
    actor_codes, actor_names = pd.factorize(mentions["actor"], sort=True, use_na_sentinel=False)
    type_codes, type_names = pd.factorize(mentions["actor_type"], use_na_sentinel=False)
    # each group (actor, type[, key]) as one integer; key values are looked up once per article
    if by is None:
        key_codes, key_values = np.zeros(len(mentions), dtype=np.int64), None
    elif by == "article":
        key_codes, key_values = article_codes, article_ids
    else:
        side = articles.drop_duplicates("article_id").set_index("article_id")
        per_article = (side["outlet"] if by == "outlet" else pd.to_datetime(side["published"]).dt.normalize())
        # by plain values: reindexing by a categorical's uniques (the dashboard's ids) takes 5 times as long
        per_article = per_article.reindex(np.asarray(article_ids, dtype=object))
        codes, key_values = pd.factorize(per_article, use_na_sentinel=False)
        key_codes = codes[article_codes]
    n_types, n_keys = len(type_names), (len(key_values) if key_values is not None else 1)
    groups = (actor_codes.astype(np.int64) * n_types + type_codes) * n_keys + key_codes
    dense, group_ids = pd.factorize(groups)  # hashing, numbered in order of first appearance
    n_mentions = np.bincount(dense, minlength=len(group_ids))
    pairs = pd.unique(dense.astype(np.int64) * len(article_ids) + article_codes)  # distinct (group, article)
    n_articles = np.bincount(pairs // len(article_ids), minlength=len(group_ids))
    actor_of, rest = np.divmod(group_ids, n_types * n_keys)
    type_of, key_of = np.divmod(rest, n_keys)
    # most mentions first, then the actor A-Z, then the order in which the groups first appear
    order = np.lexsort((np.arange(len(group_ids)), actor_of, -n_mentions))
    counted = {"actor": actor_names.take(actor_of[order]), "actor_type": type_names.take(type_of[order])}
    if key:
        counted[key] = key_values.take(key_of[order])
    counted["mentions"] = n_mentions[order].astype("int64")
    counted["articles"] = n_articles[order].astype("int64")
    return pd.DataFrame({name: np.asarray(values) if isinstance(values, np.ndarray) else values
                         for name, values in counted.items()}, columns=columns)


def cooccurrence(mentions: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                 level: str = "article", actors: Iterable[str] | None = None) -> pd.DataFrame:
    """Pairs of actors named together: `n` is the number of articles (or sentences) naming both.

    `level`: "article" or "sentence" (sentence needs `articles` with `article_id` and `text`, to find the
    sentences). `actors`: only pairs of these actors (e.g. the most mentioned ones a chart shows); None
    means every actor. Each pair appears once, `actor_a` < `actor_b` alphabetically; sorted by `n`,
    largest first.
    """
    if level not in COOCCURRENCE_LEVELS:
        raise ValueError(f"level must be one of {COOCCURRENCE_LEVELS}, not {level!r}")
    _require(mentions, ("article_id", "actor"), "mentions")
    if level == "sentence":
        if articles is None:
            raise ValueError("articles is needed (with article_id and text) when level='sentence'")
        _require(articles, ("article_id", "text"), "articles")
        _require(mentions, ("article_id", "actor", "start"), "mentions")
    if actors is not None:
        if isinstance(actors, str):
            raise TypeError("actors must be a collection of actor names, not one string")
        mentions = mentions[mentions["actor"].isin(list(actors))]
    mentions = mentions[mentions["actor"].notna()]
    actor_codes, names = pd.factorize(mentions["actor"], sort=True)
    group_codes, _ = pd.factorize(mentions["article_id"])
    group_codes = group_codes.astype(np.int64)
    if level == "sentence" and len(mentions):
        group_codes = group_codes * _MAX_SENTENCES + _sentence_numbers(mentions, articles)
    pair_codes, counts = _pair_counts(group_codes, actor_codes.astype(np.int64), len(names))
    first, second = np.divmod(pair_codes, max(len(names), 1))
    order = np.lexsort((second, first, -counts))
    names = np.asarray(names, dtype=object)
    return pd.DataFrame({"actor_a": names[first[order]],
                         "actor_b": names[second[order]],
                         "n": counts[order].astype("int64")})


_MAX_SENTENCES = 1 << 20
"""Sentence numbers are packed with article numbers into one int64 key (an article has fewer sentences)."""


def _sentence_numbers(mentions: pd.DataFrame, articles: pd.DataFrame) -> np.ndarray:
    """Each mention's sentence number within its article (the first sentence whose end is after its start)."""
    texts = dict(zip(articles["article_id"], articles["text"]))
    numbers = np.zeros(len(mentions), dtype=np.int64)
    positions = pd.Series(np.arange(len(mentions)), index=mentions["article_id"].to_numpy())
    starts = mentions["start"].to_numpy(dtype=np.int64)
    for article_id, where in positions.groupby(level=0, sort=False):
        text = texts.get(article_id)
        ends = np.fromiter((end for _, end in sentence_bounds(text if isinstance(text, str) else "")), dtype=np.int64)
        rows = where.to_numpy()
        numbers[rows] = np.searchsorted(ends, starts[rows], side="right")
    return numbers


def _pair_counts(groups: np.ndarray, actors: np.ndarray, n_actors: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (packed `a * n_actors + b`, a < b) of actors sharing a group, and in how many groups each pair is."""
    if n_actors < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    keys = np.sort(groups * n_actors + actors)  # (group, actor), sorted by group then actor
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # distinct
    group, actor = np.divmod(keys, n_actors)
    boundaries = np.flatnonzero(np.diff(group)) + 1
    group_end = np.repeat(np.append(boundaries, len(keys)), np.diff(np.concatenate(([0], boundaries, [len(keys)]))))
    partners = group_end - np.arange(len(keys)) - 1  # later actors of the same group
    total = int(partners.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    left = np.repeat(np.arange(len(keys)), partners)
    block_start = np.repeat(np.cumsum(partners) - partners, partners)
    right = left + 1 + (np.arange(total) - block_start)
    pairs = actor[left] * n_actors + actor[right]
    if n_actors * n_actors <= _DENSE_PAIRS:  # a count per possible pair: no sort of the pairs
        counts = np.bincount(pairs, minlength=n_actors * n_actors)
        found = np.flatnonzero(counts)
        return found, counts[found]
    return np.unique(pairs, return_counts=True)


_DENSE_PAIRS = 1 << 25
"""Up to this many possible pairs (about 5,800 actors), pairs are counted in one array (8 bytes each)."""


def merge_spellings(mentions: pd.DataFrame) -> pd.DataFrame:
    """`mentions` with the spellings of one actor across articles under one `actor` name.

    `mentions_for` decides each article alone (so batches can run in parallel); registry actors already
    have one name everywhere. This merges the rest across the table: names equal but for case, accents,
    full stops or hyphens ("Joachim Brudziński" / "Joachim Brudzinski"), and people's full names within
    `PERSON_MATCH_THRESHOLD` of each other (surnames sharing a first letter), or with first names that are
    variants (`data/name_variants.csv`) and surnames within `SURNAME_MATCH_THRESHOLD`. The most mentioned
    spelling wins (a registry name always wins; ties go to the alphabetically first).
    """
    _require(mentions, ("actor", "actor_type"), "mentions")
    if mentions.empty:
        return mentions.copy()
    lex = lexicon()
    counts = mentions.groupby(["actor_type", "actor"], sort=True).size()
    rename: dict[tuple[str, str], str] = {}
    for actor_type, part in counts.groupby(level=0, sort=False):
        names = {actor: int(n) for (_, actor), n in part.items()}
        parent = {name: name for name in names}

        def find(name: str) -> str:
            while parent[name] != name:
                parent[name] = parent[parent[name]]
                name = parent[name]
            return name

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        by_key: dict[str, str] = {}
        for name in names:
            key = name_key(name)
            if key in by_key:
                union(by_key[key], name)
            else:
                by_key[key] = name
        if actor_type == "person":
            full = [n for n in names if len(without_initials(name_key(n)).split()) >= 2]
            blocks: dict[str, list[str]] = {}
            for name in full:
                blocks.setdefault(without_initials(name_key(name)).split()[-1][:1], []).append(name)
            for block in blocks.values():
                if len(block) < 2:
                    continue
                keys = [without_initials(name_key(n)) for n in block]
                scores = cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=50, workers=1)
                for a in range(len(block)):
                    for b in range(a + 1, len(block)):
                        first_a, *_, last_a = keys[a].split()
                        first_b, *_, last_b = keys[b].split()
                        variants = first_b in lex.name_variants.get(first_a, frozenset()) or first_a == first_b
                        if (scores[a, b] >= PERSON_MATCH_THRESHOLD
                                or (variants and fuzz.ratio(last_a, last_b) >= SURNAME_MATCH_THRESHOLD)):
                            union(block[a], block[b])
        groups: dict[str, list[str]] = {}
        for name in names:
            groups.setdefault(find(name), []).append(name)
        for members in groups.values():
            if len(members) < 2:
                continue
            registered = [m for m in members if m in lex.entries]
            # most mentioned; then the spelling with accents ("Brudziński" over "Brudzinski"); then A-Z
            best = sorted(registered or members, key=lambda m: (-names[m], -sum(ord(c) > 127 for c in m), m))[0]
            for member in members:
                if member != best:
                    rename[(actor_type, member)] = best
    if not rename:
        return mentions.copy()
    merged = mentions.copy()
    merged["actor"] = [rename.get((t, a), a) for t, a in zip(merged["actor_type"], merged["actor"])]
    return merged


_TITLE_WORDS = re.compile(r"[^\W\d_][\w.'’\-]*")


def resolve_actor(name: str) -> tuple[str, str] | None:
    """The canonical name and type ("person", "organization", "place") of an actor named `name`, else None.

    Titles and possessives are ignored ("President Trump’s" -> ("Donald Trump", "person")); registry aliases
    and fuzzy matching decide, as for `mentions_for`. A name not in the registry, the gazetteer or close to
    one gives None.
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    lex = lexicon()
    words = _TITLE_WORDS.findall(name)
    while len(words) > 1 and name_key(words[0]) in (lex.honorifics | lex.role_heads | lex.qualifiers):
        if name_key(" ".join(words)) in lex.registry:
            break
        words = words[1:]
        if words and words[0] == "of" and len(words) > 2:
            words = words[2:]
    cleaned = " ".join(words)
    if not name_key(cleaned):
        return None
    entry = lex.registry.get(name_key(cleaned))
    if entry is not None:
        return entry.actor, entry.actor_type
    person = registry_person(cleaned)
    if person is not None:
        return person, "person"
    for actor_type in ("place", "organization"):
        other = registry_other(cleaned, actor_type)
        if other is not None:
            return other, actor_type
    return None


def resolve_role(description: str, mentions: pd.DataFrame | None = None) -> str | None:
    """The actor a role description points to ("the American defense secretary" -> "Pete Hegseth"), else None.

    With `mentions` (one article's rows, with `role`), only the people that article names are candidates and
    the roles it gives them count first; without, the registry's roles are searched. The description's role
    words (titles such as "secretary", "spokesman", and their qualifiers such as "defense") must all appear
    in the candidate's role; ambiguous descriptions give None.
    """
    lex = lexicon()
    wanted = {w for w in re.findall(r"[^\W\d_]+", name_key(description))
              if w in lex.role_heads or w in lex.qualifiers}
    if not wanted & lex.role_heads:
        return None

    def matches(role: str | None) -> bool:
        words = set(re.findall(r"[^\W\d_]+", name_key(role or "")))
        return wanted <= words

    candidates: set[str] | None = None
    if mentions is not None:
        _require(mentions, ("actor", "actor_type"), "mentions")
        people = mentions[mentions["actor_type"] == "person"]
        candidates = set(people["actor"])
        if ROLE_COLUMN in people.columns:
            hits = {a for a, r in zip(people["actor"], people[ROLE_COLUMN]) if isinstance(r, str) and matches(r)}
            if len(hits) == 1:
                return hits.pop()
            if len(hits) > 1:
                return None
    hits = {actor for actor, entry in lex.entries.items()
            if entry.actor_type == "person" and matches(entry.role) and (candidates is None or actor in candidates)}
    return hits.pop() if len(hits) == 1 else None


__all__ = ["MENTION_COLUMNS", "ROLE_COLUMN", "mentions_for", "merge_spellings", "mention_counts", "cooccurrence",
           "resolve_actor", "resolve_role"]
