"""Market notes, round 9: structural wire rules (tickers in angle brackets, relative clauses, gapped lists in
eighths, "closed down X at Y", levels compared, devaluations, moves told in passing). Every sentence here is made
up; none is copied from an eval set."""
from __future__ import annotations

import pytest

from market_cases import moves

from analysis.markets import market_notes_in


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Quillon Corp <QLN> rose 1-1/2 to 44-3/4 in active trading.", [("Quillon", "up")]),
    ("Among the oil issues, Marden Petroleum Inc <MPI> fell 5/8 to 21-1/4, Ostrava Energy Co <OEC> 1/4 to 9-1/2 "
     "and Tallis Resources Corp <TRC> 3/8 to 15.", [("Marden Petroleum", "down"), ("Ostrava Energy", "down"),
                                                   ("Tallis Resources", "down")]),
    ("Verrin Co <VRN> up three to 52-1/8, while Aldane Corp <ALD> lost 1/2 to 17-3/4.",
     [("Verrin", "up"), ("Aldane", "down")]),
])
def test_a_ticker_in_angle_brackets_is_read_past(sentence: str, expected: list[tuple[str, str]]) -> None:
    # the wire puts the ticker between the company's name and its move; the name rules read past it
    assert moves(sentence) == expected


def test_a_ticker_sentence_keeps_its_text_and_offsets() -> None:
    text = "Markets were busy. Quillon Corp <QLN> rose 1-1/2 to 44-3/4."
    [note] = market_notes_in(text)
    assert text[note.start:note.end] == note.sentence == "Quillon Corp <QLN> rose 1-1/2 to 44-3/4."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Haldane Mills, which slipped 1/2 to close at 23-3/8, said it knew of no reason for the drop.",
     [("Haldane Mills", "down")]),
    ("Corbel Industries, which edged up 1/4 to 11-7/8, was the most active issue.", [("Corbel Industries", "up")]),
    ("Pellam Systems, whose stock jumped 2-1/2 to 31 on Friday, declined to comment.", [("Pellam Systems", "up")]),
])
def test_a_relative_clause_gives_its_antecedent_the_move(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Norland Airlines closed down 1-3/8 at 27-1/2 on volume of 3.1 mln shares.", [("Norland Airlines", "down")]),
    ("Vessey Foods ended up 5/8 at 19-1/4.", [("Vessey Foods", "up")]),
    ("Kelton Paper up two to 48-1/2.", [("Kelton Paper", "up")]),
])
def test_wire_closing_moves_in_eighths(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Norland Airlines said it would buy 1.2 mln of its shares at 27-1/2 dlrs each.",
    "Kelton Paper said two of its mills would close, cutting output to 1-1/2 mln tonnes.",
    "Vessey Foods raised its stake to 12-1/2 pct from 9-1/4 pct.",
])
def test_wire_amounts_in_eighths_are_no_moves(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Silver closed in London at 5.62 dlrs an ounce, against 5.48 dlrs on Tuesday.", [("Silver", "up")]),
    ("The dollar ended at 1.8240 marks, compared with 1.8410 marks on Friday.", [("US dollar", "down")]),
    # a currency quoted as its own units to the dollar rose when the figure fell
    ("The Kenya shilling was fixed at 16.02 to the dollar, against 16.31 last week.", [("Kenyan shilling", "up")]),
    ("The Kenya shilling finished at 16.40 to the dollar, compared with 16.05 a week earlier.",
     [("Kenyan shilling", "down")]),
    ("Palm oil for June shipment was quoted at 352 ringgit a tonne, up from 341 ringgit.", [("Palm oil", "up")]),
])
def test_a_level_compared_with_an_earlier_one_gives_the_direction(sentence: str,
                                                                 expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The amount of treasury bills outstanding rose to 71.2 billion dlrs, an increase of 9.4 billion dlrs.",
    "Gold output was put at 410 tonnes, against 395 tonnes last year.",
    "Silver sales were at 4.1 mln dlrs, against 3.2 mln dlrs a year earlier.",
])
def test_amounts_compared_are_no_moves(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The gainers were Halbrook Corp <HBK>, which rose 1-1/2 to 64, Renwick Co <RWK> 3/4 to 22 and Tamsin Inc "
     "<TMS> 1-1/8 to 40.", [("Halbrook", "up"), ("Renwick", "up"), ("Tamsin", "up")]),
    ("He singled out Corvale Inc <CVL> down 1-1/4 to 38-1/2 as a laggard.", [("Corvale", "down")]),
])
def test_a_wire_stock_may_follow_any_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


def test_an_exchange_before_a_wire_change_is_no_stock() -> None:
    assert moves("Oats on the Chicago Board of Trade closed 1-1/2 to 3 cents lower.") == [("Oats", "down")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The central bank devalued the austral by 8.5 pct against the dollar.", [("Argentine austral", "down")]),
    ("Quito revalued the sucre four pct on Monday.", [("Ecuadorian sucre", "up")]),
    ("Helsinki devalued its markka by three pct.", [("Finnish markka", "down")]),
    ("Brasilia devalued the cruzado 7.3 pct against the dollar.", [("Brazilian cruzado", "down")]),
])
def test_a_devaluation_or_revaluation_is_a_move_of_the_currency(sentence: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Farm exports gained from the lower dollar last year.", [("US dollar", "down")]),
    ("Importers were squeezed by a higher yen.", [("Japanese yen", "up")]),
    # states, as the labelling rules read them
    ("Analysts said a stronger yen should curb exports.", []),
    ("The weaker pound helped tourism.", []),
    # a wish is no move
    ("The ministry wants to see lower oil prices.", []),
])
def test_a_comparative_of_level_before_a_currency(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The December bond contract slipped 9/32 to 97-20/32 at midsession.", [("US Treasury bonds", "down")]),
    ("The March bond futures contract finished 11/32 higher at 99-1/32.", [("US Treasury bonds", "up")]),
    ("The bond contract eased 4/32 late in the day.", [("US Treasury bonds", "down")]),
    ("T-bond futures fell half a point.", [("US Treasury bonds", "down")]),
    # a dated issue or a law is no futures contract
    ("The June bond issue was priced at par.", []),
    ("The Senate bill fell short of votes.", []),
])
def test_a_dated_bond_contract_is_treasury_bond_futures(sentence: str, expected: list[tuple[str, str]]) -> None:
    # on the US wire "the June bond" is the Treasury bond futures contract for June delivery
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cocoa for May delivery closed in London down 18 stg at 1,290 stg a tonne.", [("Cocoa", "down")]),
    ("Robusta for May shipment ended the day up about 25 sterling at 1,410 sterling a tonne.", [("Coffee", "up")]),
    ("Copper may fall further, traders said.", []),   # a modal is still a hedge
])
def test_a_delivery_month_may_is_no_hedge(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("North Sea Brent-grade crude slipped to 16.80 dlrs a barrel.", [("Brent crude", "down")]),
    ("Brent blend crude firmed to 18.05 dlrs from 17.90 dlrs.", [("Brent crude", "up")]),
])
def test_a_crude_grade_is_that_crude(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Decliners included Orrin Mining Ltd <ORM>, off 5/8 at 9-1/4, and Lassiter Corp <LSC>, down 1 at 41.",
     [("Orrin Mining", "down"), ("Lassiter", "down")]),
    ("Pemberton Corp, up 1-1/2 at 36-1/4, led the gainers.", [("Pemberton", "up")]),
])
def test_a_wire_price_set_off_by_commas_names_a_stock(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cotton for July delivery fell 85 points to 58.20 cents a lb.", [("Cotton", "down")]),
    ("Cotton exports for July delivery were put at 1.2 mln bales.", []),
])
def test_a_bare_commodity_moved_for_a_delivery_month(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Orders rose 12 to 45 in the month.",              # no legal form, no eighths: a count
    "Greyfield Corp said its board grew to 11 at the meeting.",
    "Greyfield Corp raised its stake 5 to 20 pct.",
])
def test_a_plain_pair_without_eighths_is_no_share_price(sentence: str) -> None:
    assert moves(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a currency after "from"/"to" is a counterpart, unless its own move follows
    ("Carmakers have suffered from the mark's sharp rise this year.", [("German mark", "up")]),
    ("Tourism gained from the peseta's fall.", [("Spanish peseta", "down")]),
    ("Exporters switched from the yen to the dollar.", []),
    # a move under way
    ("Dealers said sterling was already on its way down before the figures.", [("British pound", "down")]),
    ("Silver was on its way up when the report came out.", [("Silver", "up")]),
    ("The tanker was on its way down the coast.", []),
    # a commodity's markets, a move noun "on" them
    ("Traders blamed the recent slide on world cocoa markets on good crops.", [("Cocoa", "down")]),
    ("The copper market rallied after the strike.", [("Copper", "up")]),
    ("The tin market is small.", []),
    # a state adjective before a currency is no move, even beside another's move noun
    ("The collapse in sugar prices and the strong dollar have caused heavy farm losses.", [("Sugar", "down")]),
])
def test_moves_told_in_passing(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rexford Mills Inc, which had been named as a takeover target, rose 3-1/8 to 51-1/2.", [("Rexford Mills", "up")]),
    ("Zinc for May delivery on the London Metal Exchange closed at 462 stg a tonne, up 6 stg.", [("Zinc", "up")]),
    ("Cocoa for September shipment traded in London at 1,402 stg a tonne, against 1,377 stg on Friday.",
     [("Cocoa", "up")]),
    ("Among the chemicals, Dow Chemical rose 3/4 to 81 and Quenby Corp 1/2 to 40.",
     [("Dow Chemical", "up"), ("Quenby", "up")]),
    ("The Dow Industrials closed 9.2 points lower.", [("Dow Jones Industrial Average", "down")]),
])
def test_wire_asides_delivery_months_and_index_words_in_names(sentence: str,
                                                              expected: list[tuple[str, str]]) -> None:
    # an aside between a company and its move, a delivery month and venue between a commodity and its move,
    # and a one-word index name ("Dow") opening a company's name
    assert moves(sentence) == expected


def test_made_up_round9_batches() -> None:
    """Round 9's five made-up wire batches (163 sentences, each batch written before the rules it led to; first
    scores 0.467, 0.900, 0.750, 0.900 and 0.950 for the moves, no false note): every case stays right but two known
    misses - "The weaker dollar has helped" (labelled a fall when written; a state, as the evaluators' labelling rules read "weaker"),
    and "Gold bullion ended at 411.50 dlrs ... after 408.00 dlrs" ("after" is no comparison word)."""
    from bench.markets import EVAL_PATH, load_eval_cases, score

    misses = []
    for name in ("made_up_round9.csv", "made_up_round9b.csv", "made_up_round9c.csv", "made_up_round9d.csv",
                 "made_up_round9e.csv"):
        result = score(load_eval_cases(EVAL_PATH.with_name(name)))
        assert result.noted_without_move == 0.0
        misses += sorted(case.text[:40] for case, _ in result.misses)
    assert misses == ["The weaker dollar has helped U.S. manufa", "Gold bullion ended at 411.50 dlrs an oun"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pakistan devalued its rupee by 1.5 pct.", [("Pakistani rupee", "down")]),
    ("The central bank devalued its rupee by 3 pct.", [("Indian rupee", "down")]),  # no country: the bare word's
    ("Nigeria's naira slipped at the weekly auction.", [("Nigerian naira", "down")]),
    ("Zimbabwe's dollar fell 5 pct.", [("Zimbabwean dollar", "down")]),             # not listed: named by the place
    ("Heating oil for May delivery rose 0.60 cent to 51.20 cents a gallon.", [("Heating oil", "up")]),
])
def test_a_currency_named_by_its_country(sentence: str, expected: list[tuple[str, str]]) -> None:
    # "its rupee" after a country and "Nigeria's naira" name that country's listed currency, not the bare word's
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Delano Corp <DLN>, which on Monday fell 5/8, recovered 1-1/4 to 30-1/2.", [("Delano", "up")]),
    ("Quarry Holdings eased 1/4 to 12-3/8.", [("Quarry Holdings", "down")]),
    ("Fennick Mills firmed 3/8 to 20-1/8 in late trading.", [("Fennick Mills", "up")]),
    ("Inflation eased 0.2 pct in March.", []),
])
def test_wire_verbs_of_recovery_and_easing(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Fennick Oil firmed 3/8 to 20-1/8 in late trading.", [("Fennick Oil", "up")]),
    ("Larkspur Gold fell 1-1/2 to 30-3/4.", [("Larkspur Gold", "down")]),
    # the commodity itself, priced in eighths or dlrs
    ("Spot Gold fell 1/4 to 401-1/8.", [("Gold", "down")]),
    ("Gold rose 1/2 to 400-1/4.", [("Gold", "up")]),
])
def test_a_commodity_word_ending_a_company_name_priced_in_eighths(sentence: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert moves(sentence) == expected
