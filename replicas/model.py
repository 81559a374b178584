"""What a replica article is: the facts a template renders into a site's HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from extraction.vietnamese import slugify

VN_TZ = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class Figure:
    """A photo inside the body: its file name on the site, its caption, and where it goes."""

    filename: str
    caption: str
    after: int  # inserted after paragraph number `after` (0-based)


@dataclass
class ReplicaArticle:
    """One article of a replica site.

    `lead` and `paragraphs` are the clean text an extractor must return; the templates add every
    piece of boilerplate around them. `variant` switches on a special rendering:
    ``"nfd"`` (the page is NFD-normalised), ``"cp1258"`` (served as windows-1258),
    ``"no-date"`` (the only visible date is the header's today-date).
    `revised` holds the paragraphs of a later edit (served when the replica runs at edition 2).
    """

    id: int
    title: str
    lead: str
    paragraphs: list[str]
    published: datetime
    category: str
    author: str
    tags: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    table: list[list[str]] | None = None
    table_after: int = 0
    union: bool = True
    variant: str = ""
    revised: list[str] | None = None
    views: int = 0
    slug_override: str = ""

    @property
    def slug(self) -> str:
        return self.slug_override or slugify(self.title)[:80].rstrip("-")

    @property
    def category_slug(self) -> str:
        return slugify(self.category)

    def body(self, edition: int = 1) -> list[str]:
        """The body paragraphs as served at the given edition of the replica."""
        return self.revised if edition > 1 and self.revised else self.paragraphs
