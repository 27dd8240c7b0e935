"""Two figures that agree as numbers but read like one figure misread.

Rounding, bounds and approximations let figures agree that are not equal: "at
least 346" is satisfied by 364. Two slips of the pen or of reading get through
that way and are the ones a fact-checker most wants to see:

- swapped digits: 364 against "at least 346" (the same digits, two neighbours
  swapped), one of them an exact figure. A genuine revision seldom lands on the
  other figure's transposition; two bounds ("at least 457", "at least 547") may be
  successive counts, so they are left to agree;
- a change read as a level: "cut costs by €17bn" against "cut costs to €17bn".
  The same amount after a verb of change is either the size of the move or where
  it ends, not both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon, measures
from ..types import Claim, ClaimKind, Verdict, figure_at
from .outcome import Outcome, conflict_code
from .text import quoted

# Digits swapped in a short figure are too often a coincidence ("12" and "21");
# three digits or more and both swapped digits non-zero ("1,500" vs "1,050" are
# round figures, not a typo).
MIN_DIGITS = 3
_NUMERAL = re.compile(r"\d[\d,.]*\d|\d")


def _digits(c: Claim) -> str | None:
    """The digits of the one numeral the claim's text is written with, if it has one."""
    found = _NUMERAL.findall(c.text)
    if len(found) != 1:
        return None
    return re.sub(r"\D", "", found[0])


def transposed(a: Claim, b: Claim) -> bool:
    """Are the figures written with the same digits, two neighbours swapped, at one
    scale ("364" and "346"; "$1.25bn" and "$1.52bn")?"""
    if a.value is None or b.value is None or a.unit != b.unit or a.value == b.value:
        return False
    da, db = _digits(a), _digits(b)
    if not da or not db or len(da) != len(db) or len(da) < MIN_DIGITS:
        return False
    diff = [i for i in range(len(da)) if da[i] != db[i]]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i, j = diff
    if not (da[i] == db[j] and da[j] == db[i]) or "0" in (da[i], da[j]):
        return False
    return 0.5 < abs(a.value) / max(abs(b.value), 1e-12) < 2.0  # one scale: "346" and "364m" are not


# The amount after "by" is the size of a move, after "to" where it ends ("cut costs
# by a quarter to €17bn"); a bound word may sit between ("by around €17bn").
_READING = re.compile(r"(?<!\bup )(?<!\bclose )\b(by|to)\s+(?:(?:about|around|some|roughly|nearly|almost|just|"
                      r"more than|less than|over|under|an estimated)\s+)?$", re.I)
_WORD = re.compile(r"[A-Za-z]+")
# The verb of change is at most this many words before "by"/"to" ("reduce adjusted costs by a quarter to").
VERB_WINDOW = 8
_CLAUSE = re.compile(r"[;:,.!?()]|\b(?:and|but|while|which|that|as)\b", re.I)
_MOVE = re.compile(r"(?:" + measures.MOVE_FORMS + r")$", re.I)
_READ_KINDS = frozenset({ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.QUANTITY})


def _changes(word: str) -> bool:
    """A verb of change in size: "rose", "cut", "reduce", "boosted" (WordNet: a kind of
    increase or decrease)."""
    return bool(_MOVE.match(word)) or lexicon.related(word.lower(), "increase", "v", "v") \
        or lexicon.related(word.lower(), "decrease", "v", "v")


def reading(c: Claim) -> str | None:
    """"by" when the figure is the size of a change ("reduce costs by €17bn"), "to"
    when it is the level a change reaches ("reduce costs to €17bn"), else None."""
    if c.kind not in _READ_KINDS or not c.sentence:
        return None
    return _reading_of(c.sentence, c.text)


# judge asks for every agreeing pair, so the answer is cached by its inputs
@lru_cache(maxsize=16384)
def _reading_of(sentence: str, text: str) -> str | None:
    at = figure_at(sentence, text)
    if at <= 0:
        return None
    clause = _CLAUSE.split(sentence[max(0, at - 80):at])[-1]
    m = _READING.search(clause)
    if m is None:
        return None
    words = _WORD.findall(clause[:m.start()])[-VERB_WINDOW:]
    return m.group(1).lower() if any(_changes(w) for w in words) else None


def change_and_level(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(the level, the change) when one figure is read as where a change ends and the
    other, with the same amount, as the size of the change."""
    ra, rb = reading(a), reading(b)
    if {ra, rb} != {"to", "by"}:
        return None
    return (a, b) if ra == "to" else (b, a)


TYPO = ", and have the same digits with two swapped, perhaps a typo"


def misread(a: Claim, b: Claim, names: dict[str, str], topic: str) -> Outcome | None:
    """A conflict for figures that agree as numbers but read as one figure misread
    (misreadings.py), else None."""
    na, nb = names[a.article], names[b.article]
    # two bounds ("at least 457", "at least 547") are as likely successive counts; an exact
    # figure that a bound lets agree only by swapping two digits is the slip
    if transposed(a, b) and (a.qualifier is None or b.qualifier is None):
        return Outcome(Verdict.CONFLICT, conflict_code(a.kind, "transposed"),
                       f"{na} and {nb} disagree on the {topic}: {na} gives {quoted(a)}, {nb} {quoted(b)}; "
                       f"the figures have the same digits with two swapped, a likely typo in one.", 0.8)
    pair = change_and_level(a, b)
    if pair is None:
        return None
    level, change = pair
    return Outcome(Verdict.CONFLICT, conflict_code(a.kind, "change_or_level"),
                   f"{names[level.article]} and {names[change.article]} read one figure two ways: "
                   f"{names[level.article]} gives {quoted(level)} as the level reached, "
                   f"{names[change.article]} {quoted(change)} as the size of the change.", 0.8)
