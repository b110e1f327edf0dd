"""The quote stage's dependency parse of attribution clauses: one made-up sentence per grammatical pattern the
parse reads, with exact expectations, and the fallback to the rules when spaCy or its model is missing."""
from __future__ import annotations

import pickle
import warnings
from concurrent.futures import ProcessPoolExecutor

import pandas as pd
import pytest
from parser_marks import needs_parser

from analysis import quotes
from analysis.quotes import quotes_for


def _one(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]})


def _attributed(text: str, **options: object) -> list[tuple[str, object, object, object]]:
    table = quotes_for(_one(text), **options)
    return [(q, s if isinstance(s, str) else None, w if isinstance(w, str) else None, c if isinstance(c, str) else None)
            for q, s, w, c in zip(table["quote"], table["speaker"], table["speaker_surface"], table["cue"])]


# (text, the quotation's first words, speaker, speaker as written, cue): one grammatical pattern each.
PARSED = [
    # the quotation replaced by a placeholder, the speech verb's subject after it, a role left out of the name
    ("The vote was close. “We will respect the result, whatever it is,” Norwegian PM Ingrid Solberg told the "
     "chamber on Monday.", "We will respect", "Ingrid Solberg", "Ingrid Solberg", "told"),
    # an inverted verb whose subject is an unnamed person, kept as written
    ("“We did not expect this many visitors,” said a museum guide on Sunday.",
     "We did not expect", "museum guide", "a museum guide", "said"),
    ("Talks resumed in Vienna. “Nothing is agreed until everything is agreed,” a senior Dutch diplomat told "
     "reporters.", "Nothing is agreed", "senior Dutch diplomat", "a senior Dutch diplomat", "told reporters"),
    # a fragment inside the clause a speech verb reports ("said that … was “…”")
    ("Talks resumed in Vienna. A Dutch diplomat has said that the new draft was “a step backwards” but lacked "
     "detail.", "a step backwards", "Dutch diplomat", "A Dutch diplomat", "said"),
    # a bare plural with a determiner, the place after it not taken for the speaker
    ("Some football fans in Porto jokingly said “it was the curse of the old coach,” which became a legend.",
     "it was the curse", "football fans", "Some football fans", "said"),
    # a text as the subject speaks for its writer: "by" after it, or a participle's agent
    ("The library reopened. A blog by the novelist Tomas Varga says that readers “have come back in their "
     "hundreds, and they are staying for hours.”", "have come back", "Tomas Varga", "Tomas Varga", "says"),
    ("Text messages sent by local staff in the flooded towns asked the agency to “send boats now, before it is "
     "too late.”", "send boats now", "local staff", "local staff", "asked"),
    # a text posted on someone's website or page speaks for its owner
    ("Singer Ada Moss was taken to hospital on Monday. A statement left on Moss's website on Tuesday said, “Ada is "
     "resting and in good spirits.”", "Ada is resting", "Ada Moss", "Moss", "said"),
    # a text with no writer named is the speaker as written
    ("The film leaked online on Sunday. A post on the forum Filmtalk commented: “We have all waited years to see "
     "this film and now we can.”", "We have all waited", "post", "A post", "commented"),
    # a participle's subject is its main clause's, wherever the parser hangs it
    ("Harbour chief Lars Eide has spoken against the toll, a charge for small boats saying that it is a “total "
     "waste of money” for everyone.", "total waste of money", "Lars Eide", "Lars Eide", "saying"),
    # a participle the parser hangs on a preposition ("with the fever saying") is still the main clause's
    ("In her memoir, folk singer Ada Moss describes her years of illness with the fever saying, “I could not leave "
     "my house for several years.”", "I could not leave", "Ada Moss", "Ada Moss", "describes"),
    # a second verb shares the first one's subject, passive or not
    ("Major Ilsa Brandt was trained by the army for three months and has welcomed the deployment, saying that it "
     "is the “only solution” left.", "only solution", "Ilsa Brandt", "Ilsa Brandt", "saying"),
    # a country as the subject of a reported clause speaks through who reports it
    ("Karl Ostrom, the Swedish envoy to the talks, said that Sweden expressed “deep concern over the wording of "
     "the text.”", "deep concern", "Karl Ostrom", "Karl Ostrom", "said"),
    # a relative clause between the subject and its verb
    ("Nurses walked out at dawn. The union's leader, Jonas Berg, who has led strikes before, said the offer was "
     "“an insult to every nurse in the country.”", "an insult", "Jonas Berg", "Jonas Berg", "said"),
    # a role noun in apposition with a name: the name
    ("“The bridge will open in May, and not a day later,” said the mayor of Lindholm, Eva Marsh.",
     "The bridge will open", "Eva Marsh", "Eva Marsh", "said"),
    # two subjects of one verb are an apposition the parser did not join: the name nearest the verb
    ("The guild met in Bergen. The president of the Harbour Pilots Guild, Tomas Lund said: “If the port closes, "
     "there will be no guild next year.”", "If the port closes", "Tomas Lund", "Tomas Lund", "said"),
    ("Marta Lind announced her pregnancy on Monday. Her husband of three years, investment banker Jon Bower "
     "announced “We're absolutely thrilled.”", "We're absolutely", "Jon Bower", "Jon Bower", "announced"),
    # ... and of a person and a place the parser both made subjects, the person
    ("In her ruling on Friday, Judge Nora Vik of the Second District Court in Hamar County, Norway wrote: “The "
     "contract was never valid and cannot be enforced.”", "The contract", "Nora Vik", "Nora Vik", "wrote"),
    # the agent of a passive speech verb
    ("The proposal was described as “reckless and cruel” by the Harbour Workers Union on Friday.",
     "reckless and cruel", "Harbour Workers Union", "Harbour Workers Union", "described by"),
    # the one quoted "as saying"
    ("The Evening Star quoted Nils Berg as saying the port was “finished for good.”",
     "finished for good", "Nils Berg", "Nils Berg", "saying"),
    # "according to" and its noun
    ("The bridge is “unsafe for heavy trucks,” according to engineer Mona Falk.",
     "unsafe for heavy trucks", "Mona Falk", "Mona Falk", "according to"),
    # a pronoun subject, handed to the rules' resolution
    ("Tomas Varga opened the library on Monday. Asked about the cost, he said “every penny of it was worth "
     "spending.”", "every penny", "Tomas Varga", "he", "said"),
]


@needs_parser
@pytest.mark.parametrize(("text", "quote", "speaker", "surface", "cue"), PARSED)
def test_the_parse_attributes_each_clause_pattern(text: str, quote: str, speaker: str, surface: str, cue: str) -> None:
    found = [row[1:] for row in _attributed(text) if row[0].startswith(quote)]
    assert found == [(speaker, surface, cue)]


@needs_parser
@pytest.mark.parametrize("text", [
    # a quoted word in a prepositional phrase after an inverted verb is not what the verb reports
    "Peter Okafor arrived on Monday. “The talks went well,” said Peter Okafor in reply to the Harbour Trust's "
    "“concerns”. “We are ready to sign. The rest is detail.”",
    # "who" hung on a thing is a misparse: the parse stays out
    "The two delegations met on Monday after the tests, who still approve of sanctions but describe the new plan as "
    "“over-reacting.”",
    # a semicolon joins two sentences: the verb after it reports its own clause
    "According to the Daily Post, the minister looked “tired and angry”; the Evening Star noted that the visit was "
    "“short”.",
])
def test_the_parse_stays_out_where_its_reading_is_not_attribution(text: str) -> None:
    assert _attributed(text) == _attributed(text, parse=False)


@needs_parser
def test_a_quotation_with_no_speech_verb_in_its_sentence_keeps_the_rules_attribution() -> None:
    text = ("“The river rose a metre overnight,” said Ana Ruiz, the town's engineer. “We will open the gates at "
            "noon.”")
    assert [row[1] for row in _attributed(text)] == ["Ana Ruiz", "Ana Ruiz"]


@needs_parser
def test_the_parser_is_loaded_once_per_process() -> None:
    assert quotes._parser() is quotes._parser()


def test_parse_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="parse: expected True or False"):
        quotes_for(_one("“Yes,” she said."), parse="yes")


@pytest.fixture
def without_spacy(monkeypatch: pytest.MonkeyPatch):
    """The stage as on a machine without spaCy or its model: the loader raises ImportError."""
    def missing() -> object:
        raise ImportError("No module named 'spacy'")

    quotes._parser.cache_clear()
    monkeypatch.setattr(quotes, "_load_parser", missing)
    yield
    quotes._parser.cache_clear()


def test_without_spacy_the_rules_attribute_after_one_warning(without_spacy) -> None:
    text = ("Ana Ruiz is the town's engineer. “The river rose a metre overnight,” she said. Officials said the "
            "bridge was “closed until further notice”.")
    with pytest.warns(RuntimeWarning, match="not parsed.*No module named 'spacy'"):
        first = quotes_for(_one(text))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the warning is given once per process, not once per call
        second = quotes_for(_one(text))
    pd.testing.assert_frame_equal(first, second)
    pd.testing.assert_frame_equal(first, quotes_for(_one(text), parse=False))
    assert list(first["speaker"]) == ["Ana Ruiz", "Officials"]


def _quotes_in_worker(text: str) -> list[object]:
    return list(quotes_for(_one(text))["speaker"])


@needs_parser
def test_the_stage_pickles_and_parses_in_worker_processes() -> None:
    assert pickle.loads(pickle.dumps(quotes_for)) is quotes_for
    text = "“We did not expect this many visitors,” said a museum guide on Sunday."
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert list(pool.map(_quotes_in_worker, [text, text])) == [["museum guide"], ["museum guide"]]
