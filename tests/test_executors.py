"""Where the work runs: in process, in a local pool, or on a Dask cluster, with the same results."""
from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis.executors import Executor, map_ordered
from analysis.pipeline import build
from analysis.store import ANALYSIS_TABLES, read_tables

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def square(x: int) -> int:
    return x * x


def pid(_: int) -> int:
    return os.getpid()


@pytest.mark.parametrize("workers", [1, 2])
def test_map_keeps_input_order_and_reports_every_item(workers: int) -> None:
    seen: list[int] = []
    assert map_ordered(square, range(25), workers=workers, on_done=seen.append) == [x * x for x in range(25)]
    assert seen[-1] == 25 and seen == sorted(seen)


def test_empty_input_gives_an_empty_list() -> None:
    assert map_ordered(square, [], workers=2) == []


def test_one_pool_serves_every_step_of_a_build() -> None:
    # The pool's processes, not the pids that happened to take work: on a busy machine one worker can
    # take every item of the first map while the other is still starting.
    with Executor(workers=2) as executor:
        first = set(executor.map(pid, range(16)))
        workers = {child.pid for child in multiprocessing.active_children()}
        second = set(executor.map(pid, range(16)))
        assert {child.pid for child in multiprocessing.active_children()} == workers
    assert os.getpid() not in first
    assert first | second <= workers


@pytest.mark.parametrize(("options", "message"), [
    ({"workers": 0}, "workers must be a whole number >= 1"),
    ({"engine": "spark"}, "engine must be one of ('local', 'dask')"),
    ({"engine": "dask"}, "engine='dask' needs scheduler"),
    ({"scheduler": "tcp://127.0.0.1:8786"}, "scheduler is only used with engine='dask'"),
])
def test_bad_options_are_refused_with_a_message_naming_them(options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Executor(**options)


def _sorted(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values(list(table.columns[:2]) + (["start"] if "start" in table else [])).reset_index(drop=True)


@pytest.fixture(scope="module")
def local_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "store"
    build([SAMPLES], out)
    return out


def test_dask_build_gives_the_same_tables_as_the_local_build(local_store: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = build([SAMPLES], tmp_path / "store", engine="dask", scheduler=cluster.scheduler_address)
    assert (summary.added, summary.analysed, summary.analysis_errors) == (5, 5, ())
    local, remote = read_tables(local_store), read_tables(tmp_path / "store")
    assert len(local["keywords"]) > 0
    for name in ("articles", *ANALYSIS_TABLES):
        pd.testing.assert_frame_equal(_sorted(remote[name]), _sorted(local[name]), obj=name)


def test_dask_engine_refuses_a_build_without_a_scheduler(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs scheduler"):
        build([SAMPLES], tmp_path / "store", engine="dask")
