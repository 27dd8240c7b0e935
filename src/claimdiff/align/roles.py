"""The part a figure plays in its sentence, where it matters for grouping.

A change is never the level it reaches, a baseline never the new figure, the size
of a whole set never a count of its part, and a date that modifies a noun never
the day something happened. Read from the sentence text around the claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import measures
from ..types import Claim, ClaimKind, around_figure, figure_at

# "all 47 prefectures", "36 of the country's 47 prefectures": the size of the whole set
_ALL = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$|\bof\s+(?:the|its|their|our)\s+(?:[\w-]+['’]s\s+)?$",
                  re.I)
_BASELINE = re.compile(r"\b(?:up|down|rising|falling|increasing|decreasing)?\s*from\s+$", re.I)
# "a 2 percent drop", "27% higher", "an 18 percent premium": a move written after the figure
_CHANGE_AFTER = re.compile(r"\s*(?:higher|lower|(?:increase|rise|drop|fall|decline|gain|jump|slump|plunge|premium|"
                           r"discount)s?)\b", re.I)
_POINTS = re.compile(r"\s*(?:points?|pts)\b", re.I)


def role(c: Claim) -> str:
    """What part the figure plays in its sentence, where it matters for grouping.

    "whole": "all 47 prefectures" is the size of a set, not a count of those affected.
    "baseline": a figure after "from" ("rise to 2.1%, up from 1.8%") is the
    earlier value, never the same thing as the new one. "change": a move ("up 19
    cents", "a 3 percent drop", "rose 58 points") rather than the level reached.
    "modifier": a date that qualifies a noun ("the 2026 budget", "next year's
    budget") names what is meant, not when something happened ("approved ... on Thursday").
    """
    # align asks for every pair of a block, so the answer is cached by its inputs
    return _role_of(c.kind, c.sentence or "", c.text, c.event)


DAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today", re.I)


@lru_cache(maxsize=65536)
def _role_of(kind: ClaimKind, sentence: str, text: str, event: str | None) -> str:
    at = figure_at(sentence, text)
    before = sentence[max(0, at - 30):at] if at > 0 else ""
    if kind != ClaimKind.DATE:
        if _BASELINE.search(before):
            return "baseline"
        if kind in (ClaimKind.COUNT, ClaimKind.CASUALTY) and _ALL.search(before):
            return "whole"  # the size of the set, not how many were hit
        after = sentence[at + len(text):at + len(text) + 24]
        # "up 19 cents at $58.24", "rose 58 points to 16,369": the move and the level it
        # reached are different facts and never compare; of counts, only index points move
        if kind in (ClaimKind.MONEY, ClaimKind.PERCENT) or (kind == ClaimKind.COUNT and _POINTS.match(after)):
            if measures.CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
                return "change"
        return ""
    after = sentence[at + len(text):] if at >= 0 else ""
    if re.match(r"\s*['’]s\b", after) and not DAY_WORD.fullmatch(text.strip()):
        return "modifier"  # "next year's budget"; but "Thursday's crash" is when it happened
    if event and re.match(r"\s*" + re.escape(event.split()[0]), after, re.I) and not re.search(
            r"\b(?:on|in|at|by|since|until|from|during|before|after)\s*$", before, re.I):
        return "modifier"
    return ""


def direction(c: Claim) -> str | None:
    """"up" or "down" for a change whose sentence says which way ("rose 3%", "closed
    down 5.4%", "a 2 percent drop", "edged up 1%"), else None. Two moves of one
    property in opposite directions are never one value, however close their sizes."""
    if c.kind not in (ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.COUNT):
        return None
    if c.kind == ClaimKind.COUNT and role(c) != "change":
        return None  # of counts only index points move: "tracked down 12 suspects" is no fall
    return _direction_of(c.sentence or "", c.text)


@lru_cache(maxsize=65536)
def _direction_of(sentence: str, text: str) -> str | None:
    near = around_figure(sentence, text, 40, 24)
    if near is None:
        return None
    m = measures.CHANGE_BEFORE.search(near[0])
    if m:  # "rose 3%", "closed down 5.4%", "edged up 1%"
        return measures.MOVE_DIRECTION.get((m.group("p") or m.group("w")).lower())
    m = _CHANGE_AFTER.match(near[1])  # "a 2 percent drop", "27% higher"
    return measures.MOVE_DIRECTION.get(m.group().strip().lower()) if m else None
