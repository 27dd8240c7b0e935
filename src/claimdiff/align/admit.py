"""Admissibility: may two claims sit in one group, and may they contradict each other?

Rules on a pair of claims that are already in one block: the measure relation,
the role of the figure, one article's restatements and updates, figures tied to
another event or holder, and what it takes for two different figures to be a
conflict rather than two facts. cluster.py asks about every pair of a block, so
what a rule reads of one claim is worked out once (facts.py).
"""

from __future__ import annotations

from .. import lexicon
from ..types import Claim, ClaimKind
from .anchors import names_each_other, same_place, shared_holder
from .blocks import EVENT_CLASSES
from .facts import Facts, names_differ, facts, one_figure_two_verbs, relation, said_again, same_property
from .rates import uncertain
from .sources import shared_attribution
from .text import content_words
from .values import apart, compatible, distinctive, overlap, ratio, restated, vague

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
# When ordering candidate pairs, a figure of the same measure ("dead" vs "died")
# is a better partner than a nested one ("killed or injured"): it is merged first,
# and the nested figure of the same article then stays out (no self-contradiction).
SAME_MEASURE_BONUS = 0.15
# Likewise two figures citing the same source ("police put the crowd at 25,000")
# are better partners than figures from different sources in the same sentence.
SAME_SOURCE_BONUS = 0.10
# And two articles naming one day ("11 September", "September 11") are better partners
# than two dates that merely fit ("11 September" within "this month"). Figures get no
# such bonus: two different tolls must still meet to be found in conflict.
SAME_DAY_BONUS = 0.10
# Two claims of one article: only near-restatements or true self-contradictions.
SELF_THRESHOLD = 0.75
# ... and an article restating one figure with one measure, at far less.
RESTATEMENT_THRESHOLD = 0.30
# ... lower for a canonical event: an article that dates "the ground-breaking
# ceremony" twice (text and photo caption) speaks of one event, and sentences
# about one ceremony share few words beyond it (0.60 on the sample story).
SELF_THRESHOLD_EVENT = 0.55


def _may_conflict(a: Claim, b: Claim, fa: Facts, fb: Facts, score: float) -> bool:
    """Enough to say two different figures contradict each other. Both name the same
    property or the same holder ("Costco fell 7%", "Costco was down 6%"), or, naming
    nothing that differs, their sentences are very alike; and neither is a vague word
    ("hundreds of relatives"), which may agree with a figure but is too loose to
    contradict one, nor stated of different named places (places nest: "in Soma",
    "in Turkey" may be one toll, so they may agree, but not surely contradict). A story has many days (the landfall on Saturday, the rescue on
    Monday) and many unnamed sums: without this they would all contradict each other."""
    if vague(a) or vague(b) or same_place(a.holder, b.holder) is False or uncertain(a) or uncertain(b):
        return False  # "40 died in Kessel" against "38 died in Tarvik": not known to be one toll
    if _only_counted(a, b, fa, fb):
        return False
    if same_property(fa, fb) or shared_holder(a.holder, b.holder) is True:
        return True
    return score >= UNNAMED_CONFLICT_THRESHOLD and not names_differ(fa, fb)


def _only_counted(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """Two plain counts that name only what they count, no measure ("787 workers were
    inside", "the latest count of 201 workers"), and lie several times apart: a story
    counts the same people in many states (inside, trapped, dead, rescued), so the noun
    alone is not enough to call two such figures one fact in contradiction. (A move,
    "down 0.5%" against "up 3%", says what it measures by its direction.)"""
    if fa.date or fa.measure is not None or fb.measure is not None or a.unit or b.unit:
        return False
    if fa.value.direction is not None or fb.value.direction is not None:
        return False
    times = ratio(fa.value.size, fb.value.size)
    return times is not None and times > OTHER_THINGS_RATIO


def _roles_differ(fa: Facts, fb: Facts, agreeing: bool) -> bool:
    """Do the figures play different parts? "all 99 aboard" and "99 aboard" are one
    figure; "all 47 prefectures" and "11 prefectures" are the whole and a part."""
    if fa.role == fb.role:
        return False
    return not (agreeing and {fa.role, fb.role} == {"whole", ""})


# Two counts of differently named things ("18,000 jobs" cut, "74,000 employees" left)
# further apart than this ratio are two facts, whatever verb they share.
OTHER_THINGS_RATIO = 2.0


def _other_things(fa: Facts, fb: Facts) -> bool:
    if fa.date or not (fa.head and fb.head) or fa.head == fb.head or lexicon.related(fa.head, fb.head):
        return False
    times = ratio(fa.value.size, fb.value.size)
    return times is not None and times > OTHER_THINGS_RATIO


def rejected(a: Claim, b: Claim, fa: Facts, fb: Facts, agreeing: bool) -> bool:
    """Never admissible, whatever their similarity: a shortcut for cluster.py, which
    then need not score the pair (most pairs of a large block are of this kind).
    ``agreeing``: values.compatible(a, b)."""
    if a.article == b.article:
        return _two_figures_of_a_sentence(a, b) or not _one_measure(a, b, fa, fb) or relation(fa, fb) != "same"
    if (_roles_differ(fa, fb, agreeing) and not fa.date) or (relation(fa, fb) == "unrelated"
                                                              and not one_figure_two_verbs(a, b, fa, fb)) \
            or kept_apart(a, b, fa, fb):
        return True
    if a.kind == ClaimKind.AGE and not overlap(a, b, fa.value, fb.value) and not (a.holder and a.holder == b.holder):
        return True  # "a woman in her 70s", "a woman in her 30s": two ages conflict only for one named person
    if _other_things(fa, fb):
        return True
    names_apart = (names_differ(fa, fb) and not same_property(fa, fb)
                   and shared_holder(a.holder, b.holder) is not True)
    if names_apart and not fa.date and not overlap(a, b, fa.value, fb.value):
        # near but different figures of differently named things: within align's slack,
        # but judge would call them a conflict, and nothing says they are one fact
        return True
    # two different figures that name different things can never conflict (_may_conflict)
    return not agreeing and (vague(a) or vague(b) or same_place(a.holder, b.holder) is False or names_apart)


def admissible(a: Claim, b: Claim, score: float, fa: Facts | None = None, fb: Facts | None = None,
               agreeing: bool | None = None, screened: bool = False) -> bool:
    """May the two claims sit in one group at all (measure, role, one article's rules)?
    ``fa``, ``fb``: the claims' facts, and ``agreeing``: values.compatible(a, b), if
    the caller has them; ``screened``: rejected() already said no to neither, so its
    checks on two articles' claims (relation, what keeps them apart) are not redone."""
    fa = fa or facts(a)
    fb = fb or facts(b)
    if agreeing is None:
        agreeing = compatible(a, b, fa.value, fb.value)
    if _roles_differ(fa, fb, agreeing) and not (fa.date and a.article != b.article and agreeing):
        return False  # ("Thursday's stampede" and "on 24 September" may still agree on the day)
    rel = relation(fa, fb)
    if a.article == b.article:
        # An article giving a part and its whole, or two figures in one sentence
        # ("2.1%, up from 1.8%"; "five months to three years"), or two sources'
        # figures ("organisers said 40,000, police 25,000") is reporting two
        # figures, not contradicting itself. Nor is an open block's missing measure
        # a match here: "85 passengers" and "two passengers survived" are two facts;
        # one day dated after two verbs ("Thursday's crush", "killed on Thursday") is one.
        if rel != "same" or _two_figures_of_a_sentence(a, b) or not _one_measure(a, b, fa, fb) \
                or kept_apart(a, b, fa, fb):
            return False
        event = (fa.measure or "") in EVENT_CLASSES
        # An event happens once, though: an article that dates it twice, after two
        # sources (its text after state media, its photo caption after the photo's
        # provider), carries the contradiction whoever said it.
        if not event and a.attribution and b.attribution and shared_attribution(a, b) is None:
            return False
        if restated(a, b):
            # a restatement ("56 killed" in the headline, "at least 56 people" below) is one
            # figure; judge reads it once, so little context is asked; one day written twice
            # ("24 Sep 2015" over the text, "Thursday's stampede" in it) needs none, nor
            # does a distinctive figure written twice ("222m euros" in the headline and text)
            return score >= RESTATEMENT_THRESHOLD or fa.date or distinctive(a, b)
        floor = SELF_THRESHOLD_EVENT if event else SELF_THRESHOLD
        return score >= floor
    if not screened and (rel == "unrelated" or kept_apart(a, b, fa, fb)):
        return False
    if a.kind == ClaimKind.DATE and ((fa.measure or "") in REPORTING_VERBS or (fb.measure or "") in REPORTING_VERBS):
        return False
    if not agreeing and not _may_conflict(a, b, fa, fb, score):
        return False
    if (fa.measure or "") in EVENT_CLASSES and not _shared_words(a, b):
        return False
    return True


def _two_figures_of_a_sentence(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence are two facts ("2.1%, up from 1.8%"), unless they are
    one figure in two units ("45m euros a year - 865,000 euros a week")."""
    return a.sentence == b.sentence and not (a.unit != b.unit and restated(a, b))


def _one_measure(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """Do two figures of one article measure one thing: the same measure, or one day
    dated after two verbs, or one figure restated after verbs of one sense ("to slash
    18,000 jobs" in the lede, "cutting 18,000 jobs" below)?"""
    if fa.measure == fb.measure:
        return True
    if not restated(a, b):
        return False
    if said_again(a, b, fa, fb):
        return True
    return fa.date or bool(fa.verb and fb.verb and lexicon.related(fa.verb, fb.verb, "v", "v"))


def kept_apart(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """Is either claim tied to something the other is not: another event, another
    holder, another counted thing, another order of magnitude?"""
    # a nationality's toll is one fact however far apart its figures: an early report and
    # a late one of "three Indians" and "35 Indians" killed
    if apart(a, b, fa.value, fb.value) and not (fa.nationals and fb.nationals and fa.head == fb.head):
        return True
    if a.article == b.article and fa.nationals != fb.nationals and fa.head != fb.head \
            and not overlap(a, b, fa.value, fb.value):
        # one article's "35 Indians killed" is a part of its toll, not "the toll has reached
        # 23"; across articles "300 Filipinos" may be a whole domestic toll
        return True
    if not fa.date and fa.other != fb.other:
        return True  # an aftershock's magnitude, an earlier flood's toll: not this event's figure
    if fa.window != fb.window:
        return True  # "up 7.3% for the past year" is not the day's "skyrocketed 28 percent"
    if fa.target != fb.target and (None not in (fa.target, fb.target) or not overlap(a, b, fa.value, fb.value)):
        # "74,000 employees by 2022" is a goal, not today's 91,500; but "to cost €7.4bn by
        # 2022" and "a €7.4bn cost" are one figure, one article naming the year
        return True
    # "Target fell 9.7%" vs "Costco was down 6.8%": one measure, two holders. One figure
    # under two holders may still be one fact (a holder is the parse's guess: a photo
    # credit, the buyer rather than the bought): such a pair may sit in a group that
    # others link, but does not link one by itself (holders_differ)
    return shared_holder(a.holder, b.holder) is False and not overlap(a, b, fa.value, fb.value)


def holders_differ(a: Claim, b: Claim) -> bool:
    """Do the two claims name different holders, neither sentence naming both?"""
    return shared_holder(a.holder, b.holder) is False and not names_each_other(a, b)


def co_reported(a: Claim, b: Claim, fa: Facts, fb: Facts) -> bool:
    """May two figures of one article sit in one group that other articles link them
    into? An article updates a toll ("24 were dead by noon" ... "48 people died"):
    the same named measure, nothing that keeps them apart. Alone they never group
    (_admissible); judge reports them as two figures of one article, not as a
    contradiction, unless they are near-restatements."""
    return (a.article == b.article and fa.measure is not None and fa.measure == fb.measure
            and fa.role == fb.role and a.sentence != b.sentence and not kept_apart(a, b, fa, fb)
            and same_place(a.holder, b.holder) is not False)


def _shared_words(a: Claim, b: Claim) -> bool:
    """Do the sentences share a content word other than the claims' own words?"""
    own = set(content_words(a.text)) | set(content_words(b.text)) | _EVENT_WORDS
    return bool((set(content_words(a.sentence)) & set(content_words(b.sentence))) - own)


def priority(a: Claim, b: Claim, score: float, fa: Facts, fb: Facts) -> float:
    """Order of merging: similarity, plus a bonus for the same measure and the same source."""
    bonus = SAME_MEASURE_BONUS if fa.measure == fb.measure else 0.0
    if shared_attribution(a, b):
        bonus += SAME_SOURCE_BONUS
    if a.kind == ClaimKind.DATE and a.article != b.article and restated(a, b):
        bonus += SAME_DAY_BONUS
    return score + bonus
