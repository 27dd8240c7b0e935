"""Terminal report: order, highlight with and without colour."""

from __future__ import annotations

from claimdiff.report import render

ANSI = "\x1b["


def test_plain_text_has_no_escape_codes_and_marks_the_claim(report) -> None:  # type: ignore[no-untyped-def]
    out = render(report, "text", color=False, width=120)
    assert ANSI not in out
    assert "**At least 40 people**" in out and "**Twenty-five**" in out


def test_colour_highlights_with_escape_codes(report) -> None:  # type: ignore[no-untyped-def]
    out = render(report, "text", color=True, width=120)
    assert ANSI in out
    assert "**At least 40 people**" not in out


def test_summary_first_then_conflicts_agreements_singles(report) -> None:  # type: ignore[no-untyped-def]
    out = render(report, "text", width=120)
    first = out.splitlines()[0]
    assert first.startswith("3 conflicts · 1 agreement · 1 single-source claim in 2 stories")
    flood = out[out.index("flood"):out.index("budget:")]
    assert flood.index("CONFLICT CS01") < flood.index("Agreements") < flood.index("Claims made by one source only")
    assert "Valley Courier (2026-03-14)" in flood and "Plains Herald (no date)" in flood
    assert "(attributed to the mayor)" in flood
    assert "Why: Valley Courier says at least 40 died" in flood
    assert "warning: plains-herald-flood: no publish date" in out


def test_agreements_are_one_line_each(flood_report) -> None:  # type: ignore[no-untyped-def]
    out = render(flood_report, "text", width=200)
    line = next(x for x in out.splitlines() if "✓" in x)
    assert "3 metres (Valley Courier) = about ten feet (Plains Herald)" in line
