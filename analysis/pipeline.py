"""The build: read inputs, add the new articles to a store, analyse what has not been analysed, write.

`build` is what `python -m analysis build` and the dashboard's "Add articles" page run. It is
incremental: an input whose fingerprint the store has seen is not read again, and an article the
store has analysed is not analysed again, so a second run over unchanged inputs does almost nothing.
"""
from __future__ import annotations

import functools
import hashlib
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import store
from analysis.actors import mentions_for
from analysis.executors import ENGINES, Executor
from analysis.ingest import NEAR_DUPLICATE_THRESHOLD, Fetcher, Source, near_duplicates, parse_source
from analysis.ingest.sources import discover_changes
from analysis.ingest.language import language_of
from analysis.ingest.duplicates import shingle_hashes
from analysis.keywords import keywords_for
from analysis.markets import market_notes_for
from analysis.quotes import quotes_for
from analysis.records import REJECTION_COLUMNS, Article, Rejection, articles_frame

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
DEFAULT_CORPUS = DATA_DIR / "articles"
DEFAULT_STORE = DATA_DIR / "store"
BATCH_SIZE = 32
"""Articles analysed per task: large enough to amortise process hand-over, small enough to balance load."""

Progress = Callable[[int, int, str], object]
"""Called as progress(done, total, stage) with stage "reading" or "analysing"."""


@dataclass(frozen=True)
class BuildSummary:
    """What one build did. `read` counts articles read from new or changed inputs; of those, `added`
    were new to the store and `already_present` were not; `duplicates` of the added are near copies
    of an earlier article. `unchanged_inputs` were skipped because the store had already read them.
    `seconds`: per step, wall-clock seconds in this process for "parsing" (reading inputs, in parallel),
    "store_read", "duplicates", "merging", "store_write"; CPU seconds summed over the workers for the
    analysis stages "keywords", "mentions", "quotes", "market_notes" (CPU, so that a busy machine or
    more workers do not inflate them)."""

    out: Path
    read: int = 0
    added: int = 0
    already_present: int = 0
    duplicates: int = 0
    unchanged_inputs: int = 0
    analysed: int = 0
    rejected: tuple[Rejection, ...] = ()
    notes: tuple[Rejection, ...] = ()
    analysis_errors: tuple[Rejection, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)
    added_ids: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The summary as a person reads it, one line per fact."""
        lines = [f"read {self.read} article(s): {self.added} added, {self.already_present} already present, "
                 f"{self.duplicates} near duplicate(s); {self.unchanged_inputs} unchanged input(s) skipped; "
                 f"{len(self.rejected)} rejected"]
        lines += [f"rejected {r.source}: {r.reason}" for r in self.rejected]
        lines += [f"note {r.source}: {r.reason}" for r in self.notes]
        lines += [f"analysis failed {r.source}: {r.reason}" for r in self.analysis_errors]
        return lines


def build(inputs: Sequence[str | Path], out: str | Path, *, metadata: str | Path | None = None,
          workers: int = 1, fmt: str = "parquet", rebuild: bool = False, fetch_links: bool = False,
          fetcher: Fetcher | None = None, engine: str = "local", scheduler: str | None = None,
          progress: Progress | None = None, labels: Mapping[str | Path, str] | None = None) -> BuildSummary:
    """Add the articles in `inputs` (files, folders, URLs, feeds) to the store at `out` and analyse them.

    `workers`: local processes for reading and (with `engine="local"`) analysing. `engine="dask"` sends
    the analysis to the Dask cluster at `scheduler` (reading stays local). Holds the store's lock
    throughout, so concurrent builds of one store run one after the other and both land.
    `rebuild=True` forgets the store's contents and redoes everything. `labels` names inputs for people:
    an input's path is replaced by its label in the articles' `source` and in rejections (the dashboard
    stores uploads under generated names and labels them with the uploader's file name).

    Problems with an article that was kept anyway (an impossible date in its metadata) are `notes`, not
    rejections: `rejected` and `rejected.csv` list only what could not be read.
    """
    if fmt not in store.FORMATS:
        raise ValueError(f"fmt must be one of {store.FORMATS}, not {fmt!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a whole number >= 1, not {workers!r}")
    out = Path(out)
    seconds: dict[str, float] = defaultdict(float)
    with store.locked(out), Executor(workers=workers, engine=engine, scheduler=scheduler) as executor:
        manifest = store.Manifest() if rebuild else store.Manifest.read(out)
        started = time.perf_counter()
        found = discover_changes(list(inputs), metadata=metadata, known=None if rebuild else manifest.sources,
                                 folders=None if rebuild else manifest.folders)
        sources, rejected = found.sources, found.rejected
        todo = [s for s in sources if rebuild or _is_new(s, manifest)]
        unchanged_inputs = len(sources) + found.unchanged - len(todo)
        restated = _restat(sources, manifest) if not rebuild else False
        restated |= _record_folders(manifest, found.folders, todo)
        parsed = executor.map(_parse, [(s, fetch_links, fetcher) for s in todo], local=True,
                              on_done=_reporter(progress, len(todo), "reading"))
        seconds["parsing"] += time.perf_counter() - started
        if not todo and not rebuild and _nothing_pending(out, manifest):
            if restated or manifest.outdated:
                store.write_manifest(out, manifest)
            return BuildSummary(out=out, unchanged_inputs=unchanged_inputs, rejected=tuple(rejected),
                                seconds=dict(seconds))

        started = time.perf_counter()
        # The stored rows are read without their text, and first only with the columns that adding articles
        # needs (LEAN_COLUMNS); the others are read when stored rows must be written again or re-analysed.
        stored_articles = functools.partial(_stored_articles, out, store.Manifest(
            parts=None if manifest.parts is None else dict(manifest.parts), format=manifest.format))
        articles = store.empty_table("articles") if rebuild else stored_articles(LEAN_COLUMNS)
        lean = not rebuild
        if rebuild:
            articles["text"] = pd.Series([None] * len(articles), index=articles.index, dtype=object)
        with_text = _TextLoader(out, manifest)
        stored = len(articles)
        seconds["store_read"] += time.perf_counter() - started
        known = set(articles["article_id"].tolist())
        fresh: list[Article] = []
        refreshed: dict[str, Article] = {}
        signatures: dict[str, np.ndarray] = {}
        read = 0
        notes: list[Rejection] = []
        languages: dict[str, str] = {}
        for source, (found, problems, found_signatures, found_languages) in zip(todo, parsed):
            languages.update(found_languages)
            if labels:
                found, problems = _relabelled(found, problems, labels)
            notes.extend(p for p in problems if p.reason.startswith(KEPT_NOTE))
            problems = [p for p in problems if not p.reason.startswith(KEPT_NOTE)]
            rejected.extend(problems)
            signatures.update(found_signatures)
            manifest.sources[source.key] = {
                "fingerprint": source.fingerprint, "article_ids": [a.article_id for a in found],
                "rejected": [[r.source, r.reason] for r in problems], **_stat_entry(source)}
            for article in found:
                read += 1
                if article.article_id in known:
                    refreshed[article.article_id] = article
                    continue
                known.add(article.article_id)
                fresh.append(article)
        if lean and (refreshed or not fresh):
            articles, lean = stored_articles(), False
        if refreshed:
            articles = _refresh_metadata(articles, refreshed)
        added = None
        if fresh:
            added = articles_frame(fresh)
            added["language"] = added["article_id"].map(languages).astype(object)
            articles = _concat([articles, added], "articles")
        articles = _ordered(articles, "articles")
        marks_before = articles["duplicate_of"].iloc[:stored].copy()
        if fresh or refreshed or rebuild:
            started = time.perf_counter()
            changed = {a.article_id for a in fresh} | set(refreshed)
            articles["duplicate_of"] = _duplicates_of(articles, changed, signatures, out, rebuild=rebuild,
                                                      with_text=with_text)
            seconds["duplicates"] += time.perf_counter() - started
        # Rows already stored change only when metadata was re-read or duplicate marks moved: then the
        # articles table is rewritten whole, otherwise only the new rows are appended as a part.
        marks_moved = not marks_before.fillna("").astype(str).equals(
            articles["duplicate_of"].iloc[:stored].fillna("").astype(str))
        analysed = manifest.analysed
        not_analysed = np.fromiter((i not in analysed for i in articles["article_id"].tolist()), dtype=bool,
                                   count=len(articles))
        if lean and (marks_moved or not_analysed[:stored].any()):  # stored rows written again or analysed
            complete = _ordered(_concat([f for f in (stored_articles(), added) if f is not None], "articles"), "articles")
            complete["duplicate_of"] = articles["duplicate_of"].to_numpy(dtype=object)
            articles, lean = complete, False
        appended: set[str] = set()
        tables: dict[str, pd.DataFrame] = {name: store.empty_table(name) for name in store.ANALYSIS_TABLES}
        if rebuild or refreshed or marks_moved:
            tables["articles"] = articles = with_text(articles)
        else:
            tables["articles"] = articles.iloc[stored:]
            appended.add("articles")

        pending = with_text(articles.loc[not_analysed, ["article_id", "title", "text"]])
        errors: list[Rejection] = []
        if not rebuild and not set(pending["article_id"].tolist()) & set(articles["article_id"].iloc[:stored].tolist()):
            appended.update(store.ANALYSIS_TABLES)  # only new articles analysed: their rows are appended
        if len(pending):
            batches = [pending.iloc[i:i + BATCH_SIZE] for i in range(0, len(pending), BATCH_SIZE)]
            results = executor.map(analyse_batch, batches, on_done=_reporter(progress, len(batches), "analysing"))
            started = time.perf_counter()
            redone = set(pending["article_id"])
            for name in store.ANALYSIS_TABLES:
                if name in appended:
                    kept = store.empty_table(name)
                else:  # stored articles analysed again (a failed stage, a killed build): their old rows go
                    kept = store.empty_table(name) if rebuild else store.read_table(out, name, manifest=manifest)
                    kept = kept[~kept["article_id"].isin(redone)]
                tables[name] = _concat([kept, *(r.tables[name] for r in results)], name)
            for result in results:
                manifest.analysed |= result.analysed
                errors.extend(result.errors)
                for stage, spent in result.seconds.items():
                    seconds[stage] += spent
            seconds["merging"] += time.perf_counter() - started
        manifest.analysed &= set(articles["article_id"].tolist())

        if todo or len(pending) or rebuild or not (out / store.MANIFEST).exists():
            started = time.perf_counter()
            store.write_tables(out, tables, _rejections_of(manifest, rejected), manifest, fmt=fmt,
                               appended=appended)
            seconds["store_write"] += time.perf_counter() - started
    added_ids = tuple(a.article_id for a in fresh)
    duplicate_ids = set(articles.loc[articles["duplicate_of"].notna(), "article_id"])
    return BuildSummary(
        out=out, read=read, added=len(fresh), already_present=read - len(fresh),
        duplicates=sum(i in duplicate_ids for i in added_ids), unchanged_inputs=unchanged_inputs,
        analysed=len(pending), rejected=tuple(rejected), notes=tuple(notes), analysis_errors=tuple(errors),
        seconds=dict(seconds), added_ids=added_ids)


LEAN_COLUMNS: tuple[str, ...] = ("article_id", "published", "n_words", "duplicate_of", "language")
"""The stored articles' columns a build that only adds articles needs (ids, and what near-duplicate
marking reads besides the text); the other string columns are read only when stored rows change."""


def _stored_articles(out: Path, manifest: store.Manifest, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The store's articles table without `text` (a column of None instead): all columns, or `columns`."""
    wanted = [c for c in (*store.TABLE_COLUMNS["articles"], "language") if c != "text" and (columns is None or c in columns)]
    frame = store.read_table(out, "articles", manifest=manifest, columns=wanted)
    frame["text"] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame


KEPT_NOTE = "ingested, but"
"""How the readers begin the reason of a problem with an article they kept (see `analysis.ingest`)."""


def _relabelled(found: list[Article], problems: list[Rejection],
                labels: Mapping[str | Path, str]) -> tuple[list[Article], list[Rejection]]:
    """`found` and `problems` with every labelled input's path replaced by its label."""
    pairs = sorted({(str(form), label) for key, label in labels.items()
                    for form in (key, Path(key).resolve()) if not str(key).startswith(("http://", "https://"))}
                   | {(str(key), label) for key, label in labels.items()}, key=lambda p: -len(p[0]))

    def relabel(text: str) -> str:
        for path, label in pairs:
            text = text.replace(path, label)
        return text

    return ([replace(a, source=relabel(a.source)) for a in found],
            [Rejection(relabel(r.source), relabel(r.reason)) for r in problems])


def _nothing_pending(out: Path, manifest: store.Manifest) -> bool:
    """True when the store exists and every article in it has been analysed: a build with no new input
    then has nothing to do, and only the article ids are read to know it."""
    if not (out / store.MANIFEST).exists():
        return False
    if store.table_path(out, "articles") is None:
        return False
    try:
        ids = store.read_table(out, "articles", columns=["article_id"], manifest=manifest)["article_id"]
    except Exception:  # an unreadable table is reported by the full read that follows
        return False
    return set(ids) <= manifest.analysed


def _is_new(source: Source, manifest: store.Manifest) -> bool:
    seen = manifest.sources.get(source.key)
    if seen is None:
        return True
    return source.fingerprint is not None and seen.get("fingerprint") != source.fingerprint


def _stat_entry(source: Source) -> dict:
    """The manifest fields that let the next build skip hashing the source's file (none for URLs)."""
    if source.content_digest is None:
        return {}
    size, mtime_ns = source.stat or (None, None)
    return {"size": size, "mtime_ns": mtime_ns, "content": source.content_digest}


def _restat(sources: Sequence[Source], manifest: store.Manifest) -> bool:
    """Record the stat of unchanged sources whose file was touched (same bytes, new mtime), so that the
    next build need not hash them again; True when any entry changed."""
    changed = False
    known = manifest.sources
    for source in sources:
        entry = known.get(source.key)
        if entry is None or source.content_digest is None or entry.get("fingerprint") != source.fingerprint:
            continue
        size, mtime_ns = source.stat or (None, None)
        if entry.get("size") != size or entry.get("mtime_ns") != mtime_ns or entry.get("content") != source.content_digest:
            known[source.key] = {**entry, **_stat_entry(source)}  # replaced, not changed: see store.Manifest
            changed = True
    return changed


def _record_folders(manifest: store.Manifest, folders: Mapping[str, dict], todo: Sequence[Source]) -> bool:
    """Keep the folder records of this build's walk in `manifest`, and forget the record of any other folder
    holding a source read now (read outside that walk, its manifest entry may no longer be what the record
    stood for); True when the records changed."""
    known = manifest.folders
    changed = False
    for source in todo:
        folder = os.path.dirname(source.key) if source.kind != "url" else None
        if folder is not None and folder not in folders and known.pop(folder, None) is not None:
            changed = True
    for folder, record in folders.items():
        if known.get(folder) != record:
            known[folder] = record
            changed = True
    return changed


def _parse(job: tuple[Source, bool, Fetcher | None]
           ) -> tuple[list[Article], list[Rejection], dict[str, np.ndarray], dict[str, str]]:
    """One source's articles, its rejections, and each article's duplicate signature and language
    (computed here, in the worker, so the main process never reads whole texts)."""
    source, fetch_links, fetcher = job
    try:
        found, problems = parse_source(source, fetch_links=fetch_links, fetcher=fetcher)
    except Exception as error:  # a reader bug must cost one input, never the build
        return [], [Rejection(source.key, f"could not be read: {type(error).__name__}: {error}")], {}, {}
    return (found, problems, {a.article_id: duplicate_signature(a.text) for a in found},
            {a.article_id: language_of(a.text) for a in found})


# --- near duplicates, incrementally -------------------------------------------------------------------------
# `near_duplicates` (ingest) compares every article with every other, from their texts: right for a first
# build, but adding 10 articles to 100,000 would re-hash all 100,000 texts. So the build keeps a small
# MinHash signature per article in the store (`minhash/*.npy`, a cache: missing or unreadable entries are
# recomputed) and, when few articles change, finds the stored articles whose signature could put them
# within `NEAR_DUPLICATE_THRESHOLD` of a changed one, then runs `near_duplicates` on the changed articles
# plus the whole duplicate groups of those candidates. Groups no changed article can touch keep their marks.

SIGNATURE_CACHE = "minhash"
"""Folder of the store holding the signature cache: `<version>/<uuid>.ids.npy` + `.sig.npy` pairs, where
`version` changes whenever the signature of a fixed probe text does (a new shingling, a new hash)."""
SIGNATURE_SIZE = 64
CANDIDATE_MARGIN = 0.625
"""A stored article is compared again when its signature shares at least this fraction of the threshold's
expected positions with a changed article's (16 of 64 at threshold 0.4, an estimated Jaccard >= 0.25):
a pair exactly at the threshold is missed with probability ~0.5%, one at 0.45 with ~0.05%, about as
often as the LSH banding inside `near_duplicates` misses such pairs itself."""
INCREMENTAL_SHARE = 0.1
"""Above this share of changed articles the whole table is compared again (it is then as cheap)."""
_SIGNATURE_A = np.random.default_rng(8_2025).integers(1, (1 << 61) - 1, size=SIGNATURE_SIZE, dtype=np.uint64) | np.uint64(1)
_SIGNATURE_B = np.random.default_rng(9_2025).integers(0, (1 << 61) - 1, size=SIGNATURE_SIZE, dtype=np.uint64)
_NO_SHINGLES = np.iinfo(np.uint64).max


def duplicate_signature(text: str) -> np.ndarray:
    """`SIGNATURE_SIZE` MinHash values of the word 3-shingles of `text` (as `near_duplicates` shingles it).
    The share of equal positions between two signatures estimates the two texts' Jaccard similarity."""
    hashes = shingle_hashes(text)
    if hashes.size == 0:
        return np.full(SIGNATURE_SIZE, _NO_SHINGLES, dtype=np.uint64)
    with np.errstate(over="ignore"):
        return ((hashes[:, None] * _SIGNATURE_A[None, :] + _SIGNATURE_B[None, :]) & np.uint64((1 << 61) - 1)).min(axis=0)


def _duplicates_of(articles: pd.DataFrame, changed: set[str], signatures: dict[str, np.ndarray], out: Path, *,
                   rebuild: bool, with_text: Callable[[pd.DataFrame], pd.DataFrame]) -> pd.Series:
    """The `duplicate_of` column for `articles` after the articles in `changed` were added or re-dated.
    `signatures`: those computed while reading (by article id); the others come from the cache or the text.
    `with_text(rows)`: the rows with their `text` filled in (the stored articles' texts are read only if needed)."""
    matrix = _signature_matrix(articles, signatures, out, rebuild=rebuild, with_text=with_text)
    previous = articles["duplicate_of"] if "duplicate_of" in articles else pd.Series(None, index=articles.index)
    old = ~articles["article_id"].isin(changed)
    if rebuild or not old.any() or len(changed) > INCREMENTAL_SHARE * len(articles):
        marks = near_duplicates(with_text(articles[["article_id", "text", "published"]]))
        return _as_object(articles["article_id"].map(marks))
    old_rows = old.to_numpy()
    stored = matrix[old_rows]
    needed = max(1, round(SIGNATURE_SIZE * NEAR_DUPLICATE_THRESHOLD * CANDIDATE_MARGIN))
    close = np.zeros(len(stored), dtype=bool)
    for signature in matrix[~old_rows]:
        close |= (stored == signature).sum(axis=1) >= needed
    roots = previous.where(previous.notna(), articles["article_id"])
    touched_roots = set(roots[old].to_numpy()[close]) | set(roots[~old])
    subset = ~old | roots.isin(touched_roots) | articles["article_id"].isin(touched_roots)
    marks = near_duplicates(with_text(articles.loc[subset, ["article_id", "text", "published"]]))
    result = previous.copy()
    result[subset] = articles.loc[subset, "article_id"].map(marks)
    return _as_object(result)


def _signature_matrix(articles: pd.DataFrame, signatures: dict[str, np.ndarray], out: Path, *,
                      rebuild: bool, with_text: Callable[[pd.DataFrame], pd.DataFrame]) -> np.ndarray:
    """One signature row per article (in table order), from `signatures`, the store's cache, or the text;
    rows the cache lacked are added to it."""
    ids = articles["article_id"].astype(str).to_numpy()
    position = pd.Index(ids)
    matrix = np.empty((len(ids), SIGNATURE_SIZE), dtype=np.uint64)
    known = np.zeros(len(ids), dtype=bool)
    cached_ids, cached = (np.array([], dtype=str), None) if rebuild else _read_signatures(out)
    if cached is not None and len(cached_ids):
        rows = position.get_indexer(cached_ids)
        found = rows >= 0
        matrix[rows[found]] = cached[found]
        known[rows[found]] = True
    fresh = np.zeros(len(ids), dtype=bool)
    if signatures:
        rows = position.get_indexer(list(signatures))
        for row, signature in zip(rows, signatures.values()):
            if row >= 0 and not known[row]:
                matrix[row] = signature
                fresh[row] = True
    missing = np.flatnonzero(~known & ~fresh)
    if len(missing):
        texts = with_text(articles.iloc[missing][["article_id", "text"]])["text"]
        for row, text in zip(missing, texts):
            matrix[row] = duplicate_signature(str(text))
            fresh[row] = True
    _write_signatures(out, ids, matrix, new=fresh)
    return matrix


class _TextLoader:
    """`loader(rows)`: `rows` of the articles table with every missing `text` read from the store. Most builds
    that add a few articles never need a stored text, and those that do need a few (the members of the
    duplicate groups a new article may join): `store.read_texts` reads only the row groups holding them."""

    def __init__(self, out: Path, manifest: store.Manifest) -> None:
        parts = None if manifest.parts is None else {name: list(files) for name, files in manifest.parts.items()}
        self.manifest = store.Manifest(parts=parts, format=manifest.format)  # the parts as read
        self.out = out
        self.texts: dict[str, str] = {}

    def __call__(self, rows: pd.DataFrame) -> pd.DataFrame:
        missing = rows["text"].isna()
        if not missing.any():
            return rows
        wanted = rows.loc[missing, "article_id"]
        unknown = set(wanted.astype(str)) - self.texts.keys()
        if unknown:
            found = store.read_texts(self.out, unknown, manifest=self.manifest)
            self.texts.update({article_id: found.get(article_id, "") for article_id in unknown})
        rows = rows.copy()
        rows["text"] = rows["text"].astype(object)
        rows.loc[missing, "text"] = wanted.map(self.texts).fillna("").to_numpy(dtype=object)
        return rows


def _ordered(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    first = list(store.TABLE_COLUMNS[name])
    return frame[first + [c for c in frame.columns if c not in first]]


def _as_object(column: pd.Series) -> pd.Series:
    column = column.astype(object)
    return column.where(column.notna(), None)


@functools.cache
def _signature_version() -> str:
    probe = duplicate_signature("a fixed probe text: signatures made by other code or settings never mix")
    return hashlib.sha256(probe.tobytes()).hexdigest()[:12]


def _signature_folder(out: Path) -> Path:
    return out / SIGNATURE_CACHE / _signature_version()


def _read_signatures(out: Path) -> tuple[np.ndarray, np.ndarray | None]:
    """The cached (ids, signatures), each id once (the latest file wins); (empty, None) without a cache."""
    id_parts, signature_parts = [], []
    for ids_path in sorted(_signature_folder(out).glob("*.ids.npy"), key=lambda p: p.stat().st_mtime_ns):
        try:
            ids = np.load(ids_path, allow_pickle=False)
            values = np.load(_signatures_path(ids_path), allow_pickle=False)
        except (OSError, ValueError):
            continue  # a cache file cut short by a crash: its signatures are recomputed
        if values.shape == (len(ids), SIGNATURE_SIZE) and values.dtype == np.uint64:
            id_parts.append(ids.astype(str))
            signature_parts.append(values)
    if not id_parts:
        return np.array([], dtype=str), None
    ids, values = np.concatenate(id_parts), np.concatenate(signature_parts)
    latest = ~pd.Index(ids).duplicated(keep="last")
    return ids[latest], values[latest]


def _signatures_path(ids_path: Path) -> Path:
    return ids_path.with_name(ids_path.name.replace(".ids.npy", ".sig.npy"))


def _write_signatures(out: Path, ids: np.ndarray, matrix: np.ndarray, *, new: np.ndarray,
                      max_files: int = 16) -> None:
    """Add the rows flagged `new` to the cache as one more file pair; once there are `max_files` pairs,
    replace them all by one pair holding every row (the articles the store holds now)."""
    folder = _signature_folder(out)
    folder.mkdir(parents=True, exist_ok=True)
    existing = list(folder.glob("*.ids.npy"))
    compact = len(existing) >= max_files
    if not compact and not new.any():
        return
    keep = slice(None) if compact else new
    stem = uuid.uuid4().hex
    for suffix, array in ((".sig.npy", matrix[keep]), (".ids.npy", ids[keep].astype(str))):
        tmp = folder / f".{stem}{suffix}.tmp"
        with open(tmp, "wb") as handle:
            np.save(handle, array, allow_pickle=False)
        os.replace(tmp, folder / f"{stem}{suffix}")
    if compact:
        for ids_path in existing:
            _signatures_path(ids_path).unlink(missing_ok=True)
            ids_path.unlink(missing_ok=True)


def _refresh_metadata(articles: pd.DataFrame, refreshed: dict[str, Article]) -> pd.DataFrame:
    """Apply re-read metadata (an edited side-car row) to articles read from the same source before."""
    articles = articles.copy()
    for position in articles.index[articles["article_id"].isin(refreshed)]:
        article = refreshed[articles.at[position, "article_id"]]
        if articles.at[position, "source"] != article.source:
            continue
        articles.at[position, "title"] = article.title
        articles.at[position, "outlet"] = article.outlet
        articles.at[position, "published"] = pd.Timestamp(article.published) if article.published else pd.NaT
        articles.at[position, "url"] = article.url
    return articles


@dataclass
class BatchResult:
    """One batch's analysis tables, the ids analysed completely, per-article failures, seconds per stage."""

    tables: dict[str, pd.DataFrame]
    analysed: set[str]
    errors: list[Rejection]
    seconds: dict[str, float]


STAGES: dict[str, Callable[..., pd.DataFrame]] = {
    "keywords": keywords_for, "mentions": mentions_for, "quotes": quotes_for, "market_notes": market_notes_for,
}


def analyse_batch(batch: pd.DataFrame) -> BatchResult:
    """Run every analysis stage on `batch` (article_id, title, text). A stage that fails on the batch is
    retried article by article, so one bad article is reported and the others keep their results."""
    tables: dict[str, list[pd.DataFrame]] = {name: [] for name in STAGES}
    seconds: dict[str, float] = defaultdict(float)
    failed: dict[str, str] = {}
    mentions = None
    for name in STAGES:
        started = time.thread_time()
        try:
            tables[name].append(_run_stage(name, batch, mentions))
        except Exception:
            for i in range(len(batch)):
                one = batch.iloc[i:i + 1]
                try:
                    tables[name].append(_run_stage(name, one, _rows_of(mentions, one)))
                except Exception as error:
                    failed.setdefault(one["article_id"].iloc[0], f"{name} stage: {type(error).__name__}: {error}")
        seconds[name] += time.thread_time() - started
        if name == "mentions":
            mentions = _concat(tables["mentions"], "mentions")
    ok = set(batch["article_id"]) - set(failed)
    return BatchResult(
        tables={name: _concat(frames, name) for name, frames in tables.items()},
        analysed=ok, errors=[Rejection(i, reason) for i, reason in failed.items()], seconds=dict(seconds))


def _run_stage(name: str, batch: pd.DataFrame, mentions: pd.DataFrame | None) -> pd.DataFrame:
    if name == "quotes":
        return quotes_for(batch, mentions=mentions)
    return STAGES[name](batch)


def _rows_of(table: pd.DataFrame | None, batch: pd.DataFrame) -> pd.DataFrame | None:
    return None if table is None else table[table["article_id"].isin(batch["article_id"])]


def _concat(frames: Sequence[pd.DataFrame], name: str) -> pd.DataFrame:
    """Concatenate frames of table `name`, contract columns first; an empty list gives the empty table."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return store.empty_table(name)
    joined = pd.concat(frames, ignore_index=True)
    first = list(store.TABLE_COLUMNS[name])
    return joined[first + [c for c in joined.columns if c not in first]]


def _rejections_of(manifest: store.Manifest, this_run: list[Rejection]) -> pd.DataFrame:
    """Every rejection the store knows of: the latest per input it has read, and this run's others."""
    rows = {(s, r) for entry in manifest.sources.values() for s, r in entry.get("rejected", [])}
    rows |= {(r.source, r.reason) for r in this_run}
    return pd.DataFrame(sorted(rows), columns=list(REJECTION_COLUMNS))


def _reporter(progress: Progress | None, total: int, stage: str) -> Callable[[int], object] | None:
    if progress is None or total == 0:
        return None
    return lambda done: progress(done, total, stage)


def ensure_default_store(*, corpus: Path = DEFAULT_CORPUS, out: Path = DEFAULT_STORE) -> Path:
    """The dashboard's store: `data/store` built from the sample corpus in `data/articles` on first
    start and reused afterwards (a build over unchanged inputs only checks their fingerprints)."""
    build([corpus], out)
    return out
