"""Text features for align: words, context and similarity (roles.py: the part a
figure plays in its sentence; sources.py: shared sources).

Everything here reads a claim's own text and sentence; align.py decides what to
group with it. Deterministic and free of global state (caches are pure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .. import measures
from ..types import Claim, ClaimKind, figure_at

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

# Subtracted from the similarity of figures whose sentences name different years.
YEAR_MISMATCH_PENALTY = 0.25
# ... when the year is this close to the figure ("in 2020, when 87 people died");
# a year further off is usually a comparison ("its steepest fall since 2022").
YEAR_WINDOW = 40

_STOP = frozenset(
    """a an the of to in on at for by with from and or but as is are was were be been being has have
    had it its this that these those their there they them he she his her we our you your i not no
    than then so such into over under about after before said says say according also which who whom
    what when where while would will could should may might can more less most some any all each per
    via up out off just only very""".split()
)
_WORD = re.compile(r"[a-z][a-z'-]*")


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


@lru_cache(maxsize=65536)
def content_words(text: str) -> tuple[str, ...]:
    """Lower-case, stemmed words without stop words or figures, in order, synonyms folded."""
    out = []
    for w in _WORD.findall(text.lower()):
        if w in _STOP or len(w) < 2:
            continue
        stem = _stem(w)
        out.append(NEWS_SYNONYMS.get(stem, NEWS_SYNONYMS.get(w, stem)))
    return tuple(out)


# Concepts too generic to say which figure is meant: "people" are counted in
# every story, so two tolls of "people" must also match on context.
GENERIC_CONCEPTS = frozenset({"people", "person", "peopl", "resident", "individual", "civilian", "citizen"})


def concept_key(c: Claim) -> str | None:
    """The claim's counted thing as content words, or None when it is generic ("people")."""
    return concept_of(c.concept or "")


_concept = concept_key


@lru_cache(maxsize=65536)
def concept_of(concept: str) -> str | None:
    words = content_words(concept)
    if not words or all(w in GENERIC_CONCEPTS for w in words):
        return None
    return " ".join(words)


# Outlets of one story word a figure's sentence and concept alike, so the same two
# strings meet again and again across pairs and stories (on the bench corpus 117k
# calls are 7k distinct pairs): cached by the two strings, which are all it reads.
@lru_cache(maxsize=65536)
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
    if a == b:  # both ratios are 100 for equal strings: skip the two rapidfuzz calls
        return 1.0
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200.0


def _local(c: Claim) -> str:
    """Up to ``LOCAL_WORDS`` content words either side of the figure in its sentence."""
    local = _local_of(c.sentence or c.text, c.text)
    if c.unit and "/" in c.unit:  # "$42 a share": the noun is inside the claim's text now
        return f"{c.unit.split('/', 1)[1]} {local}"
    return local


# align scores every pair of a block, so each claim's words would be worked out
# again for every partner; these caches key on the strings, which are pure input.
@lru_cache(maxsize=65536)
def _local_of(sentence: str, text: str) -> str:
    at = figure_at(sentence, text)
    if at < 0:
        return " ".join(content_words(sentence))
    left = content_words(sentence[:at])[-LOCAL_WORDS:]
    right = content_words(sentence[at + len(text):])[:LOCAL_WORDS]
    return " ".join(left + right)


# a year, not a 24-hour clock time ("as of 1930 GMT")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b(?!\s*(?:GMT|UTC|[A-Z]{2,4}T\b|hrs\b|hours\b|local\b))")


def _years(c: Claim) -> frozenset[str]:
    """Years written within ``YEAR_WINDOW`` characters of the figure, outside the claim."""
    return _years_of(c.sentence or "", c.text)


@lru_cache(maxsize=65536)
def _years_of(sentence: str, text: str) -> frozenset[str]:
    at = figure_at(sentence, text)
    if at < 0:
        return frozenset()
    near = sentence[max(0, at - YEAR_WINDOW):at] + " " + sentence[at + len(text):at + len(text) + YEAR_WINDOW]
    return frozenset(_YEAR.findall(near))


@dataclass(frozen=True, slots=True)
class Features:
    """What similarity reads of one claim, worked out once per claim: align scores
    every pair of a block, so per-pair work is kept to what depends on the pair.

    ``sentence`` and ``local`` are the content words of the sentence and around the
    figure less the claim's own concept words and the casualty words; the pair's
    other concept is taken out per pair (_similarity drops both concepts)."""

    concept_words: frozenset[str]
    sentence: tuple[str, ...]
    local: tuple[str, ...]
    concept: str | None
    head: str | None  # last word of ``concept``
    sentence_words: tuple[str, ...]  # of ``sentence or ""``, for the head-in-sentence test
    years: frozenset[str]
    dated: bool  # a date claim: no year penalty
    sentence_text: str = ""  # " ".join(sentence)
    local_text: str = ""  # " ".join(local)


def features(c: Claim) -> Features:
    own = frozenset(content_words(c.concept or ""))
    drop = own | _measure_words()
    concept = _concept(c)
    sentence = tuple(w for w in content_words(c.sentence or c.text) if w not in drop)
    local = tuple(w for w in _local(c).split() if w not in drop)
    return Features(
        concept_words=own,
        sentence=sentence,
        local=local,
        concept=concept,
        head=concept.split()[-1] if concept else None,
        sentence_words=content_words(c.sentence or ""),
        years=_years(c),
        dated=c.kind == ClaimKind.DATE,
        sentence_text=" ".join(sentence),
        local_text=" ".join(local),
    )


def similarity(a: Claim, b: Claim) -> float:
    """Concept and context similarity of two claims in [0, 1]."""
    return feature_similarity(features(a), features(b))


def feature_similarity(a: Features, b: Features) -> float:
    """``similarity`` of two claims from their ``features`` (``a`` is the first claim)."""
    score = _similarity(a, b)
    if not a.dated and a.years != b.years:
        # "the worst since a quake in 2020, when 87 people died" is another event
        # than "at least 677 people were killed": a year in one sentence and not
        # in the other anchors the figure elsewhere in time
        score = max(0.0, score - YEAR_MISMATCH_PENALTY)
    return score


@lru_cache(maxsize=1)
def _measure_words() -> frozenset[str]:
    return frozenset(content_words(" ".join(measures.CASUALTY_WORDS)))


def _without(words: tuple[str, ...], joined: str, drop: frozenset[str]) -> str:
    """``words`` less ``drop``, joined by spaces (``joined`` is all of them, the usual case)."""
    if drop.isdisjoint(words):
        return joined
    return " ".join(w for w in words if w not in drop)


def _similarity(a: Features, b: Features) -> float:
    # The context parts leave out the concept and the casualty words: they are
    # scored (or blocked on) already, and counting them again in the sentence
    # made "twelve people killed when the bridge collapsed" look like "a flood
    # left 300 people dead three decades ago".
    sa, sb = _without(a.sentence, a.sentence_text, b.concept_words), _without(b.sentence, b.sentence_text, a.concept_words)
    sent = _overlap(sa, sb) if sa and sb else 0.0
    la, lb = _without(a.local, a.local_text, b.concept_words), _without(b.local, b.local_text, a.concept_words)
    local = _overlap(la, lb) if la and lb else 0.0
    ca, cb = a.concept, b.concept
    if ca and cb:
        head = 1.0 if a.head == b.head else fuzz.ratio(a.head, b.head) / 100
        return W_CONCEPT * _overlap(ca, cb) + W_HEAD * head + W_LOCAL * local + W_SENTENCE * sent
    if ca or cb:
        head_word = a.head or b.head
        other = (b if ca else a).sentence_words
        return (W_HEAD_IN_SENTENCE * (1.0 if head_word in other else 0.0) + W_LOCAL_ONE * local
                + W_SENTENCE_ONE * sent)
    return W_LOCAL_NONE * local + (1 - W_LOCAL_NONE) * sent
