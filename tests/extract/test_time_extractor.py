"""TemporalExtractor on parsed text: spans, events, derived completion dates, no publish date."""

import datetime as dt

import pytest

from claimdiff.extract.temporal import TemporalExtractor
from claimdiff.types import Article, ClaimKind

D = dt.date


@pytest.fixture(scope="session")
def nlp():
    from claimdiff.nlp import load_pipeline

    return load_pipeline()


def run(nlp, text, published=D(2025, 5, 1)):
    article = Article(id="a", path="a.txt", text=text, published=published)
    claims = TemporalExtractor().extract(nlp(text), article)
    for c in claims:
        assert text[c.start:c.end] == c.text
        assert c.text in c.sentence
        assert c.explanation is not None and c.explanation.extractor == "temporal"
        assert 0.0 <= c.score <= 1.0
    return claims


def one(claims, text, kind=ClaimKind.DATE):
    found = [c for c in claims if c.text == text and c.kind == kind]
    assert len(found) == 1, [(c.text, c.kind) for c in claims]
    return found[0]


def test_election_weekday_and_absolute(nlp):
    text = ("Voters in the northern province went to the polls on Sunday, and the electoral commission said "
            "results would be certified by Nov. 14. The incumbent governor took office in January 2021.")
    claims = run(nlp, text, D(2025, 11, 4))  # a Tuesday
    sunday = one(claims, "Sunday")
    assert sunday.date.start == D(2025, 11, 2) and sunday.weekday == 7
    assert any("on or before the publish date" in n for n in sunday.explanation.notes)
    nov = one(claims, "Nov. 14")
    assert nov.date.start == D(2025, 11, 14) and nov.qualifier == "by"
    jan = one(claims, "January 2021")
    assert (jan.date.start, jan.date.end, jan.date.granularity) == (D(2021, 1, 1), D(2021, 1, 31), "month")
    assert jan.event == "took office"


def test_disaster_event_and_relative(nlp):
    text = ("The ferry sank on Tuesday night off the coast, three days after a storm warning. "
            "Rescue teams said the search could last two weeks.")
    claims = run(nlp, text, D(2024, 3, 8))  # a Friday
    tuesday = [c for c in claims if c.text.startswith("Tuesday")][0]
    assert tuesday.date.start == D(2024, 3, 5) and tuesday.measure == "sink" and tuesday.event == "sank"
    weeks = one(claims, "two weeks", ClaimKind.DURATION)
    assert (weeks.value, weeks.unit) == (2, "week")


def test_business_quarter_and_bound(nlp):
    text = ("The carmaker expects deliveries to recover in the third quarter of 2025 after a strike that "
            "lasted more than two months. Its new plant is due to open by the end of next year.")
    claims = run(nlp, text, D(2025, 2, 10))
    q3 = one(claims, "the third quarter of 2025")
    assert (q3.date.start, q3.date.end, q3.date.granularity) == (D(2025, 7, 1), D(2025, 9, 30), "quarter")
    strike = one(claims, "more than two months", ClaimKind.DURATION)
    assert (strike.low, strike.high, strike.unit) == (2, None, "month")
    end = one(claims, "the end of next year")
    assert end.date.start == D(2026, 12, 1) and end.measure == "completion" and end.qualifier == "by"


def test_sport_stadium_derived_completion(nlp):
    text = ("Work on the new stadium began on March 3, 2025, with a ceremony attended by the mayor. "
            "The club said the stadium would take two years to build.")
    claims = run(nlp, text, D(2025, 3, 5))
    start = one(claims, "March 3, 2025")
    assert start.measure == "start"
    derived = [c for c in claims if c.kind == ClaimKind.DATE and c.measure == "completion"]
    assert len(derived) == 1
    d = derived[0]
    assert d.text == "two years" and d.date.granularity == "month"
    assert (d.date.start, d.date.end) == (D(2027, 3, 1), D(2027, 3, 31))
    assert d.basis == "3 Mar 2025 + 2 years ≈ Mar 2027"
    dur = one(claims, "two years", ClaimKind.DURATION)
    assert dur.measure != "completion"


def test_derived_completion_falls_back_to_publish_date(nlp):
    text = "Engineers say repairing the dam will take six months to complete."
    claims = run(nlp, text, D(2024, 9, 15))
    d = [c for c in claims if c.kind == ClaimKind.DATE and c.measure == "completion"][0]
    assert d.date.start == D(2025, 3, 1) and "publish date" in " ".join(d.explanation.notes)


def test_no_publish_date_leaves_relative_unresolved(nlp):
    text = ("Talks collapsed on Friday, months after the two parties signed a truce in April 2023. "
            "Officials hope to resume negotiations next month.")
    claims = run(nlp, text, None)
    friday = one(claims, "Friday")
    assert friday.date is None and friday.weekday == 5 and "assume-date" in friday.unresolved
    assert one(claims, "next month").date is None
    april = one(claims, "April 2023")
    assert april.date is not None and april.date.start == D(2023, 4, 1) and april.unresolved is None


def test_ages_and_counts_are_not_dates(nlp):
    text = "A 45-year-old driver and two teenagers were hurt; the company reported annual sales of 3,000 cars."
    assert run(nlp, text) == []


def test_start_class_for_construction_wording(nlp):
    text = "Builders broke ground on the hospital extension on Monday, the health ministry said."
    claims = run(nlp, text, D(2023, 6, 9))
    monday = one(claims, "Monday")
    assert monday.measure == "start" and monday.date.start == D(2023, 6, 5)
