"""Round 10 of the quote attribution rules: who a pronoun or a description continues, one made-up paragraph each
(not copied from an eval set), with exact expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pytest
from quote_shapes import assert_speakers


SHAPES = [
    # a pronoun after a sentence whose subject is a person's thing continues that person, not a man named earlier
    ("The festival honoured the novelist Daniel Marsh on Saturday, with the critic Peter Hale and others on the "
     "stage. Hale spoke first about his own early reviews. Perhaps some of Marsh's sharp remarks explain why the "
     "evening ran late. “Prizes are for people who have stopped working,” he explained to the audience.",
     [("Prizes are for people who", "Daniel Marsh")]),
    # a pronoun inside a sentence's opening participial clause points ahead to the subject after the comma
    ("The critic Peter Hale praised the novelist Daniel Marsh at the ceremony. Saying that he had never wanted "
     "the prize, Marsh thanked Hale for coming. “Prizes are for people who have stopped working,” he said.",
     [("Prizes are for people who", "Daniel Marsh")]),
    # a definite description no role fits ("the teenager") names again the speaker quoted just before
    ("The singer Lena Vogt, 15, has a second hit this month. “I write every song in my bedroom,” Vogt told the "
     "magazine. The teenager said a tour “would be the best thing that ever happened to me”.",
     [("I write every song in my b", "Lena Vogt"), ("would be the best thing th", "Lena Vogt")]),
    ("Carl Dunmore of Tulsa filed a bill on Monday to change the adoption rules. “Every family deserves the same "
     "chance,” he says. "
     "The bill goes to a committee next week. “We will have the votes to pass it in the spring,” the Democratic "
     "lawmaker said.",
     [("Every family deserves the ", "Carl Dunmore"), ("We will have the votes to ", "Carl Dunmore")]),
    # the place after "the senator for", "Calder of" says whom the person represents; it is not the speaker
    ("Senator Ruth Calder spoke in Boston on Monday about taxes. The Senator for Maine in her radio interview "
     "called the tax plan “a gift to the very rich”, saying, “Nobody in my state will see a cent of it.”",
     [("a gift to the very rich", "Ruth Calder"), ("Nobody in my state will s", "Ruth Calder")]),
    ("Senator Ruth Calder spoke in Boston on Monday about taxes. Calder of Maine called the tax plan “a gift to "
     "the very rich”.",
     [("a gift to the very rich", "Ruth Calder")]),
    # a statement "reads" its words after the quotation, as a person says them
    ("The Riverside Rovers cancelled the match on Friday. “We are sorry to let our supporters down this "
     "weekend,” the statement read.",
     [("We are sorry to let our su", "statement")]),
    # "the publication" is the body last named, as "the club" is
    ("The Harbour Ledger (THL), an online news service based in Leeds, will close this month. THL never sold "
     "advertising. It ran, in what the publication called “our odd little experiment”, on donations alone.",
     [("our odd little experiment", "Harbour Ledger")]),
    # a name followed by ", which …" is a thing, so the person the apposition chain opens with speaks
    ("The council approved the plan on Monday. Harriet Okoye, general manager of Tane Mahuta Arts, which promotes "
     "Maori theatre, said that she had mixed feelings about it. “This is not theatre in my view, but it is "
     "certainly close to it.”",
     [("This is not theatre in my ", "Harriet Okoye")]),
    # "the military" is not the "Air Force" named before it: a body whose name says it is another kind of body
    ("Jets struck the village on Tuesday. Officials said the Air Force had been sent after reports of rebels in the "
     "area. The military claims it is in a “final push” against the group.",
     [("final push", "military")]),
    ("The Riverside Rovers Football Club lost again on Saturday. The club said the manager had its “full support” "
     "for now.",
     [("full support", "Riverside Rovers Football Club")]),
]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", SHAPES, ids=range(len(SHAPES)))
def test_round10_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)
