"""JSON: the public contract (see README, "JSON contract")."""

from __future__ import annotations

import json
from typing import IO, Any

# sort_keys is not used: the contract's key order reads better, and it is
# already deterministic because every record is built in a fixed order.
_OPTIONS: dict[str, Any] = {"indent": 2, "ensure_ascii": False}


def render(report, **_: Any) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(report.to_records(), **_OPTIONS) + "\n"


def write(report, stream: IO[str], **_: Any) -> None:  # type: ignore[no-untyped-def]
    """Write exactly the bytes of render() to `stream`, one record at a time.

    With indent, json.dumps uses the pure-Python encoder, which joins one list of
    every chunk of the whole document: at 10,000 articles that list is over a
    gigabyte. Here the top level and its lists are written by hand and each item
    is dumped on its own, so only one record's chunks exist at a time.
    """
    records = report.to_records()
    stream.write("{")
    for n, (key, value) in enumerate(records.items()):
        stream.write(("," if n else "") + "\n  " + json.dumps(key, **_OPTIONS) + ": ")
        if isinstance(value, list) and value:
            _write_list(value, stream)
        else:
            stream.write(_dump(value, 1))
    stream.write("\n}\n" if records else "}\n")


def _write_list(items: list[Any], stream: IO[str]) -> None:
    stream.write("[")
    for n, item in enumerate(items):
        stream.write(("," if n else "") + "\n    " + _dump(item, 2))
    stream.write("\n  ]")


def _dump(value: Any, level: int) -> str:
    # JSON strings never hold a raw newline (it is escaped), so every newline in
    # the dump starts a line that must be shifted to the nesting level.
    return json.dumps(value, **_OPTIONS).replace("\n", "\n" + "  " * level)
