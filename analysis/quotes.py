"""Direct quotations and who said them. (Placeholder until the quotes issue lands.)"""
from __future__ import annotations

import pandas as pd

QUOTE_COLUMNS: tuple[str, ...] = ("article_id", "quote", "speaker", "speaker_surface", "cue", "start", "end")


def quotes_for(articles: pd.DataFrame, *, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The `quotes` table for `articles` (needs `article_id`, `text`), using `mentions` for canonical speakers."""
    return pd.DataFrame(columns=list(QUOTE_COLUMNS))
