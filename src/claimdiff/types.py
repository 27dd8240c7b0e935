"""Plain data carried between pipeline stages.

Offsets are character offsets into ``Article.text`` (the cleaned text, after
boilerplate removal), half-open: ``article.text[claim.start:claim.end] == claim.text``.
Nothing here imports spaCy, so every stage and every user can build these by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any


class ClaimKind(str, Enum):
    """What a claim is about; the values are the JSON contract's ``kind``."""

    COUNT = "count"  # a number of things or people ("about 15,000 soldiers")
    CASUALTY = "casualty"  # people killed, wounded, missing ("over 600 dead")
    QUANTITY = "quantity"  # a measurement with a unit ("1 kilometre")
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"  # a point or period in time, possibly derived
    DURATION = "duration"  # a length of time ("18 months")
    TIME = "time"  # a time of day, in minutes after midnight ("2:35 p.m.", "0600 GMT")
    AGE = "age"  # a person's or thing's age in years ("a 25-year-old", "in his 50s")


NUMERIC_KINDS = frozenset(
    {ClaimKind.COUNT, ClaimKind.CASUALTY, ClaimKind.QUANTITY, ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.AGE}
)
TEMPORAL_KINDS = frozenset({ClaimKind.DATE, ClaimKind.DURATION, ClaimKind.TIME})


class Verdict(str, Enum):
    CONFLICT = "conflict"
    AGREE = "agree"
    SINGLE_SOURCE = "single_source"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def intersects(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar interval, both ends inclusive, with the granularity it was written at.

    "mid-2026" and "June 2026" are both intervals, so they compare by overlap.
    """

    start: dt.date
    end: dt.date
    granularity: str  # day, week, month, quarter, season, half, year, decade

    def iso(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def overlaps(self, other: "DateValue") -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a claim was made and how sure we are, in the spirit of presidio's
    AnalysisExplanation: the base score is kept apart from any change to it."""

    extractor: str
    rule: str
    base_score: float
    notes: tuple[str, ...] = ()

    def with_note(self, note: str) -> "Explanation":
        return Explanation(self.extractor, self.rule, self.base_score, self.notes + (note,))


@dataclass(frozen=True, slots=True)
class Claim:
    """One factual claim in one article.

    Numbers: ``value`` is the figure as written, ``low``/``high`` the interval it
    stands for (``None`` = unbounded), in ``unit``. For counts and casualties the
    unit is ``None`` and ``concept`` says what is counted. Temporal claims carry
    ``date`` (an interval) or, for durations, ``value`` + ``unit`` ("month").
    """

    kind: ClaimKind
    article: str
    start: int
    end: int
    text: str
    sentence: str = ""
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    date: DateValue | None = None
    measure: str | None = None
    concept: str | None = None
    attribution: str | None = None
    event: str | None = None
    qualifier: str | None = None  # the bound word as written: "over", "about", "up to"
    basis: str | None = None  # how a derived value was computed
    unresolved: str | None = None  # why a relative date could not be resolved
    score: float = 0.5
    explanation: Explanation | None = None
    # ISO weekday (1 = Monday) a date claim names ("on Wednesday"), kept even when the
    # date itself cannot be resolved, so two weekdays can still be compared.
    weekday: int | None = None
    # The noun an amount (money, a share) is the value of: "a net loss of €2.8bn" ->
    # "loss", "revenue rose 18%" -> "revenue"; counted things are ``concept``.
    amount_of: str | None = None
    # Whose figure it is: the organisations, people and nationalities of its clause,
    # normalised and "|"-joined ("amazon|whole foods"); see extract/holder.py.
    holder: str | None = None
    # A time of day as written, 24-hour, with its zone when one is named ("14:35",
    # "06:00 GMT"); ``value`` holds the minutes after midnight it is compared by.
    clock: str | None = None
    # The same sum in other currencies, as the text gives it in brackets ("74 billion
    # euros ($83 billion)"): (value, ISO code) each. Its story's exchange rates come
    # from these (align/rates.py).
    conversions: tuple[tuple[float, str], ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def level(self) -> float | None:
        """One number for where the figure stands, to order or chart it: the value,
        else the bound it gives ("over 600" -> 600); None for a date."""
        for x in (self.value, self.low, self.high):
            if x is not None:
                return float(x)
        return None

    def to_dict(self) -> dict[str, Any]:
        """The claim fields of the JSON contract (schema_version 1), plus extensions."""
        out: dict[str, Any] = {
            "article": self.article,
            "kind": self.kind.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "date": self.date.iso() if self.date else None,
            "measure": self.measure,
            "attribution": self.attribution,
            # extensions (schema_version 1 allows extra keys)
            "date_start": self.date.start.isoformat() if self.date else None,
            "date_end": self.date.end.isoformat() if self.date else None,
            "granularity": self.date.granularity if self.date else None,
            "concept": self.concept,
            "event": self.event,
            "qualifier": self.qualifier,
            "basis": self.basis,
            "unresolved": self.unresolved,
            "score": round(self.score, 3),
            "rule": self.explanation.rule if self.explanation else None,
            "notes": list(self.explanation.notes) if self.explanation else [],
            "weekday": self.weekday,
            "holder": self.holder,
            "amount_of": self.amount_of,
            "clock": self.clock,
            "conversions": [{"value": v, "unit": u} for v, u in self.conversions],
        }
        return out


@dataclass(frozen=True, slots=True)
class Article:
    """One article after reading and cleaning.

    ``offsets`` maps the cleaned text back to the raw file text: a tuple of
    ``(clean_start, raw_start, length)`` runs, sorted by ``clean_start``. Formats
    that point into the source file (GitHub annotations, SARIF) use it.
    """

    id: str
    path: str
    text: str
    source: str | None = None
    published: dt.date | None = None
    title: str | None = None
    raw: str = ""
    offsets: tuple[tuple[int, int, int], ...] = ()
    warnings: tuple[str, ...] = ()
    # An undated article's story is dated by its other articles (first and last publish
    # date): a date that reads the same against any day from the first to shortly after
    # the last ("Thursday's crush", "on 11 September") resolves against them
    # (extract/temporal.py); one that needs the exact day ("yesterday") does not.
    story_days: tuple[dt.date, dt.date] | None = None

    def raw_offset(self, clean_offset: int) -> int | None:
        """Offset in ``raw`` of a character of ``text``, or None where it cannot be mapped."""
        for clean_start, raw_start, length in self.offsets:
            if clean_start <= clean_offset < clean_start + length or (
                length and clean_offset == clean_start + length
            ):
                return raw_start + (clean_offset - clean_start)
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
        }


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One source's figure of a fact, placed in time (judge/timeline.py)."""

    article: str
    claim: int  # index into Finding.claims
    day: dt.date | None  # the day it was reported: stated in its sentence, else the publish date
    how: str  # "stated", "published" or "" (unknown)
    # against the figures reported before it: "first", "same", "update" (higher, reported
    # later), "revision" (lower, reported later), "conflict" (differs on the same day),
    # "undated" (no day known: not placed)
    change: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "claim": self.claim, "day": self.day.isoformat() if self.day else None,
                "how": self.how or None, "change": self.change}


@dataclass(frozen=True, slots=True)
class Support:
    """The sources behind one value of a finding: the articles that give it and the
    independent origins among them (judge/origins.py)."""

    value: str  # as the first article writes it
    articles: tuple[str, ...]
    origins: tuple[str, ...]  # one name each ("AP", "the defence ministry", an outlet)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "articles": list(self.articles), "outlets": len(self.articles),
                "origins": list(self.origins)}


@dataclass(frozen=True, slots=True)
class Origin:
    """Articles of a story that are one source: copies of one wire story, or
    articles crediting one agency (judge/origins.py). ``how``: "copy" (near-identical
    text), "credit" (the same agency credited), or "own" (an article on its own)."""

    name: str
    articles: tuple[str, ...]
    how: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "articles": list(self.articles), "how": self.how}


@dataclass(frozen=True, slots=True)
class Finding:
    """A group of claims about one thing, with the verdict on it."""

    id: str  # stable, derived from content
    topic: str
    verdict: Verdict
    code: str  # e.g. CS02
    name: str  # e.g. casualty.scope
    explanation: str
    confidence: float
    claims: tuple[Claim, ...]
    self_contradiction: bool = False
    # A conflict judge is not sure of (two figures not surely about one fact):
    # reports show it apart; JSON keeps the verdict and says so.
    possible: bool = False
    # Days between the reports of a conflict's two sides (stated or publish dates), if known.
    days_apart: int | None = None
    # The figures in the order they were reported, one per article (numeric findings
    # whose articles report on two or more days); see TimelinePoint.
    timeline: tuple[TimelinePoint, ...] = ()
    # What the timeline says of a conflict: "update" (every difference is a higher figure
    # in a later report), "revision" (a later report gives a lower figure), or None.
    change: str | None = None
    # Each value, with its articles and the independent origins behind them.
    support: tuple[Support, ...] = ()
    # A conflict whose two sides are copies of one origin (an edit or an update of one
    # wire story), not two sources disagreeing.
    copy_difference: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "topic": self.topic,
            "verdict": self.verdict.value,
            "explanation": self.explanation,
            "code": self.code,
            "name": self.name,
            "confidence": round(self.confidence, 3),
            "self_contradiction": self.self_contradiction,
            "possible": self.possible,
            "days_apart": self.days_apart,
            "change": self.change,
            "copy_difference": self.copy_difference,
            "timeline": [p.to_dict() for p in self.timeline],
            "support": [s.to_dict() for s in self.support],
            "claims": [c.to_dict() for c in self.claims],
        }


@dataclass(frozen=True, slots=True)
class Story:
    """Articles compared with one another (a folder, or the named files)."""

    name: str
    articles: tuple[Article, ...]
    findings: tuple[Finding, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    origins: tuple[Origin, ...] = ()  # every article in exactly one


@lru_cache(maxsize=65536)
def figure_at(sentence: str, text: str) -> int:
    """Where a claim's text stands in its sentence, -1 if it does not: the first
    occurrence that is not part of a longer number or word ("7 percent" in "Supervalu
    fell 17 percent while Costco fell 7 percent" is the second), else the first."""
    first = at = sentence.find(text)
    if at < 0 or not text:
        return at
    word_start, word_end = text[0].isalnum(), text[-1].isalnum()
    while at >= 0:
        before = sentence[at - 1] if at > 0 else " "
        after = sentence[at + len(text)] if at + len(text) < len(sentence) else " "
        if not (word_start and (before.isalnum() or (before in ".," and at > 1 and sentence[at - 2].isdigit()))) \
                and not (word_end and after.isalnum()):
            return at
        at = sentence.find(text, at + 1)
    return first


def around_figure(sentence: str, text: str, before: int, after: int) -> tuple[str, str] | None:
    """The ``before`` characters before the claim's text in its sentence and the
    ``after`` characters after it (figure_at), or None if the text is not there."""
    at = figure_at(sentence, text)
    if at < 0:
        return None
    end = at + len(text)
    return sentence[max(0, at - before):at], sentence[end:end + after]
