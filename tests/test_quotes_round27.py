"""Rounds 27 to 31 of the quote attribution rules: one made-up paragraph each (not copied from an eval set), with
exact expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pandas as pd
import pytest
from quote_shapes import assert_speakers, speakers

from analysis.actors import mentions_for

SHAPES = [
    # an opening "But when asked if X …," is a subordinate clause after a linking word: X is not the speaker
    ("Club chairman John Doyle spoke on Friday. But when asked if Mark Ellis would stay, Doyle said: \"I hope so.\"",
     [("I hope so.", "John Doyle")]),
    # the one words were told to, a name nobody knows, is an outlet more often than a person; "the 21-year-old"
    # is a person "he" can point back to
    ("Carlos Ruiz has fuelled talk of a move to Spain.\n\n\"I wish I was playing at home,\" the 24-year-old told "
     "Radio Onda. \"It could happen.\" The winger joined the club in 2004. He began the season well but has "
     "struggled. \"I am not happy here,\" he added.",
     [("I wish I was playing at home", "Carlos Ruiz"), ("It could happen.", "Carlos Ruiz"),
      ("I am not happy here", "Carlos Ruiz")]),
    # a paragraph that is all quotation takes the reporting clause that ends the paragraph before it
    ("Film critics are divided.\n\nTom Baxter, reviews editor of a film weekly, says old cartoons have a built-in "
     "audience.\n\n\"I can understand why studios remake them. But I think it is backfiring.\"\n\nThe film opens on "
     "Friday.",
     [("I can understand why studios remake them.", "Tom Baxter")]),
    # "believes" reports, before a quotation that opens its sentence
    ("The awards ignored the film, says Tom Baxter, the news editor of a trade weekly. But he also believes the "
     "politics did not help. \"If you look at past winners, voters go for epics. The film did not fit.\"",
     [("If you look at past winners", "Tom Baxter")]),
    # "said <body>'s <name>": the person the body owns speaks, not the body
    ("\"We are excited to be going back,\" said Iron Maiden's Bruce Dickinson. \"Fans will be too.\"",
     [("We are excited to be going back", "Bruce Dickinson"), ("Fans will be too.", "Bruce Dickinson")]),
    ("\"We won,\" said United's manager Tom Baxter.", [("We won", "Tom Baxter")]),
    # before any quotation, "the writer" is the person the sentence before reports as speaking
    ("Author Jane Moss has said she will not return to the show.\n\nThe writer said she felt \"like a child\" in "
     "the house.",
     [("like a child", "Jane Moss")]),
    # round 28: British police ranks abbreviated are titles, not names
    ("Det Chief Supt Mick Dale said: \"We acted fast.\" Det Chief Supt Dale went on: \"It is good news.\"",
     [("We acted fast.", "Mick Dale"), ("It is good news.", "Mick Dale")]),
    # "said <body> analyst <person>": the analyst speaks, not the body
    ("\"People are watching less television,\" said Northfield Research analyst Olivier Brun.",
     [("People are watching less television", "Olivier Brun")]),
    # an unknown name a verb governs ("to undermine Grokster") is a thing, no antecedent for "he"
    ("\"The rating system is flawed,\" said Dr Jan Vos, a researcher at Delft. Record labels have worked to "
     "undermine Grokster by planting fakes. \"The moderators make the difference,\" he said.",
     [("The rating system is flawed", "Jan Vos"), ("The moderators make the difference", "Jan Vos")]),
    # the person allegations were put to answers next
    ("\"He is a disgrace,\" Tom Hale said on Saturday.\n\nThose allegations were put to Ben Orr after the game. At "
     "first he said only: \"Nothing happened.\"",
     [("He is a disgrace", "Tom Hale"), ("Nothing happened.", "Ben Orr")]),
]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", SHAPES, ids=range(len(SHAPES)))
def test_round27_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("text, expected", [
    # a paragraph break between a paraphrase and a quotation with its own speaker changes nothing
    ("Tom Baxter, a film critic, says old cartoons sell.\n\n\"They never do,\" said Ann Holt.",
     [("They never do", "Ann Holt")]),
    # "believes" alone, before a quotation inside its sentence, reports nothing
    ("Tom Baxter believes the film is a \"masterpiece\" of its kind. Critics disagree.", []),
])
def test_round27_limits(text: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers(text, expected)


def test_the_person_asked_about_is_not_the_speaker_after_but_when() -> None:
    # the speaker is a surname the actors stage does not know; the rules alone must not fall back on the person
    # the opening "when asked if" clause names
    text = ("Listen to the interview tonight.\n\nBut when asked if Mark Ellis would stay next season, Doyle said: "
            "\"I sincerely hope he will be.\"")
    assert speakers(text) == [("I sincerely hope he will be.", "Doyle")]
    assert speakers(text, parse=False) == [("I sincerely hope he will be.", None)]


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = "Unlike Grokster, the network has moderators. Following Zenthra, the firm cut prices. Dr Jo Lund agreed."
    rows = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert not any(str(a).startswith(("Unlike", "Following")) for a in rows["actor"])


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 29: "the 28-year-old Morientes" is the named person, not a description of the one named before
    ("Coach Rafael Lopez wants Fernando Reyes. \"If there is an offer we will talk,\" the 28-year-old Reyes "
     "admitted.",
     [("If there is an offer", "Fernando Reyes")]),
    # an office "of <something>" before its holder's name, with no comma
    ("Spain's minister of sport Jaime Lorca was quick to back the decision. \"Everyone has to watch their words,\" "
     "he said.",
     [("Everyone has to watch their words", "Jaime Lorca")]),
    # "X, from the Y (ABC) told": where the speaker is from, with the body's abbreviation
    ("\"The story this year is digital,\" Jeff Moss, from the Consumer Gadget Association (CGA) told reporters.",
     [("The story this year is digital", "Jeff Moss")]),
    # the speaker a sentence ends with is the "he" of the next
    ("Others targeted include Oliver Dunn, David Marsh and Theresa Hale, elections chief Lord Brennan said. He said "
     "it was \"nothing personal\".",
     [("nothing personal", "Brennan")]),
    # the person an attribution named, not the product named before them in the same noun phrase
    ("A Scottish firm has made a talking search engine. Called Speeko, it reads results aloud.\n\nPeople visiting "
     "Speeko can pick one of three voices. \"It is still a bit robotic,\" said Speeko founder Gordon "
     "Rent. \"The system is ideal for people with blurred vision. It reads the news aloud. \"We are not saying it suits "
     "everyone,\" he added.",
     [("It is still a bit robotic", "Gordon Rent"), ("The system is ideal", "Gordon Rent"),
      ("We are not saying it suits everyone", "Gordon Rent")]),
    # the owner of the subject two sentences before
    ("Tom Savell's future at the club has been in doubt for weeks. However, good displays have impressed the fans. "
     "\"The crowd gave me a standing ovation,\" he said.",
     [("The crowd gave me a standing ovation", "Tom Savell")]),
])
def test_round29_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 31: an opinion that "came from" someone is theirs, and so is the "he" after it
    ("Analyst Ian Fogg liked it. \"It is a computer,\" said Mr Fogg. One dissenting opinion came from Brian Gamm, vice "
     "president of research at a consultancy. He said: \"I do not think it changes the world.\"",
     [("It is a computer", "Ian Fogg"), ("I do not think it changes the world.", "Brian Gamm")]),
    # one narrative sentence naming no one between a speaker's reported words and their quotation
    ("Ian Pearce, the firm's futurologist, told the BBC that the closure was a \"real shame\". The firm was just one "
     "of the companies that had worked with the Labs. \"There were a lot of very talented people there.\"",
     [("real shame", "Ian Pearce"), ("There were a lot of very talented people there.", "Ian Pearce")]),
])
def test_round31_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_round31_the_parse_takes_the_person_a_role_follows() -> None:
    text = ("\"Every game will be playable in HD,\" Dr Mark Tuffin games systems director at content firm Zenthra told "
            "the BBC News website.")
    assert speakers(text) == [("Every game will be playable in HD", "Mark Tuffin")]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 32: "But for X, …" gives X's view; the next "he said" is X
    ("\"Google is a portal now,\" said Tom Baxter. But for Allen Weiss, a research director at a consultancy, the "
     "future of search is not about technology. \"Search technology is valuable,\" he said.",
     [("Google is a portal now", "Tom Baxter"), ("Search technology is valuable", "Allen Weiss")]),
    # a new sentence naming its speaker before a comma and its own quotation does not attribute the one before
    ("Mr Cridley said: \"This will help. \"This allows us to reach a new audience.\" Saumil Nanda, president of a "
     "software firm, said, \"This player is what 3G was built for.\"",
     [("This will help.", "Cridley"), ("This allows us to reach a new audience.", "Cridley"),
      ("This player is what 3G was built for.", "Saumil Nanda")]),
])
def test_round32_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_round32_the_rules_read_the_clause_after_but_before_a_colon() -> None:
    text = ("US Customs claimed Mr Griffin was a leader but his lawyer, Antony Towns, told the BBC it was laughable and "
            "added: \"He was living on welfare.\"")
    assert speakers(text, parse=False) == [("He was living on welfare.", "Antony Towns")]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 33: a memo, guidance, a study or a survey speaks its own words, and "it" after it is the memo
    ("The ministry sent courts a new policy on Friday. The new memo also warns judges to be wary of \"an incentive to "
     "misrepresent\" age. It also says to look out for \"fraud and abuse\" in claims.",
     [("an incentive to misrepresent", "new memo"), ("fraud and abuse", "new memo")]),
])
def test_round33_documents_speak(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)
