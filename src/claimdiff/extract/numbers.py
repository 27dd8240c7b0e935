"""Find numbers as written in news English and read their value.

Works on the raw article text (character offsets are the source of truth), so a
figure is found the same way whatever spaCy's tokenizer did with "$4.5bn" or
"1,200km". These shapes are read:

- digits with thousands separators and decimals, optionally followed by a scale
  word or suffix: "1,200", "1.2 million", "4.5bn", "3m", "50k", "2½";
- number words, read by text2num (``text_to_num``, maintained, MIT; chosen over
  number-parser because it reads "one hundred and five" and hyphenated
  "fifty-eight" without touching the rest of the sentence): "fifty-eight",
  "a dozen", "half a million", "two-thirds";
- ratios, read as a share like a fraction: "one in five", "9 out of 10";
- vague multiples, kept as intervals: "hundreds of" -> [200, 999],
  "tens of thousands" -> [20 000, 99 999], "dozens" -> [24, 99].

A ``Number`` is only the figure; bounds, ranges, units and what is counted are
read around it by the other ``num_*`` modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num


@dataclass(frozen=True, slots=True)
class Number:
    """A figure in the text: offsets half-open into the article text.

    ``value`` is None for vague multiples ("hundreds"), which only have bounds.
    ``fraction`` marks a share of something ("two-thirds", "half of"), read as a
    percentage by the extractor.
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    rule: str
    fraction: bool = False


SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
# Single-letter scale suffixes are only read when glued to the digits ("3m",
# "$4.5b"): "3 m" is three metres far more often than three million.
_GLUED_ONLY = {"k", "m", "b"}

# "100m final", "400m hurdles": a glued "m" before a race word is metres, not million.
_NOT_SPORT = (
    r"(?!\s+(?:final|sprint|race|dash|hurdles|freestyle|backstroke|breaststroke|butterfly|"
    r"medley|relay|record|title|heats?|semi-?finals?|run|swim|event|gold|silver|bronze|champion)\b)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|lakh|crore"
DIGIT_RE = re.compile(
    rf"(?<![\w.:/])(?P<num>{_DIGITS})(?![\d]|[:/.,]\d)(?P<frac>[½¼¾⅓⅔])?"
    rf"(?!st\b|nd\b|rd\b|th\b)"  # ordinals ("3rd") are not figures
    # scale words in any case ("$13.7 Billion" in a headline); glued capitals only for
    # millions and billions ("$13.7B", "$5BN"): a glued "K" is a resolution ("4K") as often
    rf"(?:(?P<glue>mn|mln|bn|trn|tn|k|m|b|MN|BN|M|B)(?![a-zA-Z]){_NOT_SPORT}"
    rf"|(?P<sp>[ \u00a0-]?)(?P<scale>(?i:{_SCALE_WORDS})|mn|bn|tn)\b)?",
)

NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_WORD = rf"(?:{NUMBER_WORDS}|hundred|thousand|million|billion|trillion)"
# Each pattern below opens with a lookahead on the letters its matches can start
# with ("a" and the first letters of the number words): the regex engine then
# rejects most positions with one character test instead of trying every
# alternative there. Same matches, scans about twice as fast.
WORDS_RE = re.compile(
    rf"\b(?=[abefhmnostz])(?P<a>an?[ -])?(?P<w>{_WORD}(?:(?:[ -]|[ -]and[ -]){_WORD})*)\b(?!-(?:year|month|week|day)s?-old)",
    re.IGNORECASE,
)
_DOZEN_RE = re.compile(r"\b(?=[aoftsh])(?P<n>a|one|two|three|four|five|six|half a)[ -]dozen\b", re.IGNORECASE)
_HALF_SCALE_RE = re.compile(
    r"\b(?=[ath])(?:(?P<q>a quarter|three quarters|half) of an? |half an? )(?P<s>million|billion|trillion)\b",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"(?=[otah])(?:\b(?P<n>one|two|three|a)[ -](?P<d>half|halves|third|thirds|quarter|quarters|fifth|fifths)\b"
    r"|\b(?P<h>half)\b(?= (?:of|the|its|their|all)\b))",
    re.IGNORECASE,
)
# Vague multiples: the interval is the span of values the phrase can stand for.
_VAGUE: list[tuple[str, float, float]] = [
    (r"hundreds of thousands", 2e5, 999_999),
    (r"tens of thousands", 2e4, 99_999),
    (r"tens of millions", 2e7, 99_999_999),
    (r"hundreds of millions", 2e8, 999_999_999),
    (r"dozens", 24, 99),
    (r"hundreds", 200, 999),
    (r"thousands", 2000, 9999),
    (r"millions", 2e6, 9_999_999),
    (r"billions", 2e9, 9_999_999_999),
]
# Multi-word multiples stand alone ("in the tens of thousands"); single words only
# before "of" ("hundreds of homes"), as "thousands" alone is often not a figure.
_VAGUE_RE = re.compile(
    r"(?=[tdhmb])(?:\b(?P<v>" + "|".join(p for p, _, _ in _VAGUE if " " in p) + r")\b"
    r"|\b(?P<v1>" + "|".join(p for p, _, _ in _VAGUE if " " not in p) + r")\b(?= of\b))",
    re.IGNORECASE,
)
# A ratio is a share too: "one in five adults", "9 out of 10 voters", "one in every
# four". Read like "two-thirds": the share as written, as a percentage. Only shares
# of at most a thousand parts: "1 in 14 million" is odds, and a percentage rounded
# to two decimals cannot hold it. The reader checks the words after the
# denominator itself (_ratio_numbers): scale words and, after "in", time units.
_UPTO99 = rf"(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?"
_RATIO_RE = re.compile(
    rf"(?=[\dzotfsen])(?<![\w.,\-])(?P<n>\d{{1,3}}|{_UPTO99})\s+(?P<of>in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<d>\d{{1,3}}(?:,000)?|(?:a|one)\s+(?:hundred|thousand)|{_UPTO99})(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
_RATIO_NOT_AFTER = re.compile(
    r"\s+(?:(?P<scale>hundred|thousand|million|billion|trillion|lakh|crore)"
    r"|(?P<time>(?:second|minute|hour|day|night|week|month|season|year|decade)s?|games?|matches|match|races?))\b",
    re.IGNORECASE,
)
MAX_RATIO_PARTS = 1000
# "number one in 10 countries", "No. 1 in 12 polls", "the top three in 20 schools": a rank, not a share.
_RANK_BEFORE = re.compile(r"(?:\bnumber|\bno\.|#|\btop)\s*$", re.IGNORECASE)
_DENOM = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}


def parse_digits(num: str) -> float:
    return float(num.replace(",", ""))


def _word_value(words: str) -> float | None:
    cleaned = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


def _digit_numbers(text: str) -> list[Number]:
    out: list[Number] = []
    for m in DIGIT_RE.finditer(text):
        value = parse_digits(m.group("num"))
        rule = "digits"
        if m.group("frac"):
            value += _VULGAR[m.group("frac")]
        scale = (m.group("glue") or m.group("scale") or "").lower()
        if scale:
            if m.group("scale") and scale in _GLUED_ONLY:
                scale = ""
            else:
                value *= SCALES[scale]
                rule = "digits+scale"
        end = m.end() if scale else m.start("num") + len(m.group("num")) + len(m.group("frac") or "")
        out.append(Number(m.start("num"), end, value, value, value, rule))
    return out


def _word_numbers(text: str) -> list[Number]:
    out: list[Number] = []
    for m in _HALF_SCALE_RE.finditer(text):
        part = {"a quarter": 0.25, "three quarters": 0.75, "half": 0.5}[(m.group("q") or "half").lower()]
        v = part * SCALES[m.group("s").lower()]
        out.append(Number(m.start(), m.end(), v, v, v, "words"))
    for m in _DOZEN_RE.finditer(text):
        n = m.group("n").lower()
        v = 6.0 if n == "half a" else 12.0 * (1 if n in ("a", "one") else (_word_value(n) or 1))
        out.append(Number(m.start(), m.end(), v, v, v, "words"))
    for m in _VAGUE_RE.finditer(text):
        phrase = (m.group("v") or m.group("v1")).lower()
        lo, hi = next((lo, hi) for p, lo, hi in _VAGUE if p == phrase)
        out.append(Number(m.start(), m.end(), None, lo, hi, "vague"))
    for m in _FRACTION_RE.finditer(text):
        if m.group("h"):
            out.append(Number(m.start(), m.end(), 0.5, 0.5, 0.5, "fraction", fraction=True))
            continue
        num = 1.0 if m.group("n").lower() == "a" else _word_value(m.group("n")) or 1.0
        v = num / _DENOM[m.group("d").lower()]
        out.append(Number(m.start(), m.end(), v, v, v, "fraction", fraction=True))
    for m in WORDS_RE.finditer(text):
        words = m.group("w")
        start = m.start("w")
        if m.group("a") and words.split()[0].lower().strip("-") in ("hundred", "thousand", "million", "billion"):
            words = "one " + words  # "a hundred" = one hundred
            start = m.start()
        elif words.lower() in ("hundred", "thousand", "million", "billion", "trillion"):
            continue  # a bare scale word is handled by the digit reader or is not a figure
        v = _word_value(words)
        if v is None:
            continue
        out.append(Number(start, m.end("w"), v, v, v, "words"))
    return out


def _ratio_numbers(text: str) -> list[Number]:
    out: list[Number] = []
    for m in _RATIO_RE.finditer(text):
        after = _RATIO_NOT_AFTER.match(text, m.end())
        if after and (after.group("scale") or m.group("of").lower() == "in"):
            continue  # "1 in 14 million" (odds), "two in five years" (a count over a time)
        if _RANK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        n, d = (_ratio_part(m.group(g)) for g in ("n", "d"))
        if n is None or d is None or not 0 < n < d <= MAX_RATIO_PARTS:
            continue
        out.append(Number(m.start(), m.end(), n / d, n / d, n / d, "ratio", fraction=True))
    return out


def _ratio_part(written: str) -> float | None:
    if written[0].isdigit():
        return parse_digits(written)
    words = written.lower().split()
    return _word_value(" ".join(["one"] + words[1:] if words[0] == "a" else words))


def _drop_overlaps(numbers: list[Number]) -> list[Number]:
    """Readers overlap ("half a million" vs "million"): the longest figure wins."""
    numbers = sorted(numbers, key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[Number] = []
    for n in numbers:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


def find_numbers(text: str) -> list[Number]:
    """Every figure in ``text``, left to right, without overlaps (longest wins)."""
    return _drop_overlaps(_digit_numbers(text) + _word_numbers(text) + _ratio_numbers(text))
