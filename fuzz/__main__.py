"""``python -m fuzz [--seconds 60] [--seed 0] [--timeout 10] [--save DIR]``

Prints the number of inputs tried and every failure; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from .limits import Timeout, time_limit
from .mutate import KINDS, dense, encode, mutate_text, wrap

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("json", "text", "markdown", "html", "github", "sarif")

# A few written seeds besides the sample story, so mutants start from several beats.
SEEDS = (
    "date 2024-03-09\nRiver levels rose by 2 metres overnight and 340 homes were evacuated, the agency said "
    "on Saturday. At least 3 people died.\n\nRepairs will take 6 weeks and cost $12 million.",
    "title: Rail fares rise\n\nFares will rise 4.9% from 3 March, the operator said. Unions said more than "
    "1,200 jobs were at risk by mid-2025.",
    "Officials said on Wednesday that about 15,000 people had been displaced, and that 58 were killed or "
    "injured. The bridge, 1.2 km (0.75 miles) long, reopened in June 2024.",
)


def check_report(report) -> str:
    """Invariants over a report; returns its JSON records (for the determinism check)."""
    from claimdiff.report import render

    for story in report.stories:
        texts = {a.id: a for a in story.articles}
        for article in story.articles:
            for clean, raw, n in article.offsets:
                assert article.raw[raw:raw + n] == article.text[clean:clean + n], f"offset run {article.id}"
        for claim in list(story.claims) + [c for f in story.findings for c in f.claims]:
            text = texts[claim.article].text
            assert text[claim.start:claim.end] == claim.text, f"claim span {claim.article} {claim.start}:{claim.end}"
            assert 0 <= claim.score <= 1, f"score {claim.score}"
    records = json.dumps(report.to_records(), sort_keys=True)
    for fmt in FORMATS:
        out = render(report, fmt)
        assert isinstance(out, str), f"{fmt} renderer returned {type(out).__name__}"
    return records


def corpus_only(rng: random.Random, seeds: list[str], folder: Path) -> None:
    """The cheap stage: decode + read one mutant in every format, offsets exact, twice the same."""
    from claimdiff.corpus import parse_text
    from claimdiff.corpus.encoding import NotText, decode

    kind = rng.choice(KINDS)
    data = encode(rng, wrap(rng, kind, mutate_text(rng, rng.choice(seeds), seeds)))
    kept = folder.parent / f"{folder.name}-corpus-mutant.{kind}"  # outside the story folder
    kept.write_bytes(data)
    try:
        text = decode(data).text
    except NotText:
        kept.unlink()
        return
    result = parse_text(text, kind)
    for article in result[0]:
        for clean, raw, n in article.offsets:
            assert article.raw[raw:raw + n] == article.text[clean:clean + n], "offset run"
    assert all("\n" not in w for w in result[1]), "multi-line warning"
    assert parse_text(text, kind) == result, "reader output differs between two runs"
    kept.unlink()


def run_one(folder: Path, options, recheck: bool, own_report: str | None = None) -> None:
    """Compare the folder and check the report; ``own_report`` (a format): then write
    claimdiff's report of the folder into it and compare again, which must skip the
    report and find the same."""
    from claimdiff.api import compare
    from claimdiff.errors import ClaimdiffError
    from claimdiff.report import render

    try:
        report = compare([folder], options)
    except ClaimdiffError as err:
        # one line, then the skipped files, one indented line each
        lines = str(err).split("\n")
        assert lines[0] and all(line.startswith("  ") for line in lines[1:]), "malformed error message"
        return
    first = check_report(report)
    if recheck:
        assert check_report(compare([folder], options)) == first, "output differs between two runs"
    if own_report:
        ext = {"json": "json", "sarif": "json", "markdown": "md", "html": "html"}.get(own_report, "txt")
        (folder / f"zz-report.{ext}").write_text(render(report, own_report), encoding="utf-8")
        again = compare([folder], options)
        assert [a.path for a in again.articles] == [a.path for a in report.articles], "read its own report"
        assert [f.id for f in again.findings] == [f.id for f in report.findings], "its own report changed findings"


def _where(err: BaseException) -> str:
    """The innermost claimdiff frame: where the failure (or the hang) happened."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "/claimdiff/" in f.filename]
    frame = frames[-1] if frames else traceback.extract_tb(err.__traceback__)[-1]
    return f"{Path(frame.filename).parent.name}/{Path(frame.filename).name}:{frame.lineno} ({frame.name})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget (default 60)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=int, default=10, help="per-input limit in seconds (default 10)")
    parser.add_argument("--corpus-per-input", type=int, default=10,
                        help="extra corpus-only mutants per compare input (default 10)")
    parser.add_argument("--save", type=Path, default=None, help="folder for failing inputs (default: a temp folder)")
    args = parser.parse_args(argv)

    from claimdiff.nlp import load_pipeline
    from claimdiff.options import Options

    load_pipeline()  # not part of the budget per input
    options = Options(use_cache=False)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    seeds += list(SEEDS)
    rng = random.Random(args.seed)
    save = args.save or Path(tempfile.mkdtemp(prefix="claimdiff-fuzz-"))
    tried = failures = corpus_tried = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="claimdiff-fuzz-work-") as work:
        while time.monotonic() - started < args.seconds:
            tried += 1
            folder = Path(work) / f"input-{tried:06d}"
            folder.mkdir()
            for i in range(rng.choice([1, 2, 2, 3])):
                kind = rng.choice(KINDS)
                text = mutate_text(rng, rng.choice(seeds), seeds) if i == 0 or rng.random() < 0.5 else rng.choice(seeds)
                if i == 1 and rng.random() < 0.1:
                    text = dense(rng, seeds)
                name = f"a{i}.{'md' if kind == 'md' else kind}"
                (folder / name).write_bytes(encode(rng, wrap(rng, kind, text)) if i == 0 else wrap(rng, kind, text).encode())
            try:
                with time_limit(args.timeout):
                    for _ in range(args.corpus_per_input):
                        corpus_tried += 1
                        corpus_only(rng, seeds, folder)
                    run_one(folder, options, recheck=tried % 10 == 0,
                            own_report=rng.choice(FORMATS) if rng.random() < 0.1 else None)
            except Exception as err:  # noqa: BLE001 - any escape is a finding
                failures += 1
                kept = save / f"failure-{failures:03d}"
                kept.mkdir(parents=True, exist_ok=True)
                for path in [*folder.iterdir(), *folder.parent.glob(f"{folder.name}-corpus-mutant.*")]:
                    (kept / path.name).write_bytes(path.read_bytes())
                    if path.parent != folder:
                        path.unlink()
                print(f"FAIL #{failures} input {tried}: {type(err).__name__}: {str(err)[:160]} "
                      f"at {_where(err)} -> {kept}", flush=True)
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
    elapsed = time.monotonic() - started
    print(f"fuzz: {tried} story inputs through the whole compare + {corpus_tried} corpus-only inputs "
          f"tried in {elapsed:.0f} s (seed {args.seed}), {failures} failure(s)"
          + (f"; failing inputs kept in {save}" if failures else ""))
    if not failures and args.save is None:
        save.rmdir()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
