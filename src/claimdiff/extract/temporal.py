"""Temporal claims: dates and durations, resolved against the publish date.

Pipeline per article: ``time_detect`` finds spans (spaCy DATE/TIME entities plus
patterns), each span is read either as a duration (``time_durations``) or a date
(``time_dates``: weekday rule, fuzzy hand rules, dateparser), ``time_events``
says what happened then, and ``time_derived`` turns "take 18 months to
complete" into a completion date from the start event's date.

Relative dates resolve against ``article.published`` only, never today: without
it they stay unresolved (``Claim.unresolved`` says why). Years inside dates are
never counts; the numeric extractor skips DATE entities.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..types import Article, Claim, ClaimKind, DateValue, Explanation
from .base import MAX_SCORE, sentence_of
from .clock import clock_spans
from .time_dates import NO_BASE, resolve, resolve_in_story, weekday_in
from .time_derived import derive_completions
from .time_detect import candidates
from .time_durations import parse_duration
from .time_events import event_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Base score per reading: how often that rule is right on our eval set, rounded down.
SCORES = {
    "dateparser": 0.85, "numeric": 0.85, "weekday": 0.8, "part-of-period": 0.75, "period-edge": 0.7, "quarter": 0.8,
    "half": 0.8, "season": 0.7, "decade": 0.8, "so-far": 0.65, "relative": 0.5, "duration": 0.85,
}
# A duration's measure names the span of time, not the event at its end, so that
# "18 months" (time to completion) never groups with a completion date.
DURATION_MEASURES = {"completion": "time to completion", "start": "time to start"}
_DURATION_SHAPE = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"[a-z]+teen|[a-z]+ty)[\s-]+(?:[a-z]+\s+)?(?:minutes?|hours?|days?|weeks?|months?|"
                             r"years?|decades?)\b", re.I)
_LATER = re.compile(r"\s+(?:later|earlier|afterwards|on)$", re.I)
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SPORT_PERIOD = re.compile(r"\b(?:quarter|half)\b", re.I)
# Words that only a game report uses ("points", "led" and "minutes" are common in
# business copy too, so they are not here).
_SPORT = re.compile(r"\b(?:scor(?:e|ed|es|ing)|goals?|touchdowns?|game|match|innings|whistle|kick-?off|halftime|"
                    r"half-time|buzzer|tip-off|quarterback)\b", re.I)


class TemporalExtractor:
    """Extractor for DATE and DURATION claims (``name`` "temporal")."""

    name = "temporal"
    kinds = frozenset({ClaimKind.DATE, ClaimKind.DURATION})

    def __init__(self, derive: bool = True, min_score: float = 0.0) -> None:
        self.derive = derive  # add derived completion dates ("18 months to complete")
        self.min_score = min_score

    def extract(self, doc: "Doc", article: Article) -> list[Claim]:
        claims: list[Claim] = []
        clocks = clock_spans(doc, article.text)
        for start, end, source in candidates(doc, article.text):
            if any(a <= start and end <= b or (a < end and start < b and article.text[start:end].isdigit())
                   for a, b in clocks):
                continue  # "1930" of "1930 GMT" is a time of day (extract/clock.py), not a year
            if source == "anaphoric":
                claim = self._anaphoric(doc, article, start, end, claims)
            else:
                claim = self._claim(doc, article, start, end, source)
            if claim is not None and claim.score >= self.min_score:
                claims.append(claim)
        if self.derive:
            claims += derive_completions(doc, article, claims)
        return claims

    def _anaphoric(self, doc: "Doc", article: Article, start: int, end: int, before: list[Claim]) -> Claim | None:
        """"the day before", "the following day": a day back or on from the last single day
        the text named before it; no claim when it named none (nothing to count from)."""
        ref = next((c for c in reversed(before) if c.kind is ClaimKind.DATE and c.date is not None
                    and c.date.granularity == "day" and c.date.start == c.date.end and c.end <= start), None)
        if ref is None:
            return None
        text = article.text[start:end]
        step = -1 if re.search(r"before|previous", text, re.I) else 1
        s0, s1 = sentence_of(doc, start, end)
        span = doc.char_span(start, end, alignment_mode="expand")
        event = event_of(span) if span is not None and len(span) else None
        base = SCORES["relative"]
        day = ref.date.start + dt.timedelta(days=step)
        note = f"'{text}' → {day:%-d %b %Y}: a day {'before' if step < 0 else 'after'} '{ref.text}'"
        return Claim(
            kind=ClaimKind.DATE, article=article.id, start=start, end=end, text=text,
            sentence=article.text[s0:s1], date=DateValue(day, day, "day"),
            measure=event.measure if event else None, event=event.text if event else None,
            score=base, weekday=day.isoweekday(),
            explanation=Explanation(self.name, "date/anaphoric", base, (note,)),
        )

    def _claim(self, doc: "Doc", article: Article, start: int, end: int, source: str) -> Claim | None:
        text = article.text[start:end]
        later = _LATER.search(text)
        if later and parse_duration(text[:later.start()]):
            # "two days later": an offset from another event, read as the duration it states
            end = start + later.start()
            text = article.text[start:end]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        s0, s1 = sentence_of(doc, start, end)
        sentence = article.text[s0:s1]
        event = event_of(span)
        after = article.text[end:end + 12]
        duration = parse_duration(text)
        # "N years after X" / "N days later" measure time between two events, not from the
        # publish date, so they stay durations; only "ago" and "from now" count from it.
        if duration is not None and not re.match(r"\s*(?:ago|from now|hence)\b", after, re.I):
            shown = (f"{duration.value:g}" if duration.value is not None
                     else f"{_fmt(duration.low)} to {_fmt(duration.high)}")
            notes = [f"'{text}' -> {shown} {duration.unit}"
                     + (f" ({duration.qualifier}: [{_fmt(duration.low)}, {_fmt(duration.high)}])"
                        if duration.qualifier else "")]
            return Claim(
                kind=ClaimKind.DURATION, article=article.id, start=start, end=end, text=text, sentence=sentence,
                value=duration.value, low=duration.low, high=duration.high, unit=duration.unit,
                measure=DURATION_MEASURES.get(event.measure or "", event.measure), event=event.text,
                qualifier=duration.qualifier,
                score=SCORES["duration"],
                explanation=Explanation(self.name, f"duration/{source}", SCORES["duration"], tuple(notes)),
            )
        if _SPORT_PERIOD.search(text) and _SPORT.search(sentence):
            return None  # "the third quarter" of a game, not of the year
        if _DURATION_SHAPE.search(text) and not re.match(r"\s*(?:ago|from now|hence)\b", after, re.I) \
                and not text.lower().endswith("ago"):
            return None  # a duration we cannot read: never let dateparser turn it into "N months ago"
        expr = text
        if re.match(r"\s*ago\b", after, re.I) and not text.lower().endswith("ago"):
            expr = text + " ago"
        res = resolve(expr, article.published, event.prefer)
        if res.unresolved == NO_BASE and article.story_days is not None:
            res = resolve_in_story(expr, article.story_days, event.prefer)
        if res.date is None and res.unresolved != NO_BASE:
            year = _YEAR_IN.search(text)
            if year and (year.start(), year.end()) != (0, len(text)):
                # "the 2023 season", "the 2021 election": the year is the date
                return self._claim(doc, article, start + year.start(), start + year.end(), source)
            return None  # nothing we can read: not a claim
        base = SCORES.get(res.rule, 0.6)
        notes = list(res.notes)
        if res.unresolved:
            notes.append(f"unresolved: {res.unresolved}")
        if event.text:
            notes.append(f"event: {event.text}" + (f" (class {event.measure})" if event.measure else ""))
        score = base if res.date is not None else 0.5
        return Claim(
            kind=ClaimKind.DATE, article=article.id, start=start, end=end, text=text, sentence=sentence,
            date=res.date, measure=event.measure, event=event.text, qualifier=event.qualifier,
            unresolved=res.unresolved, score=min(MAX_SCORE, score), weekday=res.weekday or weekday_in(text),
            explanation=Explanation(self.name, f"date/{res.rule}", base, tuple(notes)),
        )


def _fmt(x: float | None) -> str:
    return "open" if x is None else f"{x:g}"
