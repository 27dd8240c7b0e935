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

The text features (words, synonyms, context windows, roles, similarity, shared
attribution) live in align_text.py; this module blocks, admits and merges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import measures
from .align_facts import apart, compatible, restated, same_distinct_value, vague, verb_stem  # noqa: F401 (verb_stem: public)
from .align_sources import shared_attribution  # noqa: F401 (public: judge reads it from here)
from .align_text import (  # noqa: F401 (content_words, role, similarity: public)
    _local, _stem, concept_key, content_words, feature_similarity, features, other_event, role, shared_holder, similarity,
)
from .types import Claim, ClaimKind
from .units import dimension

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
# The day a source spoke ("police said on Monday") is each outlet's own news peg:
# outlets quote different statements on different days, so these dates are never
# compared across articles (they would make false day conflicts).
REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "note", "claim",
                             "write", "share", "warn", "brief", "inform", "acknowledge", "reveal",
                             "statement", "briefing", "interview", "remark", "comment", "speech"})
# Words of the event classes themselves: sharing them says nothing about the subject.
_EVENT_WORDS = frozenset({"start", "started", "begin", "began", "complete", "completion", "completed",
                          "finish", "open", "construction", "work", "expected", "scheduled", "due"})
# Two figures that name nothing alike may still contradict each other when their
# sentences are this alike ("78% effective" / "cut cases by 71 percent" in two
# reports of one trial).
UNNAMED_CONFLICT_THRESHOLD = 0.5
# A pair that is each claim's best partner in the other's article needs this much
# less (align by assignment: candidates are weighed against one another).
RELATIVE_MARGIN = 0.15
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
# ... and an article restating one figure with one measure, at far less.
RESTATEMENT_THRESHOLD = 0.30
# ... lower for a canonical event: an article that dates "the ground-breaking
# ceremony" twice (text and photo caption) speaks of one event, and sentences
# about one ceremony share few words beyond it (0.60 on the sample story).
SELF_THRESHOLD_EVENT = 0.55


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
    """The claim's measure, lower case, with synonymous verbs folded together; the
    verb's inflection is dropped in the open kinds, where the measure is a verb."""
    if not c.measure:
        return None
    m = c.measure.lower()
    m = SYNONYMS.get(c.kind, {}).get(m, m)
    if c.kind in OPEN_KINDS and m not in CANONICAL and " " not in m and m not in measures.CASUALTY_WORDS:
        return verb_stem(m)
    return m


def _is_open(c: Claim) -> bool:
    m = measure_of(c)
    if c.kind == ClaimKind.DATE:
        # outlets date one event after different verbs ("Thursday's stampede", "crushed
        # on Thursday", "the 24 September disaster"): only the canonical events block
        return m not in EVENT_CLASSES
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


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the admissibility rules read of one claim. _cluster asks about every
    pair of a block, so these are worked out once per claim, not once per pair."""

    measure: str | None  # measure_of
    open: bool  # _is_open
    role: str  # align_text.role
    stem: str | None  # _stem(measure)
    local: frozenset[str]  # the words of _local
    head: str | None  # the counted noun, unless generic ("people")
    date: bool  # a date claim


def _facts(c: Claim) -> _Facts:
    m = measure_of(c)
    concept = concept_key(c)
    return _Facts(m, _is_open(c), role(c), _stem(m) if m else None, frozenset(_local(c).split()),
                  concept.split()[-1] if concept else None, c.kind == ClaimKind.DATE)


def _same_property(fa: _Facts, fb: _Facts) -> bool:
    """Do both claims name what they measure, and name it alike: the same measure
    (for dates, the same verb), or the same counted thing? Without that, a pair's
    being each other's best partner says nothing (two unnamed figures are each
    other's best by default)."""
    if fa.date:
        return fa.measure is not None and fa.measure == fb.measure
    if fa.measure and fb.measure and _relation(fa, fb) != "unrelated":
        return True  # nested measures too: "600 dead" within "4,700 killed or wounded"
    return bool(fa.head and fb.head and fa.head == fb.head)


def _names_differ(fa: _Facts, fb: _Facts) -> bool:
    """Do the claims name different things (another counted noun, another verb)?"""
    if fa.head and fb.head and fa.head != fb.head:
        return True
    if fa.date:  # any verb dates an event in an open block, but two verbs name two events
        return bool(fa.measure and fb.measure and fa.measure != fb.measure)
    return bool(fa.measure and fb.measure and _relation(fa, fb) == "unrelated")


def _may_conflict(a: Claim, b: Claim, fa: _Facts, fb: _Facts, score: float) -> bool:
    """Enough to say two different figures contradict each other. Both name the same
    property or the same holder ("Costco fell 7%", "Costco was down 6%"), or, naming
    nothing that differs, their sentences are very alike; and neither is a vague word
    ("hundreds of relatives"), which may agree with a figure but is too loose to
    contradict one. A story has many days (the landfall on Saturday, the rescue on
    Monday) and many unnamed sums: without this they would all contradict each other."""
    if vague(a) or vague(b):
        return False
    if _same_property(fa, fb) or shared_holder(a.holder, b.holder) is True:
        return True
    return score >= UNNAMED_CONFLICT_THRESHOLD and not _names_differ(fa, fb)


def measure_relation(a: Claim, b: Claim) -> str:
    """measures.relation, with a missing measure matching any in an open block."""
    return _relation(_facts(a), _facts(b))


def _relation(fa: _Facts, fb: _Facts) -> str:
    ma, mb = fa.measure, fb.measure
    if (ma is None or mb is None or fa.date) and fa.open and fb.open:
        return "same"  # a missing measure matches any in an open block; so does a date's verb
    if ma and mb and fa.open and fb.open and ma != mb:
        # one side's measure written right next to the other's figure: "a three-year
        # contract" (contract) vs "a two-year contract extension" (extension)
        if fa.stem in fb.local or fb.stem in fa.local:
            return "same"
    return measures.relation(ma, mb)



def threshold(key: tuple[str, str, str]) -> float:
    if not key[2]:
        return THRESHOLD_NO_MEASURE
    if key[2] in EVENT_CLASSES:
        return THRESHOLD_EVENT
    return THRESHOLD


def _admissible(a: Claim, b: Claim, score: float, fa: _Facts | None = None, fb: _Facts | None = None) -> bool:
    """May the two claims sit in one group at all (measure, role, one article's rules)?
    ``fa``, ``fb``: the claims' _facts, if the caller has them."""
    fa = fa or _facts(a)
    fb = fb or _facts(b)
    if fa.role != fb.role and not (fa.date and a.article != b.article and compatible(a, b)):
        return False  # ("Thursday's stampede" and "on 24 September" may still agree on the day)
    rel = _relation(fa, fb)
    if a.article == b.article:
        # An article giving a part and its whole, or two figures in one sentence
        # ("2.1%, up from 1.8%"; "five months to three years"), or two sources'
        # figures ("organisers said 40,000, police 25,000") is reporting two
        # figures, not contradicting itself. Nor is an open block's missing measure
        # a match here: "85 passengers" and "two passengers survived" are two facts.
        if rel != "same" or a.sentence == b.sentence or fa.measure != fb.measure or _kept_apart(a, b, fa, fb):
            return False
        event = (fa.measure or "") in EVENT_CLASSES
        # An event happens once, though: an article that dates it twice, after two
        # sources (its text after state media, its photo caption after the photo's
        # provider), carries the contradiction whoever said it.
        if not event and a.attribution and b.attribution and shared_attribution(a, b) is None:
            return False
        if restated(a, b):
            # a restatement ("56 killed" in the headline, "at least 56 people" below) is one
            # figure; judge reads it once, so little context is asked
            return score >= RESTATEMENT_THRESHOLD
        floor = SELF_THRESHOLD_EVENT if event else SELF_THRESHOLD
        return score >= floor
    if rel == "unrelated" or _kept_apart(a, b, fa, fb):
        return False
    if a.kind == ClaimKind.DATE and ((fa.measure or "") in REPORTING_VERBS or (fb.measure or "") in REPORTING_VERBS):
        return False
    if not compatible(a, b) and not _may_conflict(a, b, fa, fb, score):
        return False
    if (fa.measure or "") in EVENT_CLASSES and not _shared_words(a, b):
        return False
    return True


def _kept_apart(a: Claim, b: Claim, fa: _Facts, fb: _Facts) -> bool:
    """Is either claim tied to something the other is not: another event, another
    holder, another counted thing, another order of magnitude?"""
    if apart(a, b):
        return True
    if a.kind != ClaimKind.DATE and other_event(a) != other_event(b):
        return True  # an aftershock's magnitude, an earlier flood's toll: not this event's figure
    # "Target fell 9.7%" vs "Costco was down 6.8%": one measure, two holders
    return shared_holder(a.holder, b.holder) is False


def _co_reported(a: Claim, b: Claim, fa: _Facts, fb: _Facts) -> bool:
    """May two figures of one article sit in one group that other articles link them
    into? An article updates a toll ("24 were dead by noon" ... "48 people died"):
    the same named measure, nothing that keeps them apart. Alone they never group
    (_admissible); judge reports them as two figures of one article, not as a
    contradiction, unless they are near-restatements."""
    return (a.article == b.article and fa.measure is not None and fa.measure == fb.measure
            and fa.role == fb.role and a.sentence != b.sentence and not _kept_apart(a, b, fa, fb))


def _shared_words(a: Claim, b: Claim) -> bool:
    """Do the sentences share a content word other than the claims' own words?"""
    own = set(content_words(a.text)) | set(content_words(b.text)) | _EVENT_WORDS
    return bool((set(content_words(a.sentence)) & set(content_words(b.sentence))) - own)


def _priority(a: Claim, b: Claim, score: float, fa: _Facts, fb: _Facts) -> float:
    """Order of merging: similarity, plus a bonus for the same measure and the same source."""
    bonus = SAME_MEASURE_BONUS if fa.measure == fb.measure else 0.0
    if shared_attribution(a, b):
        bonus += SAME_SOURCE_BONUS
    return score + bonus


def _sort_key(c: Claim) -> tuple:
    return (c.article, c.start, c.end, c.kind.value, c.measure or "", c.text)


def _mutual_best(block: list[Claim], scores: dict[tuple[int, int], float],
                 admissible: dict[tuple[int, int], bool]) -> set[tuple[int, int]]:
    """Cross-article pairs (i, j) where j is i's best admissible partner in j's
    article and i is j's best in i's: the one "missing" figure of each article meet.

    Similarity is relative here: two outlets word one fact apart, and its score
    against the right partner may be low in absolute terms, yet still the best
    either article offers. Ties keep the earlier claim (claims are sorted)."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for (i, j), ok in admissible.items():
        if not ok or block[i].article == block[j].article:
            continue
        s = scores[(i, j)]
        for x, y in ((i, j), (j, i)):
            key = (x, block[y].article)
            if key not in best or s > best[key][0]:
                best[key] = (s, y)
    return {(i, j) for (i, art), (_, j) in best.items()
            if i < j and best.get((j, block[i].article), (0.0, -1))[1] == i}


def _sole_figures(block: list[Claim], facts: list[_Facts]) -> set[int]:
    """Claims that are the only figure (one value, however often restated) of their
    article with their measure or counted thing: "the one death toll of an outlet"."""
    values: dict[tuple[str, str], set] = {}
    for c, f in zip(block, facts):
        prop = f.measure or f.head
        if prop:
            values.setdefault((c.article, prop), set()).add(
                (c.value, c.low, c.high, c.unit, c.date.iso() if c.date else None))
    return {i for i, (c, f) in enumerate(zip(block, facts))
            if (f.measure or f.head) and len(values[(c.article, f.measure or f.head)]) == 1}


def _cluster(block: list[Claim], limit: float) -> list[tuple[list[int], float]]:
    """Best pair first, complete linkage: two groups merge when every pair across
    them is admissible and every cross-article pair scores at least ``limit``, so
    one vague claim cannot chain two unrelated ones together. From ``limit -
    RELATIVE_MARGIN`` a pair also counts when its values agree, or when it is a
    mutual best pair (``_mutual_best``) of one property whose values agree or
    that are each article's one figure of that property."""
    n = len(block)
    feats = [features(c) for c in block]  # once per claim, not once per pair
    facts = [_facts(c) for c in block]
    scores: dict[tuple[int, int], float] = {}
    # _admissible of every pair, kept for the merge checks below (it is pure)
    admissible: dict[tuple[int, int], bool] = {}
    for i in range(n):
        for j in range(i + 1, n):
            s = feature_similarity(feats[i], feats[j])
            scores[(i, j)] = s
            admissible[(i, j)] = _admissible(block[i], block[j], s, facts[i], facts[j])
    mutual = _mutual_best(block, scores, admissible)
    floor = limit - RELATIVE_MARGIN
    sole = _sole_figures(block, facts)
    edges: list[tuple[float, int, int]] = []
    # cross-article pairs that may sit in one group: similar enough, or weaker but
    # agreeing, or each other's one figure of the kind (the one toll of each outlet)
    linked: set[tuple[int, int]] = set()
    for (i, j), ok in admissible.items():
        if not ok or block[i].article == block[j].article:
            continue
        s = scores[(i, j)]
        agreeing = compatible(block[i], block[j])
        if s >= limit or (s >= floor and agreeing):
            linked.add((i, j))
        # a weak pair may confirm a value, but contradict it only when each is the one
        # figure of its kind its article gives (the one death toll of each outlet):
        # a conflict is only reported between claims confidently about one fact
        if (i, j) in mutual and s >= floor and (
                (_same_property(facts[i], facts[j]) and (agreeing or (i in sole and j in sole)))
                or same_distinct_value(block[i], block[j])):
            linked.add((i, j))
    for (i, j), ok in admissible.items():
        if ok and (block[i].article == block[j].article or (i, j) in linked):
            edges.append((-_priority(block[i], block[j], scores[(i, j)], facts[i], facts[j]), i, j))
    edges.sort()  # best pair first; ties by position, so the result is deterministic
    member = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in edges:
        gi, gj = member[i], member[j]
        if gi == gj:
            continue
        pairs = [(min(x, y), max(x, y)) for x in groups[gi] for y in groups[gj]]
        if not all(admissible[p] or _co_reported(block[p[0]], block[p[1]], facts[p[0]], facts[p[1]])
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
