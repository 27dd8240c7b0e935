"""Extraction on real news: every figure and time expression of the dev texts, scored.

    .venv/bin/python -m eval.realnews_extract [-v]      # also part of `make eval-realnews`

Gold: eval/data/realnews-extract/<event>.jsonl (its README gives the labelling
conventions), located in the texts rebuilt under $REALNEWS_DIR. Each article is
read the way `claimdiff compare` reads it (corpus.load_story), so what the tool
drops as page furniture is a miss here too. Three systems in one run on the same
article text: claimdiff, quantulum3 (quantities) and dateparser's `search_dates`
(time expressions); each scored on the group it covers.

Scoring, per group ("quantities": count, casualty, quantity, money, percent, age;
"time expressions": date, time, duration, set). A prediction is paired with the
unpaired gold expression it overlaps most, in text order.
  span (strict)   equal spans after a leading preposition is stripped from both
  span (relaxed)  overlapping spans
  value           quantities: the figure (a range's or vague word's low and high),
                  unit and bounds ignored; time: the interval, clock time or length
                  (gold a relative date with no publish date to resolve it is left
                  out of value scoring, for every system)
  value+unit      quantities: the figure and the unit (pint's canonical name; money
                  by ISO code and per-unit denominator)
Rows per kind: recall by the gold kind, precision by the kind predicted.
A quantity system's time lengths ("three months") are left to the time group.
Targets (issue 15): quantities value F1 >= 0.90, value+unit >= 0.85; time
expressions relaxed span F1 >= 0.90, value F1 >= 0.80; precision >= 0.85 on every kind.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from .numeric import _pair, prf
from .realnews import TEXTS
from .realnews_peers import claimdiff_system, dateparser_system, quantulum_system
from .realnews_values import NUMERIC, gold_value, same_unit, same_value, strip_lead

DATA = Path(__file__).parent / "data" / "realnews-extract"
TARGETS = {("quantities", "value"): 0.90, ("quantities", "value+unit"): 0.85,
           ("time expressions", "relaxed"): 0.90, ("time expressions", "value"): 0.80}
MIN_PRECISION = 0.85
METRICS = ("strict", "relaxed", "value", "value+unit")


def load_gold() -> dict[str, dict[str, list[dict]]]:
    """event -> article stem -> gold expressions."""
    gold: dict[str, dict[str, list[dict]]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        per = gold.setdefault(path.stem, defaultdict(list))
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                per[row["article"]].append(row)
    return gold


def locate(text: str, row: dict) -> tuple[int, int] | None:
    """The ``nth`` occurrence of the expression's words in the article text."""
    pos = -1
    for _ in range(row.get("nth", 0) + 1):
        pos = text.find(row["text"], pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(row["text"])


def _checks(g: dict, p: dict, text: str) -> dict[str, bool]:
    strict = strip_lead(text, g["start"], g["end"]) == strip_lead(text, p["start"], p["end"])
    value = g["value"] is not None and same_value(g["value"], p["value"])
    return {"strict": strict, "relaxed": True, "value": value,
            "value+unit": value and (g["group"] != "quantities" or same_unit(g["unit"], p["unit"]))}


def score(gold: list[dict], pred: list[dict], text: str, tally: dict, misses: list[str], label: str) -> None:
    """Add one article's pairs to ``tally[(metric, kind)]``. A gold expression whose value
    cannot be scored (a relative date without a publish date) counts for spans only."""
    for g, p in _pair(gold, pred, text):  # eval/numeric.py's: each gold with the prediction it overlaps most
        ok = _checks(g, p, text) if g and p else dict.fromkeys(METRICS, False)
        for metric in METRICS:
            if metric in ("value", "value+unit") and g is not None and g["value"] is None:
                continue
            if ok[metric]:
                tally[(metric, "all")]["tp"] += 1
                tally[(metric, g["kind"])]["tp"] += 1
                continue
            if g is not None:
                tally[(metric, "all")]["fn"] += 1
                tally[(metric, g["kind"])]["fn"] += 1
            if p is not None:
                tally[(metric, "all")]["fp"] += 1
                tally[(metric, p["kind"])]["fp"] += 1
        if not ok["value+unit"] and (g is None or g["value"] is not None):
            misses.append(f"  {label}: gold {g and (g['text'], g['kind'], g['value'], g.get('unit'))} | "
                          f"pred {p and (text[p['start']:p['end']], p['kind'], p['value'], p.get('unit'))}")


def run(verbose: bool = False) -> int:
    gold = load_gold()
    events = [e for e in gold if (TEXTS / e).is_dir()]
    if not events:
        print(f"extraction eval: no texts under {TEXTS} (see DEVELOPERS.md); skipped")
        return 0
    from claimdiff.corpus import load_story
    from claimdiff.corpus.discover import discover

    systems = {"claimdiff": claimdiff_system(), "quantulum3": quantulum_system(),
               "dateparser": dateparser_system()}
    tallies = {name: {grp: defaultdict(lambda: defaultdict(int)) for grp in ("quantities", "time expressions")}
               for name in systems}
    misses: dict[str, list[str]] = defaultdict(list)
    unplaced, n_gold = [], defaultdict(int)
    for event in events:
        articles, _ = load_story(discover([TEXTS / event])[0])
        for article in articles:
            stem = Path(article.path).stem
            rows = []
            for row in gold[event].get(stem, []):
                span = locate(article.text, row)
                if span is None:
                    unplaced.append(f"{event}/{stem}: {row['text']!r} #{row.get('nth', 0)}")
                    continue
                group = "quantities" if row["kind"] in NUMERIC else "time expressions"
                value, unit = gold_value(row, article.published)
                rows.append({**row, "start": span[0], "end": span[1], "group": group, "value": value, "unit": unit})
                n_gold[group] += 1
            for name, system in systems.items():
                if system is None:
                    continue
                preds = system(article)
                for group in system.groups:
                    g = [r for r in rows if r["group"] == group]
                    p = [x for x in preds if x["group"] == group]
                    score(g, p, article.text, tallies[name][group], misses[name], f"{event}/{stem}")
    _print(tallies, systems, n_gold, len(events))
    if unplaced:
        print(f"gold expressions not found in the article text ({len(unplaced)}):")
        print("\n".join("  " + u for u in unplaced[:20]))
    if verbose:
        print("claimdiff misses:")
        print("\n".join(misses["claimdiff"]))
    return 0


def _print(tallies: dict, systems: dict, n_gold: dict, n_events: int) -> None:
    print(f"extraction on real text: {n_events} events, {n_gold['quantities']} quantities, "
          f"{n_gold['time expressions']} time expressions (eval/data/realnews-extract)")
    print(f"{'group':<17}{'system':<11}{'metric':<11}{'kind':<9}{'P':>7}{'R':>7}{'F1':>7}")
    for group in ("quantities", "time expressions"):
        for name, system in systems.items():
            if system is None or group not in system.groups:
                continue
            tally = tallies[name][group]
            for metric in METRICS:
                if group == "time expressions" and metric == "value+unit":
                    continue
                kinds = sorted({k for (m, k) in tally if m == metric and k != "all"})
                for kind in ["all", *kinds] if metric in ("relaxed", "value+unit") else ["all"]:
                    p, r, f = prf(tally[(metric, kind)])
                    print(f"{group:<17}{name:<11}{metric:<11}{kind:<9}{p:7.3f}{r:7.3f}{f:7.3f}")
    verdicts = []
    for (group, metric), target in TARGETS.items():
        f = prf(tallies["claimdiff"][group][(metric, "all")])[2]
        verdicts.append(f"{group} {metric} F1 {f:.3f} (>= {target}) {'ok' if f >= target else 'below'}")
    low = [f"{k} {prf(t)[0]:.2f}" for group in tallies["claimdiff"].values() for (m, k), t in group.items()
           if m == "relaxed" and k != "all" and t["tp"] + t["fp"] >= 5 and prf(t)[0] < MIN_PRECISION]
    verdicts.append(f"precision >= {MIN_PRECISION} on every kind: " + ("ok" if not low else "below: " + ", ".join(low)))
    print("targets: " + "; ".join(verdicts))


if __name__ == "__main__":
    sys.exit(run(verbose="-v" in sys.argv[1:]))
