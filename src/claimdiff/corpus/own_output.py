"""Files claimdiff wrote: reports and baselines, known by their content.

CI jobs write reports beside the articles (`claimdiff compare . -f html -o
report.html`), and the next run in that folder would read the report as one more
article: its figures are the articles' own, so it agrees with everything and
turns real conflicts into agreements. Every format claimdiff writes carries a mark
of its own, looked for at the start or the end of the decoded text (so the test
costs nothing on an article):

- JSON report: ``"tool": {"name": "claimdiff"`` at the top; baseline: ``"tool": "claimdiff"``;
- SARIF: the run's ``"driver": {"name": "claimdiff"``;
- HTML: ``<meta name="generator" content="claimdiff ...">`` (reports written before
  the tag: the ``<title>claimdiff report`` they start with);
- Markdown: the first line ``## claimdiff report``;
- text: the last line ``claimdiff VERSION · pipeline ...``;
- GitHub workflow commands: every line a ``::error``/``::warning``/``::notice`` command
  with a claimdiff rule title (``title=CS02 casualty.scope::``).
"""

from __future__ import annotations

import re

HEAD = 2048  # characters of the start the marks sit in
_JSON = re.compile(r'"tool"\s*:\s*(?:\{\s*"name"\s*:\s*)?"claimdiff"')
_SARIF = re.compile(r'"driver"\s*:\s*\{\s*"name"\s*:\s*"claimdiff"')
_HTML = re.compile(r'<meta\s+name="generator"\s+content="claimdiff\b|<title>claimdiff report\b', re.I)
_MARKDOWN = re.compile(r"\A\s*## claimdiff report\s*$", re.M)
_TEXT_FOOTER = re.compile(r"^claimdiff \S+ · pipeline .*\Z", re.M)
_GITHUB_LINE = re.compile(r"::(?:error|warning|notice) [^\n]*title=[A-Z]{2}\d\d [a-z_.-]+::")


def written_by_claimdiff(text: str) -> str | None:
    """The kind of claimdiff output ``text`` is ("JSON report", "HTML report", ...), or None."""
    head = text[:HEAD].lstrip()
    if head.startswith("{"):
        if _SARIF.search(head):
            return "SARIF report"
        if _JSON.search(head):
            return "baseline" if '"fail_on"' in head and '"entries"' in text else "JSON report"
        return None
    if head.startswith("<"):
        return "HTML report" if _HTML.search(head) else None
    if _MARKDOWN.match(head):
        return "Markdown report"
    if _TEXT_FOOTER.search(text[-HEAD:].rstrip()):
        return "text report"
    lines = [ln for ln in head.splitlines() if ln.strip()]
    if len(text) > HEAD:
        lines = lines[:-1]  # may be cut short
    if lines and all(_GITHUB_LINE.match(ln) for ln in lines):
        return "GitHub annotations"
    return None
