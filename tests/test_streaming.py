"""compare -f json and api.compare_stories handle a folder of stories story by story."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.api import compare, compare_stories
from claimdiff.errors import InputError
from claimdiff.options import Options
from claimdiff.report import render
from claimdiff.types import Story

ROOT = Path(__file__).resolve().parents[1]

PORT_A = (
    "source: Harbour Gazette\ndate: 2026-02-10\n\n"
    "The new container terminal at Eastmere cost $410 million and opened on Monday, the port "
    "authority said. About 1,200 people will work there.\n"
)
PORT_B = (
    "source: Coastal Times\ndate: 2026-02-11\n\n"
    "Eastmere's container terminal, which cost $380 million, opened on Monday. The port "
    "authority said 1,200 people would be employed.\n"
)
FIRE_A = (
    "source: Plains Daily\ndate: 2025-08-02\n\n"
    "A wildfire north of Kessel has burned 12,000 hectares since Tuesday, and 3 firefighters "
    "were injured, the fire service said.\n"
)
FIRE_B = (
    "source: Metro Observer\ndate: 2025-08-02\n\n"
    "The blaze near Kessel has scorched 9,500 hectares, the fire service said on Friday. "
    "Three firefighters were hurt.\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stories")
    for story, texts in {"fire": (FIRE_A, FIRE_B), "port": (PORT_A, PORT_B), "solo": (FIRE_A,)}.items():
        (root / story).mkdir()
        for n, text in enumerate(texts):
            (root / story / f"{n}.txt").write_text(text, encoding="utf-8")
    return root


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimdiff", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_streamed_json_is_the_report_json(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    done = _cli("compare", str(corpus), "-f", "json", "-o", str(out), "--no-cache")
    assert done.returncode == 0, done.stderr
    expected = render(compare([corpus], Options(use_cache=False)), "json")
    assert out.read_text(encoding="utf-8") == expected
    assert '"skipped story solo' in expected  # a warning only known once every story is read
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no partial file left
    stdout = _cli("compare", str(corpus), "-f", "json", "--no-cache")
    assert stdout.returncode == 0 and stdout.stdout == expected


def test_failed_run_keeps_the_old_report(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "only.txt").write_text(PORT_A, encoding="utf-8")
    out = tmp_path / "report.json"
    out.write_text("previous report\n", encoding="utf-8")
    done = _cli("compare", str(tmp_path / "in"), "-f", "json", "-o", str(out), "--no-cache")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "need at least two readable articles" in done.stderr
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "report.json"]


def test_stream_does_not_keep_stories(corpus: Path) -> None:
    """The stream holds the story it is handing out, never the ones before it."""

    def live() -> set[str]:
        gc.collect()
        return {o.name for o in gc.get_objects() if isinstance(o, Story)}

    stream = compare_stories([corpus], Options(use_cache=False))
    names = []
    for story in stream:
        names.append(story.name)
        del story
        assert not live() & set(names[:-1])
    assert names == ["fire", "port"]
    assert not live() & set(names)
    assert any("solo" in w for w in stream.warnings)


def test_stream_with_nothing_to_compare_raises_at_the_end(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(PORT_A, encoding="utf-8")
    stream = compare_stories([tmp_path], Options(use_cache=False))
    with pytest.raises(InputError, match="need at least two readable articles"):
        list(stream)


def test_missing_path_fails_before_streaming(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        compare_stories([tmp_path / "nowhere"])
