"""Markdown front matter, JSON objects and lists, HTML through trafilatura."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimdiff.corpus import read_article

MD = """---
title: Storm Ciaran batters the coast
source: Coastal Times
published: 2023-11-02T08:00:00Z
---

# Storm Ciaran batters the coast

**Winds of 150 km/h** hit the [coast](https://example.org/map) on *Wednesday*, and `3` ferries were cancelled.

- about 2,000 homes lost power
- ![A flooded street in Brest](street.jpg)

> "We have never seen waves like it," one resident said.
"""


def test_markdown_front_matter_and_syntax(write, exact):
    [article], warnings = read_article(write("coastal.md", MD))
    exact(article)
    assert warnings == []
    assert (article.source, article.title, article.published) == (
        "Coastal Times", "Storm Ciaran batters the coast", dt.date(2023, 11, 2))
    assert "Winds of 150 km/h hit the coast on Wednesday, and 3 ferries were cancelled." in article.text
    assert "about 2,000 homes lost power" in article.text
    assert "A flooded street in Brest" in article.text
    for syntax in ("**", "](", "#", "`", "---", "> "):
        assert syntax not in article.text


@pytest.mark.parametrize("front, warning", [
    ("---\ntitle: [unclosed\n---\nBody text of 4 words.\n", "malformed front matter"),
    ("---\n- just\n- a list\n---\nBody text of 4 words.\n", "not a mapping"),
    ("---\ntitle: Never closed\nBody text of 4 words.\n", "no closing"),
    ("---\ndate: 2025-13-01\n---\nBody text of 4 words.\n", "invalid value"),  # found by make fuzz
])
def test_malformed_front_matter_is_a_warning(write, exact, front, warning):
    [article], warnings = read_article(write("bad.md", front))
    exact(article)
    assert any(warning in w for w in warnings)
    assert "Body text of 4 words." in article.text


def test_markdown_without_front_matter_takes_txt_headers(write):
    [article], _ = read_article(write("m.md", "date: 12 June 2022\n\nPrices rose 9.1 percent."))
    assert article.published == dt.date(2022, 6, 12)
    assert article.text == "Prices rose 9.1 percent."


def test_json_object(write, exact):
    record = {"headline": "Rail fares rise", "body": "Fares rise 4.9% in March.\n\nUnions object.",
              "publisher": {"name": "Metro Wire"}, "datePublished": "Mon, 04 Mar 2024 07:00:00 GMT",
              "url": "https://example.org/rail"}
    [article], warnings = read_article(write("rail.json", json.dumps(record)))
    exact(article)
    assert warnings == []
    assert (article.id, article.title, article.source, article.published) == (
        "rail", "Rail fares rise", "Metro Wire", dt.date(2024, 3, 4))
    assert article.text == "Fares rise 4.9% in March.\n\nUnions object."
    assert article.raw_offset(article.text.index("4.9%")) == article.raw.index("4.9%")


def test_json_list_ids_and_bad_records(write, exact):
    records = [{"id": "wire-7", "text": "Turnout was 61 percent."},
               {"content": "Turnout was 58 percent, officials said.", "date": "2024-07-05"},
               {"title": "no text here"}, 42]
    articles, warnings = read_article(write("poll.json", json.dumps(records, indent=2)))
    for a in articles:
        exact(a)
    assert [a.id for a in articles] == ["wire-7", "poll-2"]
    assert articles[1].published == dt.date(2024, 7, 5)
    assert any("record 3 has no text" in w for w in warnings)
    assert any("record 4 is not an object" in w for w in warnings)


@pytest.mark.parametrize("content", ['{"text": "unterminated', "[1, 2,", "", "null", '"just a string"', "[]"])
def test_malformed_json_skipped_with_one_line_warning(write, content):
    articles, warnings = read_article(write("broken.json", content))
    assert articles == []
    assert len(warnings) == 1 and "\n" not in warnings[0] and "broken.json" in warnings[0]


HTML = """<!doctype html><html><head><title>Dam repairs to cost $80m | Valley Herald</title>
<meta property="og:site_name" content="Valley Herald">
<meta property="article:published_time" content="2024-02-14T09:30:00+01:00">
<script>window.ads = ["banner"]; var tracking = 1;</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="ad">Advertisement: buy a sofa today</div>
<article><h1>Dam repairs to cost $80m</h1>
<p>Repairs to the Kelso dam will cost $80 million and take 14 months, the water authority said on Tuesday.</p>
<p>Engineers found 3 cracks in the spillway during an inspection in January, according to a report seen by the Herald.</p>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Flood defences funded</a></li></ul></aside>
</article><footer>Copyright Valley Herald. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata(write, exact):
    [article], warnings = read_article(write("herald.html", HTML))
    exact(article)
    assert warnings == []
    assert article.source == "Valley Herald"
    assert article.published == dt.date(2024, 2, 14)
    assert article.title and "Dam repairs to cost $80m" in article.title
    assert "will cost $80 million and take 14 months" in article.text
    assert "3 cracks in the spillway" in article.text
    for noise in ("window.ads", "Home", "sofa", "Flood defences funded", "Copyright"):
        assert noise not in article.text
    start = article.text.index("Engineers found")
    assert article.raw[article.raw_offset(start):].startswith("Engineers found")


def test_html_entities_map_best_effort(write, exact):
    html = ("<html><body><article><p>Rates rose to 5.25% &amp; inflation fell to 3.9% in the year to "
            "March, the bank said in its quarterly statement on Thursday morning.</p></article></body></html>")
    [article], _ = read_article(write("bank.html", html))
    exact(article)
    assert "5.25% & inflation" in article.text
    assert article.raw_offset(article.text.index("3.9%")) == article.raw.index("3.9%")


@pytest.mark.parametrize("content", ["<html><body><div><p>unclosed <b>tags<div></html>",
                                     "<html><head><script>only()</script></head></html>"])
def test_broken_or_empty_html_never_raises(write, content):
    articles, warnings = read_article(write("odd.html", content))
    assert articles or any("odd.html" in w for w in warnings)


PARAGRAPHS = ["Flood waters reached 2.4 metres in the town centre on Monday, the environment agency said.",
              "About 1,300 homes were evacuated and 4 people were missing, according to police.",
              "Repairs to the flood barrier will cost \u00a312 million and take 18 months."]


@pytest.mark.parametrize("name, content", [
    ("t.txt", "title: Town flooded\ndate: 2024-01-08\n\n" + "\n\n".join(PARAGRAPHS)),
    ("m.md", "---\ntitle: Town flooded\ndate: 2024-01-08\n---\n\n" + "\n\n".join(PARAGRAPHS)),
    ("j.json", json.dumps({"title": "Town flooded", "date": "2024-01-08", "text": "\n\n".join(PARAGRAPHS)})),
    ("h.html", "<html><head><title>Town flooded</title><meta name='date' content='2024-01-08'></head><body>"
               "<nav><a href='/'>Home</a> <a href='/uk'>UK</a></nav><article>"
               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"),
])
def test_same_article_in_every_format_reads_the_same(write, exact, name, content):
    [article], warnings = read_article(write(name, content))
    exact(article)
    assert warnings == []
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert (article.title, article.published) == ("Town flooded", dt.date(2024, 1, 8))


def test_html_with_wrapped_lines_maps_word_by_word(write, exact):
    html = ("<html><body><article>\n  <p>Engineers found 3 cracks in the\n     spillway during an inspection"
            " in January, according\n     to a report seen by the Herald on Tuesday.</p>\n  <script>"
            + "var x = 1;" * 500 + "</script>\n  <p>Repairs will take 14\n     months, the authority said "
            "in its annual statement.</p></article></body></html>")
    [article], _ = read_article(write("wrapped.html", html))
    exact(article)
    for word in ("spillway", "according", "months"):
        at = article.text.index(word)
        assert article.raw[article.raw_offset(at):].startswith(word)


def test_yaml_alias_bomb_in_front_matter_is_not_expanded(write):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    text = "---\n" + "\n".join(levels) + "\nauthor: *a8\ntitle: Budget\n---\n\nThe budget rose 4%.\n"
    [article], _ = read_article(write("bomb.md", text))
    assert article.title == "Budget" and article.text == "The budget rose 4%."
