"""Made-up sentences through the market-notes stage, for the tests of each round of rules."""
from __future__ import annotations

from analysis.markets import market_notes_in


def moves(text: str) -> list[tuple[str, str]]:
    """(instrument, direction) per note, in reading order."""
    return [(n.instrument, n.direction) for n in market_notes_in(text)]
