"""How fast `python -m analysis build` is, next to plain YAKE on the same texts.

    python -m bench.build                      # 1,000 articles, a few minutes on 2 cores
    python -m bench.build --articles 10000     # the issue's "add 10 to 10,000" figure
    python -m bench.build --add-to STORE       # only: add 10 new articles to an existing store, timed

Prints one table: plain `yake.KeywordExtractor` on the corpus; the full build with `--workers 1`
(articles per second, seconds per stage) and `--workers 2`; a second build over unchanged inputs;
adding 10 articles to the store, next to building those 10 alone; peak memory. Every build runs in a
fresh Python process (so peak memory is its own), on a corpus from `bench/generate.py` written once
per size under `--work-dir`. Times are wall-clock seconds unless marked CPU: CPU seconds (this process
and its worker processes) are steadier on a shared machine and are what the ratios use where noted.
The figures are also written to `<work-dir>/build-<articles>.json`.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORK_DIR = ROOT / "bench" / "out"
ADDED = 10
STAGES = ("parsing", "store_read", "duplicates", "keywords", "mentions", "quotes", "market_notes", "merging",
          "store_write")
YAKE_OPTIONS = {"lan": "en", "n": 3, "top": 20}
"""Plain YAKE as the keyword stage would run it without its extra work: trigrams, top 20 per article."""


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its finished children."""
    return sum(_cpu_split())


def _cpu_split() -> tuple[float, float]:
    """CPU seconds (user + system) of this process, and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory in MB of this process, and of its largest finished child."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


# --- what runs in a fresh process -------------------------------------------------------------------------

def measure_build(inputs: list[str], out: str, workers: int) -> dict:
    """One build, timed: wall and CPU seconds, the summary's seconds per stage, peak memory."""
    from analysis.pipeline import build

    (own_cpu, child_cpu), started = _cpu_split(), time.perf_counter()
    summary = build(inputs, out, workers=workers)
    wall = time.perf_counter() - started
    main_cpu, worker_cpu = (after - before for after, before in zip(_cpu_split(), (own_cpu, child_cpu)))
    own, child = _peak_mb()
    return {"wall": wall, "cpu": main_cpu + worker_cpu, "main_cpu": main_cpu, "worker_cpu": worker_cpu,
            "seconds": summary.seconds, "added": summary.added,
            "analysed": summary.analysed, "errors": len(summary.analysis_errors), "rejected": len(summary.rejected),
            "peak_mb": own, "worker_peak_mb": child}


def measure_yake(articles: int, seed: int) -> dict:
    """Plain yake.KeywordExtractor over the corpus's articles (title as the first sentence)."""
    import yake

    from bench.generate import articles as generated

    items = list(generated(articles, seed=seed))
    extractor = yake.KeywordExtractor(**YAKE_OPTIONS)
    started_cpu, started = _cpu(), time.perf_counter()
    for item in items:
        extractor.extract_keywords(f"{item['title']}.\n{item['text']}")
    return {"wall": time.perf_counter() - started, "cpu": _cpu() - started_cpu, "articles": len(items),
            "peak_mb": _peak_mb()[0]}


def _in_fresh_process(what: str, **kwargs) -> dict:
    command = [sys.executable, "-m", "bench.build", "--child", what, "--child-args", json.dumps(kwargs)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode:
        raise RuntimeError(f"{what} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _duplicates_match(out: Path) -> bool:
    """Whether the store's duplicate marks, kept up incrementally, equal a comparison of the whole table."""
    from analysis.ingest import near_duplicates
    from analysis.store import read_tables

    articles = read_tables(out)["articles"]
    full = articles["article_id"].map(near_duplicates(articles))
    return bool((full.fillna("") == articles["duplicate_of"].fillna("")).all())


# --- the harness ------------------------------------------------------------------------------------------

def corpus_dir(work_dir: Path, articles: int, seed: int, fmt: str) -> Path:
    """The generated corpus of `articles` articles (written on first use), and beside it the next 10."""
    from bench.generate import write_corpus

    version = hashlib.sha256((ROOT / "bench" / "generate.py").read_bytes()).hexdigest()[:8]
    folder = work_dir / f"corpus-{articles}-seed{seed}-{fmt}-{version}"
    if not (folder / "complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder / "base", n=articles, seed=seed, fmt=fmt)
        write_corpus(folder / "added", n=ADDED, seed=seed, first=articles, prefix="added", fmt=fmt)
        (folder / "complete").write_text("")
    return folder


def run(*, articles: int, seed: int, work_dir: Path, workers: list[int], fmt: str) -> dict:
    corpus = corpus_dir(work_dir, articles, seed, fmt)
    base, added = str(corpus / "base"), str(corpus / "added")
    stores = work_dir / f"stores-{articles}"
    shutil.rmtree(stores, ignore_errors=True)
    figures: dict = {"articles": articles, "seed": seed, "format": fmt, "cpu_count": os.cpu_count(),
                     "load_average": os.getloadavg()[0]}
    print(f"plain YAKE on {articles} articles ...", file=sys.stderr)
    figures["yake"] = _in_fresh_process("yake", articles=articles, seed=seed)
    for n in workers:
        print(f"build with --workers {n} ...", file=sys.stderr)
        figures[f"workers_{n}"] = _in_fresh_process("build", inputs=[base], out=str(stores / f"w{n}"), workers=n)
    first = stores / f"w{workers[0]}"
    shutil.copytree(first, stores / "base")  # the store of the base corpus alone, for --quick
    print("second run over unchanged inputs ...", file=sys.stderr)
    figures["second_run"] = _in_fresh_process("build", inputs=[base], out=str(first), workers=workers[0])
    print(f"adding {ADDED} articles ...", file=sys.stderr)
    figures["add"] = _in_fresh_process("build", inputs=[base, added], out=str(first), workers=workers[0])
    figures["alone"] = _in_fresh_process("build", inputs=[added], out=str(stores / "alone"), workers=workers[0])
    figures["incremental_duplicates_match"] = _duplicates_match(first)
    figures["load_average_after"] = os.getloadavg()[0]
    return figures


def table(figures: dict) -> list[tuple[str, str, str]]:
    """(figure, value, target) rows."""
    n = figures["articles"]
    yake, one = figures["yake"], figures["workers_1"] if "workers_1" in figures else None
    rows = [("articles", f"{n:,}", ""),
            ("plain YAKE: wall s / CPU s (ms CPU per article)",
             f"{yake['wall']:.1f} / {yake['cpu']:.1f} ({1000 * yake['cpu'] / n:.1f})", "")]
    for key in [k for k in figures if k.startswith("workers_")]:
        run_ = figures[key]
        label = key.replace("workers_", "--workers ")
        rows.append((f"build {label}: wall s / CPU s", f"{run_['wall']:.1f} / {run_['cpu']:.1f}", ""))
        rows.append(("  articles per second (wall)", f"{n / run_['wall']:.1f}", ""))
    if one:
        for stage in STAGES:
            if stage in one["seconds"]:
                per_article = 1000 * one["seconds"][stage] / n
                rows.append((f"  {stage} s (--workers 1; ms per article)",
                             f"{one['seconds'][stage]:.2f} ({per_article:.2f})", ""))
        rows.append(("build / plain YAKE (CPU)", f"{one['cpu'] / yake['cpu']:.2f}x", "<= 1.3x"))
        rows.append(("keywords stage / plain YAKE (CPU)", f"{one['seconds'].get('keywords', 0) / yake['cpu']:.2f}x",
                     "<= 1.25x"))
        others = one["cpu"] - one["seconds"].get("keywords", 0)
        rows.append(("everything but keywords / plain YAKE (CPU)", f"{others / yake['cpu']:.2f}x", ""))
        if "workers_2" in figures:
            two = figures["workers_2"]
            rows.append(("--workers 2 / --workers 1 (wall)", f"{two['wall'] / one['wall']:.2f}x", "<= 0.6x"))
            rows.append(("  same, from CPU: (main + workers/2) / --workers 1",
                         f"{(two['main_cpu'] + two['worker_cpu'] / 2) / one['cpu']:.2f}x", "<= 0.6x"))
        rows.append(("second run / first (wall)",
                     f"{figures['second_run']['wall']:.2f} s = {100 * figures['second_run']['wall'] / one['wall']:.1f}%",
                     "<= 2%"))
        add, alone = figures["add"], figures["alone"]
        rows.append((f"add {ADDED} to {n:,}: wall s / CPU s", f"{add['wall']:.2f} / {add['cpu']:.2f}", ""))
        rows.append((f"{ADDED} alone: wall s / CPU s", f"{alone['wall']:.2f} / {alone['cpu']:.2f}", ""))
        rows.append((f"add {ADDED} / {ADDED} alone (wall)", f"{add['wall'] / alone['wall']:.1f}x", "~1x"))
        rows.append((f"add {ADDED} / {ADDED} alone (CPU)", f"{add['cpu'] / alone['cpu']:.1f}x", "~1x"))
        for stage in STAGES:
            if add["seconds"].get(stage, 0) >= 0.05:
                rows.append((f"  {stage} s (add {ADDED})", f"{add['seconds'][stage]:.2f}", ""))
        builds = [figures[k] for k in figures if k.startswith("workers_")]
        rows.append(("peak memory MB (main / largest worker)",
                     f"{max(b['peak_mb'] for b in builds):.0f} / {max(b['worker_peak_mb'] for b in builds):.0f}", ""))
    rows.append((f"add {ADDED}: duplicate marks equal a full comparison", str(figures["incremental_duplicates_match"]),
                 "True"))
    errors = sum(figures[k].get("errors", 0) for k in figures if isinstance(figures[k], dict))
    rows.append(("analysis errors (all builds)", str(errors), "0"))
    rows.append(("load average before / after", f"{figures['load_average']:.1f} / {figures['load_average_after']:.1f}",
                 f"{figures['cpu_count']} cores"))
    return rows


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'figure':<{width}}  {'value':>{value_width}}  target")
    for figure, value, target in rows:
        print(f"{figure:<{width}}  {value:>{value_width}}  {target}")


def quick(*, articles: int, seed: int, work_dir: Path, fmt: str) -> dict:
    """The incremental figures alone, on a copy of a store of the base corpus kept in `work_dir`
    (`stores-<articles>/base`, which a full run leaves, or built once with `--workers 2`; the full run's
    other stores hold the 10 added articles already): one build over the base corpus on that store itself (brings a store of an
    older layout up to date, once; then it is a second run), a second run over unchanged inputs on the
    copy, adding 10 articles, and those 10 alone. Minutes instead of the full run's ~12."""
    corpus = corpus_dir(work_dir, articles, seed, fmt)
    base, added = str(corpus / "base"), str(corpus / "added")
    source = work_dir / f"stores-{articles}" / "base"
    figures: dict = {"articles": articles}
    if not (source / "manifest.json").exists():
        print(f"building the base store {source} once ...", file=sys.stderr)
        figures["base_build"] = _in_fresh_process("build", inputs=[base], out=str(source), workers=2)
    print("update ...", file=sys.stderr)
    figures["update"] = _in_fresh_process("build", inputs=[base], out=str(source), workers=1)
    stores = work_dir / f"quick-{articles}"
    shutil.rmtree(stores, ignore_errors=True)
    shutil.copytree(source, stores / "w1")
    first = stores / "w1"
    for name, inputs, out in (("second_run", [base], first), ("add", [base, added], first),
                              ("alone", [added], stores / "alone")):
        print(f"{name} ...", file=sys.stderr)
        figures[name] = _in_fresh_process("build", inputs=inputs, out=str(out), workers=1)
    figures["incremental_duplicates_match"] = _duplicates_match(first)
    return figures


def quick_table(figures: dict) -> list[tuple[str, str, str]]:
    n, add, alone = figures["articles"], figures["add"], figures["alone"]
    rows = [("bring the store up to date (first run after a layout change): wall s", f"{figures['update']['wall']:.2f}", ""),
            (f"add {ADDED}: articles added / analysed", f"{add['added']} / {add['analysed']}", f"{ADDED} / {ADDED}"),
            ("second run over unchanged inputs: wall s", f"{figures['second_run']['wall']:.2f}", ""),
            (f"add {ADDED} to {n:,}: wall s / CPU s", f"{add['wall']:.2f} / {add['cpu']:.2f}", ""),
            (f"{ADDED} alone: wall s / CPU s", f"{alone['wall']:.2f} / {alone['cpu']:.2f}", ""),
            (f"add {ADDED} / {ADDED} alone (wall)", f"{add['wall'] / alone['wall']:.1f}x", "~1x"),
            (f"add {ADDED} / {ADDED} alone (CPU)", f"{add['cpu'] / alone['cpu']:.1f}x", "~1x")]
    for stage in sorted(add["seconds"]):
        if add["seconds"][stage] >= 0.02:
            rows.append((f"  {stage} s (add {ADDED})", f"{add['seconds'][stage]:.2f}", ""))
    rows.append((f"add {ADDED}: duplicate marks equal a full comparison", str(figures["incremental_duplicates_match"]), "True"))
    return rows


def add_to(store_dir: Path, *, seed: int, work_dir: Path) -> None:
    """Add 10 new generated articles to the existing store at `store_dir` (it is changed), in a fresh
    process, and print the build's figures: the "add 10" case at any store size."""
    from analysis.store import read_tables
    from bench.generate import write_corpus

    first = 1_000_000 + len(read_tables(store_dir)["articles"])
    inbox = work_dir / f"add-{first}"
    shutil.rmtree(inbox, ignore_errors=True)
    write_corpus(inbox, n=ADDED, seed=seed, first=first, prefix="added")
    result = _in_fresh_process("build", inputs=[str(inbox)], out=str(store_dir), workers=1)
    print(f"added {result['added']} to {store_dir}: wall {result['wall']:.2f} s, CPU {result['cpu']:.2f} s, "
          f"peak {result['peak_mb']:.0f} MB")
    for stage, spent in result["seconds"].items():
        print(f"  {stage:<14} {spent:6.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000, help="corpus size (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare (1 2)")
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt",
                        help="corpus as .txt folders with side-cars or JSONL files (txt)")
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR, help="corpora and stores (bench/out)")
    parser.add_argument("--add-to", type=Path, metavar="STORE",
                        help="only add 10 new articles to this existing store (it is changed) and time it")
    parser.add_argument("--quick", action="store_true",
                        help="only the re-run and add-10 figures, on a copy of the store a full run left")
    parser.add_argument("--child", choices=("build", "yake"), help=argparse.SUPPRESS)
    parser.add_argument("--child-args", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kwargs = json.loads(args.child_args)
        print(json.dumps(measure_build(**kwargs) if args.child == "build" else measure_yake(**kwargs)))
        return 0
    if args.articles < 1 or any(w < 1 for w in args.workers):
        parser.error("--articles and --workers must be >= 1")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    if args.add_to:
        add_to(args.add_to, seed=args.seed, work_dir=args.work_dir)
        return 0
    if args.quick:
        print_table(quick_table(quick(articles=args.articles, seed=args.seed, work_dir=args.work_dir,
                                      fmt=args.format)))
        return 0
    figures = run(articles=args.articles, seed=args.seed, work_dir=args.work_dir, workers=sorted(set(args.workers)),
                  fmt=args.format)
    (args.work_dir / f"build-{args.articles}.json").write_text(json.dumps(figures, indent=1))
    print_table(table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
