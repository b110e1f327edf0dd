"""Where per-item work runs: in this process, in a local process pool, or on a Dask cluster.

All three return results in input order and report finished items through `on_done`, so the pipeline
and its progress bar do not care which one ran. An `Executor` is opened once per build and reused for
every step (reading, analysing), so worker processes start once and keep what they have loaded (YAKE,
the actor registry, compiled patterns) from one step to the next.

When to use which: `local` with `workers` up to the number of cores suits one machine (a 100,000-article
build is CPU-bound in the analysis stages and scales with cores); `dask` sends the per-article analysis
to an existing Dask cluster (`scheduler` address), for corpora whose first build would take hours on one
machine. Reading inputs always happens on this machine, where the files are.
"""
from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
ENGINES: tuple[str, ...] = ("local", "dask")
CHUNKS_PER_WORKER = 4
"""A local pool gets items in chunks, about this many per worker and step: few enough hand-overs that
small items (one short file each) do not cost more to send than to process, enough to balance load."""


class Executor:
    """Runs `fn` over items in this process (`workers=1`), a pool of `workers` local processes, or on the
    Dask cluster at `scheduler` (`engine="dask"`). Use as a context manager; the pool or the cluster
    connection is made on first use and closed on exit."""

    def __init__(self, *, workers: int = 1, engine: str = "local", scheduler: str | None = None):
        if not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a whole number >= 1, not {workers!r}")
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        if engine == "dask" and not scheduler:
            raise ValueError("engine='dask' needs scheduler: the address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
        if engine == "local" and scheduler is not None:
            raise ValueError("scheduler is only used with engine='dask'")
        self.workers, self.engine, self.scheduler = workers, engine, scheduler
        self._pool: ProcessPoolExecutor | None = None
        self._client: Any = None

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes, or disconnect from the cluster."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def map(self, fn: Callable[[T], R], items: Sequence[T], *, on_done: Callable[[int], Any] | None = None,
            local: bool = False) -> list[R]:
        """`[fn(item) for item in items]`, in input order. `local=True` keeps the work on this machine
        (its process pool) even with `engine="dask"`: for work that reads local files. `fn` must be a
        module-level function and the items picklable once more than this process is used.
        `on_done(n)` is called as items finish, with the number finished so far."""
        items = list(items)
        if self.engine == "dask" and not local:
            return self._map_dask(fn, items, on_done)
        if self.workers == 1 or len(items) <= 1:
            results = []
            for done, item in enumerate(items, start=1):
                results.append(fn(item))
                if on_done:
                    on_done(done)
            return results
        return self._map_pool(fn, items, on_done)

    def _map_pool(self, fn, items, on_done):
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context())
        size = max(1, len(items) // (self.workers * CHUNKS_PER_WORKER))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        ordered: list[list[Any] | None] = [None] * len(chunks)
        pending: dict[Future, int] = {self._pool.submit(_run_chunk, fn, chunk): i for i, chunk in enumerate(chunks)}
        done_items = 0
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    ordered[index] = future.result()
                    done_items += len(chunks[index])
                    if on_done:
                        on_done(done_items)
        finally:
            for future in pending:
                future.cancel()
        return [result for chunk in ordered for result in chunk]

    def _map_dask(self, fn, items, on_done):
        if self._client is None:
            try:
                from dask.distributed import Client
            except ImportError as error:
                raise RuntimeError("engine='dask' needs dask[distributed]: pip install 'dask[distributed]'") from error
            self._client = Client(self.scheduler)
        from dask.distributed import as_completed

        futures = self._client.map(fn, items, pure=False)
        index = {future.key: position for position, future in enumerate(futures)}
        ordered: list[Any] = [None] * len(items)
        for done, future in enumerate(as_completed(futures), start=1):
            ordered[index[future.key]] = future.result()
            if on_done:
                on_done(done)
        return ordered


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _context() -> multiprocessing.context.BaseContext:
    """fork on Linux (workers start in milliseconds and inherit what is loaded), else the platform's
    default (spawn on macOS and Windows, where fork is unsafe or missing)."""
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


def map_ordered(fn: Callable[[T], R], items: Sequence[T], *, workers: int = 1, engine: str = "local",
                scheduler: str | None = None, on_done: Callable[[int], Any] | None = None) -> list[R]:
    """`[fn(item) for item in items]`, run on `workers` local processes or on the Dask `scheduler`: a
    one-off `Executor`. `on_done(n)` is called as items finish, with the number finished so far."""
    with Executor(workers=workers, engine=engine, scheduler=scheduler) as executor:
        return executor.map(fn, items, on_done=on_done)
