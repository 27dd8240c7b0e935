"""The real-news eval's second part (issue 16): timelines and origins on the dev events.

Printed for a reader to check, per event: each gold fact whose values differ across
publish dates, with the gold's values day by day beside claimdiff's timeline of
it; and the origin groups claimdiff found beside ours (eval/data/realnews-origins.json).
Scored in total:

- facts reported on different days that get a timeline, and in the right order
  (the gold's dated claims appear in the order of their articles' publish dates);
- updates reported as a same-time conflict (gold update facts whose two reports
  are on different days, called one day's conflict): target 0;
- origin groups as pairs of articles in one origin: precision and recall (target 90 %).
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "data" / "realnews-origins.json"
TARGET_ORIGINS = 0.90


def _matches(claim: dict, g: dict, matches) -> bool:  # type: ignore[no-untyped-def]
    return matches({"article": claim["article"], "text": claim["text"], "sentence": claim["sentence"]}, g)


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(g, 2)}  # type: ignore[misc]


def report(events: list[str], gold: dict, manifest: dict, reports: Path, gold_claims, matches) -> int:  # type: ignore[no-untyped-def]
    """Print the timelines and origins; return 1 if a target is missed."""
    ours_gold = json.loads(GOLD.read_text(encoding="utf-8"))
    n_dated = n_timeline = n_ordered = same_day_updates = 0
    tp = fp = fn = 0
    print("\n=== timelines: gold facts whose values differ across publish dates ===")
    for event in events:
        found = json.loads((reports / f"{event}.json").read_text(encoding="utf-8"))
        dates = {m["stem"]: m.get("date") for m in manifest.get(event, [])}
        golds = gold_claims(gold[event])
        updates = set(ours_gold.get(event, {}).get("updates", []))
        for i, fact in enumerate(gold[event]["facts"]):
            mine = [g for g in golds if g["fact"] == i]
            dated = sorted({(dates.get(g["stem"]), g["value"]) for g in mine if dates.get(g["stem"])})
            if len({d for d, _ in dated}) < 2 or len({v for _, v in dated}) < 2:
                continue  # not reported on two days, or the same value on each
            n_dated += 1
            path = " → ".join(f"{d}: " + ", ".join(f"{g['snippet']} ({g['stem']})" for g in mine
                                                   if dates.get(g["stem"]) == d)
                              for d in sorted({d for d, _ in dated}))
            print(f"{event} · {fact['fact']}\n  gold: {path}")
            held = [f for f in found["findings"]
                    if sum(any(_matches(c, g, matches) for c in f["claims"]) for g in mine) >= 2]
            with_line = [f for f in held if f["timeline"]]
            if not with_line:
                print("  ours: no timeline")
                continue
            n_timeline += 1
            f = max(with_line, key=lambda f: len(f["timeline"]))
            points = [(p["day"], f["claims"][p["claim"]]) for p in f["timeline"]]
            print("  ours: " + " → ".join(f"{d or 'undated'}: {c['text']} ({c['article']})" for d, c in points)
                  + (f"  [{f['change']}]" if f.get("change") else ""))
            placed = [dates.get(c["article"]) for d, c in points if d and dates.get(c["article"])]
            n_ordered += placed == sorted(placed)
            if fact["fact"] in updates:
                same = [p for p in f["timeline"] if p["change"] == "conflict"]
                for p in same:
                    others = [q for q in f["timeline"] if q["day"] == p["day"] and q is not p]
                    same_day_updates += any(dates.get(q["article"]) != dates.get(p["article"])
                                            and dates.get(q["article"]) and dates.get(p["article"]) for q in others)
    print("\n=== origins: claimdiff's groups (two or more articles) against eval/data/realnews-origins.json ===")
    for event in events:
        found = json.loads((reports / f"{event}.json").read_text(encoding="utf-8"))
        origins = [o for s in found["stories"] for o in s.get("origins", [])]
        ours = _pairs([o["articles"] for o in origins])
        truth = _pairs(ours_gold.get(event, {}).get("origins", []))
        tp, fp, fn = tp + len(ours & truth), fp + len(ours - truth), fn + len(truth - ours)
        shown = "; ".join(f"{o['name']}: {', '.join(o['articles'])} ({o['how']})" for o in origins if o["how"] != "own")
        print(f"{event}: {shown or 'every article its own origin'}"
              f"{'' if ours == truth else '  [gold: ' + str(sorted(truth)) + ']'}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print()
    print(f"facts reported on different days with a timeline   {n_timeline}/{n_dated}")
    print(f"  ... in the right order                            {n_ordered}/{n_timeline}")
    print(f"updates reported as a same-time conflict            {same_day_updates}  target 0")
    print(f"origin pairs: precision {precision:.0%} ({tp}/{tp + fp}), recall {recall:.0%} ({tp}/{tp + fn})  "
          f"target >= {TARGET_ORIGINS:.0%}")
    missed = (n_timeline < n_dated or n_ordered < n_timeline or same_day_updates
              or precision < TARGET_ORIGINS or recall < TARGET_ORIGINS)
    return 1 if missed else 0
