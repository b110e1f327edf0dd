"""Ingestion: any collection of articles (files, folders, URLs, feeds) to one clean list of `Article`s.

`read_articles` does everything; the pipeline uses `discover_sources` (cheap enumeration with
fingerprints for incremental builds), `parse_source` (one source, run in parallel) and
`near_duplicates` (over the whole table) separately.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from analysis.ingest.duplicates import NEAR_DUPLICATE_THRESHOLD, article_id_for, near_duplicates
from analysis.ingest.fetching import Fetcher, FetchError
from analysis.ingest.readers import parse_source
from analysis.ingest.sources import Source, discover_sources
from analysis.records import Article, Rejection, articles_frame

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD", "FetchError", "Fetcher", "IngestResult", "Source", "article_id_for", "discover_sources",
    "near_duplicates", "parse_source", "read_articles",
]


@dataclass
class IngestResult:
    """Articles read (exact repeats removed, near duplicates marked) and inputs that could not be read.

    A rejection whose reason starts with "ingested, but" is a note about an article that was kept.
    """

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def read_articles(
    inputs: Sequence[str | Path],
    *,
    metadata: str | Path | None = None,
    fetch_links: bool = False,
    fetcher: Fetcher | None = None,
) -> IngestResult:
    """Every article in `inputs` (folders, files, http(s) URLs, feeds), with `duplicate_of` filled in.

    `metadata`: a CSV (`file,title,outlet,published,url`) whose values win over side-cars and inference.
    `fetch_links`: for feed entries, fetch the linked page instead of using the entry's own content.
    The same text read twice (another file name, its URL) is kept once, the first time it is read.
    """
    sources, rejected = discover_sources(inputs, metadata=metadata)
    articles: list[Article] = []
    seen: set[str] = set()
    for source in sources:
        found, problems = parse_source(source, fetch_links=fetch_links, fetcher=fetcher)
        rejected.extend(problems)
        for article in found:
            if article.article_id not in seen:
                seen.add(article.article_id)
                articles.append(article)
    if articles:
        duplicate_of = near_duplicates(articles_frame(articles))
        articles = [replace(a, duplicate_of=duplicate_of.get(a.article_id)) for a in articles]
    return IngestResult(articles=articles, rejected=rejected)
