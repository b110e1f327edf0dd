"""Round 9 of the quote attribution rules: general shapes of English news writing, one made-up paragraph each
(not copied from an eval set), with exact expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pytest
from quote_shapes import assert_speakers, one_article, speakers

from analysis.actors import mentions_for


SHAPES = [
    # two people share a surname: the bare surname is the one named in full most recently before it
    ("The singer Maria Lindqvist opened her tour in Oslo on Friday. Her sister, Karin Lindqvist, who manages the "
     "band, was at the show. “We sold every seat in two hours, which we never expected,” said Lindqvist after the "
     "concert.",
     [("We sold every seat in two", "Karin Lindqvist")]),
    # ... and one the article calls "the late …" is passed over while the other is alive to speak
    ("The film follows the late drummer Pavel Novak and the bands he played with. Director Tomas Novak began "
     "filming when his father fell ill. “I always wanted to tell this story about the studio players,” Novak "
     "explained. Pavel Novak died in 2001. “Every dollar we raised went to licensing the songs,” Novak said.",
     [("I always wanted to tell th", "Tomas Novak"), ("Every dollar we raised wen", "Tomas Novak")]),
    # a speech verb capitalised by mistake after the quotation is the verb, not the first word of the name
    ("Aid agencies warned of hunger in the north. “The situation in the camps is dire, and many basic items are "
     "gone,” Said Marta Okonkwo-Lind, the agency's representative in the region, in a statement. “This area is "
     "one of the poorest,” she added.",
     [("The situation in the camp", "Marta Okonkwo-Lind"), ("This area is one of the p", "Marta Okonkwo-Lind")]),
    # a speech verb denied ("has not commented") attributes nothing: the quotation standing alone before it is
    # the words of the one quoted just before
    ("The channel will close in March. “Orbit was a quirky, clever channel that took risks nobody else would "
     "take,” Nadia Okafor, the Courier's television critic, wrote in her column. “It will be missed.” Halvard "
     "Media has not commented on the future of its other channels.",
     [("Orbit was a quirky, clever", "Nadia Okafor"), ("It will be missed.", "Nadia Okafor")]),
    # a body's name goes on over "for"/"of" while its words are capitalised, even when it opens with a place
    ("Fishing towns along the coast oppose the new quotas. The Norwegian Observatory for Coastal Fisheries "
     "strongly criticised the ministry in a statement released on Monday: “The Norwegian Observatory for Coastal "
     "Fisheries demands that the minister withdraws the quotas before the winter.”",
     [("The Norwegian Observatory", "Norwegian Observatory for Coastal Fisheries")]),
    # a text "reads" for its issuer ("“…,” read a Halden Fotball statement"); the quotation standing alone after
    # it goes on with it, and a new sentence whose speech verb opens its own quotation with a colon ("Anna Moe
    # added: “…”") does not take the one before
    ("Ole Brekke, the winger, left Halden on Friday. “The club thanks Ole for six wonderful years and wishes him "
     "every success,” read a Halden Fotball statement. “The fee will not be disclosed.” Club director Anna Moe "
     "added: “We already have a replacement in mind.”",
     [("The club thanks Ole", "Halden Fotball"), ("The fee will not be disclosed.", "Halden Fotball"),
      ("We already have a replacement", "Anna Moe")]),
    # a quotation with no attribution followed at once by one attributed at its end: one speaker's words
    ("MADRID — The cyclist asked for his second sample to be tested on Monday. “We have sent the request to the "
     "federation this morning.” “Now we will have to wait for their dates,” said Pilar Ortega Vidal, one of his "
     "two lawyers.",
     [("We have sent the request", "Pilar Ortega Vidal"), ("Now we will have to wait", "Pilar Ortega Vidal")]),
    # "Executive Director of the Halvorsen Foundation Maria Dahl": the title is no person, the body's name is
    # split from the person's that ends it, and "She" points back to her
    ("The Halvorsen Foundation said on Monday that its lawyer Per Lund would leave in May. Executive Director of "
     "the Halvorsen Foundation Maria Dahl announced the news in an email to staff. She wrote, “Per has been with "
     "us for nine years and we will miss him a great deal.” Dahl thanked him.",
     [("Per has been with us", "Maria Dahl")]),
]

PARSED_SHAPES = [
    # "said head of <body> <Given Surname>": the person the role-and-body phrase ends with, not an earlier person
    # the bare role "head" would point back to (the surname alone later shows where the body's name ends)
    ("Ministers met in Ramallah on Monday. “The whole plan was a trick from the start,” said head of the "
     "Palestinian Centre for Policy Research Karim Haddad, according to a Jerusalem-based monitor. Haddad later "
     "left the meeting.",
     [("The whole plan was a trick", "Karim Haddad")]),
    # a text on someone's website speaks for its owner, also when a possessive pronoun names the owner ("her
    # website"); "Well-known Norwegian" opening the sentence is no person's name for "her" to point back to
    ("Well-known Norwegian singer Lena Brandt was taken to hospital on Tuesday, according to reports. An update on "
     "her condition appeared yesterday. The update on her website said, “Lena is resting comfortably and her "
     "family thanks everyone for their kind messages.” Doctors expect her home soon.",
     [("Lena is resting comfortably", "Lena Brandt")]),
    # "the country" speaks for the place last named; the participle takes the subject of the coordinated clause
    ("Talks between the two neighbours collapsed in March. Estonia had warned of “serious consequences” if the "
     "border post was built. Observers expected a protest when work began, but the country did not respond, "
     "saying it was “not worth a quarrel”.",
     [("serious consequences", "Estonia"), ("not worth a quarrel", "Estonia")]),
    # a body known by bracketed initials is the words the initials spell, over an inner "and"
    ("The Oslo Rail and Harbour Safety Board (RHSB) has received 300 complaints about the new ferry. By Friday, "
     "RHSB announced it would not stop the service. “The ferry meets every rule that applies to it. We see no "
     "reason to act.” RHSB said it would review the case in a year.",
     [("The ferry meets every rule", "Rail and Harbour Safety Board")]),
    # "counsel" is a role noun (data/speaker_descriptions.txt): a body's counsel named by role only speaks as
    # written, not as a person called "Counterterrorism Counsel"
    ("Lawmakers demanded an inquiry on Monday. Human Rights Watch's Senior Counterterrorism Counsel commented to a "
     "radio station saying, “The police knew that the methods broke the law. Now some officers may face charges.”",
     [("The police knew that the", "Human Rights Watch's Senior Counterterrorism Counsel")]),
    # "the mayor of Alta" names its own office: a capitalised run before it that no one listed as a person
    # ("Nordic Writer", a program) does not take it; a listed person with no role still does
    ("Nordic Writer, a free word processor, was launched this week at a fair in Tromso. In his speech at the fair, "
     "the mayor of Alta (a town in Finnmark) said that “Every child should be able to use a computer in the "
     "language spoken at home.”",
     [("Every child should be able", "mayor of Alta")]),
    ("Sergei Lavrov spoke in Geneva on Monday. The foreign minister of Russia said that “nobody wants a new war "
     "in Europe, least of all Moscow.”",
     [("nobody wants a new war", "Sergei Lavrov")]),
]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", SHAPES, ids=range(len(SHAPES)))
def test_news_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("text, expected", PARSED_SHAPES, ids=range(len(PARSED_SHAPES)))
def test_parsed_news_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers(text, expected)


def test_participle_takes_the_subject_of_the_clause_it_hangs_from() -> None:
    # "A and B urged …, but C backed …, saying “…”": the participle's speaker is the subject of the coordinated
    # clause it is set off from, not the first clause's (the parse reads this; the rules alone still say Norway)
    text = ("The council met for six hours. Norway and Chile both urged Peru to delay the vote, but Ghana backed "
            "its neighbour, saying the vote was “entirely consistent with the rules of the union”.")
    assert speakers(text) == [("entirely consistent with the rules of the union", "Ghana")]


def test_two_people_with_one_surname_and_one_initial_stay_two() -> None:
    # the actors stage: "Helena" and "Hanna" share an initial and a surname, yet are two people (a spelling
    # variant such as "Dmitri"/"Dmitry" is one)
    text = ("Helena Sandberg won the race. Her cousin Hanna Sandberg came second. Dmitri Volkov was third; "
            "Dmitry Volkov's team protested.")
    mentions = mentions_for(one_article(text))
    people = mentions[mentions["actor_type"] == "person"]
    assert dict(zip(people["surface"], people["actor"])) == {
        "Helena Sandberg": "Helena Sandberg", "Hanna Sandberg": "Hanna Sandberg",
        "Dmitri Volkov": "Dmitri Volkov", "Dmitry Volkov": "Dmitri Volkov"}


def _parsed_sentences(text: str) -> list[str]:
    """The sentences of `text` that the quotes stage hands to the parse, as it hands them."""
    from analysis import quotes

    mentions = mentions_for(one_article(text))
    rows = list(zip(mentions["actor"], mentions["actor_type"], mentions["start"], mentions["end"],
                    [None] * len(mentions)))
    article = quotes._Article(text, rows, None, quotes._parser())
    if article.parser is None:
        pytest.skip("spaCy or its English pipeline is not installed")
    return [sentence for sentence, _, _ in article.sentences_to_parse().values()]


def test_plain_adjacent_attributions_are_not_parsed() -> None:
    # "“…,” Name said." with a person named, or "“…,” she added.", reads the same to the rules as to the parse:
    # such a sentence is not parsed (the parse's cost); any other shape is.
    text = ("Talks on the canal resumed. “We will not sign anything this week,” said Ilse Moreau. “The terms are "
            "not final,” she added. Moreau said: “We need more time.” “Nobody expected a deal,” a diplomat said.")
    parsed = _parsed_sentences(text)
    assert parsed == ["Moreau said: “this”", "“Nobody expected a deal,” a diplomat said."]
    assert speakers(text) == [("We will not sign anything this week", "Ilse Moreau"),
                               ("The terms are not final", "Ilse Moreau"), ("We need more time.", "Ilse Moreau"),
                               ("Nobody expected a deal", "diplomat")]


def test_a_body_name_over_of_stops_at_a_role() -> None:
    # the rules' own names (when the actors stage lists none): "for"/"of" carry a body's name on, but a role word
    # ends it, and the person after the role is still a name of their own
    from analysis.quotes import _fallback_names

    def names(text: str) -> list[tuple[str, object]]:
        return [(r.surface, r.actor_type) for r in _fallback_names(text)]

    assert names("Rates held. The Central Bank of Ireland Governor Gabriel Makhlouf said so.") == [
        ("Rates", None), ("Central Bank of Ireland", "organization"), ("Gabriel Makhlouf", "person")]
    assert names("The Norwegian Observatory for Coastal Fisheries said so.") == [
        ("Norwegian Observatory for Coastal Fisheries", "organization")]


def test_the_parse_reads_a_wire_dateline_as_blanks() -> None:
    # "HANOI (Reuters) - President X said …": the parse, like the rules, never sees the dateline's city, which it
    # would otherwise take for the subject of the speech verb
    text = "HANOI (Reuters) - President Tom Reid said on Sunday that he would call the plan “a fair deal” and “a start.”"
    parsed = _parsed_sentences(text)
    assert parsed and all("HANOI" not in sentence and "Reuters" not in sentence for sentence in parsed)
