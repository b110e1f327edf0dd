"""Bytes to text: encodings detected once, at the boundary; binary files refused with a reason.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; anything else goes to
charset-normalizer, which tells cp1252 from latin-1 and friends by their byte statistics. A file with
NUL bytes outside UTF-16/32, or whose best decoding is mostly control characters, is binary.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """Bytes that are not text in any known encoding (the message is the reason shown to a person)."""


def decode_bytes(data: bytes) -> str:
    """`data` as text. Raises `DecodeError` for binary data or bytes no known encoding explains."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if b"\x00" in data[:8192]:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed
        raise DecodeError("binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        encoding = guess_encoding(data[:200_000])
        if encoding is None:
            raise DecodeError("not UTF-8 and not a known encoding") from None
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise DecodeError("not UTF-8 and not a known encoding") from None
    if _control_share(text) > 0.05:
        raise DecodeError("binary file, not text (mostly control characters)")
    return text


_PREFERRED = ("cp1252", "iso8859_15", "latin_1")
"""Among equally plausible single-byte readings, Western European ones win: charset-normalizer ties
cp1252 with cp1250/cp1257 on French or German text, where the Western reading is by far the likelier."""


def guess_encoding(data: bytes) -> str | None:
    """The most plausible encoding of non-UTF-8 `data` (charset-normalizer, ties broken by `_PREFERRED`)."""
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    close = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05]
    for preferred in _PREFERRED:
        for match in close:
            if preferred == match.encoding or preferred in match.could_be_from_charset:
                return preferred
    return best.encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte NUL, on the same side, for mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    encoding = "utf-16-be" if even_nul > 0.9 and odd_nul < 0.1 else "utf-16-le" if odd_nul > 0.9 and even_nul < 0.1 else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Control characters other than tab, line feed, form feed and carriage return (C0 and C1)."""


def _control_share(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
