"""Per-article extraction cache: parse and extract an article once, reuse the claims.

One entry per article (its claims as story_codec rows, JSON) in
``<cache dir>/claims/<salt>.sqlite`` (claimdiff.entry_store). The key is a
SHA-256 over everything that can change an article's claims:

- the article fields extractors read (id, text, publish date, source, title);
- the claimdiff version and a fingerprint of the extraction code (so a source
  edit between releases cannot serve stale claims);
- the spaCy pipeline's package, name and version, and the spaCy version;
- the versions of the libraries extractors call (dateparser, pint, text2num);
- run options that change extraction (disabled extractors).

Options applied after extraction (ignored measures, tolerances) are not in the
key: they act on cached claims the same way as on fresh ones.

Entries are written in SQLite transactions, so a reader never sees half an
entry, and two processes writing the same key both write the same bytes. An
entry that cannot be read or decoded is treated as a miss and rewritten; the
cache is never a reason for a run to fail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .entry_store import EntryStore
from .options import Options
from .story_codec import Unencodable, decode_claim, encode_claims
from .types import Article, Claim

log = logging.getLogger("claimdiff")

FORMAT = 2  # bump when the entry layout changes (2: story_codec rows)
ENV_DIR = "CLAIMDIFF_CACHE_DIR"

# Modules whose code decides what an article's claims are. The cache key carries a
# hash of their source, so editing any of them invalidates old entries.
_CODE_PARTS = ("extract", "nlp.py", "types.py", "measures.py", "units.py", "cache.py")


def cache_dir(options: Options) -> Path:
    """Options.cache_dir, else $CLAIMDIFF_CACHE_DIR, else the user's cache folder."""
    if options.cache_dir:
        return Path(options.cache_dir)
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    import platformdirs  # only when the cache is used

    return Path(platformdirs.user_cache_dir("claimdiff"))


@lru_cache(maxsize=4)
def code_fingerprint(parts: tuple[str, ...] = _CODE_PARTS, exclude: tuple[str, ...] = ()) -> str:
    """SHA-256 of the source and data files under ``parts`` (sorted, path-tagged).

    ``parts`` are files or folders of the package (``"."`` is all of it); files
    under a folder named in ``exclude`` are left out. The article cache hashes
    the extraction code; the story cache (claimdiff.story_cache) all of it.
    """
    root = Path(__file__).resolve().parent
    files: list[Path] = []
    for part in parts:
        p = root / part
        # the data files too: the WordNet table decides groups as much as the code does
        files.extend(sorted(f for f in p.rglob("*") if f.suffix in (".py", ".gz")) if p.is_dir() else [p])
    h = hashlib.sha256()
    for f in files:
        rel = f.relative_to(root)
        if rel.parts[0] in exclude or "__pycache__" in rel.parts:
            continue
        try:
            data = f.read_bytes()
        except OSError:
            continue
        h.update(str(rel).encode() + b"\0" + data + b"\0")
    return h.hexdigest()


# Libraries whose behaviour is part of extraction: an upgrade can change claims.
_LIBRARIES = ("dateparser", "pint", "text2num")


@lru_cache(maxsize=4)
def library_versions(dists: tuple[str, ...] = _LIBRARIES) -> tuple[tuple[str, str | None], ...]:
    import importlib.metadata

    out = []
    for dist in dists:
        try:
            out.append((dist, importlib.metadata.version(dist)))
        except importlib.metadata.PackageNotFoundError:
            out.append((dist, None))
    return tuple(out)


def run_salt(options: Options, pipeline: dict[str, Any]) -> str:
    """The part of every key that depends on the run, not on the article."""
    parts = {
        "format": FORMAT,
        "claimdiff": __version__,
        "code": code_fingerprint(),
        "libraries": library_versions(),
        "pipeline": {k: pipeline.get(k) for k in ("package", "name", "version", "spacy")},
        "disabled": sorted(options.disabled_extractors),
    }
    return json.dumps(parts, sort_keys=True)


def hash_part(h: Any, data: bytes) -> None:
    """Feed one part of a key to ``h``, length-prefixed so ("ab", "c") and
    ("a", "bc") never hash alike."""
    h.update(f"{len(data)}:".encode())
    h.update(data)


def article_key(article: Article, salt: str) -> str:
    h = hashlib.sha256(salt.encode())
    days = article.story_days
    for part in (article.id, article.text, _iso(article.published), article.source, article.title,
                 None if days is None else f"{days[0]}/{days[1]}"):
        hash_part(h, ("" if part is None else part).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ClaimCache(EntryStore):
    """Read and write cached claims for one run (one salt, one file)."""

    def __init__(self, root: Path, salt: str, remember_rows: bool = True) -> None:
        super().__init__(root, "claims", salt)
        # keep each entry's claim rows for the story cache (story_codec.encode_claims)
        self.remember_rows = remember_rows

    def get(self, article: Article) -> list[Claim] | None:
        import orjson

        key = article_key(article, self.salt)
        try:
            data = self.read(key)
            if data is None:
                self.misses += 1
                return None
            entry = orjson.loads(data)
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("entry for another key or format")
            claims = [decode_claim(row) for row in entry["claims"]]
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as err:
            # A damaged or foreign entry: a miss; the fresh result replaces it.
            log.debug("cache: ignoring unreadable entry %s: %s", key, err)
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def put(self, article: Article, claims: Iterable[Claim]) -> None:
        import orjson

        key = article_key(article, self.salt)
        try:
            # the story cache's rows (story_codec), not dicts: half the encoding time
            data = orjson.dumps({"format": FORMAT, "key": key,
                                 "claims": encode_claims(list(claims), remember=self.remember_rows)})
        except (Unencodable, TypeError, ValueError) as err:  # orjson.JSONEncodeError is a TypeError
            log.warning("cache: cannot encode claims of %s: %s", article.id, err)
            return
        self.write(key, data)


def open_cache(options: Options, pipeline: dict[str, Any]) -> ClaimCache | None:
    """The cache for this run, or None when Options.use_cache is off."""
    if not options.use_cache:
        return None
    return ClaimCache(cache_dir(options), run_salt(options, pipeline))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


