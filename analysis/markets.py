"""Market side-notes: prices and moves the articles report. (Placeholder until the market issue lands.)"""
from __future__ import annotations

import pandas as pd

MARKET_NOTE_COLUMNS: tuple[str, ...] = (
    "article_id", "instrument", "value", "unit", "change_pct", "change_abs", "direction", "sentence", "start", "end",
)


def market_notes_for(articles: pd.DataFrame) -> pd.DataFrame:
    """The `market_notes` table for `articles` (needs `article_id`, `text`)."""
    return pd.DataFrame(columns=list(MARKET_NOTE_COLUMNS))
