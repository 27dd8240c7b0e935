"""Command line: a thin typer layer over claimdiff.api, claimdiff.baseline and the formats.

Exit codes (README, "Exit codes"): 0 ran / no new conflict; 1 ``check`` found a
conflict the baseline does not accept; 2 usage, config or input error, or an
internal error: one line on stderr, never a traceback.
"""

from __future__ import annotations

import os
import shutil
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .errors import ClaimdiffError

EXIT_OK, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
HANDFUL = 5  # more articles than this and a progress bar is worth drawing

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Compare the factual claims several news articles make about one story.")


class Format(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    github = "github"
    sarif = "sarif"


class FailOn(str, Enum):
    conflict = "conflict"
    any = "any"


Paths = Annotated[list[Path], typer.Argument(help="A folder of articles, a folder of story folders, or article files.")]
FormatOpt = Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: text, or the config's).")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE instead of stdout.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="Config file (default: claimdiff.toml or pyproject.toml [tool.claimdiff], from the working directory upward).")]
AssumeOpt = Annotated[Optional[str], typer.Option("--assume-date", help="Publish date (YYYY-MM-DD) for articles that have none.")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Parallel parsing processes.")]
BackendOpt = Annotated[Optional[str], typer.Option("--backend", help="Extraction backend: local or dask.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the extraction cache.")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="Plain text output (NO_COLOR is honoured too).")]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option("--ignore-measure", help="Leave a measure out (repeatable), e.g. wounded.")]
DisableOpt = Annotated[Optional[list[str]], typer.Option("--disable-extractor", help="Do not run an extractor (repeatable), by name.")]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", help="Leave out files and folders matching a glob (repeatable; adds to the config's exclude), e.g. 'drafts' or 'reports/*.html'.")]
RelTolOpt = Annotated[Optional[float], typer.Option("--rel-tolerance", min=0.0, max=0.99, help="Relative tolerance for equal after rounding.")]
BaselineOpt = Annotated[Optional[Path], typer.Option("--baseline", help="Accepted findings (made by `claimdiff baseline`).")]
FailOnOpt = Annotated[Optional[FailOn], typer.Option("--fail-on", help="conflict: fail on new conflicts; any: on new conflicts and agreements (never on single-source claims).")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimdiff {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    pass


def _fail(message: str) -> None:
    typer.echo(f"claimdiff: error: {message}", err=True)
    raise typer.Exit(EXIT_ERROR)


def _use_color(no_color: bool, output: Optional[Path]) -> bool:
    if no_color or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


class _Bar:
    """A progress bar on stderr, drawn only for a terminal and more than a handful of articles."""

    def __init__(self) -> None:
        self.progress: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.progress is None:
            if total <= HANDFUL or not sys.stderr.isatty() or os.environ.get("CI"):
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.progress = Progress(TextColumn("comparing"), BarColumn(), MofNCompleteColumn(),
                                     console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("articles", total=total)
        self.progress.update(self.task, completed=done, total=total)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _run(paths: list[Path], config: Any, **flags: Any):  # type: ignore[no-untyped-def]
    """Options from config + flags, then the comparison, with a progress bar when it is worth it."""
    from .api import compare as run_compare

    options = _options(config, flags)
    bar = _Bar()
    try:
        return run_compare(paths, options, progress=bar)
    finally:
        bar.close()


def _stream_json(paths: list[Path], config: Any, output: Optional[Path], **flags: Any) -> None:
    """compare -f json, story by story: memory holds one story, not the report, so
    an archive of any number of stories fits. A file is written beside ``output``
    and renamed over it at the end, so a run that fails leaves no half report."""
    from .api import compare_stories
    from .report.json_ import write_stories

    options = _options(config, flags)
    bar = _Bar()
    try:
        stream = compare_stories(paths, options, progress=bar)
        if output is None:
            write_stories(stream.tool, stream, sys.stdout, lambda: stream.warnings)
            return
        partial = output.with_name(f".{output.name}.partial")
        try:
            with partial.open("w", encoding="utf-8") as out:
                write_stories(stream.tool, stream, out, lambda: stream.warnings)
            os.replace(partial, output)
        except OSError as err:
            _fail(f"cannot write {output}: {err.strerror}")
        finally:
            partial.unlink(missing_ok=True)
    finally:
        bar.close()


def _options(config: Any, flags: dict[str, Any]) -> Any:
    import datetime as dt

    from .config import build_options

    if flags.get("assume_date") is not None:
        try:
            flags["assume_date"] = dt.date.fromisoformat(flags["assume_date"])
        except ValueError:
            _fail(f"--assume-date wants YYYY-MM-DD, got {flags['assume_date']!r}")
    if flags.pop("no_cache", False):
        flags["use_cache"] = False
    return build_options(config, **flags)


def _emit(report: Any, fmt: str, output: Optional[Path], no_color: bool) -> None:
    from .report import render

    if fmt == "json":  # streamed: one rendered string of a large report costs gigabytes
        from .report.json_ import write

        if output is None:
            write(report, sys.stdout)
            return
        try:
            with output.open("w", encoding="utf-8") as stream:
                write(report, stream)
        except OSError as err:
            _fail(f"cannot write {output}: {err.strerror}")
        return
    width = shutil.get_terminal_size((100, 24)).columns if output is None and sys.stdout.isatty() else 100
    text = render(report, fmt, color=_use_color(no_color, output), width=width)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror}")


def _config(path: Optional[Path]) -> Any:
    from .config import load_config

    return load_config(path)


@app.command()
def compare(paths: Paths, fmt: FormatOpt = None, output: OutputOpt = None, config: ConfigOpt = None,
            assume_date: AssumeOpt = None, jobs: JobsOpt = None, backend: BackendOpt = None,
            no_cache: NoCacheOpt = False, no_color: NoColorOpt = False, ignore_measure: IgnoreOpt = None,
            disable_extractor: DisableOpt = None, rel_tolerance: RelTolOpt = None,
            exclude: ExcludeOpt = None) -> None:
    """Compare the claims of the articles in PATHS: conflicts, agreements and single-source claims."""
    try:
        cfg = _config(config)
        flags: dict[str, Any] = dict(
            assume_date=assume_date, jobs=jobs, backend=backend, no_cache=no_cache,
            ignored_measures=ignore_measure or None, disabled_extractors=disable_extractor or None,
            rel_tolerance=rel_tolerance, exclude=exclude or None)
        chosen = fmt.value if fmt else cfg.get("format", "text")
        if chosen == "json":
            _stream_json(paths, cfg, output, **flags)
            return
        _emit(_run(paths, cfg, **flags), chosen, output, no_color)
    except ClaimdiffError as err:
        _fail(str(err))


@app.command()
def check(paths: Paths, baseline: BaselineOpt = None, fail_on: FailOnOpt = None,
          exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are new findings (2 still means an error).")] = False,
          update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Write every current finding that would fail into --baseline FILE (keeping reasons) and exit 0.")] = False,
          ignore_copies: Annotated[bool, typer.Option("--ignore-copies", help="Do not fail on a copy difference: two copies of one wire story that differ (an edit or an update).")] = False,
          fmt: FormatOpt = None, output: OutputOpt = None, config: ConfigOpt = None,
          assume_date: AssumeOpt = None, jobs: JobsOpt = None, backend: BackendOpt = None,
          no_cache: NoCacheOpt = False, no_color: NoColorOpt = False, ignore_measure: IgnoreOpt = None,
          disable_extractor: DisableOpt = None, rel_tolerance: RelTolOpt = None,
          exclude: ExcludeOpt = None) -> None:
    """Exit 1 when the articles in PATHS hold a conflict the baseline does not accept (for CI)."""
    from . import baseline as bl

    try:
        cfg = _config(config)
        base_path = baseline or (Path(cfg.get("baseline")) if cfg.get("baseline") else None)
        if update_baseline and base_path is None:
            _fail("--update-baseline needs --baseline FILE (or baseline = ... in the config)")
        accepted = None
        if base_path is not None and (not update_baseline or base_path.exists()):
            accepted = bl.load(base_path)
        # --fail-on, else the config's, else what the baseline was made for, else conflict.
        gate = (fail_on.value if fail_on else cfg.get("fail_on")) or (accepted.fail_on if accepted else "conflict")
        report = _run(paths, cfg, assume_date=assume_date, jobs=jobs, backend=backend, no_cache=no_cache,
                      ignored_measures=ignore_measure or None, disabled_extractors=disable_extractor or None,
                      rel_tolerance=rel_tolerance, exclude=exclude or None)
        if update_baseline:
            fresh = bl.build(report, gate, accepted)
            try:
                base_path.write_text(fresh.to_json(), encoding="utf-8")  # type: ignore[union-attr]
            except OSError as err:
                _fail(f"cannot write {base_path}: {err.strerror}")
            typer.echo(f"claimdiff check: wrote {len(fresh.entries)} accepted finding(s) to {base_path}", err=True)
            raise typer.Exit(EXIT_OK)
        result = bl.check(report, accepted, gate, ignore_copies)
        _emit(result.report, (fmt.value if fmt else cfg.get("format", "text")), output, no_color)
    except ClaimdiffError as err:
        _fail(str(err))
        return
    for entry in result.stale:
        typer.echo(f"claimdiff check: stale baseline entry {entry.id or entry.fingerprint} "
                   f"({entry.code} {entry.topic}): no longer found; remove it or run --update-baseline", err=True)
    typer.echo(f"claimdiff check: {result.summary()}", err=True)
    raise typer.Exit(result.exit_code(exit_zero))


@app.command("baseline")
def make_baseline(paths: Paths, fail_on: FailOnOpt = None, output: OutputOpt = None,
                  keep_reasons: Annotated[Optional[Path], typer.Option("--keep-reasons", help="An older baseline whose reasons carry over.")] = None,
                  config: ConfigOpt = None, assume_date: AssumeOpt = None, jobs: JobsOpt = None,
                  backend: BackendOpt = None, no_cache: NoCacheOpt = False, exclude: ExcludeOpt = None) -> None:
    """Print a baseline accepting every current conflict:  claimdiff baseline PATH > .claimdiff-baseline.json"""
    from . import baseline as bl

    try:
        cfg = _config(config)
        previous = bl.load(keep_reasons) if keep_reasons else None
        report = _run(paths, cfg, assume_date=assume_date, jobs=jobs, backend=backend, no_cache=no_cache,
                      exclude=exclude or None)
        text = bl.build(report, fail_on.value if fail_on else cfg.get("fail_on", "conflict"), previous).to_json()
    except ClaimdiffError as err:
        _fail(str(err))
        return
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as err:
            _fail(f"cannot write {output}: {err.strerror}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (schema_version 1)."""
    from .schema import schema_text

    sys.stdout.write(schema_text())


def main(argv: Optional[list[str]] = None) -> None:
    from .nlp import tune_collector

    tune_collector()  # a process of our own
    # standalone_mode=False: usage errors come back as exceptions, so they can be
    # printed on one line instead of click's multi-line usage box.
    try:
        code = app(args=argv, standalone_mode=False)
    except typer.Exit as err:
        code = err.exit_code
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("claimdiff: interrupted", err=True)
        code = EXIT_ERROR
    except typer.TyperException as err:  # typer's click exceptions: usage errors
        if type(err).__name__ == "NoArgsIsHelpError" and getattr(err, "ctx", None) is not None:
            typer.echo(err.ctx.get_help())  # type: ignore[attr-defined]
            code = EXIT_OK
        else:
            message = err.format_message() if hasattr(err, "format_message") else str(err)
            typer.echo(f"claimdiff: error: {' '.join(str(message).split())}", err=True)
            code = EXIT_ERROR
    except Exception as err:  # last resort: one line, never a traceback
        typer.echo(f"claimdiff: internal error: {type(err).__name__}: {err}", err=True)
        code = EXIT_ERROR
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    main()
