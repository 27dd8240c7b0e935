"""The systems eval/realnews_extract.py scores: claimdiff, quantulum3, dateparser.

Each is called with a claimdiff ``Article`` and returns predictions as dicts:
start, end (offsets into ``article.text``), kind, group ("quantities" or
"time expressions"), value (eval/realnews_values.py's form) and unit.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from typing import Callable

from .realnews_values import DAYS, duration, figure

_CLOCK = re.compile(r"\d[:.]\d\d|\b(?:a\.?m\.?|p\.?m\.?|noon|midnight|GMT|UTC)\b", re.I)


@dataclass
class System:
    groups: frozenset[str]
    run: Callable

    def __call__(self, article) -> list[dict]:
        return self.run(article)


def claimdiff_system() -> System:
    from claimdiff.extract import extract_doc
    from claimdiff.nlp import load_pipeline
    from claimdiff.types import NUMERIC_KINDS, ClaimKind

    nlp = load_pipeline()

    def run(article) -> list[dict]:
        out = []
        for c in extract_doc(nlp(article.text), article):
            if c.explanation and c.explanation.rule.startswith("derived/"):
                continue  # a derived completion date shares its duration's span: score the duration
            base = {"start": c.start, "end": c.end, "kind": c.kind.value, "unit": c.unit}
            if c.kind is ClaimKind.TIME:
                clock = (c.clock or "").split(" ")[0]
                out.append({**base, "group": "time expressions", "value": ("time", clock) if clock else None})
            elif c.kind in NUMERIC_KINDS:
                out.append({**base, "group": "quantities", "value": figure(c.value, c.low, c.high)})
            elif c.kind is ClaimKind.DURATION and c.qualifier == "every" and c.value is not None:
                out.append({**base, "kind": "set", "group": "time expressions",
                            "value": ("set", c.value * DAYS.get(c.unit or "", 0))})
            elif c.kind is ClaimKind.DURATION:
                out.append({**base, "group": "time expressions", "value": duration(
                    c.low if c.value is None else c.value, c.high if c.value is None else c.value, c.unit)})
            else:
                value = ("date", c.date.start, c.date.end) if c.date is not None else None
                out.append({**base, "group": "time expressions", "value": value})
        return out

    return System(frozenset({"quantities", "time expressions"}), run)


def quantulum_system() -> System | None:
    """eval/numeric.py's quantulum3 peer (its kinds and unit names), lengths of time left out."""
    from claimdiff.units import TIME_UNITS

    from .numeric import peer

    quantities = peer()
    if quantities is None:
        return None

    def run(article) -> list[dict]:
        return [{**q, "group": "quantities", "value": figure(q["value"], None, None)}
                for q in quantities(article.text) if (q["unit"] or "").rstrip("s") not in TIME_UNITS]

    return System(frozenset({"quantities"}), run)


def dateparser_system() -> System:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def run(article) -> list[dict]:
        settings = {"RETURN_AS_TIMEZONE_AWARE": False}
        if article.published:
            p = article.published
            settings["RELATIVE_BASE"] = dt.datetime(p.year, p.month, p.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(article.text, languages=["en"], settings=settings) or []
        ddp = DateDataParser(languages=["en"], settings=settings)
        out, pos = [], 0
        for substr, when in found:
            at = article.text.find(substr, pos)
            if at < 0:
                continue
            pos = at + len(substr)
            if _CLOCK.search(substr):
                value, kind = ("time", f"{when.hour:02d}:{when.minute:02d}"), "time"
            else:
                value, kind = _period(ddp.get_date_data(substr).period or "day", when.date()), "date"
            out.append({"start": at, "end": pos, "kind": kind, "group": "time expressions", "value": value,
                        "unit": None})
        return out

    return System(frozenset({"time expressions"}), run)


def _period(period: str, d: dt.date) -> tuple:
    if period == "year":
        return ("date", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))
    if period == "month":
        nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return ("date", d.replace(day=1), nxt - dt.timedelta(days=1))
    if period == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return ("date", monday, monday + dt.timedelta(days=6))
    return ("date", d, d)


__all__ = ["System", "claimdiff_system", "quantulum_system", "dateparser_system", "DAYS"]
