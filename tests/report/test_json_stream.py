"""json_.write streams the report and writes exactly the bytes render() returns."""

from __future__ import annotations

import io
import json

from claimdiff.report import json_
from report_fixtures import make_report


def _written(report) -> str:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    json_.write(report, stream)
    return stream.getvalue()


def test_multi_story_report_is_byte_identical(report) -> None:  # type: ignore[no-untyped-def]
    assert len(report.stories) == 2 and report.warnings
    assert _written(report) == json_.render(report)


def test_sample_story_is_byte_identical(sample_report) -> None:  # type: ignore[no-untyped-def]
    text = _written(sample_report)
    assert text == json_.render(sample_report)
    assert json.loads(text)["findings"]


def test_empty_report_is_byte_identical() -> None:
    empty = make_report()
    assert _written(empty) == json_.render(empty)


class _Records:
    """Any dict to_records() might return: nested, empty, non-ASCII, escaped newlines."""

    def __init__(self, records: dict) -> None:  # type: ignore[type-arg]
        self.records = records

    def to_records(self) -> dict:  # type: ignore[type-arg]
        return self.records

    def record_items(self):  # type: ignore[no-untyped-def]
        # lists as iterators, as Report.record_items() gives its long ones
        return ((k, iter(v) if isinstance(v, list) else v) for k, v in self.records.items())


def test_awkward_shapes_are_byte_identical() -> None:
    shapes = [
        {},
        {"findings": []},
        {"findings": [[], {}, "Zürich\nline", 3.5, None, [{"a": [1, {"b": {}}]}]], "summary": {"x": {"y": [2]}}},
    ]
    for records in shapes:
        report = _Records(records)
        assert _written(report) == json_.render(report)


def test_dumps_matches_the_stdlib_layout() -> None:
    """orjson must keep the stdlib's indent=2, ensure_ascii=False text: strings with
    every ASCII control character, non-ASCII letters, emoji, line separators."""
    text = "".join(chr(i) for i in range(0x80)) + "é\u00a0\u2028\u2029\ufeff\U0001f600"
    value = {"a": [text, {"b": []}, {}, [], 1.0, -2, 0.5, 123456789.125, True, None], "k": {"n": {}}}
    assert json_.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_dumps_takes_integers_beyond_64_bits() -> None:
    # orjson refuses them; a figure like "a sextillion" parsed as an int must not crash a report.
    value = {"value": 10**21, "low": -(2**70)}
    assert json.loads(json_.dumps(value)) == value


def _streamed(report, warnings_late: bool = False) -> str:  # type: ignore[no-untyped-def]
    """write_stories over the report's stories, with the warnings, as compare()
    collects them, only complete once the stories are exhausted."""
    collected: list[str] = []

    def stories():  # type: ignore[no-untyped-def]
        for story in report.stories:
            yield story
        collected.extend(report.warnings)

    stream = io.StringIO()
    json_.write_stories(report.tool, stories(), stream, lambda: collected)
    return stream.getvalue()


def test_stories_streamed_one_at_a_time_give_the_report_bytes(report, sample_report) -> None:  # type: ignore[no-untyped-def]
    assert report.warnings and len(report.stories) == 2
    for r in (report, sample_report, make_report(report.stories[1])):
        assert _streamed(r) == json_.render(r)


def test_stories_without_findings_stream_like_the_report(report) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    bare = make_report(*(dataclasses.replace(s, findings=()) for s in report.stories))
    assert _streamed(bare) == json_.render(bare)
    assert json.loads(_streamed(bare))["findings"] == []


def test_no_story_writes_nothing() -> None:
    stream = io.StringIO()
    assert json_.write_stories({"name": "claimdiff"}, iter(()), stream, lambda: ["w"]) == 0
    assert stream.getvalue() == ""
