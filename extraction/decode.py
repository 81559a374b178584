"""Bytes to text: HTTP charset, BOM, <meta> charset (windows-1258 included), then NFC."""

from __future__ import annotations

import codecs
import re

from extraction.errors import ExtractionError
from extraction.vietnamese import nfc

MAX_BYTES = 10 * 1024 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def sniff_charset(data: bytes, content_type: str | None = None) -> tuple[str | None, int]:
    """Return (codec name or None, BOM length): BOM first, then the HTTP header, then <meta>."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    if content_type and (m := _HEADER_CHARSET.search(content_type)) and (name := _codec(m[1])):
        return name, 0
    if (m := _META_CHARSET.search(data[:8192])) and (name := _codec(m[1].decode("ascii"))):
        return name, 0
    return None, 0


def decode_html(data: bytes, content_type: str | None = None, max_bytes: int = MAX_BYTES) -> str:
    """Decode a page to NFC text, or raise ExtractionError saying why it is not an HTML page."""
    if not data or not data.strip():
        raise ExtractionError("empty page")
    if len(data) > max_bytes:
        raise ExtractionError(f"page is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    codec, skip = sniff_charset(data, content_type)
    body = data[skip:]
    if not skip and codec not in (None, "utf-8") and _is_utf8(body):
        codec = "utf-8"  # bytes that are valid UTF-8 are UTF-8, whatever an old declaration says
    if b"\x00" in body[:4096] and not (codec or "").startswith("utf-16"):
        raise ExtractionError("binary content, not an HTML page")
    if codec == "ascii":  # a declared ASCII page is usually UTF-8 or Latin-1 in practice
        codec = None
    text = _decode(body, codec)
    if _undecodable(text):
        text = _detected(body) or text  # a wrong declaration: detect the encoding from the bytes
    if _undecodable(text):
        raise ExtractionError(f"undecodable bytes: {text.count(chr(0xFFFD))} characters could not be decoded")
    if "<" not in text[:65536]:
        raise ExtractionError("no HTML markup in the page")
    return nfc(text)


def _is_utf8(body: bytes) -> bool:
    if body.isascii():
        return False  # nothing to tell: the declared codec reads it the same
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _undecodable(text: str) -> bool:
    bad = text.count("\ufffd")
    return bad > 20 and bad > len(text) // 50


def _detected(body: bytes) -> str | None:
    """The body in the first encoding that charset detection proposes and that decodes it cleanly."""
    from trafilatura.utils import detect_encoding

    for name in detect_encoding(body):
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _decode(body: bytes, codec: str | None) -> str:
    if codec:
        return body.decode(codec, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        # Undeclared and not UTF-8: old Vietnamese pages are most often windows-1258.
        return body.decode("cp1258", errors="replace")
