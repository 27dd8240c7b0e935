"""Sums in different currencies meet at the rate the story itself gives (align/rates.py)."""

from __future__ import annotations

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
