"""The figure-dense row of ``make bench``: situation reports that list figures line after line.

A situation report states hundreds of figures of a few kinds ("In Kessel
district, 40 people died and 85 were injured."), so one article's block holds
hundreds of claims, where a wire story holds a dozen. Every pairwise step over
the claims of one article or one block shows up here as cost growing faster
than the text. Two reports of one situation (two agencies, partly different
figures) are written from the patterns below at $BENCH_DENSE_LINES lines each
(default "1000,4000"), from a seeded RNG, and compared cold; bare spaCy parses
the same texts. Targets: per line, the longest within 1.3x of the shortest, and
each under 1.5x bare spaCy's CPU time for the same text.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

from .measure import Run, measure

TARGET_PER_LINE = 1.3  # longest / shortest, CPU per line
TARGET_BARE = 1.5  # claimdiff cold / bare spaCy, CPU, same text

PLACES = ("Tarvik", "Lomond", "Eastmere", "Kessel", "Brightwater", "Orlov", "San Aurelio", "Port Nevin",
          "Caldera", "Westfold", "Harlan", "Mossgiel", "Aldersey", "Fenwick", "Quarry Hill", "Dunmore")
UNITS = ("district", "ward", "county", "township", "sector")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("March", "April", "May", "June")
LINES = (
    "In {place} {unit}, {a} people died and {b} were injured.",
    "{place} {unit} reported {a} deaths and {b} injuries by {weekday}.",
    "At least {a} homes were destroyed in {place} {unit}, and {b} families were moved to shelters.",
    "Officials in {place} {unit} said {a} people were missing and {b} had been rescued.",
    "The clinic in {place} {unit} treated {a} patients on {weekday}, {b} of them children.",
    "{place} {unit} received ${m}.{d} million in aid on {month} {day}; {p}% of it has been spent.",
    "Water was restored to {p} percent of {place} {unit} after {h} hours, officials said.",
    "Roads into {place} {unit} reopened on {weekday}, {k} kilometres of them still damaged.",
)


def report(lines: int, seed: int) -> str:
    """One agency's report: a title, then ``lines`` lines of figures."""
    rng = random.Random(seed)
    out = [f"Situation report {seed}: floods in the northern provinces", ""]
    for _ in range(lines):
        out.append(rng.choice(LINES).format(
            place=rng.choice(PLACES), unit=f"{rng.choice(UNITS)} {rng.randint(1, 60)}",
            a=rng.randint(1, 400), b=rng.randint(1, 900), m=rng.randint(1, 90), d=rng.randint(1, 9),
            p=rng.randint(1, 99), h=rng.randint(2, 72), k=rng.randint(1, 40),
            weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS), day=rng.randint(1, 28)))
    return "\n".join(out) + "\n"


def _story(root: Path, lines: int) -> tuple[Path, Path]:
    """The story folder (two reports) and the bare run's input (their texts, one JSON string a line)."""
    story = root / f"dense-{lines}" / "floods"
    shutil.rmtree(story.parent, ignore_errors=True)
    story.mkdir(parents=True)
    texts = [report(lines, 1), report(lines, 2)]
    for name, text in zip(("agency-a.txt", "agency-b.txt"), texts):
        (story / name).write_text(text, encoding="utf-8")
    jsonl = root / f"dense-{lines}.jsonl"
    jsonl.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    return story, jsonl


def bench_dense(root: Path, py: str, env: dict[str, str], batch_size: int) -> tuple[list[Run], list[str]]:
    sizes = sorted(int(s) for s in os.environ.get("BENCH_DENSE_LINES", "1000,4000").split(",") if s.strip())
    runs: list[Run] = []
    failures: list[str] = []
    per_line: dict[int, float] = {}
    env = dict(env, CLAIMDIFF_CACHE_DIR=str(root / "cache-dense"))
    for lines in sizes:
        story, jsonl = _story(root, lines)
        bare = measure(f"dense {lines} lines bare", [py, "-m", "bench.bare", str(jsonl), str(batch_size)], env)
        cold = measure(f"dense {lines} lines claimdiff", [py, "-m", "claimdiff", "compare", str(story), "--no-cache",
                                                         "-f", "json", "-o", str(root / f"out-dense-{lines}.json")], env)
        cold.base = bare
        runs += [bare, cold]
        if bare.code or cold.code:
            failures.append(f"dense {lines}: exit {bare.code or cold.code}")
            continue
        per_line[lines] = cold.cpu / (2 * lines)
        print(f"dense {lines} lines: claimdiff {1000 * per_line[lines]:.2f} ms CPU a line, "
              f"{cold.cpu / bare.cpu:.2f}x bare spaCy")
        if cold.cpu > TARGET_BARE * bare.cpu:
            failures.append(f"dense {lines}: cold CPU {cold.cpu / bare.cpu:.2f}x bare spaCy > {TARGET_BARE}x")
    if len(per_line) >= 2:
        short, long_ = min(per_line), max(per_line)
        ratio = per_line[long_] / per_line[short]
        print(f"dense: CPU a line at {long_} lines is {ratio:.2f}x that at {short} lines")
        if ratio > TARGET_PER_LINE:
            failures.append(f"dense: {long_} lines cost {ratio:.2f}x a line of {short} lines > {TARGET_PER_LINE}x")
    return runs, failures
