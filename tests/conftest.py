"""Session fixtures: the sample corpus is parsed once and shared by every test module."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
SAMPLES_DIR = DATA_DIR / "articles"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session")
def sample_articles() -> pd.DataFrame:
    """The five sample articles as the `articles` table, indexed 0..4 in file order (000 ... 004)."""
    from analysis.ingest import read_articles
    from analysis.records import articles_frame

    result = read_articles([SAMPLES_DIR])
    assert not result.rejected, result.rejected
    frame = articles_frame(result.articles)
    return frame.sort_values("source", key=lambda s: s.map(lambda p: Path(p).name)).reset_index(drop=True)


@pytest.fixture(scope="session")
def sample_by_file(sample_articles: pd.DataFrame) -> dict[str, pd.Series]:
    """Sample articles keyed by their file prefix: "000" ... "004"."""
    return {Path(row.source).name[:3]: row for row in sample_articles.itertuples(index=False)}


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the sample corpus (read-only for tests: copy it before changing it)."""
    from analysis.pipeline import build

    out = tmp_path_factory.mktemp("sample-store")
    build([SAMPLES_DIR], out)
    return out


@pytest.fixture(scope="session")
def sample_quotes(sample_articles: pd.DataFrame) -> pd.DataFrame:
    """The quotes table of the five samples."""
    from analysis.quotes import quotes_for

    return quotes_for(sample_articles)


@pytest.fixture(scope="session")
def file_of(sample_articles: pd.DataFrame) -> dict[str, str]:
    """Each sample's file prefix ("000" ... "004") by article id."""
    return {row.article_id: Path(row.source).name[:3] for row in sample_articles.itertuples()}
