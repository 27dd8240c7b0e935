"""Align and judge on the forms real coverage takes: an article's own update joins the
fact its lead figure states, times and ages compare only where they can be one fact,
targets, wholes, vague figures and differently named things stay apart. Sentences
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
    assert not _conflicts(story)


def test_counts_of_different_things_far_apart_are_two_facts(tmp_path):
    story = _story(tmp_path, "The carmaker will cut 9,000 jobs by 2027 under the plan, it said on Monday.",
                   "The carmaker will reduce its workforce to 41,000 employees by 2027, it said on Monday.")
    assert not _conflicts(story)


def _conflicts(story) -> list:
    return [f for f in story.findings if f.verdict == Verdict.CONFLICT]


def _claim(article: str, value: float):
    from claimdiff.types import Claim

    return Claim(kind=ClaimKind.CASUALTY, article=article, start=0, end=2, text=f"{value:g}", value=value,
                 low=value, high=value, measure="killed", sentence=f"{value:g} people were killed.")


def test_groups_merge_when_most_cross_pairs_are_linked_and_none_is_refused():
    from claimdiff.align.facts import facts
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
    from claimdiff.align.values import distinctive

    assert distinctive(_claim("a", 274), _claim("b", 274))
    assert distinctive(_claim("a", 13.7e9), _claim("b", 13.7e9))
    assert not distinctive(_claim("a", 3), _claim("b", 3))
    assert not distinctive(_claim("a", 10), _claim("b", 10))
    assert not distinctive(_claim("a", 274), _claim("b", 275))


def _verdicts(story, kind: ClaimKind) -> list[Verdict]:
    return [f.verdict for f in story.findings if f.claims[0].kind == kind and len({c.article for c in f.claims}) > 1]


def test_times_of_one_event_agree_within_their_wording(tmp_path):
    story = _story(tmp_path, "The earthquake struck at 03:54 local time on Tuesday, the agency said.",
                   "The earthquake struck just before 4 a.m. on Tuesday, residents said.")
    assert _verdicts(story, ClaimKind.TIME) == [Verdict.AGREE]


def test_two_times_of_one_event_conflict(tmp_path):
    story = _story(tmp_path, "The airliner crashed at 2:35 p.m. near the runway, officials said.",
                   "The airliner crashed at 3:10 p.m. near the runway, police said.")
    conflicts = [f for f in story.findings if f.verdict == Verdict.CONFLICT]
    assert [f.code for f in conflicts] == ["TM01"]


def test_a_local_time_and_a_gmt_time_never_conflict(tmp_path):
    story = _story(tmp_path, "The crush began around 9 a.m. on Thursday, witnesses said.",
                   "The crush began at 0600 GMT on Thursday, witnesses said.")
    assert Verdict.CONFLICT not in _verdicts(story, ClaimKind.TIME)


def test_ages_of_two_unnamed_people_never_conflict(tmp_path):
    story = _story(tmp_path, "A woman in her 70s died when the river burst its banks.",
                   "A woman in her 30s died when the river burst its banks.")
    assert Verdict.CONFLICT not in _verdicts(story, ClaimKind.AGE)


def test_vague_lengths_of_time_never_conflict(tmp_path):
    story = _story(tmp_path, "The lender will shed assets over the next couple of years, it said.",
                   "The lender will shed assets over the next several years, it said.")
    assert Verdict.CONFLICT not in _verdicts(story, ClaimKind.DURATION)


def test_a_target_for_a_later_year_is_not_the_present_figure(tmp_path):
    story = _story(tmp_path, "The bank has 91,500 employees, a spokesman said on Sunday in 2019.",
                   "The bank will have roughly 74,000 employees by 2022, a spokesman said on Sunday in 2019.")
    assert not _conflicts(story)


def test_a_sum_one_article_sets_for_a_later_year_still_agrees(tmp_path):
    story = _story(tmp_path, "The overhaul will cost the bank 6.2 billion euros by 2022, a spokesman said in 2019.",
                   "The overhaul will cost the bank 6.2 billion euros, a spokesman said in 2019.")
    assert [f.verdict for f in story.findings if f.claims[0].kind == ClaimKind.MONEY] == [Verdict.AGREE]


def test_a_vague_figure_conflicts_with_nothing_it_does_not_cover(tmp_path):
    story = _story(tmp_path, "Thousands of homes were flooded when the river rose, officials said.",
                   "Some 1,283 homes were flooded when the river rose, officials said.")
    assert not _conflicts(story)


def test_the_size_of_a_whole_set_is_no_count_of_the_part(tmp_path):
    story = _story(tmp_path, "Warnings were issued in all 47 prefectures as the storm neared, officials said.",
                   "Warnings were issued in 11 prefectures as the storm neared, officials said.")
    assert not _conflicts(story)


def test_ages_of_two_things_a_year_apart_are_two_facts(tmp_path):
    story = _story(tmp_path, "The 12-year-old jet had passed its checks, the airline said on Friday.",
                   "A 13-year-old witness said the jet flew low over the houses on Friday.")
    assert not [f for f in story.findings if f.claims[0].kind == ClaimKind.AGE and len(f.claims) > 1]
