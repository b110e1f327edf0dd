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
import operator
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
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
_SKIPPED_INITIALS = frozenset(n[0] for n in _SKIPPED_NAMES) | frozenset(n[0].upper() for n in _SKIPPED_NAMES)
"""First letters of the skipped names: most file names are told apart by their first letter alone."""
_BY_NAME = operator.attrgetter("name")


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


@dataclass(frozen=True)
class Discovery:
    """What `discover_changes` found.

    `sources`: the sources to consider, in a stable order, leaving out those of unchanged folders;
    `unchanged`: how many sources the unchanged folders hold (the caller knows their fingerprints, article
    ids and rejections from when it recorded those folders); `rejected`: every input that cannot be read,
    those of unchanged folders included (as recorded); `folders`: a record per walked folder whose listing
    can be trusted next time (resolved path -> JSON-ready dict), to keep and pass back as `folders`."""

    sources: list[Source]
    rejected: list[Rejection]
    unchanged: int = 0
    folders: dict[str, dict] = field(default_factory=dict)


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
    found = discover_changes(inputs, metadata=metadata, known=known)
    return found.sources, found.rejected


def discover_changes(
    inputs: Sequence[str | Path], *, metadata: str | Path | None = None,
    known: Mapping[str, Mapping] | None = None, folders: Mapping[str, Mapping] | None = None,
) -> Discovery:
    """`discover_sources`, skipping the folders that have not changed since an earlier call.

    `folders`: the `Discovery.folders` of an earlier call (None: skip nothing). A walked folder is skipped
    wholesale when its record matches: the same files with the same names, sizes and modification times
    (every file is stat'ed, none is opened or hashed, so a file rewritten in place is seen) under the same
    metadata (the side-cars of the walked folders above it, the `metadata` file, `INGEST_VERSION`). A folder
    holding a file modified within `RACY_NS` of the walk gets no record, so it is looked at next time. Nothing
    is skipped when an input names a file directly or a walked file is a symbolic link.
    """
    if isinstance(inputs, (str, Path)):
        raise TypeError(f"inputs must be a sequence of paths or URLs, not a single {type(inputs).__name__}")
    rejected: list[Rejection] = []
    explicit: dict[str, dict[str, str]] = {}
    explicit_names: dict[str, dict[str, str] | None] = {}
    explicit_path: Path | None = None
    explicit_digest = ""
    if metadata is not None:
        explicit_path = Path(metadata).expanduser().resolve()
        rows, problems = read_metadata_file(explicit_path)
        rejected.extend(problems)
        for key, row in rows.items():
            explicit[key] = row
            name = key.rsplit("/", 1)[-1]
            explicit_names[name] = None if name in explicit_names else row
        try:
            explicit_digest = hashlib.blake2b(explicit_path.read_bytes(), digest_size=16).hexdigest()
        except OSError:
            explicit_digest = "unreadable"

    walk = _Walk()
    named_files = False
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
            walk.folder(path)
        elif path.is_file():
            walk.segments.append((None, [(str(path.resolve()), None)]))
            named_files = True
        else:
            rejected.append(Rejection(text, "no such file or folder"))

    # Which walked folders are unchanged, and the record of every other trusted one (completed below).
    base = repr((INGEST_VERSION, sorted(KIND_BY_SUFFIX.items()), _SKIPPED_NAMES,
                 None if explicit_path is None else str(explicit_path), explicit_digest))
    skipping = folders is not None and not named_files and not walk.linked
    records: dict[str, dict] = {}
    skipped: dict[str, Mapping] = {}
    for real, listing in walk.listings.items():
        context = walk.context(real, base) if listing is not None else None
        if context is None:
            continue
        old = folders.get(real) if skipping else None
        if old is not None and old.get("listing") == listing and old.get("context") == context and "sources" in old:
            skipped[real] = records[real] = dict(old)
        else:
            records[real] = {"listing": listing, "context": context, "sources": 0, "sidecars": [],
                             "sidecar_rejected": [], "rejected": []}

    sidecars: dict[str, dict[str, dict[str, str]]] = {}
    segments: list[tuple[str | None, list[tuple[str, os.stat_result | None, str]]]] = []
    seen: set[str] = set()
    reported: set[str] = set()
    explicit_key = None if explicit_path is None else str(explicit_path)
    walked = {joined: resolved for real, files in walk.segments if real not in skipped
              for joined, resolved in walk.links.get(real, {}).items()}
    for real, files in walk.segments:
        if real in skipped:
            if real not in reported:
                rejected.extend(Rejection(s, r) for s, r in skipped[real].get("sidecar_rejected", []))
            segments.append((real, []))
            continue
        record = records.get(real) if real is not None else None
        candidates: list[tuple[str, os.stat_result | None, str]] = []
        for resolved, info in files:
            if resolved in seen or resolved == explicit_key:
                continue
            seen.add(resolved)
            suffix = _suffix(resolved)
            if suffix.lower() == ".csv" and is_metadata_csv(Path(resolved)):
                rows, problems = read_metadata_file(Path(resolved), known_paths=walked or None)
                rejected.extend(problems)
                sidecars[os.path.dirname(resolved)] = rows
                if record is not None:
                    record["sidecars"].append(os.path.basename(resolved))
                    record["sidecar_rejected"].extend([p.source, p.reason] for p in problems)
                continue
            candidates.append((resolved, info, suffix))
        segments.append((real, candidates))
    if skipped and sidecars is not None:
        _load_skipped_sidecars(walk, skipped, sidecars, records)

    sources: list[Source] = []
    unchanged = 0
    known = known or {}
    sidecar_chains: dict[str, list[dict[str, dict[str, str]]]] = {}
    for real, candidates in segments:
        if real in skipped:
            if real not in reported:
                reported.add(real)
                unchanged += int(skipped[real]["sources"])
                rejected.extend(Rejection(s, r) for s, r in skipped[real].get("rejected", []))
            continue
        record = records.get(real) if real is not None else None
        for path, info, suffix in candidates:
            kind = KIND_BY_SUFFIX.get(suffix.lower())
            if kind is None:
                problem = Rejection(path, f"unsupported file type {suffix or '(none)'!r} (accepted: {', '.join(sorted(KIND_BY_SUFFIX))})")
                rejected.append(problem)
                if record is not None:
                    record["rejected"].append([problem.source, problem.reason])
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
                records.pop(real, None)  # looked at again next time
                continue
            if record is not None:
                record["sources"] += 1
            sources.append(Source(key=path, kind=kind, fingerprint=_fingerprint(content, meta), metadata=meta,
                                  metadata_origin=origin, stat=stat, content_digest=content))
    for url in dict.fromkeys(urls):
        row = explicit.get(url) or {}
        meta = tuple(sorted((k, v) for k, v in row.items() if v))
        sources.append(Source(key=url, kind="url", fingerprint=None, metadata=meta,
                              metadata_origin=str(explicit_path) if row else None))
    if named_files or walk.linked:
        records = {}
    return Discovery(sources=sources, rejected=rejected, unchanged=unchanged, folders=records)


def _load_skipped_sidecars(walk: _Walk, skipped: Mapping[str, Mapping],
                           sidecars: dict[str, dict[str, dict[str, str]]], records: Mapping[str, dict]) -> None:
    """Read the side-cars of skipped folders above a folder that is not skipped (their rows apply to its
    files); their problems were reported from the skipped folders' records."""
    needed: set[str] = set()
    for real in walk.listings:
        if real in skipped:
            continue
        needed.update(folder for folder in _ancestors(real) if folder in skipped and skipped[folder].get("sidecars"))
    for folder in sorted(needed):
        for name in skipped[folder]["sidecars"]:
            rows, _ = read_metadata_file(Path(folder) / name)
            sidecars[folder] = rows


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


class _Walk:
    """The folders named as inputs, walked: every file under them (symbolic links to files included, linked
    folders not entered), hidden files and folders and README/LICENSE/CHANGELOG files left out.

    `segments`: (resolved folder, [(resolved file path, its stat)]) in the order of the files' path parts
    (a folder's files in name order, its subfolders entered in place, so one folder may give several
    segments); a file named directly is a segment of folder None. `listings`: per walked folder, a digest of
    its files' (name, size, mtime_ns), None when it cannot be trusted (an entry could not be stat'ed, or a file
    changed within `RACY_NS`). `csv_listings`: the same over its `.csv` files, for folders holding any.
    `links`: per folder, its linked files (folder joined with name -> resolved path); `linked`: any at all.
    One `os.scandir` per folder: the folder is resolved once and each file's resolved path is that plus its
    name; each file's stat is one call on its directory entry; a folder reached twice is walked once."""

    def __init__(self) -> None:
        self.segments: list[tuple[str | None, list[tuple[str, os.stat_result | None]]]] = []
        self.listings: dict[str, str | None] = {}
        self.csv_listings: dict[str, str | None] = {}
        self.links: dict[str, dict[str, str]] = {}
        self.linked = False
        self.now = time.time_ns()

    def folder(self, root: Path) -> None:
        self._visit(str(root), str(root.resolve()))

    def _visit(self, folder: str, real: str) -> None:
        if real in self.listings:
            return
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=_BY_NAME)
        except OSError:
            return
        self.listings[real] = None
        files: list[tuple[str, os.stat_result | None]] = []
        self.segments.append((real, files))
        rows: list[tuple[str, int, int]] = []
        trusted = True
        for entry in listed:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                is_dir = entry.is_dir()
                is_link = entry.is_symlink()
            except OSError:
                trusted = False
                continue
            if is_dir:
                if not is_link:
                    self._visit(entry.path, os.path.join(real, name))
                    files = []
                    self.segments.append((real, files))
                continue
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:
                trusted = False
                continue
            if name[0] in _SKIPPED_INITIALS and _stem(name).lower() in _SKIPPED_NAMES:
                continue
            if is_link:
                self.linked = True
                joined = os.path.join(real, name)
                resolved = str(Path(entry.path).resolve())
                self.links.setdefault(real, {})[joined] = resolved
                files.append((resolved, info))
            else:
                files.append((real + os.sep + name, info))
            rows.append((name, info.st_size, info.st_mtime_ns))
        fresh = not rows or self.now - max(r[2] for r in rows) >= RACY_NS
        self.listings[real] = _digest(rows) if trusted and fresh else None
        csv_rows = [r for r in rows if r[0][-4:].lower() == ".csv"]
        if csv_rows:
            self.csv_listings[real] = self.listings[real] and _digest(csv_rows)

    def context(self, real: str, base: str) -> str | None:
        """A digest of what decides the metadata of the files in folder `real` besides its own files: `base`
        and the `.csv` files of the walked folders above it (side-cars there apply to it); None when one of
        those cannot be trusted."""
        parts: list[object] = [base]
        for current in _ancestors(real):
            if current in self.csv_listings:
                digest = self.csv_listings[current]
                if digest is None:
                    return None
                parts.append((current, digest))
        return _digest(parts)


def _ancestors(folder: str) -> Iterator[str]:
    """The folders above `folder`, nearest first, up to the root."""
    current = folder
    while (parent := os.path.dirname(current)) != current:
        yield parent
        current = parent


def _digest(values: list) -> str:
    return hashlib.blake2b(repr(values).encode(), digest_size=16).hexdigest()


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
