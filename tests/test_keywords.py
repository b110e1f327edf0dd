"""Keyphrases on the sample articles (exact), their corpus ranking, trends and keyword-in-context,
and property tests for odd text."""
from __future__ import annotations

import pickle
import re
from pathlib import Path

import pandas as pd
import pytest
import yake
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yake.data import DataCore

from analysis.keyword_candidates import yake_candidates
from analysis.keywords import (
    ACTORS_PATH,
    CONTEXT_COLUMNS,
    DEFAULT_CONFIG,
    KEYWORD_COLUMNS,
    RANKING_COLUMNS,
    KeywordConfig,
    compound_key,
    generic_word_factor,
    extract_keyphrases,
    keyword_in_context,
    keywords_for,
    load_actor_aliases,
    load_stop_phrases,
    phrase_key,
    phrase_variants,
    prepare_text,
)
from analysis.trends import corpus_ranking, keyphrase_trend

# The top 10 of each sample article, without the actor registry (another analysis' data, which may
# change). A change here is a change in what analysts see.
EXPECTED_TOP10 = {
    "000": ["Donald Trump", "Vladimir Putin", "Ukraine", "Kyiv", "Saudi Arabia", "Volodymyr Zelensky",
            "discuss peace talks", "Munich Security Conference", "Russia", "White House"],
    "001": ["Ukraine", "Donald Trump", "Vladimir Putin", "Russia", "Mohammed bin Salman", "negotiations",
            "Saudi Arabia", "relations", "US-Russia relations", "discussions"],
    "002": ["Ukraine", "Saudi Arabia", "Trump", "Putin", "Russia", "security", "eyes meeting",
            "Trump Administration", "peace", "United States"],
    "003": ["Donald Trump", "Ukraine", "Vladimir Putin", "Russia", "United States", "war", "cease-fire",
            "Marco Rubio", "Volodymyr Zelensky", "Steve Witkoff"],
    "004": ["White House", "Ukraine", "Vladimir Putin", "Donald Trump", "Russia", "hold key talks", "ceasefire",
            "Russian forces", "Volodymyr Zelenskyy", "Moscow"],
}
NAME_VARIANTS = {
    "Putin": {"Putin", "Vladimir Putin", "President Vladimir Putin", "Russian President Vladimir",
              "President Vladimir", "President Putin", "Vladimir", "Mr. Putin"},
    "Trump": {"Trump", "Donald Trump", "President Donald Trump", "US President Donald", "President Donald",
              "President Trump", "Donald", "Mr. Trump"},
    "Zelensky": {"Zelensky", "Volodymyr Zelensky", "President Volodymyr Zelensky", "Ukrainian President Volodymyr",
                 "President Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr"},
}
JUNK = re.compile(r"MillenniumPost|Big Story|Next Story|Share it|Cease-Fire President|President Donald$|avers|"
                  r"[’']s\b|^(President|Mr\.?|Mrs\.?|Russian President)$", re.IGNORECASE)


NO_REGISTRY = KeywordConfig(actors=None)


@pytest.fixture(scope="module")
def sample_keywords(sample_articles: pd.DataFrame) -> pd.DataFrame:
    return keywords_for(sample_articles, config=NO_REGISTRY)


def _top10(sample_articles: pd.DataFrame, keywords: pd.DataFrame) -> dict[str, list[str]]:
    out = {}
    for row in sample_articles.itertuples(index=False):
        ranked = keywords[keywords["article_id"] == row.article_id].sort_values("rank")
        out[Path(row.source).name[:3]] = list(ranked["keyphrase"].head(10))
    return out


# ------------------------------------------------------------------------------------------------
# Edge cases first


def test_empty_input_gives_empty_table_with_columns() -> None:
    empty = keywords_for(pd.DataFrame(columns=["article_id", "title", "text"]))
    assert list(empty.columns)[:4] == list(KEYWORD_COLUMNS)
    assert empty.empty


@pytest.mark.parametrize("text", ["", "   ", "\n\n", None, ".", "— … —", "12 345 6.7"])
def test_blank_or_wordless_text_gives_no_keyphrases(text: str | None) -> None:
    assert extract_keyphrases(text) == []


def test_missing_title_or_text_in_the_table_is_read_as_empty() -> None:
    frame = pd.DataFrame({"article_id": ["a", "b"], "title": [None, float("nan")],
                          "text": ["Ceasefire talks in Riyadh went on.", None]})
    table = keywords_for(frame)
    assert set(table["article_id"]) == {"a"}


def test_corpus_functions_on_empty_frames_give_empty_tables_with_columns(sample_articles: pd.DataFrame) -> None:
    no_keywords = pd.DataFrame(columns=list(KEYWORD_COLUMNS))
    no_articles = sample_articles.iloc[0:0]
    assert list(corpus_ranking(no_keywords, sample_articles).columns) == list(RANKING_COLUMNS)
    assert corpus_ranking(no_keywords, no_articles).empty
    trend = keyphrase_trend(no_keywords, no_articles, ["Ukraine"], by_outlet=True)
    assert trend.empty and list(trend.columns) == ["period", "keyphrase", "outlet", "n_articles", "share"]
    assert keyphrase_trend(no_keywords, sample_articles, []).empty
    context = keyword_in_context("Ukraine", no_articles)
    assert context.empty and list(context.columns) == list(CONTEXT_COLUMNS)


def test_corpus_functions_name_the_missing_column(sample_articles: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="keywords is missing column"):
        corpus_ranking(pd.DataFrame({"article_id": []}), sample_articles)
    with pytest.raises(TypeError, match="phrases must be a sequence"):
        keyphrase_trend(pd.DataFrame(columns=list(KEYWORD_COLUMNS)), sample_articles, "Ukraine")


@given(st.text(max_size=200))
def test_phrase_key_is_idempotent(phrase: str) -> None:
    assert phrase_key(phrase_key(phrase)) == phrase_key(phrase)


def test_one_word_text() -> None:
    [only] = extract_keyphrases("Ceasefire")
    assert (only.keyphrase, only.rank) == ("Ceasefire", 1)


def test_title_only_article_is_read() -> None:
    frame = pd.DataFrame({"article_id": ["a"], "title": ["Ceasefire talks in Riyadh"], "text": [""]})
    assert {"ceasefire", "riyadh"} <= {phrase_key(p) for p in keywords_for(frame)["keyphrase"]}


def test_200_kb_text_gives_at_most_top_keyphrases() -> None:
    paragraph = ("Russian President Vladimir Putin and US President Donald Trump spoke about a ceasefire in "
                 "Ukraine. Mr. Putin said the talks in Saudi Arabia were useful.\n")
    text = paragraph * (200_000 // len(paragraph) + 1)
    assert len(text) >= 200_000
    phrases = extract_keyphrases(text, title="Putin and Trump talk")
    assert 1 <= len(phrases) <= DEFAULT_CONFIG.top
    assert sum(p.keyphrase in NAME_VARIANTS["Putin"] for p in phrases) == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=80), text=st.text(max_size=1500))
def test_any_text_gives_a_valid_ranking(title: str, text: str) -> None:
    phrases = extract_keyphrases(text, title=title)
    assert len(phrases) <= DEFAULT_CONFIG.top
    assert [p.rank for p in phrases] == list(range(1, len(phrases) + 1))
    assert [p.score for p in phrases] == sorted(p.score for p in phrases)
    assert all(p.keyphrase.strip() and p.variants for p in phrases)
    assert len({phrase_key(p.keyphrase) for p in phrases}) == len(phrases)


def _datacore_candidates(text: str, stopwords: frozenset[str]) -> list[tuple[str, str, float, float]]:
    """YAKE's own valid candidates of `text`, best first, as (kw, unique_kw, h, tf)."""
    core = DataCore(text=text, stopword_set=stopwords, config={"windows_size": 1, "n": 3})
    core.build_single_terms_features(features=None)
    core.build_mult_terms_features(features=None)
    ranked = sorted((c for c in core.candidates.values() if c.is_valid()), key=lambda c: c.h)
    return [(c.kw, c.unique_kw, float(c.h), c.tf) for c in ranked]


def test_candidate_scores_are_yakes_own_on_the_samples(sample_articles: pd.DataFrame) -> None:
    stopwords = frozenset(yake.KeywordExtractor(lan="en").stopword_set)
    for row in sample_articles.itertuples(index=False):
        document = prepare_text(row.title, row.text).replace("\n", " ")
        ours = [(c.kw, c.unique_kw, c.h, c.tf) for c in yake_candidates(document, stopwords)]
        assert ours == _datacore_candidates(document, stopwords)


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(["Putin", "talks", "the", "of", "US", "U.S.", "Kyiv's", "3.5", "2,000",
                                       "G7", "said", ".", ",", "!", "-", "Sanctions", "sanctions", "news",
                                       "NATO", "x", "as", "was", "e-mail", "\n", "Ünïcode", "ΟΔΟΣ", "said.",
                                       "(", ")", "\"", "it's", "talks talks", "a"]), max_size=120))
def test_candidate_scores_are_yakes_own_on_any_word_salad(words: list[str]) -> None:
    stopwords = frozenset(yake.KeywordExtractor(lan="en").stopword_set)
    text = " ".join(words)
    try:
        expected = _datacore_candidates(text, stopwords)
    except (ValueError, ZeroDivisionError, IndexError, KeyError):
        return  # text YAKE itself cannot score
    assert [(c.kw, c.unique_kw, c.h, c.tf) for c in yake_candidates(text, stopwords)] == expected


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(["Putin", "President", "Mr.", "talks", "ceasefire", "the", "Kyiv’s",
                                       "Big", "Story", "said", ".", ",", "Vladimir", "Trump", "’s"]),
                      max_size=60))
def test_titles_and_page_furniture_never_become_keyphrases(words: list[str]) -> None:
    for phrase in extract_keyphrases(" ".join(words)):
        assert not JUNK.search(phrase.keyphrase), phrase


# ------------------------------------------------------------------------------------------------
# Config


def test_config_is_validated_with_the_argument_named() -> None:
    with pytest.raises(ValueError, match="dedup_func must be one of seqm, jaro, levs"):
        KeywordConfig(dedup_func="cosine")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="top must be"):
        KeywordConfig(top=0)
    with pytest.raises(ValueError, match="n must be"):
        KeywordConfig(n=9)
    with pytest.raises(ValueError, match="dedup_lim must be"):
        KeywordConfig(dedup_lim=1.5)


def test_config_speaks_yakes_snake_case_options() -> None:
    options = KeywordConfig(top=7, window_size=2).yake_options()
    assert options == {"lan": "en", "n": 3, "dedup_lim": 0.9, "dedup_func": "seqm", "window_size": 2, "top": 7}


def test_config_top_limits_the_rows(sample_articles: pd.DataFrame) -> None:
    table = keywords_for(sample_articles.head(1), config=KeywordConfig(top=5))
    assert table["rank"].tolist() == [1, 2, 3, 4, 5]


def test_config_and_extractor_pickle() -> None:
    assert pickle.loads(pickle.dumps(DEFAULT_CONFIG)) == DEFAULT_CONFIG
    assert pickle.loads(pickle.dumps(keywords_for)) is keywords_for


def test_stop_phrase_file_parses(data_dir: Path) -> None:
    stop = load_stop_phrases(data_dir / "stop_phrases.txt")
    assert ("president",) in stop.titles and ("vice", "president") in stop.titles
    assert ("russian",) in stop.alone
    assert ("big", "story") in stop.anywhere


def test_stop_phrase_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "stop.txt"
    path.write_text("[colours]\nred\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"stop.txt:1: unknown section \[colours\]"):
        load_stop_phrases(path)


# ------------------------------------------------------------------------------------------------
# Text preparation and merging


def test_title_and_headings_become_sentences_of_their_own() -> None:
    doc = prepare_text("A Crucial Call: Trump and Putin Discuss Ukraine Cease-Fire",
                       "President Donald Trump will call Putin.\nThe Ceasefire Proposal on the Table\nUkraine agreed to a cease-fire.")
    assert doc.splitlines() == ["A crucial call: Trump and Putin discuss Ukraine cease-fire.",
                                "President Donald Trump will call Putin.",
                                "The ceasefire proposal on the table.",
                                "Ukraine agreed to a cease-fire."]


def test_repeated_title_at_the_top_of_the_body_is_dropped() -> None:
    doc = prepare_text("Trump, Putin hold key talks", "Trump, Putin hold key talks\nThey talked.")
    assert doc.splitlines() == ["Trump, Putin hold key talks.", "They talked."]


def test_possessives_end_a_phrase() -> None:
    assert prepare_text(None, "Trump’s team met Kyiv's envoy.") == "Trump , team met Kyiv , envoy."


def test_phrase_key_merges_case_hyphen_dot_and_possessive_variants() -> None:
    assert phrase_key("Cease-Fire") == phrase_key("ceasefire") == "ceasefire"
    assert phrase_key("U.S.") == phrase_key("US") == "us"
    assert phrase_key("Trump’s") == "trump"


def test_compound_spellings_are_one_phrase() -> None:
    assert compound_key("cease fire") == compound_key("Cease-Fire") == compound_key("ceasefire") == "ceasefire"
    text = ("Russia and Ukraine agreed to a cease fire on Monday, officials in Kyiv said. The ceasefire covers "
            "energy sites.\nNegotiators in Riyadh said the cease-fire would be monitored. Moscow accused Kyiv of "
            "breaking the ceasefire overnight.")
    [entry] = [p for p in extract_keyphrases(text) if {"cease fire", "ceasefire", "cease-fire"} & set(p.variants)]
    assert {"cease fire", "ceasefire", "cease-fire"} <= set(entry.variants)
    keywords = pd.DataFrame({"article_id": ["a", "b", "c"], "keyphrase": ["cease fire", "ceasefire", "cease-fire"],
                             "score": [0.1, 0.1, 0.1], "rank": [1, 1, 1]})
    ranking = corpus_ranking(keywords, pd.DataFrame({"article_id": ["a", "b", "c"]}))
    assert ranking["n_articles"].tolist() == [3]


def test_spelled_out_acronym_counts_as_the_acronym() -> None:
    text = ("Leaders of the North Atlantic Treaty Organization met. NATO said so. The Organization of the "
            "Petroleum Exporting Countries (OPEC) and OPEC agreed.")
    document = prepare_text(None, text)
    assert "North Atlantic" not in document and document.count("NATO") == 2
    assert document.count("OPEC") == 2 and "(OPEC)" not in document


def test_generic_word_factor_spares_names_phrases_and_rare_words() -> None:
    factor = generic_word_factor(pd.Series(["war", "call", "peace", "ceasefire", "Russia", "peace talks", "zzqx"]))
    assert factor[0] < 0.5 and factor[1] < 0.5 and 0.5 < factor[2] < 0.7
    assert factor[3:].tolist() == [1.0, 1.0, 1.0, 1.0]


def test_name_variants_merge_into_the_full_name() -> None:
    text = ("Russian President Vladimir Putin spoke to President Donald Trump. Mr. Putin wants talks. "
            "President Putin said talks with Trump would be hard. Putin and Trump met.")
    [putin] = [p for p in extract_keyphrases(text) if "Putin" in p.keyphrase]
    [trump] = [p for p in extract_keyphrases(text) if "Trump" in p.keyphrase]
    assert (putin.keyphrase, trump.keyphrase) == ("Vladimir Putin", "Donald Trump")
    assert {"Putin", "Vladimir Putin"} <= set(putin.variants) and "Trump" in trump.variants


def test_actor_registry_names_the_keyphrase(tmp_path: Path) -> None:
    registry = tmp_path / "actors.csv"
    registry.write_text("actor,type,aliases,role\nVolodymyr Zelensky,person,Zelensky|Zelenskyy,President\n"
                        "Dmitry Peskov,person,Peskov|Dmitri Peskov,spokesman\n", encoding="utf-8")
    assert load_actor_aliases(registry)["zelenskyy"] == "Volodymyr Zelensky"
    text = ("Ukrainian President Volodymyr Zelenskyy spoke on Monday. Zelensky said the ceasefire must hold. "
            "Zelenskyy added that the ceasefire was fragile. Dmitri Peskov answered for the Kremlin.")
    phrases = [p.keyphrase for p in extract_keyphrases(text, config=KeywordConfig(actors=registry))]
    assert "Volodymyr Zelensky" in phrases and "Dmitry Peskov" in phrases
    assert not {"Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Dmitri Peskov"} & set(phrases)
    assert load_actor_aliases(tmp_path / "missing.csv") == {} and load_actor_aliases(None) == {}


@pytest.mark.skipif(not ACTORS_PATH.exists(), reason="no actor registry in data/")
def test_sample_keyphrases_use_the_actor_registry(sample_by_file: dict, sample_articles: pd.DataFrame) -> None:
    table = keywords_for(sample_articles)  # the default config reads data/actors.csv
    nysun = table[table["article_id"] == sample_by_file["002"].article_id]["keyphrase"].tolist()
    assert "Donald Trump" in nysun and "Trump" not in nysun


def test_outlet_name_is_not_a_keyphrase_of_its_own_article() -> None:
    text = "MillenniumPost\nThe ceasefire in Ukraine holds. MillenniumPost reports that the ceasefire holds."
    phrases = {p.keyphrase for p in extract_keyphrases(text, outlet="MillenniumPost")}
    assert "MillenniumPost" not in phrases and "ceasefire" in phrases


# ------------------------------------------------------------------------------------------------
# The sample articles


def test_sample_top10_is_pinned(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    assert _top10(sample_articles, sample_keywords) == EXPECTED_TOP10


def test_sample_table_shape(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    assert list(sample_keywords.columns) == [*KEYWORD_COLUMNS, "variants"]
    assert sample_keywords.groupby("article_id").size().tolist() == [20] * 5
    assert set(sample_keywords["article_id"]) == set(sample_articles["article_id"])
    for _, ranked in sample_keywords.groupby("article_id"):
        assert ranked["rank"].tolist() == list(range(1, 21))
        assert ranked["score"].is_monotonic_increasing


def test_sample_top10_has_one_entry_per_name_and_no_junk(sample_keywords: pd.DataFrame) -> None:
    for article_id, ranked in sample_keywords.groupby("article_id"):
        top10 = ranked.sort_values("rank")["keyphrase"].head(10).tolist()
        for person, variants in NAME_VARIANTS.items():
            assert sum(p in variants for p in top10) <= 1, (article_id, person, top10)
        assert not [p for p in top10 if JUNK.search(p)], (article_id, top10)
        assert len({phrase_key(p) for p in top10}) == 10


def test_sample_variants_record_what_was_merged(sample_by_file: dict, sample_keywords: pd.DataFrame) -> None:
    first = sample_keywords[sample_keywords["article_id"] == sample_by_file["000"].article_id]
    putin = first.loc[first["keyphrase"] == "Vladimir Putin", "variants"].item().split(" | ")
    assert {"Vladimir Putin", "Putin", "President Putin"} <= set(putin)


def test_corpus_top10_names_the_story(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    ranking = corpus_ranking(sample_keywords, sample_articles, top=10)
    assert list(ranking.columns) == list(RANKING_COLUMNS)
    # General words ("peace", "war", "call") no longer outrank the named topics: they are scaled down by
    # their English frequency, so "cease-fire" (003) / "ceasefire" (004) makes the top 10.
    assert ranking["keyphrase"].tolist() == ["Ukraine", "Donald Trump", "Vladimir Putin", "Russia",
                                             "Volodymyr Zelensky", "Saudi Arabia", "Truth Social", "Marco Rubio",
                                             "White House", "cease-fire"]
    head = ranking.iloc[0]
    assert (head["n_articles"], head["share"]) == (5, 1.0)
    assert ranking["corpus_score"].is_monotonic_decreasing


def test_corpus_ranking_merges_spellings_across_articles(sample_articles: pd.DataFrame,
                                                         sample_keywords: pd.DataFrame) -> None:
    ranking = corpus_ranking(sample_keywords, sample_articles, top=50).set_index("keyphrase")
    assert ranking.loc["cease-fire", "n_articles"] == 2  # "cease-fire" (003) and "ceasefire" (004)
    assert "ceasefire" not in ranking.index and "Putin" not in ranking.index
    assert ranking.loc["NATO", "n_articles"] == 2  # 002 spells it out once: "North Atlantic Treaty Organization"
    assert ranking.loc["Volodymyr Zelensky", "n_articles"] == 5  # with "Zelenskyy" and "Volodomyr"


def test_corpus_ranking_counts_only_the_given_articles(sample_articles: pd.DataFrame,
                                                       sample_keywords: pd.DataFrame) -> None:
    two = sample_articles.iloc[[3, 4]]
    ranking = corpus_ranking(sample_keywords, two).set_index("keyphrase")
    assert ranking.loc["cease-fire", ["n_articles", "share"]].tolist() == [2, 1.0]
    assert corpus_ranking(sample_keywords.iloc[0:0], two).empty


def test_corpus_ranking_validates_top(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="top must be an int >= 1"):
        corpus_ranking(sample_keywords, sample_articles, top=0)


def test_daily_trend_counts_and_shares(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    trend = keyphrase_trend(sample_keywords, sample_articles, ["ceasefire", "Saudi Arabia"], freq="D")
    assert list(trend.columns) == ["period", "keyphrase", "n_articles", "share"]
    rows = {(r.keyphrase, r.period.strftime("%m-%d")): (r.n_articles, r.share) for r in trend.itertuples()}
    assert rows == {
        ("Saudi Arabia", "02-12"): (2, 1.0), ("Saudi Arabia", "02-13"): (1, 1.0),
        ("Saudi Arabia", "03-17"): (0, 0.0), ("Saudi Arabia", "03-19"): (0, 0.0),
        ("ceasefire", "02-12"): (0, 0.0), ("ceasefire", "02-13"): (0, 0.0),
        ("ceasefire", "03-17"): (1, 1.0), ("ceasefire", "03-19"): (1, 1.0),
    }


def test_weekly_trend_by_outlet(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    trend = keyphrase_trend(sample_keywords, sample_articles, ["Putin"], freq="W", by_outlet=True)
    assert list(trend.columns) == ["period", "keyphrase", "outlet", "n_articles", "share"]
    assert set(trend["period"].dt.day_of_week) == {0}  # weeks start on Monday
    week = trend[trend["period"] == pd.Timestamp("2025-02-10")]
    assert week["n_articles"].sum() == 3 and set(week["share"]) == {1.0}
    assert week["outlet"].isna().sum() == 1  # 000 has no outlet: kept, not invented


def test_trend_leaves_out_undated_articles(sample_articles: pd.DataFrame, sample_keywords: pd.DataFrame) -> None:
    undated = sample_articles.assign(published=pd.NaT)
    assert keyphrase_trend(sample_keywords, undated, ["Ukraine"]).empty
    with pytest.raises(ValueError, match="freq must be one of 'D', 'W'"):
        keyphrase_trend(sample_keywords, sample_articles, ["Ukraine"], freq="M")


def test_keyword_in_context_finds_variants(sample_by_file: dict, sample_articles: pd.DataFrame) -> None:
    assert phrase_variants("Vladimir Putin") == ("vladimir putin", "putin")
    context = keyword_in_context("Vladimir Putin", sample_articles)
    assert list(context.columns) == list(CONTEXT_COLUMNS)
    assert context["published"].is_monotonic_increasing
    from_002 = context[context["article_id"] == sample_by_file["002"].article_id]["sentence"].tolist()
    assert from_002[0] == ("President Trump says he is planning to meet with President Putin in Saudi Arabia to "
                           "discuss a peace plan for Ukraine, following a discussion today with the Russian leader.")
    assert all(re.search(r"putin", s, re.IGNORECASE) for s in context["sentence"])


def test_keyword_in_context_ignores_case_and_hyphens(sample_articles: pd.DataFrame) -> None:
    context = keyword_in_context("Ceasefire", sample_articles)
    assert any("cease-fire" in s for s in context["sentence"]) and any("ceasefire" in s for s in context["sentence"])
    assert keyword_in_context("", sample_articles).empty
    assert keyword_in_context("zeppelin", sample_articles).empty


@pytest.mark.parametrize("phrase", ["Vladimir Putin", "Ceasefire", "U.S.", "Brent crude", "Kremlin", "Saudi Arabia",
                                    "peace", "Gulf of America", "Hegseth's", "zeppelin"])
def test_keyword_in_context_splits_only_the_paragraphs_holding_the_phrase_with_the_same_result(
        sample_articles: pd.DataFrame, monkeypatch: pytest.MonkeyPatch, phrase: str) -> None:
    from analysis import keywords as module

    fast = keyword_in_context(phrase, sample_articles)
    every_paragraph = module._sentences
    monkeypatch.setattr(module, "_sentences", lambda text, holding=None: every_paragraph(text))
    pd.testing.assert_frame_equal(fast, keyword_in_context(phrase, sample_articles))


def test_keyword_in_context_limit_keeps_the_first_sentences(sample_articles: pd.DataFrame) -> None:
    every = keyword_in_context("Vladimir Putin", sample_articles)
    first = keyword_in_context("Vladimir Putin", sample_articles, limit=2)
    assert len(every) > 2
    assert first[["article_id", "sentence"]].values.tolist() == every[["article_id", "sentence"]].head(2).values.tolist()
    assert len(keyword_in_context("Vladimir Putin", sample_articles, limit=10_000)) == len(every)
    with pytest.raises(ValueError, match="limit"):
        keyword_in_context("Vladimir Putin", sample_articles, limit=0)


def test_keyword_in_context_finds_dotted_and_curly_forms() -> None:
    articles = pd.DataFrame({"article_id": ["a", "b"], "title": ["", ""], "outlet": ["X", "Y"],
                             "published": pd.to_datetime(["2025-01-01", "2025-01-02"]),
                             "text": ["The U.S. said no.\n\nNothing else.", "O’Brien’s plan failed."]})
    assert keyword_in_context("US", articles)["sentence"].tolist() == ["The U.S. said no."]
    assert keyword_in_context("OBrien", articles)["sentence"].tolist() == ["O’Brien’s plan failed."]
