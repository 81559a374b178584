"""What every replica platform shares: requests, responses, paging, encodings, boilerplate boxes."""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replicas.model import ReplicaArticle

WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")


@dataclass
class Request:
    """The parts of an HTTP request a replica looks at."""

    method: str
    path: str
    base: str  # scheme://host:port the client asked for
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)


@dataclass
class Response:
    """A rendered page: text is encoded by the server with `charset` (and NFD-normalised if asked)."""

    text: str
    status: int = 200
    content_type: str = "text/html"
    charset: str = "utf-8"
    nfd: bool = False
    declare_charset: bool = True  # False: only the page's <meta> says how it is encoded
    last_modified: datetime | None = None

    def body(self) -> bytes:
        text = unicodedata.normalize("NFD", self.text) if self.nfd else self.text
        if self.charset == "windows-1258":
            return encode_cp1258(text)
        return text.encode(self.charset)

    def headers(self) -> dict[str, str]:
        declared = f"; charset={self.charset}" if self.declare_charset else ""
        out = {"Content-Type": self.content_type + declared}
        if self.last_modified:
            out["Last-Modified"] = format_datetime(self.last_modified.astimezone(UTC), usegmt=True)
        return out


def encode_cp1258(text: str) -> bytes:
    """Encode Vietnamese in windows-1258, which has few precomposed letters: compose what it has."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        # Recompose the base with one mark if windows-1258 has that letter (ô, ư, ơ, ă, â, ê).
        for i, mark in enumerate(marks):
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1 and _encodable(composed):
                base, marks = composed, marks[:i] + marks[i + 1 :]
                break
        out += (base + "".join(marks)).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


def _encodable(ch: str) -> bool:
    try:
        ch.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def dmy(moment: datetime | date) -> str:
    return moment.strftime("%d/%m/%Y")


def today_line(today: date) -> str:
    """The header's today-date, e.g. ``Thứ 3, ngày 21/01/2020``."""
    return f"{WEEKDAYS[today.weekday()]}, ngày {dmy(today)}"


def body_blocks(article: ReplicaArticle, edition: int, figure: callable, table: callable) -> str:
    """The article body: paragraphs with figures and the table inserted where they belong."""
    parts = []
    for i, text in enumerate(article.body(edition)):
        parts.append(f"<p>{esc(text)}</p>")
        parts += [figure(f) for f in article.figures if f.after == i]
        if article.table and article.table_after == i:
            parts.append(table(article.table))
    return "\n".join(parts)


def data_table(rows: list[list[str]]) -> str:
    head, *rest = rows
    cells = "".join(f"<th>{esc(c)}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rest)
    return f'<table class="data" border="1"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'


def social_icons() -> str:
    return (
        '<div class="social"><a class="fb" href="#">fb</a> <a class="yt" href="#">yt</a> '
        '<a class="zl" href="#">zl</a> <a class="tw" href="#">tw</a></div>'
    )


def visit_counter(online: int, today: int, week: int, total: int) -> str:
    return (
        '<div class="box stats"><div class="box-title">Thống kê truy cập</div><ul>'
        f"<li>Đang online: {online:,}</li><li>Hôm nay: {today:,}</li>"
        f"<li>Trong tuần: {week:,}</li><li>Tất cả: {total:,}</li></ul></div>"
    )


def comment_form(action: str) -> str:
    field = '<td>{}</td><td><input name="{}"><img src="/img/missing.gif" alt="no image"></td>'
    rows = "".join(
        f"<tr>{field.format(label, name)}</tr>"
        for label, name in (("Họ tên", "name"), ("Tiêu đề", "title"), ("Nội dung", "body"), ("Mã kiểm tra", "captcha"))
    )
    return (
        f'<form class="comment-form" method="post" action="{esc(action)}"><table>'
        f'<tr><td colspan="2"><img src="/img/missing.gif" alt="no image"></td></tr>{rows}</table>'
        '<input type="submit" value="Gửi ý kiến"></form>'
    )


def document(title: str, head_extra: str, body: str, charset: str = "utf-8") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="vi"><head><meta charset="{charset}"><title>{esc(title)}</title>'
        f'<meta name="viewport" content="width=device-width">{head_extra}</head>\n'
        f"<body>\n{body}\n</body></html>\n"
    )


def not_found() -> Response:
    return Response(document("404", "", "<h1>Không tìm thấy trang</h1>"), status=404)


def robots(sitemap: str | None = None, disallow: tuple[str, ...] = ("/search",)) -> Response:
    lines = ["User-agent: *", *(f"Disallow: {p}" for p in disallow)]
    if sitemap:
        lines.append(f"Sitemap: {sitemap}")
    return Response("\n".join(lines) + "\n", content_type="text/plain")
