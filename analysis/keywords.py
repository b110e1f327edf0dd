"""Keyphrases per article (YAKE), corpus rankings and trends. (Placeholder until the keyphrase issue lands.)"""
from __future__ import annotations

import pandas as pd

KEYWORD_COLUMNS: tuple[str, ...] = ("article_id", "keyphrase", "score", "rank")


def keywords_for(articles: pd.DataFrame) -> pd.DataFrame:
    """The `keywords` table for `articles` (needs `article_id`, `title`, `text`). Score: lower is better."""
    return pd.DataFrame(columns=list(KEYWORD_COLUMNS))
