"""The library API the CLI is a thin layer over.

    claims = extract_claims(text, published=datetime.date(2025, 5, 1))
    report = compare(["data/articles/"])      # -> claimdiff.report.Report
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import InputError
from .options import Options
from .report import Report
from .types import Article, Claim, Story

if TYPE_CHECKING:
    from .corpus import StorySource
    from .story_cache import StoryCache

log = logging.getLogger("claimdiff")

ProgressHook = Callable[[int, int], None]  # (articles done, articles total)


def extract_claims(text: str, published: dt.date | None = None) -> list[Claim]:
    """Claims in one text, offsets into ``text``. ``published`` resolves relative dates."""
    from .extract import extract_doc
    from .nlp import load_pipeline

    article = Article(id="text", path="<text>", text=text, raw=text, published=published,
                      offsets=((0, 0, len(text)),))
    return extract_doc(load_pipeline()(text), article)


def _with_assumed_date(articles: list[Article], options: Options) -> list[Article]:
    """``--assume-date`` dates the undated articles; without it, an undated article learns
    its story's first and last publish dates (Article.story_days)."""
    if options.assume_date is not None:
        return [
            a if a.published is not None else dataclasses.replace(a, published=options.assume_date)
            for a in articles
        ]
    days = sorted(a.published for a in articles if a.published is not None)
    if not days or len(days) == len(articles):
        return articles
    return [a if a.published is not None else dataclasses.replace(a, story_days=(days[0], days[-1]))
            for a in articles]


def compare_story(name: str, articles: list[Article], options: Options,
                  warnings: Sequence[str] = ()) -> Story:
    """Extract, align and judge one story's articles."""
    from .pipeline import extract_articles

    articles = _with_assumed_date(articles, options)
    return _judge_story(name, articles, extract_articles(articles, options), options, warnings)


def _judge_story(name: str, articles: list[Article], per_article: dict[str, list[Claim]],
                 options: Options, warnings: Sequence[str]) -> Story:
    """Align and judge one story whose claims are extracted (gathered per story)."""
    from .align import align
    from .judge import judge
    from .align.rates import as_written, in_story_currency, story_rates
    from .judge.conversions import check as check_conversions
    from .judge.origins import find_origins

    claims = [
        c
        for a in articles
        for c in per_article[a.id]
        if c.measure not in options.ignored_measures
    ]
    origins = find_origins(articles)
    # sums in another currency meet the story's main one at the rate the story gives,
    # else at the ECB's rate of the story's first day
    days = [a.published for a in articles if a.published is not None]
    day = min(days) if days else None
    rates = story_rates(claims, day)
    views = [in_story_currency(c, rates) for c in claims]
    written = {id(v): c for v, c in zip(views, claims) if v is not c}
    findings = check_conversions(judge(align(views), articles, options, origins), rates, day, articles)
    if written:
        findings = [as_written(f, written, rates) for f in findings]
    return Story(name=name, articles=tuple(articles), findings=tuple(findings),
                 claims=tuple(claims), warnings=tuple(warnings), origins=origins)


def tool_info() -> dict:
    from .nlp import pipeline_info

    return {"name": "claimdiff", "version": __version__, "pipeline": pipeline_info()}


def compare(paths: Sequence[str | Path], options: Options | None = None,
            progress: ProgressHook | None = None) -> Report:
    """Compare the articles under ``paths``: a folder (one story), a folder of
    story folders (each compared on its own), or named files (one story).

    Raises InputError when nothing can be compared (missing path, no readable
    article, a single article only). ``progress(done, total)`` is called with
    article files done after each story (the CLI draws a bar from it).

    A story whose files, options and code are unchanged since it was last
    compared comes from the story cache (claimdiff.story_cache) without being
    read, parsed, aligned or judged; the rest go through the pipeline, whose
    article cache still spares the parse of each unchanged article.
    """
    stream = compare_stories(paths, options, progress)
    stories = tuple(stream)
    return Report(tool=stream.tool, stories=stories, warnings=tuple(stream.warnings))


@dataclasses.dataclass
class StoryStream:
    """compare() one story at a time, for corpora whose report would not fit in
    memory: iterate it for the stories in input order; ``warnings`` is complete
    once the iteration ends. Iterating raises InputError at the end when no story
    could be compared."""

    tool: dict
    stories: Iterator[Story]
    warnings: list[str]

    def __iter__(self) -> Iterator[Story]:
        return self.stories


def compare_stories(paths: Sequence[str | Path], options: Options | None = None,
                    progress: ProgressHook | None = None) -> StoryStream:
    """compare() as a stream of stories (see StoryStream). Paths are checked now."""
    from .corpus import discover

    options = options or Options()
    sources = discover([Path(p) for p in paths], options.exclude)
    warnings: list[str] = []
    return StoryStream(tool_info(), _stories(sources, options, progress, warnings), warnings)


def _stories(sources: list[StorySource], options: Options, progress: ProgressHook | None,
             warnings: list[str]) -> Iterator[Story]:
    from .corpus import load_story
    from .pipeline import extract_stream

    story_cache = _open_story_cache(options)
    compared = 0
    singles: list[str] = []
    oversized: list[str] = []
    total, done = sum(len(s.files) for s in sources), 0
    if progress is not None:
        progress(0, total)  # so a bar can show before the first (possibly long) story ends

    def oversize(source: StorySource, n: int) -> None:
        oversized.append(
            f"story {source.name} has {n} articles, more than max_story_articles="
            f"{options.max_story_articles}: put each story in its own subfolder"
        )

    def readable() -> Iterator[tuple[_Pending, list[Article]]]:
        # Stories are read lazily: extract_stream pulls the next one only when it
        # has room, so a folder of many stories is never all in memory as Docs.
        # A cached story goes through it too, with nothing to extract, so that
        # stories still come out in input order.
        for source in sources:
            key = story_cache.key(source) if story_cache is not None else None
            hit = story_cache.get(key, source) if key is not None else None
            if hit is not None:
                warnings.extend(hit.warnings)
                # Only compared stories are stored, so a hit has two or more
                # readable articles; the limit may have been lowered since.
                if len(hit.articles) > options.max_story_articles:
                    oversize(source, len(hit.articles))
                    continue
                yield _Pending(source, key, hit), []
                continue
            articles, story_warnings = load_story(source, options)
            warnings.extend(story_warnings)
            if len(articles) < 2:
                singles.append(f"{source.name} ({len(articles)} readable article{'s' if len(articles) != 1 else ''})")
                continue
            if len(articles) > options.max_story_articles:
                oversize(source, len(articles))
                continue
            dated = _with_assumed_date(list(articles), options)
            yield _Pending(source, key, None, dated, story_warnings), dated

    try:
        for pending, per_article in extract_stream(readable(), options):
            story = pending.hit
            if story is None:
                story = _judge_story(pending.source.name, pending.articles, per_article, options,
                                     pending.warnings)
                if story_cache is not None and pending.key is not None:
                    story_cache.put(pending.key, story, pending.source)
            compared += 1
            done += len(pending.source.files)
            if progress is not None:
                progress(done, total)
            yield story
    finally:
        if story_cache is not None:
            story_cache.close()  # writes the last batch of entries
            log.debug("story cache: %d hits, %d misses", story_cache.hits, story_cache.misses)
    if not compared:
        if oversized:
            raise InputError(oversized[0])
        detail = "; ".join(singles) if singles else "no stories found"
        raise InputError(f"need at least two readable articles to compare: {detail}" + _listed(warnings))
    warnings.extend(f"skipped {o}" for o in oversized)
    for s in singles:
        warnings.append(f"skipped story {s}: nothing to compare it with")


# At most this many of the run's warnings follow a refusal; the rest are counted.
REFUSAL_WARNINGS = 20


def _listed(warnings: list[str]) -> str:
    """The warnings (which files were skipped and why), one indented line each."""
    shown = list(dict.fromkeys(warnings))
    more = len(shown) - REFUSAL_WARNINGS
    lines = [f"\n  {w}" for w in shown[:REFUSAL_WARNINGS]]
    if more > 0:
        lines.append(f"\n  ... and {more} more")
    return "".join(lines)


@dataclasses.dataclass(frozen=True, slots=True)
class _Pending:
    """A story on its way through extract_stream: a cache hit, or articles to compare."""

    source: StorySource
    key: str | None  # story cache key; None when not cached
    hit: Story | None
    articles: list[Article] = dataclasses.field(default_factory=list)
    warnings: Sequence[str] = ()


def _open_story_cache(options: Options) -> StoryCache | None:
    if not options.use_cache:
        return None
    from .nlp import pipeline_info
    from .story_cache import open_story_cache

    return open_story_cache(options, pipeline_info())
