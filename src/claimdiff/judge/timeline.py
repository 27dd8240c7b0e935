"""Timelines: a fact's figures in the order they were reported, and what the order says.

Death tolls rise through the day and prices are revised: 20 dead in a report of
26 Nov and 41 in one of 28 Nov are both right when written. Each article's
figure is placed on its report day (a day stated in its sentence, "by Tuesday
evening", else the publish date: timing.report_day), one point per article, in
day order; each point is read against the figure before it:

- the same value (within the judge's tolerances): "same";
- higher, on a later day: "update"; lower, on a later day: "revision" (flagged:
  tolls are rarely revised down, so an editor should look);
- different on the same day: "conflict".

A conflict whose differences are all updates is an update, not a disagreement
(reports show it apart, and ``check`` does not fail on it); one with a revision
stays a conflict, flagged; a same-day difference stays a conflict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from ..options import Options
from ..types import Article, Claim, ClaimKind, Finding, TimelinePoint, Verdict
from ..units import dimension, to_base
from . import numeric
from .timing import Stated, report_day

# The sentences timing.time_note writes.
TIME_NOTE = re.compile(r"(?:Report dates unknown: [^.]*\.|Both reported as of [^.]*\.|"
                       r"Reported \d+ days? apart \([^)]*\): [^.]*\.)")
# Kinds whose figures move over time (a date or a weekday is a fact, not a level).
TIMED_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.CASUALTY, ClaimKind.MONEY, ClaimKind.QUANTITY,
                         ClaimKind.PERCENT})


class _Same:
    """Do two figures agree, by the judge's own rules (rounding, bounds, tolerances)?"""

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, a: Claim, b: Claim) -> bool:
        if a is b:
            return True
        return numeric.agrees(a, b, numeric.figure(a, self.options), numeric.figure(b, self.options), self.options)


def _per_article(claims: Sequence[Claim], articles: Mapping[str, Article], stated: Stated
                 ) -> list[tuple[int, Claim, dt.date | None, str]]:
    """Each article's figure: the one reported latest (an article that updates itself
    ends on its newest figure), else its first. (index into claims, claim, day, how)"""
    best: dict[str, tuple[int, Claim, dt.date | None, str]] = {}
    for i, c in enumerate(claims):
        day, how = report_day(c, articles, stated)
        held = best.get(c.article)
        if held is None or (day is not None and (held[2] is None or day > held[2])):
            best[c.article] = (i, c, day, how)
    return list(best.values())


def _level(c: Claim) -> float:
    """Where the figure stands in its base unit: "865,000 euros a week" as a year's euros."""
    return float(to_base(c.level, c.unit)[0] or 0.0)


def timeline(claims: Sequence[Claim], articles: Mapping[str, Article], order: Mapping[str, int],
             stated: Stated, _same: _Same) -> tuple[TimelinePoint, ...]:
    """The points, day by day (undated ones last), or () when the figures were not
    reported on two or more days, or are not levels of one dimension ("45m euros a
    year" and "865,000 euros a week" are)."""
    if not claims or claims[0].kind not in TIMED_KINDS or len({dimension(c.unit) for c in claims}) != 1:
        return ()
    if len({c.article for c in claims}) < 2:
        return ()
    if any(c.level is None for c in claims):
        return ()
    points = _per_article(claims, articles, stated)
    if len({day for _, _, day, _ in points if day is not None}) < 2:
        return ()
    points.sort(key=lambda p: (p[2] is None, p[2] or dt.date.min, order.get(p[1].article, len(order)), p[0]))
    out: list[TimelinePoint] = []
    placed: list[tuple[Claim, dt.date]] = []
    for i, c, day, how in points:
        if day is None:
            change = "undated"
        elif not placed:
            change = "first"
        else:
            today = [x for x, d in placed if d == day]
            before = [x for x, d in placed if d < day]
            if any(not _same(c, x) for x in today):
                change = "conflict"
            elif not before or _same(c, before[-1]):
                change = "same"
            else:
                change = "update" if _level(c) > _level(before[-1]) else "revision"
        out.append(TimelinePoint(c.article, i, day, how, change))
        if day is not None:
            placed.append((c, day))
    return tuple(out)


def overall(points: Sequence[TimelinePoint], claims: Sequence[Claim], _same: _Same) -> str | None:
    """"update" when every difference is a later, higher figure; "revision" when a later
    figure is lower (and none differs on one day); else None. Undated figures that
    differ from a dated one leave the difference unexplained (None)."""
    changes = {p.change for p in points}
    if "conflict" in changes:
        return None
    dated = [claims[p.claim] for p in points if p.day is not None]
    if any(not all(_same(claims[p.claim], x) for x in dated) for p in points if p.day is None):
        return None
    if "revision" in changes:
        return "revision"
    return "update" if "update" in changes else None


def _day(d: dt.date | None) -> str:
    return f"{d:%-d %b}" if d else "undated"


def describe(points: Sequence[TimelinePoint], claims: Sequence[Claim], names: Mapping[str, str],
             change: str | None) -> str:
    """One sentence: the path of the figure, and what each step was (``change``: overall())."""
    steps = []
    for day in dict.fromkeys(p.day for p in points):
        values = ", ".join(dict.fromkeys(claims[p.claim].text for p in points if p.day == day))
        steps.append(f"{values} ({_day(day)})")
    notes = []
    for k, p in enumerate(points):
        c = claims[p.claim]
        if p.change == "conflict":  # it differs from a figure placed on its day before it
            other = next(claims[q.claim] for q in points[:k] if q.day == p.day)
            notes.append(f"{other.text} vs {c.text} both on {_day(p.day)}: conflict")
        elif p.change == "revision":
            notes.append(f"{names.get(p.article, p.article)} gives a lower figure ({c.text}) on {_day(p.day)}: "
                         "a revision down, worth checking")
    if change is None and not notes and any(p.change == "undated" for p in points):
        notes.append("the undated figures cannot be placed, so the difference may be a disagreement")
    text = "Timeline: " + " → ".join(steps)
    if not notes:
        return text + (": updated in later reports." if change == "update" else ".")
    return text + "; " + "; ".join(dict.fromkeys(notes)) + "."


def place_in_time(finding: Finding, articles: Mapping[str, Article], order: Mapping[str, int],
                  stated: Stated, names: Mapping[str, str], options: Options) -> Finding:
    """The finding with its timeline; a conflict also with what the timeline says of it
    (``change``) and the timeline's sentence in its explanation."""
    same = _Same(options)
    points = timeline(finding.claims, articles, order, stated, same)
    if not points:
        return finding
    if finding.verdict != Verdict.CONFLICT or finding.self_contradiction:
        return dataclasses.replace(finding, timeline=points)
    change = overall(points, finding.claims, same)
    told = describe(points, finding.claims, names, change)
    if change == "update":
        dated = [p for p in points if p.day is not None]
        first, last = dated[0], dated[-1]
        a, b = finding.claims[first.claim], finding.claims[last.claim]
        text = (f"The {finding.topic} rose from “{a.text}” ({names.get(a.article, a.article)}, {_day(first.day)}) "
                f"to “{b.text}” ({names.get(b.article, b.article)}, {_day(last.day)}): each later report gives "
                f"a higher figure, an update rather than a disagreement. {told}")
        return dataclasses.replace(finding, timeline=points, change=change, explanation=text)
    # the timeline says better what timing.time_note said of the two sides' days
    text, n = TIME_NOTE.subn(told, finding.explanation, count=1)
    if not n:
        text = f"{finding.explanation} {told}"
    return dataclasses.replace(finding, timeline=points, change=change, explanation=text)
