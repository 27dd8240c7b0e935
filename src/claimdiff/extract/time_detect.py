"""Find temporal expressions: spaCy DATE/TIME entities plus patterns for what it misses.

Candidates are character spans into the text. Overlapping candidates keep the
longest (a pattern's "Wednesday, April 30, 2025" beats the entity "Wednesday").
Spans that are not claims are dropped here: ages ("a 45-year-old"), frequencies
("annual", "daily"), and vague words with nothing to compare ("recently",
"years", "today").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import DisjointSpans
from .time_fuzzy import _MONTH_RE

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_Y = r"(?:1[89]|20)\d\d"
_NUMW = (r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
         r"twenty|thirty|forty|fifty|a dozen|a couple of|several|a few)")
_UNIT = (r"(?:(?:consecutive|straight|successive|full)\s+)?"
         r"(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|seasons?)")
# The letters every match of a pattern starts with (any case; all its alternatives,
# optional words included). A lookahead on them lets the regex engine reject most
# positions of a text with one character test instead of trying every
# alternative there: the same matches, scans about twice as fast.
_FIRST = {
    "weekday-date": "mtwfs", "month-day": "jfmasond", "month-year": "jfmasond", "part-of-period": "eml",
    "quarter": "tfsq", "half": "tfs", "season": "tnlsawf", "relative": "lntye", "prep-year": "isbuaf",
    "holiday": "cbnvh", "duration": "0-9abefjlmnostuw", "ago": "0-9aefnostw", "iso": "12", "numeric": "0-9mtwfs",
    "day-range": "0-9bjfmasond", "day-month": "0-9", "period-edge": "t", "anaphoric": "t", "on-weekday": "o",
}


def _compile(name: str, pattern: str) -> re.Pattern:
    first = _FIRST.get(name)
    if first:
        assert pattern.startswith(r"\b")
        pattern = rf"\b(?=[{first}])" + pattern[2:]
    return re.compile(pattern, re.I)


PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((name, _compile(name, p)) for name, p in (
    ("iso", rf"\b{_Y}-[01]\d-[0-3]\d\b"),
    ("numeric", rf"\b(?:{_WD},?\s+)?\d{{1,2}}/\d{{1,2}}/{_Y}\b"),
    ("weekday-date", rf"\b{_WD},?\s+{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_Y})?\b"),
    ("month-day", rf"\b{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_Y})?\b(?!\s*(?:%|percent|people|per))"),
    ("day-range", rf"\b(?:between\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013|until|through)\s*\d{{1,2}}"
                  rf"(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+{_Y})?\b|\b{_MONTH_RE}\s+\d{{1,2}}\s*(?:-|\u2013|to|through)\s*"
                  rf"\d{{1,2}}\b(?:,?\s+{_Y}\b)?"),
    ("day-month", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:\s+{_Y})?\b"),
    ("month-year", rf"\b{_MONTH_RE}\s+(?:of\s+)?{_Y}\b"),
    ("part-of-period", rf"\b(?:early|mid|late)[-\s](?:{_Y}|{_MONTH_RE}(?:\s+{_Y})?|(?:this|next|last)\s+"
                       rf"(?:year|month|{_MONTH_RE}))\b"),
    ("period-edge", rf"\bthe\s+(?:end|start|beginning|close|turn)\s+of\s+(?:{_Y}|(?:the|this|next|last)\s+"
                    rf"(?:year|month|week|quarter)|{_MONTH_RE}(?:\s+{_Y})?)\b"),
    ("quarter", rf"\b(?:(?:the\s+)?(?:first|second|third|fourth|final)[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:{_Y}|"
                rf"(?:this|next|last|the)\s+year))?|q[1-4](?:\s+{_Y})?)\b"),
    ("half", rf"\b(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:{_Y}|(?:this|next|last|the)\s+year)\b"),
    ("season", rf"\b(?:(?:this|next|last)\s+(?:spring|summer|autumn|fall|winter)|(?:spring|summer|autumn|winter)"
               rf"\s+(?:of\s+)?{_Y}|the\s+(?:spring|summer|autumn|winter)\s+of\s+{_Y})\b"),
    ("relative", rf"\b(?:(?:last|next|this)\s+(?:week|weekend|month|year|quarter|{_MONTH_RE}(?!\w))|yesterday|tomorrow|"
                 rf"(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|next|this\s+past|this\s+coming)\s+{_WD})\b"),
    ("on-weekday", rf"\bon\s(?P<x>{_WD})\b"),
    # A year after a temporal preposition, and both ends of a year range; the named
    # groups x and y are the spans kept.
    ("prep-year", rf"\b(?:in|since|by|until|before|after|from|between)\s+(?P<x>{_Y})\b"
                  rf"(?:\s+(?:to|and|until|through)\s+(?P<y>{_Y})\b)?(?!\s*(?:%|people|[a-z]+s\b))"),
    ("duration", rf"\b(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|up\s+to\s+|about\s+|nearly\s+|almost\s+|"
                 rf"(?:just|well)\s+(?:over|under)\s+|just\s+|only\s+|barely\s+|within\s+)?"
                 rf"(?:{_NUMW}\s*(?:to|-|\u2013|or)\s*)?{_NUMW}[\s-]{_UNIT}(?:\s+and\s+a\s+half)?\b"),
    ("ago", rf"\b{_NUMW}\s+{_UNIT}\s+ago\b"),
    # a day named from another day of the text ("the day before", "the following day")
    ("anaphoric", r"\bthe\s+(?:day|night)\s+(?:before|after)\b|\bthe\s+(?:previous|next|following)\s+(?:day|night)\b"),
    ("holiday", r"\b(?:Christmas Day|Christmas Eve|Boxing Day|New Year's (?:Day|Eve)|Valentine's Day|Halloween)\b"),
))

# Entity text that is a temporal word but not a claim an editor can check.
_SKIP = re.compile(
    r"^(?:(?:the\s+)?(?:\d+|[a-z]+)[-\s]years?[-\s]old|years?[-\s]+old|aged?\s+\d+|annual(?:ly)?|daily|weekly|monthly|"
    r"yearly|today|tonight|now|currently|recently|nowadays|the day|the week|the year|the month|the past|"
    r"the future|this time|decades?|years|months|weeks|days|"
    r"(?:years|months|weeks|days|decades) (?:past|gone by|before|earlier|later|ago)|"
    r"(?:the\s+)?(?:coming|next|past|last|previous|following)\s+(?:years|months|weeks|days|decades)|"
    r"(?:the\s+)?(?:first|second|third|fourth|\d+(?:st|nd|rd|th))|the season|season|one day|some day|that day|"
    r"the same day|the time|this week's|each year|every year|later|earlier|a quarter|a half|half|"
    r"(?:within|for|over|after|in)\s+(?:hours|days|weeks|months|years|decades))$", re.I)
# A comma inside an entity that does not continue a date ("Wednesday, April 30, 2025"
# and "April 30, 2025" continue; "Dec. 15, two weeks" does not).
_COMMA = re.compile(rf",\s+(?!{_MONTH_RE}\s+\d|{_Y}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE})", re.I)
_RANGE = re.compile(r"^(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:\band\b|\bto\b|\buntil\b|\bthrough\b|-|\u2013)\s*"
                    r"(?P<b>.+)$", re.I)
_CUE = re.compile(r"\d|" + _WD + r"|\b" + _MONTH_RE + r"|\b(?:year|month|week|day|hour)s?\b", re.I)
_AGE = re.compile(r"^\s*[-\u2011]?\s*old\b|^\s+of\s+age\b", re.I)
# "in his 50s", "in their early 20s", "a woman in her mid-40s": a person's age, not a decade.
_AGE_DECADE = re.compile(r"(?:(?:early|mid|late)[-\s]*)?['\u2019]?\d0s")
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[-\s]*)?$", re.I)
_LEAD = re.compile(r"^(?:(?:on|in|at(?!\s+(?:least|most)\b)|by|since|from|until|during|of|as)\s+)+", re.I)
_TRAIL = re.compile(r"[\s,.;:(\u2019']+$|(?:'s)$")

# A word every match of a pattern contains (a literal part of it, same flags): a
# text without it cannot match, and searching for the word alone is 5-15x cheaper
# than a scan with the full pattern. Only for patterns that rarely match and whose
# word is cheap to look for (measured: an alternation of several words is not).
_NEEDS: dict[str, re.Pattern] = {name: re.compile(p, re.I) for name, p in (
    ("iso", r"\d-[01]\d-"),
    ("numeric", r"\d/\d"),
    ("quarter", r"quarter|q[1-4]"),
    ("half", r"half"),
    ("ago", r"ago"),
)}
_TIME_ENT = re.compile(_WD + r"|" + _MONTH_RE + r"|hours?\b|minutes?\b", re.I)
_TEMPORAL_WORD = re.compile(r"\d|" + _WD + "|" + _MONTH_RE + r"|year|month|week|day|hour|minute|fortnight|quarter|"
                            r"half|spring|summer|autumn|fall|winter|decade|yesterday|tomorrow|seasons\b", re.I)
_SEASONS_NAME = re.compile(r"(?:[A-Z][a-z]+\s+)+Seasons")
_SEASON = re.compile(r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)", re.I)
_A_UNIT = re.compile(r"an?\s+(?:day|week|month|year)", re.I)
_DURATION_CUE_BEFORE = re.compile(
    r"\b(?:for|in|within|over|after|than|about|nearly|almost|around|least|of|took|take|takes|lasted|last|"
    r"(?:almost|nearly|already|now)?\s*been)\s+$", re.I)  # "it has almost been a day"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    s = text[start:end]
    m = _LEAD.match(s)
    if m:
        start += m.end()
    s = text[start:end]
    m = _TRAIL.search(s)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def _split(ent, doc_text: str) -> list[tuple[int, int]]:
    """Character spans of one entity, cut where the model glued several expressions:
    a swallowed verb ("last two weeks" after "will"), a weekday and what follows its
    comma, a range ("between 2015 and 2019", "from Oct. 28 to Nov. 1").

    ``doc_text`` is ``ent.doc.text``, passed in because spaCy rebuilds that string
    from every token on each access."""
    tokens = list(ent)
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    while len(tokens) > 1 and (tokens[0].pos_ in ("VERB", "AUX") or (
            tokens[0].lower_ == "last" and tokens[1].like_num and (prev is None or prev.pos_ not in ("DET", "ADP")))):
        tokens.pop(0)  # "could last two weeks": the verb, not "the last two weeks"
    start, end = tokens[0].idx, ent.end_char
    text = doc_text[start:end]
    cut = _COMMA.search(text)
    if cut:  # "Friday, months after", "Dec. 15, two weeks after": two expressions, or one and noise
        return [(start, start + cut.start()), (start + cut.end(), end)]
    m = _RANGE.match(text)
    if m and all(_CUE.search(m.group(g)) for g in ("a", "b")):
        return [(start + m.start("a"), start + m.end("a")), (start + m.start("b"), start + m.end("b"))]
    return [(start, end)]


def candidates(doc: "Doc", text: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, source) character spans of temporal expressions, non-overlapping, in order.

    ``source`` is "ent:DATE", "ent:TIME" or the name of the pattern that found it.
    ``text`` is ``doc.text`` if the caller has it (spaCy rebuilds it on every access).
    """
    text = doc.text if text is None else text
    found: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and _TIME_ENT.search(ent.text)):
            for start, end in _split(ent, text):
                found.append((start, end, f"ent:{ent.label_}"))
    for name, pattern in PATTERNS:
        need = _NEEDS.get(name)
        if need is not None and not need.search(text):
            continue  # the word every match contains is absent: skip the slower full scan
        for m in pattern.finditer(text):
            if "x" not in pattern.groupindex:
                found.append((m.start(), m.end(), name))
                continue
            found.extend((*m.span(g), name) for g in ("x", "y") if g in pattern.groupindex and m.group(g))
    kept: list[tuple[int, int, str]] = []
    taken = DisjointSpans()
    # Longest first; a pattern beats an entity of the same extent (its rule is more specific).
    for start, end, source in sorted(found, key=lambda f: (-(f[1] - f[0]), f[2].startswith("ent"), f[0])):
        start, end = _trim(text, start, end)
        if end <= start or not taken.free(start, end):
            continue
        span_text = text[start:end]
        if _SKIP.match(span_text.strip()) or _AGE.match(text[end:end + 8]):
            continue
        if _AGE_DECADE.fullmatch(span_text) and _AGE_BEFORE.search(text[max(0, start - 16):start]):
            continue
        if not _TEMPORAL_WORD.search(span_text):
            continue
        if _SEASONS_NAME.fullmatch(span_text):
            continue  # "the Four Seasons hotel": a name
        if _SEASON.fullmatch(span_text):
            last = doc.char_span(start, end, alignment_mode="expand")[-1]
            if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "NOUN":
                continue  # "the summer term", "winter sports": a modifier, not a date
        if _A_UNIT.fullmatch(span_text) and not _DURATION_CUE_BEFORE.search(text[max(0, start - 12):start]):
            continue  # "6 percent a year", "twice a week": a rate, not a duration
        if re.fullmatch(r"\d{1,3}", span_text) or (  # an age or count ("58"), not a year
                re.fullmatch(_MONTH_RE, span_text, re.I) and re.search(r"\bthe\s+$", text[max(0, start - 5):start], re.I)):
            continue  # "The March for Science": a month name used as a name
        taken.add(start, end)
        kept.append((start, end, source))
    return sorted(kept)
