"""Words for findings: source names, figures, topics and shared attribution.

judge decides; this module only phrases. Everything here is deterministic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from . import measures
from .align import content_words
from .types import Article, Claim, ClaimKind

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


def _subject(claims: Sequence[Claim]) -> str | None:
    """What the group is about: a concept's head, else the event, else the
    common lower-case word of the sentences (dates rarely carry a concept)."""
    for c in claims:
        if c.concept:
            words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", c.concept) if content_words(w)]
            if words:
                # a short concept reads as written ("sea wall"); a long one by its head
                return " ".join(words).lower() if len(words) <= 3 else words[-1].lower()
    sentence_words = [set(w for w in re.findall(r"\b[a-z][a-z-]+\b", c.sentence)) for c in claims if c.sentence]
    if len({c.article for c in claims}) > 1 and len(sentence_words) > 1:
        first = re.findall(r"\b[a-z][a-z-]+\b", claims[0].sentence)
        common = set.intersection(*sentence_words)
        skip = {"start", "completion", "complete", "begin", "began", "commenced", "construction's"}
        for w in first:
            if w in common and content_words(w) and w not in skip and len(w) > 3:
                return w
    for c in claims:
        if c.event:
            return c.event.lower()
    return None


_MEASURE_WORDS = {"killed": "killed", "start": "start", "completion": "completion"}


def topic(claims: Sequence[Claim]) -> str:
    """A short label: "soldiers killed", "bridge completion", "bridge length"."""
    kind = claims[0].kind
    narrowest = sorted({c.measure for c in claims if c.measure},
                       key=lambda m: (sum(measures.relation(m, o) == "narrower" for o in
                                          {c.measure for c in claims if c.measure}) * -1, m))
    measure = narrowest[0] if narrowest else None
    if kind == ClaimKind.COUNT and measure and measures.relation(measure, "killed, wounded or missing") == "unrelated" \
            and measure not in measures.CASUALTY_WORDS.values():
        measure = None  # a verb lemma ("send") reads badly in a label; the concept says enough
    subject = _subject(claims)
    if kind == ClaimKind.PERCENT and not measure:
        measure = "share"
    if kind == ClaimKind.MONEY and not measure:
        measure = "amount"
    if kind == ClaimKind.DURATION and not measure:
        measure = "duration"
    parts = [p for p in (subject, measure) if p]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return " ".join(parts) or kind.value
