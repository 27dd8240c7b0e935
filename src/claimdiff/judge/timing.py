"""When each side of a conflict was reported, and what the gap says.

Death tolls rise through the day and deals are revised, so two figures from
reports days apart may both have been right when written. Each claim's report
time is a day its own sentence gives as the time of the count ("by Tuesday
evening 41 were dead", "as of Sunday"), else its article's publish date; the conflict's explanation then says whether
the two reports differ in time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from ..types import Article, Claim, ClaimKind, figure_at

# (article id, sentence) -> the days the sentence states
Stated = Mapping[tuple[str, str], frozenset[dt.date]]


# A day that dates a figure, not the event: "by Tuesday evening 41 were dead", "as of
# Sunday night", "so far on Monday". A bare "on Saturday" in a toll's sentence is more
# often the day of the event than the day of the count.
_AS_OF = re.compile(r"\b(?:by|as of|as at|until|till|through|up to|so far(?: on)?)\s+(?:late|early|the end of)?\s*$",
                    re.I)


def _as_of(c: Claim) -> bool:
    at = figure_at(c.sentence or "", c.text)
    return at >= 0 and _AS_OF.search(c.sentence[max(0, at - 24):at]) is not None


def stated_days(claims: Iterable[Claim],
                reporting: frozenset[str] = frozenset()) -> dict[tuple[str, str], frozenset[dt.date]]:
    """Days each sentence states as the time of its figures, as one calendar day ("as
    of Tuesday", "by Nov 26"), by (article, sentence); derived dates and days a
    source spoke (``reporting`` measures) are left out."""
    out: dict[tuple[str, str], set[dt.date]] = {}
    for c in claims:
        if c.kind != ClaimKind.DATE or c.date is None or c.basis or c.date.start != c.date.end:
            continue
        if (c.measure or "") in reporting or not _as_of(c):
            continue
        out.setdefault((c.article, c.sentence), set()).add(c.date.start)
    return {k: frozenset(v) for k, v in out.items()}


def report_day(c: Claim, articles: Mapping[str, Article], stated: Stated) -> tuple[dt.date | None, str]:
    """(day, how): a single day stated in the claim's sentence, else the publish date."""
    if c.kind != ClaimKind.DATE:
        days = stated.get((c.article, c.sentence), frozenset())
        if len(days) == 1:
            return next(iter(days)), "stated"
    article = articles.get(c.article)
    if article is not None and article.published is not None:
        return article.published, "published"
    return None, ""


def time_note(a: Claim, b: Claim, articles: Mapping[str, Article], stated: Stated) -> tuple[str, int | None]:
    """One sentence on when the two sides were reported, and the days between them."""
    (da, _), (db, _) = report_day(a, articles, stated), report_day(b, articles, stated)
    if da is None or db is None:
        return "Report dates unknown: this may be an update rather than a disagreement.", None
    gap = abs((db - da).days)
    if gap == 0:
        return f"Both reported as of {da:%-d %b %Y}.", 0
    first, last = sorted((da, db))
    days = f"{gap} day{'s' if gap != 1 else ''}"
    return (f"Reported {days} apart ({first:%-d %b} and {last:%-d %b %Y}): "
            f"the figure may have been updated."), gap
