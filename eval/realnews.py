"""Real-news eval: `claimdiff compare` on real multi-outlet coverage nobody here wrote.

The texts are third-party and never enter the repository: they are rebuilt per
machine under $REALNEWS_DIR/<event>/<stem>.txt (default: realnews-dev/ in the
system temp dir) as ../shared/realnews-dev/FORMAT.md says. This runs the
command-line tool on each event folder, exactly as a user would, writes the JSON
reports to a temporary folder and prints score_facts.py's figures per event and
in total, against the targets of the real-news issue; then timelines and origins
(eval/realnews_time.py) against the dev gold and our own (eval/data/realnews-origins.json);
then extraction against our hand labels of every figure and time expression
(eval/realnews_extract.py, eval/data/realnews-extract/), with quantulum3 and dateparser.

    make eval-realnews                   # or: .venv/bin/python -m eval.realnews [--details]

Without the texts it says how to get them and exits 0 (CI does not need them).
It is not part of `make eval`, whose sets live in the repository.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REALNEWS_GOLD_DIR") or ROOT.parent / "shared" / "realnews-dev")
TEXTS = Path(os.environ.get("REALNEWS_DIR") or Path(tempfile.gettempdir()) / "realnews-dev")

# (label, numerator, denominator, target share, "min" or "max"): the real-news issue's targets.
TARGETS = (
    ("facts grouped", "facts_grouped", "facts_multi", 0.85, "min"),
    ("conflicting facts found", "conflict_facts_found", "conflict_facts", 0.85, "min"),
    ("conflict pairs found", "conflicts_found", "conflict_pairs", 0.75, "min"),
    ("agree pairs found", "agreements_found", "agree_pairs", 0.75, "min"),
    ("false conflicts / agree pairs", "false_conflicts", "agree_pairs", 0.02, "max"),
    ("false alarms / conflicts reported", "false_alarms", "conflicts_reported", 0.10, "max"),
    ("wrong merges / findings", "wrong_merges", "findings", 0.05, "max"),
)
COLUMNS = ("facts_grouped", "facts_multi", "conflict_facts_found", "conflict_facts", "conflicts_found",
           "conflict_pairs", "agreements_found", "agree_pairs", "false_conflicts", "false_alarms",
           "conflicts_reported", "wrong_merges", "findings")


def _compare(event_dir: Path, out: Path) -> str | None:
    """One event's JSON report into ``out``; the error text when the run failed."""
    with open(out, "wb") as fh:
        done = subprocess.run([sys.executable, "-m", "claimdiff", "compare", str(event_dir), "--format", "json"],
                              stdout=fh, stderr=subprocess.PIPE, check=False)
    # exit 1 means findings were reported, which is what this wants
    return None if done.returncode in (0, 1) else done.stderr.decode("utf-8", "replace").strip()


def _table(rows: list[dict]) -> str:
    head = ["event", "grouped", "conf.facts", "conf.pairs", "agree.pairs", "false conf", "false alarms", "wrong merges"]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for r in rows:
        lines.append(" | ".join([
            r["event"], f"{r['facts_grouped']}/{r['facts_multi']}",
            f"{r['conflict_facts_found']}/{r['conflict_facts']}", f"{r['conflicts_found']}/{r['conflict_pairs']}",
            f"{r['agreements_found']}/{r['agree_pairs']}", str(r["false_conflicts"]),
            f"{r.get('false_alarms', 0)}/{r['conflicts_reported']}", f"{r['wrong_merges']}/{r['findings']}",
        ]))
    return "\n".join(lines)


def run(details: bool = False) -> int:
    gold_path = SHARED / "gold.json"
    if not gold_path.exists():
        print(f"no real-news gold at {gold_path}: nothing to score")
        return 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    events = [e for e in gold if e != "about" and (TEXTS / e).is_dir() and any((TEXTS / e).glob("*.txt"))]
    if not events:
        print(f"The real-news texts are not on this machine ({TEXTS}). Rebuild them as "
              f"{SHARED / 'FORMAT.md'} and DEVELOPERS.md say (each manifest entry's query in the search "
              f"tool's 'pages' corpus), then run: make eval-realnews")
        return 0
    with tempfile.TemporaryDirectory(prefix="claimdiff-realnews-") as tmp:
        with ThreadPoolExecutor(max_workers=2) as pool:
            errors = dict(zip(events, pool.map(lambda e: _compare(TEXTS / e, Path(tmp) / f"{e}.json"), events)))
        failed = {event: err for event, err in errors.items() if err}
        for event, err in failed.items():
            print(f"{event}: claimdiff compare failed: {err}", file=sys.stderr)
        if failed:
            return 1
        cmd = [sys.executable, str(SHARED / "score_facts.py"), str(gold_path), tmp, "--event", *events]
        if details:
            cmd.append("--details")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        time_part = io.StringIO()
        with contextlib.redirect_stdout(time_part):
            time_missed = _time_and_origins(events, gold, Path(tmp))
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if details:
        print(done.stderr)
    print(_table(rows))
    total = next(r for r in rows if r["event"] == "TOTAL")
    print()
    for label, num, den, target, sense in TARGETS:
        share = total.get(num, 0) / total[den] if total.get(den) else 0.0
        ok = share >= target if sense == "min" else share <= target
        print(f"{label:36s} {total.get(num, 0):4d}/{total.get(den, 0):<4d} {share:6.1%}  "
              f"target {'>=' if sense == 'min' else '<='} {target:.0%}  {'ok' if ok else 'below target'}")
    print(json.dumps({k: total.get(k, 0) for k in COLUMNS}))
    print(time_part.getvalue(), end="")
    if time_missed:
        print("timelines or origins: below target")
    print()
    from .realnews_extract import run as extraction

    return extraction()


def _time_and_origins(events: list[str], gold: dict, reports: Path) -> int:
    """Timelines and origins (eval/realnews_time.py), scored with score_facts.py's matching."""
    sys.path.insert(0, str(SHARED))
    try:
        from score_facts import gold_claims, matches  # the gold's own matching rules
    finally:
        sys.path.remove(str(SHARED))
    from .realnews_time import report

    manifest = json.loads((SHARED / "manifest.json").read_text(encoding="utf-8"))
    return report(events, gold, manifest, reports, gold_claims, matches)


if __name__ == "__main__":
    sys.exit(run(details="--details" in sys.argv[1:]))
