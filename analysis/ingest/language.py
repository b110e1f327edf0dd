"""A cheap, offline guess of an article's language, to mark (never reject) non-English text.

The English-only analyses (keyphrases, actors, quotes, market notes) can then skip or flag such
articles. The guess is the script for non-Latin alphabets (Cyrillic `ru`/`uk`, Arabic, Hebrew, Greek,
CJK, Devanagari, ...), else the language whose most common words (articles, prepositions, pronouns)
make up the largest share of the text's words. Short texts (under `MIN_WORDS`) and texts where no
list reaches 8 % are `und` (undetermined). Accurate on article-length text in the listed languages;
it is a triage flag, not a language identifier for arbitrary snippets.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import islice


MIN_WORDS = 8
UNDETERMINED = "und"
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in a is that for on with as was by at it from he said his be are has have "
                    "this an not but were they which will who its their had been would after".split()),
    "fr": frozenset("le la les de des du et un une est que qui dans pour sur au aux par pas ce il elle avec "
                    "sont été ont cette plus se ne ses son leur".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an "
                    "werden aus er hat dass sie nach bei wird".split()),
    "es": frozenset("el la los las de y en que un una es por con para del al se no su lo como más pero sus "
                    "le ha fue este esta entre".split()),
    "it": frozenset("il lo la gli le di e che un una è per non con del della dei delle si da al alla sono "
                    "ha nel nella anche come più".split()),
    "pt": frozenset("o a os as de e do da dos das em um uma que é para com não por no na se ao mais foi "
                    "seu sua como mas pelo pela".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan er ook als door maar om bij "
                    "werd naar wordt heeft".split()),
}
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("CYRILLIC", "ru"), ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("DEVANAGARI", "hi"),
    ("HANGUL", "ko"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CJK", "zh"), ("THAI", "th"),
    ("BENGALI", "bn"), ("TAMIL", "ta"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy"),
)


def language_of(text: str) -> str:
    """The ISO 639-1 code of `text`'s main language (`en`, `fr`, `ru`, ...), or `und` if unsure."""
    sample = text[:20_000]
    letters = "".join(islice(filter(str.isalpha, sample), 5000))
    if not letters:
        return UNDETERMINED
    counts = _script_counts(letters)
    script = max(counts, key=lambda s: counts[s])
    if script != "LATIN":
        if script == "OTHER":
            return UNDETERMINED
        code = dict(_SCRIPTS)[script]
        if code == "ja" or (code == "zh" and (counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0)) > 0):
            return "ja"
        if code == "ru" and _UKRAINIAN.search(sample):
            return "uk"
        return code
    raw = Counter(_WORD.findall(sample))
    n_words = sum(raw.values())
    if n_words < MIN_WORDS:
        return UNDETERMINED
    words: Counter[str] = Counter()
    for word, count in raw.items():
        words[word.casefold()] += count
    shares = {code: sum(words[w] for w in stops if w in words) / n_words for code, stops in _STOPWORDS.items()}
    best = max(shares, key=lambda code: shares[code])
    return best if shares[best] >= 0.08 else UNDETERMINED


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _script_counts(letters: str) -> dict[str, int]:
    """Letters per script ("LATIN", "CYRILLIC", ..., "OTHER"), the scripts in order of their first letter
    (which `max` keeps on a tie). ASCII letters are Latin; the others are named by `unicodedata`."""
    first: dict[str, int] = {}
    counts: dict[str, int] = {}
    ascii_letters = len(letters)
    for match in _NON_ASCII.finditer(letters):
        ascii_letters -= 1
        script = _script_of(match.group())
        counts[script] = counts.get(script, 0) + 1
        first.setdefault(script, match.start())
    if ascii_letters:
        counts["LATIN"] = counts.get("LATIN", 0) + ascii_letters
        ascii_at = next(i for i, ch in enumerate(letters) if ch.isascii())
        first["LATIN"] = min(first.get("LATIN", ascii_at), ascii_at)
    return {script: counts[script] for script in sorted(counts, key=first.__getitem__)}


@lru_cache(maxsize=4096)
def _script_of(letter: str) -> str:
    name = unicodedata.name(letter, "")
    return next((s for s, _ in _SCRIPTS if name.startswith(s)), "LATIN" if "LATIN" in name else "OTHER")


def is_english(text: str) -> bool:
    """True unless `text` is confidently another language (undetermined text counts as English)."""
    return language_of(text) in ("en", UNDETERMINED)
