"""Markdown (YAML front matter), JSON and HTML articles.

Offsets: Markdown cleaning only deletes syntax, so its runs are exact. JSON
and HTML bodies are located in the file text piece by piece (offsets.locate):
what is found verbatim maps exactly, text that exists only after unescaping
(entities, ``\\n`` escapes) is left unmapped. ``Article.raw`` is always the
decoded file text, so line numbers in annotations are the file's.
"""

from __future__ import annotations

import json
import logging
import re
import warnings

from .markdown import markdown_deletions
from .metadata import parse_header
from .offsets import compose, delete, locate
from .readers import Extracted, SkipFile, extract_txt

_FENCE = re.compile(r"\A[ \t]*---[ \t]*\r?\n")
_FENCE_END = re.compile(r"^[ \t]*(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_META_KEYS = {
    "source": ("source", "publisher", "site", "sitename", "site_name", "outlet", "publication"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publishedAt", "datePublished", "date_published",
             "pubDate", "pubdate", "publication_date"),
    "url": ("url", "link"),
    "author": ("author", "authors", "byline"),
    "id": ("id",),
}
_TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "full_text", "maintext")
_LIST_KEYS = ("articles", "items", "data", "results")


def _name(value: object, depth: int = 0) -> object:
    """A metadata value as text: dicts by their name, lists joined.

    Bounded in depth and breadth: YAML aliases can make a small file describe
    a huge nested structure ("billion laughs"), which must not be walked.
    """
    if depth > 2:
        return None
    if isinstance(value, dict):
        return _name(value.get("name") or value.get("title"), depth + 1)
    if isinstance(value, list):
        names = [str(n) for n in (_name(v, depth + 1) for v in value[:20]) if n not in (None, "")]
        return ", ".join(names) if names else None
    return value


def _metadata(record: dict) -> dict[str, object]:
    meta: dict[str, object] = {}
    for key, aliases in _META_KEYS.items():
        for alias in aliases:
            value = _name(record.get(alias))
            if value not in (None, ""):
                meta[key] = value if key == "date" or isinstance(value, str) else str(value)
                break
    return meta


# --- Markdown ---------------------------------------------------------------

def extract_md(raw: str) -> list[Extracted]:
    """Markdown: optional YAML front matter, then the body with its syntax removed.

    Without front matter, plain-text header lines are accepted as in .txt.
    Malformed front matter is a warning; the body is still read.
    """
    meta: dict[str, object] = {}
    notes: list[str] = []
    start = 0
    fence = _FENCE.match(raw)
    if fence:
        close = _FENCE_END.search(raw, fence.end())
        if close is None:
            notes.append("front matter has no closing '---'; read as plain text")
        else:
            start = min(close.end() + 1, len(raw))
            meta, problem = _front_matter(raw[fence.end():close.start()])
            if problem:
                notes.append(f"malformed front matter ({problem}); metadata ignored")
    if start == 0 and not meta:
        header = parse_header(raw)
        meta = dict(header.fields)
        if header.published:
            meta["date"] = header.published
        start = header.end
    body, runs = delete(raw, [(0, start)])
    deletions, heading = markdown_deletions(body)
    text, runs2 = delete(body, deletions)
    if heading and "title" not in meta:
        meta["title"] = heading
    return [Extracted(text, compose(runs2, runs), meta, tuple(notes))]


def _front_matter(block: str) -> tuple[dict[str, object], str | None]:
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return {}, f"invalid YAML{where}"
    except (ValueError, TypeError, OverflowError, RecursionError) as err:
        # yaml builds dates and numbers while parsing: "date: 2025-13-01" raises ValueError
        return {}, f"invalid value: {str(err).splitlines()[0][:80]}"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, "not a mapping of keys to values"
    return _metadata(data), None


# --- JSON -------------------------------------------------------------------

def extract_json(raw: str) -> list[Extracted]:
    """An object with text/body/content and metadata keys, or a list of them
    (also under an ``articles``/``items`` key): one article per object."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise SkipFile(f"malformed JSON: {err.msg} at line {err.lineno} column {err.colno}") from None
    except RecursionError:
        raise SkipFile("malformed JSON: nested too deeply") from None
    if isinstance(data, dict) and not any(k in data for k in _TEXT_KEYS):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, (dict, list)):
        raise SkipFile(f"the JSON holds a {type(data).__name__}, not an article object or a list of them")
    records = data if isinstance(data, list) else [data]
    out: list[Extracted] = []
    cursor_notes: list[str] = []
    for n, record in enumerate(records, 1):
        label = f"record {n}" if isinstance(data, list) else "the object"
        if not isinstance(record, dict):
            cursor_notes.append(f"{label} is not an object; skipped")
            continue
        body = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), (str, list))), None)
        if isinstance(body, list):
            body = "\n\n".join(str(p) for p in body if isinstance(p, str))
        if not body or not body.strip():
            cursor_notes.append(f"{label} has no text (looked for {', '.join(_TEXT_KEYS[:3])}); skipped")
            continue
        meta = _metadata(record)
        if _looks_like_html(body):
            body = _html_text(body)
        out.append(Extracted(body, locate(body, raw), meta, tuple(cursor_notes)))
        cursor_notes = []
    if not out:
        raise SkipFile("; ".join(cursor_notes) or "no article in the JSON")
    if cursor_notes:
        last = out[-1]
        out[-1] = Extracted(last.body, last.runs, last.meta, last.warnings + tuple(cursor_notes))
    return out


# --- HTML -------------------------------------------------------------------

def _looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|article|body|html|span|h[1-6])\b[^>]*>", text[:20000], re.IGNORECASE))


def _quiet_extract(raw: str):
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            deduplicate=False, favor_precision=False,
            # max_date fixed: htmldate's default is today, which would make output depend on the clock
            date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "2099-12-31"},
        )


def _html_text(raw: str) -> str:
    doc = _quiet_extract(raw)
    text = getattr(doc, "text", None) or ""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


# A web page's main text shorter than this is not an article (a page of scripts
# leaves the extractor a navigation label: "Home").
MIN_PAGE_WORDS = 5


def extract_html(raw: str) -> list[Extracted]:
    """Main text and metadata through trafilatura: navigation, scripts, ads,
    comments and related-link blocks are left out by its extractor."""
    if not _looks_like_html(raw):
        records = extract_txt(raw)
        return [Extracted(r.body, r.runs, r.meta, ("no HTML markup found; read as plain text",)) for r in records]
    try:
        doc = _quiet_extract(raw)
    except Exception as err:  # lxml / trafilatura errors on broken markup  # noqa: BLE001
        raise SkipFile(f"malformed HTML ({type(err).__name__})") from None
    text = getattr(doc, "text", None) or ""
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    if not body:
        raise SkipFile("no article text found in the HTML")
    if len(body.split()) < MIN_PAGE_WORDS:
        # what is left of a page whose text the extractor could not find: a menu item, a button
        raise SkipFile(f"no article text found in the HTML (only {body[:40]!r})")
    meta: dict[str, object] = {}
    for key, attr in (("title", "title"), ("source", "sitename"), ("date", "date"), ("url", "url"),
                      ("author", "author")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    return [Extracted(body, locate(body, raw), meta)]
