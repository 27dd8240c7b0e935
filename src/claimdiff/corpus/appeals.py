"""Donation, subscription and paywall appeals: score sentences, drop the run.

A publisher's appeal is a run of sentences addressed to the reader ("your
support", "donate", "sign up", "newsletter", "paywall"...). A news sentence
may mention donations or subscribers once; an appeal repeats the cues. So each
sentence gets a cue score, runs of cue sentences (allowing a couple of
cue-free sentences between them inside one paragraph) are formed, and a run
is dropped only when cue sentences dominate it and it speaks to the reader
(you / we outside quotes) or piles up three calls to action. A lone short line
made of cue phrases ("Read more", "Sign up to our newsletter") is dropped too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each pattern opens with a lookahead on the letters its phrases start with: the
# regex engine then rejects most positions with one character test instead of
# trying every phrase there (same matches, about twice as fast; keep the letters
# in step with the phrases: tests/corpus/test_appeals.py checks them).
_STRONG = re.compile(
    r"\b(?=[abcdefhiklmnopqrstuy])(?:your support|support us|support now|support (?:our|independent|quality) (?:journalism|reporting|work)"
    r"|your (?:donation|contribution|subscription)|donate (?:now|today|here|monthly)|make a (?:donation|contribution)"
    r"|(?:one-off|one-time|monthly|annual|recurring) (?:donation|contribution|gift)|every contribution"
    r"|contribute (?:now|today)|read more|sign up|subscribe (?:now|today|here|to (?:our|the) \w+)"
    r"|newsletters?|paywalls?|independent journalism|quality journalism|free trial|(?:unlimited|digital) access"
    r"|become an? (?:member|subscriber|supporter|patron)|already an? (?:subscriber|member)"
    r"|(?:ad|advert)-free|keep (?:our|this) journalism|help (?:us )?(?:keep|fund|sustain)"
    r"|(?:our|this) (?:journalism|reporting) (?:free|open)|log ?in|register for free|cancel anytime)\b",
    re.IGNORECASE,
)
_WEAK = re.compile(
    r"\b(?=[bcdijrsu])(?:donat\w*|(?:un)?subscri\w*|journalism|journalists|reporters|contribution|supporters?|readers|support"
    r"|inbox|briefing)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?=[ouwy])(?:we|us|our|you|your)\b", re.IGNORECASE)
_QUOTE = re.compile("[\"\u201c\u201d]")
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s)")
_MAX_GAP = 2  # cue-free sentences allowed inside a run
_MAX_LONE_WORDS = 8


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int
    score: float
    words: int
    whole_line: bool
    strong: int  # appeal phrases
    addressed: bool  # speaks to the reader or as the publisher (you / we), outside quotes


def score(sentence: str) -> float:
    """Cue score: 1 per appeal phrase, 0.5 per weaker cue word, 0.25 per
    first/second person pronoun outside quoted speech (at most 0.5)."""
    return _score(sentence)[0]


def _score(sentence: str) -> tuple[float, int]:
    """(score, number of appeal phrases): _STRONG is the costliest pattern, so it runs once."""
    strong = len(_STRONG.findall(sentence))
    value = float(strong)
    # without an appeal phrase there is nothing to blank out before counting weak cues
    value += 0.5 * len(_WEAK.findall(_STRONG.sub(" ", sentence) if strong else sentence))
    if not _QUOTE.search(sentence):
        value += min(0.5, 0.25 * len(_PRONOUN.findall(sentence)))
    return value, strong


def _sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    paragraph = 0
    pos = 0
    for line in re.finditer(r"[^\n]*", text):
        ls, le = line.span()
        if ls < pos:
            continue
        pos = le + 1
        if not text[ls:le].strip():
            paragraph += 1
            continue
        cuts = [ls] + [m.end() for m in _SENTENCE_END.finditer(text, ls, le)] + [le]
        pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]
        for a, b in pieces:
            while text[a].isspace():
                a += 1
            body = text[a:b]
            addressed = not _QUOTE.search(body) and bool(_PRONOUN.search(body))
            value, strong = _score(body)
            out.append(_Sentence(a, b, paragraph, value, len(body.split()), len(pieces) == 1, strong, addressed))
    return out


def appeal_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that are appeals, to be deleted."""
    if not _STRONG.search(text) and not _WEAK.search(text):
        return []  # a cue sentence needs a cue word (pronouns score 0.5 at most): most news has none
    sents = _sentences(text)
    cue = [s.score >= 1.0 for s in sents]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(sents):
        if not cue[i]:
            i += 1
            continue
        j = i  # last cue sentence of the run
        k = i + 1
        while k < len(sents) and k - j - 1 <= _MAX_GAP:
            same_par = sents[k].paragraph == sents[j].paragraph
            if cue[k] and (same_par or k == j + 1):
                j = k
            elif not same_par:
                break
            k += 1
        run = sents[i : j + 1]
        n_cue = sum(cue[i : j + 1])
        total = sum(s.score for s in run)
        # An appeal speaks to the reader ("your support", "we rely on you") or piles
        # up calls to action; news that mentions sign-ups or donations does neither.
        voiced = any(s.addressed for s in run if s.score >= 1.0) or sum(s.strong for s in run) >= 3
        dense = n_cue >= 2 and voiced and (n_cue / len(run) >= 0.5 or total / len(run) >= 0.75)
        # one sentence can be a whole appeal: "Sign up for our newsletter and get ... in your inbox."
        single = n_cue == 1 and len(run) == 1 and run[0].strong >= 2 and run[0].addressed
        if dense or single:
            first, last = _absorb(sents, i, j)
            out.append((sents[first].start, sents[last].end))
        else:  # not an appeal as a whole, but buttons inside it still go
            out.extend((s.start, s.end) for s in run if s.score >= 1.0 and _lone_appeal(s))
        i = j + 1
    return [_whole_lines(text, a, b) for a, b in out]


def _whole_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the newline too when the appeal fills whole lines, so no blank line is left."""
    after = _BLANKS.match(text, end).end()  # a match, not a slice: stays linear on long texts
    if (start == 0 or text[start - 1] == "\n") and text[after : after + 1] == "\n":
        return start, after + 1
    return start, end


_BLANKS = re.compile(r"[ \t]*")


def _absorb(sents: list[_Sentence], i: int, j: int) -> tuple[int, int]:
    """Widen an appeal over neighbours in its paragraph that also speak to the reader
    ("Get our morning briefing", "You can unsubscribe at any time")."""
    while i > 0 and sents[i - 1].paragraph == sents[i].paragraph and sents[i - 1].addressed:
        i -= 1
    while j + 1 < len(sents) and sents[j + 1].paragraph == sents[j].paragraph and sents[j + 1].addressed:
        j += 1
    return i, j


def _lone_appeal(s: _Sentence) -> bool:
    # "Read more" / "Support now" buttons, "Sign up to our newsletter" lines.
    return s.words <= _MAX_LONE_WORDS and (s.words <= 4 or s.score >= 2.0) and (s.whole_line or s.words <= 3)
