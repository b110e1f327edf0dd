"""Market notes, round 32 onward: headline roles and bare verbs, levels crossed, supplies that rise, lists of
companies sharing one move. Every sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

import pytest
from market_cases import moves


@pytest.mark.parametrize(("sentence", "expected"), [
    # a role ends a headline's company name: "Zenthra CEO to Quit, Shares Fall" is Zenthra's shares
    ("Zenthra CEO to Quit, Shares Fall", [("Zenthra", "down")]),
    ("Halvard Chairman Resigns; Shares Slide", [("Halvard", "down")]),
    # a company's headline move before a time of day
    ("Stocks Close Mixed, Zenthra Soars After Hours", [("Zenthra", "up")]),
    # "Stock Off" after news, with no space after the semicolon
    ("Halvard Sales Up;Stock Off on Forecast", [("Halvard", "down")]),
])
def test_round32_headline_companies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a level crossed is a rise: "crossed another milestone, $61 per barrel"
    ("Traders sold bonds on Monday as oil prices crossed another milestone, $61 per barrel.", [("Crude oil", "up")]),
    ("Gold crossed $2,100 an ounce for the first time.", [("Gold", "up")]),
])
def test_round32_a_level_crossed(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a supply that rises is no price
    ("Wheat Slips on Signs of Corn Supply Rise", [("Wheat", "down")]),
    ("Oil Eases as Heating-Oil Stocks Climb", [("Crude oil", "down")]),
])
def test_round32_supplies_are_no_prices(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected
