"""Outlet names: the user-editable list in `data/outlets.csv`, masthead lines, and URL domains.

`data/outlets.csv` has one row per outlet: `outlet` (the name shown on the dashboard), `domains`
(`|`-separated web domains, subdomains included) and `mastheads` (`|`-separated lines that name it
at the top of a pasted text). The name itself always counts as a masthead. Add a row to teach it a new outlet.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

OUTLETS_CSV = Path(__file__).resolve().parents[2] / "data" / "outlets.csv"


@dataclass(frozen=True)
class OutletList:
    """Known outlets: masthead line (case-folded) -> name, domain -> name."""

    by_masthead: dict[str, str]
    by_domain: dict[str, str]

    def masthead(self, line: str) -> str | None:
        """The outlet a masthead `line` names exactly (case and spacing ignored), else None."""
        return self.by_masthead.get(" ".join(line.split()).casefold())

    def listed_for_url(self, url: str | None) -> str | None:
        """The listed outlet whose domain (or a parent domain) `url` is on, else None."""
        host = domain_of(url)
        if host is None:
            return None
        parts = host.split(".")
        for start in range(len(parts) - 1):
            name = self.by_domain.get(".".join(parts[start:]))
            if name:
                return name
        return None

    def for_url(self, url: str | None) -> str | None:
        """The outlet of `url`: its name when the domain is listed, else the bare domain; None if no host."""
        return self.listed_for_url(url) or domain_of(url)


def domain_of(url: str | None) -> str | None:
    """The lower-case host of an http(s) `url` without a leading `www.`, else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    return host.removeprefix("www.")


@lru_cache(maxsize=4)
def load_outlets(path: Path = OUTLETS_CSV) -> OutletList:
    """The outlet list in `path` (read once and cached); an absent file gives an empty list."""
    by_masthead: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    if path.is_file():
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("outlet") or "").strip()
                if not name:
                    continue
                for masthead in [name, *(row.get("mastheads") or "").split("|")]:
                    if masthead.strip():
                        by_masthead[" ".join(masthead.split()).casefold()] = name
                for domain in (row.get("domains") or "").split("|"):
                    if domain.strip():
                        by_domain[domain.strip().lower().removeprefix("www.")] = name
    return OutletList(by_masthead=by_masthead, by_domain=by_domain)
