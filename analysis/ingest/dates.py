"""Publication dates: one parser for every place a date comes from (metadata, page, dateline).

Day-first rule: an all-numeric date with the year last (`12/02/2025`, `12.02.2025`, `12-02-2025`) is read
day first, as in most of the world's news outside the US (12 February 2025). When the first number cannot
be a day-month pair but can be month-day (`02/13/2025`), it is read month first, since no other reading
exists. Year-first numeric dates (`2025-02-12`, `2025/02/12`) are always year-month-day.
An impossible date (`31/02/2025`) or a word that is not a date (`yesterday`) is an error: the date is
left unknown and the reason reported, never guessed.
"""
from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month_name>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# Each pattern matches a whole date expression; `dateline_date` searches with the same patterns.
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 2025-02-12, 2025/02/12, 2025.02.12, with an optional ISO time part.
        r"(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?",
        # 12/02/2025, 12.02.2025, 12-02-2025: day first (see module docstring).
        r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<year>\d{4})",
        # 12 February 2025, Wednesday 12th Feb. 2025, 12 February, 2025
        _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
        # Feb 12, 2025; February 12th 2025; Wednesday, February 12, 2025
        _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
    )
)


class DateError(ValueError):
    """A date string that is not a date, or names a day that does not exist."""


def parse_date(value: str) -> date:
    """The calendar day `value` names; raises `DateError` with a reason a person understands.

    Accepts ISO dates and datetimes, `12 February 2025`, `Feb 12, 2025`, and numeric `12/02/2025`
    (day first; see the module docstring). Surrounding whitespace is ignored; anything else around the
    date is an error (use `dateline_date` to find a date inside a line).
    """
    text = " ".join(str(value).split())
    if not text:
        raise DateError("empty date")
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _day_of(match, text)
    raise DateError(
        f"{text[:40]!r} is not a date in an accepted form "
        "(2025-02-12, 12 February 2025, Feb 12, 2025, 12/02/2025 read day first)"
    )


def dateline_date(line: str) -> date | None:
    """The first valid date written inside `line` (a dateline such as `Published: Feb 12, 2025 10:00`)."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(line[:300]):
            try:
                return _day_of(match, match.group(0))
            except DateError:
                continue
    return None


def is_date_line(line: str) -> bool:
    """True when `line` is only a dateline: a date with at most a label (`Published`, `Updated`) and a time."""
    stripped = re.sub(
        r"^\s*(?:published|updated|posted|last updated|date|on)\s*(?:on)?\s*:?\s*", "", line, flags=re.I
    )
    stripped = re.sub(r"\s*(?:\||,|-|at)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*$",
                      "", stripped, flags=re.I)
    try:
        parse_date(stripped)
    except DateError:
        return False
    return True


def _day_of(match: re.Match[str], text: str) -> date:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("m") is not None:
        month, day = int(groups["m"]), int(groups["d"])
    elif groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (first, second) if second > 12 >= first else (second, first)
    else:
        month, day = MONTHS[groups["month_name"].lower().rstrip(".")], int(groups["day"])
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"{text[:40]!r} is not a real day (year {year}, month {month}, day {day})") from None
