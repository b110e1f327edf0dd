"""Articles beyond the samples, shared by the AppTest and browser tests of the dashboard."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_TITLE = "<script>alert('x')</script> An unsigned note on the talks"


def extra_articles(folder: Path) -> Path:
    """Two articles beyond the samples: a syndicated copy of 004 (another outlet, a day later) and an
    undated, outlet-less article whose title and text carry HTML."""
    copy = (ROOT / "data/articles/004_cc3402ed09cc98f6.txt").read_text(encoding="utf-8")
    rows = [
        {"text": copy.replace("Tuesday", "on Tuesday evening"), "title": "Copy of the MillenniumPost story",
         "outlet": "Copycat Daily", "published": "2025-03-20", "url": "https://copycat.example/story"},
        {"title": HOSTILE_TITLE,
         "text": "Diplomats in Geneva said on Friday that a second round of talks was planned. The note, circulated "
                 "without a date or a byline, repeated the claim that both sides wanted a pause in the fighting. "
                 "Officials declined to comment on the record. <img src=x onerror=alert(1)> It closed with a "
                 "promise of more details soon."},
    ]
    path = folder / "extra.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
