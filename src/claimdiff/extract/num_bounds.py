"""Bound words and ranges around a figure: "over 600", "about 15,000", "5 to 7".

A bound turns a figure into an interval ``[low, high]`` (None = unbounded):

- lower bound (``LOWER``): "more than 600" -> [600, None]
- upper bound (``UPPER``): "nearly 600" -> [None, 600]
- approximate (``APPROX``): "about 600" -> [600 * (1 - APPROX_TOLERANCE), 600 * (1 + APPROX_TOLERANCE)]
- range: "between 5 and 7", "5-7", "5 to 7" -> [5, 7]

``APPROX_TOLERANCE`` is 0.10, the same default as ``Options.approx_tolerance``:
news writers round "about" figures to one or two significant digits, and ten
per cent either side covers that rounding without swallowing a real difference
(15,000 vs 20,000). judge may widen or narrow it with the run option.
"""

from __future__ import annotations

import re

from .. import measures

APPROX_TOLERANCE = 0.10

LOWER = (
    "more than", "over", "at least", "upwards of", "upward of", "in excess of", "past",
    "no fewer than", "no less than", "just over", "well over", "above", "exceeding",
    "a minimum of", "north of", "topping", "beyond", "greater than", "higher than",
    "surpassing", "at minimum",
)
UPPER = (
    "up to", "fewer than", "less than", "under", "nearly", "almost", "as many as",
    "as much as", "at most", "no more than", "just under", "below", "close to",
    "a maximum of", "not more than", "shy of", "just shy of", "well under", "short of",
    "as high as", "upto",
)
APPROX = (
    "about", "some", "around", "roughly", "an estimated", "estimated", "approximately",
    "approx.", "an approximate", "circa", "c.", "more or less", "in the region of",
    "on the order of", "or so", "give or take", "nearly about",
)

_ALL = sorted(LOWER + UPPER + APPROX, key=len, reverse=True)
QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(\"“'‘—-]))(?P<q>" + "|".join(re.escape(q) for q in _ALL) + r")\s+$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"\bbetween\s+[$£€¥]?$", re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+[$£€¥]?$", re.IGNORECASE)
# A move, then its object, then "from": "rose from", "raised its forecast from".
_MOVE_THEN_FROM = re.compile(
    r"\b(?:" + measures.MOVE_FORMS + r"|raised|raises|lifted|lowered|reduced|cut|revised|upgraded|downgraded|changed|"
    r"moved|went|up|down)\b(?:\s+[\w'%-]+){0,3}\s+from\s+[$£€¥]?$", re.IGNORECASE)


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The bound word written just before ``start``, as written, and where it starts."""
    window = text[max(0, start - 40):start]
    m = QUALIFIER_RE.search(window)
    if not m:
        return None
    return m.group("q"), start - len(window) + m.start("q")


def bound_type(qualifier: str) -> str:
    q = qualifier.lower()
    if q in LOWER:
        return "lower"
    if q in UPPER:
        return "upper"
    return "approx"


def apply_bound(
    value: float, qualifier: str, written: str, tolerance: float = APPROX_TOLERANCE
) -> tuple[float | None, float | None, str]:
    """(low, high, note) for ``value`` under ``qualifier``; ``written`` is quoted in the note."""
    kind = bound_type(qualifier)
    if kind == "lower":
        return value, None, f"'{written}' → [{fmt(value)}, ∞)"
    if kind == "upper":
        return None, value, f"'{written}' → (−∞, {fmt(value)}]"
    lo, hi = value * (1 - tolerance), value * (1 + tolerance)
    return lo, hi, f"'{written}' → [{fmt(lo)}, {fmt(hi)}] (approximate, ±{tolerance:.0%})"


def _moved_from(text: str, a_start: int) -> bool:
    """Is the "from" before a figure the start of a move ("rose from 5 to 7", "cut its
    forecast from 2.1% to 1.8%"), so that "from ... to" gives two figures, not a range?"""
    before = text[max(0, a_start - 60):a_start]
    if not _FROM_RE.search(before):
        return False
    return bool(_MOVE_THEN_FROM.search(before))


_UNIT_GAP = re.compile(r"\s*(?P<u>[A-Za-z]+(?:[ -][A-Za-z]+)?)\s+to\s+[$£€¥]?", re.IGNORECASE)


def range_connector(text: str, a_end: int, b_start: int, a_start: int, b_end: int | None = None) -> str | None:
    """How two figures are joined into a range, or None if they are not a range.

    "5-7", "5 to 7", "between 5 and 7", "from 252 miles to 287 miles" (the unit written
    twice). "from 5 to 7" after a move ("rose from 5 to 7") is a change, not a range,
    so it is left as two figures.
    """
    gap = text[a_end:b_start]
    before = text[max(0, a_start - 12):a_start]
    if re.fullmatch(r"\s*(?:-|–|—)\s*[$£€¥]?", gap):
        return "dash"
    if re.fullmatch(r"\s+to\s+[$£€¥]?", gap, re.IGNORECASE) and not _moved_from(text, a_start):
        return "to"
    unit = _UNIT_GAP.fullmatch(gap)
    if unit and b_end is not None and not _moved_from(text, a_start) and \
            re.match(r"\s?" + re.escape(unit.group("u")) + r"\b", text[b_end:b_end + 40], re.IGNORECASE):
        return "unit-to"  # the same unit after the second figure: "140km to 175km."
    if re.fullmatch(r"\s+and\s+[$£€¥]?", gap, re.IGNORECASE) and _BETWEEN_RE.search(before):
        return "between"
    return None


def fmt(v: float) -> str:
    """A figure for a note: thousands separators, no trailing zeros."""
    if abs(v - round(v)) < 1e-9:
        return f"{int(round(v)):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")
