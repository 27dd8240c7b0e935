"""Markdown for a newsroom ticket or a pull-request comment (GitHub-flavoured).

NOTE: every piece of article text is escaped: quotes routinely hold '*', '_',
'|', '<' or '$' (GitHub renders $…$ as math), which would otherwise reformat
the comment. Conflicts get both quotes with the figure in bold, a timeline table
and the origins behind each value; agreements one line each; single-source
claims a table.
"""

from __future__ import annotations

import re
from typing import Any

from ._common import (
    by_verdict, conflict_count, conflict_sections, figure, plural as _plural, quote_parts, source_label,
    support_line, timeline_rows, who,
)
from ..types import Verdict

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def md(text: str) -> str:
    """Escape text so Markdown shows it as written, on one line."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _quote(claim, article) -> str:  # type: ignore[no-untyped-def]
    before, hit, after = quote_parts(claim, article)
    # <b> rather than **: CommonMark will not close ** between punctuation and a letter.
    return f"“{md(before).lstrip()}<b>{md(hit)}</b>{md(after).rstrip()}”"


def _counts(findings) -> str:  # type: ignore[no-untyped-def]
    groups = by_verdict(findings)
    return (f"**{conflict_count(groups[Verdict.CONFLICT])}** · "
            f"{_plural(len(groups[Verdict.AGREE]), 'agreement')} · "
            f"{_plural(len(groups[Verdict.SINGLE_SOURCE]), 'single-source claim')}")


def _story(story, level: str) -> list[str]:  # type: ignore[no-untyped-def]
    articles = {a.id: a for a in story.articles}
    groups = by_verdict(story.findings)
    sources = ", ".join(md(who(a, a.id)) for a in story.articles)
    out = [f"{level} {md(story.name)}", "", f"{_counts(story.findings)} — {_plural(len(story.articles), 'article')}: {sources}", ""]
    shared = [o for o in story.origins if o.how != "own"]
    if shared:
        out += [f"Origins: {_plural(len(story.origins), 'origin')} — " + "; ".join(
            f"{md(o.name)}: {md(', '.join(o.articles))} ({'copies' if o.how == 'copy' else 'credited'})"
            for o in shared), ""]
    for title, note, listed in conflict_sections(groups[Verdict.CONFLICT]):
        out += [f"{level}# {title}", ""]
        if note:
            out += [note, ""]
        for n, f in enumerate(listed, start=1):
            flag = " (the article contradicts itself)" if f.self_contradiction else ""
            out += [f"{n}. **{md(f.topic)}** — `{f.code}` {md(f.name)}{flag}, confidence {f.confidence:.2f}", ""]
            for c in f.claims:
                art = articles.get(c.article)
                said = f", attributed to {md(c.attribution)}" if c.attribution else ""
                out.append(f"   - **{md(who(art, c.article))}**: {md(figure(c))}{said}  ")
                out.append(f"     {_quote(c, art)}")
            out += ["", f"   > {md(f.explanation)}", ""]
            if f.timeline:
                out += ["   | day | figure | source | change |", "   |---|---|---|---|"]
                out += [f"   | {md(d)} | {md(v)} | {md(s)} | {md(c)} |" for d, v, s, c in timeline_rows(f, articles)]
                out.append("")
            if support_line(f):
                out += [f"   Sources: {md(support_line(f))}", ""]
    if groups[Verdict.AGREE]:
        out += [f"{level}# Agreements", ""]
        for f in groups[Verdict.AGREE]:
            figures = " = ".join(f"{md(c.text)} ({md(source_label(articles.get(c.article), c.article))})"
                                 for c in f.claims)
            out.append(f"- **{md(f.topic)}**: {figures} — {md(f.explanation)}")
        out.append("")
    if groups[Verdict.SINGLE_SOURCE]:
        # Folded: in a ticket or PR comment the conflicts are what must be seen first.
        n = len(groups[Verdict.SINGLE_SOURCE])
        out += [f"{level}# Claims made by one source only", "",
                f"<details><summary>{_plural(n, 'claim')} no other article makes</summary>", "",
                "| topic | figure | source | attribution |", "|---|---|---|---|"]
        for f in groups[Verdict.SINGLE_SOURCE]:
            c = f.claims[0]
            out.append(f"| {md(f.topic)} | {md(figure(c))} | {md(who(articles.get(c.article), c.article))} "
                       f"| {md(c.attribution or '')} |")
        out += ["", "</details>", ""]
    return out


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    stories = report.stories
    out = ["## claimdiff report", ""]
    if len(stories) > 1:
        out += [f"{_plural(len(stories), 'story', 'stories')} · {_counts(report.findings)}", ""]
    for story in stories:
        out += _story(story, "###")
    if report.warnings:
        out += ["<details><summary>Warnings</summary>", ""]
        out += [f"- {md(w)}" for w in report.warnings]
        out += ["", "</details>", ""]
    pipeline = report.tool.get("pipeline", {})
    out.append(f"<sub>claimdiff {md(str(report.tool.get('version', '')))} · "
               f"{md(str(pipeline.get('name', '')))} {md(str(pipeline.get('version', '')))}</sub>")
    return "\n".join(out) + "\n"
