"""Run options: built by the CLI or by config loading, passed down explicitly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Options:
    assume_date: dt.date | None = None  # publish date for articles that have none
    jobs: int = 1  # parallel parsing processes
    backend: str = "local"  # "local" or "dask"
    use_cache: bool = True
    cache_dir: str | None = None  # default: the user's cache directory
    batch_size: int = 32
    ignored_measures: frozenset[str] = field(default_factory=frozenset)
    disabled_extractors: frozenset[str] = field(default_factory=frozenset)
    # Relative tolerance for "equal after rounding" (units converted first).
    rel_tolerance: float = 0.05
    # Tolerance either side of an approximate figure ("about 60").
    approx_tolerance: float = 0.10
    progress: bool = False
    # Dask scheduler address for --backend dask (else $CLAIMDIFF_DASK_SCHEDULER, else local).
    dask_address: str | None = None
    # A story is a handful of articles; align compares claims pairwise within a
    # story, so a folder of thousands of articles is almost surely many stories
    # put in one folder. Larger stories are skipped with a warning.
    max_story_articles: int = 300
    # Globs of files and folders discovery leaves out (corpus/discover.py): a bare
    # pattern matches a name anywhere, one with a / the path (relative ones to the
    # working directory).
    exclude: tuple[str, ...] = ()
