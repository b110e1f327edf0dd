"""Words and sentences of an article, with their character offsets into its text.

A word keeps the full stop of an abbreviation ("U.S.", "Mr.", "J.D."), loses a possessive ("Trump’s" is
"Trump") and is split at hyphens ("Russia-U.S." is "Russia", "U.S."); `gap` is the text between the previous
word and this one, so names are the words joined by a single space or a hyphen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W_][\w'’.\-]*")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sr jr gen lt col capt sgt adm prof rev sen rep gov inc corp ltd co mt ft vs maj cmdr "
    "sens reps messrs mme mlle".split()
)
# A sentence ends after . ! ? (and any closing quotes or brackets) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*\s+|\n+")
_QUOTE_OPENERS = "“\"‘([«–—:"
_TRIMMED_ENDINGS = frozenset("sS’'-.")
"""Last characters `_trim` may act on (a possessive's s, apostrophes, a hyphen, a full stop)."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word: `text[start:end]`, whether it is capitalised, and the text since the previous word."""

    start: int
    end: int
    text: str
    capitalised: bool
    gap: str
    sentence_start: bool


def _trim(text: str) -> str:
    """A word without a possessive ending or trailing punctuation, keeping an abbreviation's full stop."""
    if text and text[-1] not in _TRIMMED_ENDINGS:
        return text  # the common case: nothing to trim
    while text:
        if text.endswith(("’s", "'s", "’S", "'S")):
            text = text[:-2]
        elif text[-1] in "’'-":
            text = text[:-1]
        elif text[-1] == ".":
            if _INITIALS.match(text) or text[:-1].lower() in _ABBREVIATIONS:
                return text
            text = text[:-1]
        else:
            return text
    return text


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop after an abbreviation or an initial does not end one."""
    return list(_sentence_bounds(text))


@lru_cache(maxsize=8)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """`sentence_bounds`, kept for the last few texts: the words, the headline check and the mentions
    table each ask for the bounds of the same article."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group():
            following = text[match.end():match.end() + 1]
            if following.islower():
                continue
            last = re.split(r"[\s\-“\"‘(]", text[max(0, match.start() - 15):match.start() + 1])[-1]
            if match.group()[0] == "." and (_INITIALS.match(last) or last[:-1].lower() in _ABBREVIATIONS):
                continue
        end = match.start() + len(match.group().rstrip())
        if text[start:end].strip():
            bounds.append((start, end))
        start = match.end()
    if text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return tuple(bounds)


def words(text: str) -> list[Word]:
    """The words of `text` in order."""
    out: list[Word] = []
    sentence_starts = iter(sorted(start for start, _ in _sentence_bounds(text)))
    next_start = next(sentence_starts, None)
    previous_end = 0
    for match in _WORD.finditer(text):
        position = match.start()
        for piece in match.group().split("-"):
            trimmed = _trim(piece)
            if trimmed:
                at_start = False
                while next_start is not None and next_start <= position:
                    at_start = True
                    next_start = next(sentence_starts, None)
                gap = text[previous_end:position]
                # a word right after an opening quote or a colon starts a (quoted) sentence too
                tail = gap.rstrip(" ")[-1:]
                at_start = at_start or not out or (tail != "" and tail in _QUOTE_OPENERS)
                out.append(Word(position, position + len(trimmed), trimmed, _is_capitalised(trimmed), gap, at_start))
                previous_end = position + len(trimmed)
            position += len(piece) + 1
    return out
