"""Judge two figures: counts, casualties, quantities, money, percentages, durations.

Each figure becomes an interval in SI base units (``units.to_base``). Then:

- the intervals overlap as written -> agree (equal, a bound satisfied, an
  approximation, or overlapping ranges: the code says which);
- they are apart by no more than rounding -> agree (AG02). Rounding is half a
  unit of the last digit written ("0.6 miles" is 0.55-0.65 miles) plus, only
  when the two are in different units, ``Options.rel_tolerance``: converted
  figures in news copy are rounded loosely ("1 kilometre (0.6 miles)" is 3.5%
  off), while the same unit written twice with different figures (600 vs 620
  dead) is a real discrepancy an editor wants to see;
- otherwise -> conflict (<kind>01 value);
- nested measures (dead within killed or wounded) -> conflict of scope (<kind>02),
  or <kind>03 when the part is larger than the whole.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .. import measures
from ..align import shared_attribution
from ..align.roles import direction
from ..align.values import opposite_moves
from ..options import Options
from ..types import Claim, ClaimKind, Verdict
from ..align.rates import CURRENCY_TOLERANCE, written_currency
from ..units import registry, to_base  # pint itself is imported only when a unit is converted
from .misreadings import TYPO, misread, transposed
from .outcome import Outcome, conflict_code
from .text import number, quoted

# Bound words that make a figure approximate; the extractor usually widens these
# itself, but "about a week" keeps low = high = value and leaves it to judge.
APPROX_WORDS = frozenset({
    "about", "around", "roughly", "some", "approximately", "an estimated", "estimated", "circa",
    "more or less", "in the region of", "on the order of", "or so", "give or take", "nearly about",
    "close to", "approx.", "c.",
})
# Bound words that put a figure just under the number written: "nearly 450 rescued"
# says more than 400, not anything up to 450; read as the approximate band below it.
NEAR_WORDS = frozenset({"nearly", "almost", "close to", "just under", "just shy of"})
# "around 376,000" is rounded to the thousand, not to the nearest 10%: an approximate
# figure written with this many significant digits gets this share of the tolerance.
PRECISE_DIGITS = 3
PRECISE_SHARE = 0.5


def _significant_digits(text: str) -> int:
    m = _DIGITS.search(text)
    if not m:
        return 0  # written in words ("about two million"): as round as it gets
    return len(m.group().replace(",", "").replace(".", "").strip("0"))


# A whole number written with at least this many trailing zeros is taken as rounded...
ROUND_THOUSANDS_ZEROS = 3
# ... by at most this share of its value.
ROUND_THOUSANDS_CAP = 0.02
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
INF = math.inf


@dataclass(frozen=True, slots=True)
class Figure:
    lo: float
    hi: float
    unit: str | None  # base unit
    ulp: float  # half a unit of the last written digit, in base units
    bound: str | None  # "lower", "upper" or None
    approx: bool
    tolerance: float = 0.0  # the share an approximate figure was widened by


def _base(x: float | None, unit: str | None, default: float) -> float:
    if x is None:
        return default
    return float(to_base(x, unit)[0])


def _half_ulp(c: "Claim | _Written") -> float:
    """Half a unit of the last digit as written, in the claim's unit ("1.2 billion" -> 0.05e9)."""
    m = _DIGITS.search(c.text)
    if not m or c.value is None:
        return 0.0
    digits = m.group().replace(",", "")
    written = float(digits)
    if written == 0:
        return 0.0
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = c.value / written  # "1.2 billion": value 1.2e9, written 1.2
    half = abs(0.5 * 10 ** -decimals * scale)
    zeros = len(digits) - len(digits.rstrip("0")) if decimals == 0 else 0
    if zeros >= ROUND_THOUSANDS_ZEROS:
        # "52,000 fans" is a rounded crowd, "51,873" the turnstile count: a
        # figure ending in thousands is read as rounded to its last non-zero
        # digit, capped so that "15,000" never swallows "15,600".
        half = max(half, min(0.5 * 10 ** zeros * scale, ROUND_THOUSANDS_CAP * abs(c.value)))
    return half


def figure(c: Claim, options: Options) -> Figure:
    """The claim's interval in base units, with its rounding. Cached by what it reads of
    the claim: judge asks for each figure once per pair of its group and again for the
    timeline, and pint conversions are what it costs."""
    return _figure(c.value, c.low, c.high, c.unit, c.qualifier, c.text, options.approx_tolerance)


class _Written(NamedTuple):
    """What figure() reads of a claim: the hashable part, so it can be cached."""

    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    text: str


@lru_cache(maxsize=8192)
def _figure(value_: float | None, low: float | None, high: float | None, unit: str | None, qualifier_: str | None,
            text: str, approx_tolerance: float) -> Figure:
    c = _Written(value_, low, high, unit, qualifier_, text)
    value = c.value if c.value is not None else (c.low if c.low is not None else c.high)
    base_unit = to_base(1.0, c.unit)[1]
    qualifier = (c.qualifier or "").lower()
    approx = qualifier in APPROX_WORDS
    tolerance = approx_tolerance * (PRECISE_SHARE if _significant_digits(c.text) >= PRECISE_DIGITS else 1.0)
    if c.low is None and c.high is None or (c.low == c.high):
        lo = hi = value if c.low is None else c.low
        if approx and lo is not None:
            lo, hi = lo * (1 - tolerance), hi * (1 + tolerance)
    elif approx and c.value is not None and c.low is not None and c.high is not None:
        # the extractor widened it by the default tolerance; the figure as written says how far
        lo, hi = c.value * (1 - tolerance), c.value * (1 + tolerance)
    else:
        lo, hi = c.low, c.high
    bound = "lower" if c.low is not None and c.high is None else "upper" if c.high is not None and c.low is None else None
    if bound == "upper" and qualifier in NEAR_WORDS and hi is not None and hi > 0:
        lo, bound, approx = hi * (1 - tolerance), None, True
    lo_b, hi_b = _base(lo, c.unit, -INF), _base(hi, c.unit, INF)
    if lo_b > hi_b:  # negative scale factors never occur, but keep the interval ordered
        lo_b, hi_b = hi_b, lo_b
    if c.unit and c.unit.startswith("clock"):
        ulp = 0.0  # a time of day's window (extract/clock.py) already holds how it was rounded
    else:
        ulp = abs(_base(_half_ulp(c), c.unit, 0.0) - _base(0.0, c.unit, 0.0)) if c.unit else _half_ulp(c)
    return Figure(lo_b, hi_b, base_unit, ulp, bound, approx or (c.low is not None and c.high is not None
                                                              and c.low != c.high and bool(qualifier)),
                  tolerance if approx else 0.0)


def gap(a: Figure, b: Figure) -> float:
    """Distance between two intervals; 0 when they overlap."""
    return max(0.0, a.lo - b.hi, b.lo - a.hi)


def _tolerance(a: Claim, b: Claim, options: Options) -> float | None:
    """The share two figures may differ by for a conversion between them: None when
    written in one unit; wider for two currencies, converted at the story's own rate
    (align/rates.py), than for units that convert exactly."""
    if written_currency(a) != written_currency(b):
        return max(options.rel_tolerance, CURRENCY_TOLERANCE)
    return options.rel_tolerance if (a.unit or "") != (b.unit or "") else None


def _allowed(fa: Figure, fb: Figure, tolerance: float | None) -> float:
    """How far apart two figures may be and still agree: their rounding, plus the
    tolerance for a conversion."""
    return fa.ulp + fb.ulp + (tolerance * max(abs(_mid(fa)), abs(_mid(fb))) if tolerance else 0.0)


def agrees(a: Claim, b: Claim, fa: Figure, fb: Figure, options: Options) -> bool:
    """compare()'s verdict is not a conflict, without its explanation: the figures
    measure one thing and overlap within rounding and tolerances."""
    if measures.relation(a.measure, b.measure) in ("narrower", "broader") and a.kind != ClaimKind.DURATION:
        return False
    return gap(fa, fb) <= _allowed(fa, fb, _tolerance(a, b, options))


def _mid(f: Figure) -> float:
    if math.isinf(f.lo):
        return f.hi
    if math.isinf(f.hi):
        return f.lo
    return (f.lo + f.hi) / 2


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"})


def in_unit(c: Claim, unit: str | None) -> str | None:
    """The claim's figure converted to ``unit``, for an editor: "≈ 12.07 km", "≈ 18 months"."""
    if c.value is None or not c.unit or not unit or c.unit == unit:
        return None
    try:
        q = registry().Quantity(c.value, c.unit).to(unit)
    except Exception:  # pint raises several unrelated types for incompatible or unknown units
        return None
    value = float(q.magnitude)
    if unit in _TIME_UNITS:
        return f"≈ {number(value)} {unit}{'' if abs(value - 1) < 1e-9 else 's'}"
    return f"≈ {number(value)} {q.units:~P}"


def _shown(c: Claim, other: Claim, converted: bool) -> str:
    """The figure as written, converted into the other figure's unit when they differ."""
    if not converted:
        return quoted(c)
    conv = in_unit(c, other.unit)
    return f"{quoted(c)} ({conv})" if conv else quoted(c)


def compare(a: Claim, b: Claim, names: dict[str, str], topic: str, options: Options) -> Outcome:
    """The verdict on two figures from articles ``a.article`` and ``b.article``."""
    fa, fb = figure(a, options), figure(b, options)
    na, nb = names[a.article], names[b.article]
    tolerance = _tolerance(a, b, options)
    converted = tolerance is not None
    rel = measures.relation(a.measure, b.measure)
    if rel in ("narrower", "broader") and a.kind != ClaimKind.DURATION:
        return _scope(a, b, fa, fb, names, rel)
    sa, sb = quoted(a), _shown(b, a, converted)
    if opposite_moves(a, b):
        up, down = (a, b) if direction(a) == "up" else (b, a)
        return Outcome(Verdict.CONFLICT, conflict_code(a.kind, "direction"),
                       f"{na} and {nb} disagree on the {topic}: {names[up.article]} reports a rise "
                       f"({quoted(up)}), {names[down.article]} a fall ({quoted(down)}).", 0.9)
    head = f"{na} and {nb} agree on the {topic}"
    allowed = _allowed(fa, fb, tolerance)
    apart = gap(fa, fb)
    if apart <= allowed and not converted:
        slip = misread(a, b, names, topic)
        if slip is not None:
            return slip
    if apart == 0.0:
        if fa.bound or fb.bound:
            bounded, other = (a, b) if fa.bound else (b, a)
            nbound, nother = names[bounded.article], names[other.article]
            return Outcome(Verdict.AGREE, "AG03", f"{head}: {nother}'s {quoted(other)} satisfies {nbound}'s "
                           f"bound {quoted(bounded)}.", 0.85)
        if fa.approx or fb.approx:
            share = max(fa.tolerance, fb.tolerance) or options.approx_tolerance
            return Outcome(Verdict.AGREE, "AG04", f"{head}: {sa} and {sb} are within the "
                           f"{share:.0%} allowed for an approximate figure.", 0.85)
        if fa.lo != fa.hi or fb.lo != fb.hi:
            return Outcome(Verdict.AGREE, "AG05", f"{head}: the ranges {sa} and {sb} overlap.", 0.85)
        if converted:
            return Outcome(Verdict.AGREE, "AG02", f"{head}: {sa} and {sb} are equal after conversion.", 0.9)
        return Outcome(Verdict.AGREE, "AG01", f"{head}: {sa} and {sb}.", 0.95)
    if apart <= allowed:
        why = (f"within the {tolerance:.0%} tolerance for converted figures" if tolerance
               else "within the rounding of the figures as written")
        return Outcome(Verdict.AGREE, "AG02", f"{head}: {sa} and {sb} are equal {why}.", 0.85)
    rel_diff = apart / max(abs(_mid(fa)), abs(_mid(fb)), 1e-12)
    basis = (f"after conversion, beyond the {tolerance:.0%} tolerance for converted figures"
             if tolerance else "beyond rounding")
    # percentages differ in points: "18 percent" vs "22%" are 4 points apart, not "18%"
    distance = (f"{number(abs(_mid(fa) - _mid(fb)))} percentage points" if a.unit == b.unit == "percent"
                else _minutes(abs(_mid(fa) - _mid(fb))) if a.kind == ClaimKind.TIME else f"{rel_diff:.0%}")
    return Outcome(Verdict.CONFLICT, conflict_code(a.kind, "value"),
                   f"{na} and {nb} disagree on the {topic}: {na} gives {sa}, {nb} {sb}; "
                   f"the figures are {distance} apart {basis}{TYPO if transposed(a, b) else ''}.", 0.95)



def _minutes(gap_: float) -> str:
    """A gap between two times of day in words: "35 minutes", "2 h 10 min"."""
    mins = round(gap_)
    return f"{mins} minutes" if mins < 60 else f"{mins // 60} h {mins % 60} min"


def _scope(a: Claim, b: Claim, fa: Figure, fb: Figure, names: dict[str, str], rel: str) -> Outcome:
    part, whole, fp, fw = (a, b, fa, fb) if rel == "narrower" else (b, a, fb, fa)
    lp, lw = measures.label(part.measure), measures.label(whole.measure)
    np_, nw = names[part.article], names[whole.article]

    def shown(c: Claim, label: str) -> str:
        return quoted(c) + ("" if label in c.text.lower() else f" ({label})")

    if fp.lo - fp.ulp > fw.hi + fw.ulp:
        return Outcome(Verdict.CONFLICT, conflict_code(part.kind, "scope_exceeds"),
                       f"{np_}'s {shown(part, lp)} is larger than {nw}'s {shown(whole, lw)}, although "
                       f"{lp} are part of {lw}.", 0.9)
    shared = shared_attribution(part, whole)
    cite = f" — both cite {shared}" if shared else ""
    return Outcome(Verdict.CONFLICT, conflict_code(part.kind, "scope"),
                   f"Sources differ in scope: {np_} reports {shown(part, lp)}, {nw} {shown(whole, lw)}; "
                   f"the figures measure different things ({lp} vs {lw}), so they cannot be checked "
                   f"against each other{cite}.", 0.75)
