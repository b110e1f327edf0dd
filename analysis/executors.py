"""Where per-item work runs: in this process, in a local process pool, or on a Dask cluster.

All three return results in input order and report each finished item through `on_done`, so the
pipeline and its progress bar do not care which one ran.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
ENGINES: tuple[str, ...] = ("local", "dask")


def map_ordered(fn: Callable[[T], R], items: Sequence[T], *, workers: int = 1, engine: str = "local",
                scheduler: str | None = None, on_done: Callable[[int], Any] | None = None) -> list[R]:
    """`[fn(item) for item in items]`, run on `workers` local processes or on the Dask `scheduler`.

    `fn` must be a module-level function and items picklable once more than one worker is used.
    `on_done(n)` is called after each item with the number of items finished so far.
    """
    if workers < 1:
        raise ValueError(f"workers must be a whole number >= 1, not {workers!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "dask":
        return _map_dask(fn, items, scheduler=scheduler, on_done=on_done)
    if scheduler is not None:
        raise ValueError("scheduler is only used with engine='dask'")
    if workers == 1 or len(items) <= 1:
        results = []
        for done, item in enumerate(items, start=1):
            results.append(fn(item))
            if on_done:
                on_done(done)
        return results
    ordered: list[Any] = [None] * len(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(fn, item): index for index, item in enumerate(items)}
        for done, future in enumerate(as_completed(futures), start=1):
            ordered[futures[future]] = future.result()
            if on_done:
                on_done(done)
    return ordered


def _map_dask(fn, items, *, scheduler, on_done):
    try:
        from dask.distributed import Client, as_completed as dask_completed
    except ImportError as error:
        raise RuntimeError("engine='dask' needs dask[distributed]: pip install 'dask[distributed]'") from error
    if not scheduler:
        raise ValueError("engine='dask' needs scheduler: the address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    with Client(scheduler) as client:
        futures = client.map(fn, list(items), pure=False)
        index = {future.key: position for position, future in enumerate(futures)}
        ordered: list[Any] = [None] * len(items)
        for done, future in enumerate(dask_completed(futures), start=1):
            ordered[index[future.key]] = future.result()
            if on_done:
                on_done(done)
    return ordered
