"""GitHub workflow annotations: levels, raw-file positions, escaping."""

from __future__ import annotations

import dataclasses
import re

from claimdiff.report import render
from claimdiff.report._common import display_path
from claimdiff.report.github import annotation, escape_data, escape_property
from claimdiff.types import Verdict
from report_fixtures import flood_story, make_report

LINE = re.compile(r"^::(error|notice) (?P<props>[^:]*)::(?P<msg>.*)$")


def _parse(out: str) -> list[dict[str, str]]:
    rows = []
    for line in out.splitlines():
        m = LINE.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        rows.append({"level": m[1], "msg": m["msg"], **props})
    return rows


def test_escaping_follows_the_workflow_command_rules() -> None:
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    line = annotation("error", "two\nlines", file="x,y.txt", title="CS01 casualty.value")
    assert line == "::error file=x%2Cy.txt,title=CS01 casualty.value::two%0Alines"
    assert "\n" not in line


def test_levels(flood_report) -> None:  # type: ignore[no-untyped-def]
    rows = _parse(render(flood_report, "github"))
    titles = {(r["level"], r["title"]) for r in rows}
    # two conflicts -> errors on both sides; the rounding agreement -> notices; single-source: nothing
    assert titles == {("error", "CS01 casualty.value"), ("error", "DT01 date.day"),
                      ("notice", "AG02 agree.rounding")}
    assert len(rows) == 6
    assert not any("1,200 homes" in r["msg"].split("(here")[0] for r in rows)


def test_which_agreements_are_notes(flood_report) -> None:  # type: ignore[no-untyped-def]
    story = flood_report.stories[0]
    agree = next(f for f in story.findings if f.verdict is Verdict.AGREE)
    a, b = agree.claims
    same_figure = (a, dataclasses.replace(b, value=a.value, low=a.low, high=a.high, unit=a.unit))

    def annotated(**changes) -> str:  # type: ignore[no-untyped-def]
        return render(make_report(dataclasses.replace(story, findings=(dataclasses.replace(agree, **changes),))), "github")

    assert annotated(code="AG01", name="agree.equal") == ""
    assert annotated(code="AG06", name="agree.weekday") == ""
    assert annotated(code="AG03", name="agree.bound").count("::notice") == 2
    # a code the table does not know: a note only when the figures differ
    assert annotated(code="AG99", name="agree.future").count("::notice") == 2
    assert annotated(code="AG99", name="agree.future", claims=same_figure) == ""


def test_positions_point_into_the_original_file(flood_report) -> None:  # type: ignore[no-untyped-def]
    articles = {a.path: a for a in flood_report.articles}
    rows = _parse(render(flood_report, "github"))
    assert rows
    for r in rows:
        raw_lines = articles[r["file"]].raw.split("\n")
        line, col, end = int(r["line"]), int(r["col"]), int(r["endColumn"])
        here = re.search(r"here%3A “(.*?)”|here: “(.*?)”", r["msg"])
        assert here, r["msg"]
        claim_text = here.group(1) or here.group(2)
        # header lines were stripped from the cleaned text, so line numbers must include them
        assert raw_lines[line - 1][col - 1:end] == claim_text


def test_unmappable_claims_get_a_file_level_annotation(flood_report) -> None:  # type: ignore[no-untyped-def]
    story = flood_report.stories[0]
    broken = tuple(dataclasses.replace(a, offsets=()) for a in story.articles)
    out = render(make_report(dataclasses.replace(story, articles=broken)), "github")
    assert out
    for r in _parse(out):
        assert "line" not in r and "file" in r


def test_sample_story_annotates_all_three_conflicts(sample_report) -> None:  # type: ignore[no-untyped-def]
    rows = _parse(render(sample_report, "github"))
    errors = [r for r in rows if r["level"] == "error"]
    conflicts = [f for f in sample_report.findings if f.verdict is Verdict.CONFLICT]
    assert len(errors) == sum(len(f.claims) for f in conflicts)
    # paths are shown relative to the working directory (the repository root in CI)
    by_path = {display_path(a.path): a for a in sample_report.articles}
    for r in errors:
        article = by_path[r["file"]]
        line = article.raw.split("\n")[int(r["line"]) - 1]
        assert line[int(r["col"]) - 1:int(r["endColumn"])] in r["msg"]
