"""Rounds 34 onward of the quote attribution rules: one made-up paragraph each (not copied from an eval set), with
exact expectations, with the parse and with the rules alone."""
from __future__ import annotations

import pandas as pd
import pytest
from quote_shapes import assert_speakers

from analysis.quotes import find_quote_spans, quotes_for


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # "“…,” <outlet> quoted <person> as saying": the one quoted speaks, not the outlet
    ("The vote is next week. \"I am not sure he is the right choice,\" the Daily Ledger quoted Senator Ann Fulton as "
     "saying.",
     [("I am not sure he is the right choice", "Ann Fulton")]),
    ("Ann Fulton met him on Monday. \"I am not sure he is the right choice,\" the Ledger quoted her as saying.",
     [("I am not sure he is the right choice", "Ann Fulton")]),
    # a body, the person's place in it, then the person: "House Finance Committee Ranking Democrat Jo Marsh"
    ("\"This inquiry must go on,\" House Finance Committee Ranking Democrat Joan Marsh said on Thursday.",
     [("This inquiry must go on", "Joan Marsh")]),
    # a wire round-up of reactions: each name in capitals, with role, firm and city, before the words; a
    # paragraph break lost inside one commentator's words
    # (the first commentator's name is lost, so their words have no speaker)
    ("The Senate passed the bill. Following are comments from investors. “Bonds have sold off. We are back near "
     "the highs.” MARIA KOVAC, CHIEF INVESTMENT OFFICER, HALVARD PRIVATE BANK, DENVER “The rate is priced in. "
     "What is not priced in is the impact. “It will take time to show.” TOMAS REID, CHIEF STRATEGIST, THE ZENTHRA "
     "GROUP, BOSTON “It might be buy the rumor, sell the news.”",
     [("Bonds have sold off.", None), ("The rate is priced in.", "Maria Kovac"),
      ("It will take time to show.", "Maria Kovac"), ("It might be buy the rumor, sell the news.", "Tomas Reid")]),
    # "A federal judge … U.S. District Judge Jo Dane … the judge wrote": the judge named since the description
    ("A federal judge in Boston on Monday threw out the suit. The ruling by U.S. District Judge Ellen Marsh is the "
     "first on the clause. Marsh said the claims were speculative. \"It is only natural that demand rose,\" the "
     "judge wrote.",
     [("It is only natural that demand rose", "Ellen Marsh")]),
])
def test_round34_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_round34_a_curly_mark_after_a_finished_sentence_opens_the_next_part() -> None:
    text = "Analysts spoke. “Bonds have sold off. We are near the highs. “Stocks have run ahead of this.” Mr Reid said."
    spans = find_quote_spans(text)
    assert [(text[s.start:s.end], s.closing is None, s.nested) for s in spans] == [
        ("Bonds have sold off. We are near the highs.", True, False),
        ("Stocks have run ahead of this.", False, False)]


def test_round34_a_nested_curly_quotation_is_still_nested() -> None:
    text = "He said: “They called it “a disaster” on Monday.”"
    assert [(text[s.start:s.end], s.nested) for s in find_quote_spans(text)] == [
        ("They called it “a disaster” on Monday.", False), ("a disaster", True)]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 35: an ordinal is part of a numbered court's name
    ("\"The order exceeds the scope,\" the 4th U.S. Circuit Court of Appeals said.",
     [("The order exceeds the scope", "4th U.S. Circuit Court of Appeals")]),
    # an epithet for a politician from a place: the person named with that place, else the one named before it in
    # its sentence
    ("Maine Senator Ann Fulton backed the bill. Senator Tom Reid of Florida did not. The Maine moderate said she "
     "wanted \"a vote this week.\"",
     [("a vote this week.", "Ann Fulton")]),
    ("Senators Ann Fulton and Tom Reid backed it. Reid had been undecided until the Utah Republican tweeted that he "
     "would \"proudly\" vote for the bill.",
     [("proudly", "Tom Reid")]),
    # a round-up label with an initial and a note in brackets
    ("Markets fell. \"It lowers the odds.\" L. TOMAS REID, ZENTHRA GLOBAL ADVISORS, WASHINGTON POLICY STRATEGY "
     "(from research note): \"Bottom line is that the race does not change much.\"",
     [("It lowers the odds.", None), ("Bottom line is that the race", "L. Tomas Reid")]),
    # "the document" is the document named before it
    ("The criticism, laid out in a new national defense strategy, reflects a long-held view. \"Rivals use "
     "information operations,\" said the document.",
     [("Rivals use information operations", "national defense strategy")]),
    # "the group" may be any kind of body
    ("The Electric Bus Makers Association said in a statement it was pleased. \"The credit supports jobs,\" the "
     "group said.",
     [("The credit supports jobs", "Electric Bus Makers Association")]),
])
def test_round35_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_round35_a_listed_name_with_a_possessive_inside_it() -> None:
    # the rules alone read "Moody’s said" as a possessive; the parse finds the subject
    text = "Moody’s Investors Service said the change was \"credit positive.\" Moody’s said it would \"tread lightly.\""
    assert_speakers(text, [("credit positive.", "Moody's Investors Service"),
                           ("tread lightly.", "Moody's Investors Service")])


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 37: a round-up's label names the speaker even when "he said" follows; a story code before it
    ("Markets fell. Story: [L1N1XX1AB] TOMAS REID, PORTFOLIO MANAGER OF ZENTHRA CAPITAL IN DALLAS \"I think the "
     "market wants this tax cut.\" MICHAEL O’BRIEN, CHIEF STRATEGIST, HALVARD TRADING, GREENWICH: \"That was the "
     "catalyst,\" he said.",
     [("I think the market wants this tax cut.", "Tomas Reid"), ("That was the catalyst", "Michael O’Brien")]),
    # "X of <place>, who …, tweeted": the person, not the place
    ("Senator Jo Dane of Utah, who initially backed him, tweeted on Friday that she could \"no longer endorse\" "
     "the nominee.",
     [("no longer endorse", "Jo Dane")]),
    # "House Democratic leader Jo Dane": the words before the role are her title, no one "she" can mean
    ("House Democratic leader Ann Fulton said the claims were \"serious\" as she shifted away from comments in which "
     "she said the member was an \"icon\" who deserved due process.",
     [("serious", "Ann Fulton"), ("icon", "Ann Fulton")]),
    # a wire dateline's city is no speaker
    ("SAN FRANCISCO (Reuters) - Zenthra Inc said on Thursday that it \"strongly supports\" the rules.",
     [("strongly supports", "Zenthra Inc")]),
])
def test_round37_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 39: a company's suffix ends its name, so the surname after it is a sentence's subject
    ("Mayor Ellen Marsh urged a boycott of the network as the city fights the deal to buy its owner Halvard Media "
     "Inc. Marsh has criticized the deal. \"We should boycott them,\" Marsh wrote in a post.",
     [("We should boycott them", "Ellen Marsh")]),
    # a name after "within" is a place, not someone "he" points back to
    ("Some county officials welcome the cut. In Ridge County, where 60 percent of land is located within Marrow "
     "Staircase, commissioner Dale Fenner plans to attend the event if he is invited. \"We are glad someone is "
     "listening to our voice,\" he said.",
     [("We are glad someone is listening to our voice", "Dale Fenner")]),
    # a person's letter or memo speaks for the person
    ("Inspector General Joan Marsh wrote to the committee on Monday. \"We found the documentation sound,\" Marsh's "
     "letter said.",
     [("We found the documentation sound", "Joan Marsh")]),
    # a month that is the surname of a person named in full, away from any date, is that person
    ("British Prime Minister Theresa May criticised the president on Tuesday. May, on a visit to Jordan, repeated "
     "her view. \"Retweeting them was wrong,\" May told reporters in Amman. She called the group a \"hateful "
     "organization\" on May 30.",
     [("Retweeting them was wrong", "Theresa May"), ("hateful organization", "Theresa May")]),
])
def test_round39_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_a_leading_article_does_not_make_a_speaker_wrong() -> None:
    import pandas as pd

    from analysis.quotes import attribution_scores

    found = pd.DataFrame({"article_id": ["a", "a"], "quote": ["We disagree.", "It is wrong."],
                          "speaker": ["spokesman", "Ann Fulton"], "is_speech": [True, True]})
    gold = pd.DataFrame({"article_id": ["a", "a"], "quote": ["We disagree.", "It is wrong."],
                         "speaker": ["the spokesman|spokesman for Ann Fulton", "A spokesman"], "is_speech": [True, True]})
    scores = attribution_scores(found, gold)
    assert (scores["found"], scores["speaker_right"]) == (2, 1)


def test_a_curly_apostrophe_does_not_make_a_speaker_wrong() -> None:
    import pandas as pd

    from analysis.quotes import attribution_scores

    found = pd.DataFrame({"article_id": ["a"], "quote": ["We disagree."], "speaker": ["Fulton’s sister"],
                          "is_speech": [True]})
    gold = pd.DataFrame({"article_id": ["a"], "quote": ["We disagree."], "speaker": ["Mia Fulton|Fulton's sister"],
                         "is_speech": [True]})
    assert attribution_scores(found, gold)["speaker_right"] == 1


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 40: "Neither", "Either", "Like" opening a sentence are no part of the name after them
    ("A former contractor, Bahtiyar Velisoy, spoke to the Ledger. Neither Velisoy nor the Ledger explained the "
     "delay. \"I didn't hack anyone,\" he said.",
     [("I didn't hack anyone", "Bahtiyar Velisoy")]),
    # a plural title before two names: "Republican Senators Ann Fulton and Tom Reid"
    ("Republican Senators Ann Fulton and Tom Reid wrote to the agency on Monday. \"We want answers,\" Fulton said.",
     [("We want answers", "Ann Fulton")]),
    # a preposition opening the sentence governs the name after it: no one "he" points back to
    ("Lawyer Marc Dunmore spoke for an hour. \"The motion has nothing to do with it,\" Dunmore told the judge. Under "
     "the Supremacy Clause, he said, \"a state court may not rule on this.\"",
     [("The motion has nothing to do with it", "Marc Dunmore"), ("a state court may not rule on this.", "Marc Dunmore")]),
    # "…, an official said": the description is the subject of its own verb, not the name's apposition
    ("The committee will return to the race to support Jo Dane, an official said on Tuesday. \"We are the party's "
     "political arm,\" the official said.",
     [("We are the party's political arm", "official")]),
])
def test_round40_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 41: more titles before a name ("Whip", "Treasurer", "Counsel")
    ("\"The plan this week is to vote,\" Senate Majority Whip Jo Dane told reporters.",
     [("The plan this week is to vote", "Jo Dane")]),
    ("\"Taxpayers will pay for this,\" California Treasurer Ann Fulton said.",
     [("Taxpayers will pay for this", "Ann Fulton")]),
    ("Special Counsel Tom Reid has \"irrefutable evidence,\" he said.", [("irrefutable evidence", "Tom Reid")]),
    # an epithet for a politician from a place no one is named with: the person who spoke just before
    ("U.S. Senate Republican leader Mitch Dane said on Sunday that he is optimistic. \"We will get to an agreement,\" "
     "the Kentucky Republican told ABC.",
     [("We will get to an agreement", "Mitch Dane")]),
    # "One European diplomat", "a senior South Korean official": a nationality in a description, no one's name
    ("One European diplomat said the minister was in a difficult position, \"so it never left him much room.\"",
     [("so it never left him much room.", "European diplomat")]),
    ("Earlier this week, a senior South Korean official said the allies should \"under no circumstances\" act alone.",
     [("under no circumstances", "senior South Korean official")]),
])
def test_round41_shapes(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 42: a country before an office is the office's, not the speaker ("said Republican U.S. Senator X")
    ("\u201cWe are building at last,\u201d said Republican U.S. Senator Ann Fulton of Kansas, the head of the board.",
     [("We are building at last", "Ann Fulton")]),
    # a participle's next name is what is said ("saying the United States …"), never who says it
    ("Senator Ann Fulton spoke on Monday. Fulton has said she wants the agency at the \u201ctop of the league,\u201d "
     "saying the United States has fallen behind.", [("top of the league", "Ann Fulton")]),
    # a name that only qualifies the noun that speaks ("the former Fulton campaign adviser")
    ("Senator Ann Fulton lost the race. Prosecutors said he was cooperating. \u201cHe will say anything now,\u201d said "
     "the former Fulton campaign adviser.", [("He will say anything now", "former Fulton campaign adviser")]),
    # "Administrator" is a title
    ("\u201cThe science should be sound,\u201d NASA Administrator Ann Fulton said.", [("The science should be sound", "Ann Fulton")]),
    # "the Democrat said": the person who spoke last, not the party
    ("Attorney General Tom Reid said his office had 27 lawyers. \u201cWe are well placed to act,\u201d the Democrat said.",
     [("We are well placed to act", "Tom Reid")]),
    # the nearer of two joined clauses speaks
    ("Senator Ann Fulton spoke on Monday. Russia has repeatedly denied meddling and Fulton has called the inquiry a "
     "\u201cpolitical stunt.\u201d", [("political stunt", "Ann Fulton")]),
])
def test_round42_offices_participles_qualifying_names_and_epithets(text: str, expected: list[tuple[str, str]],
                                                                    parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 43: "the agency cited X as saying": the one quoted speaks
    ("Washington should study \u201cthe eastern trace\u201d, the Tass news agency cited Foreign Minister Ivan Petrov as "
     "saying on Tuesday.", [("the eastern trace", "Ivan Petrov")]),
    # a relative clause between the speaker's name and the verb, with a comma of its own
    ("\u201cThis is a good day,\u201d Senator Ann Fulton, who wrote the bill, known as the Safe Harbor Act, said in a "
     "statement.", [("This is a good day", "Ann Fulton")]),
    # ... but a finished quotation followed by a new sentence keeps the speaker before it
    ("Ann Fulton, a judge, spoke for the union. \u201cWe are being demoted,\u201d Fulton said. \u201cThere has been a "
     "relentless push.\u201d Former judge Tom Reid, who now works at a think tank, which backs cuts, said the memo was "
     "fair.", [("We are being demoted", "Ann Fulton"), ("There has been a relentless push", "Ann Fulton")]),
    # a wire dateline is no subject, for the parse either
    ("HANOI (Reuters) - President Tom Reid said in a tweet on Sunday that he would never call his rival "
     "\u201cshort and fat.\u201d", [("short and fat", "Tom Reid")]),
    # one of two people sharing a surname who has died does not speak
    ("Former Vice President Joe Hallor said he was focused on the midterms. \u201cI haven\u2019t made up my mind,\u201d "
     "said Hallor, who is promoting his memoir on Beau Hallor, who died in 2015. \u201cI\u2019m not closing the "
     "door,\u201d said Hallor.", [("I haven\u2019t made up my mind", "Joe Hallor"), ("I\u2019m not closing the door", "Joe Hallor")]),
])
def test_round43_cited_as_saying_relative_asides_datelines_and_the_dead(text: str, expected: list[tuple[str, str]],
                                                                        parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 44: a body whose name holds "and" ("House Ways and Means Committee"), then a title and the person
    ("\u201cWe will pass it,\u201d said House Ways and Means Committee Chairman Tom Reid.", [("We will pass it", "Tom Reid")]),
    ("House Energy and Commerce Committee Chairman Tom Reid released the plan, saying: \u201cI hope members will read "
     "it closely.\u201d", [("I hope members will read it closely", "Tom Reid")]),
    # a tag that only adds where or how ("said in a late-night tweet") is the quotation's own, even after a
    # sentence that reports someone else's words
    ("Senator Ann Fulton spoke on Monday. The Daily Courier reported on Tuesday that owners are weighing a change. "
     "\u201cThe league is thinking about a new idea. That\u2019s almost as bad as before!\u201d Fulton said in a late-night "
     "tweet.", [("The league is thinking about a new idea", "Ann Fulton")]),
])
def test_round44_bodies_with_and_and_tags_of_place(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_a_body_whose_name_holds_and_is_one_organisation() -> None:
    import pandas as pd

    from analysis.actors import mentions_for

    text = "House Ways and Means Committee Chairman Tom Reid said on Monday that the bill would pass."
    mentions = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert list(zip(mentions["actor"], mentions["actor_type"])) == [
        ("House Ways and Means Committee", "organization"), ("Tom Reid", "person")]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 45: an epithet ("the Kansas Republican", "the Greenwich-based Republican") for the person named just before
    # when no one has spoken yet
    ("Senator Ann Fulton, a maverick, took issue with the plan on Monday, asking in a post if it was fair. \u201cThis "
     "is a tax plan?\u201d the Kansas Republican said in a statement.", [("This is a tax plan?", "Ann Fulton")]),
    ("Tom Reid is closing his fund. \u201cThe state is in crisis,\u201d Reid wrote in the note. \u201cI am deeply "
     "concerned,\u201d the Greenwich-based Republican added.",
     [("The state is in crisis", "Tom Reid"), ("I am deeply concerned", "Tom Reid")]),
    # "quoted X, a spokesman, as saying:" before the quotation
    ("The paper quoted Ivo Pratt, a ministry spokesman, as saying: \u201cWe will act if it is needed.\u201d",
     [("We will act if it is needed.", "Ivo Pratt")]),
])
def test_round45_epithets_for_the_person_just_named_and_quoted_as_saying(text: str, expected: list[tuple[str, str]],
                                                                         parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 46: a title's complement with "the" ("Comptroller of the Currency"), then the person
    ("Acting Comptroller of the Currency Keith Pratt said on Monday he would not act. \u201cNothing diminishes my "
     "concerns,\u201d Pratt said.", [("Nothing diminishes my concerns", "Keith Pratt")]),
    # "Senator X of Florida, a Democrat, said": the state, then the role, between the name and the verb
    ("Republicans denied there was a deal. \u201cBetter late than never,\u201d Senator Tom Reid of Florida, a Democrat, "
     "said in a statement.", [("Better late than never", "Tom Reid")]),
    # "Another senator at the lunch, Chairman X, said … “…,” he said": the description's apposed name
    ("Another senator at the lunch, Finance Committee Chairman Tom Reid, said there was work to do. \u201cThe bill "
     "has not been resolved,\u201d he said.", [("The bill has not been resolved", "Tom Reid")]),
])
def test_round46_title_complements_states_and_apposed_names(text: str, expected: list[tuple[str, str]],
                                                            parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_a_title_with_of_the_then_a_person() -> None:
    import pandas as pd

    from analysis.actors import mentions_for

    def people(text: str) -> list[tuple[str, str]]:
        mentions = mentions_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
        return list(zip(mentions["actor"], mentions["actor_type"]))

    assert people("Comptroller of the Currency Keith Pratt said on Monday he would not act.") == [
        ("Keith Pratt", "person")]
    assert people("President of the Halvard Family Institute Kristian Moe said it was a loss.") == [
        ("Halvard Family Institute", "organization"), ("Kristian Moe", "person")]


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 47: a person's own attorney is not the Attorney General
    ("Jared Halvorsen met the envoy twice. Attorney General Tom Reid spoke on Monday. Halvorsen\u2019s attorney has "
     "said that Halvorsen had \u201cno recollection\u201d of the calls.",
     [("no recollection", "Halvorsen\u2019s attorney")]),
    # "for a" carries a body's name on: "Committee for a Sound Budget"
    ("The Committee for a Sound Budget said the plan rested on \u201crosy assumptions.\u201d",
     [("rosy assumptions", "Committee for a Sound Budget")]),
])
def test_round47_own_attorneys_and_bodies_for_a(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 48: "they" after two people named together speaks for the pair, given as the first named
    ("Republican Senators Ann Fulton and Tom Reid, who wrote a bill in September, endorsed the effort. \u201cWe believe "
     "we need a package,\u201d they said in a joint statement.", [("We believe we need a package", "Ann Fulton")]),
    # ... not the last two of a longer list, which a group stands for
    ("The foreign ministers Ann Fulton, Tom Reid and Ivo Pratt met in Cairo. They concluded that the deal is \u201cnull "
     "and void\u201d.", [("null and void", "foreign ministers")]),
])
def test_round48_they_after_a_pair(text: str, expected: list[tuple[str, str]], parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 49: "“…,” <name> was quoted as saying by …": the passive tag names the one quoted
    ("The ministry is being reorganised. Minister Anna Berg has started a review. \u201cReview is not a synonym for "
     "cuts,\u201d Deputy Minister of Trade John Harlow was quoted as saying by two officials who heard him.",
     [("Review is not a synonym for cuts", "John Harlow")]),
    # a body after the place it is based in speaks, not the place
    ("Several drugmakers replied. Denmark-based Novora in an email said it is committed to the \u201csafe use of its "
     "products\u201d.", [("safe use of its products", "Novora")]),
    # a possessive name before a plural noun is the group's owner: "Harlow’s lawyers", and "they" after them
    ("Senator John Harlow faces charges. Harlow\u2019s lawyers argued on Tuesday that the charges must go. "
     "\u201cPlacing calls is not an official act,\u201d they wrote.",
     [("Placing calls is not an official act", "Harlow\u2019s lawyers")]),
])
def test_round49_passive_tags_based_bodies_and_owned_groups(text: str, expected: list[tuple[str, str]],
                                                             parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


def test_round49_a_rule_named_for_someone_is_no_speaker() -> None:
    """"the Taylor Rule" names a rule, not a person: "he" does not point back to it."""
    text = ("Tom Reid was questioned for three hours. A previous proponent of using the Taylor Rule, a forecasting model, "
            "he told the committee he no longer held that view. \u201cThe rule is merely one example,\u201d he said.")
    spoken = quotes_for(pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]}))
    assert "Taylor Rule" not in set(spoken["speaker"].dropna())


@pytest.mark.parametrize("parse", [True, False], ids=["parse", "rules"])
@pytest.mark.parametrize("text, expected", [
    # round 50: "he" after "U.S. Secretary of State Tom Reid argued …": "of" inside the title does not govern the name
    ("Senator Pratt said he would wait. Separately, U.S. Secretary of State Tom Reid argued that the country must "
     "weigh the whole threat. \u201cWe have to consider the totality of its activities,\u201d he told a news "
     "conference.", [("We have to consider the totality of its activities", "Tom Reid")]),
    # "the source" names again the source described before, not the person who spoke last
    ("\u201cWe wish him well,\u201d spokeswoman Ann Fulton said in a statement. A source familiar with the decision said "
     "he had been given a chance to leave. \u201cThe president made up his mind weeks ago,\u201d the source said.",
     [("We wish him well", "Ann Fulton"), ("The president made up his mind weeks ago", "source")]),
])
def test_round50_titles_with_of_and_sources_named_again(text: str, expected: list[tuple[str, str]],
                                                       parse: bool) -> None:
    assert_speakers(text, expected, parse=parse)


@pytest.mark.parametrize("text, expected", [
    # round 50: the parse's subject a body inside an apposition or after "of": the person before it speaks
    ("Three officers weighed in. Tom Reid, the Chairman of the U.S. Joint Chiefs of Staff, told reporters: \u201cThere "
     "is no place for racism in the army.\u201d", [("There is no place for racism in the army", "Tom Reid")]),
    ("Talks went on. \u201cIt is still possible that the reform passes,\u201d economist Tom Reid of investment bank "
     "Halvard Partners said in a note.", [("It is still possible that the reform passes", "Tom Reid")]),
])
def test_round50_people_before_bodies_the_parse_took(text: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers(text, expected, parse=True)


@pytest.mark.parametrize("text, expected", [
    # round 51: the parse split "ex" off "ex-White House officer": the verb's other subject speaks
    ("Attacks are inevitable, officials said. \u201cI see no deterrence,\u201d said ex-White House cyber security officer "
     "Jason Hurley, now at Columbia University.", [("I see no deterrence", "Jason Hurley")]),
    # a role the parse took for the subject, with the person in apposition after it
    ("The council met on Tuesday. \u201cThe decision is fine,\u201d Deputy Economy Minister in charge of investments, "
     "Stergios Moraitis, told Reuters.", [("The decision is fine", "Stergios Moraitis")]),
    # "<person> of <kind of body> <body>, who …, said": the person, not the body
    ("But Sharon McKinley of LGBT group Halvard Legal, who worked at the ministry, said the memo \u201cblatantly "
     "ignores\u201d the law.", [("blatantly ignores", "Sharon McKinley")]),
])
def test_round51_subjects_the_parse_split_or_took_for_a_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers(text, expected, parse=True)
