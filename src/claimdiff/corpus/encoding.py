"""Bytes to text: BOMs, UTF-8, UTF-16, a cp1252/Latin-1 fallback, binary detection.

Decoding never guesses silently: any fallback is reported as a warning, and a
file that looks binary is refused (the caller skips it with a warning).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 8192
# Share of control characters (other than tab, newline, CR, form feed) above
# which decoded text is treated as binary rather than prose.
_MAX_CONTROL_SHARE = 0.05


class NotText(ValueError):
    """The bytes are not readable text; the message says why (one line)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a BOM: mostly-ASCII text has NUL in every other byte."""
    sample = data[:_SNIFF]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) // 2)
    odd_nul = sample[1::2].count(0) / (len(sample) // 2)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


# Control characters other than tab, newline, form feed and carriage return (9, 10, 12, 13).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:_SNIFF]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def decode(data: bytes) -> Decoded:
    """Decode file bytes; raise NotText for binary or undecodable data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as err:
                raise NotText(f"invalid {name} after its byte-order mark at byte {err.start}") from None
            return _checked(Decoded(text, name + "-sig" if name == "utf-8" else name))
    if b"\x00" in data[:_SNIFF]:
        name = _utf16_without_bom(data)
        if name is None:
            raise NotText("binary file (NUL bytes)")
        try:
            return _checked(Decoded(data.decode(name), name, f"no byte-order mark; read as {name}"))
        except UnicodeDecodeError:
            raise NotText("binary file (NUL bytes)") from None
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what "Latin-1" text usually is in practice (curly quotes
    # at 0x91-0x94); the five bytes it leaves undefined fall back to Latin-1.
    try:
        text, name = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, name = data.decode("latin-1"), "latin-1"
    return _checked(Decoded(text, name, f"not valid UTF-8; read as {name}"))


def _checked(decoded: Decoded) -> Decoded:
    if _control_share(decoded.text) > _MAX_CONTROL_SHARE:
        raise NotText("binary file (control characters)")
    return decoded
