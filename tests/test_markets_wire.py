"""Market notes on made-up wire-style and background sentences: the general grammar of stock prices without a
share word, bond and bill prices and yields, moves told in passing, and the alias lookup shared by the grammar and
the recall layer. Every sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

import pytest

from analysis.markets import market_notes_in


def moves(text: str) -> list[tuple[str, str]]:
    """(instrument, direction) per note, in reading order."""
    return [(n.instrument, n.direction) for n in market_notes_in(text)]


@pytest.mark.parametrize("sentence", [
    "Shanghai\u2019s Composite turned negative in late deals.",   # curly apostrophe
    "Shanghai's  Composite turned negative in late deals.",       # two spaces
    "Shanghai\u2019s\u00a0Composite turned negative in late deals.",  # a no-break space
])
def test_recall_layer_finds_an_alias_written_with_other_spaces_or_apostrophes(sentence: str) -> None:
    # the recall layer looked aliases up in lower case only, so these spellings named nothing there
    assert moves(sentence) == [("Shanghai Composite", "down")]
