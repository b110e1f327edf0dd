"""Finding what to read: folders, files, URLs and side-car metadata, enumerated cheaply.

A `Source` is one file or URL to parse; its `fingerprint` changes when the file's bytes or its metadata
row change, so an incremental build re-reads exactly what changed. A CSV whose header has a `file`
column and no `text`/`body` column is side-car metadata (like `data/articles/articles.csv`), not articles:
its rows apply to the files it names (relative to its own folder). `--metadata FILE` rows win over side-car
rows, and both win over anything inferred from the text.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from analysis.records import Rejection

INGEST_VERSION = "1"
"""Part of every fingerprint: bumping it makes an incremental build re-read everything."""

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
KIND_BY_SUFFIX: dict[str, str] = {
    **{s: "text" for s in TEXT_SUFFIXES}, **{s: "html" for s in HTML_SUFFIXES},
    **{s: "csv" for s in CSV_SUFFIXES}, **{s: "jsonl" for s in JSONL_SUFFIXES},
    **{s: "json" for s in JSON_SUFFIXES}, **{s: "feed" for s in FEED_SUFFIXES},
}
SOURCE_KINDS: tuple[str, ...] = ("text", "html", "csv", "jsonl", "json", "feed", "url")
"""`url` is any http(s) address: an article page or a feed, told apart by what the server sends."""

METADATA_COLUMNS: tuple[str, ...] = ("file", "title", "outlet", "published", "date", "url")
"""Accepted side-car columns (`date` is another name for `published`)."""
METADATA_FIELDS: tuple[str, ...] = ("title", "outlet", "published", "url")

_SKIPPED_NAMES = ("readme", "license", "licence", "changelog")


@dataclass(frozen=True)
class Source:
    """One input to parse.

    `key`: the resolved absolute path, or the URL (unique). `kind`: one of `SOURCE_KINDS`.
    `fingerprint`: hash of the file bytes and its metadata row (None for URLs, whose content is unknown
    until fetched). `stat`: the file's (size, mtime_ns) when its bytes were hashed, or None when the file
    changed too recently to trust them next time; `content_digest`: the hash of its bytes alone (both None
    for URLs). A build keeps both in its manifest and passes them back as `known`. `metadata`: (field, value) pairs from side-car rows, fields among `METADATA_FIELDS`,
    values as written (parsed when the article is made). `metadata_origin`: where they came from.
    """

    key: str
    kind: str
    fingerprint: str | None
    metadata: tuple[tuple[str, str], ...] = ()
    metadata_origin: str | None = None
    stat: tuple[int, int] | None = None
    content_digest: str | None = None

    @property
    def meta(self) -> dict[str, str]:
        """The metadata as a dict (only fields with a non-empty value)."""
        return dict(self.metadata)


def is_url(value: str | Path) -> bool:
    """True for an `http://` or `https://` address."""
    return isinstance(value, str) and ":" in value and urlsplit(value.strip()).scheme.lower() in ("http", "https")


def discover_sources(
    inputs: Sequence[str | Path], *, metadata: str | Path | None = None,
    known: Mapping[str, Mapping] | None = None,
) -> tuple[list[Source], list[Rejection]]:
    """Every source named by `inputs` (folders walked recursively, files, http(s) URLs), in a stable order.

    Nothing is parsed; files are only hashed. `known`: what an earlier call saw, by source key, each a
    mapping with `size`, `mtime_ns` and `content` (a build's manifest entries): a file whose size and
    modification time are unchanged is not read again, its content hash is reused (its metadata row is
    still part of its fingerprint, so an edited side-car row still changes it). Paths that do not exist, unsupported file types and unknown
    URL schemes are rejections. Hidden files and README/LICENSE files inside folders are skipped.
    """
    if isinstance(inputs, (str, Path)):
        raise TypeError(f"inputs must be a sequence of paths or URLs, not a single {type(inputs).__name__}")
    rejected: list[Rejection] = []
    explicit: dict[str, dict[str, str]] = {}
    explicit_names: dict[str, dict[str, str] | None] = {}
    explicit_path: Path | None = None
    if metadata is not None:
        explicit_path = Path(metadata).expanduser().resolve()
        rows, problems = read_metadata_file(explicit_path)
        rejected.extend(problems)
        for key, row in rows.items():
            explicit[key] = row
            name = key.rsplit("/", 1)[-1]
            explicit_names[name] = None if name in explicit_names else row

    files: list[tuple[str, os.stat_result | None]] = []  # resolved path, its stat when the walk took one
    walked: dict[str, str] = {}  # each walked file as its resolved folder + name -> its resolved path
    urls: list[str] = []
    for item in inputs:
        text = str(item).strip()
        if is_url(text):
            urls.append(text)
            continue
        if "://" in text:
            rejected.append(Rejection(text, f"unsupported address scheme {urlsplit(text).scheme!r} (accepted: http, https)"))
            continue
        path = Path(text).expanduser()
        if path.is_dir():
            files.extend(_walk(path, walked))
        elif path.is_file():
            files.append((str(path.resolve()), None))
        else:
            rejected.append(Rejection(text, "no such file or folder"))

    sidecars: dict[str, dict[str, dict[str, str]]] = {}
    candidates: list[tuple[str, os.stat_result | None, str]] = []
    seen: set[str] = set()
    explicit_key = None if explicit_path is None else str(explicit_path)
    for resolved, info in files:
        if resolved in seen or resolved == explicit_key:
            continue
        seen.add(resolved)
        suffix = _suffix(resolved)
        if suffix.lower() == ".csv" and is_metadata_csv(Path(resolved)):
            rows, problems = read_metadata_file(Path(resolved), known_paths=walked)
            rejected.extend(problems)
            sidecars[os.path.dirname(resolved)] = rows
            continue
        candidates.append((resolved, info, suffix))

    sources: list[Source] = []
    known = known or {}
    sidecar_chains: dict[str, list[dict[str, dict[str, str]]]] = {}
    for path, info, suffix in candidates:
        kind = KIND_BY_SUFFIX.get(suffix.lower())
        if kind is None:
            rejected.append(Rejection(path, f"unsupported file type {suffix or '(none)'!r} (accepted: {', '.join(sorted(KIND_BY_SUFFIX))})"))
            continue
        sidecar = _sidecar_row(sidecars, path, sidecar_chains) if sidecars else None
        explicit_row = (explicit.get(path) or explicit_names.get(os.path.basename(path))) if explicit else None
        if explicit_row:
            row: dict[str, str] = {}
            origins = []
            if sidecar:
                row.update({k: v for k, v in sidecar.items() if v})
                origins.append("side-car")
            row.update({k: v for k, v in explicit_row.items() if v})
            origins.append(str(explicit_path))
            meta = tuple(sorted((k, v) for k, v in row.items() if v))
            origin = " + ".join(origins)
        elif sidecar:
            meta = tuple(sorted((k, v) for k, v in sidecar.items() if v))
            origin = "side-car"
        else:
            meta, origin = (), None
        try:
            stat, content = _content_digest(path, known.get(path), info)
        except OSError as error:
            rejected.append(Rejection(path, f"cannot be read: {error.strerror or error}"))
            continue
        sources.append(Source(key=path, kind=kind, fingerprint=_fingerprint(content, meta), metadata=meta,
                              metadata_origin=origin, stat=stat, content_digest=content))
    for url in dict.fromkeys(urls):
        row = explicit.get(url) or {}
        meta = tuple(sorted((k, v) for k, v in row.items() if v))
        sources.append(Source(key=url, kind="url", fingerprint=None, metadata=meta,
                              metadata_origin=str(explicit_path) if row else None))
    return sources, rejected


def is_metadata_csv(path: Path) -> bool:
    """True when the CSV's header has a `file` column and no `text`/`body` column (side-car metadata)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    first = head.decode("utf-8-sig", errors="replace").splitlines()[:1]
    if not first:
        return False
    columns = {c.strip().strip('"').strip().lower() for c in first[0].replace(";", ",").split(",")}
    return "file" in columns and not columns & {"text", "body"}


def read_metadata_file(path: Path, *, known_paths: Mapping[str, str] | None = None
                       ) -> tuple[dict[str, dict[str, str]], list[Rejection]]:
    """Rows of a metadata CSV keyed by the resolved path (or URL) in its `file` column. `known_paths`:
    resolved paths already known (a path as the file's resolved folder joined with its name -> the
    resolved path), which spare resolving those again.

    Unknown columns, a missing `file` column or an unreadable file are rejections naming the accepted columns.
    """
    from analysis.ingest.decoding import DecodeError, decode_bytes

    try:
        text = decode_bytes(path.read_bytes())
    except OSError as error:
        return {}, [Rejection(str(path), f"metadata file cannot be read: {error.strerror or error}")]
    except DecodeError as error:
        return {}, [Rejection(str(path), f"metadata file: {error}")]
    reader = csv.DictReader(io.StringIO(text))
    header = [(c or "").strip().lower() for c in (reader.fieldnames or [])]
    unknown = [c for c in header if c not in METADATA_COLUMNS]
    if "file" not in header or unknown:
        what = f"unknown column(s) {', '.join(map(repr, unknown))}" if unknown else "no 'file' column"
        return {}, [Rejection(str(path), f"metadata file has {what} (accepted columns: {', '.join(METADATA_COLUMNS)})")]
    reader.fieldnames = header
    rows: dict[str, dict[str, str]] = {}
    folders: dict[str, str] = {}
    for row in reader:
        name = (row.get("file") or "").strip()
        if not name:
            continue
        values = {k: (row.get(k) or "").strip() for k in METADATA_FIELDS}
        if not values["published"]:
            values["published"] = (row.get("date") or "").strip()
        if is_url(name):
            key = name
        else:
            joined = os.path.join(path.parent, name)
            key = (known_paths.get(joined) if known_paths else None) or _resolved(joined, folders)
        rows[key] = values
    return rows, []


def _resolved(path: str, folders: dict[str, str]) -> str:
    """`str(Path(path).resolve())`, resolving each folder once (`folders` caches them): the resolved folder
    plus the file name, unless the file itself is a symbolic link."""
    head, tail = os.path.split(path)
    if not head or tail in ("", ".", ".."):
        return str(Path(path).resolve())
    real = folders.get(head)
    if real is None:
        real = folders[head] = str(Path(head).resolve())
    joined = os.path.join(real, tail)
    return str(Path(joined).resolve()) if os.path.islink(joined) else joined


def _sidecar_row(sidecars: dict[str, dict[str, dict[str, str]]], path: str,
                 chains: dict[str, list[dict[str, dict[str, str]]]]) -> dict[str, str] | None:
    """The row for the file at `path` (resolved) in the nearest side-car of its folder or a folder above
    that names it. `chains` caches, per folder, the side-cars of it and its ancestors, nearest first."""
    folder = os.path.dirname(path)
    chain = chains.get(folder)
    if chain is None:
        chain = []
        current = folder
        while True:
            rows = sidecars.get(current)
            if rows:
                chain.append(rows)
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        chains[folder] = chain
    for rows in chain:
        if path in rows:
            return rows[path]
    return None


def _suffix(path: str) -> str:
    """The file name's last suffix, as `Path.suffix` gives it (".txt"; "" for "README" or ".hidden")."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _stem(name: str) -> str:
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _walk(root: Path, walked: dict[str, str]) -> list[tuple[str, os.stat_result | None]]:
    """Every file under the folder `root` (symbolic links to files included, linked folders not entered),
    hidden files and folders and README/LICENSE/CHANGELOG files left out, as (resolved path, stat), in
    the order of their path's parts below `root`.

    One `os.scandir` per folder: the folder is resolved once and each file's resolved path is that plus its
    name (a linked file is resolved on its own); its stat is taken from the directory entry. Each file is
    also recorded in `walked` (its resolved folder joined with its name -> its resolved path)."""
    found: list[tuple[str, os.stat_result | None]] = []

    def visit(folder: str, real: str) -> None:
        # each folder's entries in name order, folders entered in place: the order of sorted path parts
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError:
            return
        for entry in listed:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
                is_link = entry.is_symlink()
            except OSError:
                continue
            if is_dir:
                if not is_link:
                    visit(entry.path, os.path.join(real, name))
                continue
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:
                continue
            if _stem(name).lower() in _SKIPPED_NAMES:
                continue
            joined = os.path.join(real, name)
            resolved = str(Path(entry.path).resolve()) if is_link else joined
            walked[joined] = resolved
            found.append((resolved, info))

    visit(str(root), str(root.resolve()))
    return found


RACY_NS = 2_000_000_000
"""A file modified this recently (nanoseconds) when hashed gets no `stat`: a write within the file system's
time granularity after the hash could leave size and mtime unchanged, so the next call hashes it again."""


def _content_digest(path: str, seen: Mapping | None, info: os.stat_result | None = None
                    ) -> tuple[tuple[int, int] | None, str]:
    """The file's trusted (size, mtime_ns) and the hash of its bytes, reused from `seen` when the stat matches.
    `info`: the file's stat when the caller has it."""
    if info is None:
        info = os.stat(path)
    stat = (info.st_size, info.st_mtime_ns)
    if seen and seen.get("content") and (seen.get("size"), seen.get("mtime_ns")) == stat:
        return stat, seen["content"]
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    racy = time.time_ns() - info.st_mtime_ns < RACY_NS
    return (None if racy else stat), digest.hexdigest()


def _fingerprint(content: str, metadata: tuple[tuple[str, str], ...]) -> str:
    """Changes when the file's bytes (`content`, their hash), its metadata row or `INGEST_VERSION` do."""
    digest = hashlib.sha256()
    digest.update(INGEST_VERSION.encode())
    digest.update(repr(metadata).encode())
    digest.update(content.encode())
    return digest.hexdigest()
