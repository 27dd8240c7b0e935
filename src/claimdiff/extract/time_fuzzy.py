"""Hand-written rules for the fuzzy dates dateparser cannot read.

dateparser reads absolute and simple relative dates ("June 2024", "last month");
these rules cover only what it returns nothing (or nonsense) for. Each rule
returns an interval, both ends inclusive, and its rule name for the explanation:

  part-of-period  early / mid / late + year or month  ("mid-2026", "late March",
                  "early next year"): thirds of the period
  period-edge     the start / end of + month, year, week, quarter
                  ("the end of the month", "the end of 2026"): its last (first) third
  quarter         "the third quarter (of 2024)", "Q3 2024", "last quarter"
  half            "the first half of 2026", "H2", "the second half of the year"
  season          "this summer", "summer 2024", "last winter" (meteorological,
                  northern hemisphere: summer = Jun-Aug, winter = Dec-Feb)
  decade          "the 1990s", "the '80s"
  so-far          "earlier this month", "later this year": the part of the period
                  before (after) the publish date
  month-relative  "last October", "next March", "this June"
  holiday         fixed-date holidays ("Boxing Day", "New Year's Eve"); movable
                  feasts (Easter, Thanksgiving) are left unresolved on purpose

``base`` is the publish date; a rule that needs it and has none raises
``NeedsBase`` so the caller can leave the claim unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..types import DateValue

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "final": 4, "last": 4}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# A period a fuzzy rule can apply to: a year, a relative year/month, a month (+ year).
_PERIOD = (
    rf"(?P<year>(?:19|20)\d\d)|(?P<mrel>this|next|last)\s+(?P<rmonth>{_MONTH_RE})(?!\w)"
    rf"|(?P<rel>this|next|last|the|the next|the following|the previous)\s+"
    rf"(?P<relunit>year|month|week|quarter)|(?P<month>{_MONTH_RE})(?:,?\s+(?P<myear>(?:19|20)\d\d))?"
)


class NeedsBase(Exception):
    """The expression is relative to the publish date and there is none."""


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _need(base: dt.date | None) -> dt.date:
    if base is None:
        raise NeedsBase()
    return base


def _rel_year(word: str, base: dt.date | None) -> int:
    b = _need(base)
    return b.year + {"next": 1, "the next": 1, "the following": 1, "last": -1, "the previous": -1}.get(word, 0)


def _period(m: re.Match, base: dt.date | None) -> tuple[dt.date, dt.date, str]:
    """The interval a matched _PERIOD stands for, and its granularity."""
    if m.group("year"):
        y = int(m.group("year"))
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if m.group("month"):
        month = MONTHS[m.group("month").lower().rstrip(".")]
        year = int(m.group("myear")) if m.group("myear") else _need(base).year
        return dt.date(year, month, 1), _month_end(year, month), "month"
    if m.group("rmonth"):  # "late last August": the latest August before the publish month
        b = _need(base)
        month = MONTHS[m.group("rmonth").lower().rstrip(".")]
        rel = m.group("mrel").lower()
        year = b.year - (month >= b.month) if rel == "last" else b.year + (month <= b.month) if rel == "next" else b.year
        return dt.date(year, month, 1), _month_end(year, month), "month"
    rel, unit = m.group("rel"), m.group("relunit")
    b = _need(base)
    step = {"next": 1, "the next": 1, "the following": 1, "last": -1, "the previous": -1}.get(rel, 0)
    if unit == "year":
        return dt.date(b.year + step, 1, 1), dt.date(b.year + step, 12, 31), "year"
    if unit == "month":
        idx = b.year * 12 + b.month - 1 + step
        y, mo = divmod(idx, 12)
        return dt.date(y, mo + 1, 1), _month_end(y, mo + 1), "month"
    if unit == "quarter":
        q = (b.month - 1) // 3 + step
        y, q = b.year + q // 4, q % 4
        return dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3), "quarter"
    monday = b - dt.timedelta(days=b.weekday()) + dt.timedelta(weeks=step)
    return monday, monday + dt.timedelta(days=6), "week"


def _third(start: dt.date, end: dt.date, part: int) -> tuple[dt.date, dt.date]:
    """The early (0), middle (1) or late (2) third of [start, end].

    A year splits into Jan-Apr / May-Aug / Sep-Dec; a month into 1-10 / 11-20 / 21-end.
    """
    if (end - start).days > 40:  # a year (or quarter): split on month boundaries
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        size = months // 3
        first = start.year * 12 + start.month - 1 + part * size
        last = first + size - 1 if part < 2 else end.year * 12 + end.month - 1
        return dt.date(first // 12, first % 12 + 1, 1), _month_end(last // 12, last % 12 + 1)
    days = (end - start).days + 1
    lo = start + dt.timedelta(days=part * 10)
    hi = start + dt.timedelta(days=part * 10 + 9) if part < 2 else start + dt.timedelta(days=days - 1)
    return lo, hi


_PART = re.compile(rf"^(?:the\s+)?(?P<part>early|mid|middle|late)(?:-|\s+|\s+of\s+|-\s*)(?:{_PERIOD})$", re.I)
_EDGE = re.compile(rf"^(?:the\s+)?(?P<edge>end|start|beginning|close|turn)\s+of\s+(?:{_PERIOD})$", re.I)
_QUARTER = re.compile(
    r"^(?:the\s+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|financial\s+)?quarter"
    r"|q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?:(?P<year>(?:19|20)\d\d)|(?P<rel>this|next|last|the)\s+year))?$", re.I)
_REL_QUARTER = re.compile(r"^(?P<rel>this|next|last|the previous)\s+quarter$", re.I)
_HALF = re.compile(
    r"^(?:the\s+)?(?:(?P<ord>first|second|1st|2nd)\s+half|h(?P<hn>[12]))(?:\s+(?:of\s+)?(?:(?P<year>(?:19|20)\d\d)"
    r"|(?P<rel>this|next|last|the)\s+year))?$", re.I)
_SEASON = re.compile(
    r"^(?:(?:the|this|next|last|(?P<year0>(?:19|20)\d\d))\s+)?(?P<rel>this|next|last)?\s*(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?$", re.I)
_DECADE = re.compile(r"^(?:the\s+)?(?:(?P<c>19|20)|')(?P<d>\d)0'?s$", re.I)
HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
            "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31)}
_HOLIDAY = re.compile(r"^(?P<name>" + "|".join(re.escape(h) for h in HOLIDAYS) + r")(?:,?\s+(?P<year>(?:19|20)\d\d))?$", re.I)
_REL_MONTH = re.compile(rf"^(?P<rel>last|next|this)\s+(?P<month>{_MONTH_RE})$", re.I)
_PART_DECADE = re.compile(r"^(?:the\s+)?(?P<part>early|mid|middle|late)[-\s]+(?:(?P<c>19|20)|')(?P<d>\d)0'?s$", re.I)
_SO_FAR = re.compile(r"^(?P<dir>earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>week|month|year)$", re.I)
_REL_WORD = re.compile(r"^(?:the\s+)?(?P<rel>this|next|last|the)\b", re.I)


def _year_of(m: re.Match, base: dt.date | None) -> int:
    if m.group("year"):
        return int(m.group("year"))
    return _rel_year((m.group("rel") or "this").lower().replace("the", "this"), base)


_FLOATING = re.compile(r"\b(?:1[89]|20)\d\d\b|\d0s\b|\b(?:this|next|last|previous|following|coming)\b|"
                       r"\bthe\s+(?:month|week|year|quarter)\b", re.I)


def _shift_year(d: dt.date, k: int) -> dt.date:
    return d.replace(year=d.year + k, day=min(d.day, calendar.monthrange(d.year + k, d.month)[1]))


def parse_fuzzy(text: str, base: dt.date | None, prefer: str = "current_period") -> tuple[DateValue, str] | None:
    """A fuzzy date expression as an interval and the rule that read it, or None.

    An expression with no year of its own ("the fourth quarter", "late March",
    "the spring") is placed in the publish year, then moved a year back when the
    sentence is in the past and that lies ahead of the publish date, or a year on
    when it is in the future and already over (``prefer``: dateparser's
    PREFER_DATES_FROM, from the tense). Raises NeedsBase when the expression is
    relative and ``base`` is None.
    """
    found = _parse(text, base)
    if found is None or base is None or _FLOATING.search(text):
        return found
    value, rule = found
    step = -1 if prefer == "past" and value.start > base else 1 if prefer == "future" and value.end < base else 0
    if step:
        value = DateValue(_shift_year(value.start, step), _shift_year(value.end, step), value.granularity)
    return value, rule


_FISCAL = re.compile(r"^(?:the\s+)?(?:(?P<rel>this|next|last|current|previous|coming)\s+fiscal\s+year"
                     r"|fiscal(?:\s+year)?\s+(?P<year>(?:19|20)\d\d)|fy\s?(?P<fy>(?:19|20)\d\d))$", re.I)


def _fiscal(m: re.Match, base: dt.date | None) -> DateValue:
    """Every day a fiscal year so named may cover: companies start it in any month, and
    name it after the year it ends in or, some, the year it starts in. Wide on purpose:
    "this fiscal year" never contradicts a date it may contain."""
    if m.group("rel"):
        b = _need(base)
        step = {"next": 12, "coming": 12, "last": -12, "previous": -12}.get(m.group("rel").lower(), 0)
        idx = b.year * 12 + b.month - 1 + step
        lo_y, lo_m = divmod(idx - 11, 12)
        hi_y, hi_m = divmod(idx + 11, 12)
        return DateValue(dt.date(lo_y, lo_m + 1, 1), _month_end(hi_y, hi_m + 1), "year")
    y = int(m.group("year") or m.group("fy"))
    return DateValue(dt.date(y - 1, 2, 1), dt.date(y + 1, 12, 31), "year")


def _parse(text: str, base: dt.date | None) -> tuple[DateValue, str] | None:
    t = " ".join(text.replace("\u2019", "'").split()).strip(" ,.")
    m = _FISCAL.match(t)
    if m:
        return _fiscal(m, base), "fiscal-year"
    m = _PART.match(t)
    if m:
        start, end, gran = _period(m, base)
        part = {"early": 0, "mid": 1, "middle": 1, "late": 2}[m.group("part").lower()]
        lo, hi = _third(start, end, part)
        return DateValue(lo, hi, "season" if gran in ("year",) else "week"), "part-of-period"
    m = _EDGE.match(t)
    if m:
        start, end, gran = _period(m, base)
        at_end = m.group("edge").lower() in ("end", "close", "turn")
        if gran == "year":  # the last (first) month of the year
            lo, hi = (dt.date(end.year, 12, 1), end) if at_end else (start, _month_end(start.year, 1))
            return DateValue(lo, hi, "month"), "period-edge"
        if gran == "week":
            lo, hi = (end - dt.timedelta(days=2), end) if at_end else (start, start + dt.timedelta(days=2))
            return DateValue(lo, hi, "day"), "period-edge"
        lo, hi = _third(start, end, 2 if at_end else 0)
        return DateValue(lo, hi, "month" if gran == "quarter" else "week"), "period-edge"
    m = _QUARTER.match(t)
    if m:
        q = ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("qn"))
        y = _year_of(m, base)
        return DateValue(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"), "quarter"
    m = _REL_QUARTER.match(t)
    if m:
        b = _need(base)
        step = {"next": 1, "last": -1, "the previous": -1}.get(m.group("rel").lower(), 0)
        idx = (b.month - 1) // 3 + step + b.year * 4
        y, q = divmod(idx, 4)
        return DateValue(dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3), "quarter"), "quarter"
    m = _HALF.match(t)
    if m:
        h = ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("hn"))
        y = _year_of(m, base)
        return DateValue(dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half"), "half"
    m = _SEASON.match(t)
    if m and (m.group("year") or m.group("year0") or _REL_WORD.match(t) or base is not None):
        return _season(m, t, base), "season"
    m = _PART_DECADE.match(t)
    if m:  # early / mid / late 1990s: years 0-3, 4-6, 7-9 of the decade
        century = int(m.group("c")) if m.group("c") else (19 if int(m.group("d")) >= 3 else 20)
        y = century * 100 + int(m.group("d")) * 10
        lo, hi = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9)}[m.group("part").lower()]
        return DateValue(dt.date(y + lo, 1, 1), dt.date(y + hi, 12, 31), "year"), "part-of-period"
    m = _DECADE.match(t)
    if m:
        century = int(m.group("c")) if m.group("c") else (19 if int(m.group("d")) >= 3 else 20)
        y = century * 100 + int(m.group("d")) * 10
        return DateValue(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"), "decade"
    m = _REL_MONTH.match(t)
    if m:  # "last October": the latest October before the publish month; "next March" the first after
        b = _need(base)
        month = MONTHS[m.group("month").lower().rstrip(".")]
        rel = m.group("rel").lower()
        y = b.year
        if rel == "last" and month >= b.month:
            y -= 1
        elif rel == "next" and month <= b.month:
            y += 1
        return DateValue(dt.date(y, month, 1), _month_end(y, month), "month"), "month-relative"
    m = _HOLIDAY.match(t)
    if m:
        month, day = HOLIDAYS[m.group("name").lower().replace("\u2019", "'")]
        y = int(m.group("year")) if m.group("year") else _need(base).year
        return DateValue(dt.date(y, month, day), dt.date(y, month, day), "day"), "holiday"
    m = _SO_FAR.match(t)
    if m:
        b = _need(base)
        unit = m.group("unit").lower()
        if unit == "year":
            start, end = dt.date(b.year, 1, 1), dt.date(b.year, 12, 31)
        elif unit == "month":
            start, end = b.replace(day=1), _month_end(b.year, b.month)
        else:
            start = b - dt.timedelta(days=b.weekday())
            end = start + dt.timedelta(days=6)
        if m.group("dir").lower() == "earlier":
            return DateValue(start, b, "day" if unit == "week" else "week"), "so-far"
        return DateValue(b, end, "day" if unit == "week" else "week"), "so-far"
    return None


def _season(m: re.Match, t: str, base: dt.date | None) -> DateValue:
    first, last = SEASONS[m.group("season").lower()]
    year_s = m.group("year") or m.group("year0")
    if year_s:
        y = int(year_s)
    else:
        b = _need(base)
        rel = (m.group("rel") or (_REL_WORD.match(t).group("rel") if _REL_WORD.match(t) else "this")).lower()
        # "this winter" in January is the winter that began last December.
        y = b.year - 1 if first == 12 and b.month <= 2 else b.year
        y += {"next": 1, "last": -1}.get(rel, 0)
        if rel == "last" and first != 12 and b.month > last:
            y += 1  # "last summer" said in October is this year's summer
    end_year = y + 1 if first == 12 else y
    return DateValue(dt.date(y, first, 1), _month_end(end_year, last), "season")
