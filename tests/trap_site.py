"""A site built to trap crawlers: an endless calendar, session ids that change on every page,
tracking parameters, fragments and print views, around three real articles."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from replicas.platforms.base import Request, Response, document, esc
from replicas.site import Section, Site

ARTICLES = {
    f"/bai-viet/{n}": (
        f"Công đoàn cơ sở số {n} tổ chức hội nghị người lao động năm 2024",
        [
            f"Sáng 1{n}/3, Công đoàn cơ sở số {n} tổ chức hội nghị người lao động với sự tham dự của 120 đoàn viên "
            "đại diện cho các tổ sản xuất trong toàn công ty.",
            "Hội nghị đã thảo luận, thông qua thỏa ước lao động tập thể, quy chế dân chủ và kế hoạch tổ chức "
            "các phong trào thi đua trong năm, gắn với chăm lo đời sống cho đoàn viên.",
        ],
    )
    for n in range(1, 4)
}
_session = itertools.count(1000)


class Traps(Section):
    def article_path(self, article) -> str:  # no replica articles: the pages are written here
        raise NotImplementedError

    def _links(self) -> str:
        sid = next(_session)  # a new session id on every page, as some old portals do
        links = [f"/bai-viet/{n};jsessionid=S{sid}" for n in range(1, 4)]
        links += [f"/bai-viet/{n}?utm_source=fb&utm_medium=social&print=1#binh-luan" for n in range(1, 4)]
        links.append(f"/lich?ngay={date(2020, 1, 1).isoformat()}")
        return "".join(f'<li><a href="{esc(href)}">{esc(href)}</a></li>' for href in links)

    def handle(self, req: Request) -> Response | None:
        if req.path == "/":
            return Response(document("Trang chủ", "", f"<h1>Trang chủ</h1><ul>{self._links()}</ul>"))
        if req.path == "/lich":
            day = date.fromisoformat(req.query.get("ngay", "2020-01-01"))
            following = (day + timedelta(days=1)).isoformat()
            body = f'<h2>Lịch công tác ngày {day:%d/%m/%Y}</h2><a href="/lich?ngay={following}">Ngày sau</a>'
            return Response(document("Lịch công tác", "", body))
        if req.path in ARTICLES:
            title, paragraphs = ARTICLES[req.path]
            body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
            main = (
                f'<article><h1>{esc(title)}</h1><div class="date">Ngày đăng: 15/03/2024 08:00</div>'
                f'<div class="content">{body}</div></article><ul class="more">{self._links()}</ul>'
            )
            return Response(document(title, "", main))
        return None


def trap_site() -> Site:
    site = Site("traps", "Trap site")
    site.sections = [Traps(site, [])]
    return site
