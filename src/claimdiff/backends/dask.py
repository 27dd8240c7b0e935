"""``--backend dask``: the per-article step as Dask tasks.

What runs on Dask: ``claimdiff.worker.extract_chunk`` on chunks of articles
(parse + extract; the only costly step). What stays here: reading stories, the
cache, and per-story align and judge, which need all of a story's claims and
take milliseconds. See docs/scale.md.

Where it runs:

- ``Options.dask_address`` or ``$CLAIMDIFF_DASK_SCHEDULER`` set (e.g.
  ``tcp://scheduler:8786``): a ``dask.distributed`` cluster. Each worker needs
  claimdiff and the spaCy model installed; a worker loads the model once and
  keeps it (claimdiff.nlp.load_pipeline is cached per process).
- otherwise Dask's local scheduler: ``processes`` for ``--jobs N`` > 1 (on a
  spawn-started pool of our own, reused across waves, so models are loaded once
  per worker, not per task), ``synchronous`` for ``--jobs 1``.

Chunks are grouped in waves of ``max_inflight`` and computed together; the
caller reads them in order, so output order never depends on the scheduler.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError
from ..options import Options
from ..types import Article, Claim
from ..worker import extract_chunk, spawn_pool

ENV_ADDRESS = "CLAIMDIFF_DASK_SCHEDULER"


class _Wave:
    """Delayed chunks computed together the first time any of them is read."""

    def __init__(self) -> None:
        self.tasks: list[Any] = []
        self.results: list[list[list[Claim]]] | None = None


class DaskRunner:
    def __init__(self, options: Options) -> None:
        try:
            import dask  # noqa: F401
        except ImportError as err:
            raise ConfigError("--backend dask needs dask: pip install 'claimdiff[dask]'") from err
        self.jobs = options.jobs
        address = getattr(options, "dask_address", None) or os.environ.get(ENV_ADDRESS)
        self.client: Any = _client(address) if address else None
        self.pool: Any = None
        if self.client is not None:
            workers = max(1, len(self.client.scheduler_info().get("workers", {})))
            self.max_inflight = 2 * workers
        else:
            self.max_inflight = 2 * self.jobs
        self.wave = _Wave()

    def submit(self, articles: Sequence[Article], disabled: frozenset[str], batch_size: int) -> Any:
        if self.client is not None:
            return self.client.submit(extract_chunk, list(articles), disabled, batch_size, pure=False)
        import dask

        if self.wave.results is not None:
            self.wave = _Wave()
        self.wave.tasks.append(dask.delayed(extract_chunk, pure=False)(list(articles), disabled, batch_size))
        return (self.wave, len(self.wave.tasks) - 1)

    def result(self, handle: Any) -> list[list[Claim]]:
        if self.client is not None:
            return handle.result()
        wave, index = handle
        if wave.results is None:
            wave.results = list(self._compute(wave.tasks))
            wave.tasks = []
        return wave.results[index]

    def _compute(self, tasks: list[Any]) -> tuple[Any, ...]:
        import dask

        if self.jobs == 1:
            return dask.compute(*tasks, scheduler="synchronous")
        if self.pool is None:
            self.pool = spawn_pool(self.jobs)
        return dask.compute(*tasks, scheduler="processes", pool=self.pool)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.client is not None:
            self.client.close()


def _client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError as err:
        raise ConfigError(f"a Dask scheduler address ({address}) needs dask.distributed: "
                          "pip install distributed") from err
    try:
        return Client(address)
    except OSError as err:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {err}") from err
