"""Build hand-made claims and articles from the YAML case files (no extractor involved)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from claimdiff.types import Article, Claim, ClaimKind, DateValue

CASES = Path(__file__).parent / "cases"


def make_claim(spec: dict[str, Any], index: int) -> Claim:
    spec = dict(spec)
    date = spec.pop("date", None)
    if date is not None:
        start, end, granularity = date
        date = DateValue(dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end)), granularity)
    text = spec.pop("text")
    kind = ClaimKind(spec.pop("kind"))
    start = spec.pop("start", index * 100)
    spec.setdefault("sentence", text)
    spec.setdefault("score", 0.8)
    return Claim(kind=kind, article=spec.pop("article"), start=start, end=start + len(text), text=text,
                 date=date, **spec)


def make_articles(spec: dict[str, Any]) -> list[Article]:
    out = []
    for aid, meta in spec.items():
        meta = meta or {}
        published = meta.get("published")
        out.append(Article(id=aid, path=f"{aid}.txt", text="", source=meta.get("source"),
                           published=dt.date.fromisoformat(str(published)) if published else None))
    return out


def load_case(path: Path) -> dict[str, Any]:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    case["claims"] = [make_claim(c, i) for i, c in enumerate(case["claims"])]
    case["articles"] = make_articles(case["articles"])
    return case
