"""Event classes: one event worded differently by two outlets gets one measure."""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _date_claims(text: str) -> list:
    return [c for c in claimdiff.extract_claims(text, PUBLISHED) if c.kind.value == "date"]


@pytest.mark.parametrize(
    "first, second, measure",
    [
        ("The council approved the new zoning plan on Tuesday.", "Councillors passed the zoning plan on Monday.", "approval"),
        ("The senate ratified the treaty on Wednesday.", "Senators adopted the treaty on Thursday.", "approval"),
        ("The findings were published on Monday.", "The findings were reported in the journal Science on Tuesday.", "publication"),
        ("Police arrested the driver on Sunday.", "The driver was detained on Saturday.", "arrest"),
        ("The two firms signed the merger deal on Thursday.", "The two firms agreed the merger on Wednesday.", "agreement"),
    ],
)
def test_synonymous_events_share_a_measure(first: str, second: str, measure: str) -> None:
    (a,) = _date_claims(first)
    (b,) = _date_claims(second)
    assert a.measure == b.measure == measure
    assert a.weekday != b.weekday


def test_a_date_on_a_plain_object_dates_the_verb() -> None:
    (claim,) = [c for c in _date_claims("Regulators fined the bank on Thursday.") if c.weekday]
    assert claim.event == "fined"


def test_a_year_that_names_a_noun_stays_with_the_noun() -> None:
    claims = _date_claims("Parliament approved the 2026 budget on Thursday.")
    by_text = {c.text: c for c in claims}
    assert by_text["Thursday"].measure == "approval"
    assert by_text["2026"].measure != "approval"



def test_every_start_idiom_has_a_word_the_prefilter_looks_for() -> None:
    # _classify builds idiom phrases only in a doc holding one of _IDIOM_WORDS: an idiom
    # added to START_FLAT without its word there would never be matched
    from claimdiff.extract import time_events

    words = {time_events._NOT_LETTER.sub("", w) for w in time_events._IDIOM_WORDS}
    for idiom in time_events.START_FLAT:
        assert any(w in idiom for w in words), idiom
