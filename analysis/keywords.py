"""Keyphrases per article (YAKE), and what the dashboard charts from them: a corpus ranking, trends by day
or week (and outlet), and keyword-in-context sentences.

Per article, YAKE 0.7.3 scores candidate phrases of up to three words (score: lower is more relevant).
On top of YAKE's ranking this module makes one entry per idea:

- the title is its own sentence, and so is every heading line, so neither runs into the next sentence;
  title-cased headlines are re-cased ("Trump Eyes Meeting" -> "Trump eyes meeting") so their words do
  not pass for names;
- a possessive ("Trump’s") ends a phrase, so "Trump ’s" and "Trump team" never appear;
- titles and honorifics are stripped from names and are never keyphrases themselves; variants of one
  name merge: "President Vladimir Putin", "Russian President Vladimir", "Vladimir Putin" and "Putin"
  are the one entry "Vladimir Putin"; case, hyphen and dot variants merge ("U.S." = "US",
  "cease-fire" = "ceasefire");
- page furniture and other non-phrases listed in `data/stop_phrases.txt` are dropped, and so is the
  article's own outlet name (a masthead).

A merged entry keeps the best (lowest) YAKE score of its variants; `variants` lists them.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import wordfreq
import yake
from rapidfuzz import fuzz, process
from segtok.segmenter import split_multi

from analysis.keyword_candidates import Candidate, yake_candidates

KEYWORD_COLUMNS: tuple[str, ...] = ("article_id", "keyphrase", "score", "rank")
VARIANTS_COLUMN = "variants"
"""Extra column of the `keywords` table: the surface forms merged into the keyphrase, " | "-separated."""
RANKING_COLUMNS: tuple[str, ...] = ("keyphrase", "n_articles", "share", "mean_score", "corpus_score")
TREND_COLUMNS: tuple[str, ...] = ("period", "keyphrase", "n_articles", "share")
CONTEXT_COLUMNS: tuple[str, ...] = ("article_id", "title", "outlet", "published", "sentence")

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
STOP_PHRASES_PATH = DATA_DIR / "stop_phrases.txt"
ACTORS_PATH = DATA_DIR / "actors.csv"
DEDUP_FUNCS: tuple[str, ...] = ("seqm", "jaro", "levs")
FREQS: tuple[str, ...] = ("D", "W")
NAME_SIMILARITY = 90
"""Names of as many words at least this similar (rapidfuzz ratio, 0-100) are one name across articles."""
GENERIC_ZIPF = (4.0, 6.5)
"""In the corpus ranking, a one-word keyphrase in lower case (not a name) is scaled down by how common
it is in general English (Zipf frequency from `wordfreq`: 3 = once per million words, 6 = once per
thousand): x1 at or below the first value ("ceasefire" 3.3, "sanctions" 4.0), x0 at or above the second
("with" 6.6), linear in between ("peace" 5.0: x0.59, "war" 5.5 and "call" 5.5: x0.4)."""


@dataclass(frozen=True, slots=True)
class KeywordConfig:
    """How keyphrases are extracted. The option names are yake 0.7.3's own (snake_case).

    - `n`: longest phrase, in words (1-5).
    - `top`: keyphrases kept per article (>= 1).
    - `dedup_func` / `dedup_lim`: YAKE's near-duplicate test ("seqm", "jaro" or "levs") and the
      similarity (0-1) above which a lower-ranked phrase is dropped; 1.0 switches it off. Name variants
      are merged whatever these say.
    - `window_size`: YAKE's co-occurrence window, in words (>= 1).
    - `lan`: language of YAKE's stop-word list ("en", "pt", ...).
    - `stop_phrases`: the stop-phrase file (see `data/stop_phrases.txt` for its format).
    - `actors`: the actor registry of the actors analysis (`data/actors.csv`: actor, aliases separated
      by "|"), read only and only if it exists; a keyphrase that is an actor's alias is shown under the
      actor's name ("Zelenskyy" -> "Volodymyr Zelensky"), so keyphrases and actors agree. None: unused.
    """

    n: int = 3
    top: int = 20
    dedup_func: Literal["seqm", "jaro", "levs"] = "seqm"
    dedup_lim: float = 0.9
    window_size: int = 1
    lan: str = "en"
    stop_phrases: Path = field(default=STOP_PHRASES_PATH)
    actors: Path | None = field(default=ACTORS_PATH)

    def __post_init__(self) -> None:
        if not isinstance(self.n, int) or not 1 <= self.n <= 5:
            raise ValueError(f"n must be an int from 1 to 5 (words per phrase), got {self.n!r}")
        if not isinstance(self.top, int) or self.top < 1:
            raise ValueError(f"top must be an int >= 1 (keyphrases per article), got {self.top!r}")
        if self.dedup_func not in DEDUP_FUNCS:
            raise ValueError(f"dedup_func must be one of {', '.join(DEDUP_FUNCS)}, got {self.dedup_func!r}")
        if not isinstance(self.dedup_lim, (int, float)) or not 0.0 <= self.dedup_lim <= 1.0:
            raise ValueError(f"dedup_lim must be a number from 0 to 1 (similarity), got {self.dedup_lim!r}")
        if not isinstance(self.window_size, int) or self.window_size < 1:
            raise ValueError(f"window_size must be an int >= 1 (words), got {self.window_size!r}")
        if not isinstance(self.lan, str) or len(self.lan) < 2:
            raise ValueError(f"lan must be a language code such as 'en', got {self.lan!r}")
        object.__setattr__(self, "stop_phrases", Path(self.stop_phrases))
        if self.actors is not None:
            object.__setattr__(self, "actors", Path(self.actors))

    def yake_options(self) -> dict[str, object]:
        """The keyword arguments of `yake.KeywordExtractor` this config stands for."""
        return {"lan": self.lan, "n": self.n, "dedup_lim": self.dedup_lim, "dedup_func": self.dedup_func,
                "window_size": self.window_size, "top": self.top}


DEFAULT_CONFIG = KeywordConfig()


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """One keyphrase of one article: YAKE `score` (lower is more relevant), `rank` 1 = best, and the
    surface forms merged into it (`variants`, best first)."""

    keyphrase: str
    score: float
    rank: int
    variants: tuple[str, ...]


# --------------------------------------------------------------------------------------------------
# Stop phrases


@dataclass(frozen=True, slots=True)
class StopPhrases:
    """The parsed stop-phrase file: each entry as a tuple of normalised words."""

    titles: frozenset[tuple[str, ...]]
    alone: frozenset[tuple[str, ...]]
    anywhere: frozenset[tuple[str, ...]]
    title_words: frozenset[str] = field(init=False)
    """Every word that ends a title ("president", "minister", ...)."""
    anywhere_by_word: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, compare=False)
    """`anywhere` entries by their first word, for a quick look-up."""
    title_rests: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, compare=False)
    """For titles of several words, what follows their first word, by that word ("press" -> ("secretary",))."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title_words", frozenset(t[-1] for t in self.titles))
        by_word: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.anywhere:
            by_word.setdefault(phrase[0], []).append(phrase)
        object.__setattr__(self, "anywhere_by_word", {w: tuple(p) for w, p in by_word.items()})
        rests: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:
            if len(title) > 1:
                rests.setdefault(title[0], []).append(title[1:])
        object.__setattr__(self, "title_rests", {w: tuple(r) for w, r in rests.items()})

    def has_anywhere_phrase(self, words: Sequence[str]) -> bool:
        """Whether `words` contain one of the `anywhere` entries."""
        by_word = self.anywhere_by_word
        return any(tuple(words[i:i + len(phrase)]) == phrase
                   for i, word in enumerate(words) if word in by_word for phrase in by_word[word])


_SECTIONS = ("titles", "alone", "anywhere")


@lru_cache(maxsize=8)
def load_stop_phrases(path: Path = STOP_PHRASES_PATH) -> StopPhrases:
    """The stop phrases in `path` (read once per path). A missing file means no stop phrases."""
    sections: dict[str, set[tuple[str, ...]]] = {name: set() for name in _SECTIONS}
    if not Path(path).exists():
        return StopPhrases(frozenset(), frozenset(), frozenset())
    current: str | None = None
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            if current not in sections:
                raise ValueError(f"{path}:{number}: unknown section [{current}]; "
                                 f"accepted: {', '.join(f'[{s}]' for s in _SECTIONS)}")
            continue
        if current is None:
            raise ValueError(f"{path}:{number}: entry {line!r} before any section; "
                             f"start with one of {', '.join(f'[{s}]' for s in _SECTIONS)}")
        words = tuple(_normal_words(line))
        if words:
            sections[current].add(words)
    return StopPhrases(*(frozenset(sections[name]) for name in _SECTIONS))


@lru_cache(maxsize=8)
def load_actor_aliases(path: Path | None = ACTORS_PATH) -> dict[str, str]:
    """`phrase_key` of each actor name and alias -> the actor's name, from the actors registry at
    `path` (columns `actor` and `aliases`, aliases separated by "|"). A missing file, no path, or a
    file without those columns gives {}; an alias two actors share is left out (ambiguous)."""
    if path is None or not Path(path).exists():
        return {}
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or "actor" not in rows[0]:
        return {}
    seen: dict[str, set[str]] = {}
    for row in rows:
        actor = (row.get("actor") or "").strip()
        if not actor:
            continue
        for name in [actor, *(row.get("aliases") or "").split("|")]:
            key = phrase_key(name.strip())
            if key:
                seen.setdefault(key, set()).add(actor)
    return {key: next(iter(actors)) for key, actors in seen.items() if len(actors) == 1}


# --------------------------------------------------------------------------------------------------
# Normalisation

_APOSTROPHE_IN_WORD = re.compile(r"(?<=[^\W\d_])[’‘`](?=[^\W\d_])")
_POSSESSIVE = re.compile(r"(?<=[^\W_])'s?\b|(?<=s)'(?=\s|$)")
_CURLY_QUOTES = re.compile(r"[‘’“”«»„‚‹›]")
_KEY_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
_KEY_DROP = re.compile(r"(?<=\w)[.\-‐‑–'](?=\w)|\.$")
_WORD_SPLIT = re.compile(r"[^\w.\-'&]+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
NAME_PARTICLES = frozenset({"al", "bin", "ibn", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von"})


def _straight(text: str) -> str:
    return _APOSTROPHE_IN_WORD.sub("'", text)


def _normal_words(phrase: str) -> list[str]:
    """`phrase` as case-folded words, with dots, hyphens and possessive 's inside words dropped."""
    phrase = _straight(phrase).casefold()
    phrase = _KEY_DROP.sub("", _KEY_POSSESSIVE.sub("", phrase))
    return [w.strip(".'-&") for w in _WORD_SPLIT.split(phrase) if w.strip(".'-&")]


@lru_cache(maxsize=200_000)
def phrase_key(phrase: str) -> str:
    """The form two phrases share when they are the same phrase: case-folded, hyphens, dots and
    possessive 's dropped ("U.S." and "US", "Cease-Fire" and "ceasefire" share a key)."""
    return " ".join(_normal_words(phrase))


def compound_key(phrase: str) -> str:
    """`phrase_key` without spaces: the form a compound shares whether written closed, hyphenated or
    open ("ceasefire", "cease-fire" and "cease fire" all give "ceasefire")."""
    return phrase_key(phrase).replace(" ", "")


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    k = len(part)
    return any(tuple(words[i:i + k]) == tuple(part) for i in range(len(words) - k + 1))


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word.lower() in NAME_PARTICLES


def _is_name(surface: Sequence[str]) -> bool:
    """All words capitalised (name particles such as "bin" aside), and at least one a real name word."""
    return bool(surface) and all(_is_name_word(w) for w in surface) and any(w[:1].isupper() for w in surface)


# --------------------------------------------------------------------------------------------------
# Preparing the text YAKE reads


def _recase_heading(line: str, reference: str) -> str:
    """`line` with title-case words lower-cased unless `reference` (the body) spells them capitalised."""
    words = line.split(" ")
    long_words = [w for w in words[1:] if len(w) > 3 and w[:1].isalpha()]
    if not long_words or sum(w[:1].isupper() for w in long_words) < 0.6 * len(long_words):
        return line
    out = [words[0]]
    for word in words[1:]:
        core = word.strip("\"'“”‘’:,;.!?()[]")
        if (core[:1].isupper() and not core.isupper()
                and not re.search(r"\b" + re.escape(core) + r"\b", reference)):
            word = word.replace(core, core.lower(), 1)
        out.append(word)
    return " ".join(out)


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


@lru_cache(maxsize=4096)
def _spelled_out(acronym: str) -> re.Pattern[str]:
    """Capitalised words whose initials spell `acronym` ("North Atlantic Treaty Organization" for
    NATO; "of", "and", "for", "the" may sit between them), with an "(NATO)" after them."""
    joint = r"\s+(?:(?:of|and|for|the|on)\s+){0,2}"
    words = joint.join(rf"{letter}[a-z]+" for letter in acronym)
    return re.compile(rf"\b{words}\b(?:\s*\({acronym}\))?")


def _unify_acronyms(document: str) -> str:
    """`document` with the spelled-out form of each acronym of three to six capitals it uses written
    as the acronym, so YAKE counts both as one phrase ("North Atlantic Treaty Organization" -> NATO)."""
    for acronym in set(_ACRONYM.findall(document)):
        document = _spelled_out(acronym).sub(acronym, document)
    return document


def _as_sentence(line: str) -> str:
    return line if _SENTENCE_END.search(line) else line + "."


def prepare_text(title: str | None, text: str | None) -> str:
    """The document YAKE reads: the title and every heading line as sentences of their own (a full
    stop added where a line has no final punctuation), title-case headings re-cased, a title repeated
    at the top of the body dropped, the spelled-out form of an acronym the text also uses written as
    the acronym, possessives turned into phrase boundaries."""
    title = _straight((title or "").strip())
    lines = [line.strip() for line in _straight(text or "").splitlines()]
    lines = [line for line in lines if line]
    while title and lines and phrase_key(lines[0]) == phrase_key(title):
        lines.pop(0)
    reference = "\n".join(line for line in lines if _SENTENCE_END.search(line))
    out = []
    if title:
        out.append(_as_sentence(_recase_heading(title, reference)))
    for line in lines:
        if not _SENTENCE_END.search(line):
            line = _as_sentence(_recase_heading(line, reference))
        out.append(line)
    document = "\n".join(out)
    document = _POSSESSIVE.sub(" ,", _unify_acronyms(document))
    return _CURLY_QUOTES.sub('"', document)


# --------------------------------------------------------------------------------------------------
# Per-article extraction


@dataclass(frozen=True, slots=True)
class _Member:
    """One YAKE candidate inside a group: its score, surface, and title-free core (words and surface)."""

    score: float
    order: int
    surface: str
    core: tuple[str, ...]
    core_surface: str


@dataclass(slots=True)
class _Group:
    """Candidates merged into one idea; `members[0]` is the one YAKE ranked best."""

    members: list[_Member]
    is_name: bool
    words: set[str] = field(default_factory=set)
    """Every word of the members' cores."""
    actor: str | None = None
    """The actor registry's name for this group, when one of its forms is an actor's alias."""
    compounds: set[str] = field(default_factory=set)
    """The members' cores written without spaces ("cease fire" and "ceasefire" -> "ceasefire")."""

    def __post_init__(self) -> None:
        for member in self.members:
            self.words.update(member.core)
            self.compounds.add("".join(member.core))

    @property
    def score(self) -> float:
        return self.members[0].score

    @property
    def order(self) -> int:
        return self.members[0].order

    @property
    def cores(self) -> list[tuple[str, ...]]:
        return [m.core for m in self.members]

    def absorb(self, member: _Member) -> None:
        self.members.append(member)
        self.words.update(member.core)
        self.compounds.add("".join(member.core))
        self.members.sort(key=lambda m: (m.score, m.order))


def _strip_titles(words: list[str], surface: list[str], stop: StopPhrases) -> int:
    """How many leading words of a phrase are a title with its modifiers ("Russian President", "US
    Vice President", "Kremlin spokesman"): everything up to the last title word, when all words before
    it are capitalised or titles, and a name follows."""
    title_words = stop.title_words
    cut = 0
    for i, word in enumerate(words):
        if word in title_words and all(_is_name_word(s) or w in title_words
                                        for w, s in zip(words[:i], surface[:i])):
            cut = i + 1
    if cut < len(words) and not surface[cut][:1].isupper():
        return 0  # "Russian president agrees": the title does not introduce a name
    return cut


def _is_title(words: Sequence[str], stop: StopPhrases) -> bool:
    """Whether `words` consist only of titles ("president", "vice president", "mr")."""
    if not words:
        return True
    for end in range(len(words), 0, -1):
        if tuple(words[:end]) in stop.titles:
            return _is_title(words[end:], stop)
    return False


class _Extractor:
    """One YAKE extractor plus the stop phrases; built once per config and process."""

    def __init__(self, config: KeywordConfig) -> None:
        self.config = config
        self.yake = yake.KeywordExtractor(**config.yake_options())
        self.stop = load_stop_phrases(config.stop_phrases)
        self.aliases = load_actor_aliases(config.actors)
        self.stopwords = frozenset(self.yake.stopword_set)

    def candidates(self, document: str) -> list[Candidate]:
        """YAKE's valid candidates, best first (what `KeywordExtractor.extract_keywords` ranks), with
        YAKE's scores, from `yake_candidates` (the same numbers as `yake.data.DataCore`, 3x faster)."""
        return yake_candidates(document.replace("\n", " "), self.stopwords, n=self.config.n,
                               window_size=self.config.window_size)

    def keyphrases(self, title: str | None, text: str | None, *, outlet: str | None = None) -> list[Keyphrase]:
        document = prepare_text(title, text)
        if not document.strip():
            return []
        try:
            ranked = self.candidates(document)
        except (ValueError, ZeroDivisionError, IndexError, KeyError):  # odd text YAKE cannot score
            return []
        outlet_key = tuple(_normal_words(outlet)) if outlet else None
        doc = _Document(document, self.stop, self.yake.stopword_set)
        groups: list[_Group] = []
        top = self.config.top
        full_at: int | None = None
        for order, cand in enumerate(ranked):
            if len(groups) >= top:
                full_at = order if full_at is None else full_at
                if order > full_at + top:
                    break  # later candidates are a long way down and could only join a group
            else:
                full_at = None
            surface = cand.kw.split()
            words = _normal_words(cand.kw)
            if len(words) != len(surface) or not words or self._is_junk(words, surface, outlet_key, doc, cand.tf):
                continue
            cut = _strip_titles(words, surface, self.stop)
            member = _Member(cand.h, order, cand.kw, tuple(words[cut:]), " ".join(surface[cut:]))
            if not member.core or member.core in self.stop.alone or _is_title(member.core, self.stop):
                continue
            is_name = _is_name(surface[cut:]) and doc.count(member.core_surface) >= doc.count(member.core_surface.lower())
            actor = self.aliases.get(" ".join(member.core)) if is_name else None
            matches = [g for g in groups if (actor is not None and g.actor == actor) or _same_idea(g, member, is_name, doc)]
            if matches:
                first = matches[0]
                for other in matches[1:]:
                    for merged in other.members:
                        first.absorb(merged)
                    groups.remove(other)
                first.absorb(member)
                first.actor = first.actor or actor or next((o.actor for o in matches[1:] if o.actor), None)
                continue
            if len(groups) >= top:
                continue  # full: later candidates may only join a group
            if self.config.dedup_lim < 1.0 and any(
                    self.yake.dedup_function(cand.unique_kw, g.members[0].surface.lower()) > self.config.dedup_lim
                    for g in groups):
                continue
            groups.append(_Group([member], is_name, actor=actor))
        groups.sort(key=lambda g: (g.score, g.order))
        return [Keyphrase(g.actor or _display(g, doc), float(g.score), rank, tuple(dict.fromkeys(m.surface for m in g.members)))
                for rank, g in enumerate(groups, start=1)]

    def _is_junk(self, words: list[str], surface: list[str], outlet_key: tuple[str, ...] | None,
                 doc: _Document, tf: float) -> bool:
        """Whether a candidate is not a phrase an analyst would keep (see the module docstring)."""
        stop = self.stop
        if outlet_key and _contains(words, outlet_key):
            return True  # the masthead
        if stop.has_anywhere_phrase(words):
            return True
        if words[-1] in stop.title_words and _is_title(words[-1:], stop):
            return True  # a dangling title: "Cease-Fire President"
        if surface[-1].lower() in NAME_PARTICLES:
            return True  # "Prince Mohammed bin"
        text = " ".join(surface)
        if doc.truncated(text, left=surface[0][:1].isupper(), right=surface[-1][:1].isupper()):
            return True  # part of a longer name: "meeting in Saudi", "Saudi Crown"
        if doc.cut_title(text, words[-1]):
            return True  # "White House press" (secretary)
        if tf < 2 and len(surface) > 1:
            content = [w for w in surface if w.lower() not in self.yake.stopword_set]
            kinds = {_is_name_word(w) for w in content}
            if len(kinds) == 2 or len(content) < len(surface) and kinds == {True}:
                return True  # seen once, a name glued to other words: "Donald Trump surprised", "Putin and Trump"
        return False


_TOKEN = re.compile(r"\w+(?:[.'&\-]\w+)*\.?")


class _Document:
    """The prepared text of one article as word tokens, for counting mentions and looking at the words
    around them. Tokens keep their case; a `boundary` after a token marks punctuation (a sentence end,
    a comma, a quotation mark), which no phrase crosses."""

    def __init__(self, text: str, stop: StopPhrases, stopwords: Iterable[str]) -> None:
        self.stopwords = frozenset(stopwords)
        self.title_words = stop.title_words
        self.title_rests = stop.title_rests
        tokens: list[str] = []
        boundary: list[bool] = []
        end = 0
        for match in _TOKEN.finditer(text):
            if tokens and text[end:match.start()].strip():
                boundary[-1] = True
            token = match.group()
            if token.endswith(".") and "." not in token[:-1] and token[:-1].lower() not in self.title_words:
                tokens.append(token[:-1])
                boundary.append(True)
            else:
                tokens.append(token)
                boundary.append(False)
            end = match.end()
        self.tokens = tokens
        self.boundary = boundary
        self.lower_tokens = [t.lower().rstrip(".") for t in tokens]
        self.index: dict[str, list[int]] = {}
        for i, token in enumerate(tokens):
            self.index.setdefault(token, []).append(i)
        self._found: dict[str, list[int]] = {}

    def find(self, surface: str) -> list[int]:
        """Start positions of `surface` as whole words (case-sensitive), within one phrase."""
        if surface not in self._found:
            words = surface.split()
            k = len(words)
            tokens, boundary = self.tokens, self.boundary
            self._found[surface] = [i for i in self.index.get(words[0], ())
                                    if tokens[i:i + k] == words and not any(boundary[i:i + k - 1])]
        return self._found[surface]

    def count(self, surface: str) -> int:
        """How often `surface` occurs as whole words (case-sensitive)."""
        return len(self.find(surface))

    def _is_name_neighbour(self, i: int) -> bool:
        if not 0 <= i < len(self.tokens):
            return False
        word = self.lower_tokens[i]
        return self.tokens[i][:1].isupper() and word not in self.stopwords and word not in self.title_words

    def truncated(self, surface: str, *, left: bool, right: bool) -> bool:
        """Whether every mention of `surface` continues a capitalised word on its `left` or runs on
        into one on its `right` (stop words such as "The" and titles aside): a piece of a longer name."""
        starts = self.find(surface)
        if not starts:
            return False
        k = len(surface.split())
        if left and all(i > 0 and not self.boundary[i - 1] and self._is_name_neighbour(i - 1) for i in starts):
            return True
        return right and all(not self.boundary[i + k - 1] and self._is_name_neighbour(i + k) for i in starts)

    def cut_title(self, surface: str, last_word: str) -> bool:
        """Whether `surface` always ends inside a title of several words ("White House press" of
        "White House press secretary")."""
        rests = self.title_rests.get(last_word, ())
        starts = self.find(surface) if rests else []
        if not starts:
            return False
        k = len(surface.split())
        return all(any(tuple(self.lower_tokens[i + k:i + k + len(rest)]) == rest for rest in rests) for i in starts)

    def titled(self, name: str) -> bool:
        """Whether some mention of `name` carries a title or honorific ("President Putin", "Mr. Trump")."""
        return any(i > 0 and not self.boundary[i - 1] and self.lower_tokens[i - 1] in self.title_words
                   for i in self.find(name))


def _same_idea(group: _Group, member: _Member, is_name: bool, doc: _Document) -> bool:
    """Whether a candidate is a variant of `group`: the same title-free words; a fragment of a longer
    phrase of its kind, never seen outside it ("Vladimir" of "Vladimir Putin", "hold key" of "hold key
    talks"); or, for names, a person's surname ("Putin" of "Vladimir Putin", when either is ever
    preceded by a title)."""
    if "".join(member.core) in group.compounds:
        return True  # the same words, or a compound written open or closed ("cease fire", "ceasefire")
    if group.words.isdisjoint(member.core):
        return False
    both_names = is_name and group.is_name
    for other in group.members:
        if len(other.core) == len(member.core):
            continue
        short, long_ = sorted((member, other), key=lambda m: len(m.core))
        is_prefix = long_.core[:len(short.core)] == short.core
        is_suffix = long_.core[-len(short.core):] == short.core
        if not (is_prefix or is_suffix):
            continue
        if doc.count(short.core_surface) <= doc.count(long_.core_surface) and (both_names or not (
                is_name or group.is_name)):
            return True
        if both_names and is_suffix and (doc.titled(long_.core_surface) or doc.titled(short.core_surface)):
            return True
    return False


def _display(group: _Group, doc: _Document) -> str:
    """What a group is called: for a name, its most frequent title-free form of two or more words
    ("Vladimir Putin" rather than "Putin" or "State Marco Rubio"); otherwise its best-scored title-free surface, in lower case
    if the text writes it so at least as often ("war", not a sentence-initial "War")."""
    if group.is_name:
        names = [m.core_surface for m in group.members if len(m.core) > 1 and _is_name(m.core_surface.split())]
        if names:  # the most often written full name ("Marco Rubio", not "State Marco Rubio")
            return max(names, key=lambda name: (doc.count(name), -names.index(name)))
    best = group.members[0].core_surface
    return best.lower() if not group.is_name and doc.count(best.lower()) >= doc.count(best) else best


@lru_cache(maxsize=8)
def _extractor(config: KeywordConfig) -> _Extractor:
    return _Extractor(config)


def extract_keyphrases(text: str | None, *, title: str | None = None, outlet: str | None = None,
                       config: KeywordConfig = DEFAULT_CONFIG) -> list[Keyphrase]:
    """The keyphrases of one article, best first (at most `config.top`). `title` is read as a sentence
    of its own; `outlet`, when known, is never a keyphrase of its own article. Empty text gives []."""
    if not isinstance(config, KeywordConfig):
        raise TypeError(f"config must be a KeywordConfig, got {type(config).__name__}")
    return _extractor(config).keyphrases(title, text, outlet=outlet)


def keywords_for(articles: pd.DataFrame, *, config: KeywordConfig = DEFAULT_CONFIG) -> pd.DataFrame:
    """The `keywords` table for `articles` (needs `article_id`, `title`, `text`; uses `outlet` if there):
    `config.top` rows per article, `score` as YAKE's (lower is more relevant), `rank` 1 = best, and
    `variants`, the surface forms merged into the keyphrase (" | "-separated)."""
    _require_columns(articles, ("article_id", "title", "text"), "articles")
    rows = []
    outlets = articles["outlet"] if "outlet" in articles.columns else [None] * len(articles)
    for article_id, title, text, outlet in zip(articles["article_id"], articles["title"], articles["text"], outlets):
        for kp in extract_keyphrases(_text_or_none(text), title=_text_or_none(title),
                                     outlet=_text_or_none(outlet), config=config):
            rows.append((article_id, kp.keyphrase, kp.score, kp.rank, " | ".join(kp.variants)))
    frame = pd.DataFrame(rows, columns=[*KEYWORD_COLUMNS, VARIANTS_COLUMN])
    return frame.astype({"score": "float64", "rank": "int64"})


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _require_columns(frame: pd.DataFrame, columns: Iterable[str], name: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{name} is missing column(s) {', '.join(missing)}; it needs {', '.join(columns)}")


# --------------------------------------------------------------------------------------------------
# Across the corpus


def _merge_compounds(keys: list[str]) -> list[str]:
    """`keys` with open and closed spellings of a compound unified ("cease fire" -> "ceasefire"): each
    key becomes the key with the fewest spaces among those equal to it once spaces are dropped."""
    fewest: dict[str, str] = {}
    for key in keys:
        compact = key.replace(" ", "")
        if compact not in fewest or key.count(" ") < fewest[compact].count(" "):
            fewest[compact] = key
    return [fewest[key.replace(" ", "")] for key in keys]


def _merge_spellings(spelling: dict[str, str], name_keys: list[str], frequency: dict[str, int]) -> dict[str, str]:
    """`spelling` (key -> shown phrase) with near-identical names merged into the most frequent one
    ("Volodymyr Zelenskyy" and "Volodomyr Zelensky" -> "Volodymyr Zelensky"): names of as many words
    (two or more), starting with the same letter, whose similarity (rapidfuzz ratio, 0-100) is at least
    `NAME_SIMILARITY`."""
    buckets: dict[tuple[int, str], list[str]] = {}
    for key in name_keys:
        buckets.setdefault((key.count(" "), key[:1]), []).append(key)
    target: dict[str, str] = {}
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        bucket.sort(key=lambda k: (-frequency.get(k, 0), k))
        similar = process.cdist(bucket, bucket, scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY, workers=1)
        for i, key in enumerate(bucket):
            if key in target:
                continue
            for j in similar[i].nonzero()[0]:
                if j > i and bucket[j] not in target:
                    target[bucket[j]] = key
    return {key: spelling[target.get(key, key)] for key in spelling}


@lru_cache(maxsize=1)
def _english_frequencies() -> dict[str, float]:
    """Word -> frequency in general English (share of all words), from wordfreq's bundled list."""
    return wordfreq.get_frequency_dict("en", wordlist="small")


def generic_word_factor(keyphrases: pd.Series) -> np.ndarray:
    """Per keyphrase, the factor (0-1) its corpus score is scaled by: 1 for names and phrases of two or
    more words; for a one-word phrase in lower case, 1 when the word is at most as common in English as
    Zipf `GENERIC_ZIPF[0]`, 0 from Zipf `GENERIC_ZIPF[1]` on, linear in between."""
    low, high = GENERIC_ZIPF
    phrases = keyphrases.astype("string").fillna("")
    generic = (~phrases.str.contains(" ", regex=False) & phrases.str[:1].str.islower()).fillna(False)
    lookup = _english_frequencies()  # a lookup per phrase: Series.map(dict) first makes a Series of all 300k words
    frequency = np.array([lookup.get(p, np.nan) for p in phrases.str.lower().tolist()], dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        zipf = np.log10(frequency) + 9
    factor = np.clip((high - np.nan_to_num(zipf, nan=low)) / (high - low), 0.0, 1.0)
    return np.where(generic.to_numpy(dtype=bool), factor, 1.0)


def _trend_dtypes(by_outlet: bool) -> list[str]:
    return ["datetime64[ns]", "object", *(["object"] if by_outlet else []), "int64", "float64"]


def _period(published: pd.Series, freq: str) -> pd.Series:
    days = published.dt.normalize()
    if freq == "W":
        days = days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    return days


def _match_keyphrases(phrase: str, keyphrases: Iterable[str]) -> list[str]:
    """The table's keyphrases that `phrase` stands for: the same `phrase_key`, or a name whose last
    words it is ("Putin" -> "Vladimir Putin")."""
    key = phrase_key(phrase)
    compact = key.replace(" ", "")
    out = []
    for candidate in keyphrases:
        other = phrase_key(candidate)
        if other.replace(" ", "") == compact or (_is_name(candidate.split()) and other.endswith(" " + key)):
            out.append(candidate)
    return out


# --------------------------------------------------------------------------------------------------
# Keyword in context

def phrase_variants(phrase: str) -> tuple[str, ...]:
    """The forms a sentence may use for `phrase`, as `phrase_key`s: the phrase itself and, for a name
    of two or more words, its surname ("Vladimir Putin" -> "vladimir putin", "putin")."""
    key = phrase_key(phrase)
    if not key:
        return ()
    words = key.split()
    variants = [key]
    if len(words) > 1 and _is_name(phrase.split()):
        variants.append(words[-1])
    return tuple(variants)


def _sentences(text: str, *, holding: re.Pattern[str] | None = None) -> list[str]:
    """The sentences of `text`, paragraph by paragraph; with `holding`, only those of the paragraphs
    `holding` finds something in (segtok's splitting is most of keyword in context's time)."""
    out = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = paragraph.strip()
        if paragraph and (holding is None or holding.search(paragraph)):
            out.extend(s.strip() for s in split_multi(paragraph) if s.strip())
    return out


def _text_prefilter(variants: Sequence[str]) -> str:
    """A regular expression every text holding one of `variants` (as `phrase_key`s) matches: the longest
    word of each variant, allowing the dots, hyphens and apostrophes `phrase_key` drops inside words.
    Cheap to run over whole texts (vectorised), so only those texts are cut into sentences."""
    gap = r"[.\-‐‑–'’]?"
    words = [max(v.split(), key=len) for v in variants]
    return "|".join(gap.join(re.escape(ch) for ch in word) for word in words)


def keyword_in_context(phrase: str, articles: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Every sentence of `articles` (already filtered; needs `article_id`, `title`, `outlet`,
    `published`, `text`) that mentions `phrase` or one of its variants (`phrase_variants`), compared
    case-insensitively with hyphens, dots and possessive 's ignored; in date order, then article and
    sentence order. An empty phrase gives no rows. `limit`: at most this many sentences (the first ones
    in that order; None = all), so a common phrase stops early."""
    if not isinstance(phrase, str):
        raise TypeError(f"phrase must be a str, got {type(phrase).__name__}")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        raise ValueError(f"limit: expected None or a whole number of at least 1, got {limit!r}")
    _require_columns(articles, ("article_id", "title", "outlet", "published", "text"), "articles")
    variants = phrase_variants(phrase)
    rows: list[tuple] = []
    if variants and len(articles):
        pattern = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(v) for v in variants) + r")(?!\S)")
        prefilter = re.compile(_text_prefilter(variants), re.IGNORECASE)  # what a text or paragraph must hold
        texts = articles["text"].astype("string").fillna("")
        candidates = articles[texts.str.contains(prefilter.pattern, case=False, regex=True)
                              .fillna(False).astype(bool)]
        ordered = candidates.sort_values(["published", "article_id"], na_position="last", kind="stable")
        for row in ordered.itertuples(index=False):
            text = row.text if isinstance(row.text, str) else ""
            for sentence in _sentences(text, holding=prefilter):
                if pattern.search(phrase_key(sentence)):
                    rows.append((row.article_id, row.title, row.outlet, row.published, sentence))
            if limit is not None and len(rows) >= limit:
                rows = rows[:limit]
                break
    frame = pd.DataFrame(rows, columns=list(CONTEXT_COLUMNS))
    if not rows:
        frame = frame.astype({"published": "datetime64[ns]"})
    return frame
