"""Điện Biên's two platforms: the ``/TinTuc/View/<Slug>`` sites (People's Council) and the
SharePoint e-portal (``/portal/Pages/YYYY-M-D/<Slug><6 chars>.aspx``)."""

from __future__ import annotations

import hashlib
import re

from extraction.vietnamese import fold
from replicas.model import ReplicaArticle
from replicas.platforms.base import (
    Request,
    Response,
    body_blocks,
    data_table,
    document,
    esc,
)
from replicas.seeds import COUNCIL_2020_RELATED, COUNCIL_SIDEBAR_LINK, SEED_COUNCIL_2020
from replicas.site import Section

WEEKDAY_WORDS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def pascal_slug(text: str, limit: int = 80) -> str:
    """``Chủ tịch HĐND tỉnh`` -> ``Chu-tich-HDND-tinh`` (the slug style of these ASP.NET sites)."""
    words = re.findall(r"[A-Za-z0-9]+", fold(text))
    return "-".join(words)[:limit].rstrip("-")


class TinTuc(Section):
    """The People's Council site: h2 titles, a ``Cập nhật ngày … - Lượt xem: N`` line, ``Tin liên quan``."""

    def __init__(self, site, articles):
        super().__init__(site, articles)
        self.by_slug = {pascal_slug(a.title): a for a in self.articles}

    def article_path(self, a: ReplicaArticle) -> str:
        return f"/TinTuc/View/{pascal_slug(a.title)}"

    def handle(self, req: Request) -> Response | None:
        if req.path in ("/", "/TinTuc"):
            return self._listing("Tin tức & sự kiện", self.articles, req)
        if req.path == "/ThuGui":
            return Response(document(self.site.name, "", self._chrome(f"<h2>{esc(COUNCIL_SIDEBAR_LINK)}</h2>")))
        if req.path.startswith("/TinTuc/View/"):
            article = self.by_slug.get(req.path.removeprefix("/TinTuc/View/"))
            return self._article(article) if article else None
        if req.path.startswith("/TinTuc/DanhMuc/"):
            slug = req.path.removeprefix("/TinTuc/DanhMuc/")
            category = next((c for c in self.categories if pascal_slug(c) == slug), None)
            return self._listing(category, self.in_category(category), req) if category else None
        return None

    def _chrome(self, main: str) -> str:
        menu = "".join(f'<li><a href="/TinTuc/DanhMuc/{pascal_slug(c)}">{esc(c)}</a></li>' for c in self.categories)
        return (
            f'<div class="header"><div class="logo">{esc(self.site.name.upper())}</div><ul class="menu">{menu}</ul></div>'
            f'<div class="main"><div class="left">{main}</div>'
            f'<div class="right"><a class="bigLink" href="/ThuGui">{esc(COUNCIL_SIDEBAR_LINK)}</a>'
            '<div class="box"><div class="box-title">Văn bản mới</div><ul><li>Nghị quyết số 12/NQ-HĐND</li></ul></div>'
            "</div></div>"
            '<div class="footer">Thường trực HĐND tỉnh Điện Biên. Địa chỉ: phường Mường Thanh, TP Điện Biên Phủ.</div>'
        )

    def _listing(self, heading: str, items: list[ReplicaArticle], req: Request) -> Response | None:
        page = self.requested_page(req.query.get("PageIndex", "1"), items)
        if page is None:
            return None
        rows = "".join(
            f'<div class="item"><a class="title" href="{self.article_path(a)}">{esc(a.title)}</a>'
            f"<p>{esc(a.lead)}</p></div>"
            for a in self.page_of(items, page)
        )
        pager = "".join(f'<a href="{req.path}?PageIndex={n}">{n}</a> ' for n in self.pager(page, items))
        main = f'<div class="section-title">{esc(heading)}</div>{rows}<div class="pager">{pager}</div>'
        return Response(document(self.site.name, "", self._chrome(main)))

    def _article(self, a: ReplicaArticle) -> Response:
        body = body_blocks(a, self.site.edition, _figure, data_table)
        if a is SEED_COUNCIL_2020:
            related = [("/TinTuc/View/" + pascal_slug(t), t) for t in COUNCIL_2020_RELATED]
        else:
            related = [(self.article_path(o), o.title) for o in self.articles if o.id != a.id][:10]
        links = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in related)
        stamp = a.published.strftime("%d/%m/%Y %I:%M:%S %p")
        main = (
            f'<div class="section-title">{esc(a.category)}</div>'
            f'<div class="news-detail"><h2 class="news-title">{esc(a.title)}</h2>'
            f'<div class="news-date">Cập nhật ngày {stamp} - Lượt xem: {a.views}</div>'
            f'<div class="news-sapo"><b>HĐND - {esc(a.lead)}</b></div>'
            f'<div class="news-content">{body}'
            f'<p style="text-align: right;"><b>{esc(a.author)}</b></p><p>&nbsp;</p></div></div>'
            f'<div class="related"><div class="related-title">Tin liên quan</div><ul>{links}</ul></div>'
        )
        title = f"{self.site.name} - {a.title}"
        return Response(
            document(title, "", self._chrome(main)), nfd=a.variant == "nfd", last_modified=self.site.changed_at(a)
        )


def _figure(f) -> str:
    return (
        f'<p style="text-align:center"><img src="/Upload/Images/{esc(f.filename)}" alt="{esc(f.filename)}"></p>'
        f'<p class="caption" style="text-align:center"><i>{esc(f.caption)}</i></p>'
    )


class SharePoint(Section):
    """The Điện Biên e-portal (SharePoint, tandan-* classes) with a header today-date."""

    listing = "/portal/Pages/Tin-tuc-su-kien.aspx"

    def __init__(self, site, articles):
        super().__init__(site, articles)
        self.by_path = {self.article_path(a): a for a in self.articles}

    def article_path(self, a: ReplicaArticle) -> str:
        suffix = hashlib.sha1(str(a.id).encode()).hexdigest()[:6]
        p = a.published
        return f"/portal/Pages/{p.year}-{p.month}-{p.day}/{pascal_slug(a.title, 60)}{suffix}.aspx"

    def handle(self, req: Request) -> Response | None:
        if req.path in ("/", "/portal", "/portal/Pages/default.aspx"):
            return self._listing(Request(req.method, self.listing, req.base))
        if req.path == self.listing:
            return self._listing(req)
        article = self.by_path.get(req.path)
        return self._article(article) if article else None

    def _chrome(self, main: str) -> str:
        today = self.site.today
        return (
            '<div class="tandan-header"><div class="tandan-header-logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</div>'
            f'<div class="tandan-header-date">{WEEKDAY_WORDS[today.weekday()]}, {today:%d/%m/%Y}</div>'
            f'<ul class="tandan-menu"><li><a href="{self.listing}">Tin tức sự kiện</a></li></ul></div>'
            f'<div class="tandan-body">{main}</div>'
            '<div class="tandan-footer">Cơ quan chủ quản: UBND tỉnh Điện Biên. Ghi rõ nguồn khi phát hành lại.</div>'
        )

    def _listing(self, req: Request) -> Response | None:
        page = self.requested_page(req.query.get("PageIndex", "1"), self.articles)
        if page is None:
            return None
        rows = "".join(
            f'<div class="tandan-news-item"><a href="{self.article_path(a)}">{esc(a.title)}</a>'
            f'<span class="tandan-news-date">({a.published:%d/%m/%Y})</span><p>{esc(a.lead)}</p></div>'
            for a in self.page_of(self.articles, page)
        )
        pager = "".join(f'<a href="{self.listing}?PageIndex={n}">{n}</a> ' for n in self.pager(page, self.articles))
        main = f'<div class="tandan-news-list">{rows}</div><div class="tandan-pager">{pager}</div>'
        return Response(document("Tin tức sự kiện", "", self._chrome(main)))

    def _article(self, a: ReplicaArticle) -> Response:
        body = body_blocks(a, self.site.edition, _figure, data_table)
        others = "".join(
            f'<li><a href="{self.article_path(o)}">{esc(o.title)}</a> <span>({o.published:%d/%m/%Y})</span></li>'
            for o in [o for o in self.articles if o.id != a.id][:8]
        )
        main = (
            '<div class="tandan-p-article">'
            f'<span class="tandan-p-article-news-title">{esc(a.title)}</span>'
            f'<div><span class="tandan-span-date-publish">Đăng ngày {a.published:%d/%m/%Y | %H:%M}</span></div>'
            f'<div class="tandan-p-article-news-summary">{esc(a.lead)}</div>'
            f'<div class="tandan-p-article-main">{body}'
            f'<p style="text-align: right;"><strong>{esc(a.author)}</strong></p></div>'
            f'<div class="tandan-div-article-other"><h3>Tin khác</h3><ul>{others}</ul></div></div>'
        )
        return Response(
            document("Cổng thông tin điện tử tỉnh Điện Biên", "", self._chrome(main)),
            last_modified=self.site.changed_at(a),
        )
