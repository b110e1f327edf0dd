"""The market notes' parse layer (`analysis.market_parse`): moves whose instrument the pattern rules do not know,
read from the grammar of the sentence. Made-up wire and news sentences, one per form, with exact expectations;
the guards; and the fallback to the rules alone when spaCy is missing."""
from __future__ import annotations

import pytest
from market_cases import moves
from parser_marks import needs_parser

from analysis import market_parse, quotes
from analysis.markets import market_notes_in


def _rules_alone(text: str) -> list[tuple[str, str]]:
    return [(n.instrument, n.direction) for n in market_notes_in(text, parsed=False)]


PARSED = [
    # a move verb's subject: prices of a thing the data file does not list
    ("Smoked sheet prices firmed on steady demand at the Kuala Lumpur auction, dealers said.",
     [("Smoked sheet", "up")]),
    # a linking verb with a state
    ("Pepper prices were unchanged at the Kochi market on Monday.", [("Pepper", "flat")]),
    # an index the data file does not list, named by its place and its own words
    ("Taipei's weighted index fell almost by its full permitted level, shedding 172.9 points to close at 3,492.9.",
     [("Taipei weighted index", "down")]),
    # a company's shares, the move a state after a linking verb
    ("Sony shares ended 9,000 yen lower at 2.65 mln each, well down from their peak of 3.18 mln in April.",
     [("Sony", "down")]),
    # a low reached
    ("Kubota shares hit a low of 910 yen before noon.", [("Kubota", "down")]),
    # a move noun with what moved after "in"
    ("A 9 pct increase in kraft paper prices since June hurt packaging margins, the company said.",
     [("Kraft paper", "up")]),
    # a move noun with the market after "on": a place that names its market alone
    ("Panic spread through Asia following the collapse on Wall Street.", [("Dow Jones Industrial Average", "down")]),
    # a possessive place with a stock word before a move noun
    ("One effect of Frankfurt's stock slide has been a flight to cash.", [("DAX", "down")]),
    # markets named by their places, each its main index
    ("Markets in Thailand and Malaysia were battered again on Friday.",
     [("SET index", "down"), ("FTSE Bursa Malaysia KLCI", "down")]),
    # "the X market" of a place as a move verb's subject
    ("The Madrid market has fallen almost 11 pct since Monday.", [("IBEX 35", "down")]),
    # a share class between the company and "shares"; the state after the level it hangs on
    ("Kestrel common shares opened at six dlrs, up 1/2, after the bid.", [("Kestrel", "up")]),
    # a move noun with its owner
    ("Exporters complained of sterling's uptrend on currency markets.", [("British pound", "up")]),
    # the later move word wins
    ("The Swiss franc was briefly depressed by the rate cut but opened very strongly again this morning.",
     [("Swiss franc", "up")]),
    # "prices" on a named bond market
    ("Prices rose on the Danish bond market after the minister spoke.", [("Danish bonds", "up")]),
    # the price of a thing; a bare commodity word with a change in per cent, in a list the rules read in part
    ("The average price of jute fell 12 pct, cotton was down 22 pct and wheat 16 pct.",
     [("Jute", "down"), ("Wheat", "down"), ("Cotton", "down")]),
    # shares of a company behind an adjective, priced in schillings on a bourse
    ("Preference shares of state-controlled Kastelbank rose eight schillings on the Vienna Bourse today to 2,008.",
     [("Kastelbank", "up")]),
    # a company priced in eighths: after a linking verb, or as a level before its move
    ("Bellmont was up 1-7/8 dlrs to 48-5/8.", [("Bellmont", "up")]),
    ("Harlow Chemical, which opened with a two point gain, stood at 109-1/8, up 1-1/8.", [("Harlow Chemical", "up")]),
    # a company named with its legal form as the subject of a move verb
    ("Brandt Industries Inc, long rumored to be a takeover target, rose sharply today.", [("Brandt Industries", "up")]),
    # a move noun on an exchange named by its place (two words) and "Stock Exchange": the place's main index
    ("Brokers fear that Monday's record loss of 500 points on the New York Stock Exchange will scare savers.",
     [("Dow Jones Industrial Average", "down")]),
    # "under pressure" after a verb other than "came"
    ("Harlan Corp's stock continued under pressure because of lower earnings expectations, analysts said.",
     [("Harlan Corp", "down")]),
    # a company with its ticker in angle brackets, moved by plain figures
    ("Kestrel <KST> fell 31 to 104 as the Dow Jones Industrial Average dropped more than 500 points.",
     [("Dow Jones Industrial Average", "down"), ("Kestrel", "down")]),
    # a correction is a fall
    ("The stock market correction on Wall Street frightened savers.",
     [("Dow Jones Industrial Average", "down")]),
    # Nordic wire: a company with a change in per cent and a level in euros or kronor, its ticker and class dropped
    ("Among paper issues, Norvik Paper was 0.48 pct higher at 18.77 eur, while Kallio B added 0.50 pct to 3.99 eur.",
     [("Kallio", "up"), ("Norvik Paper", "up")]),
    # the price for or of a thing, "has gone up", "improved", a class word before the thing
    ("The price for logs has clearly improved from 2009 and also the price of pulpwood has gone up.",
     [("Logs", "up"), ("Pulpwood", "up")]),
    ("The price of raw material aluminium went up at the end of 2005, but the outlook is good.",
     [("Aluminium", "up")]),
    # a high, a peak or the highest level reached: only prices do that, so a company's name is its stock
    ("Telecoms firm Kelcom hit a yearly high after the results.", [("Kelcom", "up")]),
    ("Allied Ulster Banks touched a five year peak on Friday.", [("Allied Ulster Banks", "up")]),
    ("The Brazilian real has hit a five year high.", [("Brazilian real", "up")]),
    # markets in general, the index named where the clause says they fell to
    ("Equity markets slumped after the data, touching a low of 2,010.4 on the CAC 40 index.",
     [("CAC 40", "down")]),
]


@needs_parser
@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_the_parse_reads_moves_the_rules_miss(text: str, expected: list[tuple[str, str]]) -> None:
    assert moves(text) == expected
    assert _rules_alone(text) != expected  # the parse layer's own work, not the rules'


@needs_parser
def test_parsed_notes_carry_the_figures_after_the_move() -> None:
    note, = market_notes_in("Taipei's weighted index fell 4.7 pct to close at 3,492.9.")
    assert (note.instrument, note.change_pct, note.value, note.unit) == ("Taipei weighted index", -4.7, 3492.9, "points")


NOT_MOVES = [
    "The Consumer Confidence Index dropped to 25.",  # an economic index
    "Consumer prices rose 0.4 pct in May.",  # inflation, not a market price
    "Grain prices fell on the Chicago Board of Trade.",  # a class of goods, not one market
    "Investors worried about a possible rise in steel prices.",  # a forecast
    "Labour's share of the vote fell 3% to 31%.",  # a share that is no stock
    "The Pentagon's stock of Patriot missiles fell sharply last year.",
    "Bond yields climbed as the auction went badly.",  # yields of no named issuer
    "Sales of the new issue were slowed by the decline in American credit markets.",  # credit, not stocks
    "The three indexes fell together.",  # indices pointed back to, not named
    "Net Income rose 10 cents to 1.10 dlrs a share.",  # earnings per share, not a share price
    "The union came under pressure to settle.",  # pressure on no market
    "The paper ran a correction on Tuesday.",  # a correction of no market
    "A sales gain of some 3.1 mln euro will be booked in 2007.",  # an amount of a currency, not its move
    "The price for tickets went up.",  # a retail price
    "Internet company Kestrel Inc. has dropped the use of its old name.",  # a transitive verb, no price
    "Unemployment hit a five year high.",  # no market
    "Kestrel <KST> said profits rose 10 pct.",  # a ticker, but the company's figure moved
    "The latest job losses worried investors.",  # a move noun's own words name no market
    "Sterling's weakness worried the Treasury.",  # a state, not a move
    "Brandt Industries Inc's profits rose sharply last year.",  # the company's figure, not its stock
    "Pepper prices did not fall at the Kochi market.",  # denied
    "If pepper prices fall again, growers will hold back stock.",  # a condition
]


@needs_parser
@pytest.mark.parametrize("text", NOT_MOVES)
def test_the_parse_adds_no_note_for_other_numbers_classes_forecasts_and_denials(text: str) -> None:
    assert moves(text) == []


ALREADY_NOTED = [
    ("The S&P/ASX index in Sydney lost 0.5%.", [("S&P/ASX 200", "down")]),
    ("Standard & Poor's 500 Index shed 30.35 points, or 3.08%, to 955.05.", [("S&P 500", "down")]),
    ("The Nikkie 225 average ended the morning 0.6% lower.", [("Nikkei 225", "down")]),  # misspelt, corrected
    ("Saatchi and Saatchi shares rose one pence to 885p.", [("Saatchi and Saatchi", "up")]),
    ("The Frankfurt bourse ended weaker, with the Commerzbank index down 14.2 points at 1,832.4.",
     [("Commerzbank index", "down")]),
    # a company's name before a wire share price ("fell 9p to 888") is read by the rules; the parse adds nothing
    ("Norland Insurance dropped 18p to 966 and Harwick Mills fell 9p to 888.",
     [("Norland Insurance", "down"), ("Harwick Mills", "down")]),
]


@needs_parser
@pytest.mark.parametrize(("text", "expected"), ALREADY_NOTED)
def test_the_parse_adds_nothing_the_rules_noted_under_another_name(text: str, expected: list) -> None:
    assert moves(text) == expected


def test_without_spacy_the_rules_alone_give_the_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotes, "_parser", lambda: None)
    assert moves("Smoked sheet prices firmed on steady demand.") == []
    assert moves("Brent crude fell 2.3% to $75.25 a barrel.") == [("Brent crude", "down")]


def test_a_sentence_without_a_move_word_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail() -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(quotes, "_parser", fail)
    assert moves("The talks on the ceasefire resumed in Riyadh, where the market was closed.") == []
    assert not market_parse.worth_parsing("The talks resumed in Riyadh.", [])
