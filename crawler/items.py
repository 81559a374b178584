"""What spiders hand to the pipeline: fetched pages with what discovery knows about them."""

from __future__ import annotations

from dataclasses import dataclass

from archive.store import Fetched


@dataclass
class PageItem:
    """A fetched page. `kind` is "article", "listing", "feed", "sitemap" or "page" (ad-hoc crawls
    decide by extraction whether a "page" is an article)."""

    source: str
    kind: str
    canonical_url: str
    fetched: Fetched
