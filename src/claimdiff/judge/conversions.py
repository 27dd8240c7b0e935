"""A sum whose own conversion the story's rate contradicts.

Outlets convert the sums they quote ("€74 billion ($139b)"), and get it wrong: a
slipped digit, billions for millions, the rate upside down. When the rest of the
story, or the ECB's reference rate of its day, converts the same currencies at a
rate the sum's brackets miss by more than CURRENCY_TOLERANCE, the group the sum
sits in is a conflict: the outlets agree on the sum, not on what it is worth.

Only a slip counts, not a rate that moved: a conversion more than SLIP off (rates of
different days differ by less), of a sum the story states for now (a past year's
sum was converted at that year's rate). A bare "$" may be any dollar: a New
Zealand paper's "$139b" may be its own. Such a conversion is a slip only when no
dollar the ECB quotes fits it, within CURRENCY_TOLERANCE, on the story's day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence

from .. import codes
from ..align.facts import facts
from ..align.rates import CURRENCY_TOLERANCE, Converted, Rate, currency_code, reference_rate, written_currency
from ..types import Article, Claim, ClaimKind, Finding, Verdict
from .text import names, number, quoted
from .verdict import rank

# The dollars the ECB quotes, one of which a bare "$" may be.
DOLLARS = ("USD", "CAD", "AUD", "NZD", "HKD", "SGD")
# A conversion this far off the story's rate is a slip, not another day's rate.
SLIP = 0.25
CONFIDENCE = 0.8


def _per_main(code: str, rates: Mapping[str, Rate], main: str) -> float | None:
    """Units of the main currency per unit of ``code``."""
    if code == main:
        return 1.0
    rate = rates.get(code)
    return rate.factor if rate is not None else None


def _a_dollar_fits(value: float, amount: float, code: str, day: dt.date) -> bool:
    """Is ``value`` ``amount`` of ``code`` in some dollar, within CURRENCY_TOLERANCE, at the
    ECB's rates of ``day``?"""
    for dollar in DOLLARS:
        rate = reference_rate(code, dollar, day)
        if rate is not None and abs(value - amount * rate) <= CURRENCY_TOLERANCE * amount * rate:
            return True
    return False


def _slip(c: Claim, rates: Mapping[str, Rate], day: dt.date | None) -> str | None:
    """Why ``c``'s own conversion does not fit the story's rates, else None."""
    main = next(iter(rates.values())).target
    written = written_currency(c)
    if written is None or not c.value or (isinstance(c, Converted) and c.rate != rates[written].factor):
        return None  # a sum taken at its own brackets' rate fits them by construction
    known = facts(c)
    if known.other or known.target:
        return None  # a past year's sum, or a goal: converted at another time's rate
    value_main = c.value if isinstance(c, Converted) else c.value * (_per_main(written, rates, main) or 0.0)
    for value, unit in c.conversions:
        other = currency_code(unit)
        per_main = _per_main(other, rates, main) if other and other != written else None
        if not value_main or per_main is None:
            continue
        rate = rates[other] if other != main else rates[written]
        if rate.source is c:
            continue
        expected = value_main / per_main
        off = abs(value - expected) / expected
        if off <= SLIP:
            continue
        if other == "USD" and (day is None or isinstance(c, Converted) or _a_dollar_fits(value, c.value, written, day)):
            continue  # a bare "$" is a slip only if no dollar fits on the story's day
        basis = rate.note(other if other != main else written)
        amount = f"{number(expected / 1e9)} billion" if expected >= 1e9 else number(expected)
        dollars = f"; no dollar the ECB quotes for {day} fits either" if other == "USD" else ""
        return (f"converts {quoted(c)} at {value / c.value:.3g} {other} a {written}, {off:.0%} off the story's "
                f"rate ({basis}), which gives {amount} {other}{dollars}")
    return None


def check(findings: Sequence[Finding], rates: Mapping[str, Rate], day: dt.date | None,
          articles: Sequence[Article]) -> list[Finding]:
    """The findings, with an agreeing group of sums made a conflict where one sum's own
    conversion misses the story's rate (code <MN>06)."""
    if not rates:
        return list(findings)
    by_id = {a.id: a for a in articles}
    out = []
    for f in findings:
        if f.verdict != Verdict.AGREE or not f.claims or f.claims[0].kind != ClaimKind.MONEY \
                or len({c.article for c in f.claims}) < 2:
            out.append(f)
            continue
        slip = next(((c, why) for c in f.claims if c.conversions and (why := _slip(c, rates, day))), None)
        if slip is None:
            out.append(f)
            continue
        c, why = slip
        code = codes.get("MN06")
        label = names(f.claims, by_id)[c.article]
        out.append(dataclasses.replace(
            f, id=f"{code.code}-{hashlib.sha1(f.id.encode()).hexdigest()[:12]}", verdict=code.verdict,
            code=code.code, name=code.name, confidence=min(f.confidence, CONFIDENCE),
            explanation=f"The sources agree on the sum, but {label} {why}."))
    out.sort(key=rank)
    return out
