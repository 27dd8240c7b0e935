"""Sums in different currencies meet at the rate the story itself gives (align/rates.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimdiff
from claimdiff.align.rates import Converted, in_story_currency, story_rates
from claimdiff.config import Options
from claimdiff.types import Claim, ClaimKind


def _sum(article: str, text: str, value: float, unit: str, conversions=()) -> Claim:
    return Claim(kind=ClaimKind.MONEY, article=article, start=0, end=len(text), text=text, value=value,
                 low=value, high=value, unit=unit, conversions=conversions)


def test_the_rate_comes_from_the_story_and_points_to_its_main_currency():
    claims = [_sum("a", "2 billion euros ($2.2 billion)", 2e9, "EUR", ((2.2e9, "USD"),)),
              _sum("b", "$2.2 billion", 2.2e9, "USD"), _sum("c", "$3.5 billion", 3.5e9, "USD")]
    rates = story_rates(claims)
    assert list(rates) == ["EUR"] and rates["EUR"].target == "USD"
    assert abs(rates["EUR"].factor - 1.1) < 1e-9
    view = in_story_currency(_sum("d", "€10m a week", 1e7, "EUR/week"), rates)
    assert isinstance(view, Converted) and view.unit == "USD/week" and abs(view.value - 1.1e7) < 1
    assert in_story_currency(claims[1], rates) is claims[1]


def test_conversions_that_disagree_give_no_rate():
    claims = [_sum("a", "2 billion euros ($2.2 billion)", 2e9, "EUR", ((2.2e9, "USD"),)),
              _sum("b", "5 billion euros ($8 billion)", 5e9, "EUR", ((8e9, "USD"),))]
    assert story_rates(claims) == {}


def test_a_story_without_conversions_keeps_its_currencies_apart():
    claims = [_sum("a", "2 billion euros", 2e9, "EUR"), _sum("b", "$2.2 billion", 2.2e9, "USD")]
    assert story_rates(claims) == {}


def _compare(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return claimdiff.compare([tmp_path], Options(use_cache=False)).stories[0]


def test_a_sum_in_another_currency_conflicts_at_the_story_rate(tmp_path):
    story = _compare(tmp_path, {
        "a": "The carmaker will pay 2 billion euros ($2.2 billion) for its smaller rival, the company said.\n",
        "b": "The carmaker will pay $3.5 billion for its smaller rival, the company said.\n",
    })
    conflict = next(f for f in story.findings if f.verdict.value == "conflict")
    assert {c.unit for c in conflict.claims} == {"EUR", "USD"}  # reported as written
    assert "at the rates the story itself gives (1 EUR = 1.1 USD, from a's" in conflict.explanation
    assert not any(isinstance(c, Converted) for c in story.claims)


def test_a_converted_sum_within_the_rate_agrees(tmp_path):
    story = _compare(tmp_path, {
        "a": "The carmaker will pay 2 billion euros ($2.2 billion) for its smaller rival, the company said.\n",
        "b": "The carmaker will pay $2.3 billion for its smaller rival, the company said.\n",
        "c": "The carmaker will pay 2 billion euros for its smaller rival, the company said.\n",
    })
    verdicts = {f.verdict.value for f in story.findings if len({c.article for c in f.claims}) > 1}
    assert verdicts == {"agree"}


@pytest.mark.parametrize("dollars, conflict", [("$3.5 billion", False), ("US$3.5 billion", True)])
def test_dollars_not_named_as_american_never_conflict(tmp_path, dollars, conflict):
    story = _compare(tmp_path, {  # most sums are in euros: the dollars are converted
        "a": "The carmaker will pay 2 billion euros ($2.2 billion) for its smaller rival, the company said.\n",
        "b": "The carmaker will pay 2 billion euros for its smaller rival, the company said.\n",
        "c": f"The carmaker will pay {dollars} for its smaller rival, the company said.\n",
    })
    assert any(f.verdict.value == "conflict" for f in story.findings) is conflict


STORY_DAY = dt.date(2019, 7, 8)  # the ECB gave 1.1217 dollars a euro that day


def test_without_conversions_the_ecb_rate_of_the_story_day_stands_in():
    claims = [_sum("a", "2 billion euros", 2e9, "EUR"), _sum("b", "1 billion euros", 1e9, "EUR"),
              _sum("c", "$2.2 billion", 2.2e9, "USD")]
    rates = story_rates(claims, STORY_DAY)
    assert list(rates) == ["USD"] and rates["USD"].target == "EUR" and rates["USD"].source is None
    assert abs(rates["USD"].factor - 1 / 1.1217) < 1e-3
    assert "the ECB reference rate of 2019-07-08" in rates["USD"].note("USD")
    assert story_rates(claims, dt.date(1990, 5, 1)) == {}  # before the ECB's history: no rate


def test_a_conversion_far_from_the_days_rate_is_set_aside():
    claims = [_sum("a", "74 billion euros ($83 billion)", 74e9, "EUR", ((83e9, "USD"),)),
              _sum("b", "€74 billion ($139b)", 74e9, "EUR", ((139e9, "USD"),)),
              _sum("c", "$83 billion", 83e9, "USD")]
    assert story_rates(claims) == {}  # the two conversions disagree, and nothing settles it
    rates = story_rates(claims, STORY_DAY)
    assert rates["USD"].source is claims[0] and abs(rates["USD"].factor - 74 / 83) < 1e-9


def _dated(tmp_path: Path, texts: dict[str, str]):
    return _compare(tmp_path, {name: f"source: {name.upper()} Wire\ndate: 2019-07-08\n\n{text}"
                               for name, text in texts.items()})


def test_a_conversion_the_story_rate_contradicts_is_a_conflict(tmp_path):
    story = _dated(tmp_path, {
        "a": "The bank will move 74 billion euros ($83 billion) of assets into a separate unit, it said.\n",
        "b": "The bank will move €74 billion ($139 billion) of assets into a separate unit, it said.\n",
        "c": "The bank will move 74 billion euros of assets into a separate unit, it said.\n",
        "d": "The bank will move $83 billion of assets into a separate unit, it said.\n",
    })
    slip = next(f for f in story.findings if f.code == "MN06")
    assert {c.article for c in slip.claims} == {"a", "b", "c", "d"}
    assert slip.verdict.value == "conflict" and "B Wire converts" in slip.explanation
    assert "no dollar the ECB quotes for 2019-07-08 fits either" in slip.explanation
    assert slip.explanation.count("1 USD = ") == 1  # the rate is said once


def test_a_bare_dollar_that_another_dollar_fits_is_no_slip(tmp_path):
    story = _dated(tmp_path, {  # 74 billion euros were about 125 billion New Zealand dollars that day
        "a": "The bank will move 74 billion euros ($83 billion) of assets into a separate unit, it said.\n",
        "b": "The bank will move €74 billion ($125 billion) of assets into a separate unit, it said.\n",
        "c": "The bank will move 74 billion euros of assets into a separate unit, it said.\n",
    })
    assert not any(f.code == "MN06" for f in story.findings)
    assert not any(f.verdict.value == "conflict" for f in story.findings)
