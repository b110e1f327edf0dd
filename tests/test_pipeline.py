"""The build: the store it writes keeps the table contract, is incremental, and survives bad input,
failing stages, a killed build and two builds at once."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import pipeline
from analysis.contract import problems_in
from analysis.pipeline import build
from analysis.store import Manifest, read_tables, store_version

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "articles"
NEW_ARTICLE = (
    "Oil and grain talks resume in Geneva\n"
    "Negotiators from Russia and Ukraine met in Geneva on Thursday to revive the Black Sea grain deal. "
    "“We are ready to talk,” said Sergei Lavrov, Russia’s foreign minister. Brent crude rose 1.1% to $74.10 a barrel.\n"
)


def write_article(folder: Path, name: str, text: str = NEW_ARTICLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_store_keeps_the_contract(sample_store: Path) -> None:
    assert problems_in(sample_store) == []
    assert (sample_store / "articles.parquet").exists()
    assert (sample_store / "rejected.csv").read_text().splitlines() == ["source,reason"]


def test_sample_store_has_the_five_articles_with_their_metadata(sample_store: Path) -> None:
    articles = read_tables(sample_store)["articles"]
    side_car = pd.read_csv(SAMPLES / "articles.csv", keep_default_na=False)
    by_file = articles.assign(file=articles["source"].map(lambda s: Path(s).name)).set_index("file")
    assert sorted(by_file.index) == sorted(side_car["file"])
    for row in side_car.itertuples():
        article = by_file.loc[row.file]
        assert article["outlet"] == (row.outlet or None) or (pd.isna(article["outlet"]) and not row.outlet)
        assert article["published"] == pd.Timestamp(row.published)
        assert article["title"] == row.title
    assert articles["article_id"].is_unique


def test_second_run_over_unchanged_inputs_reads_and_writes_nothing(sample_store: Path, tmp_path: Path) -> None:
    store = shutil.copytree(sample_store, tmp_path / "store")
    before = store_version(store)
    summary = build([SAMPLES], store)
    assert (summary.read, summary.added, summary.analysed) == (0, 0, 0)
    assert summary.unchanged_inputs == 5
    assert store_version(store) == before


def test_adding_a_file_processes_only_it(sample_store: Path, tmp_path: Path) -> None:
    store = shutil.copytree(sample_store, tmp_path / "store")
    new = write_article(tmp_path / "inbox", "geneva.txt")
    summary = build([SAMPLES, new], store)
    assert (summary.read, summary.added, summary.analysed, summary.unchanged_inputs) == (1, 1, 1, 5)
    articles = read_tables(store)["articles"]
    assert len(articles) == 6
    assert problems_in(store) == []


def test_the_same_article_under_another_name_is_not_added_twice(tmp_path: Path) -> None:
    build([write_article(tmp_path / "a", "one.txt")], tmp_path / "store")
    summary = build([write_article(tmp_path / "b", "copy-of-one.txt")], tmp_path / "store")
    assert (summary.read, summary.added, summary.already_present) == (1, 0, 1)
    assert len(read_tables(tmp_path / "store")["articles"]) == 1


def test_rebuild_redoes_everything(sample_store: Path, tmp_path: Path) -> None:
    store = shutil.copytree(sample_store, tmp_path / "store")
    summary = build([SAMPLES], store, rebuild=True)
    assert (summary.read, summary.added, summary.analysed) == (5, 5, 5)
    assert problems_in(store) == []


def test_csv_format_round_trips_the_articles(sample_store: Path, tmp_path: Path) -> None:
    build([SAMPLES], tmp_path / "store", fmt="csv")
    assert (tmp_path / "store" / "articles.csv").exists()
    assert not (tmp_path / "store" / "articles.parquet").exists()
    assert problems_in(tmp_path / "store") == []
    as_csv = read_tables(tmp_path / "store")["articles"].sort_values("article_id").reset_index(drop=True)
    as_parquet = read_tables(sample_store)["articles"].sort_values("article_id").reset_index(drop=True)
    for column in ("article_id", "title", "text", "n_words", "published", "url"):
        assert as_csv[column].tolist() == as_parquet[column].tolist(), column
    assert as_csv["outlet"].isna().tolist() == as_parquet["outlet"].isna().tolist()


def test_unreadable_input_is_rejected_and_the_others_are_kept(tmp_path: Path) -> None:
    good = write_article(tmp_path / "in", "good.txt")
    (tmp_path / "in" / "empty.txt").write_text("   \n", encoding="utf-8")
    summary = build([tmp_path / "in"], tmp_path / "store")
    assert summary.added == 1
    rejected = pd.read_csv(tmp_path / "store" / "rejected.csv")
    assert rejected["source"].str.endswith("empty.txt").tolist() == [True]
    assert rejected["reason"].str.len().min() > 10
    assert good.exists()


def test_a_stage_failing_on_one_article_costs_only_that_article(tmp_path: Path, monkeypatch) -> None:
    real = pipeline.STAGES["keywords"]

    def fragile(articles: pd.DataFrame) -> pd.DataFrame:
        if articles["text"].str.contains("Lavrov").any():
            raise RuntimeError("boom")
        return real(articles)

    monkeypatch.setitem(pipeline.STAGES, "keywords", fragile)
    summary = build([SAMPLES, write_article(tmp_path / "in", "geneva.txt")], tmp_path / "store")
    assert summary.added == 6
    assert [e.reason for e in summary.analysis_errors] == ["keywords stage: RuntimeError: boom"]
    assert len(Manifest.read(tmp_path / "store").analysed) == 5
    monkeypatch.setitem(pipeline.STAGES, "keywords", real)
    again = build([SAMPLES], tmp_path / "store")
    assert again.analysed == 1
    assert len(Manifest.read(tmp_path / "store").analysed) == 6


KILL_BEFORE_MANIFEST = textwrap.dedent("""
    import os, signal, sys
    from analysis import store, pipeline
    real = store._replace
    def replace_then_die(path, write):
        if path.name == store.MANIFEST:  # every new part is in place, the manifest not yet
            os.kill(os.getpid(), signal.SIGKILL)
        real(path, write)
    store._replace = replace_then_die
    pipeline.build([sys.argv[1]], sys.argv[2])
""")


def test_a_build_killed_mid_write_leaves_a_readable_store_that_the_next_build_completes(
        sample_store: Path, tmp_path: Path) -> None:
    store = shutil.copytree(sample_store, tmp_path / "store")
    before = read_tables(store)
    new = write_article(tmp_path / "inbox", "geneva.txt").parent
    killed = subprocess.run([sys.executable, "-c", KILL_BEFORE_MANIFEST, str(new), str(store)], cwd=ROOT,
                            capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    assert len(list((store / "articles.parquet").glob("part-*.parquet"))) == 2  # the killed build's part is there
    assert problems_in(store) == []
    after = read_tables(store)  # ... but not read: the manifest does not list it
    for name, table in before.items():
        pd.testing.assert_frame_equal(after[name], table)
    summary = build([new], store)
    assert (summary.added, summary.analysed) == (1, 1)
    assert problems_in(store) == []
    assert len(read_tables(store)["articles"]) == 6
    assert len(Manifest.read(store).analysed) == 6
    assert len(list((store / "articles.parquet").glob("part-*.parquet"))) == 2  # the leftover part is gone


KILL_WHILE_ANALYSING = textwrap.dedent("""
    import os, signal, sys
    from analysis import pipeline
    def die(batch):
        os.kill(os.getpid(), signal.SIGKILL)
    pipeline.analyse_batch = die
    pipeline.build([sys.argv[1]], sys.argv[2])
""")


def test_a_build_killed_while_analysing_leaves_the_previous_store_intact(sample_store: Path, tmp_path: Path) -> None:
    store = shutil.copytree(sample_store, tmp_path / "store")
    before = {name: table.copy() for name, table in read_tables(store).items()}
    killed = subprocess.run([sys.executable, "-c", KILL_WHILE_ANALYSING,
                             str(write_article(tmp_path / "in", "g.txt").parent), str(store)],
                            cwd=ROOT, capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    after = read_tables(store)
    for name, table in before.items():
        pd.testing.assert_frame_equal(after[name], table)


CONCURRENT_BUILD = textwrap.dedent("""
    import sys
    from analysis.pipeline import build
    build([sys.argv[1]], sys.argv[2])
""")


def test_two_builds_at_once_both_land(tmp_path: Path) -> None:
    first = tmp_path / "first"
    shutil.copytree(SAMPLES, first)
    second = write_article(tmp_path / "second", "geneva.txt").parent
    store = tmp_path / "store"
    runs = [subprocess.Popen([sys.executable, "-c", CONCURRENT_BUILD, str(folder), str(store)], cwd=ROOT,
                             stderr=subprocess.PIPE, text=True) for folder in (first, second)]
    for run in runs:
        assert run.wait(timeout=300) == 0, run.stderr.read()
    assert len(read_tables(store)["articles"]) == 6
    assert len(Manifest.read(store).analysed) == 6
    assert problems_in(store) == []


def test_options_are_validated_with_the_accepted_values(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="fmt must be one of"):
        build([SAMPLES], tmp_path, fmt="xlsx")
    with pytest.raises(ValueError, match="workers must be"):
        build([SAMPLES], tmp_path, workers=0)
    with pytest.raises(ValueError, match="engine must be one of"):
        build([SAMPLES], tmp_path, engine="spark")


def test_a_problem_with_a_kept_article_is_a_note_not_a_rejection(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_article(folder, "geneva.txt")
    (folder / "articles.csv").write_text("file,title,outlet,published,url\ngeneva.txt,,,31/02/2025,\n",
                                         encoding="utf-8")
    summary = build([folder], tmp_path / "store")
    assert summary.added == 1
    assert summary.rejected == ()
    assert len(summary.notes) == 1 and summary.notes[0].source.endswith("geneva.txt")
    assert "31/02/2025" in summary.notes[0].reason
    assert pd.read_csv(tmp_path / "store" / "rejected.csv").empty
    assert pd.isna(read_tables(tmp_path / "store")["articles"]["published"].iloc[0])


def test_articles_in_another_language_are_ingested_marked_and_analysed(tmp_path: Path) -> None:
    french = ("Les négociations reprennent à Genève\n\nLes délégations de la Russie et de l’Ukraine se sont "
              "retrouvées jeudi à Genève pour relancer l’accord sur les céréales. « Nous sommes prêts à parler », "
              "a déclaré Sergueï Lavrov, le ministre russe des affaires étrangères. Le prix du blé a augmenté.\n")
    summary = build([write_article(tmp_path / "in", "fr.txt", french), write_article(tmp_path / "in", "en.txt")],
                    tmp_path / "store")
    assert (summary.added, summary.analysis_errors) == (2, ())
    articles = read_tables(tmp_path / "store")["articles"]
    assert sorted(articles["language"]) == ["en", "fr"]
    assert problems_in(tmp_path / "store") == []


def test_labels_name_inputs_for_people(tmp_path: Path) -> None:
    staged = write_article(tmp_path / "staging", "upload-001.txt")
    (tmp_path / "staging" / "upload-002.txt").write_text("", encoding="utf-8")
    summary = build([staged, tmp_path / "staging" / "upload-002.txt"], tmp_path / "store",
                    labels={staged: "my notes.txt", tmp_path / "staging" / "upload-002.txt": "empty one.txt"})
    assert read_tables(tmp_path / "store")["articles"]["source"].tolist() == ["my notes.txt"]
    assert [r.source for r in summary.rejected] == ["empty one.txt"]


def test_unchanged_files_are_not_hashed_again_but_an_edited_sidecar_row_is_seen(tmp_path: Path) -> None:
    corpus = shutil.copytree(SAMPLES, tmp_path / "corpus")
    out = tmp_path / "store"
    build([corpus], out)
    first = Manifest.read(out).sources
    path = sorted(corpus.glob("*.txt"))[0]
    stat = path.stat()
    assert first[str(path.resolve())]["size"] == stat.st_size
    # same size and mtime, other bytes: trusted as unchanged, so the file is not read (not even hashed)
    path.write_bytes(path.read_bytes().swapcase())
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert build([corpus], out).unchanged_inputs == 5
    sidecar = corpus / "articles.csv"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(",newswriteups.com,", ",News Write-ups,"), encoding="utf-8")
    summary = build([corpus], out)
    assert summary.read == 1 and summary.added == 0
    assert "News Write-ups" in read_tables(out)["articles"]["outlet"].tolist()


def test_a_near_copy_of_a_stored_article_is_marked_reading_only_the_stored_texts_it_needs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from analysis import store
    from analysis.ingest import near_duplicates

    monkeypatch.setattr(store, "ARTICLES_ROW_GROUP", 2)  # so that the stored texts span several row groups
    rng = random.Random(8)
    vocabulary = ("river council budget school harbour train market winter farmer bridge doctor museum court "
                  "festival election factory garden library mayor ferry storm village teacher orchestra").split()
    bodies = [" ".join(rng.choice(vocabulary) for _ in range(90)) + "." for _ in range(12)]
    for number, body in enumerate(bodies):
        write_article(tmp_path / "in", f"a{number:02d}.txt", f"Story number {number}\n{body}\n")
    out = tmp_path / "store"
    build([tmp_path / "in"], out)
    words = bodies[3].split()
    words[10:14] = ["quite", "different", "words", "here"]  # a light edit: still a near copy
    write_article(tmp_path / "more", "copy.txt", "A copied story\n" + " ".join(words) + "\n")
    requested: list[str] = []
    read_texts = store.read_texts

    def recording(directory, article_ids, **options):
        requested.extend(article_ids)
        return read_texts(directory, article_ids, **options)

    monkeypatch.setattr(store, "read_texts", recording)
    summary = build([tmp_path / "in", tmp_path / "more"], out)
    articles = read_tables(out)["articles"]
    original = articles.loc[articles["source"].str.endswith("a03.txt"), "article_id"].item()
    assert summary.added_ids and articles.set_index("article_id").at[summary.added_ids[0], "duplicate_of"] == original
    full = articles["article_id"].map(near_duplicates(articles))
    assert full.fillna("").tolist() == articles["duplicate_of"].fillna("").tolist()
    assert original in requested and len(set(requested)) < 12  # not every stored text


def _age(folder: Path, *, seconds: int = 60) -> None:
    """Date every file under `folder` `seconds` back: a file changed within the last two seconds is not
    trusted to be unchanged (its folder is looked at again), and a later build sees files as old as this."""
    past = time.time_ns() - seconds * 1_000_000_000
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(past, past))


def test_an_unchanged_folder_is_skipped_whole_and_its_rejections_still_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.ingest import sources

    corpus = tmp_path / "corpus"
    for number in range(3):
        write_article(corpus / "a", f"a{number}.txt", f"Story {number} of folder a\n{NEW_ARTICLE}Part {number} of folder a.\n")
        write_article(corpus / "b", f"b{number}.txt", f"Story {number} of folder b\n{NEW_ARTICLE}Part {number} of folder b.\n")
    (corpus / "b" / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (corpus / "b" / "empty.txt").write_text("", encoding="utf-8")
    _age(corpus)
    out = tmp_path / "store"
    first = build([corpus], out)
    assert (first.added, first.unchanged_inputs, len(first.rejected)) == (6, 0, 2)
    rejected_csv = (out / "rejected.csv").read_text(encoding="utf-8")

    def never(*args, **kwargs):
        raise AssertionError("a file of an unchanged folder was opened")

    with monkeypatch.context() as patched:
        patched.setattr(sources, "_content_digest", never)
        patched.setattr(sources, "is_metadata_csv", never)
        again = build([corpus], out)
    assert (again.read, again.unchanged_inputs) == (0, 7)  # six articles and the empty file
    # the unsupported file is rejected again; the empty file's rejection stays in rejected.csv
    assert [Path(r.source).name for r in again.rejected] == ["notes.docx"]
    assert (out / "rejected.csv").read_text(encoding="utf-8") == rejected_csv

    edited = corpus / "a" / "a1.txt"  # rewritten in place, same size: only its modification time tells
    edited.write_text(edited.read_text(encoding="utf-8").replace("Part 1", "Item 1"), encoding="utf-8")
    summary = build([corpus], out)
    assert (summary.read, summary.added, summary.unchanged_inputs) == (1, 1, 6)
    assert read_tables(out)["articles"]["text"].str.contains("Item 1 of folder a").sum() == 1

    write_article(corpus / "b", "b9.txt", f"Story 9 of folder b\n{NEW_ARTICLE}Part 9 of folder b.\n")
    (corpus / "b" / "b0.txt").unlink()
    summary = build([corpus], out)
    assert (summary.read, summary.added, summary.unchanged_inputs) == (1, 1, 6)
    assert [Path(r.source).name for r in summary.rejected] == ["notes.docx"] and (out / "rejected.csv").read_text(encoding="utf-8") == rejected_csv


def test_an_edited_sidecar_above_an_unchanged_folder_is_applied_to_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_article(corpus / "inner", "one.txt")
    (corpus / "articles.csv").write_text("file,outlet\ninner/one.txt,First Outlet\n", encoding="utf-8")
    _age(corpus)
    out = tmp_path / "store"
    build([corpus], out)
    build([corpus], out)
    (corpus / "articles.csv").write_text("file,outlet\ninner/one.txt,Second Outlet\n", encoding="utf-8")
    summary = build([corpus], out)
    assert (summary.read, summary.added) == (1, 0)
    assert read_tables(out)["articles"]["outlet"].tolist() == ["Second Outlet"]
