"""The store's layout: tables as folders of Parquet parts, appended per build, compacted when they pile up
or stored rows change; readers see exactly the parts the manifest lists."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import store
from analysis.contract import problems_in
from analysis.pipeline import build
from analysis.store import Manifest, read_tables

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"
TABLES = ("articles", "keywords", "mentions", "quotes", "market_notes")


TEXTS = (
    "Grain talks resume\nNegotiators met in Geneva on Thursday to revive the Black Sea grain deal.\n",
    "Copper slips\nCopper prices fell 2% in London as warehouses reported rising stocks of the metal.\n",
    "Rail strike ends\nTrain drivers in Bavaria returned to work after a week-long walkout over pay.\n",
    "Harvest outlook\nFarmers in Kansas expect a smaller wheat harvest after a dry spring and late frost.\n",
)


def parts(out: Path, name: str) -> list[str]:
    return sorted(p.name for p in (out / f"{name}.parquet").glob("part-*.parquet"))


def article(folder: Path, name: str, number: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(TEXTS[number % len(TEXTS)], encoding="utf-8")
    return path


@pytest.fixture()
def sample_copy(sample_store: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(sample_store, tmp_path / "store"))


def test_each_table_is_a_folder_of_the_parts_the_manifest_lists(sample_copy: Path) -> None:
    manifest = Manifest.read(sample_copy)
    for name in TABLES:
        assert parts(sample_copy, name) == sorted(manifest.parts[name]), name
        assert len(pd.read_parquet(sample_copy / f"{name}.parquet")) == len(read_tables(sample_copy)[name])


def test_adding_articles_appends_one_part_per_table_and_keeps_the_old_ones(sample_copy: Path, tmp_path: Path) -> None:
    before = {name: parts(sample_copy, name) for name in TABLES}
    old = read_tables(sample_copy)
    summary = build([article(tmp_path / "in", "a.txt", 1).parent], sample_copy)
    assert (summary.added, summary.analysed) == (1, 1)
    new = read_tables(sample_copy)
    for name in TABLES:  # one part more for each table the article adds rows to; the old parts untouched
        now = parts(sample_copy, name)
        grew = len(new[name]) > len(old[name])
        assert set(before[name]) <= set(now) and len(now) == len(before[name]) + grew, name
    assert len(parts(sample_copy, "keywords")) == 2
    assert new["articles"]["article_id"].tolist()[:5] == old["articles"]["article_id"].tolist()
    assert len(new["articles"]) == 6
    pd.testing.assert_frame_equal(new["articles"].iloc[:5], old["articles"])
    assert problems_in(sample_copy) == []


def test_a_table_is_compacted_into_one_part_when_parts_pile_up(sample_copy: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "PART_LIMIT", 3)
    inbox = tmp_path / "in"
    for number in (1, 2):
        build([article(inbox, f"a{number}.txt", number)], sample_copy)
    assert len(parts(sample_copy, "articles")) == 1  # 1 part, +1 appended, then the third would reach the limit
    build([article(inbox, "a3.txt", 3)], sample_copy)
    assert len(parts(sample_copy, "articles")) == 2
    tables = read_tables(sample_copy)
    assert len(tables["articles"]) == 8 and not tables["articles"]["article_id"].duplicated().any()
    assert problems_in(sample_copy) == []


def test_reanalysed_articles_replace_their_rows(sample_copy: Path, tmp_path: Path) -> None:
    manifest = Manifest.read(sample_copy)
    forgotten = sorted(manifest.analysed)[0]
    rows = {name: len(table) for name, table in read_tables(sample_copy).items()}
    manifest.analysed.discard(forgotten)
    store.write_manifest(sample_copy, manifest)
    summary = build([SAMPLES], sample_copy)
    assert summary.analysed == 1
    tables = read_tables(sample_copy)
    assert {name: len(table) for name, table in tables.items()} == rows
    assert len(parts(sample_copy, "keywords")) == 1  # rewritten, the article's old rows dropped
    assert problems_in(sample_copy) == []


def test_a_part_not_in_the_manifest_is_ignored_and_removed_by_the_next_build(sample_copy: Path, tmp_path: Path) -> None:
    stray = sample_copy / "keywords.parquet" / "part-0000stray.parquet"
    shutil.copy(next((sample_copy / "keywords.parquet").glob("part-*.parquet")), stray)
    rows = len(read_tables(sample_copy)["keywords"])
    assert rows == len(pd.read_parquet(stray))
    build([article(tmp_path / "in", "a.txt", 1).parent], sample_copy)
    assert not stray.exists()
    assert problems_in(sample_copy) == []


def test_a_store_of_single_files_is_read_and_converted(sample_copy: Path, tmp_path: Path) -> None:
    old = read_tables(sample_copy)
    manifest = Manifest.read(sample_copy)
    for name in TABLES:  # the layout before parts: one file per table, no parts in the manifest
        frame = pd.read_parquet(sample_copy / f"{name}.parquet")
        shutil.rmtree(sample_copy / f"{name}.parquet")
        frame.to_parquet(sample_copy / f"{name}.parquet", index=False)
    manifest.parts = None
    store.write_manifest(sample_copy, manifest)
    for name in TABLES:
        pd.testing.assert_frame_equal(read_tables(sample_copy)[name], old[name])
    build([article(tmp_path / "in", "a.txt", 1).parent], sample_copy)
    assert all((sample_copy / f"{name}.parquet").is_dir() for name in TABLES)
    assert len(read_tables(sample_copy)["articles"]) == 6
    assert problems_in(sample_copy) == []


def test_csv_stores_keep_single_files(tmp_path: Path) -> None:
    out = tmp_path / "store"
    build([SAMPLES], out, fmt="csv")
    build([article(tmp_path / "in", "a.txt", 1).parent], out, fmt="csv")
    assert sorted(p.name for p in out.glob("*.csv")) == sorted([f"{n}.csv" for n in TABLES] + ["rejected.csv"])
    assert not list(out.glob("*.parquet"))
    assert len(read_tables(out)["articles"]) == 6
    assert problems_in(out) == []


def test_read_texts_reads_the_texts_of_the_ids_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    monkeypatch.setattr(store, "ARTICLES_ROW_GROUP", 2)
    for number in range(4):
        article(tmp_path / "in", f"a{number}.txt", number)
    build([tmp_path / "in"], tmp_path / "store")
    articles = read_tables(tmp_path / "store")["articles"]
    assert [pq.ParquetFile(p).num_row_groups for p in store.part_paths(tmp_path / "store", "articles")] == [2]
    wanted = articles["article_id"].iloc[[0, 3]].tolist()
    assert store.read_texts(tmp_path / "store", [*wanted, "no-such-id"]) == dict(zip(wanted, articles["text"].iloc[[0, 3]]))
    assert store.read_texts(tmp_path / "store", []) == {}
    build([tmp_path / "in"], tmp_path / "csv", fmt="csv")
    csv_articles = read_tables(tmp_path / "csv")["articles"]
    first = csv_articles["article_id"].iloc[0]
    assert store.read_texts(tmp_path / "csv", [first]) == {first: csv_articles["text"].iloc[0]}


def test_a_build_writes_only_the_source_entries_it_changed(sample_copy: Path, tmp_path: Path) -> None:
    import json

    before = Manifest.read(sample_copy).source_logs
    new = article(tmp_path / "in", "a.txt", 1)
    build([SAMPLES, new], sample_copy)
    manifest = Manifest.read(sample_copy)
    assert manifest.source_logs[:-1] == before and len(manifest.source_logs) == len(before) + 1
    assert list(json.loads((sample_copy / manifest.source_logs[-1]).read_text(encoding="utf-8"))) == [str(new.resolve())]
    assert len(manifest.sources) == 6 and str(new.resolve()) in manifest.sources
    assert "sources" not in json.loads((sample_copy / store.MANIFEST).read_text(encoding="utf-8"))
    assert sorted(p.name for p in sample_copy.glob("sources-*.json")) == sorted(manifest.source_logs)


def test_source_logs_are_merged_when_they_pile_up_and_inline_sources_are_still_read(
        sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setattr(store, "SOURCE_LOG_LIMIT", 3)
    for number in (1, 2, 3):
        build([article(tmp_path / "in", f"a{number}.txt", number)], sample_copy)
    manifest = Manifest.read(sample_copy)
    assert len(manifest.source_logs) == 2 and len(manifest.sources) == 8
    assert sorted(p.name for p in sample_copy.glob("sources-*.json")) == sorted(manifest.source_logs)
    # a manifest written before source logs holds the entries itself; the next build moves them to one log
    raw = json.loads((sample_copy / store.MANIFEST).read_text(encoding="utf-8"))
    raw["sources"] = manifest.sources
    del raw["source_logs"]
    (sample_copy / store.MANIFEST).write_text(json.dumps(raw), encoding="utf-8")
    for log in sample_copy.glob("sources-*.json"):
        log.unlink()
    assert build([SAMPLES, tmp_path / "in"], sample_copy).unchanged_inputs == 8
    converted = Manifest.read(sample_copy)
    assert len(converted.source_logs) == 1 and converted.sources == manifest.sources
    build([article(tmp_path / "more", "b.txt", 0)], sample_copy)
    assert len(Manifest.read(sample_copy).source_logs) == 2 and len(Manifest.read(sample_copy).sources) == 9


def test_the_current_manifest_is_parsed_once_per_manifest_file(sample_copy: Path, tmp_path: Path) -> None:
    first = store.current_manifest(sample_copy)
    assert store.current_manifest(sample_copy) is first  # unchanged file: the same parsed manifest
    assert first.version == Manifest.read(sample_copy).version
    version = store.store_version(sample_copy)
    build([article(tmp_path / "in", "a.txt", 2).parent], sample_copy)  # the build replaces the manifest
    again = store.current_manifest(sample_copy)
    assert again is not first and again.version == Manifest.read(sample_copy).version != first.version
    assert store.store_version(sample_copy) != version
    assert store.part_paths(sample_copy, "articles") == [
        sample_copy / "articles.parquet" / part for part in Manifest.read(sample_copy).parts["articles"]]
