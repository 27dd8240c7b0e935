"""Numeric evaluation: NumericExtractor against quantulum3 on the same labelled set.

    .venv/bin/python -m eval.numeric          # or `make eval` (runs every eval)

Data: eval/data/numeric.jsonl, sentences written for this set (disasters,
business, sport, science, war, elections, health, general news), one per line:
``text`` and ``claims``, each {text, kind, value, low, high, unit, concept}.
Sentences with no claims are traps (dates, times, ages, scores, phone numbers).
``split`` is "dev" (written first and used while building the extractor) or
"heldout" (written later, labelled before the extractor ever ran on them, and
reported separately as the honest generalisation figure).

Labelling conventions (decided before scoring):
  span     bound word + currency + number + unit as written ("over 600", "$4.2bn",
           "roughly 1,500 square kilometres"); the counted noun is not part of it
  value    the figure; low/high the interval: bounds open one side, "about" ±10 %,
           vague multiples ("hundreds") and ranges have no value, only low/high
  unit     pint's canonical name, ISO currency code, "percent", "percentage_point";
           None for counts. Fractions of a group ("two-thirds of") are percent.
  concept  singular lemma of the counted noun, None where no noun is counted

Scoring. A prediction is paired with the gold claim its span overlaps most.
  span         exact span text, P/R/F1
  value+unit   the pair has equal value, low, high (1e-6 relative) and unit (a gold
               range has no value, so a predicted midpoint is not penalised); count
               and casualty are one class here so the peer is not asked for
               measures; precision over all predictions, recall over all gold
  no-bounds    value and unit with bounds ignored (not a target; shows how much of
               the peer's gap is bound words, which it does not read)
  concept      gold concepts only; partial match = one word shared after folding
               plural "s" (quantulum3 reports no concept, so it scores 0)
Rows per gold kind (recall) / predicted kind (precision). Targets (issue 9):
value+unit F1 >= 0.90, concept F1 >= 0.80, and value+unit F1 above the peer's.
"""

from __future__ import annotations

import json
import sys
import warnings
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data" / "numeric.jsonl"
TARGET_VALUE_F1 = 0.90
TARGET_CONCEPT_F1 = 0.80
KINDS = ("count", "casualty", "quantity", "money", "percent")


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _fold(word: str) -> set[str]:
    return {w.lower().rstrip("s") for w in word.replace("-", " ").split()}


def _class(kind: str) -> str:
    return "count" if kind == "casualty" else kind


def ours(nlp):
    from claimdiff.extract.numeric import NumericExtractor
    from claimdiff.types import Article

    extractor = NumericExtractor()

    def run(text: str) -> list[dict]:
        claims = extractor.extract(nlp(text), Article(id="e", path="e", text=text))
        return [
            {"start": c.start, "end": c.end, "text": c.text, "kind": c.kind.value, "value": c.value,
             "low": c.low, "high": c.high, "unit": c.unit, "concept": c.concept}
            for c in claims
        ]

    return run


def peer():
    """quantulum3, mapped onto our kinds and unit names (dev-only; None if not installed)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    from claimdiff import units

    def unit_of(q) -> tuple[str, str | None]:
        entity = q.unit.entity.name
        name = q.unit.name
        code = getattr(q.unit, "currency_code", None)
        if entity == "currency" or code:
            return "money", code or {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP"}.get(name, name)
        if name in ("percentage",):
            return "percent", "percent"
        if entity == "dimensionless":
            return "count", None
        # "kilometre per hour" -> "kilometre/hour": give the peer's names every chance with pint
        canon = units.canonical(name.replace(" per ", "/").replace(" ", "_"))
        return "quantity", canon or name

    def run(text: str) -> list[dict]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        for q in found:
            kind, unit = unit_of(q)
            lo = hi = q.value
            if q.uncertainty:
                lo, hi = q.value - q.uncertainty, q.value + q.uncertainty
            out.append({"start": q.span[0], "end": q.span[1], "text": q.surface, "kind": kind,
                        "value": q.value, "low": lo, "high": hi, "unit": unit, "concept": None})
        return out

    return run


def _pair(gold: list[dict], pred: list[dict], text: str) -> list[tuple[dict | None, dict | None]]:
    for g in gold:
        g.setdefault("start", text.index(g["text"]))
        g.setdefault("end", g["start"] + len(g["text"]))
    pairs, used = [], set()
    for g in gold:
        best, overlap = None, 0
        for i, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if i not in used and ov > overlap:
                best, overlap = i, ov
        if best is None:
            pairs.append((g, None))
        else:
            used.add(best)
            pairs.append((g, pred[best]))
    pairs += [(None, p) for i, p in enumerate(pred) if i not in used]
    return pairs


def _value_ok(g: dict, p: dict) -> bool:
    return (
        _class(g["kind"]) == _class(p["kind"])
        and g["unit"] == p["unit"]
        and all(_close(g[k], p[k]) for k in ("low", "high"))
        # a range has no single value in the labels; a system's midpoint is not held against it
        and (g["value"] is None or _close(g["value"], p["value"]))
    )


def _bare_ok(g: dict, p: dict) -> bool:
    """The figure and unit only, bounds ignored ("about 5,000" == "5,000"): what a
    reader that does not do bounds can get right."""
    gv = g["value"] if g["value"] is not None else g["low"]
    pv = p["value"] if g["value"] is not None else p["low"]
    return _class(g["kind"]) == _class(p["kind"]) and g["unit"] == p["unit"] and _close(gv, pv)


def score(rows: list[dict], system) -> dict:
    tally = defaultdict(lambda: defaultdict(int))  # (metric, kind) -> tp/fp/fn
    misses: list[str] = []
    for row in rows:
        gold = [dict(c) for c in row["claims"]]
        pred = system(row["text"])
        for g, p in _pair(gold, pred, row["text"]):
            checks = (
                ("span", g and p and g["text"] == p["text"]),
                ("value", g and p and _value_ok(g, p)),
                ("bare", g and p and _bare_ok(g, p)),
            )
            for metric, ok in checks:
                if g is not None and ok:
                    tally[(metric, g["kind"])]["tp"] += 1
                    tally[(metric, "all")]["tp"] += 1
                    continue
                if g is not None:
                    tally[(metric, g["kind"])]["fn"] += 1
                    tally[(metric, "all")]["fn"] += 1
                if p is not None:
                    tally[(metric, p["kind"])]["fp"] += 1
                    tally[(metric, "all")]["fp"] += 1
                if metric == "value":
                    misses.append(f"  gold {g and (g['text'], g['value'], g['low'], g['high'], g['unit'])} | "
                                  f"pred {p and (p['text'], p['kind'], p['value'], p['low'], p['high'], p['unit'])}"
                                  f" | {row['text'][:70]}")
            if g is not None and g.get("concept"):
                ok = p is not None and p.get("concept") and _fold(g["concept"]) & _fold(p["concept"])
                tally[("concept", "all")]["tp" if ok else "fn"] += 1
                if p is not None and p.get("concept") and not ok:
                    tally[("concept", "all")]["fp"] += 1
                    misses.append(f"  concept gold {g['concept']} pred {p['concept']} | {row['text'][:70]}")
            elif p is not None and p.get("concept") and (g is None or not g.get("concept")):
                tally[("concept", "all")]["fp"] += 1
                misses.append(f"  concept gold None pred {p['concept']} ({p['text']}) | {row['text'][:70]}")
    return {"tally": tally, "misses": misses}


def prf(t: dict) -> tuple[float, float, float]:
    p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(verbose: bool = False) -> int:
    from claimdiff.nlp import load_pipeline

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    systems = {"claimdiff": ours(load_pipeline())}
    q = peer()
    if q is not None:
        systems["quantulum3"] = q
    results = {name: score(rows, run) for name, run in systems.items()}
    n_claims = sum(len(r["claims"]) for r in rows)
    print(f"{len(rows)} sentences, {n_claims} gold claims ({DATA.name})")
    print(f"{'system':<11} {'metric':<10} {'kind':<9} {'P':>6} {'R':>6} {'F1':>6}")
    for name, res in results.items():
        for metric in ("span", "value", "bare", "concept"):
            kinds = ("all",) if metric in ("concept", "bare") else ("all",) + KINDS
            for kind in kinds:
                t = res["tally"].get((metric, kind))
                if not t:
                    continue
                p, r, f = prf(t)
                label = {"value": "value+unit", "bare": "no-bounds"}.get(metric, metric)
                print(f"{name:<11} {label:<10} {kind:<9} {p:6.3f} {r:6.3f} {f:6.3f}")
    heldout = [r for r in rows if r.get("split") == "heldout"]
    if heldout:
        print(f"held-out rows only ({len(heldout)} sentences written after the extractor was tuned):")
        for name, run in systems.items():
            t = score(heldout, run)["tally"]
            print(f"  {name:<11} value+unit F1 {prf(t[('value', 'all')])[2]:.3f}  "
                  f"span F1 {prf(t[('span', 'all')])[2]:.3f}  concept F1 {prf(t[('concept', 'all')])[2]:.3f}")
    ours_v = prf(results["claimdiff"]["tally"][("value", "all")])[2]
    ours_c = prf(results["claimdiff"]["tally"][("concept", "all")])[2]
    peer_v = prf(results["quantulum3"]["tally"][("value", "all")])[2] if "quantulum3" in results else 0.0
    if verbose:
        print("\n".join(results["claimdiff"]["misses"]))
    ok = ours_v >= TARGET_VALUE_F1 and ours_c >= TARGET_CONCEPT_F1 and ours_v > peer_v
    print(f"targets: value+unit F1 {ours_v:.3f} >= {TARGET_VALUE_F1}, concept F1 {ours_c:.3f} >= "
          f"{TARGET_CONCEPT_F1}, ahead of quantulum3 ({peer_v:.3f}): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv))
