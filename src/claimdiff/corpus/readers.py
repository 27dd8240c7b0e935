"""Read one article file (.txt, .md, .json, .html) into Article objects.

Each format yields one or more ``Extracted`` records: the body text, runs from
it back into the decoded file (exact for .txt and .md, best effort for .json
and .html, see offsets.locate) and metadata. Boilerplate cleaning and headline
detection are then the same for every format.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..types import Article
from . import boilerplate
from .encoding import NotText, decode
from .metadata import parse_date, parse_header
from .offsets import Run, delete, identity
from .own_output import written_by_claimdiff

# Larger files are skipped with a warning: a news article is tens of
# kilobytes; a 20 MB "article" is a dump that would only stall the parser.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Longer cleaned texts are skipped too: spaCy refuses more than 1,000,000
# characters per text, and the parser's memory grows with length. 500,000
# characters is some 80,000 words, far beyond any news article.
MAX_ARTICLE_CHARS = 500_000
TEXT_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                   ".json": "json", ".html": "html", ".htm": "html"}


class SkipFile(Exception):
    """A per-file problem: the file is skipped and the message becomes a warning."""


@dataclass(frozen=True, slots=True)
class Extracted:
    body: str
    runs: tuple[Run, ...]  # body -> decoded file text
    meta: dict[str, object] = field(default_factory=dict)  # source, title, date, url, author, id
    warnings: tuple[str, ...] = ()


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SkipFile(f"{size / 2**20:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit for one article")
        if not path.is_file():
            raise SkipFile("not a regular file")
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise SkipFile("permission denied") from None
    except OSError as err:
        raise SkipFile(os_reason(err)) from None
    if len(data) > MAX_FILE_BYTES:
        raise SkipFile(f"over the {MAX_FILE_BYTES // 2**20} MB limit for one article")
    return data


def os_reason(err: OSError) -> str:
    import errno

    if err.errno == errno.ELOOP:
        return "symlink loop"
    return (err.strerror or type(err).__name__).lower()


def extract_txt(raw: str) -> list[Extracted]:
    """Plain text: leading header lines (metadata.parse_header), then prose."""
    header = parse_header(raw)
    body, runs = delete(raw, [(0, header.end)])
    meta: dict[str, object] = dict(header.fields)
    if header.published:
        meta["date"] = header.published
    return [Extracted(body, runs, meta)]


def _extractors():
    from . import formats

    return {"txt": extract_txt, "md": formats.extract_md, "json": formats.extract_json,
            "html": formats.extract_html}


def kind_of(path: Path) -> str | None:
    return TEXT_EXTENSIONS.get(path.suffix.lower())


def read_article(path: Path | str, display: str | None = None, kind: str | None = None
                 ) -> tuple[list[Article], list[str]]:
    """Articles in one file and warnings about it (never raises for a bad file).

    ``display`` is the path shown to the user (``Article.path``); ids are the
    file stem, or ``stem-N`` / the record's ``id`` for a JSON list.
    """
    path = Path(path)
    display = display if display is not None else os.fspath(path)
    kind = kind or kind_of(path) or "txt"
    try:
        data = read_bytes(path)
        if not data.strip():
            raise SkipFile("empty file")
        try:
            decoded = decode(data)
        except NotText as err:
            raise SkipFile(str(err)) from None
    except SkipFile as err:
        return [], [f"skipped {display}: {err}"]
    if kind == "txt" and decoded.text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        kind = "html"  # a saved web page with a .txt name
    articles, warnings = parse_text(decoded.text, kind, path.stem, display)
    if decoded.warning:
        warnings.insert(0, f"{display}: {decoded.warning}")
        articles = [dataclasses.replace(a, warnings=(decoded.warning,) + a.warnings) for a in articles]
    return articles, warnings


def parse_text(raw: str, kind: str = "txt", stem: str = "text", display: str = "<text>"
               ) -> tuple[list[Article], list[str]]:
    """Articles from decoded file text (no file access): the pure part of read_article."""
    own = written_by_claimdiff(raw)
    if own:
        return [], [f"skipped {display}: a claimdiff {own}, not an article"]
    try:
        records = _extractors()[kind](raw)
    except SkipFile as err:
        return [], [f"skipped {display}: {err}"]
    articles: list[Article] = []
    warnings: list[str] = []
    for n, rec in enumerate(records, 1):
        warnings.extend(f"{display}: {w}" for w in rec.warnings)
        label = f"skipped {display}" + (f" #{n}" if len(records) > 1 else "")
        if len(rec.body) > 2 * MAX_ARTICLE_CHARS:  # hopeless even after cleaning: do not spend time on it
            warnings.append(f"{label}: {len(rec.body):,} characters of text is over the "
                            f"{MAX_ARTICLE_CHARS:,} limit for one article")
            continue
        article = _article(rec, raw, display, _record_id(stem, rec, n, len(records)), rec.warnings)
        if article is None:
            warnings.append(f"{label}: no article text")
        elif len(article.text) > MAX_ARTICLE_CHARS:
            warnings.append(f"{label}: {len(article.text):,} characters of text is over the "
                            f"{MAX_ARTICLE_CHARS:,} limit for one article")
        else:
            articles.append(article)
    return articles, warnings


def _record_id(stem: str, rec: Extracted, n: int, total: int) -> str:
    given = rec.meta.get("id")
    if isinstance(given, (str, int)) and not isinstance(given, bool) and str(given).strip():
        return " ".join(str(given).split())[:200]
    return stem if total == 1 else f"{stem}-{n}"


def _article(rec: Extracted, raw: str, display: str, article_id: str,
             warnings: tuple[str, ...]) -> Article | None:
    title = rec.meta.get("title")
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    if title is None:
        title = boilerplate.guess_title(rec.body)
    text, runs = boilerplate.clean(rec.body, rec.runs, title)
    if not text.strip():
        return None
    source = rec.meta.get("source")
    if not (isinstance(source, str) and source.strip()):
        source = _domain(rec.meta.get("url"))  # the publisher's site names the source well enough
    return Article(
        id=article_id,
        path=display,
        text=text,
        source=source.strip() if isinstance(source, str) and source.strip() else None,
        published=parse_date(rec.meta.get("date")),
        title=title,
        raw=raw,
        offsets=runs,
        warnings=warnings,
    )


def _domain(url: object) -> str | None:
    from urllib.parse import urlsplit

    if not isinstance(url, str):
        return None
    host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname or ""
    host = host.removeprefix("www.")
    return host if "." in host else None


__all__ = ["Extracted", "MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "SkipFile", "TEXT_EXTENSIONS", "identity", "kind_of", "parse_text", "read_article"]
