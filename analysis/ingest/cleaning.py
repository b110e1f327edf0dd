"""Plain text to article body: whitespace normalised, page furniture removed, title split off.

The body keeps every sentence verbatim (curly quotes, dashes, case); only these change:
- line ends become `\\n`; control and zero-width characters are dropped; lone surrogates become
  U+FFFD; runs of spaces, tabs and no-break spaces become one space; lines are stripped;
- paragraphs are separated by one blank line (`\\n\\n`), so a title or heading never runs into the next
  sentence; hard-wrapped paragraphs (short lines, no sentence end) are joined back with spaces;
- page furniture lines are dropped: a masthead naming a known outlet at the top, a repeated title,
  a dateline that is only a date, and lines that are exactly one of `FURNITURE_LINES`
  ("Big Story", "Next Story", "Share it", a lone "X", ...).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from analysis.ingest.dates import dateline_date, is_date_line
from analysis.ingest.outlets import OutletList

# Lines that are page furniture wherever they stand (compared case-insensitively, spacing ignored).
FURNITURE_LINES: frozenset[str] = frozenset(
    {
        "x", "big story", "top story", "next story", "previous story", "share it", "share", "share this",
        "share this article", "advertisement", "advertisements", "sponsored", "read more", "read next",
        "also read", "related stories", "related articles", "follow us", "subscribe", "comments",
        "print", "email", "tweet", "facebook", "whatsapp", "linkedin", "skip to content", "back to top",
    }
)
MAX_TITLE_CHARS = 200
"""A first line longer than this is body text, not a title."""
_TOP_LINES = 8
"""Mastheads, datelines and repeated titles are looked for only among the first lines."""

_DROP_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ufffe]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]$")


@dataclass(frozen=True)
class CleanText:
    """What cleaning found: the body, and the title/outlet/date the top lines gave (None if none)."""

    text: str
    title: str | None
    outlet: str | None
    published: date | None


def normalise_lines(raw: str) -> list[str]:
    """`raw` split into stripped lines with whitespace normalised; empty strings mark blank lines."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    raw = _SURROGATES.sub("\ufffd", _DROP_CHARS.sub("", raw))  # lone surrogates (JSON escapes) cannot be stored
    return [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]


def normalise_text(raw: str) -> str:
    """`raw` with whitespace normalised and paragraphs separated by one blank line (no furniture removed)."""
    return "\n\n".join(_paragraphs(normalise_lines(raw)))


def fold(line: str) -> str:
    """`line` compared loosely: NFKC, case-folded, spacing collapsed, final punctuation dropped."""
    return " ".join(unicodedata.normalize("NFKC", line).casefold().split()).rstrip(" .:!?")


def looks_like_title(line: str) -> bool:
    """A short line without final sentence punctuation (a headline), not furniture."""
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and not re.search(r"[.!?…,;]$", line)
        and fold(line) not in FURNITURE_LINES
        and any(ch.isalpha() for ch in line)
    )


def clean_article_text(raw: str, *, title: str | None = None, outlets: OutletList | None = None) -> CleanText:
    """The article body of plain text `raw`, and the title/outlet/dateline its top lines give.

    `title` is a known title (from metadata): a top line repeating it is dropped. Without it, a short
    first line without final punctuation is taken as the title when body text follows it.
    """
    lines = normalise_lines(raw)
    outlet: str | None = None
    published: date | None = None
    found_title: str | None = None
    known = fold(title) if title else None

    kept: list[str] = []
    seen_text = 0  # non-blank lines kept so far at the top
    for index, line in enumerate(lines):
        if not line:
            kept.append(line)
            continue
        key = fold(line)
        if key in FURNITURE_LINES:
            continue
        at_top = seen_text < _TOP_LINES and index < 3 * _TOP_LINES
        if at_top and seen_text == 0 and outlet is None and outlets is not None and outlets.masthead(line):
            outlet = outlets.masthead(line)
            continue
        if at_top and (key == known or (found_title is not None and key == fold(found_title))):
            continue
        if at_top and published is None and is_date_line(line):
            published = dateline_date(line)
            continue
        if at_top and seen_text == 0 and known is None and found_title is None and looks_like_title(line):
            if _has_body_after(lines, index):
                found_title = line
                continue
        kept.append(line)
        seen_text += 1
    return CleanText(
        text="\n\n".join(_paragraphs(kept)), title=found_title, outlet=outlet, published=published
    )


def _has_body_after(lines: list[str], index: int) -> bool:
    return any(line and fold(line) not in FURNITURE_LINES for line in lines[index + 1 :])


def _paragraphs(lines: list[str]) -> list[str]:
    """Blocks between blank lines; each line is its own paragraph unless the block is hard-wrapped."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        if block:
            paragraphs.extend([" ".join(block)] if _is_hard_wrapped(block) else block)
            block = []
    return paragraphs


def _is_hard_wrapped(block: list[str]) -> bool:
    """True for a paragraph broken into lines of e-mail width: >= 3 lines of at most 100 characters
    whose non-final lines are mostly 40+ characters long and do not end a sentence."""
    if len(block) < 3 or max(len(line) for line in block) > 100:
        return False
    inner = block[:-1]
    long_lines = sum(1 for line in inner if len(line) >= 40)
    open_ends = sum(1 for line in inner if not _SENTENCE_END.search(line))
    return 3 * long_lines >= 2 * len(inner) and 3 * open_ends >= 2 * len(inner)
