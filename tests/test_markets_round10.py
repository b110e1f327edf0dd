"""Market notes, round 10: structural rules that generalise - a stock market named by its place, an index named
after its exchange, gilts named by coupon and maturity, share prices in pence, 'hardly moved' and 'came under
pressure'. Every sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.markets import INSTRUMENTS_PATH, load_instruments, load_market_places
from market_cases import moves


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wall Street stocks slumped 60 points by midday as rate fears returned.",
     [("Dow Jones Industrial Average", "down")]),
    ("Traders said the sharp rally on Wall Street lifted sentiment.", [("Dow Jones Industrial Average", "up")]),
    ("Tokyo share prices recovered strongly in afternoon dealings.", [("Nikkei 225", "up")]),
    ("The Thai stock market tumbled for a second day.", [("SET index", "down")]),
    ("London's stock market edged lower in thin trading.", [("FTSE 100", "down")]),
    ("Hong Kong stocks were little changed at the close.", [("Hang Seng", "flat")]),
    ("Brokers blamed the drop in Sydney stock prices on profit-taking.", [("S&P/ASX 200", "down")]),
    # "shares" after a place: the place's market, not a company's stock (these gave no note before round 10)
    ("Tokyo shares fell 2% while London shares rose 1%.", [("Nikkei 225", "down"), ("FTSE 100", "up")]),
])
def test_a_stock_market_named_by_its_place_is_its_main_index(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Wall Street analysts expect profits to rise 12 pct next year.",
    "The Wall Street Journal said advertising revenue rose 5 pct.",
    "Tokyo Electric said its pre-tax profit fell 6.1 pct to 38.2 billion yen.",
    "Turnover on the Hong Kong stock exchange fell to 1.4 billion H.K. Dlrs from 2.1 billion.",
    "London brokers said the company's pre-tax profit would rise to 95 mln stg.",
])
def test_a_place_without_a_stock_market_move_gives_no_note(sentence: str) -> None:
    assert moves(sentence) == []


def test_the_places_table_maps_to_listed_indices() -> None:
    places = load_market_places(Path(INSTRUMENTS_PATH).with_name("market_places.csv"), load_instruments())
    assert places["wall street"].name == "Dow Jones Industrial Average"
    assert places["tokyo stock prices"].name == "Nikkei 225"
    assert places["london's stock market"].name == "FTSE 100"
    assert "london" not in places  # a city alone names no market unless marked 'alone'


def test_the_places_table_rejects_an_unlisted_index(tmp_path: Path) -> None:
    table = tmp_path / "market_places.csv"
    table.write_text("place,index,alone\natlantis,Atlantis Composite,no\n", encoding="utf-8")
    with pytest.raises(ValueError, match="index listed"):
        load_market_places(table, load_instruments())


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Lagos Stock Exchange all-share index rose 2.2 pct to 4,310.",
     [("Lagos Stock Exchange all-share index", "up")]),
    ("The Karachi Stock Exchange 100-share index slipped 14 points.",
     [("Karachi Stock Exchange 100-share index", "down")]),
    ("The Securities Exchange of Ruritania Index fell 9.1 points to 220.4.",
     [("Securities Exchange of Ruritania Index", "down")]),
])
def test_an_index_named_after_its_exchange_is_an_index(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Treasury 12 pct stock due 2013/17 was quoted 1/2 point higher at 128-4/32.", [("UK gilts", "up")]),
    ("Exchequer 9-3/4 pct 2006 fell 5/8 point to 103.", [("UK gilts", "down")]),
])
def test_a_gilt_named_by_coupon_and_maturity_is_a_gilt(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_a_gilt_issue_is_no_move() -> None:
    assert moves("The Bank said it would issue 800 mln stg of Treasury 9 pct stock due 2011 next week.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pelham Foods rose 6p to 211p after the results.", [("Pelham Foods", "up")]),
    ("Corran Holdings were 4p easier at 388p.", [("Corran Holdings", "down")]),
    ("Dunmore slipped 3 pence to 97 in late trading.", [("Dunmore", "down")]),
])
def test_a_share_price_in_pence_names_a_stock(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The company raised its interim dividend 2p to 9p a share.",
    "Fares rose 20p to 1.50 stg on most routes.",
    "Pint prices went up 5p to 80p in most pubs.",
])
def test_pence_that_are_no_share_price_give_no_note(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Swiss franc hardly moved against the mark this week.", [("Swiss franc", "flat")]),
    ("Dealers said the yen barely changed in Tokyo.", [("Japanese yen", "flat")]),
    ("The Danish crown came under heavy pressure after the vote.", [("Danish crown", "down")]),
])
def test_hardly_moved_is_flat_and_came_under_pressure_is_down(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_hardly_moved_beside_the_same_instruments_move_is_no_second_note() -> None:
    assert moves("The yen's surge against the dollar hides that the yen has hardly moved against the mark.") == [
        ("Japanese yen", "up")]


def test_came_under_pressure_of_no_instrument_gives_no_note() -> None:
    assert moves("The minister came under pressure to cut interest rates by 0.5 pct.") == []


def test_an_index_moved_both_ways_keeps_the_later_clauses_move() -> None:
    # the later clause tells the outcome ("the rally faded, and the index closed down")
    assert moves("Wall Street's early rally petered out, and the Dow closed down 4.10 points.") == [
        ("Dow Jones Industrial Average", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Swiss franc held around 1.4210 to the dollar compared with its Zurich close on Monday at 1.4350.",
     [("Swiss franc", "up")]),
    ("The dollar stood around 138.40 yen against its opening level at 137.90.", [("US dollar", "up")]),
])
def test_a_level_beside_an_earlier_close_gives_the_direction(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_two_levels_against_two_currencies_are_no_move() -> None:
    assert moves("In early trade the Swiss franc was quoted against the dollar at 1.4210 and against the mark "
                 "at 0.8150.") == []


def test_the_markets_own_move_noun_points_back_to_the_market_named() -> None:
    assert moves("Investors in Seoul stocks stayed calm despite the market's worst fall in a decade.") == [
        ("Kospi", "down")]


def test_the_markets_own_noun_without_a_move_gives_no_note() -> None:
    assert moves("Dealers in Seoul stocks welcomed the market's new listing rules, which cut fees 10 pct.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Varlow Motors shares staged a strong rally on Wall Street after it raised its dividend.",
     [("Varlow Motors", "up")]),
    ("Kelvar Inc shares jumped 12 pct on Wall Street while the Dow rose 30 points.",
     [("Kelvar", "up"), ("Dow Jones Industrial Average", "up")]),
    ("Dealers said the slump on Wall Street had spread to Sydney.", [("Dow Jones Industrial Average", "down")]),
])
def test_wall_street_as_the_venue_of_a_companys_move_is_no_index_move(sentence: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected
