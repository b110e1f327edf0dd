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


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 33: the US market has several benchmarks, so "U.S. stocks" name no one index; its "stock market" is the Dow
    ("U.S. stocks rose on Wednesday as crude oil futures fell more than $3 a barrel.", [("Crude oil", "down")]),
    ("US shares slipped on Monday.", []),
    ("The safe-haven dollar rose, pushing U.S. equities lower.", [("US dollar", "up")]),
    ("The US stock market has closed higher after the vote.", [("Dow Jones Industrial Average", "up")]),
    ("A collapse in U.S. stock prices has hit pension funds hard.", [("Dow Jones Industrial Average", "down")]),
    ("Wall Street fell on Friday.", [("Dow Jones Industrial Average", "down")]),
    ("Japanese stocks fell on Friday.", [("Nikkei 225", "down")]),
    # a country after a company's name is its listing abroad
    ("Zenthra's U.S. shares fell 3 percent.", [("Zenthra", "down")]),
])
def test_round33_us_stocks_are_no_one_index(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_round33_the_places_table_marks_market_only_places(tmp_path) -> None:
    from analysis.markets import load_instruments, load_market_places

    table = tmp_path / "market_places.csv"
    table.write_text("place,index,alone\natlantis,Nikkei 225,market\n", encoding="utf-8")
    places = load_market_places(table, load_instruments())
    assert places["atlantis stock market"].name == "Nikkei 225"
    assert "atlantis stocks" not in places and "atlantis" not in places
    table.write_text("place,index,alone\natlantis,Nikkei 225,sometimes\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"market_places.csv:2: alone must be yes, no or market"):
        load_market_places(table, load_instruments())


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 34: a market pulled or lifted by companies: their shares moved its way
    ("The S&P 500 dropped on Thursday, pulled lower by Zenthra Corp and Halvard Inc , as jobless claims rose.",
     [("S&P 500", "down"), ("Zenthra", "down"), ("Halvard", "down")]),
    ("The FTSE 100 rose 1%, lifted by gains in Halvard and Zenthra.",
     [("FTSE 100", "up"), ("Halvard", "up"), ("Zenthra", "up")]),
    # not a market pulled, or not a company that pulls
    ("The dollar was pulled lower by the Fed on Monday.", [("US dollar", "down")]),
    ("Oil rose, boosted by OPEC cuts.", [("Crude oil", "up")]),
])
def test_round34_a_market_pulled_by_companies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 35: an amount wiped off a company, written amount first; a full stop is no part of a name
    ("More than £2bn wiped off Zenthra value as it investigates a factory", [("Zenthra", "down")]),
    ("£1bn was wiped off the value of Zenthra.", [("Zenthra", "down")]),
    # shares that pop by a figure; a best month; losses wiped out
    ("Zenthra shares pop 14% on quarterly report.", [("Zenthra", "up")]),
    ("K-pop stars rallied their fans.", []),
    ("Stocks had a great month with the S&P 500 notching its best monthly performance in 40 years.",
     [("S&P 500", "up")]),
    ("As the S&P 500 wipes its 2020 losses and Nasdaq closes at a record high, an economist explains why.",
     [("S&P 500", "up"), ("Nasdaq Composite", "up")]),
])
def test_round35_wiped_values_pops_and_best_months(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 36: the wire's short names of dollars, never an amount's sign
    ("C$ rallies along with stocks; central bank decision due Wednesday", [("Canadian dollar", "up")]),
    ("A$ falls to two-week low", [("Australian dollar", "down")]),
    ("Zenthra raised C$1.5 billion in a share sale on Monday.", []),
])
def test_round36_short_names_of_dollars(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 37: a company's headline move after a market's, in sentence case; a cause that "pressures" a market
    ("Wall Street edges lower after record; Zenthra drags", [("Dow Jones Industrial Average", "down"),
                                                              ("Zenthra", "down")]),
    ("Weak Data from Japan and China Pressures Crude Oil", [("Crude oil", "down")]),
    # the session before's record, after "after", is no move of this one
    ("Wall St opens lower after S&P's record close", [("Dow Jones Industrial Average", "down")]),
    ("The S&P 500 hit a record close on Friday.", [("S&P 500", "up")]),
])
def test_round37_headline_companies_pressures_and_earlier_records(sentence: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 38: lumber is a commodity; "mired" and "stalled" are flat; the "After the Bell-" column is a blank
    ("Lumber rises on the need to rebuild after the storm", [("Lumber", "up")]),
    ("Dollar Mired Near Lows After Weak Data", [("US dollar", "flat")]),
    ("Peace talks stalled as the euro rose.", [("Euro", "up")]),
    ("After the Bell-Zenthra shares rose 5% after earnings", [("Zenthra", "up")]),
])
def test_round38_lumber_flat_words_and_columns(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 39: "$A" and "Aust dollar" are the Australian dollar, never the US one; "$A1.5 billion" is an amount
    ("Aust dollar falls at noon", [("Australian dollar", "down")]),
    ("$A lower on trade worries", [("Australian dollar", "down")]),
    ("Zenthra raised $A1.5 billion in a bond sale.", []),
    # Hong Kong's H-shares index; the wire's column names; "weakens" before an instrument
    ("Hong Kong H-Shares Head for One-Month Low as Exports Slide", [("Hang Seng China Enterprises", "down")]),
    ("METALS-Copper at 8-month low on fears deals could unwind", [("Copper", "down")]),
    ("US-China trade talks resumed.", []),
    ("China's CSI 300 Sinks to 5-Year Low as Export Slump Weakens Yuan",
     [("CSI 300", "down"), ("Chinese yuan", "down")]),
    # a title-case headline with the company's ticker in brackets
    ("Why Zenthra (ZEN) Is Up Today", [("Zenthra", "up")]),
    ("Halvard Brands International (HAL) Is Down Sharply After Merger News", [("Halvard Brands International", "down")]),
    ("The Securities and Exchange Commission (SEC) is down to three members.", []),
])
def test_round39_dollars_h_shares_columns_and_ticker_headlines(sentence: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 40: a company's results are no move of its shares
    ("Reuters - Zenthra Inc. (ZEN.O), a gadget retailer, on Wednesday posted a narrower quarterly loss on strong "
     "sales and raised its forecast.", []),
    ("Reuters - Retailer Halvard Inc. (HAL.N) on Wednesday posted a slight increase in quarterly profit.", []),
    # prices that increase, and an index's best quarter, still move
    ("Oil prices increased 2 percent.", [("Crude oil", "up")]),
    ("The Nikkei posted its biggest quarterly gain since 2005.", [("Nikkei 225", "up")]),
])
def test_round40_company_results_are_no_moves(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 41: a headline that opens with a company and its shares' move
    ("Zenthra Rises as Broker Recommends Buying Shares", [("Zenthra", "up")]),
    ("Halvard gains as analyst upgrades chain to buy", [("Halvard", "up")]),
    ("ZNT: Zenthra Outfitters Sinks on Disappointing Sales", [("Zenthra Outfitters", "down")]),
    ("Halvard Rises Slightly After Record Results", [("Halvard", "up")]),
    ("Why Zenthra and Halvard Fell Today", [("Zenthra", "down"), ("Halvard", "down")]),
    ("Zenthra, Halvard Rise Before Bell", [("Zenthra", "up"), ("Halvard", "up")]),
    ("After Bell: Zenthra Falls, Halvard Gains", [("Zenthra", "down"), ("Halvard", "up")]),
    # ... but a figure, a market or a plural subject is no company
    ("Home Sales Rise as Mortgage Rates Ease", []),
    ("Jobless Claims Fall to Four-Week Low", []),
    ("Consumer Confidence Slips in June", []),
    ("Zenthra and Halvard Falls", []),
    # a headline's news, then "But Shares Rise"
    ("Zenthra Net Trails Views, But Shares Rise", [("Zenthra", "up")]),
])
def test_round41_headlines_that_open_with_a_company(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a record or a high hit or set, with no figure after it
    ("Copper Prices Hit Record (Reuters)", [("Copper", "up")]),
    ("Copper Prices Set Another Record", [("Copper", "up")]),
    ("Stocks Fall as Copper Hits High", [("Copper", "up")]),
    # a pullback in prices; edging ahead; struggling to extend gains
    ("Bonds fell as investors watched a pullback in copper prices from record highs.", [("Copper", "down")]),
    ("Treasuries Edge Ahead on Inflation Relief", [("US Treasury bonds", "up")]),
    ("The euro struggled to extend gains against the dollar in thin trade.", [("Euro", "flat")]),
])
def test_round41_records_pullbacks_and_stalled_gains(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 42: a headline that opens with a company and its percentage move
    ("Zenthra up 4% after hours on activist stake", [("Zenthra", "up")]),
    ("Halvard Bio down 14% on expanded patent complaint", [("Halvard Bio", "down")]),
    ("Why Is Zenthra (ZEN) Down 19.3% Since Last Earnings Report?", [("Zenthra", "down")]),
    ("Zenthra Technologies (ZEN) Up 10.6% Since Earnings Report: Can It Continue?", [("Zenthra Technologies", "up")]),
    ("Zenthra Is Up Almost 20% Since Its Last Earnings Report", [("Zenthra", "up")]),
    # ... but a company's figures are no move of its shares
    ("Zenthra earnings up 13% on strong demand", []),
    ("Retail sales up 2% in June", []),
    # a ticker in brackets, then a fresh high or low
    ("Halvard (HAL) Hits Fresh 52-Week High of $63.63", [("Halvard", "up")]),
    ("Zenthra (ZEN) Hits New Low After Recall", [("Zenthra", "down")]),
    # a regulator's approval before the company's shares
    ("FDA OKs expanded use for Zenthra diagnostic test; shares up 1%", [("Zenthra", "up")]),
    # two companies whose first words are given names, with "shares" or "stocks" said
    ("Fannie Mae, Freddie Mac Shares Fall on Senate Wind-Down Plan", [("Fannie Mae", "down"), ("Freddie Mac", "down")]),
    ("Fannie Mae, Freddie Mac stocks fall sharply", [("Fannie Mae", "down"), ("Freddie Mac", "down")]),
    ("Why Fannie Mae and Freddie Mac Shares Plunged Today", [("Fannie Mae", "down"), ("Freddie Mac", "down")]),
    # more headline verbs
    ("Zenthra Slips After Earnings Miss", [("Zenthra", "down")]),
    ("Zenthra's forecast disappoints, shares slip", [("Zenthra", "down")]),
])
def test_round42_percentages_tickers_and_given_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 43: the VIX as "fear gauge"; holding ground; remaining pressured; reversing
    ("Futures Mixed: Stock Market Fear Gauge Hits New Low", [("VIX", "down")]),
    ("Wall Street's fear gauge jumped to its highest level since March.", [("VIX", "up")]),
    ("Sterling holds ground despite notes of caution from the central bank", [("British pound", "flat")]),
    ("Mid-Day Report: Sterling Remains Pressured after Governor's Remarks", [("British pound", "down")]),
    ("The dollar reversed higher after the data.", [("US dollar", "up")]),
    ("Zenthra held its ground in talks with unions.", []),
])
def test_round43_fear_gauge_ground_and_pressure(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 44: a founder's name with its "'s" is the company's own name
    ("Aaron's shares are trading higher after the company reported better-than-expected results.", [("Aaron's", "up")]),
    ("Why Macy's Stock Is Trading Higher Today", [("Macy's", "up")]),
    ("Zenthra's shares rose 3%.", [("Zenthra", "up")]),
    # market-update columns are read as blanks; a list of companies after one
    ("Mid-Day Market Update: Zenthra, Halvard Jump On Merger; Dunmore Shares Drop",
     [("Zenthra", "up"), ("Halvard", "up"), ("Dunmore", "down")]),
    # headline moves told as "Sharply Higher", "Trades Lower", a participle, "Spikes to High"
    ("Zenthra Technologies Sharply Higher After Q2 Beat", [("Zenthra Technologies", "up")]),
    ("Zenthra Technologies Trades Lower on Q3 Earnings Results", [("Zenthra Technologies", "down")]),
    ("Halvard Plunging After Hours (HALV)", [("Halvard", "down")]),
    ("Halvard Spikes to High of $60.40 on Volume", [("Halvard", "up")]),
    # ... not a plural figure
    ("Oil Prices Higher on Supply Fears", [("Crude oil", "up")]),
    ("Sales Higher at Zenthra", []),
])
def test_round44_founders_names_columns_and_headline_moves(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 45: title-case words of trading end a company's name: adverbs, participles, "Up"/"Down", "Shares"
    ("Shares of Zenthra Sharply Lower Following News", [("Zenthra", "down")]),
    ("Shares Of Dunmore Down ~7% At $12.50/Share", [("Dunmore", "down")]),
    ("Halvard Shares Dip ~$1 To Fresh Session Lows, Stock Down 2.2% For Session", [("Halvard", "down")]),
    ("Gate 7 Logistics Shares Fall", [("Gate 7 Logistics", "down")]),
    # "selling off" as a fall, but not a company selling off a unit
    ("Shares of Zenthra Selling Off Following News of Merger", [("Zenthra", "down")]),
    ("Zenthra sold off its packaging unit last year.", []),
    # a long title-case headline, cut by "Cos.", is still a headline
    ("Zenthra, Halvard, Dunmore Shares Fall Following Report The Companies Have Offered To Pay $10B To Settle "
     "Claims Cos. Faced From States", [("Zenthra", "down"), ("Halvard", "down"), ("Dunmore", "down")]),
    # "Now Up 2%" and "Stock Adds 10%" after the company's news
    ("Zenthra Opens, Now Up 1.96% At $115.32/Share", [("Zenthra", "up")]),
    ("Zenthra Resumes Trading, Now Down 30%", [("Zenthra", "down")]),
    ("Halvard Systems (HALV) Looks Good: Stock Adds 10.5% in Session", [("Halvard Systems", "up")]),
    ("Zenthra adds 300 jobs, now up to 5,000 staff", []),
])
def test_round45_title_case_names_selling_off_and_now_up(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 46: a move word may open a company's name; a headline verb, then "Higher"/"Lower"; participles
    ("Advance Tooling Spikes Higher", [("Advance Tooling", "up")]),
    ("Zenthra Spiking Lower", [("Zenthra", "down")]),
    ("Zenthra Jumping After Strong Earnings", [("Zenthra", "up")]),
    ("Zenthra Trading 8.4% Higher on Heavy Volume; Currently at $86.03", [("Zenthra", "up")]),
    # a signed percentage; a ticker at an N-week high; shares unaffected
    ("Zenthra +14.76% Premarket @$163.99 Following Earnings Beat", [("Zenthra", "up")]),
    ("Zenthra (ZNT) Hits 52 Week High", [("Zenthra", "up")]),
    ("Zenthra Shares Unaffected As Hearing Regulator Approved Co.'s Device", [("Zenthra", "flat")]),
    # a list of movers with their percentages
    ("Halvard Shares Down 7.5%, Dunmore Communications Down 21.8%; Hearing Ban On Sales",
     [("Halvard", "down"), ("Dunmore Communications", "down")]),
    # no move: a ranking, assets under management, market share
    ("Zenthra Jumps To The Top Of The Short Seller List", []),
    ("Zenthra Assets Under Management Down 4% in May", []),
    ("Broker Says Its Research Shows The Co. Has Gained Share At Retailers", []),
])
def test_round46_opening_move_words_signed_percentages_and_lists(sentence: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 47: round-up headlines: a column's name read as blanks, each item's strong move
    ("The Daily Biotech Pulse: Trial Presentations Begin, Zorbex Pops On Insider Buying, Halvard Gets R&D Grant",
     [("Zorbex", "up")]),
    ("The Daily Biotech Pulse: Regulator Approves Dunmore's Drug, Zorbex Tumbles On Earnings, 2 Biotechs To Debut",
     [("Zorbex", "down")]),
    ("The Daily Biotech Pulse: Zorbex Rips Higher On Positive Readout, Halvard Bio On Track For Filing",
     [("Zorbex", "up")]),
    ("Voters Head Out, Fulton Jumps On Debate, Reid Waits", []),
    # idioms of prices: "pop", "slammed", "tread water", "sideways trade", "Unch", "move to high"
    ("Gold Prices Pop on Safe-Haven Buying", [("Gold", "up")]),
    ("Gold Prices Getting Slammed", [("Gold", "down")]),
    ("Gold Prices Tread Water", [("Gold", "flat")]),
    ("Gold Prices Caught in Sideways Trade", [("Gold", "flat")]),
    ("Shares of Zenthra Unch as Co. Reaffirms FY14 Outlook", [("Zenthra", "flat")]),
    ("Zenthra Shares Move to High of $87.07 Following Announcement", [("Zenthra", "up")]),
])
def test_round47_round_ups_and_price_idioms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 48: "Tick Higher", "Edges Lower", "Inching Higher": the way the last word tells
    ("Zenthra, Halvard, Dunmore Shares Tick Higher Following Report",
     [("Zenthra", "up"), ("Halvard", "up"), ("Dunmore", "up")]),
    ("Zenthra Edges Lower After Downgrade", [("Zenthra", "down")]),
    ("Zenthra Ticking Higher, Retracing Most of its Earlier Losses", [("Zenthra", "up")]),
    # a round-up item after a market's own line, in news of an outlook
    ("Markets Turn Red, Zenthra Declines On Downbeat View", [("Zenthra", "down")]),
])
def test_round48_small_moves_told_by_their_way(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 49: a metal ending a miner's name is the miner's ("Halvard Gold"), not the market's ("Comex Gold")
    ("Halvard Gold Up 6% After Q4 Beat", [("Halvard Gold", "up")]),
    ("Halvard Gold Drops 3% Following Release Of Study Results", [("Halvard Gold", "down")]),
    ("Comex Gold Rises 2%", [("Gold", "up")]),
    # idioms: crushed, dwindles, explode, a new intraday high, closer to new highs
    ("Gold Crushed After Hawkish Fed Comments", [("Gold", "down")]),
    ("Market Update: Mid-Day Movers; Greece Opens Banks; Gold Dwindles", [("Gold", "down")]),
    ("Short-sellers, Wall Street's dwindling band of cynics, are seeing green again.", []),
    ("Gold Futures Explode After Fed Announcement", [("Gold", "up")]),
    ("Dow Sets New Intraday High; Zenthra Impresses With Earnings", [("Dow Jones Industrial Average", "up")]),
    ("Market Wrap For April 20: S&P 500 Inches Closer To New Highs", [("S&P 500", "up")]),
    # column names; "Lower For Fifth Day"; a signed dollar change; "Are Up 2%"
    ("Technical Alert: Zenthra Pharmaceuticals Higher After Q3 Report", [("Zenthra Pharmaceuticals", "up")]),
    ("Zenthra Pharmaceuticals Lower For Fifth Day In A Row", [("Zenthra Pharmaceuticals", "down")]),
    ("Zenthra Pharmaceuticals +$0.46 Premarket @$33.80 After Offering", [("Zenthra Pharmaceuticals", "up")]),
    ("Shares Of The Halvard Board Are Up 2%, Hearing Chatter", [("Halvard Board", "up")]),
    # a list of movers in lower case; an amount is no company
    ("Movers include: Halvard up 9.9%, Zenthra Unibanco up 9.6%, Dunmore up 4.5%",
     [("Halvard", "up"), ("Zenthra Unibanco", "up"), ("Dunmore", "up")]),
    ("Zenthra Reports Q1 EPS $1.30, Will Repurchase $102M Of Stock In Q1, Revs Gain 14%", []),
])
def test_round49_miners_names_idioms_and_columns(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_every_headline_verb_has_a_direction() -> None:
    # a verb the headline rules match but cannot give a way to would note a move with no direction
    from analysis import markets

    verbs = markets._LEAD_MORE_VERBS + [v.lower() for v in markets._LEAD_PAST_VERBS] + markets._ROUND_UP_VERBS
    verbs = [v.split("\\")[0] for v in verbs if not v.startswith(("leads?", "continues", "remains", "got", "los"))]
    verbs += ["gains", "rally", "advance", "decline", "losses", "downtrend", "uptrend", "pummeled", "pummelled", "rocked",
              "thrashed", "hammered", "crushed", "clobbered", "slammed", "walloped", "steam"]  # "sells\\s+[Oo]ff": its
    # verb; "Acme, Zorbex Lead Gains", "Acme Continues in a Downtrend", "Why Acme Got Rocked": the last word tells the way
    assert [v for v in verbs if markets._verb_move(v, markets._LEAD_PAST) is None] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 50: the aggregators' ticker templates: "Acme (ACM) Dips More Than Broader Markets: What You Should Know"
    ("Zenthra Energy (ZNE) Dips More Than Broader Markets: What You Should Know", [("Zenthra Energy", "down")]),
    ("Halvard Foods (HLV) Gains As Market Dips: What You Should Know", [("Halvard Foods", "up")]),
    ("Halvard Foods (HLV) Gains But Lags Market: What You Should Know", [("Halvard Foods", "up")]),
    ("Zenthra (ZNT) Outpaces Stock Market Gains: What You Should Know", [("Zenthra", "up")]),
    ("Zenthra (ZNT) Stock Moves -0.81%: What You Should Know", [("Zenthra", "down")]),
    ("Zenthra, Inc. (ZNT) Stock Sinks As Market Gains: What You Should Know", [("Zenthra", "down")]),
    ("Zenthra (ZNT) Down More Than 10% in 6 Months: Here's Why", [("Zenthra", "down")]),
    # a currency or metal word opening a name a ticker closes is no currency or metal
    ("Dollar Halvard (DHV) Gains As Market Dips: What You Should Know", [("Dollar Halvard", "up")]),
    # a company after a semicolon, moving ahead of its news
    ("Dow Jones Slips After Bullish Week; Zenthra Slumps Ahead Of Earnings",
     [("Dow Jones Industrial Average", "down"), ("Zenthra", "down")]),
])
def test_round50_ticker_templates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 51: "Why Acme Fell Today" (a past tense has no number), "Why Acme Is Sliding Today"
    ("Why Zenthra Micro Devices Fell Today", [("Zenthra Micro Devices", "down")]),
    ("Why Halvard Holdings Is Sliding Today", [("Halvard Holdings", "down")]),
    ("Oil Prices Rise", [("Crude oil", "up")]),
    # a ticker closes a name holding "&", "of", "de": "Zenthra Chase & Co. (ZNT)", "Bank of Halvard (BOH)"
    ("Zenthra Chase & Co. (ZNT) Stock Moves -0.48%: What You Should Know", [("Zenthra Chase", "down")]),
    ("Bank of Halvard (BOH) Dips More Than Broader Markets: What You Should Know", [("Bank of Halvard", "down")]),
    ("Dunmore de Nemours (DDN) Stock Moves -0.49%: What You Should Know", [("Dunmore de Nemours", "down")]),
    # "Acme (ACM) Up on Buyout", "… Up as Regulator Recommends …"; still "Down 12%"
    ("Zenthra (ZNT) Up on $13.4B Buyout Announcement", [("Zenthra", "up")]),
    ("Why Is Zenthra (ZNT) Down 12% Since Last Earnings Report?", [("Zenthra", "down")]),
])
def test_round51_why_headlines_and_names_before_a_ticker(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 52: a number inside a name a ticker closes; "'s" before a ticker is the name's; given names before a
    # company word or a ticker
    ("Halvard 66 (HLV) Stock Moves -1.8%: What You Should Know", [("Halvard 66", "down")]),
    ("Dave & Zenthra's (DZN) Q4 Earnings Miss Estimates, Stock Down", [("Dave & Zenthra's", "down")]),
    ("Carl Stores is the latest retailer to disappoint, stock falls 16%", [("Carl Stores", "down")]),
    # "; Acme Collapses"; "Why Are Acme Shares Plunging Today"; "Stocks Retreated"
    ("Dow Jones Dives As Tensions Rise; Zenthra Collapses", [("Dow Jones Industrial Average", "down"), ("Zenthra", "down")]),
    ("Why Are Zenthra Shares Plunging Today", [("Zenthra", "down")]),
    ("Why Zenthra, Halvard, and Dunmore Stocks Retreated Today",
     [("Zenthra", "down"), ("Halvard", "down"), ("Dunmore", "down")]),
    # a move over a period, the company named with its ticker elsewhere in the headline
    ("Down 11.4% in 4 Weeks, Here's Why You Should Buy the Dip in Zenthra Hunt (ZNH)", [("Zenthra Hunt", "down")]),
    ("Here's Why Halvard (HLV) is Poised for a Turnaround After Losing 25.8% in 4 Weeks", [("Halvard", "down")]),
    # "adds new companies" is no move; "added 1%" is
    ("Nasdaq adds new companies including Zenthra", []),
    ("The Nasdaq added 1% on Monday.", [("Nasdaq Composite", "up")]),
])
def test_round52_tickers_periods_and_why_headlines(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 53: the states a title-case headline tells beside an exchange ticker: weakness, a decline, a rally, a
    # stock "up recently"; the name is the capitals right before the ticker, a comma and legal form taken in
    ("Is Weakness In Zenthra, Inc. (NASDAQ:ZNT) Stock A Sign That The Market Could be Wrong?", [("Zenthra", "down")]),
    ("Should Weakness in Halvard Data Corporation's (NYSE:HDC) Stock Be Seen As A Sign Of Things To Come?",
     [("Halvard Data Corporation", "down")]),
    ("Declining Stock and Solid Fundamentals: Is The Market Wrong About Dunmore, Inc. (NYSE:DUN)?", [("Dunmore", "down")]),
    ("Are Zenthra, Inc.'s (NASDAQ:ZNT) Fundamentals Good Enough Given The Stock's Recent Weakness?",
     [("Zenthra", "down")]),
    ("Do Fundamentals Have Any Role To Play In Driving Halvard Re Group, Ltd.'s (NYSE:HRE) Stock Up Recently?",
     [("Halvard Re Group", "up")]),
    ("Estimating The Fair Value Of Dunmore plc (NYSE:DUN)", []),
    # a ticker template: "Moves 3.8% Higher", "Flat As Market Sinks", a name holding "and"; "Fortinet (FTNT)" is no
    # misspelt "forint"
    ("Zenthra (ZNT) Moves 3.8% Higher: Will This Strength Last?", [("Zenthra", "up")]),
    ("Halvard Products and Chemicals (HPC) Flat As Market Sinks: What You Should Know",
     [("Halvard Products and Chemicals", "flat")]),
    ("Forinta (FRNT) Gains But Lags Market: What You Should Know", [("Forinta", "up")]),
])
def test_round53_stock_states_beside_an_exchange_ticker(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 53: "Why Shares of A, B, and C Are Falling Today", "Why A, B, and C Were Soaring Today", "Why A, B, and C
    # Stocks All Just Jumped", "Why Acme Stock Blasted Higher Today", "Why AT&T Rose 11%"
    ("Why Shares of Zenthra, Halvard Chase, and Dunmore Sachs Are Falling Today",
     [("Zenthra", "down"), ("Halvard Chase", "down"), ("Dunmore Sachs", "down")]),
    ("Why Zenthra Cruise Line, Halvard Caribbean, and Dunmore International Were Soaring Today",
     [("Zenthra Cruise Line", "up"), ("Halvard Caribbean", "up"), ("Dunmore International", "up")]),
    ("Why Zenthra Caribbean, Halvard Cruise, and Dunmore Stocks All Just Jumped",
     [("Zenthra Caribbean", "up"), ("Halvard Cruise", "up"), ("Dunmore", "up")]),
    ("Why Zenthra International Stock Blasted Higher Today", [("Zenthra International", "up")]),
    ("Why AT&T Slid 4% This Week", [("AT&T", "down")]),  # capitals joined by "&" are a name, no common word
    # a company of a list may be a common word when another of the list is a company for sure; "Rise in Premarket"
    ("Orange, Zenthra Bath & Beyond, Halvard Rise Premarket; Dunmore Company Slumps",
     [("Orange", "up"), ("Zenthra Bath & Beyond", "up"), ("Halvard", "up"), ("Dunmore Company", "down")]),
    ("Zenthra, Halvard Rise in Premarket", [("Zenthra", "up"), ("Halvard", "up")]),
    ("Housing, Retail Stocks Rise", []),
])
def test_round53_why_headlines_and_lists(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 54: a company after ";" or "," with its move and a figure or ";" after it; a few companies that headlines
    # name by a common word; no figure ("AUM", "Deliveries") is a company
    ("Dow Jones Rallies As Rates Fall; Zenthra Stores Plummets 22% On Earnings",
     [("Dow Jones Industrial Average", "up"), ("Zenthra Stores", "down")]),
    ("Dow Jones Futures Rise After Rally Holds, Halvardforce Jumps; Don't Miss This",
     [("Dow Jones Industrial Average", "up"), ("Halvardforce", "up")]),
    ("Dow Jones Gains As Banks Fight; Twitter Gains As New Owner Takes Control", [("Dow Jones Industrial Average", "up"),
                                                                                ("Twitter", "up")]),
    ("Zenthra (ZNT) Stock Up 6.8% on Q4 Earnings Beat, AUM Rises", [("Zenthra", "up")]),
    # "Strength Seen in Acme (ACM)", "Acme (NYSE:ACM) On An Uptrend", "Acme (ACM) Loses 15.1% in 4 Weeks"
    ("Strength Seen in Zenthra Networks (ZNT): Can Its 4.2% Jump Turn into More Strength?",
     [("Zenthra Networks", "up")]),
    ("Halvard Residential (NYSE:HRL) On An Uptrend: Could Fundamentals Be Driving The Stock?",
     [("Halvard Residential", "up")]),
    ("Zenthra-Lab (ZLB) Loses 15.1% in 4 Weeks, Here's Why a Reversal May be Near", [("Zenthra-Lab", "down")]),
    # "Why Shares in Acme Flew Today", "Why Acme Lost 12% in February", "Why A, B, and Other Oil Stocks Surged Today",
    # "Acme Pops After …", "Up 700%, Acme Stock Still Has Room To Run"
    ("Why Shares in Zenthra Flew Today", [("Zenthra", "up")]),
    ("Why Halvard Auto Parts Lost 12% in February", [("Halvard Auto Parts", "down")]),
    ("Why Zenthra, Halvard, and Other Oil Stocks Surged Today", [("Zenthra", "up"), ("Halvard", "up")]),
    ("Zenthracom Pops After Buyout Rumor Shakes Up Device Stocks", [("Zenthracom", "up")]),
    ("Up 700%, Zenthracom Stock Still Has Tons of Room To Run", [("Zenthracom", "up")]),
])
def test_round54_clauses_states_and_why_headlines(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 55: a company's own move noun opening a headline about the market; "Stock's Been Sliding"; "the recent
    # 3.9% pullback" beside an exchange ticker in any case; a ticker after words that alone name no company
    ("Zenthra's Surprise Drop Was Small Compared to This After-Hours Mover", [("Zenthra", "down")]),
    ("Senator Halvard's Rally Draws Crowds in Ohio", []),
    ("Zenthra Transport Services, Inc. (NASDAQ:ZTS) Stock's Been Sliding But Fundamentals Look Decent",
     [("Zenthra Transport Services", "down")]),
    ("Having bought US$639k worth of Halvard Technologies Incorporated (NYSE:HTI) stock, the recent 3.9% pullback "
     "is not what insiders expected", [("Halvard Technologies Incorporated", "down")]),
    ("American Airlines (AAL) Outpaces Stock Market Gains: What You Should Know", [("American Airlines", "up")]),
    ("Zenthra/Halvard (ZHB) Rises 2.7% on Q1 Earnings & Revenue Beat", [("Zenthra/Halvard", "up")]),
    # "Acme Surges -- but Is It a Buy?"; "reclaims"
    ("Zenthra Surges -- but Is It a Buy?", [("Zenthra", "up")]),
    ("Dow Jones Reclaims 82 Points Thanks to One Defensive Stock", [("Dow Jones Industrial Average", "up")]),
    # round 56: a list of companies may open with a given name when another is a company for sure; "Bounced Back";
    # "stocks lead market rebound" names no lead market; "Buy" in a name before a ticker; "Jumps Most in Six Months",
    # "Slides Post Q1 Results", "Shares Barely Move"
    ("Morgan Halvard, Zenthra Airlines, Dunmore Rise Premarket; Quintor Falls",
     [("Morgan Halvard", "up"), ("Zenthra Airlines", "up"), ("Dunmore", "up"), ("Quintor", "down")]),
    ("ZNT, Halvard, and Dunmore Bounced Back Today", [("ZNT", "up"), ("Halvard", "up"), ("Dunmore", "up")]),
    ("S&P 500 on track for best day in two weeks, travel stocks lead market rebound", [("S&P 500", "up")]),
    ("Is Weakness In Zenthra Buy Co., Inc. (NYSE:ZBC) Stock A Sign Of Trouble?", [("Zenthra Buy", "down")]),
    ("Zenthra Jumps Most in Six Months as Cloud Sales Show Momentum", [("Zenthra", "up")]),
    ("Halvard Slides Post Q1 Results, Reaffirms FY22 Guidance", [("Halvard", "down")]),
    ("Zenthra Motor (ZMP) Shares Barely Move Since Q1 Earnings Beat", [("Zenthra Motor", "flat")]),
])
def test_round55_owned_moves_pullbacks_lists_and_idioms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 57: a column name before the news; more companies sharing a move after ";"; "Were Down Big"; buying
    # the dip (down) or after a pop (up); an exchange code of any market; "Here's Why"; "plc" before a ticker
    ("Stocks Making the Biggest Moves Today: ZNT Sinks, Halvard Slips, Dunmore Slumps",
     [("ZNT", "down"), ("Halvard", "down"), ("Dunmore", "down")]),
    ("Stock Market Today: Zenthra's Epic Crash Clips Nasdaq", [("Zenthra", "down"), ("Nasdaq Composite", "down")]),
    ("Zenthra, Halvard, Dunmore Fall Premarket; Quintor, Orvella Rise",
     [("Zenthra", "down"), ("Halvard", "down"), ("Dunmore", "down"), ("Quintor", "up"), ("Orvella", "up")]),
    ("Zenthra Platforms, Halvard Fall Premarket; T-Mobile Rises", [("Zenthra Platforms", "down"), ("Halvard", "down"),
                                                                  ("T-Mobile", "up")]),
    ("Why ZNT and Halvard Were Down Big on Tuesday", [("ZNT", "down"), ("Halvard", "down")]),
    ("Is It Time to Buy Zenthra After the Dip?", [("Zenthra", "down")]),
    ("Halvard Stock: Time to Buy the Dip?", [("Halvard", "down")]),
    ("Is Zenthra Interactive a Buy After Its Post-Earnings Pop?", [("Zenthra Interactive", "up")]),
    ("Declining Stock and Solid Fundamentals: Is The Market Wrong About Halvard Estates Limited (LON:HEL)?",
     [("Halvard Estates Limited", "down")]),
    ("Here's Why Zenthra Stock Surged Today", [("Zenthra", "up")]),
    ("Halvard plc (HVD) Up 10.9% Since Last Earnings Report: Can It Continue?", [("Halvard", "up")]),
    # "Fortinet stock", "Kone shares": a company, no misspelt currency; a move verb does not grow a name; a
    # person's name opening a clause is no company
    ("Forinta stock gains after upgrade at a broker", [("Forinta", "up")]),
    ("Dow Jones Futures Fall As Rally Weakens; Zenthra Tries To Reopen, Twitter Pops",
     [("Dow Jones Industrial Average", "down"), ("Twitter", "up")]),
    ("Dow Jones Gains As Banks Fight; Donald Halvard SPAC Craters", [("Dow Jones Industrial Average", "up")]),
])
def test_round57_columns_lists_and_dips(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 58: "increasing" before a noun is an adjective ("Increasing Efficiency"), not a rise; still "were
    # increasing sharply"
    ("Zenthra Design Systems (NASDAQ:ZDS) Is Investing Its Capital With Increasing Efficiency", []),
    ("Oil prices were increasing sharply on Monday.", [("Crude oil", "up")]),
    # "Why Is Acme Partners, LP (ACM) Down 3% …": no "Is" in the name; numbers in a name ("Phillips 66"); months;
    # more past tenses ("Plummeted"); a column before a name in lower case first ("eHealth")
    ("Why Is Zenthra Energy Partners, LP (ZEP) Down 3% Since Last Earnings Report?",
     [("Zenthra Energy Partners, LP", "down")]),
    ("Why Shares of Halvard 66 Bounced Higher on Monday", [("Halvard 66", "up")]),
    ("Why Shares in Zenthra, Halvard, and Dunmore Surged in January", [("Zenthra", "up"), ("Halvard", "up"),
                                                                      ("Dunmore", "up")]),
    ("Why Zenthra, Halvard Beauty, and Dunmore.com Plummeted This Week",
     [("Zenthra", "down"), ("Halvard Beauty", "down"), ("Dunmore.com", "down")]),
    ("Mid-Afternoon Market Update: eZenthra Drops Following Q3 Results", [("eZenthra", "down")]),
    # "Pulling back 8.9% this week, Acme's NYSE:ACM) …"; "… Acme (NASDAQ:ACM) shareholders as stock falls 5.7% …"
    ("Pulling back 8.9% this week, Zenthra's NYSE:ZNT) five-year decline in earnings may be in focus",
     [("Zenthra", "down")]),
    ("The decline in earnings might be taking its toll on Halvard (NASDAQ:HLV) shareholders as stock falls 5.7% over "
     "the past week", [("Halvard", "down")]),
])
def test_round58_adjectives_names_and_falls_beside_a_ticker(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 59: a misspelling drops a letter or two, it does not add them ("Fortinet" is no "forint"); still "Nasdq"
    ("Forintex Dips Following a Broker Downgrade", [("Forintex", "down")]),
    ("The Nasdq composite fell 2% on Monday.", [("Nasdaq Composite", "down")]),
    # "(ACM) Stock Down Despite …", "as stock advances 4.4%", "Gaps Lower"
    ("Zenthra (ZNT) Stock Down Despite Q1 Earnings Beat, Revenues Dip", [("Zenthra", "down")]),
    ("Investors more bullish on Halvard (NYSE:HLV) this week as stock advances 4.4%, despite weak earnings",
     [("Halvard", "up")]),
    ("Zenthra Brands Gaps Lower Despite Earnings Beat", [("Zenthra Brands", "down")]),
    # a reader's holding is no market's move; a figure is no company
    ("If You Bought 1,000 Shares of This Dividend Stock, Your Passive Income Will Have Grown Nearly Sixfold", []),
    ("Zenthra Posts Q1 Earnings Miss, Slashes 2023 Sales Outlook; Stock Slides", [("Zenthra", "down")]),
])
def test_round59_misspellings_legal_forms_and_holdings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 60: a company's own "'s" (a word English writes with it nearly as often as without: "Sotheby's",
    # "Denny's"), not an owner's ("Zenthra's (ZNT) Stock": the company's possessive)
    ("Why Sotheby's Stock Was Soaring Today", [("Sotheby's", "up")]),
    ("Denny's (DENN) Stock Up 5% Since Q4 Earnings Beat", [("Denny's", "up")]),
    ("Zenthra's (ZNT) Stock Down 15.2% Since Q4 Earnings Miss", [("Zenthra", "down")]),
    # a company's move in a clause after "as"; "Sells Off", "Dives", "Crumbles", "Breaks Lower"
    ("Dow Jones Rallies As Zenthra Surges 14% On Earnings", [("Dow Jones Industrial Average", "up"),
                                                             ("Zenthra", "up")]),
    ("As Halvard Stores Slumps, Here's Our Strategy", [("Halvard Stores", "down")]),
    ("As Zenthra, Halvard Cruises and Dunmore Sink, Here's When to Buy",
     [("Zenthra", "down"), ("Halvard Cruises", "down"), ("Dunmore", "down")]),
    ("Dow Jones Slides As Zenthra Sells Off; 4 Growth Stocks To Watch",
     [("Dow Jones Industrial Average", "down"), ("Zenthra", "down")]),
    ("Nasdaq Rises; Halvard Dives On Regulatory Filing", [("Nasdaq Composite", "up"), ("Halvard", "down")]),
    ("S&P 500 Steady; Bitcoin Crumbles Again", [("S&P 500", "flat"), ("Bitcoin", "down")]),
    ("Stocks Mixed After Nasdaq Breaks Lower", [("Nasdaq Composite", "down")]),
    ("Stocks Mixed As Trade Talks Drag On", []),
    ("Zenthra Sells Off Its Chip Unit To Halvard", []),
    # what a headline calls a company is not its name ("Drug Giant Acme"); "The Acme Corporation" is Acme
    ("Dow Jones Rallies; Drug Giant Zenthra Slides On Earnings", [("Dow Jones Industrial Average", "up"),
                                                                   ("Zenthra", "down")]),
    ("Chipmaker Halvard Falls 5% After Earnings", [("Halvard", "down")]),
    ("The Zenthra Widget Corporation (ZWC) Stock Moves -1.06%: What You Should Know", [("Zenthra Widget", "down")]),
])
def test_round60_own_names_as_clauses_and_descriptions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 61: Simply Wall St states; a period move after a colon or "in a Year"; "Moves Up 12.5%", "Shares Move
    # Up Since"
    ("Zenthra Systems Incorporated's (NYSE:ZSI) Stock Has Seen Strong Momentum: Does That Call For Deeper Study?",
     [("Zenthra Systems Incorporated", "up")]),
    ("Halvard Homes, Inc.'s (NYSE:HLV) Stock Is Going Strong: Have Financials A Role To Play?", [("Halvard Homes", "up")]),
    ("Zenthra (ZNT) Looks Solid: Surges More Than 20% in a Year", [("Zenthra", "up")]),
    ("Halvard (HLV) Efforts Bode Well, Up 60% in a Year", [("Halvard", "up")]),
    ("Zenthra Companies (ZNC) Moves Up 12.5%: What's Driving It?", [("Zenthra Companies", "up")]),
    ("Halvard USA (HUSA) Shares Move Up Since Q1 Earnings Beat", [("Halvard USA", "up")]),
    # "Why Shares of Acme Are Down This Week", "Acme Is Down By 3%", "Why Acme Dipped While …"; "Best Buy"
    ("Why Shares of Zenthra Express Are Down This Week", [("Zenthra Express", "down")]),
    ("Halvard Is Down By 3%, Here Is Why", [("Halvard", "down")]),
    ("Best Buy Is Down By 3%, Here Is Why", [("Best Buy", "down")]),
    ("Why Zenthra Airlines Dipped While the Market Climbed Today", [("Zenthra Airlines", "down")]),
    ("Oil Prices Are Up This Week", [("Crude oil", "up")]),
    # "closes in correction", "enters correction territory", "pulls back"
    ("Dow Closes in Correction on Rising Fears of Conflict", [("Dow Jones Industrial Average", "down")]),
    ("Futures rise on earnings after Nasdaq enters correction territory", [("Nasdaq Composite", "down")]),
    ("Zenthra stock pulls back from record high after insider sales", [("Zenthra", "down")]),
    ("The company pulled back from plans to expand.", []),
    # a company's move as a noun in a later clause; a cause that moves a company's shares
    ("S&P 500 Slides as Zenthra's Slump Triggers Sea of Red", [("S&P 500", "down"), ("Zenthra", "down")]),
    ("Dow Jones Falls Despite Zenthra Gains; Halvard Plunge Signals End For These Stocks",
     [("Dow Jones Industrial Average", "down"), ("Zenthra", "up"), ("Halvard", "down")]),
    ("Stocks Fall as Export Slump Weakens Yuan", [("Chinese yuan", "down")]),
    ("Odd $7.1 Billion Tax Bill Sinks Zenthra Shares", [("Zenthra", "down")]),
    ("A Strong First Quarter Boosts Halvard Brands Stock", [("Halvard Brands", "up")]),
    ("Zenthra Hits Shares Milestone", []),
    # a commodity's word inside a company's name before its ticker, the name of common words ("Summit Oil (SMO)")
    ("Summit Oil (SMO) Outpaces Stock Market Gains: What You Should Know", [("Summit Oil", "up")]),
    ("Gold (GLD) Rises As Dollar Falls", [("Gold", "up"), ("US dollar", "down")]),
])
def test_round61_states_periods_clauses_and_causes(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 62: a company's move in a clause after a colon or a semicolon; "Crashes"; "Acme, Zorbex Lead Gains"
    ("Dow Jones Jumps: Zenthra Soars Despite Job Cuts; Halvard Pops On Breakup Plan",
     [("Dow Jones Industrial Average", "up"), ("Zenthra", "up"), ("Halvard", "up")]),
    ("3 Top Stock Market Gainers Today: Zenthra Rallies As Halvard Crashes", [("Zenthra", "up"), ("Halvard", "down")]),
    ("Stock Market Rally Rebounds, Zenthra Crashes On Subscriber Fall, Halvard Earnings On Tap", [("Zenthra", "down")]),
    ("Stock Market Closes Higher, Snapping Losing Streak; Zenthra, Halvard Lead Gains",
     [("Zenthra", "up"), ("Halvard", "up")]),
    # "Acme Races Higher": the verb is no part of the name; "Acme plc" before an exchange ticker; "News Corporation"
    ("Indexes Extend Gains; Zenthra Races Higher Ahead Of Earnings", [("Zenthra", "up")]),
    ("Are Zenthra plc's (NYSE:ZNT) Fundamentals Good Enough Given The Stock's Recent Weakness?", [("Zenthra", "down")]),
    ("News Corporation's (NASDAQ:NWSA) Stock Has Shown Weakness Lately: Is The Market Wrong?",
     [("News Corporation", "down")]),
    # "pulls back" only of a price ("from a record", at a clause's end), not "Pulls Back From Deals"; "extends win
    # streak"; "Mixed Bag" is no flat market
    ("Wall Street Banks Pulls Back From Middle East Deals on SEC Clampdown", []),
    ("Dow extends win streak to four sessions as investors eye easing of lockdowns",
     [("Dow Jones Industrial Average", "up")]),
    ("Can Zenthra Corporation (NYSE:ZNC) Performance Keep Up Given Its Mixed Bag Of Fundamentals?", []),
    # Zacks prints a fall with a minus: "Stock Moves 1.12%" is a rise; "Stock Nudges Higher", "Shares Plummeting",
    # "Dumps 900 Points", "Down 70%, Acme Is Now …", "Acme Leads China Tech Losses"
    ("Zenthra Foods (ZFD) Stock Moves 1.12%: What You Should Know", [("Zenthra Foods", "up")]),
    ("Zenthra Stock Nudges Higher As Group Reiterates Forecast", [("Zenthra", "up")]),
    ("Why Are Zenthra Halvard Shares Plummeting Today?", [("Zenthra Halvard", "down")]),
    ("Dow Jones Dumps 900 Points On Virus Resurgence", [("Dow Jones Industrial Average", "down")]),
    ("Down 70%, Zenthra Is Now a Value Stock", [("Zenthra", "down")]),
    ("Zenthra Leads China Tech Losses as Backer Cuts Its Stake", [("Zenthra", "down")]),
])
def test_round62_clauses_lists_and_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 63: "edge higher" in lower case; "rips to a record high"; "Surrenders 809 Points"; trends
    ("Zenthra, Halvard stocks edge higher after regulator clears vaccine", [("Zenthra", "up"), ("Halvard", "up")]),
    ("Zenthra stock rips to a record high, CEO says results are sustainable", [("Zenthra", "up")]),
    ("Stock Market Today: Dow Surrenders 809 Points as Earnings Roll In", [("Dow Jones Industrial Average", "down")]),
    ("Zenthra Solutions Continues in a Downtrend", [("Zenthra Solutions", "down")]),
    ("Halvard Remains in an Uptrend", [("Halvard", "up")]),
    # a company's own move noun after "Is"/"Why", or after a percentage; a market's own noun needs no market word
    ("Is Zenthra's Pullback a Buying Opportunity?", [("Zenthra", "down")]),
    ("Zenthra's 25% Plummet Pares Nasdaq Gains; S&P Moves Higher",
     [("Zenthra", "down"), ("Nasdaq Composite", "up"), ("S&P 500", "up")]),
    ("Why Senator Halvard's Recent Gains Won't Last", []),
    # "Gains From Expansion Efforts" is a business's gain, no price's; "Moves up on"; the name after a clause's verbs
    ("Zenthra (ZNT) Gains From Expansion Efforts, Fee-Based Earnings", []),
    ("Zenthra (ZNT) Gains As Market Dips: What You Should Know", [("Zenthra", "up")]),
    ("Halvard (HLV) Moves up on New Strategic Actions", [("Halvard", "up")]),
    ("Shareholders Are Thrilled That The Zenthra Communications (NASDAQ:ZNC) Share Price Increased 197%",
     [("Zenthra Communications", "up")]),
    ("Does The Market Have A Low Tolerance For Zenthra Corporation's (NASDAQ:ZNC) Mixed Fundamentals?", []),
])
def test_round63_trends_and_owned_moves(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 64: a list's move "in intraday trading"; ", Acme stock sinks" in lower case; "stumble"; "heads for worst"
    ("Meme stocks: Zenthra, Halvard decline in intraday trading", [("Zenthra", "down"), ("Halvard", "down")]),
    ("Oil rebounds, Zenthra stock sinks, Halvard and Dunmore stocks fall", [("Crude oil", "up"), ("Zenthra", "down")]),
    ("Zenthra Group shares stumble after broker says demand is fading", [("Zenthra Group", "down")]),
    ("The talks stumbled over the details.", []),
    ("Markets: Dow heads for worst first half since 1962, energy stocks lag", [("Dow Jones Industrial Average", "down")]),
    ("Zenthra Reports Robust Demand, Stock Price Rallies", [("Zenthra", "up")]),
    # "Got Pummeled", "Lose Steam", "Is Nearly 6% Lower", "extends pullback"
    ("Why Zenthra, Halvard, and Dunmore Stocks Got Pummeled This Week",
     [("Zenthra", "down"), ("Halvard", "down"), ("Dunmore", "down")]),
    ("Why Zenthra Stock Got Rocked Today", [("Zenthra", "down")]),
    ("The team got hammered on Sunday", []),
    ("Zenthra, Halvard Digital Shares Lose Steam Post Rating Downgrade", [("Zenthra", "down"),
                                                                          ("Halvard Digital", "down")]),
    ("Why Zenthra Is Nearly 6% Lower Today", [("Zenthra", "down")]),
    ("Zenthra stock extends pullback after profit misses expectations", [("Zenthra", "down")]),
    # no company: a legal form alone, "Crypto-related", a description alone ("As Rival Dives")
    ("Broker Revenue Forecasts For Zenthra, Inc. (NYSE:ZNT) Are Surging Higher", []),
    ("Crypto-related stocks plunge as Bitcoin falls below $24,000", [("Bitcoin", "down")]),
    ("Dow Jones Up As Zenthra Stumbles; Halvard Stock Steady As Rival Dives",
     [("Dow Jones Industrial Average", "up"), ("Zenthra", "down"), ("Halvard", "flat")]),
])
def test_round64_lists_lower_case_and_worst_halves(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 65: a move "Double Digits"; "All" before a list's verb; a cause that "Hammered the Dow"
    ("Why Zenthra Payments Plunged Double Digits Today", [("Zenthra Payments", "down")]),
    ("Why Zenthra, Halvard, and Dunmore All Plummeted Double-Digits in January",
     [("Zenthra", "down"), ("Halvard", "down"), ("Dunmore", "down")]),
    ("New Inflation Data Hammered the Dow Friday", [("Dow Jones Industrial Average", "down")]),
    ("The storm hammered the coast.", []),
])
def test_round65_double_digits_and_hammered_indices(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected
