"""Small read-only helpers every format shares.

Nothing here decides a verdict or an exit code: these only look up and place
what judge already decided (where a claim sits in the source file, how loud an
annotation is, how a quote is cut around its claim).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from ..types import Article, Claim, Finding, Verdict, figure_at

# Annotation levels, named as SARIF names them; GitHub's are error / notice.
ERROR, NOTE = "error", "note"

# Agreement codes (claimdiff.codes) that rest on a rounding, a bound, an approximation
# or an overlap of periods: worth a glance, so annotated as notes. Equal figures and
# equal weekdays are not annotated.
NOTED_AGREEMENTS = frozenset({"agree.rounding", "agree.bound", "agree.approximate", "agree.overlap"})
QUIET_AGREEMENTS = frozenset({"agree.equal", "agree.weekday"})


def level(finding: Finding) -> str | None:
    """How loud a machine format is about a finding (sqlfluff's ``warning`` flag).

    conflict -> error; a possible conflict (judge is not sure both figures are about
    one fact) or an update (a later report gives a higher figure) -> note. An agreement is a note when it rested on a rounding, a unit
    conversion, a bound or an approximation, which an editor may want to glance
    at. Exact agreements and single-source claims are listed in the reports but
    not annotated.
    """
    if finding.verdict is Verdict.CONFLICT:
        return NOTE if finding.possible or finding.change == "update" else ERROR
    if finding.verdict is not Verdict.AGREE:
        return None
    if finding.name in NOTED_AGREEMENTS:
        return NOTE
    if finding.name in QUIET_AGREEMENTS:
        return None
    # A code this table does not know yet: note it when the figures differ at all.
    return NOTE if len({_figure_key(c) for c in finding.claims}) > 1 else None


def _figure_key(claim: Claim) -> tuple:
    return (claim.value, claim.low, claim.high, claim.unit, claim.date.iso() if claim.date else None)


@dataclass(frozen=True, slots=True)
class Position:
    """1-based line and column (in Unicode code points) in the raw source file."""

    line: int
    column: int
    end_line: int
    end_column: int


def _line_col(raw: str, offset: int) -> tuple[int, int]:
    line = raw.count("\n", 0, offset) + 1
    return line, offset - (raw.rfind("\n", 0, offset) + 1) + 1


def position(article: Article | None, claim: Claim) -> Position | None:
    """Where the claim is in the ORIGINAL file, through Article.raw_offset.

    None when the cleaned offsets cannot be mapped back (text produced by
    extraction, not present verbatim in the file).
    """
    if article is None or not article.raw:
        return None
    start = article.raw_offset(claim.start)
    end = article.raw_offset(claim.end)
    if start is None:
        return None
    if end is None or end < start:
        end = start + len(claim.text)
    end = min(end, len(article.raw))
    line, col = _line_col(article.raw, start)
    end_line, end_col = _line_col(article.raw, end)
    return Position(line, col, end_line, end_col)


def display_path(path: str) -> str:
    """A path as CI tools want it: relative to the working directory when under it,
    with forward slashes (GitHub matches annotations to repository paths)."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.as_posix()
    return p.as_posix()


def quote_parts(claim: Claim, article: Article | None, width: int = 240) -> tuple[str, str, str]:
    """The claim's sentence cut into (before, claim, after), trimmed around the claim.

    The claim is located by its offsets when the sentence can be found in the
    article, so a figure that occurs twice in the sentence is cut at the right one.
    """
    sentence = claim.sentence or claim.text
    at = -1
    if article is not None and claim.sentence:
        base = article.text.rfind(claim.sentence, 0, claim.end)
        if base != -1 and base <= claim.start and claim.end <= base + len(claim.sentence):
            at = claim.start - base
    if at < 0:
        at = max(figure_at(sentence, claim.text), 0)
    hit_end = at + len(claim.text)
    before, hit, after = sentence[:at], sentence[at:hit_end], sentence[hit_end:]
    half = width // 2
    # Trim at a word boundary, so a quote never starts or ends inside a word.
    if len(before) > half:
        cut = before[-half:]
        space = cut.find(" ")
        before = "…" + (cut[space + 1:] if 0 <= space < len(cut) - 1 else cut).lstrip()
    if len(after) > half:
        cut = after[:half]
        space = cut.rfind(" ")
        after = (cut[:space] if space > 0 else cut).rstrip() + "…"
    flat = lambda s: " ".join(s.split("\n"))  # noqa: E731 - quotes are shown on one line
    return flat(before), flat(hit), flat(after)


def who(article: Article | None, article_id: str) -> str:
    """'Source (2025-05-01)', the article id when the source is unknown."""
    if article is None:
        return article_id
    label = article.source or article.id
    date = article.published.isoformat() if article.published else "no date"
    return f"{label} ({date})"


def source_label(article: Article | None, article_id: str) -> str:
    """The outlet's name, or the article id when the source is unknown."""
    return (article.source or article.id) if article is not None else article_id


def figure(claim: Claim) -> str:
    """The figure as written, with how a derived value was computed."""
    return f"{claim.text} — {claim.basis}" if claim.basis else claim.text


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 conflict', '3 conflicts', '2 stories'."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def by_verdict(findings: list[Finding] | tuple[Finding, ...]) -> dict[Verdict, list[Finding]]:
    out: dict[Verdict, list[Finding]] = {v: [] for v in Verdict}
    for f in findings:
        out[f.verdict].append(f)
    return out


def claim_anchor(claim: Claim, prefix: str = "c") -> str:
    """A stable HTML id for a claim's span: prefix, article id, offsets.

    The id is made safe for a URL fragment; a checksum of the raw article id keeps
    two ids apart that only differ in characters the cleaning replaced.
    """
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in claim.article)
    tag = format(zlib.crc32(claim.article.encode("utf-8")) & 0xFFFF, "04x")
    return f"{prefix}-{safe}-{tag}-{claim.start}-{claim.end}"


def split_conflicts(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Conflicts judge is sure of (updates included), and possible ones (shown apart, after them)."""
    return [f for f in findings if not f.possible], [f for f in findings if f.possible]


# (title, note under it): the conflict sections of the reports, in order
CONFLICT_SECTIONS = (("Conflicts", ""),
                     ("Updated figures", "A later report gives a higher figure: the figure moved, "
                                         "the sources need not disagree."),
                     ("Possible conflicts", "The figures below may not be about the same fact."))


def conflict_sections(findings: list[Finding]) -> list[tuple[str, str, list[Finding]]]:
    """The conflicts in the reports' sections: sure ones, updates (the timeline shows a
    figure that rose in later reports), possible ones. Empty sections are left out."""
    update = [f for f in findings if not f.possible and f.change == "update"]
    sure = [f for f in findings if not f.possible and f.change != "update"]
    maybe = [f for f in findings if f.possible]
    return [(title, note, listed) for (title, note), listed in zip(CONFLICT_SECTIONS, (sure, update, maybe))
            if listed]


def conflict_count(findings: list[Finding]) -> str:
    """'3 conflicts', or '3 conflicts (1 update, 1 possible)'."""
    sections = {title: len(listed) for title, _, listed in conflict_sections(findings)}
    parts = []
    if "Updated figures" in sections:
        parts.append(plural(sections["Updated figures"], "update"))
    if "Possible conflicts" in sections:
        parts.append(f"{sections['Possible conflicts']} possible")
    text = plural(len(findings), "conflict")
    return f"{text} ({', '.join(parts)})" if parts else text


def support_line(finding: Finding) -> str:
    """The sources behind each value: '41: 3 outlets, 1 origin (AP) · 38: 1 outlet, 1 origin',
    or "" when every value has one outlet (nothing to add to the claims listed)."""
    if all(len(s.articles) < 2 for s in finding.support):
        return ""
    parts = []
    for s in finding.support:
        origins = f"{plural(len(s.origins), 'origin')} ({', '.join(s.origins)})" if s.origins else ""
        parts.append(f"{s.value}: {plural(len(s.articles), 'outlet')}, {origins}".rstrip(", "))
    return " · ".join(parts)


def timeline_rows(finding: Finding, articles: dict[str, Article]) -> list[tuple[str, str, str, str]]:
    """(day, figure, source, change) per point of the finding's timeline."""
    rows = []
    for p in finding.timeline:
        c = finding.claims[p.claim]
        day = f"{p.day:%-d %b %Y}" + (" (stated)" if p.how == "stated" else "") if p.day else "undated"
        rows.append((day, c.text, source_label(articles.get(p.article), p.article), p.change))
    return rows
