"""Market notes, round 24: wire copy (datelines, headlines in title case, abbreviations), flat idioms, Treasury
prices, figures after a move noun. Every sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

import pytest
from market_cases import moves
from parser_marks import needs_parser

from analysis.markets import market_notes_in


@pytest.mark.parametrize(("sentence", "expected"), [
    # a wire dateline and source are neither a market ("Dow Jones") nor part of a company's name
    ("LONDON (Dow Jones)--Acme Mining Plc said Thursday its first-half output rose 12.5 percent.", []),
    ("SYDNEY (Reuters) - Shares in Boral Ltd fell 4.1 percent on Monday after a profit warning.",
     [("Boral", "down")]),
    ("WASHINGTON -- The price of oil raced to a new high above $52 a barrel on Friday.", [("Crude oil", "up")]),
    ("AFP - The euro slid to a new low against the yen.", [("Euro", "down")]),
])
def test_datelines_are_read_as_blanks(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_a_dateline_keeps_the_sentence_as_written() -> None:
    text = "TOKYO (Reuters) - The yen fell 0.8 percent against the dollar on Tuesday."
    [note] = market_notes_in(text)
    assert (note.instrument, note.direction, note.change_pct) == ("Japanese yen", "down", -0.8)
    assert text[note.start:note.end] == note.sentence
    assert note.sentence.startswith("The yen fell") or note.sentence == text


@pytest.mark.parametrize("sentence", [
    "US - China trade talks resumed on Monday.",
    "OPEC - the producers' cartel - meets in Vienna next week.",
])
def test_a_dash_after_a_name_is_no_dateline(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # abbreviated periods in headlines
    ("Dollar Hits 6-Wk Low Vs Yen", [("US dollar", "down")]),
    ("Silver Hits 3-Wk High", [("Silver", "up")]),
    # flat idioms
    ("The euro moved in narrow ranges on Thursday ahead of the central bank meeting.", [("Euro", "flat")]),
    ("Treasury Prices Take a Breather", [("US Treasury bonds", "flat")]),
    ("U.S. Treasury prices paused for breath after a three-day rally.", [("US Treasury bonds", "flat")]),
    ("Sterling Stuck Below $1.90", [("British pound", "flat")]),
    # Treasury prices and debt are the bonds
    ("U.S. Treasury debt prices slipped on Friday.", [("US Treasury bonds", "down")]),
    # "lower-than-expected" describes data, not the currency
    ("The dollar held steady as traders shrugged off lower-than-expected inflation data.", [("US dollar", "flat")]),
    # a verb to a new high or low
    ("Copper prices charged to a record high on Wednesday.", [("Copper", "up")]),
    # "drives up" without an article
    ("Upbeat survey drives up yen", [("Japanese yen", "up")]),
    # gasoline costs
    ("Amid surging crude oil prices, gasoline costs have been falling.", [("Crude oil", "up"), ("Gasoline", "down")]),
])
def test_headlines_idioms_and_treasury_prices(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a company's figure after the move noun, however many words between
    "Acme Foods posted a 31 percent rise in quarterly profit on Tuesday.",
    # "Wall Street estimates" are analysts', not the market
    "Acme Foods said its earnings missed Wall Street estimates for the third quarter.",
    # raising or increasing something else is no move of the instrument
    "The carrier warned oil prices threatened its results, increasing the chance of a hike in fares.",
    # "almost double" an expectation is a comparison, not a move
    "The services index came in at almost double expectations.",
])
def test_no_note_for_figures_analysts_or_comparisons(sentence: str) -> None:
    assert moves(sentence) == []


@needs_parser
def test_the_parse_leaves_what_a_move_is_measured_against() -> None:
    assert moves("Dollar Briefly Hits 4-Week Low Vs Euro") == [("US dollar", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 25: gains held or kept, and idling, are no new move
    ("Euro Holds Gains After Rate Decision", [("Euro", "flat")]),
    ("The yen held on to the previous session's gains on Thursday.", [("Japanese yen", "flat")]),
    ("Sterling Keeps Gains Ahead of Jobs Data", [("British pound", "flat")]),
    ("The euro idled on Monday after rising the day before.", [("Euro", "flat")]),
    # a causing verb in a headline's present tense
    ("Pipeline Fire Lifts Oil Prices", [("Crude oil", "up")]),
    # trading above a level is crossing it, as closing above is
    ("Gold traded above $450 an ounce for the first time since 1988.", [("Gold", "up")]),
    # a headline's news, then its shares: the company the clause names first, no regulator or verb
    ("FTC Probes Acme Networks, Shares Drop", [("Acme Networks", "down")]),
    ("Zenthra hit by warehouse strike; shares fall", [("Zenthra", "down")]),
    ("Brightwell Swings to Profit; Stock Surges", [("Brightwell", "up")]),
    # a ticker after the exchange's name: the company is listed there, the exchange did not move
    ("Acme (ACME:Nasdaq - news - research) rose 3 percent on the news.", [("Acme", "up")]),
])
def test_round25_held_gains_headline_shares_and_tickers(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the exchange in a ticker's brackets is not a market that moved
    "Zenthra Corp (NASDAQ: ZNTH) shares fell 5% on Monday.",
    "Despite a weak report that sent its shares plunging 24 percent, the grower kept its forecast.",
])
def test_round25_no_exchange_or_opening_word_as_a_market(sentence: str) -> None:
    assert all(instrument not in ("Nasdaq Composite", "Despite") for instrument, _ in moves(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 26: highs and lows at the close
    ("Kospi hits 6-week closing high on export data", [("Kospi", "up")]),
    # gains cut, and a later state after "but"
    ("Gilts cut early gains on strong retail sales", [("UK gilts", "down")]),
    ("Gilts cut early gains but remained slightly higher after the data.", [("UK gilts", "up")]),
    # held firm is no new move
    ("Copper prices held firm on Friday after jumping 3% a day earlier.", [("Copper", "flat")]),
    # causing verbs in a headline's present tense, with a plural subject
    ("Weak Retail Data Hurts Yen", [("Japanese yen", "down")]),
    ("Cold Snap Fears Boost Natural Gas Prices", [("Natural gas", "up")]),
    # a company's news "sending shares …": the company the sentence opens with
    ("Zenthra Corp. posted a narrower loss on Tuesday as revenue rose, sending shares slightly higher.",
     [("Zenthra", "up")]),
    ("Halvard Foods posted a 25 percent drop in quarterly profit, sending shares of the grocer down.",
     [("Halvard Foods", "down")]),
    ("Profit Jumps at Zenthra, but Shares Trade Lower", [("Zenthra", "down")]),
    # "its stock" is the company's, not the title a preposition governs
    ("Acme Games reported higher profits on demand for titles like Star Racer 3, but its stock price fell.",
     [("Acme Games", "down")]),
    # a participle before another plural noun describes that noun
    ("Rising oil, falling stocks lift bund prices", [("Crude oil", "up"), ("German bunds", "up")]),
    # a column's name and a dated dateline are blanks
    ("Midday Movers- Zenthra Corp falls 4 percent", [("Zenthra", "down")]),
    ("MAY 3, 2004 (REUTERS) - LONDON -- Gold rose 1 percent on Monday.", [("Gold", "up")]),
    # data: heating-oil written with a hyphen, "Wall St", rates on T-bills
    ("A rally in heating-oil futures lifted the energy complex.", [("Heating oil", "up")]),
    ("European bourses set for losses after Wall St falls", [("Dow Jones Industrial Average", "down")]),
    ("Rates on short-term T-bills hit 30-month high", [("US Treasury bill rates", "up")]),
])
def test_round26_closing_highs_cut_gains_and_company_news(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_round26_higher_profits_are_no_share_move() -> None:
    assert moves("Software group Zenthra unveils sharply higher profits since its stock market launch.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 27: states that hold a level
    ("The euro languished ahead of the central bank meeting.", [("Euro", "flat")]),
    ("Bund yields held near three-month lows on Tuesday.", [("German 10-year Bund yield", "flat")]),
    ("Copper prices held above $3,000 a tonne as demand stayed strong.", [("Copper", "flat")]),
    # a level jumped over, a record neared, a slow climb
    ("Oil prices hurdled $60 a barrel on Monday.", [("Crude oil", "up")]),
    ("Gold edged closer to record territory on Thursday.", [("Gold", "up")]),
    ("Treasuries prices crawled ahead before the auction.", [("US Treasury bonds", "up")]),
    # a causing verb
    ("Strong demand props up copper", [("Copper", "up")]),
    # a headline's company after the market's own news, and shares sent to a low
    ("European Stocks Open Flat, Zenthra Falls", [("Zenthra", "down")]),
    ("Halvard Media forecast weak earnings, sending its shares to two-year lows.", [("Halvard Media", "down")]),
    ("Stock of Zenthra Inc. powered to new highs on Friday.", [("Zenthra", "up")]),
    # a column's name with a spaced dash, before a company's move
    ("Before the Bell - Zenthra Technology drops 4.4 pct", [("Zenthra Technology", "down")]),
    # a legal form's "&" goes with it; Japanese government bonds
    ("Halvard & Co. shares fell 7 percent to their lowest level in years.", [("Halvard", "down")]),
    ("U.S. Treasury prices rose, with a rally in Japanese government bond (JGB) prices helping.",
     [("US Treasury bonds", "up"), ("Japanese bonds", "up")]),
])
def test_round27_levels_held_records_neared_and_headline_companies(sentence: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a purpose is no move; "due to lower prices" still is
    ("OPEC agreed to raise output in a move to lower oil prices.", []),
    ("The drop was due mainly to lower world oil prices.", [("Crude oil", "down")]),
    # the figure's unit is no company
    ("Zenthra Shares Gain 22 Percent in Debut", [("Zenthra", "up")]),
    # a currency that falls in a headline is no company
    ("US Stocks Rise, Dollar Falls", [("US dollar", "down")]),  # "US stocks" are no one index (round 33)
])
def test_round27_purposes_units_and_currencies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 28: an instrument after "on" is the cause of another market's move
    ("Stocks Fall on Oil, Dow Ends Below 10,000", [("Dow Jones Industrial Average", "down")]),
    ("There was a sharp fall on Wall Street.", [("Dow Jones Industrial Average", "down")]),
    # "turn south", "firmed above", Treasurys, crude-oil with a hyphen
    ("Shares and dollar turn south after US data", [("US dollar", "down")]),
    ("Treasurys remained solidly lower on Wednesday.", [("US Treasury bonds", "down")]),
    ("Crude-oil futures topped $50 a barrel.", [("Crude oil", "up")]),
    # gaining focus is no move; a weakening currency is
    ("US stocks opened lower, with interest rates and a weakening dollar gaining focus.", [("US dollar", "down")]),
    # a level held a little above a low
    ("The euro held almost a cent above its record low against the dollar.", [("Euro", "flat")]),
    # a company named twice, by its name and with its legal form or a longer name, is one note
    ("Shares of Zenthra Inc. fell almost 9 percent on Friday.", [("Zenthra", "down")]),
    ("Shares in UK store group House of Halvard have risen after it cut its losses.", [("House of Halvard", "up")]),
    # a travel site's name, after its business words
    ("Shares of Internet travel site Zenthra Inc. rose nearly 4 percent.", [("Zenthra", "up")]),
])
def test_round28_causes_turns_and_one_note_per_company(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_round28_a_state_of_its_own_takes_no_earlier_trend() -> None:
    assert moves("Growth is expected to slow in 2005 due to rising interest rates and high crude oil prices, "
                 "according to a forecast released on Monday.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 29: records set or hit above a level, record territory, pushed to a record
    ("Copper Prices Set a New Record Above $3,000", [("Copper", "up")]),
    ("Gold hit a new record of more than $500 an ounce on Tuesday.", [("Gold", "up")]),
    ("Oil prices broke into new record territory above $52 on Thursday.", [("Crude oil", "up")]),
    ("Supply Worries Push Copper to Record", [("Copper", "up")]),
    # lows written in the plural, and losses taken back later
    ("The euro hit 2-month lows against the dollar.", [("Euro", "down")]),
    ("Oil prices touched 2-month lows on Monday before taking back most of their losses.", [("Crude oil", "up")]),
    # a currency a low is "on" is what the move is measured against
    ("The dollar fell to a record low on the euro and a 7-month low on the yen.", [("US dollar", "down")]),
    # a headline's modal verb ends a company's name; a company's shares "racing" to highs
    ("Zenthra Won't Make Flu Vaccine, Stock Down", [("Zenthra", "down")]),
    ("Britain's Halvard Telecom posted a profit, sending the telecom company's shares racing to 5-month highs.",
     [("Halvard Telecom", "up")]),
    # a ticker bracket the wire adds after a name
    ("Computer maker Zenthra Inc. (ZNTH.O: Quote, Profile, Research) shot up 8 percent.", [("Zenthra", "up")]),
])
def test_round29_records_lows_and_wire_tickers(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_round29_a_gold_miner_is_no_gold_price() -> None:
    assert moves("Mining giant Gold Fields lost a court bid to halt a takeover by rival Harmony Gold.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 30: a counterpart with an adjective
    ("Kiwi hits eight-year high against struggling greenback", [("Kiwi", "up")]),
    # "its shares" after a report in a publication: the company the sentence is about
    ("Zenthra.com Inc., the financial news Web site, may be up for sale, according to a report in Business Week, "
     "sparking a 7 percent rise in its shares.", [("Zenthra.com", "up")]),
    # a hyphenated column's name and "Pct." in a title-case headline
    ("Before-the-Bell: Halvard Falls 5.6 Pct. (Reuters)", [("Halvard", "down")]),
    # "Shares Up" ends a company's name
    ("Zenthra Shares Up on FDA Clearance", [("Zenthra", "up")]),
])
def test_round30_counterparts_reports_and_headline_columns(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 31: "sending the plane maker's shares down": the company, not the person the sentence opens with
    ("Paul Teller stepped down as chief executive of Zenthra Inc. yesterday, sending the train and plane maker's "
     "shares down as much as 26 percent.", [("Zenthra", "down")]),
    # "Stock Up on Outlook": a figure noun ends the company's name; the move before "on"
    ("Halvard Earnings Fall, Stock Up on Outlook (Reuters)", [("Halvard", "up")]),
])
def test_round31_people_and_figures_end_company_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected
