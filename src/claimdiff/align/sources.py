"""Shared sources for align and judge: do two claims cite the same source?

Split from align_text.py (words, context, similarity) to keep modules small;
align reads it when merging and judge when explaining a scope conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import _stem
from ..types import Claim

_ATTRIBUTION_NOISE = frozenset(
    """according assessment assessments report reports reported reporting claim claims claimed claiming
    said say says statement statements estimate estimates estimated official officials government data
    figure figures shared lawmaker lawmakers new latest source sources told a an the of to by""".split()
)
# Share of the smaller attribution's words the other must contain to count as the same source.
ATTRIBUTION_OVERLAP = 0.6


def attribution_words(attribution: str) -> list[str]:
    return list(_attribution_words(attribution))


# align asks for every pair of a block whose claims both carry a source
@lru_cache(maxsize=16384)
def _attribution_words(attribution: str) -> tuple[str, ...]:
    return tuple(w for w in _NAME_WORD.findall(attribution) if w.lower() not in _ATTRIBUTION_NOISE)


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def shared_attribution(a: Claim, b: Claim) -> str | None:
    """The source both claims cite ("South Korean intelligence"), or None.

    Normalized word overlap: the words of the shorter attribution, less report
    words, must be at least ``ATTRIBUTION_OVERLAP`` inside the longer one.
    """
    if not a.attribution or not b.attribution:
        return None
    wa, wb = _attribution_words(a.attribution), _attribution_words(b.attribution)
    if not wa or not wb:
        return None
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    long_set = {_stem(w.lower()) for w in long_}
    shared = [w for w in short if _stem(w.lower()) in long_set]
    if len(shared) / len(short) < ATTRIBUTION_OVERLAP:
        return None
    return " ".join(shared)
