"""Round 12 of the quote attribution rules: one made-up paragraph each (not copied from an eval set), with exact
expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pandas as pd
import pytest
from quote_shapes import assert_speakers

from analysis.actors import mentions_for

SHAPES = [
    # a speech verb in -s after a body's name is no plural noun ("The Daily Courier reports that …")
    ("The race ended. The Daily Courier reports that “she has trained for four hours a day for a year.”",
     [("she has trained", "Daily Courier")]),
    # a role with its nationality taken for a name gives way to the person it is in apposition with
    ("The vote was close. Tomas Velarde Ruiz, the Peruvian Ambassador, declared that a “grave injustice” had been "
     "done.",
     [("grave injustice", "Tomas Velarde Ruiz")]),
    ("The Dutch government was angry. Kees Vermeer, the Dutch Minister, claimed it was a “fantastic stunt”.",
     [("fantastic stunt", "Kees Vermeer")]),
    # two fragments joined by "and", the second attributed: one attribution for both
    ("The second site is in Chile because of its “dry climate and good roads” and “a skilled workforce,” says the "
     "Orion Array's website.",
     [("dry climate and good roads", "Orion Array"), ("a skilled workforce", "Orion Array")]),
    # a role and its body not closed by a comma after the person who opens the chain
    ("Others disagreed. Professor Lena Vogt, immediate past President of the Nordic Renal Association stated that "
     "“the scenario is ethically unacceptable”.",
     [("the scenario is ethically unacceptable", "Lena Vogt")]),
    # a participial aside set off by commas before the verb holds no subject
    ("The Harbour Institute, established in 2003 with an endowment from philanthropist Ivan Petrov, claims it is "
     "“an independent think tank.”",
     [("an independent think tank.", "Harbour Institute")]),
    # a list of reactions, each item a name, a colon and a quotation with no space before it
    ("Tributes poured in: ;Ada Moss:\"He was a wonderful man.\" ;Skelter:\"His music will live on.\"",
     [("He was a wonderful man.", "Ada Moss"), ("His music will live on.", "Skelter")]),
    # "and" inside a body's name before a title does not make the person after it a preposition's object
    ("Lena Holt was arrested at the border. Customs and Excise spokesman Omar Reid said agents searched Ms. Holt's "
     "car. “When our officers looked again,” he said, “they found more.”",
     [("When our officers looked again", "Omar Reid"), ("they found more.", "Omar Reid")]),
    # a statement someone gave speaks for them
    ("The cartoon ran on Monday. President Ada Moss gave a statement condemning the attack: “Our allies stand with "
     "us.”",
     [("Our allies stand with us.", "Ada Moss")]),
    # a new sentence opening with a time set off by a comma does not attribute the quotation before it
    ("“I did take a banned substance,” Alex Rodriguez told the interviewer. “I felt an enormous amount of pressure.” "
     "Last week, the Daily Courier reported that he had tested positive.",
     [("I did take a banned substance", "Alex Rodriguez"), ("I felt an enormous amount", "Alex Rodriguez")]),
    # a title before the person who opens an apposition chain does not hide the chain
    ("The launch went well. Colonel Ada Brandt, of the 12th Space Wing, Royal Danish Air Force, said that the "
     "launch was “a great success”, and the result of “tireless effort” by all.",
     [("a great success", "Ada Brandt"), ("tireless effort", "Ada Brandt")]),
    # a name after "the CEO of" an acronym completes the role; the person opening the chain speaks
    ("Jo Lund, the CEO of KTX Satellite Services told the team that she “cannot thank you enough”.",
     [("cannot thank you enough", "Jo Lund")]),
    # a role written in capitals, then the person after a comma: the person
    ("“Everyone can now watch for free,” Skyline General Manager, Steve Okafor said. Sales start today.",
     [("Everyone can now watch", "Steve Okafor")]),
    # "with X calling it …": the participle's subject is the one "with" names
    ("Campaigners welcomed the ruling, with the director of Clean Rivers Trust, Mara Quist, calling it “a great day "
     "for the river.”",
     [("a great day for the river", "Mara Quist")]),
    # a description, then a possessive place and a role before the name
    ("The council met. “This is a setback,” the President of the Security Council, Norway's Ambassador Ole Strand, "
     "told reporters.",
     [("This is a setback", "Ole Strand")]),
    # an uncued quotation before a sentence that opens its own quotation with "told X:" is the earlier speaker's
    ("“He was one of the greats,” Danish director Lars Holm said to reporters. “It is a great loss.” Polish director "
     "Anna Wajs told PAP: “His films will last.”",
     [("He was one of the greats", "Lars Holm"), ("It is a great loss.", "Lars Holm"),
      ("His films will last.", "Anna Wajs")]),
]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", SHAPES, ids=range(len(SHAPES)))
def test_round12_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_the_corporation_points_back_to_the_broadcaster_named_before() -> None:
    # a medium may be meant by a medium's noun; the rules alone do not read "the corporation" as a description
    # ("The Acme Corporation's director" is a name's), the parse does
    assert_speakers("The Courier Broadcasting Corporation received 2,000 complaints. The corporation said that “the "
                    "item was not well judged”.",
                    [("the item was not well judged", "Courier Broadcasting Corporation")])


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Contestant Miss England Danielle Lloyd said it.", "Danielle Lloyd", "Contestant Miss England"),
    ("Scotland manager Steve Clarke said so.", "Steve Clarke", "Scotland manager"),
    ("Then President-elect Tom Harlow said no.", "Tom Harlow", "President-elect"),
    ("It was branded scandalous by Tory Dominic Grieve.", "Dominic Grieve", "Tory"),
    ("The vote failed. President of the Vermont Family Institute Kristian Moe called it sad.", "Kristian Moe",
     "Vermont Family Institute"),
])
def test_a_place_before_a_given_name_and_surname_is_part_of_the_title(text: str, person: str, role: str) -> None:
    rows = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    people = rows[rows["actor_type"] == "person"]
    assert list(zip(people["actor"], people["role"])) == [(person, role)]


def test_a_royal_known_by_the_given_name_is_not_another_person_who_shares_it() -> None:
    text = ("Prince Edmund and Lady Ann Holt are to marry. Edmund said he was delighted. Party leader Edmund Barr sent "
            "his congratulations.")
    rows = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    people = rows[rows["actor_type"] == "person"]
    assert list(people["actor"]) == ["Edmund", "Ann Holt", "Edmund", "Edmund Barr"]
