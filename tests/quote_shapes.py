"""Made-up paragraphs through the quote stage, for the tests of each round of attribution rules."""
from __future__ import annotations

import pandas as pd

from analysis.quotes import quotes_for


def one_article(text: str) -> pd.DataFrame:
    """`text` as the only article of an articles table (no title)."""
    return pd.DataFrame({"article_id": ["a"], "title": [""], "text": [text]})


def speakers(text: str, *, parse: bool = True) -> list[tuple[str, str | None]]:
    """(quotation, speaker or None) for each quotation of speech in `text`, in text order."""
    table = quotes_for(one_article(text), parse=parse)
    table = table[table["is_speech"]]
    return [(q, s if isinstance(s, str) else None) for q, s in zip(table["quote"], table["speaker"])]


def assert_speakers(text: str, expected: list[tuple[str, str]], *, parse: bool = True) -> None:
    """The quotations of speech in `text` are, one for one, those of `expected` (each given by its opening words)
    with those speakers."""
    found = speakers(text, parse=parse)
    assert [(q[:len(e)], s) for (q, s), (e, _) in zip(found, expected)] == expected
    assert len(found) == len(expected)
