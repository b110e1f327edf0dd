"""Issue 9, bad input: every case gives a clear per-item reason, and the rest is still ingested."""
from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from analysis.ingest import read_articles
from analysis.ingest.language import is_english, language_of
from analysis.ingest.limits import MAX_TEXT_FILE_BYTES

GOOD = "The talks went on for two hours, officials said, and a second call is planned for next week."


def ingest(tmp_path: Path, name: str, content: str | bytes, *, with_good: bool = True):
    """Read a folder holding the bad file (and a good one, which must still be ingested)."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if with_good:
        (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = read_articles([tmp_path])
    if with_good:
        assert GOOD in [a.text for a in result.articles]
    return result


def reasons(result, name: str) -> list[str]:
    return [r.reason for r in result.rejected if Path(r.source.split("#")[0]).name == name]


def test_empty_file(tmp_path: Path) -> None:
    assert reasons(ingest(tmp_path, "empty.txt", b""), "empty.txt") == ["empty file"]


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert reasons(ingest(tmp_path, "blank.txt", " \n\t\r\n \u00a0\n"), "blank.txt") == ["only whitespace"]


def test_only_page_furniture(tmp_path: Path) -> None:
    result = ingest(tmp_path, "furniture.txt", "Next Story\nShare it\nX\n")
    assert reasons(result, "furniture.txt") == ["empty after removing page furniture"]


def test_binary_file_named_txt(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    assert reasons(ingest(tmp_path, "image.txt", png), "image.txt") == ["binary file, not text (it contains NUL bytes)"]


def test_random_bytes_named_txt(tmp_path: Path) -> None:
    import random

    noise = bytes(random.Random(7).randrange(1, 32) for _ in range(5000))
    [reason] = reasons(ingest(tmp_path, "noise.txt", noise), "noise.txt")
    assert reason.startswith("binary file, not text") or reason == "not UTF-8 and not a known encoding"


TEXT = "Café owners in Zürich said the “ceasefire” talks – held on Tuesday – were “très important” for trade, costing €5 million."


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_text_in_other_encodings_is_decoded(tmp_path: Path, encoding: str) -> None:
    result = ingest(tmp_path, f"{encoding}.txt", TEXT.encode(encoding))
    assert not result.rejected
    assert TEXT in [a.text for a in result.articles]


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    text = "Les négociations à Genève ont été décrites comme très difficiles, a déclaré le porte-parole du ministère; « Nous verrons », a-t-il ajouté à Zürich."
    result = ingest(tmp_path, "latin1.txt", text.encode("latin-1"))
    assert not result.rejected
    assert text in [a.text for a in result.articles]


def test_20_mb_text_is_refused_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    result = ingest(tmp_path, "huge.txt", ("A sentence of news text. " * 800_000).encode())
    [reason] = reasons(result, "huge.txt")
    assert reason.startswith("too large: the file is 20,000,000 bytes; the limit is 2,000,000 bytes")
    assert time.monotonic() - started < 5


def test_single_5_mb_line_is_refused(tmp_path: Path) -> None:
    result = ingest(tmp_path, "line.txt", b"word " * 1_000_000)
    [reason] = reasons(result, "line.txt")
    assert reason.startswith("too large") and f"{MAX_TEXT_FILE_BYTES:,}" in reason


def test_single_5_mb_jsonl_line_among_good_ones(tmp_path: Path) -> None:
    huge = json.dumps({"text": "word " * 1_000_000})
    lines = [json.dumps({"text": GOOD + " One."}), huge, json.dumps({"text": GOOD + " Three."})]
    result = ingest(tmp_path, "lines.jsonl", "\n".join(lines), with_good=False)
    assert [a.text for a in result.articles] == [GOOD + " One.", GOOD + " Three."]
    assert reasons(result, "lines.jsonl") == ["line longer than 4,000,000 characters"]
    assert result.rejected[0].source.endswith("lines.jsonl#line 2")


def test_article_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    result = ingest(tmp_path, "long.jsonl", json.dumps({"text": "word " * 60_000}))
    [reason] = reasons(result, "long.jsonl")
    assert reason.startswith("too long for an article: 299,999 characters; the limit is 200,000")


def test_html_full_of_scripts_and_iframes(tmp_path: Path) -> None:
    junk = "<script>var x = '<p>not text</p>';</script><iframe src='https://evil.example'></iframe>" * 200
    page = f"<html><head>{junk}<style>p {{color: red}}</style></head><body>{junk}<article><p>{GOOD}</p>{junk}<p>{GOOD} Again.</p></article>{junk}</body></html>"
    result = ingest(tmp_path, "scripts.html", page, with_good=False)
    assert not result.rejected
    [article] = result.articles
    assert article.text == f"{GOOD}\n\n{GOOD} Again."


def test_html_with_only_scripts(tmp_path: Path) -> None:
    result = ingest(tmp_path, "only.html", "<html><body><script>alert(1)</script><iframe></iframe></body></html>")
    [reason] = reasons(result, "only.html")
    assert reason.startswith("no article text found in the page")


def test_csv_missing_text_column(tmp_path: Path) -> None:
    result = ingest(tmp_path, "notext.csv", "title,outlet\nA,B\n")
    assert reasons(result, "notext.csv") == [
        "no text column (accepted columns: text, body, title, outlet, published, date, url; a text or body column is required)"]


def test_csv_unknown_columns_list_accepted_ones(tmp_path: Path) -> None:
    result = ingest(tmp_path, "unknown.csv", "text,author,views\nSome text here.,Me,3\n")
    assert reasons(result, "unknown.csv") == [
        "unknown column(s) 'author', 'views' (accepted columns: text, body, title, outlet, published, date, url; "
        "a text or body column is required)"]


def test_csv_ragged_rows(tmp_path: Path) -> None:
    csv_text = "title,text\nOne,First article text here.\nTwo,Second,with an extra field\nThree\nFour,Fourth article text.\n"
    result = ingest(tmp_path, "ragged.csv", csv_text, with_good=False)
    assert [a.title for a in result.articles] == ["One", "Four"]
    assert [(r.source.rsplit("#", 1)[1], r.reason) for r in result.rejected] == [
        ("row 2", "row has 3 fields; the header has 2"), ("row 3", "row has 1 fields; the header has 2")]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_other_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    csv_text = delimiter.join(["title", "text"]) + "\n" + delimiter.join(["One", "First, with a comma, text."]) + "\n"
    result = ingest(tmp_path, "semi.csv", csv_text, with_good=False)
    assert not result.rejected
    assert [(a.title, a.text) for a in result.articles] == [("One", "First, with a comma, text.")]


def test_csv_row_with_empty_text(tmp_path: Path) -> None:
    result = ingest(tmp_path, "gap.csv", "title,text\nOne,\nTwo,Some text.\n", with_good=False)
    assert [a.title for a in result.articles] == ["Two"]
    assert [(r.source.rsplit("#", 1)[1], r.reason) for r in result.rejected] == [("row 1", "empty text")]


def test_jsonl_one_broken_line_among_good_ones(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "First story text."}), '{"text": "broken', json.dumps([1, 2]),
             json.dumps({"text": "Fourth story text.", "author": "x"}), json.dumps({"text": "Fifth story text."})]
    result = ingest(tmp_path, "mixed.jsonl", "\n".join(lines), with_good=False)
    assert [a.text for a in result.articles] == ["First story text.", "Fifth story text."]
    got = [(r.source.rsplit("#", 1)[1], r.reason) for r in result.rejected]
    assert got[0][0] == "line 2" and got[0][1].startswith("not valid JSON: ")
    assert got[1] == ("line 3", "not a JSON object but a list")
    assert got[2][0] == "line 4" and got[2][1].startswith("unknown key(s) 'author' (accepted keys: text, body,")


def test_broken_json_file(tmp_path: Path) -> None:
    [reason] = reasons(ingest(tmp_path, "bad.json", '[{"text": "a"'), "bad.json")
    assert reason.startswith("not valid JSON")


@pytest.mark.parametrize(("value", "why"), [
    ("31/02/2025", "'31/02/2025' is not a real day (year 2025, month 2, day 31)"),
    ("yesterday", "'yesterday' is not a date in an accepted form"),
])
def test_bad_metadata_dates_are_reported_and_the_article_kept(tmp_path: Path, value: str, why: str) -> None:
    (tmp_path / "articles.csv").write_text(f"file,title,outlet,published,url\na.txt,Title,Outlet,{value},\n", encoding="utf-8")
    result = ingest(tmp_path, "a.txt", GOOD + " Extra.")
    [article] = [a for a in result.articles if a.source.endswith("a.txt")]
    assert (article.title, article.outlet, article.published) == ("Title", "Outlet", None)
    [reason] = reasons(result, "a.txt")
    assert reason.startswith("ingested, but its date was ignored (published left unknown): ") and why in reason


def test_bad_metadata_date_falls_back_to_the_dateline(tmp_path: Path) -> None:
    (tmp_path / "articles.csv").write_text("file,published\na.txt,31/02/2025\n", encoding="utf-8")
    result = ingest(tmp_path, "a.txt", "Published: Feb 12, 2025\n\n" + GOOD + " Extra.")
    [article] = [a for a in result.articles if a.source.endswith("a.txt")]
    assert article.published == date(2025, 2, 12)
    assert reasons(result, "a.txt")[0].startswith("ingested, but its date was ignored (the text's date 2025-02-12 is used)")


def test_sidecar_with_unknown_column(tmp_path: Path) -> None:
    (tmp_path / "articles.csv").write_text("file,author\na.txt,Me\n", encoding="utf-8")
    result = ingest(tmp_path, "a.txt", GOOD + " Extra.")
    assert len(result.articles) == 2
    assert reasons(result, "articles.csv") == [
        "metadata file has unknown column(s) 'author' (accepted columns: file, title, outlet, published, date, url)"]


def test_same_file_name_in_two_folders(tmp_path: Path) -> None:
    for folder, outlet in (("a", "Outlet A"), ("b", "Outlet B")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"{GOOD} Reported by {outlet}.", encoding="utf-8")
        (tmp_path / folder / "articles.csv").write_text(f"file,outlet\nstory.txt,{outlet}\n", encoding="utf-8")
    result = read_articles([tmp_path])
    assert not result.rejected
    got = sorted((Path(a.source).parent.name, a.outlet, a.text.endswith(f"{a.outlet}.")) for a in result.articles)
    assert got == [("a", "Outlet A", True), ("b", "Outlet B", True)]


@pytest.mark.parametrize("text", [
    "He said “this never closes. " + GOOD,
    "Quotes: " + "“" * 5000 + " and " + '"' * 5000 + " end. " + GOOD,
    "‘Nested “quotes’ are” odd. " + GOOD,
])
def test_unbalanced_and_thousands_of_quotation_marks(tmp_path: Path, text: str) -> None:
    result = ingest(tmp_path, "quotes.txt", text, with_good=False)
    assert not result.rejected
    assert [a.text for a in result.articles] == [text]


def test_text_in_another_language_is_ingested_and_marked(tmp_path: Path) -> None:
    french = ("Le président américain a annoncé mercredi une rencontre avec son homologue russe en Arabie saoudite "
              "pour discuter de la paix en Ukraine, selon la Maison Blanche.")
    russian = "Президент США объявил о встрече с президентом России в Саудовской Аравии для переговоров об Украине."
    (tmp_path / "ru.txt").write_text(russian, encoding="utf-8")
    result = ingest(tmp_path, "fr.txt", french)
    assert not result.rejected
    by_language = {language_of(a.text): a.text for a in result.articles}
    assert by_language == {"fr": french, "ru": russian, "en": GOOD}
    assert not is_english(french) and is_english(GOOD)


def test_nonexistent_path_and_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4")
    result = read_articles([tmp_path / "nope.txt", tmp_path / "slides.pdf", "ftp://example.org/a"])
    assert [r.reason for r in result.rejected] == [
        "no such file or folder",
        "unsupported address scheme 'ftp' (accepted: http, https)",
        "unsupported file type '.pdf' (accepted: .atom, .csv, .htm, .html, .json, .jsonl, .markdown, .md, "
        ".ndjson, .rss, .text, .tsv, .txt, .xhtml, .xml)",
    ]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    [reason] = reasons(ingest(tmp_path, "data.xml", "<?xml version='1.0'?><config><a>1</a></config>"), "data.xml")
    assert reason in ("not an RSS or Atom feed", "feed has no entries")


def test_lone_surrogates_from_json_escapes_become_replacement_characters(tmp_path: Path) -> None:
    result = ingest(tmp_path, "s.jsonl", '{"text": "Broken \\ud800 escape in the text.", "title": "T \\udc00"}\n', with_good=False)
    [article] = result.articles
    assert (article.text, article.title) == ("Broken \ufffd escape in the text.", "T \ufffd")
    article.text.encode("utf-8")
