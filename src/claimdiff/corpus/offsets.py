"""Offset runs between a text and the text it was cut from.

A run is ``(target_start, source_start, length)``: ``target[t:t+length] ==
source[s:s+length]``. Every cleaning step here only *deletes* characters, so a
step is fully described by the ranges it deletes, and chaining steps is run
composition. That keeps ``Article.offsets`` exact, which the GitHub and SARIF
formats rely on to point at a line in the original file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

Run = tuple[int, int, int]


def identity(text: str) -> tuple[Run, ...]:
    return ((0, 0, len(text)),) if text else ()


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, non-empty half-open ranges."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def delete(source: str, deletions: Iterable[tuple[int, int]]) -> tuple[str, tuple[Run, ...]]:
    """``source`` without the deleted ranges, and the runs mapping the result back."""
    pieces: list[str] = []
    runs: list[Run] = []
    pos = 0
    out_len = 0
    for start, end in merge_ranges(deletions) + [(len(source), len(source))]:
        start, end = max(start, 0), min(end, len(source))
        if start > pos:
            pieces.append(source[pos:start])
            runs.append((out_len, pos, start - pos))
            out_len += start - pos
        pos = max(pos, end)
    return "".join(pieces), tuple(runs)


def _coalesce(runs: Iterable[Run]) -> tuple[Run, ...]:
    out: list[Run] = []
    for t, s, n in runs:
        if n <= 0:
            continue
        if out:
            pt, ps, pn = out[-1]
            if pt + pn == t and ps + pn == s:
                out[-1] = (pt, ps, pn + n)
                continue
        out.append((t, s, n))
    return tuple(out)


def compose(outer: Sequence[Run], inner: Sequence[Run]) -> tuple[Run, ...]:
    """Runs text->raw from runs text->mid (``outer``) and mid->raw (``inner``).

    Parts of ``text`` whose ``mid`` characters have no raw origin stay unmapped.
    """
    inner = sorted(inner)
    starts = [r[0] for r in inner]
    out: list[Run] = []
    for t, m, n in outer:
        i = max(bisect.bisect_right(starts, m) - 1, 0)
        while i < len(inner) and inner[i][0] < m + n:
            m2, r2, n2 = inner[i]
            lo, hi = max(m, m2), min(m + n, m2 + n2)
            if hi > lo:
                out.append((t + lo - m, r2 + lo - m2, hi - lo))
            i += 1
    return _coalesce(out)


# Characters that markup formats commonly escape (HTML entities, JSON escapes),
# so a piece of extracted text is searched for between them.
_ESCAPED = re.compile(r"[\n&<>\"'\\/\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026]")
_MIN_PIECE = 4


def locate(text: str, raw: str) -> tuple[Run, ...]:
    """Best-effort runs for ``text`` extracted from markup ``raw`` (HTML, JSON).

    Pieces of ``text`` between commonly escaped characters are searched for in
    order in ``raw``. A piece not found verbatim (the extractor collapsed the
    markup's line wrapping, say) is mapped word by word, each word looked for
    just after the previous one. Every run is exact; text that only exists
    after unescaping stays unmapped. Searches are bounded, so this stays
    linear on large files.
    """
    runs: list[Run] = []
    cursor = 0
    pos = 0
    mapped_to = -1  # end (in text) of the last mapped piece
    for match in list(_ESCAPED.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        piece = text[pos:end]
        if mapped_to == pos and piece and raw.startswith(piece, cursor):
            found = cursor  # continues the previous run: short pieces are safe here
        elif len(piece.strip()) >= _MIN_PIECE:
            found = raw.find(piece, cursor, cursor + _FAR + len(piece))
        else:
            found = -1
        if found >= 0:
            runs.append((pos, found, len(piece)))
            cursor = found + len(piece)
            mapped_to = end
        elif piece.strip():
            cursor, mapped = _words(piece, pos, raw, cursor, runs)
            mapped_to = end if mapped else -1
        if match and mapped_to == end and raw.startswith(match.group(), cursor):
            # the separator itself, when the markup left it unescaped
            runs.append((end, cursor, len(match.group())))
            cursor += len(match.group())
            mapped_to = match.end()
        pos = match.end() if match else len(text)
    return _coalesce(runs)


_FAR = 1_000_000  # how far ahead a whole piece is looked for
_NEAR = 300  # how far ahead the next word of a re-wrapped piece is looked for


def _words(piece: str, offset: int, raw: str, cursor: int, runs: list[Run]) -> tuple[int, bool]:
    """Map ``piece`` word by word; returns the new cursor and whether its last word mapped."""
    mapped = False
    for word in re.finditer(r"\S+", piece):
        w = word.group()
        near = raw.find(w, cursor, cursor + _NEAR + len(w)) if (mapped or len(w) >= _MIN_PIECE) else -1
        if near < 0 and len(w) >= _MIN_PIECE and not mapped:
            near = raw.find(w, cursor, cursor + _FAR + len(w))
        mapped = near >= 0
        if mapped:
            runs.append((offset + word.start(), near, len(w)))
            cursor = near + len(w)
    return cursor, mapped
