"""Quantities: pint units as written in news, conversions, measures."""

from __future__ import annotations

import pytest
from numeric_helpers import only

from claimdiff import units
from claimdiff.extract.quantity import unit_after
from claimdiff.types import ClaimKind


@pytest.mark.parametrize(
    "text, span, value, unit, measure",
    [
        ("The new runway is 3.2 kilometres long.", "3.2 kilometres", 3.2, "kilometer", "length"),
        ("The canal runs for 77 kilometers through the jungle.", "77 kilometers", 77, "kilometer", "length"),
        ("The fence stretches 40 miles along the border.", "40 miles", 40, "mile", "length"),
        ("The trawler sank 12 nautical miles off the cape.", "12 nautical miles", 12, "nautical_mile", None),
        ("The crane is 95 metres tall.", "95 metres", 95, "meter", "height"),
        ("The divers found the wreck some 60 metres underwater.", "some 60 metres", 60, "meter", "depth"),
        ("The crew were trapped nearly 300 yards underground.", "nearly 300 yards", 300, "yard", "depth"),
        ("The shaft is 1,100 feet deep.", "1,100 feet", 1100, "foot", "depth"),
        ("Fire destroyed 8,500 hectares of pine forest.", "8,500 hectares", 8500, "hectare", "area"),
        ("The ranch was sold with 3,000 acres of grazing land.", "3,000 acres", 3000, "acre", "area"),
        ("The reserve spans 450 square kilometres.", "450 square kilometres", 450, "kilometer ** 2", "area"),
        ("Customs seized 2.4 tonnes of cocaine.", "2.4 tonnes", 2.4, "metric_ton", "mass"),
        ("The bell weighs 13 tons.", "13 tons", 13, "ton", "mass"),
        ("Each sack holds 25 kg of rice.", "25 kg", 25, "kilogram", "mass"),
        ("The tanker spilled 40,000 litres of diesel.", "40,000 litres", 40000, "liter", "volume"),
        ("Gusts reached 110 mph on the coast.", "110 mph", 110, "mile_per_hour", "speed"),
        ("The train runs at 300 km/h between the cities.", "300 km/h", 300, "kilometer / hour", "speed"),
        ("A 7.1-magnitude quake shook the region.", "7.1-magnitude", 7.1, "magnitude", "magnitude"),
        ("Temperatures hit 38C in the south.", "38C", 38, "degree_Celsius", "temperature"),
    ],
)
def test_quantities(numeric, text, span, value, unit, measure):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.QUANTITY
    assert claim.value == value and claim.unit == unit
    if measure is not None:
        assert claim.measure == measure


def test_units_are_convertible_to_base():
    assert units.to_base(3.2, "kilometer") == pytest.approx((3200.0, "meter"))
    assert units.to_base(1, "acre")[1] == "meter ** 2"


def test_bracketed_conversion_is_one_claim(numeric):
    # one claim with both forms: its text runs to the closing bracket
    claims = numeric("The causeway will run 2 kilometres (1.2 miles) across the bay.")
    assert [c.text for c in claims] == ["2 kilometres (1.2 miles)"]
    assert claims[0].value == 2 and claims[0].unit == "kilometer"
    assert any("conversion" in n and "(consistent" in n for n in claims[0].explanation.notes)


def test_inconsistent_bracketed_conversion_is_flagged(numeric):
    claims = numeric("The sea wall is 5 metres (30 feet) high.")
    assert [c.text for c in claims] == ["5 metres (30 feet)"]
    assert any("NOT consistent" in n for n in claims[0].explanation.notes)


def test_durations_are_left_to_the_temporal_extractor(numeric):
    assert numeric("The repairs will take 18 months and 40 days.") == []


@pytest.mark.parametrize("text", [" in Paris", " at noon", " points behind", " units sold", " hands"])
def test_english_words_are_not_units(text):
    assert unit_after("5" + text, 1) is None


def test_sport_distance_is_metres_not_million(numeric):
    claim = only(numeric("She won the 400m hurdles in record time."), "400m")
    assert claim.kind == ClaimKind.QUANTITY and claim.unit == "meter"


def test_several_conversions_in_one_bracket_fold_into_the_first_figure(numeric):
    claims = numeric("The club paid a fee of 180m euros (£160m; $210m) for the winger.")
    assert [c.text for c in claims] == ["180m euros (£160m; $210m)"]
    assert claims[0].unit == "EUR" and sum("conversion" in n for n in claims[0].explanation.notes) == 2


def test_a_bracket_that_is_not_a_conversion_stays_apart(numeric):
    claims = numeric("Tickets cost $5 (rising to $7 next year) at the gate.")
    assert [c.text for c in claims] == ["$5", "$7"]


def test_a_distance_names_the_place_it_is_measured_from(numeric):
    claims = numeric("The village lies 40 kilometres (25 miles) north of Kelby, officials said.")
    assert claims[0].holder == "from:kelby"
