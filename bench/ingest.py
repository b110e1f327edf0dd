"""Ingestion cost and near-duplicate quality on the synthetic corpus (`bench/generate.py`).

Figures: articles per second for `discover_sources` + `parse_source` on JSONL shards (one process);
seconds for `near_duplicates` over the whole table; and how well it finds the generator's syndicated
copies (about 3 %, each ending "This report was first published by ..." and sharing its original's
first paragraph): recall = copies put in the same group as their original; precision = marked
articles that belong to such a copy family (the rest are false alarms between independent articles).

    python bench/ingest.py [--articles 10000] [--skip-parse]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.ingest import discover_sources, near_duplicates, parse_source  # noqa: E402
from analysis.records import articles_frame  # noqa: E402
from bench.generate import write_corpus  # noqa: E402

COPY_MARK = "This report was first published by"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10000)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        write_corpus(folder, n=args.articles)
        generated = time.perf_counter() - started

        started = time.perf_counter()
        sources, rejected = discover_sources([folder])
        articles = []
        for source in sources:
            found, problems = parse_source(source)
            articles.extend(found)
            rejected.extend(problems)
        parsed = time.perf_counter() - started

    table = articles_frame(articles).drop_duplicates("article_id")
    started = time.perf_counter()
    marked = near_duplicates(table)
    deduplicated = time.perf_counter() - started

    group = {article_id: original or article_id for article_id, original in marked.items()}
    families: dict[str, list[str]] = {}
    for article_id, text in zip(table["article_id"], table["text"]):
        families.setdefault(text.split("\n\n", 1)[0], []).append(article_id)
    copies = found = 0
    in_family: set[str] = set()
    texts = dict(zip(table["article_id"], table["text"]))
    for members in families.values():
        if len(members) < 2:
            continue
        marked_copies = [m for m in members if COPY_MARK in texts[m]]
        if not marked_copies:
            continue
        in_family.update(members)
        originals = [m for m in members if m not in marked_copies]
        for copy in marked_copies:
            copies += 1
            found += any(group[copy] == group[o] for o in originals) if originals else group[copy] != copy
    flagged = set(marked.dropna().index)
    recall = found / copies if copies else float("nan")
    precision = len(flagged & in_family) / len(flagged) if flagged else float("nan")

    rows = [
        ("articles generated", f"{args.articles:,}", f"{generated:.1f} s"),
        ("read + parse (1 process)", f"{len(articles):,} ok, {len(rejected)} rejected",
         f"{parsed:.1f} s = {len(articles) / parsed:,.0f} articles/s"),
        ("near_duplicates", f"{len(table):,} articles", f"{deduplicated:.1f} s"),
        ("syndicated copies grouped with original", f"{found:,} of {copies:,}", f"recall {recall:.3f}"),
        ("articles marked as copies", f"{len(flagged):,}", f"precision {precision:.3f}"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, count, figure in rows:
        print(f"{name:<{width}}  {count:>28}  {figure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
