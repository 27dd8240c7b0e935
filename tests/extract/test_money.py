"""Money and percentages: symbols, codes, words, scale words."""

from __future__ import annotations

import pytest
from numeric_helpers import only

from claimdiff.types import ClaimKind


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("The council approved $4.5bn for flood defences.", "$4.5bn", 4.5e9, "USD"),
        ("The charity received US$800,000 from donors.", "US$800,000", 800_000, "USD"),
        ("The club was fined £2m by the league.", "£2m", 2e6, "GBP"),
        ("Brussels offered €250 million in loans.", "€250 million", 2.5e8, "EUR"),
        ("The settlement is worth 90 million dollars.", "90 million dollars", 9e7, "USD"),
        ("Farmers will get 3 billion euros in support.", "3 billion euros", 3e9, "EUR"),
        ("The port cost 14 billion yuan to build.", "14 billion yuan", 1.4e10, "CNY"),
        ("The project needs 1.5 trillion won in funding.", "1.5 trillion won", 1.5e12, "KRW"),
        ("Fines of 600,000 rubles were imposed.", "600,000 rubles", 6e5, "RUB"),
        ("The tender was priced at ¥3.2 billion.", "¥3.2 billion", 3.2e9, "JPY"),
        # forms real coverage writes (issue 15): CLDR symbols and names, ISO codes, cents
        ("The developer raised HK$6.4 billion in its listing.", "HK$6.4 billion", 6.4e9, "HKD"),
        ("The province set aside C$18.2 million for repairs.", "C$18.2 million", 1.82e7, "CAD"),
        ("The miner agreed to pay A$3.9 million in fines.", "A$3.9 million", 3.9e6, "AUD"),
        ("Auckland will spend NZ$40 million on the wharf.", "NZ$40 million", 4e7, "NZD"),
        ("The striker's clause was € 180m, the club said.", "€ 180m", 1.8e8, "EUR"),
        ("The lender booked EUR 3.1 billion of charges.", "EUR 3.1 billion", 3.1e9, "EUR"),
        ("The airline was sold for 2.5 million Hong Kong dollars.", "2.5 million Hong Kong dollars", 2.5e6, "HKD"),
        ("The ministry paid 60 million Saudi riyals in compensation.", "60 million Saudi riyals", 6e7, "SAR"),
        ("The chain was valued at $9.1 Billion in the headline deal.", "$9.1 Billion", 9.1e9, "USD"),
        ("Rivals lost $4.2B in market value.", "$4.2B", 4.2e9, "USD"),
        ("Crude settled 31 cents lower on Friday.", "31 cents", 0.31, "USD"),
        ("A loaf now costs 85p in the village.", "85p", 0.85, "GBP"),
    ],
)
def test_money(numeric, text, span, value, unit):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.MONEY
    assert claim.value == pytest.approx(value) and claim.unit == unit


def test_bound_before_currency_symbol(numeric):
    claim = only(numeric("Repairs will cost more than $12m, engineers said."), "more than $12m")
    assert (claim.low, claim.high, claim.qualifier) == (12e6, None, "more than")


def test_won_the_verb_is_not_money(numeric):
    claims = numeric("The team won 3 titles in 5 years.")
    assert all(c.kind != ClaimKind.MONEY for c in claims)


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("Prices rose 18 percent in a year.", "18 percent", 18, "percent"),
        ("Prices rose 18 per cent in a year.", "18 per cent", 18, "percent"),
        ("Prices rose 18% in a year.", "18%", 18, "percent"),
        ("The rate fell 0.5 percentage points.", "0.5 percentage points", 0.5, "percentage_point"),
        ("The bank cut rates by 50 basis points.", "50 basis points", 0.5, "percentage_point"),
        ("Two-thirds of members backed the plan.", "Two-thirds", 66.67, "percent"),
    ],
)
def test_percent(numeric, text, span, value, unit):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.PERCENT
    assert claim.value == pytest.approx(value) and claim.unit == unit


def test_pounds_are_money_after_a_scale_word_and_weight_otherwise(numeric):
    money = only(numeric("The club paid 50 million pounds for the striker."), "50 million pounds")
    assert money.kind == ClaimKind.MONEY and money.unit == "GBP"
    weight = only(numeric("Police found 2,000 pounds of explosives."), "2,000 pounds")
    assert weight.kind == ClaimKind.QUANTITY and weight.unit == "pound"


def test_indian_scale_words(numeric):
    claim = only(numeric("The state will spend Rs 500 crore on roads."), "Rs 500 crore")
    assert claim.unit == "INR" and claim.value == pytest.approx(5e9)


@pytest.mark.parametrize(
    "text, span, low, high, unit",
    [
        ("Losses of between $5 and $7 million are expected.", "between $5 and $7 million", 5e6, 7e6, "USD"),
        ("Analysts expect $5-7bn in write-downs.", "$5-7bn", 5e9, 7e9, "USD"),
        ("The fund lost between £20m and £30m.", "between £20m and £30m", 2e7, 3e7, "GBP"),
    ],
)
def test_money_ranges(numeric, text, span, low, high, unit):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.MONEY and claim.unit == unit
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))


def test_a_fraction_is_not_a_range_end(numeric):
    # "by a quarter to €17bn": a share of the cut and the level it reaches, two figures
    claim = only(numeric("The lender will cut its running costs by a quarter to €17bn by 2028."), "€17bn")
    assert (claim.unit, claim.value) == ("EUR", 17e9)


def test_a_fraction_is_not_a_date(nlp):
    from claimdiff import extract_claims
    claims = extract_claims("The lender will cut its running costs by a quarter to €17bn by 2028.")
    assert "a quarter" not in [c.text for c in claims]


def test_the_verb_says_what_an_unnamed_sum_is(numeric):
    claim = only(numeric("The striker will earn 12m euros a year under the new deal."), "12m euros a year")
    assert claim.measure == "earn"
    again = numeric("The striker will earn 12m euros a year - 230,000 euros a week - under the deal.")
    assert [c.measure for c in again] == ["earn", "earn"]
    named = only(numeric("The club confirmed an annual salary of €12m."), "€12m")
    assert named.amount_of == "salary" and named.measure is None
