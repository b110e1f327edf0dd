"""Keyphrase quality and cost: ours (`analysis.keywords`) next to plain `yake.KeywordExtractor`.

Quality: F1 at 10 against the crowd-annotated keyphrases of 500N-KPCrowd (the vendored subset in
bench/data/keywords/, see its README). A predicted phrase counts when it equals a gold phrase after
case folding and dropping punctuation (the gold files have their punctuation stripped). Plain YAKE reads
each document as one text (title line first); ours reads the title as its own sentence.
Cost: milliseconds per article for the keyword stage on the same texts (the KPCrowd subset and the
sample corpus), ours over plain YAKE with its defaults (n=3, top=20, seqm dedup at 0.9).

    python bench/keywords.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yake  # noqa: E402

from analysis.keywords import DEFAULT_CONFIG, extract_keyphrases  # noqa: E402

DATASET = ROOT / "bench" / "data" / "keywords" / "500N-KPCrowd-test.txt"
SAMPLES = ROOT / "data" / "articles"
K = 10


def read_dataset(path: Path = DATASET) -> list[tuple[str, str, str, list[str]]]:
    """(doc id, title, text, gold keyphrases) per document of the vendored file."""
    docs = []
    for block in re.split(r"^### (?!keys$)", path.read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]:
        head, keys = block.split("\n### keys\n", 1)
        doc_id, title, text = (head.split("\n", 2) + ["", ""])[:3]
        docs.append((doc_id.strip(), title.strip(), text.strip(), [k.strip() for k in keys.splitlines() if k.strip()]))
    return docs


def read_samples() -> list[tuple[str, str]]:
    """(title, text) of the sample articles, the title from the side-car CSV."""
    titles = {row["file"]: row["title"] for row in csv.DictReader((SAMPLES / "articles.csv").open(encoding="utf-8"))}
    return [(titles.get(p.name, ""), p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("0*.txt"))]


def normalise(phrase: str) -> str:
    phrase = re.sub(r"[’'`.\-&]", "", phrase.casefold())
    return " ".join(re.sub(r"[^\w\s]", " ", phrase).split())


def f1_at_k(predicted: list[str], gold: list[str], k: int = K) -> tuple[float, float, float]:
    """Precision, recall and F1 of the first `k` predictions against `gold` (each phrase counted once)."""
    gold_set = {normalise(g) for g in gold} - {""}
    top = list(dict.fromkeys(normalise(p) for p in predicted))[:k]
    hits = sum(p in gold_set for p in top)
    precision = hits / len(top) if top else 0.0
    recall = hits / len(gold_set) if gold_set else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def plain_yake(top: int) -> yake.KeywordExtractor:
    return yake.KeywordExtractor(lan="en", n=3, dedup_lim=0.9, dedup_func="seqm", window_size=1, top=top)


def quality(docs: list[tuple[str, str, str, list[str]]]) -> dict[str, tuple[float, float, float]]:
    plain = plain_yake(K)
    scores: dict[str, list[tuple[float, float, float]]] = {"plain YAKE": [], "ours": []}
    for _, title, text, gold in docs:
        scores["plain YAKE"].append(f1_at_k([kw for kw, _ in plain.extract_keywords(f"{title}\n{text}")], gold))
        scores["ours"].append(f1_at_k([kp.keyphrase for kp in extract_keyphrases(text, title=title)], gold))
    return {name: tuple(statistics.mean(s[i] for s in rows) for i in range(3)) for name, rows in scores.items()}


def cost(texts: list[tuple[str, str]], repeat: int) -> tuple[float, float]:
    """Median over `repeat` rounds of CPU milliseconds per article: plain YAKE, ours (both top 20).
    CPU time of this process, and the two interleaved article by article, so that other work on a
    shared machine does not tilt the comparison."""
    plain = plain_yake(DEFAULT_CONFIG.top)
    for title, text in texts:  # warm caches and imports for both
        plain.extract_keywords(f"{title}\n{text}")
        extract_keyphrases(text, title=title)
    plain_ms, ours_ms = [], []
    for _ in range(repeat):
        plain_s = ours_s = 0.0
        for title, text in texts:
            start = time.process_time()
            plain.extract_keywords(f"{title}\n{text}")
            middle = time.process_time()
            extract_keyphrases(text, title=title)
            plain_s, ours_s = plain_s + middle - start, ours_s + time.process_time() - middle
        plain_ms.append(plain_s * 1000 / len(texts))
        ours_ms.append(ours_s * 1000 / len(texts))
    return statistics.median(plain_ms), statistics.median(ours_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing rounds (median reported)")
    args = parser.parse_args()
    docs = read_dataset()
    print(f"Quality on 500N-KPCrowd test subset ({len(docs)} news stories, crowd keyphrases), at {K}:")
    print(f"{'extractor':<12} {'P@10':>6} {'R@10':>6} {'F1@10':>6}")
    for name, (p, r, f) in quality(docs).items():
        print(f"{name:<12} {p:6.3f} {r:6.3f} {f:6.3f}")
    print()
    print("Keyword stage cost, CPU ms per article (median of rounds):")
    print(f"{'texts':<22} {'plain YAKE':>10} {'ours':>8} {'overhead':>9}")
    for label, texts in (("500N-KPCrowd subset", [(t, x) for _, t, x, _ in docs]), ("sample articles", read_samples())):
        plain_ms, ours_ms = cost(texts, args.repeat)
        print(f"{label:<22} {plain_ms:10.1f} {ours_ms:8.1f} {100 * (ours_ms / plain_ms - 1):+8.0f}%")


if __name__ == "__main__":
    main()
