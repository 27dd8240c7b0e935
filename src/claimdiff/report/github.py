"""GitHub Actions workflow commands: one annotation per claim of an annotated finding.

    ::error file=articles/a.txt,line=6,col=1,endLine=6,endColumn=18,title=CS01 casualty.value::…

NOTE: positions are in the ORIGINAL file (cleaned offsets mapped back through
Article.raw_offset), because GitHub draws the annotation on the file as
committed, header lines and boilerplate included. A claim whose offset cannot
be mapped back is annotated on the file without a line.
NOTE: conflicts are ::error, agreements on a bound, rounding or unit conversion
are ::notice, single-source claims are not annotated (see _common.level).
"""

from __future__ import annotations

from typing import Any

from ._common import ERROR, display_path, level, position

_COMMAND = {ERROR: "error", "note": "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow-command message: %, CR and LF."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow-command property value: as data, plus ':' and ','."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **props: Any) -> str:
    """One workflow command line; properties with a None value are left out."""
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{command} {fields}::{escape_data(message)}" if fields else f"::{command}::{escape_data(message)}"


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for story in report.stories:
        articles = {a.id: a for a in story.articles}
        for finding in story.findings:
            lvl = level(finding)
            if lvl is None:
                continue
            for claim in finding.claims:
                article = articles.get(claim.article)
                pos = position(article, claim)
                others = [c.text for c in finding.claims if c is not claim]
                message = f"{finding.topic}: {finding.explanation}"
                if others:
                    message += f" (here: “{claim.text}”; elsewhere: {', '.join(f'“{t}”' for t in others)})"
                lines.append(annotation(
                    _COMMAND[lvl], message,
                    file=display_path(article.path) if article else claim.article,
                    line=pos.line if pos else None,
                    endLine=pos.end_line if pos else None,
                    col=pos.column if pos else None,
                    # GitHub's endColumn is the last column of the span, inclusive.
                    endColumn=max(pos.column, pos.end_column - 1) if pos and pos.end_line == pos.line else None,
                    title=f"{finding.code} {finding.name}",
                ))
    return "\n".join(lines) + ("\n" if lines else "")
