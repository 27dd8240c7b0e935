"""Bad input through the CLI: a one-line message and exit 2 when nothing can be
compared; a warning (and the rest still compared) for a bad file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimdiff.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "articles"
GOOD = ("Rescuers said 40 people were missing after the landslide on Tuesday, police said.\n",
        "Police said 38 people were missing after Tuesday's landslide, and 2 were found alive.\n")


def run(*args: str):
    result = CliRunner().invoke(app, ["compare", *args, "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def one_line_error(result) -> str:
    """The error line; any lines after it are the skipped files, one indented line each."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and lines[0].startswith("claimdiff: error:"), result.stderr
    assert all(line.startswith("  ") for line in lines[1:]), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def skipped_lines(result) -> list[str]:
    return [line.strip() for line in result.stderr.splitlines()[1:] if line.strip()]


def story(tmp_path: Path, **files: str | bytes) -> Path:
    folder = tmp_path / "story"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        name = name.replace("_", ".", 1) if "_" in name else name
        data = content if isinstance(content, bytes) else content.encode()
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("setup, message", [
    (lambda t: t / "missing", "path not found"),
    (lambda t: (t / "empty").mkdir() or t / "empty", "no article files"),
    (lambda t: story(t, a_txt=GOOD[0]), "need at least two"),
    (lambda t: story(t, a_txt=GOOD[0], b_txt=b"", c_json="{oops"), "need at least two"),
    (lambda t: story(t, a_txt=b"\x00\x01binary", b_txt=b"  \n"), "need at least two"),
])
def test_fatal_inputs_exit_2_with_one_line(tmp_path, setup, message):
    result = run(str(setup(tmp_path)))
    assert result.exit_code == 2
    assert message in one_line_error(result)


@pytest.mark.parametrize("bad, reason", [
    (b"\x00\x01\x02binary\x00", "binary file"),
    ("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>", "no article text"),
    (b"", "empty file"),
])
def test_refusal_names_each_skipped_file_and_why(tmp_path, bad, reason):
    folder = story(tmp_path, a_txt=GOOD[0], **{"b_" + ("html" if isinstance(bad, str) else "txt"): bad})
    result = run(str(folder))
    assert result.exit_code == 2
    assert "need at least two readable articles" in one_line_error(result)
    listed = skipped_lines(result)
    assert len(listed) == 1 and listed[0].startswith("skipped ") and reason in listed[0], listed
    assert "b." in listed[0]


def test_refusal_lists_every_skipped_file_one_line_each(tmp_path):
    folder = story(tmp_path, a_txt=GOOD[0], b_txt=b"\x00\x01", c_txt=b"", d_json="{oops")
    result = run(str(folder))
    assert result.exit_code == 2
    one_line_error(result)
    listed = skipped_lines(result)
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in listed] == ["b.txt", "c.txt", "d.json"], listed


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_argument_exit_2(tmp_path):
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    result = run(str(tmp_path / "loop"))
    assert result.exit_code == 2 and "symlink loop" in one_line_error(result)


def test_bad_files_are_warnings_and_the_rest_is_compared(tmp_path):
    folder = story(tmp_path, a_txt=GOOD[0], b_md=GOOD[1], c_txt=b"\x00\x01\x02\x03", d_txt=b"",
                   e_json='{"text": ', f_html="<html><body><script>x()</script></body></html>",
                   g_md="---\ntitle: [oops\n---\nFour people were hurt.\n")
    result = run(str(folder))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert {a["id"] for a in report["articles"]} == {"a", "b", "g"}
    warnings = "\n".join(report["warnings"])
    for expected in ("c.txt: binary", "d.txt: empty file", "e.json: malformed JSON", "f.html",
                     "g.md: malformed front matter"):
        assert expected in warnings


def test_named_files_of_different_formats(tmp_path):
    folder = story(tmp_path, a_txt=GOOD[0],
                   b_html=f"<html><body><article><p>{GOOD[1]}</p></article></body></html>")
    result = run(str(folder / "a.txt"), str(folder / "b.html"))
    assert result.exit_code == 0, result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a", "b"]


def test_folder_of_story_folders(tmp_path):
    for name in ("landslide", "bridge"):
        sub = tmp_path / "stories" / name
        sub.mkdir(parents=True)
        if name == "bridge":
            for src in SAMPLE.iterdir():
                shutil.copy(src, sub / src.name)
        else:
            (sub / "a.txt").write_text(GOOD[0])
            (sub / "b.txt").write_text(GOOD[1])
    result = run(str(tmp_path / "stories"))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["name"] for s in report["stories"]] == ["bridge", "landslide"]


@pytest.mark.parametrize("fmt, name", [("html", "report.html"), ("markdown", "report.md"), ("text", "report.txt"),
                                       ("json", "report.json"), ("github", "annotations.txt")])
def test_a_report_written_beside_the_articles_is_not_read_as_one(tmp_path, fmt, name):
    folder = story(tmp_path, a_txt=GOOD[0], b_txt=GOOD[1])
    first = json.loads(run(str(folder)).stdout)
    written = CliRunner().invoke(app, ["compare", str(folder), "-f", fmt, "-o", str(folder / name)])
    assert written.exit_code == 0, written.stderr
    again = run(str(folder))
    assert again.exit_code == 0, again.stderr
    report = json.loads(again.stdout)
    assert [a["id"] for a in report["articles"]] == ["a", "b"]
    assert [f["verdict"] for f in report["findings"]] == [f["verdict"] for f in first["findings"]]
    assert any(f"{name}: a claimdiff" in w for w in report["warnings"]), report["warnings"]


def test_exclude_on_the_command_line(tmp_path):
    folder = story(tmp_path, a_txt=GOOD[0], b_txt=GOOD[1], c_txt=GOOD[1].replace("38", "12"))
    result = run(str(folder), "--exclude", "c.txt")
    assert result.exit_code == 0, result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["a", "b"]
