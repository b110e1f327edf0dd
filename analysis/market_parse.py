"""A second reading of market sentences, by their grammar: the moves whose instrument the pattern rules of
`analysis.markets` do not know.

The rules find a listed instrument, or a name shaped like one, and the move phrase next to it. Wire copy names
markets the list cannot hold ("Scrap crepe prices firmed", "Taipei's weighted index fell", "NTT shares ended
260,000 yen lower", "a 14 pct increase in newsprint prices", "the collapse on Wall Street"). This layer parses
each sentence that holds more move words than the rules gave notes (or a move word and a price, for lists) with
spaCy's small English pipeline (the one the quote stage loads; the sentences of an article together) and reads,
for every move word, the phrase that moved:

- a move verb's subject ("prices firmed"; "were battered"; a verb joined to an earlier one shares its subject);
- a linking verb's subject with a move adjective or adverb ("were unchanged", "ended ... lower", "was ... off");
- a move noun's object or owner ("an increase in newsprint prices", "Tokyo's stock tumble", "the collapse on
  Wall Street"); a move participle's noun ("Plunging Tokyo stock prices").

The phrase is a market when it is a listed alias (named canonically), a place's market or exchange ("the London
market", "the New York Stock Exchange": the place's main index from `data/market_places.csv`), or has a market
head word: an index or average (named as written, "Taipei weighted index"), prices of a thing ("Scrap crepe", "the
average price of rice"), "prices" on a named bond market, shares of a named company ("NTT", "AMC common shares"),
a named issuer's bonds; also a company before a wire share price or with its legal form ("Royal Insurance dropped
18p to 966", "Tenneco Inc ... rose sharply") and a bare commodity word with a change in per cent. Forecasts
("could fall", "if prices rise", "a possible rise"), negated moves, prices that are not market prices (consumer,
retail, house, food, class prices), economic indices and instruments the rules noted already give nothing; when
one instrument moves twice, the later move wins. Without spaCy the layer is skipped (the quote stage warns once).
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

_DOWN_WORDS = frozenset("""
fell fall falls falling fallen drop drops dropped dropping decline declines declined declining slid slide slides
sliding slip slips slipped slipping eased eases easing lost lose loses losing shed sheds shedding sank sink sinks
sinking sunk tumble tumbles tumbled tumbling plunge plunges plunged plunging plummet plummets plummeted plummeting
slump slumps slumped slumping dip dips dipped dipping weaken weakens weakened weakening soften softens softened
softening crash crashes crashed crashing tank tanked tanking skid skidded sag sagged sagging dive dives dived diving
dove nosedived collapse collapses collapsed collapsing retreat retreats retreated retreating depreciate depreciated
depreciating decrease decreases decreased decreasing battered hammered pummelled pummeled routed
""".split())
_UP_WORDS = frozenset("""
rose rise rises rising risen climb climbs climbed climbing jump jumps jumped jumping gain gains gained gaining
firmed firming rally rallies rallied rallying soar soars soared soaring surge surges surged surging advance advances
advanced advancing rebound rebounds rebounded rebounding recover recovers recovered recovering strengthen
strengthens strengthened strengthening rocket rockets rocketed rocketing leapt leap leaps leaped spiked spiking
appreciate appreciated appreciating increase increases increased increasing add adds added adding improve improves
improved improving
""".split())
_DOWN_NOUNS = frozenset("fall falls drop drops decline declines slide slump plunge tumble collapse crash dip "
                        "loss losses retreat selloff sell-off rout downtrend correction downturn meltdown massacre "
                        "pullback pull-back".split())
_UP_NOUNS = frozenset("rise rises gain gains jump jumps rally surge increase increases advance rebound recovery "
                      "climb uptrend upturn".split())
_RESULT_WORDS = frozenset("quarterly annual net operating pretax pre-tax first-quarter second-quarter third-quarter "
                          "fourth-quarter half-year full-year first-half second-half narrower wider".split())
"""Words that make a move noun a company's result: "a narrower quarterly loss", "a net gain"."""
_DOWN_STATES = frozenset("lower weaker softer easier down off weakly".split())
_UP_STATES = frozenset("higher firmer stronger up firm strongly firmly".split())
_FLAT_STATES = frozenset("unchanged steady flat stable".split())
_LINKING = frozenset("""
be is are was were been being end ends ended ending close closes closed closing finish finishes finished finishing
trade trades traded trading open opens opened opening stand stands stood remain remains remained stay stays stayed
settle settles settled settling start starts started quoted go goes went gone going hold holds held holding
""".split())
_MOVED_OBJECTS = frozenset("ground value gains gain losses loss points ground momentum steam altitude".split())
"""Objects of a move verb that are the move itself ("lost ground", "shed its gains")."""
_EXTREMES = {"low": "down", "lows": "down", "high": "up", "highs": "up", "peak": "up", "peaks": "up"}
"""What a level reached means: "Hutton stock hit a low of 11"."""
_REACHING = frozenset("hit hits hitting touch touched touches touching reach reached reaches reaching rose rise rises "
                      "climbed climb jumped surged".split())

_DRIVING = frozenset("drove drive drives driving pushed push pushes pushing sent send sends sending took take takes "
                     "taking lifted lift lifts lifting boosted boost boosts boosting".split())
"""Verbs that take their object to a level: "drove the exchange to a record high"."""
_CAUSING_UP = frozenset("lift lifts lifted lifting boost boosts boosted boosting buoy buoys buoyed buoying".split())
_CAUSING_DOWN = frozenset("hit hits hitting hurt hurts hurting dent dents dented denting".split())
"""Verbs whose object moved: "takeover talk lifts Domecq", "concerns have hit the greenback". ("Weighing on" gold is
pressure, not a move: no note.)"""
_TELLING = frozenset("show shows showed shown showing post posts posted posting record records recorded recording "
                     "register registers registered registering log logs logged logging see sees saw seen seeing "
                     "suffer suffers suffered suffering".split())
"""Verbs that tell a move noun of their subject: "Reynolds showing gains of 4.5%"."""

_HALTING = frozenset("halt halts halted halting stem stems stemmed stemming stop stops stopped stopping arrest arrests "
                     "arrested arresting reverse reverses reversed reversing".split())
"""Verbs that end a move: "Asian banks halt dollar's slide" tells a rise."""
_OPPOSITE = {"up": "down", "down": "up"}

_MODALS = frozenset("could may might would will should can must shall 'll".split())
_HEDGE_HEADS = frozenset("""
fear fears risk risks threat threats prospect prospects possibility chance chances danger worry worries concern
concerns talk expectation expectations hope hopes forecast forecasts
""".split())
_HEDGE_MODIFIERS = frozenset("possible potential expected likely feared further anticipated projected".split())
_CONDITIONS = frozenset("if unless whether".split())
_EXPECTING = frozenset("""
expect expects expected expecting forecast forecasts predict predicts predicted see sees likely want wants wanted
need needs needed hope hopes hoped aim aims aimed seek seeks sought intend intends intended try tries tried
""".split())

_INDEX_HEADS = frozenset("index indices indexes average averages".split())
_MARKET_HEADS = frozenset("market markets bourse bourses exchange exchanges stocks shares equities stockmarket".split())
_PRICE_HEADS = frozenset("prices price".split())
_WHOLE_MARKET_HEADS = frozenset("market markets bourse bourses exchange exchanges stockmarket prices price".split())
"""Heads that name a place's whole market, even where no one index measures its stocks ("the U.S. stock market")."""
_SHARE_HEADS = frozenset("shares share stock".split())
_SHARE_CLASSES = frozenset("common ordinary preferred preference class voting non-voting".split())
"""Words of a share class between a company and "shares" ("AMC common shares")."""
_PRICE_PAIR = re.compile(
    r"\s+(?:by\s+)?(?:(?:\d+-\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2})(?:\s+(?:dlrs?|points?))?|\d+(?:\.\d+)?\s?"
    r"(?:p|pence|cents?|dlrs?|schillings?|marks?|francs?|yen|guilders?|lire)\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:pence|cents?|dlrs?|schillings?|marks?|francs?|yen|"
    r"guilders?)\b)"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:\s+today)?)?"
    r"(?:\s+(?:to|at)\s+(?:\d|[$£])(?![^,;]*?\b(?:a|per)\s+share\b)|(?=[,.;]|$))")
"""A wire share price's change (and level) after its verb: "fell 21p to 936", "lost 1/4 to 52-1/4", "was up 1-7/8
dlrs to 48-5/8", "stood at 109-1/8, up 1-1/8", "rose eight schillings on the Vienna Bourse today to 2,008"."""
_PRICED_LEVEL = re.compile(
    r"\s+(?:by\s+)?(?:\d[\d.,]*\s?(?:%|pct\b|per\s?cent\b|percent\b),?\s+(?:(?:higher|lower)\s+)?)?(?:to|at)\s+"
    r"(?:(?:US\$|\$|€|£)\s?\d|\d[\d.,]*\s?(?:eur\b|euros?\b|kronor\b|kroner\b|kronas?\b|crowns?\b|dlrs?\b|"
    r"dollars?\b|pence\b|yen\b|francs?\b|sek\b|nok\b|dkk\b|usd\b))")
"""A share price's change in per cent and its level in money after the move word: "was up 0.12 pct to 16.70 eur",
"(was 0.48 pct higher) at 18.77 eur", "fell 8.9 percent to 13.35 kronor"."""
_NEXT_CLAUSE = re.compile(r",?\s+(?:while|whereas|but|and|as)\s+(?=[A-Z])|;")
"""Where the figures after a move word stop: the next clause, about another instrument."""
_PCT_BEFORE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(?:%|pct|percent|per\s?cent)\s+$")
"""A change in per cent right before a state word ("0.48 pct higher")."""
_EIGHTHS_LEVEL = re.compile(r"\b(?:stood|was|were|is|traded|trading|closed|ended|opened)\s+at\s+\d+-\d{1,2}/\d{1,2},?\s*$")
"""A wire share price given as a level in eighths before its move: "stood at 109-1/8, up 1-1/8"."""
_FIGURE_AFTER = re.compile(r"\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?\d[\d.,]*\s?(?:%|pct\b|per\s?cent\b|percent\b)")
_BUSINESS_NOUNS = frozenset("firm firms company group giant maker producer bank lender carrier airline retailer insurer "
                            "miner operator conglomerate rival rivals competitor peer club partner house".split())
"""A business noun before a company's name ("Telecoms firm Eircom", "US media giant TimeWarner")."""
_TICKER_AFTER = re.compile(r"[^\S\n]*<[A-Z][A-Za-z0-9.&-]{0,9}>")
"""A ticker in angle brackets right after a name, as the wire writes a listed company ("IBM <IBM> fell 31")."""
_LEGAL_FORM = frozenset("inc inc. corp corp. co co. ltd ltd. plc ag sa nv".split())
_PAPER_HEADS = frozenset("futures bonds bond yields yield gilts notes".split())
_NOT_MARKET_PRICES = frozenset("""
consumer retail house housing home property land food producer import export ticket drug petrol pump wholesale
electricity energy fuel gasoline fare fares rent rents wage wages labour labor gas power water bread milk fertiliser
fertilizer transfer selling purchase purchasing offer asking sale list listing ceiling floor target support contract
world international domestic local average minimum maximum higher lower these those such its their his her our
pint pints beer pub drink drinks cigarette cigarettes tobacco bus train taxi parking stamp stamps postage
""".split())
"""Words before "prices" that make them no market's price (or too vague to name one)."""
_DROPPED_MODIFIERS = frozenset("""
the a an this that these those its their his her our some all huge massive big sharp steep record heavy slight
modest small large recent further latest current new early late initial overall key leading broad
broader benchmark widely main day day's plunging falling rising soaring tumbling surging sliding slumping
""".split())
_COMPANY_TAGS = frozenset(("NNP", "NNPS"))
_NOT_MARKET_INDICES = frozenset("""
consumer confidence sentiment price prices producer manufacturing services purchasing managers business leading
inflation happiness corruption development freedom peace misery fear volatility housing house home employment
production output activity climate heat quality safety wellbeing well-being health human perception gender
""".split())
"""Words that make an index an economic or social measure, not a market's ("Consumer Confidence Index")."""
_BREAKS = frozenset(",;:()[]\"'“”‘’")
"""Punctuation that is no part of a name (a slash, hyphen or ampersand is: "S&P/ASX")."""
_CLASS_WORDS = frozenset("""
grain grains commodity commodities metal metals farm crop crops asset assets material materials product products
raw goods world global
""".split())
"""Words before "prices" that name a class of goods, not one market."""
_STOCK_WORDS = frozenset("stock share equity stockmarket sharemarket main broader 's".split())
"""What may stand between a place and its market word for the place's main index ("Tokyo's stock tumble")."""
_MONTHS = frozenset("january february march april may june july august september october november december".split())
MOVE_HINT = re.compile(
    r"\b(?:prices?|index|indices|indexes|average|shares|stocks?|markets?|bourses?|exchanges?|futures|bonds?|yields?|"
    r"gilts|equities|inc|corp|co|ltd|plc|(?:year|yearly|month|week|time|record|new|fresh)[\s-]+(?:high|low|peak)s?)\b",
    re.IGNORECASE)
"""A sentence needs one of these words (or a listed alias, or a cue of the rules) before it is parsed."""
_GENERIC_WORDS = _INDEX_HEADS | _MARKET_HEADS | _PRICE_HEADS | _SHARE_HEADS | _PAPER_HEADS | frozenset(
    "the stock share composite general all-share index benchmark government treasury crude oil spot".split())
_MAX_CHARS = 600
_MOVE_WORD = re.compile(r"\b(?:" + "|".join(sorted(
    _DOWN_WORDS | _UP_WORDS | _DOWN_NOUNS | _UP_NOUNS | _DOWN_STATES | _UP_STATES | _FLAT_STATES | set(_EXTREMES)
    | _CAUSING_UP | _CAUSING_DOWN,
    key=len, reverse=True)) + r")\b")


_COUNTER_WORDS = frozenset(("vs", "vs.", "versus", "against"))
"""Words before what a move is measured against ("Dollar Hits 4-Wk Low Vs Euro")."""


@lru_cache(maxsize=4)
def _places(path: str) -> dict[str, str]:
    """Place (lower case) -> the name of its stock market's main index, from `market_places.csv` beside the
    instruments file."""
    from analysis.markets import read_market_places  # noqa: PLC0415 (markets imports this module)

    return {place: index for _, place, index, _ in read_market_places(Path(path).with_name("market_places.csv"))}


@lru_cache(maxsize=4)
def _market_only_places(path: str) -> frozenset[str]:
    """Places whose stock market only "<place> stock market" or "<place> stock prices" names (`alone` is "market"):
    "U.S. stocks" are no one index."""
    from analysis.markets import read_market_places  # noqa: PLC0415 (markets imports this module)

    return frozenset(place for _, place, _, alone in read_market_places(Path(path).with_name("market_places.csv"))
                     if alone == "market")


def _direction(token) -> str | None:
    word = token.lower_
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if word in _DOWN_WORDS:
            return "down"
        if word in _UP_WORDS:
            return "up"
    return None


def _noun_direction(token) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    return "down" if token.lower_ in _DOWN_NOUNS else "up" if token.lower_ in _UP_NOUNS else None


def _hedged(token) -> bool:
    """Whether the move at `token` is a forecast, a condition, a wish or denied."""
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in ("not", "n't", "never", "no"):
            return True
        if child.dep_ == "aux" and (child.lower_ in _MODALS or child.lower_ == "to"):
            return True
        if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
            return True
        if child.dep_ in ("amod", "det") and child.lower_ in _HEDGE_MODIFIERS | {"no", "any"}:
            return True
    node = token
    for _ in range(6):
        if node.dep_ in ("xcomp", "ccomp") and node.head.lower_ in _EXPECTING:
            return True
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children):
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.lower_ in _HEDGE_HEADS:
            return True
        if node.head is node:
            break
        if node.dep_ not in ("conj", "xcomp", "ccomp", "pobj", "prep", "advcl", "relcl"):
            break
        node = node.head
    return False


def _subject(verb):
    """The subject of `verb`, or of the verb it is joined to ("fell 2% and closed lower")."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):  # "prices firming on demand"
            return node.head
        break
    return None


def _moves(doc) -> list[tuple[object, str, object]]:
    """(phrase head, direction, cue token) for every move word with a phrase it is about."""
    found = []
    for token in doc:
        direction = _direction(token)
        if direction is not None:
            if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):  # "Plunging Tokyo stock prices"
                if not _hedged(token.head):
                    found.append((token.head, direction, token))
                continue
            if _hedged(token) or any(c.dep_ == "dobj" and not any(t.like_num or any(ch.isdigit() for ch in t.text)
                                                                  for t in c.subtree)
                                     and c.lower_ not in _MOVED_OBJECTS for c in token.children):
                continue  # "Google has dropped the use of its name": a transitive verb, no price's move
            subject = _subject(token)
            if subject is not None:
                found.append((subject, direction, token))
            continue
        if word_causes := _caused(token):
            found += word_causes
            continue
        noun = _noun_direction(token)
        if noun is not None:
            if _hedged(token) or any(c.dep_ == "amod" and c.lower_ in _RESULT_WORDS for c in token.children):
                continue  # "posted a narrower quarterly loss": a company's result, no price's move
            if token.dep_ == "dobj" and token.head.lower_ in _HALTING and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children):
                noun = _OPPOSITE[noun]  # "banks halt the dollar's slide": the dollar rose (not "to stop" it: an aim)
            if token.dep_ == "dobj" and token.head.lower_ in _TELLING and not _hedged(token.head) and not any(
                    c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
                        o.dep_ == "pobj" and o.lower_.rstrip("s") not in _TIME_NOUNS for o in c.children)
                    for c in token.children):  # not "a surge in interest" ("its biggest slide in a month" is)
                subject = _subject(token.head)  # "Reynolds showing gains of 4.5%"
                if subject is not None:
                    found.append((subject, noun, token))
                    continue
            before = len(found)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "of", "on"):
                    objects = [c for c in child.children if c.dep_ == "pobj"
                               and not any(t.like_num for t in c.subtree if t.i <= c.i)]  # not "a gain of some
                    # 3.1 mln euro": an amount
                    found += [(o, noun, token) for o in objects]
                elif child.dep_ == "poss":  # "Tokyo's stock tumble": the owner with the noun's own words
                    found.append((token, noun, token))
            if len(found) == before and any(c.dep_ == "compound" for c in token.children):
                found.append((token, noun, token))  # "the latest sharp oil price rises": the noun's own words
            continue
        if token.lower_ == "pressure" and token.dep_ == "pobj" and token.head.lower_ == "under" and \
                token.head.head.pos_ in ("VERB", "AUX") and not _hedged(token.head.head):
            subject = _subject(token.head.head)  # "ICH Corp's stock continued under pressure"
            if subject is not None:
                found.append((subject, "down", token))
            continue
        word = token.lower_
        state = ("down" if word in _DOWN_STATES else "up" if word in _UP_STATES
                 else "flat" if word in _FLAT_STATES else None)
        if state is not None and token.dep_ in ("advmod", "pcomp") and state != "flat":
            held = _with_object(token)
            if held is not None:  # "…, with closest rival JFE Holdings down 3.4%"
                found.append((held, state, token))
                continue
        if state is not None and token.dep_ == "prep" and not _figure_follows(token):
            continue  # "was off the highs of the day": a preposition, no state
        if state is not None and token.dep_ in ("acomp", "advmod", "attr", "prt", "npadvmod", "oprd", "advcl", "prep"):
            # ("were down a single penny": the parse may take "down" for a preposition)
            verb = token.head
            for _ in range(2):  # "opened at six dlrs, up 1/2": the state may hang on the level
                if verb.lower_ in _LINKING or verb.head is verb or verb.pos_ == "VERB":
                    break
                verb = verb.head.head if verb.dep_ == "pobj" else verb.head
            if verb.lower_ in _LINKING and not _hedged(verb):
                subject = _subject(verb)
                if subject is not None:
                    found.append((subject, state, token))
            continue
        if word in _EXTREMES and token.dep_ in ("dobj", "advmod", "npadvmod", "attr", "acomp") \
                and token.head.lower_ in _REACHING \
                and not _hedged(token.head):  # "hit a five year high" (parsed "high" as an adverb too), "touched a peak"
            subject = _subject(token.head)
            if subject is not None:
                found.append((subject, _EXTREMES[word], token))
            continue
        if word in ("highest", "lowest") and token.head.dep_ == "pobj" and token.head.head.lower_ == "to" and \
                token.head.head.head.pos_ == "VERB" and not _hedged(token.head.head.head):
            subject = _subject(token.head.head.head)  # "shares rose to their highest level since 2002"
            if subject is not None:
                found.append((subject, "up" if word == "highest" else "down", token))
    return found


def _figure_follows(token) -> bool:
    """Whether a figure or an amount follows `token` ("down 3%", "down a single penny", "down $2")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and (following.like_num or following.lower_ in ("a", "an") or following.is_currency)


def _with_object(state):
    """The noun a state word right after it tells of, in "with <noun> up/down N%" (the parse hangs the state on the
    main verb, beside the "with"; or makes the noun the state's subject, under the "with")."""
    if state.dep_ == "pcomp" and state.head.lower_ == "with":
        return next((c for c in state.children if c.dep_ == "nsubj" and c.i == state.i - 1), None)
    for child in state.head.children:
        if child.dep_ == "prep" and child.lower_ == "with" and child.i < state.i:
            noun = next((o for o in child.children if o.dep_ == "pobj"), None)
            if noun is not None and noun.i == state.i - 1:
                return noun
    return None


def _caused(token) -> list[tuple[object, str, object]]:
    """The move a causing verb tells of its object: "talk lifts Domecq" (up), "has hit the greenback" (down); not a
    level reached ("hit a high") nor a forecast."""
    word = token.lower_
    if not (token.pos_ == "VERB" or token.tag_.startswith("VB")) or _hedged(token):
        return []
    if word in _DRIVING:  # "earnings drove the Jakarta exchange to a record high"
        reached = [_EXTREMES[w.lower_] for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj" for w in [o, *o.children] if w.lower_ in _EXTREMES]
        # ("to a record high" parses "high" as the object or as a word hung on "record")
        if reached:
            return [(c, reached[0], token) for c in token.children if c.dep_ == "dobj"]
    if word in _CAUSING_UP or word in _CAUSING_DOWN:
        direction = "up" if word in _CAUSING_UP else "down"
        if any(c.dep_ == "agent" for c in token.children):  # "EMI shares hit by profit warning", "lifted by talk"
            moved = [c for c in token.children if c.dep_ == "nsubjpass"]
            if not moved and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
                moved = [token.head]
            return [(m, direction, token) for m in moved]
        last = max((t.i for t in token.doc if not t.is_punct), default=-1)
        if token.i == last and not any(c.dep_ == "dobj" for c in token.children):
            subject = _subject(token)  # "Krispy Kreme shares hit": a headline's passive without its "by"
            return [(subject, direction, token)] if subject is not None else []
        return [(c, direction, token) for c in token.children if c.dep_ == "dobj" and c.lower_ not in _EXTREMES
                and c.lower_ not in ("record", "level", "levels", "mark")]
    return []


def _phrase(head) -> list:
    """The words that name what `head` stands for: its left modifiers and itself, without articles and the
    like; a possessive's "'s" dropped ("Taipei's weighted index" -> Taipei weighted index)."""
    words = []
    depth = 0  # brackets: "Acme (NASDAQ: ACME) shares" names the company, never the exchange it lists on
    for token in head.subtree:
        if token.i > head.i:
            break
        if token.text in "()":
            depth += 1 if token.text == "(" else -1 if depth else 0
            continue
        if depth:
            continue
        if token is not head and (token.dep_ in ("det", "predet", "case", "neg", "advmod") or token.dep_ == "punct"
                                  and token.text in _BREAKS or token.dep_ == "cc" and token.lower_ not in ("&", "and")):
            continue
        if token is not head and token.lower_ in _DROPPED_MODIFIERS and (token.is_sent_start or not token.text[:1].isupper()):
            continue
        if token is not head and (_direction(token) or token.lower_ in _DOWN_WORDS | _UP_WORDS):
            continue
        words.append(token)
    return words


def _text(tokens) -> str:
    """The words as the sentence writes them: runs of neighbouring tokens keep their own spacing, a gap left by
    a dropped word is one space ("Taipei's weighted index" -> "Taipei weighted index")."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    parts, run = [], [tokens[0]]
    for token in tokens[1:]:
        if token.i == run[-1].i + 1:
            run.append(token)
        else:
            parts.append(doc.text[run[0].idx:run[-1].idx + len(run[-1].text)])
            run = [token]
    parts.append(doc.text[run[0].idx:run[-1].idx + len(run[-1].text)])
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _conjuncts(head) -> list:
    """`head` and the nouns joined to it, however deep the chain ("London, Frankfurt and Paris")."""
    found, todo = [head], [head]
    while todo:
        node = todo.pop()
        joined = [c for c in node.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        found += joined
        todo += joined
    return found


def _place_name(token) -> str:
    """A place as written, with its compound words ("South Korea")."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    return " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))


def _instruments(head, matcher, path: str, *, indices_noted: bool = False, priced: bool = False,
                 figured: bool = False) -> list[tuple[str, str]]:
    """(name, kind) of each market `head` names; empty when it names none. `indices_noted`: the rules noted an
    index in the sentence, so a place's market in general is that index, not the place's main one. `priced`:
    the move word is followed by a share price's change and level, so a company's name is its stock; `figured`:
    by a change in per cent or money, so a bare commodity word is that commodity's price."""
    words = _phrase(head)
    if not words or any(t.lower_ in _COUNTER_WORDS for t in words):
        return []  # "Dollar Hits 4-Wk Low Vs Euro": what a move is measured against did not move
    text = _text(words)
    ticker = _TICKER_AFTER.match(head.doc.text, head.idx + len(head.text)) is not None  # "IBM <IBM> fell 31 to 104"
    business = max((k for k, t in enumerate(words) if t.lower_ in _BUSINESS_NOUNS and t.text.islower()), default=None)
    if business is not None and business + 1 < len(words) and head.tag_ in _COMPANY_TAGS:
        words = words[business + 1:]  # "Telecoms firm Eircom": the name after the business noun
        text = _text(words)
    company_name = head.tag_ in _COMPANY_TAGS and all(
        t.tag_ in _COMPANY_TAGS or t.text.isupper() or t.lower_ in ("&", "and", "-") for t in words) \
        and not (len(words) == 1 and _known_places(words, path)) \
        and not any(t.lower_ in _FIGURE_WORDS for t in words)
    if company_name and (priced or ticker or head.lower_ in _LEGAL_FORM and len(words) > 1):
        # "Royal Insurance dropped 18p to 966", "Tenneco Inc ... rose sharply today", "UPM-Kymmene was 0.48 pct
        # higher at 18.77 eur"
        from analysis.markets import _company_name  # noqa: PLC0415 (markets imports this module)

        name = _company_name(_text([t for t in words if t.lower_ not in _LEGAL_FORM]))
        return [(name, "stock")] if name else []
    head_word = head.lower_
    generic_head = head_word in _MARKET_HEADS | _INDEX_HEADS | _PRICE_HEADS | _SHARE_HEADS | _PAPER_HEADS | (
        _DOWN_NOUNS | _UP_NOUNS)  # a move noun with its owner: "sterling's uptrend"
    if head_word in _MARKET_HEADS and not indices_noted:  # "Indonesian, Indian and Hong Kong stock markets"
        several = _several_places([t for t in words if t is not head], _places(path))
        if several:
            return [(place, "index") for place in several]
    from analysis.markets import _QUANTITY_NOUNS, _listing_exchange  # noqa: PLC0415 (markets imports this module)

    found = [(m, matcher.instrument_of(m.group())) for m in matcher.aliases_in(text)
             if not _listing_exchange(text, m.start(), m.end())]
    # (not the exchange in a company's ticker bracket: "Acme Holdings' (NASDAQ:ACM) earnings decline")
    known = {i for _, i in found if i is not None and i.kind != "ignore"}
    if len(known) == 1 and next(iter(known)).kind == "commodity":
        match = next(m for m, i in found if i in known)
        if head_word in _QUANTITY_NOUNS or any(w in _QUANTITY_NOUNS for w in text[match.end():].lower().split()):
            return []  # "US crude stocks have improved", "Heating-Oil Supply Rise": the inventories, as the rules read them
    if len(known) == 1:
        match = next(m for m, i in found if i in known)
        covers_head = match.end() >= len(text) - len(head.text)
        instrument = known.pop()
        return [(instrument.name, instrument.kind)] if covers_head or generic_head else []
    if known:
        return []
    places = _places(path)
    modifiers = [t for t in words if t is not head]
    if head_word in _PRICE_HEADS and modifiers and all(t.lower_ in ("share", "stock", "equity") for t in modifiers) \
            and not indices_noted:  # "Share prices in London, Frankfurt and Paris": each place's market
        named = [places.get(_place_name(c)) for child in head.children if child.dep_ == "prep"
                 and child.lower_ in ("in", "on") for obj in child.children if obj.dep_ == "pobj"
                 for c in _conjuncts(obj)]
        if named and all(named):
            return [(n, "index") for n in dict.fromkeys(named)]
    market_word = head_word in _MARKET_HEADS | _INDEX_HEADS or (
        head_word in _PRICE_HEADS | _DOWN_NOUNS | _UP_NOUNS and any(t.lower_ in ("stock", "share", "equity")
                                                                      for t in words))
    if market_word and not indices_noted:
        in_place = _place_words(modifiers, places)
        place = next((places[key] for key in in_place.values()
                      if head_word in _WHOLE_MARKET_HEADS or key not in _market_only_places(path)), None)
        others = [t for t in modifiers if t.i not in in_place and t.lower_ not in _STOCK_WORDS | _EXCHANGE_WORDS]
        if place is not None and not others:  # "the London market", "Tokyo's stock tumble"
            return [(place, "index")]
        if head_word in _MARKET_HEADS and all(t.lower_ in _STOCK_WORDS for t in modifiers):
            # "Markets in Taiwan and South Korea", "Stock markets in Indonesia and India"
            named = [places.get(_place_name(c)) for child in head.children if child.dep_ == "prep"
                     and child.lower_ in ("in", "on") for obj in child.children if obj.dep_ == "pobj"
                     for c in _conjuncts(obj)]
            if named and all(named):
                return [(n, "index") for n in dict.fromkeys(named)]
    if head_word in _INDEX_HEADS:
        if not any(t.tag_ in _COMPANY_TAGS for t in modifiers) or any(t.lower_ in _NOT_MARKET_INDICES
                                                                        for t in modifiers):
            return []  # "the index", "the three indexes": the rules point them back to the indices named
        return [(text, "index")]
    of_object = next((o for c in head.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "for"
                                                                        and head_word in _PRICE_HEADS)
                      for o in c.children if o.dep_ == "pobj"), None)
    if head_word in _PRICE_HEADS and not modifiers or head_word in ("price", "prices") and of_object is not None:
        # "Prices rose on the Danish bond market", "The average price of rice fell 27 pct"
        if of_object is not None and of_object.pos_ == "NOUN" and all(
                t.lower_ in _CLASS_WORDS for t in _phrase(of_object)[:-1]):  # "the price of raw material aluminium"
            listed = ({matcher.instrument_of(m.group()) for m in matcher.aliases_in(of_object.text)}
                      or {matcher.instrument_of(m.group()) for m in matcher.aliases_in(of_object.text.rstrip("s"))}
                      ) - {None}
            # "the price of both benchmark crudes": the singular names the listed commodity
            if len(listed) == 1:  # "the rise in the price of the dollar"
                instrument = listed.pop()
                return [(instrument.name, instrument.kind)] if instrument.kind != "ignore" else []
            commodity = _commodities(path).get(of_object.lower_)
            if commodity is not None:
                return [(commodity.name, commodity.kind)]
            if of_object.lower_ not in _NOT_MARKET_PRICES | _CLASS_WORDS and (
                    of_object.lower_.rstrip("s") not in _NOT_MARKET_PRICES):  # "the price for tickets"
                return [(of_object.text[:1].upper() + of_object.text[1:], "commodity")]
            return []
        market = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                       for o in c.children if o.dep_ == "pobj" and o.lower_ in ("market", "markets")), None)
        if market is not None:
            return _instruments(market, matcher, path, indices_noted=indices_noted)
        return []
    if head_word in _MARKET_HEADS and modifiers and modifiers[-1].lower_ in _PAPER_HEADS:
        paper = [t for t in modifiers]  # "the Danish bond market": the bonds
        if any(t.lower_ in places or t.tag_ in _COMPANY_TAGS for t in paper[:-1]):
            name = _text(paper)
            return [(name[:1].upper() + name[1:] + ("s" if not name.endswith("s") else ""), "bond")]
    in_object = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj"), None)
    if in_object is not None and in_object.tag_ not in _COMPANY_TAGS and in_object.lower_ in _BUSINESS_NOUNS:
        # "Shares in online auction house eBay": the name in apposition with the business noun
        in_object = next((c for c in in_object.children if c.dep_ == "appos" and c.tag_ in _COMPANY_TAGS), in_object)
    if head_word == "shares" and of_object is None and in_object is not None and in_object.tag_ in _COMPANY_TAGS:
        of_object = in_object  # "Shares in UK Coal have fallen"
    if head_word == "shares" and of_object is not None and of_object.tag_ in _COMPANY_TAGS:
        owned = _phrase(of_object)
        business = max((k for k, t in enumerate(owned) if t.lower_ in _BUSINESS_NOUNS and t.text.islower()), default=None)
        if business is not None:
            owned = owned[business + 1:]  # "Shares in struggling German football club Borussia Dortmund"
        company = [t for t in owned if t.tag_ in _COMPANY_TAGS]  # "Preference shares of ... Creditanstalt"
        if company and not _known_places(company, path):
            return [(_text(company), "stock")]
    if head_word in _PRICE_HEADS:
        if not modifiers or any(t.lower_ in _NOT_MARKET_PRICES | _CLASS_WORDS | _MONTHS
                                or t.lower_ in ("stock", "share", "equity", "bond") or t.lower_ in places
                                or t.pos_ == "PROPN" and t.i > 0 for t in modifiers):
            return []
        name = _text(modifiers)
        return [(name[:1].upper() + name[1:], "commodity")]
    if head_word in _SHARE_HEADS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        modifiers = [t for t in modifiers if t.text not in _TIME_ZONES]  # "by 1300 GMT Carnival's shares"
        company = [t for t in modifiers if (t.tag_ in _COMPANY_TAGS and t.text not in _PLACE_INITIALS)
                   or t.lower_ in ("&", "and")
                   or t.text.isupper() and len(t.text) > 1 and t.lower_ not in places
                   and t.text not in _PLACE_INITIALS  # "EMI shares" (tagged a common noun); not "US shares"
                   or t.lower_ == "of" and 0 < modifiers.index(t) < len(modifiers) - 1]  # "Bank of Ireland shares"
        classes = [t for t in modifiers if t.lower_ in _SHARE_CLASSES]
        return [(_text(company), "stock")] if company and len(company) + len(classes) == len(modifiers) else []
    commodity = _commodities(path).get(head_word) if head.pos_ == "NOUN" and not modifiers else None
    if commodity is not None and figured:  # "cotton was down 22 pct"
        return [(commodity.name, commodity.kind)]
    if head_word in _PAPER_HEADS and head_word != "futures" and any(
            t.tag_ in _COMPANY_TAGS and t.lower_ not in ("treasury", "government") or t.lower_ in places
            for t in modifiers) and not any(
            t.lower_ in _NOT_MARKET_PRICES for t in modifiers):  # "Japanese government bonds", not "bond yields"
        return [(text[:1].upper() + text[1:], "bond")]
    return []


_FIGURE_WORDS = frozenset("""
net income profit profits sales revenue revenues earnings turnover dividend dividends output volume exports imports
""".split())
"""Capitalised words of a company's figure, not its name ("Net Income rose 10 cents to 1.10 dlrs a share")."""


@lru_cache(maxsize=4)
def _commodities(path: str) -> dict:
    """Bare commodity words of the data file ("cotton", "rice") -> their instrument."""
    from analysis.markets import _commodity_words  # noqa: PLC0415 (markets imports this module)

    return {w: i for w, i in _commodity_words(path).items() if w not in _NOT_MARKET_PRICES}


_PLURAL_MARKETS = re.compile(r"\b(?:markets|bourses|exchanges|indices|indexes)\b")
_PLACE_INITIALS = frozenset("US USA UK GB EU UN UAE".split())
_TIME_NOUNS = frozenset("day week month year decade quarter session".split())
_TIME_ZONES = frozenset("GMT BST UTC EST EDT CET CEST ET".split())
"""Time zones a time before a company's name brings in ("by 1300 GMT Carnival's shares")."""
_EXCHANGE_WORDS = frozenset("stock exchange".split())
"""Words of an exchange's name after its place ("the New York Stock Exchange" for its market)."""


def _place_words(words, places: dict[str, str]) -> dict[int, str]:
    """Token index -> the place key it is part of, for the places (one or two words) among `words`."""
    found: dict[int, str] = {}
    for a, b in zip(words, words[1:]):
        key = f"{a.lower_} {b.lower_}"
        if b.i == a.i + 1 and key in places:
            found[a.i] = found[b.i] = key
    for token in words:
        if token.i not in found and token.lower_ in places:
            found[token.i] = token.lower_
    return found


def _several_places(modifiers, places: dict[str, str]) -> list[str]:
    """The main indices of two or more places listed before a market word, when nothing else modifies it."""
    in_place = _place_words(modifiers, places)
    named = list(dict.fromkeys(places[key] for key in in_place.values()))
    others = [t for t in modifiers if t.i not in in_place and t.lower_ not in _STOCK_WORDS | _EXCHANGE_WORDS
              and t.lower_ not in ("and", "&")]
    return named if len(named) > 1 and not others else []


def _known_places(words, path: str) -> bool:
    places = _places(path)
    return any(t.lower_ in places for t in words)


def _market_in_clause(cue, matcher) -> list[tuple[str, str]]:
    """The one index the rest of a clause names on or in, for a move of "markets" or "equities" in general
    ("Equity markets dropped sharply ..., touching a day's low of 1,766.7 on the FTSE 100 index")."""
    words = [t for t in cue.subtree if t.i > cue.i]
    if not words:
        return []
    text = _text(words)
    known = {i for m in matcher.aliases_in(text) if re.search(r"\b(?:on|in)\s+(?:the\s+)?$", text[:m.start()])
             for i in [matcher.instrument_of(m.group())] if i is not None and i.kind == "index"}
    return [(known.pop().name, "index")] if len(known) == 1 else []


def worth_parsing(sentence: str, notes: list) -> bool:
    """Whether `sentence` may hold a move the rules' `notes` of it lack: more move words than notes, or a move word
    and a price (lists such as "the price of rice fell 27 pct, corn 18 pct")."""
    if len(sentence) > _MAX_CHARS:
        return False
    lower = sentence.lower()
    words = len(_MOVE_WORD.findall(lower))
    return words > len(notes) or words > 0 and ("price" in lower  # "The average price of rice fell 27 pct, corn 18"
                                                 or " and " in lower and _PLURAL_MARKETS.search(lower) is not None)
    # "Indonesian, Indian and Hong Kong stock markets reached record highs": one move, several markets


def with_parsed_notes(sentences: list[tuple[str, int, list]], matcher, path: str) -> list[list]:
    """For each (sentence, offset of the sentence in its text, the rules' notes of it): the notes with the moves
    the parse finds of instruments the rules did not note. The sentences are parsed together (`nlp.pipe`)."""
    from analysis.quotes import _parser  # noqa: PLC0415 (the quote stage's loader: one model per process)

    nlp = _parser() if sentences else None
    if nlp is None:
        return [notes for _, _, notes in sentences]
    docs = nlp.pipe([sentence for sentence, _, _ in sentences])
    return [_with_parsed(doc, sentence, offset, notes, matcher, path)
            for doc, (sentence, offset, notes) in zip(docs, sentences)]


def _with_parsed(doc, sentence: str, offset: int, notes: list, matcher, path: str) -> list:
    from analysis.markets import Instrument, MarketNote, _figures, signed_changes  # noqa: PLC0415 (markets imports it)

    noted = [n.instrument.lower() for n in notes]
    taken = _noted_spans(sentence, noted, matcher)
    main = set(_places(path).values())
    indices_noted = any(n.instrument not in main and re.search(r"\b(?:index|average)$", n.instrument.lower())
                        for n in notes)  # "The Frankfurt bourse ended weaker, with the Commerzbank index down"
    found: dict[str, tuple[int, MarketNote]] = {}
    for head, direction, cue in _moves(doc):
        after = cue.idx + len(cue.text)
        priced = (_PRICE_PAIR.match(sentence, after) is not None or _PRICED_LEVEL.match(sentence, after) is not None
                  or _EIGHTHS_LEVEL.search(sentence, 0, cue.idx) is not None
                  or cue.lower_ in _EXTREMES or cue.lower_ in ("highest", "lowest"))  # only prices hit a yearly high
        held = _with_object(cue) if cue.lower_ in _DOWN_STATES | _UP_STATES else None
        if not priced and held is not None and held.i == head.i and _FIGURE_AFTER.match(sentence, after) is not None:
            priced = True  # "…, with rival JFE Holdings down 3.4%": beside another stock's move, a share price
        figured = priced or _FIGURE_AFTER.match(sentence, after) is not None
        for target in _conjuncts(head) if head is not cue else [head]:
            named = _instruments(target, matcher, path, indices_noted=indices_noted, priced=priced, figured=figured)
            if not named and target.lower_ in ("markets", "equities", "bourses", "stocks") and \
                    target.dep_.startswith("nsubj") and not indices_noted:
                named = _market_in_clause(cue, matcher)
            if not named and target.lower_ in _PRICE_HEADS and len(_phrase(target)) == 1:
                named = [n for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "in") for o in c.children
                         if o.dep_ == "pobj" and o.lower_ in ("market", "markets")
                         for n in _instruments(o, matcher, path, indices_noted=indices_noted)]  # "Prices rose on the
                # Danish bond market"
            if named and len(named) > 1 and _overlaps(target, taken, noted):
                named = [(n, k) for n, k in named if n.lower() not in noted]  # "Indonesian, Indian and Hong Kong
                # stock markets": the places the rules did not note
            elif not named or _overlaps(target, taken, noted):
                continue  # the rules noted it ("Milan Stock Index (MIB)", "U.K. Government bonds (gilts)")
            for name, kind in named:
                if name.lower() in noted or name.lower() in found and found[name.lower()][0] > cue.i:
                    continue
                value = unit = pct = change = None
                if direction != "flat":
                    instrument = Instrument(name, kind, "points" if kind == "index" else None, None, (name.lower(),))
                    tail = sentence[cue.idx + len(cue.text):]
                    cut = _NEXT_CLAUSE.search(tail)  # "…, while Kallio B added 0.50 pct": another's figures
                    value, unit, pct, change = _figures(tail[:cut.start()] if cut else tail, instrument)
                    told = _PCT_BEFORE.search(sentence, 0, cue.idx)
                    if pct is None and told is not None:  # "was 0.48 pct higher at 18.77 eur"
                        pct = float(told.group(1).replace(",", ""))
                pct, change = signed_changes(direction, pct, change)
                # the later move word wins ("was briefly depressed ... but opened very strongly again")
                found[name.lower()] = (cue.i, MarketNote(name, value, unit, pct, change, direction, sentence, offset,
                                                         offset + len(sentence)))
    return list(notes) + [note for _, note in found.values()]


def _noted_spans(sentence: str, noted: list[str], matcher) -> list[tuple[int, int]]:
    """Where the sentence names what the rules noted: their aliases and the names as written."""
    spans = [(m.start(), m.end()) for m in matcher.aliases_in(sentence)
             if (named := matcher.instrument_of(m.group())) is not None and named.name.lower() in noted]
    lower = sentence.lower().replace(" and ", " & ")
    for name in noted:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name.replace(" and ", " & ")), lower)]
    return spans


def _overlaps(head, taken: list[tuple[int, int]], noted: list[str]) -> bool:
    """Whether `head`'s phrase (with what it names in apposition or brackets) is where the rules found a noted
    instrument, or shares a distinctive word with one, allowing for misspelling ("The Nikkie 225 average")."""
    words = list(_phrase(head))
    words += [t for c in head.children if c.i > head.i and c.dep_ in ("appos", "punct", "nmod", "npadvmod")
              for t in c.subtree]
    start, end = min(t.idx for t in words), max(t.idx + len(t.text) for t in words)
    if any(a < end and start < b for a, b in taken):
        return True
    distinct = {t.lower_ for t in words if len(t.text) > 2 and t.lower_ not in _GENERIC_WORDS}
    named = {w for n in noted for w in re.findall(r"[\w'-]+", n) if len(w) > 2 and w not in _GENERIC_WORDS}
    return any(difflib.SequenceMatcher(None, a, b).ratio() >= 0.8 for a in distinct for b in named)
