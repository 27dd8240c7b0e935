"""Cluster: group the claims of each block, best pair first, and build ClaimGroups.

Within a block, pairs are scored on concept and context similarity and merged
greedily, best pair first, under complete linkage: every pair in a group must
be admissible (admit.py) and every cross-article pair linked, so one vague claim
cannot chain two unrelated ones together. Candidates are also weighed within
their article: each article's lead figure of a property (the toll it leads
with) meets the other articles' lead figures of it, whatever the values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..types import Claim, ClaimKind
from .admit import Facts, admissible, co_reported, facts, priority, rejected, same_property
from .blocks import block_key, threshold
from .text import Features, feature_similarity, features
from .values import Value, compatible

# Two articles' lead figures of one property need only this much context in common
# (limit - LEAD_MARGIN): naming one property is most of the evidence.
LEAD_MARGIN = 0.25
# A pair whose values agree needs this much less similarity: it can only confirm.
RELATIVE_MARGIN = 0.15


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims about one thing, sorted by (article, start). ``key`` is the blocking key."""

    key: tuple[str, str, str]
    claims: tuple[Claim, ...]
    similarity: float = 1.0  # mean score of its cross-article pairs (1.0 for one article)

    @property
    def kind(self) -> ClaimKind:
        return self.claims[0].kind

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({c.article for c in self.claims}))

    @property
    def single_article(self) -> bool:
        return len(self.articles) == 1


def _sort_key(c: Claim) -> tuple:
    return (c.article, c.start, c.end, c.kind.value, c.measure or "", c.text)


def _lead_figures(block: list[Claim], known: list[Facts]) -> set[int]:
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


def _candidate_pairs(block: list[Claim], known: list[Facts], values: list[Value]) -> Iterable[tuple[int, int]]:
    """The pairs worth asking about, in order. Every pair, but in the dates' open
    block: dates after different verbs meet only when they agree (admit.rejected),
    and a story dates many things, so only pairs after one verb, on one weekday or
    with overlapping dates are asked (an interval sweep, not all pairs)."""
    n = len(block)
    if not n or not known[0].date:
        return ((i, j) for i in range(n) for j in range(i + 1, n))
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
        pairs.update((a, b) for x, a in enumerate(ids) for b in ids[x + 1:])
    active: list[tuple] = []
    for start, end, k in sorted(spans):
        active = [(e, j) for e, j in active if e >= start]
        pairs.update((min(j, k), max(j, k)) for _, j in active)
        active.append((end, k))
    return sorted(pairs)


def _cluster(block: list[Claim], limit: float) -> list[tuple[list[int], float]]:
    """Best pair first, complete linkage: two groups merge when every pair across
    them is admissible (or one article's update, ``co_reported``) and every
    cross-article pair is linked: it scores at least ``limit``, or from ``limit -
    RELATIVE_MARGIN`` its values agree, or the two are their articles' lead
    figures of one property (``_lead_figures``). So one vague claim cannot chain
    two unrelated ones together."""
    n = len(block)
    known = [facts(c) for c in block]
    values = [f.value for f in known]
    feats: list[Features | None] = [None] * n  # once per claim, when a pair first needs it

    def feature(k: int) -> Features:
        f = feats[k]
        if f is None:
            f = feats[k] = features(block[k])
        return f

    # Only the pairs admissible() lets through are kept (most of a large block's pairs
    # are not): their similarity, and whether their values agree (asked twice).
    scores: dict[tuple[int, int], float] = {}
    agree: dict[tuple[int, int], bool] = {}
    for i, j in _candidate_pairs(block, known, values):
        agreeing = compatible(block[i], block[j], values[i], values[j])
        if rejected(block[i], block[j], known[i], known[j], agreeing):
            continue
        s = feature_similarity(feature(i), feature(j))
        if admissible(block[i], block[j], s, known[i], known[j], agreeing, screened=True):
            scores[(i, j)], agree[(i, j)] = s, agreeing
    allowed = scores.keys()
    floor = limit - RELATIVE_MARGIN
    lead = _lead_figures(block, known)
    edges: list[tuple[float, int, int]] = []
    # cross-article pairs that may sit in one group: similar enough, or weaker but
    # agreeing, or the two articles' lead figures of one property
    linked: set[tuple[int, int]] = set()
    for (i, j), s in scores.items():
        if block[i].article == block[j].article:
            continue
        agreeing = agree[(i, j)]
        # a weak pair may confirm a value, but contradict it only when each is its
        # article's lead figure of the kind (below): a conflict is only reported
        # between claims confidently about one fact
        if s >= limit or (s >= floor and agreeing):
            linked.add((i, j))
        # two outlets' lead figures of one property (the toll each leads with) are one
        # fact whatever their values: no need to be each other's best (unless a year
        # written by one and not the other puts it at another time: "a 2009 flood")
        if (i in lead and j in lead and s >= limit - LEAD_MARGIN and same_property(known[i], known[j])
                and feature(i).years == feature(j).years):
            linked.add((i, j))
    for (i, j) in scores:
        if block[i].article == block[j].article or (i, j) in linked:
            edges.append((-priority(block[i], block[j], scores[(i, j)], known[i], known[j]), i, j))
    edges.sort()  # best pair first; ties by position, so the result is deterministic
    member = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in edges:
        gi, gj = member[i], member[j]
        if gi == gj:
            continue
        pairs = [(min(x, y), max(x, y)) for x in groups[gi] for y in groups[gj]]
        if not all(p in allowed or co_reported(block[p[0]], block[p[1]], known[p[0]], known[p[1]])
                   for p in pairs):
            continue
        if not all(p in linked for p in pairs if block[p[0]].article != block[p[1]].article):
            continue
        groups[gi].extend(groups.pop(gj))
        for k in groups[gi]:
            member[k] = gi
    out = []
    for _, g in sorted(groups.items()):
        g = sorted(g)
        cross = [scores.get((x, y), 0.0) for k, x in enumerate(g) for y in g[k + 1:]
                 if block[x].article != block[y].article]
        out.append((g, sum(cross) / len(cross) if cross else 1.0))
    return out


def align(claims: Sequence[Claim]) -> list[ClaimGroup]:
    """Groups of claims about the same thing; every claim is in exactly one group.

    Deterministic: the output depends only on the claims, not on their order.
    """
    blocks: dict[tuple[str, str, str], list[Claim]] = {}
    for c in sorted(claims, key=_sort_key):
        blocks.setdefault(block_key(c), []).append(c)
    out: list[ClaimGroup] = []
    for key in sorted(blocks):
        block = blocks[key]
        for members, mean in _cluster(block, threshold(key)):
            out.append(ClaimGroup(key=key, claims=tuple(block[i] for i in members), similarity=mean))
    out.sort(key=lambda g: _sort_key(g.claims[0]))
    return out
