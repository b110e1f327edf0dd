"""How the dashboard holds up at 10,000 and 100,000 articles: store load, page reruns, memory.

    python -m bench.dashboard                          # 10,000 and 100,000 articles
    python -m bench.dashboard --sizes 10000 --base 1000

The stores: a real store is built once by the pipeline from `--base` generated articles
(`bench/generate.py`), then its rows are repeated with fresh article ids up to each size, so every table
(keywords, mentions, quotes, market notes) has the proportions a real build gives without building
100,000 articles. Each size is then measured in a fresh Python process: the Overview's first run (cold cache),
`read_tables` and `read_tables_without(..., LEFT_ON_DISK)` (what the dashboard caches), `views.apply_filters` for
each shared filter, and every page under Streamlit's `AppTest`: its first run (the store then cached),
and its rerun after a filter change (one outlet; a 30-day date range; reset, i.e. the whole corpus),
each page in its own process, stopped after `--timeout` seconds. Peak memory is the largest maximum
resident set of the dashboard in those processes (taken before the bench reads the whole store). Times are wall-clock
seconds; AppTest runs the page scripts in-process, as the server would, without a browser.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORK_DIR = ROOT / "bench" / "out"
TARGETS = {"load": 5.0, "rerun": 0.5, "memory_mb": 2048}
"""At 100,000 articles: first load within 5 s, a rerun after a filter change within 0.5 s, under 2 GB."""


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- stores -----------------------------------------------------------------------------------------------

def base_store(work_dir: Path, base: int, seed: int) -> Path:
    """A store built by the real pipeline from `base` generated articles (built on first use)."""
    from analysis.pipeline import build
    from bench.generate import write_corpus

    out = work_dir / f"dashboard-base-{base}-seed{seed}"  # delete it to rebuild with a newer pipeline
    if not (out / "complete").exists():
        shutil.rmtree(out, ignore_errors=True)
        write_corpus(out / "corpus", n=base, seed=seed)
        print(f"building the base store of {base} articles ...", file=sys.stderr)
        summary = build([out / "corpus"], out / "store", workers=os.cpu_count() or 1)
        if summary.analysis_errors:
            print(f"note: {len(summary.analysis_errors)} analysis error(s) in the base store", file=sys.stderr)
        (out / "complete").write_text("")
    return out / "store"


def scaled_store(base: Path, work_dir: Path, size: int) -> Path:
    """`base`'s rows repeated with fresh article ids until the store holds `size` articles."""
    import pandas as pd

    from analysis import store
    from analysis.store import read_tables

    out = work_dir / f"dashboard-store-{size}-from-{base.parent.name}"
    if (out / store.MANIFEST).exists():
        return out
    tables = read_tables(base)
    n = len(tables["articles"])
    copies = -(-size // n)
    scaled: dict[str, pd.DataFrame] = {}
    for name in ("articles", *store.ANALYSIS_TABLES):
        frames = []
        for copy in range(copies):
            frame = tables[name].copy()
            frame["article_id"] = frame["article_id"].str.slice(0, 12) + f"{copy:04x}"
            if name == "articles":
                frame["duplicate_of"] = frame["duplicate_of"].map(
                    lambda i, c=copy: None if i is None or pd.isna(i) else f"{i[:12]}{c:04x}")
            frames.append(frame)
        scaled[name] = pd.concat(frames, ignore_index=True)
    keep = set(scaled["articles"]["article_id"].iloc[:size])
    for name, frame in scaled.items():
        scaled[name] = frame[frame["article_id"].isin(keep)].reset_index(drop=True)
    manifest = store.Manifest(analysed=keep)
    store.write_tables(out, scaled, tables["rejected"], manifest, fmt="parquet")
    return out


# --- what runs in a fresh process -------------------------------------------------------------------------

PAGE_TIMEOUT_S = 120
"""A page whose measurement takes longer is stopped and reported as a timeout."""


def measure_load(store_dir: str) -> dict:
    """The Overview's first run (cold cache), then cold `read_tables`, `read_tables_without` (what the
    dashboard caches) and `views.apply_filters` per filter. The dashboard's peak memory is taken before the
    bench itself reads the whole store with its texts."""
    started = time.perf_counter()
    from streamlit.testing.v1 import AppTest

    from analysis import views
    from analysis.query import LEFT_ON_DISK, read_tables_without
    from analysis.store import read_tables
    figures: dict = {"imports": time.perf_counter() - started}

    os.environ["NEWS_DASHBOARD_STORE"] = store_dir
    started = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=PAGE_TIMEOUT_S).run()
    figures["first_load"] = time.perf_counter() - started
    figures["exceptions"] = [str(e.value)[:200] for e in at.exception]
    figures["peak_mb"] = _peak_mb()
    del at

    started = time.perf_counter()
    light = read_tables_without(store_dir, LEFT_ON_DISK)
    figures["read_dashboard_tables"] = time.perf_counter() - started
    figures["table_mb_dashboard"] = sum(frame.memory_usage(deep=True).sum() / 1e6 for frame in light.values())
    figures["dashboard_filters"] = {}
    from analysis import query

    cases = _filter_cases(light)
    keyphrase = cases.pop("keyphrase")
    cases["keyphrase, DuckDB (no search copy yet)"] = keyphrase
    cases["keyphrase, search copy"] = keyphrase
    for label, filters in cases.items():  # what the dashboard does: ids, then each table it reads
        with_copy = label.endswith("search copy")
        if with_copy:
            query.write_text_cache(store_dir)  # as the dashboard does in the background after loading
        cached_search, query._cached_search = query._cached_search, (
            query._cached_search if with_copy else lambda *_: None)
        started, cpu = time.perf_counter(), time.process_time()
        try:
            ids = views.matching_article_ids(light, filters, store_dir=store_dir)
        finally:
            query._cached_search = cached_search
        masks = time.perf_counter() - started
        for name in ("articles", "keywords"):
            views.rows_of_articles(light[name], ids)
        figures["dashboard_filters"][label] = {"masks": masks, "keywords page": time.perf_counter() - started,
                                               "cpu": time.process_time() - cpu}
    del light
    started = time.perf_counter()
    tables = read_tables(store_dir)
    figures["read_tables"] = time.perf_counter() - started
    figures["rows"] = {name: len(frame) for name, frame in tables.items()}
    figures["table_mb"] = {name: frame.memory_usage(deep=True).sum() / 1e6 for name, frame in tables.items()}
    figures["apply_filters"] = {}
    for label, filters in _filter_cases(tables).items():
        started = time.perf_counter()
        views.apply_filters(tables, filters)
        figures["apply_filters"][label] = time.perf_counter() - started
    return figures


def _filter_cases(tables) -> dict:
    from analysis import views

    outlets = views.outlet_choices(tables["articles"])
    actors = views.actor_choices(tables["mentions"])
    return {"none": views.Filters(), "one outlet": views.Filters(outlets=(outlets[0],)),
            "30 days": views.Filters(date_from=date(2025, 3, 1), date_to=date(2025, 3, 30)),
            "actor": views.Filters(actor=actors[0] if actors else None),
            "keyphrase": views.Filters(keyphrase="ceasefire talks")}


def measure_page(store_dir: str, page: str) -> dict:
    """`page` opened from the Overview (store cached), then rerun after each filter change."""
    from streamlit.testing.v1 import AppTest

    from analysis import views
    from analysis.store import read_table

    outlet = views.outlet_choices(read_table(store_dir, "articles", columns=["article_id", "outlet"]))[0]
    os.environ["NEWS_DASHBOARD_STORE"] = store_dir
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=PAGE_TIMEOUT_S).run()
    row: dict = {}
    started = time.perf_counter()
    at.switch_page(page).run()
    row["open"] = time.perf_counter() - started
    started = time.perf_counter()
    at.sidebar.multiselect(key="filter_outlets").set_value([outlet]).run()
    row["one outlet"] = time.perf_counter() - started
    started = time.perf_counter()
    at.sidebar.date_input(key="filter_date_from").set_value(date(2025, 3, 1)).run()
    at.sidebar.date_input(key="filter_date_to").set_value(date(2025, 3, 30)).run()
    row["30 days (per change)"] = (time.perf_counter() - started) / 2
    started = time.perf_counter()
    at.sidebar.button(key="filter_reset").click().run()
    row["reset (all)"] = time.perf_counter() - started
    started = time.perf_counter()
    at.sidebar.text_input(key="filter_keyphrase").input("ceasefire talks").run()
    row["keyphrase"] = time.perf_counter() - started
    return {"times": row, "exceptions": [f"{page}: {str(e.value)[:200]}" for e in at.exception],
            "peak_mb": _peak_mb()}


def _in_fresh_process(*args: str, timeout: float) -> dict | None:
    """The JSON the child prints, or None when it ran past `timeout` seconds (then it is killed)."""
    command = [sys.executable, "-m", "bench.dashboard", "--child", *args]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        return None
    if done.returncode:
        raise RuntimeError(f"measuring {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_size(store_dir: Path, *, timeout: float) -> dict:
    figures = _in_fresh_process("load", str(store_dir), timeout=4 * timeout) or {}
    figures.setdefault("exceptions", [])
    figures["pages"] = {}
    pages = ["app.py", *(f"pages/{p.name}" for p in sorted((ROOT / "pages").glob("*.py")) if "Add_articles" not in p.name)]
    for page in pages:
        print(f"  {page} ...", file=sys.stderr)
        result = _in_fresh_process("page", str(store_dir), page, timeout=timeout)
        if result is None:
            figures["pages"][page] = None
            continue
        figures["pages"][page] = result["times"]
        figures["exceptions"] += result["exceptions"]
        figures.setdefault("page_peak_mb", {})[page] = result["peak_mb"]
        figures["peak_mb"] = max(figures.get("peak_mb", 0), result["peak_mb"])
    return figures


# --- report -----------------------------------------------------------------------------------------------

def _time_of(page: dict | None, what: str) -> str:
    return "timeout" if page is None else f"{page[what]:.2f}" if what in page else "-"


def print_report(results: dict[int, dict]) -> None:
    sizes = sorted(results)
    rows: list[tuple[str, list[str], str]] = []

    def add(label: str, values: list[str], target: str = "") -> None:
        rows.append((label, values, target))

    add("figure (wall s unless noted) / articles", [f"{s:,}" for s in sizes], "target")
    if any("rows" not in results[s] for s in sizes):
        add("load (read_tables, filters, Overview)", ["timeout" if "rows" not in results[s] else "ok" for s in sizes])
        sizes_loaded = [s for s in sizes if "rows" in results[s]]
    else:
        sizes_loaded = sizes
    for s in sizes_loaded:
        r = results[s]
        add(f"{s:,}: rows keywords / mentions / quotes / notes",
            ["/".join(f"{r['rows'][t] / 1000:.0f}k" for t in ("keywords", "mentions", "quotes", "market_notes"))])
        add(f"{s:,}: tables in memory MB (of which articles)",
            [f"{sum(r['table_mb'].values()):.0f} ({r['table_mb']['articles']:.0f})"])
        add(f"{s:,}: cached by the dashboard (LEFT_ON_DISK left out) MB", [f"{r['table_mb_dashboard']:.0f}"])
    if sizes_loaded == sizes:
        add("read_tables s (cold)", [f"{results[s]['read_tables']:.2f}" for s in sizes])
        add("read_tables_without(LEFT_ON_DISK) s (what the dashboard caches)",
            [f"{results[s]['read_dashboard_tables']:.2f}" for s in sizes])
        add("first load: Overview, cold cache, s", [f"{results[s]['first_load']:.2f}" for s in sizes],
            f"<= {TARGETS['load']:.0f} s")
        for label in results[sizes[0]]["apply_filters"]:
            add(f"views.apply_filters s (every table, texts included): {label}",
                [f"{results[s]['apply_filters'][label]:.2f}" for s in sizes])
        for label in results[sizes[0]].get("dashboard_filters", {}):
            add(f"dashboard filter s: masks / + articles, keywords taken / CPU: {label}",
                ["{masks:.2f} / {keywords page:.2f} / {cpu:.2f}".format(**{"cpu": float("nan"),
                                                                            **results[s]["dashboard_filters"][label]})
                 for s in sizes])
    steps = ("open", "one outlet", "30 days (per change)", "reset (all)", "keyphrase")
    for page in results[sizes[0]]["pages"]:
        for what in steps:
            add(f"{page}: {what} s", [_time_of(results[s]["pages"].get(page), what) for s in sizes],
                f"<= {TARGETS['rerun']}" if what != "open" else "")
    add("peak memory MB (largest dashboard process)", [f"{results[s].get('peak_mb', 0):.0f}" for s in sizes],
        f"< {TARGETS['memory_mb']}")
    for page in results[sizes[0]].get("page_peak_mb", {}):
        add(f"  of which {page}", [f"{results[s].get('page_peak_mb', {}).get(page, 0):.0f}" for s in sizes])
    add("exceptions", [str(len(results[s]["exceptions"])) for s in sizes], "0")
    width = max(len(r[0]) for r in rows)
    value_width = max(len(v) for r in rows for v in r[1])
    for label, values, target in rows:
        print(f"{label:<{width}}  " + "  ".join(f"{v:>{value_width}}" for v in values) + f"  {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="store sizes")
    parser.add_argument("--base", type=int, default=2_000, help="articles really built (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR, help="stores (bench/out)")
    parser.add_argument("--timeout", type=float, default=PAGE_TIMEOUT_S,
                        help=f"seconds allowed per page (default {PAGE_TIMEOUT_S})")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        what, *rest = args.child
        print(json.dumps(measure_load(*rest) if what == "load" else measure_page(*rest)))
        return 0
    if args.base < 1 or any(s < 1 for s in args.sizes):
        parser.error("--base and --sizes must be >= 1")
    args.work_dir.mkdir(parents=True, exist_ok=True)
    base = base_store(args.work_dir, args.base, args.seed)
    results = {}
    for size in sorted(set(args.sizes)):
        print(f"measuring {size:,} articles ...", file=sys.stderr)
        results[size] = measure_size(scaled_store(base, args.work_dir, size), timeout=args.timeout)
    (args.work_dir / "dashboard.json").write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))
    print_report(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
