"""Per-story result cache: an unchanged story comes back whole, already judged.

The article cache (claimdiff.cache) saves the parse, but a warm run would still
read and clean every file, align and judge every story and load pint for it.
Like ruff's per-file cache, this one keys the *result* on the input bytes: a hit
reads each file's bytes once to hash them and decodes one entry; nothing is
decoded, cleaned, parsed, aligned or judged.

One entry per story (story_codec rows, JSON) in ``<cache dir>/stories/<salt>.sqlite``
(claimdiff.entry_store). The key is a SHA-256 over:

- the story's name, and each file's path as shown in the report with its raw
  bytes (the path is in ``Article.path`` and in warnings, so a moved corpus
  misses once rather than reporting old paths);
- every Options field that can change a Story, i.e. all but ``RUNTIME_OPTIONS``;
- the claimdiff version and a fingerprint of all of claimdiff's source but the
  renderers (reading, cleaning, extraction, align and judge all decide a Story);
- the spaCy pipeline and spaCy version, the Python version, and the versions of
  the libraries reading, extraction and alignment call.

Only stories that were compared are stored, so a hit is never a story of fewer
than two readable articles. Entries are written in SQLite transactions; an
entry that cannot be read or decoded, or that carries another key, is a miss and
is rewritten. ``--no-cache`` (Options.use_cache off) neither reads nor writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .cache import cache_dir, code_fingerprint, hash_part, library_versions
from .entry_store import EntryStore
from .options import Options
from .types import Story

if TYPE_CHECKING:
    from .corpus import StorySource

log = logging.getLogger("claimdiff")

FORMAT = 2  # bump when the entry layout changes (2: Article.story_days)

# Options that decide how a run is carried out, never what it finds: where the
# work runs and in what batches (--jobs 2 and the Dask backend give the same bytes,
# tests/test_parallel.py; the article cache keys claims without batch_size too),
# whether and where to cache, and the progress bar. max_story_articles only
# decides whether a story is compared at all: a hit is checked against it
# instead (api.compare), as the number of readable articles is fixed by the bytes;
# exclude only picks the files, and the key holds the files.
RUNTIME_OPTIONS = frozenset({"jobs", "backend", "use_cache", "cache_dir", "batch_size", "progress",
                             "dask_address", "max_story_articles", "exclude"})

# Libraries whose behaviour is part of a Story: dates and units (extraction),
# number words, currencies, fuzzy matching (align), front matter and HTML reading (corpus).
LIBRARIES = ("dateparser", "pint", "text2num", "rapidfuzz", "babel", "PyYAML", "trafilatura", "lxml",
             "lxml_html_clean")

# Source that can change a Story: everything but the renderers.
_CODE = ((".",), ("report",))


def _option(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)  # exact, and no NaN for json to choke on
    return value


def story_salt(options: Options, pipeline: dict[str, Any]) -> str:
    """The part of every story key that depends on the run, not on the story."""
    parts = {
        "format": FORMAT,
        "claimdiff": __version__,
        "code": code_fingerprint(*_CODE),
        "libraries": library_versions(LIBRARIES),
        "python": list(sys.version_info[:2]),
        "pipeline": {k: pipeline.get(k) for k in ("package", "name", "version", "spacy")},
        # every field not known to be runtime-only, so a new option is keyed by default
        "options": {f.name: _option(getattr(options, f.name)) for f in dataclasses.fields(Options)
                    if f.name not in RUNTIME_OPTIONS},
    }
    return json.dumps(parts, sort_keys=True, default=repr)


def _read(path: Path) -> bytes | None:
    """The file's bytes, or None when the story should not be cached (the file is
    unreadable or over the reader's size limit: the normal path warns about it)."""
    from .corpus import MAX_FILE_BYTES

    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return None if len(data) > MAX_FILE_BYTES else data


class StoryCache(EntryStore):
    """Read and write whole compared stories for one run (one salt, one file)."""

    def __init__(self, root: Path, salt: str) -> None:
        super().__init__(root, "stories", salt)

    def key(self, source: StorySource) -> str | None:
        """SHA-256 of the story's name, file paths and bytes under this run's salt;
        None when a file cannot be read (such a story is not cached)."""
        h = hashlib.sha256(self.salt.encode())
        hash_part(h, source.name.encode("utf-8", "surrogatepass"))
        hash_part(h, str(len(source.files)).encode())
        for path in source.files:
            data = _read(path)
            if data is None:
                return None
            hash_part(h, os.fspath(path).encode("utf-8", "surrogatepass"))
            hash_part(h, data)
        return h.hexdigest()

    def get(self, key: str, source: StorySource) -> Story | None:
        """The stored Story for ``key``; its warnings are the discovery notes of
        ``source`` (not stored: discovery runs every time) then the stored ones."""
        import orjson

        from .story_codec import decode_story

        try:
            data = self.read(key)
            if data is None:
                self.misses += 1
                return None
            entry = orjson.loads(data)
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("entry for another key or format")
            story = decode_story(entry["story"], tuple(source.warnings) + tuple(entry["warnings"]))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as err:
            log.debug("story cache: ignoring unreadable entry %s: %s", key, err)
            self.misses += 1
            return None
        self.hits += 1
        return story

    def put(self, key: str, story: Story, source: StorySource) -> None:
        """Store ``story``, compared from ``source`` whose files hashed to ``key``."""
        import orjson

        from .story_codec import Unencodable, encode_story

        discovery = tuple(source.warnings)
        if story.warnings[:len(discovery)] != discovery:
            log.debug("story cache: warnings of %s do not start with discovery's; not stored", story.name)
            return
        # A file edited while the story was read would store the new result under
        # the old bytes' key: hash again and store only if nothing moved.
        if self.key(source) != key:
            return
        try:
            entry = {"format": FORMAT, "key": key, "warnings": list(story.warnings[len(discovery):]),
                     "story": encode_story(story)}
            data = orjson.dumps(entry)
        except (Unencodable, TypeError, ValueError) as err:  # orjson.JSONEncodeError is a TypeError
            log.debug("story cache: cannot encode story %s: %s", story.name, err)
            return
        self.write(key, data)


def open_story_cache(options: Options, pipeline: dict[str, Any]) -> StoryCache | None:
    """The story cache for this run, or None when Options.use_cache is off."""
    if not options.use_cache:
        return None
    return StoryCache(cache_dir(options), story_salt(options, pipeline))
