"""One name per actor: references within an article, then spellings across articles.

Within an article, "Mr. Trump", "President Trump" and "Trump’s" are the Donald Trump it names in full
(the surname decides; the most-named full name wins when two people share it; "Qaboos bin Said" is also
"Qaboos", and a surname led by "Abdul"/"Abu" is matched only whole, so "Mahdi" alone is not "Adil
Abdul-Mahdi": see `lexicon.short_name_keys`). Across articles, a name
is looked up in the registry's aliases (`data/actors.csv`), then matched to the registry with rapidfuzz:

- `PERSON_MATCH_THRESHOLD`: `fuzz.ratio` (0-100, higher is closer) of the two names, middle initials
  dropped, that makes two people one: 88 ("Keith Kellog" / "Keith Kellogg" 96, "Volodomyr Zelensky" /
  "Volodymyr Zelensky" 94, "Dmitri Peskov" / "Dmitry Peskov" 92; "John Smith" / "John Smyth" 90 is a known
  false merge at this level, "Mike Pence" / "Mike Waltz" 50 stays apart). Surnames must also share their
  first letter.
- A first name that is a variant of the other (`data/name_variants.csv`: Mike/Michael, Dmitri/Dmitry)
  needs only the surnames to reach `SURNAME_MATCH_THRESHOLD` (88).
- When the article gives the person the registry's role ("US Defense Secretary Beith Higseth"), surnames
  at `SAME_ROLE_SURNAME_THRESHOLD` (80) suffice ("Higseth" / "Hegseth" 86).
- Organisations and places of six letters or more: `OTHER_MATCH_THRESHOLD` (92).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from analysis.actors.lexicon import (
    Lexicon,
    family_name_first,
    is_regnal_name,
    lexicon,
    name_key,
    short_name_keys,
)

PERSON_MATCH_THRESHOLD = 88.0
SURNAME_MATCH_THRESHOLD = 88.0
SAME_ROLE_SURNAME_THRESHOLD = 80.0
OTHER_MATCH_THRESHOLD = 92.0


def without_initials(key: str) -> str:
    """A name key without one-letter words ("dmitri s peskov" -> "dmitri peskov")."""
    parts = [p for p in key.split() if len(p) > 1]
    return " ".join(parts) if parts else key


def _role_words(role: str | None, lex: Lexicon) -> frozenset[str]:
    if not role:
        return frozenset()
    words = set(re.findall(r"[^\W\d_]+", name_key(role)))
    return frozenset(w for w in words if w in lex.role_heads or w in lex.qualifiers)


def _same_role(role: str | None, registry_role: str | None, lex: Lexicon) -> bool:
    """True when the article's role and the registry's share the role word and one more ("defense secretary")."""
    mine, theirs = _role_words(role, lex), _role_words(registry_role, lex)
    shared = mine & theirs
    return bool(shared & lex.role_heads) and (len(shared) >= 2 or theirs <= mine)


_ROYAL_TITLES = frozenset("prince princess king queen pope duke duchess emperor empress sultan emir crown".split())
"""Titles of people known by their given name alone ("Prince Charles", "Pope Francis")."""


def _first_names_agree(a: str, b: str, lex: Lexicon) -> bool:
    if a == b:
        return True
    return b in lex.name_variants.get(a, frozenset())


@lru_cache(maxsize=1)
def _registry_people() -> tuple[list[str], list[str]]:
    """Keys (no initials) of the registry's people's full-name aliases, and the canonical name of each."""
    lex = lexicon()
    keys, actors = [], []
    for key, entry in lex.registry.items():
        short = without_initials(key)
        if entry.actor_type == "person" and len(short.split()) >= 2:
            keys.append(short)
            actors.append(entry.actor)
    return keys, actors


@lru_cache(maxsize=1)
def _registry_others() -> tuple[list[str], list[str]]:
    lex = lexicon()
    keys, actors = [], []
    for key, entry in lex.registry.items():
        if entry.actor_type != "person" and len(key) >= 6:
            keys.append(key)
            actors.append(entry.actor)
    return keys, actors


@lru_cache(maxsize=20_000)
def registry_person(name: str, role: str | None = None) -> str | None:
    """The registry's canonical name for a person named `name` (a role helps with misspellings), else None."""
    lex = lexicon()
    key = name_key(name)
    entry = lex.registry.get(key) or lex.registry.get(without_initials(key))
    if entry is not None:
        return entry.actor if entry.actor_type == "person" else None
    short = without_initials(key)
    parts = short.split()
    if len(parts) < 2:
        owners = lex.person_surnames.get(short)
        return next(iter(owners)) if owners and len(owners) == 1 else None
    keys, actors = _registry_people()
    best: tuple[float, str] | None = None
    for candidate, score, index in process.extract(short, keys, scorer=fuzz.ratio, limit=8, score_cutoff=50):
        c_parts = candidate.split()
        if c_parts[-1][:1] != parts[-1][:1] and score < 95:
            continue
        surname_score = fuzz.ratio(parts[-1], c_parts[-1])
        ok = score >= PERSON_MATCH_THRESHOLD
        ok = ok or (surname_score >= SURNAME_MATCH_THRESHOLD and _first_names_agree(parts[0], c_parts[0], lex))
        ok = ok or (surname_score >= SAME_ROLE_SURNAME_THRESHOLD
                    and _same_role(role, lex.entries[actors[index]].role, lex))
        if ok and (best is None or score > best[0]):
            best = (score, actors[index])
    return best[1] if best else None


@lru_cache(maxsize=20_000)
def registry_other(name: str, actor_type: str) -> str | None:
    """The canonical name of an organisation or place from the registry or the gazetteer, else None."""
    lex = lexicon()
    key = name_key(name)
    entry = lex.registry.get(key)
    if entry is not None and entry.actor_type == actor_type:
        return entry.actor
    if actor_type == "place" and key in lex.places:
        return lex.places[key]
    if len(key) < 6:
        return None
    keys, actors = _registry_others()
    match = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=OTHER_MATCH_THRESHOLD)
    if match is not None and lex.entries[actors[match[2]]].actor_type == actor_type:
        return actors[match[2]]
    return None


@dataclass(slots=True)
class _Person:
    canonical: str
    first: str
    surname: str
    count: int
    shorts: tuple[str, ...]
    """The keys the person is called by when named alone (`short_name_keys` of the canonical name)."""


def _same_first_spelled(first: str, other: str) -> bool:
    """Whether two given names may be one written two ways: an initial and its name ("J." / "Julia"), or
    spellings of one name ("Dmitri" / "Dmitry", "Glen" / "Glenn"); "Julia" and "Jennifer" are two people."""
    if first[:1] != other[:1]:
        return False
    return min(len(first.rstrip(".")), len(other.rstrip("."))) <= 1 or fuzz.ratio(first, other) >= 75


def _tidy(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def canonical_names(found: list, lex: Lexicon) -> list[str]:
    """The actor name of each found name (a `recognise.Found`), people resolved within the article first."""
    out: list[str | None] = [None] * len(found)
    people: list[_Person] = []
    for index, f in enumerate(found):
        if f.actor_type != "person":
            continue
        short = without_initials(name_key(f.name))
        parts = short.split()
        if len(parts) < 2:
            continue
        canonical = f.canonical or registry_person(f.name, f.role)
        if canonical is None:  # "Abdul-Karim" alone is the "Samir Abdul-Karim" named before
            canonical = next((p.canonical for p in people if short in p.shorts), None)
        if canonical is None:
            for person in people:
                if (fuzz.ratio(person.surname, parts[-1]) >= SURNAME_MATCH_THRESHOLD
                        and (_same_first_spelled(person.first, parts[0])
                             or _first_names_agree(person.first, parts[0], lex))):
                    canonical = person.canonical
                    break
        canonical = canonical or _tidy(f.name)
        out[index] = canonical
        match = next((p for p in people if p.canonical == canonical), None)
        if match is None:
            people.append(_Person(canonical, parts[0], parts[-1], 1, short_name_keys(
                without_initials(name_key(canonical)), lex.cue("name_lead"), family_first=family_name_first(canonical))))
        else:
            match.count += 1
    # a regnal name ("Francis II") is never what a shorter reference ("Francis") means: no number is added
    people_by_short = [p for p in people if not is_regnal_name(name_key(p.canonical))]
    by_surname: dict[str, _Person] = {}
    for person in people_by_short:
        for short in person.shorts or (person.surname,):
            held = by_surname.get(short)
            if held is None or person.count > held.count:
                by_surname[short] = person
    by_first: dict[str, list[_Person]] = {}
    for person in people_by_short:
        by_first.setdefault(person.first, []).append(person)
    # "Prince Charles … Charles said … Charles Kennedy": a royal known by the given name alone is not the other
    # person who shares it
    royal = {without_initials(name_key(f.name)) for f in found if f.actor_type == "person" and f.role
             and " " not in f.name.strip() and f.role.split()[-1].lower() in _ROYAL_TITLES}
    for index, f in enumerate(found):
        if out[index] is not None:
            continue
        if f.actor_type != "person":
            out[index] = f.canonical or registry_other(f.name, f.actor_type) or _tidy(f.name)
            continue
        key = without_initials(name_key(f.name))
        person = by_surname.get(key)
        if person is None and len(key) >= 4:
            scored = [(fuzz.ratio(key, s), p) for s, p in by_surname.items()]
            scored = [(score, p) for score, p in scored if score >= SURNAME_MATCH_THRESHOLD and p.surname[:1] == key[:1]]
            person = max(scored, key=lambda sp: sp[0])[1] if scored else None
        if person is None and len(by_first.get(key, [])) == 1 and key in lex.first_names and key not in royal:
            person = by_first[key][0]
        if person is not None:
            out[index] = person.canonical
        else:
            out[index] = f.canonical or registry_person(f.name, f.role) or _tidy(f.name)
    return [name or "" for name in out]
