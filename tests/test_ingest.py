"""Ingestion on the sample corpus: exact metadata, titles and clean text for the five samples."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analysis.ingest import read_articles

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"

EXPECTED = {
    "000": ("", None, "2025-02-12", None),
    "001": ("US-Russia Relations: Potential Shift Towards Peace Negotiations", "Business Iraq", "2025-02-13",
            "https://businessiraq.com/trump-putin-discuss-peace-talks-as-oil-prices-plummet/"),
    "002": ("Trump Eyes Meeting in Saudi Arabia With Putin To Iron Out Ukraine Peace Pact", "The New York Sun",
            "2025-02-12", "https://www.nysun.com/article/trump-eyes-meeting-in-saudi-arabia-with-putin-to-iron-out-ukraine-peace-pact"),
    "003": ("A Crucial Call: Trump and Putin Discuss Ukraine Cease-Fire", "newswriteups.com", "2025-03-17",
            "https://newswriteups.com/news/trump-and-putin-to-discuss-ukraine-in-phone-call-what-to-know"),
    "004": ("Trump, Putin hold key talks as US pushes 30-day Ukraine ceasefire", "MillenniumPost", "2025-03-19",
            "https://millenniumpost.in/big-stories/trump-putin-hold-key-talks-as-us-pushes-30-day-ukraine-ceasefire-602959"),
}


def test_samples_give_five_articles_and_no_rejection(sample_articles: pd.DataFrame) -> None:
    assert len(sample_articles) == 5
    assert sample_articles["article_id"].is_unique
    assert sample_articles["duplicate_of"].isna().all()


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_sample_metadata_exactly_as_in_sidecar(sample_by_file: dict, prefix: str) -> None:
    title, outlet, published, url = EXPECTED[prefix]
    row = sample_by_file[prefix]
    assert row.title == title
    assert (None if pd.isna(row.outlet) else row.outlet) == outlet
    assert row.published == pd.Timestamp(published)
    assert (None if pd.isna(row.url) else row.url) == url


def test_sample_texts_start_with_the_body_not_the_title(sample_by_file: dict) -> None:
    starts = {
        "000": "On Wednesday, US President Donald Trump announced",
        "001": "In a significant development regarding US-Russian relations,",
        "002": "‘We want to stop the millions of deaths taking place in the War with Russia/Ukraine,’ Trump avers.\n\n"
               "President Trump says he is planning",
        "003": "President Donald Trump and Russian President Vladimir Putin are set to speak on Tuesday,",
        "004": "Washington: As Israel shattered its ceasefire with Hamas",
    }
    for prefix, start in starts.items():
        assert sample_by_file[prefix].text.startswith(start), prefix


def test_sample_004_page_furniture_removed(sample_by_file: dict) -> None:
    text = sample_by_file["004"].text
    lines = text.split("\n")
    for furniture in ("MillenniumPost", "Big Story", "Next Story", "Share it"):
        assert furniture not in text
    assert "X" not in lines
    assert "Trump, Putin hold key talks as US pushes 30-day Ukraine ceasefire" not in text
    assert text.endswith("Whether his approach will lead to a lasting ceasefire—or embolden Moscow—remains uncertain.")


def test_sample_text_kept_verbatim_with_paragraphs(sample_by_file: dict) -> None:
    text = sample_by_file["003"].text
    assert "\n\nThe Ceasefire Proposal on the Table\n\nThe groundwork for this potential truce" in text
    assert "“The war must end NOW,” he wrote," in text
    assert "  " not in text and "\n\n\n" not in text


def test_sample_004_masthead_detected_without_sidecar() -> None:
    result = read_articles([SAMPLES / "004_cc3402ed09cc98f6.txt"])
    [article] = result.articles
    assert article.outlet == "MillenniumPost"
    assert article.title == "Trump, Putin hold key talks as US pushes 30-day Ukraine ceasefire"
    assert article.published is None
    assert article.text.startswith("Washington: As Israel shattered")


def test_samples_without_sidecar_infer_titles_and_never_dates(tmp_path: Path) -> None:
    for path in SAMPLES.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    result = read_articles([tmp_path])
    assert not result.rejected
    titles = {Path(a.source).name[:3]: (a.title, a.outlet, a.published) for a in result.articles}
    assert titles == {
        "000": ("", None, None),
        "001": (EXPECTED["001"][0], None, None),
        "002": (EXPECTED["002"][0], None, None),
        "003": (EXPECTED["003"][0], None, None),
        "004": (EXPECTED["004"][0], "MillenniumPost", None),
    }


def test_sample_ids_stable_across_file_names(tmp_path: Path, sample_by_file: dict) -> None:
    copy = tmp_path / "renamed.md"
    copy.write_bytes((SAMPLES / "002_0e7502242ab4f52e.txt").read_bytes())
    [article] = read_articles([copy]).articles
    assert article.article_id == sample_by_file["002"].article_id


def test_sample_published_is_a_date() -> None:
    result = read_articles([SAMPLES])
    assert all(isinstance(a.published, date) for a in result.articles)
