"""JSON: the public contract (see README, "JSON contract")."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

import orjson

# sort_keys is not used: the contract's key order reads better, and it is
# already deterministic because every record is built in a fixed order.
_STDLIB: dict[str, Any] = {"indent": 2, "ensure_ascii": False}


def dumps(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, ten times faster.

    With indent the stdlib uses its pure-Python encoder, the slowest part of a
    warm run. orjson writes the same layout and the same strings; floats may
    differ in exponent spelling only ("1e-7" for "1e-07"). It refuses integers
    beyond 64 bits, which a figure like "10^21 dollars" parsed as int could be:
    those records go through the stdlib instead.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except TypeError:
        return json.dumps(value, **_STDLIB)


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    return dumps(report.to_records()) + "\n"


def write(report, stream: IO[str], **_: Any) -> None:  # type: ignore[no-untyped-def]
    """Write exactly the bytes of render() to `stream`, one record at a time.

    The whole document as one string is several times the size of the report
    at 10,000 articles. Here the top level and its lists are written by hand, the
    lists drawn from Report.record_items() one record at a time, so only one
    record exists as builtins and as text at a time.
    """
    stream.write("{")
    n = -1
    for n, (key, value) in enumerate(report.record_items()):
        stream.write(("," if n else "") + "\n  " + dumps(key) + ": ")
        if isinstance(value, (list, Iterator)):
            _write_list(value, stream)
        else:
            stream.write(_dump(value, 1))
    stream.write("\n}\n" if n >= 0 else "}\n")


def _write_list(values: Iterable[Any], stream: IO[str]) -> None:
    items = _Items(stream)
    for value in values:
        items.add(value)
    items.close()


def _dump(value: Any, level: int) -> str:
    # JSON strings never hold a raw newline (it is escaped), so every newline in
    # the dump starts a line that must be shifted to the nesting level.
    return dumps(value).replace("\n", "\n" + "  " * level)


def write_stories(tool: dict[str, Any], stories: Iterable[Any], stream: IO[str],
                  warnings: Callable[[], Sequence[str]]) -> int:
    """The bytes of write(Report(tool, stories, warnings())) for stories that arrive
    one at a time, holding one story in memory, not the report.

    Articles go to ``stream`` as each story arrives; findings and story records wait
    in temporary files, because the contract lists them after every article. Nothing
    is written before the first story, so an iterator that raises for want of any
    comparable story leaves ``stream`` untouched. ``warnings`` is called once the
    stories are exhausted (they are collected while reading). Returns the number of
    stories written.
    """
    from . import SCHEMA_VERSION, article_records, finding_records, story_record
    from ..types import Verdict

    summary = {v.value: 0 for v in Verdict}
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as found, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as told:
        articles, findings, records = _Items(stream), _Items(found), _Items(told)
        for story in stories:
            if not count:
                stream.write("{\n  \"schema_version\": " + _dump(SCHEMA_VERSION, 1))
                stream.write(",\n  \"tool\": " + _dump(tool, 1) + ",\n  \"articles\": ")
            count += 1
            for record in article_records(story):
                articles.add(record)
            for record in finding_records(story):
                findings.add(record)
                summary[record["verdict"]] += 1
            records.add(story_record(story))
        if not count:
            return 0
        articles.close()
        stream.write(",\n  \"findings\": ")
        findings.copy_to(stream)
        stream.write(",\n  \"summary\": " + _dump(summary, 1) + ",\n  \"stories\": ")
        records.copy_to(stream)
    stream.write(",\n  \"warnings\": ")
    _write_list(warnings(), stream)
    stream.write("\n}\n")
    return count


class _Items:
    """One list of the contract, written item by item in write()'s layout."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream, self.count = stream, 0

    def add(self, item: Any) -> None:
        self.stream.write(("[\n    " if not self.count else ",\n    ") + _dump(item, 2))
        self.count += 1

    def close(self) -> None:
        self.stream.write("\n  ]" if self.count else "[]")

    def copy_to(self, out: IO[str]) -> None:
        self.close()
        self.stream.seek(0)
        shutil.copyfileobj(self.stream, out)

