"""Date resolution without spaCy: weekday rule, fuzzy hand rules, dateparser, no publish date."""

import datetime as dt

import pytest

from claimdiff.extract.time_dates import NO_BASE, resolve
from claimdiff.extract.time_durations import parse_duration
from claimdiff.extract.time_fuzzy import parse_fuzzy

D = dt.date
PUB = D(2025, 5, 1)  # a Thursday


@pytest.mark.parametrize("text, prefer, start, end, gran", [
    ("April 30, 2025", "current_period", D(2025, 4, 30), D(2025, 4, 30), "day"),
    ("30 April 2025", "current_period", D(2025, 4, 30), D(2025, 4, 30), "day"),
    ("2025-04-30", "current_period", D(2025, 4, 30), D(2025, 4, 30), "day"),
    ("Wednesday, April 30, 2025", "current_period", D(2025, 4, 30), D(2025, 4, 30), "day"),
    ("Aug. 9", "future", D(2025, 8, 9), D(2025, 8, 9), "day"),
    ("Aug. 9", "past", D(2024, 8, 9), D(2024, 8, 9), "day"),
    ("June 2024", "current_period", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("last year", "past", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("in 2022", "past", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("next month", "future", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("three days ago", "past", D(2025, 4, 28), D(2025, 4, 28), "day"),
    ("mid-2026", "future", D(2026, 5, 1), D(2026, 8, 31), "season"),
    ("early next year", "future", D(2026, 1, 1), D(2026, 4, 30), "season"),
    ("late March", "past", D(2025, 3, 21), D(2025, 3, 31), "week"),
    ("the end of the month", "future", D(2025, 5, 21), D(2025, 5, 31), "week"),
    ("the end of 2026", "future", D(2026, 12, 1), D(2026, 12, 31), "month"),
    ("the third quarter", "future", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ("the third quarter", "past", D(2024, 7, 1), D(2024, 9, 30), "quarter"),  # past tense: last year's
    ("the first quarter", "future", D(2026, 1, 1), D(2026, 3, 31), "quarter"),  # future: next year's
    ("the late 1990s", "past", D(1997, 1, 1), D(1999, 12, 31), "year"),
    ("Q1 2024", "past", D(2024, 1, 1), D(2024, 3, 31), "quarter"),
    ("the first half of 2026", "future", D(2026, 1, 1), D(2026, 6, 30), "half"),
    ("this summer", "future", D(2025, 6, 1), D(2025, 8, 31), "season"),
    ("last winter", "past", D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("the 1990s", "past", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("earlier this month", "past", D(2025, 5, 1), D(2025, 5, 1), "week"),
])
def test_resolve_interval(text, prefer, start, end, gran):
    res = resolve(text, PUB, prefer)
    assert res.date is not None, res
    assert (res.date.start, res.date.end, res.date.granularity) == (start, end, gran)


@pytest.mark.parametrize("text, prefer, expected", [
    ("Wednesday", "past", D(2025, 4, 30)),
    ("Thursday", "past", D(2025, 5, 1)),  # the publish day itself: on or before
    ("Friday", "current_period", D(2025, 4, 25)),
    ("Friday", "future", D(2025, 5, 2)),  # "will vote on Friday"
    ("last Thursday", "past", D(2025, 4, 24)),
    ("next Monday", "future", D(2025, 5, 5)),
])
def test_weekday_convention(text, prefer, expected):
    res = resolve(text, PUB, prefer)
    assert res.date is not None and res.date.start == expected
    assert res.weekday == expected.isoweekday()
    assert any("publish date" in n for n in res.notes)


@pytest.mark.parametrize("text", ["Wednesday", "last year", "next month", "mid-next year", "this summer", "March 3"])
def test_relative_dates_stay_unresolved_without_publish_date(text):
    res = resolve(text, None, "past")
    assert res.date is None and res.unresolved == NO_BASE


def test_weekday_kept_when_unresolved():
    assert resolve("Sunday", None).weekday == 7


@pytest.mark.parametrize("text, start", [("June 2024", D(2024, 6, 1)), ("mid-2026", D(2026, 5, 1)),
                                         ("12 March 2023", D(2023, 3, 12)), ("the second half of 2027", D(2027, 7, 1))])
def test_absolute_dates_resolve_without_publish_date(text, start):
    res = resolve(text, None)
    assert res.date is not None and res.date.start == start


def test_mid_year_overlaps_its_months_only():
    mid = parse_fuzzy("mid-2026", None)[0]
    june = resolve("June 2026", None).date
    october = resolve("October 2026", None).date
    assert mid.overlaps(june) and not mid.overlaps(october)


@pytest.mark.parametrize("text, value, unit, low, high", [
    ("18 months", 18, "month", 18, 18),
    ("a week", 1, "week", 1, 1),
    ("three weeks", 3, "week", 3, 3),
    ("ten days", 10, "day", 10, 10),
    ("six years", 6, "year", 6, 6),
    ("more than two years", 2, "year", 2, None),
    ("up to 90 days", 90, "day", None, 90),
    ("a year and a half", 1.5, "year", 1.5, 1.5),
    ("the past 18 months", 18, "month", 18, 18),
    ("three-year", 3, "year", 3, 3),
])
def test_durations(text, value, unit, low, high):
    d = parse_duration(text)
    assert d is not None and (d.value, d.unit, d.low, d.high) == (value, unit, low, high)


@pytest.mark.parametrize("text", ["June 2024", "last year", "two soldiers", "weeks"])
def test_not_durations(text):
    assert parse_duration(text) is None


def test_a_vague_duration_has_bounds_and_no_value():
    found = parse_duration("several weeks")
    assert (found.value, found.low, found.high, found.unit) == (None, 3.0, 9.0, "week")
