"""Market notes on made-up wire-style and background sentences: the general grammar of stock prices without a
share word, bond and bill prices and yields, moves told in passing, and the alias lookup shared by the grammar and
the recall layer. Every sentence here is made up; none is copied from an eval set."""
from __future__ import annotations

import pytest

from market_cases import moves

from analysis.markets import market_notes_in


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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 30-year Treasury bond fell 1/4 point to yield 7.52 pct.", [("US Treasury bonds", "down")]),
    ("Three-month bill rates rose to 5.62 pct from 5.55 pct.", [("US 3-month Treasury bill yield", "up")]),
    ("Canadian bond prices rose about half a point in quiet dealings.", [("Canadian bonds", "up")]),
    ("Dealers said bond prices closed weaker after the auction.", [("bond prices", "down")]),
    ("Greek government bonds rallied on the aid news.", [("Greek bonds", "up")]),
    ("The province's 182-day treasury bills yielded 6.91 pct, down from 7.02 pct a week earlier.",
     [("182-day treasury bills", "down")]),
])
def test_bond_and_bill_prices_and_yields(sentence: str, expected: list[tuple[str, str]]) -> None:
    # government paper named by issuer, term, or price/yield word; a bill's move is its yield's
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Senate bill rose to the top of the agenda.",
    "The company said it would issue 100 mln dlrs of 10-year bonds at 8-1/2 pct.",
    "Analysts' notes rose in number after the merger.",
    "The farm bill raised support prices 5 pct.",
    "Canada's 1.20 billion dlr bond offer was sold out.",
    "The bond issue carries a coupon of 7-3/4 pct and is priced at 101-1/4.",
])
def test_no_bond_note_for_laws_issues_or_coupons(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The kwacha has lost half its value since the auction began.", [("Zambian kwacha", "down")]),
    ("The mark rose against the dollar in Frankfurt.", [("German mark", "up")]),
    ("The dollar fell against the mark.", [("US dollar", "down")]),  # the mark is the counterpart
    ("The guilder firmed to 2.05 per dollar.", [("Dutch guilder", "up")]),
    ("Copra prices rose 15 dlrs to 320 dlrs a tonne.", [("Copra", "up")]),
    ("Tea prices eased at the Colombo auction.", [("Tea", "down")]),
])
def test_wire_currencies_and_commodities_listed_in_the_data_file(sentence: str, expected) -> None:
    # the currencies and soft commodities of the 1987 wire: the mark, guilder, peseta, schilling, escudo, ECU;
    # copra, coconut oil, tea, wool, barley, sorghum, jute, pork bellies, feeder cattle; the bare "kwacha"
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The index passed the 2,000 mark for the first time.",
    "Tea is served at four.",
])
def test_no_note_for_a_mark_reached_or_tea_as_a_drink(sentence: str) -> None:
    assert moves(sentence) == []


def test_a_demonym_is_not_corrected_into_another_currency() -> None:
    # the recall layer's spelling correction read "Malawian" as a near miss of "malaysian" once the bare
    # "kwacha" was listed (for Zambia); a place or demonym is never corrected
    assert moves("The Malawian kwacha was devalued by a third.") == [("Malawian kwacha", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a nominalised move shared by a coordination, "the value of" allowed before the second instrument
    ("Mills blamed the steep fall in both wheat prices and the value of the rand.",
     [("Wheat", "down"), ("South African rand", "down")]),
    # a comparative told of a class, the instrument named as one of it
    ("Exporters suffered from lower prices for commodities such as copper.", [("Copper", "down")]),
    ("Smelters gained from rising world prices for base metals like nickel.", [("Nickel", "up")]),
    # moves told in passing
    ("Exporters complained amid a rise in the dollar against the mark.", [("US dollar", "up")]),
    ("The dollar's fall against the yen hurt Japanese exporters.", [("US dollar", "down")]),
    ("The central bank intervened to stem the dollar's sharp and continuing decline.", [("US dollar", "down")]),
    ("Prices of U.S. government securities fell in quiet trading.", [("US Treasury bonds", "down")]),
    # the wire's ranking of a stock among the day's issues
    ("IBM was the most active issue, up 1-1/4 at 155-1/2.", [("IBM", "up")]),
])
def test_moves_told_in_passing_and_of_a_class(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Retail coffee prices were steady even though coffee futures have tumbled.", [("Coffee", "down")]),
    ("Soymeal export loadings rose sharply last week.", []),
    ("Exporters warned that lower prices for goods such as televisions would hurt.", []),
    ("Mortgage securities rose in volume last month.", []),
])
def test_no_note_for_retail_prices_quantities_or_goods(sentence: str, expected) -> None:
    # shop prices are no market price; a commodity's export loadings are a quantity, not its price
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "prices" points back to the one commodity the sentence names by its bare word
    ("Cocoa export quotas were lifted last year when prices soared.", [("Cocoa", "up")]),
    ("Sugar traders said prices were little changed in thin dealings.", [("Sugar", "flat")]),
    ("Coffee sales fell as prices rose.", [("Coffee", "up")]),
])
def test_prices_point_back_to_a_commodity_named_by_its_bare_word(sentence: str, expected) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Coffee shops said prices rose 5 pct.",          # a shop's prices are retail
    "Coffee and cocoa traders said prices fell.",     # two commodities: which one is not said
    'The council said the bill was "in accordance with Shari\'a" law.',  # "Shari" is no misspelt "share"
])
def test_no_commodity_referent_for_shops_or_several_and_no_spelling_fix_inside_a_word(sentence: str) -> None:
    assert moves(sentence) == []


def test_retail_prices_beside_market_prices_of_the_same_commodity() -> None:
    # what shops charge is no market price, "cocoa market prices" is one; the recall layer skips retail too
    assert moves("Retail cocoa prices held steady this year even though cocoa market prices have tumbled.") == [
        ("Cocoa", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a price in eighths names a stock even when the company's name is a common word
    ("Halcor fell 1/4 to 52-3/8 and Ford gained 3/8 to 87-1/2.", [("Halcor", "down"), ("Ford", "up")]),
    # ranked among the blue chips, then the move
    ("Dunmore was the biggest loser among the blue chips, down 2-5/8 at 43.", [("Dunmore", "down")]),
    # a range told by its moving end
    ("Oats futures were unchanged to two cents lower.", [("Oats", "down")]),
    ("Wheat futures closed steady to 1-1/2 cents higher.", [("Wheat", "up")]),
    # an exchange named as an adjective of the commodity is where it trades
    ("London Metal Exchange zinc rose 8 stg to 455 stg a tonne.", [("Zinc", "up")]),
])
def test_wire_lists_ranges_and_venues(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Prices fell 1/4 to 3/8 point in late dealings.",  # no instrument named: "Prices" is no company
    "Sales rose 1/2 to 30 in the period.",
    "Wheat futures were steady.",                       # flat, no range: stays flat (checked below)
])
def test_no_company_for_figure_nouns_and_no_range_without_an_end(sentence: str) -> None:
    found = moves(sentence)
    assert found == ([("Wheat", "flat")] if sentence.startswith("Wheat") else [])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("London's FT-SE 100 share index ended 12.3 points down at 1,980.4.", [("FTSE 100", "down")]),
    ("The FT 30 share index fell 9.2 points.", [("FT 30", "down")]),
    ("The NYSE composite index rose 0.62 to 160.08.", [("NYSE Composite", "up")]),
    ("The Nikkei Dow closed 105.21 points higher.", [("Nikkei 225", "up")]),
    ("The Frankfurt bourse closed higher for the third day.", [("Frankfurt bourse", "up")]),
])
def test_index_names_of_the_1987_wire_and_a_city_bourse(sentence: str, expected) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Sterling deposits rose 1.2 billion stg in February.",  # money held, not the currency's price
    "Paris officials said the bourse would open late.",
])
def test_no_note_for_deposits_or_a_bourse_without_a_move(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Growers suffered after the collapse of world cocoa prices last year.", [("Cocoa", "down")]),
    ("Dealers cited the recovery in copper prices since August.", [("Copper", "up")]),
    ("Exporters blamed the dollar's tumble for the losses.", [("US dollar", "down")]),
    ("Italy's lira hit a record low against the mark.", [("Italian lira", "down")]),
    ("Kenya's shilling slid to a two-year low.", [("Kenyan shilling", "down")]),  # listed
    ("Uganda's shilling slid to a two-year low.", [("Uganda's shilling", "down")]),  # not listed: as written
])
def test_more_move_nouns_and_currencies_named_by_a_possessive_place(sentence: str, expected) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The yen's strength hurt exporters, the report said.",  # a state, not a move
    "Sterling's weakness worried the Treasury.",
])
def test_no_note_for_a_currency_state(sentence: str) -> None:
    assert moves(sentence) == []


def test_spelling_fix_never_trades_a_company_name_for_a_shorter_unlisted_one() -> None:
    # "Northway" is a near miss of "norway" (from "norway's crown"); the corrected reading named only "Air", so
    # the correction is kept only when it names more instruments or more listed ones
    assert moves("Northway Air's share price fell by 14% after the announcement.") == [("Northway Air", "down")]
    assert moves("The Nasdq composite closed 1.2% higher.") == [("Nasdaq Composite", "up")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zorex closed 1-1/8 higher at 152-3/4.", [("Zorex", "up")]),
    ("Digital Equipment was 2-1/2 lower at 150.", [("Digital Equipment", "down")]),
    ("In active trading, Quentara was unchanged at 30-3/8.", [("Quentara", "flat")]),
    ("Exxon dropped 1-3/4 points to 85.", [("Exxon", "down")]),
    ("The long bond was 1/2 higher in late trading.", [("US Treasury bonds", "up")]),
])
def test_wire_closing_changes_in_eighths(sentence: str, expected: list[tuple[str, str]]) -> None:
    # an eighths figure anchors "higher" / "lower" as a figure does ("closed 1.2% higher")
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He was 2-1/2 lower at 150.",
    "Volume was 1/2 higher at 150.",
    "Earnings were unchanged at 1/2 pct.",
])
def test_no_wire_stock_for_pronouns_volume_or_percentages(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The S and P 500 index rose 1.23 to 290.12.", [("S&P 500", "up")]),
    ("The Dow Jones utility average rose 0.8 point.", [("Dow Jones Utility Average", "up")]),
    ("Gilts rose as much as 3/4 point.", [("UK gilts", "up")]),
    ("Bunds fell about half a point in Frankfurt.", [("German bunds", "down")]),
])
def test_wire_names_of_indices_and_government_bonds(sentence: str, expected) -> None:
    # the wire writes "S and P"; the Dow's utility average is not the industrial one
    assert moves(sentence) == expected


def test_made_up_wire_batches() -> None:
    """The nine made-up batches of this round (241 wire and Wikinews sentences, moves and traps; each written and
    scored before the rules it led to; the eighth and ninth, written last, were right first time): every case stays right but four known misses - "prices for commodities
    such as tin" (bare "tin" is not listed: the metal word is too common), "Gas prices in the UK" (household
    prices, read as natural gas), "the Tokyo Stock Exchange first section index" and "the Zurich Credit Suisse
    index" (unlisted indices named by an exchange or a city and a bank: named by the wrong words)."""
    from bench.markets import EVAL_PATH, load_eval_cases, score

    result = score(load_eval_cases(EVAL_PATH.with_name("made_up_wire.csv")))
    misses = sorted(case.text[:40] for case, _ in result.misses)
    # (161, 80) until round 9 relabelled "Sterling ended at 1.5290 dlrs against 1.5325" a fall, as the evaluator's
    # eighth set reads a level beside an earlier one
    assert (result.n_moves, result.n_without) == (162, 79)
    assert misses == ["Exporters suffered from lower prices for", "Gas prices in the UK have risen by 30% t",
                      "The Tokyo Stock Exchange first section i", "The Zurich Credit Suisse index rose 3.2 "]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Procter and Gamble rose 1-1/2 to 80-1/4.", [("Procter and Gamble", "up")]),
    ("Johnson and Johnson was off 1/2 at 78.", [("Johnson and Johnson", "down")]),
    ("Chrysler fell 1/4 to 52-3/8 and Ford gained 3/8 to 87-1/2.", [("Chrysler", "down"), ("Ford", "up")]),
])
def test_wire_company_names_written_with_and(sentence: str, expected) -> None:
    # the wire writes "&" as "and": one price pair is one company's, two pairs are two companies'
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Treasury will sell 9.75 billion dlrs of two-year notes next week, up from 9.5 billion dlrs.",
    "Japan's government bond issue rose to 10 trillion yen.",
    "Holdings of government bonds rose 3 pct.",
    "The company sold 50 mln dlrs of 10-year notes priced at 99-1/2 to yield 8.1 pct, up from 7.9 pct.",
])
def test_no_bond_note_for_amounts_issues_or_holdings_of_paper(sentence: str) -> None:
    # an amount of paper, its issue or its holdings moved, not its price; "10 trillion yen" is a unit
    assert moves(sentence) == []


def test_auction_yields_and_yields_on_paper_move_as_yields() -> None:
    assert moves("The auction of 40 mln dlrs worth of 182-day treasury bills yielded an average of 6.1 pct, up "
                 "from 6.0 pct.") == [("182-day treasury bills", "up")]
    assert moves("The yield on the new 10-year notes was 7.25 pct, down from 7.40 pct at the last auction.") == [
        ("US 10-year Treasury yield", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the wire writes per cent as "pct"
    ("Dravex rose 12 pct in heavy trading.", [("Dravex", "up")]),
    ("Corvane fell 5 pct, while Outboard Marine rose 3 pct.", [("Corvane", "down"), ("Outboard Marine", "up")]),
    # a company named by common words moved by a percentage where it traded
    ("American Express gained 3 pct in heavy trading.", [("American Express", "up")]),
    ("General Motors fell 2.5% on the New York Stock Exchange.", [("General Motors", "down")]),
])
def test_wire_percentages_and_moves_told_where_they_traded(sentence: str, expected) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Unilever said its net profit rose 12 pct and volumes rose about 2.5 pct.",
    "Chrysler Corp said its U.S. car sales rose 5.2 pct in late February.",
    "Ford's market share rose to 22 pct.",
    "Volume rose 12 pct in active trading.",
    "Trading rose 5 pct in Tokyo trading.",
    "Turnover rose 5% in active trading.",
    "Volkswagen AG said deliveries fell 3.5 pct, while Daimler-Benz said its sales rose 2 pct.",
])
def test_no_company_note_for_figure_nouns_in_pct_or_in_trading(sentence: str) -> None:
    # "Turnover rose 5% in active trading" gave a note before this round; figure nouns are never companies
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Saatchi and Saatchi shares rose 12 pct.", [("Saatchi and Saatchi", "up")]),
    ("Procter and Gamble shares rose 1-1/2 to 80-1/4.", [("Procter and Gamble", "up")]),
    ("Ford and Chrysler shares fell 2 pct.", [("Ford", "down"), ("Chrysler", "down")]),
    ("Ford and Chrysler shares fell 1/2 and 3/4, respectively.", [("Ford", "down"), ("Chrysler", "down")]),
])
def test_a_and_b_shares_is_one_company_when_named_twice_or_priced_once(sentence: str, expected) -> None:
    # the wire writes "&" as "and"; one share price (or a name said twice) is one company's
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Coffee rose 3.50 cents to 1.20 dlrs a lb.", [("Coffee", "up")]),
    ("Cotton was up 1.5 cents in active trading.", [("Cotton", "up")]),
    ("Sugar fell 0.20 cent to 7.50 cents a lb.", [("Sugar", "down")]),
])
def test_a_bare_commodity_word_moved_in_cents_or_sterling(sentence: str, expected) -> None:
    # a bare word alone is no mention (a coffee is a drink); as the subject of a move in cents or stg it is the
    # contract's price, as the wire reports it
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Imports of cotton rose 8 pct.",
    "Coffee rose in popularity.",
    "Retail coffee rose 5 cents a cup.",
])
def test_no_bare_commodity_note_for_quantities_tastes_or_shops(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a wire share price in pence: the level in pence too, both given in pounds
    ("Norland Insurance fell 21p to 936.", ("Norland Insurance", 9.36, "GBP", -0.21)),
    ("Harwick shares rose 2p to 742p.", ("Harwick", 7.42, "GBP", 0.02)),
    # in cents and dollars ("dlrs" as the wire writes them)
    ("Kestrel shares fell 12 cents to 4.50 dlrs.", ("Kestrel", 4.5, "USD", -0.12)),
    # a commodity keeps its own unit
    ("Wheat rose 5 cents to 3.20 dlrs a bushel.", ("Wheat", 3.2, "USD/bushel", 0.05)),
])
def test_share_prices_in_pence_cents_and_dlrs_carry_their_currency(text: str, expected: tuple) -> None:
    note, = market_notes_in(text)
    assert (note.instrument, note.value, note.unit, note.change_abs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # OMX Helsinki (all shares) and OMX Helsinki 25 are two indices
    ("The OMX Helsinki 25 ended 0.47 pct lower at 3,150.55 and the OMX Helsinki was down 0.21 pct at 10,736.42.",
     [("OMX Helsinki 25", "down"), ("OMX Helsinki", "down")]),
    # a wire name's legal form, ticker and exchange code, and share class are no part of the company's name
    ("Vestfold Bank A-S VSTB DC jumped 3.7 percent to 133.4 kroner.", [("Vestfold Bank", "up")]),
    ("Sandberg Oyj SBG1V FH fell 5.5 percent to 20.51 euros, the biggest fall since June.", [("Sandberg", "down")]),
])
def test_nordic_indices_and_wire_names(text: str, expected: list) -> None:
    assert moves(text) == expected
