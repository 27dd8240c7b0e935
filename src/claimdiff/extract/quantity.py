"""Units written after a figure, recognised and normalised by pint.

pint (through ``claimdiff.units``) decides what is a unit and gives its canonical
name ("kilometres" -> "kilometer"). Two things are added here because news
English needs them and pint does not do them:

- written forms pint cannot parse: "square kilometres", "sq km", "km²",
  "cubic metres", "km an hour", "degrees Celsius", "°C";
- a deny list of English words that pint also knows as units ("in" = inch,
  "a" = year, "points", "hands", "units", "bars"...), which would otherwise
  turn "5 in Paris" into five inches.

Time units are reported as ``time`` and left to the temporal extractor
("18 months" is a duration claim, not a quantity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import units

# English words pint would read as units; never a unit after a figure in news.
DENY = frozenset(
    {
        "in", "at", "a", "an", "as", "am", "pm", "point", "points", "unit", "units", "bar", "bars",
        "hand", "hands", "cup", "cups", "chain", "chains", "grain", "grains", "rod", "rods",
        "league", "leagues", "count", "counts", "degree", "degrees", "line", "lines", "mil",
        "pixel", "pixels", "pi", "pt", "ct", "dr", "h", "s", "min", "ms", "d", "t", "g", "u", "l",
        "percent", "cent", "cents", "barn", "barns", "pole", "poles", "perch", "link", "links",
        "kip", "dram", "drams", "ounce troy", "c", "f", "b", "k", "n", "p", "e", "x", "v", "y", "w",
        "mm Hg", "bit", "bits", "tex", "gray", "sievert", "force", "century", "centuries",
        "turn", "turns", "cycle", "cycles", "sec", "lb force", "year", "years", "day", "days",
        "ha", "are", "m", "km s", "fps", "baud", "bag", "bags", "gold", "galileo", "stone", "stones",
    }
)
# Letters-only abbreviations that are safe when glued to the digits ("5km", "40t").
_GLUED_OK = frozenset({"m", "t", "g", "l", "ha", "C", "F"})  # case matters: "5G" is a network

_WORD = r"[A-Za-zµ°][A-Za-zµ°²³.]*(?:/[A-Za-z]+)?"
_AHEAD_RE = re.compile(rf"^(?P<sp>[ \u00a0]?-?[ \u00a0]?)(?P<w>{_WORD}(?:[ -]{_WORD}){{0,3}})")

_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:square|sq\.?) (.+)$", re.I), r"(\1)**2"),
    (re.compile(r"^cubic (.+)$", re.I), r"(\1)**3"),
    (re.compile(r"^(.+?)[²2]$"), r"(\1)**2"),
    (re.compile(r"^(.+?)[³3]$"), r"(\1)**3"),
    (re.compile(r"^(.+) (?:per|an|a) (.+)$", re.I), r"(\1)/(\2)"),
    (re.compile(r"^(?:degrees? )?(?:celsius|centigrade)$|^°c$|^degrees? c$|^C$", re.I), "degC"),
    (re.compile(r"^(?:degrees? )?fahrenheit$|^°f$|^degrees? f$|^F$", re.I), "degF"),
    (re.compile(r"^kph$|^kmh$|^km/hr?$", re.I), "km/hour"),
    (re.compile(r"^nautical (miles?)$", re.I), r"nautical_mile"),
    (re.compile(r"^metric (tons?|tonnes?)$", re.I), r"metric_ton"),
    (re.compile(r"^(?:mn|million) (barrels?|tonnes?|tons?|litres?|liters?|gallons?)$", re.I), r"\1"),
]

_DIMENSION_MEASURE = {
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass]": "mass",
    "[length] / [time]": "speed",
    "[temperature]": "temperature",
    "[length] ** 2 * [mass] / [time] ** 2": "energy",
    "[length] ** 2 * [mass] / [time] ** 3": "power",
    "[length] ** 3 / [time]": "flow",
    "[mass] / [length] / [time] ** 2": "pressure",
}
# Context words that name the measure more precisely than the dimension.
_CONTEXT_MEASURE = {
    "long": "length", "length": "length", "stretch": "length", "span": "length",
    "high": "height", "tall": "height", "height": "height", "altitude": "height",
    "elevation": "height", "deep": "depth", "depth": "depth", "underground": "depth", "underwater": "depth",
    "wide": "width",
    "width": "width", "across": "width", "away": "distance", "distance": "distance",
    "from": "distance", "travel": "distance", "walk": "distance", "drive": "distance",
    "rain": "rainfall", "rainfall": "rainfall", "snow": "snowfall", "snowfall": "snowfall",
}


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: str  # canonical name (pint's), or "magnitude"
    end: int  # end offset of the unit as written
    written: str
    dimension: str  # pint dimensionality, "time" for durations


def _normalise(phrase: str) -> str:
    p = phrase.strip().rstrip(".")
    if len(p) > 3 and not p.isupper():
        p = p.lower()
    for pattern, repl in _REWRITES:
        if pattern.search(p):
            p = pattern.sub(repl, p)
            break
    p = re.sub(r"(?<=[a-z])-(?=[a-z])", "_", p)  # "watt-hours" -> watt_hours
    return p.replace(" ", "_").replace("(", "").replace(")", "") if "**" not in p and "/" not in p else p


# Every figure tries up to four phrases after it, and the same few ("people",
# "kilometres", "soldiers were") recur in every article: the answer depends on the
# phrase alone (pint's registry is fixed), so it is cached by the phrase.
@lru_cache(maxsize=16384)
def _lookup(phrase: str) -> tuple[str, str] | None:
    norm = _normalise(phrase)
    try:
        canon = units.canonical(norm) if "(" not in norm else _canonical_expr(norm)
    except Exception:  # pint raises assorted errors on odd strings
        return None
    if canon is None and "-" in phrase.strip("-"):
        # "pound-feet", "newton-metres": a hyphen between two units is their product
        parts = [_normalise(p) for p in phrase.strip().rstrip(".").split("-")]
        if len(parts) == 2 and all(units.canonical(p) for p in parts):
            canon = _canonical_expr(f"{parts[0]}*{parts[1]}")
    if canon is None:
        return None
    dim = units.dimension(canon)
    if dim == "dimensionless" and canon.endswith("byte"):
        dim = "[information]"  # "256GB": pint counts bytes as dimensionless, news counts storage
    return canon, dim


def _canonical_expr(expr: str) -> str | None:
    try:
        return str(units.registry().parse_units(expr.replace(" ", "_")))
    except Exception:
        return None


_SPLIT = re.compile(r"(?<=\S)([ -])(?=\S)")


def unit_after(text: str, end: int) -> UnitMatch | None:
    """The unit written just after a figure ending at ``end``, longest reading first."""
    m = _AHEAD_RE.match(text[end:end + 48])
    if not m:
        return None
    glued = m.group("sp") == ""
    words = _SPLIT.split(m.group("w"))
    # words alternates token, separator, token ...; try 4, 3, 2, 1 tokens
    tokens = words[0::2]
    for n in range(min(4, len(tokens)), 0, -1):
        phrase = "".join(words[: 2 * n - 1]).rstrip(".")  # a full stop ends the sentence, not the unit
        first = tokens[0].rstrip(".")
        if n == 1 and (first.lower() in DENY or first in DENY) and not (glued and first in _GLUED_OK):
            continue
        if n > 1 and first.lower() in DENY and first.lower() not in ("square", "cubic", "degrees"):
            continue
        found = _lookup(phrase)
        if not found:
            continue
        canon, dim = found
        if dim == "dimensionless":
            continue
        if dim == "[time]":
            return UnitMatch(canon, end + m.start("w") + len(phrase), phrase, "time")
        return UnitMatch(canon, end + m.start("w") + len(phrase), phrase, dim)
    return None


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ -]?$|\bmagnitude of\s+$", re.I)
_MAGNITUDE_AFTER = re.compile(r"^[ -]?magnitude\b", re.I)
_QUAKE_AFTER = re.compile(r"^[ -](?:earth)?quakes?\b|^[ -](?:tremor|aftershock)s?\b", re.I)


def magnitude_around(text: str, start: int, end: int) -> int | None:
    """End offset when the figure is an earthquake magnitude ("7.8-magnitude", "magnitude 6")."""
    m = _MAGNITUDE_AFTER.match(text[end:end + 12])
    if m:
        return end + m.end()
    if _MAGNITUDE_BEFORE.search(text[max(0, start - 14):start]):
        return end
    if _QUAKE_AFTER.match(text[end:end + 16]) and re.fullmatch(r"\d\.\d", text[start:end]):
        return end  # "a 5.6 quake": a one-decimal figure before a quake is its magnitude
    return None


def measure_for(unit_dim: str, context: str) -> str | None:
    """A dimension word for a quantity: context ("stretch", "tall") first, else the unit's."""
    for word in re.findall(r"[a-z]+", context.lower()):
        if word in _CONTEXT_MEASURE and _DIMENSION_MEASURE.get(unit_dim) == "length":
            return _CONTEXT_MEASURE[word]
    return _DIMENSION_MEASURE.get(unit_dim)
