"""Times of day: "2:35 p.m.", "03:54 local time", "0600 GMT", "just before 4 a.m.", "midnight".

A time is a ``TIME`` claim whose figure is minutes after midnight, as an interval
that carries how it was written: a minute named exactly is that minute; a time on
the quarter hour ("2:30 pm") or the hour ("4 a.m.") is read as rounded (±7 and
±15 minutes); "around" widens by 15 minutes, "just before 4 a.m." is the quarter
hour before, "shortly after midnight" the half hour after, "before 6 a.m." is open
below. So "03:54" agrees with "just before 4 a.m." and "2:35 p.m." with "just
after 2:30 pm", while "2:35 p.m." and "3:10 p.m." conflict.

The unit says which clock: "clock" is the local time as written (or an unnamed
zone); a named zone dateparser knows ("GMT", "BST", "IST", "ET") is converted to
UTC and the unit is "clock UTC". Times on different clocks never compare: a local
time and a GMT time of one event are both right. The day is ``date``: a weekday
or date in the same phrase ("Sunday night" stays a date claim of its own), else
none. What happened then is read from the parse like a date's event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import Article, Claim, ClaimKind, DateValue, Explanation
from .base import sentence_of
from .time_events import event_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "clock"
BASE_SCORE = 0.8
_AMPM = r"(?P<ampm>[ap])(?:\.\s?m\.|\s?m\b)"  # "p.m." keeps its dots; "pm." ends a sentence
# The zone words a clock time may carry; the offset comes from dateparser's table.
# Capitals only ("last" is not a zone), except "local time".
_ZONE = r"(?P<zone>(?i:local(?:\s+time)?)|(?-i:GMT|UTC|[A-Z]{2,4}T|ET|CT|PT|BST|IST|CET|JST|KST|HKT|SGT|AEST|MSK))"
# A place named as the clock ("1.30pm, UAE", "2 p.m. Pakistan time"): a zone with no offset here.
_PLACE_CLOCK = re.compile(r"(?:,\s*|\s+)(?P<place>[A-Z]{2,4}\b(?!\.)|[A-Z][a-z]+\s+time\b)")
# A preposition before the time is not part of it ("at 2:35 p.m."); a bound word is ("just before").
_LEAD = r"(?:(?:at|by|from)\s+)?"
_QUAL = (r"(?P<qual>(?:just|shortly|soon|right|some\s+time|sometime|a\s+little|minutes|moments)\s+(?:before|after)"
         r"|around|about|approximately|roughly|nearly|almost)\s+")
_PREP = r"(?P<prep>before|after|until|till|since|by)\s+"
CLOCK_RE = re.compile(
    rf"(?:{_LEAD}{_QUAL}|{_PREP})?(?:"
    rf"(?:\b(?P<r0>1[0-2]|0?[1-9])(?:[:.](?P<rm0>[0-5]\d))?\s?(?:-|\u2013|to)\s?)?"  # "1-3 pm": a span
    rf"\b(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?\s?{_AMPM}"  # 2:35 p.m., 1.30pm, 4 a.m.
    rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::[0-5]\d)?(?![\d:])"  # 03:54, 19:05, 14:35:29
    rf"|\b(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:GMT|UTC|hours?\b|hrs\b|[A-Z]{{2,4}}T\b|BST|IST))"  # 0600 GMT
    rf"|\b(?P<word>midnight|noon|midday)\b)"
    rf"(?:,?\s+{_ZONE}\b)?",
    re.I,
)
# Words that make a bare 24-hour "12:30" something else: a score, a ratio, a verse, a race time.
_NOT_CLOCK_AROUND = re.compile(r"\b(?:score|won|lost|beat|ratio|odds|verse|chapter|lap|race|record)\b", re.I)
_WORD_MINUTES = {"midnight": 0, "noon": 720, "midday": 720}
_BEFORE = ("before", "until", "till", "by")
_AFTER = ("after", "since")


def _minutes(m: re.Match) -> tuple[int, int] | None:
    """(minutes after midnight, precision in minutes) of the match's clock time."""
    if m.group("word"):
        return _WORD_MINUTES[m.group("word").lower()], 15
    if m.group("h1"):
        h, mins = int(m.group("h1")) % 12, int(m.group("m1") or 0)
        h += 12 if m.group("ampm").lower() == "p" else 0
        named = m.group("m1") is not None
    else:
        h = int(m.group("h2") or m.group("h3"))
        mins = int(m.group("m2") or m.group("m3"))
        named = True
    if not named:
        return h * 60, 15
    return h * 60 + mins, (7 if mins % 15 == 0 else 2 if mins % 5 == 0 else 0)


def _interval(t: int, precision: int, qual: str | None) -> tuple[float | None, float | None]:
    q = " ".join((qual or "").lower().split())
    near = 30 if q.startswith(("shortly", "soon", "some", "a little", "minutes")) else 15
    if q.endswith(_BEFORE):
        return (None if q in _BEFORE else t - near), float(t)
    if q.endswith(_AFTER):
        return float(t), (None if q in _AFTER else t + near)
    if q:  # around, about, approximately, nearly
        return float(t - precision - 15), float(t + precision + 15)
    return float(t - precision), float(t + precision)


def _utc_offset(zone: str | None) -> int | None:
    """Minutes east of UTC for a named zone, from dateparser's abbreviation table; None for
    local time or a zone it does not know."""
    if not zone or zone.lower().startswith("local"):
        return None
    from dateparser.timezone_parser import pop_tz_offset_from_string

    _, tz = pop_tz_offset_from_string(f"x {zone.upper()}")
    if tz is None:
        return None
    offset = tz.utcoffset(None)
    return None if offset is None else int(offset.total_seconds() // 60)


class ClockExtractor:
    """Extractor for TIME claims (``name`` "clock")."""

    name = NAME
    kinds = frozenset({ClaimKind.TIME})

    def extract(self, doc: "Doc", article: Article) -> list[Claim]:
        claims = []
        for start, _ in clock_spans(doc, article.text):
            m = CLOCK_RE.match(article.text, start)
            claim = self._claim(doc, article, m)
            if claim is not None:
                claims.append(claim)
        return claims

    def _claim(self, doc: "Doc", article: Article, m: re.Match) -> Claim | None:
        text = article.text
        found = _minutes(m)
        if found is None:
            return None
        t, precision = found
        s0, s1 = sentence_of(doc, m.start(), m.end())
        sentence = text[s0:s1]
        if m.group("h2") and not m.group("zone") and _NOT_CLOCK_AROUND.search(text[max(s0, m.start() - 40):m.end() + 20]):
            return None  # "won 12:10", "a 2:45 lap": not a time of day
        qual = m.group("qual") or m.group("prep")
        low, high = _interval(t, precision, qual)
        first = _range_start(m, t)
        if first is not None:  # "1-3 pm": from the first time to the second
            low, high = float(first), float(t)
        zone, end = m.group("zone"), m.end()
        offset = _utc_offset(zone)
        unit = "clock"
        place = None if zone else _PLACE_CLOCK.match(text, end)
        if place is not None and (place.group("place").endswith(" time") or place.group("place").isupper()):
            zone, end, unit = place.group("place"), place.end(), f"clock {place.group('place')}"
        clock = (f"{first // 60:02d}:{first % 60:02d}-" if first is not None else "") + f"{t // 60:02d}:{t % 60:02d}" \
            + (f" {zone}" if zone and not zone.lower().startswith("local") else "")
        notes = [f"'{text[m.start():end].strip()}' → {clock}"]
        if offset is not None:
            low, high = (None if x is None else x - offset for x in (low, high))
            t -= offset
            unit = "clock UTC"
            notes.append(f"{zone} is UTC{offset / 60:+g}: compared in UTC")
        elif zone and unit == "clock" and not zone.lower().startswith("local"):
            unit = f"clock {zone}"  # a zone without a known offset: its own clock
        # the span: a bound word belongs to the time, a bare preposition does not
        start = m.start("qual") if m.group("qual") else m.start("r0") if first is not None else _number_start(m)
        span = doc.char_span(_number_start(m), m.end(), alignment_mode="expand")
        event = event_of(span) if span is not None and len(span) else None
        return Claim(
            kind=ClaimKind.TIME, article=article.id, start=start, end=end, text=text[start:end],
            sentence=sentence, value=None if first is not None else float(t % 1440), low=low, high=high, unit=unit,
            date=_day(text, start, end, article.published),
            measure=event.measure if event else None, event=event.text if event else None,
            qualifier=(" ".join(qual.split()).lower() if qual else None), score=BASE_SCORE, clock=clock,
            explanation=Explanation(NAME, "time/clock", BASE_SCORE, tuple(notes)),
        )


def _range_start(m: re.Match, end_minutes: int) -> int | None:
    """Minutes of the first time of "1-3 pm" / "11 to 1 pm", read on the second's half of the
    day unless that would put it after the second."""
    if not m.group("r0"):
        return None
    t = int(m.group("r0")) % 12 * 60 + int(m.group("rm0") or 0)
    if m.group("ampm").lower() == "p" and t + 720 < end_minutes:
        t += 720
    return t if t < end_minutes else None


_DAY_NEAR = re.compile(r",?\s+(?:on\s+)?(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?:,?\s+\w+\.?\s+\d{1,2})?"
                       r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)", re.I)
_DAY_BEFORE = re.compile(r"(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?"
                         r",?\s+(?:at\s+)?$", re.I)


def _day(text: str, start: int, end: int, published) -> "DateValue | None":
    """The day a time of day is on: a weekday or date written beside it ("at 3 p.m. on
    Sunday", "Sunday at 3 p.m."), else the publish date; None when neither is known."""
    from ..types import DateValue
    from .time_dates import resolve

    m = _DAY_NEAR.match(text, end) or _DAY_BEFORE.search(text[max(0, start - 30):start])
    if m is not None:
        found = resolve(m.group("d"), published, "past")
        if found.date is not None and found.date.start == found.date.end:
            return found.date
    return DateValue(published, published, "day") if published is not None else None


_MATCHES = "claimdiff.clock"


def clock_spans(doc: "Doc", text: str) -> list[tuple[int, int]]:
    """Where the text states a time of day: scanned once per document and kept in
    ``doc.user_data`` (plain offsets, so a spaCy user's ``doc.to_bytes()`` still works),
    since the temporal extractor asks too, to leave those spans alone."""
    found = doc.user_data.get(_MATCHES)
    if found is None:
        found = doc.user_data[_MATCHES] = [m.span() for m in CLOCK_RE.finditer(text)] if _CUE.search(text) else []
    return found


def _number_start(m: re.Match) -> int:
    return min(m.start(g) for g in ("h1", "h2", "h3", "word") if m.start(g) >= 0)


_CUE = re.compile(r"\d[:.]\d\d|\d\s?[ap]\.?\s?m\b|\bmidnight\b|\bnoon\b|\bmidday\b|\d{4}\s*(?:GMT|UTC|hours|hrs)",
                  re.I)
