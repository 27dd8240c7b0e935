"""The HTML page: self-contained, every link resolves, every claim marked where it is."""

from __future__ import annotations

import dataclasses
import re

from claimdiff.report import render
from claimdiff.types import Claim, ClaimKind, Verdict
from report_fixtures import PageParser, budget_story, finding, flood_story, make_report


def _parse(page: str) -> PageParser:
    p = PageParser()
    p.feed(page)
    return p


def test_self_contained(report) -> None:  # type: ignore[no-untyped-def]
    page = render(report, "html")
    p = _parse(page)
    assert p.srcs == []
    assert not re.search(r"(?i)https?://|@import|url\(|@font-face", page)
    assert "<style>" in page and "<script>" in page


def test_ids_unique_and_every_link_resolves(report) -> None:  # type: ignore[no-untyped-def]
    p = _parse(render(report, "html"))
    assert len(p.ids) == len(set(p.ids))
    assert p.links and all(link.startswith("#") and link[1:] in p.ids for link in p.links)


def test_each_conflict_links_to_both_spans_and_they_hold_the_claim(report) -> None:  # type: ignore[no-untyped-def]
    page = render(report, "html")
    p = _parse(page)
    for item in re.finditer(r'<li class="finding conflict" id="([^"]+)"[^>]*data-spans="([^"]*)"', page):
        spans = item.group(2).split()
        assert len(spans) == 2
        for span in spans:
            assert span in p.marks
    texts = set(p.marks.values())
    for f in report.findings:
        for c in f.claims:
            assert c.text in texts


def test_same_article_ids_in_two_stories_do_not_clash() -> None:
    twice = make_report(budget_story(), dataclasses.replace(budget_story(), name="budget again"))
    p = _parse(render(twice, "html"))
    assert len(p.ids) == len(set(p.ids))
    assert all(link[1:] in p.ids for link in p.links)


def test_nested_and_crossing_spans() -> None:
    story = flood_story()
    a = story.articles[0]
    start = a.text.index("At least 40 people died")

    def c(s: int, e: int) -> Claim:
        return Claim(kind=ClaimKind.CASUALTY, article=a.id, start=s, end=e, text=a.text[s:e], sentence="")

    outer, inner, crossing = c(start, start + 23), c(start + 9, start + 11), c(start + 19, start + 28)
    extra = [finding(f"x{i}", Verdict.SINGLE_SOURCE, "CS00", "casualty.single_source", "t", [cl], "why")
             for i, cl in enumerate((outer, inner, crossing))]
    page = render(make_report(dataclasses.replace(story, findings=story.findings + tuple(extra))), "html")
    p = _parse(page)
    assert all(link[1:] in p.ids for link in p.links)
    assert "At least 40 people died" in p.marks.values()  # outer holds the others
    assert "40" in p.marks.values()
    assert "died" in p.marks.values()  # the crossing span (died when) is cut is cut where the outer one ends
    assert page.count("<mark") == page.count("</mark>")


def test_article_text_is_escaped(flood_report) -> None:  # type: ignore[no-untyped-def]
    page = render(flood_report, "html")
    assert "&lt;gauge&gt;" in page and "<gauge>" not in page
