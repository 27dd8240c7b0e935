"""Markdown syntax as deletions, so the prose keeps exact offsets.

Only the markup goes: heading and quote markers, list bullets, emphasis and
code marks, link targets (the link text stays), image syntax (the alt text
stays, like a caption), HTML tags and comments, fences, rules, reference
definitions. Tables keep their cells and lose nothing else.
"""

from __future__ import annotations

import re

_LINE_RULES = [
    re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE),  # ATX heading marker
    re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE),  # closing hashes
    re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE),  # block quote
    re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)", re.MULTILINE),  # bullet
]
_WHOLE_LINES = re.compile(
    r"^[ \t]*(?:(?:[-*_][ \t]*){3,}|=+|-+|```.*|~~~.*|\[[^\]\n]+\]:[ \t]*\S+.*)[ \t]*(?:\n|$)",
    re.MULTILINE,
)
_IMAGE = re.compile(r"(!\[)([^\]\n]*)(\]\([^)\n]*\))")
_LINK = re.compile(r"(?<!!)(\[)([^\]\n]+)(\](?:\([^)\n]*\)|\[[^\]\n]*\]))")
_EMPHASIS = [
    re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])(\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])(_)(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"),
    re.compile(r"(`+)([^`\n]+?)\1"),
    re.compile(r"(~~)(?=\S)([^\n]+?)(?<=\S)~~"),
]
_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.DOTALL)
_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def markdown_deletions(body: str) -> tuple[list[tuple[int, int]], str | None]:
    """Ranges of ``body`` that are Markdown syntax, and the first level-1 heading."""
    out: list[tuple[int, int]] = []
    for rule in _LINE_RULES:
        out.extend(m.span() for m in rule.finditer(body))
    out.extend(m.span() for m in _WHOLE_LINES.finditer(body))
    for rule in (_IMAGE, _LINK):
        for m in rule.finditer(body):
            out.append(m.span(1))
            out.append(m.span(3))
    for rule in _EMPHASIS:
        for m in rule.finditer(body):
            mark = len(m.group(1))
            out.append((m.start(), m.start() + mark))
            out.append((m.end() - mark, m.end()))
    out.extend(m.span() for m in _HTML.finditer(body))
    h1 = _H1.search(body)
    heading = _plain(h1.group(1)) if h1 else None
    return out, heading or None


def _plain(text: str) -> str:
    """Heading text without inline markup, as the cleaned text shows it."""
    text = _IMAGE.sub(lambda m: m.group(2), text)
    text = _LINK.sub(lambda m: m.group(2), text)
    for rule in _EMPHASIS:
        text = rule.sub(lambda m: m.group(2), text)
    return _HTML.sub("", text).strip()
