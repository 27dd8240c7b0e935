"""The CLI in-process: formats, check/baseline exit codes, config, one-line errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

from claimdiff import cli
from claimdiff.schema import report_schema, schema_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = str(ROOT / "data" / "articles")


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        cli.main(list(args))
    out, err = capsys.readouterr()
    return done.value.code, out, err


@pytest.mark.parametrize("fmt, marker", [
    ("text", "CONFLICT"), ("json", '"schema_version": 1'), ("markdown", "#### Conflicts"),
    ("html", "<!DOCTYPE html>"), ("github", "::error file="), ("sarif", '"version": "2.1.0"'),
])
def test_every_format(capsys, fmt: str, marker: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "compare", ARTICLES, "--format", fmt, "--no-cache")
    assert code == 0, err
    assert marker in out
    assert "\x1b[" not in out  # not a terminal: no colour
    if fmt == "json":
        jsonschema.validate(json.loads(out), report_schema())


def test_schema_command(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "schema")
    assert code == 0 and out == schema_text()


def test_check_fails_on_conflicts_then_passes_with_a_baseline(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "check", ARTICLES, "--no-cache", "--format", "github")
    assert code == 1
    assert out.count("::error") >= 6 and "new conflicts" in err
    assert run(capsys, "check", ARTICLES, "--no-cache", "--exit-zero")[0] == 0

    code, baseline, _ = run(capsys, "baseline", ARTICLES, "--no-cache")
    assert code == 0
    entries = json.loads(baseline)["entries"]
    assert len(entries) >= 3 and all(e["reason"] == "" for e in entries)
    path = tmp_path / ".claimdiff-baseline.json"
    path.write_text(baseline, encoding="utf-8")
    code, out, err = run(capsys, "check", ARTICLES, "--no-cache", "--baseline", str(path), "--format", "github")
    assert code == 0, err
    assert "::error" not in out
    assert f"0 new conflicts, {len(entries)} accepted by the baseline" in err


def test_stale_entries_are_reported(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, baseline, _ = run(capsys, "baseline", ARTICLES, "--no-cache")
    doc = json.loads(baseline)
    doc["entries"].append({"id": "gone", "fingerprint": "f" * 20, "code": "CS01", "topic": "a figure since corrected",
                           "articles": sorted({a for e in doc["entries"] for a in e["articles"]}), "reason": ""})
    path = tmp_path / "b.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(capsys, "check", ARTICLES, "--no-cache", "--baseline", str(path))
    assert code == 0
    assert "stale baseline entry gone (CS01 a figure since corrected)" in err


def test_update_baseline_keeps_reasons(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "accepted.json"
    assert run(capsys, "check", ARTICLES, "--no-cache", "--baseline", str(path), "--update-baseline")[0] == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["entries"][0]["reason"] = "both figures are South Korean estimates at different dates"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run(capsys, "check", ARTICLES, "--no-cache", "--baseline", str(path), "--update-baseline")[0] == 0
    assert "different dates" in path.read_text(encoding="utf-8")
    assert run(capsys, "check", ARTICLES, "--no-cache", "--baseline", str(path))[0] == 0


def test_config_sets_the_default_format_and_flags_win(capsys, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "claimdiff.toml").write_text('format = "markdown"\ncache = false\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "compare", ARTICLES)
    assert code == 0, err
    assert out.startswith("## claimdiff report")
    code, out, _ = run(capsys, "compare", ARTICLES, "--format", "json")
    assert code == 0 and out.startswith("{")


@pytest.mark.parametrize("args, needle", [
    (["compare", ARTICLES, "--format", "pdf"], "--format"),
    (["compare", ARTICLES, "--bogus"], "No such option"),
    (["check", ARTICLES, "--fail-on", "sometimes"], "--fail-on"),
    (["check", ARTICLES, "--baseline", "/nonexistent/b.json"], "baseline not found"),
    (["check", ARTICLES, "--update-baseline"], "needs --baseline"),
    (["compare", ARTICLES, "--config", "/nonexistent/claimdiff.toml"], "config file not found"),
    (["compare", ARTICLES, "--output", "/nonexistent/dir/out.json", "-f", "json"], "cannot write"),
    (["compare", "no/such/folder"], "not found"),
    (["compare"], "Missing argument"),
])
def test_errors_exit_2_with_one_line(capsys, args: list[str], needle: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert needle in err and "Traceback" not in err


def test_bad_config_is_exit_2(capsys, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "claimdiff.toml").write_text('tolerance = 0.1\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "compare", ARTICLES)
    assert code == 2 and "unknown key 'tolerance'" in err


def test_colour_rules(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli._use_color(False, None) is True
    assert cli._use_color(True, None) is False
    assert cli._use_color(False, Path("out.txt")) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._use_color(False, None) is False


def test_progress_bar_only_for_a_terminal_and_more_than_a_handful(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    bar = cli._Bar()
    bar(10, 40)
    assert bar.progress is None  # not a terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    bar(2, cli.HANDFUL)
    assert bar.progress is None  # a handful: no bar
    bar(10, 40)
    assert bar.progress is not None
    bar.close()
