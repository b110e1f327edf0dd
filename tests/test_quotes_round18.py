"""Round 18 of the quote attribution rules: one made-up paragraph each (not copied from an eval set), with exact
expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pandas as pd
import pytest
from quote_shapes import assert_speakers

from analysis.actors import mentions_for
from analysis.quotes import find_quote_spans

FLATTENED = ('Coach Jo Lund said: "We trained hard all winter. "There were days when I wanted to stop, but the team '
             'kept me going."')


def test_a_paragraph_break_lost_between_two_parts_of_a_quotation_starts_the_next_part() -> None:
    # scraped copies often join paragraphs with a space: the fresh opening mark after a full stop opens a new part
    spans = find_quote_spans(FLATTENED)
    assert [FLATTENED[s.start:s.end] for s in spans] == [
        "We trained hard all winter.", "There were days when I wanted to stop, but the team kept me going."]
    assert spans[0].closing is None


SHAPES = [
    # both parts of a quotation whose paragraph break was lost are the speaker's
    (FLATTENED, [("We trained hard all winter.", "Jo Lund"), ("There were days", "Jo Lund")]),
    # a title standing alone ("the outgoing European Commissioner") names an office, not a person; "he" after it
    # is the person named before
    ("Ole Brandt has accepted a seat in the upper house. On television it was put to Mr Brandt that he had mocked "
     "it. But the outgoing European Commissioner said his words needed context. He said reform needed allies. "
     "\"It was pointed out to me that reform will need votes.\"",
     [("It was pointed out to me", "Ole Brandt")]),
    # "the first minister", a rank no one was given, is the person named before; "he" can point back to it
    ("Mr Ian Moray said the floods were a tragedy. The first minister also praised Harbour Water for sending pumps. "
     "The Highland Council has lent 11 staff. But he said the region was \"in it for the long term\".",
     [("in it for the long term", "Ian Moray")]),
    # a bare "a spokesman" speaks for the body just named; "the spokesman" is the one described before
    ("But the Transport Office defended the plan. A spokesman said: \"The trains will run on time.\"",
     [("The trains will run on time.", "Transport Office spokesman")]),
    ("The party disowned him. A Green Party spokesman said he had been a member. The spokesman added: \"He left "
     "last year.\"",
     [("He left last year.", "Green Party spokesman")]),
    # "the archbishop" is the person the article gave that title
    ("Archbishop Thabo Ngema told reporters: \"It is unacceptable.\" The men were freed on Tuesday. The archbishop "
     "added: \"What about those left behind?\"",
     [("It is unacceptable.", "Thabo Ngema"), ("What about those left behind?", "Thabo Ngema")]),
    # "a judge" is named in the next sentence, with the same title
    ("Late bars are a problem. This week a judge claimed late drinking was breeding \"street gangs\" in towns. Judge "
     "Ada Crane QC made her remarks as she sentenced two men.",
     [("street gangs", "Ada Crane")]),
    # a news lead describes its speaker and names them in the next sentence
    ("A senior Labour MP has criticised the ministry's \"careless\" planning for floods.\n\nAudit committee chairman "
     "Tom Reeve was giving his reaction to a report.",
     [("careless", "Tom Reeve")]),
    # a participle opening the sentence and a programme someone owns are not people "she" or "he" can mean
    ("\"We will ban them,\" said Ann Roe. Praising Hearts and Hibs for their efforts, she said: \"The clubs have "
     "helped.\"",
     [("We will ban them", "Ann Roe"), ("The clubs have helped.", "Ann Roe")]),
    ("Home Secretary Tom Baird spoke on Sunday. Speaking on Radio Five's Morning Show, he said migrants were \"of "
     "great value\".",
     [("of great value", "Tom Baird")]),
    # a party word before a given name is the person's affiliation
    ("The Greens will study the plans, but Tory Liam Keane said his party offered a \"clear choice\".",
     [("clear choice", "Liam Keane")]),
    # a spokeswoman named by a body with "for" in its name; "she" points back to her
    ("Lord Hale wanted the principle set down. A Department for Rural Affairs spokeswoman said the two agreed. "
     "\"Their dispute is narrow,\" she said.",
     [("Their dispute is narrow", "Department for Rural Affairs spokeswoman")]),
    # the same after a sentence of reported speech with no quotation
    ("Shadow minister Ann Moss said the plan would help clubs. \"We aim to shift the burden away from teachers.\" "
     "The Tories say Labour's plans came too late.",
     [("We aim to shift the burden", "Ann Moss")]),
    # a party named by its members is the party
    ("The Tories have accused the two men of behaving like \"boys squabbling in a yard\".",
     [("boys squabbling in a yard", "Conservative Party")]),
    # "But" opening a sentence is no preposition before the description that is its subject
    ("Critics accused Sir Tom Vane. But a Green Party spokesman said rivals had spent more. \"Money talks in this "
     "race,\" he added.",
     [("Money talks in this race", "Green Party spokesman")]),
    # words the registry lists as a party are no person "he" can mean
    ("Liberal Democrat chief executive Lord Ashby said Labour was hiding. \"The leader has vanished from the "
     "leaflets,\" he said.",
     [("The leader has vanished", "Ashby")]),
    # people inside a sentence's opening prepositional phrase are not its main clause's
    ("In answer to a question from student Ben Carr about trust, Prime Minister Tom Reid said talking was the answer. "
     "This was why he wanted to \"get past the headlines,\" he added.",
     [("get past the headlines", "Tom Reid")]),
    # a closing mark after a space, then a new sentence: the quoted part ends its sentence there
    ("Party chairman Ann Lowe said: \"If they are serious they should explain it. \"The truth is, they lack the "
     "courage. \" And the chancellor said the figures did not add up.",
     [("If they are serious", "Ann Lowe"), ("The truth is", "Ann Lowe")]),
    # a surname that is a title ("King") says nothing of gender; the honorific before it does
    ("Rivals will take on Una King at the election. Ms King has held the seat since 1997. She said: \"I am ready.\"",
     [("I am ready.", "Una King")]),
    # "the source" names again the fuller description before it
    ("A Labour source told the paper the posters were a mistake. The source added: \"They used old pictures.\"",
     [("They used old pictures.", "Labour source")]),
    # a person named, and a noun the parse took for the subject that is no speaker
    ("Deputy Leader Tom Reid has said the current system cannot last and said there would be \"radical reform\".",
     [("radical reform", "Tom Reid")]),
    # "“…,” is the dry assessment of X": a noun of judgement owned by the speaker
    ("\"Voters like the government more than members do,\" is the dry assessment of Ann Holt, leader of the group.",
     [("Voters like the government", "Ann Holt")]),
    # the people an "Asked whether …" opening is about are not the "he" after its comma
    ("Mr Ian Kerr spoke on Sunday. Asked whether the Greens could win the General Election, he said: \"There is no "
     "limit to our ambitions.\"",
     [("There is no limit", "Ian Kerr")]),
    # a clause with its own subject keeps it: "he" is the person asked
    ("The budget was announced. When Tom Naar of the Sports Council was asked about it, he said there were \"very few "
     "new initiatives\".",
     [("very few new initiatives", "Tom Naar")]),
    # party words before a given name and a surname
    ("Liberal Democrat Paul Tyne said the reform \"has stalled\".", [("has stalled", "Paul Tyne")]),
    # "…, he said" after reported speech: the people of the reported clause are not "he"; the last speaker is
    ("Ann Hale spoke on Friday. Nobody, she claimed, could picture Tom Reid in office. And Jo Lund would lead the "
     "campaign, she said. \"She will be out of London most days,\" she promised.",
     [("She will be out of London", "Ann Hale")]),
    ("The leader's zeal remains undimmed, Alan Gray, the party's strategist told the radio on Saturday. Mr Reid has "
     "\"the same passion for the job\" as in 1997, he said.",
     [("the same passion for the job", "Alan Gray")]),
    # "the chancellor" is not the shadow chancellor
    ("Shadow chancellor Tom Letts attacked the plans. Chancellor Ian Bowe spoke in Leeds. Turning to the economy, the "
     "chancellor promised growth. \"My message to young couples is clear,\" he said.",
     [("My message to young couples", "Ian Bowe")]),
    # a body's one-word name after "union", then the person
    ("But general secretary of the public services union Unison Dave Prentis criticised the plans. \"You do not get "
     "good services by hitting people near retirement.\"",
     [("You do not get good services", "Dave Prentis")]),
    # a capitalised thing ("the European Constitution") is no one "he" can mean
    ("Mr Straw spoke in Brussels. The European Constitution was signed in Rome. \"There is anxiety in France,\" he "
     "said.",
     [("There is anxiety in France", "Straw")]),
    # "the Tory leader" is the Conservative leader, not the Labour leader named later
    ("Conservative leader Mark Hale spoke on Tuesday. Labour leader Tom Reid spoke on Monday. The Tory leader said: "
     "\"We will cut taxes.\"",
     [("We will cut taxes.", "Mark Hale")]),
    # a business noun before a body's name is no preposition: the person opening the chain speaks
    ("Mia Roth, a research director at analyst Korvo, told the paper that Apple was \"sealing off the market\".",
     [("sealing off the market", "Mia Roth")]),
    # the person a figure is "according to" may speak on
    ("The price compares well with Japan's, according to Ian Hale, editor of a games magazine. \"It is a very "
     "competitive price,\" he says.",
     [("It is a very competitive price", "Ian Hale")]),
    # a paragraph quoting on, then narrative that names no one speaking
    ("\"We became aware of the issue,\" Ann Holt told the paper.\n\n\"We saw the chance to meet demand.\" But it is "
     "not just computers that cause a problem.",
     [("We became aware of the issue", "Ann Holt"), ("We saw the chance", "Ann Holt")]),
    # a hyphenated role before a name is the role
    ("Film-maker Ada Kerr told students to \"work up the ladder\".", [("work up the ladder", "Ada Kerr")]),
    # a "whose" clause with commas of its own between the subject and "said": no one in it speaks
    ("Liam Brody said the theatre needed money. The Oscar-nominated actor Liam Brody, whose films include Quiet "
     "Hours, Long Road and Star Harbour: The Return, said: \"The theatre is too important to fall apart.\"",
     [("The theatre is too important", "Liam Brody")]),
    # a paragraph quoting on, then narrative whose speech verb is the same speaker's
    ("Rick Gale announced the cast.\n\n\"We wanted famous actors,\" Gale told the paper.\n\n\"It is not about "
     "fashion. We wanted people who would last.\" Gale admitted he was cautious about names.",
     [("We wanted famous actors", "Rick Gale"), ("It is not about fashion.", "Rick Gale")]),
    # "the magazine", "the paper": the publication named before
    ("Rolling Stone magazine published its list. Prince came top, the magazine reported: \"Prince returned to "
     "centre stage.\"",
     [("Prince returned to centre stage.", "Rolling Stone")]),
    # a body's spokeswoman named with a possessive is the body's, not a person's with that role named before
    ("Bookmaker spokesman Ron Adams said bets were stopped. Big Brother's spokeswoman said: \"Only a few executives "
     "knew.\"",
     [("Only a few executives knew.", "Big Brother spokeswoman")]),
    # a full sentence quoted right after an attributed one is the same speaker's, not the next sentence's, whose
    # speech verb carries its own reported clause
    ("\"The council is confused,\" argued Mr Ben Hale. \"By confusing the town it hopes no one will notice.\" On Monday "
     "Mayor Ann Roe insisted the budget was safe.",
     [("The council is confused", "Ben Hale"), ("By confusing the town", "Ben Hale")]),
]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", SHAPES, ids=range(len(SHAPES)))
def test_round18_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("text, expected", [
    # an anonymous source stays unnamed though a person opens the next sentence
    ("An anonymous security expert told the radio: \"They have a contact in the port.\" Ivo Marek, a senior analyst, "
     "disagreed.",
     [("They have a contact in the port.", "anonymous security expert")]),
    # "the Archbishop of Canterbury" names its own office: it is not the speaker quoted before it
    ("\"It opened a wound,\" said Ros Kell, a biographer. The Archbishop of Canterbury said: \"I am pleased for "
     "them.\"",
     [("It opened a wound", "Ros Kell"), ("I am pleased for them.", "Archbishop of Canterbury")]),
    # a quotation ending its sentence is still attributed by a plain "X said." after it
    ("\"It was hard.\" Ann Holt said.", [("It was hard.", "Ann Holt")]),
])
def test_round18_limits(text: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers(text, expected)


def test_the_lib_dems_are_a_party() -> None:
    rows = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": ["The Lib Dems say they will wait."]}))
    assert list(zip(rows["actor"], rows["actor_type"])) == [("Liberal Democrats", "organization")]


def test_a_run_ending_in_its_title_is_an_office_not_a_person() -> None:
    text = "But the outgoing European Commissioner said his words needed context. Julie Bishop said no."
    rows = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert list(rows[rows["actor_type"] == "person"]["actor"]) == ["Julie Bishop"]
