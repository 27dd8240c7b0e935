"""One self-contained HTML page: findings on top, the articles side by side below,
every claim highlighted in place and every finding linked to its spans.

NOTE: the page makes no external request: CSS and script are inlined from
report/assets/, no web fonts, no images. It reads fine with script off (the
finding -> span links are plain anchors); the script adds filters, links back
from each span to its findings, and highlights both sides of a finding.
NOTE: ids are derived from content (story index, article id, offsets; finding
ids from judge), so the same input gives the same bytes and stable links.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from typing import Any

from ._common import (
    by_verdict, claim_anchor, conflict_count, conflict_sections, display_path, figure, plural, quote_parts,
    source_label, support_line, timeline_rows, who,
)
from .svg_timeline import step_chart
from ..types import Article, Claim, Finding, Story, Verdict

_LABEL = {Verdict.CONFLICT: "CONFLICT", Verdict.AGREE: "AGREE", Verdict.SINGLE_SOURCE: "ONE SOURCE"}
_RANK = {Verdict.CONFLICT: 0, Verdict.AGREE: 1, Verdict.SINGLE_SOURCE: 2}


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class _Ids:
    """Anchor ids of one story: spans by claim position, findings by judge's id (made unique)."""

    def __init__(self, prefix: str, story: Story) -> None:
        self.prefix = prefix
        texts = {a.id: a.text for a in story.articles}
        # A span gets an id only if it can be marked in its article, so every link resolves.
        self.placeable = {
            (c.article, c.start, c.end)
            for f in story.findings for c in f.claims
            if c.article in texts and 0 <= c.start < c.end <= len(texts[c.article])
        }
        self.finding: dict[int, str] = {}
        used: set[str] = set()
        for f in story.findings:
            base = f"{prefix}-f-" + "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in f.id)
            fid, n = base, 1
            while fid in used:
                n += 1
                fid = f"{base}-{n}"
            used.add(fid)
            self.finding[id(f)] = fid

    def span(self, claim: Claim) -> str | None:
        if (claim.article, claim.start, claim.end) not in self.placeable:
            return None
        return claim_anchor(claim, self.prefix)


def _quote(claim: Claim, article: Article | None) -> str:
    before, hit, after = quote_parts(claim, article)
    return f"<q>{_e(before)}<b>{_e(hit)}</b>{_e(after)}</q>"


def _finding(f: Finding, articles: dict[str, Article], ids: _Ids) -> str:
    spans = [s for s in (ids.span(c) for c in f.claims) if s]
    items = []
    for c in f.claims:
        art = articles.get(c.article)
        anchor = ids.span(c)
        label = _e(who(art, c.article))
        link = f'<a class="jump" href="#{anchor}">{label}</a>' if anchor else label
        said = f' <span class="meta">attributed to {_e(c.attribution)}</span>' if c.attribution else ""
        items.append(f"<li>{link}: <strong>{_e(figure(c))}</strong>{said}<br>{_quote(c, art)}</li>")
    flag = ' <span class="meta">(the article contradicts itself)</span>' if f.self_contradiction else ""
    badge = "POSSIBLE CONFLICT" if f.possible else "UPDATED" if f.change == "update" else _LABEL[f.verdict]
    extra = " possible" if f.possible else " update" if f.change == "update" else ""
    return (
        f'<li class="finding {f.verdict.value}{extra}" id="{ids.finding[id(f)]}" tabindex="0" '
        f'data-spans="{" ".join(spans)}" data-code="{_e(f.code)}" data-topic="{_e(f.topic)}">'
        f'<h3><span class="badge">{badge}</span> {_e(f.topic)} '
        f'<code>{_e(f.code)}</code> <span class="meta">{_e(f.name)}</span>{flag} '
        f'<span class="conf">confidence {f.confidence:.2f}</span></h3>'
        f'<ul class="claims">{"".join(items)}</ul><p class="why">{_e(f.explanation)}</p>'
        f"{_timeline(f, articles)}{_support(f)}</li>"
    )


def _timeline(f: Finding, articles: dict[str, Article]) -> str:
    """The step chart beside a table of the figure day by day (shown for conflicts)."""
    if not f.timeline or f.verdict != Verdict.CONFLICT:
        return ""
    rows = "".join(f"<tr><td>{_e(d)}</td><td>{_e(v)}</td><td>{_e(s)}</td><td>{_e(c)}</td></tr>"
                   for d, v, s, c in timeline_rows(f, articles))
    return (f'<div class="timeline">{step_chart(f)}<table class="timeline-table"><thead><tr><th>day</th>'
            f"<th>figure</th><th>source</th><th>change</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _support(f: Finding) -> str:
    line = support_line(f)
    return f'<p class="support meta">Sources: {_e(line)}</p>' if line else ""


def _singles(findings: list[Finding], articles: dict[str, Article], ids: _Ids) -> str:
    rows = []
    for f in findings:
        c = f.claims[0]
        anchor = ids.span(c)
        fig = _e(figure(c))
        cell = f'<a class="jump" href="#{anchor}">{fig}</a>' if anchor else fig
        rows.append(
            f'<tr class="finding single_source" id="{ids.finding[id(f)]}" data-spans="{anchor or ""}">'
            f"<td>{_e(f.topic)}</td><td>{cell}</td><td>{_e(source_label(articles.get(c.article), c.article))}</td>"
            f"<td>{_e(c.attribution or '')}</td></tr>"
        )
    return (
        '<h3 class="singles-title">Claims made by one source only</h3><table class="singles">'
        "<thead><tr><th>topic</th><th>figure</th><th>source</th><th>attribution</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _marked(article: Article, story: Story, ids: _Ids) -> str:
    """The article's cleaned text with each claim span wrapped in <mark>.

    Spans are nested when one holds another; a span that crosses another's end
    is cut there (its id stays on the part that is marked).
    """
    spans: dict[tuple[int, int], tuple[str, Verdict, list[str]]] = {}
    for f in story.findings:
        for c in f.claims:
            anchor = ids.span(c)
            if c.article != article.id or anchor is None:
                continue
            key = (c.start, c.end)
            _, verdict, titles = spans.get(key, (anchor, f.verdict, []))
            best = min(verdict, f.verdict, key=_RANK.__getitem__)
            spans[key] = (anchor, best, titles + [f"{f.code} {f.name}: {f.topic}"])
    text, out, pos, stack = article.text, [], 0, []
    for (start, end), (anchor, verdict, titles) in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        while stack and stack[-1] <= start:
            out.append(_e(text[pos:stack[-1]]) + "</mark>")
            pos = stack.pop()
        if stack:
            end = min(end, stack[-1])
        out.append(_e(text[pos:start]))
        out.append(f'<mark class="claim {verdict.value}" id="{anchor}" title="{_e("; ".join(titles))}">')
        pos = start
        stack.append(end)
    while stack:
        out.append(_e(text[pos:stack[-1]]) + "</mark>")
        pos = stack.pop()
    out.append(_e(text[pos:]))
    return "".join(out)


def _story(index: int, story: Story) -> str:
    ids = _Ids(f"s{index}", story)
    articles = {a.id: a for a in story.articles}
    groups = by_verdict(story.findings)
    parts = [
        f'<section class="story" id="s{index}"><h2>{_e(story.name)}</h2>',
        f'<p class="summary">{conflict_count(groups[Verdict.CONFLICT])} · '
        f'{plural(len(groups[Verdict.AGREE]), "agreement")} · '
        f'{plural(len(groups[Verdict.SINGLE_SOURCE]), "single-source claim")} · '
        f'{plural(len(story.articles), "article")}</p>',
    ]
    shared = [o for o in story.origins if o.how != "own"]
    if shared:
        parts.append(f'<p class="origins meta">Origins: {plural(len(story.origins), "origin")} for '
                     f'{plural(len(story.articles), "article")} — ' + "; ".join(
                         f"{_e(o.name)}: {_e(', '.join(o.articles))} ({'copies' if o.how == 'copy' else 'credited'})"
                         for o in shared) + "</p>")
    for title, note, listed in conflict_sections(groups[Verdict.CONFLICT]):
        if note:
            css = "possible-title" if title.startswith("Possible") else "update-title"
            parts.append(f'<h3 class="{css}">{_e(title)} <span class="meta">({_e(note)})</span></h3>')
        parts.append('<ol class="findings">' + "".join(_finding(f, articles, ids) for f in listed) + "</ol>")
    if groups[Verdict.AGREE]:
        parts.append('<ol class="findings">' + "".join(_finding(f, articles, ids) for f in groups[Verdict.AGREE])
                     + "</ol>")
    if groups[Verdict.SINGLE_SOURCE]:
        parts.append(_singles(groups[Verdict.SINGLE_SOURCE], articles, ids))
    docs = []
    for a in story.articles:
        meta = " · ".join(x for x in (a.published.isoformat() if a.published else "no date", display_path(a.path)) if x)
        title = f'<p class="meta">{_e(a.title)}</p>' if a.title else ""
        docs.append(
            f'<article class="doc" id="s{index}-a-{_e(claim_anchor_id(a.id))}"><h3>{_e(a.source or a.id)}</h3>'
            f'<p class="meta">{_e(meta)}</p>{title}<div class="text">{_marked(a, story, ids)}</div></article>'
        )
    parts.append('<div class="articles">' + "".join(docs) + "</div></section>")
    return "".join(parts)


def claim_anchor_id(article_id: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in article_id)


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    summary = report.summary()
    names = ", ".join(s.name for s in report.stories)
    pipeline = report.tool.get("pipeline", {})
    warnings = "".join(f"<li>{_e(w)}</li>" for w in report.warnings)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # the mark claimdiff knows its own reports by (corpus/own_output.py), should one sit among articles
        f'<meta name="generator" content="claimdiff {_e(str(report.tool.get("version", "")))}">'
        f"<title>claimdiff report — {_e(names)}</title>"
        f"<style>\n{_asset('report.css')}</style></head>\n<body>"
        '<header class="page"><h1>claimdiff report</h1>'
        f'<p class="summary">{plural(summary["conflict"], "conflict")} · {plural(summary["agree"], "agreement")} · '
        f'{plural(summary["single_source"], "single-source claim")} in '
        f'{plural(len(report.stories), "story", "stories")}</p>'
        '<div id="cd-controls"></div></header>\n<main>'
        + "\n".join(_story(i, s) for i, s in enumerate(report.stories, start=1))
        + (f'<section class="warnings"><h2>Warnings</h2><ul>{warnings}</ul></section>' if warnings else "")
        + f"</main>\n<footer>claimdiff {_e(report.tool.get('version', ''))} · pipeline "
        f"{_e(pipeline.get('name', ''))} {_e(pipeline.get('version', ''))}</footer>\n"
        f"<script>\n{_asset('report.js')}</script>\n</body></html>\n"
    )
