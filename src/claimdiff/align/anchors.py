"""What ties a figure to one thing: another event, and whose figure it is.

Read from the claim's sentence and its holders (extract/holder.py); admit.py
keeps figures apart on them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.holder import normalise
from ..types import Claim, around_figure, figure_at
from .roles import DAY_WORD
from .text import YEAR_WINDOW, _years


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w)


@lru_cache(maxsize=16384)
def shared_holder(a: str | None, b: str | None) -> bool | None:
    """Do two claims' holder sets (extract/holder.py) share a holder? None when
    either is unknown. An acronym matches its expansion ("psg", "paris saint-germain")."""
    # the places figures are stated of nest ("in Soma", "in Turkey"): not holders here (same_place)
    xs = [x for x in (a or "").split("|") if x and not x.startswith("in:")]
    ys = [y for y in (b or "").split("|") if y and not y.startswith("in:")]
    if not xs or not ys:
        return None
    # distances from two different places are two facts, whoever else is named
    fa = {x for x in xs if x.startswith("from:")}
    fb = {y for y in ys if y.startswith("from:")}
    if fa and fb:
        return bool(fa & fb)
    for x in xs:
        for y in ys:
            if x.replace(" ", "") == y.replace(" ", ""):
                return True
            short, long_ = (x, y) if len(x) < len(y) else (y, x)
            if " " not in short and len(short) >= 2 and _initials(long_) == short:
                return True
            if _short_form(x, y):
                return True
    return False


# Words a company's full name adds to the name it goes by ("Whole Foods Market Inc.",
# "Amazon.com Inc." -> "Whole Foods", "Amazon"): a short form names the same holder.
_LEGAL_WORDS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited",
                          "plc", "llc", "lp", "sa", "ag", "se", "nv", "bv", "spa", "group", "holdings",
                          "market", "markets", "com"})


def _short_form(x: str, y: str) -> bool:
    """Is one name the other's leading words, the rest legal or trading words
    ("whole foods" / "whole foods market inc"; "amazon" / "amazoncom inc")?"""
    wx, wy = _name_words(x), _name_words(y)
    short, long_ = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    return bool(short) and long_[:len(short)] == short and all(w in _LEGAL_WORDS for w in long_[len(short):])


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    words = [w[:-3] if w.endswith("com") and len(w) > 5 else w for w in name.split()]
    while words and words[-1] in _LEGAL_WORDS:
        words.pop()
    return tuple(words)


def names_each_other(a: Claim, b: Claim) -> bool:
    """Does each claim's sentence name one of the other's holders? Then which of them
    holds the figure is the parse's guess ("Amazon will pay $42 per share for Whole
    Foods" / "Whole Foods stock at $42 a share, paid by Amazon"), not a difference."""
    return _names_any(a.sentence or "", b.holder) and _names_any(b.sentence or "", a.holder)


@lru_cache(maxsize=16384)  # asked for every pair whose holders differ
def _names_any(sentence: str, holder: str | None) -> bool:
    words = f" {normalise(sentence.replace('.com', ''))} "
    for h in (holder or "").split("|"):
        name = " ".join(_name_words(h)) if h and ":" not in h else ""
        if name and f" {name} " in words:
            return True
    return False


def same_place(a: str | None, b: str | None) -> bool | None:
    """Are two figures stated of one named place ("in:" holder tokens)? None when either
    names none. Only within one article does a difference count: an article that
    gives one toll for Kessel and another for Tarvik lists two places."""
    pa = {x for x in (a or "").split("|") if x.startswith("in:")}
    pb = {y for y in (b or "").split("|") if y.startswith("in:")}
    if not pa or not pb:
        return None
    return bool(pa & pb)


# Words near a figure that tie it to another event than the story's own: an
# aftershock's magnitude, a previous disaster's toll, a flood "three decades ago".
# Reference times are left out: "revenue in the final quarter of last year" is the
# same fact as "fourth-quarter revenue", and "another 17 missing" is this event's
# (in "41 dead and another 17 missing" it adds a second kind of figure, not 17 dead).
_OTHER_EVENT = re.compile(
    r"\b(?:aftershocks?|foreshocks?|ago|previous|prior)\b", re.I)
# "more" right after a figure counts it on top of one already given: "50 more bodies
# under the rubble", "three more people died overnight" are not the toll; "more than"
# is a bound of the figure itself.
_MORE_AFTER = re.compile(r"\s*more\b(?!\s+than\b)", re.I)
OTHER_EVENT_WINDOW = 45
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]\s")


def other_event(c: Claim) -> bool:
    """Is the figure tied to another event or time by a word within ``OTHER_EVENT_WINDOW``
    characters of it ("a magnitude 5.1 aftershock", "300 died in a flood three decades ago"),
    or counted on top of another figure ("50 more bodies")?"""
    return _other_event_of(c.sentence or "", c.text)


@lru_cache(maxsize=65536)
def _other_event_of(sentence: str, text: str) -> bool:
    near = _clause_around(sentence, text)
    return near is not None and (any(_OTHER_EVENT.search(part) for part in near)
                                 or _MORE_AFTER.match(near[1]) is not None)


def _clause_around(sentence: str, text: str) -> tuple[str, str] | None:
    """The words of the figure's clause before and after it, within OTHER_EVENT_WINDOW:
    in "a fee of 222 million euros, which smashes previous records" "previous" is another
    clause's."""
    near = around_figure(sentence, text, OTHER_EVENT_WINDOW, OTHER_EVENT_WINDOW)
    return None if near is None else (_CLAUSE_END.split(near[0])[-1], _CLAUSE_END.split(near[1])[0])


def past_year(c: Claim, story_year: int | None) -> int | None:
    """The earliest year before ``story_year`` written beside the figure (text.YEAR_WINDOW:
    "the 1994 stampede, when 270 died"; "since 1992, when 263 miners were killed"): the
    figure is that year's, not this story's. None when none is."""
    if story_year is None:
        return None
    past = [int(y) for y in _years(c) if int(y) < story_year]
    return min(past) if past else None


_TARGET_YEAR = re.compile(r"\b(?:by|until|till|through|in)\s+(?:the\s+end\s+of\s+)?(?:the\s+year\s+)?((?:19|20)\d\d)\b", re.I)


def target_year(c: Claim, story_year: int | None) -> int | None:
    """A later year the figure is set for ("74,000 employees by 2022", "a target of 5% in
    2021"), written in its sentence within text.YEAR_WINDOW of it: a goal, not the
    present figure. None when none is."""
    if story_year is None or not c.sentence:
        return None
    return _target_year_of(c.sentence, c.text, story_year)


@lru_cache(maxsize=65536)
def _target_year_of(sentence: str, text: str, story_year: int) -> int | None:
    at = figure_at(sentence, text)
    if at < 0:
        return None
    near = sentence[max(0, at - 2 * YEAR_WINDOW):at + len(text) + YEAR_WINDOW]
    later = [int(m.group(1)) for m in _TARGET_YEAR.finditer(near) if int(m.group(1)) > story_year]
    return min(later) if later else None


# The period a move is measured over, when the clause names one: "up 7.3% for the past
# year", "down 20% so far this year", "a 12% gain over the last six months". A move
# without one is the session's ("rose 3% on Friday"), so a move over a year and a day's
# move are two facts, however alike their sentences. "Last year" is left out: as often
# the base a move is measured from ("grew 22% compared with last year") as its period.
_WINDOW = re.compile(
    # the first letters of every alternative: most positions fail on one character test
    r"\b(?=[foidasty])(?:"
    r"\b(?:for|over|in|during|across)\s+the\s+(?:past|last|previous|latest)\s+(?:(?P<n>[\w-]+)\s+)?"
    r"(?P<unit>years?|months?|weeks?|quarters?|sessions?|days?)\b"
    r"|\bso\s+far\s+(?:this|in\s+the)\s+(?P<so_far>year|month|week|quarter)\b"
    r"|(?<!with\s)(?<!than\s)(?<!from\s)\bthis\s+(?P<this>year|month|week|quarter)\b"
    r"|\b(?P<ytd>year[-\s]to[-\s]date)\b"
    r"|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<since>the\s+year|january|(?:19|20)\d\d)\b"
    r"|\b(?:for|over|in|during)\s+the\s+(?:same\s+)?(?P<period>period)\b)", re.I)
# A day named in a move's clause makes it that session's ("rose 2% on Monday")
_SESSION = re.compile(rf"\b(?:{DAY_WORD.pattern}|on\s+the\s+news)\b", re.I)


def change_window(c: Claim) -> str | None:
    """The period a move is measured over ("past year", "so far this year"), normalised,
    or None. Read only for a figure of a move (roles.direction says which way)."""
    return _window_of(c.sentence or "", c.text)


@lru_cache(maxsize=65536)
def _window_of(sentence: str, text: str) -> str | None:
    near = _clause_around(sentence, text)
    if near is None:
        return None
    before, after = near
    m = _WINDOW.search(after) or _WINDOW.search(before)
    if m is None and not _SESSION.search(before + after):
        # a period named with the first of a list of moves holds for those after it
        # ("Amazon is up 34% for the past year, Whole Foods 7.3%, and the index 17.1% for
        # the period"); one named after the figure is another move's ("revenue rose 5%,
        # while costs climbed 12% over the past year")
        m = _WINDOW.search(sentence, 0, figure_at(sentence, text))
    if m is None:
        return None
    if m.group("period"):
        return "period"
    if m.group("unit"):
        unit = m.group("unit").lower().rstrip("s")
        n = (m.group("n") or "").lower()
        return f"past {n} {unit}".replace("  ", " ") if n and n not in ("few", "several") else f"past {unit}"
    if m.group("so_far") or m.group("this"):
        return f"this {(m.group('so_far') or m.group('this')).lower()}"
    return "this year" if m.group("ytd") or (m.group("since") or "").lower() in ("the year", "january") \
        else f"since {m.group('since').lower()}"
