"""The Lào Cai e-portal system (portal, sub-portals, union site): ``/<category>/<slug>-<id>``."""

from __future__ import annotations

import re

from extraction.vietnamese import slugify
from replicas.model import ReplicaArticle
from replicas.platforms.base import (
    Request,
    Response,
    body_blocks,
    comment_form,
    data_table,
    document,
    esc,
    today_line,
    visit_counter,
)
from replicas.seeds import PORTAL_VIDEOS
from replicas.site import Section

_ARTICLE = re.compile(r"^/([a-z0-9-]+)/[a-z0-9-]+-(\d{4,})$")
_CATEGORY = re.compile(r"^/([a-z0-9-]+)$")


class EGov(Section):
    """A site on the provincial e-portal platform. `prefix` starts every lead (``CTTĐT- ``)."""

    prefix = "CTTĐT- "
    banner = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI"

    def article_path(self, a: ReplicaArticle) -> str:
        return f"/{a.category_slug}/{a.slug}-{a.id}"

    def handle(self, req: Request) -> Response | None:
        page = int(req.query.get("page", "1")) if req.query.get("page", "1").isdigit() else 1
        if req.path == "/":
            return self._listing("Tin mới", self.articles, 1, "/")
        if req.path in ("/video", "/dang-nhap"):
            title = "Video" if req.path == "/video" else "Đăng nhập hệ thống"
            return Response(document(title, "", self._chrome(f'<h2 class="cat-title">{title}</h2>')))
        if m := _ARTICLE.match(req.path):
            article = self.by_id.get(int(m[2]))
            if article and self.article_path(article) == req.path:
                return self._article(article)
            return None
        if m := _CATEGORY.match(req.path):
            category = next((c for c in self.categories if slugify(c) == m[1]), None)
            if category:
                return self._listing(category, self.in_category(category), page, req.path)
        return None

    def _chrome(self, main: str) -> str:
        menu = "".join(f'<li><a href="/{slugify(c)}">{esc(c)}</a></li>' for c in self.categories)
        videos = "".join(f'<li><a href="/video">{esc(v)}</a></li>' for v in PORTAL_VIDEOS)
        return (
            f'<div id="header"><div class="banner">{self.banner}</div>'
            f'<div class="today">{today_line(self.site.today)}</div><ul class="menu">{menu}</ul>'
            '<a class="login" href="/dang-nhap">Đăng nhập</a></div>\n'
            f'<div id="content"><div class="col-main">{main}</div>\n'
            f'<div class="col-right"><div class="box video"><div class="box-title">Video</div><ul>{videos}</ul>'
            '<div class="pager"><a href="/video?page=1">1</a></div></div>'
            f"{visit_counter(304, 2374, 2374, 66534666)}</div></div>\n"
            f'<div id="footer"><p>{esc(self.site.name)} - CTTĐT. Chịu trách nhiệm chính: Chánh Văn phòng.</p></div>'
        )

    def _listing(self, heading: str, items: list[ReplicaArticle], page: int, base: str) -> Response | None:
        if page > self.page_count(items):
            return None
        rows = "".join(
            f'<div class="news-item"><h3><a href="{self.article_path(a)}">{esc(a.title)}</a></h3>'
            f'<span class="date">{a.published:%d/%m/%Y}</span><p>{esc(a.lead)}</p></div>'
            for a in self.page_of(items, page)
        )
        pages = "".join(f'<a href="{base}?page={n}">{n}</a> ' for n in self.pager(page, items)) if base != "/" else ""
        main = f'<h2 class="cat-title">{esc(heading)}</h2>{rows}<div class="paging">{pages}</div>'
        return Response(document(f"{heading} - {self.site.name}", "", self._chrome(main)))

    def _figure(self, f) -> str:
        return (
            f'<p style="text-align:center"><img src="/uploads/news/{esc(f.filename)}" alt=""></p>'
            f'<p style="text-align:center"><em>{esc(f.caption)}</em></p>'
            if f.caption
            else f'<p style="text-align:center"><img src="/uploads/news/{esc(f.filename)}" alt=""></p>'
        )

    def _article(self, a: ReplicaArticle) -> Response:
        body = body_blocks(a, self.site.edition, self._figure, data_table)
        byline = f'<p style="text-align: right;"><strong>{esc(a.author)}</strong></p>' if a.author else ""
        lead = f'<div class="sapo-detail"><strong>{self.prefix}{esc(a.lead)}</strong></div>' if a.lead else ""
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> / '
            f'<a href="/{a.category_slug}">{esc(a.category)}</a></div>'
            f'<div class="news-detail"><h1 class="title-detail">{esc(a.title)}</h1>'
            f'<div class="meta-detail"><span class="date-detail">{a.published:%d/%m/%Y | %H:%M}</span>'
            f'<span class="view-count">Lượt xem: {a.views}</span></div>{lead}'
            f'<div class="content-detail">\n{body}\n{byline}</div></div>'
            f'<div class="comment"><div class="box-title">Ý kiến bạn đọc</div>{comment_form("/binh-luan")}</div>'
        )
        head = f'<meta property="og:title" content="{esc(a.title)}">'
        title = f"{self.site.name} - {a.title}"
        return Response(document(title, head, self._chrome(main)), last_modified=self.site.changed_at(a))


class UnionEGov(EGov):
    """congdoanlaocai.org.vn on the same system, with a link to the old site's archive."""

    prefix = ""
    banner = "LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI"

    def _chrome(self, main: str) -> str:
        return (
            super()
            ._chrome(main)
            .replace('<a class="login"', '<a class="archive" href="/Default.aspx">Trang tin cũ</a><a class="login"', 1)
        )
