"""Terminal report (rich): a summary line, the story's shared origins, conflicts
first with both quotes, each with its timeline and the origins behind each value
(updated figures, then possible conflicts, after the sure ones), then agreements
one line each, then single-source claims in a table.

NOTE: without colour (--no-color, NO_COLOR, a pipe or a file) the claim inside
its quote is marked with ** so the highlight survives as text.
"""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ._common import (
    by_verdict, conflict_count, conflict_sections, figure, plural as _plural, quote_parts, source_label,
    support_line, timeline_rows, who,
)
from ..types import Article, Claim, Finding, Verdict


def _quote(claim: Claim, article: Article | None, color: bool) -> Text:
    before, hit, after = quote_parts(claim, article)
    text = Text("“" + before)
    text.append(hit if color else f"**{hit}**", style="bold reverse" if color else "")
    text.append(after + "”")
    return text


def _conflict(f: Finding, articles: dict[str, Article], color: bool) -> Panel:
    rows: list[Any] = []
    for claim in f.claims:
        art = articles.get(claim.article)
        head = Text()
        head.append(who(art, claim.article), style="bold")
        head.append(": ")
        head.append(figure(claim), style="bold cyan")
        if claim.attribution:
            head.append(f"  (attributed to {claim.attribution})", style="dim")
        rows.append(head)
        rows.append(Padding(_quote(claim, art, color), (0, 0, 0, 2)))
    why = Text("Why: ", style="bold")
    why.append(f.explanation)
    rows.append(why)
    if f.timeline:
        rows.append(_timeline(f, articles))
    if support_line(f):
        sources = Text("Sources: ", style="bold")
        sources.append(support_line(f))
        rows.append(sources)
    label = ("[bold yellow]POSSIBLE CONFLICT[/]" if f.possible else
             "[bold blue]UPDATED[/]" if f.change == "update" else "[bold red]CONFLICT[/]")
    title = f"{label} {escape(f.code)} {escape(f.name)} — [bold]{escape(f.topic)}[/]"
    if f.self_contradiction:
        title += " [yellow](the article contradicts itself)[/]"
    return Panel(Group(*rows), title=title, title_align="left",
                 subtitle=f"confidence {f.confidence:.2f}", subtitle_align="right")


def _timeline(f: Finding, articles: dict[str, Article]) -> Table:
    """The figure day by day, one line per source."""
    table = Table(title="Timeline", title_justify="left", title_style="bold", box=None, show_header=False,
                  pad_edge=False, padding=(0, 2, 0, 0))
    for day, value, source, change in timeline_rows(f, articles):
        table.add_row(day, value, source, "" if change in ("first", "same") else change)
    return table


def _origins(story) -> str | None:  # type: ignore[no-untyped-def]
    """'Origins: 7 articles from 5 origins; AP: cbc, theweek (credit)', when any is shared."""
    shared = [o for o in story.origins if o.how != "own"]
    if not shared:
        return None
    listed = "; ".join(f"{o.name}: {', '.join(o.articles)} ({'copies' if o.how == 'copy' else 'credited'})"
                       for o in shared)
    return f"Origins: {_plural(len(story.articles), 'article')} from {_plural(len(story.origins), 'origin')}; {listed}"


def _summary(findings: list[Finding], stories: int, articles: int) -> str:
    groups = by_verdict(findings)
    return (f"[bold red]{conflict_count(groups[Verdict.CONFLICT])}[/] · "
            f"[green]{_plural(len(groups[Verdict.AGREE]), 'agreement')}[/] · "
            f"{_plural(len(groups[Verdict.SINGLE_SOURCE]), 'single-source claim')} "
            f"in {_plural(stories, 'story', 'stories')} ({_plural(articles, 'article')})")


def render(report, color: bool = False, width: int = 100, **_: Any) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, legacy_windows=False)
    console.print(_summary(report.findings, len(report.stories), len(report.articles)))
    for story in report.stories:
        articles = {a.id: a for a in story.articles}
        groups = by_verdict(story.findings)
        console.print()
        if len(report.stories) > 1:
            console.print(f"[bold underline]{escape(story.name)}[/]: "
                          + _summary(list(story.findings), 1, len(story.articles)))
        origins = _origins(story)
        if origins:
            console.print(f"[dim]{escape(origins)}[/]")
        for title, note, listed in conflict_sections(groups[Verdict.CONFLICT]):
            if note:
                console.print(f"[bold]{escape(title)}[/] [dim]({escape(note)})[/]")
            for f in listed:
                console.print(_conflict(f, articles, color))
        if groups[Verdict.AGREE]:
            console.print("[bold green]Agreements[/]")
            for f in groups[Verdict.AGREE]:
                figures = " = ".join(f"{c.text} ({source_label(articles.get(c.article), c.article)})"
                                     for c in f.claims)
                console.print(f"  ✓ [bold]{escape(f.topic)}[/]: {escape(figures)}", soft_wrap=False)
                console.print(f"    [dim]{escape(f.explanation)}[/]")
                if support_line(f):
                    console.print(f"    [dim]Sources: {escape(support_line(f))}[/]")
        if groups[Verdict.SINGLE_SOURCE]:
            table = Table(title="Claims made by one source only", title_justify="left",
                          title_style="bold", expand=False)
            for column in ("topic", "figure", "source", "attribution"):
                table.add_column(column, overflow="fold")
            for f in groups[Verdict.SINGLE_SOURCE]:
                c = f.claims[0]
                table.add_row(f.topic, figure(c), who(articles.get(c.article), c.article), c.attribution or "")
            console.print(table)
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    pipeline = report.tool.get("pipeline", {})
    console.print(f"[dim]claimdiff {escape(str(report.tool.get('version', '')))} · pipeline "
                  f"{escape(str(pipeline.get('name')))} {escape(str(pipeline.get('version')))} "
                  f"({escape(str(pipeline.get('package')))})[/]")
    return buf.getvalue()
