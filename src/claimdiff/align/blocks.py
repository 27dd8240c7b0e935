"""Blocks: which claims could be about one thing at all, before any pair is scored.

Claims are blocked by a key ``(kind family, unit dimension, measure family)`` so
that only claims that could possibly be about the same thing are compared
pairwise (the work is quadratic within a block, never over all claims). A
block's threshold is how similar two of its claims must be to group.
"""

from __future__ import annotations

from functools import lru_cache

from .. import measures
from ..types import Claim, ClaimKind
from ..units import dimension
from .values import verb_stem

# Minimum similarity to group claims of different articles (every cross-article
# pair of a group must reach it, or be linked otherwise: cluster.py). Tuned on eval/stories: pairs about one figure
# score 0.45-0.9; different figures of one kind in one story (a death toll vs the
# toll of an earlier quake) stay under 0.4 once the concept differs.
THRESHOLD = 0.45
# A measure that names a canonical event ("start", "completion") is itself
# evidence: articles word one event apart (0.36-0.55 on the sample and
# eval/stories). Because unrelated sentences score about 0.4 at character level,
# the sentences must also share a content word beyond the event words (see
# admit._shared_words): "the bridge" / "the line".
THRESHOLD_EVENT = 0.35
EVENT_CLASSES = frozenset({"start", "completion"})
# Claims without any measure must match on context alone, so demand more.
THRESHOLD_NO_MEASURE = 0.60


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
# is not a span the trial lasted). Counts: job-cut verbs that WordNet does not
# relate to "cut" (it does relate "slash" and "axe": admit.relation asks lexicon).
SYNONYMS: dict[ClaimKind, dict[str, str]] = {
    ClaimKind.DURATION: {"run": "last", "span": "last", "continue": "last", "go on": "last", "stretch": "last",
                         "take": "last"},
    ClaimKind.COUNT: {"shed": "cut", "eliminate": "cut", "lay off": "cut"},
}


def measure_of(c: Claim) -> str | None:
    """The claim's measure, lower case, with synonymous verbs folded together; the
    verb's inflection is dropped in the open kinds, where the measure is a verb."""
    return _measure(c.kind, c.measure) if c.measure else None


# align reads each claim's measure for its block, its facts and every pair rule: cached
# by what it reads (WordNet's base form is the cost)
@lru_cache(maxsize=8192)
def _measure(kind: ClaimKind, measure: str) -> str:
    m = measure.lower()
    m = SYNONYMS.get(kind, {}).get(m, m)
    if kind in OPEN_KINDS and m not in CANONICAL and " " not in m and m not in measures.CASUALTY_WORDS:
        return verb_stem(m)
    return m


def is_open(c: Claim) -> bool:
    m = measure_of(c)
    if c.kind in (ClaimKind.DATE, ClaimKind.TIME):
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
    return family(c.kind), dim, "*" if is_open(c) else measure_family(measure_of(c))


def threshold(key: tuple[str, str, str]) -> float:
    if not key[2]:
        return THRESHOLD_NO_MEASURE
    if key[2] in EVENT_CLASSES:
        return THRESHOLD_EVENT
    return THRESHOLD
