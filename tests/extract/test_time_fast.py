"""The fast date paths (time_fast) must give exactly what dateparser gives, but for one
deliberate difference: a day named without a year that is the publish day itself stays
in the publish year whatever the tense (dateparser moves it a year on when preferring
the future), as ``resolve`` does for every reading (time_dates._year_of).

Side by side over generated expressions: every month (full name, abbreviation,
other casings), several years and days (including leap days and invalid days),
several publish dates and none, all three tense preferences. Also the whole
``resolve`` result with the fast path on and off.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from claimdiff.extract import time_dates
from claimdiff.extract.time_dates import _parser, _widen, _year_of, resolve
from claimdiff.extract.time_fast import fast_point, no_such_day

BASES = [None, dt.date(2025, 5, 1), dt.date(2024, 2, 29), dt.date(2023, 12, 31), dt.date(2026, 1, 1)]
PREFERS = ["past", "future", "current_period"]
YEARS = [1914, 1999, 2014, 2024, 2031, 1552, 2114, 9999]  # bare years and "Month YYYY" take any four digits


def _expressions() -> list[str]:
    out = ["last year", "next year", "this year", "Last Year", "NEXT year"]
    for y in YEARS:
        out.append(str(y))
        for i in range(1, 13):
            for mon in (calendar.month_name[i], calendar.month_abbr[i], calendar.month_name[i].lower()):
                out.append(f"{mon} {y}")
                for d in (1, 9, 29, 31):
                    out += [f"{mon} {d}, {y}", f"{mon} {d} {y}", f"{d} {mon} {y}", f"{d} {mon}, {y}"]
            for d in (1, 29, 30, 31):
                out.append(f"{y}-{i:02d}-{d:02d}")
    for i in range(1, 13):  # no year: the publish year, moved by the tense preference
        for mon in (calendar.month_name[i], calendar.month_abbr[i], calendar.month_name[i].lower()):
            for d in range(1, 32):
                out += [f"{mon} {d}", f"{d} {mon}"]
    return out


EXPRESSIONS = _expressions()


def _dateparser(t: str, base: dt.date | None, prefer: str):
    data = _parser(base, prefer).get_date_data(t)
    if data.date_obj is None:
        return None
    value = _widen(data.date_obj.date(), data.period or "day")
    if base is not None and data.period == "day" and not time_dates._ANY_YEAR.search(t):
        value = _year_of(value, base, prefer)
    return value, data.period


@pytest.mark.parametrize("base", BASES, ids=str)
def test_fast_path_equals_dateparser(base):
    checked = 0
    for t in EXPRESSIONS:
        for prefer in PREFERS:
            fast = fast_point(t, base, prefer)
            if fast is None:
                continue
            assert (_widen(*fast), fast[1]) == _dateparser(t, base, prefer), (t, base, prefer)
            checked += 1
    # the generator must exercise the fast path (it declines invalid days, and no-year forms without a base)
    assert checked > len(EXPRESSIONS)


def test_fast_path_declines_what_it_does_not_know():
    base = dt.date(2025, 5, 1)
    for t in ["February 30, 2025", "2025-02-29", "2025-13-01", "Sept 2024", "June", "last month",
              "the year before", "2014 and 2015", "0850", "12025", "mid-2026", "February 29", "June 31"]:
        assert fast_point(t, base) is None, t
    assert fast_point("last year", None) is None
    assert fast_point("May 12", None) is None


def test_a_day_the_month_lacks_is_no_date_as_dateparser_says():
    base = dt.date(2025, 5, 1)
    lacking = ["February 30", "June 31", "31 September 2025", "Nov 31, 2024", "April 0", "February 30, 1803"]
    for t in lacking:
        assert no_such_day(t), t
        for prefer in PREFERS:
            assert _dateparser(t, base, prefer) is None, t
    for t in ["February 29", "June 30", "31 December 2025", "Sept 31", "June 2025", "the 31st"]:
        assert not no_such_day(t), t


def test_a_day_past_31_is_no_date_not_a_two_digit_year():
    # dateparser reads "November 34" as November 1934; a news text means no such thing
    base = dt.date(2025, 5, 1)
    assert _dateparser("November 34", base, "past") is not None
    assert no_such_day("November 34") and no_such_day("34 November")
    assert resolve("on November 34", base, "past").date is None


@pytest.mark.parametrize("base", [None, dt.date(2025, 5, 1), dt.date(2024, 2, 29)], ids=str)
def test_resolve_identical_with_and_without_fast_path(base, monkeypatch):
    texts = ["in 2022", "2014", "last year", "next year", "this year", "June 2024", "in June 2024",
             "April 30, 2025", "on 30 April 2025", "2025-04-30", "on Thursday, April 30, 2025",
             "since March 2020", "February 30, 2025", "by Dec 2026", "on May 1", "1 May", "Dec 31",
             "on Friday, January 1", "February 29"]
    for prefer in PREFERS:
        fast = [resolve(t, base, prefer) for t in texts]
        with monkeypatch.context() as m:
            m.setattr(time_dates, "fast_point", lambda t, b, p: None)
            slow = [resolve(t, base, prefer) for t in texts]
        assert fast == slow


@pytest.mark.parametrize("text", ["3 August", "August 3", "03 August at 19:05", "Aug 3 at 9 am"])
@pytest.mark.parametrize("prefer", PREFERS)
def test_the_publish_day_named_without_a_year_is_that_day(text, prefer):
    assert resolve(text, dt.date(2017, 8, 3), prefer).date.start == dt.date(2017, 8, 3)


def test_a_day_without_a_year_takes_the_side_the_tense_prefers():
    base = dt.date(2017, 8, 3)
    assert resolve("9 August", base, "past").date.start == dt.date(2016, 8, 9)
    assert resolve("1 August at 10 pm", base, "future").date.start == dt.date(2018, 8, 1)
    assert resolve("1 August", base, "current_period").date.start == dt.date(2017, 8, 1)
