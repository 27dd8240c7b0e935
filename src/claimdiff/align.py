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
# unrelated figures; the words right around the figure ("revenue rose _ to")
# say what it measures when there is no concept (money, percentages, dates);
# the whole sentence is the fallback and breaks ties.
W_CONCEPT, W_HEAD, W_LOCAL, W_SENTENCE = 0.40, 0.15, 0.20, 0.25
# Without a concept on one side, the head of the other side found in its
# sentence counts for more, as it is the only direct link left.
W_HEAD_IN_SENTENCE, W_LOCAL_ONE, W_SENTENCE_ONE = 0.30, 0.30, 0.40
# Without any concept: local words and sentence only.
W_LOCAL_NONE = 0.45
LOCAL_WORDS = 4

# Minimum similarity to group claims of different articles (every cross-article
# pair of a group must reach it). Tuned on eval/stories: pairs about one figure
# score 0.45-0.9; different figures of one kind in one story (a death toll vs the
# toll of an earlier quake) stay under 0.4 once the concept differs.
THRESHOLD = 0.45
# A measure that names a canonical event ("start", "completion") is itself
# evidence: articles word one event apart (0.36-0.55 on the sample and
# eval/stories). Because unrelated sentences score about 0.4 at character level,
# the sentences must also share a content word beyond the event words (see
# _shared_words): "the bridge" / "the line".
THRESHOLD_EVENT = 0.35
EVENT_CLASSES = frozenset({"start", "completion"})
# Words of the event classes themselves: sharing them says nothing about the subject.
_EVENT_WORDS = frozenset({"start", "started", "begin", "began", "complete", "completion", "completed",
                          "finish", "open", "construction", "work", "expected", "scheduled", "due"})
# Subtracted from the similarity of figures whose sentences name different years.
YEAR_MISMATCH_PENALTY = 0.25
# ... when the year is this close to the figure ("in 2020, when 87 people died");
# a year further off is usually a comparison ("its steepest fall since 2022").
YEAR_WINDOW = 40
# Claims without any measure must match on context alone, so demand more.
THRESHOLD_NO_MEASURE = 0.60
# When ordering candidate pairs, a figure of the same measure ("dead" vs "died")
# is a better partner than a nested one ("killed or injured"): it is merged first,
# and the nested figure of the same article then stays out (no self-contradiction).
SAME_MEASURE_BONUS = 0.15
# Likewise two figures citing the same source ("police put the crowd at 25,000")
# are better partners than figures from different sources in the same sentence.
SAME_SOURCE_BONUS = 0.10
# Two claims of one article: only near-restatements or true self-contradictions.
SELF_THRESHOLD = 0.75
# ... lower for a canonical event: an article that dates "the ground-breaking
# ceremony" twice (text and photo caption) speaks of one event, and sentences
# about one ceremony share few words beyond it (0.60 on the sample story).
SELF_THRESHOLD_EVENT = 0.55

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
# Kinds whose measure, when it is not a casualty word, is the lemma of whatever
# verb the figure hangs on ("cut 1,200 jobs" / "shed 1,200 positions"): too
# specific to block on. They share one open block; a missing measure matches
# any, two different lemmas do not ("sent 15,000 soldiers" vs "lost 600").
OPEN_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.DURATION})
# Measures the extractors write as canonical classes: never open.
CANONICAL = frozenset({"time to completion", "time to start"})
# Verb lemmas that measure the same thing, per kind. Durations: "the study ran
# for 14 months" and "lasted a year and a half" measure one span ("a debate that
# lasted 14 hours" meets "a 14-hour debate" through the measure-next-to-figure
# rule in measure_relation, not here: "last" is no wildcard, "aged five months"
# is not a span the trial lasted). Counts: job-cut verbs.
SYNONYMS: dict[ClaimKind, dict[str, str]] = {
    ClaimKind.DURATION: {"run": "last", "span": "last", "continue": "last", "go on": "last", "stretch": "last",
                         "take": "last"},
    ClaimKind.COUNT: {"shed": "cut", "axe": "cut", "eliminate": "cut", "slash": "cut", "lay off": "cut"},
}


def measure_of(c: Claim) -> str | None:
    """The claim's measure, lower case, with synonymous verbs folded together."""
    if not c.measure:
        return None
    m = c.measure.lower()
    return SYNONYMS.get(c.kind, {}).get(m, m)


def _is_open(c: Claim) -> bool:
    m = measure_of(c)
    if c.kind not in OPEN_KINDS or m in CANONICAL:
        return False
    return m is None or m not in measures.CASUALTY_WORDS.values()


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
    return family(c.kind), dim, "*" if _is_open(c) else measure_family(measure_of(c))


def measure_relation(a: Claim, b: Claim) -> str:
    """measures.relation, with a missing measure matching any in an open block."""
    ma, mb = measure_of(a), measure_of(b)
    if (ma is None or mb is None) and _is_open(a) and _is_open(b):
        return "same"
    if ma and mb and _is_open(a) and _is_open(b) and ma != mb:
        # one side's measure written right next to the other's figure: "a three-year
        # contract" (contract) vs "a two-year contract extension" (extension)
        if _stem(ma) in _local(b).split() or _stem(mb) in _local(a).split():
            return "same"
    return measures.relation(ma, mb)


_ATTRIBUTION_NOISE = frozenset(
    """according assessment assessments report reports reported reporting claim claims claimed claiming
    said say says statement statements estimate estimates estimated official officials government data
    figure figures shared lawmaker lawmakers new latest source sources told a an the of to by""".split()
)
# Share of the smaller attribution's words the other must contain to count as the same source.
ATTRIBUTION_OVERLAP = 0.6


def attribution_words(attribution: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", attribution) if w.lower() not in _ATTRIBUTION_NOISE]


def shared_attribution(a: Claim, b: Claim) -> str | None:
    """The source both claims cite ("South Korean intelligence"), or None.

    Normalized word overlap: the words of the shorter attribution, less report
    words, must be at least ``ATTRIBUTION_OVERLAP`` inside the longer one.
    """
    if not a.attribution or not b.attribution:
        return None
    wa, wb = attribution_words(a.attribution), attribution_words(b.attribution)
    if not wa or not wb:
        return None
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    long_set = {_stem(w.lower()) for w in long_}
    shared = [w for w in short if _stem(w.lower()) in long_set]
    if len(shared) / len(short) < ATTRIBUTION_OVERLAP:
        return None
    return " ".join(shared)


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


# News words that name one thing in several ways. The small English pipeline
# has no word vectors, so the commonest variants of business, health and
# disaster copy are folded by hand (stems after _stem). Keep it general: a
# word belongs here only if the two are interchangeable in most news sentences.
NEWS_SYNONYMS = {
    "stock": "share", "sale": "revenue", "turnover": "revenue", "earning": "profit",
    "position": "job", "post": "job", "role": "job", "workforce": "job", "factory": "plant",
    "effective": "efficacy", "effectivenes": "efficacy", "protection": "efficacy",
    "fell": "fall", "slid": "fall", "slide": "fall", "drop": "fall", "dropped": "fall", "decline": "fall",
    "declined": "fall", "sank": "fall", "sink": "fall", "tumble": "fall", "tumbled": "fall", "plunged": "fall",
    "rose": "rise", "grew": "rise", "grow": "rise", "climb": "rise", "climbed": "rise", "jump": "rise",
    "jumped": "rise", "increase": "rise", "increased": "rise", "gain": "rise", "gained": "rise",
    "died": "dead", "killed": "dead", "perished": "dead", "injured": "wounded", "hurt": "wounded",
    "military": "defence", "defense": "defence", "gdp": "output", "lawmaker": "parliament", "mp": "parliament",
    "participant": "volunteer", "enrolled": "volunteer",
    "fan": "crowd", "spectator": "crowd", "attendance": "crowd",
}


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """Lower-case, stemmed words without stop words or figures, in order, synonyms folded."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 2:
            continue
        stem = _stem(w)
        out.append(NEWS_SYNONYMS.get(stem, NEWS_SYNONYMS.get(w, stem)))
    return tuple(out)


_BASELINE = re.compile(r"\b(?:up|down|rising|falling|increasing|decreasing)?\s*from\s+$", re.I)


def _before(c: Claim) -> str:
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    return sentence[max(0, at - 30):at] if at > 0 else ""


def role(c: Claim) -> str:
    """What part the figure plays in its sentence, where it matters for grouping.

    "baseline": a figure after "from" ("rise to 2.1%, up from 1.8%") is the
    earlier value, never the same thing as the new one. "modifier": a date
    that qualifies a noun ("the 2026 budget", "next year's budget") names
    what is meant, not when something happened ("approved ... on Thursday").
    """
    if c.kind != ClaimKind.DATE:
        return "baseline" if _BASELINE.search(_before(c)) else ""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    after = sentence[at + len(c.text):] if at >= 0 else ""
    if re.match(r"\s*['’]s\b", after):
        return "modifier"
    if c.event and re.match(r"\s*" + re.escape(c.event.split()[0]), after, re.I) and not re.search(
            r"\b(?:on|in|at|by|since|until|from|during|before|after)\s*$", _before(c), re.I):
        return "modifier"
    return ""


# Concepts too generic to say which figure is meant: "people" are counted in
# every story, so two tolls of "people" must also match on context.
GENERIC_CONCEPTS = frozenset({"people", "person", "peopl", "resident", "individual", "civilian", "citizen"})


def _concept(c: Claim) -> str | None:
    words = content_words(c.concept or "")
    if not words or all(w in GENERIC_CONCEPTS for w in words):
        return None
    return " ".join(words)


def _overlap(a: str, b: str) -> float:
    """Similarity of two word strings in [0, 1] (rapidfuzz, character level).

    token_set is generous when one text is a subset of the other (good for
    "soldiers" vs "North Korean soldiers"); token_sort penalises length
    differences; their mean is less swayed by either failure. Character-level
    ratios put unrelated news sentences at about 0.4 (shared letters), so the
    thresholds below sit above that floor, and event dates, whose sentences
    share little, must also share a content word (_shared_words).
    """
    if not a or not b:
        return 0.0
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200.0


def _local(c: Claim) -> str:
    """Up to ``LOCAL_WORDS`` content words either side of the figure in its sentence."""
    sentence = c.sentence or c.text
    at = sentence.find(c.text)
    if at < 0:
        return " ".join(content_words(sentence))
    left = content_words(sentence[:at])[-LOCAL_WORDS:]
    right = content_words(sentence[at + len(c.text):])[:LOCAL_WORDS]
    return " ".join(left + right)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _years(c: Claim) -> frozenset[str]:
    """Years written within ``YEAR_WINDOW`` characters of the figure, outside the claim."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if at < 0:
        return frozenset()
    near = sentence[max(0, at - YEAR_WINDOW):at] + " " + sentence[at + len(c.text):at + len(c.text) + YEAR_WINDOW]
    return frozenset(_YEAR.findall(near))


def similarity(a: Claim, b: Claim) -> float:
    """Concept and context similarity of two claims in [0, 1]."""
    score = _similarity(a, b)
    if a.kind != ClaimKind.DATE and _years(a) != _years(b):
        # "the worst since a quake in 2020, when 87 people died" is another event
        # than "at least 677 people were killed": a year in one sentence and not
        # in the other anchors the figure elsewhere in time
        score = max(0.0, score - YEAR_MISMATCH_PENALTY)
    return score


@lru_cache(maxsize=1)
def _measure_words() -> frozenset[str]:
    return frozenset(content_words(" ".join(measures.CASUALTY_WORDS)))


def _similarity(a: Claim, b: Claim) -> float:
    # The context parts leave out the concept and the casualty words: they are
    # scored (or blocked on) already, and counting them again in the sentence
    # made "twelve people killed when the bridge collapsed" look like "a flood
    # left 300 people dead three decades ago".
    drop = set(content_words(a.concept or "")) | set(content_words(b.concept or "")) | _measure_words()
    sa = tuple(w for w in content_words(a.sentence or a.text) if w not in drop)
    sb = tuple(w for w in content_words(b.sentence or b.text) if w not in drop)
    sent = _overlap(" ".join(sa), " ".join(sb)) if sa and sb else 0.0
    la = " ".join(w for w in _local(a).split() if w not in drop)
    lb = " ".join(w for w in _local(b).split() if w not in drop)
    local = _overlap(la, lb) if la and lb else 0.0
    ca, cb = _concept(a), _concept(b)
    if ca and cb:
        head = 1.0 if ca.split()[-1] == cb.split()[-1] else fuzz.ratio(ca.split()[-1], cb.split()[-1]) / 100
        return W_CONCEPT * _overlap(ca, cb) + W_HEAD * head + W_LOCAL * local + W_SENTENCE * sent
    if ca or cb:
        head_word = (ca or cb).split()[-1]
        other = content_words((b if ca else a).sentence or "")
        return (W_HEAD_IN_SENTENCE * (1.0 if head_word in other else 0.0) + W_LOCAL_ONE * local
                + W_SENTENCE_ONE * sent)
    return W_LOCAL_NONE * local + (1 - W_LOCAL_NONE) * sent


def threshold(key: tuple[str, str, str]) -> float:
    if not key[2]:
        return THRESHOLD_NO_MEASURE
    if key[2] in EVENT_CLASSES:
        return THRESHOLD_EVENT
    return THRESHOLD


def _admissible(a: Claim, b: Claim, score: float) -> bool:
    """May the two claims sit in one group at all (measure, role, one article's rules)?"""
    rel = measure_relation(a, b)
    if role(a) != role(b):
        return False
    if a.article == b.article:
        # An article giving a part and its whole, or two figures in one sentence
        # ("2.1%, up from 1.8%"; "five months to three years"), or two sources'
        # figures ("organisers said 40,000, police 25,000") is reporting two
        # figures, not contradicting itself.
        if rel != "same" or a.sentence == b.sentence:
            return False
        if a.attribution and b.attribution and shared_attribution(a, b) is None:
            return False
        floor = SELF_THRESHOLD_EVENT if (measure_of(a) or "") in EVENT_CLASSES else SELF_THRESHOLD
        return score >= floor
    if rel == "unrelated":
        return False
    if (measure_of(a) or "") in EVENT_CLASSES and not _shared_words(a, b):
        return False
    return True


def _shared_words(a: Claim, b: Claim) -> bool:
    """Do the sentences share a content word other than the claims' own words?"""
    own = set(content_words(a.text)) | set(content_words(b.text)) | _EVENT_WORDS
    return bool((set(content_words(a.sentence)) & set(content_words(b.sentence))) - own)


def _compatible(a: Claim, b: Claim, score: float, limit: float) -> bool:
    if not _admissible(a, b, score):
        return False
    return a.article == b.article or score >= limit


def _priority(a: Claim, b: Claim, score: float) -> float:
    """Order of merging: similarity, plus a bonus for the same measure and the same source."""
    bonus = SAME_MEASURE_BONUS if measure_of(a) == measure_of(b) else 0.0
    if shared_attribution(a, b):
        bonus += SAME_SOURCE_BONUS
    return score + bonus


def _sort_key(c: Claim) -> tuple:
    return (c.article, c.start, c.end, c.kind.value, c.measure or "", c.text)


def _cluster(block: list[Claim], limit: float) -> list[tuple[list[int], float]]:
    """Best pair first, complete linkage: two groups merge when every pair across
    them is admissible and every cross-article pair scores at least ``limit``, so
    one vague claim cannot chain two unrelated ones together."""
    n = len(block)
    scores: dict[tuple[int, int], float] = {}
    edges: list[tuple[float, int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            s = similarity(block[i], block[j])
            scores[(i, j)] = s
            if _compatible(block[i], block[j], s, limit):
                edges.append((-_priority(block[i], block[j], s), i, j))
    edges.sort()  # best pair first; ties by position, so the result is deterministic
    member = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in edges:
        gi, gj = member[i], member[j]
        if gi == gj:
            continue
        pairs = [(min(x, y), max(x, y)) for x in groups[gi] for y in groups[gj]]
        if not all(_admissible(block[x], block[y], scores[(x, y)]) for x, y in pairs):
            continue
        cross = [scores[p] for p in pairs if block[p[0]].article != block[p[1]].article]
        if cross and min(cross) < limit:
            continue
        groups[gi].extend(groups.pop(gj))
        for k in groups[gi]:
            member[k] = gi
    out = []
    for _, g in sorted(groups.items()):
        g = sorted(g)
        cross = [scores[(x, y)] for k, x in enumerate(g) for y in g[k + 1:] if block[x].article != block[y].article]
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
