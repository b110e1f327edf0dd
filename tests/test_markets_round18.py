"""Market notes, round 18: business prose (moves told by a causing verb, a trend adjective before "the cost of",
a high reached, a figure between an article and "drop in profits", quantities named after a commodity). Every
sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

import pytest
from market_cases import moves
from parser_marks import needs_parser

from analysis.markets import market_notes_in


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


@needs_parser
def test_a_stock_beside_another_with_its_move_after_with() -> None:
    # "…, with rival X down 3.4%": an absolute phrase gives a second company's share price
    assert moves("Harlow Steel lost 2.5% to 310 yen, with nearest rival Kesteven Metals down 3.1%.") == [
        ("Harlow Steel", "down"), ("Kesteven Metals", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a move halted is a move the other way; one aimed at ("to stop the slide") went on
    ("Central banks halt the euro's slide", [("Euro", "up")]),
    ("The minister did little to stop the euro's slide.", [("Euro", "down")]),
    # a cause that carried the price past a level
    ("Cold weather took heating oil prices past $2 a gallon.", [("Heating oil", "up")]),
    # the country before a company's name is no part of it
    ("Shares in Norway's Elkem fell 4% on Monday.", [("Elkem", "down")]),
])
def test_halted_moves_causes_and_companies_by_their_country(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a company's figure, and a currency's state
    "Revenues at publisher Orbis Media slipped 9% in 2004, mainly due to the weakness of the dollar.",
])
def test_no_note_for_a_company_figure_or_a_state(sentence: str) -> None:
    assert moves(sentence) == []


@needs_parser
@pytest.mark.parametrize(("sentence", "expected"), [
    # several places before one market word: each place's main index
    ("Japanese, German and British stock markets reached record highs.",
     [("FTSE 100", "up"), ("Nikkei 225", "up"), ("DAX", "up")]),
    ("Stock markets in Japan and India have hit all-time highs this week.", [("Nikkei 225", "up"), ("Sensex", "up")]),
    # a cause that drove a market to a high
    ("Strong earnings drove the Tokyo stock exchange to a record high on Friday.", [("Nikkei 225", "up")]),
    # a plural commodity after "the price of"
    ("The price of both benchmark crudes has dropped 9% this week.", [("Crude oil", "down")]),
])
def test_the_parse_reads_lists_of_markets_and_levels_reached(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(moves(sentence)) == sorted(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the later move after "but" wins
    ("Zanex shares have risen since May but fell $2.10 on Tuesday to close at $71.50.", [("Zanex", "down")]),
    ("The price of copper is still up 20% on the year, but has fallen from its record.", [("Copper", "down")]),
    # a level crossed by inching
    ("The Sensex inched slightly above its previous record close.", [("Sensex", "up")]),
    # inventories are no price
    ("Oil prices fell for a second day after news that US crude stocks have improved.", [("Crude oil", "down")]),
])
def test_later_turns_crossings_and_inventories(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@needs_parser
@pytest.mark.parametrize(("sentence", "expected"), [
    # a causing verb in the passive, as headlines write it
    ("KPX shares hit by profit warning", [("KPX", "down")]),
    # a state the parse hangs on "down" as a preposition; a time zone before the company
    ("By 1400 GMT Corvel's shares in London were down a single penny, or 0.04%, at 31.10 pounds.", [("Corvel", "down")]),
])
def test_passive_causes_and_share_prices_told_as_states(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the company, not where it is based
    ("Shares in Ireland-based Kelmar lost 20% on Monday.", [("Kelmar", "down")]),
    # a move after "before" with a decimal figure before it
    ("The price of silver fell to $21.50 an ounce in Asia, before rebounding slightly in London.", [("Silver", "up")]),
    # the main clause's move after a relative clause about an earlier one
    ("The yen, which had lost 5% against the dollar in the autumn, staged something of a recovery.",
     [("Japanese yen", "up")]),
    # a copy that spells the currency sign out before the figure
    ("Brent crude fell dollars 1.20 to dollars 75.25 a barrel.", [("Brent crude", "down")]),
    # Beirut's market
    ("Lebanese shares fell 3% on Monday.", [("BLOM Stock Index", "down")]),
])
def test_companies_turns_asides_and_spelled_signs(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_a_spelled_sign_gives_the_level() -> None:
    [note] = market_notes_in("Brent crude fell dollars 1.20 to dollars 75.25 a barrel.")
    assert (note.value, note.unit, note.change_abs) == (75.25, "USD/barrel", -1.2)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a comparison of price with a figure
    ("Even so, copper is still 25% more expensive than in January.", [("Copper", "up")]),
    ("Brent was 2% cheaper on Monday.", [("Brent crude", "down")]),
    # the commodity's name inside a business or an event is no price
    ("Shares in Pell Energy, a UK oil firm, closed down 18% after a drilling update.", [("Pell Energy", "down")]),
    ("Pell shares slump on oil setback", [("Pell", "down")]),
    # the US market
    ("The US stock market closed higher after the vote.", [("Dow Jones Industrial Average", "up")]),
])
def test_comparisons_businesses_and_the_us_market(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_making_a_price_dearer_for_some_buyers_is_no_move() -> None:
    assert moves("The dollar rose 0.2%, making gold more expensive for buyers abroad.") == [("US dollar", "up")]


@needs_parser
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Share prices in London, Frankfurt and Paris also closed higher.",
     [("FTSE 100", "up"), ("DAX", "up"), ("CAC 40", "up")]),
    ("Kolva share jumped in Moscow, climbing as much as 40% before being suspended.", [("Kolva", "up")]),
])
def test_share_prices_in_several_places_and_a_share(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(moves(sentence)) == sorted(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    # hovering is no move
    ("The pound hovered close to record lows against the euro on Friday.", [("British pound", "flat")]),
    # an end put to a rally is a fall
    ("Weak factory figures brought a sudden end to a rally in the value of the dollar.", [("US dollar", "down")]),
    # a beating taken
    ("Shares in Velmar Foods have taken a dunking on Wall Street after a restatement.", [("Velmar Foods", "down")]),
])
def test_hovering_ended_rallies_and_beatings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@needs_parser
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Velmar shares hit", [("Velmar", "down")]),  # a headline's passive without its "by"
    ("The stock market in Jakarta has seen its biggest slide in a month.", [("Jakarta Composite", "down")]),
])
def test_headline_passives_and_slides_seen(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a legal form stays when the word before it names nothing alone
    ("News Corp shares fell 25 cents to $17.65 on Monday.", [("News Corp", "down")]),
    ("Apple Inc shares fell 2%.", [("Apple", "down")]),
    # a trend word before prices
    ("Airlines struggled with spiralling oil prices and weak demand.", [("Crude oil", "up")]),
    # a verb that moved something else
    ("A weaker dollar also increased the cost of imports.", []),
])
def test_legal_forms_spiralling_prices_and_transitive_increases(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@needs_parser
def test_shares_in_a_business_named_in_apposition() -> None:
    assert moves("Shares in online auction house Kelbay fell 9.8% in late trade.") == [("Kelbay", "down")]
