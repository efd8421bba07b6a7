"""Bytes of an article file to text: the encoding found, binary files refused."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from geo.errors import FrontmapError

# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Text has tabs and line breaks but almost no other control characters; decoded binary has many.
# One in a hundred leaves room for a stray form feed or escape in a pasted article.
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode_bytes(data: bytes, path: str) -> str:
    """The text of ``data``: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else as detected.

    Raises FrontmapError when the bytes are not text: NUL bytes without a UTF-16/32 mark, no
    plausible encoding, or too many control characters once decoded.
    """
    binary = FrontmapError(f"{path}: binary file, not an article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise FrontmapError(
                    f"{path}: starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()} "
                    "(save it as UTF-8)"
                ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if b"\x00" in data:
            raise binary from None
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise binary from None
        text = str(best)
    if "\x00" in text or len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise binary
    return text
