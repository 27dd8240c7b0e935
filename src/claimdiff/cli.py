"""Command line: a thin typer layer over claimdiff.api.

Exit codes: 0 ran, 1 (check) new conflicts, 2 usage or input error: one line on
stderr, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import ClaimdiffError

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Compare the factual claims several news articles make about one story.")


class Format(str, Enum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimdiff {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    pass


def _fail(message: str) -> None:
    typer.echo(f"claimdiff: error: {message}", err=True)
    raise typer.Exit(EXIT_ERROR)


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--assume-date wants YYYY-MM-DD, got {value!r}")
    return None


def _use_color(no_color: bool, output: Optional[Path]) -> bool:
    if no_color or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@app.command()
def compare(
    paths: list[Path] = typer.Argument(..., help="A folder of articles, a folder of story folders, or article files."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to FILE instead of stdout."),
    assume_date: Optional[str] = typer.Option(None, "--assume-date", help="Publish date (YYYY-MM-DD) for articles that have none."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parallel parsing processes."),
    backend: str = typer.Option("local", "--backend", help="Extraction backend: local or dask."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the extraction cache."),
    no_color: bool = typer.Option(False, "--no-color", help="Plain text output (NO_COLOR is honoured too)."),
) -> None:
    """Compare the claims of the articles in PATHS and report conflicts, agreements and single-source claims."""
    from .api import compare as run_compare
    from .options import Options
    from .report import render

    options = Options(assume_date=_parse_date(assume_date), jobs=jobs, backend=backend, use_cache=not no_cache)
    try:
        report = run_compare(paths, options)
        text = render(report, fmt.value, color=_use_color(no_color, output))
    except ClaimdiffError as err:
        _fail(str(err))
        return
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            _fail(f"cannot write {output}: {err.strerror}")
    else:
        sys.stdout.write(text)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("claimdiff: interrupted", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as err:  # last resort: one line, never a traceback
        typer.echo(f"claimdiff: internal error: {type(err).__name__}: {err}", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
