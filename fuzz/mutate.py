"""Input mutations for the fuzzer: seeded, text- and byte-level, format wrappers."""

from __future__ import annotations

import codecs
import json
import random
import re

# Pieces that steer mutants into the code paths that matter: figures and units,
# bounds, dates and weekdays, attributions, boilerplate, header and markup.
FRAGMENTS = (
    "more than 600", "about 15,000 soldiers", "4,700 were killed or wounded", "at least 12 dead",
    "1 kilometre (0.6 miles)", "$2.5 billion", "\u00a3300m", "12%", "nearly half", "dozens of", "3.5 tonnes",
    "on Wednesday", "last Thursday", "by mid-2026", "in June 2024", "18 months", "30 April 2025",
    "2025-05-01", "within two weeks", "early next year", "Q3 2025", "the 1990s", "up to 40 km/h",
    "the ministry said.", "according to police.", "\u201cWe will rebuild,\u201d she said.",
    "South Korean intelligence said", "Read more", "Your support helps us. Donate now.",
    "Sign up to our newsletter", "open image in gallery ", "Photo: ", "(Getty Images)", "Share this article",
    "date 2024-01-02 ", "Title: Budget Rises\n", "source: Wire\n", "---\n", "# Heading\n", "**", "[link](x)",
    "<p>", "</p>", "&amp;", "&#8217;", "\\n", "\"", "{", "}", "\n", "\n\n", "\r\n", "\r", "\t", "  ",
    "\u00a0", "\ufeff", "\u200b", "\u202e", "\u0301", "\u2028", "\x00", "\x0b", "\U0001F600",
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1")
KINDS = ("txt", "txt", "md", "json", "html")


def _slice(rng: random.Random, text: str) -> tuple[int, int]:
    a = rng.randrange(len(text) + 1)
    return a, min(len(text), a + rng.randint(0, 80))


def _delete(rng, text, others):
    a, b = _slice(rng, text)
    return text[:a] + text[b:]


def _duplicate(rng, text, others):
    a, b = _slice(rng, text)
    at = rng.randrange(len(text) + 1)
    return text[:at] + text[a:b] + text[at:]


def _insert_fragment(rng, text, others):
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(FRAGMENTS) + text[at:]


def _insert_unicode(rng, text, others):
    at = rng.randrange(len(text) + 1)
    chars = "".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF), rng.randint(0x1F000, 0x1FAFF)]))
                    for _ in range(rng.randint(1, 6)))
    return text[:at] + chars + text[at:]


def _splice(rng, text, others):
    other = rng.choice(others)
    a, _ = _slice(rng, text)
    b, _ = _slice(rng, other)
    return text[:a] + other[b:]


def _swap_lines(rng, text, others):
    lines = text.split("\n")
    if len(lines) > 1:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _digits(rng, text, others):
    return "".join(str(rng.randint(0, 9)) if ch.isdigit() and rng.random() < 0.5 else ch for ch in text)


def _newlines(rng, text, others):
    return text.replace("\n", rng.choice(["\r\n", "\r", "\n\n", " ", "\u2029"]))


def _truncate(rng, text, others):
    return text[: rng.randrange(len(text) + 1)]


def _case(rng, text, others):
    a, b = _slice(rng, text)
    return text[:a] + (text[a:b].upper() if rng.random() < 0.5 else text[a:b].lower()) + text[b:]


TEXT_MUTATORS = (_delete, _duplicate, _insert_fragment, _insert_fragment, _insert_unicode, _splice,
                 _swap_lines, _digits, _newlines, _truncate, _case)


def mutate_text(rng: random.Random, text: str, others: list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        text = rng.choice(TEXT_MUTATORS)(rng, text, others)
    return text


def dense(rng: random.Random, seeds: list[str]) -> str:
    """A figure-dense document: one seed's sentences line after line, figures changed,
    a few hundred lines (a situation report): cost must stay about linear in its claims."""
    sentences = [s.strip() + "." for s in re.split(r"[.\n]+", rng.choice(seeds)) if any(ch.isdigit() for ch in s)]
    sentences = sentences or ["In district 4, 40 people died and 85 were injured."]
    return "\n".join(_digits(rng, rng.choice(sentences), []) for _ in range(rng.randint(100, 400))) + "\n"


def wrap(rng: random.Random, kind: str, text: str) -> str:
    """The text as a file of ``kind``, sometimes deliberately malformed."""
    broken = rng.random() < 0.1
    if kind == "json":
        record = {"title": text[:40], "text": text, "date": rng.choice(["2025-05-01", "May 1, 2025", "", "soon"]),
                  "source": rng.choice(["Wire", {"name": "Wire"}, None, 3])}
        out = json.dumps([record, {"body": text[::-1]}] if rng.random() < 0.3 else record,
                         ensure_ascii=rng.random() < 0.5)
        return out[: rng.randrange(len(out))] if broken else out
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        out = (f"<html><head><title>{text[:40]}</title><script>var a=1;</script></head><body><nav>Home</nav>"
               f"<article>{body}</article><footer>Copyright</footer></body></html>")
        return out.replace("</", "<", 2) if broken else out
    if kind == "md":
        front = "---\ntitle: [unclosed\n---\n" if broken else "---\ntitle: Story\ndate: 2025-05-01\n---\n\n"
        return front + text
    return text


def encode(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(ENCODINGS) if rng.random() < 0.3 else "utf-8"
    data = codecs.encode(text, encoding, errors="replace")
    if rng.random() < 0.1 and data:  # flip a few bytes
        buf = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        data = bytes(buf)
    return data
