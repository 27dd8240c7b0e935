"""Read a duration ("18 months", "a week", "more than two years") into value, bounds and unit.

Units are pint's names ("month", "week", "day", "year") so units.to_base can
compare "18 months" with "a year and a half". Bounds follow the numeric
convention: "more than two years" -> low 2, high None; "up to ten days" ->
low None, high 10; "about a week" keeps low = high = value and the qualifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "night": "day",
    "week": "week", "fortnight": "fortnight", "month": "month", "year": "year",
    "decade": "decade", "century": "century",
    # a sports season: no fixed length, so "four seasons" meets seasons only
    "season": "season",
}
WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5, "several": None, "a few": None, "few": None,
}
LOWER = {"more than": "more than", "over": "over", "just over": "just over", "well over": "well over", "at least": "at least", "upwards of": "upwards of", "longer than": "longer than", "beyond": "beyond"}
UPPER = {"less than": "less than", "under": "under", "just under": "just under", "up to": "up to", "fewer than": "fewer than",
         "no more than": "no more than", "at most": "at most", "within": "within", "shorter than": "shorter than"}
APPROX = {"about", "around", "roughly", "some", "approximately", "nearly", "almost", "close to", "an estimated",
          "just", "only", "barely", "a mere"}

_NUM = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True)) + \
       r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))"
_QUAL = "|".join(sorted((re.escape(w) for w in {*LOWER, *UPPER, *APPROX}), key=len, reverse=True))
DURATION_RE = re.compile(
    rf"^(?:(?P<qual>{_QUAL})\s+)?(?:(?P<first>{_NUM})\s*(?:to|-|\u2013|or)\s*(?=(?:{_NUM})[\s-]))?"  # a range's start
    rf"(?P<num>{_NUM})?(?:\s+and\s+a\s+half)?[\s-]*(?:(?:consecutive|straight|successive|full)\s+)?"
    rf"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
    rf"centur(?:y|ies)|seasons?)"
    rf"(?P<half>\s+and\s+a\s+half)?(?:-long|\s+long)?$", re.I)


# Vague amounts of time, as intervals ("several weeks" is 3 to 9 weeks); no value.
VAGUE = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "few": (2.0, 5.0), "recent": (1.0, 6.0)}


@dataclass(frozen=True, slots=True)
class Duration:
    value: float | None  # None for a range or a vague amount ("two to three months", "several days")
    unit: str
    low: float | None
    high: float | None
    qualifier: str | None


def _number(word: str) -> float | None:
    w = word.lower().replace(",", "")
    if w in WORDS:
        return WORDS[w]
    if "-" in w:
        tens, ones = w.split("-", 1)
        if tens in WORDS and ones in WORDS and WORDS[tens] and WORDS[ones]:
            return WORDS[tens] + WORDS[ones]
    try:
        return float(w)
    except ValueError:
        return None


def parse_duration(text: str) -> Duration | None:
    """A duration expression, or None when ``text`` is not one (or has no figure:
    "years" carries nothing to compare). A range ("three to four months") and a vague
    amount ("several weeks": 3 to 9) have bounds and no value."""
    t = " ".join(text.replace("\u2011", "-").split()).strip(" ,.")
    t = re.sub(r"^(?:the past|the last|the next|the first|the coming|the following|the|for|of|in)\s+", "", t, flags=re.I)
    recent = re.fullmatch(r"recent\s+(days|weeks|months|years|decades)", t, re.I)
    if recent:  # "in recent weeks": a vague stretch up to now, a few of the unit
        return Duration(None, UNITS[recent.group(1).lower().rstrip("s")], *VAGUE["recent"], "recent")
    every = re.match(r"every\s+", t, re.I)
    if every:  # "every 33 years": a frequency, read as the length of time between two times
        found = parse_duration(t[every.end():])
        return None if found is None or found.value is None else Duration(
            found.value, found.unit, found.low, found.high, "every")
    m = DURATION_RE.match(t)
    if not m:
        return None
    if not m.group("num") and m.group("unit").lower().endswith(("s", "ies")):
        return None  # "hours", "the coming weeks": a plural with no figure says nothing to compare
    unit = m.group("unit").lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    num = m.group("num")
    if num and num.lower() in VAGUE and not m.group("first"):
        low_v, high_v = VAGUE[num.lower()]
        return Duration(None, UNITS[unit], low_v, high_v, num.lower())
    value = _number(num) if num else 1.0
    if value is None:
        return None
    if m.group("first"):  # "two to three months": a range, no single value
        first = _number(m.group("first"))
        if first is None or not first < value:
            return None
        return Duration(None, UNITS[unit], float(first), float(value), None)
    if m.group("half") or " and a half" in t.lower():
        value += 0.5
    qual = (m.group("qual") or "").lower() or None
    low: float | None = float(value)
    high: float | None = float(value)
    if qual in LOWER:
        high = None
    elif qual in UPPER or qual in ("nearly", "almost", "barely"):  # "nearly two years": just under two
        low = None
    return Duration(float(value), UNITS[unit], low, high, qual)
