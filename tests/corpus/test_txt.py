"""Plain-text articles: header lines, metadata, title, cleaning, offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdiff.corpus import read_article


@pytest.fixture
def read_one(exact):
    def _read(path):
        articles, warnings = read_article(path)
        assert len(articles) == 1, warnings
        exact(articles[0])
        return articles[0], warnings

    return _read


@pytest.mark.parametrize("header", [
    "date 2024-03-09", "Date: 2024-03-09", "DATE:2024-03-09", "  date   2024-03-09",
    "published: March 9, 2024", "Published 9 March 2024", "date: 2024-03-09T07:45:00+01:00",
    "Date: Sat, 09 Mar 2024 07:45:00 +0000", "date 2024-03-09 08:15",
])
def test_date_header_forms(write, read_one, header):
    path = write("flood.txt", f"{header}\nRiver levels rose by 2 metres overnight, the agency said.\n")
    article, _ = read_one(path)
    assert article.published == dt.date(2024, 3, 9)
    assert article.text == "River levels rose by 2 metres overnight, the agency said."


def test_all_header_keys_with_and_without_colon(write, read_one):
    path = write("budget.txt", (
        "Source: Harbour Gazette\n"
        "title City budget grows to $2.1 billion\n"
        "URL: https://example.org/budget\n"
        "author   Dana Okafor\n"
        "date 2023-11-30\n"
        "\n"
        "The council approved a budget of $2.1 billion on Tuesday.\n"
    ))
    article, _ = read_one(path)
    assert article.source == "Harbour Gazette"
    assert article.title == "City budget grows to $2.1 billion"
    assert article.published == dt.date(2023, 11, 30)
    assert article.text == "The council approved a budget of $2.1 billion on Tuesday."


def test_prose_on_the_date_line_stays_text(write, read_one):
    path = write("quake.txt", "date 2022-08-14 Rescuers pulled 12 survivors from the rubble.\n\nMore followed.")
    article, _ = read_one(path)
    assert article.published == dt.date(2022, 8, 14)
    assert article.text.startswith("Rescuers pulled 12 survivors")
    assert article.raw_offset(0) == article.raw.index("Rescuers")


def test_first_sentence_is_not_taken_for_a_header(write, read_one):
    text = "Title IX complaints rose by 40 percent last year, the department said.\nSchools must respond.\n"
    article, _ = read_one(write("schools.txt", text))
    assert article.title is None
    assert article.text.startswith("Title IX complaints")


def test_date_header_with_relative_value_is_not_metadata(write, read_one):
    article, _ = read_one(write("x.txt", "date yesterday\nThe match ended 2-1.\n"))
    assert article.published is None
    assert article.text.startswith("date yesterday")


def test_id_path_and_raw(write, read_one):
    path = write("harbour-gazette-ferry.txt", "Ferry fares rise 5 percent from June.\n")
    article, _ = read_one(path)
    assert article.id == "harbour-gazette-ferry"
    assert article.path == str(path)
    assert article.raw == path.read_text(encoding="utf-8")


def test_repeated_headline_kept_once(write, read_one):
    text = ("Wildfire crews contain the ridge fire after nine days.\n"
            "Ridge Fire Contained After Nine Days\n\n"
            "Ridge Fire Contained After Nine Days\n"
            "Firefighters said the blaze burned 3,400 hectares.\n")
    article, _ = read_one(write("fire.txt", text))
    assert article.title == "Ridge Fire Contained After Nine Days"
    assert article.text.count("Ridge Fire Contained After Nine Days") == 1
    assert "3,400 hectares" in article.text


def test_title_from_first_line_followed_by_blank_line(write, read_one):
    text = "Port Strike Enters Second Week\n\nDock workers walked out on 3 June.\n"
    article, _ = read_one(write("port.txt", text))
    assert article.title == "Port Strike Enters Second Week"


def test_title_header_and_body_headline_not_duplicated(write, read_one):
    text = "title: Port Strike Ends\n\nPort Strike Ends\nPort Strike Ends\nWork resumed on Friday.\n"
    article, _ = read_one(write("port.txt", text))
    assert article.text == "Port Strike Ends\nWork resumed on Friday."


def test_crlf_line_endings(write, read_one):
    path = write("crlf.txt", b"date 2021-01-05\r\n\r\nSnow closed 40 schools.\r\nRoads reopened at noon.\r\n")
    article, _ = read_one(path)
    assert article.published == dt.date(2021, 1, 5)
    assert article.text == "Snow closed 40 schools.\nRoads reopened at noon."


def test_only_boilerplate_is_skipped_with_warning(write, read_one):
    text = "Support our journalism. Donate now. Sign up to our newsletter.\n"
    articles, warnings = read_article(write("appeal.txt", text))
    assert articles == []
    assert any("no article text" in w for w in warnings)


@pytest.mark.parametrize("first, author", [("By Jane Doe", "Jane Doe"), ("By Omar al Rashid and Li Wei", "Omar al Rashid and Li Wei"),
                                           ("By the end of May the dam was full", None)])
def test_byline_header(write, read_one, first, author):
    path = write("dam.txt", f"{first}\nThe reservoir held 40 million cubic metres.\n")
    article, _ = read_one(path)
    assert ("By" not in article.text.split("\n")[0]) == (author is not None)


def test_source_falls_back_to_the_url_domain(write, read_one):
    article, _ = read_one(write("u.txt", "url: https://www.harbour-gazette.example/news/ferry\n\nFares rose 5%."))
    assert article.source == "harbour-gazette.example"


def test_headline_starting_with_a_key_word_is_not_a_header(write, read_one):
    text = "Source Of Mystery Leak Found In Victorian Water Main\n\nEngineers traced the leak to a 140-year-old pipe."
    article, _ = read_one(write("leak.txt", text))
    assert article.source is None
    assert article.text.startswith("Source Of Mystery Leak")
