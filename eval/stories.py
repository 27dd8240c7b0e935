"""Stories eval: the whole pipeline (claimdiff.api.compare) on small stories we wrote.

Each folder under eval/stories/ holds 2-4 articles (.txt with source/date/title
headers) and expected.yml: the conflicts that must be reported and the
agreements that should be grouped, each as {article id: text needle}. A
finding matches when, for every article named, one of its claims comes from
that article and contains the needle.

Scores per story: conflicts found, false conflicts (a conflict finding that
matches no expected conflict), agreements grouped (both claims in one finding
that is not a false conflict) and agreements judged agree. Target: every
expected conflict found and no false conflict.

    .venv/bin/python -m eval.stories      # or: make eval
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent / "stories"


def _matches(finding: dict[str, Any], needles: dict[str, str]) -> bool:
    return all(
        any(c["article"] == article and str(needle) in c["text"] for c in finding["claims"])
        for article, needle in needles.items()
    )


def score_story(findings: list[dict[str, Any]], expected: dict[str, Any]) -> dict[str, Any]:
    conflicts = [f for f in findings if f["verdict"] == "conflict"]
    want_c = expected.get("conflicts") or []
    want_a = expected.get("agreements") or []
    found = [w for w in want_c if any(_matches(f, w["claims"]) for f in conflicts)]
    false = [f for f in conflicts if not any(_matches(f, w["claims"]) for w in want_c)]
    false_ids = {f["id"] for f in false}
    grouped = [w for w in want_a if any(_matches(f, w["claims"]) and f["id"] not in false_ids for f in findings)]
    agreed = [w for w in want_a if any(_matches(f, w["claims"]) and f["verdict"] == "agree" for f in findings)]
    return {
        "conflicts": len(want_c), "found": len(found), "false": len(false),
        "agreements": len(want_a), "grouped": len(grouped), "agreed": len(agreed),
        "missed": [w for w in want_c if w not in found], "false_findings": false,
        "ungrouped": [w for w in want_a if w not in grouped],
        "summary": {v: sum(f["verdict"] == v for f in findings) for v in ("conflict", "agree", "single_source")},
    }


def stories() -> list[tuple[str, Path, dict[str, Any]]]:
    out = []
    for expected in sorted(HERE.glob("*/expected.yml")):
        spec = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
        folder = (expected.parent / spec["path"]).resolve() if spec.get("path") else expected.parent
        out.append((expected.parent.name, folder, spec))
    return out


def main() -> int:
    from claimdiff.api import compare
    from claimdiff.options import Options

    rows = []
    for name, folder, spec in stories():
        records = compare([folder], Options()).to_records()
        rows.append((name, score_story(records["findings"], spec)))
    header = f"{'story':<16}{'conflicts':>10}{'found':>7}{'false':>7}{'agreements':>12}{'grouped':>9}{'agree':>7}   findings c/a/s"
    print(header)
    print("-" * len(header))
    total = {k: 0 for k in ("conflicts", "found", "false", "agreements", "grouped", "agreed")}
    for name, s in rows:
        for k in total:
            total[k] += s[k]
        sm = s["summary"]
        print(f"{name:<16}{s['conflicts']:>10}{s['found']:>7}{s['false']:>7}{s['agreements']:>12}{s['grouped']:>9}"
              f"{s['agreed']:>7}   {sm['conflict']}/{sm['agree']}/{sm['single_source']}")
    print("-" * len(header))
    print(f"{'total':<16}{total['conflicts']:>10}{total['found']:>7}{total['false']:>7}{total['agreements']:>12}"
          f"{total['grouped']:>9}{total['agreed']:>7}")
    for name, s in rows:
        for w in s["missed"]:
            print(f"MISSED   {name}: {w['claims']} — {w.get('why', '')}")
        for f in s["false_findings"]:
            print(f"FALSE    {name}: {f['code']} {[c['text'] for c in f['claims']]} — {f['explanation']}")
        for w in s["ungrouped"]:
            print(f"UNGROUPED {name}: {w['claims']} — {w.get('why', '')}")
    ok = total["found"] == total["conflicts"] and total["false"] == 0
    print(f"target (every expected conflict found, no false conflict): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
