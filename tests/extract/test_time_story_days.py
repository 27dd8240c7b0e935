"""Dates an article writes without a base: numeric dates in either order, and an
undated article's dates read against its story's publish dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimdiff
from claimdiff.config import Options
from claimdiff.extract.time_dates import NO_BASE, resolve, resolve_in_story

STORY = (dt.date(2015, 9, 24), dt.date(2015, 9, 24))  # a Thursday


@pytest.mark.parametrize("text, day", [
    ("24/09/2015", dt.date(2015, 9, 24)),  # only the day-first order is a date
    ("09/24/2015", dt.date(2015, 9, 24)),  # only the month-first order is
    ("Thursday 24/09/2015", dt.date(2015, 9, 24)),
    ("Friday 03/04/2015", dt.date(2015, 4, 3)),  # 4 March 2015 was a Wednesday
    ("Wednesday 03/04/2015", dt.date(2015, 3, 4)),
])
def test_numeric_dates_read_in_the_only_order_that_fits(text, day):
    assert resolve(text, None).date.start == day


@pytest.mark.parametrize("text", ["03/04/2015", "Sunday 03/04/2015"])
def test_numeric_dates_in_either_order_stay_unresolved(text):
    res = resolve(text, dt.date(2015, 9, 24))
    assert res.date is None and "order" in res.unresolved


@pytest.mark.parametrize("text, day", [
    ("Thursday", dt.date(2015, 9, 24)),  # the article may be from Thursday to Saturday
    ("11 September", dt.date(2015, 9, 11)),
    ("September 11", dt.date(2015, 9, 11)),
])
def test_a_date_that_reads_the_same_all_week_resolves_against_the_story(text, day):
    res = resolve_in_story(text, STORY, "past")
    assert res.date.start == day
    assert any("story's publish dates" in n for n in res.notes)


@pytest.mark.parametrize("text", ["yesterday", "today", "two days ago", "Friday"])
def test_a_date_that_needs_the_exact_day_stays_unresolved(text):
    # "Friday" in an article of Thursday to Saturday is the 18th or the 25th
    assert resolve_in_story(text, STORY, "past").unresolved == NO_BASE


def _story(tmp_path: Path, undated: str) -> Path:
    (tmp_path / "dated.txt").write_text(
        "date: 2015-09-24\n\nA crush at the festival killed 40 people on Thursday, police said.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(undated, encoding="utf-8")
    return tmp_path


def _dates(story, article: str) -> dict[str, dt.date | None]:
    return {c.text: (c.date.start if c.date else None) for c in story.claims
            if c.article == article and c.kind.value == "date"}


def test_an_undated_article_reads_its_weekdays_against_the_story(tmp_path):
    folder = _story(tmp_path, "Police said 40 people died in Thursday's crush. The festival opened yesterday.\n")
    story = claimdiff.compare([folder], Options(use_cache=False)).stories[0]
    dates = _dates(story, "undated")
    assert dates["Thursday"] == dt.date(2015, 9, 24)
    assert dates["yesterday"] is None  # the article's own day is not known
    assert next(a for a in story.articles if a.id == "undated").published is None


def test_assume_date_still_dates_undated_articles(tmp_path):
    folder = _story(tmp_path, "The festival opened yesterday, police said.\n")
    story = claimdiff.compare([folder], Options(use_cache=False, assume_date=dt.date(2015, 9, 26))).stories[0]
    assert _dates(story, "undated")["yesterday"] == dt.date(2015, 9, 25)

