"""Resolve one date expression to an interval, against the publish date.

Order: a bare weekday (our own rule, see below), the fuzzy rules of
``time_fuzzy`` (what dateparser cannot read), then dateparser, with the
language fixed to English and the publish date as its relative base. The
point dateparser returns is widened to the period it reports (day, week,
month, year), so "June 2024" is all of June.

Without a publish date only expressions that name their year resolve; the
rest stay unresolved with a reason, never resolved against today.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..types import DateValue
from .time_fast import fast_point, no_such_day, no_year
from .time_fuzzy import _MONTH_RE, NeedsBase, parse_fuzzy

NO_BASE = "no publish date; use --assume-date"
_MONTH_NAME = re.compile(rf"\b{_MONTH_RE}(?!\w)", re.I)
_ANY_YEAR = re.compile(r"\b\d{3,}\b|'\d\d\b")  # "May 1, 1552" names its year too
WEEKDAYS = {name.lower(): i + 1 for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7})
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)
_BARE_WEEKDAY = re.compile(r"^(?:(?P<mod>last|this|next|this past|this coming|early|late)\s+)?"
                           r"(?P<day>[a-z]+)\.?(?:\s+(?P<part>morning|afternoon|evening|night))?$", re.I)
_WEEKEND = re.compile(r"^(?:(?P<mod>this|next|last|the|this past|this coming)\s+)?weekend$", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d0s|\b\d0s\b")
_RELATIVE = re.compile(r"\b(?:ago|last|next|this|later|earlier|yesterday|today|tomorrow|tonight|previous|"
                       r"following|coming|past)\b", re.I)


@dataclass(frozen=True, slots=True)
class Resolution:
    date: DateValue | None
    rule: str
    notes: tuple[str, ...] = ()
    unresolved: str | None = None
    weekday: int | None = None


def weekday_in(text: str) -> int | None:
    """ISO weekday (1 = Monday) named in ``text``, if any."""
    m = _WEEKDAY_RE.search(text)
    return WEEKDAYS[m.group(1).lower()] if m else None


def _weekday(day: int, mod: str, base: dt.date, forward: bool) -> tuple[DateValue, str]:
    """News convention: a bare weekday is the nearest such day on or before the
    publish date ("said on Wednesday"), or on or after it when the sentence
    speaks of the future ("will vote on Friday"). last/next move a week."""
    back = (base.isoweekday() - day) % 7
    ahead = (day - base.isoweekday()) % 7
    if mod == "last" or mod == "this past":
        offset = -(back or 7)
        how = "the last such day before the publish date"
    elif mod in ("next", "this coming"):
        offset = ahead or 7
        how = "the next such day after the publish date"
    elif forward:
        offset = ahead
        how = "the nearest such day on or after the publish date (future tense)"
    else:
        offset = -back
        how = "the nearest such day on or before the publish date (news convention)"
    d = base + dt.timedelta(days=offset)
    return DateValue(d, d, "day"), f"weekday read as {how}: {d:%a %d %b %Y}"


def _weekend(mod: str, base: dt.date, forward: bool) -> tuple[DateValue, str]:
    """Saturday and Sunday of the publish week ("this weekend"), the next or the
    previous one; a bare "the weekend" follows the tense like a weekday."""
    saturday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=5)
    if mod in ("next", "this coming") or (mod == "the" and forward and base > saturday + dt.timedelta(days=1)):
        saturday += dt.timedelta(weeks=1)
    elif mod in ("last", "this past") or (mod == "the" and not forward and base < saturday):
        saturday -= dt.timedelta(weeks=1)
    value = DateValue(saturday, saturday + dt.timedelta(days=1), "day")
    return value, f"weekend read as Sat-Sun {saturday:%d %b %Y} (hand rule 'weekend', from the publish date)"


@lru_cache(maxsize=16)
def _parser(base: dt.date | None, prefer: str):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    # Never today: without a publish date only expressions naming their year reach
    # dateparser, and a fixed base keeps whatever it fills in deterministic.
    anchor = base or dt.date(2000, 1, 1)
    settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _dateparsed(t: str, base: dt.date | None, prefer: str) -> tuple[dt.date, str, str | None] | None:
    """dateparser's (point, period for widening, period as reported), memoised:
    the same expression recurs across articles with the same publish date, and
    the parser is deterministic given its fixed base."""
    data = _parser(base, prefer).get_date_data(t)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day", data.period


def _widen(point: dt.date, period: str) -> DateValue:
    if period == "year":
        return DateValue(dt.date(point.year, 1, 1), dt.date(point.year, 12, 31), "year")
    if period == "month":
        last = calendar.monthrange(point.year, point.month)[1]
        return DateValue(point.replace(day=1), point.replace(day=last), "month")
    if period == "week":
        monday = point - dt.timedelta(days=point.weekday())
        return DateValue(monday, monday + dt.timedelta(days=6), "week")
    return DateValue(point, point, "day")


_CLEAN = re.compile(r"^(?:on|in|at|by|since|from|until|till|through|during|before|after|around|about|of)\s+", re.I)


# "between 3 and 12 September", "3-12 Sept", "September 3-12": one interval of days.
_DAY_RANGE = re.compile(
    rf"^(?:between\s+|from\s+)?(?:(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013|until|through)\s*"
    rf"(?P<b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})|(?P<m2>{_MONTH_RE})\s+(?P<a2>\d{{1,2}})\s*"
    rf"(?:-|\u2013|to|through)\s*(?P<b2>\d{{1,2}}))(?P<y>,?\s+(?:1[89]|20)\d\d)?$", re.I)


def _day_range(t: str, base: dt.date | None, prefer: str) -> Resolution | None:
    m = _DAY_RANGE.match(t)
    if not m:
        return None
    a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
    month = m.group("m") or m.group("m2")
    if a >= b:
        return None
    end = resolve(f"{b} {month}{m.group('y') or ''}", base, prefer)
    if end.date is None:
        return Resolution(None, "day-range", unresolved=end.unresolved or f"cannot read '{t}' as a date")
    last = end.date.end
    if b > calendar.monthrange(last.year, last.month)[1]:
        return None
    first = last.replace(day=a)
    value = DateValue(first, last, "day")
    return Resolution(value, "day-range", (f"days {a}-{b} of {last:%B %Y}: {value.iso()}",))


# An undated article is taken to appear between its story's first publish date and this
# many days after the last: a follow-up comes a day or two on.
STORY_DAYS_AFTER = 2


def _year_of(value: DateValue, base: dt.date, prefer: str) -> DateValue:
    """A day and month without a year ("03 August at 19:05") in the year the fast path
    gives it (time_fast.no_year: the preferred side of the base day, the base day itself
    included): dateparser counts the time of day, so 19:05 on the publish day reads as a
    year off."""
    found = no_year(value.start.month, value.start.day, base, prefer)
    return value if found is None else DateValue(found[0], found[0], "day")


_NUMERIC = re.compile(r"^(?:[a-z]+,?\s+)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)$", re.I)


def _numeric(t: str, weekday: int | None) -> Resolution | None:
    """"24/09/2015", "Thursday 05/09/2015": day and month in either order (the US writes
    the month first, most of the world the day). Read where only one order is a date, or
    a named weekday picks one; else unresolved, not guessed."""
    m = _NUMERIC.match(t)
    if m is None:
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    days = set()
    for day, month in ((a, b), (b, a)):
        try:
            days.add(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        days = {d for d in days if d.isoweekday() == weekday}
    if len(days) != 1:
        return Resolution(None, "numeric", unresolved=f"'{t}': day and month order unclear", weekday=weekday)
    day = days.pop()
    return Resolution(DateValue(day, day, "day"), "numeric", (f"numeric date: {day.isoformat()}",), weekday=weekday)


def resolve_in_story(text: str, days: tuple[dt.date, dt.date], prefer: str) -> Resolution:
    """``text`` read in an undated article of a story published from days[0] to days[1]:
    resolved only where any day of that window (plus STORY_DAYS_AFTER) gives one answer
    ("Thursday's crush" the day after a Thursday, "on 11 September"), so never
    "yesterday". Every reading moves forward with its base day, never back, so the same
    answer at both ends is the same answer throughout."""
    first, last = days[0], days[1] + dt.timedelta(days=STORY_DAYS_AFTER)
    early, late = resolve(text, first, prefer), resolve(text, last, prefer)
    if early.date is None or early.date != late.date:
        return Resolution(None, early.rule, unresolved=NO_BASE, weekday=early.weekday)
    note = f"read against the story's publish dates, {first.isoformat()} to {last.isoformat()}: the article has none"
    return dataclasses.replace(early, notes=(*early.notes, note))


def resolve(text: str, base: dt.date | None, prefer: str = "current_period") -> Resolution:
    """Interval for a date expression. ``prefer`` is dateparser's PREFER_DATES_FROM
    ("past", "future" or "current_period"), chosen by the caller from the tense."""
    t = " ".join(text.replace("\u2019", "'").split()).strip(" ,.;:")
    t = _CLEAN.sub("", t)
    weekday = weekday_in(t)
    has_year = bool(_YEAR.search(t))
    m = _WEEKEND.match(t)
    if m:
        if base is None:
            return Resolution(None, "weekend", unresolved=NO_BASE)
        value, note = _weekend((m.group("mod") or "the").lower(), base, prefer == "future")
        return Resolution(value, "weekend", (note,))
    m = _BARE_WEEKDAY.match(t)
    if m and m.group("day").lower().rstrip(".") in WEEKDAYS:
        if base is None:
            return Resolution(None, "weekday", unresolved=NO_BASE, weekday=weekday)
        day = WEEKDAYS[m.group("day").lower().rstrip(".")]
        value, note = _weekday(day, (m.group("mod") or "").lower(), base, prefer == "future")
        return Resolution(value, "weekday", (note,), weekday=weekday)
    days = _day_range(t, base, prefer)
    if days is not None:
        return days
    numeric = _numeric(t, weekday)
    if numeric is not None:
        return numeric
    if base is None and (not has_year or _RELATIVE.search(t)):
        return Resolution(None, "relative", unresolved=NO_BASE, weekday=weekday)
    try:
        fuzzy = parse_fuzzy(t, base, prefer)
    except NeedsBase:
        return Resolution(None, "relative", unresolved=NO_BASE, weekday=weekday)
    if fuzzy is not None:
        value, rule = fuzzy
        return Resolution(value, rule, (f"hand rule '{rule}': {value.iso()}",), weekday=weekday)
    # The common unambiguous forms give exactly dateparser's answer without it
    # (time_fast); the note keeps saying "dateparser" so output is unchanged.
    fast = fast_point(t, base, prefer)
    found = (*fast, fast[1]) if fast else None if no_such_day(t) else _dateparsed(t, base, prefer)
    if found is None:
        return Resolution(None, "unparsed", unresolved=f"cannot read '{t}' as a date", weekday=weekday)
    value = _widen(found[0], found[1])
    if base is not None and value.granularity == "day" and _MONTH_NAME.search(t) \
            and not _ANY_YEAR.search(t) and not _RELATIVE.search(t):
        value = _year_of(value, base, prefer)
    notes = [f"dateparser ({found[2]}): {value.iso()}"]
    if weekday and value.granularity == "day" and value.start.isoweekday() != weekday:
        notes.append(f"named weekday does not match {value.start:%A %d %b %Y}")
    return Resolution(value, "dateparser", tuple(notes), weekday=weekday)
