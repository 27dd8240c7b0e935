"""An article's own update joins the fact its lead figure states; trapped people are
counted with the missing; times of one event after different verbs meet. Sentences
written for these tests in the style of wire copy."""

from __future__ import annotations

from pathlib import Path

import claimdiff
from claimdiff.types import ClaimKind, Verdict


def _story(tmp_path: Path, *texts: str):
    for i, text in enumerate(texts):
        (tmp_path / f"outlet{i}.txt").write_text(f"source: Outlet {i}\n\n{text}\n", encoding="utf-8")
    return claimdiff.compare([tmp_path]).stories[0]


def _finding_with(story, article: str, text: str):
    return next(f for f in story.findings if any(c.article == article and c.text == text for c in f.claims))


def test_an_articles_earlier_count_joins_the_fact_its_lead_states(tmp_path):
    story = _story(
        tmp_path,
        "At least 23 people were missing after the storm, the fire agency said on Monday. Rescue teams "
        "searched flooded towns along the river. Earlier in the day, officials had said 14 people were missing.",
        "The fire agency said on Monday that 21 people remained missing as rescue teams searched flooded "
        "towns along the river.",
    )
    lead = _finding_with(story, "outlet0", "At least 23")
    assert any(c.article == "outlet0" and c.text == "14" for c in lead.claims)
    assert any(c.article == "outlet1" and c.text == "21" for c in lead.claims)


def test_people_trapped_are_counted_with_the_missing():
    claims = claimdiff.extract_claims("Rescuers raced to reach 120 miners trapped underground.")
    assert [(c.text, c.measure) for c in claims] == [("120", "missing")]


def test_times_of_one_event_after_different_verbs_meet(tmp_path):
    story = _story(tmp_path, "The airliner crashed at 4:05 p.m. into a residential street, officials said.",
                   "Air traffic control lost contact with the airliner just after 4 pm, officials said.")
    times = [f for f in story.findings if f.claims[0].kind == ClaimKind.TIME and len({c.article for c in f.claims}) == 2]
    assert [f.verdict for f in times] == [Verdict.AGREE]


def test_years_past_is_no_date():
    assert not [c for c in claimdiff.extract_claims("The ritual has been calmer than in years past.")
                if c.kind == ClaimKind.DATE]


def test_near_amounts_of_differently_named_things_are_not_one_fact(tmp_path):
    story = _story(tmp_path, "The offer implies a $21.4 billion market cap for the retailer, analysts said on Friday.",
                   "Analysts said on Friday the $21.9 billion purchase of the retailer surprised rivals.")
    assert not [f for f in story.findings if f.verdict == Verdict.CONFLICT]


def test_counts_of_different_things_far_apart_are_two_facts(tmp_path):
    story = _story(tmp_path, "The carmaker will cut 9,000 jobs by 2027 under the plan, it said on Monday.",
                   "The carmaker will reduce its workforce to 41,000 employees by 2027, it said on Monday.")
    assert not [f for f in story.findings if f.verdict == Verdict.CONFLICT]


def _claim(article: str, value: float):
    from claimdiff.types import Claim

    return Claim(kind=ClaimKind.CASUALTY, article=article, start=0, end=2, text=f"{value:g}", value=value,
                 low=value, high=value, measure="killed", sentence=f"{value:g} people were killed.")


def test_groups_merge_when_most_cross_pairs_are_linked_and_none_is_refused():
    from claimdiff.align.admit import facts
    from claimdiff.align.cluster import _may_merge

    block = [_claim("a", 40), _claim("b", 46), _claim("c", 52)]
    known = [facts(c) for c in block]
    every = {(0, 1), (0, 2), (1, 2)}
    # c's figure is linked to a's but only admissible beside b's: one of two pairs linked
    assert _may_merge([0, 1], [2], block, known, allowed=every, linked={(0, 1), (0, 2)})
    # a pair that may not sit together at all refuses the merge however many are linked
    assert not _may_merge([0, 1], [2], block, known, allowed={(0, 1), (0, 2)}, linked={(0, 1), (0, 2)})
    # fewer than half linked: two facts
    assert not _may_merge([0, 1], [2], block, known, allowed=every, linked={(0, 1)})


def test_a_distinctive_figure_written_twice_is_evidence_a_small_round_one_is_not():
    from claimdiff.align.cluster import _same_distinctive

    assert _same_distinctive(_claim("a", 274), _claim("b", 274))
    assert _same_distinctive(_claim("a", 13.7e9), _claim("b", 13.7e9))
    assert not _same_distinctive(_claim("a", 3), _claim("b", 3))
    assert not _same_distinctive(_claim("a", 10), _claim("b", 10))
    assert not _same_distinctive(_claim("a", 274), _claim("b", 275))
