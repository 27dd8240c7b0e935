"""Runners for the per-article step: where a chunk of articles is parsed and extracted.

A runner has ``submit(articles, disabled, batch_size) -> handle``,
``result(handle) -> list[list[Claim]]`` and ``max_inflight`` (how many submitted
chunks the caller may leave unread). ``claimdiff.pipeline`` cuts the chunks (``claimdiff.worker`` runs one), so
every runner sees the same chunks and returns the same claims.

- ``SerialRunner``: this process (``--jobs 1``).
- ``PoolRunner``: a pool of ``--jobs N`` processes started with *spawn* (safe
  with threads and on every OS; fork would copy a loaded model and any lock
  state). Each worker loads the spaCy pipeline once, in its initializer, and
  keeps it for every chunk. We use our own pool rather than
  ``nlp.pipe(n_process=N)`` because that only parallelises the parse: docs would
  come back through a pipe and extraction would stay serial in this process.
- ``claimdiff.backends.dask.DaskRunner``: ``--backend dask``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol

from .errors import ConfigError
from .options import Options
from .types import Article, Claim
from .worker import extract_chunk, spawn_pool

BACKENDS = ("local", "dask")


class Runner(Protocol):
    max_inflight: int

    def submit(self, articles: Sequence[Article], disabled: frozenset[str],
               batch_size: int) -> Any: ...

    def result(self, handle: Any) -> list[list[Claim]]: ...


class SerialRunner:
    """Runs each chunk when it is submitted."""

    max_inflight = 0

    def submit(self, articles: Sequence[Article], disabled: frozenset[str],
               batch_size: int) -> list[list[Claim]]:
        return extract_chunk(articles, disabled, batch_size)

    def result(self, handle: list[list[Claim]]) -> list[list[Claim]]:
        return handle


class PoolRunner:
    """Chunks go to a spawn-started process pool; results are read in order."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None  # started on the first chunk:
        # a run served from the cache never pays for starting workers
        # Two chunks per worker keeps every worker busy while the caller reads
        # results, without queueing the whole corpus in memory.
        self.max_inflight = 2 * jobs

    def submit(self, articles: Sequence[Article], disabled: frozenset[str],
               batch_size: int) -> Future:
        if self.pool is None:
            self.pool = spawn_pool(self.jobs)
        return self.pool.submit(extract_chunk, list(articles), disabled, batch_size)

    def result(self, handle: Future) -> list[list[Claim]]:
        return handle.result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def open_runner(options: Options) -> Iterator[Runner]:
    """The runner Options.backend and Options.jobs ask for; shut down on exit."""
    if options.backend not in BACKENDS:
        raise ConfigError(f"unknown backend {options.backend!r}: use one of {', '.join(BACKENDS)}")
    if options.jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, got {options.jobs}")
    if options.backend == "dask":
        from .backends.dask import DaskRunner

        runner: Any = DaskRunner(options)
    elif options.jobs > 1:
        runner = PoolRunner(options.jobs)
    else:
        runner = SerialRunner()
    try:
        yield runner
    finally:
        close = getattr(runner, "close", None)
        if close is not None:
            close()
