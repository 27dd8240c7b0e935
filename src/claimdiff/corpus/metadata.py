"""Article metadata: publish dates in the forms publishers use, and the
``key value`` header lines that plain-text articles start with."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, field

# Only absolute dates: a header that says "yesterday" must not resolve against
# the machine's clock (output never depends on when it runs).
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,  # day, month and year all required
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}
_MAX_DATE_TOKENS = 8
# Tokens that may follow a date and still belong to it: a time, an offset,
# AM/PM, a zone name ("Thu, 01 May 2025 10:00:00 +0000", "1 May 2025 9:30 am BST").
_TIME_TOKEN = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?(?:[ap]\.?m\.?)?|[+-]\d{2}:?\d{2}|[ap]\.?m\.?"
    r"|\(?(?:UTC|GMT|Z|[A-Z]{2,4}T)\)?|at|,)$",
    re.IGNORECASE,
)


def parse_date(value: object) -> dt.date | None:
    """The calendar date of a publish-date value, or None.

    Accepts ISO 8601 with or without time and zone, RFC 2822, and written dates
    ("May 1, 2025", "1 May 2025") via dateparser (English only). The date is the
    one written, not converted to UTC: an editor reads the local publish date.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 80 or not any(ch.isdigit() for ch in text):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser(text)


def _dateparser(text: str) -> dt.date | None:
    import dateparser  # slow to import; only needed for written dates

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input  # noqa: BLE001
        return None
    return parsed.date() if parsed else None


def split_date_prefix(text: str) -> tuple[dt.date | None, int]:
    """A date at the start of ``text`` and how many characters it takes.

    The shortest token prefix that parses is the date; following tokens that
    look like a time or zone are absorbed. Used for ``date 2025-05-01 Lead text``
    header lines where prose follows the value on the same line.
    """
    tokens = list(re.finditer(r"\S+", text))
    for n in range(1, min(len(tokens), _MAX_DATE_TOKENS) + 1):
        date = parse_date(text[: tokens[n - 1].end()])
        if date is None:
            continue
        end = tokens[n - 1].end()
        for tok in tokens[n:]:
            if not _TIME_TOKEN.match(tok.group()):
                break
            end = tok.end()
        if text[:end].rstrip().endswith(","):
            end = text.rindex(",", 0, end)
        return date, end
    return None, 0


_KEYS = {
    "source": "source", "publisher": "source", "outlet": "source", "site": "source",
    "date": "date", "published": "date", "pubdate": "date", "updated": "updated",
    "title": "title", "headline": "title",
    "url": "url", "link": "url",
    "author": "author", "byline": "author", "by": "author",
}
_HEADER = re.compile(
    r"[ \t]*(?P<key>" + "|".join(sorted(_KEYS, key=len, reverse=True)) + r")"
    r"(?:[ \t]*(?P<colon>:)[ \t]*|[ \t]+)(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# Without a colon, a free-text value is only a header if it does not read like
# the first sentence of the article ("Title IX funding was cut on Monday.").
_MAX_BARE_WORDS = 16


@dataclass(frozen=True, slots=True)
class Header:
    """Metadata from leading header lines and the character range they take."""

    fields: dict[str, str] = field(default_factory=dict)
    published: dt.date | None = None
    end: int = 0  # raw[:end] is header; prose (if any) resumes at ``end``


def parse_header(text: str) -> Header:
    """Leading ``key value`` / ``Key: value`` lines (case-insensitive, leading
    whitespace allowed, blank lines between them skipped).

    Keys: source (publisher, outlet, site), date (published, pubdate), title
    (headline), url (link), author (byline, by). A date line may continue with
    prose on the same line; that prose stays article text.
    """
    fields: dict[str, str] = {}
    published: dt.date | None = None
    pos = 0
    end = 0
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip():
            pos = line_end + 1
            continue
        m = _HEADER.match(line)
        if not m:
            break
        key = _KEYS[m.group("key").lower()]
        rest = m.group("rest")
        if key in fields or (key == "date" and published is not None):
            break
        if key in ("date", "updated"):
            date, used = split_date_prefix(rest)
            if date is None:
                break
            if key == "date":
                published = date
            fields[key] = rest[:used].strip()
            prose = m.start("rest") + used
            if rest[used:].strip():
                # prose follows the value: the header ends here, mid-line
                gap = len(rest[used:]) - len(rest[used:].lstrip())
                return Header(fields, published, pos + prose + gap)
        else:
            value = rest.strip()
            if not value or not _plausible(key, value, bool(m.group("colon"))):
                break
            fields[key] = value
        end = min(line_end + 1, len(text))
        pos = end
    return Header(fields, published, end)


def _plausible(key: str, value: str, colon: bool) -> bool:
    if key == "url":
        return bool(re.match(r"(?i)(?:https?://|www\.)\S+$", value))
    if colon:
        return True
    if key == "source" and len(value.split()) > 6:  # a publisher's name is short; "Source Of Leak Found..." is a headline
        return False
    if key == "author":  # "By Jane Doe" is a byline, "By the end of May" is prose
        return all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in value.split()) and len(value.split()) <= 8
    return len(value.split()) <= _MAX_BARE_WORDS and not value.endswith((".", ",", ";"))


_NAME_JOINERS = {"and", "&", "de", "van", "von", "der", "da", "bin", "al", "la", "le", "in", "of"}
