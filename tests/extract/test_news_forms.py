"""Forms real news writes figures in (issue 15): currencies, per-unit prices, changes
against levels, ranges, units, times of day, ages, fuzzy dates. Sentences written for
these tests (their comparison across articles: tests/test_align_updates.py)."""

from __future__ import annotations

import pytest
from numeric_helpers import only

import claimdiff
from claimdiff.align import role
from claimdiff.types import ClaimKind


def test_a_clock_time_is_not_pence(numeric):
    assert not [c for c in numeric("The ferry left at 3p.m. on Monday.") if c.kind == ClaimKind.MONEY]


@pytest.mark.parametrize(
    "text, span, unit",
    [
        ("The buyer will pay $38 a share in cash.", "$38 a share", "USD/share"),
        ("Brent crude rose to $71.20 per barrel.", "$71.20 per barrel", "USD/barrel"),
        ("Natural gas futures ended at $3.05 per mmBTU.", "$3.05 per mmBTU", "USD/mmbtu"),
        ("The forward will earn 400,000 euros per week.", "400,000 euros per week", "EUR/week"),
        # a period adjective on the amount's noun makes it a rate as "a year" does
        ("The keeper will be paid a monthly salary of €1m.", "€1m", "EUR/month"),
        ("His weekly wages of £90,000 were the club's highest.", "£90,000", "GBP/week"),
    ],
)
def test_a_price_keeps_its_denominator(numeric, text, span, unit):
    assert only(numeric(text), span).unit == unit


def test_a_total_is_not_a_rate_and_a_year_s_sum_is_a_plain_sum(numeric):
    assert only(numeric("The club paid a fee of €12m for the keeper."), "€12m").unit == "EUR"
    assert only(numeric("The keeper will be paid an annual salary of €12m."), "€12m").unit == "EUR"


def test_a_money_rate_converts_to_a_yearly_amount():
    from claimdiff.units import dimension, to_base

    # a sum without a period is a year's: "annual sales of $30bn" / "sales of $30bn last year"
    assert dimension("EUR/week") == dimension("EUR/year") == dimension("EUR") != dimension("USD/year")
    assert to_base(400_000, "EUR/week")[0] == pytest.approx(20.87e6, rel=0.001)
    assert to_base(12e6, "EUR/year") == (12e6, "EUR")
    assert to_base(42, "USD/share") == (42, "USD/share")


def test_a_few_is_not_a_denominator(numeric):
    assert only(numeric("The same flat cost $90,000 a few years ago."), "$90,000").unit == "USD"


@pytest.mark.parametrize(
    "sentence, change, level",
    [
        ("Oil settled up 31 cents at $64.18 on Friday.", "31 cents", "$64.18"),
        ("The index rose 42.7 points to 12,905.33 in late trade.", "42.7", "12,905.33"),
        ("Shares of the grocer skidded 8.4 percent, to $19.60.", "8.4 percent", "$19.60"),
    ],
)
def test_a_change_and_the_level_it_reaches_play_different_roles(sentence, change, level):
    claims = {c.text: c for c in claimdiff.extract_claims(sentence)}
    assert role(claims[change]) == "change"
    assert role(claims[level]) == ""


def _clock(text: str):
    return [c for c in claimdiff.extract_claims(text) if c.kind == ClaimKind.TIME]


def test_times_of_day_carry_the_window_their_wording_allows():
    exact, before, after = _clock("It hit at 03:54 local time, just before 4 a.m., shortly after midnight.")
    assert (exact.text, exact.low, exact.high, exact.unit, exact.clock) == ("03:54 local time", 234, 234, "clock", "03:54")
    assert (before.text, before.low, before.high) == ("just before 4 a.m.", 225, 240)
    assert (after.text, after.low, after.high) == ("shortly after midnight", 0, 30)


def test_a_named_zone_is_compared_in_utc_and_an_unknown_one_not_at_all():
    gmt, place = _clock("The blast came at 1930 GMT, or 10.30pm, UAE, officials said.")
    assert gmt.unit == "clock UTC" and gmt.value == 19 * 60 + 30 and gmt.clock == "19:30 GMT"
    assert place.unit == "clock UAE" and place.text == "10.30pm, UAE"
    years = [c for c in claimdiff.extract_claims("The blast came at 1930 GMT.") if c.kind == ClaimKind.DATE]
    assert years == []  # "1930" of a clock time is no year


def test_a_race_time_or_score_is_no_time_of_day():
    assert _clock("She won the final in 12:10, a lap record.") == []


def test_ages_are_ages_never_dates_or_counts():
    claims = claimdiff.extract_claims("A man in his 50s was hurt. Maria Lopez, 44, a nurse, and a 25-year-old "
                                      "Brazilian were among the passengers on the 15-year-old aircraft.")
    ages = {c.text: c for c in claims if c.kind == ClaimKind.AGE}
    assert (ages["50s"].low, ages["50s"].high, ages["50s"].value) == (50, 59, None)
    assert ages["44"].holder == "maria lopez" and ages["44"].value == 44
    assert ages["25-year-old"].concept == "brazilian" and ages["15-year-old"].concept == "aircraft"
    assert not [c for c in claims if c.kind in (ClaimKind.DATE, ClaimKind.COUNT)]


def test_a_past_duration_derives_no_completion_date():
    claims = claimdiff.extract_claims("The talks lasted three hours.")
    assert [c.kind for c in claims] == [ClaimKind.DURATION]


def _one(text: str, kind: ClaimKind, span: str):
    hits = [c for c in claimdiff.extract_claims(text, published=__import__("datetime").date(2025, 11, 26))
            if c.kind == kind and c.text == span]
    assert len(hits) == 1, [(c.kind.value, c.text) for c in claimdiff.extract_claims(text)]
    return hits[0]


@pytest.mark.parametrize(
    "text, span, low, high, unit",
    [
        ("Estimates of the storm's reach run from 140 miles to 175 miles.", "140 miles to 175 miles", 140, 175, "mile"),
        ("The rain band stretched 60km to 85km.", "60km to 85km", 60, 85, "kilometer"),
        ("Repairs will take two to three months, the council said.", "two to three months", 2, 3, "month"),
        ("Crews worked for 3-4 weeks on the line.", "3-4 weeks", 3, 4, "week"),
        ("Rescuers searched for several days.", "several days", 3, 9, "day"),
    ],
)
def test_ranges_are_one_claim_with_bounds_and_no_value(text, span, low, high, unit):
    kind = ClaimKind.QUANTITY if unit in ("mile", "kilometer") else ClaimKind.DURATION
    claim = _one(text, kind, span)
    assert (claim.value, claim.low, claim.high, claim.unit) == (None, low, high, unit)


def test_a_move_from_one_figure_to_another_stays_two_figures():
    claims = [c.text for c in claimdiff.extract_claims("The bank cut its growth forecast from 1.9% to 1.4%.")]
    assert claims == ["1.9%", "1.4%"]


def test_a_range_of_days_is_one_interval():
    import datetime as dt

    claim = _one("The pilgrimage runs between 21 and 26 September 2015.", ClaimKind.DATE, "between 21 and 26 September 2015")
    assert (claim.date.start, claim.date.end) == (dt.date(2015, 9, 21), dt.date(2015, 9, 26))


def test_fuzzy_relative_month_and_a_frequency():
    import datetime as dt

    late = _one("The merger was agreed late last August.", ClaimKind.DATE, "late last August")
    assert (late.date.start, late.date.end) == (dt.date(2025, 8, 21), dt.date(2025, 8, 31))
    every = _one("The festival returns every 12 years.", ClaimKind.DURATION, "every 12 years")
    assert (every.value, every.unit, every.qualifier) == (12, "year", "every")


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("The new engine delivers 295 pound-feet of torque.", "295 pound-feet", 295, "foot * pound"),
        ("The handset ships with 256GB of storage.", "256GB", 256, "gigabyte"),
        ("A magnitude-5.8 quake shook the coast.", "5.8", 5.8, "magnitude"),
        ("It followed a 4.9 quake in the same area.", "4.9", 4.9, "magnitude"),
    ],
)
def test_compound_units_and_magnitudes(numeric, text, span, value, unit):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.QUANTITY and claim.value == pytest.approx(value) and claim.unit == unit


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Rain fell across 36 of the country's 47 prefectures.", "47", "whole"),
    ("Rain fell across 36 of the country's 47 prefectures.", "36", ""),
    ("A death toll of 600 was confirmed.", "600", ""),
])
def test_the_whole_a_part_is_counted_from(sentence, figure, expected):
    claims = {c.text: c for c in claimdiff.extract_claims(sentence)}
    assert role(claims[figure]) == expected


def test_a_list_of_tolls_keeps_each_its_own_measure():
    claims = claimdiff.extract_claims("Police reported four dead, 11 hurt in the pile-up.")
    assert [(c.text, c.measure) for c in claims] == [("four", "killed"), ("11", "wounded")]


def test_a_span_of_clock_times_and_the_day_a_time_is_on():
    import datetime as dt

    claims = claimdiff.extract_claims("The polls are open 2-4 pm. The quake struck at 03:10 local time on Sunday.",
                                      published=dt.date(2025, 11, 26))
    span, quake = [c for c in claims if c.kind == ClaimKind.TIME]
    assert (span.text, span.value, span.low, span.high, span.clock) == ("2-4 pm", None, 840, 960, "14:00-16:00")
    assert span.date.start == dt.date(2025, 11, 26)  # no day written: the publish date
    assert quake.date.start == dt.date(2025, 11, 23)  # "on Sunday" before the Wednesday it was published


def test_recent_stretches_and_fiscal_years_are_wide_on_purpose():
    import datetime as dt

    recent = _one("Sales slowed in recent weeks.", ClaimKind.DURATION, "recent weeks")
    assert (recent.value, recent.low, recent.high) == (None, 1, 6)
    fiscal = _one("Profit will rise this fiscal year.", ClaimKind.DATE, "this fiscal year")
    assert fiscal.date.start <= dt.date(2025, 4, 1) and fiscal.date.end >= dt.date(2026, 3, 31)


def test_the_day_before_counts_from_the_last_day_the_text_named():
    import datetime as dt

    claims = claimdiff.extract_claims("The referendum was held on Sunday, Nov. 23. Rallies peaked the day before.",
                                      published=dt.date(2025, 11, 26))
    before = next(c for c in claims if c.text == "the day before")
    assert before.date.start == dt.date(2025, 11, 22)
    assert not [c for c in claimdiff.extract_claims("He had left the day before.") if c.kind == ClaimKind.DATE]


def test_a_decade_is_ten_years_not_pint_s_logarithmic_decade():
    from claimdiff.units import dimension, to_base

    assert dimension("decade") == dimension("year")
    assert to_base(2, "decade")[0] == pytest.approx(to_base(20, "year")[0])


def test_a_sum_labelled_as_an_organisation_is_no_holder(nlp) -> None:
    from claimdiff.extract.holder import holder_names
    text = "Acme Bank will hive off 74 billion euros (139b) of assets, and 3M will buy them."
    doc = nlp.make_doc(text)

    def org(name: str):
        at = text.index(name)
        return doc.char_span(at, at + len(name), label="ORG", alignment_mode="expand")

    doc.ents = [org("Acme Bank"), org("139b"), org("3M")]
    names = set(holder_names(tuple(doc.ents)).by_token.values())
    assert names == {"acme bank", "3m"}
