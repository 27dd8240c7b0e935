"""Currencies and percentages written around a figure.

Currencies come out as ISO 4217 codes (the names ``claimdiff.units.is_currency``
uses), percentages as "percent" or, for a difference of two percentages,
"percentage_point" (basis points are converted: 25 basis points = 0.25 points).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Symbols and codes written before the figure, beyond what the CLDR data below
# gives. "$" alone is read as USD, the dominant reading in English-language news;
# "C$", "AU$" and "Rs" are common news spellings CLDR does not list.
_PREFIX: dict[str, str] = {
    "us$": "USD", "$": "USD", "au$": "AUD", "c$": "CAD", "£": "GBP", "€": "EUR", "¥": "JPY", "rmb": "CNY",
    "₩": "KRW", "₽": "RUB", "₹": "INR", "rs": "INR", "rs.": "INR", "₴": "UAH", "s$": "SGD", "r$": "BRL",
}
# Words after the figure that CLDR's English names do not cover: bare currency
# nouns, read as the currency most English-language news means by them. "won" is
# only a currency after a large figure or a scale word ("the team won 3" must not
# become money); "pounds" only after a scale word, as a weight in pounds is common.
_SUFFIX: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "sterling": "GBP", "pounds sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "won": "KRW", "rubles": "RUB", "roubles": "RUB",
    "pounds": "GBP", "pound": "GBP", "ruble": "RUB", "rouble": "RUB", "rupees": "INR", "rupee": "INR",
    "francs": "CHF", "hryvnias": "UAH", "hryvnia": "UAH", "riyals": "SAR", "riyal": "SAR", "lira": "TRY",
    "liras": "TRY", "dirhams": "AED", "dirham": "AED", "rand": "ZAR", "pesos": "MXN", "peso": "MXN",
}
# ISO codes that are also English words in capitals ("ALL 5 of them"): not read as codes.
_CODE_WORDS = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "GEL", "PEN", "MAD", "LAK", "SOS", "CVE"})
_MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], re.Pattern, dict[str, str], frozenset[str]]:
    """Prefix symbols, their pattern, currency names and ISO codes, from CLDR through babel.

    babel (BSD, the Unicode CLDR's data) knows every ISO 4217 code with its English
    symbol ("HK$", "CA$", "NZ$") and names, singular and plural ("Hong Kong dollars",
    "Saudi riyals"), so no hand list of currencies has to be kept up to date.
    Built once, on the first figure that needs it."""
    from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

    codes = frozenset(c for c in list_currencies() if len(c) == 3 and c.isalpha() and c not in _CODE_WORDS)
    prefix = {c.lower(): c for c in codes}
    names: dict[str, str] = {}
    for code in sorted(codes):
        symbol = get_currency_symbol(code, "en")
        if symbol != code and not symbol.isalpha():
            prefix.setdefault(symbol.lower(), code)
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if len(name.split()) <= _MAX_NAME_WORDS and name != code.lower():
                names.setdefault(name, code)
    prefix.update(_PREFIX)
    names.update(_SUFFIX)
    symbols = sorted((k for k in prefix if not k.isalpha() and not k.endswith(".")), key=len, reverse=True)
    pattern = re.compile(
        r"(?P<c>(?<![A-Za-z])(?i:" + "|".join(re.escape(s) for s in symbols) + r")\s?"
        r"|\b(?:" + "|".join(sorted(codes)) + r"|RMB|Rs\.?)\s?)$")
    return prefix, pattern, names, codes


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """(ISO code, start of the symbol) when a currency symbol/code ends at ``start``."""
    window = text[max(0, start - 6):start]
    prefix, pattern, _, _ = _tables()
    m = pattern.search(window)
    if not m:
        return None
    code = prefix.get(m.group("c").strip().lower())
    if code is None:
        return None
    return code, start - (len(window) - m.start("c"))


_WORDS_AFTER = re.compile(r"\s?([A-Za-z.]+(?:\s[A-Za-z.]+){0,%d})" % (_MAX_NAME_WORDS - 1))


def currency_name_after(text: str, end: int) -> tuple[str, str, int] | None:
    """(ISO code, the name in lower case, its end) of the longest currency name at ``end``:
    a CLDR name ("Hong Kong dollars"), a bare currency noun ("euros") or a code in capitals."""
    m = _WORDS_AFTER.match(text, end)
    if not m:
        return None
    _, _, names, codes = _tables()
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        written = " ".join(words[:n]).rstrip(".")  # a sentence's full stop is not part of a name
        name = written.lower()
        code = names.get(name) or (written if n == 1 and written in codes else None)
        if code is not None:
            return code, name, m.start(1) + len(written)
    return None


def currency_after(text: str, end: int, value: float, scaled: bool) -> tuple[str, int] | None:
    """(ISO code, end of the word) when a currency word follows the figure at ``end``."""
    found = currency_name_after(text, end)
    if not found:
        return None
    code, word, stop = found
    if code == "KRW" and word == "won" and not (scaled or value >= 1000):
        return None
    if word in ("pounds", "pound", "rand") and not scaled:
        return None  # "2,000 pounds of explosives" is a weight; "50 million pounds" is money
    return code, stop


_CENTS_RE = re.compile(r"^(?:\s?(?:cents?|pence)\b|p\b(?!\.?\s?m\b))", re.IGNORECASE)

PERCENT_RE = re.compile(
    r"^(?:\s?(?P<pct>%|per ?cent\b|pct\b|pc\b)|\s(?P<pp>percentage[ -]points?|points? percentage)\b"
    r"|\s(?P<bp>basis[ -]points?|bps?)\b)",
    re.IGNORECASE,
)


def cents_after(text: str, end: int) -> tuple[str, int] | None:
    """(ISO code, end) of "cents" / "pence" / a glued "p" after a figure: a hundredth of
    the dollar (the dominant reading in English-language news) or of the pound."""
    m = _CENTS_RE.match(text[end:end + 8])
    if not m:
        return None
    return ("USD" if m.group(0).strip().lower().startswith("cent") else "GBP"), end + m.end()


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
