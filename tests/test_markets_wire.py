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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Texaco fell 1-1/2 to 30-3/8.", [("Texaco", "down")]),
    ("Zenith Labs was up 2-1/4 at 18-1/2 in active trading.", [("Zenith Labs", "up")]),
    ("Harcourt Brace slipped 3/4 to 41.", [("Harcourt Brace", "down")]),
    ("Brunswick was off 5/8 at 27-1/8.", [("Brunswick", "down")]),
    ("Polaroid rose 2-3/8 to 71-1/4 and Xerox fell 1/2 to 58.", [("Polaroid", "up"), ("Xerox", "down")]),
    ("Merrill Lynch was trading lower after the report.", [("Merrill Lynch", "down")]),
    ("Brokers could not say why Quorvex was trading higher.", [("Quorvex", "up")]),
    ("Kellwood, the most active NYSE issue, gained 2 to 33-1/4.", [("Kellwood", "up")]),
    ("Dravon Inc, one of the most heavily traded issues, fell today on takeover doubts.", [("Dravon", "down")]),
])
def test_wire_stock_moves_without_a_share_word(sentence: str, expected: list[tuple[str, str]]) -> None:
    # a change and level in eighths, "was trading higher", or an appositive calling the company an issue name a
    # stock: the wire rarely writes "shares" in its lists of the day's movers
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Revenues rose 1-1/2 pct to 30 mln dlrs.",
    "Gencorp said net income rose 2-1/2 to 45 mln dlrs.",
    "Its stake rose to 12-1/2 pct from 9-3/4 pct.",
    "Housing starts fell 3/4 pct to 1.8 mln units.",
    "Dividends rose 5 cts to 30 cts a share.",
    "Acme Corp raised its quarterly dividend 1/4 to 12-1/2 cts a share.",
    "Earnings per share rose 12 cts to 1.30 dlrs.",
    "Delmont said the 8-1/2 pct notes due 1995 were priced at 99-3/4.",
    "Output, the largest category, rose 2 pct.",
])
def test_no_wire_stock_for_figures_that_are_not_share_prices(sentence: str) -> None:
    assert moves(sentence) == []
