"""The analysed-article store: one directory of tables, written atomically, read by the dashboard.

Layout of a store directory:

- `articles`, `keywords`, `mentions`, `quotes`, `market_notes`: one file each, `.parquet` (default) or `.csv`.
- `rejected.csv`: every input that could not be read (`source,reason`), possibly empty with its header.
- `manifest.json`: what the build has seen (each source's fingerprint and the article ids it gave), which
  articles every analysis stage has processed, and a `version` that changes on every write.
- `.lock`: held by a build while it reads, changes and writes the store.

Crash safety: every file is written to a temporary name and renamed into place. The articles table goes
first and the manifest last, so a build killed at any moment leaves tables that still join (analysis rows
only ever name articles that exist) and a manifest that does not yet claim the unfinished work; the next
build re-analyses whatever the manifest does not list.
"""
from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

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
REJECTED = "rejected.csv"
LOCK_TIMEOUT_S = 600.0


class StoreError(RuntimeError):
    """The store directory cannot be used: the message says which file and why."""


@dataclass
class Manifest:
    """What a store has seen: per source its fingerprint, article ids and rejection reasons; per
    analysis stage nothing more than the set of article ids it has processed (`analysed`)."""

    sources: dict[str, dict] = field(default_factory=dict)
    analysed: set[str] = field(default_factory=set)
    format: str = "parquet"
    version: str = ""

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise StoreError(f"{path}: unreadable manifest ({error}); rebuild with --rebuild") from error
        return cls(sources=raw.get("sources", {}), analysed=set(raw.get("analysed", [])),
                   format=raw.get("format", "parquet"), version=raw.get("version", ""))

    def to_json(self) -> str:
        return json.dumps({"version": self.version, "format": self.format, "sources": self.sources,
                           "analysed": sorted(self.analysed)}, ensure_ascii=False)


def empty_table(name: str) -> pd.DataFrame:
    """A table with the contract's columns and no rows."""
    frame = pd.DataFrame(columns=list(TABLE_COLUMNS[name]))
    if name == "articles":
        frame["published"] = pd.to_datetime(frame["published"])
    return frame


def table_path(directory: Path, name: str) -> Path | None:
    """The file holding table `name` in `directory`, or None when there is none."""
    for fmt in FORMATS:
        path = directory / f"{name}.{fmt}"
        if path.exists():
            return path
    return None


def _read_table(directory: Path, name: str) -> pd.DataFrame:
    path = table_path(directory, name)
    if path is None:
        return empty_table(name)
    try:
        if path.suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            frame = pd.read_csv(path, keep_default_na=False, na_values={c: [""] for c in _nullable(name)})
    except Exception as error:  # pyarrow and the csv parser raise many types; all mean the same here
        raise StoreError(f"{path}: cannot be read ({error})") from error
    missing = [c for c in TABLE_COLUMNS[name] if c not in frame.columns]
    if missing:
        raise StoreError(f"{path}: missing columns {missing}")
    if name == "articles":
        frame["published"] = pd.to_datetime(frame["published"])
        frame["title"] = frame["title"].fillna("").astype(str)
        frame["text"] = frame["text"].fillna("").astype(str)
    return frame


def _nullable(name: str) -> list[str]:
    """Columns whose empty CSV cells mean 'unknown' rather than an empty string."""
    text_columns = {"articles": {"title", "text", "source"}, "keywords": {"keyphrase"},
                    "mentions": {"surface"}, "quotes": {"quote"}, "market_notes": {"sentence"}}
    return [c for c in TABLE_COLUMNS[name] if c not in text_columns.get(name, set())]


def read_tables(directory: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of the store at `directory`, plus `rejected`.

    A table the store does not hold (a new store, or an analysis that has not landed) comes back with
    its columns and no rows. `articles.published` is datetime64 with NaT for unknown dates.
    """
    directory = Path(directory)
    tables = {name: _read_table(directory, name) for name in TABLE_COLUMNS}
    rejected = directory / REJECTED
    tables["rejected"] = (pd.read_csv(rejected, keep_default_na=False) if rejected.exists()
                          else pd.DataFrame(columns=list(REJECTION_COLUMNS)))
    return tables


def store_version(directory: str | Path) -> str:
    """A token that changes whenever the store at `directory` is rewritten ('' for no store)."""
    path = Path(directory) / MANIFEST
    try:
        return f"{path.stat().st_mtime_ns}-{Manifest.read(Path(directory)).version}"
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
    _replace(directory / MANIFEST, lambda tmp: tmp.write_text(manifest.to_json(), encoding="utf-8"))


def write_tables(directory: Path, tables: Mapping[str, pd.DataFrame], rejected: pd.DataFrame,
                 manifest: Manifest, *, fmt: str) -> None:
    """Replace the store's tables, rejections and manifest, each atomically, articles first, manifest last.

    The caller holds `locked(directory)`."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    directory.mkdir(parents=True, exist_ok=True)
    for leftover in directory.glob(".*.tmp"):  # from a writer killed mid-file; the lock says none is running
        leftover.unlink(missing_ok=True)
    for name in ("articles", *ANALYSIS_TABLES):
        _write_frame(tables[name], directory / f"{name}.{fmt}", fmt)
        for other in FORMATS:
            if other != fmt:
                (directory / f"{name}.{other}").unlink(missing_ok=True)
    _replace(directory / REJECTED, lambda tmp: rejected.to_csv(tmp, index=False))
    manifest.format = fmt
    manifest.version = uuid.uuid4().hex
    _replace(directory / MANIFEST, lambda tmp: tmp.write_text(manifest.to_json(), encoding="utf-8"))
