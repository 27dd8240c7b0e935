"""Terminal report (rich): conflicts first with both quotes, then agreements, then single-source claims."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..types import Article, Claim, Finding, Verdict


def _quote(claim: Claim, article: Article | None, width: int = 240) -> Text:
    """The claim's sentence with the claim itself highlighted, trimmed around it."""
    sentence = claim.sentence or claim.text
    at = -1
    if article is not None and claim.sentence:
        base = article.text.rfind(claim.sentence, 0, claim.end)
        if base != -1 and base <= claim.start:
            at = claim.start - base
    if at < 0:
        at = max(sentence.find(claim.text), 0)
    before, hit, after = sentence[:at], sentence[at : at + len(claim.text)], sentence[at + len(claim.text) :]
    if len(before) > width // 2:
        before = "…" + before[-(width // 2) :]
    if len(after) > width // 2:
        after = after[: width // 2] + "…"
    text = Text("“")
    text.append(before.replace("\n", " "))
    text.append(hit, style="bold reverse")
    text.append(after.replace("\n", " "))
    text.append("”")
    return text


def _who(article: Article | None, article_id: str) -> str:
    if article is None:
        return article_id
    label = article.source or article.id
    date = article.published.isoformat() if article.published else "no date"
    return f"{label} ({date})"


def _figure(claim: Claim) -> str:
    extra = f" — {claim.basis}" if claim.basis else ""
    return f"{claim.text}{extra}"


def _finding_panel(f: Finding, articles: dict[str, Article]) -> Panel:
    body = Text()
    for claim in f.claims:
        art = articles.get(claim.article)
        body.append(f"{_who(art, claim.article)}: ", style="bold")
        body.append(_figure(claim) + "\n", style="cyan")
        if claim.attribution:
            body.append(f"  attributed to {claim.attribution}\n", style="dim")
        body.append("  ")
        body.append(_quote(claim, art))
        body.append("\n")
    body.append("Why: ", style="bold")
    body.append(f.explanation)
    title = f"[bold red]CONFLICT[/] {escape(f.code)} {escape(f.name)} — {escape(f.topic)}"
    if f.self_contradiction:
        title += " [yellow](article contradicts itself)[/]"
    return Panel(body, title=title, title_align="left", subtitle=f"confidence {f.confidence:.2f}", subtitle_align="right")


def render(report, color: bool = False, width: int = 100, **_: Any) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False)
    summary = report.summary()
    for story in report.stories:
        articles = {a.id: a for a in story.articles}
        conflicts = [f for f in story.findings if f.verdict is Verdict.CONFLICT]
        agrees = [f for f in story.findings if f.verdict is Verdict.AGREE]
        singles = [f for f in story.findings if f.verdict is Verdict.SINGLE_SOURCE]
        console.print(
            f"[bold]{escape(story.name)}[/]: {len(story.articles)} articles · "
            f"[red]{len(conflicts)} conflict(s)[/] · [green]{len(agrees)} agree[/] · "
            f"{len(singles)} single-source"
        )
        for f in conflicts:
            console.print(_finding_panel(f, articles))
        if agrees:
            console.print("[bold green]Agreements[/]")
            for f in agrees:
                figures = " = ".join(f"{c.text} ({_who(articles.get(c.article), c.article)})" for c in f.claims)
                console.print(f"  ✓ {escape(f.topic)}: {escape(figures)}")
        if singles:
            table = Table(title="Claims made by one source only", title_justify="left", show_lines=False)
            table.add_column("topic")
            table.add_column("figure")
            table.add_column("source")
            table.add_column("attribution")
            for f in singles:
                c = f.claims[0]
                table.add_row(f.topic, _figure(c), _who(articles.get(c.article), c.article), c.attribution or "")
            console.print(table)
        console.print()
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    console.print(
        f"Total: {summary['conflict']} conflict(s), {summary['agree']} agreement(s), "
        f"{summary['single_source']} single-source claim(s). Pipeline: {report.tool['pipeline'].get('name')} "
        f"{report.tool['pipeline'].get('version')} ({report.tool['pipeline'].get('package')})"
    )
    return buf.getvalue()
