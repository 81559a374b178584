"""The union federation's old ASP.NET WebForms site: table layout, ``Default.aspx?…``, postback paging."""

from __future__ import annotations

from replicas.model import ReplicaArticle
from replicas.platforms.base import (
    Request,
    Response,
    document,
    esc,
    today_line,
)
from replicas.seeds import UNION_SLOGAN
from replicas.site import Section

DVID = "2"
PAGER = "ctrl_412_83$pager"


class AspNetLegacy(Section):
    """Old pages: ``/Default.aspx?dvid=2&pageid=<category>`` listings, ``&itemid=<id>`` articles."""

    page_size = 5

    def __init__(self, site, articles):
        super().__init__(site, articles)
        self.page_ids = {c: str(40 + i) for i, c in enumerate(self.categories)}

    def article_path(self, a: ReplicaArticle) -> str:
        return f"/Default.aspx?dvid={DVID}&pageid={self.page_ids[a.category]}&itemid={a.id}"

    def handle(self, req: Request) -> Response | None:
        if req.path.lower() != "/default.aspx":
            return None
        query = {k.lower(): v for k, v in req.query.items()}
        if not query:  # the home page lists the largest category
            return self._listing(max(self.categories, key=lambda c: len(self.in_category(c))), 1, req)
        category = next((c for c, pid in self.page_ids.items() if pid == query.get("pageid")), None)
        if category is None or query.get("dvid") != DVID:
            return None
        if "itemid" in query:
            article = self.by_id.get(int(query["itemid"])) if query["itemid"].isdigit() else None
            return self._article(article) if article and article.category == category else None
        page = 1
        if req.method == "POST" and req.form.get("__EVENTTARGET") == PAGER:
            argument = req.form.get("__EVENTARGUMENT", "")
            page = int(argument.removeprefix("Page$")) if argument.removeprefix("Page$").isdigit() else 1
        return self._listing(category, page, req)

    def _listing_path(self, category: str) -> str:
        return f"/Default.aspx?dvid={DVID}&pageid={self.page_ids[category]}"

    def _frame(self, action: str, center: str, charset: str = "utf-8") -> str:
        menu = "".join(f'<a href="{esc(self._listing_path(c))}">{esc(c)}</a> | ' for c in self.categories)
        left = (
            '<div class="box"><div class="box-head">Bình chọn</div>'
            "<div>Bạn quan tâm mục gì nhất trong website của chúng tôi?</div>"
            '<table><tr><td><input type="radio" name="poll" value="1">Tin Tức - Sự Kiện</td></tr>'
            '<tr><td><input type="radio" name="poll" value="2">Tra cứu văn bản</td></tr></table>'
            '<input type="button" value="Bình chọn"></div>'
            '<div class="box"><div class="box-head">Thông tin truy cập</div><ul><li>332094</li></ul></div>'
            '<div class="box"><div class="box-head">Thời tiết</div><div id="weather">Lào Cai 18°C</div></div>'
        )
        right = (
            '<div class="box"><div class="box-head">Album Ảnh</div><img src="/album/1.jpg" alt=""></div>'
            '<div class="box"><div class="box-head">Bản Tin Công Đoàn</div><img src="/bantin/1.jpg" alt=""></div>'
            '<div class="box"><div class="box-head">Liên kết sở ban ngành</div><select>'
            "<option>Sở Lao động - Thương binh và Xã hội</option><option>Sở Nội vụ</option></select></div>"
            '<div class="province">Diện tích: 6.383,9 Km2<br>Dân số (2013): 656.900</div>'
        )
        return (
            f'<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==">'
            '<table width="1000" cellpadding="0" cellspacing="0" align="center" class="main">'
            f'<tr><td colspan="3" class="banner"><div class="slogan">"{esc(UNION_SLOGAN)}"</div>'
            f'<div class="date">{today_line(self.site.today)}</div><div class="menu">{menu}</div></td></tr>'
            f'<tr><td width="200" valign="top" class="left">{left}</td>'
            f'<td valign="top" class="center">{center}</td>'
            f'<td width="200" valign="top" class="right">{right}</td></tr>'
            '<tr><td colspan="3" class="footer">Bản quyền thuộc Liên đoàn Lao động tỉnh Lào Cai</td></tr>'
            "</table></form>"
        )

    def _listing(self, category: str, page: int, req: Request) -> Response | None:
        items = self.in_category(category)
        if page > self.page_count(items):
            return None
        rows = "".join(
            f'<tr><td><a href="{esc(self.article_path(a))}">{esc(a.title)}</a>'
            f'<div class="summary">{esc(a.lead or a.paragraphs[0][:200])}</div></td></tr>'
            for a in self.page_of(items, page)
        )
        pager = "".join(
            f"<a href=\"javascript:__doPostBack('{PAGER}','Page${n}')\">{n}</a> "
            for n in self.pager(page, items)
            if n != page
        )
        center = (
            f'<div class="breadcrumb">Tin tức sự kiện » {esc(category)}</div>'
            f'<table id="ctrl_412_83_grid" class="grid">{rows}</table>'
            f'<div id="ctrl_412_83_pager" class="pager" data-pages="{self.page_count(items)}" '
            f'data-page-size="{self.page_size}">{pager}</div>'
        )
        action = self._listing_path(category)
        return Response(document("Liên đoàn Lao động tỉnh Lào Cai", "", self._frame(action, center)))

    def _figure(self, f) -> str:
        return (
            '<table class="image" align="center"><tr><td>'
            f'<img src="/Uploads/Images/{esc(f.filename)}" width="450"></td></tr>'
            f'<tr><td class="caption">{esc(f.caption)}</td></tr></table>'
        )

    def _article(self, a: ReplicaArticle) -> Response:
        parts = []
        for i, text in enumerate(a.body(self.site.edition)):
            parts.append(f'<div style="text-align: justify;">&nbsp; {esc(text)}</div>')
            parts += [self._figure(f) for f in a.figures if f.after == i]
        if a.author:
            parts.append(f'<div align="right"><b>{esc(a.author)}</b></div>')
        date = (
            ""
            if a.variant == "no-date"
            else (f'<span id="ctrl_412_83_lblDate" class="date">Ngày đăng: {a.published:%d/%m/%Y %H:%M}</span>')
        )
        lead = f'<span id="ctrl_412_83_lblSummary" class="summary"><b>{esc(a.lead)}</b></span>' if a.lead else ""
        others = "".join(
            f'<li><a href="{esc(self.article_path(o))}">{esc(o.title)}</a> ({o.published:%d/%m/%Y})</li>'
            for o in [o for o in self.in_category(a.category) if o.id != a.id][:10]
        )
        center = (
            f'<div class="breadcrumb">Tin tức sự kiện » {esc(a.category)}</div>'
            f'<div id="ctrl_412_83_NewsDetail"><span id="ctrl_412_83_lblTitle" class="title">{esc(a.title)}</span>'
            f'<br>{date}{lead}<div id="ctrl_412_83_lblContent" class="content">{"".join(parts)}</div></div>'
            f'<div class="other-news"><div class="box-head">Các tin khác</div><ul>{others}</ul></div>'
        )
        charset = "windows-1258" if a.variant == "cp1258" else "utf-8"
        text = document("Liên đoàn Lao động tỉnh Lào Cai", "", self._frame(self.article_path(a), center), charset)
        return Response(
            text,
            charset=charset,
            declare_charset=charset == "utf-8",
            last_modified=None if a.variant == "no-date" else self.site.changed_at(a),
        )
