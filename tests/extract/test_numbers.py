"""Reading figures: digits, scale words, number words, vague multiples, and what is not a figure."""

from __future__ import annotations

import pytest
from numeric_helpers import only

from claimdiff.extract.numbers import find_numbers
from claimdiff.types import ClaimKind


def _read(text):
    return [(text[n.start:n.end], n.value, n.low, n.high) for n in find_numbers(text)]


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("a budget of 1,250,000 for the year", "1,250,000", 1_250_000),
        ("growth of 2.75 in the index", "2.75", 2.75),
        ("some 1.2 million voters", "1.2 million", 1_200_000),
        ("a loss of 4.5bn last year", "4.5bn", 4_500_000_000),
        ("3m people watched", "3m", 3_000_000),
        ("ticket sales of 50k", "50k", 50_000),
        ("fifty-eight nurses", "fifty-eight", 58),
        ("one hundred and five pupils", "one hundred and five", 105),
        ("a hundred volunteers", "a hundred", 100),
        ("a dozen ambulances", "a dozen", 12),
        ("half a million tourists", "half a million", 500_000),
        ("three quarters of a million", "three quarters of a million", 750_000),
        ("2½ miles", "2½", 2.5),
    ],
)
def test_reads_the_value(text, written, value):
    read = _read(text)
    assert (written, value) in [(w, v) for w, v, _, _ in read]


@pytest.mark.parametrize(
    "text, written, low, high",
    [
        ("hundreds of families", "hundreds", 200, 999),
        ("tens of thousands of protesters", "tens of thousands", 20_000, 99_999),
        ("dozens of ships", "dozens", 24, 99),
        ("hundreds of thousands of fans", "hundreds of thousands", 200_000, 999_999),
    ],
)
def test_vague_multiples_are_intervals(text, written, low, high):
    assert (written, None, low, high) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in 1964 by both governments.",
        "The council meets at 10:30 a.m. on the 3rd floor.",
        "For tickets, call 0161 496 0732 before Friday.",
        "Flight MH370 vanished over the ocean.",
        "Rovers won 3-1 at home on Saturday.",
        "The deal was agreed on April 30, 2025 in the capital.",
        "The 47-year-old suspect was charged on Monday.",
        "The new mast will improve 5G coverage in the valley.",
        "Cases of COVID-19 fell sharply in the spring.",
        "The minister stepped down after 18 months in office.",
        "The two countries signed the accord in June 2024.",
    ],
)
def test_not_count_claims(numeric, text):
    assert numeric(text) == []


@pytest.mark.parametrize(
    "text, span, value, low, high, qualifier",
    [
        ("More than 600 teachers joined the strike.", "More than 600", 600, 600, None, "More than"),
        ("Upwards of 2,000 fans queued overnight.", "Upwards of 2,000", 2000, 2000, None, "Upwards of"),
        ("Nearly 90 ships were stuck in the canal.", "Nearly 90", 90, None, 90, "Nearly"),
        ("Fewer than 40 beds were still free.", "Fewer than 40", 40, None, 40, "Fewer than"),
        ("About 300 engineers were hired.", "About 300", 300, 270, 330, "About"),
        ("An estimated 5,000 marchers gathered.", "An estimated 5,000", 5000, 4500, 5500, "An estimated"),
        ("Between 40 and 60 lorries were seized.", "Between 40 and 60", None, 40, 60, None),
        ("Police arrested 12-15 suspects.", "12-15", None, 12, 15, None),
        ("The firm will hire 200 to 250 drivers.", "200 to 250", None, 200, 250, None),
    ],
)
def test_bounds_and_ranges(numeric, text, span, value, low, high, qualifier):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.COUNT
    assert (claim.value, claim.low, claim.high, claim.qualifier) == (value, low, high, qualifier)
    assert claim.explanation.notes and "→" in claim.explanation.notes[0]


def test_from_to_is_a_change_not_a_range(numeric):
    claims = numeric("Membership grew from 300 members to 450 members in a year.")
    assert [c.text for c in claims] == ["300", "450"]


def test_the_two_countries_is_a_reference_not_a_count(numeric):
    assert numeric("Trade between the two countries has grown.") == []


def test_one_of_the_three_says_how_many_there_are(numeric):
    claims = numeric("The bridge is one of the three main crossings into the old town.")
    assert [(c.text, c.value, c.concept) for c in claims] == [("three", 3.0, "crossing")]


def test_any_part_of_a_whole_says_how_many_the_whole_has(numeric):
    claims = numeric("Four of its 11 crew members were rescued by a passing tanker on Sunday.")
    assert ("11", 11.0, "crew") in [(c.text, c.value, c.concept) for c in claims]
    assert numeric("The freighter lost its 11 containers overboard.") == []  # a reference, as before


_PIECES = ["$", "£", "€", "1,200", "3.5", "bn", "m", " million", " km", " per cent", "%", "-", " to ",
           " between ", " and ", " of them", " about ", " over ", "(", ")", "“", "”", " said", " killed",
           " soldiers", "half", " a dozen", " tens of thousands", " sq ", "²", "0", "9", ".", ",", " ",
           "\n", "According to", "5G", "3rd", "-strong", " 10:30", " 2024", "won", " pounds", "C", "½"]


def test_any_mix_of_figure_pieces_keeps_the_invariants(numeric):
    import random

    rng = random.Random(11)  # seeded: the same strings every run
    for _ in range(150):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30)))
        for claim in numeric(text):  # the fixture checks offsets and explanations
            assert 0.0 <= claim.score <= 1.0
            assert claim.low is None or claim.high is None or claim.low <= claim.high


def test_all_n_is_a_count(numeric):
    claim = only(numeric("All 12 crew were rescued by the coastguard."), "12")
    assert claim.value == 12 and claim.measure == "rescued"


@pytest.mark.parametrize(
    "text, span, value, low, high",
    [
        ("One in five nurses in the county works a second job.", "One in five", 20.0, 20.0, 20.0),
        ("The audit found 3 in 10 invoices were paid late.", "3 in 10", 30.0, 30.0, 30.0),
        ("Seven out of 10 parents backed the later start.", "Seven out of 10", 70.0, 70.0, 70.0),
        ("One in every four flats on the estate has damp.", "One in every four", 25.0, 25.0, 25.0),
        ("Roughly one in a hundred bottles was faulty.", "Roughly one in a hundred", 1.0, 0.9, 1.1),
        ("Fewer than one in three trains ran on time.", "Fewer than one in three", 33.33, None, 33.33),
        ("The club won 8 out of 10 games in the autumn.", "8 out of 10", 80.0, 80.0, 80.0),
    ],
)
def test_a_ratio_is_a_share_like_a_fraction(numeric, text, span, value, low, high):
    claim = only(numeric(text), span)
    assert claim.kind == ClaimKind.PERCENT and claim.unit == "percent"
    assert (claim.value, claim.low, claim.high) == (value, low, high)
    assert claim.explanation.rule == "percent.ratio"


@pytest.mark.parametrize(
    "text",
    [
        "The winger scored 2 in 6 minutes after the break.",  # a count over a time
        "The chance of a match is 1 in 3 million, the lab said.",  # odds, far below a percent's decimals
        "Engineers designed the wall for a 1-in-200-year storm.",  # a return period
        "The ferry carried 40 in 12 crossings.",  # more parts than the whole: no share
        "The mayor was ranked No. 1 in 12 polls this year.",  # a rank
        "Her single went to number one in 14 countries.",
    ],
)
def test_no_share_where_the_words_are_not_a_ratio(numeric, text):
    assert [c for c in numeric(text) if c.kind == ClaimKind.PERCENT] == []


def test_a_day_of_the_month_is_not_a_count(numeric) -> None:
    texts = [c.text for c in numeric("Updated 24 Sep 2015: the toll rose to 717. By Nov. 26, 30 people had died.")]
    assert "24" not in texts and "26" not in texts, texts
    assert "717" in texts and "30" in texts, texts
