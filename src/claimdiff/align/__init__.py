"""Align: group claims that speak of the same thing, across articles.

Claims are first blocked by a key ``(kind family, unit dimension, measure family)``
so that only claims that could possibly be about the same thing are compared
pairwise (the work is quadratic within a block, never over all claims). Within
a block, pairs are scored on concept and context similarity and merged greedily,
best pair first, under complete linkage: every pair in a group must be
compatible and similar enough, so one vague claim cannot chain two unrelated
ones together.

Two claims from one article go into one group only when their measures are the
same and they are near-identical in concept and context (``SELF_THRESHOLD``):
then either the article repeats itself (judge treats that as one claim) or it
contradicts itself (judge reports it as such).

Modules, in the order a claim meets them: blocks.py (which claims may meet),
text.py (words, context, similarity), anchors.py (other events, holders),
values.py (what two values allow), sources.py (shared attribution), facts.py
(what a claim measures, read once; one property or two), admit.py (pair rules),
figures.py (an article's restatements of one figure), candidates.py (which pairs
are asked), cluster.py (grouping).
"""

from __future__ import annotations

from .facts import measure_relation  # noqa: F401
from .blocks import block_key, family, measure_family, measure_of, threshold  # noqa: F401
from .cluster import ClaimGroup, align  # noqa: F401
from .sources import shared_attribution  # noqa: F401
from .roles import role  # noqa: F401
from .text import content_words, similarity  # noqa: F401
from .values import verb_stem  # noqa: F401

__all__ = ["ClaimGroup", "align", "block_key", "content_words", "family", "measure_family", "measure_of",
           "measure_relation", "role", "shared_attribution", "similarity", "threshold", "verb_stem"]
