"""Read a large store without holding every article's text in memory: for a dashboard at 100,000 articles.

`read_tables` loads every table whole, the articles' `text` included (about 3.5 KB per article: 350 MB
of text at 100,000 articles, most of the load time and memory). A page needs the text only for the
reader view and for searching it. So:

- `read_tables_without_text(directory)`: the tables as `read_tables` gives them, the articles table
  without its `text` column (other columns and dtypes unchanged).
- `articles_containing(directory, phrase)`: ids of the articles whose title or text contains `phrase`
  (any case, any whitespace between its words), found by DuckDB scanning the Parquet file in parallel,
  without loading the texts into Python.
- `article_texts(directory, ids)`: the texts of a few articles (the reader view), read by DuckDB
  (tens of milliseconds at 100,000 articles, where pandas would decode the whole text column).

- `write_text_cache(directory)`: a cache of every text for random reads, kept in
  `<store>/dashboard-cache/` and named by the manifest's version (safe to delete: it is written again).
  `article_texts` reads from it when it is there: a 100,000-article store's texts sit in one Parquet row
  group, which DuckDB must decompress whole (0.25 s) for even one text; the cache reads 1,000 texts in
  about 10 ms, one `pread` each, without mapping the file (memory stays as it was).
  It also writes a search copy (`search_cache_paths`: titles and texts, ASCII letters lower-cased,
  whitespace runs as one space, each title and text a segment of one flat file): `articles_containing`
  then finds the phrase there with `bytes.find` (a regex when a character has case variants in the
  corpus), one mapped 32 MB chunk at a time, about 0.2 s CPU at 100,000 articles against 0.35-0.5 s
  for DuckDB decompressing the text column (0.6-1.3 s wall), with the same articles: case folded as
  DuckDB's regex engine (RE2) folds it, RE2's whitespace, no match across a title, text or article.
- `cached_frame(directory, key, compute)`: a slow result (repeated quotations) kept as Parquet in the
  same folder per store version and key.

Parquet stores only (the default format, a table's parts as the manifest lists them); a CSV store
falls back to pandas. Nothing here writes, except `write_text_cache` and `cached_frame`, and only
inside `dashboard-cache/`.
"""
from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis import store
from analysis.views import phrase_pattern

TEXT_COLUMN = "text"


LEFT_ON_DISK: dict[str, tuple[str, ...]] = {"articles": (TEXT_COLUMN,), "keywords": ("variants",),
                                             "mentions": ("surface",)}
"""Columns the dashboard does not hold in memory: no page reads them (the corpus download reads them
again). At 100,000 articles: texts 350 MB, keyphrase variants 62 MB, mention surfaces 51 MB."""


REPEATED: dict[str, tuple[str, ...]] = {"keywords": ("article_id", "keyphrase"),
                                        "mentions": ("article_id", "actor", "actor_type", "role"),
                                        "quotes": ("article_id",), "market_notes": ("article_id",)}
"""Columns whose few distinct strings repeat over millions of rows: `compacted` holds them as pandas
categoricals (one integer code per row). At 100,000 articles the keywords and mentions then take 125 MB
instead of 400 MB, and filtering them, counting actors and ranking keyphrases take about half the time."""


def compacted(tables: Mapping[str, pd.DataFrame],
              repeated: Mapping[str, Collection[str]] = REPEATED) -> dict[str, pd.DataFrame]:
    """`tables` as the dashboard holds them: the same values, in less memory and faster to take rows of.

    - The `repeated` columns (per table) become categoricals, their categories sorted, so sorting,
      grouping and comparing give what the strings give.
    - Every other Arrow-backed column becomes one contiguous array. Parquet hands a column over in
      pieces (a row group or store part each), and taking a few rows of a column in pieces first
      joins the pieces: 0.05 s for 8 quotations out of 800,000, against 0.2 ms from one piece.

    Missing columns are skipped; the input frames are not modified."""
    result = {}
    for name, frame in tables.items():
        wanted = set(repeated.get(name, ()))
        changed = {}
        for column in frame.columns.unique():
            series = frame[column]
            if column in wanted and not isinstance(series.dtype, pd.CategoricalDtype):
                changed[column] = series.astype("category")
            elif _pieces(series) > 1:
                pieces = series.array.__arrow_array__()
                whole = pa.chunked_array([pieces.combine_chunks()], type=pieces.type)
                changed[column] = pd.Series(series.dtype.__from_arrow__(whole), index=series.index, name=column)
        result[name] = frame.assign(**changed) if changed else frame
    return result


def as_stored(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with the categoricals `compacted` made back as strings (the store's dtype)."""
    categorical = [c for c in frame.columns.unique() if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.astype({c: "str" for c in categorical}) if categorical else frame


def _pieces(series: pd.Series) -> int:
    """How many pieces (chunks) an Arrow-backed column is held in; 1 for any other column."""
    arrow = getattr(series.array, "__arrow_array__", None)
    if arrow is None or not hasattr(series.dtype, "__from_arrow__"):
        return 1
    return getattr(arrow(), "num_chunks", 1)


def read_tables_without_text(directory: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the store at `directory` (as `store.read_tables`), the articles without `text`."""
    return read_tables_without(directory, {"articles": (TEXT_COLUMN,)})


def read_tables_without(directory: str | Path, left_out: Mapping[str, Collection[str]]) -> dict[str, pd.DataFrame]:
    """Every table of the store at `directory` (as `store.read_tables`, other columns and dtypes
    unchanged), without the columns `left_out` names per table (e.g. `LEFT_ON_DISK`); from Parquet
    those columns are not even read."""
    return store.read_tables(directory, without=left_out)


def _parquet_files(directory: Path) -> list[Path]:
    """The Parquet files holding the articles table (its parts), [] for a CSV store or none."""
    return store.part_paths(directory, "articles")


def articles_containing(directory: str | Path, phrase: str) -> set[str]:
    """Ids of the articles whose title or text contains `phrase`, ignoring case; an empty phrase
    matches every article."""
    if not isinstance(phrase, str):
        raise TypeError(f"phrase must be a string, not {type(phrase).__name__}")
    directory = Path(directory)
    if store.table_path(directory, "articles") is None:
        return set()
    paths = _parquet_files(directory)
    if not paths or not phrase.strip():
        articles = store.read_tables(directory)["articles"]
        if not phrase.strip():
            return set(articles["article_id"])
        pattern = phrase_pattern(phrase)
        found = (articles["title"].str.contains(pattern, case=False, regex=True)
                 | articles["text"].str.contains(pattern, case=False, regex=True))
        return set(articles.loc[found.fillna(False).astype(bool), "article_id"])
    cached = _cached_search(directory, phrase)
    if cached is not None:
        return cached
    import duckdb

    pattern = "(?i)" + phrase_pattern(phrase)
    with duckdb.connect() as connection:
        rows = connection.execute(
            "SELECT article_id FROM read_parquet(?, union_by_name = true) "
            "WHERE regexp_matches(coalesce(title, ''), ?) OR regexp_matches(coalesce(text, ''), ?)",
            [[str(p) for p in paths], pattern, pattern]).fetchall()
    return {row[0] for row in rows}


def article_texts(directory: str | Path, ids: Iterable[str]) -> dict[str, str]:
    """`{article_id: text}` for the given ids that the store holds."""
    wanted = list(dict.fromkeys(ids))
    directory = Path(directory)
    if store.table_path(directory, "articles") is None or not wanted:
        return {}
    cached = _cached_texts(directory, wanted)
    if cached is not None:
        return cached
    paths = _parquet_files(directory)
    if not paths:
        articles = store.read_tables(directory)["articles"]
        articles = articles[articles["article_id"].isin(wanted)]
        return dict(zip(articles["article_id"], articles[TEXT_COLUMN].fillna("").astype(str)))
    import duckdb

    with duckdb.connect() as connection:
        rows = connection.execute(
            "SELECT article_id, coalesce(text, '') FROM read_parquet(?, union_by_name = true) WHERE article_id IN (SELECT unnest(?))",
            [[str(p) for p in paths], wanted]).fetchall()
    return dict(rows)


# ---------------------------------------------------------------------------------------------------------
# The text cache: every text in one flat file, read at its offset

TEXT_CACHE_FOLDER = "dashboard-cache"
"""Folder of the store that holds the dashboard's caches (deleting it only costs the time to write them)."""


def text_cache_paths(directory: str | Path) -> tuple[Path, Path] | None:
    """(texts, index) files of the text cache for the store's current version; None when the store has
    no manifest version (a store written before versions, or none at all)."""
    directory = Path(directory)
    try:
        version = store.current_manifest(directory).version  # "" without a manifest
    except (OSError, store.StoreError):
        return None
    if not version or not re.fullmatch(r"[0-9A-Za-z_-]+", version):
        return None
    folder = directory / TEXT_CACHE_FOLDER
    return folder / f"texts-{version}.bin", folder / f"texts-{version}.json"


SEARCH_COPY_FORMAT = "v3"
"""Part of the search copy's file names: a copy of another layout is never read (and is removed)."""


def search_cache_paths(directory: str | Path) -> tuple[Path, Path] | None:
    """(segments, index) files of the search copy for the store's current version (see
    `write_text_cache`); None when the store has no manifest version."""
    paths = text_cache_paths(directory)
    if paths is None:
        return None
    folder, version = paths[0].parent, paths[0].stem.removeprefix("texts-")
    return folder / f"search-{SEARCH_COPY_FORMAT}-{version}.bin", folder / f"search-{SEARCH_COPY_FORMAT}-{version}.json"


SIGNATURE_BITS = 4096
"""Bits of each article's trigram signature in the search copy (512 bytes an article): a bit is set when
one of the article's byte trigrams hashes to it. At 3,500 bytes of text about half the bits are set, so
a phrase of ten trigrams or more rules out all but about 0.1 % of the articles without it."""


def _signatures_path(search_path: Path) -> Path:
    return search_path.with_suffix(".npy")


def _trigram_hashes(data):
    """The `SIGNATURE_BITS`-bit hash of each byte trigram of `data` (a uint8 array), in order."""
    import numpy as np

    trigrams = (data[:-2].astype(np.uint32) << 16) | (data[1:-1].astype(np.uint32) << 8) | data[2:]
    return (trigrams * np.uint32(2654435761)) >> np.uint32(32 - SIGNATURE_BITS.bit_length() + 1)


def _trigram_signatures(segments: list[bytes]):
    """One packed signature per article of `segments` (title and text alternating): the bits of every
    trigram inside one of its segments."""
    import numpy as np

    lengths = np.fromiter((len(s) for s in segments), dtype=np.int64, count=len(segments))
    matrix = np.zeros((len(segments) // 2, SIGNATURE_BITS), dtype=bool)
    data = np.frombuffer(b"".join(segments), dtype=np.uint8)
    if len(data) >= 3:
        segment = np.repeat(np.arange(len(segments)), lengths)[:-2]
        inside = np.arange(3, len(data) + 1) <= np.cumsum(lengths)[segment]  # the trigram ends in its segment
        matrix[segment[inside] // 2, _trigram_hashes(data)[inside]] = True
    return np.packbits(matrix, axis=1)


def write_text_cache(directory: str | Path) -> bool:
    """Write the text cache and the search copy of the Parquet store at `directory` for its current
    version (each atomically: its index, written last, marks it complete) and remove those of earlier
    versions. Streams the articles in batches, so it never holds every text. False when there is
    nothing to cache or the store cannot be written (read-only); the dashboard then reads and searches
    texts with DuckDB.

    The search copy holds, per article in store order, its title then its text (null as empty, UTF-8),
    with the ASCII letters A-Z lower-cased and each run of what DuckDB's `\\s` matches made one space;
    its index lists the article ids, the 2 * n + 1 segment bounds (byte offsets) and the non-ASCII
    characters the copy holds (a search leaves out case variants that do not occur)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory = Path(directory)
    paths, search_paths = text_cache_paths(directory), search_cache_paths(directory)
    parts = _parquet_files(directory) if paths else []
    if not paths or not search_paths or not parts:
        return False
    texts_path, index_path = paths
    search_path, search_index_path = search_paths
    write_texts, write_search = not index_path.exists(), not search_index_path.exists()
    token = uuid.uuid4().hex
    texts_tmp, index_tmp, search_tmp, search_index_tmp, signatures_tmp = (
        p.with_name(f".{p.name}.{token}.partial") for p in (*paths, *search_paths, _signatures_path(search_path)))
    ids: list[str] = []
    offsets: list[int] = [0]
    bounds: list[int] = [0]
    characters: set[str] = set()
    signatures: list[np.ndarray] = []

    def spans(column: pa.Array) -> tuple[memoryview, np.ndarray]:
        strings = column.cast(pa.large_string()).fill_null("")
        _, ends_buffer, data = strings.buffers()
        ends = np.frombuffer(ends_buffer, dtype=np.int64, count=len(strings) + 1, offset=strings.offset * 8)
        return memoryview(data if data is not None else b""), ends

    try:
        texts_path.parent.mkdir(exist_ok=True)
        with open(texts_tmp if write_texts else os.devnull, "wb") as texts_sink, \
                open(search_tmp if write_search else os.devnull, "wb") as search_sink:
            for part in parts:
                for batch in pq.ParquetFile(part).iter_batches(batch_size=2_048,
                                                               columns=["article_id", "title", TEXT_COLUMN]):
                    text, text_ends = spans(batch.column(2))
                    if write_texts:
                        texts_sink.write(text[text_ends[0]:text_ends[-1]])
                        offsets.extend((offsets[-1] + text_ends[1:] - text_ends[0]).tolist())
                    if write_search:
                        title, title_ends = spans(batch.column(1))
                        lowered_title = bytes(title[title_ends[0]:title_ends[-1]]).lower()
                        lowered_text = bytes(text[text_ends[0]:text_ends[-1]]).lower()
                        title_ends, text_ends = title_ends - title_ends[0], text_ends - text_ends[0]
                        segments = []
                        for n in range(len(batch)):
                            segments.append(_RE2_WHITESPACE.sub(b" ", lowered_title[title_ends[n]:title_ends[n + 1]]))
                            segments.append(_RE2_WHITESPACE.sub(b" ", lowered_text[text_ends[n]:text_ends[n + 1]]))
                        search_sink.write(b"".join(segments))
                        bounds.extend((bounds[-1] + np.cumsum([len(segment) for segment in segments])).tolist())
                        for first in range(0, len(batch), 256):
                            signatures.append(_trigram_signatures(segments[2 * first:2 * first + 512]))
                        for data in (lowered_title, lowered_text):
                            for run in set(_NON_ASCII_RUN.findall(data)):
                                characters.update(run.decode("utf-8", "replace"))
                    ids.extend(str(i) for i in batch.column(0).to_pylist())
        if write_texts:
            index_tmp.write_text(json.dumps({"ids": ids, "offsets": offsets}), encoding="utf-8")
            os.replace(texts_tmp, texts_path)
            os.replace(index_tmp, index_path)
        if write_search:
            with open(signatures_tmp, "wb") as sink:
                np.save(sink, np.concatenate(signatures) if signatures
                        else np.zeros((0, SIGNATURE_BITS // 8), dtype=np.uint8))
            os.replace(signatures_tmp, _signatures_path(search_path))
            search_index_tmp.write_text(json.dumps({"ids": ids, "bounds": bounds,
                                                      "characters": "".join(sorted(characters))}), encoding="utf-8")
            os.replace(search_tmp, search_path)
            os.replace(search_index_tmp, search_index_path)
    except OSError:
        for leftover in (texts_tmp, index_tmp, search_tmp, search_index_tmp, signatures_tmp):
            leftover.unlink(missing_ok=True)
        return False
    current = {texts_path, index_path, search_path, search_index_path, _signatures_path(search_path)}
    version = texts_path.stem.removeprefix("texts-")
    for old in [*texts_path.parent.glob("texts-*"), *texts_path.parent.glob("search-*"),
                *texts_path.parent.glob("frame-*")]:
        if old not in current and not old.name.startswith(f"frame-{version}-"):
            old.unlink(missing_ok=True)
    return True


@lru_cache(maxsize=2)
def _text_index(index_path: Path) -> dict[str, tuple[int, int]]:
    raw = json.loads(index_path.read_text(encoding="utf-8"))
    offsets = raw["offsets"]
    return {i: (offsets[n], offsets[n + 1]) for n, i in enumerate(raw["ids"])}


def _cached_texts(directory: Path, ids: list[str]) -> dict[str, str] | None:
    """The texts of `ids` from the text cache, None when the store has no cache for its version."""
    paths = text_cache_paths(directory)
    if paths is None or not paths[1].exists():
        return None
    texts_path, index_path = paths
    try:
        index = _text_index(index_path)
        found = {}
        with open(texts_path, "rb") as source:
            fd = source.fileno()
            for article_id in ids:
                span = index.get(str(article_id))
                if span is not None:
                    found[article_id] = os.pread(fd, span[1] - span[0], span[0]).decode("utf-8")
        return found
    except (OSError, ValueError, KeyError):  # deleted or damaged meanwhile: read the store instead
        return None



# ---------------------------------------------------------------------------------------------------------
# Searching the search copy: the DuckDB search's matches, from a compiled bytes regex

SEARCH_CHUNK_BYTES = 32 * 1024 * 1024
"""The search copy is mapped in chunks of about this many bytes (whole articles), one at a time: the
process never holds the whole file (its peak memory grows by one chunk at most)."""

_RE2_WHITESPACE = re.compile(rb"[\t\n\f\r ]+")
"""What `\\s+` matches to DuckDB's regex engine (RE2): ASCII space, tab, newline, form feed, carriage return
(not vertical tab, not no-break or other Unicode spaces). The search copy holds each run as one space."""

_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
"""A run of non-ASCII bytes: whole UTF-8 characters (what the search copy's index lists)."""


def _fold_key(character: str) -> str:
    """A character's simple case folding (one character): two characters match, ignoring case, when
    their keys are equal. `casefold` where it gives one character, else `lower` (ẞ -> ß), else itself
    (İ matches only itself, as in RE2)."""
    for folded in (character.casefold(), character.lower()):
        if len(folded) == 1:
            return folded
    return character


@lru_cache(maxsize=1)
def _case_orbits() -> dict[str, frozenset[str]]:
    """Key -> the characters that share it, for every character whose case folds (all of them lie
    below U+1F000)."""
    orbits: dict[str, set[str]] = {}
    for code in range(0x1F000):
        character = chr(code)
        key = _fold_key(character)
        if key != character:
            orbits.setdefault(key, {key}).add(character)
    return {key: frozenset(members) for key, members in orbits.items()}


@lru_cache(maxsize=64)
def _search_pattern(phrase: str, present: str | None) -> bytes | re.Pattern[bytes]:
    """`phrase_pattern(phrase)` matched ignoring case, over the search copy: each character stands for
    the UTF-8 of every character that folds like it (ASCII ones lower-cased, as the copy holds them;
    others only when in `present`, the copy's non-ASCII characters, if known), the words joined by one
    space. Plain bytes when each character has one form there (found with `bytes.find`), else a regex."""
    orbits = _case_orbits()
    words, literal = [], True
    for word in phrase.split():
        pieces = []
        for character in word:
            variants = {v for v in orbits.get(_fold_key(character), frozenset()) | {character}
                        if v.isascii() or v == character or present is None or v in present}
            encoded = sorted({(v.lower() if v.isascii() else v).encode("utf-8", "surrogatepass") for v in variants})
            literal &= len(encoded) == 1
            pieces.append(encoded)
        words.append(pieces)
    if literal:
        return b" ".join(b"".join(encoded[0] for encoded in word) for word in words)
    return re.compile(b" ".join(b"".join(re.escape(e[0]) if len(e) == 1 else b"(?:" + b"|".join(map(re.escape, e)) + b")"
                                         for e in word) for word in words))


@lru_cache(maxsize=2)
def _search_index(index_path: Path):
    import numpy as np

    raw = json.loads(index_path.read_text(encoding="utf-8"))
    bounds = np.asarray(raw["bounds"], dtype=np.int64)
    if len(bounds) != 2 * len(raw["ids"]) + 1:
        raise ValueError(f"{index_path}: {len(bounds)} bounds for {len(raw['ids'])} articles")
    return raw["ids"], bounds, raw.get("characters")


def prepare_search(directory: str | Path) -> bool:
    """Load the search copy's index and the case-folding table now (about 0.1 s at 100,000 articles),
    so the first keyphrase search does not pay for them; False when the store has no search copy."""
    paths = search_cache_paths(directory)
    if paths is None or not paths[1].exists():
        return False
    try:
        _search_index(paths[1])
        if _signatures_path(paths[0]).exists():
            _signatures(_signatures_path(paths[0]))
    except (OSError, ValueError, KeyError):
        return False
    _case_orbits()
    return True


def _cached_search(directory: Path, phrase: str) -> set[str] | None:
    """`articles_containing(directory, phrase)` from the search copy; None when the store has none for
    its version (or it went missing meanwhile)."""
    import mmap

    import numpy as np

    paths = search_cache_paths(directory)
    if paths is None or not paths[1].exists():
        return None
    search_path, index_path = paths
    try:
        ids, bounds, present = _search_index(index_path)
        pattern = _search_pattern(phrase, present)
        candidates = _candidates(search_path, pattern, len(ids))
        if candidates is not None:
            return _search_candidates(search_path, pattern, candidates, ids, bounds)
        starts = bounds[0::2]  # of each article's title segment, then the end
        found: list[int] = []
        with open(search_path, "rb") as source:
            if os.fstat(source.fileno()).st_size != bounds[-1]:
                return None
            first = 0
            while first < len(ids):  # a chunk of whole articles [first, last), mapped while searched
                last = int(np.searchsorted(starts, starts[first] + SEARCH_CHUNK_BYTES, side="right")) - 1
                last = min(max(last, first + 1), len(ids))
                base, end = int(starts[first]), int(starts[last])
                if end > base:
                    mapped_from = base - base % mmap.ALLOCATIONGRANULARITY
                    with mmap.mmap(source.fileno(), end - mapped_from, offset=mapped_from, access=mmap.ACCESS_READ) as chunk:
                        segment_ends = (bounds[2 * first + 1:2 * last + 1] - mapped_from).tolist()
                        found.extend(first + n for n in _articles_matching(pattern, chunk, base - mapped_from,
                                                                           segment_ends))
                first = last
        return {ids[n] for n in found}
    except (OSError, ValueError, KeyError):  # deleted or damaged meanwhile: search the store instead
        return None


CANDIDATE_SHARE = 0.25
"""When the signatures leave more than this share of the articles, the whole copy is scanned instead."""


@lru_cache(maxsize=2)
def _signatures(path: Path):
    import numpy as np

    return np.load(path)


def _candidates(search_path: Path, pattern: bytes | re.Pattern[bytes], n_articles: int):
    """Positions of the articles whose signature has every trigram of `pattern` (a superset of those
    containing it), or None when that would not save scanning (a regex, a short or common phrase, no
    signatures)."""
    import numpy as np

    path = _signatures_path(search_path)
    if not isinstance(pattern, bytes) or len(pattern) < 3 or not path.exists():
        return None
    signatures = _signatures(path)
    if signatures.shape != (n_articles, SIGNATURE_BITS // 8):
        return None
    keep = np.ones(n_articles, dtype=bool)
    for bit in np.unique(_trigram_hashes(np.frombuffer(pattern, dtype=np.uint8))).tolist():
        keep &= (signatures[:, bit >> 3] & (128 >> (bit & 7))) != 0
    found = np.flatnonzero(keep)
    return found if len(found) <= CANDIDATE_SHARE * n_articles else None


def _search_candidates(search_path: Path, needle: bytes, candidates, ids: list[str], bounds) -> set[str]:
    """The candidate articles whose title or text holds `needle`, each segment searched on its own."""
    import mmap

    found = set()
    if len(candidates) == 0:
        return found
    with open(search_path, "rb") as source, mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as data:
        find = data.find
        for article in candidates.tolist():
            title, text, end = int(bounds[2 * article]), int(bounds[2 * article + 1]), int(bounds[2 * article + 2])
            if find(needle, title, text) >= 0 or find(needle, text, end) >= 0:
                found.add(ids[article])
    return found


def _articles_matching(pattern: bytes | re.Pattern[bytes], data, position: int, segment_ends: list[int]) -> list[int]:
    """Positions (in the chunk) of the articles with a match of `pattern` inside one of their segments;
    `data`: the chunk (an mmap), searched from `position`; `segment_ends`: each segment's end in `data`,
    title and text alternating. A match across a segment's end does not count: the search resumes one
    byte after its start."""
    from bisect import bisect_right

    size = len(data)
    if isinstance(pattern, bytes):
        find, length = data.find, len(pattern)  # the fast substring search of bytes.find

        def search(position: int) -> tuple[int, int] | None:
            start = find(pattern, position, size)
            return None if start < 0 else (start, start + length)
    else:
        def search(position: int) -> tuple[int, int] | None:
            match = pattern.search(data, position)
            return None if match is None else match.span()
    found = []
    while position < size:
        span = search(position)
        if span is None:
            break
        start, end = span
        segment = bisect_right(segment_ends, start)
        if end <= segment_ends[segment]:
            article = segment // 2
            found.append(article)
            position = segment_ends[2 * article + 1]  # on to the next article
        else:
            position = start + 1
    return found


# ---------------------------------------------------------------------------------------------------------
# Results kept on disk: an aggregation that takes long, per store version and key

FRAME_CACHE_MAX_FILES = 64
"""At most this many results are kept per store (the oldest removed first)."""


def frame_cache_path(directory: str | Path, key: str) -> Path | None:
    """Where `cached_frame` keeps the result named `key` for the store's current version; None when the
    store has no manifest version."""
    import hashlib

    paths = text_cache_paths(directory)
    if paths is None:
        return None
    version = paths[0].stem.removeprefix("texts-")
    return paths[0].parent / f"frame-{version}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.parquet"


def cached_frame(directory: str | Path, key: str, compute: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """`compute()`, kept as Parquet in the store's `dashboard-cache/` under its version and `key` (which
    must name everything the result depends on besides the store: function, filters, options), and read
    from there while the store keeps that version (safe to delete; a new version leaves it unread, and
    `write_text_cache` removes it). Used for results that take long on a large corpus (repeated
    quotations: minutes when most quotations are distinct). A result whose columns do not survive Parquet
    unchanged, or a store that cannot be written, is simply not kept."""
    if not isinstance(key, str) or not key:
        raise ValueError(f"key: expected a non-empty string, got {key!r}")
    path = frame_cache_path(directory, key)
    if path is not None and path.exists():
        try:
            return pd.read_parquet(path)
        except (OSError, ValueError, ImportError):  # damaged or deleted meanwhile: compute it again
            pass
    frame = compute()
    if path is None:
        return frame
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        path.parent.mkdir(exist_ok=True)
        frame.to_parquet(temporary, index=False)
        if _same_frame(pd.read_parquet(temporary), frame):
            os.replace(temporary, path)
            kept = sorted(path.parent.glob("frame-*.parquet"), key=lambda p: p.stat().st_mtime)
            for old in kept[:-FRAME_CACHE_MAX_FILES]:
                old.unlink(missing_ok=True)
    except (OSError, ValueError, TypeError, ImportError):
        pass
    finally:
        temporary.unlink(missing_ok=True)
    return frame


def _same_frame(read: pd.DataFrame, written: pd.DataFrame) -> bool:
    try:
        pd.testing.assert_frame_equal(read, written.reset_index(drop=True))
    except AssertionError:
        return False
    return written.index.equals(pd.RangeIndex(len(written)))
