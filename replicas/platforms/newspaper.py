"""The newspaper CMS behind Báo Lào Cai: ``/<slug>-post<id>.html``, RSS, monthly news sitemaps."""

from __future__ import annotations

import json
import re
import zlib
from collections import defaultdict

from extraction.vietnamese import slugify
from replicas.model import ReplicaArticle
from replicas.platforms.base import (
    Request,
    Response,
    body_blocks,
    data_table,
    document,
    esc,
    social_icons,
    today_line,
)
from replicas.seeds import NEWSPAPER_2024_TEASERS, SEED_NEWSPAPER_2024
from replicas.site import Section

_ARTICLE = re.compile(r"^/[a-z0-9-]+-post(\d+)\.html$")
_TAG = re.compile(r"^(?:/tu-khoa)?/([a-z0-9-]+)-tag(\d+)\.html$")
_CATEGORY = re.compile(r"^/([a-z0-9-]+)(?:/trang-(\d+))?/?$")
_MONTH_SITEMAP = re.compile(r"^/sitemaps/news-(\d{4})-(\d{1,2})\.xml$")
_CATEGORY_RSS = re.compile(r"^/rss/([a-z0-9-]+)-(\d+)\.rss$")
_LEAD_PREFIX = "LCĐT - "


def tag_id(tag: str) -> int:
    return zlib.crc32(slugify(tag).encode()) % 90000 + 10000


class Newspaper(Section):
    """Báo Lào Cai's CMS (shared with several national papers)."""

    def article_path(self, a: ReplicaArticle) -> str:
        return f"/{a.slug}-post{a.id}.html"

    def tag_path(self, tag: str, year: int) -> str:
        prefix = "/tu-khoa" if year >= 2025 else ""
        return f"{prefix}/{slugify(tag)}-tag{tag_id(tag)}.html"

    def handle(self, req: Request) -> Response | None:
        path = req.path
        if path == "/":
            return self._listing("Trang chủ", self.articles, 1, "/")
        if m := _ARTICLE.match(path):
            article = self.by_id.get(int(m[1]))
            if article and self.article_path(article) == path:
                return self._article(article, req.base)
            return None
        if m := _TAG.match(path):
            tagged = [a for a in self.articles if any(tag_id(t) == int(m[2]) for t in a.tags)]
            return self._listing(f"Từ khóa: {m[1]}", tagged, 1, path) if tagged else None
        if path == "/sitemap.xml":
            return self._sitemap_index(req.base)
        if m := _MONTH_SITEMAP.match(path):
            return self._month_sitemap(int(m[1]), int(m[2]), req.base)
        if path == "/rss/home.rss":
            return self._rss("Trang chủ", self.articles, req.base)
        if m := _CATEGORY_RSS.match(path):
            category = self._category(m[1])
            return self._rss(category, self.in_category(category), req.base) if category else None
        if m := _CATEGORY.match(path):
            category = self._category(m[1])
            if category:
                page = int(m[2] or 1)
                return self._listing(category, self.in_category(category), page, f"/{m[1]}")
        return None

    def _category(self, slug: str) -> str | None:
        return next((c for c in self.categories if slugify(c) == slug), None)

    def _chrome(self, main: str) -> str:
        menu = "".join(f'<li><a href="/{slugify(c)}">{esc(c)}</a></li>' for c in self.categories)
        feeds = "".join(
            f'<li><a href="/rss/{slugify(c)}-{i + 1}.rss">{esc(c)}</a></li>' for i, c in enumerate(self.categories)
        )
        return (
            f'<header class="header"><div class="header__date">{today_line(self.site.today)}</div>'
            f'<a class="logo" href="/">{esc(self.site.name)}</a><nav class="menu"><ul>{menu}</ul></nav>'
            '<form class="search" action="/search"><input name="q" placeholder="Tìm kiếm"></form></header>\n'
            f'<main class="container">{main}</main>\n'
            f'<footer class="footer"><ul class="rss">{feeds}</ul>{social_icons()}'
            "<p>Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai. Giấy phép số 123/GP-BTTTT.</p>"
            "</footer>"
        )

    def _story(self, caption: str, title: str, summary: str, when: str, href: str) -> str:
        thumb = caption or title
        return (
            f'<div class="story"><a class="story__thumb" href="{href}"><img data-src="/uploads/thumb.jpg" '
            f'alt="{esc(title)}"><span class="story__caption">{esc(thumb)}</span></a>'
            f'<h3 class="story__heading"><a href="{href}">{esc(title)}</a></h3>'
            f'<p class="story__summary">{esc(summary)}</p><time class="story__time">{when}</time></div>'
        )

    def _listing(self, heading: str, items: list[ReplicaArticle], page: int, base: str) -> Response | None:
        if page > self.page_count(items):
            return None
        stories = "\n".join(
            self._story("", a.title, a.lead, a.published.strftime("%d/%m/%Y %H:%M"), self.article_path(a))
            for a in self.page_of(items, page)
        )
        pager = ""
        if page < self.page_count(items) and base != "/":
            pager = f'<div class="pagination"><a class="next" href="{base}/trang-{page + 1}">Xem thêm</a></div>'
        main = f'<h1 class="category-title">{esc(heading)}</h1><div class="box-stream">{stories}</div>{pager}'
        return Response(document(f"{heading} | {self.site.name}", "", self._chrome(main)))

    def _figure(self, f) -> str:
        caption = f'<figcaption class="PhotoCMS_Caption"><p>{esc(f.caption)}</p></figcaption>' if f.caption else ""
        return (
            f'<figure class="picture"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
            f'data-src="/uploads/{esc(f.filename)}" alt="{esc(f.filename)}">'
            f'<div class="picture__name">{esc(f.filename)}</div>{caption}</figure>'
        )

    def _related_box(self, article: ReplicaArticle) -> str:
        others = [a for a in self.articles if a.id != article.id][:3]
        items = "".join(
            f'<li><a href="{self.article_path(a)}">{esc(a.title)}</a> '
            f'<span class="time">{a.published:%d/%m/%Y}</span><p>{esc(a.lead)}</p></li>'
            for a in others
        )
        return f'<div class="related-news"><p class="related-news__title">Có thể bạn quan tâm</p><ul>{items}</ul></div>'

    def _same_category(self, article: ReplicaArticle) -> str:
        if article is SEED_NEWSPAPER_2024:
            href = "/" + slugify(article.category)
            stories = [self._story(*teaser, href) for teaser in NEWSPAPER_2024_TEASERS]
        else:
            others = [a for a in self.in_category(article.category) if a.id != article.id][:6]
            stories = [
                self._story("", a.title, a.lead, a.published.strftime("%d/%m/%Y %H:%M"), self.article_path(a))
                for a in others
            ]
        return (
            f'<section class="box-category"><h2 class="box-title">Tin cùng chuyên mục</h2>{"".join(stories)}</section>'
        )

    def _article(self, a: ReplicaArticle, base: str) -> Response:
        edition = self.site.edition
        paragraphs = body_blocks(a, edition, self._figure, data_table).split("\n")
        cut = 2 if len(a.paragraphs) > 3 else len(paragraphs)
        body = "\n".join(paragraphs[: cut + 1]) + self._related_box(a) + "\n".join(paragraphs[cut + 1 :])
        published = a.published.isoformat()
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": published,
            "dateModified": published,
            "author": {"@type": "Person", "name": a.author},
            "publisher": {"@type": "Organization", "name": self.site.name},
        }
        url = base + self.article_path(a)
        head = (
            f'<link rel="canonical" href="{url}"><meta property="og:title" content="{esc(a.title)}">'
            f'<meta property="og:url" content="{url}"><meta property="og:site_name" content="{esc(self.site.name)}">'
            f'<meta property="article:published_time" content="{published}">'
            f'<meta name="keywords" content="{esc(", ".join(a.tags))}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        tags = "".join(f'<a href="{self.tag_path(t, a.published.year)}">{esc(t)}</a> ' for t in a.tags)
        cat_href = "/" + slugify(a.category)
        main = (
            f'<div class="breadcrumbs"><a href="/">Trang chủ</a><a href="{cat_href}">{esc(a.category)}</a></div>'
            '<article class="article">'
            f'<h1 class="article__title">{esc(a.title)}</h1>'
            f'<div class="article__meta"><time class="article__time">{a.published:%d/%m/%Y %H:%M}</time></div>'
            f'<div class="article__sapo"><p>{_LEAD_PREFIX}{esc(a.lead)}</p></div>'
            f'<div class="article__body" itemprop="articleBody">\n{body}\n</div>'
            f'<div class="article__author"><span class="cms-author">{esc(a.author)}</span></div>'
            f'<div class="article__tags">Từ khóa: {tags}</div>{social_icons()}</article>'
            f"{self._same_category(a)}"
        )
        title = f"{a.title} | {self.site.name}"
        return Response(document(title, head, self._chrome(main)), last_modified=self.site.changed_at(a))

    def _by_month(self) -> dict[tuple[int, int], list[ReplicaArticle]]:
        months: dict[tuple[int, int], list[ReplicaArticle]] = defaultdict(list)
        for a in self.articles:
            months[(a.published.year, a.published.month)].append(a)
        return months

    def _sitemap_index(self, base: str) -> Response:
        months = sorted(self._by_month().items(), reverse=True)
        entries = "".join(
            f"<sitemap><loc>{base}/sitemaps/news-{y}-{m}.xml</loc>"
            f"<lastmod>{max(self.site.changed_at(a) for a in items).isoformat()}</lastmod></sitemap>"
            for (y, m), items in months
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
        )
        return Response(xml, content_type="application/xml")

    def _month_sitemap(self, year: int, month: int, base: str) -> Response | None:
        items = self._by_month().get((year, month))
        if not items:
            return None
        urls = "".join(
            f"<url><loc>{base}{self.article_path(a)}</loc><lastmod>{self.site.changed_at(a).isoformat()}</lastmod></url>"
            for a in items
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
        )
        return Response(xml, content_type="application/xml")

    def _rss(self, title: str, items: list[ReplicaArticle], base: str) -> Response:
        entries = "".join(
            f"<item><title>{esc(a.title)}</title><link>{base}{self.article_path(a)}</link>"
            f"<description>{esc(a.lead)}</description>"
            f"<pubDate>{a.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate></item>"
            for a in items[:30]
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(self.site.name)} - {esc(title)}</title><link>{base}/</link>{entries}</channel></rss>\n"
        )
        return Response(xml, content_type="application/rss+xml")
