"""Which files make up which story.

* a folder of article files is one story, named after the folder;
* a folder of story folders: each subfolder is one story (only one level
  down; the folder's own article files, if any, form a story too);
* article files named on the command line form one story together.

Order is deterministic: stories and files are sorted by name. Discovery is one
``os.scandir`` per folder, so it stays linear in the number of files.

Files and folders inside the folders given that match an ``exclude`` glob
(Options.exclude) are left out, as ruff's ``extend-exclude``: a pattern without a
``/`` matches a name at any depth ("drafts", "*.draft.md"), one with a ``/`` the
whole path ("reports/*.html", relative to the working directory unless absolute).
Files named on the command line are read whatever the patterns say.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from ..errors import InputError
from .readers import TEXT_EXTENSIONS, os_reason


@dataclass(frozen=True, slots=True)
class StorySource:
    """The files of one story; ``warnings`` are discovery notes (ignored files)."""

    name: str
    files: tuple[Path, ...]
    warnings: tuple[str, ...] = ()


def _is_hidden(name: str) -> bool:
    return name.startswith((".", "~")) or name.endswith("~")


# A README or licence next to the articles describes them; it is not one of them.
_NOT_ARTICLES = {"readme", "license", "licence", "changelog"}


class Exclude:
    """The exclude globs, split into name patterns and path patterns (made absolute)."""

    def __init__(self, patterns: tuple[str, ...] | list[str] = ()) -> None:
        self.names = tuple(p.rstrip("/") for p in patterns if "/" not in p.rstrip("/"))
        self.paths = tuple(Path(os.path.abspath(p.rstrip("/"))).as_posix()
                           for p in patterns if "/" in p.rstrip("/"))

    def __bool__(self) -> bool:
        return bool(self.names or self.paths)

    def matches(self, path: Path) -> bool:
        if any(fnmatchcase(path.name, p) for p in self.names):
            return True
        if not self.paths:
            return False
        full = Path(os.path.abspath(path)).as_posix()
        return any(fnmatchcase(full, p) for p in self.paths)


def _scan(folder: Path, exclude: Exclude = Exclude()) -> tuple[list[Path], list[Path], list[str]]:
    """Article files, subfolders and warnings of one folder (not recursive)."""
    files: list[Path] = []
    dirs: list[Path] = []
    ignored: list[str] = []
    warnings: list[str] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        raise InputError(f"cannot read folder {folder}: {os_reason(err)}") from None
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = folder / entry.name
        if exclude and exclude.matches(path):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as err:
            warnings.append(f"skipped {path}: {os_reason(err)}")
            continue
        if is_dir:
            dirs.append(path)
        elif is_file and Path(entry.name).stem.lower() in _NOT_ARTICLES:
            ignored.append(entry.name)
        elif is_file and Path(entry.name).suffix.lower() in TEXT_EXTENSIONS:
            files.append(path)
        elif is_file:
            ignored.append(entry.name)
        elif entry.is_symlink():
            warnings.append(f"skipped {path}: broken symlink or symlink loop")
    if ignored:
        shown = ", ".join(ignored[:5]) + (f" and {len(ignored) - 5} more" if len(ignored) > 5 else "")
        warnings.append(f"ignored {len(ignored)} file(s) in {folder} that are not articles: {shown} "
                        f"(article extensions: {', '.join(sorted(TEXT_EXTENSIONS))}; README files are skipped)")
    return files, dirs, warnings


def _check_exists(path: Path) -> None:
    try:
        os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"broken symlink: {path}") from None
        raise InputError(f"path not found: {path}") from None
    except OSError as err:
        import errno

        if err.errno == errno.ELOOP:
            raise InputError(f"symlink loop: {path}") from None
        raise InputError(f"cannot read {path}: {os_reason(err)}") from None


def _folder_stories(folder: Path, exclude: Exclude) -> list[StorySource]:
    files, dirs, warnings = _scan(folder, exclude)
    name = folder.resolve().name or str(folder)
    stories: list[StorySource] = []
    if files:
        stories.append(StorySource(name, tuple(files), tuple(warnings)))
        warnings = []
    top = os.path.realpath(folder)
    seen = {top}
    for sub in dirs:
        real = os.path.realpath(sub)
        if real in seen or top.startswith(real + os.sep):
            warnings.append(f"skipped {sub}: symlink loop (points back to a folder already read)")
            continue
        seen.add(real)
        try:
            sub_files, _, sub_warnings = _scan(sub, exclude)
        except InputError as err:  # one unreadable story folder must not stop the others
            warnings.append(f"skipped {sub}: {err}")
            continue
        warnings.extend(sub_warnings)
        if sub_files:
            stories.append(StorySource(sub.name, tuple(sub_files), tuple(warnings)))
            warnings = []
        else:
            warnings.append(f"skipped {sub}: no article files")
    if not stories:
        raise InputError(f"no article files in {folder} (looked for {', '.join(sorted(TEXT_EXTENSIONS))})")
    if warnings:  # attach leftovers to the last story so they are not lost
        last = stories[-1]
        stories[-1] = StorySource(last.name, last.files, last.warnings + tuple(warnings))
    return stories


def discover(paths: list[Path] | list[str] | tuple[Path, ...], exclude: tuple[str, ...] = ()) -> list[StorySource]:
    """Stories under ``paths``, less what ``exclude`` matches; raises InputError for a
    missing path or a folder without articles."""
    left_out = Exclude(exclude)
    if not paths:
        raise InputError("no path given")
    stories: list[StorySource] = []
    named: list[Path] = []
    named_warnings: list[str] = []
    for raw in paths:
        path = Path(raw)
        _check_exists(path)
        if path.is_dir():
            stories.extend(_folder_stories(path, left_out))
        else:
            if path.suffix.lower() not in TEXT_EXTENSIONS:
                named_warnings.append(f"{path}: unknown extension, read as plain text")
            named.append(path)
    if named:
        parents = {p.resolve().parent for p in named}
        name = parents.pop().name if len(parents) == 1 else "files"
        unique = tuple(dict.fromkeys(named))  # the same file named twice is read once
        stories.append(StorySource(name or "files", unique, tuple(named_warnings)))
    return _unique_names(stories)


def _unique_names(stories: list[StorySource]) -> list[StorySource]:
    """Two folders both called ``articles`` become ``articles`` and ``articles-2``."""
    used: set[str] = set()
    out = []
    for story in stories:
        name, n = story.name, 2
        while name in used:
            name, n = f"{story.name}-{n}", n + 1
        used.add(name)
        out.append(story if name == story.name else StorySource(name, story.files, story.warnings))
    return out
