"""Currencies and percentages written around a figure.

Currencies come out as ISO 4217 codes (the names ``claimdiff.units.CURRENCIES``
uses), percentages as "percent" or, for a difference of two percentages,
"percentage_point" (basis points are converted: 25 basis points = 0.25 points).
"""

from __future__ import annotations

import re

# Symbols and codes written before the figure. "$" alone is read as USD, the
# dominant reading in English-language news; "A$", "C$", "HK$" etc. are explicit.
_PREFIX: dict[str, str] = {
    "us$": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "£": "GBP", "gbp": "GBP", "€": "EUR",
    "eur": "EUR", "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₩": "KRW",
    "krw": "KRW", "₽": "RUB", "rub": "RUB", "₹": "INR", "inr": "INR", "rs": "INR",
    "rs.": "INR", "chf": "CHF", "₴": "UAH", "uah": "UAH",
}
PREFIX_RE = re.compile(
    r"(?P<c>US\$|AU\$|A\$|CA\$|C\$|\$|£|€|¥|₩|₽|₹|₴|\b(?:USD|EUR|GBP|JPY|CNY|RMB|KRW|RUB|INR|AUD|CAD|CHF|UAH|Rs\.?)\s?)$"
)

# Words written after the figure. "won" is only a currency after a large
# figure or a scale word ("the team won 3" must not become money); "pounds"
# only after a scale word, as a weight in pounds is common in news too.
_SUFFIX: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "won": "KRW", "rubles": "RUB",
    "roubles": "RUB", "pounds": "GBP", "pound": "GBP", "ruble": "RUB", "rouble": "RUB", "rupees": "INR", "rupee": "INR",
    "swiss francs": "CHF", "francs": "CHF", "hryvnias": "UAH", "hryvnia": "UAH",
}
SUFFIX_RE = re.compile(
    r"^\s?(?P<c>" + "|".join(re.escape(k) for k in sorted(_SUFFIX, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CENTS_RE = re.compile(r"^\s?(?:cents?|pence|p\b)", re.IGNORECASE)

PERCENT_RE = re.compile(
    r"^(?:\s?(?P<pct>%|per ?cent\b|pct\b|pc\b)|\s(?P<pp>percentage[ -]points?|points? percentage)\b"
    r"|\s(?P<bp>basis[ -]points?|bps?)\b)",
    re.IGNORECASE,
)


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """(ISO code, start of the symbol) when a currency symbol/code ends at ``start``."""
    m = PREFIX_RE.search(text[max(0, start - 6):start])
    if not m:
        return None
    code = _PREFIX[m.group("c").strip().lower()]
    return code, start - (len(text[max(0, start - 6):start]) - m.start("c"))


def currency_after(text: str, end: int, value: float, scaled: bool) -> tuple[str, int] | None:
    """(ISO code, end of the word) when a currency word follows the figure at ``end``."""
    m = SUFFIX_RE.match(text[end:end + 30])
    if not m:
        return None
    code = _SUFFIX[m.group("c").lower()]
    word = m.group("c").lower()
    if code == "KRW" and word == "won" and not (scaled or value >= 1000):
        return None
    if word in ("pounds", "pound") and not scaled:
        return None  # "2,000 pounds of explosives" is a weight; "50 million pounds" is money
    return code, end + m.end("c")


def cents_after(text: str, end: int) -> int | None:
    m = _CENTS_RE.match(text[end:end + 8])
    return end + m.end() if m else None


def percent_after(text: str, end: int) -> tuple[str, float, int] | None:
    """(unit, factor, end) for "%", "per cent", "percentage points", "basis points"."""
    m = PERCENT_RE.match(text[end:end + 24])
    if not m:
        return None
    if m.group("pct"):
        return "percent", 1.0, end + m.end()
    if m.group("pp"):
        return "percentage_point", 1.0, end + m.end()
    return "percentage_point", 0.01, end + m.end()
