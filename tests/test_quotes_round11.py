"""Round 11 of the quote attribution rules: one made-up paragraph each (not copied from an eval set), with exact
expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pytest
from quote_shapes import assert_speakers


SHAPES = [
    # "said United States President Tom Harlow": "States" in a country's name is no speech verb ("states"), so the
    # person the title phrase ends with speaks, not the country
    ("Talks ended on Friday. “We have made real progress,” said United States President Tom Harlow. “The work "
     "goes on.”",
     [("We have made real progress", "Tom Harlow"), ("The work goes on.", "Tom Harlow")]),
    ("Talks ended on Friday. “We have made real progress,” said United Arab Emirates Foreign Minister Omar Haddad.",
     [("We have made real progress", "Omar Haddad")]),
    # a title's hyphenated tail ("President-elect") is no part of the name after it
    ("Talks ended on Friday. “We have made real progress,” said United States President-elect Tom Harlow.",
     [("We have made real progress", "Tom Harlow")]),
    ("Talks ended on Friday. President-elect Tom Harlow told reporters: “We have made real progress.”",
     [("We have made real progress", "Tom Harlow")]),
    # "the Liberty and Justice Party": a body's name may join two words with "and" before its head ...
    ("The Liberty and Justice Party said the result was “a victory for every voter”.",
     [("a victory for every voter", "Liberty and Justice Party")]),
    ("After the vote, the Green and Labour Alliance praised the ruling, arguing that “the court has finally "
     "listened to workers”.",
     [("the court has finally list", "Green and Labour Alliance")]),
    # ... but a person's name before "and" is no part of it
    ("Voters backed Tom Harlow and Justice Party candidates. Harlow said the result was “a victory for every "
     "voter”.",
     [("a victory for every voter", "Tom Harlow")]),
    # a speech verb inside a relative clause set off by commas ("…, in which the musician is claiming …,") is an
    # aside: the quotation after it belongs to the main clause's speaker ...
    ("Singer Nora Lind sued the city in May. Lind told the court that the case, in which the musician is claiming "
     "$50,000 in damages, is “about respect, not money”.",
     [("about respect, not money", "Nora Lind")]),
    # ... while a quotation inside the relative clause is its own verb's
    ("Singer Nora Lind sued the city in May. The case, which the mayor Tom Harlow described as “a waste of "
     "money”, opens next week.",
     [("a waste of money", "Tom Harlow")]),
]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", SHAPES, ids=range(len(SHAPES)))
def test_round11_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)
