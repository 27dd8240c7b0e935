"""Derived completion dates: "is projected to take 18 months to complete" + the start date.

A duration is a time-to-completion when the parse says so:
  - it is the object of take/last/require/need whose clause goes on to a
    completion verb ("take 18 months to complete", "expected to last two years");
  - or it follows in/within attached to a completion verb ("will be finished
    within two years", "should open in six months").

The start is, in order of preference: an explicit absolute date of a start
event in the article (a caption's "Wednesday, April 30, 2025" of a
ground-breaking), a resolved relative start date ("on Thursday"), the publish
date. Start events sharing a content word with the duration's sentence win
over others. The result is the month it falls in (granularity "month"),
measure "completion", with the arithmetic in ``basis``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from ..types import Article, Claim, ClaimKind, DateValue, Explanation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPLETE_VERBS = frozenset({"complete", "finish", "build", "construct", "repair", "rebuild", "restore", "finalise",
                            "finalize", "open", "ready", "operational", "done", "clear", "deliver", "install"})
TAKE_VERBS = frozenset({"take", "last", "require", "need", "run"})
_ABSOLUTE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
_MONTHS = {"month": 1, "year": 12, "decade": 120}
BASE_SCORE = 0.7
_COMPLETION_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "decade"})


def _is_completion(tok: "Token") -> str | None:
    """'take' or 'in' when the duration token reads as a time to completion, else None."""
    if tok.dep_ == "prep" and tok.lower_ in ("in", "within") and tok.head.lemma_.lower() in COMPLETE_VERBS:
        return "in"  # the span starts with its preposition: "within two years"
    head = tok.head
    if head.lemma_.lower() in TAKE_VERBS and head.tag_ != "VBD":  # "the talks lasted three hours": done, not due
        clause = [head, *head.children, head.head, *head.head.children, *tok.children]
        if head.lemma_.lower() == "last" or any(t.lemma_.lower() in COMPLETE_VERBS for t in clause):
            return "take"
    if head.dep_ == "prep" and head.lower_ in ("in", "within") and head.head.lemma_.lower() in COMPLETE_VERBS:
        return "in"
    return None


def _add(d: dt.date, value: float, unit: str) -> dt.date:
    if unit in _MONTHS:
        months = round(value * _MONTHS[unit])
        idx = d.year * 12 + d.month - 1 + months
        y, m = divmod(idx, 12)
        return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))
    days = {"day": 1, "week": 7, "fortnight": 14}.get(unit)
    return d + dt.timedelta(days=value * days) if days else d


def _content(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", sentence.lower())} - {"that", "this", "with", "will", "have",
                                                                       "been", "from", "their", "which", "said"}


def _start_date(article: Article, claims: list[Claim], duration: Claim) -> tuple[DateValue, str] | None:
    words = _content(duration.sentence)
    ranked = []
    for c in claims:
        if c.kind is not ClaimKind.DATE or c.measure != "start" or c.date is None:
            continue
        if c.date.granularity not in ("day", "week", "month"):
            continue
        explicit = bool(_ABSOLUTE.search(c.text))
        shared = bool(words & _content(c.sentence))
        ranked.append(((shared, explicit, c.date.granularity == "day", -abs(c.start - duration.start)), c))
    if ranked:
        best = max(ranked, key=lambda r: r[0])[1]
        how = "explicit start date" if _ABSOLUTE.search(best.text) else "resolved start date"
        return best.date, f"{how} '{best.text}' ({best.event or 'start'})"
    if article.published is not None:
        d = article.published
        return DateValue(d, d, "day"), "no start date in the article: publish date"
    return None


def _month_value(lo: dt.date, hi: dt.date) -> DateValue:
    return DateValue(lo.replace(day=1), hi.replace(day=calendar.monthrange(hi.year, hi.month)[1]), "month")


def derive_completions(doc: "Doc", article: Article, claims: list[Claim]) -> list[Claim]:
    """A completion DATE claim for each time-to-completion duration, sharing its span."""
    out: list[Claim] = []
    for dur in claims:
        if dur.kind is not ClaimKind.DURATION or dur.value is None or dur.unit not in _COMPLETION_UNITS:
            continue  # a completion month from "three hours" says nothing
        span = doc.char_span(dur.start, dur.end, alignment_mode="expand")
        if span is None or not (how := _is_completion(span.root)):
            continue
        start = _start_date(article, claims, dur)
        notes = [f"'{dur.text}' read as time to completion ({'take/last' if how == 'take' else 'in/within'} "
                 f"+ completion verb)"]
        if start is None:
            out.append(Claim(
                kind=ClaimKind.DATE, article=article.id, start=dur.start, end=dur.end, text=dur.text,
                sentence=dur.sentence, measure="completion", event="completion",
                unresolved="no start date and no publish date; use --assume-date", score=0.4,
                explanation=Explanation("temporal", "derived/completion", BASE_SCORE, tuple(notes)),
            ))
            continue
        if dur.high is None:
            continue  # "more than two years": no end to the completion window, nothing to compare
        base, why = start
        value = dur.high if dur.high is not None else dur.value
        lo_d = _add(base.start, dur.low if dur.low is not None else value, dur.unit)
        hi_d = _add(base.end, value, dur.unit)
        date = _month_value(lo_d, hi_d)
        qualifier = dur.qualifier
        if dur.qualifier in ("within", "up to", "less than", "under", "no more than", "at most"):
            date = DateValue(base.start, date.end, "month")  # a deadline: any time from the start
        if date.start.month == date.end.month and date.start.year == date.end.year:
            approx = f"{hi_d:%b %Y}"
        elif date.start == base.start:
            approx = f"by {date.end:%b %Y}"  # a deadline window from the start
        else:
            approx = f"{date.start:%b %Y}–{date.end:%b %Y}"
        basis_start = (f"{base.start:%-d %b %Y}" if base.granularity == "day" else
                       f"{base.start:%b %Y}" if base.granularity == "month" else base.iso())
        bound = f"{dur.qualifier} " if dur.qualifier else ""
        basis = f"{basis_start} + {bound}{dur.value:g} {dur.unit}{'s' if dur.value != 1 else ''} ≈ {approx}"
        notes += [f"start: {why}", f"basis: {basis}"]
        out.append(Claim(
            kind=ClaimKind.DATE, article=article.id, start=dur.start, end=dur.end, text=dur.text,
            sentence=dur.sentence, date=date, measure="completion", event="completion", qualifier=qualifier,
            basis=basis, score=BASE_SCORE if "publish date" not in why else BASE_SCORE - 0.1,
            explanation=Explanation("temporal", "derived/completion", BASE_SCORE, tuple(notes)),
        ))
    return out
