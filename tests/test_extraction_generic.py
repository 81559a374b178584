"""Pages from templates the project has never seen, and the traps of Vietnamese pages."""

from __future__ import annotations

import unicodedata

import pytest

from extraction.article import extract_article
from extraction.errors import ExtractionError

URL = "https://example.gov.vn/tin-tuc/bai-viet-123"
BODY = [
    "Sáng 15/3, Công đoàn Viên chức tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 "
    "với sự tham dự của hơn 120 đại biểu đại diện cho các công đoàn cơ sở trực thuộc.",
    "Năm qua, các cấp công đoàn đã chăm lo tốt đời sống đoàn viên, hỗ trợ 1.250 lượt người lao động có hoàn cảnh "
    "khó khăn với tổng số tiền hơn 2,4 tỷ đồng; mục Tin liên quan trên cổng thông tin đã đăng đầy đủ các văn bản.",
    "Phát biểu chỉ đạo, đồng chí Chủ tịch Liên đoàn Lao động tỉnh đề nghị các công đoàn cơ sở tiếp tục đổi mới "
    "phương thức hoạt động, hướng mạnh về cơ sở, lấy đoàn viên làm trung tâm.",
]


def wordpress_page(header_date: str = "Thứ Năm, 16/07/2020") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8">
<title>Hội nghị tổng kết công tác công đoàn năm 2023 – Cổng thông tin Sở Nội vụ</title></head><body>
<div class="top-bar"><span>{header_date}</span> <a href="/login">Đăng nhập</a></div>
<div id="primary"><article class="post">
<h1 class="entry-title">Hội nghị tổng kết công tác công đoàn năm 2023</h1>
<div class="entry-meta"><time class="published" datetime="2024-03-15T10:30:00+07:00">15/03/2024</time>
<span>Lượt xem: 1.024</span></div>
<div class="entry-content">{paragraphs}<p style="text-align:right"><strong>Minh Châu</strong></p>
<div class="share">Chia sẻ</div></div>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>
<li><a href="/a">Hội nghị tập huấn nghiệp vụ công đoàn năm 2024</a> (12/03/2024)</li>
<li><a href="/b">Trao tặng mái ấm công đoàn cho đoàn viên khó khăn</a> (02/02/2024)</li></ul></div>
</article></div>
<aside><div class="widget"><h2 class="widget-title">Tin mới nhất</h2><ul>
<li><a href="/c">Khai mạc hội thao công nhân viên chức năm 2024 tại tỉnh</a> 20/03/2024</li></ul></div>
<div class="widget"><h2 class="widget-title">Thống kê truy cập</h2><p>Đang online: 12</p><p>Tổng lượt truy cập: 99.812</p></div>
</aside><footer>© Sở Nội vụ. Địa chỉ: số 1 đường Trần Hưng Đạo.</footer></body></html>""".encode()


def table_layout_page() -> bytes:
    paragraphs = "".join(f"<font face='Arial'>{p}</font><br><br>" for p in BODY)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>UBND huyện Bảo Thắng</title></head><body><table width="980"><tr><td colspan="2">
<img src="/banner.jpg"> Thứ 2, ngày 06/01/2020</td></tr><tr><td width="220" valign="top">
<div class="menu"><a href="/">Trang chủ</a><br><a href="/gt">Giới thiệu</a></div>
<table><tr><td><b>Thăm dò ý kiến</b></td></tr><tr><td><input type="radio"> Tốt <input type="radio"> Khá</td></tr></table>
</td><td valign="top"><div class="tieude">Công đoàn huyện Bảo Thắng tổng kết công tác năm 2019</div>
<div>(Ngày đăng: 03/01/2020)</div>{paragraphs}
<table class="data"><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Đoàn viên mới</td><td>312</td></tr></table>
<div>Các tin khác</div><div><a href="/x">Huyện Bảo Thắng ra quân làm đường giao thông nông thôn</a> (02/01/2020)</div>
</td></tr></table></body></html>""".encode()


def test_unseen_wordpress_template_is_cleaned():
    got = extract_article(wordpress_page(), URL)
    assert got.paragraphs == BODY
    assert got.title == "Hội nghị tổng kết công tác công đoàn năm 2023"
    assert got.published.isoformat() == "2024-03-15T10:30:00+07:00"
    assert got.author == "Minh Châu"
    assert got.views == 1024
    assert got.language == "vi"


def test_vietnamese_page_without_lang_or_vietnamese_title_is_still_cleaned():
    page = wordpress_page().decode().replace('<html lang="vi-VN">', "<html>")
    page = page.replace(
        "<title>Hội nghị tổng kết công tác công đoàn năm 2023 – Cổng thông tin Sở Nội vụ</title>", "<title>SNV</title>"
    )
    got = extract_article(page.encode(), URL)
    assert got.paragraphs == BODY and got.views == 1024 and got.language == "vi"
    assert got.union_related


def test_french_and_croatian_pages_are_not_taken_for_vietnamese():
    for words in ("Hôtel de ville : la grève des conducteurs est terminée, être prêt à l'âge", "Građani su đaci"):
        page = f"<html><head><title>{words}</title></head><body><p>{words}</p></body></html>".encode()
        assert extract_article(page, "https://example.org/a").language == ""


def test_label_inside_a_sentence_is_not_cut():
    got = extract_article(wordpress_page(), URL)
    assert "mục Tin liên quan trên cổng thông tin" in got.text
    assert "Hội nghị tập huấn nghiệp vụ" not in got.text


def test_unseen_table_layout_page_is_cleaned():
    got = extract_article(table_layout_page(), "http://baothang.laocai.gov.vn/tin/1")
    assert got.title == "Công đoàn huyện Bảo Thắng tổng kết công tác năm 2019"
    assert got.published.isoformat() == "2020-01-03T00:00:00+07:00"
    for paragraph in BODY:
        assert paragraph in got.paragraphs
    assert "Đoàn viên mới | 312" in got.text
    for junk in ("Thăm dò ý kiến", "Giới thiệu", "06/01/2020", "ra quân làm đường", "Các tin khác"):
        assert junk not in got.text


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_nfd_pages_come_out_nfc(form):
    page = unicodedata.normalize(form, wordpress_page().decode()).encode()
    got = extract_article(page, URL)
    assert got.paragraphs == BODY
    assert unicodedata.is_normalized("NFC", got.text)


def test_windows_1258_page_declared_only_in_meta():
    from replicas.platforms.base import encode_cp1258

    page = wordpress_page().decode().replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
    got = extract_article(encode_cp1258(page), URL, content_type="text/html")
    assert got.paragraphs == BODY


def test_eth_is_read_as_d_with_stroke():
    page = wordpress_page().decode().replace("Công đoàn Viên chức", "Công \u00f0oàn Viên chức").encode()
    assert "Công đoàn Viên chức" in extract_article(page, URL).text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty page"),
        (b"   \n  ", "empty page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10, "binary"),
        (b"<html><meta charset='utf-8'><body>" + b"\xff\xfe\xfa" * 4000, "undecodable"),
        (b"x" * (31 * 1024 * 1024), "MB limit"),
        (b"just some words, no markup at all", "no HTML"),
    ],
    ids=["empty", "blank", "binary", "undecodable", "30MB", "not-html"],
)
def test_bad_input_gets_a_one_line_reason(data, reason):
    with pytest.raises(ExtractionError, match=reason) as caught:
        extract_article(data, URL)
    assert "\n" not in str(caught.value)


def test_ten_thousand_nested_divs_do_not_hang():
    page = ("<html><body>" + "<div>" * 10_000 + "<p>Nội dung</p>" + "</div>" * 10_000 + "</body></html>").encode()
    got = extract_article(page, URL)  # lxml stops at its nesting limit instead of recursing
    assert got.text == ""


def federation_table_page() -> bytes:
    """A labour federation's old table layout: banner row with slogan and today-date; title and date in
    cells of the content column; poll, counter, weather and album boxes in the side columns."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<html><head><meta charset="utf-8"><title>LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN</title></head><body>
<table width="1000"><tr><td colspan="3" class="banner"><b>“Vì đoàn viên và người lao động, vì sự phát triển bền vững của đất nước”</b>
<span>Thứ Hai, ngày 15/01/2024</span></td></tr>
<tr><td width="200" valign="top"><table><tr><td><b>Bình chọn</b></td></tr>
<tr><td>Bạn quan tâm mục gì? <input type="radio"> Tin tức <input type="radio"> Văn bản</td></tr></table>
<table><tr><td><b>Thống kê truy cập</b></td></tr><tr><td>Đang online: 8</td></tr><tr><td>Tổng số: 120.345</td></tr></table></td>
<td width="600" valign="top"><table><tr><td class="title"><h2>Công đoàn Viên chức tỉnh tổng kết công tác năm 2023</h2></td></tr>
<tr><td class="date">Ngày đăng: 12/01/2024 09:15</td></tr>
<tr><td class="content">{paragraphs}</td></tr></table></td>
<td width="200" valign="top"><table><tr><td><b>Thời tiết</b></td></tr><tr><td>Điện Biên Phủ 24°C</td></tr></table>
<table><tr><td><b>Album ảnh</b></td></tr><tr><td><a href="/album/1"><img src="/a1.jpg"> Hội thao CNVCLĐ 2023</a></td></tr></table>
</td></tr></table></body></html>""".encode()


def portal_with_lead_block() -> bytes:
    """An ASP.NET portal: the bold lead in its own block before the content block."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY[1:])
    return f"""<html><head><meta charset="utf-8"><title>Cổng TTĐT tỉnh</title></head><body><form id="aspnetForm">
<div id="ctl00_header">Cổng thông tin điện tử tỉnh Lào Cai</div>
<div class="NewsTitle"><h1>Hội nghị tổng kết công tác công đoàn năm 2023</h1></div>
<div class="NewsDate">15/03/2024 10:30</div>
<div class="NewsBrief"><b>CTTĐT - {BODY[0]}</b></div>
<div class="NewsContent">{paragraphs}<p style="text-align:right"><b>Minh Châu</b></p></div>
<div class="OtherNews"><div class="title">Tin khác</div><ul><li><a href="/a">Tin một về hội thao năm 2024</a></li></ul></div>
</form></body></html>""".encode()


def news_page_with_trailing_byline() -> bytes:
    """A news page whose metadata names the publisher as author, with the real byline under the text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<html><head><meta charset="utf-8"><title>Hội nghị tổng kết công tác công đoàn năm 2023 | Báo Điện Biên</title>
<meta name="author" content="Báo Điện Biên Phủ"><meta property="article:published_time" content="2024-03-15T10:30:00+07:00">
</head><body><header><a href="/">Báo Điện Biên Phủ</a></header><main><article>
<h1>Hội nghị tổng kết công tác công đoàn năm 2023</h1>{paragraphs}<p><strong>Hoàng Anh</strong></p>
</article></main><footer>Báo Điện Biên Phủ — Cơ quan của Đảng bộ tỉnh</footer></body></html>""".encode()


def test_federation_table_layout_gives_title_date_and_only_the_article():
    got = extract_article(federation_table_page(), "http://ldld.dienbien.gov.vn/tin/1")
    assert got.title == "Công đoàn Viên chức tỉnh tổng kết công tác năm 2023"
    assert got.published.isoformat() == "2024-01-12T09:15:00+07:00"
    assert got.paragraphs == BODY
    for junk in ("Vì đoàn viên", "15/01/2024", "Bình chọn", "Đang online", "Thời tiết", "Album", "Hội thao CNVCLĐ"):
        assert junk not in got.text, junk


def test_lead_in_its_own_block_is_kept():
    got = extract_article(portal_with_lead_block(), "http://laocai.gov.vn/tin-tuc/hoi-nghi-123")
    assert got.lead == BODY[0] and got.dateline == "CTTĐT"
    assert got.paragraphs == BODY
    assert got.author == "Minh Châu"
    assert "Tin một về hội thao" not in got.text


def test_trailing_byline_becomes_the_author():
    got = extract_article(news_page_with_trailing_byline(), "https://baodienbienphu.info.vn/tin/hoi-nghi-123")
    assert got.author == "Hoàng Anh"
    assert got.paragraphs == BODY


def english_news_page(*, lead_class: str, byline: str, wrapper: str = "article") -> bytes:
    """An unseen English news template: a lead paragraph that is part of the article, a byline line
    heading the text, a cookie notice whose class says "description" far from the title."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ENGLISH[1:])
    return f"""<html><head><meta charset="utf-8"><title>Union wins a new contract | The Daily</title></head>
<body><header><a href="/">The Daily</a></header><main><{wrapper} class="story">
<h1>Union wins a new contract for the city's bus drivers</h1>
<p class="byline">{byline}</p>
<p class="{lead_class}">{ENGLISH[0]}</p>{paragraphs}</{wrapper}></main>
<div class="cookie-description">Necessary cookies are absolutely essential for the website to function properly and
ensure basic functionalities and security features of the website, anonymously.</div>
<footer>© The Daily</footer></body></html>""".encode()


ENGLISH = [
    "After six weeks of talks, the drivers' union and the city agreed on a three-year contract that raises wages "
    "by eleven percent and caps split shifts at ten hours.",
    "The agreement still has to be ratified by the members, who vote next Tuesday in the union hall on Main Street. "
    "Organisers expect a large turnout after a month of meetings in every depot of the city.",
    "Drivers had warned of a strike before the holidays if the talks failed, and the city had prepared replacement "
    "routes with the regional transport authority in case the buses stopped running.",
]


def test_lead_that_is_part_of_the_article_comes_once():
    got = extract_article(
        english_news_page(lead_class="article-intro", byline="By Jane Doe"), "https://daily.example/a"
    )
    assert got.lead == ENGLISH[0]
    assert got.paragraphs == ENGLISH  # the lead heads the text, once
    assert "cookies" not in got.text


def test_a_block_classed_like_a_lead_far_from_the_title_is_not_the_lead():
    got = extract_article(english_news_page(lead_class="first", byline="By Jane Doe"), "https://daily.example/a")
    assert got.lead == ""
    assert got.paragraphs == ENGLISH and "cookies" not in got.text


def test_a_summary_repeating_the_first_paragraphs_is_not_read_twice():
    page = english_news_page(lead_class="intro", byline="By Jane Doe").decode()
    summary = f'<div class="summary">{ENGLISH[0]} {ENGLISH[1]}</div>'
    page = page.replace('<p class="byline">', summary + '<p class="byline">')
    got = extract_article(page.encode(), "https://daily.example/a")
    assert got.text.count(ENGLISH[1]) == 1
    assert ENGLISH[2] in got.paragraphs


def test_byline_line_heading_the_text_is_the_author_not_text():
    got = extract_article(english_news_page(lead_class="intro", byline="By Jane Doe"), "https://daily.example/a")
    assert got.author == "By Jane Doe"
    assert "Jane Doe" not in got.text


def test_a_class_named_like_metadata_never_takes_the_article_with_it():
    # the whole article sits in an element whose class says "author": reading metadata must not cut it
    page = english_news_page(lead_class="intro", byline="Jane Doe", wrapper="div").decode()
    page = page.replace('<div class="story">', '<div class="story author-content">')
    got = extract_article(page.encode(), "https://daily.example/a")
    assert got.paragraphs == ENGLISH
    assert got.author == "Jane Doe"


def test_a_data_table_with_paragraphs_in_its_cells_stays_a_table():
    rows = "".join(f"<tr><td><p>Depot {n}</p></td><td><p>{n * 7} drivers</p></td></tr>" for n in range(1, 9))
    page = english_news_page(lead_class="intro", byline="Jane Doe").decode()
    page = page.replace(f"<p>{ENGLISH[2]}</p>", f"<p>{ENGLISH[2]}</p><table>{rows}</table>")
    got = extract_article(page.encode(), "https://daily.example/a")
    assert "Depot 1 | 7 drivers" in got.text.split("\n")
