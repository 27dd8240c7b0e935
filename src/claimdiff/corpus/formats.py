"""Markdown, JSON and HTML readers (placeholder until the full readers land)."""

from __future__ import annotations

from .readers import Extracted, extract_txt


def extract_md(raw: str) -> list[Extracted]:
    return extract_txt(raw)


def extract_json(raw: str) -> list[Extracted]:
    return extract_txt(raw)


def extract_html(raw: str) -> list[Extracted]:
    return extract_txt(raw)
