"""Config discovery, validation and precedence (flags over file over defaults)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdiff.config import Config, build_options, find_config, load_config
from claimdiff.errors import ConfigError
from claimdiff.options import Options


def test_found_upward_claimdiff_toml_first(tmp_path: Path) -> None:
    deep = tmp_path / "newsroom" / "stories" / "flood"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.claimdiff]\nformat = "json"\n', encoding="utf-8")
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "newsroom" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(deep) == tmp_path / "pyproject.toml"  # no [tool.claimdiff] there: keep looking
    (tmp_path / "newsroom" / "claimdiff.toml").write_text('format = "markdown"\n', encoding="utf-8")
    assert find_config(deep) == tmp_path / "newsroom" / "claimdiff.toml"
    assert load_config(start=deep).get("format") == "markdown"


def test_values_become_options(tmp_path: Path) -> None:
    path = tmp_path / "claimdiff.toml"
    path.write_text(
        'rel-tolerance = 0.02\napprox_tolerance = 0.2\nignored-measures = ["wounded"]\n'
        'disabled-extractors = ["money"]\nassume-date = "2026-03-14"\njobs = 2\ncache = false\n'
        'baseline = "ci/accepted.json"\n', encoding="utf-8")
    cfg = load_config(path)
    options = build_options(cfg)
    assert options.rel_tolerance == 0.02 and options.approx_tolerance == 0.2
    assert options.ignored_measures == frozenset({"wounded"})
    assert options.disabled_extractors == frozenset({"money"})
    assert options.assume_date == dt.date(2026, 3, 14)
    assert options.jobs == 2 and options.use_cache is False
    assert cfg.get("baseline") == str((tmp_path / "ci" / "accepted.json").resolve())  # relative to the file


def test_flags_override_the_file(tmp_path: Path) -> None:
    path = tmp_path / "claimdiff.toml"
    path.write_text('rel-tolerance = 0.02\njobs = 3\nignored-measures = ["wounded"]\n', encoding="utf-8")
    options = build_options(load_config(path), rel_tolerance=0.07, jobs=None, ignored_measures=["killed"])
    assert options.rel_tolerance == 0.07
    assert options.jobs == 3  # None means the flag was not given
    assert options.ignored_measures == frozenset({"killed"})
    assert build_options(Config()) == Options()


@pytest.mark.parametrize("text, message", [
    ('formatt = "json"\n', "unknown key 'formatt'"),
    ('format = "pdf"\n', "format must be one of"),
    ('fail-on = "sometimes"\n', "fail-on"),
    ('rel-tolerance = 1.5\n', r"\[0, 1\)"),
    ('rel-tolerance = "5%"\n', "must be a float"),
    ('jobs = true\n', "must be a int"),
    ('jobs = 0\n', "at least 1"),
    ('ignored-measures = "wounded"\n', "must be a list"),
    ('assume-date = "yesterday"\n', "YYYY-MM-DD"),
    ('format = \n', "invalid TOML"),
])
def test_invalid_config_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "claimdiff.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_named_pyproject_without_table_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no \[tool.claimdiff\]"):
        load_config(path)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_no_config_anywhere_gives_defaults(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    assert load_config(start=tmp_path) == Config()


def test_exclude_from_the_file_and_the_command_line_add_up(tmp_path: Path) -> None:
    path = tmp_path / "claimdiff.toml"
    path.write_text('exclude = ["drafts", "reports/*.html"]\n', encoding="utf-8")
    options = build_options(load_config(path), exclude=["*.bak.md"])
    # a pattern with a folder is anchored at the config file's folder; a bare name is not
    assert options.exclude == ("drafts", f"{tmp_path.resolve().as_posix()}/reports/*.html", "*.bak.md")
    assert build_options(load_config(path)).exclude[0] == "drafts"
    with pytest.raises(ConfigError, match="exclude must be a list of strings"):
        bad = tmp_path / "bad.toml"
        bad.write_text("exclude = [1]\n", encoding="utf-8")
        load_config(bad)
