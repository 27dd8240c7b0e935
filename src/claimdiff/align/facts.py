"""Facts: what a claim measures, read once, and whether two claims name one property.

What the admissibility rules (admit.py), the merging (cluster.py) and judge read of
a claim: its measure and counted thing, its role, its value, whether it is tied to
another event; and the relations between two of them (the same measure, nested
measures, words of one sense in WordNet).
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon, measures
from ..types import Claim, ClaimKind
from .anchors import change_window, other_event, past_year, shared_holder, target_year
from .blocks import EVENT_CLASSES, is_open, measure_of
from .roles import role
from .text import _local, _stem, concept_key, concept_of
from .values import Value, restated, value_of


@dataclass(frozen=True, slots=True)
class Facts:
    """What the admissibility rules read of one claim. cluster.py asks about every
    pair of a block, so these are worked out once per claim, not once per pair."""

    measure: str | None  # measure_of
    open: bool  # is_open
    role: str  # roles.role
    stem: str | None  # _stem(measure)
    local: frozenset[str]  # the words of _local
    head: str | None  # the counted noun, unless generic ("people")
    date: bool  # a date claim
    verb: str | None  # the verb the figure hangs on, as written, in open blocks ("survived")
    value: Value  # values.value_of
    # anchors.other_event: True for a word tying the figure to another event ("aftershock"),
    # or the earlier year written beside it ("the 1994 stampede", past_year) ; False if none
    other: bool | int
    # anchors.target_year: the later year a figure is set for ("74,000 employees by 2022")
    target: int | None = None
    # a toll of the people of one nationality ("three Indians"): WordNet files "Indian",
    # "Briton", "Japanese" under "inhabitant" (admit.kept_apart)
    nationals: bool = False
    # anchors.change_window: the period a move is measured over ("up 7.3% for the past
    # year"), for a figure of a move; None for a move of the session and any other figure
    window: str | None = None


def facts(c: Claim, story_year: int | None = None) -> Facts:
    """``story_year``: the year the story happens in (cluster.story_year), if known."""
    m = measure_of(c)
    concept = concept_key(c) or (concept_of(c.amount_of) if c.amount_of else None)
    open_ = is_open(c)
    verb = c.measure.lower() if open_ and c.measure and " " not in c.measure else None
    # a time of day dates an event as a date does: outlets name it after different verbs
    # ("crashed at 2:35 p.m.", "lost contact just after 2:30 pm")
    dated = c.kind in (ClaimKind.DATE, ClaimKind.TIME)
    # an age belongs to a person, not to an event: "the 25-year-old eclipsed the previous
    # record" is today's age; only a past year beside it ("in 2006, the 18-year-old") is another time
    if c.kind == ClaimKind.AGE:
        other, target = past_year(c, story_year) or False, None
    else:
        other = not dated and (past_year(c, story_year) or other_event(c))
        target = None if dated else target_year(c, story_year)
    head = concept.split()[-1] if concept else None
    nationals = c.kind == ClaimKind.CASUALTY and head is not None and lexicon.related(head, "inhabitant")
    part, value = role(c), value_of(c)
    window = change_window(c) if part == "change" or value.direction is not None else None
    return Facts(m, open_, part, _stem(m) if m else None, frozenset(_local(c).split()),
                 head, dated, verb, value, other, target, nationals, window)


def _same_words(fa: Facts, fb: Facts) -> bool:
    """Do the claims' counted nouns or verbs name one thing in WordNet's senses: the
    same sense, or one a kind of the other ("miners" among "workers"; "two
    survivors" and "two survived"; "slashed" and "cut")?"""
    pairs = ((fa.head, fb.head, "n", "n"), (fa.verb, fb.verb, "v", "v"),
             (fa.head, fb.verb, "n", "v"), (fa.verb, fb.head, "v", "n"))
    return any(x and y and lexicon.related(x, y, px, py) for x, y, px, py in pairs)


def one_thing(fa: Facts, fb: Facts) -> bool:
    """Do two figures of one article name one thing: the same measure, or counted nouns
    and verbs of one sense ("two survivors", "two survived")? Then one value written
    twice is one figure."""
    if fa.measure is not None and fb.measure is not None:
        # two measures: one, or verbs of one sense ("slashed", "cut"); "200 killed" and
        # "200 missing" of one article are two figures however alike the nouns
        return fa.measure == fb.measure or bool(fa.verb and fb.verb and lexicon.related(fa.verb, fb.verb, "v", "v"))
    return _same_words(fa, fb)


def same_property(fa: Facts, fb: Facts) -> bool:
    """Do both claims name what they measure, and name it alike: the same measure
    (for dates, the same verb), or the same counted thing? Without that, a pair's
    being each other's best partner says nothing (two unnamed figures are each
    other's best by default)."""
    if fa.date:
        return fa.measure is not None and (fa.measure == fb.measure or _same_words(fa, fb))
    if fa.measure and fb.measure and relation(fa, fb) != "unrelated":
        return True  # nested measures too: "600 dead" within "4,700 killed or wounded"
    return bool(fa.head and fb.head and fa.head == fb.head) or _same_words(fa, fb)


def names_differ(fa: Facts, fb: Facts) -> bool:
    """Do the claims name different things (another counted noun, another verb)?"""
    if _same_words(fa, fb):
        return False
    if fa.head and fb.head and fa.head != fb.head:
        return True
    if fa.date:  # any verb dates an event in an open block, but two verbs name two events
        return bool(fa.measure and fb.measure and fa.measure != fb.measure)
    return bool(fa.measure and fb.measure and relation(fa, fb) == "unrelated")


def names_one_fact(a: Claim, b: Claim) -> bool:
    """Do two claims name what they measure alike: the same property, the same holder,
    or the same canonical event? judge reports a conflict resting on less (similar
    sentences only) as a possible conflict."""
    fa, fb = facts(a), facts(b)
    if (fa.measure or "") in EVENT_CLASSES and fa.measure == fb.measure:
        return True
    return same_property(fa, fb) or shared_holder(a.holder, b.holder) is True


def measure_relation(a: Claim, b: Claim) -> str:
    """measures.relation, with a missing measure matching any in an open block."""
    return relation(facts(a), facts(b))


def relation(fa: Facts, fb: Facts) -> str:
    ma, mb = fa.measure, fb.measure
    if (ma is None or mb is None or fa.date) and fa.open and fb.open:
        return "same"  # a missing measure matches any in an open block; so does a date's verb
    if ma and mb and fa.open and fb.open and ma != mb:
        # one side's measure written right next to the other's figure: "a three-year
        # contract" (contract) vs "a two-year contract extension" (extension)
        if fa.stem in fb.local or fb.stem in fa.local:
            return "same"
        if fa.verb and fb.verb and lexicon.related(fa.verb, fb.verb, "v", "v"):
            return "same"  # "slashed 1,200 jobs" / "cut 1,200 jobs"
    return measures.relation(ma, mb)


def said_again(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """One article's figure written again in its own sentence, the verb said once: "he
    will earn 45m euros a year - 865,000 euros a week". The caller checks restated()."""
    return a.sentence == b.sentence and (fa.measure is None) != (fb.measure is None)


def one_figure_two_verbs(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """The same figure of the same things after two verbs in two articles ("two million
    pilgrims performed the hajj" / "attended the hajj"): the verb a count hangs on is the
    writer's choice, and the same value of one counted thing outweighs it."""
    return (fa.open and fb.open and restated(a, b)
            and not (fa.head and fb.head and fa.head != fb.head))
