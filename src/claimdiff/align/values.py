"""Value-level evidence for align: is a figure's measure the same verb, could two
figures state one value, are they too far apart to be one fact at all.

Kept apart from blocks.py and cluster.py (blocking and merging) and text.py
(words and similarity); judge still decides agreement with its own rules.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..types import Claim, ClaimKind, DateValue
from ..units import dimension, to_base
from .roles import direction

# Figures this many times apart or more, and dates further apart than this many
# days, are never one fact (apart).
MAX_RATIO = 10.0
MAX_DATE_GAP_DAYS = 366
# Relative slack of compatible: rounding ("around €3bn" vs "€2.8 billion").
VALUE_SLACK = 0.08

def verb_stem(word: str) -> str:
    """A verb form without its inflection, WordNet's way ("survived", "survives" ->
    "survive"; "sent" -> "send"), so two forms name one measure; the word itself
    when WordNet does not know it. Extractors write a participle as written."""
    return lexicon.base_form(word, "v") or word


def magnitude(c: Claim) -> float | None:
    """The figure's size in base units (the middle of a range), or None when unbounded or unknown."""
    x = c.value if c.value is not None else (c.low if c.low is not None and c.high is not None else None)
    if x is None:
        return None
    return abs(_in_base(x, c.unit) or 0.0)


# align asks about every pair of a block, so each claim's figures would be converted
# again for every partner: cached by the figure and its unit, which are all it reads
@lru_cache(maxsize=16384)
def _in_base(x: float, unit: str | None) -> float | None:
    return to_base(x, unit)[0]


def ratio(x: float | None, y: float | None) -> float | None:
    """How many times the larger figure is the smaller; None when either is zero or unknown."""
    return max(x, y) / min(x, y) if x and y else None


def apart(a: Claim, b: Claim, va: Value | None = None, vb: Value | None = None) -> bool:
    """Too far apart to be one fact reported differently.

    Outlets that disagree on a fact disagree by a share of it: an early toll and a
    later one, a scope ("600 dead" vs "4,700 killed or wounded"), a rounding.
    Figures an order of magnitude apart ("$42 a share" vs "$13.7 billion"; "35
    Indian pilgrims" vs "717 dead") are different facts, and dates more than a
    year apart, written at different granularities, are different events ("in 1990"
    vs "on Thursday")."""
    if a.kind == ClaimKind.DATE:
        if a.date is None or b.date is None:
            return False
        # two years for one opening ("in 1964" vs "in 1967") are one fact in dispute;
        # a day this week and a year decades back ("on Thursday" vs "in 1990") are not
        gap = max(a.date.start, b.date.start) - min(a.date.end, b.date.end)
        return gap.days > MAX_DATE_GAP_DAYS and a.date.granularity != b.date.granularity
    if a.kind == ClaimKind.TIME:
        return False  # minutes after midnight have no scale: 00:30 and 14:00 may be one event's times
    va = va or value_of(a)
    vb = vb or value_of(b)
    times = ratio(va.size, vb.size)
    return times is not None and va.dimension == vb.dimension and times >= MAX_RATIO


def interval(c: Claim) -> tuple[float, float] | None:
    lo = c.low if c.low is not None else c.value
    hi = c.high if c.high is not None else c.value
    if lo is None and hi is None:
        return None
    return (_in_base(lo, c.unit) if lo is not None else -math.inf,
            _in_base(hi, c.unit) if hi is not None else math.inf)


def weekday(c: Claim) -> int | None:
    """The ISO weekday a date claim names or resolves to ("Thursday"; "24 Sep 2015")."""
    if c.weekday:
        return c.weekday
    if c.date is not None and c.date.start == c.date.end:
        return c.date.start.isoweekday()
    return None


@dataclass(frozen=True, slots=True)
class Value:
    """What ``compatible`` reads of one claim, worked out once per claim (align asks
    about every pair of a block): its interval in base units and their dimension,
    or its dates."""

    interval: tuple[float, float] | None
    dimension: str
    date: DateValue | None
    weekday: int | None
    size: float | None = None  # magnitude()
    scale: float = 0.0  # the largest finite end of the interval, for VALUE_SLACK
    direction: str | None = None  # roles.direction: "up" or "down" for a move


def value_of(c: Claim) -> Value:
    if c.kind == ClaimKind.DATE:
        return Value(None, "time", c.date, weekday(c))
    span = interval(c)
    finite = [abs(v) for v in span if math.isfinite(v)] if span else []
    return Value(span, dimension(c.unit), None, None, magnitude(c), max(finite, default=0.0), direction(c))


def overlap(a: Claim, b: Claim, va: Value | None = None, vb: Value | None = None) -> bool:
    """Do the two figures overlap as written (no slack)? Dates: the same as compatible."""
    va = va or value_of(a)
    vb = vb or value_of(b)
    if a.kind == ClaimKind.DATE:
        return compatible(a, b, va, vb)
    x, y = va.interval, vb.interval
    return x is not None and y is not None and va.dimension == vb.dimension and x[0] <= y[1] and y[0] <= x[1]


def compatible(a: Claim, b: Claim, va: Value | None = None, vb: Value | None = None) -> bool:
    """Could the two claims state the same value (overlap, within ``VALUE_SLACK``)?
    A first look for alignment only; judge decides agreement with its own rules.
    ``va``, ``vb``: the claims' value_of, if the caller has them."""
    va = va or value_of(a)
    vb = vb or value_of(b)
    if a.kind == ClaimKind.DATE:
        if va.date is not None and vb.date is not None:
            return va.date.overlaps(vb.date)
        return va.weekday is not None and va.weekday == vb.weekday
    x, y = va.interval, vb.interval
    if x is None or y is None or va.dimension != vb.dimension:
        return False
    if va.direction is not None and vb.direction is not None and va.direction != vb.direction:
        return False  # "rose 3%" and "fell 3%" are two values, whatever their sizes
    if x[0] <= y[1] and y[0] <= x[1]:
        return True  # they overlap as written
    if a.kind == ClaimKind.TIME or vague(a) or vague(b):
        return False  # a time's window, like "thousands", already holds all the slack it has
    slack = VALUE_SLACK * max(va.scale, vb.scale)
    return x[0] <= y[1] + slack and y[0] <= x[1] + slack


def opposite_moves(a: Claim, b: Claim) -> bool:
    """Is one a move up and the other a move down ("rose 3%", "closed down 5.4%")?"""
    da = direction(a)
    return da is not None and (db := direction(b)) is not None and da != db


_VAGUE = re.compile(r"^(?:(?:many|several|some|a\s+few|tens\s+of|hundreds\s+of|thousands\s+of)\s+)?"
                    r"(?:dozens|scores|tens|hundreds|thousands|millions|billions)$", re.I)


def vague(c: Claim) -> bool:
    """A figure written as a plural scale word ("hundreds", "tens of thousands"), or a
    vague length of time ("several years", "a few weeks")."""
    if c.kind == ClaimKind.DURATION and c.value is None and c.qualifier in ("several", "a few", "few", "recent"):
        return True
    return _vague_words(c.text)


@lru_cache(maxsize=16384)
def _vague_words(text: str) -> bool:  # asked for both claims of every pair
    return _VAGUE.match(text.strip()) is not None


def restated(a: Claim, b: Claim) -> bool:
    """The same figure written again: the same value in the same unit ("56" in a
    headline, "at least 56" below), or the same date or weekday. Rounding is not enough here:
    "$13.7 billion" and "$13.4 billion" in one article are two figures."""
    if a.kind == ClaimKind.DATE:
        if a.date is not None and b.date is not None:
            return a.date == b.date
        return weekday(a) is not None and weekday(a) == weekday(b)
    if a.value is None or b.value is None:
        return False
    if a.unit == b.unit:
        return a.value == b.value
    # one figure in two units ("45m euros a year - 865,000 euros a week"): equal once converted
    x, y = _in_base(a.value, a.unit), _in_base(b.value, b.unit)
    return (x is not None and y is not None and dimension(a.unit) == dimension(b.unit)
            and abs(x - y) <= CONVERTED_SLACK * max(abs(x), abs(y)))


# Two units of one figure are converted with this relative slack ("865,000 euros a week"
# is 45.1m a year, written "45m euros a year"); rounding as such is not a restatement.
CONVERTED_SLACK = 0.01


def distinctive(a: Claim, b: Claim) -> bool:
    """The same exact figure in the same unit, one that is not a small round number
    (two articles' "three" or "10" say little; their "$13.7 billion" or "274" say much)."""
    if a.value is None or a.value != b.value or a.unit != b.unit:
        return False
    digits = f"{abs(a.value):.6g}".replace(".", "").replace("-", "").split("e")[0].strip("0")
    return len(digits) >= 3 or (abs(a.value) >= 100 and len(digits) >= 2)
