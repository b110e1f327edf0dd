"""Market notes, round 18: business prose (moves told by a causing verb, a trend adjective before "the cost of",
a high reached, a figure between an article and "drop in profits", quantities named after a commodity). Every
sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

import pytest
from market_cases import moves
from parser_marks import needs_parser


@needs_parser
@pytest.mark.parametrize(("sentence", "expected"), [
    # a causing verb: its object moved
    ("Worries about the budget gap have hit the greenback this spring.", [("US dollar", "down")]),
    ("Strong export figures lift the Swiss franc", [("Swiss franc", "up")]),
    # a high reached, written without hyphens
    ("Swiss franc hits ten year high", [("Swiss franc", "up")]),
])
def test_the_parse_reads_moves_told_by_a_causing_verb_or_a_high(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a trend word before "the cost / value / price of"
    ("The soaring cost of oil has slowed growth in Asia.", [("Crude oil", "up")]),
    ("Importers are squeezed by the declining value of the dollar.", [("US dollar", "down")]),
    ("To cover the increased price of aviation fuel, the carrier added a surcharge.", [("Jet fuel", "up")]),
])
def test_a_trend_word_before_the_cost_of_an_instrument(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the drop is of profits, though a figure stands between the article and the noun
    "The airline has blamed high fuel prices for a 25% drop in profits.",
    "Analysts pointed to a $2bn fall in earnings at the refiner.",
    # the supplies moved, not the price
    "The rally was triggered by large falls in US crude supplies after a cold snap.",
    # a causing verb whose object is no market
    "The storm hit oil output in the gulf.",
    # pressure on a price is not its move
    "The prospect of another rate hike kept weighing on gold prices.",
])
def test_no_note_for_moves_of_other_things(sentence: str) -> None:
    assert moves(sentence) == []
