"""Article metadata from a parsed page: head tags, JSON-LD, title, date, author, category, tags."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import lru_cache

from lxml import etree, html

from extraction.cleanup import BOX_LABELS, label_of, norm
from extraction.dates import TODAY_LINE, date_from_url, parse_iso, parse_vn_datetime

_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:lbl)?(?:title|tieu-?de|headline)(?:$|[\s_-])", re.I)
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-]|(?<=[a-z])(?=[A-Z]))(?:sapo|lead|summary|tom-?tat|chapeau|description|intro|brief)(?:$|[\s_-])", re.I
)
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:cms-author|author|byline|tac-?gia)(?:$|[\s_-])", re.I)
_BREADCRUMB = re.compile(r"breadcrumbs?|breadcrumb[-_]\w+|\w+[-_]breadcrumbs?", re.I)
BREADCRUMB_MAX = 300  # characters: a trail, not a page
BYLINE_MAX = 120  # characters: a byline, not a paragraph
_TAGS_CLASS = re.compile(r"(?:^|[\s_-])(?:tags?|keywords?|tu-?khoa)(?:$|[\s_-])", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»]\s+")
_CRUMB_SEPARATORS = re.compile(r"\s*[»>›/|]\s*")
_VIEWS = re.compile(r"(?:lượt xem|lượt đọc|số lượt xem|lượt truy cập bài)\s*:?\s*([\d.,]+)", re.I)
_HOME = {"trang chủ", "home", "trang chu"}
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod")


class Head:
    """What the page declares about itself: meta tags, JSON-LD, canonical link, language."""

    def __init__(self, root: html.HtmlElement):
        self.meta: dict[str, str] = {}
        self.multi: dict[str, list[str]] = {}
        self.ld: dict = {}
        canonical = title = None
        for el in root.iter("meta", "script", "link", "title"):  # one walk, filtered in lxml
            if el.tag == "meta":
                key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
                value = norm(el.get("content") or "")
                if key and value:
                    self.meta.setdefault(key, value)
                    self.multi.setdefault(key, []).append(value)
            elif el.tag == "script":
                if not self.ld and el.get("type") == "application/ld+json":
                    self.ld = _article_ld(el.text or "")
            elif el.tag == "link":
                if canonical is None and el.get("rel") == "canonical" and el.get("href") is not None:
                    canonical = el.get("href")
            elif title is None:
                title = el
        self.canonical = (canonical or "").strip() or self.meta.get("og:url", "")
        self.language = (root.get("lang") or self.meta.get("og:locale") or "").split("-")[0].split("_")[0].lower()
        self.title = norm(title.text_content()) if title is not None else ""


def _article_ld(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        kind = item.get("@type") if isinstance(item, dict) else None
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle") for k in kinds):
            return item
    return {}


def first(root: html.HtmlElement, selector: str | None) -> html.HtmlElement | None:
    """First element matching a CSS selector (None for no selector or no match)."""
    if not selector:
        return None
    found = root.cssselect(selector)
    return found[0] if found else None


def _is_teaser(el: html.HtmlElement) -> bool:
    return any(a.tag in ("a", "li") for a in el.iterancestors()) or el.find(".//a") is not None


def find_title_element(root: html.HtmlElement) -> html.HtmlElement | None:
    """The article's heading: an h1, else a heading or element whose class says it is the title."""

    def candidates():
        yield from root.iter("h1")
        for el in root.iter("h2", "h3", "span", "div", "p", "strong", "td"):
            if _TITLE_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"):
                yield el
        # A heading in a cell or block of its own with a title class (table layouts).
        for el in root.iter("h2", "h3"):
            parent = el.getparent()
            if parent is not None and _TITLE_CLASS.search(f"{parent.get('class', '')} {parent.get('id', '')}"):
                yield el

    for el in candidates():
        text = norm(el.text_content())
        if 20 <= len(text) <= 400 and label_of(text) not in BOX_LABELS and el.tag != "a" and not _is_teaser(el):
            return el
    return None


def clean_title(text: str, site_names: tuple[str, ...] = ()) -> str:
    """Collapse spaces, tidy quotes, and drop a site name glued to either end."""
    text = tidy(text)
    parts = _TITLE_SEPARATORS.split(text)
    if len(parts) > 1:
        keep = [p for p in parts if p not in site_names] or parts
        text = max(keep, key=len) if len(keep) < len(parts) or site_names else text
    return text


def tidy(text: str) -> str:
    """Whitespace collapsed, stray spaces inside quotation marks removed (“ Dân vận khéo” -> “Dân vận khéo”)."""
    text = norm(text)
    return re.sub(r"“\s+", "“", re.sub(r"\s+”", "”", text))


def title_text(head: Head, element: html.HtmlElement | None) -> str:
    """Title: the page's own heading first, then og:title / JSON-LD, then the longest part of <title>."""
    site_names = tuple(n for n in (head.meta.get("og:site_name"),) if n)
    if element is not None:
        return clean_title(element.text_content())
    for value in (head.meta.get("og:title"), head.ld.get("headline")):
        if value:
            return clean_title(str(value), site_names)
    parts = _TITLE_SEPARATORS.split(tidy(head.title))
    return max(parts, key=len) if head.title else ""


def date_line_after(title: html.HtmlElement | None, stop: html.HtmlElement | None) -> datetime | None:
    """A short date line between the title and the body (``Cập nhật ngày 09/07/2020 …``)."""
    if title is None:
        return None
    for seen, el in enumerate(e for e in following(title) if isinstance(e.tag, str)):
        if seen > 40 or el is stop or (stop is not None and stop in el.iterancestors()):
            break
        if el.tag == "time" and el.get("datetime") and (moment := parse_iso(el.get("datetime"))):
            return moment
        own = norm((el.text or "") + " ".join((c.tail or "") for c in el))
        if own and len(own) <= 120 and not TODAY_LINE.match(own) and (moment := parse_vn_datetime(own)):
            return moment
        if len(own) > 300:
            break
    return None


def published_date(
    head: Head,
    date_el: html.HtmlElement | None,
    title: html.HtmlElement | None,
    body: html.HtmlElement | None,
    url: str,
) -> datetime | None:
    """JSON-LD or meta first, then the profile's date element, then a date line after the title, then the URL."""
    for value in (head.ld.get("datePublished"), *(head.meta.get(k) for k in _DATE_META)):
        if isinstance(value, str) and (moment := parse_iso(value)):
            return moment
    if date_el is not None and (moment := parse_vn_datetime(norm(date_el.text_content()))):
        return moment
    return date_line_after(title, body) or date_from_url(url)


def updated_date(head: Head) -> datetime | None:
    for value in (head.ld.get("dateModified"), *(head.meta.get(k) for k in _MODIFIED_META)):
        if isinstance(value, str) and (moment := parse_iso(value)):
            return moment
    return None


def classed(elements: Iterable[html.HtmlElement]) -> list[tuple[html.HtmlElement, str]]:
    """The elements with a class or id, each with "class id" in lower case: one walk over the page
    that the class searches share."""
    found = []
    for el in elements:
        cls, ident = el.get("class"), el.get("id")
        if cls or ident:
            found.append((el, f"{cls or ''} {ident or ''}".lower()))
    return found


@lru_cache(maxsize=16)
def _needles(needles: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    return re.compile("|".join(map(re.escape, needles))).search


def by_class(
    classes: list[tuple[html.HtmlElement, str]],
    pattern: re.Pattern[str],
    tags: tuple[str, ...],
    needles: tuple[str, ...],
    teasers: bool = False,
) -> Iterator[html.HtmlElement]:
    """Elements of `tags` whose class or id matches `pattern` (whose every match holds one of
    `needles`, a cheap test first); teaser links are skipped unless `teasers`."""
    quick = _needles(needles)
    for el, names in classes:
        if quick(names) and el.tag in tags and pattern.search(names) and (teasers or not _is_teaser(el)):
            yield el


def following(el: html.HtmlElement):
    """The elements after `el` in document order (its descendants excluded), lazily."""
    for anchor in (el, *el.iterancestors()):
        for sibling in anchor.itersiblings():
            yield from sibling.iter()


LEAD_GAP = 400  # characters of text between the title and a lead block, at most (a date line, a byline)


def find_lead(title: html.HtmlElement | None) -> html.HtmlElement | None:
    """A sapo/lead block right after the title: a class that says so, with paragraph-sized text."""
    if title is None:
        return None
    gap = 0
    for el in following(title):
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("div", "p", "h2", "strong", "span") and _LEAD_CLASS.search(el.get("class", "")):
            text = norm(el.text_content())
            if 30 <= len(text) <= 1500 and not _is_teaser(el):
                return el
        gap += len(norm(el.text or ""))
        if gap > LEAD_GAP:
            return None
    return None


def find_author(classes: list[tuple[html.HtmlElement, str]]) -> html.HtmlElement | None:
    """A byline element whose class says so (``cms-author``, ``author``, ``tac-gia``) and that reads
    as a byline, not a container that happens to carry such a class."""
    found = by_class(classes, _AUTHOR_CLASS, ("span", "div", "p", "a", "strong"), ("author", "byline", "tac"))
    return next((el for el in found if 0 < len(norm(el.text_content())) <= BYLINE_MAX), None)


def breadcrumbs(classes: list[tuple[html.HtmlElement, str]]) -> list[html.HtmlElement]:
    """Every breadcrumb trail of the page: an element with a breadcrumb class token and little text
    (an <article class="… url-breadcrumb …"> is not one)."""
    return [
        el
        for el, names in classes
        if "breadcrumb" in names
        and any(_BREADCRUMB.fullmatch(token) for token in el.get("class", "").split())
        and len(el.text_content()) <= BREADCRUMB_MAX
    ]


def author_text(head: Head, author_el: html.HtmlElement | None) -> str:
    if author_el is not None and (text := norm(author_el.text_content())):
        return text
    author = head.ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    return norm(str(author)) if author else head.meta.get("author", "")


def category_from(classes: list[tuple[html.HtmlElement, str]], category_el: html.HtmlElement | None, head: Head) -> str:
    """The last breadcrumb item that is not "Trang chủ"; else the article:section meta."""
    crumbs = (
        category_el
        if category_el is not None
        else next(by_class(classes, _BREADCRUMB, ("div", "nav", "ul", "ol", "p"), ("breadcrumb",), teasers=True), None)
    )
    if crumbs is not None:
        links = [norm(a.text_content()) for a in crumbs.iter("a")]
        parts = [p for p in (links or _CRUMB_SEPARATORS.split(norm(crumbs.text_content()))) if p]
        parts = [p for p in parts if p.lower() not in _HOME]
        if parts:
            return parts[-1]
    return head.meta.get("article:section") or str(head.ld.get("articleSection") or "")


def tags_from(classes: list[tuple[html.HtmlElement, str]], head: Head) -> list[str]:
    values = head.multi.get("article:tag", []) or head.meta.get("keywords", "").split(",")
    tags = [norm(v) for v in values if norm(v)]
    if not tags:
        boxes = by_class(classes, _TAGS_CLASS, ("div", "ul", "p", "span"), ("tag", "keyword", "khoa"), teasers=True)
        box = next(boxes, None)
        if box is not None:
            tags = [norm(a.text_content()) for a in box.iter("a") if norm(a.text_content())]
    return list(dict.fromkeys(tags))


_VIEW_TEXT = etree.XPath("//text()[contains(., 'ượt') or contains(., 'ƯỢT')]")  # "lượt xem", any case
_VIEW_TAGS = frozenset(["span", "div", "p", "li", "em", "small", "i"])


def view_count(root: html.HtmlElement) -> int | None:
    """The page's "Lượt xem: 1.234" counter, read from an element's own leading text."""
    for text in _VIEW_TEXT(root):
        el = text.getparent()
        if not text.is_text or el.tag not in _VIEW_TAGS:
            continue
        if m := _VIEWS.search(text):
            digits = re.sub(r"[.,]", "", m[1])
            return int(digits) if digits.isdigit() else None
    return None
