"""Align: group claims that speak of the same thing, across articles.

Claims are first blocked by a key ``(kind family, unit dimension, measure family)``
so that only claims that could possibly be about the same thing are compared
pairwise (the work is quadratic within a block, never over all claims). Within
a block, pairs are scored on concept and context similarity and merged greedily,
best pair first, under complete linkage: every pair in a group must be
compatible and similar enough, so one vague claim cannot chain two unrelated
ones together.

Two claims from one article go into one group only when their measures are the
same and they are near-identical in concept and context (``SELF_THRESHOLD``):
then either the article repeats itself (judge treats that as one claim) or it
contradicts itself (judge reports it as such).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from . import measures
from .types import Claim, ClaimKind
from .units import dimension

# Weights of the similarity parts. The concept ("North Korean soldiers") is the
# strongest evidence; its head word ("soldiers") alone already separates most
# unrelated figures; the sentence is the fallback for claims without a concept
# (dates, "4,700 of them") and breaks ties between two figures of one concept.
W_CONCEPT, W_HEAD, W_SENTENCE = 0.45, 0.20, 0.35
# Without a concept on one side, the head of the other side found in its sentence
# counts for more, as it is the only link left.
W_HEAD_IN_SENTENCE, W_SENTENCE_ONLY = 0.40, 0.60

# Minimum similarity to group claims of different articles. Tuned on
# eval/stories: same-story sentences about one figure score 0.45-0.9, while
# two different figures of one kind in one story (a death toll vs a toll from
# an earlier quake) stay under 0.4 once the concept differs.
THRESHOLD = 0.45
# A measure that names a canonical event ("start", "completion") is itself
# strong evidence: two articles on one story rarely give two different
# completion dates for different things, and their sentences are worded apart.
THRESHOLD_EVENT = 0.25
EVENT_CLASSES = frozenset({"start", "completion"})
# Claims without any measure must match on context alone, so demand more.
THRESHOLD_NO_MEASURE = 0.60
# When ordering candidate pairs, a figure of the same measure ("dead" vs "died")
# is a better partner than a nested one ("killed or injured"): it is merged first,
# and the nested figure of the same article then stays out (no self-contradiction).
SAME_MEASURE_BONUS = 0.15
# Two claims of one article: only near-restatements or true self-contradictions.
SELF_THRESHOLD = 0.75

_STOP = frozenset(
    """a an the of to in on at for by with from and or but as is are was were be been being has have
    had it its this that these those their there they them he she his her we our you your i not no
    than then so such into over under about after before said says say according also which who whom
    what when where while would will could should may might can more less most some any all each per
    via up out off just only very""".split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims about one thing, sorted by (article, start). ``key`` is the blocking key."""

    key: tuple[str, str, str]
    claims: tuple[Claim, ...]
    similarity: float = 1.0  # the weakest pair score that holds the group together

    @property
    def kind(self) -> ClaimKind:
        return self.claims[0].kind

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({c.article for c in self.claims}))

    @property
    def single_article(self) -> bool:
        return len(self.articles) == 1


def family(kind: ClaimKind) -> str:
    """Counts and casualties are one family: both count people or things, and a
    count can carry a casualty measure. The measure family then keeps "15,000
    soldiers sent" apart from "600 soldiers dead"."""
    if kind in (ClaimKind.COUNT, ClaimKind.CASUALTY):
        return "count"
    return kind.value


# Roots of the nesting trees in measures.py: every measure nested under one
# shares its block, so "dead" meets "killed or wounded" (the scope conflict).
MEASURE_ROOTS = ("killed, wounded or missing", "estimated")


def measure_family(measure: str | None) -> str:
    """The root of the measure's nesting tree, or the measure itself ("" for none)."""
    if measure is None:
        return ""
    m = measure.lower()
    for root in MEASURE_ROOTS:
        if measures.relation(m, root) in ("same", "narrower"):
            return root
    return m


def block_key(c: Claim) -> tuple[str, str, str]:
    dim = "time" if c.kind == ClaimKind.DATE else dimension(c.unit)
    return family(c.kind), dim, measure_family(c.measure)


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    w = word.strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """Lower-case, stemmed words without stop words or figures, in order."""
    return tuple(_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1)


def _concept(c: Claim) -> str | None:
    words = content_words(c.concept or "")
    return " ".join(words) or None


def _ratio(a: str, b: str) -> float:
    # token_set is generous when one text is a subset of the other (good for
    # "soldiers" vs "North Korean soldiers"); token_sort penalises length
    # differences. Their mean is less swayed by either failure.
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200.0


def similarity(a: Claim, b: Claim) -> float:
    """Concept and context similarity of two claims in [0, 1]."""
    sa, sb = content_words(a.sentence or a.text), content_words(b.sentence or b.text)
    sent = _ratio(" ".join(sa), " ".join(sb)) if sa and sb else 0.0
    ca, cb = _concept(a), _concept(b)
    if ca and cb:
        head = 1.0 if ca.split()[-1] == cb.split()[-1] else fuzz.ratio(ca.split()[-1], cb.split()[-1]) / 100
        return W_CONCEPT * _ratio(ca, cb) + W_HEAD * head + W_SENTENCE * sent
    if ca or cb:
        head_word = (ca or cb).split()[-1]
        other = sb if ca else sa
        return W_HEAD_IN_SENTENCE * (1.0 if head_word in other else 0.0) + W_SENTENCE_ONLY * sent
    return sent


def threshold(key: tuple[str, str, str]) -> float:
    if not key[2]:
        return THRESHOLD_NO_MEASURE
    if key[2] in EVENT_CLASSES:
        return THRESHOLD_EVENT
    return THRESHOLD


def _compatible(a: Claim, b: Claim, score: float, limit: float) -> bool:
    rel = measures.relation((a.measure or "").lower() or None, (b.measure or "").lower() or None)
    if a.article == b.article:
        # an article giving a part and its whole is reporting two figures, not contradicting itself
        return rel == "same" and score >= SELF_THRESHOLD
    return rel != "unrelated" and score >= limit


def _sort_key(c: Claim) -> tuple:
    return (c.article, c.start, c.end, c.kind.value, c.measure or "", c.text)


def _cluster(block: list[Claim], limit: float) -> list[tuple[list[int], float]]:
    n = len(block)
    scores: dict[tuple[int, int], float] = {}
    edges: list[tuple[float, int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            s = similarity(block[i], block[j])
            scores[(i, j)] = s
            if _compatible(block[i], block[j], s, limit):
                same = (block[i].measure or "").lower() == (block[j].measure or "").lower()
                edges.append((-(s + (SAME_MEASURE_BONUS if same else 0.0)), i, j))
    edges.sort()  # best pair first; ties by position, so the result is deterministic
    member = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    weakest: dict[int, float] = {i: 1.0 for i in range(n)}
    for neg, i, j in edges:
        gi, gj = member[i], member[j]
        if gi == gj:
            continue
        pairs = [(min(x, y), max(x, y)) for x in groups[gi] for y in groups[gj]]
        if not all(_compatible(block[x], block[y], scores[(x, y)], limit) for x, y in pairs):
            continue
        low = min([weakest[gi], weakest[gj]] + [scores[p] for p in pairs])
        groups[gi].extend(groups.pop(gj))
        weakest[gi] = low
        for k in groups[gi]:
            member[k] = gi
    return [(sorted(g), weakest[root]) for root, g in sorted(groups.items())]


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
        for members, weakest in _cluster(block, threshold(key)):
            out.append(ClaimGroup(key=key, claims=tuple(block[i] for i in members), similarity=weakest))
    out.sort(key=lambda g: _sort_key(g.claims[0]))
    return out
