"""Figures: an article's restatements of one figure, found before any pair is merged.

An article that writes its toll three times ("at least 274" in the lede, "274" below,
"274 miners" in a caption) states one figure; cluster.py merges figures, not mentions,
so the restatements meet other articles' figures as one.
"""

from __future__ import annotations

from ..types import Claim, ClaimKind
from ..units import dimension
from .admit import REPORTING_VERBS, kept_apart
from .facts import Facts, one_thing, said_again
from .values import restated

# How many earlier mentions of one value a claim is tried against, and how many
# mentions one figure may have: an article restates its toll a few times; a value
# written more often than this is a list's (a situation report's "40 dead" for
# place after place), not one figure.
RESTATED_TRIES = 8
MAX_MENTIONS = 6


def figures_of(block: list[Claim], known: list[Facts]) -> list[int]:
    """Each claim's figure: the index of the first claim of its article that states the
    same figure (the same role, value and unit of one named thing, or the same day,
    nothing keeping them apart), else its own index. ``block`` is in article order."""
    node = list(range(len(block)))
    mentions = [1] * len(block)
    seen: dict[tuple, list[int]] = {}
    for k, (c, f) in enumerate(zip(block, known)):
        if f.date and c.kind == ClaimKind.DATE:
            # one day dated twice by an article ("May 22, 2020" in its dateline, "Friday's
            # crash" below) is one figure whatever verb each hangs on; a reporting day is not
            if (f.measure or "") in REPORTING_VERBS:
                continue
            key = (c.article, "date", f.value.date, f.value.weekday)
        elif c.kind == ClaimKind.MONEY and f.value.size:
            # a sum and its rate ("45m euros a year - 865,000 euros a week") meet by their
            # yearly amount, to two significant digits; restated() then says if they are one
            key = (c.article, f.role, dimension(c.unit), float(f"{f.value.size:.2g}"))
        elif f.measure is None and f.head is None:
            continue
        else:
            key = (c.article, f.role, c.value, c.unit)
        for j in seen.get(key, ())[:RESTATED_TRIES]:
            if (mentions[node[j]] < MAX_MENTIONS and restated(block[j], c)
                    and (f.date or one_thing(known[j], f) or said_again(block[j], c, known[j], f))
                    and not kept_apart(block[j], c, known[j], f)):
                node[k] = node[j]
                mentions[node[j]] += 1
                break
        seen.setdefault(key, []).append(k)
    return node

