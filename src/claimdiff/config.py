"""Configuration: ``[tool.claimdiff]`` in pyproject.toml, or a claimdiff.toml.

Found from the working directory upward (the first claimdiff.toml, or the first
pyproject.toml that has a ``[tool.claimdiff]`` table, in the nearest directory
wins), or named with ``--config FILE``. Command-line flags override it.

    [tool.claimdiff]
    format = "github"                      # default --format
    fail-on = "conflict"                   # default --fail-on for check
    baseline = ".claimdiff-baseline.json"  # default --baseline for check
    rel-tolerance = 0.05                   # "equal after rounding", relative
    approx-tolerance = 0.10                # either side of "about 60"
    ignored-measures = ["wounded"]
    disabled-extractors = ["money"]
    assume-date = "2025-05-01"
    jobs = 2
    exclude = ["drafts", "reports/*.html"]  # globs; --exclude adds more

Keys may be written with dashes or underscores. Unknown keys are an error
(exit 2), so a typo never silently does nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .options import Options

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

CONFIG_NAME = "claimdiff.toml"
PYPROJECT = "pyproject.toml"
FORMATS = ("text", "json", "markdown", "html", "github", "sarif")

# key -> (type, what it configures). Types are checked; bool is not an int here.
KEYS: dict[str, tuple[type, str]] = {
    "format": (str, "default output format"),
    "fail_on": (str, "default --fail-on for check: conflict or any"),
    "baseline": (str, "default baseline file for check (relative to the config file)"),
    "rel_tolerance": (float, "relative tolerance for equal-after-rounding"),
    "approx_tolerance": (float, "tolerance either side of an approximate figure"),
    "ignored_measures": (list, "measures left out of the comparison"),
    "disabled_extractors": (list, "extractors not run, by name"),
    "assume_date": (str, "publish date (YYYY-MM-DD) for articles that have none"),
    "jobs": (int, "parallel parsing processes"),
    "backend": (str, "extraction backend: local or dask"),
    "dask_address": (str, "scheduler address for the dask backend (default: a local cluster)"),
    "cache": (bool, "read and write the extraction cache"),
    "cache_dir": (str, "where the extraction cache lives"),
    "batch_size": (int, "texts per spaCy batch"),
    "exclude": (list, "files and folders to leave out, as globs (a pattern with a / is relative to the config file)"),
    "max_story_articles": (int, "articles one story may hold (larger stories are skipped with a warning)"),
}


@dataclass(frozen=True, slots=True)
class Config:
    """Validated settings (snake_case keys) and the file they came from (None: defaults)."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def _has_table(pyproject: Path) -> bool:
    try:
        return "claimdiff" in _read(pyproject).get("tool", {})
    except ConfigError:
        return False


def find_config(start: Path | None = None) -> Path | None:
    """The nearest claimdiff.toml, or pyproject.toml with [tool.claimdiff], from ``start`` upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT
        if candidate.is_file() and _has_table(candidate):
            return candidate
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except OSError as err:
        raise ConfigError(f"cannot read config {path}: {err.strerror}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None


def _check(path: Path, key: str, value: Any) -> Any:
    kind, _ = KEYS[key]
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value, ok = float(value), True
    if not ok:
        raise ConfigError(f"{path}: {key.replace('_', '-')} must be a {kind.__name__}, got {value!r}")
    if kind is list and not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key.replace('_', '-')} must be a list of strings")
    if key == "format" and value not in FORMATS:
        raise ConfigError(f"{path}: format must be one of {', '.join(FORMATS)}, got {value!r}")
    if key == "fail_on" and value not in ("conflict", "any"):
        raise ConfigError(f"{path}: fail-on must be conflict or any, got {value!r}")
    if key.endswith("_tolerance") and not 0 <= value < 1:
        raise ConfigError(f"{path}: {key.replace('_', '-')} must be in [0, 1), got {value!r}")
    if key in ("jobs", "batch_size", "max_story_articles") and value < 1:
        raise ConfigError(f"{path}: {key.replace('_', '-')} must be at least 1, got {value!r}")
    if key == "assume_date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ConfigError(f"{path}: assume-date wants YYYY-MM-DD, got {value!r}") from None
    if key == "exclude":
        # a pattern with a folder in it is relative to the config file; a bare one matches a name anywhere
        return [p if "/" not in p or Path(p).is_absolute() else (path.parent.resolve() / p).as_posix() for p in value]
    if key in ("baseline", "cache_dir"):
        # Paths in a config file are relative to that file, not to wherever claimdiff runs.
        value = str((path.parent / value).resolve()) if not Path(value).is_absolute() else value
    return value


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read and validate ``path``, or the config found from ``start`` upward; defaults if none."""
    if path is None:
        path = find_config(start)
        if path is None:
            return Config()
    doc = _read(path)
    table = doc.get("tool", {}).get("claimdiff", {}) if path.name == PYPROJECT else doc
    if path.name == PYPROJECT and "claimdiff" not in doc.get("tool", {}):
        raise ConfigError(f"{path}: no [tool.claimdiff] table")
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.claimdiff] must be a table")
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key not in KEYS:
            known = ", ".join(k.replace("_", "-") for k in KEYS)
            raise ConfigError(f"{path}: unknown key {raw_key!r} (known: {known})")
        values[key] = _check(path, key, value)
    return Config(path, values)


def build_options(config: Config | None = None, **flags: Any) -> Options:
    """Options from the config, then the flags that were given (None = not given) on top."""
    config = config or Config()
    merged: dict[str, Any] = {}
    for key, value in config.values.items():
        if key == "cache":
            merged["use_cache"] = value
        elif key in ("ignored_measures", "disabled_extractors"):
            merged[key] = frozenset(value)
        elif key == "assume_date":
            merged[key] = dt.date.fromisoformat(value)
        else:
            merged[key] = value
    for key, value in flags.items():
        if value is None:
            continue
        if key == "exclude":  # the command line adds to the config's patterns (ruff's extend-exclude)
            merged[key] = list(merged.get(key, ())) + list(value)
        else:
            merged[key] = frozenset(value) if key in ("ignored_measures", "disabled_extractors") else value
    if "exclude" in merged:
        merged["exclude"] = tuple(merged["exclude"])
    known = {f.name for f in dataclasses.fields(Options)}
    return Options(**{k: v for k, v in merged.items() if k in known})
