"""A full `claimdiff compare` run never modifies, adds or removes input files.

Runs the real CLI in a subprocess over a folder holding every input format
(plus the sample story and a file that is skipped), comparing bytes, mtimes
and the folder listing before and after.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    out = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        out[str(path.relative_to(folder))] = (path.read_bytes() if path.is_file() else b"", st.st_mtime_ns, st.st_mode)
    return out


def _cli() -> list[str]:
    try:
        import claimdiff.cli  # noqa: F401
    except ImportError as err:  # pragma: no cover - only before the CLI exists
        pytest.skip(f"claimdiff.cli is not importable yet: {err}")
    return [sys.executable, "-m", "claimdiff"]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for src in SAMPLE.iterdir():
        shutil.copy2(src, folder / src.name)
    (folder / "wire.json").write_text(json.dumps(
        [{"id": "wire", "title": "Bridge works begin", "date": "2025-04-30",
          "text": "Work on the 1 km road bridge began on Wednesday and should take 2 years."}]))
    (folder / "notes.md").write_text("---\nsource: Notes\ndate: 2025-05-02\n---\n\n# Bridge\n\nThe bridge "
                                     "will cost $9 million, officials said.\n")
    (folder / "page.html").write_text("<html><body><article><p>The bridge will be 1,000 metres long and "
                                      "open in 2026, the ministry said on Thursday.</p></article></body></html>")
    (folder / "win.txt").write_bytes("Caf\u00e9 owners said the bridge cost \u20ac8m.".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    os.utime(folder / "notes.md", ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return folder


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_compare_leaves_inputs_untouched(story, tmp_path, fmt):
    before = _snapshot(story)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), NO_COLOR="1")
    out = tmp_path / f"report.{fmt}"
    result = subprocess.run([*_cli(), "compare", str(story), "--format", fmt, "--output", str(out)],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert out.exists()
    assert _snapshot(story) == before
    if fmt == "json":
        ids = {a["id"] for a in json.loads(out.read_text())["articles"]}
        assert {"wire", "notes", "page", "win"} <= ids


def test_sample_story_untouched(tmp_path):
    before = _snapshot(SAMPLE)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([*_cli(), "compare", str(SAMPLE), "--format", "json"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    assert _snapshot(SAMPLE) == before
