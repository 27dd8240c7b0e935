"""Markdown for tickets and PR comments: structure and escaping."""

from __future__ import annotations

import dataclasses

from claimdiff.report import render
from claimdiff.report.markdown import md
from report_fixtures import flood_story, make_report


def test_escapes_what_markdown_would_reformat() -> None:
    assert md("a*b_c`d|e<f>$5 [x]") == r"a\*b\_c\`d\|e\<f\>\$5 \[x\]"
    assert md("two\nlines") == "two lines"


def test_sections_in_order(report) -> None:  # type: ignore[no-untyped-def]
    out = render(report, "markdown")
    flood = out[out.index("### flood"):out.index("### budget")]
    assert flood.index("#### Conflicts") < flood.index("#### Agreements") < flood.index("#### Claims made by one source only")
    assert "**2 conflicts** · 1 agreement · 1 single-source claim" in flood
    assert "`CS01` casualty.value" in flood and "`DT01` date.day" in flood
    assert "> Valley Courier says at least 40 died" in flood
    assert "| homes evacuated | 1,200 homes | Plains Herald (no date) |  |" in flood
    assert "<details><summary>1 claim no other article makes</summary>" in flood


def test_quotes_bold_the_claim_and_escape_the_rest(report) -> None:  # type: ignore[no-untyped-def]
    out = render(report, "markdown")
    assert "“<b>At least 40 people</b> died when the river burst its banks on Tuesday, the mayor said.”" in out
    assert r"<b>\$5.1m</b>" in out  # $ would start GitHub math
    assert r"on Wednesday</b> (\<live\> \| updated).”" in out  # no raw HTML, no table pipe from an article


def test_self_contradiction_is_flagged(flood_report) -> None:  # type: ignore[no-untyped-def]
    story = flood_report.stories[0]
    first = dataclasses.replace(story.findings[0], self_contradiction=True)
    out = render(make_report(dataclasses.replace(story, findings=(first,) + story.findings[1:])), "markdown")
    assert "(the article contradicts itself)" in out


def test_single_story_has_no_story_count(flood_report) -> None:  # type: ignore[no-untyped-def]
    out = render(flood_report, "markdown")
    assert "stories" not in out.split("### flood")[0]
    assert out == render(make_report(flood_story()), "markdown")  # deterministic
