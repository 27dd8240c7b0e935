"""Exchange rates, so that sums in different currencies can meet.

International coverage writes its conversions ("74 billion euros ($83 billion)",
"222m euros (£200m)"), and those give the story's own rate between two
currencies: the rate the outlets used. Where the story gives none, the European
Central Bank's reference rate of the story's day stands in (the CurrencyConverter
package ships the ECB's history since 1999, so nothing is downloaded); a story
with no known day gets none. A sum in another currency is then compared in the
story's main currency (the one most of its sums are in), within
CURRENCY_TOLERANCE: outlets convert at different days' rates and round the result.

``in_story_currency`` rewrites a claim for align and judge only; api restores the
claims as written before anything is reported, and judge says the rate it used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..types import Claim, ClaimKind, Finding
from ..units import is_currency

# Two conversions of one currency pair further apart than this share are not one
# rate (a misprint, or a conversion of another figure): the pair is left unconverted.
RATE_SPREAD = 0.15
# Two sums written in different currencies agree within this share (judge/numeric.py):
# outlets convert at different days' rates, and round.
CURRENCY_TOLERANCE = 0.10


@dataclass(frozen=True, slots=True)
class Rate:
    """Units of ``target`` per unit of the claim's currency, and where it comes from:
    a claim whose brackets give it ("74 billion euros ($83 billion)"), else the ECB's
    reference rate of ``day``."""

    factor: float
    target: str
    source: Claim | None
    day: dt.date | None = None

    def note(self, code: str, factor: float | None = None) -> str:
        """"1 GBP = 1.11 EUR, from ft's '£89m (€98m)'" or "..., the ECB reference rate of 2017-08-03"."""
        where = (f"from {self.source.article}'s '{self.source.text}'" if self.source is not None
                 else f"the ECB reference rate of {self.day}")
        return f"1 {code} = {self.factor if factor is None else factor:.3g} {self.target}, {where}"


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    from currency_converter import CurrencyConverter

    # weekends and holidays take the nearest days' rates; a day outside the history, none
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


def reference_rate(code: str, target: str, day: dt.date) -> float | None:
    """Units of ``target`` per ``code`` at the ECB's reference rates of ``day``, if it has them."""
    converter = _converter()
    if code not in converter.currencies or target not in converter.currencies:
        return None
    try:
        return float(converter.convert(1.0, code, target, date=day))
    except Exception:  # RateNotFoundError, and ValueError for a day outside the history
        return None


def currency_code(unit: str | None) -> str | None:
    """The ISO code of a sum or a money rate ("EUR/week" -> EUR); None for a price per unit."""
    if not is_currency(unit):
        return None
    code, _, per = (unit or "").partition("/")
    return code if per in ("", "day", "week", "month", "year") else None


def story_rates(claims: Sequence[Claim], day: dt.date | None = None) -> dict[str, Rate]:
    """For each currency of the story's sums other than its main one: the rate into the
    main one (and for each currency they are converted into). The story's own
    conversions first; where it gives none, or its conversions of a pair disagree, the
    ECB's rate of ``day`` (the story's day), and then only the story's conversions that
    agree with it count. Empty when neither."""
    seen: dict[tuple[str, str], list[tuple[float, Claim]]] = {}
    sums: Counter[str] = Counter()
    for c in claims:
        code = currency_code(c.unit) if c.kind == ClaimKind.MONEY else None
        if code is None:
            continue
        sums[code] += 1
        if not c.value:
            continue
        for value, unit in c.conversions:
            other = currency_code(unit)
            if other is not None and other != code and value > 0:
                seen.setdefault((code, other), []).append((value / c.value, c))
                seen.setdefault((other, code), []).append((c.value / value, c))
    if not sums:
        return {}
    main = max(sums, key=lambda code: (sums[code], code))
    out: dict[str, Rate] = {}
    # the currencies sums are converted into count too: judge/conversions.py checks the brackets
    for code in sorted(set(sums) | {code for code, _ in seen}):
        if code == main:
            continue
        reference = reference_rate(code, main, day) if day is not None else None
        found = seen.get((code, main), [])
        if reference is not None:
            # a conversion far from the day's rate is a slip or another figure's ("$139b")
            found = [(f, c) for f, c in found if abs(f - reference) <= CURRENCY_TOLERANCE * reference]
        factors = [f for f, _ in found]
        if factors and max(factors) <= min(factors) * (1 + RATE_SPREAD):
            factor = statistics.median(factors)
            source = min(found, key=lambda x: abs(x[0] - factor))[1]
            out[code] = Rate(factor, main, source)
        elif reference is not None:
            out[code] = Rate(reference, main, None, day)
        # else: the story's conversions of this pair disagree and there is no day to settle it
    return out


@dataclass(frozen=True, slots=True)
class Converted(Claim):
    """A sum as align and judge compare it: restated in the story's main currency.
    ``written_unit`` is the unit its article writes it in; ``rate`` the rate used."""

    written_unit: str = ""
    rate: float = 1.0


# "US$5bn", "5bn US dollars", "USD 5bn": dollars named as American.
_US_DOLLAR = re.compile(r"\bUS\s?\$|\bUSD\b|\bU\.?S\.? dollars?\b", re.I)


def uncertain(c: Claim) -> bool:
    """A converted sum in dollars not named as American: "$139b" in a New Zealand paper
    may be its own dollars. It may agree with a sum in another currency, never contradict
    one (admit._may_conflict)."""
    return isinstance(c, Converted) and written_currency(c) == "USD" and not _US_DOLLAR.search(c.text)


def written_currency(c: Claim) -> str | None:
    """The currency the claim's article writes it in, converted or not."""
    return currency_code(c.written_unit if isinstance(c, Converted) else c.unit)


def in_story_currency(c: Claim, rates: dict[str, Rate]) -> Claim:
    """The claim as align and judge compare it: a sum in a currency the story converts,
    restated in its main currency; any other claim unchanged. A sum whose own brackets
    give the main currency takes that figure."""
    code = currency_code(c.unit) if c.kind == ClaimKind.MONEY and rates else None
    rate = rates.get(code) if code is not None else None
    if rate is None or c.unit is None:
        return c
    own = next((value / c.value for value, unit in c.conversions if unit == rate.target and c.value), None)
    factor = own or rate.factor

    def times(x: float | None) -> float | None:
        return None if x is None else x * factor

    fields = {f.name: getattr(c, f.name) for f in dataclasses.fields(Claim)}
    fields.update(value=times(c.value), low=times(c.low), high=times(c.high),
                  unit=rate.target + c.unit[len(code or ""):])  # keeps a period: "GBP/week" -> "EUR/week"
    return Converted(**fields, written_unit=c.unit, rate=factor)


def as_written(finding: Finding, written: dict[int, Claim], rates: dict[str, Rate]) -> Finding:
    """The finding with the claims as their articles write them (``written``: the
    original of each rewritten claim, by id); where it compares sums written in
    different currencies, its explanation says at what rate."""
    if not any(id(c) in written for c in finding.claims):
        return finding
    claims = tuple(written.get(id(c), c) for c in finding.claims)
    if len({written_currency(c) for c in finding.claims}) < 2:
        return dataclasses.replace(finding, claims=claims)
    notes: list[str] = []
    for c in finding.claims:
        if not isinstance(c, Converted):
            continue
        code = written_currency(c) or ""
        rate = rates[code]
        # a sum whose own brackets give the main currency was taken at that figure
        own = abs(c.rate - rate.factor) > 1e-12
        note = (f"1 {code} = {c.rate:.3g} {rate.target}, from {c.article}'s '{written[id(c)].text}'" if own
                else rate.note(code))
        if note not in notes:
            notes.append(note)
    if all(note in finding.explanation for note in notes):
        return dataclasses.replace(finding, claims=claims)  # the explanation gives its rates already
    target = next(rates[written_currency(c) or ""].target for c in finding.claims if isinstance(c, Converted))
    given = all(rates[written_currency(c) or ""].source is not None for c in finding.claims if isinstance(c, Converted))
    sentence = f" Sums are compared in {target} at {'the rates the story itself gives' if given else 'these rates'} " \
               f"({'; '.join(notes)})."
    return dataclasses.replace(finding, claims=claims, explanation=finding.explanation + sentence)
