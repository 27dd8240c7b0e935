"""Exact fast paths for the commonest date expressions, tried before dateparser.

About a third of extraction CPU went to dateparser, mostly on a handful of
unambiguous forms: a bare year ("2014"), "last/this/next year", "June 2024",
"April 30, 2025", "30 April 2025", "2025-04-30" and "May 12" / "12 May". For
these the answer is fixed by the text (and the publish date for the relative ones), so we compute
the same (point, period) dateparser would, with the standard library.
A day the month does not have ("February 30", "June 31, 2025") is no date, as
dateparser also says (``NO_DATE``); a day past 31 ("November 34") is no date either,
where dateparser would read it as a two-digit year (November 1934): a news text
that writes a month and a number past 31 means no such year. Anything else
returns None and goes to dateparser unchanged. tests/extract/test_time_fast.py checks
the results equal dateparser's, side by side, over generated expressions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# Full names and the standard three-letter abbreviations, from the C locale
# calendar (English). "Sept" and dotted forms are left to dateparser.
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr})
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_Y = r"(?P<y>(?:19|20)\d\d)"
# Any four-digit year: dateparser reads a bare one ("1552", "2114") and "April 2278"
# as that year or month too (checked for every year 1000-9999), and spaCy tags many
# four-digit figures as DATE, so these reached dateparser at ~2 ms each.
_Y4 = r"(?P<y>[1-9]\d\d\d)"

_BARE_YEAR = re.compile(rf"^{_Y4}$")
_ISO = re.compile(rf"^{_Y}-(?P<m>\d\d)-(?P<d>\d\d)$")
_MONTH_YEAR = re.compile(rf"^(?P<mon>{_M})\s+{_Y4}$", re.I)
_MDY = re.compile(rf"^(?P<mon>{_M})\s+(?P<d>\d{{1,2}}),?\s+{_Y4}$", re.I)
_DMY = re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<mon>{_M}),?\s+{_Y4}$", re.I)
_MD = re.compile(rf"^(?P<mon>{_M})\s+(?P<d>\d{{1,2}})$", re.I)
_DM = re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<mon>{_M})$", re.I)
_REL_YEAR = re.compile(r"^(?P<rel>last|this|next)\s+year$", re.I)
_STEP = {"last": -1, "this": 0, "next": 1}


def _day(year: int, month: int, day: int) -> tuple[dt.date, str] | None:
    try:
        return dt.date(year, month, day), "day"
    except ValueError:  # "February 30, 2025": let dateparser decide, as before
        return None


def no_year(month: int, day: int, base: dt.date, prefer: str) -> tuple[dt.date, str] | None:
    """"May 12" takes the publish year, a year back when preferring the past and it
    falls after the base, a year on when preferring the future and it falls before
    it. The base day itself stays (dateparser would move it a year on: "03 August"
    in an article of 3 August is that day). 29 February is left to dateparser."""
    if (month, day) == (2, 29) or prefer not in ("past", "future", "current_period"):
        return None
    found = _day(base.year, month, day)
    if found is None:
        return None
    point = found[0]
    if prefer == "past" and point > base:
        point = point.replace(year=base.year - 1)
    elif prefer == "future" and point < base:
        point = point.replace(year=base.year + 1)
    return point, "day"


def no_such_day(t: str) -> bool:
    """True for a month and a day it never has: "June 31", "30 February 2025", "November 34".
    29 February is a day (of a leap year): dateparser picks the year."""
    m = _MDY.match(t) or _DMY.match(t) or _MD.match(t) or _DM.match(t)
    if not m:
        return False
    month, day = MONTHS[m.group("mon").lower()], int(m.group("d"))
    return not 1 <= day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])


def fast_point(t: str, base: dt.date | None, prefer: str = "current_period") -> tuple[dt.date, str] | None:
    """(point, period) for a cleaned expression ``t``, as dateparser would give,
    or None when ``t`` is not one of the fast forms. Only the period matters for
    "year" and "month" (the caller widens the point to the whole period)."""
    m = _BARE_YEAR.match(t)
    if m:
        return dt.date(int(m.group("y")), 1, 1), "year"
    m = _MONTH_YEAR.match(t)
    if m:
        return dt.date(int(m.group("y")), MONTHS[m.group("mon").lower()], 1), "month"
    m = _MDY.match(t) or _DMY.match(t)
    if m:
        return _day(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
    m = _ISO.match(t)
    if m:
        return _day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if base is None:  # the rest needs the publish date; the caller never gets here without one
        return None
    m = _MD.match(t) or _DM.match(t)
    if m:
        return no_year(MONTHS[m.group("mon").lower()], int(m.group("d")), base, prefer)
    m = _REL_YEAR.match(t)
    if m:
        return dt.date(base.year + _STEP[m.group("rel").lower()], 1, 1), "year"
    return None
