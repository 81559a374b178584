"""Walk an article body (HTML, or trafilatura's XML) into text blocks: paragraphs, captions, tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import html

from extraction.cleanup import BLOCK_TAGS, norm

# HTML blocks, and trafilatura's XML vocabulary for its output.
_BLOCKS = BLOCK_TAGS | {"address", "head", "item", "list", "quote"}
_SKIP = frozenset(
    ["script", "style", "noscript", "iframe", "form", "button", "select", "input", "textarea", "video", "audio"]
)
_CAPTION_CLASS = re.compile(r"caption|chu-?thich|img-desc|image-desc|photo-desc", re.I)


@dataclass(frozen=True)
class Block:
    """A paragraph of the body: kind is "p", "caption" or "table"."""

    kind: str
    text: str


@dataclass(frozen=True)
class Image:
    """A photo of the article: absolute URL and caption."""

    url: str
    caption: str = ""


def _image_url(img: html.HtmlElement, base_url: str) -> str | None:
    src = img.get("src") or ""
    for lazy in ("data-src", "data-original", "data-lazy-src"):
        if img.get(lazy) and (not src or src.startswith("data:")):
            src = img.get(lazy)
    return urljoin(base_url, src.strip()) if src and not src.startswith("data:") else None


def _em_caption(el: html.HtmlElement) -> bool:
    """``<p><em>…</em></p>`` right after a paragraph that only holds an image: a photo caption."""
    children = list(el)
    if (el.text or "").strip() or len(children) != 1 or children[0].tag not in ("em", "i"):
        return False
    if (children[0].tail or "").strip():
        return False
    prev = el.getprevious()
    return prev is not None and prev.find(".//img") is not None and not "".join(prev.itertext()).strip()


class BlockWalker:
    """Collects blocks and images from one body element, in document order."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.images: list[Image] = []
        self._buffer: list[str] = []

    def _flush(self, kind: str) -> None:
        for line in "".join(self._buffer).split("\n"):
            if text := norm(line):
                self.blocks.append(Block(kind, text))
                if kind == "caption" and self.images and not self.images[-1].caption:
                    self.images[-1] = Image(self.images[-1].url, text)
        self._buffer.clear()

    def _table(self, table: html.HtmlElement) -> None:
        rows = []
        for row in table.iter("tr", "row"):
            cells = [norm("".join(cell.itertext())) for cell in row if cell.tag in ("td", "th", "cell")]
            if any(cells):
                rows.append(" | ".join(cells))
        if rows:
            self.blocks.append(Block("table", "\n".join(rows)))

    def walk(self, el: html.HtmlElement, kind: str = "p") -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag and tag not in _SKIP:
            self._visit(el, tag, kind)
        self._buffer.append(el.tail or "")

    def _visit(self, el: html.HtmlElement, tag: str, kind: str) -> None:
        if tag in ("img", "graphic"):
            url = _image_url(el, self.base_url) if tag == "img" else el.get("src")
            if url:
                self.images.append(Image(url))
            return
        if tag in ("br", "lb"):
            self._buffer.append("\n")
            return
        if tag == "table":
            self._flush(kind)
            self._table(el)
            return
        own = kind
        if tag == "figcaption" or _CAPTION_CLASS.search(el.get("class", "")) or (tag == "p" and _em_caption(el)):
            own = "caption"
        block = tag in _BLOCKS
        if block:
            self._flush(kind)
        self._buffer.append(el.text or "")
        for child in el:
            self.walk(child, own)
        if block:
            self._flush(own)

    def run(self, body: html.HtmlElement) -> list[Block]:
        self._buffer.append(body.text or "")
        for child in body:
            self.walk(child)
        self._flush("p")
        return self.blocks
