"""People, organisations and places named in each article. (Placeholder until the actors issue lands.)"""
from __future__ import annotations

import pandas as pd

MENTION_COLUMNS: tuple[str, ...] = ("article_id", "actor", "actor_type", "surface", "start", "end")


def mentions_for(articles: pd.DataFrame) -> pd.DataFrame:
    """The `mentions` table for `articles` (needs `article_id`, `text`): one row per reference by name."""
    return pd.DataFrame(columns=list(MENTION_COLUMNS))
