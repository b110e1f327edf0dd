"""Every input kind, from small files the tests write themselves: HTML, RSS, Atom, CSV, JSONL, JSON."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from analysis.ingest import discover_sources, parse_source, read_articles

BODY = (
    "Washington: The two leaders spoke for ninety minutes on Tuesday about a ceasefire in Ukraine. "
    "“We will see what happens,” the president told reporters afterwards. Officials said a second call "
    "was planned for next week, and that energy plants were on the agenda."
)

PAGE = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Leaders talk ceasefire | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:title" content="Leaders talk ceasefire">
<meta property="article:published_time" content="2025-02-12T10:00:00Z">
<script>window.evil = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders talk ceasefire</h1><p>{BODY}</p>
<iframe src="https://ads.example/frame"></iframe><script>document.write("injected")</script>
<p>The Kremlin confirmed the call. Markets rose 1.2% on the news, with Brent crude at $75.25 a barrel.</p></article>
<footer><p>Share it</p><p>© Daily Planet</p></footer></body></html>"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only(paths: list[Path]):
    result = read_articles(paths)
    assert not result.rejected, result.rejected
    [article] = result.articles
    return article


def test_html_page_main_text_title_site_name_and_date(tmp_path: Path) -> None:
    article = only([write(tmp_path / "page.html", PAGE)])
    assert article.title == "Leaders talk ceasefire"
    assert article.outlet == "Daily Planet"
    assert article.published == date(2025, 2, 12)
    assert article.text.startswith("Washington: The two leaders spoke for ninety minutes")
    assert "Brent crude at $75.25 a barrel." in article.text
    for furniture in ("Home", "window.evil", "injected", "Share it", "©", "Leaders talk ceasefire"):
        assert furniture not in article.text


def test_html_without_metadata_uses_masthead_free_title_and_unknown_date(tmp_path: Path) -> None:
    page = f"<html><body><h1>Plain headline</h1><p>{BODY}</p><p>{BODY}</p></body></html>"
    article = only([write(tmp_path / "plain.htm", page)])
    assert article.outlet is None
    assert article.published is None
    assert article.title == "Plain headline"
    assert article.text.startswith("Washington:")


def test_html_script_text_in_content_stays_text(tmp_path: Path) -> None:
    page = f"<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; title</title></head><body><p>{BODY} Code: &lt;script&gt;alert(2)&lt;/script&gt; shown.</p></body></html>"
    article = only([write(tmp_path / "x.html", page)])
    assert article.title == "<script>alert(1)</script> title"
    assert "<script>alert(2)</script>" in article.text


def test_html_metadata_sidecar_wins(tmp_path: Path) -> None:
    write(tmp_path / "page.html", PAGE)
    write(tmp_path / "articles.csv", "file,title,outlet,published,url\npage.html,Own title,Own Outlet,13/02/2025,https://dailyplanet.example/a\n")
    article = only([tmp_path])
    assert (article.title, article.outlet, article.published, article.url) == (
        "Own title", "Own Outlet", date(2025, 2, 13), "https://dailyplanet.example/a")


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Planet World News</title><link>https://planet.example/</link>
<item><title>First &amp; foremost</title><link>https://planet.example/1</link>
<pubDate>Wed, 12 Feb 2025 18:00:00 GMT</pubDate>
<description><![CDATA[<p>{BODY}</p><script>alert(1)</script>]]></description></item>
<item><title>Second story</title><link>https://planet.example/2</link>
<pubDate>Thu, 13 Feb 2025 08:00:00 GMT</pubDate><description>Oil fell 2.3% on Thursday as traders weighed the prospect of peace talks between Moscow and Washington.</description></item>
<item><title>Empty one</title><link>https://planet.example/3</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title><id>urn:x</id><updated>2025-03-19T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:1</id><link href="https://atom.example/story"/>
<updated>2025-03-19T09:30:00Z</updated><content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""


def test_rss_feed_file_one_article_per_entry(tmp_path: Path) -> None:
    result = read_articles([write(tmp_path / "feed.rss", RSS)])
    by_title = {a.title: a for a in result.articles}
    assert set(by_title) == {"First & foremost", "Second story"}
    first = by_title["First & foremost"]
    assert (first.outlet, first.published, first.url) == ("Planet World News", date(2025, 2, 12), "https://planet.example/1")
    assert first.text == BODY
    assert first.source.endswith("feed.rss#entry 1")
    assert by_title["Second story"].published == date(2025, 2, 13)
    [empty] = result.rejected
    assert empty.source.endswith("#entry 3") and "no text" in empty.reason


def test_atom_feed_file(tmp_path: Path) -> None:
    article = only([write(tmp_path / "feed.xml", ATOM)])
    assert (article.title, article.outlet, article.published, article.url) == (
        "Atom entry", "Atom Daily", date(2025, 3, 19), "https://atom.example/story")
    assert article.text == BODY


def test_csv_one_article_per_row(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", (
        "title,outlet,published,url,text\n"
        f'Headline one,Planet,2025-02-12,https://planet.example/1,"{BODY.replace(chr(34), chr(34) * 2)}"\n'
        'Headline two,,12 February 2025,https://www.nysun.com/x,"Second body text that is long enough to count."\n'
    ))
    result = read_articles([path])
    assert not result.rejected
    one, two = result.articles
    assert (one.title, one.outlet, one.published, one.url) == ("Headline one", "Planet", date(2025, 2, 12), "https://planet.example/1")
    assert one.text == BODY
    assert one.source.endswith("a.csv#row 1") and two.source.endswith("a.csv#row 2")
    assert two.outlet == "The New York Sun"  # from the URL's domain, named by data/outlets.csv


def test_csv_body_and_date_aliases_and_semicolons(tmp_path: Path) -> None:
    path = write(tmp_path / "b.csv", "Body;Date;Title\nSome article text here.;Feb 12, 2025;T\n")
    [article] = only_articles(path)
    assert (article.text, article.published, article.title) == ("Some article text here.", date(2025, 2, 12), "T")


def only_articles(path: Path):
    result = read_articles([path])
    assert not result.rejected, result.rejected
    return result.articles


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    lines = [
        {"title": "A", "body": BODY, "date": "2025-03-17", "url": "https://newswriteups.com/news/a"},
        {"text": "Another story, about markets: the index rose 2%.", "outlet": "Planet"},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    one, two = only_articles(path)
    assert (one.title, one.outlet, one.published) == ("A", "newswriteups.com", date(2025, 3, 17))
    assert (two.title, two.outlet, two.published, two.url) == ("", "Planet", None, None)
    assert two.source.endswith("a.jsonl#line 2")


def test_json_list_and_wrapped_object(tmp_path: Path) -> None:
    listed = write(tmp_path / "list.json", json.dumps([{"text": BODY, "title": "L"}]))
    wrapped = write(tmp_path / "wrapped.json", json.dumps({"articles": [{"body": "Other text entirely here.", "published": "19/03/2025"}]}))
    [a] = only_articles(listed)
    [b] = only_articles(wrapped)
    assert a.title == "L" and a.source.endswith("list.json#item 1")
    assert b.published == date(2025, 3, 19)


def test_markdown_file_and_dateline(tmp_path: Path) -> None:
    path = write(tmp_path / "note.md", "REUTERS\n\nPublished: 12 February 2025 10:30\n\nHeadline here\n\n" + BODY + "\n")
    [article] = only_articles(path)
    assert (article.outlet, article.published, article.title) == ("Reuters", date(2025, 2, 12), "Headline here")
    assert article.text == BODY


def test_unknown_masthead_is_never_an_outlet(tmp_path: Path) -> None:
    [article] = only_articles(write(tmp_path / "n.txt", "Daily Planet\n\nHeadline here\n\n" + BODY))
    assert article.outlet is None  # not in data/outlets.csv: taken as the title line, never as an outlet
    assert article.title == "Daily Planet"
    assert article.text == "Headline here\n\n" + BODY


def test_hard_wrapped_text_is_joined(tmp_path: Path) -> None:
    lines = ["The leaders spoke for ninety minutes on Tuesday about a ceasefire", "in Ukraine, officials said on Wednesday, adding that a second call",
             "was planned. Energy plants and prisoner exchanges were also on the", "agenda."]
    wrapped = "Title line\n\n" + "\n".join(lines) + "\n\nNext paragraph.\n"
    [article] = only_articles(write(tmp_path / "w.txt", wrapped))
    assert article.text == " ".join(lines) + "\n\nNext paragraph."


def test_discover_sources_kinds_fingerprints_and_sidecar(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", BODY)
    write(tmp_path / "sub" / "page.html", PAGE)
    write(tmp_path / "articles.csv", "file,title,outlet,published,url\none.txt,T,O,2025-02-12,\n")
    write(tmp_path / "README.md", "# notes")
    sources, rejected = discover_sources([tmp_path, "https://example.org/a"])
    assert not rejected
    assert [(Path(s.key).name, s.kind) for s in sources] == [("one.txt", "text"), ("page.html", "html"), ("a", "url")]
    assert sources[0].meta == {"title": "T", "outlet": "O", "published": "2025-02-12"}
    assert sources[2].fingerprint is None
    before = sources[0].fingerprint
    write(tmp_path / "articles.csv", "file,title,outlet,published,url\none.txt,T2,O,2025-02-12,\n")
    again, _ = discover_sources([tmp_path])
    assert again[0].fingerprint != before  # a metadata edit re-ingests
    assert again[1].fingerprint == sources[1].fingerprint


def test_discover_changes_skips_the_folders_recorded_unchanged(tmp_path: Path) -> None:
    import os
    import time

    from analysis.ingest.sources import discover_changes

    write(tmp_path / "a" / "one.txt", BODY)
    write(tmp_path / "b" / "two.txt", BODY + " Two.")
    write(tmp_path / "b" / "three.doc", "not an article")
    past = time.time_ns() - 60_000_000_000
    for path in tmp_path.rglob("*.*"):
        os.utime(path, ns=(past, past))
    first = discover_changes([tmp_path], folders={})
    assert [Path(s.key).name for s in first.sources] == ["one.txt", "two.txt"] and first.unchanged == 0
    assert {Path(f).name for f in first.folders} >= {"a", "b"}
    again = discover_changes([tmp_path], folders=first.folders)
    assert (again.sources, again.unchanged) == ([], 2)
    assert [Path(r.source).name for r in again.rejected] == ["three.doc"]
    write(tmp_path / "b" / "two.txt", BODY + " Owt.")  # same size, new modification time
    third = discover_changes([tmp_path], folders=first.folders)
    assert [Path(s.key).name for s in third.sources] == ["two.txt"] and third.unchanged == 1
    assert str((tmp_path / "b").resolve()) not in third.folders  # changed just now: not trusted next time
    assert discover_changes([tmp_path, tmp_path / "a" / "one.txt"], folders=first.folders).unchanged == 0


def test_explicit_metadata_file_wins_over_sidecar(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "one.txt", BODY)
    write(tmp_path / "docs" / "articles.csv", "file,title,outlet,published,url\none.txt,Side,SideOutlet,2025-02-12,\n")
    meta = write(tmp_path / "meta.csv", "file,outlet\ndocs/one.txt,Explicit\n")
    [article] = read_articles([tmp_path / "docs"], metadata=meta).articles
    assert (article.title, article.outlet, article.published) == ("Side", "Explicit", date(2025, 2, 12))


def test_same_text_twice_is_one_article(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.txt", "\n\n" + BODY.upper().replace("  ", " ") + "\n")
    write(tmp_path / "c.txt", BODY + "  ")
    result = read_articles([tmp_path])
    assert len(result.articles) == 1
    assert result.articles[0].source.endswith("a.txt")


def test_parse_source_returns_rows_and_is_picklable(tmp_path: Path) -> None:
    import pickle

    write(tmp_path / "a.jsonl", json.dumps({"text": BODY}) + "\n")
    [source], _ = discover_sources([tmp_path / "a.jsonl"])
    assert pickle.loads(pickle.dumps(source)) == source
    articles, rejected = parse_source(source)
    assert len(articles) == 1 and not rejected


@pytest.mark.parametrize("bad", ["a", ["a"], None])
def test_discover_sources_validates_inputs(bad) -> None:
    if isinstance(bad, str):
        with pytest.raises(TypeError, match="inputs must be a sequence"):
            discover_sources(bad)
    elif bad is None:
        with pytest.raises(TypeError):
            discover_sources(bad)  # type: ignore[arg-type]
    else:
        sources, rejected = discover_sources(bad)
        assert not sources and rejected[0].reason == "no such file or folder"


def test_markdown_heading_markers_are_not_part_of_the_title(tmp_path: Path) -> None:
    path = write(tmp_path / "story.md", "# Leaders talk ceasefire #\n\n" + BODY + "\n\nSubhead\n-------\n\n## Second part\n\nMore text.\n")
    [article] = only_articles(path)
    assert article.title == "Leaders talk ceasefire"
    assert article.text == BODY + "\n\nSubhead\n\nSecond part\n\nMore text."
