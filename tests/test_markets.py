"""Market side-notes: exact notes on the samples, every phrasing of the issue, the non-market numbers
of the issue, and a property test that odd text never breaks the parser."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from market_cases import moves

from analysis.markets import (
    MARKET_NOTE_COLUMNS,
    alias_variants,
    load_instruments,
    market_notes_for,
    market_notes_in,
    sentence_spans,
)


def notes(text: str) -> list[tuple]:
    """(instrument, direction, value, unit, change_pct, change_abs) per note, NaN-free."""
    return [(n.instrument, n.direction, n.value, n.unit, n.change_pct, n.change_abs) for n in market_notes_in(text)]


# --- edge cases --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "\n\n", ".", "$", "2.3%"])
def test_empty_and_blank_text_give_no_notes(text: str) -> None:
    assert market_notes_in(text) == []


def test_empty_articles_give_empty_table_with_columns() -> None:
    table = market_notes_for(pd.DataFrame(columns=["article_id", "title", "text"]))
    assert list(table.columns) == list(MARKET_NOTE_COLUMNS)
    assert table.empty


def test_missing_text_column_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="text"):
        market_notes_for(pd.DataFrame({"article_id": ["a"]}))


def test_instruments_file_loads_with_known_kinds() -> None:
    instruments = {i.name: i for i in load_instruments()}
    assert instruments["Brent crude"].unit == "USD/barrel"
    assert instruments["Russian rouble"].code == "RUB"
    assert {i.kind for i in instruments.values()} <= {"commodity", "currency", "crypto", "index", "bond", "stock",
                                                       "ignore"}


def test_an_alias_added_to_the_data_file_is_used(tmp_path) -> None:
    path = tmp_path / "instruments.csv"
    path.write_text("instrument,kind,unit,code,aliases\nUrals crude,commodity,USD/barrel,,urals|urals crude\n"
                    ",ignore,,,urals mountains\n", encoding="utf-8")
    found = market_notes_in("Urals crude fell 3% to $58.10 a barrel. The Urals mountains rose in haze.",
                            instruments_path=path)
    assert [(n.instrument, n.direction, n.value, n.change_pct) for n in found] == [
        ("Urals crude", "down", 58.10, -3.0)]


def test_a_bad_kind_in_the_data_file_is_named(tmp_path) -> None:
    path = tmp_path / "instruments.csv"
    path.write_text("instrument,kind,unit,code,aliases\nGold,metal,USD/oz,,gold\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kind 'metal' is not one of"):
        load_instruments(path)


def test_stage_function_pickles_for_worker_processes() -> None:
    import pickle

    assert pickle.loads(pickle.dumps(market_notes_for)) is market_notes_for


# --- the samples -------------------------------------------------------------------------------------

def test_samples_have_exactly_one_note_brent_in_001(sample_articles: pd.DataFrame, sample_by_file: dict) -> None:
    table = market_notes_for(sample_articles)
    assert len(table) == 1
    note = table.iloc[0]
    assert note["article_id"] == sample_by_file["001"].article_id
    assert (note["instrument"], note["value"], note["unit"], note["change_pct"], note["direction"]) == (
        "Brent crude", 75.25, "USD/barrel", -2.3, "down")
    assert math.isnan(note["change_abs"])
    text = sample_by_file["001"].text
    assert text[note["start"]:note["end"]] == note["sentence"]
    assert note["sentence"].startswith("Following this revelation, global oil markets reacted")
    assert note["sentence"].endswith("settling at $75.25 per barrel.")


def test_table_dtypes(sample_articles: pd.DataFrame) -> None:
    table = market_notes_for(sample_articles)
    assert table["value"].dtype == "float64" and table["change_abs"].dtype == "float64"
    assert table["start"].dtype == "int64" and table["end"].dtype == "int64"


# --- the phrasings of the issue ----------------------------------------------------------------------

PHRASINGS = [
    ("Brent fell 2.3% to settle at $75.25 per barrel.",
     [("Brent crude", "down", 75.25, "USD/barrel", -2.3, None)]),
    ("Brent crude futures were down 55 cents, or 0.8%, at $71.40 a barrel.",
     [("Brent crude", "down", 71.40, "USD/barrel", -0.8, -0.55)]),
    ("WTI slid $1.20 to $68.05.",
     [("WTI crude", "down", 68.05, "USD/barrel", None, -1.20)]),
    ("The rouble firmed 0.9% to 88.10 per dollar.",
     [("Russian rouble", "up", 88.10, "RUB per USD", 0.9, None)]),
    ("On Thursday the MOEX index jumped 4.1% to 2,950 points.",
     [("MOEX Russia index", "up", 2950.0, "points", 4.1, None)]),
    ("March gold rose $8.30, or 0.4%, to close at $2,041.70/oz.",
     [("Gold", "up", 2041.70, "USD/oz", 0.4, 8.30)]),
    ("Gas at the Dutch TTF hub dropped 7% to €41 per megawatt-hour.",
     [("TTF gas", "down", 41.0, "EUR/MWh", -7.0, None)]),
    ("silver slips below $30",
     [("Silver", "down", None, "USD/oz", None, None)]),
    ("copper slips as demand fears ease",
     [("Copper", "down", None, "USD/tonne", None, None)]),
    ("Brent crude fell 1.5% to $74.10 a barrel, while U.S. West Texas Intermediate crude rose 20 cents to $70.50.",
     [("Brent crude", "down", 74.10, "USD/barrel", -1.5, None),
      ("WTI crude", "up", 70.50, "USD/barrel", None, 0.20)]),
    ("Brent and WTI both declined about 1% on Friday.",
     [("Brent crude", "down", None, "USD/barrel", -1.0, None),
      ("WTI crude", "down", None, "USD/barrel", -1.0, None)]),
    ("The euro rose 0.3% to $1.0850.",
     [("Euro", "up", 1.085, "USD per EUR", 0.3, None)]),
    ("The yield on the benchmark 10-year Treasury note rose 5 basis points to 4.25%.",
     [("US 10-year Treasury yield", "up", 4.25, "%", None, 0.05)]),
    ("The S&P 500 shed 30.35 points, or 3.08%, to 955.05.",
     [("S&P 500", "down", 955.05, "points", -3.08, -30.35)]),
    ("Shares in Gazprom fell 3.5% to 130.2 roubles in Moscow.",
     [("Gazprom", "down", 130.2, "RUB", -3.5, None)]),
    ("Oil prices were unchanged on Monday.",
     [("Crude oil", "flat", None, "USD/barrel", None, None)]),
    # "off" before a figure, "trending", "ended up"
    ("The S&P 500 was off 3% at midday.",
     [("S&P 500", "down", None, "points", -3.0, None)]),
    ("Nikkei futures were trending lower in Chicago.",
     [("Nikkei 225", "down", None, "points", None, None)]),
    ("The Kospi ended up 1.3% on Friday.",
     [("Kospi", "up", None, "points", 1.3, None)]),
    # a level crossed: for a currency quoted as its own units per another, the currency moved the other way
    ("The rouble moved above 100 roubles per dollar on Monday.",
     [("Russian rouble", "down", None, "RUB per USD", None, None)]),
    ("The yen broke through 150 per dollar.",
     [("Japanese yen", "down", None, "JPY per USD", None, None)]),
    ("The euro climbed above $1.10 for the first time since March.",
     [("Euro", "up", None, "USD per EUR", None, None)]),
    ("Brent topped $80 a barrel.",
     [("Brent crude", "up", None, "USD/barrel", None, None)]),
    # index names written other ways, with "index" after them, a place word as a possessive
    ("The CAC-40 rose 0.6% and the ftse100 held steady.",
     [("CAC 40", "up", None, "points", 0.6, None), ("FTSE 100", "flat", None, "points", None, None)]),
    ("The S&P/ASX index in Sydney lost 0.5%.",
     [("S&P/ASX 200", "down", None, "points", -0.5, None)]),
    ("Shanghai\u2019s Composite index lost 0.5%.",
     [("Shanghai Composite", "down", None, "points", -0.5, None)]),
    # several instruments sharing one verb across a place phrase
    ("The CAC 40 in Paris and Frankfurt's DAX index both closed down nearly 4%.",
     [("CAC 40", "down", None, "points", -4.0, None), ("DAX", "down", None, "points", -4.0, None)]),
    ("The Shenzhen Component index \u2013 SZI gained 0.69 percent.",
     [("Shenzhen Component", "up", None, "points", 0.69, None)]),
    ("The yield on the U.S. 10-year Treasury breached 3% on Tuesday.",
     [("US 10-year Treasury yield", "up", None, "%", None, None)]),
    ("Seoul's KOSPI index and the TSEC index in Taipei both ended up 1.3%, while the Composite lost 0.5%.",
     [("Kospi", "up", None, "points", 1.3, None), ("Taiwan Weighted", "up", None, "points", 1.3, None)]),
]


def test_alias_variants_cover_hyphen_slash_space_and_possessive_spellings() -> None:
    assert alias_variants("cac 40", kind="index") == ("cac-40", "cac40")
    assert "s&p asx 200" in alias_variants("s&p/asx 200", kind="index")
    assert alias_variants("shanghai composite", kind="index") == ("shanghai's composite",)
    assert alias_variants("brent crude", kind="commodity") == ()
    assert alias_variants("cobalt prices", kind="commodity", unit="USD/tonne") == (
        "cobalt export prices", "cobalt market", "cobalt market prices", "cobalt markets", "cobalt price",
        "cobalt spot prices", "price of cobalt", "prices of cobalt")
    assert alias_variants("fuel prices", kind="commodity") == ()  # no quoted contract: no variants
    with pytest.raises(ValueError, match="kind 'metal' is not one of"):
        alias_variants("gold", kind="metal")


def test_major_world_benchmarks_are_listed() -> None:
    names = {i.name for i in load_instruments()}
    assert {"S&P/ASX 200", "Nikkei 225", "Topix", "Hang Seng", "Shanghai Composite", "Shenzhen Component",
            "Kospi", "Taiwan Weighted", "Sensex", "Nifty 50", "Straits Times Index", "FTSE Bursa Malaysia KLCI",
            "Jakarta Composite", "SET index", "PSEi", "Euro Stoxx 50", "Stoxx Europe 600", "CAC 40", "DAX",
            "FTSE 100", "FTSE 250", "IBEX 35", "FTSE MIB", "AEX", "Swiss Market Index", "OMX Stockholm 30",
            "Bovespa", "S&P/BMV IPC", "Merval", "S&P/TSX Composite", "Nasdaq Composite",
            "Dow Jones Industrial Average", "S&P 500", "Russell 2000", "MOEX Russia index", "RTS index", "VIX",
            "Australian dollar", "Canadian dollar", "South Korean won", "Brazilian real", "Mexican peso",
            "South African rand", "Swiss franc", "Gasoil", "EU carbon"} <= names


@pytest.mark.parametrize(("sentence", "expected"), PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_phrasings(sentence: str, expected: list[tuple]) -> None:
    assert notes(sentence) == expected


HEADLINES = [
    ("brent falls 2% after trump-putin call", [("Brent crude", "down")]),
    ("oil prices plunge as trump and putin agree to talks", [("Crude oil", "down")]),
    ("gold hits record high on safe-haven demand", [("Gold", "up")]),
    ("rouble rallies to six-month high against dollar", [("Russian rouble", "up")]),
    ("moex index jumps 4% on hopes of ukraine peace deal", [("MOEX Russia index", "up")]),
    ("european gas prices tumble on ceasefire hopes", [("TTF gas", "down")]),
    ("oil steady as traders weigh trump-putin call", [("Crude oil", "flat")]),
    ("wheat futures slide as black sea export fears ease", [("Wheat", "down")]),
    ("brent, wti fall 2% after trump-putin call", [("Brent crude", "down"), ("WTI crude", "down")]),
    ("dollar weakens against yen", [("US dollar", "down")]),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINES, ids=[h[0][:40] for h in HEADLINES])
def test_lower_case_headlines(headline: str, expected: list[tuple]) -> None:
    assert moves(headline) == expected


def test_several_notes_share_the_sentence_offsets() -> None:
    text = "Talks began. Brent rose 1% to $76 a barrel and WTI rose 1.2% to $72.10. Nothing else."
    found = market_notes_in(text)
    assert [n.instrument for n in found] == ["Brent crude", "WTI crude"]
    sentence = "Brent rose 1% to $76 a barrel and WTI rose 1.2% to $72.10."
    assert {(n.start, n.end, n.sentence) for n in found} == {(13, 13 + len(sentence), sentence)}


# --- numbers and words that are not market prices ---------------------------------------------------

NOT_MARKET = [
    "Kyiv agreed to support the proposal for a 30-day ceasefire with Russia.",
    "Ukraine regained 1,300 square kilometres (500 square miles) of territory.",
    "Israel launched airstrikes that killed over 400 Palestinians.",
    "In a 90-minute call the two leaders agreed to start negotiations.",
    "Trump has sought $500 billion in minerals from Ukraine.",
    "\u201cI can say we are on the 10th yard line of peace,\u201d Leavitt said.",
    "Following this revelation, global oil markets reacted.",
    "The drop reflects the ongoing sanctions targeting the Russian energy sector.",
    "Russia's oil exports fell 5% in March.",
    "She won a gold medal and her ratings rose.",
    "Gas supplies through Ukraine dropped 40% in January.",
    "Wheat exports climbed to 4.5 million tonnes.",
    "Oil and gas companies' profits rose 12%.",
    "The euro zone economy grew 0.4% in the quarter.",
    "The Treasury Secretary said talks rose to a new level.",
    "Trump's approval rating fell 3 points to 42%.",
    "He spent a dollar and prices fell everywhere.",
    "Turnout rose to 64% in the 2024 election.",
    "The S&P 500 was off the highs of the day.",
    "The central bank moved above its target range and the currency debate went past midnight.",
    "Rand Paul rose 3 places in the poll.",
    "Iran's stockpile of enriched uranium grew by 50%.",
    "Electricity prices rose 20% for households.",
]


@pytest.mark.parametrize("sentence", NOT_MARKET, ids=[s[:40] for s in NOT_MARKET])
def test_no_note_for_non_market_numbers_and_words(sentence: str) -> None:
    assert notes(sentence) == []


def test_non_market_numbers_never_become_figures_of_a_real_move() -> None:
    assert notes("Brent fell 2.3% to $75.25 a barrel after a 90-minute call on a 30-day ceasefire.") == [
        ("Brent crude", "down", 75.25, "USD/barrel", -2.3, None)]
    assert notes("Gold rose 1% as Trump sought $500 billion in minerals.") == [
        ("Gold", "up", None, "USD/oz", 1.0, None)]
    assert notes("The rouble weakened on Tuesday, when over 400 Palestinians were killed.") == [
        ("Russian rouble", "down", None, "RUB per USD", None, None)]


# --- sentences ---------------------------------------------------------------------------------------

def test_sentence_spans_keep_abbreviations_and_decimals_together() -> None:
    text = "Mr. Trump met U.S. officials. Brent fell 2.3% to $75.25.\nHeadline here"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Mr. Trump met U.S. officials.", "Brent fell 2.3% to $75.25.", "Headline here"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Brent oil gold fell rose 2.3% $75,. \n\u201c\u201dto per barrel WTI"))
               | st.characters(), max_size=300))
def test_any_text_gives_notes_inside_the_text(text: str) -> None:
    for note in market_notes_in(text):
        assert 0 <= note.start <= note.end <= len(text)
        assert text[note.start:note.end] == note.sentence
        assert note.direction in ("up", "down", "flat")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Brent", "crude", "oil", "gold", "rouble", "MOEX", "fell", "rose", "steady", "2.3%", "$75.25", "to", "at",
    "per", "barrel", "dollar", "shares", "in", "Gazprom", "or", "55 cents", ",", ".", "\n", "and", "the"]),
    max_size=40))
def test_market_like_word_salad_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    table = market_notes_for(pd.DataFrame({"article_id": ["x"], "title": [""], "text": [text]}))
    assert list(table.columns) == list(MARKET_NOTE_COLUMNS)
    for row in table.itertuples(index=False):
        assert text[row.start:row.end] == row.sentence


# --- real market news the rules were not written from ------------------------------------------------

@pytest.mark.parametrize("name", ["eval.csv", "holdout.csv", "unseen.csv"])
def test_real_market_news_figures(name: str) -> None:
    """Direction and instrument right for >= 0.9 of sentences reporting a move; a note for <= 5% of those
    reporting none. The sets and their first-run figures are described in bench/markets.py."""
    from bench.markets import EVAL_PATH, load_eval_cases, score

    cases = load_eval_cases(EVAL_PATH.with_name(name))
    assert sum(bool(c.moves) for c in cases) >= 25 and sum(not c.moves for c in cases) >= 15
    result = score(cases)
    misses = "\n".join(f"{case.text[:90]} -> {found}" for case, found in result.misses)
    assert result.moves_right >= 0.9, misses
    assert result.noted_without_move <= 0.05, misses


@pytest.mark.parametrize(("sentence", "expected"), [
    ("American Express shares fell 5.6%, while homebuilder Hovnanian Enterprises fell 9.4%.",
     [("American Express", "down"), ("Hovnanian Enterprises", "down")]),
    ("Shares of Acme Widget Holdings Group Corporation rose 3% on Monday.", [("Acme Widget Holdings Group Corporation", "up")]),
    ("Analysts praised Contoso, with shares jumping 7 percent.", [("Contoso", "up")]),
    ("Fabrikam said its shares would be listed; its shares fell 2%.", [("Fabrikam", "down")]),
    ("Stock prices of both Northwind and Tailspin have decreased.", [("Northwind", "down"), ("Tailspin", "down")]),
    ("Alpha suffered a 4% loss and Beta lost 2.1%.", [("Alpha", "down"), ("Beta", "down")]),
    ("On the exchange, Globex (down $1.20 to $30.10) traders sold.", [("Globex", "down")]),
])
def test_single_stocks_named_as_such(sentence: str, expected: list[tuple]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Labour's share of the vote fell 3% to 31%.",
    "The Pentagon's stock of Patriot missiles fell sharply last year.",
    "Porsche had tried to raise its 51% shares in Volkswagen to 75%.",
    "China grew 7% last year.",
    "GDP rose 0.3% and CPI fell 0.1%.",
])
def test_no_stock_note_for_market_shares_vote_shares_or_goods(sentence: str) -> None:
    assert market_notes_in(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The bid lifted shares, rallying the Dow Jones Industrial Average to a record.", [("Dow Jones Industrial Average", "up")]),
    ("Airlines suffer from rising oil prices.", [("Crude oil", "up")]),
    ("Rising oil production worries OPEC.", []),
    ("Hauliers struggle with fuel prices having doubled in a year.", [("Fuel", "up")]),
    ("The MICEX index opened with a gain, before falling again.", [("MOEX Russia index", "down")]),
    ("Shares for Initech were trading as low as $0.05.", [("Initech", "down")]),
    ("The yield on the 3-month U.S. Treasury bill dropped below 2.5%.", [("US 3-month Treasury bill yield", "down")]),
    ("The Nasdaq and the Standard and Poor 500, fell more than 2%.", [("Nasdaq Composite", "down"), ("S&P 500", "down")]),
])
def test_moves_told_before_reversed_or_shared(sentence: str, expected: list[tuple]) -> None:
    assert moves(sentence) == expected


def test_an_alias_in_brackets_and_a_gapped_verb() -> None:
    sentence = ("The Bombay Stock Exchange Sensitive Index (Sensex) crashed 826 points and the National Stock "
                "Exchange's index (Nifty) 246 in a day.")
    assert moves(sentence) == [("Sensex", "down"), ("Nifty 50", "down")]


@pytest.mark.parametrize("sentence, expected", [
    ("Siemens' share price has slipped after the warning.", [("Siemens", "down")]),
    ("Adidas's stock value has climbed by a fifth since March.", [("Adidas", "up")]),
    ("Shares of chip makers Infineon and ASML rose by 2 and 4 percent, respectively.",
     [("Infineon", "up"), ("ASML", "up")]),
    ("The share prices of German carmakers Opel, Audi, and Porsche have also slipped.",
     [("Opel", "down"), ("Audi", "down"), ("Porsche", "down")]),
    ("Bank shares were down 5%, with Lloyds Banking Group losing 7.2% and Barclays falling by 6.1%.",
     [("Lloyds Banking Group", "down"), ("Barclays", "down")]),
    ("German carrier Lufthansa took an 8% slump in afternoon trading.", [("Lufthansa", "down")]),
    ("Wizzair has climbed 9%.", [("Wizzair", "up")]),
    ("Inflation has declined 2%.", []),
    ("Sales fell 5% in March.", []),
])
def test_companies_named_as_stocks_in_varied_wording(sentence: str, expected: list[tuple]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Years of inflation have devalued the Venezuelan currency.", [("Venezuelan currency", "down")]),
    ("Analysts said the Liberian dollar weakened sharply.", [("Liberian dollar", "down")]),
    ("The U.S. currency reached a 10-year low against the yen.", [("US dollar", "down")]),
    ("The forint, Hungary's national currency, continues to strengthen against the euro.",
     [("Hungarian forint", "up")]),
    ("The leu, Romania's currency, continues to appreciate against the euro.", [("Romanian leu", "up")]),
    ("The rouble's sharp fall hurt importers.", [("Russian rouble", "down")]),
    ("Traders cited the rise in the price of Treasury bonds.", [("US Treasury bonds", "up")]),
])
def test_currencies_named_by_demonym_or_appositive_and_bond_prices(sentence: str, expected: list[tuple]) -> None:
    assert moves(sentence) == expected


# --- general instrument phrases and move phrases (made-up sentences, one per rule) ----------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a move told as a noun after a light verb
    ("The Kospi took heavy losses on Monday.", [("Kospi", "down")]),
    ("The Hang Seng saw a loss of 2.4% in late trade.", [("Hang Seng", "down")]),
    ("The CAC 40 posted its biggest rise in a month.", [("CAC 40", "up")]),
    ("The Sensex set five record highs in a week.", [("Sensex", "up")]),
    # the final direction of the day wins
    ("The Nasdaq climbed early on after a weak open, ending the day down 12 points.", [("Nasdaq Composite", "down")]),
    ("The FTSE 100 opened higher but closed down 40 points.", [("FTSE 100", "down")]),
    ("By the close of trading, the DAX had recovered to finish down only 0.5%.", [("DAX", "down")]),
    # a signed figure in place of the level
    ("The Dow Jones ended at -212.3 points on the day.", [("Dow Jones Industrial Average", "down")]),
    # "the market", "the index" as the index named before
    ("The Nikkei had a quiet morning until the market closed at -150 points.", [("Nikkei 225", "down")]),
    ("The S&P 500 opened flat before the index gained 1.1% in the afternoon.", [("S&P 500", "up")]),
    # indices and exchanges the data file does not list, named by their own words
    ("The Lima Stock Exchange lost 3.5% on Tuesday.", [("Lima Stock Exchange", "down")]),
    ("The Karachi Stock Exchange suffered steep losses on Monday.", [("Karachi Stock Exchange", "down")]),
    ("The Quito General Index rose 2.2% to 1,340.", [("Quito General Index", "up")]),
    ("The Oslo Bourse set three record highs this week.", [("Oslo Bourse", "up")]),
    ("The main index of the Lusaka Stock Exchange fell 1.4%.", [("Lusaka Stock Exchange", "down")]),
    # an exchange beside an index: the index moves, the exchange is where it trades
    ("The New York Stock Exchange had a rough day; the Dow Jones Industrial Average lost 2%.",
     [("Dow Jones Industrial Average", "down")]),
    ("Shares of Zorbex on the Lima Stock Exchange fell 4%.", [("Zorbex", "down")]),
    # companies named without the word "shares"
    ("The week closed with Quellmark tumbling after two of its hedge funds failed.", [("Quellmark", "down")]),
    ("Harlow Mutual, and Brennick Financial, both large mortgage lenders, saw shares fall.",
     [("Harlow Mutual", "down"), ("Brennick Financial", "down")]),
    ("Verdant Bank of Austria lost almost $2.1 billion in share value on Friday.", [("Verdant Bank", "down")]),
    ("Stock for the Corvane & Tilley company fell almost 20% in an hour.", [("Corvane & Tilley", "down")]),
    ("Halvorsen Petroleum (NYSE: HPX) rose 4% in New York.", [("Halvorsen Petroleum", "up")]),
    ("The stock of Pellworth Systems has fallen 60% since May.", [("Pellworth Systems", "down")]),
    ("Dunmore Holdings' market capitalisation fell by $4 billion in a week.", [("Dunmore Holdings", "down")]),
    ("Shares of Ardent Motors and Kelso Air fell sharply.", [("Ardent Motors", "down"), ("Kelso Air", "down")]),
    ("Trentham Group closed down 6% on Thursday.", [("Trentham Group", "down")]),
    ("Apple was up 3.5% at $120.50 in afternoon trading.", [("Apple", "up")]),
    ("Shares in Marlow (MX:MRLW) were the biggest STOXX gainers, up 5 percent.", [("Marlow", "up")]),
    # one verb before a list of instruments
    ("The report helped weaken the Turkish lira, the South African rand and the Brazilian real.",
     [("Turkish lira", "down"), ("South African rand", "down"), ("Brazilian real", "down")]),
    # a gapped verb with "by"
    ("Buyers pushed Brent up nearly 2% and WTI by close to 1.8%.", [("Brent crude", "up"), ("WTI crude", "up")]),
    # levels reached and currencies without a figure
    ("Silver hit $31 an ounce on Friday.", [("Silver", "up")]),
    ("The price of copper hit a record $10,400 a tonne.", [("Copper", "up")]),
    ("The Canadian dollar reached parity with the greenback.", [("Canadian dollar", "up")]),
    ("The Malawian kwacha was devalued by a third.", [("Malawian kwacha", "down")]),
    ("The Egyptian pound weakened.", [("Egyptian pound", "down")]),
    ("The won slid 4 percent against the dollar.", [("South Korean won", "down")]),
    ("Gasoline prices climbed to $3.90 a gallon.", [("Gasoline", "up")]),
    # more company and index forms
    ("Corlan Mining and Tessaro Gold shares rose 3% and 4%.", [("Corlan Mining", "up"), ("Tessaro Gold", "up")]),
    ("Krellwitz slumped 9 percent in Frankfurt after it cut its forecast.", [("Krellwitz", "down")]),
    ("Asian stocks slid, led by a 4% drop in Seoul's Kospi.", [("Kospi", "down")]),
    ("The Quito 20 index fell 3%.", [("Quito 20", "down")]),
    # title-case headlines, a verb gapped in a list, a move caused by the words before
    ("Shares Of Brennick Financial Plunge For Second Day", [("Brennick Financial", "down")]),
    ("The FTSE 100 increased by 1%, the DAX by 1.4% and the CAC 40 by 0.9%.",
     [("FTSE 100", "up"), ("DAX", "up"), ("CAC 40", "up")]),
    ("Heavy selling pushed the Hang Seng below 20,000 on Monday.", [("Hang Seng", "down")]),
    ("Bank shares led the Nikkei higher.", [("Nikkei 225", "up")]),
    # a descriptive aside before the verb, a commodity word in the company's description
    ("Silver, seen as a haven, rose 2% to $31 an ounce.", [("Silver", "up")]),
    ("Shares of Brazilian oil company Norvale fell 3% in Sao Paulo.", [("Norvale", "down")]),
    ("The Kospi hit a record 2,900 points on Friday.", [("Kospi", "up")]),
    ("The Nikkei and the Hang Seng rose and fell, respectively.", [("Nikkei 225", "up"), ("Hang Seng", "down")]),
    ("The dollar index, which tracks the greenback against six currencies, slipped 0.3%.",
     [("US dollar index", "down")]),
    ("Zorbex stock, which had been flat for a year, rose 3%.", [("Zorbex", "up")]),
    ("The Kospi, which closed up 1.2%, and the Nikkei, which ended down 0.4%, diverged.",
     [("Kospi", "up"), ("Nikkei 225", "down")]),
    ("Shares in Tellmark, Europe's biggest lamp maker, dropped 5.4% in Paris.", [("Tellmark", "down")]),
    ("Shares in the two companies, Zorbex and Quellmark, fell 2% and 4%.", [("Zorbex", "down"), ("Quellmark", "down")]),
    ("Crude oil closed at a record $100.01 a barrel.", [("Crude oil", "up")]),
    ("The price of uranium has risen sixfold in five years.", [("Uranium", "up")]),
    ("EUR/USD rose to 1.12 after the data.", [("Euro", "up")]),
    ("Shares of 4D Labs rose 2%.", [("4D Labs", "up")]),
    ("zBox shares fell 5% in New York.", [("zBox", "down")]),
    # legal forms left out of a company's name; "whose shares"; a price passed
    ("Shares of Zorbex Cos. fell 10%.", [("Zorbex", "down")]),
    ("Quellmark Inc. (NYSE:QM) fell 5%.", [("Quellmark", "down")]),
    ("Tellmark, whose shares fell 27% on Monday, is in talks with a rival.", [("Tellmark", "down")]),
    ("Zorbex's share price passed $700 for the first time.", [("Zorbex", "up")]),
    # stock markets named by place, and the index of an exchange named only as where trading stopped
    ("The Lusaka stock market fell 5%.", [("Lusaka stock market", "down")]),
    ("The Quito Stock Exchange's all-share index fell 2.5%.", [("Quito Stock Exchange", "down")]),
    ("Trading was halted on the Lima Stock Exchange after the index fell 5%.", [("Lima Stock Exchange", "down")]),
    ("Brennick Financial Shares Plunge", [("Brennick Financial", "down")]),
    ("Quellmark Stock Falls 10%", [("Quellmark", "down")]),
    ("The baht hit an all-time low of 38.5 against the dollar.", [("Thai baht", "down")]),
    ("The yuan was revalued by 2% in May.", [("Chinese yuan", "up")]),
    ("Exporters suffered from a fall in oil and gas prices last year.", [("Crude oil", "down"), ("Natural gas", "down")]),
    ("After weeks of losses, Zorbex Bank has been closed by regulators due to plummeting shares.",
     [("Zorbex Bank", "down")]),
    ("Palladium went over $2,000 an ounce.", [("Palladium", "up")]),
    # more move phrases of market reports
    ("The Kospi gave back 1.2% on Thursday.", [("Kospi", "down")]),
    ("The DAX erased its early gains to close 0.4% lower.", [("DAX", "down")]),
    ("The Hang Seng trimmed its losses to 0.5% by the close.", [("Hang Seng", "down")]),
    ("The FTSE 100 recorded its worst month since 2008.", [("FTSE 100", "down")]),
    ("The Nasdaq had its best week in a year.", [("Nasdaq Composite", "up")]),
    ("The Sensex marked its fifth straight day of losses.", [("Sensex", "down")]),
    ("The CAC 40 snapped a four-day losing streak.", [("CAC 40", "up")]),
    ("The rouble crept lower against the dollar.", [("Russian rouble", "down")]),
    ("The Shanghai Composite cratered 8.5%.", [("Shanghai Composite", "down")]),
    ("The value of the Malawi kwacha plummeted.", [("Malawi kwacha", "down")]),
    ("The Greek drachma fell 3% against the German mark.", [("Greek drachma", "down")]),
    # government bond yields named by their country, listed or not
    ("Greek 10-year bond yields rose above 10% for the first time.", [("Greek 10-year yield", "up")]),
    ("The yield on Irish ten-year government bonds rose to 9%.", [("Irish 10-year yield", "up")]),
    ("Portuguese bond yields soared.", [("Portuguese bond yield", "up")]),
    ("Belgian bond yields hit a euro-era high of 5.1%.", [("Belgian bond yield", "up")]),
    # asides and later clauses
    ("Copper prices, which had reached a record $10,000 a tonne in May, have since fallen by a third.",
     [("Copper", "down")]),
    ("The rand, which has lost 20% this year, could fall further if investors keep selling.",
     [("South African rand", "down")]),
    ("The DAX had recovered some of its losses but still closed 1.1% down at 5,600.", [("DAX", "down")]),
    ("Harlow Mining Group and Bank of Quellmark shares fell 9% and 11%, respectively.",
     [("Harlow Mining Group", "down"), ("Bank of Quellmark", "down")]),
    ("The sell-off wiped $20 billion off Zorbex's market value.", [("Zorbex", "down")]),
    ("Investors bid up Zorbex shares by 10%.", [("Zorbex", "up")]),
    ("Heavy selling drove down the Kospi.", [("Kospi", "down")]),
    ("Iceland's krona lost a third of its value against the euro.", [("Icelandic krona", "down")]),
    ("With Quellmark plunging to a record low, investors sold shares.", [("Quellmark", "down")]),
])
def test_general_instrument_and_move_phrases(sentence: str, expected: list[tuple]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The Tokyo Stock Exchange suffered a computer glitch on Tuesday.",
    "Trading on the Lima Stock Exchange was halted for an hour.",
    "The Consumer Confidence Index dropped to 25.",
    "The Human Development Index ranks Norway first.",
    "The Securities and Exchange Commission fined the firm $10 million.",
    "Lehman Brothers posted a loss of $2.8 billion in the second quarter.",
    "Citigroup suffered a loss of $5.1 billion on mortgage securities.",
    "Boeing soared past Airbus in orders last year, with 1,400 planes sold in the market.",
    "Obama surged in the polls after the debate, news outlets reported, and markets watched.",
    "Manchester United soared to the top of the table with a 3-0 win.",
    "Apple's market value has reached $500 billion, making it the most valuable company.",
    "Analysts expect oil prices to fall below $60 next year.",
    "Toyota sales plunged 30% in the US market.",
    "Retail Sales rose 2% in December.",
    "Walmart saw sales rise 2% in the quarter.",
    "The NYSE suspended trading in the company's shares at 10am.",
    "The Dow Jones Industrial Average was created by Charles Dow in 1896.",
    "Tokyo surged ahead in the medal table with 12 golds.",
    "Imports slumped 9 percent in Tokyo last year.",
    "The state-owned oil company raised petrol prices by 10% last week.",
    "Trading volume on the Shanghai Stock Exchange rose 20% in May.",
    "The company plans to list its shares on the Nasdaq at $18 each.",
    "Goldman Sachs raised its forecast for the S&P 500 to 1,500.",
    "The Nasdaq Composite Index includes more than 3,000 companies.",
    "The Lima Stock Exchange hit a record 300 listed companies this year.",
    "Bitcoin saw a surge in interest after the report.",
    "Demand for gold jumped 20% in India during the festival season.",
    "The Oslo Bourse set a record for new listings in 2007.",
    "Shares on the Lusaka stock market changed hands 20,000 times.",
    "The stock market crashed in 1929, and 4,000 banks failed.",
    "Zorbex saw its stock of unsold cars rise to 100,000.",
    "Tellmark, whose shares trade on the Nasdaq, employs 500 people.",
    "Zorbex tumbled out of the index in June.",
    "Oil and gas companies cut 2,000 jobs.",
    "Harlow was elected amid rising stock prices.",
    "Zorbex said it would shed 5,000 jobs.",
    "The Portuguese bonds yield 5% a year.",
    "The storm wiped out 300 homes and $2 billion of crops.",
    "Zorbex soared to prominence in the electric car market.",
    "Zorbex had its best quarter in a decade, with a net profit of $10 billion.",
])
def test_general_phrases_give_no_note_without_a_move(sentence: str) -> None:
    assert market_notes_in(sentence) == []


def test_figures_of_several_instruments_are_split_in_their_order() -> None:
    found = notes("Shares of energy companies Acme Oil and Brix Gas fell by 1.5 and 3 percent, respectively.")
    assert [(n[0], n[1], n[4]) for n in found] == [("Acme Oil", "down", -1.5), ("Brix Gas", "down", -3.0)]
    found = notes("The Nasdaq and the S&P 500 fell 2.1% and 1.8% to 2,100 and 1,250, respectively.")
    assert [(n[0], n[2], n[4]) for n in found] == [("Nasdaq Composite", 2100.0, -2.1), ("S&P 500", 1250.0, -1.8)]
    found = notes("Brent and WTI fell 2% to $80 and $76.")
    assert [(n[0], n[2], n[4]) for n in found] == [("Brent crude", 80.0, -2.0), ("WTI crude", 76.0, -2.0)]


def test_the_index_told_again_keeps_the_named_figures_when_the_move_is_the_same() -> None:
    assert [(n[0], n[1], n[4]) for n in notes("The Dow rose 2% and the market closed higher.")] == [
        ("Dow Jones Industrial Average", "up", 2.0)]


def test_signed_percentages_and_a_loss_of_a_percentage_are_changes() -> None:
    assert notes("The Kospi closed down 24.15 points or -1.64%, at 1,725.16.") == [
        ("Kospi", "down", 1725.16, "points", -1.64, -24.15)]
    assert notes("The Hang Seng saw a loss of 3.3%, falling 716 points.") == [
        ("Hang Seng", "down", None, "points", -3.3, -716.0)]


def test_figures_told_before_an_adverb_of_movement() -> None:
    assert notes("The Kospi closed the day at 2,234.5, 2.3% or 48.7 points lower than Monday's close.") == [
        ("Kospi", "down", 2234.5, "points", -2.3, -48.7)]
    assert notes("The DAX ended 1.4% higher.") == [("DAX", "up", None, "points", 1.4, None)]


def test_the_final_direction_keeps_its_own_figure() -> None:
    assert notes("The Dow rallied after falling more than 200 points, ending the day down about 25 points.") == [
        ("Dow Jones Industrial Average", "down", None, "points", None, -25.0)]


# --- the recall layer: moves the grammar misses, on made-up sentences written before the rules --------

@pytest.mark.parametrize(("name", "known_misses"), [
    ("made_up_recall1.csv", 0),
    ("made_up_recall2.csv", 1),  # 'The brent goose population fell': the grammar's alias reading, not yet guarded
    ("made_up_recall3.csv", 1),  # 'Marks and Spencer shares' (read as two companies)
    ("made_up_recall4.csv", 0),
    ("made_up_recall6.csv", 0),
    ("made_up_recall8.csv", 0),
    ("made_up_recall7.csv", 0),
    ("made_up_recall5.csv", 1),  # 'The peso firmed': which country's peso the sentence does not say
])
def test_made_up_recall_batches(name: str, known_misses: int) -> None:
    """Each batch was scored before the rules it led to (first scores in the README); every case stays right
    but the known misses."""
    from bench.markets import EVAL_PATH, load_eval_cases, score

    result = score(load_eval_cases(EVAL_PATH.with_name(name)))
    misses = "\n".join(f"{case.text[:90]} -> {found}" for case, found in result.misses)
    assert len(result.misses) == known_misses, misses


@pytest.mark.parametrize(("sentence", "expected"), [
    # a misspelt or variant index name
    ("The Nasdq composite closed 1.2% higher.", [("Nasdaq Composite", "up")]),
    ("The Hang Sang index added 310 points.", [("Hang Seng", "up")]),
    # a list with the verb gapped
    ("The FTSE 100 shed 1.4%, the DAX 1.1% and the CAC 40 0.9%.",
     [("FTSE 100", "down"), ("DAX", "down"), ("CAC 40", "down")]),
    # states and nouns of a move
    ("By noon the Kospi had turned negative.", [("Kospi", "down")]),
    ("The Swiss franc remained even against the euro.", [("Swiss franc", "flat")]),
    ("Gold stayed in positive territory, trading at $1,912 an ounce.", [("Gold", "up")]),
    ("The Nikkei 225 struck a nine-month high on Friday.", [("Nikkei 225", "up")]),
    ("It was the worst day for the Nasdaq since 2022.", [("Nasdaq Composite", "down")]),
    ("This is the biggest point loss on the Dow in three years.", [("Dow Jones Industrial Average", "down")]),
    ("The Nasdaq reached 2,020.90 points after gaining 1.59%.", [("Nasdaq Composite", "up")]),
    # companies with no share word, in a sentence about markets
    ("Investors sent Corvath Airlines 8% lower after it warned on profits.", [("Corvath Airlines", "down")]),
    # round 10: a market named by its place is its main index ("a selloff in Japanese stocks" is the Nikkei's fall)
    ("Heavy selling in internet firm quorvo sparked a selloff in Japanese stocks.",
     [("quorvo", "down"), ("Nikkei 225", "down")]),
    ("The best performer was the Ardlow Mutual insurance company, reaching a record high after gaining 4.6%.",
     [("Ardlow Mutual", "up")]),
    ("Shares of Bank of Tarrow rose 3.2%, whilst Veltrix gained 9.7%.", [("Bank of Tarrow", "up"), ("Veltrix", "up")]),
    ("Shares of Research in Motion dropped on the news.", [("Research in Motion", "down")]),
    ("Stock prices fell 61.2% for Harlow Estates; 44.8% for Quenby Group and 30% for E-Mart.",
     [("Harlow Estates", "down"), ("Quenby Group", "down"), ("E-Mart", "down")]),
    ("Apple fell 5% in New York trading after the launch.", [("Apple", "down")]),
    ("The biggest faller on the FTSE 100 was Wexcombe Homes, down 6.2%.", [("Wexcombe Homes", "down")]),
    ("Brokerage Kelstone Partners saw its shares halve in value.", [("Kelstone Partners", "down")]),
    ("The TSEC index in Taipei ended up 1.3%.", [("Taiwan Weighted", "up")]),
    ("The Kenyan shilling stabilised in 2019, and has since weakened against the dollar.", [("Kenyan shilling", "down")]),
    ("The rand strengthened 1.1% against the dollar, while the lira weakened to a record low.",
     [("South African rand", "up"), ("Turkish lira", "down")]),  # the counterpart is no move of its own
    ("Carmaker Stellbrook Auto saw its market value fall by a third.", [("Stellbrook Auto", "down")]),
    ("The only stock in positive territory was Quillon, which closed up $1.05 (+3.38%) to $32.16.", [("Quillon", "up")]),
])
def test_recall_layer_moves(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Company sales rose 12% to $4.1 billion, while net profit fell 3%.",
    "The firm's market share rose to 18% from 15% a year earlier.",
    "The airline carried 4.2 million passengers, up 6% from a year earlier.",
    "Oil output from the field fell 12% last year, the ministry said.",
    "Imports of wheat rose 8% in the first half, customs data showed.",
    "Smith's approval rating fell five points to 41%, the poll showed.",
    "Exchange students from Japan rose to 3,400 this year, up 12%.",
    "Investors said the market could fall further if talks collapse.",
    "Saudi Arabia wants to see lower oil prices, its king said.",
    "In the last quarter, airline Quennet's earnings rose to 134 million CAD.",
    "Holdings in SPDR Gold Trust have dropped to a six-year low.",
    "Zorbex tumbled out of the index in June.",
    "The ceasefire has held for 45 days and about 1,200 people have returned, up 10% on the week.",
])
def test_recall_layer_guards(sentence: str) -> None:
    assert market_notes_in(sentence) == []


def test_wire_style_share_prices_and_nouns_that_look_like_verbs() -> None:
    """Made-up sentences: a wire share price in dlrs or eighths is a stock's; 'oil firms say' names companies;
    a count as a level is no share price."""
    assert [(n.instrument, n.direction) for n in market_notes_in("Halvorsen Marine closed at 31-1/4, up 7/8.")] == [
        ("Halvorsen Marine", "up")]
    assert [(n.instrument, n.change_abs, n.value) for n in market_notes_in(
        "Halvorsen Marine rose 75 cents to 31.50 dlrs.")] == [("Halvorsen Marine", 0.75, 31.5)]
    assert [(n.instrument, n.direction) for n in market_notes_in(
        "General Motors closed on the New York Stock Exchange at 45-3/8, up 1-1/8.")] == [("General Motors", "up")]
    assert market_notes_in("Net Income rose 10 cents to 1.10 dlrs a share.") == []
    assert market_notes_in("Oil firms say demand is weak.") == []
    assert market_notes_in("Quibbly is up 240% to 5.1 million users.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The tax cut and higher international cocoa prices should lift exports.", [("Cocoa", "up")]),
    ("Lower sugar prices hurt growers in the region.", [("Sugar", "down")]),
    ("High oil prices hurt airlines.", []),
    ("Copper was quiet and early trading saw the market ease 20 dlrs on dealer selling.", [("Copper", "down")]),
    ("Copper miners saw the market as tight.", []),
    ("When Orvane said it will launch on March 3 a phone, entitled Quill, the company's shares rose 4%.",
     [("Orvane", "up")]),
])
def test_comparative_prices_and_company_referents(sentence: str, expected: list[tuple[str, str]]) -> None:
    """Made-up sentences: "higher X prices" tells a rise, "high X prices" a level; "the company's shares" point
    back past a product's name, a place and a month to the company."""
    assert moves(sentence) == expected
