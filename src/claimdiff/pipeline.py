"""The per-article step: parse and extract. Everything after it works per story.

Stories stream through: ``extract_stream`` takes stories one at a time, answers
what it can from the cache, and gathers the rest into chunks of
``Options.batch_size`` articles, which a runner parses and extracts (in this
process, in a process pool for ``--jobs N``, or on Dask for ``--backend dask``).
A story comes out as soon as all its articles have claims, in input order. At
most a few chunks are in flight, so memory holds a bounded number of articles
and no spaCy Doc outlives its extraction, however many stories there are.

The chunks are cut the same way whatever the runner, so every article is parsed
in the same batch company by every backend and ``--jobs``; results do not depend
on either (tests/test_parallel.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .cache import ClaimCache, open_cache
from .options import Options
from .types import Article, Claim

T = TypeVar("T")


@dataclass
class _Story(Generic[T]):
    tag: T
    articles: list[Article]
    claims: dict[str, list[Claim]] = field(default_factory=dict)
    waiting: int = 0


def extract_stream(items: Iterable[tuple[T, Sequence[Article]]],
                   options: Options) -> Iterator[tuple[T, dict[str, list[Claim]]]]:
    """For each ``(tag, articles)``, in order: ``(tag, claims per article id)``."""
    from .nlp import pipeline_info
    from .parallel import open_runner

    cache: ClaimCache | None = None
    opened = False

    def claim_cache() -> ClaimCache | None:
        # Opened on the first article: when every story comes whole from the
        # story cache (api.compare), the extraction code is never hashed.
        nonlocal cache, opened
        if not opened:
            cache, opened = open_cache(options, pipeline_info()), True
        return cache

    stories: deque[_Story[T]] = deque()
    chunk: list[tuple[Article, _Story[T]]] = []
    inflight: deque[tuple[object, list[tuple[Article, _Story[T]]]]] = deque()
    try:
        with open_runner(options) as runner:

            def submit() -> None:
                nonlocal chunk
                handle = runner.submit([a for a, _ in chunk], options.disabled_extractors,
                                       options.batch_size)
                inflight.append((handle, chunk))
                chunk = []

            def collect() -> None:
                handle, entries = inflight.popleft()
                for (article, story), claims in zip(entries, runner.result(handle)):
                    story.claims[article.id] = claims
                    story.waiting -= 1
                    if cache is not None:
                        cache.put(article, claims)

            for tag, articles in items:
                story = _Story(tag, list(articles))
                for article in story.articles:
                    store = claim_cache()
                    hit = store.get(article) if store is not None else None
                    if hit is not None:
                        story.claims[article.id] = hit
                    else:
                        chunk.append((article, story))
                        story.waiting += 1
                stories.append(story)
                if len(chunk) >= options.batch_size:
                    submit()
                    while len(inflight) > runner.max_inflight:
                        collect()
                yield from _ready(stories)
            if chunk:
                submit()
            while inflight:
                collect()
                yield from _ready(stories)
            yield from _ready(stories)
    finally:
        if cache is not None:
            cache.close()  # writes the last batch of entries
            _log_cache(cache)


def _ready(stories: deque[_Story[T]]) -> Iterator[tuple[T, dict[str, list[Claim]]]]:
    while stories and stories[0].waiting == 0:
        story = stories.popleft()
        yield story.tag, {a.id: story.claims[a.id] for a in story.articles}


def _log_cache(cache: ClaimCache) -> None:
    import logging

    logging.getLogger("claimdiff").debug("cache: %d hits, %d misses", cache.hits, cache.misses)


def extract_articles(articles: Sequence[Article], options: Options) -> dict[str, list[Claim]]:
    """Claims per article id, in input order (one story's worth of extract_stream)."""
    for _, per_article in extract_stream([(None, articles)], options):
        return per_article
    return {}
