"""Judge two dates of the same event.

Dates are calendar intervals (``DateValue``), compared by overlap. A bounding
preposition opens one end ("by mid-2026" = on or before 31 Aug 2026; "since
2019" = from 2019). A date derived from a duration ("18 months" after a
ground-breaking) that misses a stated date is DU01, with the arithmetic from
``Claim.basis``. Weekdays are compared even when a side cannot be resolved to a
calendar date (an article without a publish date): "Thursday" vs "Wednesday"
for the same event is a conflict whatever the week.
"""

from __future__ import annotations

import datetime as dt

from ..types import Article, Claim, DateValue, Verdict
from .outcome import Outcome
from .text import WEEKDAYS, quoted

UPPER = frozenset({"by", "before", "until", "till", "no later than", "through"})
LOWER = frozenset({"since", "after", "from", "no earlier than"})


def period(d: DateValue) -> str:
    """"30 Apr 2025", "Oct 2026", "2026", "May–Aug 2026"."""
    s, e = d.start, d.end
    if e == dt.date.max:
        return f"from {s:%-d %b %Y}"
    if s == e:
        return f"{s:%-d %b %Y}"
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        return f"{s.year}" if s.year == e.year else f"{s.year}–{e.year}"
    if s.day == 1 and (e + dt.timedelta(days=1)).day == 1:
        if (s.year, s.month) == (e.year, e.month):
            return f"{s:%b %Y}"
        if s.year == e.year:
            return f"{s:%b}–{e:%b %Y}"
        return f"{s:%b %Y}–{e:%b %Y}"
    return f"{s:%-d %b %Y}–{e:%-d %b %Y}"


def bounds(c: Claim) -> tuple[dt.date, dt.date] | None:
    """The interval the claim allows, with a bounding preposition opening one end."""
    if c.date is None:
        return None
    lo, hi = c.date.start, c.date.end
    q = (c.qualifier or "").lower()
    if q in UPPER:
        lo = dt.date.min
        if q == "before":
            hi = c.date.start - dt.timedelta(days=1)
    elif q in LOWER:
        hi = dt.date.max
        if q == "after":
            lo = c.date.end + dt.timedelta(days=1)
    return lo, hi


def weekday(c: Claim) -> int | None:
    if c.weekday:
        return c.weekday
    if c.date is not None and c.date.granularity == "day" and c.date.start == c.date.end:
        return c.date.start.isoweekday()
    return None


def _is_day(c: Claim) -> bool:
    return c.date is not None and c.date.start == c.date.end


def _weekday_text(c: Claim, articles: dict[str, Article]) -> str:
    """"Thursday (1 May 2025, the nearest Thursday on or before its publish date)"."""
    wd = weekday(c)
    name = WEEKDAYS[wd - 1] if wd else quoted(c)
    written = any(ch.isdigit() for ch in c.text)
    if written and c.date is not None:
        return f"{quoted(c)} (a {WEEKDAYS[c.date.start.isoweekday() - 1]})"
    if c.date is not None:
        article = articles.get(c.article)
        note = next((n for n in (c.explanation.notes if c.explanation else ()) if n.startswith("weekday read as")), "")
        if "after" in note:
            how = f"the nearest {name} after its publish date"
        elif article is not None and article.published is not None and c.date.start > article.published:
            how = f"the {name} after its publish date"
        else:
            how = f"the nearest {name} on or before its publish date"
        return f"{name} ({c.date.start:%-d %b %Y}, {how})"
    reason = f"; {c.unresolved}" if c.unresolved else ""
    return f"{name} (no calendar date{reason})"


def _shown(c: Claim) -> str:
    if c.basis:
        return f"{c.basis} ({quoted(c)})"
    if c.date is None:
        return quoted(c)
    p = period(c.date)
    q = (c.qualifier or "").lower()
    if p.lower() in c.text.lower() or c.text.strip().lower().endswith(p.lower()):
        return quoted(c)
    lead = f"{q} " if q and not c.text.lower().startswith(q) else ""
    return f"{lead}{quoted(c)} ({p})"


def compare(a: Claim, b: Claim, names: dict[str, str], topic: str,
            articles: dict[str, Article]) -> Outcome | None:
    """The verdict on two dates of one event, or None when they cannot be compared."""
    na, nb = names[a.article], names[b.article]
    wa, wb = weekday(a), weekday(b)
    if (wa or wb) and (a.date is None or b.date is None or (_is_day(a) and _is_day(b))):
        if not (wa and wb):
            return None
        if wa != wb or (_is_day(a) and _is_day(b) and a.date != b.date):
            unresolved = a.date is None or b.date is None
            return Outcome(Verdict.CONFLICT, "DT01",
                           f"{na} and {nb} disagree on the day of the {topic}: {na} says "
                           f"{_weekday_text(a, articles)}, {nb} says {_weekday_text(b, articles)}.",
                           0.8 if unresolved else 0.9)
        code = "AG06" if (a.date is None or b.date is None) else "AG01"
        return Outcome(Verdict.AGREE, code, f"{na} and {nb} agree on the day of the {topic}: "
                       f"{_weekday_text(a, articles)} and {_weekday_text(b, articles)}.", 0.85)
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return None
    derived = bool(a.basis or b.basis)
    if ba[0] <= bb[1] and bb[0] <= ba[1]:
        if a.date == b.date and ba == (a.date.start, a.date.end) and bb == (b.date.start, b.date.end):
            code = "AG01"
        elif ba[0] == dt.date.min or bb[0] == dt.date.min or ba[1] == dt.date.max or bb[1] == dt.date.max:
            code = "AG03"
        else:
            code = "AG05"
        return Outcome(Verdict.AGREE, code, f"{na} and {nb} agree on the {topic}: {na}: {_shown(a)}; "
                       f"{nb}: {_shown(b)}.", 0.8 if derived else 0.9)
    first, second = (ba, bb) if ba[1] < bb[0] else (bb, ba)
    months = max(1, round((second[0] - first[1]).days / 30.44))
    apart = f"{months} month{'s' if months != 1 else ''}" if months < 24 else f"{round(months / 12)} years"
    why = ("the date derived from the duration falls outside the stated date" if derived
           else "the periods do not overlap")
    # The gap is measured between the nearest ends of the two periods, so say "at
    # least": "mid-2026" ends in August, a month before an October estimate begins.
    return Outcome(Verdict.CONFLICT, "DU01" if derived else ("DT01" if _is_day(a) and _is_day(b) else "DT02"),
                   f"{na} and {nb} disagree on the {topic}: {na}: {_shown(a)}; {nb}: {_shown(b)} — "
                   f"{why}, at least {apart} apart.", 0.8 if derived else 0.9)
