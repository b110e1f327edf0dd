"""A test mark for the tests that need spaCy's English pipeline (the quote stage's and the market notes' parse)."""
from __future__ import annotations

import pytest

from analysis import quotes


def _parser_available() -> bool:
    try:
        quotes._load_parser()
    except Exception:
        return False
    return True


needs_parser = pytest.mark.skipif(not _parser_available(), reason="spaCy or its English pipeline is not installed")
