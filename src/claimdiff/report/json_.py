"""JSON: the public contract (see README, "JSON contract")."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
            _write_list(iter(value), stream)
        else:
            stream.write(_dump(value, 1))
    stream.write("\n}\n" if n >= 0 else "}\n")


def _write_list(items: Iterator[Any], stream: IO[str]) -> None:
    first = next(items, _END)
    if first is _END:
        stream.write("[]")
        return
    stream.write("[\n    " + _dump(first, 2))
    for item in items:
        stream.write(",\n    " + _dump(item, 2))
    stream.write("\n  ]")


_END = object()


def _dump(value: Any, level: int) -> str:
    # JSON strings never hold a raw newline (it is escaped), so every newline in
    # the dump starts a line that must be shifted to the nesting level.
    return dumps(value).replace("\n", "\n" + "  " * level)
