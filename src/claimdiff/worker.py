"""What a parsing process runs: one chunk of articles, parsed and extracted.

Kept apart from ``pipeline`` (which cuts the chunks and gathers the results) and
``parallel`` / ``backends.dask`` (which decide where a chunk runs), so the
pieces depend one way: pipeline -> parallel -> backends -> worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from .types import Article, Claim


def extract_chunk(articles: Sequence[Article], disabled: frozenset[str],
                  batch_size: int) -> list[list[Claim]]:
    """Parse and extract one chunk; the claims of each article, in order.

    A plain module-level function of picklable arguments, so process pools and
    Dask workers can run it; each worker process loads the pipeline once
    (claimdiff.nlp.load_pipeline is cached per process).
    """
    from .extract import default_registry, extract_doc
    from .nlp import parse

    registry = default_registry(disabled)
    out: list[list[Claim]] = []
    # Each Doc is dropped as soon as its claims are out.
    for article, doc in zip(articles, parse((a.text for a in articles), batch_size=batch_size)):
        out.append(extract_doc(doc, article, registry))
    return out


def warm_worker() -> None:
    """Process-pool initializer: load the pipeline before the first chunk arrives."""
    from .nlp import load_pipeline, tune_collector

    tune_collector()
    load_pipeline()


def spawn_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing

    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=warm_worker)
