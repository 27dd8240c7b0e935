"""Cluster: group the claims of each block, best pair first, and build ClaimGroups.

Within a block, pairs are scored on concept and context similarity and merged
greedily, best pair first, under complete linkage: every pair in a group must
be admissible (admit.py) and every cross-article pair linked, so one vague claim
cannot chain two unrelated ones together. Candidates are also weighed within
their article: each article's lead figure of a property (the toll it leads
with) meets the other articles' lead figures of it, whatever the values.

The units merged are figures, not mentions: an article that restates one figure
("at least 274" in the lede, "274" below; the same measure, value and unit) states
it once, and that figure is linked to another article's where any of its mentions
is. Without this, the restatements of one toll split it across several groups.
Figures beside an earlier year than the story's ("the 1994 stampede, when 270
died") belong to that year's event (anchors.past_year).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..types import Claim, ClaimKind
from .admit import admissible, co_reported, holders_differ, priority, rejected
from .blocks import block_key, threshold
from .candidates import candidate_pairs, lead_figures
from .facts import Facts, facts, same_property
from .figures import figures_of
from .text import Features, feature_similarity, features
from .values import compatible, distinctive, ratio, restated

# Two articles' lead figures of one property need only this much context in common
# (limit - LEAD_MARGIN): naming one property is most of the evidence.
LEAD_MARGIN = 0.25
# One distinctive figure ("222m euros", "$13.7 billion") in two articles needs only a
# little context in common (limit - DISTINCTIVE_MARGIN): the figure is the evidence.
DISTINCTIVE_MARGIN = 2 * LEAD_MARGIN
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


def _cluster(block: list[Claim], limit: float, story_year: int | None = None) -> list[tuple[list[int], float]]:
    """Best pair first, complete linkage: two groups merge when every pair across
    them is admissible (or one article's update, ``co_reported``) and every
    cross-article pair is linked: it scores at least ``limit``, or from ``limit -
    RELATIVE_MARGIN`` its values agree, or the two are their articles' lead
    figures of one property (``candidates.lead_figures``). So one vague claim cannot chain
    two unrelated ones together."""
    n = len(block)
    known = [facts(c, story_year) for c in block]
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
    lead = lead_figures(block, known)
    for i, j in candidate_pairs(block, known, values, lead, feature):
        agreeing = compatible(block[i], block[j], values[i], values[j])
        if rejected(block[i], block[j], known[i], known[j], agreeing):
            continue
        s = feature_similarity(feature(i), feature(j))
        if admissible(block[i], block[j], s, known[i], known[j], agreeing, screened=True):
            scores[(i, j)], agree[(i, j)] = s, agreeing
    floor = limit - RELATIVE_MARGIN
    edges: list[tuple[float, int, int]] = []
    # cross-article pairs that may sit in one group: similar enough, or weaker but
    # agreeing, or the two articles' lead figures of one property
    linked: set[tuple[int, int]] = set()
    for (i, j), s in scores.items():
        if block[i].article == block[j].article:
            continue
        agreeing = agree[(i, j)]
        if holders_differ(block[i], block[j]):
            continue  # one figure under two holders may join a group others link, never link one
        # a weak pair may confirm a value, but contradict it only when each is its
        # article's lead figure of the kind (below): a conflict is only reported
        # between claims confidently about one fact
        if s >= limit or (s >= floor and agreeing):
            linked.add((i, j))
        if agreeing and _same_day(block[i], block[j], known[i], known[j]):
            linked.add((i, j))
        # the same distinctive figure written in two articles of one story ("$13.7 billion",
        # "274") is most of the evidence that they state one fact
        if agreeing and s >= limit - DISTINCTIVE_MARGIN and distinctive(block[i], block[j]):
            linked.add((i, j))
        # two outlets' lead figures of one property (the toll each leads with) are one
        # fact whatever their values: no need to be each other's best (unless a year
        # written by one and not the other puts it at another time: "a 2009 flood")
        if (i in lead and j in lead and s >= limit - LEAD_MARGIN and same_property(known[i], known[j])
                and feature(i).years == feature(j).years):
            linked.add((i, j))
    linked |= _updates_linked(block, known, scores, linked, lead, limit - LEAD_MARGIN)
    # An article's restatements of one figure ("at least 274" in the lede, "274" below) are
    # one figure: they meet the other articles' figures as one, linked where any of them is.
    node = figures_of(block, known)
    allowed_nodes = {_pair(node[i], node[j]) for i, j in scores if node[i] != node[j]}
    linked_nodes = {_pair(node[i], node[j]) for i, j in linked}
    for (i, j) in scores:
        if block[i].article == block[j].article or (i, j) in linked:
            edges.append((-priority(block[i], block[j], scores[(i, j)], known[i], known[j]), i, j))
    edges.sort()  # best pair first; ties by position, so the result is deterministic
    # a figure is named by its first mention's index, which stands for it in the
    # same-article update rule (co_reported)
    firsts = sorted(set(node))
    member = {p: p for p in firsts}
    groups: dict[int, list[int]] = {p: [p] for p in firsts}
    for _, i, j in edges:
        gi, gj = member[node[i]], member[node[j]]
        if gi == gj:
            continue
        # lazily, so a refused merge of two large groups stops at its first bad pair
        if not _may_merge(groups[gi], groups[gj], block, known, allowed_nodes, linked_nodes):
            continue
        groups[gi].extend(groups.pop(gj))
        for p in groups[gi]:
            member[p] = gi
    claims_of: dict[int, list[int]] = {}
    for k in range(n):
        claims_of.setdefault(node[k], []).append(k)
    out = []
    for _, merged in sorted(groups.items()):
        g = sorted(k for p in merged for k in claims_of[p])
        # the group's similarity: over its two-article figure pairs, each its best-scored mention pair
        best = [max(found) for found in _by_figures(g, node, block, scores)]
        out.append((g, sum(best) / len(best) if best else 1.0))
    return out


def _updates_linked(block: list[Claim], known: list[Facts], scores: dict[tuple[int, int], float],
                    linked: set[tuple[int, int]], lead: set[int], floor: float) -> set[tuple[int, int]]:
    """Cross-article pairs linked through an article's own update: an article that leads
    with "19 missing" and later gives "11 were missing" (an earlier count) reports one
    fact twice, so its later figure meets the figures its lead is linked to, at the lead
    figures' margin. Only a figure co_reported with its article's lead of one property
    and within UPDATE_RATIO of it."""
    lead_of: dict[tuple[str, str], int] = {}
    for k in lead:
        prop = known[k].measure or known[k].head
        if prop:
            lead_of.setdefault((block[k].article, prop), k)
    extra: set[tuple[int, int]] = set()
    for (i, j), s in scores.items():
        if block[i].article == block[j].article or (i, j) in linked or s < floor:
            continue
        if not same_property(known[i], known[j]):
            continue
        for upd, other in ((i, j), (j, i)):
            prop = known[upd].measure or known[upd].head
            head = lead_of.get((block[upd].article, prop or ""))
            if head is None or head == upd or _pair(head, other) not in linked:
                continue
            if co_reported(block[head], block[upd], known[head], known[upd]) and \
                    _near(known[head].value.size, known[upd].value.size):
                extra.add((i, j))
                break
    return extra


# Two groups merge when every pair across them may sit together (admissible, or one
# article's update) and at least this share of their cross-article pairs is linked.
LINKED_SHARE = 0.5


def _may_merge(gi: list[int], gj: list[int], block: list[Claim], known: list[Facts],
               allowed: set[tuple[int, int]], linked: set[tuple[int, int]]) -> bool:
    """Stops at the first pair that may not sit together (a refused merge of two large
    groups is the common case)."""
    cross = hits = 0
    for x in gi:
        for y in gj:
            p = _pair(x, y)
            if block[p[0]].article == block[p[1]].article:
                if p not in allowed and not co_reported(block[p[0]], block[p[1]], known[p[0]], known[p[1]]):
                    return False
                continue
            if p not in allowed and p not in linked:
                return False
            cross += 1
            hits += p in linked
    return cross == 0 or hits >= LINKED_SHARE * cross


def _same_day(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """Two articles dating something to one day ("Thursday's stampede", "24 Sep 2015") or
    one year ("the 1990 disaster", "in 1990"): a story's events are few to a day, and its
    earlier events few to a year, so the date itself links them (reporting days never
    reach here: admit.admissible). A month holds too many events to say as much."""
    return fa.date and a.kind == b.kind == ClaimKind.DATE and restated(a, b) and (
        a.date is None or a.date.granularity in ("day", "year"))


# An update stays near the figure it updates (11 then 19 missing; 245 then 282 dead); a
# figure further off is another count the article gives (an earlier disaster's toll).
UPDATE_RATIO = 2.0


def _near(x: float | None, y: float | None) -> bool:
    times = ratio(x, y)
    return times is not None and times <= UPDATE_RATIO


def story_year(claims: Sequence[Claim]) -> int | None:
    """The year the story happens in: the one its dates name most (the latest on a tie),
    derived dates left out. Figures beside an earlier year belong to another event."""
    years = Counter(c.date.start.year for c in claims if c.kind == ClaimKind.DATE and c.date is not None
                    and not c.basis)
    return max(years, key=lambda y: (years[y], y)) if years else None


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _by_figures(g: list[int], node: list[int], block: list[Claim], scores) -> list[list[float]]:  # type: ignore[no-untyped-def]
    """The scores between each two figures of a group from different articles, per figure pair."""
    out: dict[tuple[int, int], list[float]] = {}
    for k, x in enumerate(g):
        for y in g[k + 1:]:
            if block[x].article != block[y].article:
                out.setdefault(_pair(node[x], node[y]), []).append(scores.get((x, y), 0.0))
    return list(out.values())


def align(claims: Sequence[Claim]) -> list[ClaimGroup]:
    """Groups of claims about the same thing; every claim is in exactly one group.

    Deterministic: the output depends only on the claims, not on their order.
    """
    blocks: dict[tuple[str, str, str], list[Claim]] = {}
    for c in sorted(claims, key=_sort_key):
        blocks.setdefault(block_key(c), []).append(c)
    year = story_year(claims)
    out: list[ClaimGroup] = []
    for key in sorted(blocks):
        block = blocks[key]
        for members, mean in _cluster(block, threshold(key), year):
            out.append(ClaimGroup(key=key, claims=tuple(block[i] for i in members), similarity=mean))
    out.sort(key=lambda g: _sort_key(g.claims[0]))
    return out
