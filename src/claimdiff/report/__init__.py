"""The result object every format renders from, and the format table.

Formatters compute nothing: verdicts, ids and exit codes are decided upstream.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from ..types import Article, Finding, Story, Verdict

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Report:
    tool: dict[str, Any]
    stories: tuple[Story, ...]
    warnings: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def articles(self) -> list[Article]:
        return [a for s in self.stories for a in s.articles]

    @property
    def findings(self) -> list[Finding]:
        return [f for s in self.stories for f in s.findings]

    def summary(self) -> dict[str, int]:
        counts = {v.value: 0 for v in Verdict}
        for f in self.findings:
            counts[f.verdict.value] += 1
        return counts

    def to_records(self) -> dict[str, Any]:
        """Builtins in the JSON contract's shape (schema_version 1), sorted and stable."""
        return {key: list(value) if isinstance(value, Iterator) else value
                for key, value in self.record_items()}

    def record_items(self) -> Iterator[tuple[str, Any]]:
        """to_records() one key at a time, its long lists as iterators, so a writer
        can stream 10,000 articles' findings without holding them all as dicts."""
        yield "schema_version", self.schema_version
        yield "tool", self.tool
        yield "articles", (r for s in self.stories for r in article_records(s))
        yield "findings", (r for s in self.stories for r in finding_records(s))
        yield "summary", self.summary()
        yield "stories", (story_record(s) for s in self.stories)
        yield "warnings", list(self.warnings)


def article_records(story: Story) -> list[dict[str, Any]]:
    """A story's articles as the contract's article records, each with its origin's name."""
    origin_of = {a: o.name for o in story.origins for a in o.articles}
    records = []
    for a in story.articles:
        record = a.to_dict()
        record["origin"] = origin_of.get(a.id)
        records.append(record)
    return records


def finding_records(story: Story) -> list[dict[str, Any]]:
    """A story's findings as the contract's finding records."""
    records = []
    for f in story.findings:
        record = f.to_dict()
        record["story"] = story.name
        records.append(record)
    return records


def story_record(story: Story) -> dict[str, Any]:
    return {"name": story.name, "articles": [a.id for a in story.articles], "summary": _story_summary(story),
            "origins": [o.to_dict() for o in story.origins]}


def _story_summary(story: Story) -> dict[str, int]:
    counts = {v.value: 0 for v in Verdict}
    for f in story.findings:
        counts[f.verdict.value] += 1
    return counts


# format name -> module in this package; each module exports render(report, **options) -> str.
# Imported on use, so asking for JSON never imports rich (only text.py does).
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_",
    "markdown": "markdown",
    "html": "html",
    "github": "github",
    "sarif": "sarif",
}
FORMAT_NAMES = tuple(FORMATS)


def formatter(fmt: str) -> Callable[..., str]:
    """The render function of a format; ValueError for an unknown name."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return import_module(f".{FORMATS[fmt]}", __name__).render


def render(report: Report, fmt: str, **options: Any) -> str:
    """Render ``report`` in format ``fmt``. Options a format does not use are ignored."""
    return formatter(fmt)(report, **options)
