"""The small parsers of ingestion: dates, ids, near duplicates, cleaning, language; hypothesis properties."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import NEAR_DUPLICATE_THRESHOLD, article_id_for, discover_sources, near_duplicates, parse_source
from analysis.ingest.cleaning import clean_article_text, normalise_text
from analysis.ingest.dates import DateError, dateline_date, parse_date
from analysis.ingest.decoding import DecodeError, decode_bytes
from analysis.ingest.language import language_of
from analysis.ingest.outlets import load_outlets

# -- dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-02-12", date(2025, 2, 12)),
    ("2025-02-12T18:30:00+01:00", date(2025, 2, 12)),
    ("2025/02/12", date(2025, 2, 12)),
    ("12 February 2025", date(2025, 2, 12)),
    ("Wednesday, 12th Feb. 2025", date(2025, 2, 12)),
    ("Feb 12, 2025", date(2025, 2, 12)),
    ("February 12th 2025", date(2025, 2, 12)),
    ("12/02/2025", date(2025, 2, 12)),  # day first
    ("12.02.2025", date(2025, 2, 12)),
    ("02/13/2025", date(2025, 2, 13)),  # only month-first is possible
    ("  1 March 2025 ", date(2025, 3, 1)),
])
def test_parse_date_accepted_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("31/02/2025", "'31/02/2025' is not a real day (year 2025, month 2, day 31)"),
    ("2025-13-01", "is not a real day"),
    ("yesterday", "'yesterday' is not a date in an accepted form"),
    ("", "empty date"),
    ("12 Fooember 2025", "not a date in an accepted form"),
])
def test_parse_date_reports_impossible_and_unknown(text: str, reason: str) -> None:
    with pytest.raises(DateError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_date(text)


def test_dateline_found_inside_a_line() -> None:
    assert dateline_date("Updated: Feb 12, 2025 10:32 IST") == date(2025, 2, 12)
    assert dateline_date("Published 31/02/2025 then 01/03/2025") == date(2025, 3, 1)
    assert dateline_date("No date here") is None


# -- ids and near duplicates --------------------------------------------------------------------------


def test_article_id_ignores_case_and_whitespace_only() -> None:
    assert article_id_for("Hello  World\n\nagain") == article_id_for("hello world again")
    assert article_id_for("Hello World again.") != article_id_for("hello world again")
    assert len(article_id_for("")) == 16


def frame(rows: list[tuple[str, str | None]]) -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": [article_id_for(text) for text, _ in rows],
        "text": [text for text, _ in rows],
        "published": pd.to_datetime([when for _, when in rows]),
    })


def test_near_duplicates_on_samples_none(sample_articles: pd.DataFrame) -> None:
    assert near_duplicates(sample_articles).isna().all()


def test_syndicated_and_rewritten_copies_point_at_the_earliest(sample_by_file: dict) -> None:
    original = sample_by_file["002"].text
    syndicated = "NEW YORK (Wire) — Syndicated under another headline.\n\n" + original + "\n\nShare this story."
    words = original.split()
    rewritten = " ".join(w if i % 10 else "changed" for i, w in enumerate(words))
    other = sample_by_file["003"].text
    table = frame([(syndicated, "2025-02-13"), (original, "2025-02-12"), (rewritten, None), (other, "2025-02-01")])
    result = near_duplicates(table)
    original_id = article_id_for(original)
    assert result.tolist() == [original_id, None, original_id, None]
    assert list(result.index) == table["article_id"].tolist()


def test_near_duplicate_ties_and_unknown_dates() -> None:
    base = " ".join(f"word{i}" for i in range(300))
    copy = base + " extra words at the end"
    table = frame([(base, None), (copy, None)])
    ids = table["article_id"].tolist()
    earliest = min(ids)  # both undated: the smaller id is the original
    assert near_duplicates(table).to_dict() == {i: (None if i == earliest else earliest) for i in ids}
    dated = frame([(base, None), (copy, "2020-01-01")])
    assert near_duplicates(dated).tolist() == [article_id_for(copy), None]  # NaT counts as latest


def test_near_duplicate_threshold_is_applied_exactly() -> None:
    base = [f"w{i}" for i in range(400)]
    half = base[:200] + [f"x{i}" for i in range(200)]  # Jaccard of 3-shingles ~ 198/600 = 0.33
    table = frame([(" ".join(base), "2025-01-01"), (" ".join(half), "2025-01-02")])
    assert near_duplicates(table, threshold=0.3).tolist()[1] == article_id_for(" ".join(base))
    assert near_duplicates(table, threshold=NEAR_DUPLICATE_THRESHOLD).isna().all()


def test_near_duplicates_short_texts_and_empty_frame() -> None:
    table = frame([("Short text.", None), ("Short text!", None)])
    assert near_duplicates(table).isna().all()
    empty = near_duplicates(pd.DataFrame(columns=["article_id", "text", "published"]))
    assert empty.empty and empty.name == "duplicate_of"


@pytest.mark.parametrize("threshold", [0, 1.5, -1, True, "0.5"])
def test_near_duplicates_validates_threshold(threshold: object) -> None:
    with pytest.raises(ValueError, match="threshold must be a number in"):
        near_duplicates(frame([("a b c", None)]), threshold=threshold)  # type: ignore[arg-type]


def test_near_duplicates_needs_columns() -> None:
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['text'\]"):
        near_duplicates(pd.DataFrame({"article_id": ["a"]}))


def test_read_articles_marks_copies(tmp_path: Path, sample_by_file: dict) -> None:
    from analysis.ingest import read_articles

    original = sample_by_file["001"].text
    (tmp_path / "a.txt").write_text(original, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Copied from elsewhere.\n\n" + original, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published\na.txt,2025-02-13\nb.txt,2025-02-14\n", encoding="utf-8")
    result = read_articles([tmp_path])
    assert {Path(a.source).name: a.duplicate_of for a in result.articles} == {"a.txt": None, "b.txt": article_id_for(original)}


# -- cleaning ----------------------------------------------------------------------------------------


def test_clean_text_furniture_and_title() -> None:
    raw = "MillenniumPost\r\nBig Story\r\n\r\nHeadline Here\r\n\r\nHeadline Here\r\nX\r\n\r\nBody  one\u00a0line.\u200b\r\n\r\n\r\nNext Story\r\nShare it"
    cleaned = clean_article_text(raw, outlets=load_outlets())
    assert (cleaned.text, cleaned.title, cleaned.outlet, cleaned.published) == ("Body one line.", "Headline Here", "MillenniumPost", None)


def test_clean_text_keeps_a_lone_x_inside_a_sentence_and_subheadings() -> None:
    raw = "Body starts here with X marks.\nSubheading\nMore body text."
    assert clean_article_text(raw).text == "Body starts here with X marks.\n\nSubheading\n\nMore body text."


def test_title_line_never_runs_into_the_body() -> None:
    cleaned = clean_article_text("A headline without a stop\nThe body sentence follows.", title="Another title")
    assert cleaned.text == "A headline without a stop\n\nThe body sentence follows."


# -- decoding and language ----------------------------------------------------------------------------


def test_decode_utf16_without_bom() -> None:
    assert decode_bytes("Plain news text.".encode("utf-16-le")) == "Plain news text."


def test_decode_bad_bom() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(b"\xef\xbb\xbf\xff\xfe\xfd")


@pytest.mark.parametrize(("text", "code"), [
    ("Der amerikanische Präsident hat am Mittwoch ein Treffen mit dem russischen Präsidenten angekündigt.", "de"),
    ("El presidente de Estados Unidos anunció el miércoles una reunión con su homólogo ruso para la paz.", "es"),
    ("Президент США оголосив про зустріч із президентом Росії в Саудівській Аравії.", "uk"),
    ("美国总统宣布将与俄罗斯总统会面。", "zh"),
    ("12345 67890", "und"),
    ("Too short", "und"),
])
def test_language_of(text: str, code: str) -> None:
    assert language_of(text) == code


# -- hypothesis properties ----------------------------------------------------------------------------

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY
@given(st.text())
def test_cleaning_never_raises_and_output_is_normalised(raw: str) -> None:
    cleaned = clean_article_text(raw, title=raw[:20] or None, outlets=load_outlets())
    assert "\r" not in cleaned.text and "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()
    assert normalise_text(cleaned.text) == cleaned.text  # idempotent
    for paragraph in cleaned.text.split("\n\n"):
        assert paragraph == paragraph.strip() and "  " not in paragraph


@PROPERTY
@given(st.text(), st.sampled_from(["%s", "Published: %s", "%s | 10:30"]))
def test_dates_never_raise_anything_but_date_error(value: str, form: str) -> None:
    try:
        assert isinstance(parse_date(form % value), date)
    except DateError as error:
        assert str(error)
    dateline_date(value)


@PROPERTY
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_gives_text_or_a_reason(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except DecodeError as error:
        assert str(error)


@PROPERTY
@given(st.text(max_size=400), st.sampled_from([".txt", ".md", ".html", ".csv", ".jsonl", ".json", ".rss"]))
def test_parse_source_never_raises_on_arbitrary_unicode(tmp_path_factory: pytest.TempPathFactory, text: str, suffix: str) -> None:
    path = tmp_path_factory.mktemp("prop") / f"input{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    [source], _ = discover_sources([path])
    articles, rejected = parse_source(source)
    for article in articles:
        assert article.text and article.text == article.text.strip()
        assert article.n_words == len(article.text.split())
        assert article.article_id == article_id_for(article.text)
    for rejection in rejected:
        assert rejection.reason and rejection.source.startswith(str(path))


@PROPERTY
@given(st.lists(st.fixed_dictionaries({"text": st.text(max_size=200)}, optional={
    "title": st.text(max_size=30), "published": st.text(max_size=12), "url": st.text(max_size=20)}), max_size=5))
def test_jsonl_rows_each_become_an_article_or_a_reason(tmp_path_factory: pytest.TempPathFactory, rows: list[dict]) -> None:
    path = tmp_path_factory.mktemp("rows") / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    [source], _ = discover_sources([path])
    articles, rejected = parse_source(source)
    dropped = {r.source for r in rejected if not r.reason.startswith("ingested, but")}
    assert len(articles) + len(dropped) == len(rows) or (not rows and rejected)


@PROPERTY
@given(st.lists(st.text(max_size=300), max_size=8))
def test_near_duplicates_never_raise_and_point_at_known_ids(texts: list[str]) -> None:
    table = frame([(t, None) for t in dict.fromkeys(texts)]).drop_duplicates("article_id")
    result = near_duplicates(table)
    assert set(result.dropna()) <= set(table["article_id"])
    assert result.dropna().map(lambda i: result[i] is None).all()  # originals are never copies


def test_boilerplate_is_not_copying_but_mass_copies_are() -> None:
    import random

    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(3000)]
    footer = " ".join(f"footer{i}" for i in range(80))  # the same long footer under every article
    unique = [" ".join(rng.choices(vocabulary, k=150)) + "\n\n" + footer for _ in range(120)]
    story = " ".join(rng.choices(vocabulary, k=300))
    copies = [f"Copy {i} intro line.\n\n{story}" for i in range(30)]  # one story in 20 % of the corpus
    table = frame([(text, None) for text in unique + copies])
    result = near_duplicates(table)
    assert result.iloc[:120].isna().all()  # they share only the footer: Jaccard ~0.2 < 0.4
    marked = result.iloc[120:]
    original = min(table["article_id"].iloc[120:])
    assert marked.isna().sum() == 1 and set(marked.dropna()) == {original}
