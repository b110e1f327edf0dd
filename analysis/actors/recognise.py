"""Find the names in one article's text and say whether each names a person, an organisation or a place.

A name is a run of capitalised words joined by single spaces or hyphens (with particles such as "bin",
"de", "of" inside). Each run is decided, in this order, by:

1. the registry (`data/actors.csv`) and the place gazetteer, for the whole run;
2. an organisation's last word ("Foundation", "Agency", "Council" ...) or a place's ("River", "Sea" ...);
3. a title or honorific in front ("US President", "Defense Secretary", "Mr."): the rest is a person and the
   title is kept as the role;
4. a given name in front ("Bradley Bowman");
5. the words around it: a role before ("Kremlin spokesman Dmitry Peskov", "the CIA director, John
   Ratcliffe"), a role after (", senior director at ..."), "said" after, "region" or "newspaper" after.

What is left undecided (single words such as "Trump" or "Zelensky", headlines, runs with no cue) is matched
in a second pass against the names the article itself has given in full, then the registry and the
gazetteer; anything still unknown is not counted. Headline-style lines ("The State of the War: Battlefield
Shifts") only ever yield names known in this way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.actors.lexicon import (
    PATRONYMIC_PARTICLES,
    SURNAME_PARTICLES,
    Lexicon,
    family_name_first,
    is_regnal_name,
    name_key,
    short_name_keys,
    word_key,
)
from analysis.actors.tokens import Word, sentence_bounds, words

# Lower-case words allowed inside a name: "Mohammed bin Salman", "Foundation for Defense of Democracies".
_PARTICLES = PATRONYMIC_PARTICLES | SURNAME_PARTICLES | frozenset({"al", "el", "e", "y"})
_JOINERS = frozenset({"of", "for"})
# After an organisation's head word (cue `org_extends`: "Committee", "Ministry" ...) these carry its name on,
# with an optional "the": "Committee to Protect Journalists", "International Committee of the Red Cross".
_ORG_JOINERS = frozenset({"of", "for", "to", "on"})
_NAME_GAPS = frozenset({" ", "-", "\u00a0"})
_COMPANY_ENDS = frozenset({"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc"})
"""Words that end a company's name: "… owner Time Warner Inc. Trump has criticized" holds two names."""
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+$")
_APPOSITION_OPENERS = frozenset("the a an his her its their former ex".split())
_DETERMINERS = frozenset("the a an this that these those its their our his her".split())
# Words that never end a name, even capitalised inside a sentence.
_FUNCTION_WORDS = frozenset("the a an and or nor but of in on at to for with by from as if so than that this these "
                            "those is are was were be been has have had do does did not no it its he she they we "
                            "you i his her their our who which what when where why how while".split()) - {"how"}
# Prepositions and participles that open a sentence before a name ("Like Kazaa, …", "Called Speegle, it …"),
# never part of it.
_OPENING_PREPOSITIONS = frozenset("like unlike despite amid following including besides beyond without called dubbed "
                                   "named".split())
# A lone city after these is the place even when the article names a person with that surname.
_PLACE_PREPOSITIONS = frozenset("in at from to near into across outside inside around via".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_DATE_WORDS = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_BEFORE_A_MONTH = frozenset("in on since until till by from early late mid last next this of during through before "
                            "after end beginning start between and to".split())
"""Words before a month that make it a date ("in May", "since May", "between April and May")."""
# A regnal number after a name ("Benedict XVI", "Harald V"): II and up, so that "I" stays the pronoun.
REGNAL_NUMBER = re.compile(r"^(?=[IVX]{2}|V$|X$)X{0,3}(?:IX|IV|V?I{0,3})$")


_BODY_NOUNS = frozenset("union group firm company party charity organisation organization association campaign "
                        "body network council".split())
"""Nouns that end a description of a body before its one-word name ("the union Unison")."""
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_NUMBERED_UNITS = frozenset("circuit court fleet division brigade regiment battalion corps army district".split())
"""Bodies numbered by an ordinal before their name ("9th Circuit", "82nd Airborne Division")."""
_PARTY_WORDS = frozenset("tory tories labour conservative liberal democrat democratic republican socialist green "
                         "unionist nationalist libertarian".split())
"""Party words written before a person's given name ("Tory Dominic Grieve"): the person's affiliation, not their name."""


@dataclass(slots=True)
class Found:
    """One name in the text: words `first`..`last` (inclusive) of the article.

    `name` is the name as printed without its title; `canonical` is set when the registry or gazetteer
    already decided the actor's one name. `role` is what the article calls the person, if anything.
    """

    first: int
    last: int
    actor_type: str
    name: str
    canonical: str | None = None
    role: str | None = None


class ArticleNames:
    """The names of one article, found in two passes (see the module docstring)."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.common_words = lex.cue("common_word")
        self.ws: list[Word] = words(text)
        self.headline = self._headline_words()
        self.in_quote = self._quoted_words()
        self.found: list[Found] = []
        self.pending: list[tuple[int, int]] = []
        self.org_runs: set[tuple[int, int]] = set()

    # -- words -------------------------------------------------------------------------------------
    def span_text(self, i: int, j: int) -> str:
        return self.text[self.ws[i].start:self.ws[j].end]

    def key(self, i: int, j: int) -> str:
        return name_key(self.span_text(i, j))

    def wkey(self, i: int) -> str:
        return word_key(self.ws[i].text)

    def _is_name_word(self, w: Word) -> bool:
        if not w.capitalised:
            return False
        if len(w.text) > 1 and w.text.isupper():
            return True
        return word_key(w.text) not in self.common_words

    def _ends_name_with_everyday_word(self, k: int) -> bool:
        """"Martin How", "Stephen King": a capitalised everyday word inside a sentence ends a name."""
        w = self.ws[k]
        if not w.capitalised or len(w.text) < 3 or k in self.headline or word_key(w.text) in _FUNCTION_WORDS:
            return False
        following = self.ws[k + 1] if k + 1 < len(self.ws) else None
        return following is None or not following.capitalised or following.gap not in _NAME_GAPS

    def _headline_words(self) -> set[int]:
        """Words on short title-case lines ("The State of the War: Battlefield Shifts and ...")."""
        marked: set[int] = set()
        line: list[int] = []
        for index, w in enumerate(self.ws):
            if "\n" in w.gap and line:
                marked |= self._if_headline(line)
                line = []
            line.append(index)
        if line:
            marked |= self._if_headline(line)
        # a title-case "sentence" inside a paragraph: a list of headlines ("8. Mark Zuckerberg Shows Up to ...")
        bounds = iter(sentence_bounds(self.text))
        current = next(bounds, None)
        sentence: list[int] = []
        for index, w in enumerate(self.ws):
            while current is not None and w.start >= current[1]:
                marked |= self._if_title_case_sentence(sentence)
                sentence, current = [], next(bounds, None)
            sentence.append(index)
        marked |= self._if_title_case_sentence(sentence)
        return marked

    def _if_title_case_sentence(self, sentence: list[int]) -> set[int]:
        if not sentence:
            return set()
        long_words = [self.ws[i] for i in sentence[1:] if len(self.ws[i].text) >= 4 and self.ws[i].text.isalpha()]
        if len(long_words) >= 4 and all(w.capitalised for w in long_words):
            return set(sentence)
        return set()

    def _if_headline(self, line: list[int]) -> set[int]:
        last = self.ws[line[-1]]
        line_end = self.text.find("\n", last.end)
        tail = self.text[last.end:line_end if line_end >= 0 else len(self.text)].strip()
        ends_sentence = tail[:1] in {".", "!", "?"} or last.text.endswith(".") or tail[-1:] in {".", "!", "?"}
        if len(line) > 20 or (ends_sentence and len(line) > 3):
            return set()
        long_words = [self.ws[i] for i in line[1:] if len(self.ws[i].text) >= 4 and self.ws[i].text[:1].isalpha()]
        if len(line) <= 2 or (long_words and sum(w.capitalised for w in long_words) / len(long_words) >= 0.6):
            return set(line)
        return set()

    def _quoted_words(self) -> set[int]:
        """Words inside double quotation marks (shouted words there are not acronyms: “make PEACE”)."""
        inside: set[int] = set()
        depth = False
        for index, w in enumerate(self.ws):
            for ch in w.gap:
                if ch == "“":
                    depth = True
                elif ch == "”":
                    depth = False
                elif ch == '"':
                    depth = not depth
            if depth:
                inside.add(index)
        return inside

    # -- runs of capitalised words -----------------------------------------------------------------
    def runs(self) -> list[tuple[int, int]]:
        ws, out, n, i = self.ws, [], len(self.ws), 0
        while i < n:
            if not self._is_name_word(ws[i]) and not (ws[i].capitalised and (
                    self._known_name_starts(i) or self._month_as_surname(i))):
                i += 1
                continue
            j, org_run = i, False
            while j + 1 < n:
                nxt = ws[j + 1]
                if ws[j].text.lower() in _COMPANY_ENDS and nxt.text.lower() not in _COMPANY_ENDS:
                    break
                if nxt.gap in _NAME_GAPS and not nxt.sentence_start and (
                        self._is_name_word(nxt) or self._ends_name_with_everyday_word(j + 1)
                        or self._lower_case_name_part(j + 1)):
                    j += 1
                elif (nxt.gap in _NAME_GAPS and nxt.text in _PARTICLES | _JOINERS and j + 2 < n
                      and ws[j + 2].gap in _NAME_GAPS and self._is_name_word(ws[j + 2])):
                    j += 2
                elif nxt.text == "of" and self._title_complement_with_the(j):
                    j += 3  # "Comptroller of the Currency Keith Noreika": a title's complement with "the"
                elif nxt.text == "and" and (joined := self._and_org_tail(i, j + 1)) is not None:
                    j = joined  # "House Ways and Means Committee": one body, not a person "House Ways"
                    org_run = True
                    break  # the body's head word ends it ("… Committee Chairman Kevin Brady": a title and a person)
                else:
                    extended = self._org_extension(j)
                    if extended is None:
                        break
                    j = extended
                    org_run = True
            if i > 0 and _ORDINAL.fullmatch(ws[i - 1].text) and ws[i].gap in _NAME_GAPS and (
                    any(self.wkey(m) in _NUMBERED_UNITS for m in range(i, j + 1))):
                i -= 1  # "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne Division": the number is the name's
                org_run = True
            out.append(self._trim_dates(i, j))
            if org_run:
                self.org_runs.add(out[-1])
            i = j + 1
        return [(a, b) for a, b in out if a <= b]

    def _lower_case_name_part(self, k: int) -> bool:
        """"Ban Ki-moon", "Sombat Boonngam-anong": a lower-case part after a hyphen belongs to an unknown
        capitalised name word before it; not a compound's tail ("Aldermoor-based", "Trump-backed", cue
        `compound_tail`, or any "-ed"/"-ing"/"-ly" word) nor after a known actor's word ("Kremlin-linked")."""
        w, before = self.ws[k], self.ws[k - 1]
        if w.gap != "-" or not w.text.isalpha() or not w.text.islower() or not before.capitalised:
            return False
        key, lex = w.text, self.lex
        if key.endswith(("ed", "ing", "ly", "ist", "ism")) or key in lex.cue("compound_tail"):
            return False
        left = self.wkey(k - 1)
        return not (left in lex.known_words or left in lex.person_words or left in lex.places
                    or left in lex.registry or before.text.isupper())

    def _known_name_starts(self, i: int) -> bool:
        """"New York", "New Zealand Herald": a capitalised everyday word that, with the next word or two,
        begins a gazetteer place or a registry name starts a name."""
        ws, lex, n = self.ws, self.lex, len(self.ws)
        if not ws[i].capitalised or i + 1 >= n or ws[i + 1].gap not in _NAME_GAPS or not ws[i + 1].capitalised:
            return False
        for j in (i + 1, i + 2):
            if j < n and (j == i + 1 or (ws[j].gap in _NAME_GAPS and ws[j].capitalised)):
                key = self.key(i, j)
                if (key in lex.places or key in lex.registry) and key.startswith(self.wkey(i) + " "):
                    return True  # ("The U.S." has the key "us": "The" is no part of it)
        return False

    def _title_complement_with_the(self, j: int) -> bool:
        """Whether "of the" after the title word j carries a short complement on to a person: one or two capitalised
        words that name no body, then a given name ("Comptroller of the Currency Keith Noreika"; not "President of
        the Massachusetts Family Institute Kristian Mineau", whose complement is a body with a name of its own)."""
        ws, n, lex = self.ws, len(self.ws), self.lex
        if not self._is_title_word(j) or j + 4 >= n or ws[j + 1].gap != " " or ws[j + 2].text != "the":
            return False
        for m in range(j + 3, min(n, j + 6)):
            if ws[m].gap != " " or not self._is_name_word(ws[m]) or self.wkey(m) in lex.cue("org_head"):
                return False
            if m > j + 3 and self.wkey(m) in lex.first_names:
                return True
        return False

    def _and_org_tail(self, i: int, k: int) -> int | None:
        """The last word of a body's name that "and" (word k) carries on from the run i..k-1: capitalised words after
        it, one to three, the last an organisation's head word ("House Ways and Means Committee", "Energy and
        Commerce Committee"), none of them, nor any word of the run, a name the registry, the gazetteer or the list
        of given names knows ("Trump and Clinton Foundation" stays two names)."""
        ws, n, lex = self.ws, len(self.ws), self.lex
        if ws[k].gap != " " or k + 2 >= n:
            return None
        end = k
        while end + 1 < n and end - k < 3 and ws[end + 1].gap == " " and ws[end + 1].capitalised and (
                not ws[end + 1].sentence_start):
            end += 1
            if self.wkey(end) in lex.cue("org_extends"):
                break
        if end - k < 2 or self.wkey(end) not in lex.cue("org_extends"):
            return None  # a head word, and a word of the name before it
        words = [self.wkey(m) for m in (*range(i, k), *range(k + 1, end))]
        if any(w in lex.registry or w in lex.places or w in lex.first_names for w in words):
            return None
        return end

    def _org_extension(self, j: int) -> int | None:
        """The last word of an organisation's name carried on after its head word j over "of"/"for"/"to"/"on",
        an optional "the", and capitalised words ("Commission on Human Rights"), else None."""
        ws, n = self.ws, len(self.ws)
        if self.wkey(j) not in self.lex.cue("org_extends") or j in self.headline:
            return None
        k = j + 1
        if k >= n or ws[k].text not in _ORG_JOINERS or ws[k].gap != " ":
            return None
        k += 1
        if k < n and ws[k].text in ("the", "a") and ws[k].gap == " ":
            k += 1  # "Committee for a Responsible Federal Budget"
        if k >= n or ws[k].gap != " " or not ws[k].capitalised or self.wkey(k) in _DATE_WORDS:
            return None
        if ws[k - 1].text in ("to", "on") and self.wkey(k) in self.lex.places:
            return None  # "the Council to Brussels": a destination, not a name
        end = k
        while end + 1 < n and ws[end + 1].gap in _NAME_GAPS and ws[end + 1].capitalised and (
                not ws[end + 1].sentence_start) and self.wkey(end + 1) not in _DATE_WORDS:
            end += 1
        return end

    def _trim_dates(self, i: int, j: int) -> tuple[int, int]:
        """Days and months at either end are not part of a name ("Theresa May" keeps its May)."""
        if i == j and self._month_as_surname(i):
            return i, j
        while i <= j and self.wkey(i) in _DATE_WORDS:
            i += 1
        while j > i and self.wkey(j) in self.lex.cue("post_nominal"):
            j -= 1
        while j >= i and self.wkey(j) in _DATE_WORDS:
            if self.wkey(j) in _MONTHS and j > i and self.wkey(j - 1) in self.lex.first_names:
                break
            j -= 1
        return i, j

    def _month_as_surname(self, k: int) -> bool:
        """A lone month that is the surname of someone the article names in full, away from any date: "Theresa
        May … May told reporters" (not "in May", "May 5", "since May")."""
        ws, month = self.ws, self.wkey(k)
        if month not in _MONTHS:
            return False
        if k + 1 < len(ws) and ws[k + 1].gap in (" ", ", ") and ws[k + 1].text[:1].isdigit():
            return False
        if k > 0 and ws[k].gap == " " and word_key(ws[k - 1].text) in _BEFORE_A_MONTH:
            return False
        return any(ws[m].text == ws[k].text and ws[m].gap == " " and self.wkey(m - 1) in self.lex.first_names
                   and ws[m - 1].capitalised for m in range(1, len(ws)) if m != k)

    # -- pass 1 --------------------------------------------------------------------------------------
    def first_pass(self) -> None:
        for i, j in self.runs():
            if i in self.headline:
                self.pending.append((i, j))
            else:
                self._decide(i, j)

    def _decide(self, i: int, j: int) -> None:
        """Decide the run i..j, or leave it (or parts of it) for the second pass."""
        lex, key = self.lex, self.key(i, j)
        if not key or key in lex.not_actor and not (i == j and self._month_as_surname(i)):
            return
        entry = lex.registry.get(key)
        if entry is not None:
            self._add(i, j, entry.actor_type, canonical=entry.actor)
            return
        if (i, j) in self.org_runs:
            self._add(i, j, "organization")
            return
        if self._regnal_name(i, j):
            return
        if key in lex.places:
            if i == j and self.ws[i].text[1:].islower():
                # a lone city or country may be the surname of a person the article names in full
                # ("Sudesh Amman ... Amman had"): decided in the second pass, after the full names
                self.pending.append((i, j))
                return
            self._add(i, j, "place", canonical=lex.places[key])
            return
        if j > i and self._org_or_place_by_last_word(i, j):
            return
        if self._titled(i, j):
            return
        if self._team_name(i, j):
            self._add(i, j, "organization")
            return
        if j > i + 1 and any(self.ws[m].text in PATRONYMIC_PARTICLES for m in range(i + 1, j)) and (
                not self._names_org_or_place(i, j)):
            self._add(i, j, "person")  # "Haitham bin Tariq Al Said"
            return
        if j > i and self._given_name_first(i, j):
            self._add(i, j, "person")
            return
        if j > i and self._known_prefix_then_person(i, j):
            return
        if (j > i + 1 or (j > i and self.ws[i].sentence_start)) and self.wkey(i + 1) in lex.first_names and (
                self.wkey(i + 1) not in lex.cue("name_lead")) and (
                (self.ws[i].sentence_start and not self._known_word(i)) or self._all_caps(i, i)
                or j > i + 1 and self.wkey(i) not in lex.first_names and i > 0
                and self.ws[i - 1].text in _BODY_NOUNS):
            # ("the public services union Unison Dave Prentis": the body's one-word name, then the person)
            # "Starters Dan Haren of the Angels", "AL MVP Josh Hamilton": the name starts at the given name
            start = i + 1
            while start < j and self._all_caps(start, start) and self.wkey(start + 1) in lex.first_names:
                start += 1
            self._decide(start, j)
            return
        if j > i + 2 and self._org_then_person(i, j):
            return
        if j > i and self._names_org_or_place(i, j) and not any(self.ws[m].text in _JOINERS for m in range(i, j + 1)):
            keys = [self.wkey(m) for m in range(i, j + 1)]
            place = keys[-1] in lex.cue("place_head") or keys[0] in lex.cue("place_lead") or self._compass_place(keys)
            self._add(i, j, "place" if place else "organization")
            return
        if self._campaign_name(i, j):
            self._add(i, j, "organization")
            return
        split = self._split_point(i, j)
        if split is not None:
            for a, b in split:
                self._decide(a, b)
            return
        if j > i and self.ws[i].sentence_start and self.wkey(i) in _OPENING_PREPOSITIONS:
            self._decide(i + 1, j)  # "Like Kazaa, these trackers …": the preposition opening the sentence is no name's
            return
        cue = self._context_cue(i, j)
        if cue is not None and (j > i or cue != "person" or not self.ws[i].sentence_start):
            if cue == "person" and self._all_caps(i, j):
                cue = "organization"
            self._add(i, j, cue)
            return
        if j > i and self.ws[i].sentence_start and not self._known_word(i):
            self._decide(i + 1, j)
            return
        self.pending.append((i, j))

    def _org_then_person(self, i: int, j: int) -> bool:
        """"Massachusetts Family Institute Kristian Mineau": a body's name ending in its head word, then a given name
        and a surname, is the body and then the person (its role). True when the run was decided."""
        lex = self.lex
        for k in range(i + 1, j):
            if self.wkey(k) not in lex.first_names or self.wkey(k + 1) in lex.cue("org_head") or (
                    self._names_org_or_place(k, j)):
                continue
            if self.wkey(k - 1) in lex.cue("org_head"):
                self._decide(i, k - 1)
                self._add(k, j, "person", role=self.span_text(i, k - 1))
                return True
            # "House Judiciary Committee Ranking Democrat Jerrold Nadler": the body, the person's place in it, the
            # person
            head = max((m for m in range(i, k - 1) if self.wkey(m) in lex.cue("org_head")), default=None)
            if head is not None and (self.wkey(k - 1) in _PARTY_WORDS or self._is_title_word(k - 1)):
                self._decide(i, head)
                self._add(k, j, "person", role=self.span_text(i, k - 1))
                return True
        return False

    def _regnal_name(self, i: int, j: int) -> bool:
        """"Harald V", "Pope Benedict XVI": a name of one or two words and a regnal number is one person,
        the number part of the name (the title, if any, is the role). After "a"/"an" ("a Francis II") it
        names a hypothetical bearer, nobody in the news: no mention. True when the run was decided."""
        ws, lex = self.ws, self.lex
        if j == i or not REGNAL_NUMBER.match(ws[j].text) or ws[j].gap != " ":
            return False
        start = i
        while start < j - 1 and self._is_title_word(start):
            start += 1
        if j - start > 2 or self._names_org_or_place(start, j - 1) or not ws[start].text[1:].islower():
            return False
        if any(self.wkey(m) in lex.known_words or self.wkey(m) in lex.cue("common_word")
               or self.wkey(m) in lex.cue("not_person_head") for m in range(start, j)):
            return False  # "World War II", "Super Bowl XL": an event's or a thing's number
        if start == i and self.wkey(i) not in lex.first_names:
            return False  # "Apollo XI": only a title or a given name makes the number a reign's
        if start == i and i > 0 and ws[i - 1].text in ("a", "an") and ws[i].gap == " ":
            return True
        if start > i:
            self._prefix_names(i, start)
        role = self.span_text(i, start - 1) if start > i and not all(
            self.wkey(m) in lex.honorifics for m in range(i, start)) else None
        self._add(start, j, "person", role=role)
        return True

    def _all_caps(self, i: int, j: int) -> bool:
        return all(self.ws[k].text.isupper() for k in range(i, j + 1))

    def _known_word(self, i: int) -> bool:
        k = self.wkey(i)
        lex = self.lex
        return (k in lex.first_names or k in lex.known_words or k in lex.person_words or k in lex.honorifics or k in lex.role_heads
                or k in lex.qualifiers)

    def _org_or_place_by_last_word(self, i: int, j: int) -> bool:
        lex, last = self.lex, self.wkey(j)
        first = self.wkey(i)
        joiner = next((m for m in range(i + 1, j) if self.ws[m].text in _JOINERS), None)
        if joiner is not None and not self._names_org_or_place(i, joiner - 1) and first not in lex.cue("org_lead"):
            # "Jennifer Daskal of American University": the organisation is only after "of"
            return False
        if joiner is not None and self._names_org_or_place(i, joiner - 1):
            if self._title_then_name(i, joiner - 1) is not None:
                # "Senate Democratic Leader Harry Reid of Nevada": a titled person, then where they are from
                self._decide(i, joiner - 1)
                self._decide(joiner + 1, j)
                return True
            title = self._title_then_name(joiner + 1, j)
            if title is not None:
                # "United States House of Representatives Speaker Nancy Pelosi": the organisation, then
                # the person its role word names
                self._decide(i, title - 1)
                return self._titled(title, j)
            # "Federal Office of Criminal Investigation", "Royal Swedish Academy of Sciences"
            left = self.wkey(joiner - 1)
            self._add(i, j, "place" if left in lex.cue("place_head") else "organization")
            return True
        if last in lex.cue("org_head") or (first in lex.cue("org_lead") and self.ws[i + 1].text in _JOINERS):
            # "Trump Administration" names Trump, not an organisation called Trump
            head_key = self.key(i, j - 1)
            entry = lex.registry.get(head_key)
            if entry is not None and entry.actor_type == "person":
                self._add(i, j - 1, "person", canonical=entry.actor)
                return True
            if self._is_title_word(j - 1) and j - 1 == i:
                return False
            self._add(i, j, "organization")
            return True
        if last in lex.cue("place_head"):
            self._add(i, j, "place")
            return True
        return False

    def _team_name(self, i: int, j: int) -> bool:
        """"the Charlotte Hornets", "the Boston Celtics": "the", a place, then a plural (a team or a band)."""
        ws, lex = self.ws, self.lex
        if j == i or i == 0 or ws[i - 1].text != "the" or ws[i].gap != " ":
            return False
        last = ws[j].text
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s")) and last[1:].islower()
        return plural and self.wkey(j) not in lex.first_names and self.key(i, j - 1) in lex.places

    def _title_then_name(self, i: int, j: int) -> int | None:
        """The rightmost title word in words i..j followed by at least two words of a name, else None."""
        lex = self.lex
        for k in range(j - 2, i - 1, -1):
            if not self._is_title_word(k):
                continue
            rest = [self.wkey(m) for m in range(k + 1, j + 1)]
            if any(w in lex.honorifics or w in lex.role_heads or w in lex.qualifiers for w in rest):
                return None
            if self.key(k + 1, j) in lex.places or any(w in lex.known_words and w not in lex.first_names
                                                       for w in rest):
                return None
            if any(self.ws[m].text in _PARTICLES | _JOINERS or not self.ws[m].capitalised for m in range(k + 1, j + 1)):
                return None
            return None if self._names_org_or_place(k + 1, j) else k
        return None

    def _names_org_or_place(self, i: int, j: int) -> bool:
        """True when words i..j hold an organisation's or a place's word ("Academy", "University", "River")."""
        lex = self.lex
        keys = [self.wkey(m) for m in range(i, j + 1)]
        return (keys[-1] in lex.cue("org_head") or keys[-1] in lex.cue("place_head")
                or any(k in lex.cue("org_word") for k in keys) or keys[0] in lex.cue("place_lead")
                or self._compass_place(keys))

    def _compass_place(self, keys: list[str]) -> bool:
        """"South Ossetia", "Northern Cyprus": a compass word, then a name that is not an adjective
        ("North Korean")."""
        return len(keys) > 1 and keys[0] in self.lex.cue("compass") and not keys[1].endswith(("an", "ese", "ish"))

    def _is_title_word(self, k: int) -> bool:
        key = self.wkey(k)
        return key in self.lex.honorifics or key in self.lex.role_heads

    def _titled(self, i: int, j: int) -> bool:
        """"US President Donald Trump": a person after the rightmost title word, the title as the role."""
        lex = self.lex
        for k in range(j - 1, i - 1, -1):
            if not self._is_title_word(k):
                continue
            r = k + 1
            if self.ws[r].text == "of":  # "Secretary of State Marco Rubio"
                r += 1
                if r < j and self.ws[r].text == "the":  # "Comptroller of the Currency Keith Noreika"
                    r += 1
                while r <= j and r - k <= 3 and (self.wkey(r) in lex.qualifiers or self.wkey(r) in lex.cue("org_head")):
                    r += 1
            if r > j or self.ws[r].text in _PARTICLES | _JOINERS:
                continue
            # "Senator Amy Klobuchar of Minnesota": the name ends before "of", the place is its own name
            cut = next((m for m in range(r + 1, j) if self.ws[m].text in _JOINERS), None)
            if cut is not None and self._titled(i, cut - 1):
                self._decide(cut + 1, j)
                return True
            rest_keys = [self.wkey(m) for m in range(r, j + 1)]
            if all(k2 in lex.honorifics or k2 in lex.role_heads or k2 in lex.qualifiers for k2 in rest_keys):
                continue
            if self._names_org_or_place(r, j) or self.wkey(r) in lex.cue("compass"):
                # "Governor of Central Bank Operations Ulla Brekke": a given name starts the person
                tail = self._person_tail(r, j, given_name_only=True) if self.ws[k + 1].text == "of" else None
                if tail is not None and not self._names_org_or_place(tail, j):
                    self._prefix_names(i, k)
                    self._add(tail, j, "person", role=self.span_text(i, tail - 1))
                    return True
                return False  # "President of South Ossetia", "General Synod"
            if self.ws[k + 1].text == "of":
                if r == j:
                    return False  # "President of Freedonia": the one word after "of" is the title's place
                # "President of Georgia Mikheil Saakashvili": the title's place, then the person
                place_end = self._known_place_prefix(r, j)
                if place_end is not None:
                    if j - place_end < 2:
                        return False
                    self._prefix_names(i, k)
                    self._add(r, place_end, "place", canonical=self.lex.places.get(self.key(r, place_end)))
                    self._add(place_end + 1, j, "person", role=self.span_text(i, place_end))
                    return True
                # "Director of Public Prosecutions Noordin Haji": the role's complement, then the person
                if (r == k + 2 or r == k + 3 and self.ws[k + 2].text == "the") and self.wkey(r) not in lex.first_names:
                    tail = self._person_tail(r, j)
                    if tail is None:
                        return False  # "Minister of Natural Resources": a title and its complement, nobody
                    self._prefix_names(i, tail)
                    self._add(tail, j, "person", role=self.span_text(i, tail - 1))
                    return True
            self._prefix_names(i, k)
            title_keys = [self.wkey(m) for m in range(i, r)]
            role = None
            if not all(t in lex.honorifics for t in title_keys):
                role = self.span_text(i, r - 1)
            rest_key = self.key(r, j)
            entry = lex.registry.get(rest_key)
            if entry is not None:
                self._add(r, j, entry.actor_type, canonical=entry.actor, role=role if entry.actor_type == "person"
                          else None)
            elif rest_key in lex.places:
                self._add(r, j, "place", canonical=lex.places[rest_key])
            else:
                self._add(r, j, "person", role=role)
            return True
        return False

    def _person_tail(self, r: int, j: int, *, given_name_only: bool = False) -> int | None:
        """The first word of the person's name at the end of "<title> of <complement> <name>" (words r..j
        after "of"): the name starts at a given name (`data/first_names.txt`) leaving a complement of at
        least one word, else it is the last two words when the surname also stands alone elsewhere in the
        text or the complement would keep two words or more; None when no two-word name is left."""
        lex = self.lex
        for m in range(r + 1, j):
            if self.wkey(m) in lex.first_names and not self._is_title_word(m):
                return m
        if j - r < 2 or given_name_only:
            return None
        surname = self.ws[j].text
        if j - r >= 3 or self.text.count(surname) > 1:
            return j - 1
        return None

    def _known_place_prefix(self, i: int, j: int) -> int | None:
        """The last word of the longest gazetteer place that words i..j begin with, else None."""
        for m in range(min(j, i + self.lex.max_place_words - 1), i - 1, -1):
            if self.key(i, m) in self.lex.places:
                return m
        return None

    def _prefix_names(self, i: int, k: int) -> None:
        """Known names inside a title ("US" in "US President", "White House" in a press secretary's)."""
        for a, b, actor_type, canonical in self._known_parts(i, k - 1, article=False):
            self._add(a, b, actor_type, canonical=canonical)

    def _known_prefix_then_person(self, i: int, j: int) -> bool:
        """"Germany Richard Grenell" (after "US Ambassador to"): a known place, then a person's name."""
        lex = self.lex
        for m in range(min(j - 1, i + 3), i - 1, -1):
            key = self.key(i, m)
            hit = lex.registry.get(key)
            known = (hit.actor_type, hit.actor) if hit is not None and hit.actor_type != "person" else (
                ("place", lex.places[key]) if key in lex.places else None)
            if known is None:
                continue
            if m + 1 < j + 1 and (self._given_name_first(m + 1, j) if m + 1 < j else False):
                self._add(i, m, known[0], canonical=known[1])
                self._add(m + 1, j, "person")
                return True
            return False
        return False

    def _given_name_first(self, i: int, j: int) -> bool:
        lex = self.lex
        first = self.ws[i].text
        initials = (_INITIAL.match(first) is not None and len(first) <= 4 and self.ws[i + 1].gap == " "
                    and self.wkey(i) not in lex.registry and self.wkey(i) not in lex.places)
        lead = i
        while lead < j and self.wkey(lead) in _PARTY_WORDS:
            lead += 1
        # "Tory Liam Fox", "Liberal Democrat Paul Tyler": party words, then a given name and a surname
        party = i < lead < j and self.wkey(lead) in lex.first_names
        if not (self.wkey(i) in lex.first_names or initials or self.wkey(i) in lex.cue("name_lead") or party):
            return False
        if len(self.ws[j].text) == 1 and self.text[self.ws[j].end:self.ws[j].end + 2][:1] == "-" and (
                self.text[self.ws[j].end + 1:self.ws[j].end + 2].isdigit()):
            return False  # "Bill C-45": a letter and a number are a code, not a name ("Stefan W" is one)
        last = self.wkey(j)
        if (last in lex.cue("org_head") or last in lex.cue("place_head") or last in lex.not_actor
                or last in lex.cue("not_person_head")):
            return False
        if self._all_caps(i, j) or any(self.wkey(m) in lex.cue("org_word") for m in range(i, j + 1)):
            return False
        return not any(self.ws[m].text in _JOINERS for m in range(i, j + 1))

    def _split_point(self, i: int, j: int) -> list[tuple[int, int]] | None:
        """Runs joined by a hyphen ("Trump-Putin") or by "of"/"for" are decided part by part."""
        for m in range(i + 1, j + 1):
            w = self.ws[m]
            if w.text in _JOINERS:
                return [(i, m - 1), (m + 1, j)]
        for m in range(i + 1, j + 1):
            # "al-Muhandis", "Abdul-Mahdi": a particle or a name's lead word before the hyphen keeps one name
            # "Al-Hashash", "El-Baradei": a capitalised "Al"/"El" before the hyphen is the particle too
            # "Tan-Dung", "Min-Jun": a hyphen between two words neither of which is a known name is one name
            if self.ws[m].gap == "-" and not (self.ws[m - 1].text in _PARTICLES or self.ws[m - 1].text in ("Al", "El")
                                              or self.wkey(m - 1) in self.lex.cue("name_lead")) and (
                    self._known_name_word(m - 1) or self._known_name_word(m)):
                return [(i, m - 1), (m, j)]
        return None

    def _campaign_name(self, i: int, j: int) -> bool:
        """"Canadians for Equal Marriage", "Voters for Fair Housing": a plural group "for" a cause is an
        organisation (not a person named by the part after "for")."""
        ws = self.ws
        m = next((m for m in range(i + 1, j) if ws[m].text == "for"), None)
        if m is None or m != i + 1 and not all(ws[k].capitalised for k in range(i, m)):
            return False
        group = ws[m - 1].text
        return (group.endswith("s") and group[1:].islower() and not group.endswith(("ss", "'s", "’s"))
                and self.wkey(i) not in self.lex.first_names and not self._is_title_word(m - 1)
                and self.wkey(m - 1) not in self.lex.places)

    def _known_name_word(self, k: int) -> bool:
        """Word k is a registry actor or one of its people's words, a place, an acronym, a title or an everyday
        word ("Trump", "Russia", "General" in "Secretary-General"): a hyphen next to it joins two names."""
        key, lex = self.wkey(k), self.lex
        return (key in lex.person_words or key in lex.places or key in lex.registry or self.ws[k].text.isupper()
                or key in lex.role_heads or key in lex.qualifiers or key in lex.honorifics
                or key in lex.cue("common_word"))

    def _context_cue(self, i: int, j: int) -> str | None:
        """The actor type the surrounding words give a run, if any."""
        lex, ws = self.lex, self.ws
        after = ws[j + 1] if j + 1 < len(ws) else None
        if self._names_org_or_place(i, j):
            return None
        before = ws[i - 1] if i > 0 else None
        after_determiner = (before is not None and ws[i].gap == " " and not before.capitalised
                            and word_key(before.text) in _DETERMINERS)
        acronym_first = len(ws[i].text) > 1 and ws[i].text.isupper() and "." not in ws[i].text
        # "Rock and Roll Hall of Fame", "Procter and Gamble said": the run is the end of a longer name
        inside_longer_name = (i >= 2 and ws[i - 1].text in ("and", "&") and ws[i].gap == " "
                              and ws[i - 1].gap == " " and ws[i - 2].capitalised)
        # "Paris Saint-Germain said" is not a person; "spokesman Hami Aksoy" is, though Hami is a city too
        first_known = j > i and (self.wkey(i) in lex.places or (
            self.wkey(i) in lex.registry and lex.registry[self.wkey(i)].actor_type != "person")) and (
            self._role_before(i) is None)
        # "the Director of Public Prosecutions said": the words after a title's "of" are its complement
        title_complement = (i >= 2 and ws[i - 1].text == "of" and ws[i].gap == " " and ws[i - 1].gap == " "
                            and ws[i - 2].capitalised and self._is_title_word(i - 2))
        # "The Defense Minister responded": titles alone name nobody
        titles_only = all(self._is_title_word(m) or self.wkey(m) in lex.qualifiers for m in range(i, j + 1))
        # "the outgoing European Commissioner said": a run ending in its title names an office, unless it opens with
        # a given name ("Julie Bishop said")
        office = j > i and self._is_title_word(j) and self.wkey(i) not in lex.first_names
        person_ok = not (after_determiner or (acronym_first and j > i) or inside_longer_name or first_known
                         or title_complement or titles_only or office
                         or self.wkey(j) in lex.cue("not_person_head"))
        if after is not None and after.gap == " " and not after.capitalised:
            key = word_key(after.text)
            if key in lex.cue("place_after"):
                return "place"
            if key in lex.cue("org_after"):
                return "organization"
        if j > i and not first_known and (self._age_follows(j) or self._age_before(i)):
            return "person"  # "18-year-old Leila Haddad", "Leila Haddad, 20," (after "and" too)
        if not person_ok:
            return None
        if after is not None and after.gap == " " and not after.capitalised:
            key = word_key(after.text)
            if key in lex.cue("speech_verb"):
                # a lone word before "said" is a company as often as a person ("Google said"); people
                # named by surname alone are found through the full name the article gives them
                return "person" if j > i else None
            if key in ("of", "from") and 1 <= j - i <= 2 and self._affiliation_follows(j + 1):
                return "person"
            if key in lex.cue("place_after"):
                return "place"
            if key in lex.cue("org_after"):
                return "organization"
        if self._person_phrase_before(i, single=i == j) or (j > i and self._organisation_possessive_before(i)):
            return "person"
        if j > i and self._speech_verb_before(i):
            return "person"
        if self._role_before(i) is not None:
            # "the Greek gas producer Energean": an industry and a producer's role make a company
            if i >= 2 and word_key(ws[i - 2].text) in lex.cue("industry") and (
                    word_key(ws[i - 1].text) in lex.cue("company_role")):
                return "organization"
            return "person"
        if self._role_after(j) is not None or (j > i and self._event_of_before(i)):
            return "person"
        return None

    def _person_phrase_before(self, i: int, *, single: bool) -> bool:
        """"led by Minni Menawi", "a man known only as Evans": a phrase that introduces a person (cues
        `person_before`, for names of two words or more, and `alias_before`, for a surname alone too)."""
        ws = self.ws
        if ws[i].gap != " ":
            return False
        if single and i + 1 < len(ws) and ws[i + 1].gap == " " and not ws[i + 1].capitalised:
            return False  # "what the UK identified as Iraqi waters": an adjective, not a name
        for size in (2, 3):
            if i < size or any(ws[m].capitalised or ws[m + 1].gap != " " for m in range(i - size, i - 1)):
                continue
            phrase = " ".join(word_key(ws[m].text) for m in range(i - size, i))
            if phrase in self.lex.cue("alias_before") or (not single and phrase in self.lex.cue("person_before")):
                return True
        return False

    def _speech_verb_before(self, i: int) -> bool:
        """"..., said Thanathorn Jungrungruangkit": a name of two words or more right after a speech verb
        (cue `speech_verb`) that follows a quotation or a comma, the inverted order of news writing."""
        ws = self.ws
        if i < 2 or ws[i].gap != " " or ws[i - 1].capitalised or word_key(ws[i - 1].text) not in (
                self.lex.cue("speech_verb")):
            return False
        before_verb = ws[i - 1].gap.rstrip(" ")
        return before_verb.endswith((",", "”", '"', ",”", ',"', "’"))

    def _organisation_possessive_before(self, i: int) -> bool:
        """"CNN's Wolf Blitzer", "the BBC’s ...": an acronym or a registry organisation with "'s" before."""
        ws = self.ws
        if i == 0 or ws[i].gap not in {"'s ", "’s "}:
            return False
        key = self.wkey(i - 1)
        entry = self.lex.registry.get(key)
        return (entry is not None and entry.actor_type == "organization") or bool(_ACRONYM.match(ws[i - 1].text))

    def _event_of_before(self, i: int) -> bool:
        """"the killing of Qasem Soleimani", "the arrest of ...": what happens to a person, then "of"."""
        ws = self.ws
        return (i >= 2 and ws[i - 1].text == "of" and ws[i].gap == " " and ws[i - 1].gap == " "
                and word_key(ws[i - 2].text) in self.lex.cue("person_event"))

    def _age_before(self, i: int) -> bool:
        """"18-year-old Leila Haddad": an age in front of word i."""
        ws = self.ws
        return (i >= 3 and ws[i].gap == " " and ws[i - 1].text == "old" and ws[i - 1].gap == "-"
                and ws[i - 2].text in ("year", "years") and ws[i - 2].gap == "-" and ws[i - 3].text.isalnum()
                and not ws[i - 3].capitalised)

    def _age_follows(self, j: int) -> bool:
        """"Sudesh Amman, 20, was ...", "Abigail Ralph, aged 15": an age in apposition after word j."""
        ws = self.ws
        if j + 2 < len(ws) and ws[j + 1].gap == ", " and ws[j + 1].text == "aged" and ws[j + 2].text.isdigit():
            return True
        if j + 1 >= len(ws) or ws[j + 1].gap != ", " or not ws[j + 1].text.isdigit() or len(ws[j + 1].text) > 3:
            return False
        return j + 2 >= len(ws) or ws[j + 2].gap.startswith((",", ")"))

    def _affiliation_follows(self, k: int) -> bool:
        """"... of Norway", "... from the United States", "... of the University of Essex": after word k."""
        ws = self.ws
        nxt = k + 1
        if nxt < len(ws) and word_key(ws[nxt].text) == "the" and ws[nxt].gap == " ":
            nxt += 1
        return nxt < len(ws) and ws[nxt].gap == " " and ws[nxt].capitalised and self._is_name_word(ws[nxt])

    # -- roles ---------------------------------------------------------------------------------------
    def _role_before(self, i: int) -> str | None:
        """"Kremlin spokesman Dmitry Peskov", "the CIA director, John Ratcliffe": the role in front."""
        ws, lex = self.ws, self.lex
        if i == 0 or ws[i].gap not in {" ", ", "}:
            return None
        k = i - 1
        if ws[i].gap == ", " and ws[k].capitalised:
            # "the Archbishop of Gdańsk, Sławoj Leszek Głódź": a role with its "of" complement
            m = k
            while m > 0 and k - m < 4 and ws[m].capitalised and ws[m].gap == " ":
                m -= 1
            if ws[m].text == "of" and m > 0 and ws[m].gap == " " and word_key(ws[m - 1].text) in lex.role_heads:
                return self.text[ws[m - 1].start:ws[k].end]
            return None
        if ws[k].capitalised or word_key(ws[k].text) not in lex.role_heads:
            return None
        first = k
        while first > 0 and ws[first].gap == " " and i - first < 6:
            prev = ws[first - 1]
            pk = word_key(prev.text)
            if prev.capitalised:
                if pk in lex.known_words or pk in lex.qualifiers or pk in lex.role_heads:
                    first -= 1
                    continue
                break
            if pk in lex.qualifiers or pk in lex.role_heads:
                first -= 1
                continue
            break
        return self.text[ws[first].start:ws[k].end]

    def _role_after(self, j: int) -> str | None:
        """"Bradley Bowman, senior director at the Foundation ...,": the role in apposition after."""
        ws, lex = self.ws, self.lex
        if j + 1 >= len(ws) or ws[j + 1].gap != ", ":
            return None
        start = j + 1
        first_key = word_key(ws[start].text)
        possessive = (ws[start].capitalised and start + 1 < len(ws)
                      and ws[start + 1].gap.startswith(("’s", "'s")))  # "Putin’s spokesperson"
        # "Farhan Haq, U.N. associate spokesman": an organisation's acronym may open the role too
        acronym = bool(_ACRONYM.match(ws[start].text.replace(".", ""))) and (
            start + 1 < len(ws) and not ws[start + 1].capitalised)
        if not (first_key in _APPOSITION_OPENERS or first_key in lex.qualifiers or first_key in lex.role_heads
                or possessive or acronym):
            return None
        end = start
        has_head = False
        while end < len(ws) and end - start < 14:
            w = ws[end]
            if end > start and not w.gap.strip(" ’'s") == "" and w.gap not in {" ", "’s ", "'s ", "-"}:
                break
            # "Adil Abdul-Mahdi, the acting Prime Minister of Iraq": the head may be capitalised too
            # "Eduard Kokoity, President of South Ossetia,": a capitalised head first only with its "of"
            head_of = end + 1 < len(ws) and ws[end + 1].text == "of"
            if has_head and word_key(w.text) in lex.cue("speech_verb") and word_key(ws[end - 1].text) in lex.role_heads:
                return None  # "… to support Jo Lund, an official said": the description speaks, no apposition
            if word_key(w.text) in lex.role_heads and end - start < 6 and (
                    not w.capitalised or end > start or head_of):
                has_head = True
            end += 1
        if not has_head:
            return None
        return self.text[ws[start].start:ws[end - 1].end]

    def role_for(self, i: int, j: int) -> str | None:
        return self._role_before(i) or self._role_after(j)

    # -- pass 2 --------------------------------------------------------------------------------------
    def _coordinated_with_person(self, i: int, j: int) -> bool:
        """"Acker Bilk and Terry Lightfoot", "Didier Queloz and Michel Mayor": a run listed with a person."""
        ws, persons = self.ws, self._person_spans
        if not 1 <= j - i <= 2 or i in self.headline or self._names_org_or_place(i, j):
            return False
        if any(self.wkey(m) in self.lex.known_words or not ws[m].text[:1].isalpha() for m in range(i, j + 1)):
            return False
        after = j + 1
        if after + 1 < len(ws) and ws[after].text == "and" and ws[after].gap == " " and ws[after + 1].gap == " ":
            if (after + 1) in persons:
                return True
        if i >= 2 and ws[i - 1].text == "and" and ws[i].gap == " " and ws[i - 1].gap == " ":
            return any(end == i - 2 for end in persons.values())
        if i >= 1 and ws[i].gap == ", ":
            return any(end == i - 1 for end in persons.values())
        return False

    def second_pass(self) -> None:
        self._article_names = self._names_given_in_full()
        self._person_spans = {f.first: f.last for f in self.found if f.actor_type == "person"}
        for i, j in self.pending:
            if self._coordinated_with_person(i, j):
                self._add(i, j, "person")
                continue
            if i == j and self.wkey(i) in self.lex.places and self._place_context(i):
                self._add(i, j, "place", canonical=self.lex.places[self.wkey(i)])  # "flew to Amman"
                continue
            if self._unknown_word_then_city(i, j):
                self._add(i, j, "person")
                continue
            headline = i in self.headline
            for a, b, actor_type, canonical in self._known_parts(i, j, article=True):
                self._add(a, b, actor_type, canonical=canonical)
            if headline or i != j:
                continue
            if any(f.first <= i <= f.last for f in self.found):
                continue
            w = self.ws[i]
            if _ACRONYM.match(w.text) and i not in self.in_quote and self.wkey(i) not in self.lex.not_actor:
                self._add(i, i, "organization")
                continue
            cue = self._context_cue(i, i)
            if cue is not None and not w.sentence_start and not self._is_title_word(i):
                self._add(i, i, cue)

    def _place_context(self, i: int) -> bool:
        """Word i follows "in", "to", "from" ... or "and"/"or" after a place ("in Lagos and Tripoli")."""
        ws = self.ws
        if i == 0 or ws[i].gap != " ":
            return False
        if ws[i - 1].text in _PLACE_PREPOSITIONS:
            return True
        return (ws[i - 1].text in ("and", "or") and i >= 2 and ws[i - 1].gap == " "
                and any(f.last == i - 2 and f.actor_type == "place" for f in self.found))

    def _unknown_word_then_city(self, i: int, j: int) -> bool:
        """"Sudesh Amman": an unknown capitalised word, then a one-word place, inside a sentence, is a person's
        given name and surname (a place qualifier such as "Greater" or "Downtown" is a known word)."""
        lex, first = self.lex, self.ws[i]
        if j != i + 1 or i in self.headline or first.sentence_start or not first.text.isalpha():
            return False
        if first.text.isupper() or self._known_word(i) or self.wkey(i) in lex.places:
            return False
        before = self.ws[i - 1] if i > 0 else None
        if before is not None and not before.capitalised and word_key(before.text) in _DETERMINERS:
            return False  # "the Borussia Dortmund team"
        after = self.ws[j + 1] if j + 1 < len(self.ws) else None
        if after is not None and after.gap == " " and word_key(after.text) in lex.cue("org_after"):
            return False
        if self.wkey(i) in lex.cue("place_lead") or self.wkey(i) in lex.cue("common_word"):
            return False
        last = self.wkey(j)
        return last in lex.places and last not in lex.registry and self.ws[j].text[1:].islower()

    def _names_given_in_full(self) -> dict[str, tuple[str, str | None]]:
        """Key -> (type, canonical) of the names pass 1 found, including people's surnames alone."""
        names: dict[str, tuple[str, str | None]] = {}
        for f in self.found:
            names.setdefault(name_key(f.name), (f.actor_type, f.canonical))
        for f in self.found:
            if f.actor_type == "person":
                parts = [p for p in name_key(f.name).split() if len(p) > 1 or f.first == f.last]
                if len(parts) > 1:
                    for short in short_name_keys(" ".join(parts), self.lex.cue("name_lead"),
                                                 family_first=family_name_first(f.name)):
                        names.setdefault(short, ("person", None))
                full = name_key(f.name)
                if is_regnal_name(full):  # "Harald" after "Harald V": a person, named so (no number added)
                    names.setdefault(full.rsplit(" ", 1)[0], ("person", None))
        # a given name alone ("Kate says") is the one person of the article with that given name
        firsts: dict[str, set[str]] = {}
        for f in self.found:
            parts = name_key(f.name).split()
            if (f.actor_type == "person" and len(parts) > 1 and parts[0] in self.lex.first_names
                    and not is_regnal_name(name_key(f.name))):
                firsts.setdefault(parts[0], set()).add(name_key(f.name))
        for first, fulls in firsts.items():
            if len(fulls) == 1:
                names.setdefault(first, ("person", None))
        return names

    def _known_parts(self, i: int, j: int, *, article: bool) -> list[tuple[int, int, str, str | None]]:
        """Longest known names inside words i..j, left to right."""
        lex, out, p = self.lex, [], i
        longest = max(lex.max_alias_words, lex.max_place_words, 4)
        while p <= j:
            for q in range(min(j, p + longest - 1), p - 1, -1):
                key = self.key(p, q)
                if (key in lex.not_actor or p == q and not self._is_name_word(self.ws[p])) and not (
                        p == q and self._month_as_surname(p)):
                    continue
                if p == q and p > i and REGNAL_NUMBER.match(self.ws[p].text):
                    continue  # "Apollo XI": a number after a name, not Xi the surname
                hit = None
                if article and key in self._article_names:
                    actor_type, canonical = self._article_names[key]
                    hit = (actor_type, canonical)
                elif key in lex.registry:
                    hit = (lex.registry[key].actor_type, lex.registry[key].actor)
                elif key in lex.places:
                    hit = ("place", lex.places[key])
                elif p == q and key in lex.person_surnames and len(lex.person_surnames[key]) == 1:
                    hit = ("person", next(iter(lex.person_surnames[key])))
                if hit is not None:
                    out.append((p, q, hit[0], hit[1]))
                    p = q
                    break
            p += 1
        return out

    # -- results -------------------------------------------------------------------------------------
    def _add(self, i: int, j: int, actor_type: str, *, canonical: str | None = None, role: str | None = None) -> None:
        if i > j:
            return
        if actor_type == "person" and canonical is None and j - i >= 2 and self.ws[i + 1].gap == "-" and (
                self.ws[i + 1].text.islower()
                and word_key(f"{self.ws[i].text}-{self.ws[i + 1].text}") in self.lex.role_heads):
            # "Film-maker Spike Lee": a hyphenated role before the name
            lead = self.span_text(i, i + 1)
            role = f"{role} {lead}" if role else lead
            i += 2
        if actor_type == "person" and canonical is None:
            while i < j and self.ws[i].text[:1].islower() and self.ws[i].text.isalpha():
                # "President-elect Barack Obama": the title's tail after the hyphen is no part of the name
                role = f"{role}-{self.ws[i].text}" if role else self.ws[i].text
                i += 1
        if actor_type == "person" and canonical is None and j - i >= 2:
            # "Miss England Danielle Lloyd", "Tory Dominic Grieve": a place or a party before a given name and a
            # surname completes the title, it is no part of the name
            lex = self.lex
            k = next((k for k in range(i + 1, j) if self.wkey(k) in lex.first_names), None)
            if k is not None and (all(self.wkey(m) in _PARTY_WORDS for m in range(i, k))  # "Tory Dominic Grieve"
                                  or self.wkey(i) not in lex.first_names and (
                                      self.key(i, k - 1) in lex.places
                                      or getattr(lex.registry.get(self.key(i, k - 1)), "actor_type", None) == "place")):
                lead = self.span_text(i, k - 1)
                role = f"{role} {lead}" if role else lead
                i = k
        if actor_type == "person" and role is None:
            role = self.role_for(i, j)
        self.found.append(Found(i, j, actor_type, self.span_text(i, j), canonical, role))

    def names(self) -> list[Found]:
        self.first_pass()
        self.second_pass()
        self.found.sort(key=lambda f: (f.first, f.last))
        unique: list[Found] = []
        for f in self.found:
            if unique and f.first <= unique[-1].last:
                continue
            if unique and unique[-1].last + 1 == f.first and self.text[self.ws[f.first - 1].end:self.ws[f.first].start] in (
                    "’s ", "'s "):
                whole = self.lex.registry.get(self.key(unique[-1].first, f.last))
                if whole is not None:  # "Moody’s Investors Service": a listed name with a possessive inside it
                    unique[-1] = Found(unique[-1].first, f.last, whole.actor_type,
                                       self.span_text(unique[-1].first, f.last), whole.actor, None)
                    continue
            unique.append(f)
        return unique
