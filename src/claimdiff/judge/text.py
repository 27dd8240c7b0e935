"""Words for findings: source names, figures, topics and shared attribution.

judge decides; this module only phrases. Everything here is deterministic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .. import measures
from ..align import content_words
from ..types import Article, Claim, ClaimKind, figure_at

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def source_name(article: Article | None, article_id: str) -> str:
    if article is not None and article.source:
        return article.source
    return article_id


def names(claims: Sequence[Claim], articles: Mapping[str, Article]) -> dict[str, str]:
    """Display name per article id; two articles of one outlet get their ids added."""
    raw = {c.article: source_name(articles.get(c.article), c.article) for c in claims}
    counts = Counter(raw.values())
    return {a: (n if counts[n] == 1 else f"{n} ({a})") for a, n in raw.items()}


def quoted(c: Claim) -> str:
    return f"\u201c{c.text}\u201d"


def number(x: float | None) -> str:
    """A figure for an explanation: thousands separated, at most 3 significant decimals."""
    if x is None or math.isinf(x):
        return "∞"
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:,.3g}" if abs(x) < 1 else f"{x:,.2f}".rstrip("0").rstrip(".")


def unit_label(unit: str | None) -> str:
    if not unit:
        return ""
    return {"meter": " m", "meter ** 2": " m²", "meter ** 3": " m³", "kilogram": " kg", "second": " s",
            "percent": "%", "percentage_point": " percentage points"}.get(unit, f" {unit}")


_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words that never make a topic on their own: units, reporting verbs, time words.
_NOT_TOPIC = frozenset(
    """percent per cent percentage point million billion bn trillion people said told year month week day
    hour time total figure number new last first next expected reported must can will would could should
    rose fell grew rise fall grow climb slid take took make made set put held close closes cut keep kept
    stretch wherein whereas while since""".split()
)
# Participles and adverbs describe, they do not name: skipped unless nothing else is left.
_NOT_NOUNISH = re.compile(r"(?:ed|ly)$")
# Units and number words restate the figure rather than say what it is about.
_UNIT_OR_NUMBER = re.compile(
    r"^(?:(?:kilo|milli|centi)?met(?:re|er)s?|miles?|km|inch(?:es)?|feet|foot|yards?|acres?|hectares?|"
    r"tonnes?|tons?|pounds?|kilo(?:gram)?s?|kg|litres?|liters?|gallons?|degrees?|celsius|fahrenheit|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"half|between|onto|into|among)$"
)


def _as_written(concept: str, sentence: str) -> str:
    """The concept as the sentence writes it ("soldier" -> "soldiers"), lower case."""
    words = [w for w in _WORDS.findall(concept) if content_words(w)]
    if not words:
        return concept.lower()
    head = words[-1].lower()
    for w in _WORDS.findall(sentence):
        if w.lower().startswith(head) and len(w) - len(head) <= 3:
            words[-1] = w
            break
    words = words if len(words) <= 3 else words[-1:]
    return " ".join(w if w.isupper() else w.lower() for w in words)


def _sentence_words(c: Claim, lower_words: frozenset[str] = frozenset()) -> list[tuple[int, str, str]]:
    """(distance in characters from the figure, word as written, canonical form) for content words.
    ``lower_words``: words seen in lower case in the group's sentences."""
    sentence = c.sentence or c.text
    at = figure_at(sentence, c.text)
    out = []
    for start, word, written, canon in _topic_words(sentence):
        # a capitalised word is a name, not a topic (at the start of the sentence too,
        # unless the caller's other sentences write it in lower case)
        if word[0].isupper() and (start > 0 or word.lower() not in lower_words):
            continue
        if at >= 0 and at <= start < at + len(c.text):
            continue
        distance = abs(start - at) if at >= 0 else start
        out.append((distance, written, canon))
    return out


@lru_cache(maxsize=16384)
def _topic_words(sentence: str) -> tuple[tuple[int, str, str, str], ...]:
    """(start, word, word as written lower-case, canonical form) of the words of a
    sentence that could name a topic, whichever figure of it is asked about:
    several claims share a sentence, so it is read once."""
    out = []
    for m in _WORDS.finditer(sentence):
        canon = content_words(m.group())
        if not canon or canon[0] in _NOT_TOPIC or m.group().lower() in _NOT_TOPIC:
            continue
        if _NOT_NOUNISH.search(m.group().lower()) and len(m.group()) > 4 or _UNIT_OR_NUMBER.match(m.group().lower()):
            continue
        out.append((m.start(), m.group(), re.sub(r"['’]s$", "", m.group().lower()), canon[0]))
    return tuple(out)


def _subject(claims: Sequence[Claim]) -> str | None:
    """What the group is about: a concept as written, else the words nearest the
    figure that the most articles share (money, percentages and dates carry no concept)."""
    for c in claims:
        named = c.concept or c.amount_of  # what is counted, or what an amount is the value of
        if named and content_words(named):
            return _as_written(named, c.sentence)
    lower_words = frozenset(w for c in claims for w in _WORDS.findall(c.sentence or "") if w.islower())
    first = _sentence_words(claims[0], lower_words)
    if not first:
        return None
    articles = {c.article for c in claims}
    support: dict[str, set[str]] = {}
    for c in claims:
        for _, _, canon in _sentence_words(c, lower_words):
            support.setdefault(canon, set()).add(c.article)
    need = 2 if len(articles) > 1 else 1
    ranked = sorted(
        (-len(support.get(canon, ())), distance, written, canon)
        for distance, written, canon in first
        if len(support.get(canon, ())) >= need
    )
    if not ranked:
        return None
    # the best-supported word, nearest the figure; with the word written right
    # before or after it when that one is supported too ("malaria vaccine")
    best = ranked[0]
    sentence = claims[0].sentence or claims[0].text
    words = [w.lower() for w in _WORDS.findall(sentence)]
    supported = {written for _, _, written, _ in ranked}
    if best[2] in words:
        i = words.index(best[2])
        if i > 0 and words[i - 1] in supported:
            return f"{words[i - 1]} {best[2]}"
        if i + 1 < len(words) and words[i + 1] in supported:
            return f"{best[2]} {words[i + 1]}"
    return best[2]


def topic(claims: Sequence[Claim]) -> str:
    """A short label: "soldiers killed", "bridge completion", "sea wall length"."""
    kind = claims[0].kind
    present = sorted({c.measure for c in claims if c.measure})
    # the narrowest measure names the group ("killed" of killed / killed or wounded)
    present.sort(key=lambda m: -sum(measures.relation(m, o) == "narrower" for o in present))
    measure = present[0] if present else None
    if kind in (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.PERCENT) and measure not in measures.CASUALTY_WORDS.values():
        measure = None  # a verb lemma ("send") reads badly in a label; the words around say enough
    if kind == ClaimKind.DATE and measure not in ("start", "completion"):
        measure = None
    if kind == ClaimKind.DURATION and measure != "time to completion":
        measure = "duration"
    subject = _subject(claims)
    parts = [p for p in (subject, measure) if p]
    if len(parts) == 2 and _same_stem(*parts):
        parts = [max(parts, key=len)]  # "rain rainfall" -> "rainfall", "complete time to completion" -> the latter
    return " ".join(parts) or _FALLBACK.get(kind, kind.value)


def _same_stem(a: str, b: str) -> bool:
    """Whether one label repeats a word of the other, up to its ending ("complete" / "completion")."""
    stems = lambda text: {w[:6] for w in text.split() if len(w) > 3}  # noqa: E731
    return a in b or b in a or bool(stems(a) & stems(b))


_FALLBACK = {ClaimKind.MONEY: "amount", ClaimKind.PERCENT: "percentage", ClaimKind.COUNT: "count",
             ClaimKind.DATE: "date", ClaimKind.QUANTITY: "quantity", ClaimKind.CASUALTY: "toll",
             ClaimKind.TIME: "time of day", ClaimKind.AGE: "age"}
