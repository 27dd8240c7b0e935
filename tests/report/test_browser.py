"""The HTML report in a real headless browser (Debian's chromium).

Renders the page to a file, lets Chromium run its script, and asserts on the
RENDERED DOM (--dump-dom): the script built the filter controls and the links
back from each span, and every conflict link resolves to a span that exists.
A screenshot is saved (CLAIMDIFF_SCREENSHOT_DIR, default: pytest's tmp dir).

Skipped when chromium is absent, unless CLAIMDIFF_REQUIRE_BROWSER=1 (CI), then it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimdiff.report import render
from report_fixtures import PageParser

pytestmark = pytest.mark.browser

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--mute-audio"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CLAIMDIFF_REQUIRE_BROWSER") == "1":
        pytest.fail("chromium is required (CLAIMDIFF_REQUIRE_BROWSER=1) but not installed")
    pytest.skip("chromium not installed (apt-get install chromium)")


def _run(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.elements.append((tag, {k: v or "" for k, v in attrs}))


@pytest.fixture(scope="module")
def rendered(sample_report, tmp_path_factory):  # type: ignore[no-untyped-def]
    binary = _chromium()
    work = tmp_path_factory.mktemp("browser")
    page = work / "report.html"
    page.write_text(render(sample_report, "html"), encoding="utf-8")
    done = _run(binary, work / "profile", "--virtual-time-budget=5000", "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    shots = Path(os.environ.get("CLAIMDIFF_SCREENSHOT_DIR") or work)
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / "claimdiff-report.png"
    taken = _run(binary, work / "profile2", "--window-size=1280,1800", f"--screenshot={shot}", page.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    dom = _Dom()
    dom.feed(done.stdout)
    return dom.elements, done.stdout, shot


def test_script_ran_and_built_the_controls(rendered, sample_report) -> None:  # type: ignore[no-untyped-def]
    elements, _, _ = rendered
    body = next(attrs for tag, attrs in elements if tag == "body")
    listed = [f for f in sample_report.findings if f.verdict.value != "single_source"]
    assert body.get("data-ready") == str(len(sample_report.findings))
    boxes = [attrs["id"] for tag, attrs in elements if tag == "input" and attrs.get("id", "").startswith("cd-show-")]
    assert boxes == ["cd-show-conflict", "cd-show-agree", "cd-show-single"]
    backrefs = [attrs for tag, attrs in elements if tag == "a" and "backref" in attrs.get("class", "")]
    assert len(backrefs) == sum(len(f.claims) for f in listed)


def test_conflict_links_resolve_to_spans_in_the_rendered_dom(rendered, sample_report) -> None:  # type: ignore[no-untyped-def]
    elements, dom, _ = rendered
    ids = {attrs["id"]: (tag, attrs) for tag, attrs in elements if attrs.get("id")}
    conflicts = [(tag, attrs) for tag, attrs in elements
                 if tag == "li" and attrs.get("class") == "finding conflict"]
    assert len(conflicts) == sum(1 for f in sample_report.findings if f.verdict.value == "conflict") >= 3
    for _, attrs in conflicts:
        spans = attrs["data-spans"].split()
        assert len(spans) >= 2
        for span in spans:
            assert ids[span][0] == "mark"
    for tag, attrs in elements:
        if tag == "a" and attrs.get("href", "").startswith("#"):
            assert attrs["href"][1:] in ids, attrs
    # the marked spans hold the claims' text, as the browser parsed it
    page = PageParser()
    page.feed(dom)
    marked = set(page.marks.values())
    for f in sample_report.findings:
        for c in f.claims:
            assert c.text in marked, c.text


def test_screenshot_saved(rendered) -> None:  # type: ignore[no-untyped-def]
    _, _, shot = rendered
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


TIMELINE = {  # one landslide's toll in four reports over three days (written here)
    "a.txt": "date: 2026-11-26\n\nA landslide in the hill town of Varo killed 20 people on Wednesday, officials "
             "said. Rescue teams searched for survivors through the night.\n",
    "b.txt": "date: 2026-11-27\n\nThe death toll from the landslide in Varo rose to 28, officials said, as rescue "
             "teams searched the mud.\n",
    "c.txt": "date: 2026-11-28\n\nThe landslide in Varo has killed 41 people, officials said. Rescue teams "
             "searched for survivors.\n",
}


def test_the_timeline_chart_renders_in_chromium(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The step chart is drawn: the page's screenshot differs from the same page with
    the chart hidden, and the rendered DOM holds its path and one dot per report."""
    from claimdiff.api import compare
    from claimdiff.options import Options

    binary = _chromium()
    story = tmp_path / "landslide"
    story.mkdir()
    for name, text in TIMELINE.items():
        (story / name).write_text(text, encoding="utf-8")
    report = compare([story], Options(use_cache=False))
    [f] = [f for f in report.findings if f.timeline]
    assert f.change == "update" and [p.change for p in f.timeline] == ["first", "update", "update"]
    html = render(report, "html")
    pages = {"shown": html, "hidden": html.replace("</style>", ".timeline-chart{visibility:hidden}</style>", 1)}
    shots = Path(os.environ.get("CLAIMDIFF_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    taken = {}
    for name, page_html in pages.items():
        page = tmp_path / f"{name}.html"
        page.write_text(page_html, encoding="utf-8")
        shot = shots / ("claimdiff-timeline.png" if name == "shown" else f"claimdiff-timeline-{name}.png")
        done = _run(binary, tmp_path / f"profile-{name}", "--window-size=1000,900", f"--screenshot={shot}",
                    page.as_uri())
        assert done.returncode == 0, done.stderr[-2000:]
        taken[name] = shot.read_bytes()
    assert taken["shown"][:8] == b"\x89PNG\r\n\x1a\n" and taken["shown"] != taken["hidden"]
    dom = _run(binary, tmp_path / "profile-dom", "--virtual-time-budget=3000", "--dump-dom",
               (tmp_path / "shown.html").as_uri())
    elements = _Dom()
    elements.feed(dom.stdout)
    assert sum(1 for tag, attrs in elements.elements if tag == "svg" and "timeline-chart" in attrs.get("class", "")) == 1
    assert sum(1 for tag, attrs in elements.elements if tag == "circle") == 3
    assert any(tag == "path" and attrs.get("class") == "step" for tag, attrs in elements.elements)
