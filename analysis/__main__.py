"""Command line: `python -m analysis build INPUT... --out DIR` and `python -m analysis check DIR`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.executors import ENGINES
from analysis.store import FORMATS, StoreError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="add articles to a store and analyse them")
    build.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="files, folders (read recursively), article URLs or feed URLs")
    build.add_argument("--out", required=True, type=Path, metavar="DIR", help="the store directory")
    build.add_argument("--metadata", type=Path, metavar="FILE",
                       help="side-car CSV (file,title,outlet,published,url); its values win over inferred ones")
    build.add_argument("--workers", type=int, default=1, metavar="N", help="processes to use (default 1)")
    build.add_argument("--format", choices=FORMATS, default="parquet", help="table format (default parquet)")
    build.add_argument("--rebuild", action="store_true", help="forget the store's contents and redo everything")
    build.add_argument("--fetch-links", action="store_true", help="for feed entries, fetch the linked page")
    build.add_argument("--allow-private", action="store_true",
                       help="let URLs point at loopback or private-network addresses (off by default)")
    build.add_argument("--engine", choices=ENGINES, default="local", help="where to run the analysis")
    build.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, with --engine dask")
    build.add_argument("--quiet", action="store_true", help="no progress bar")

    check = commands.add_parser("check", help="check a store against the table contract")
    check.add_argument("directory", type=Path, metavar="DIR")

    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args.directory)
        return _build(args)
    except (StoreError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _check(directory: Path) -> int:
    from analysis.contract import problems_in
    from analysis.store import read_tables

    problems = problems_in(directory)
    for line in problems:
        print(line)
    if not problems:
        tables = read_tables(directory)
        print(", ".join(f"{name}: {len(table)} rows" for name, table in tables.items()))
    return 1 if problems else 0


def _build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from analysis.ingest import Fetcher
    from analysis.pipeline import build

    bars: dict[str, tqdm] = {}

    def progress(done: int, total: int, stage: str) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="batch" if stage == "analysing" else "input",
                                     file=sys.stderr, disable=args.quiet or None, leave=True)
        bar.update(done - bar.n)

    try:
        summary = build(args.inputs, args.out, metadata=args.metadata, workers=args.workers, fmt=args.format,
                        rebuild=args.rebuild, fetch_links=args.fetch_links,
                        fetcher=Fetcher(allow_private=args.allow_private), engine=args.engine,
                        scheduler=args.scheduler, progress=progress)
    finally:
        for bar in bars.values():
            bar.close()
    for line in summary.lines():
        print(line)
    if summary.rejected and summary.read == 0 and summary.unchanged_inputs == 0:
        print(f"error: nothing could be read; {len(summary.rejected)} input(s) rejected, "
              f"listed in {args.out / 'rejected.csv'}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
