"""A finding's timeline as a small inline SVG step chart for the HTML report.

The figure as reported day by day: a step line through each day's figure, a dot
per source (red where two figures differ on one day, amber for a revision
down), the first and last day under the axis and the lowest and highest figure
beside it. Plain SVG inside the page: no script, no external font or request;
colours come from report.css. Undated figures cannot be placed and are left out
(the table beside the chart lists them).
"""

from __future__ import annotations

from html import escape

from ..types import Finding

WIDTH, HEIGHT = 420, 132
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 14, 30  # margins: value labels left, day labels below


def step_chart(finding: Finding) -> str:
    """The SVG element, or "" when fewer than two points are dated."""
    points = [(p, finding.claims[p.claim].level) for p in finding.timeline if p.day is not None]
    points = [(p, y) for p, y in points if y is not None]
    if len({p.day for p, _ in points}) < 2:
        return ""
    first, last = points[0][0].day, points[-1][0].day
    span = max(1, (last - first).days)  # type: ignore[operator]
    low, high = min(y for _, y in points), max(y for _, y in points)
    if high == low:
        low, high = low - 1, high + 1

    def x(day) -> float:  # type: ignore[no-untyped-def]
        return LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low)

    day_value: dict = {}
    for p, v in points:  # each day's figure: the last one placed on it
        day_value[p.day] = v
    path, prev = [], None
    for day, v in day_value.items():
        if prev is None:
            path.append(f"M{x(day):.1f},{y(v):.1f}")
        else:
            path.append(f"H{x(day):.1f}V{y(v):.1f}")
        prev = v
    dots = []
    for p, v in points:
        label = escape(f"{finding.claims[p.claim].text} ({p.article}, {p.day:%-d %b})", quote=True)
        dots.append(f'<circle class="pt {p.change}" cx="{x(p.day):.1f}" cy="{y(v):.1f}" r="4">'
                    f"<title>{label}</title></circle>")
    base = HEIGHT - BOTTOM
    text = (f'<text x="{LEFT - 6}" y="{y(high) + 4:.1f}" text-anchor="end">{high:g}</text>'
            f'<text x="{LEFT - 6}" y="{y(low) + 4:.1f}" text-anchor="end">{low:g}</text>'
            f'<text x="{LEFT}" y="{HEIGHT - 10}">{first:%-d %b %Y}</text>'
            f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 10}" text-anchor="end">{last:%-d %b %Y}</text>')
    title = escape(f"{finding.topic}: the figure as reported day by day", quote=True)
    return (f'<svg class="timeline-chart" role="img" aria-label="{title}" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>'
            f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>'
            f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}"/>'
            f'<path class="step" d="{"".join(path)}"/>{"".join(dots)}{text}</svg>')
