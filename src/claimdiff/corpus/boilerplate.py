"""Publisher boilerplate removal by general rules.

Every rule only deletes characters (see offsets.py), so cleaned text maps back
to the file exactly. The rules, each tested on text written for the tests:

* appeals: a run of sentences dominated by donation / subscription / paywall
  cue phrases is dropped whole (see ``appeals.py``);
* share, related-link and advertisement lines ("Share this article",
  "Related: ...", "Advertisement") are dropped;
* photo-gallery caption markers ("open image in gallery", "Photo:") are
  dropped but the caption is kept, because captions carry dates; an agency
  credit in parentheses at the end of a caption line goes with the marker;
* a line that exactly repeats the headline is dropped (the first copy stays);
* whitespace: leading/trailing blank space, runs of blank lines, and runs of
  spaces are squeezed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .appeals import appeal_ranges
from .offsets import Run, compose, delete

_SHARE_LINE = re.compile(
    r"(?:share (?:this|on|via)\b.{0,60}|share|related(?: articles?| stories| content| coverage| reading)?"
    r"(?:\s*:.{0,200})?|advertisement|advert|ad|sponsored(?: content)?|read more\s*:.{0,200}"
    r"|more on this story|most (?:read|popular|viewed)|recommended(?: for you)?"
    r"|skip (?:to|advert)\b.{0,40}|(?:click|tap) here\b.{0,60}|follow us on\b.{0,60}|copy link"
    r"|(?:e-?mail|print|tweet|facebook|twitter|whatsapp|linkedin)(?: this)?(?: article| story)?"
    r"|listen to (?:this|the) (?:article|story)\b.{0,40}|(?:story )?continues? (?:below|after) (?:this )?advert\w*"
    r"|continue reading\b.{0,40}|scroll (?:down )?to continue.{0,40}|(?:image|media|video) source\s*[,:].{0,60}"
    r"|getty images|(?:ap|reuters|afp|pa) ?(?:photo|images?)?)[\s.!:|]*",
    re.IGNORECASE,
)
_MAX_SHARE_WORDS = 20
_CAPTION_MARKER = re.compile(
    r"(?:open image in gallery|view (?:image in )?gallery|view image in fullscreen|enlarge this image"
    r"|toggle caption|(?:image|media|video) caption\s*,?|expand image|(?:photo(?:graph)?|image|picture|caption)\s*:)"
    r"[\s:|\-]*",
    re.IGNORECASE,
)
# An agency or photographer credit closing a caption: "(Getty Images)",
# "( KCNA via KNS )", "(AP Photo/Jane Doe)", "(Photo: Reuters)".
_CREDIT = re.compile(
    r"\s*\(\s*[^()\n]{0,80}?\b(?:via|getty|images?|photo|photograph|reuters|afp|ap|epa|pa|"
    r"shutterstock|alamy|courtesy|credit|handout|file)\b[^()\n]{0,80}\)[ \t]*$",
    re.IGNORECASE,
)
# Credits that are unmistakable even on a line without a caption marker.
_STRONG_CREDIT = re.compile(
    r"\s*\((?:\s*(?:[\w.]+ )?(?:via )?(?:getty images|ap photo[^()\n]{0,60}|afp(?: via getty images)?|"
    r"reuters|epa(?:-efe)?|shutterstock|alamy|pa wire|pa media)\s*)\)[ \t]*$",
    re.IGNORECASE,
)


# A trailing credit after a caption sentence: "... on Tuesday. Photograph: Jane Doe/Reuters".
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\"\u201d] )(?:Photograph|Photo|Picture|Image|Credit)s?\s*:\s*[^.\n]{1,80}?[ \t]*$"
)


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, without its newline."""
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        yield pos, end
        pos = end + 1


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\ufeff":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return start, end


def line_rules(text: str, title: str | None) -> list[tuple[int, int]]:
    """Deletions for share/related lines, caption markers and headline repeats."""
    out: list[tuple[int, int]] = []
    seen_title = False
    for start, end in lines(text):
        s, e = _strip_span(text, start, end)
        if s == e:
            continue
        content = text[s:e]
        whole_line = (start, min(end + 1, len(text)))
        if title and content == title:
            if seen_title:
                out.append(whole_line)
            seen_title = True
            continue
        if len(content.split()) <= _MAX_SHARE_WORDS and _SHARE_LINE.fullmatch(content):
            out.append(whole_line)
            continue
        marker = _CAPTION_MARKER.match(content)
        if marker:
            out.append((s, s + marker.end()))
            credit = _CREDIT.search(content, marker.end())
        else:
            credit = _STRONG_CREDIT.search(content)
        if credit and credit.start() > (marker.end() if marker else 0):
            out.append((s + credit.start(), e))
        trailing = _TRAILING_CREDIT.search(content)
        if trailing:
            out.append((s + trailing.start() - 1, e))
    return out


def whitespace_rules(text: str) -> list[tuple[int, int]]:
    """Deletions that squeeze the blank space other deletions leave behind."""
    out: list[tuple[int, int]] = []
    lead = len(text) - len(text.lstrip())
    out.append((0, lead))
    out.append((len(text.rstrip()), len(text)))
    for m in re.finditer(r"[ \t\r\f\v\u00a0]+(?=\n)", text):  # trailing space on a line
        out.append(m.span())
    for m in re.finditer(r"\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)+", text):  # 2+ blank lines -> 1
        nl = text.index("\n", m.start() + 1)
        out.append((nl + 1, m.end()))
    for m in re.finditer(r"(?<=\S)[ \t]{2,}(?=\S)", text):  # runs of spaces inside a line
        out.append((m.start() + 1, m.end()))
    for m in re.finditer(r"(?<=\n)[ \t]+", text):  # indentation
        out.append(m.span())
    return out


def clean(text: str, runs: tuple[Run, ...], title: str | None = None) -> tuple[str, tuple[Run, ...]]:
    """Boilerplate-free ``text`` and its runs composed onto ``runs`` (text->raw)."""
    step1, r1 = delete(text, line_rules(text, title))
    step2, r2 = delete(step1, appeal_ranges(step1))
    step3, r3 = delete(step2, whitespace_rules(step2))
    return step3, compose(r3, compose(r2, compose(r1, runs)))


def guess_title(text: str) -> str | None:
    """A headline at the top of an article that has no title header.

    Among the first three non-blank lines, the first that is short (3 to 25
    words), does not end like a sentence (. , ; :) and is either repeated
    exactly later in the article or followed by a blank line. A first line
    followed by prose on the next line is more often a lede than a headline,
    hence the repeat / blank-line condition.
    """
    spans = [(s, e) for s, e in (_strip_span(text, *se) for se in lines(text))]
    nonblank = [i for i, (s, e) in enumerate(spans) if e > s]
    for i in nonblank[:3]:
        s, e = spans[i]
        candidate = text[s:e]
        if not 3 <= len(candidate.split()) <= 25 or candidate.endswith((".", ",", ";", ":")):
            continue
        repeated = any(text[a:b] == candidate for a, b in spans[i + 1:])
        blank_after = i + 1 < len(spans) and spans[i + 1][0] == spans[i + 1][1]
        if repeated or blank_after:
            return candidate
    return None
