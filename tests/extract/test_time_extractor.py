"""TemporalExtractor on parsed text: spans, events, derived completion dates, no publish date."""

import datetime as dt

import pytest

import claimdiff

from claimdiff.extract.temporal import TemporalExtractor
from claimdiff.types import Article, ClaimKind

D = dt.date

# `nlp` is the session-scoped pipeline fixture of tests/extract/conftest.py.


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


def test_ranges_and_glued_entities_split(nlp):
    text = ("Schools will close from Oct. 28 to Nov. 1. The firm was audited between 2016 and 2018. "
            "The runoff is set for Dec. 15, two weeks after the first round.")
    claims = run(nlp, text, D(2024, 10, 21))
    assert one(claims, "Oct. 28").date.start == D(2024, 10, 28)
    assert one(claims, "Nov. 1").date.start == D(2024, 11, 1)
    assert one(claims, "2016").date.granularity == "year" and one(claims, "2018").date.start == D(2018, 1, 1)
    assert one(claims, "Dec. 15").date.start == D(2024, 12, 15)
    assert one(claims, "two weeks", ClaimKind.DURATION).value == 2


def test_offsets_between_events_are_durations_not_dates(nlp):
    text = "The jury retired on Monday and returned its verdict two days later, three years after the crash."
    claims = run(nlp, text, D(2025, 6, 20))
    assert one(claims, "two days", ClaimKind.DURATION).unit == "day"
    assert one(claims, "three years", ClaimKind.DURATION).unit == "year"
    assert not [c for c in claims if c.kind == ClaimKind.DATE and "days" in c.text]


def test_past_tense_quarter_is_last_years(nlp):
    text = "Unemployment fell to 4.1 percent in the fourth quarter, the statistics office said."
    q4 = one(run(nlp, text, D(2026, 3, 2)), "the fourth quarter")
    assert (q4.date.start, q4.date.end) == (D(2025, 10, 1), D(2025, 12, 31))


def test_rates_and_sport_periods_are_not_claims(nlp):
    text = ("The fund returned 6 percent a year. The home side scored twice in the third quarter of the game "
            "to lead by 12 points.")
    assert run(nlp, text, D(2024, 5, 5)) == []


def test_scheduled_present_tense_weekday_looks_forward(nlp):
    text = "The summit opens on Monday in the capital."
    monday = one(run(nlp, text, D(2022, 4, 14)), "Monday")
    assert monday.date.start == D(2022, 4, 18)
    assert any("future" in n for n in monday.explanation.notes)


def test_unreadable_duration_never_becomes_a_date(nlp):
    text = "The coalition collapsed after a mere 14 months in power."
    claims = run(nlp, text, D(2025, 3, 19))
    assert [c.kind for c in claims] == [ClaimKind.DURATION] and claims[0].value == 14


def test_within_deadline_from_a_relative_start_month(nlp):
    text = ("The hospital broke ground last October. "
            "The new wing should open within two years, the health board said.")
    claims = run(nlp, text, D(2025, 5, 1))
    start = one(claims, "last October")
    assert start.measure == "start" and start.date.start == D(2024, 10, 1)
    derived = [c for c in claims if c.kind == ClaimKind.DATE and c.measure == "completion"][0]
    assert (derived.date.start, derived.date.end) == (D(2024, 10, 1), D(2026, 10, 31))
    assert derived.basis == "Oct 2024 + within 2 years ≈ by Oct 2026"


def test_open_ended_duration_gives_no_completion_date(nlp):
    text = "The tunnel will take more than three years to build."
    claims = run(nlp, text, D(2025, 5, 1))
    assert one(claims, "more than three years", ClaimKind.DURATION).high is None
    assert not [c for c in claims if c.kind == ClaimKind.DATE]


def test_conjoined_future_clause_does_not_change_past_weekday(nlp):
    text = "Work on the pipeline began on Monday and is expected to last three years."
    monday = one(run(nlp, text, D(2025, 5, 1)), "Monday")
    assert monday.date.start == D(2025, 4, 28) and monday.measure == "start"


def test_an_age_in_decades_is_not_a_date(nlp):
    claims = run(nlp, "The driver, a man in his 50s, and a woman in her early 30s were rescued on Monday. "
                      "The 12-year-old ferry sank. In the 1990s the port was rebuilt.")
    texts = [c.text for c in claims if c.kind == ClaimKind.DATE]
    assert not any("50s" in t or "30s" in t or "year-old" in t for t in texts), texts
    assert any("1990s" in t for t in texts), texts  # a real decade still is one


def test_a_part_of_the_day_is_not_the_event(nlp):
    # the event of "on Saturday evening" is what happened then, never "evening"
    claims = run(nlp, "The storm swept ashore on Saturday evening near the port.\n\n"
                      "Rescue teams searched the valley through Sunday night.")
    saturday, sunday = one(claims, "Saturday"), one(claims, "Sunday")
    assert saturday.measure not in ("evening", None) and sunday.measure not in ("night", None)
    assert saturday.measure != sunday.measure


@pytest.mark.parametrize("text, span, unit", [
    ("Rescuers say it has almost been a day since the tunnel collapsed.", "a day", "day"),
    ("It has been a week since the river burst its banks.", "a week", "week"),
])
def test_a_unit_after_been_is_a_duration(text, span, unit):
    found = [c for c in claimdiff.extract_claims(text) if c.text == span]
    assert [(c.kind.value, c.unit) for c in found] == [("duration", unit)]


@pytest.mark.parametrize("text, span, value", [
    ("In her three seasons at the club she scored 41 goals.", "three seasons", 3.0),
    ("He spent five straight seasons in Italy before the move.", "five straight seasons", 5.0),
])
def test_sports_seasons_are_durations_in_seasons(text, span, value):
    found = [c for c in claimdiff.extract_claims(text) if c.text == span]
    assert [(c.kind.value, c.value, c.unit) for c in found] == [("duration", value, "season")]


def test_a_hotel_named_four_seasons_is_no_duration():
    assert not [c for c in claimdiff.extract_claims("Guests left the Four Seasons hotel on Friday.")
                if c.kind.value == "duration"]
