"""The analysed-article store: one directory of tables, written atomically, read by the dashboard.

Layout of a store directory:

- `articles`, `keywords`, `mentions`, `quotes`, `market_notes`: with the Parquet format (default) each is a
  folder of parts, `<table>.parquet/part-<uuid>.parquet` (pandas, pyarrow and DuckDB read such a folder as
  one table); a build appends one part per table and rewrites a table as one part when its parts exceed
  `PART_LIMIT` or rows it holds must change (re-analysis, re-read metadata, new duplicate marks on old
  articles). With the CSV format each is one `<table>.csv` file, rewritten whole.
- `rejected.csv`: every input that could not be read (`source,reason`), possibly empty with its header.
- `manifest.json`: what the build has seen (each source's fingerprint, stat and the article ids it gave, in
  the `sources-<uuid>.json` logs it lists, a build adding one log of the entries it changed), the folders it
  walked, which articles every analysis stage has processed, the parts that make up each table, and a
  `version` that changes on every write.
- `.lock`: held by a build while it reads, changes and writes the store.

Crash safety: every file is written to a temporary name and renamed into place; new parts first (articles
before the analyses), the manifest last, and parts the manifest no longer lists are deleted after it. So a
build killed at any moment leaves the previous manifest naming a complete, joining set of parts; `read_tables`
reads only the parts the manifest lists (a part left by a killed build is ignored, and the next build
deletes it), and the next build re-analyses whatever the manifest does not list. Tools that read a table
folder directly (`pd.read_parquet(DIR/articles.parquet)`) see every part in it, so between a killed build
and the next one they may see its leftover part.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from filelock import FileLock, Timeout

from analysis.actors import MENTION_COLUMNS
from analysis.keywords import KEYWORD_COLUMNS
from analysis.markets import MARKET_NOTE_COLUMNS
from analysis.quotes import QUOTE_COLUMNS
from analysis.records import ARTICLE_COLUMNS, REJECTION_COLUMNS

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "keywords": KEYWORD_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "market_notes": MARKET_NOTE_COLUMNS,
}
ANALYSIS_TABLES: tuple[str, ...] = ("keywords", "mentions", "quotes", "market_notes")
FORMATS: tuple[str, ...] = ("parquet", "csv")
MANIFEST = "manifest.json"
PART_LIMIT = 16
"""A table with this many parts is rewritten as one part by the next build that adds to it."""
ARTICLES_ROW_GROUP = 250
"""Rows per Parquet row group of the articles table: a build that needs a few stored texts (the members of the
duplicate groups a new article may join, often a few dozen spread over the table) reads only their row groups
(`read_texts`); 100,000 articles make 400 groups, a footer of well under 1 MB."""
READ_ATTEMPTS = 3
"""`read_tables` reads the manifest again when a build replaced a part while it was reading."""
REJECTED = "rejected.csv"
LOCK_TIMEOUT_S = 600.0


class StoreError(RuntimeError):
    """The store directory cannot be used: the message says which file and why."""


@dataclass
class Manifest:
    """What a store has seen: per source its fingerprint, article ids and rejection reasons (`sources`); per
    analysis stage nothing more than the set of article ids it has processed (`analysed`).

    `sources` is kept beside `manifest.json`, in the files `source_logs` lists (each a JSON object of
    entries, later files winning), and read only when first used: a build that changed 10 entries of
    10,000 writes those 10 as one more file, and readers that want the parts or the version parse none of
    them. Entries are replaced, never changed in place (`manifest.sources[key] = {...}`): an entry that is
    the object read is one the store holds already."""

    analysed: set[str] = field(default_factory=set)
    format: str = "parquet"
    version: str = ""
    parts: dict[str, list[str]] | None = None
    """Parquet part file names per table (in their table folder); None for a CSV store or one written
    before parts existed (whose tables are single files)."""
    folders: dict[str, dict] = field(default_factory=dict)
    """Per input folder read, its record from `analysis.ingest.discover_changes` (a digest of its files'
    names, sizes and modification times, and what it held): a later build skips an unchanged folder whole."""
    source_logs: list[str] = field(default_factory=list)
    """The files in the store folder holding `sources`, oldest first."""
    directory: Path | None = field(default=None, repr=False, compare=False)
    """Where `source_logs` are (None: a manifest not read from a store)."""
    _sources: dict[str, dict] | None = field(default=None, repr=False, compare=False)
    _stored: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)

    @property
    def sources(self) -> dict[str, dict]:
        """Per source key: its fingerprint, stat, content hash, article ids and rejections."""
        if self._sources is None:
            self._sources = self._read_sources()
            self._stored = dict(self._sources)
        return self._sources

    def _read_sources(self) -> dict[str, dict]:
        entries: dict[str, dict] = {}
        for name in self.source_logs:
            path = (self.directory or Path(".")) / name
            try:
                entries.update(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError) as error:
                raise StoreError(f"{path}: unreadable manifest part ({error}); rebuild with --rebuild") from error
        return entries

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise StoreError(f"{path}: unreadable manifest ({error}); rebuild with --rebuild") from error
        manifest = cls(analysed=set(raw.get("analysed", [])), format=raw.get("format", "parquet"),
                       version=raw.get("version", ""), parts=raw.get("parts"), folders=raw.get("folders", {}),
                       source_logs=list(raw.get("source_logs", [])), directory=directory)
        if "sources" in raw:  # written before source logs: the entries are inline, none is stored as a log yet
            manifest._sources = raw["sources"]
        return manifest

    @property
    def outdated(self) -> bool:
        """True when read from a manifest of an older layout (its sources inline): writing it converts it."""
        return self._sources is not None and not self._stored and bool(self._sources) and self.directory is not None

    def to_json(self) -> str:
        return json.dumps({"version": self.version, "format": self.format, "parts": self.parts,
                           "folders": self.folders, "source_logs": self.source_logs,
                           "analysed": sorted(self.analysed)}, ensure_ascii=False)


SOURCE_LOG_LIMIT = 16
"""With this many source logs, the next write replaces them by one holding every entry."""


def _write_source_log(directory: Path, manifest: Manifest) -> None:
    """Write the entries of `manifest.sources` that the store does not hold yet as one more source log
    (or every entry as one log, when logs pile up, most entries changed, or the manifest was not read
    from `directory`), and list it in `manifest.source_logs`. Before the manifest itself is written."""
    entries = manifest._sources
    if entries is None:
        return  # never read: unchanged
    same_place = manifest.directory is not None and Path(manifest.directory).resolve() == directory.resolve()
    stored = manifest._stored if same_place else {}
    changed = {key: entry for key, entry in entries.items() if stored.get(key) is not entry}
    if not changed and len(stored) == len(entries) and same_place:
        return
    logs = list(manifest.source_logs) if same_place else []
    whole = (not same_place or len(logs) + 1 >= SOURCE_LOG_LIMIT or 2 * len(changed) > len(entries)
             or any(key not in entries for key in stored))
    name = f"sources-{uuid.uuid4().hex}.json"
    content = json.dumps(entries if whole else changed, ensure_ascii=False)
    _replace(directory / name, lambda tmp: tmp.write_text(content, encoding="utf-8"))
    manifest.source_logs = [name] if whole else [*logs, name]
    manifest.directory = directory
    manifest._stored = dict(entries)


def empty_table(name: str) -> pd.DataFrame:
    """A table with the contract's columns and no rows."""
    frame = pd.DataFrame(columns=list(TABLE_COLUMNS[name]))
    if name == "articles":
        frame["published"] = pd.to_datetime(frame["published"])
    return frame


def table_path(directory: Path, name: str) -> Path | None:
    """Where table `name` lives in `directory`: its folder of Parquet parts (or, in a store written before
    parts, its single Parquet file), or its CSV file; None when there is none. `pd.read_parquet` and
    DuckDB's `read_parquet` accept the folder; `part_paths` lists the parts the manifest names."""
    for fmt in FORMATS:
        path = directory / f"{name}.{fmt}"
        if path.exists():
            return path
    return None


def current_manifest(directory: str | Path) -> Manifest:
    """The manifest of the store at `directory`, for reading only: parsed once per manifest file and shared
    (a build replaces the file, so a new inode, time or size reads it again). Parsing the manifest of a
    100,000-article store takes 10-50 ms, which every dashboard rerun would otherwise pay more than once.
    Never modify the result; `Manifest.read` gives a private copy."""
    directory = Path(directory)
    try:
        stat = (directory / MANIFEST).stat()
    except OSError:
        return Manifest.read(directory)
    return _manifest_of_file(directory, stat.st_ino, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _manifest_of_file(directory: Path, inode: int, modified_ns: int, size: int) -> Manifest:
    return Manifest.read(directory)


def part_paths(directory: str | Path, name: str, *, manifest: Manifest | None = None) -> list[Path]:
    """The Parquet files that make up table `name` as the store's manifest records it (parts a killed
    build left behind are not among them); a single-file table gives that file; [] for CSV or no table."""
    directory = Path(directory)
    manifest = current_manifest(directory) if manifest is None else manifest
    if manifest.parts is not None and manifest.format == "parquet":
        return [directory / f"{name}.parquet" / part for part in manifest.parts.get(name, [])]
    path = table_path(directory, name)
    if path is None or path.suffix != ".parquet":
        return []
    return [path] if path.is_file() else sorted(path.glob("part-*.parquet"))


def read_table(directory: str | Path, name: str, *, columns: Sequence[str] | None = None,
               manifest: Manifest | None = None) -> pd.DataFrame:
    """Table `name` of the store (as in `read_tables`), only `columns` when given (those it holds).
    Reading `articles` without `text` skips most of the bytes."""
    directory = Path(directory)
    manifest = Manifest.read(directory) if manifest is None else manifest
    path = table_path(directory, name)
    if manifest.parts is not None and manifest.format == "parquet":
        paths = part_paths(directory, name, manifest=manifest)
        if not paths:
            frame = empty_table(name)
            return frame if columns is None else frame[[c for c in columns if c in frame.columns]]
        try:
            frames = [pd.read_parquet(p, columns=_present(p, columns)) for p in paths]
        except FileNotFoundError:
            raise  # read_tables reads the manifest again
        except Exception as error:  # pyarrow raises many types; all mean the same here
            raise StoreError(f"{directory / (name + '.parquet')}: cannot be read ({error})") from error
        frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
        where = directory / f"{name}.parquet"
    elif path is None and (directory / f".{name}.parquet.single").is_file():  # moved aside by a killed build
        frame = pd.read_parquet(directory / f".{name}.parquet.single", columns=columns and list(columns))
        where = directory / f".{name}.parquet.single"
    elif path is None:
        frame = empty_table(name)
        return frame if columns is None else frame[[c for c in columns if c in frame.columns]]
    else:
        try:
            if path.suffix == ".parquet":
                frame = pd.read_parquet(path, columns=None if path.is_dir() else _present(path, columns))
            else:
                frame = pd.read_csv(path, keep_default_na=False, na_values={c: [""] for c in _nullable(name)},
                                    usecols=None if columns is None else lambda c: c in columns)
        except Exception as error:  # pyarrow and the csv parser raise many types; all mean the same here
            raise StoreError(f"{path}: cannot be read ({error})") from error
        where = path
    wanted = TABLE_COLUMNS[name] if columns is None else [c for c in TABLE_COLUMNS[name] if c in columns]
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise StoreError(f"{where}: missing columns {missing}")
    if name == "articles":
        if "published" in frame:
            frame["published"] = pd.to_datetime(frame["published"])
        for column in ("title", "text"):
            if column in frame:
                frame[column] = frame[column].fillna("").astype(str)
    return frame


def read_texts(directory: str | Path, article_ids: Collection[str], *,
               manifest: Manifest | None = None) -> dict[str, str]:
    """The stored `text` of each of `article_ids` that the store's articles table holds ("" for a null
    text). From Parquet parts only the row groups holding those articles are read (the ids are read
    first), so a few texts cost a few row groups, not the whole table; a CSV store is read whole."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    directory = Path(directory)
    manifest = Manifest.read(directory) if manifest is None else manifest
    wanted = pa.array(sorted({str(i) for i in article_ids}), type=pa.string())
    if not len(wanted):
        return {}
    paths = part_paths(directory, "articles", manifest=manifest)
    if not paths:
        stored = read_table(directory, "articles", columns=["article_id", "text"], manifest=manifest)
        chosen = stored[stored["article_id"].isin(set(wanted.to_pylist()))]
        return dict(zip(chosen["article_id"], chosen["text"]))
    texts: dict[str, str] = {}
    for path in paths:
        try:
            part = pq.ParquetFile(path)
            ids = part.read(columns=["article_id"], use_threads=False).column(0).cast(pa.string())
            rows = np.flatnonzero(pc.is_in(ids, value_set=wanted).to_numpy(zero_copy_only=False))
            if not len(rows):
                continue
            ends = np.cumsum([part.metadata.row_group(g).num_rows for g in range(part.num_row_groups)])
            groups = sorted(set(np.searchsorted(ends, rows, side="right").tolist()))
            chosen = part.read_row_groups(groups, columns=["article_id", "text"], use_threads=False)
        except FileNotFoundError:
            raise
        except Exception as error:  # pyarrow raises many types; all mean the same here
            raise StoreError(f"{path}: cannot be read ({error})") from error
        chosen = chosen.filter(pc.is_in(chosen.column("article_id").cast(pa.string()), value_set=wanted))
        for article_id, text in zip(chosen.column("article_id").to_pylist(), chosen.column("text").to_pylist()):
            texts[str(article_id)] = "" if text is None else str(text)
    return texts


def _present(path: Path, columns: Sequence[str] | None) -> list[str] | None:
    """`columns` that the Parquet file at `path` holds (None: all)."""
    if columns is None:
        return None
    import pyarrow.parquet as pq

    names = set(pq.read_schema(path).names)
    return [c for c in columns if c in names]


def _nullable(name: str) -> list[str]:
    """Columns whose empty CSV cells mean 'unknown' rather than an empty string."""
    text_columns = {"articles": {"title", "text", "source"}, "keywords": {"keyphrase"},
                    "mentions": {"surface"}, "quotes": {"quote"}, "market_notes": {"sentence"}}
    return [c for c in TABLE_COLUMNS[name] if c not in text_columns.get(name, set())]


def _read_table_without(directory: Path, name: str, manifest: Manifest, left_out: set[str]) -> pd.DataFrame:
    """`read_table` without the columns in `left_out`."""
    if not left_out:
        return read_table(directory, name, manifest=manifest)
    paths = part_paths(directory, name, manifest=manifest)
    if not paths:  # CSV: every column is parsed anyway
        frame = read_table(directory, name, manifest=manifest)
        return frame.drop(columns=[c for c in left_out if c in frame.columns])
    import pyarrow.parquet as pq

    kept = [c for c in pq.read_schema(paths[0]).names if c not in left_out]
    return read_table(directory, name, manifest=manifest, columns=kept)


def read_tables(directory: str | Path, *, without: Mapping[str, Collection[str]] | None = None
                ) -> dict[str, pd.DataFrame]:
    """Every table of the store at `directory`, plus `rejected`.

    A table the store does not hold (a new store, or an analysis that has not landed) comes back with
    its columns and no rows. `articles.published` is datetime64 with NaT for unknown dates. Only the
    parts the manifest lists are read. `without`: columns to leave out, per table (from Parquet they are
    not even read); the other columns and their dtypes are as without it.
    """
    directory = Path(directory)
    without = without or {}
    for attempt in range(READ_ATTEMPTS):
        manifest = Manifest.read(directory)
        try:
            tables = {name: _read_table_without(directory, name, manifest, set(without.get(name, ())))
                      for name in TABLE_COLUMNS}
            break
        except FileNotFoundError as error:  # a build compacted the table meanwhile: read its new manifest
            if attempt == READ_ATTEMPTS - 1:
                raise StoreError(f"{directory}: a table part listed in the manifest is missing ({error})") from error
    rejected = directory / REJECTED
    tables["rejected"] = (pd.read_csv(rejected, keep_default_na=False) if rejected.exists()
                          else pd.DataFrame(columns=list(REJECTION_COLUMNS)))
    return tables


def store_version(directory: str | Path) -> str:
    """A token that changes whenever the store at `directory` is rewritten ('' for no store)."""
    path = Path(directory) / MANIFEST
    try:
        return f"{path.stat().st_mtime_ns}-{current_manifest(directory).version}"
    except (OSError, StoreError):
        return ""


@contextmanager
def locked(directory: Path, *, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the store's lock: builds that change the same store run one after the other."""
    directory.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(directory / ".lock"))
    try:
        lock.acquire(timeout=timeout)
    except Timeout as error:
        raise StoreError(f"{directory}: another build has held the store's lock for {timeout:.0f} s") from error
    try:
        yield
    finally:
        lock.release()


def _replace(path: Path, write) -> None:
    """Write through `write(tmp_path)` to a temporary file beside `path`, flush it, and rename it over `path`."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_frame(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    if fmt == "parquet":
        _replace(path, lambda tmp: frame.to_parquet(tmp, index=False))
    else:
        _replace(path, lambda tmp: frame.to_csv(tmp, index=False))


def write_manifest(directory: Path, manifest: Manifest) -> None:
    """Replace the manifest alone, atomically (its `version` kept: the tables did not change).
    The caller holds `locked(directory)`."""
    _write_source_log(directory, manifest)
    _replace(directory / MANIFEST, lambda tmp: tmp.write_text(manifest.to_json(), encoding="utf-8"))
    _remove_unlisted_logs(directory, manifest)


def write_tables(directory: Path, tables: Mapping[str, pd.DataFrame], rejected: pd.DataFrame,
                 manifest: Manifest, *, fmt: str, appended: Collection[str] = ()) -> None:
    """Write the store's tables, rejections and manifest, each file atomically: parts (articles first),
    rejections, the manifest, then delete what the manifest no longer lists.

    `tables[name]` is the whole table, except for the names in `appended`, whose frames hold only rows to
    add to what `manifest` (as read before this build) lists: one new part, or the whole table rewritten
    as one part when it would exceed `PART_LIMIT` parts, cannot take the new part's schema, or is not yet
    a folder of parts (a CSV store always rewrites). The caller holds `locked(directory)`."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    directory.mkdir(parents=True, exist_ok=True)
    _remove_temporaries(directory)
    old = Manifest(format=manifest.format, parts=None if manifest.parts is None else dict(manifest.parts))
    parts: dict[str, list[str]] = {}
    for name in ("articles", *ANALYSIS_TABLES):
        frame = tables[name]
        if name in appended:
            listed = (old.parts or {}).get(name, []) if old.format == "parquet" else []
            can_append = (fmt == "parquet" and old.format == "parquet" and old.parts is not None
                          and len(listed) + 1 < PART_LIMIT)
            if can_append and _append_part(directory, name, frame, listed, parts):
                continue
            frame = _concat_rows(read_table(directory, name, manifest=old), frame, name)
        if fmt == "parquet":
            parts[name] = [_write_part(directory, name, frame)]
        else:
            _write_frame(frame, directory / f"{name}.csv", fmt)
    _replace(directory / REJECTED, lambda tmp: rejected.to_csv(tmp, index=False))
    manifest.format = fmt
    manifest.parts = parts if fmt == "parquet" else None
    manifest.version = uuid.uuid4().hex
    _write_source_log(directory, manifest)
    _replace(directory / MANIFEST, lambda tmp: tmp.write_text(manifest.to_json(), encoding="utf-8"))
    _remove_unlisted(directory, manifest)


def _append_part(directory: Path, name: str, rows: pd.DataFrame, listed: list[str],
                 parts: dict[str, list[str]]) -> bool:
    """Add `rows` as one more part of table `name` (with the schema of its parts) and record the table's
    parts in `parts`; False when the rows cannot take that schema (the caller rewrites the table)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not listed:
        parts[name] = [_write_part(directory, name, rows)]
        return True
    if not len(rows):
        parts[name] = list(listed)
        return True
    try:
        schema = pq.read_schema(directory / f"{name}.parquet" / listed[0]).remove_metadata()
        if list(schema.names) != list(rows.columns) or any(t == pa.null() for t in schema.types):
            return False
        table = pa.Table.from_pandas(rows, schema=schema, preserve_index=False)
    except (OSError, ValueError, TypeError, pa.ArrowException):
        return False
    parts[name] = [*listed, _write_part(directory, name, table)]
    return True


def _concat_rows(table: pd.DataFrame, rows: pd.DataFrame, name: str) -> pd.DataFrame:
    frames = [f for f in (table, rows) if len(f)]
    if not frames:
        return rows if len(rows.columns) >= len(table.columns) else table
    joined = pd.concat(frames, ignore_index=True)
    first = list(TABLE_COLUMNS[name])
    return joined[first + [c for c in joined.columns if c not in first]]


def _write_part(directory: Path, name: str, frame) -> str:
    """Write `frame` (a DataFrame or a pyarrow Table) as a new part of table `name`; its file name."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = directory / f"{name}.parquet"
    if folder.is_file():  # a store written before parts: move the single file aside, the manifest still names none
        os.replace(folder, directory / f".{name}.parquet.single")
    folder.mkdir(exist_ok=True)
    part = f"part-{uuid.uuid4().hex}.parquet"
    table = _without_null_types(pa.Table.from_pandas(frame, preserve_index=False)) if isinstance(frame, pd.DataFrame) else frame
    row_group_size = ARTICLES_ROW_GROUP if name == "articles" else None
    _replace(folder / part, lambda tmp: pq.write_table(table, tmp, row_group_size=row_group_size))
    return part


def _without_null_types(table):
    """`table` with columns that hold only nulls typed as strings, so that later parts can share its schema."""
    import pyarrow as pa

    for i, column in enumerate(table.schema):
        if column.type == pa.null():
            table = table.set_column(i, pa.field(column.name, pa.string()), table.column(i).cast(pa.string()))
    return table


def _remove_temporaries(directory: Path) -> None:
    """Temporary files of a writer killed mid-file; the lock says none is running."""
    for leftover in [*directory.glob(".*.tmp"), *directory.glob("*.parquet/.*.tmp")]:
        leftover.unlink(missing_ok=True)


def _remove_unlisted_logs(directory: Path, manifest: Manifest) -> None:
    """Delete the source logs `manifest` does not list (replaced ones, those of a killed build)."""
    keep = set(manifest.source_logs)
    for log in directory.glob("sources-*.json"):
        if log.name not in keep:
            log.unlink(missing_ok=True)


def _remove_unlisted(directory: Path, manifest: Manifest) -> None:
    """Delete the files of the store's tables that `manifest` does not name: replaced parts, parts left by
    a killed build, the single files of the other format or of a store written before parts; and the
    source logs it does not list."""
    _remove_unlisted_logs(directory, manifest)
    for name in TABLE_COLUMNS:
        (directory / f".{name}.parquet.single").unlink(missing_ok=True)
        folder = directory / f"{name}.parquet"
        if manifest.format == "csv":
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
            else:
                folder.unlink(missing_ok=True)
            continue
        (directory / f"{name}.csv").unlink(missing_ok=True)
        keep = set((manifest.parts or {}).get(name, []))
        if folder.is_dir():
            for part in folder.glob("part-*.parquet"):
                if part.name not in keep:
                    part.unlink(missing_ok=True)
