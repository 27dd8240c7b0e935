"""SARIF 2.1.0: one rule per finding code, one result per annotated finding.

NOTE: no timestamps and no run GUIDs, so the same input gives the same bytes
(unlike sqlfluff's SARIF, which stamps datetime.now()).
NOTE: regions are in the ORIGINAL file (cleaned offsets mapped back through
Article.raw_offset), columns in Unicode code points (run.columnKind says so).
The first claim is the result's location; the other sources' claims are
relatedLocations, so a viewer shows both sides of a conflict.
NOTE: levels follow _common.level: conflict -> error, agreement on a bound or a
rounding -> note; single-source claims are not results.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from ._common import display_path, level, position
from ..baseline import fingerprint
from ..codes import CODES
from ..types import Verdict

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def _uri(path: str) -> tuple[str, str | None]:
    """(uri, uriBaseId): repository-relative paths hang off %SRCROOT%."""
    shown = display_path(path)
    if shown.startswith("/"):
        return "file://" + quote(shown), None
    return quote(shown), "%SRCROOT%"


def _location(article, claim, message: str | None = None, ident: int | None = None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    uri, base = _uri(article.path) if article is not None else (quote(claim.article), "%SRCROOT%")
    artifact: dict[str, Any] = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    physical: dict[str, Any] = {"artifactLocation": artifact}
    pos = position(article, claim)
    if pos is not None:
        physical["region"] = {
            "startLine": pos.line, "startColumn": pos.column,
            "endLine": pos.end_line, "endColumn": pos.end_column,  # endColumn is exclusive in SARIF
            "snippet": {"text": claim.text},
        }
    out: dict[str, Any] = {}
    if ident is not None:
        out["id"] = ident
    out["physicalLocation"] = physical
    if message:
        out["message"] = {"text": message}
    return out


def _rules(findings: list) -> list[dict[str, Any]]:  # type: ignore[type-arg]
    names: dict[str, str] = {}
    for f in findings:
        names.setdefault(f.code, f.name)
    rules = []
    for code in sorted(names):
        rule: dict[str, Any] = {"id": code, "name": names[code], "shortDescription": {"text": names[code]}}
        known = CODES.get(code)
        if known is not None:
            rule["fullDescription"] = {"text": known.summary}
            rule["defaultConfiguration"] = {"level": "error" if known.verdict is Verdict.CONFLICT else "note"}
        rules.append(rule)
    return rules


def to_sarif(report) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    annotated = [(s, f) for s in report.stories for f in s.findings if level(f) is not None]
    rules = _rules([f for _, f in annotated])
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for story, f in annotated:
        articles = {a.id: a for a in story.articles}
        first, *rest = f.claims
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": level(f),
            "message": {"text": f"{f.topic}: {f.explanation}"},
            "locations": [_location(articles.get(first.article), first)],
        }
        if rest:
            result["relatedLocations"] = [
                _location(articles.get(c.article), c, f"{c.text} ({c.article})", i)
                for i, c in enumerate(rest, start=1)
            ]
        # Code scanning matches results across runs by these, not by position.
        result["partialFingerprints"] = {"claimdiffFinding/v1": fingerprint(f)}
        result["properties"] = {
            "findingId": f.id, "story": story.name, "verdict": f.verdict.value,
            "confidence": round(f.confidence, 3), "figures": [c.text for c in f.claims],
        }
        results.append(result)
    driver = {
        "name": report.tool.get("name", "claimdiff"),
        "version": str(report.tool.get("version", "")),
        "rules": rules,
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"
