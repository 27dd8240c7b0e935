"""Candidates: which pairs of a block cluster.py asks about.

A block of real coverage is small (at most 40 claims in the dev events), and
every pair of it is asked. A figure-dense document (a situation report listing a
toll per district, line after line) puts hundreds of claims of one kind in one
block, and asking every pair makes the cost grow with the square of the claims.
Large blocks are therefore indexed (blocking by shared keys, as record linkage
does): two claims meet when they share a value, a context word, a verb or a
day that few claims of the block share, or when they are their articles' lead
figures of one property. A key shared by many claims says little about which of
them state one fact, so it pairs only each article's first figures (news states
its main figures first). The pairs asked then grow with the claims, not their square.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from ..types import Claim, ClaimKind
from .facts import Facts
from .text import Features
from .values import Value

# Blocks up to this size ask every pair (or, for dates, the sweep below).
ALL_PAIRS_LIMIT = 64
# In a larger block, a key shared by more claims than this pairs only each
# article's first FIRST_FIGURES claims having it.
POSTING_LIMIT = 16
FIRST_FIGURES = 4


def lead_figures(block: list[Claim], known: list[Facts]) -> set[int]:
    """Each article's lead figure of each property (measure or counted thing): its
    first value of it, however often restated. News puts the main figure first (the
    toll in the headline or the lede), so two outlets' lead tolls of one story
    are one fact even when they differ; later figures of the property may be
    breakdowns or earlier counts. Dates are left out: a story has many days."""
    first: dict[tuple[str, str], tuple] = {}
    for c, f in zip(block, known):  # the block is in article, start order
        prop = f.measure or f.head
        if prop and not f.date:
            first.setdefault((c.article, prop), (c.value, c.low, c.high, c.unit))
    return {i for i, (c, f) in enumerate(zip(block, known))
            if (f.measure or f.head) and not f.date
            and first.get((c.article, f.measure or f.head)) == (c.value, c.low, c.high, c.unit)}


def candidate_pairs(block: list[Claim], known: list[Facts], values: list[Value], lead: set[int],
                    feature) -> list[tuple[int, int]]:
    """The pairs worth asking about, sorted. ``feature(k)`` gives claim k's Features."""
    n = len(block)
    if n <= ALL_PAIRS_LIMIT:
        if not n or block[0].kind != ClaimKind.DATE:
            return list(combinations(range(n), 2))
        return _date_pairs(known, values)
    return _indexed_pairs(block, known, values, lead, feature)


def _date_pairs(known: list[Facts], values: list[Value]) -> list[tuple[int, int]]:
    """In the dates' open block, dates after different verbs meet only when they
    agree (admit.rejected), and a story dates many things, so only pairs after one
    verb, on one weekday or with overlapping dates are asked (an interval sweep)."""
    pairs: set[tuple[int, int]] = set()
    buckets: dict[tuple, list[int]] = {}
    spans = []
    for k, (f, v) in enumerate(zip(known, values)):
        buckets.setdefault(("verb", f.measure), []).append(k)
        if v.weekday:
            buckets.setdefault(("weekday", v.weekday), []).append(k)
        if v.date is not None:
            spans.append((v.date.start, v.date.end, k))
    for ids in buckets.values():
        pairs.update(combinations(ids, 2))
    active: list[tuple] = []
    for start, end, k in sorted(spans):
        active = [(e, j) for e, j in active if e >= start]
        pairs.update((min(j, k), max(j, k)) for _, j in active)
        active.append((end, k))
    return sorted(pairs)


def _keys(c: Claim, f: Facts, v: Value, words: Features) -> Iterable[tuple]:
    yield ("value", c.value, c.low, c.high, c.unit)
    if f.date:
        yield ("verb", f.measure)
        if v.weekday:
            yield ("weekday", v.weekday)
        if v.date is not None:
            yield ("day", v.date.start, v.date.end)
    for w in set(words.sentence):
        yield ("word", w)


def _indexed_pairs(block: list[Claim], known: list[Facts], values: list[Value], lead: set[int],
                   feature) -> list[tuple[int, int]]:
    postings: dict[tuple, list[int]] = {}
    for k, (c, f, v) in enumerate(zip(block, known, values)):
        for key in _keys(c, f, v, feature(k)):
            postings.setdefault(key, []).append(k)
        if k in lead:
            postings.setdefault(("lead", f.measure or f.head), []).append(k)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > POSTING_LIMIT:
            ids = _first_per_article(block, ids)
        pairs.update(combinations(ids, 2))  # ids are ascending
    return sorted(pairs)


def _first_per_article(block: list[Claim], ids: list[int]) -> list[int]:
    """Each article's first FIRST_FIGURES claims of ``ids`` (which are in article, start order)."""
    out: list[int] = []
    taken: dict[str, int] = {}
    for k in ids:
        article = block[k].article
        if taken.get(article, 0) < FIRST_FIGURES:
            taken[article] = taken.get(article, 0) + 1
            out.append(k)
    return out
