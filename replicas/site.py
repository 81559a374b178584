"""A replica site: one or more platform sections with their articles, answering requests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from replicas.model import ReplicaArticle
from replicas.platforms.base import Request, Response, document, not_found, robots


class Section:
    """A platform family serving a set of articles on a site (a site may run two, old and new)."""

    page_size = 10
    pager_window = 5  # a listing links this many pages either side of its own

    def __init__(self, site: Site, articles: list[ReplicaArticle]):
        self.site = site
        self.articles = sorted(articles, key=lambda a: a.published, reverse=True)
        self.by_id = {a.id: a for a in self.articles}
        self.categories = sorted({a.category for a in self.articles})

    def handle(self, req: Request) -> Response | None:
        """Answer a request this section owns, or None."""
        raise NotImplementedError

    def article_path(self, article: ReplicaArticle) -> str:
        raise NotImplementedError

    def page_of(self, items: list, page: int) -> list:
        return items[(page - 1) * self.page_size : page * self.page_size]

    def page_count(self, items: list) -> int:
        return max(1, -(-len(items) // self.page_size))

    def pager(self, page: int, items: list) -> list[int]:
        """The page numbers a pager shows: first, last, and `pager_window` either side of the current one."""
        last, window = self.page_count(items), self.pager_window
        return sorted({1, last, *range(max(1, page - window), min(last, page + window) + 1)})

    def requested_page(self, raw: str, items: list) -> int | None:
        """The page number asked for, or None when it is out of range."""
        page = int(raw) if raw.isdigit() else 1
        return page if 1 <= page <= self.page_count(items) else None

    def in_category(self, category: str) -> list[ReplicaArticle]:
        return [a for a in self.articles if a.category == category]


@dataclass
class Site:
    """A whole replica host. `edition` 2 serves the revised text of edited articles."""

    key: str
    name: str
    sections: list[Section] = field(default_factory=list)
    sitemap: str | None = None
    edition: int = 1
    edited_at: datetime | None = None
    today: date = field(default_factory=date.today)
    blocked_agents: str = ""  # a firewall rule: User-Agents matching this regex get 403
    disallow: tuple[str, ...] = ()  # extra robots.txt Disallow lines

    def edit(self) -> None:
        """Publish the edits: edited articles now serve their revised text, with a new date."""
        self.edition = 2
        self.edited_at = datetime.now().astimezone()

    def changed_at(self, article: ReplicaArticle) -> datetime:
        """When the article last changed, as sitemaps and Last-Modified headers report it."""
        if self.edition > 1 and article.revised and self.edited_at:
            return self.edited_at
        return article.published

    def blocks_agent(self, user_agent: str) -> bool:
        return bool(self.blocked_agents) and re.search(self.blocked_agents, user_agent, re.I) is not None

    def forbidden(self) -> Response:
        return Response(document("403", "", "<h1>Truy cập bị từ chối</h1>"), status=403)

    def handle(self, req: Request) -> Response:
        if req.path == "/robots.txt":
            return robots(req.base + self.sitemap if self.sitemap else None, ("/search", *self.disallow))
        for section in self.sections:
            response = section.handle(req)
            if response is not None:
                return response
        return not_found()

    def articles(self) -> list[tuple[str, ReplicaArticle]]:
        """Every article with its path on this site."""
        return [(s.article_path(a), a) for s in self.sections for a in s.articles]
