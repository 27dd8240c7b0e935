"""Units: canonical names and conversion to a base unit, through pint.

pint is imported lazily (it costs ~0.3 s) so ``claimdiff --help`` stays fast.
Currencies are not pint units and have no exchange rates offline: each currency
is its own dimension here. Dollars meet euros only at a rate the story itself gives
in its conversions (align/rates.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A money unit: an ISO 4217 code, with the noun of a per-unit price ("USD/share",
# "USD/barrel"). pint's unit names are lower case, so capitals never clash with them.
_CURRENCY = re.compile(r"[A-Z]{3}(?:/[\w.-]+)?")


def is_currency(unit: str | None) -> bool:
    return unit is not None and _CURRENCY.fullmatch(unit) is not None


# A money rate ("EUR/week", "GBP/year": a salary, a rent) is converted to a yearly
# amount, so "865,000 euros a week" meets "45m euros a year"; a sum of money without a
# period is read as a year's ("annual sales of $30bn" / "sales of $30bn last year").
PER_YEAR = {"day": 365.25, "week": 365.25 / 7, "month": 12.0, "year": 1.0}


def _rate(unit: str) -> tuple[str, float] | None:
    """(currency, times a year) of a money rate, else None."""
    code, _, per = unit.partition("/")
    factor = PER_YEAR.get(per)
    return (code, factor) if factor is not None and is_currency(unit) else None


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


@lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def canonical(unit: str) -> str | None:
    """pint's canonical name for a written unit ("km" -> "kilometer"), or None if unknown."""
    if is_currency(unit) or unit in ("percent", "percentage_point"):
        return unit
    try:
        return str(registry().parse_units(unit.replace(" ", "_")))
    except Exception:  # pint raises several unrelated types for unknown names
        return None


@lru_cache(maxsize=512)
def dimension(unit: str | None) -> str:
    """A comparable dimension key: "count", "currency:USD", "percent", or pint's, e.g. "[length]"."""
    if unit is None:
        return "count"
    if is_currency(unit):
        rate = _rate(unit)
        return f"currency:{rate[0]}" if rate else f"currency:{unit}"
    if unit in ("percent", "percentage_point"):
        return unit
    try:
        return str(registry().parse_units(_SPELLED.get(unit, (1.0, unit))[1]).dimensionality)
    except Exception:
        return f"unknown:{unit}"


# pint reads "decade" as a logarithmic ratio (a factor of ten), never as ten years:
# (times, unit) it stands for in news.
_SPELLED = {"decade": (10.0, "year"), "decades": (10.0, "year")}


@lru_cache(maxsize=512)
def _base_factor(unit: str) -> tuple[float, str] | None:
    """(factor, base unit), or None for a unit pint does not know ("magnitude"):
    the failure is cached too, since align asks about every pair of claims."""
    if unit in _SPELLED:
        times, unit = _SPELLED[unit]
        found = _base_factor(unit)
        return (found[0] * times, found[1]) if found else None
    ureg = registry()
    try:
        q = ureg.Quantity(1.0, ureg.parse_units(unit)).to_base_units()
    except Exception:  # pint raises several unrelated types for unknown names
        return None
    return float(q.magnitude), str(q.units)


def to_base(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """Convert to the SI base unit (kilometres -> metres, acres -> square metres).

    Counts, currencies and percentages are returned unchanged; a money rate becomes
    a yearly amount ("EUR/week" -> "EUR").
    """
    if value is None or unit is None or unit in ("percent", "percentage_point"):
        return value, unit
    if is_currency(unit):
        rate = _rate(unit)
        return (value * rate[1], rate[0]) if rate else (value, unit)
    found = _base_factor(unit)
    if found is None:
        return value, unit
    factor, base = found
    return value * factor, base
