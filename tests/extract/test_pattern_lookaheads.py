"""The first-letter lookaheads on the scanning patterns (time_detect._FIRST and the
number readers) are a speed-up only: every pattern must find exactly what it finds
without its lookahead, on news sentences and on every phrase its own vocabulary
can start with."""

from __future__ import annotations

import calendar
import re

import pytest

from claimdiff.extract import numbers, time_detect

_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]+\]\)")

SENTENCES = [
    "On Wednesday, April 30, 2025, officials broke ground; work should finish by mid-2026.",
    "Some 4,700 of them have been killed or wounded, and about two dozen remain missing.",
    "The plant will cut three hundred and twenty jobs in the first half of next year.",
    "Tens of thousands marched on Sunday; hundreds of protesters were detained last week.",
    "Revenue rose by a third in the second quarter of 2024, or half a billion dollars.",
    "The trial ran for more than 18 months, ending in late September 2023.",
    "Between 2015 and 2019, nearly 1,200 homes flooded each spring; by the end of the year twelve more.",
    "Eleven days ago a fifth of the crop failed; since 2020 fewer than forty wells were dug.",
    "Christmas Day and New Year's Eve fell on a Thursday; Halloween did not.",
    "Q3 2024 results land next Tuesday, earlier this month, within two weeks, at least a fortnight.",
    "Just over a year later, dozens of firms and millions of savers had lost billions of euros.",
    "FOURTEEN WORKERS WERE HURT IN MARCH; A THIRD OF THEM REMAIN IN HOSPITAL UNTIL JUNE 2026.",
    "One in five nurses, 9 out of 10 doctors and twenty-one in every fifty porters; Seven in 100 said no.",
    "A filing dated 2024-03-15 and a memo of Friday, 3/15/2024 covered 3-12 September and June 4 to 9, 2023.",
    "The night before, and again the following day, the board met on Monday; by the end of the year it had not.",
]


def _vocabulary() -> str:
    """A phrase for every word the patterns can start with, in three casings."""
    words = numbers.NUMBER_WORDS.split("|") + ["hundred", "thousand", "million", "billion", "trillion"]
    words += [p for p, _, _ in numbers._VAGUE] + list(numbers._DENOM)
    words += [calendar.month_name[i] for i in range(1, 13)] + [calendar.month_abbr[i] for i in range(1, 13)]
    words += [calendar.day_name[i] for i in range(7)]
    words += ["early", "mid", "late", "the", "first", "second", "third", "fourth", "final", "this", "next", "last",
              "spring", "summer", "autumn", "fall", "winter", "yesterday", "tomorrow", "earlier", "later", "in",
              "since", "by", "until", "before", "after", "from", "between", "more", "less", "fewer", "at", "up",
              "about", "nearly", "almost", "just", "well", "only", "barely", "within", "a", "an", "half", "several",
              "few", "dozen", "couple", "Christmas", "Boxing", "New", "Valentine's", "Halloween", "q1", "q4"]
    tails = [" 2024", " 12, 2025", " of 2023", " year", " two weeks", " 3 months", " a dozen", " of thousands",
             " of the year", "-2026", " half of 2025", " quarter of next year", " Day", " Year's Eve", " ago"]
    out = []
    for w in words:
        for form in (w, w.upper(), w.capitalize()):
            out += [f"{form}{t}." for t in tails]
            out += [f"in 4 {form} 5 days 2024 than {form}."]
    return "\n".join(out)


TEXTS = SENTENCES + [_vocabulary()]
PATTERNS = [(name, p) for name, p in time_detect.PATTERNS if _LOOKAHEAD.search(p.pattern)] + [
    (name, getattr(numbers, name)) for name in ("WORDS_RE", "_DOZEN_RE", "_HALF_SCALE_RE", "_FRACTION_RE", "_VAGUE_RE",
                                             "_RATIO_RE")
]


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_lookahead_changes_no_match(name, pattern):
    assert _LOOKAHEAD.search(pattern.pattern), name
    plain = re.compile(_LOOKAHEAD.sub("", pattern.pattern, count=1), pattern.flags)
    found = 0
    for text in TEXTS:
        with_ = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert with_ == [(m.span(), m.groups()) for m in plain.finditer(text)], name
        found += len(with_)
    assert found > 0, name  # the texts exercise the pattern
