"""claimdiff knows its own output when it finds it among articles (corpus/own_output.py)."""

from __future__ import annotations

import io

import pytest

from claimdiff import baseline
from claimdiff.corpus import parse_text
from claimdiff.corpus.own_output import HEAD, written_by_claimdiff
from claimdiff.report import FORMAT_NAMES, render
from claimdiff.report.json_ import write


@pytest.mark.parametrize("fmt", FORMAT_NAMES)
def test_every_report_format_is_recognised(report, fmt):
    out = render(report, fmt, color=False)
    assert written_by_claimdiff(out), out[:300]


def test_streamed_json_and_a_baseline_are_recognised(report):
    stream = io.StringIO()
    write(report, stream)
    assert written_by_claimdiff(stream.getvalue()) == "JSON report"
    assert written_by_claimdiff(baseline.build(report).to_json()) == "baseline"


def test_a_long_text_report_is_known_by_its_last_line(report):
    out = render(report, "text", color=False)
    assert len(out) > HEAD  # the mark is past the head: the footer is what tells it
    assert written_by_claimdiff(out) == "text report"


def test_a_report_is_skipped_with_a_note(report):
    articles, warnings = parse_text(render(report, "markdown"), "md", "report", "story/report.md")
    assert articles == []
    assert warnings == ["skipped story/report.md: a claimdiff Markdown report, not an article"]


@pytest.mark.parametrize("text", [
    "Flood waters rose 2 metres overnight and 340 homes were evacuated, the agency said.\n",
    "## claimdiff reports a conflict\n\nA column about fact-checking tools, 3 paragraphs long.\n",
    '{"title": "Bridge opens", "text": "The bridge, 1.2 km long, opened on Monday."}',
    "<html><head><title>Ferry sinks</title></head><body><p>At least 40 people are missing.</p></body></html>",
    "::error:: this line is a workflow command but no claimdiff finding\nSecond line of prose.\n",
    "The tool printed: claimdiff 0.1.0 · pipeline en_core_web_sm, then it stopped.\nMore prose follows here.\n",
])
def test_articles_are_not_mistaken_for_reports(text):
    assert written_by_claimdiff(text) is None
