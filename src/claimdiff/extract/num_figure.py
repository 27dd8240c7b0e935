"""Assemble a figure as written: bound word, currency, number or range, unit.

``figures(text)`` reads the raw text only (no parse): it joins ranges, reads
currency symbols and words, percent signs, pint units and bound words, and
marks a parenthetical conversion ("1 kilometre (0.6 miles)") as part of the
figure before it, so one statement gives one claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from .. import units
from . import money, num_bounds, quantity
from .numbers import Number, find_numbers


@dataclass(slots=True)
class Figure:
    """A figure with everything written around it; offsets half-open into the text."""

    start: int  # first character of the claim text (bound word or currency symbol)
    end: int  # last character + 1 (unit, currency word or percent sign)
    num_start: int  # the number itself, for finding its token in the parse
    num_end: int
    value: float | None
    low: float | None
    high: float | None
    rule: str
    unit: str | None = None
    unit_dim: str | None = None  # pint dimensionality, "time" for durations
    kind: str = "count"  # count | money | percent | quantity | duration
    qualifier: str | None = None
    notes: list[str] = field(default_factory=list)
    glued_letters: bool = False  # letters straight after the digits that are no unit ("1st", "5G")
    fraction: bool = False
    # the bracketed conversions folded into it ("74 billion euros ($83 billion)"): (value, unit)
    conversions: list[tuple[float, str]] = field(default_factory=list)


_ALPHA_AFTER = re.compile(r"^[A-Za-z]")
_POINTS_RE = re.compile(r"^\s(?:points?|pts)\b", re.I)
_PERCENT_NEAR = re.compile(r"%|\bper ?cent\b|\bpolls?\b|\bpolling\b", re.I)
# A bracket right after a figure, and what may sit in it beside other figures:
# approximation words and separators ("(about £200m; $262m)").
_BRACKET = re.compile(r"\s*[(\[]([^()\[\]\n]{1,80})[)\]]")
_CONVERSION_GLUE = re.compile(r"(?:\s|[;,/]|\bor\b|\babout\b|\baround\b|\broughly\b|\bapproximately\b|"
                              r"\bapprox\.?|\bsome\b|\bnearly\b|\balmost\b|\bover\b|\bmore than\b)*", re.I)


def _attach_units(text: str, fig: Figure, scaled: bool) -> None:
    pre = money.currency_before(text, fig.start)
    if pre is None and fig.rule == "range":
        pre = money.currency_before(text, fig.num_start)  # "between $5 and $7m": the symbol is inside
        pre = (pre[0], fig.start) if pre else None
    if pre:
        fig.unit, fig.kind, fig.start = pre[0], "money", pre[1]
        post = money.currency_name_after(text, fig.end)
        if post and post[1] in ("dollars", "usd"):
            fig.end = post[2]  # "$5 dollars" is one figure
        return
    post_c = money.currency_after(text, fig.end, fig.value or fig.low or 0.0, scaled)
    if post_c:
        fig.unit, fig.kind, fig.end = post_c[0], "money", post_c[1]
        return
    cents = money.cents_after(text, fig.end)
    if cents and fig.value is not None:
        fig.unit, fig.kind, fig.end = cents[0], "money", cents[1]
        fig.value, fig.low, fig.high = (None if v is None else round(v / 100, 6) for v in (fig.value, fig.low, fig.high))
        fig.notes.append("cents → a hundredth of the currency")
        return
    pct = money.percent_after(text, fig.end)
    if pct:
        unit, factor, end = pct
        if factor != 1.0:
            fig.notes.append(f"basis points → percentage points (÷100)")
            fig.value, fig.low, fig.high = (None if v is None else v * factor for v in (fig.value, fig.low, fig.high))
        fig.unit, fig.kind, fig.end = unit, "percent", end
        return
    pts = _POINTS_RE.match(text[fig.end:fig.end + 12])
    if pts and _PERCENT_NEAR.search(text[max(0, fig.start - 80):fig.end + 80]):
        # "31%, four points ahead": beside a percentage, points are percentage points
        fig.unit, fig.kind, fig.end = "percentage_point", "percent", fig.end + pts.end()
        fig.notes.append("'points' beside a percentage → percentage points")
        return
    um = quantity.unit_after(text, fig.end)
    if um:
        fig.unit, fig.unit_dim, fig.end = um.unit, um.dimension, um.end
        fig.kind = "duration" if um.dimension == "time" else "quantity"
        return
    mag = quantity.magnitude_around(text, fig.num_start, fig.end)
    if mag is not None:
        fig.unit, fig.unit_dim, fig.end, fig.kind = "magnitude", "magnitude", mag, "quantity"
        return
    if _ALPHA_AFTER.match(text[fig.num_end:fig.num_end + 1]):
        fig.glued_letters = True


def _to_figure(n: Number) -> Figure:
    return Figure(n.start, n.end, n.start, n.end, n.value, n.low, n.high, n.rule, fraction=n.fraction)


def _join_ranges(text: str, numbers: list[Number]) -> list[Figure]:
    out: list[Figure] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        how = num_bounds.range_connector(text, a.end, b.start, a.start, b.end) if b else None
        if b and how and a.value is not None and b.value is not None:
            lo, hi = a.value, b.value
            if lo < hi / 1000 and b.rule == "digits+scale" and a.rule == "digits":
                # "5 to 7 million", "$5-7bn": the scale of the second applies to both
                lo *= hi / _unscaled(text, b)
            # a fraction is a share, never a range's end: "cut costs by a quarter to €17bn"
            if lo < hi and "fraction" not in (a.rule, b.rule):
                start = a.start
                if how == "between":
                    window = max(0, a.start - 14)
                    m = re.search(r"between\s+[$£€¥]?$", text[window:a.start], re.I)
                    start = window + m.start() if m else a.start
                fig = Figure(start, b.end, a.start, a.end, None, lo, hi, "range")
                fig.notes.append(f"range '{text[start:b.end]}' → [{num_bounds.fmt(lo)}, {num_bounds.fmt(hi)}]")
                out.append(fig)
                i += 2
                continue
            if how == "dash" and lo >= hi and a.rule == b.rule == "digits" and hi < 100:
                # "3-1", "2-2": a score, not a count and not a range
                i += 2
                continue
        out.append(_to_figure(a))
        i += 1
    return out


def _unscaled(text: str, n: Number) -> float:
    m = re.match(r"[\d,]*\.?\d+", text[n.start:n.end])
    return float(m.group(0).replace(",", "")) if m else 1.0


def _apply_qualifier(text: str, fig: Figure, tolerance: float) -> None:
    if fig.rule == "range":
        return
    found = num_bounds.qualifier_before(text, fig.start)
    if not found or fig.value is None:
        if found and fig.value is None:  # "more than hundreds of": keep the bound word only
            fig.qualifier, fig.start = found
        return
    word, start = found
    fig.low, fig.high, note = num_bounds.apply_bound(fig.value, word, text[start:fig.end], tolerance)
    fig.qualifier, fig.start = word, start
    fig.notes.append(note)


def figures(text: str, tolerance: float = num_bounds.APPROX_TOLERANCE) -> list[Figure]:
    """Every figure in ``text`` with its bound, currency/unit and conversions joined."""
    numbers = find_numbers(text)
    figs = _join_ranges(text, numbers)
    for fig in figs:
        scaled = fig.rule in ("digits+scale", "words") or fig.value is None
        _attach_units(text, fig, scaled)
        # units first: a currency symbol sits between the bound word and the digits
        _apply_qualifier(text, fig, tolerance)
    return _fold_conversions(text, figs)


def _fold_conversions(text: str, figs: list[Figure]) -> list[Figure]:
    """Fold "(0.6 miles)" after "1 kilometre", "(£200m; $262m)" after "222m euros":
    the same figure in other units. The claim keeps both forms: its text runs to
    the closing bracket, and a note names each conversion."""
    out: list[Figure] = []
    skip: set[int] = set()
    for i, fig in enumerate(figs):
        if i in skip:
            continue
        out.append(fig)
        if fig.kind not in ("quantity", "money"):
            continue
        m = _BRACKET.match(text, fig.end)
        if not m:
            continue
        inner = list(takewhile(lambda j: figs[j].start < m.end(1), range(i + 1, len(figs))))  # figs are in text order
        inner = [j for j in inner if m.start(1) <= figs[j].start and figs[j].end <= m.end(1)]
        if not inner or any(figs[j].kind != fig.kind or figs[j].unit == fig.unit for j in inner):
            continue
        rest = text[m.start(1):m.end(1)]
        for j in reversed(inner):  # what is left once the figures are out must be glue
            rest = rest[:figs[j].start - m.start(1)] + rest[figs[j].end - m.start(1):]
        if not _CONVERSION_GLUE.fullmatch(rest):
            continue
        for j in inner:
            fig.notes.append(_conversion_note(text, fig, figs[j]))
            if figs[j].value is not None and figs[j].unit:
                fig.conversions.append((figs[j].value, figs[j].unit))
        skip.update(inner)
        fig.end = m.end()
    return out


def _conversion_note(text: str, first: Figure, conv: Figure) -> str:
    """Say that the bracketed figure is a conversion, and whether pint agrees with it."""
    written = f"'{text[conv.start:conv.end]}' in brackets is a conversion of the same figure"
    if first.kind != "quantity" or first.value is None or conv.value is None:
        return written
    a, a_unit = units.to_base(first.value, first.unit)
    b, b_unit = units.to_base(conv.value, conv.unit)
    if a is None or b is None or a_unit != b_unit or a == 0:
        return written
    # one significant digit is common in conversions ("0.6 miles" for 1 km = 0.62 mi)
    verdict = "consistent" if abs(b - a) / a <= 0.10 else "NOT consistent"
    return f"{written} ({verdict} after conversion)"
