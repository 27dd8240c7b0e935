"""Values of gold and predicted expressions for eval/realnews_extract.py, in one comparable form.

quantities  ("num", low, high): the figure, or a range's / vague word's ends (bounds
            such as "at least" are left out: the value metric is the figure as written)
dates       ("date", first day, last day)
times       ("time", "HH:MM")
durations   ("dur", low days, high days); sets ("set", days between)
"""

from __future__ import annotations

import datetime as dt
import re

NUMERIC = frozenset({"count", "casualty", "quantity", "money", "percent", "age"})
TEMPORAL = frozenset({"date", "time", "duration", "set"})
DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "fortnight": 14,
        "month": 30.4375, "season": 365.25, "year": 365.25, "decade": 3652.5, "century": 36525}
_LEAD = re.compile(r"^(?:(?:on|in|at|by|since|from|until|till|during|of|and|to|for|over|before|after)\s+)+", re.I)


def strip_lead(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEAD.match(text[start:end])
    return (start + m.end(), end) if m and m.end() < end - start else (start, end)


def figure(value: float | None, low: float | None, high: float | None) -> tuple | None:
    if value is not None:
        return ("num", float(value), float(value))
    if low is not None or high is not None:
        return ("num", low, high)
    return None


def duration(low: float | None, high: float | None, unit: str | None) -> tuple | None:
    days = DAYS.get((unit or "").rstrip("s"))
    if days is None or (low is None and high is None):
        return None
    return ("dur", None if low is None else low * days, None if high is None else high * days)


def gold_value(row: dict, published: dt.date | None) -> tuple[tuple | None, str | None]:
    """(value, unit) of one gold line; value None when it cannot be scored."""
    kind = row["kind"]
    if kind in NUMERIC:
        return figure(row.get("value"), row.get("low"), row.get("high")), row.get("unit")
    if kind == "date":
        if row.get("unresolved") or not row.get("d"):
            return None, None
        a, _, b = row["d"].partition("/")
        return ("date", _day(a, first=True), _day(b or a, first=False)), None
    if kind == "time":
        return (("time", row["at"]) if row.get("at") else None), None
    if kind == "duration":
        d = row["dur"]
        lo, hi, unit = (d[0], d[0], d[1]) if len(d) == 2 else d
        return duration(lo, hi, unit), None
    every = row.get("every")
    return (("set", every[0] * DAYS.get(every[1], 0)) if every else None), None


def _day(iso: str, first: bool) -> dt.date:
    """A day from "2019-11-26", or the first / last day of "2019-11" or "2019"."""
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1) if first else dt.date(parts[0], 12, 31)
    y, m = parts
    return dt.date(y, m, 1) if first else dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def _close(a: float | None, b: float | None, tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def same_value(gold: tuple, pred: tuple | None) -> bool:
    if pred is None or gold[0] != pred[0]:
        return False
    if gold[0] in ("num", "dur"):
        tol = 1e-6 if gold[0] == "num" else 0.02
        return _close(gold[1], pred[1], tol) and _close(gold[2], pred[2], tol)
    if gold[0] == "set":
        return _close(gold[1], pred[1], 0.02)
    return gold == pred


def norm_unit(unit: str | None) -> str | None:
    """Units in one spelling: ISO codes (with a per-unit denominator), percent, pint's names."""
    if unit is None:
        return None
    head, _, per = unit.replace(" ", "").partition("/")
    if re.fullmatch(r"[A-Za-z]{3}", head) and head.upper() == head:
        return head + ("/" + per.lower().rstrip("s") if per else "")
    from claimdiff import units

    return units.canonical(unit) or unit


def same_unit(gold: str | None, pred: str | None) -> bool:
    return norm_unit(gold) == norm_unit(pred)
