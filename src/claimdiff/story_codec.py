"""Exact round trip of a Story through JSON builtins, for the story cache.

Every dataclass becomes a list of its fields in declaration order (smaller and
faster to decode than a dict per object; the field order is part of the code
fingerprint in the cache key, so an entry is never read by a build whose
classes differ). What must survive exactly, and how:

- enums by value; dates as ISO strings; tuples as lists, turned back into tuples;
- floats as JSON numbers: orjson writes the shortest repr, which reads back to
  the same float, and ints stay ints;
- infinity and NaN, which JSON cannot hold (orjson would silently write
  ``null``): written as the strings ``"inf"``, ``"-inf"``, ``"nan"``, with the
  positions that hold one listed in one extra trailing element of the row;
- a finding's claims are the story's claims: written as indexes into
  ``Story.claims`` (a claim not found there is written in full).

A value of any other type (a new field holding a list, a numpy float, a
datetime in a date field) raises ``Unencodable``: such a story is not cached
rather than cached inexactly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from operator import attrgetter
from collections.abc import Sequence
from typing import Any

from .types import Article, Claim, ClaimKind, DateValue, Explanation, Finding, Origin, Story, Support, TimelinePoint, Verdict


class Unencodable(TypeError):
    """A value this codec cannot round-trip exactly."""


_PLAIN = (str, int, float, bool, type(None))


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_CLAIM = _names(Claim)
_ARTICLE = _names(Article)
_FINDING = _names(Finding)
_EXPL = _names(Explanation)
_DATEVALUE = _names(DateValue)
_I_NOTES = _EXPL.index("notes")
_I_DSTART, _I_DEND = _DATEVALUE.index("start"), _DATEVALUE.index("end")
_fromiso = dt.date.fromisoformat
_KINDS = {k.value: k for k in ClaimKind}
_VERDICTS = {v.value: v for v in Verdict}


def _date(d: Any) -> str:
    if type(d) is not dt.date:  # a datetime would come back as a date
        raise Unencodable(f"not a date: {d!r}")
    return d.isoformat()


_GETTERS: dict[tuple[str, ...], Any] = {}


def _row(obj: Any, names: tuple[str, ...], special: dict[str, Any]) -> list[Any]:
    """Fields of ``obj`` in order; ``special`` converts the non-scalar ones."""
    getter = _GETTERS.get(names)
    if getter is None:
        getter = _GETTERS[names] = attrgetter(*names)
    row = list(getter(obj))
    odd: list[int] = []
    for i, value in enumerate(row):
        convert = special.get(names[i])
        if convert is not None:
            row[i] = None if value is None else convert(value)
        elif type(value) is float:
            if not math.isfinite(value):
                row[i] = repr(value)  # 'inf', '-inf', 'nan': float() reads each back
                odd.append(i)
        elif type(value) not in _PLAIN:
            raise Unencodable(f"{type(obj).__name__}.{names[i]} holds a {type(value).__name__}")
    if odd:
        row.append(odd)
    return row


def _unrow(row: list[Any], width: int) -> list[Any]:
    if len(row) > width:  # the trailing list of non-finite float positions
        for i in row.pop():
            row[i] = float(row[i])
    return row


def _explanation(e: Any) -> list[Any]:
    if type(e) is not Explanation:
        raise Unencodable(f"explanation {e!r}")
    return _row(e, _EXPL, {"notes": _strings})


def _strings(items: tuple[str, ...]) -> list[str]:
    if type(items) is not tuple or any(type(s) is not str for s in items):
        raise Unencodable(f"not a tuple of strings: {items!r}")
    return list(items)


def _datevalue(d: Any) -> list[Any]:
    if type(d) is not DateValue:
        raise Unencodable(f"date {d!r}")
    return _row(d, _DATEVALUE, {"start": _date, "end": _date})


def _kind(k: Any) -> str:
    if type(k) is not ClaimKind:
        raise Unencodable(f"kind {k!r}")
    return k.value


def _conversions(items: Any) -> list[list[Any]]:
    if type(items) is not tuple or any(type(x) is not tuple or len(x) != 2 or type(x[0]) not in (int, float)
                                       or not math.isfinite(x[0]) or type(x[1]) is not str for x in items):
        raise Unencodable(f"conversions {items!r}")
    return [list(x) for x in items]


_CLAIM_SPECIAL = {"kind": _kind, "date": _datevalue, "explanation": _explanation, "conversions": _conversions}
_I_KIND, _I_DATE, _I_EXPL, _I_CONV = (_CLAIM.index(n) for n in ("kind", "date", "explanation", "conversions"))


def encode_claim(claim: Claim) -> list[Any]:
    return _row(claim, _CLAIM, _CLAIM_SPECIAL)


# The rows of claims the article cache just encoded, by id, for the story cache to take
# (a cold run would encode every claim twice: ~0.3 s per 1,000 articles). An entry
# holds its claim, so the id stays that claim's; encode_story takes its claims' rows
# out, and the few a story never stored for are dropped past _RECENT_LIMIT.
_RECENT: dict[int, tuple[Claim, list[Any]]] = {}
_RECENT_LIMIT = 50_000


def encode_claims(claims: Sequence[Claim], remember: bool = False) -> list[list[Any]]:
    """encode_claim for each; ``remember``: keep the rows for encode_story."""
    rows = [encode_claim(c) for c in claims]
    if remember:
        if len(_RECENT) > _RECENT_LIMIT:
            _RECENT.clear()
        for c, row in zip(claims, rows):
            _RECENT[id(c)] = (c, row)
    return rows


def _story_row(c: Claim) -> list[Any]:
    found = _RECENT.pop(id(c), None)
    return found[1] if found is not None and found[0] is c else encode_claim(c)


def decode_claim(row: list[Any]) -> Claim:
    row = _unrow(row, len(_CLAIM))
    row[_I_KIND] = _KINDS[row[_I_KIND]]
    d = row[_I_DATE]
    if d is not None:
        d = _unrow(d, len(_DATEVALUE))
        d[_I_DSTART] = _fromiso(d[_I_DSTART])
        d[_I_DEND] = _fromiso(d[_I_DEND])
        row[_I_DATE] = DateValue(*d)
    e = row[_I_EXPL]
    if e is not None:
        e = _unrow(e, len(_EXPL))
        e[_I_NOTES] = tuple(e[_I_NOTES])
        row[_I_EXPL] = Explanation(*e)
    row[_I_CONV] = tuple((v, u) for v, u in row[_I_CONV])
    return Claim(*row)


def _offsets(runs: tuple[tuple[int, int, int], ...]) -> list[list[int]]:
    if type(runs) is not tuple:
        raise Unencodable("offsets not a tuple")
    out = []
    for run in runs:
        if type(run) is not tuple or any(type(n) is not int for n in run):
            raise Unencodable(f"offset run {run!r}")
        out.append(list(run))
    return out


def _days(days: tuple[dt.date, dt.date]) -> list[str]:
    return [_date(d) for d in days]


_ARTICLE_SPECIAL = {"published": _date, "offsets": _offsets, "warnings": _strings, "story_days": _days}
_I_PUB, _I_OFFS, _I_AWARN, _I_DAYS = (_ARTICLE.index(n) for n in ("published", "offsets", "warnings", "story_days"))


def encode_article(article: Article) -> list[Any]:
    return _row(article, _ARTICLE, _ARTICLE_SPECIAL)


def decode_article(row: list[Any]) -> Article:
    row = _unrow(row, len(_ARTICLE))
    if row[_I_PUB] is not None:
        row[_I_PUB] = _fromiso(row[_I_PUB])
    row[_I_OFFS] = tuple(tuple(run) for run in row[_I_OFFS])
    row[_I_AWARN] = tuple(row[_I_AWARN])
    if row[_I_DAYS] is not None:
        first, last = row[_I_DAYS]
        row[_I_DAYS] = (_fromiso(first), _fromiso(last))
    return Article(*row)


def _verdict(v: Any) -> str:
    if type(v) is not Verdict:
        raise Unencodable(f"verdict {v!r}")
    return v.value


_STORY = ("name", "articles", "findings", "claims", "warnings", "origins")
_I_VERDICT, _I_FCLAIMS, _I_TIMELINE, _I_SUPPORT = (_FINDING.index(n) for n in ("verdict", "claims", "timeline",
                                                                            "support"))
_POINT, _SUPPORT, _ORIGIN = _names(TimelinePoint), _names(Support), _names(Origin)
_I_PDAY = _POINT.index("day")


def _points(points: Any) -> list[Any]:
    if type(points) is not tuple or any(type(p) is not TimelinePoint for p in points):
        raise Unencodable(f"timeline {points!r}")
    return [_row(p, _POINT, {"day": _date}) for p in points]


def _decode_point(row: list[Any]) -> TimelinePoint:
    row = _unrow(row, len(_POINT))
    if row[_I_PDAY] is not None:
        row[_I_PDAY] = _fromiso(row[_I_PDAY])
    return TimelinePoint(*row)


def _supports(items: Any) -> list[Any]:
    if type(items) is not tuple or any(type(x) is not Support for x in items):
        raise Unencodable(f"support {items!r}")
    return [_row(x, _SUPPORT, {"articles": _strings, "origins": _strings}) for x in items]


def _origin(o: Any) -> list[Any]:
    if type(o) is not Origin:
        raise Unencodable(f"origin {o!r}")
    return _row(o, _ORIGIN, {"articles": _strings})


def encode_story(story: Story) -> dict[str, Any]:
    """Builtins for ``story`` except its warnings (the caller stores those)."""
    if _names(Story) != _STORY:  # a new Story field this codec would drop
        raise Unencodable(f"Story fields {_names(Story)}")
    if type(story.name) is not str or type(story.claims) is not tuple or type(story.findings) is not tuple:
        raise Unencodable("story fields")
    # Findings hold the very Claim objects of Story.claims: look them up by
    # identity, and by value (hashing every field) only for one that is not.
    by_id = {id(c): i for i, c in enumerate(story.claims)}
    by_value: dict[Claim, int] = {}

    def refs(claims: tuple[Claim, ...]) -> list[Any]:
        if type(claims) is not tuple:
            raise Unencodable("finding claims not a tuple")
        out: list[Any] = []
        for c in claims:
            i = by_id.get(id(c))
            if i is None:
                if not by_value:
                    for n, known in enumerate(story.claims):
                        by_value.setdefault(known, n)
                i = by_value.get(c)
            out.append(encode_claim(c) if i is None else i)
        return out

    special = {"verdict": _verdict, "claims": refs, "timeline": _points, "support": _supports}
    return {
        "name": story.name,
        "articles": [encode_article(a) for a in _tuple(story.articles)],
        "claims": [_story_row(c) for c in story.claims],
        "findings": [_row(f, _FINDING, special) for f in story.findings],
        "origins": [_origin(o) for o in _tuple(story.origins)],
    }


def _tuple(items: Any) -> tuple:
    if type(items) is not tuple:
        raise Unencodable("not a tuple")
    return items


def decode_story(data: dict[str, Any], warnings: tuple[str, ...]) -> Story:
    """The Story ``encode_story`` was given, with ``warnings``. Raises on a malformed entry
    (KeyError, IndexError, TypeError, ValueError), which the cache treats as a miss."""
    claims = tuple(decode_claim(row) for row in data["claims"])
    findings = []
    width = len(_FINDING)
    for row in data["findings"]:
        row = _unrow(row, width)
        row[_I_VERDICT] = _VERDICTS[row[_I_VERDICT]]
        row[_I_FCLAIMS] = tuple(claims[c] if type(c) is int else decode_claim(c) for c in row[_I_FCLAIMS])
        row[_I_TIMELINE] = tuple(_decode_point(p) for p in row[_I_TIMELINE])
        row[_I_SUPPORT] = tuple(Support(value, tuple(articles), tuple(origins))
                                for value, articles, origins in row[_I_SUPPORT])
        findings.append(Finding(*row))
    origins = tuple(Origin(name, tuple(articles), how) for name, articles, how in data["origins"])
    return Story(name=data["name"], articles=tuple(decode_article(r) for r in data["articles"]),
                 findings=tuple(findings), claims=claims, warnings=warnings, origins=origins)
