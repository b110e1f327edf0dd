"""Person recall and precision of the actors stage against hand-made lists of the people articles name.

An eval set is a folder of `.txt` articles and a `people.csv` (`file,person`): one row per person an
article names, `person` as "Full Name|Other Name|..." when the article uses several names for one person.
A person the stage reports counts as right when its name, or every word of it, is one of the person's
names ("Waseem" for "Mohammed Waseem"); case, accents, full stops and hyphens do not count.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.actors.lexicon import name_key


@dataclass(frozen=True, slots=True)
class PersonScore:
    """Counts over an eval set: `found` listed people reported, `reported` distinct people reported,
    `correct` reported people that are listed; recall = found / listed, precision = correct / reported."""

    listed: int
    found: int
    reported: int
    correct: int

    @property
    def recall(self) -> float:
        return self.found / self.listed if self.listed else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.reported if self.reported else 1.0


def read_eval_set(folder: Path) -> tuple[pd.DataFrame, dict[str, list[list[str]]]]:
    """The articles (article_id = file name, title empty, text) and the listed people of each file."""
    people: dict[str, list[list[str]]] = {}
    with (folder / "people.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            people.setdefault(row["file"], []).append([n.strip() for n in row["person"].split("|")])
    files = sorted(p for p in folder.glob("*.txt"))
    articles = pd.DataFrame({"article_id": [p.name for p in files], "title": "",
                             "text": [p.read_text(encoding="utf-8") for p in files]})
    return articles, people


def _matches(reported: str, names: list[str]) -> bool:
    key = name_key(reported)
    words = set(key.split())
    return any(key == name_key(n) or (words and words <= set(name_key(n).split())) for n in names)


def person_errors(mentions: pd.DataFrame, people: dict[str, list[list[str]]]) -> pd.DataFrame:
    """Per article: listed people not reported (`missed`) and reported people not listed (`wrong`)."""
    rows = []
    for article_id, listed in people.items():
        reported = sorted(set(mentions.loc[(mentions["article_id"] == article_id)
                                           & (mentions["actor_type"] == "person"), "actor"]))
        missed = [names[0] for names in listed if not any(_matches(r, names) for r in reported)]
        wrong = [r for r in reported if not any(_matches(r, names) for names in listed)]
        rows.append({"article_id": article_id, "listed": len(listed), "reported": len(reported),
                     "missed": missed, "wrong": wrong})
    return pd.DataFrame(rows, columns=["article_id", "listed", "reported", "missed", "wrong"])


def person_score(mentions: pd.DataFrame, people: dict[str, list[list[str]]]) -> PersonScore:
    """Recall and precision of the people in `mentions` against the listed `people`, over all articles."""
    errors = person_errors(mentions, people)
    listed, reported = int(errors["listed"].sum()), int(errors["reported"].sum())
    missed = sum(len(m) for m in errors["missed"])
    wrong = sum(len(w) for w in errors["wrong"])
    return PersonScore(listed=listed, found=listed - missed, reported=reported, correct=reported - wrong)
