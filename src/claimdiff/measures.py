"""What a figure measures, and how measures nest.

Extractors write canonical measure names; judge asks ``relation`` whether two
measures are the same, one part of the other (scope), or unrelated. Kept apart
from both so that neither imports the other.
"""

from __future__ import annotations

import re

# Written forms -> canonical casualty measure. "dead" and "died" are the same
# measure as "killed" for comparison: news English uses them interchangeably
# for a death toll, and the distinction (violent or not) is rarely reported.
CASUALTY_WORDS: dict[str, str] = {
    "killed": "killed",
    "kill": "killed",
    "dead": "killed",
    "die": "killed",
    "died": "killed",
    "death": "killed",
    "deaths": "killed",
    "death toll": "killed",
    "toll": "killed",
    "perish": "killed",
    "perished": "killed",
    "fatality": "killed",
    "fatalities": "killed",
    "lives": "killed",
    "body": "killed",
    "bodies": "killed",
    "wounded": "wounded",
    "wound": "wounded",
    "injured": "wounded",
    "injure": "wounded",
    "injuries": "wounded",
    "hurt": "wounded",
    "missing": "missing",
    "unaccounted": "missing",
    "trapped": "missing",  # "200 miners trapped underground": not yet reached, counted with the missing
    "killed or wounded": "killed or wounded",
    "killed and wounded": "killed or wounded",
    "dead or wounded": "killed or wounded",
    "dead and wounded": "killed or wounded",
    "killed or injured": "killed or wounded",
    "killed and injured": "killed or wounded",
    "dead or injured": "killed or wounded",
    "casualties": "killed or wounded",
    "casualty": "killed or wounded",
    "displaced": "displaced",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "arrested": "arrested",
    "detained": "arrested",
}

# child -> parents: the child's figure is part of the parent's.
_PARENTS: dict[str, frozenset[str]] = {
    "killed": frozenset({"killed or wounded", "killed, wounded or missing"}),
    "wounded": frozenset({"killed or wounded", "killed, wounded or missing"}),
    "missing": frozenset({"killed, wounded or missing"}),
    "killed or wounded": frozenset({"killed, wounded or missing"}),
    "confirmed": frozenset({"estimated"}),
}

# Human words for a measure in an explanation ("dead vs killed or wounded").
LABELS: dict[str, str] = {"killed": "dead"}


def label(measure: str | None) -> str:
    return LABELS.get(measure or "", measure or "unspecified")


def relation(a: str | None, b: str | None) -> str:
    """``same``, ``narrower`` (a is part of b), ``broader`` (b is part of a) or ``unrelated``."""
    if a == b:
        return "same"
    if a is None or b is None:
        return "unrelated"
    if b in _PARENTS.get(a, frozenset()):
        return "narrower"
    if a in _PARENTS.get(b, frozenset()):
        return "broader"
    return "unrelated"


def canonical_casualty(word: str) -> str | None:
    return CASUALTY_WORDS.get(word.lower().strip())


def _forms(bases: str) -> str:
    """A regex alternation of the verbs' inflected forms ("skid" -> skids, skidded, skidding)."""
    out = []
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        double = base + base[-1] if re.search(r"[^aeiou][aeiou][bdgmnpt]$", base) else base
        out += [base, base + "s", stem + "ed", stem + "ing", double + "ed", double + "ing"]
        if base.endswith("y"):
            out += [base[:-1] + "ied", base[:-1] + "ies"]
    return "|".join(sorted(set(out), key=len, reverse=True))


# Verbs of a move up or down: a figure right after one is the size of the move. By
# direction, so "rose 3%" and "fell 3%" are never one value ("edged", "inched": the
# particle after them says which way).
MOVE_UP = ("rise gain jump climb increase rally surge soar add advance grow expand skyrocket spike leap rebound "
           "recover")
MOVE_DOWN = ("fall lose drop slide slip decline decrease plunge plummet tumble sink shed retreat shrink contract skid "
             "slump dip sag crash tank dive ease")
MOVE_VERBS = f"{MOVE_UP} {MOVE_DOWN} edge inch"
_IRREGULAR_UP, _IRREGULAR_DOWN = "rose|risen|grew|grown|leapt", "fell|fallen|lost|sank|sunk|shrank|shrunk|slid"
# Their forms, irregular ones first; CHANGE_BEFORE: one (or up/down) right before a figure.
MOVE_FORMS = f"{_IRREGULAR_UP}|{_IRREGULAR_DOWN}|" + _forms(MOVE_VERBS)
# The direction of each form, and of the words that say one around a figure ("up 3%",
# "27% higher", "a 20% discount"): "up" or "down".
MOVE_DIRECTION = {form: way for way, irregular, bases in (("up", _IRREGULAR_UP, MOVE_UP),
                                                          ("down", _IRREGULAR_DOWN, MOVE_DOWN))
                  for form in f"{irregular}|{_forms(bases)}".split("|")}
MOVE_DIRECTION.update({"up": "up", "higher": "up", "premium": "up", "premiums": "up",
                       "down": "down", "lower": "down", "discount": "down", "discounts": "down"})
# group w: the word of the move; p: the particle after it ("edged up")
CHANGE_BEFORE = re.compile(
    r"\b(?P<w>up|down|higher|lower|" + MOVE_FORMS + r")\s+(?:(?P<p>up|down)\s+)?(?:by\s+)?"
    r"(?:(?:about|around|nearly|almost|more than|over|some|roughly|just)\s+)?$", re.I)
