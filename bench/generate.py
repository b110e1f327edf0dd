"""Synthetic news corpora for the benchmarks: deterministic, realistic in shape, made from our own word lists.

    python -m bench.generate --articles 10000 --out bench/out/corpus-10k

writes `part-00000-0.jsonl`, `part-00001-1000.jsonl`, ... (1,000 articles each by default; one JSON object
per line with `text`, `title`, `outlet`, `published`, `url`), or with `--format txt` one folder per shard of
`.txt` files and a side-car `articles.csv`; `python -m analysis build DIR` reads either.

What an article looks like: a title, 7-15 paragraphs (250-900 words, about 520 on average) on one of several running stories,
a cast of 3-6 people introduced with their role ("Foreign Minister Anna Kovacs") and then named by
surname, "Mr."/"Ms." or a pronoun; 2-6 direct quotations in the usual attribution forms (“…,” Kovacs
said / said Kovacs / Kovacs told reporters: “…” / “…,” she added); market sentences ("Brent crude fell
2.3% to $75.25 a barrel") in about half of the articles; numbers that are not prices ("a 30-day
ceasefire"); background sentences assembled word by word, so that independent articles share few
three-word runs (as real independent reports do); about 3% syndicated near copies of a recent article under another outlet; about 2% with no
date and 1% with no outlet. Publication dates cluster around each story's peak within 2025.

Article `i` depends only on (`seed`, `i`), so the first 10,000 articles of a 100,000-article corpus are
the 10,000-article corpus, and `--first 10000 --articles 10` makes the 10 articles that follow it.
No sentence is copied from a real article: everything is assembled from the lists below.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

YEAR_START = date(2025, 1, 1)
DAYS = 365
SHARD_SIZE = 1_000
DUPLICATE_SHARE = 0.03
UNDATED_SHARE = 0.02
NO_OUTLET_SHARE = 0.01

# --- word lists (the project's own; names are invented combinations) ---------------------------------------
FEMALE = ("Anna", "Maria", "Elena", "Sofia", "Laura", "Julia", "Nadia", "Clara", "Ingrid", "Fatima", "Olena",
          "Irina", "Grace", "Helen", "Amira", "Leila", "Monika", "Sara", "Katarzyna", "Lucia", "Hanna", "Ruth",
          "Camille", "Aiko", "Priya", "Yasmin", "Beatriz", "Tamar", "Nora", "Eva")
MALE = ("Peter", "Mark", "Daniel", "Oleksandr", "Sergei", "Ahmed", "James", "Thomas", "Lukas", "Marco", "Pavel",
        "Andrei", "Karim", "David", "Stefan", "Jonas", "Viktor", "Omar", "Henrik", "Mateo", "Rajesh", "Kenji",
        "Tomasz", "Felix", "Dmytro", "Yusuf", "Hugo", "Samuel", "Arturo", "Nikolai")
SURNAMES = ("Kovacs", "Lindqvist", "Moreau", "Petrenko", "Haddad", "Novak", "Brennan", "Castellano", "Okafor",
            "Takahashi", "Weber", "Sokolov", "Marchetti", "Halvorsen", "Rahman", "Delacroix", "Kowalski",
            "Bergström", "Mendez", "Osei", "Varga", "Ivanenko", "Fischer", "Albrecht", "Demir", "Horvath",
            "Nakamura", "Quinlan", "Rossi", "Sandoval", "Tanaka", "Urbanek", "Valdez", "Whitaker", "Yilmaz",
            "Zielinski", "Abbott", "Baranov", "Carvalho", "Dunmore", "Eriksen", "Falk", "Grieve", "Hoffmann",
            "Iqbal", "Jansen", "Karlsson", "Lefebvre", "Mikhailov", "Nielsen", "Ortega", "Pereira", "Reyes",
            "Schultz", "Torres", "Vasquez", "Wojcik", "Young", "Zhukov", "Mercer", "Castell", "Dragan")
COUNTRIES = ("Ukraine", "Russia", "Germany", "France", "Poland", "Turkey", "Saudi Arabia", "Qatar", "Japan",
             "India", "Brazil", "Canada", "Norway", "Hungary", "Romania", "Egypt", "South Africa", "Italy",
             "Spain", "the United Kingdom", "the United States", "China", "Finland", "Georgia", "Moldova")
CITIES = ("Kyiv", "Moscow", "Riyadh", "Geneva", "Brussels", "Istanbul", "Warsaw", "Berlin", "Paris", "Doha",
          "Vienna", "Helsinki", "Ankara", "Budapest", "London", "Washington", "Tokyo", "New Delhi", "Cairo",
          "Oslo", "Rome", "Madrid", "Bucharest", "Tbilisi", "Chisinau", "Odesa", "Kharkiv", "Lviv")
ORGS = ("NATO", "the European Union", "the United Nations", "the Kremlin", "the White House", "OPEC",
        "the International Monetary Fund", "the World Bank", "the European Commission", "the Red Cross",
        "the G7", "the Security Council", "the European Central Bank", "the Federal Reserve", "Gazprom",
        "the World Trade Organization", "the African Union", "the Arab League")
ROLES = ("Foreign Minister", "Defense Minister", "Prime Minister", "President", "Finance Minister",
         "Energy Minister", "Trade Minister", "Senator", "Ambassador", "Deputy Foreign Minister",
         "Secretary of State", "National Security Adviser", "Interior Minister", "Economy Minister")
ROLES_AFTER = ("a spokesperson for the foreign ministry", "the central bank governor", "a senior diplomat",
               "chief economist at Northgate Capital", "a senior fellow at the Baltic Policy Institute",
               "an analyst at Meridian Research", "the head of the grain exporters' union",
               "a professor of international relations", "the mayor of the city", "an energy analyst at Corvane",
               "a spokesman for the presidential office", "a commodities strategist at Halden Bank")
OUTLET_HEADS = ("Daily", "Morning", "Evening", "Global", "National", "Northern", "Eastern", "Continental",
                "Metropolitan", "Independent", "Weekly", "Atlantic")
OUTLET_TAILS = ("Ledger", "Herald", "Courier", "Observer", "Dispatch", "Monitor", "Tribune", "Gazette",
                "Chronicle", "Post", "Standard", "Review")
OUTLETS = tuple(f"The {h} {t}" for h in OUTLET_HEADS for t in OUTLET_TAILS[: 6 + len(h) % 6])
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Story:
    """A running story: what its articles are about, where, and when it peaks (day of the year)."""

    name: str
    phrases: tuple[str, ...]
    places: tuple[str, ...]
    peak: int
    markets: float  # share of its articles with market sentences


STORIES = (
    Story("ceasefire", ("ceasefire talks", "peace negotiations", "a lasting peace settlement", "security guarantees",
                        "prisoner exchange", "the front line", "territorial concessions", "a 30-day truce",
                        "the peace plan", "direct talks"), ("Ukraine", "Russia", "Saudi Arabia", "Kyiv", "Moscow"),
          50, 0.5),
    Story("energy", ("energy sanctions", "the oil price cap", "gas supplies", "pipeline exports", "refinery output",
                     "the energy transition", "fuel prices", "LNG shipments", "crude exports", "storage levels"),
          ("Norway", "Qatar", "Germany", "Doha", "Oslo"), 120, 0.9),
    Story("grain", ("grain exports", "the shipping corridor", "wheat harvest", "port infrastructure",
                    "food security", "export quotas", "fertiliser prices", "Black Sea shipping", "crop yields",
                    "insurance costs"), ("Ukraine", "Turkey", "Egypt", "Odesa", "Istanbul"), 200, 0.7),
    Story("rates", ("interest rates", "inflation expectations", "the rate decision", "monetary policy",
                    "bond yields", "the currency market", "wage growth", "consumer prices", "the policy rate",
                    "core inflation"), ("Japan", "the United Kingdom", "Brussels", "London", "Tokyo"), 250, 1.0),
    Story("tariffs", ("trade tariffs", "import duties", "the trade agreement", "supply chains", "export controls",
                      "semiconductor supplies", "steel imports", "customs checks", "retaliatory measures",
                      "the trade deficit"), ("China", "the United States", "India", "Washington", "New Delhi"),
          300, 0.6),
    Story("elections", ("the election campaign", "opinion polls", "the coalition talks", "voter turnout",
                        "the runoff vote", "campaign finance", "electoral reform", "the parliamentary majority",
                        "the opposition bloc", "constitutional court"), ("Poland", "Romania", "Hungary", "Warsaw",
                                                                       "Bucharest"), 150, 0.2),
    Story("climate", ("the climate summit", "emission targets", "carbon pricing", "renewable capacity",
                      "coal phase-out", "climate finance", "methane rules", "flood defences", "heat records",
                      "adaptation funding"), ("Brazil", "Egypt", "Canada", "Geneva", "Cairo"), 320, 0.3),
)

VERBS_SAID = ("said", "said on {weekday}", "told reporters", "wrote on social media", "said in a statement",
              "told a news conference")
NARRATIVE = (
    "{place} and {place2} have been at odds over {phrase} for months, and a deal on {phrase2} is now on the table.",
    "Officials in {city} said {phrase} would dominate the agenda when delegations meet on {weekday}.",
    "The talks in {city} lasted about {minutes} minutes, according to people familiar with the discussions.",
    "{org} has called for progress on {phrase}, warning that {phrase2} could unravel without it.",
    "Diplomats described the mood as cautious, with {phrase} still the main sticking point.",
    "The latest round follows weeks of pressure from {org} over {phrase}.",
    "Analysts expect {phrase} to shape the debate in {place} well into the next quarter.",
    "A draft seen by reporters sets out {phrase} and a timetable for {phrase2} over {days} days.",
    "Critics in {place} argue that {phrase} rewards delay, while supporters point to {phrase2}.",
    "The government in {city} has not commented on {phrase}, but a decision is expected by {weekday}.",
    "More than {count} people attended the meeting in {city}, where delegates discussed {phrase} at length.",
    "{org} said it was monitoring {phrase} closely and stood ready to help with {phrase2}.",
    "The dispute over {phrase} has drawn in {place}, which fears being left out of {phrase2}.",
    "Earlier this week, a delegation from {place} travelled to {city} to discuss {phrase}.",
    "Markets have been sensitive to any news on {phrase} since the start of the year.",
    "The plan would phase in {phrase} over {days} days, starting with {phrase2}.",
)
SAID_NARRATIVE = (
    "{ref} said any decision on {phrase} was a matter for {place}.",
    "{ref} has repeatedly linked {phrase} to {phrase2}.",
    "In a call with {ref2}, {ref} raised {phrase} and {phrase2}.",
    "{ref} is expected to travel to {city} later this month.",
    "{ref} and {ref2} spoke for {minutes} minutes on {weekday}, their offices said.",
)
QUOTE_BODIES = (
    "We are ready to discuss {phrase}, but not at any price",
    "Nobody should expect a quick solution on {phrase}",
    "This is about {phrase}, and we will not be rushed",
    "Progress on {phrase} is the only realistic way forward for {place}",
    "We have made clear to our partners that {phrase} must come first",
    "The door remains open, and we are prepared to talk about {phrase}",
    "There is no agreement yet on {phrase}. There is an agreement to keep talking",
    "I think a deal on {phrase} will take months, not weeks",
    "Our priority is {phrase}, and that has not changed",
    "People in {city} want to see results on {phrase}, not more promises",
    "We will judge them by what they do on {phrase}, not by what they say",
    "It would be a mistake to treat {phrase} as a side issue",
)
MARKETS = (
    "Brent crude {verb} {pct}% to ${oil} a barrel.",
    "Brent crude futures were {updown} {cents} cents, or {pct}%, at ${oil} a barrel.",
    "U.S. West Texas Intermediate crude {verb} ${abs} to ${wti}.",
    "The rouble {fxverb} {pct}% to {rub} per dollar.",
    "The MOEX index {verb} {pct}% to {moex} points.",
    "Gold {verb} ${gabs}, or {pct}%, to ${gold} an ounce.",
    "Benchmark Dutch TTF gas {verb} {pct}% to €{ttf} per megawatt-hour.",
    "The euro {fxverb} {pct}% to ${eur}.",
    "Wheat futures {verb} {pct}% to ${wheat} a bushel.",
    "The yield on the 10-year Treasury note {verb} to {yld}%.",
)
# Background sentences assembled word by word (subject, verb, adjective, noun, tail): tens of millions of
# combinations, so two articles share few three-word runs, as independent reports do.
SUBJECTS = ("Local officials", "Business groups", "Opposition lawmakers", "Shipping firms", "Regional governors",
            "Union leaders", "Bankers", "Farmers", "Investors", "Aid agencies", "Military planners", "Economists",
            "Energy traders", "Small manufacturers", "Insurers", "Port operators", "City councils", "Hospital managers",
            "Exporters", "Teachers' unions", "Rating agencies", "Freight companies", "Consumer groups", "Retailers",
            "Engineers", "Legal scholars", "Veterans' groups", "Pension funds", "Airlines", "Mining companies")
VERBS = ("have warned about", "are watching", "remain divided over", "have pushed back against", "welcomed",
         "questioned", "have lobbied for", "raised concerns about", "expect a shift in", "are preparing for",
         "have complained about", "quietly support", "want clarity on", "are bracing for", "have criticised",
         "cautiously endorsed", "are lobbying against", "have asked for details of", "doubt", "played down")
ADJECTIVES = ("rising", "uncertain", "delayed", "new", "stricter", "temporary", "regional", "long-term", "weaker",
              "higher", "cross-border", "seasonal", "unexpected", "proposed", "revised", "costly", "limited",
              "emergency", "fragile", "overdue", "informal", "binding", "voluntary", "partial", "sweeping")
NOUNS = ("transport costs", "credit lines", "labour shortages", "border checks", "repair work", "subsidies",
         "tax rules", "loan guarantees", "supply contracts", "power outages", "housing plans", "water tariffs",
         "budget cuts", "licence fees", "rail links", "inspection regimes", "reporting rules", "spending plans",
         "reserve requirements", "wage talks", "grid upgrades", "procurement rules", "visa rules", "stockpiles",
         "price controls", "training schemes", "safety standards", "capital buffers", "fishing quotas", "toll charges")
TAILS = ("in recent weeks", "since the spring", "after the latest round", "ahead of the winter",
         "despite repeated assurances", "according to local media", "as costs mount", "in private meetings",
         "at a hearing this week", "in an open letter", "for the second time this year", "in the capital",
         "during a visit to the region", "in written submissions", "at a closed-door briefing", "")
UP = ("rose", "climbed", "jumped", "gained", "rallied", "edged up")
DOWN = ("fell", "slid", "dropped", "declined", "slipped", "eased")
TITLES = (
    "{place} and {place2} edge closer on {phrase}",
    "{surname} says {phrase} must come first",
    "What {phrase} means for {place}",
    "Talks on {phrase} resume in {city}",
    "{org_cap} presses {place} over {phrase}",
    "{phrase_cap}: {surname} sets out terms",
    "Pressure mounts over {phrase} as {city} talks stall",
    "{place} weighs {phrase} after {weekday} call",
)


@dataclass(frozen=True)
class Person:
    first: str
    surname: str
    female: bool
    role: str
    role_after: bool  # "Name, <role>," rather than "<Role> Name"

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


def _people(seed: int) -> tuple[Person, ...]:
    """The recurring cast: 600 people, each with one role, the same in every article of a corpus."""
    rng = random.Random(seed * 7919 + 1)
    cast: dict[str, Person] = {}
    while len(cast) < 600:
        female = rng.random() < 0.45
        first, surname = rng.choice(FEMALE if female else MALE), rng.choice(SURNAMES)
        after = rng.random() < 0.35
        role = rng.choice(ROLES_AFTER if after else ROLES)
        cast.setdefault(f"{first} {surname}", Person(first, surname, female, role, after))
    return tuple(cast.values())


class _Slots(dict):
    """Template slots filled on first use, so a template pays only for the slots it names."""

    def __init__(self, rng: random.Random, story: Story, cast: list[Person], said: set[str]):
        super().__init__()
        self.rng, self.story, self.cast, self.said = rng, story, cast, said

    def __missing__(self, key: str) -> str:
        rng, story = self.rng, self.story
        if key in ("phrase", "phrase2"):
            value = rng.choice(story.phrases)
        elif key == "phrase_cap":
            value = rng.choice(story.phrases)
            value = value[0].upper() + value[1:]
        elif key in ("place", "place2"):
            value = rng.choice(story.places if rng.random() < 0.6 else COUNTRIES)
            if key == "place2" and value == self.get("place"):
                value = rng.choice(COUNTRIES)
        elif key == "city":
            value = rng.choice(CITIES)
        elif key in ("org", "org_cap"):
            value = rng.choice(ORGS)
            if key == "org_cap":
                value = value[0].upper() + value[1:]
        elif key in ("ref", "ref2"):
            others = [p for p in self.cast if p is not self.get("_ref_person")] or self.cast
            person = rng.choice(others)
            self["_ref_person"] = person
            value = self.refer(person)
        elif key == "surname":
            value = self.cast[0].surname
        elif key == "weekday":
            value = rng.choice(WEEKDAYS)
        elif key == "minutes":
            value = str(rng.choice((30, 45, 60, 90, 120)))
        elif key == "days":
            value = str(rng.choice((10, 30, 60, 90)))
        elif key == "count":
            value = f"{rng.randint(2, 40) * 50:,}"
        else:
            raise KeyError(key)
        self[key] = value
        return value

    def refer(self, person: Person) -> str:
        """The person as an article names them: in full with the role the first time, briefly after."""
        if person.full not in self.said:
            self.said.add(person.full)
            return f"{person.full}, {person.role}," if person.role_after else f"{person.role} {person.full}"
        if self.rng.random() < 0.3:
            return f"{'Ms.' if person.female else 'Mr.'} {person.surname}"
        return person.surname


def _quote(rng: random.Random, slots: _Slots, person: Person) -> str:
    body = rng.choice(QUOTE_BODIES).format_map(slots)
    open_, close = ("“", "”") if rng.random() < 0.8 else ('"', '"')
    verb = rng.choice(VERBS_SAID).format_map(slots)
    form = rng.randrange(5)
    first_time = person.full not in slots.said
    ref = slots.refer(person)
    if form == 0:
        return f"{open_}{body},{close} {ref} {verb}."
    if form == 1 and first_time is False:
        return f"{open_}{body},{close} said {ref}."
    if form == 2:
        return f"{ref} {verb}: {open_}{body}.{close}"
    if form == 3 and not first_time:
        pronoun = "she" if person.female else "he"
        return f"{open_}{body},{close} {pronoun} added."
    second = rng.choice(QUOTE_BODIES).format_map(slots)
    return f"{open_}{body},{close} {ref} {verb}. {open_}{second}.{close}"


def _market(rng: random.Random) -> str:
    up = rng.random() < 0.5
    pct = rng.uniform(0.1, 4.5)
    values = {
        "verb": rng.choice(UP if up else DOWN), "updown": "up" if up else "down",
        "fxverb": rng.choice(("firmed", "strengthened", "rose") if up else ("weakened", "fell", "slipped")),
        "pct": f"{pct:.1f}", "cents": str(rng.randint(5, 95)), "abs": f"{rng.uniform(0.2, 3):.2f}",
        "oil": f"{rng.uniform(62, 88):.2f}", "wti": f"{rng.uniform(58, 84):.2f}", "rub": f"{rng.uniform(80, 105):.2f}",
        "moex": f"{rng.randint(2400, 3400):,}", "gabs": f"{rng.uniform(2, 40):.2f}",
        "gold": f"{rng.uniform(2600, 3400):,.2f}", "ttf": f"{rng.randint(28, 60)}", "eur": f"{rng.uniform(1.02, 1.18):.4f}",
        "wheat": f"{rng.uniform(5, 7.5):.2f}", "yld": f"{rng.uniform(3.8, 4.9):.2f}",
    }
    return rng.choice(MARKETS).format_map(values)


def _body(rng: random.Random, people: tuple[Person, ...]) -> tuple[Story, list[str], str]:
    """One article: its story, paragraphs, and title."""
    story = rng.choice(STORIES)
    cast = list({p.surname: p for p in rng.sample(people, rng.randint(3, 6))}.values())
    slots = _Slots(rng, story, cast, set())
    lede_person = cast[0]
    title = rng.choice(TITLES).format_map(slots)
    paragraphs = []
    n_paragraphs = rng.randint(7, 15)
    market_at = rng.randrange(1, n_paragraphs) if rng.random() < story.markets else -1
    for p in range(n_paragraphs):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            slots.clear()
            roll = rng.random()
            if p == 0 and not sentences:
                sentences.append(f"{slots.refer(lede_person)} said on {rng.choice(WEEKDAYS)} that "
                                 f"{rng.choice(story.phrases)} would be discussed in {rng.choice(CITIES)}.")
            elif roll < 0.22:
                sentences.append(_quote(rng, slots, rng.choice(cast)))
            elif roll < 0.34:
                sentences.append(rng.choice(SAID_NARRATIVE).format_map(slots))
            elif roll < 0.7:
                tail = rng.choice(TAILS)
                sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(ADJECTIVES)} "
                                 f"{rng.choice(NOUNS)}{' ' + tail if tail else ''}.")
            else:
                sentence = rng.choice(NARRATIVE).format_map(slots)
                sentences.append(sentence[0].upper() + sentence[1:])
        if p == market_at:
            sentences.extend(_market(rng) for _ in range(rng.randint(1, 3)))
        paragraphs.append(" ".join(sentences))
    return story, paragraphs, title


def _slug(title: str) -> str:
    return "-".join("".join(c for c in word if c.isalnum()) for word in title.lower().split())[:80].strip("-")


def article(i: int, *, seed: int = 0, people: tuple[Person, ...] | None = None) -> dict[str, str | None]:
    """Article number `i` of the corpus made with `seed`: `text`, `title`, `outlet`, `published` (ISO date or
    None), `url` (None when the outlet is unknown). The same (`seed`, `i`) always gives the same article."""
    people = people or _people(seed)
    rng = random.Random(seed * 1_000_003 + i)
    story, paragraphs, title = _body(rng, people)
    if i >= 20 and rng.random() < DUPLICATE_SHARE:
        # a syndicated copy of a recent article: same body, one paragraph dropped, a sentence appended
        _, paragraphs, title = _body(random.Random(seed * 1_000_003 + i - rng.randint(1, 20)), people)
        paragraphs = paragraphs[:-1] + [f"This report was first published by {rng.choice(OUTLETS)}."]
    outlet = None if rng.random() < NO_OUTLET_SHARE else rng.choice(OUTLETS)
    day = min(DAYS - 1, max(0, int(rng.gauss(story.peak, 40)))) if rng.random() < 0.7 else rng.randrange(DAYS)
    published = None if rng.random() < UNDATED_SHARE else (YEAR_START + timedelta(days=day)).isoformat()
    url = None
    if outlet:
        domain = outlet.lower().removeprefix("the ").replace(" ", "") + ".example"
        url = f"https://www.{domain}/{(published or '2025-00')[:7].replace('-', '/')}/{_slug(title)}-{i}"
    return {"text": "\n\n".join(paragraphs), "title": title, "outlet": outlet, "published": published, "url": url}


def articles(n: int, *, seed: int = 0, first: int = 0) -> Iterator[dict[str, str | None]]:
    """Articles `first` ... `first + n - 1` of the corpus made with `seed`."""
    people = _people(seed)
    for i in range(first, first + n):
        yield article(i, seed=seed, people=people)


FORMATS = ("jsonl", "txt")
"""jsonl: one JSON object per line per shard file. txt: one folder per shard, a `.txt` file per article
(its body) and a side-car `articles.csv` (file,title,outlet,published,url), like `data/articles/`."""


def write_corpus(out: str | Path, *, n: int, seed: int = 0, first: int = 0, shard_size: int = SHARD_SIZE,
                 prefix: str = "part", fmt: str = "jsonl") -> list[Path]:
    """Write articles `first` ... `first + n - 1` into `out` in shards of `shard_size` articles (`fmt`: see
    `FORMATS`); returns the shard files or folders written. Shards are numbered by article position."""
    if n < 0 or first < 0:
        raise ValueError(f"n and first must be >= 0, not n={n!r}, first={first!r}")
    if shard_size < 1:
        raise ValueError(f"shard_size must be >= 1, not {shard_size!r}")
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    write = _write_jsonl if fmt == "jsonl" else _write_txt
    written, shard_items, shard = [], [], None
    for offset, item in enumerate(articles(n, seed=seed, first=first)):
        position = first + offset
        if shard is not None and position // shard_size != shard:
            written.append(write(out / f"{prefix}-{shard:05d}", shard_items))
            shard_items = []
        shard = position // shard_size
        shard_items.append((position, item))
    if shard_items:
        written.append(write(out / f"{prefix}-{shard:05d}", shard_items))
    return written


def _write_jsonl(stem: Path, items: list[tuple[int, dict]]) -> Path:
    path = stem.with_name(f"{stem.name}-{items[0][0]}.jsonl")
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for _, item in items), encoding="utf-8")
    return path


def _write_txt(stem: Path, items: list[tuple[int, dict]]) -> Path:
    folder = stem.with_name(f"{stem.name}-{items[0][0]}")
    folder.mkdir(parents=True, exist_ok=True)
    rows = io.StringIO()
    side_car = csv.writer(rows, lineterminator="\n")
    side_car.writerow(("file", "title", "outlet", "published", "url"))
    for position, item in items:
        name = f"a{position:07d}.txt"
        (folder / name).write_text(item["text"] + "\n", encoding="utf-8")
        side_car.writerow((name, item["title"], item["outlet"] or "", item["published"] or "", item["url"] or ""))
    (folder / "articles.csv").write_text(rows.getvalue(), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000, help="how many articles (default 1000)")
    parser.add_argument("--out", type=Path, required=True, help="directory for the JSONL shards")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--first", type=int, default=0, help="number of the first article (default 0)")
    parser.add_argument("--shard-size", type=int, default=SHARD_SIZE, help=f"articles per shard ({SHARD_SIZE})")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="jsonl files or .txt folders (jsonl)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    files = write_corpus(args.out, n=args.articles, seed=args.seed, first=args.first, shard_size=args.shard_size,
                        fmt=args.format)
    size = sum(p.stat().st_size for f in files for p in ([f] if f.is_file() else f.iterdir()))
    print(f"wrote {args.articles} articles in {len(files)} file(s), {size / 1e6:.1f} MB, to {args.out} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
