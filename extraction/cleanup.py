"""Vietnamese pre-cleaning of a parsed page, before the body is taken out of it.

Removes what the seed pages show around articles: boxes headed by labels such as "Tin liên quan",
counter and date lines, header today-dates, bare image file names, social-icon text, print/login
links, pagers, province fact boxes; turns layout tables into blocks and photo tables into figures.
Forms (comment forms among them) are left to trafilatura. Every rule matches whole elements, never
words inside a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml import html

from extraction.dates import TODAY_LINE

BOX_LABELS = frozenset(
    label.strip()
    for label in [
        "tin liên quan",
        "các tin khác",
        "tin khác",
        "tin tức khác",
        "bài viết liên quan",
        "bài liên quan",
        "có thể bạn quan tâm\n    ",
        "tin cùng chuyên mục",
        "cùng chuyên mục",
        "tin mới",
        "tin mới nhất",
        "tin mới hơn",
        "tin cũ hơn",
        "tin đọc nhiều",
        "đọc nhiều nhất\n    ",
        "xem nhiều nhất",
        "tin nổi bật",
        "tin xem nhiều",
        "thống kê truy cập",
        "thông tin truy cập",
        "lượt truy cập",
        "bình chọn\n    ",
        "thăm dò ý kiến",
        "thời tiết",
        "ý kiến bạn đọc",
        "bình luận",
        "gửi bình luận",
        "gửi ý kiến",
        "ý kiến của bạn",
        "video",
        "album ảnh\n    ",
        "thư viện ảnh",
        "bản tin công đoàn",
        "liên kết sở ban ngành",
        "liên kết website",
        "liên kết",
        "văn bản mới",
        "chia sẻ\n    ",
        "tiêu điểm",
        "đọc thêm",
        "xem thêm",
        "tin ảnh",
        "quảng cáo",
    ]
)
_LABEL_STRIP = re.compile(r"[\s:»>›\-–]+$")
_COUNTER = re.compile(
    r"^(?:lượt xem|lượt đọc|số lượt xem|lượt truy cập|số lượt truy cập|đang online|đang truy cập|hôm nay"
    r"|hôm qua|trong tuần|tuần này|tháng này|tất cả|tổng số|tổng lượt truy cập|truy cập)\s*:?\s*[\d.,]+$",
    re.I,
)
_DATE_LINE = re.compile(
    r"^(?:cập nhật|đăng|ngày đăng|ngày cập nhật|ngày xuất bản|thời gian đăng|đăng ngày)(?:\s+ngày|\s+lúc)?\s*:?\s*\d",
    re.I,
)
_FILE_NAMES = re.compile(r"^(?:[\w.()-]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)\s*)+$", re.I)
_SOCIAL = frozenset(
    [
        "fb",
        "yt",
        "zl",
        "tw",
        "facebook",
        "youtube",
        "zalo",
        "twitter",
        "tweet",
        "email",
        "e-mail",
        "print",
        "in",
        "like",
        "share",
        "chia",
        "sẻ",
        "gửi",
        "in",
        "bài",
    ]
)
_SHORT_LINKS = re.compile(
    r"^(?:in bài(?: viết)?|bản in|gửi bài(?: viết)?|gửi email|gửi cho bạn bè|lưu bài(?: viết)?|quay lại|về đầu trang"
    r"|trở về|đọc tiếp|đăng nhập|đăng ký|đăng xuất|trang chủ|chia sẻ|no image|tải về)$",
    re.I,
)
_PROVINCE_FACT = re.compile(r"^(?:diện tích|dân số)(?:\s*\(\d{4}\))?\s*:", re.I)
_PAGER_TOKEN = re.compile(r"pag(?:er|ing|ination|enav|e-?numbers)|phan-?trang", re.I)
PAGER_MAX = 300  # characters: a pager is a row of numbers and arrows, never an article
# Tags that hold blocks of text: in a table cell they mark a layout table; they end a paragraph.
BLOCK_TAGS = frozenset(
    [
        "div",
        "p",
        "table",
        "ul",
        "ol",
        "dl",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "form",
        "section",
        "article",
        "blockquote",
        "li",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "pre",
        "center",
    ]
)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "button",
    "select",
    "textarea",
    "input",
)
LAYOUT_CELLS = 12  # a layout table has a few cells (header, columns, footer); a data table has many
LABEL_MAX = 40  # characters: a box label is a few words
SHORT = 160  # elements with more text than this are never treated as a boilerplate line
PROSE_MIN = 1500  # characters of mostly unlinked text: a container that holds an article


class TextLengths(dict):
    """Length of each element's text content: measured on demand, one element at a time, or for the
    whole page at once with `measure`; kept up to date by `_drop`."""

    def __missing__(self, el: html.HtmlElement) -> int:
        n = self[el] = len(el.text_content()) if isinstance(el.tag, str) else 0
        return n

    def measure(self, root: html.HtmlElement) -> list[html.HtmlElement]:
        """Measure every element bottom-up in one pass; return those with a short text (at most
        SHORT characters), in document order."""
        short = []
        for el in reversed(list(root.iter())):
            n = len(el.text or "") if isinstance(el.tag, str) else 0
            for child in el:
                n += self[child] + len(child.tail or "")
            self[el] = n
            if 0 < n <= SHORT:
                short.append(el)
        short.reverse()
        return short


def norm(text: str) -> str:
    return " ".join(text.split())


def label_of(text: str) -> str:
    return _LABEL_STRIP.sub("", norm(text).lower())


@lru_cache(maxsize=4096)
def is_boilerplate_line(text: str) -> bool:
    """A short line that is never article text: a counter, date line, file name, social or print link."""
    text = norm(text).strip("•·|()[] ")
    if not text:
        return False
    low = text.lower()
    return bool(
        _COUNTER.match(text)
        or _DATE_LINE.match(text)
        or TODAY_LINE.match(text)
        or _FILE_NAMES.match(text)
        or _SHORT_LINKS.match(low)
        or _PROVINCE_FACT.match(text)
        or all(word in _SOCIAL for word in low.split())
    )


def remove(el: html.HtmlElement) -> None:
    """Remove an element but keep its tail text in the document."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _drop(el: html.HtmlElement, lengths: TextLengths) -> None:
    """Remove `el` (tail kept) and take its text out of its ancestors' lengths."""
    gone = lengths[el]
    for ancestor in el.iterancestors():
        if ancestor in lengths:  # one not measured yet will be measured on the page as it is then
            lengths[ancestor] -= gone
    remove(el)


def _attached(el: html.HtmlElement, root: html.HtmlElement) -> bool:
    """Still in the page: not inside something removed before."""
    top = el
    for ancestor in el.iterancestors():
        top = ancestor
    return top is root


def _contains_any(el: html.HtmlElement, protected: Iterable[html.HtmlElement]) -> bool:
    return any(p is el or el in p.iterancestors() for p in protected)


def _starts_with(parent: html.HtmlElement, child: html.HtmlElement) -> bool:
    """True when nothing with text comes before `child` inside `parent`."""
    if (parent.text or "").strip():
        return False
    for sibling in parent:
        if sibling is child:
            return True
        if sibling.text_content().strip() or (sibling.tail or "").strip():
            return False
    return False


def _holds_prose(el: html.HtmlElement, lengths: TextLengths) -> bool:
    """More text than a box of teasers has, most of it outside links: an article, not a box."""
    total = lengths[el]
    if total < PROSE_MIN:
        return False
    linked = sum(lengths[a] for a in el.iter("a"))
    return linked < total / 2


def remove_labelled_boxes(
    root: html.HtmlElement, lengths: TextLengths, protected: list[html.HtmlElement], labels: list[html.HtmlElement]
) -> None:
    """Remove every box headed by one of `labels` ("Tin liên quan", "Bình chọn", …)."""
    if not labels:
        return
    page_text = lengths[root] or 1
    for label in labels:
        if not _attached(label, root) or _contains_any(label, protected):
            continue
        box = label
        parent = box.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html", "form", "article", "main")
            and _starts_with(parent, box)
            and not _contains_any(parent, protected)
            and lengths[parent] < page_text / 2
            and not _holds_prose(parent, lengths)
        ):
            box, parent = parent, parent.getparent()
        if box is label and parent is not None:
            # The label heads a run of siblings (a heading followed by its list): drop the run.
            for sibling in list(box.itersiblings()):
                if _contains_any(sibling, protected):
                    break
                _drop(sibling, lengths)
        _drop(box, lengths)


def unwrap_layout_tables(root: html.HtmlElement, lengths: TextLengths) -> None:
    """Turn tables used for page layout into divs, and one-photo tables into figures."""
    for table in reversed(list(root.iter("table"))):
        images = table.findall(".//img")
        cells = table.findall(".//td")
        if len(images) == 1 and len(cells) <= 3 and lengths[table] < 400 and not table.findall(".//table"):
            figure = html.Element("figure")
            figure.append(images[0])
            caption = norm(table.text_content())
            if caption:
                figcaption = html.Element("figcaption")
                figcaption.text = caption
                figure.append(figcaption)
            figure.tail = table.tail
            table.getparent().replace(table, figure)
            continue
        # A page in a table: a cell that holds a text, a table of its own, or blocks in a table of few
        # cells. A data table (many short cells, a paragraph or list in some) stays a table.
        layout = any(lengths[cell] > 600 or cell.find(".//table") is not None for cell in cells) or (
            len(cells) <= LAYOUT_CELLS and any(child.tag in BLOCK_TAGS for cell in cells for child in cell)
        )
        if layout:
            for el in _own_parts(table):
                el.tag = "div"
                el.attrib.clear()


def _own_parts(table: html.HtmlElement) -> list[html.HtmlElement]:
    """The table, its row groups, rows and cells, but not those of tables nested in its cells."""
    parts, todo = [table], [table]
    while todo:
        for child in todo.pop():
            if child.tag in ("tbody", "thead", "tfoot", "tr", "td", "th"):
                parts.append(child)
                todo.append(child)
    return parts


def _new_paragraph(text: str | None) -> html.HtmlElement:
    paragraph = html.Element("p")
    paragraph.text = text
    return paragraph


def split_on_breaks(root: html.HtmlElement) -> None:
    """Turn ``text<br><br>text`` runs into paragraphs: trafilatura would glue them together."""
    parents = {br.getparent() for br in root.iter("br")} - {None}
    for parent in parents:
        if parent.tag not in ("div", "td", "th", "p", "font", "span", "center", "section", "article", "body"):
            continue
        if parent.tag == "p" and not any(
            br.getnext() is not None and br.getnext().tag == "br" and not (br.tail or "").strip()
            for br in parent.iterchildren("br")
        ):
            continue  # a single <br> inside a paragraph is a line break, not a new paragraph
        if parent.tag == "p":
            parent.tag = "div"
        rebuilt: list[html.HtmlElement] = []
        current = None
        if (parent.text or "").strip():
            current = _new_paragraph(parent.text)
            rebuilt.append(current)
        parent.text = None
        for child in list(parent):
            parent.remove(child)
            if child.tag == "br" or child.tag in BLOCK_TAGS:
                tail, child.tail = child.tail, None
                if child.tag != "br":
                    rebuilt.append(child)
                current = None
                if (tail or "").strip():
                    current = _new_paragraph(tail)
                    rebuilt.append(current)
                continue
            if current is None:
                current = _new_paragraph(None)
                rebuilt.append(current)
            current.append(child)
        parent.extend(rebuilt)


def clean_tree(
    root: html.HtmlElement,
    classes: list[tuple[html.HtmlElement, str]],
    protected: list[html.HtmlElement] | None = None,
    vietnamese: bool = True,
) -> None:
    """Pre-clean a parsed page in place. `classes` holds its elements with a class or id, with
    "class id" in lower case; `protected` elements (the body) are never removed. The box-label and
    line rules, written for Vietnamese pages, run only when `vietnamese`. Forms are left to
    trafilatura, which tells a page-wrapping ASP.NET form from a comment form."""
    protected = [p for p in (protected or []) if p is not None]
    for el in list(root.iter(*_DROP_TAGS)):
        if el.tag == "script" and el.get("type", "").lower() == "application/ld+json":
            continue  # structured data: trafilatura reads the article's metadata and body hints from it
        remove(el)
    lengths = TextLengths()
    # The label and line rules read every short element: measure the whole page for them at once.
    labels, lines = _candidates(lengths.measure(root), lengths) if vietnamese else ([], [])
    for el, names in classes:
        if (
            ("pag" in names or "phan" in names)
            and any(_PAGER_TOKEN.fullmatch(token) for token in names.split())
            and 0 < lengths[el] <= PAGER_MAX
            and el.tag not in ("html", "body")
            and _attached(el, root)
            and not _contains_any(el, protected)
        ):
            _drop(el, lengths)
    remove_labelled_boxes(root, lengths, protected, labels)
    for el in lines:
        if _attached(el, root) and not any(p is el for p in protected):
            _drop(el, lengths)
    unwrap_layout_tables(root, lengths)
    split_on_breaks(root)


def _wraps_one(el: html.HtmlElement) -> bool:
    """An element whose whole text is its one child's: the child is read instead (as a label it is
    the innermost element; as a line, removing it leaves an empty wrapper)."""
    return len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip()


def _candidates(
    short: list[html.HtmlElement], lengths: TextLengths
) -> tuple[list[html.HtmlElement], list[html.HtmlElement]]:
    """Among the elements with a short text (in document order): box labels (the innermost element
    that reads as one) and boilerplate lines (the outermost), in document order."""
    lines = []
    is_label: dict[html.HtmlElement, None] = {}  # an ordered set
    for el in short:
        if not isinstance(el.tag, str) or el.tag in ("html", "body") or _wraps_one(el):
            continue
        text = el.text_content()
        if lengths[el] <= LABEL_MAX and label_of(text) in BOX_LABELS:
            is_label[el] = None
        if el.tag != "h1" and is_boilerplate_line(text):
            lines.append(el)
    labels = [el for el in is_label if not any(child in is_label for child in el)]
    return labels, lines
