"""``make bench`` (``python -m bench``): claimdiff against bare spaCy on a synthetic corpus.

For each size in $BENCH_SIZES (default "1000,10000"; CI sets a small one), it
builds a corpus of story folders (bench/corpus.py) under $BENCH_DIR (default
.bench/), then runs, each as its own process so every figure includes
interpreter start and model load:

- bare: ``nlp.pipe`` over the same texts, same components, same batch size;
- cold: ``claimdiff compare -f json`` with an empty cache;
- warm: the same again, served from the cache;
- warm + 1 new article: one article added to one story (the CI case), then removed;
- jobs2: ``--jobs 2 --no-cache``;
- ``claimdiff --help`` (best of 5);
- the figure-dense row (bench/dense.py): two situation reports of $BENCH_DENSE_LINES
  lines each (default "1000,4000"), cold against bare spaCy, per line.

Every run's wall time, CPU time (user+sys, the process and its workers) and peak
RSS (the process tree, sampled) are printed, with ratios to bare spaCy. The
machine may be shared, so the cold/bare target is judged on CPU time, which
other load does not inflate; wall ratios are printed beside it. The JSON of
cold, warm and jobs2 must be byte-identical. Exit 1 if a target is missed.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import sys
from pathlib import Path

from .corpus import build
from .dense import bench_dense
from .measure import Run, measure

TARGET_COLD = 1.3  # claimdiff cold / bare spaCy, CPU time
TARGET_WARM = 20.0  # cold / warm, wall time
TARGET_HELP = 0.3  # seconds, wall
TARGET_RSS_10K = 1.5 * 2**30  # bytes, for 10,000 articles
BATCH_SIZE = 32  # claimdiff's default (Options.batch_size)


def _texts(corpus: Path, out: Path) -> int:
    """The cleaned texts claimdiff parses, one JSON string a line, for the bare run."""
    from claimdiff.corpus import discover, load_story

    n = 0
    with out.open("w", encoding="utf-8") as f:
        for source in discover([corpus]):
            articles, _ = load_story(source)
            for a in articles:
                f.write(json.dumps(a.text) + "\n")
                n += 1
    return n


def _corpus(root: Path, size: int) -> Path:
    corpus = root / f"corpus-{size}"
    done = root / f"corpus-{size}.done"
    if not done.exists():
        shutil.rmtree(corpus, ignore_errors=True)
        build(corpus, size)
        done.write_text("ok\n")
    return corpus


def snapshot(root: Path) -> dict[str, str]:
    """Copy src/claimdiff and bench/ aside and run from the copy: the cache key holds
    a hash of the extraction code, so an edit in the working tree during a long
    run would turn the warm run cold."""
    here = Path(__file__).resolve().parent
    dest = root / "snapshot"
    shutil.rmtree(dest, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(here.parent / "src" / "claimdiff", dest / "claimdiff", ignore=ignore)
    shutil.copytree(here, dest / "bench", ignore=ignore)
    sys.path.insert(0, str(dest))  # _texts() below reads articles with the copy too
    return dict(os.environ, PYTHONPATH=str(dest))


def bench_size(root: Path, size: int, py: str, base_env: dict[str, str]) -> tuple[list[Run], list[str]]:
    corpus = _corpus(root, size)
    texts = root / f"texts-{size}.jsonl"
    n = _texts(corpus, texts)
    cache = root / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    env = dict(base_env, CLAIMDIFF_CACHE_DIR=str(cache))
    compare = [py, "-m", "claimdiff", "compare", str(corpus), "-f", "json", "-o"]
    outs = {k: root / f"out-{size}-{k}.json" for k in ("cold", "warm", "jobs2")}
    runs = [
        measure(f"{n} bare nlp.pipe", [py, "-m", "bench.bare", str(texts), str(BATCH_SIZE)], env),
        measure(f"{n} claimdiff cold", compare + [str(outs["cold"])], env),
        measure(f"{n} claimdiff warm", compare + [str(outs["warm"])], env),
        _plus_one(corpus, f"{n} warm + 1 new article", compare + [str(root / f"out-{size}-plus1.json")], env),
        measure(f"{n} claimdiff --jobs 2", compare + [str(outs["jobs2"]), "--jobs", "2", "--no-cache"], env),
    ]
    bare, cold, warm, plus_one, jobs2 = runs
    for r in runs:
        r.base = bare
    failures = [f"{r.name}: exit {r.code}" for r in runs if r.code != 0]
    if not failures:
        # filecmp reads in blocks: reading 10,000 articles' JSON whole would raise this
        # process's peak RSS, which Linux hands on to every child's ru_maxrss (measure.py).
        failures += [f"{size}: {k} JSON differs from cold" for k in ("warm", "jobs2")
                     if not filecmp.cmp(outs[k], outs["cold"], shallow=False)]
    if cold.cpu > TARGET_COLD * bare.cpu:
        failures.append(f"{size}: cold CPU {cold.cpu / bare.cpu:.2f}x bare spaCy > {TARGET_COLD}x")
    if warm.wall * TARGET_WARM > cold.wall:
        failures.append(f"{size}: warm only {cold.wall / warm.wall:.1f}x faster than cold < {TARGET_WARM}x")
    if size >= 10_000 and max(r.rss for r in runs[1:]) > TARGET_RSS_10K:
        failures.append(f"{size}: peak RSS {max(r.rss for r in runs[1:]) / 2**30:.2f} GiB > 1.5 GiB")
    return runs, failures


def _plus_one(corpus: Path, name: str, cmd: list[str], env: dict[str, str]) -> Run:
    """The CI case: one article added to one story of a cached corpus. Only that
    article is parsed and only its story judged again. The article is the story's
    first with its paragraphs in reverse order (new text, same facts); it is
    removed afterwards, so the corpus stays the one the other runs read."""
    story = min(p for p in corpus.iterdir() if p.is_dir())
    first = min(story.glob("*.txt"))
    head, _, body = first.read_text(encoding="utf-8").partition("\n\n")
    added = story / "99-bench-added.txt"
    added.write_text(head + "\n\n" + "\n\n".join(reversed(body.split("\n\n"))), encoding="utf-8")
    try:
        return measure(name, cmd, env)
    finally:
        added.unlink()


def main() -> int:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(",") if s.strip()]
    root = Path(os.environ.get("BENCH_DIR", ".bench")).resolve()
    root.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    env = snapshot(root)
    runs: list[Run] = []
    failures: list[str] = []
    for size in sizes:
        size_runs, size_failures = bench_size(root, size, py, env)
        runs += size_runs
        failures += size_failures
        print_table(size_runs)  # as we go: the 10,000 run takes a while
    if min(sizes) <= 2000:  # one more full parse: worth it on a small corpus only
        _stages(root, min(sizes), env)
    print()
    dense_runs, dense_failures = bench_dense(root, py, env, BATCH_SIZE)
    runs += dense_runs
    failures += dense_failures
    helps = [measure("claimdiff --help", [py, "-m", "claimdiff", "--help"], env) for _ in range(5)]
    best = min(helps, key=lambda r: r.wall)
    if best.wall > TARGET_HELP:
        failures.append(f"--help {best.wall:.2f} s > {TARGET_HELP} s")
    print()
    print("=== all runs ===")
    print_table(runs + [best])
    _load_note()
    print()
    for f in failures:
        print(f"MISSED {f}")
    print("all targets met" if not failures else f"{len(failures)} target(s) missed")
    # CI runs the bench to prove it works end to end on a small size; its timings on a
    # shared CI machine are not a measurement, so there BENCH_ENFORCE=0 reports misses
    # without failing. `make bench` on a quiet machine enforces the targets.
    if os.environ.get("BENCH_ENFORCE", "1") == "0":
        return 0
    return 1 if failures else 0


def _stages(root: Path, size: int, env: dict[str, str]) -> None:
    """CPU per stage, per article, on the smallest corpus: where the time goes."""
    import subprocess

    cache = root / f"cache-stages-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    done = subprocess.run([sys.executable, "-m", "bench.stages", str(root / f"corpus-{size}"), str(cache)],
                          env=env, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"stages: exit {done.returncode}: {done.stderr.strip()[-300:]}")
        return
    data = json.loads(done.stdout)
    n = data["articles"]
    parse = data["cpu"].get("parse", 0.0) or 1.0
    print()
    print(f"=== CPU by stage, {n} articles (one process, python -m bench.stages) ===")
    print(f"{'stage':<34} {'cpu s':>8} {'ms/article':>11} {'vs parse':>9}")
    for stage, sec in data["cpu"].items():
        print(f"{stage:<34} {sec:>8.2f} {1000 * sec / n:>11.2f} {sec / parse:>8.0%}")
    sys.stdout.flush()


def print_table(runs: list[Run]) -> None:
    head = f"{'run':<28} {'wall s':>8} {'cpu s':>8} {'wall/bare':>10} {'cpu/bare':>9} {'peak RSS MiB':>13}"
    print(head)
    print("-" * len(head))
    for r in runs:
        wr = f"{r.wall / r.base.wall:.2f}x" if r.base else "-"
        cr = f"{r.cpu / r.base.cpu:.2f}x" if r.base else "-"
        print(f"{r.name:<28} {r.wall:>8.2f} {r.cpu:>8.2f} {wr:>10} {cr:>9} {r.rss / 2**20:>13.0f}")
    sys.stdout.flush()


def _load_note() -> None:
    try:
        one, five, _ = os.getloadavg()
        print(f"(load average {one:.1f} / {five:.1f} on {os.cpu_count()} CPUs; "
              "wall times grow with other load, CPU times much less)")
    except OSError:
        pass


if __name__ == "__main__":
    sys.exit(main())
