"""The one extraction function: page bytes + URL in, a clean article out. No Scrapy inside."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import urljoin

import lxml.etree
from lxml import html

from extraction import metadata as meta
from extraction.blocks import Block, BlockWalker, Image
from extraction.cleanup import SHORT, clean_tree, is_boilerplate_line, norm, remove
from extraction.decode import decode_html
from extraction.errors import ExtractionError
from extraction.relevance import union_terms
from extraction.rules import ExtractionRules
from extraction.vietnamese import VIETNAMESE_LETTER

# "CTTĐT- ", "HĐND - ", "LCĐT - ", "(TTXVN) - ": an agency or site tag opening the lead.
_DATELINE = re.compile(r"^\(?([A-ZĐ][A-ZĐ0-9]{1,9}(?:\.VN)?)\)?\s*[-–—]\s*(?=\S)")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
GALLERY = 4  # figures: more than this on a page, and their captions are not handed to trafilatura as text


@dataclass
class Article:
    """A clean article. `text` holds the lead and body paragraphs, a blank line between them."""

    url: str
    canonical_url: str
    title: str = ""
    lead: str = ""
    text: str = ""
    author: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    category: str = ""
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str = ""
    dateline: str = ""
    views: int | None = None
    union_related: bool = False
    union_terms: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p]

    def to_dict(self) -> dict:
        """JSON-ready fields; dates as ISO 8601 with their +07:00 offset."""
        data = asdict(self)
        for key in ("published", "updated"):
            data[key] = data[key].isoformat() if data[key] else None
        data["site_metadata"] = {"views": data.pop("views"), "dateline": data.pop("dateline")}
        return data


# As trafilatura's own loader: comments and processing instructions are not part of the page's text
# (kept, they end up as nodes that cut paragraphs short and that tree helpers trip over).
_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)


def parse(text: str) -> html.HtmlElement:
    try:
        return html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"cannot parse the page as HTML: {exc}") from None


def _split_dateline(text: str) -> tuple[str, str]:
    if m := _DATELINE.match(text):
        return m[1], text[m.end() :]
    return "", text


def _looks_like_byline(text: str) -> bool:
    """A short line of capitalised words (``Bảo An``, ``Phương Thúy (LĐLĐ tỉnh)``, ``CTTĐT``)."""
    bare = re.sub(r"\([^)]*\)", "", text).strip()
    words = bare.removeprefix("Theo ").split()
    return (
        0 < len(words) <= 5
        and len(text) <= 60
        and not text.endswith((".", ":", ";", ","))
        and not any(ch.isdigit() for ch in bare)
        and all(w[0].isupper() for w in words)
    )


def _trafilatura_body(root: html.HtmlElement) -> html.HtmlElement | None:
    from trafilatura import bare_extraction  # imported here: the search path never needs it

    document = bare_extraction(
        root,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,  # as plain trafilatura: inline images change which block it takes for the body
        include_formatting=False,
    )
    return document.body if document is not None else None


def _body_blocks(
    root: html.HtmlElement, body: html.HtmlElement | None, url: str, classes: list[tuple[html.HtmlElement, str]]
) -> tuple[list[Block], list[Image]]:
    walker = BlockWalker(url)
    if body is not None:
        return walker.run(body), walker.images
    # No body element known: trafilatura finds it. It drops <figcaption>, so photos and captions
    # are read from the page first and the captions handed to it as plain paragraphs.
    figures = BlockWalker(url)
    found_figures = list(root.iter("figure"))
    for figure in found_figures:
        figures.run(figure)
        caption = norm(" ".join(c.text_content() for c in figure.iter("figcaption")))
        if caption and len(found_figures) <= GALLERY and figure.getparent() is not None:
            # a gallery's captions would outweigh the text; a photo's caption stays where it was
            paragraph = html.Element("p")
            paragraph.text, paragraph.tail = caption, figure.tail
            figure.getparent().replace(figure, paragraph)
    for caption in _photo_captions(classes):
        caption.attrib.pop("class", None)  # trafilatura drops "caption" classes with the images
    found = _trafilatura_body(root)
    captions = {image.caption for image in figures.images if image.caption}
    blocks = [
        Block("caption", b.text) if b.text in captions else b for b in (walker.run(found) if found is not None else [])
    ]
    return blocks, figures.images


_CAPTION_CLASS = re.compile(r"(?:\w+[-_])?caption(?:[-_]\w+)?", re.I)
CAPTION_MAX = 300  # characters


def _photo_captions(classes: list[tuple[html.HtmlElement, str]]) -> list[html.HtmlElement]:
    """Short blocks with a caption class right after a photo: the photo's caption, kept as text."""
    found = []
    for el, names in classes:
        if (
            "caption" not in names
            or el.tag not in ("p", "div", "span", "em", "i")
            or not any(_CAPTION_CLASS.fullmatch(token) for token in el.get("class", "").split())
        ):
            continue
        before = el.getprevious()
        if before is None or len(el.text_content()) > CAPTION_MAX:
            continue
        if before.tag == "img" or before.find(".//img") is not None:
            found.append(el)
    return found


VIETNAMESE_SAMPLE = 50_000  # characters of markup from <body> on: where a Vietnamese page shows it is one


def _vietnamese_page(page: str, head: meta.Head) -> bool:
    """Declared Vietnamese, or Vietnamese letters in the title or the start of the body: the
    Vietnamese rules (box labels, counter and date lines, view counts, union terms) run only on
    such pages, since on others they cannot match and only cost time."""
    if head.language == "vi" or VIETNAMESE_LETTER.search(head.title):
        return True
    start = max(page.find("<body"), 0)
    return VIETNAMESE_LETTER.search(page, start, start + VIETNAMESE_SAMPLE) is not None


def _either(found: html.HtmlElement | None, fallback) -> html.HtmlElement | None:
    """`found` unless it is None (an lxml element with no children is falsy, so `or` is wrong)."""
    return found if found is not None else fallback()


def extract_article(
    data: bytes, url: str, *, content_type: str | None = None, rules: ExtractionRules | None = None
) -> Article:
    """Extract the article in an HTML page. Raises ExtractionError for input that is not a page."""
    rules = rules or ExtractionRules()
    page = decode_html(data, content_type)
    root = parse(page)
    for xpath in rules.prune:
        for el in root.xpath(xpath):
            remove(el)
    head = meta.Head(root)
    classes = meta.classed(root.iter())
    body_el = meta.first(root, rules.body)
    title_el = _either(meta.first(root, rules.title), lambda: meta.find_title_element(root))
    lead_el = _either(meta.first(root, rules.lead), lambda: meta.find_lead(title_el))
    if lead_el is not None and body_el is not None and (lead_el is body_el or lead_el in body_el.iterancestors()):
        lead_el = None
    author_el = _either(meta.first(root, rules.author), lambda: meta.find_author(classes))
    date_el = meta.first(root, rules.date)
    category_el = meta.first(root, rules.category)

    article = Article(url=url, canonical_url=urljoin(url, head.canonical) if head.canonical else url)
    article.title = meta.title_text(head, title_el)
    article.published = meta.published_date(head, date_el, title_el, body_el, url)
    updated = meta.updated_date(head)
    article.updated = updated if updated and updated != article.published else None
    article.author = meta.author_text(head, author_el)
    article.category = meta.category_from(classes, category_el, head)
    article.tags = meta.tags_from(classes, head)
    vietnamese = _vietnamese_page(page, head)
    article.views = meta.view_count(root) if vietnamese else None
    lead = meta.tidy(lead_el.text_content()) if lead_el is not None else ""

    # With a known body, what the profile points at outside it is taken out. Without one, reading
    # metadata leaves the tree alone: trafilatura needs the title to place the body, and a lead or
    # byline block may be part of the article; _finish takes them out of the extracted text instead.
    if body_el is not None:
        for el in (title_el, lead_el, author_el, date_el, category_el):
            if el is not None and el is not body_el and el not in body_el.iterancestors():
                remove(el)
    for crumbs in meta.breadcrumbs(classes):
        remove(crumbs)
    clean_tree(root, classes, protected=[body_el] if body_el is not None else [], vietnamese=vietnamese)
    blocks, article.images = _body_blocks(root, body_el, url, classes)
    # An author only from <meta name="author"> is often the publisher: a byline under the text wins.
    _finish(
        article,
        lead,
        blocks,
        head,
        weak_author=author_el is None and not head.ld.get("author"),
        lead_in_tree=body_el is None and lead_el is not None,
        vietnamese=vietnamese,
    )
    return article


_SENTENCE_END = re.compile(r"[.!?。！？]\s*\w")


def _names(line: str, author: str) -> bool:
    """A short line that is, or carries, the author's name and no sentence of its own: a byline."""
    if not author or len(author) < 3 or len(line) > meta.BYLINE_MAX or norm(author) not in norm(line):
        return False
    return not _SENTENCE_END.search(norm(line).replace(norm(author), ""))


def _spelled(lead: str, texts: list[tuple[str, str]]) -> int:
    """How many of the first texts, joined, spell the lead (0 when they do not)."""
    flat, joined = norm(lead), ""
    for n, (_, text) in enumerate(texts):
        joined = norm(f"{joined} {text}")
        if joined == flat:
            return n + 1
        if not flat.startswith(joined):
            break
    return 0


def _take_lead(lead: str, texts: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The lead block left in the page: the first paragraphs when they spell it (and the paragraphs
    after them too, when a summary block repeats them); else it stands before the text only if the
    body trafilatura found does not hold it at all."""
    if taken := _spelled(lead, texts):
        texts = texts[taken:]
        return lead, texts[_spelled(lead, texts) :]
    flat = norm(lead)
    if any(flat in norm(text) or norm(text) in flat for _, text in texts if len(text) >= SHORT):
        return "", texts  # the lead is part of the text as it stands
    return lead, texts


def _finish(
    article: Article,
    lead: str,
    blocks: list[Block],
    head: meta.Head,
    weak_author: bool = False,
    lead_in_tree: bool = False,
    vietnamese: bool = True,
) -> None:
    """Lead and dateline, byline out of the text, duplicates out, relevance and language."""
    texts = [(b.kind, "\n".join(meta.tidy(line) for line in b.text.split("\n"))) for b in blocks]
    if lead_in_tree:
        lead, texts = _take_lead(lead, [(k, t) for k, t in texts if t != article.title])
    if not lead and texts and texts[0][0] == "p" and _DATELINE.match(texts[0][1]):
        lead = texts.pop(0)[1]
    article.dateline, article.lead = _split_dateline(lead)
    drop = {article.title, lead, article.lead, article.author}
    # The line filters again, on what trafilatura kept: a counter or date line it took for text.
    texts = [(k, t) for k, t in texts if t not in drop and not (len(t) <= SHORT and is_boilerplate_line(t))]
    paragraphs = [i for i, (kind, _) in enumerate(texts) if kind == "p"]
    if paragraphs:
        last = paragraphs[-1]
        byline = texts[last][1]
        if _names(byline, article.author):
            del texts[last]
        elif (not article.author or weak_author) and _looks_like_byline(byline):
            article.author = byline.removeprefix("Theo ").strip()
            del texts[last]
        elif _names(texts[paragraphs[0]][1], article.author):
            del texts[paragraphs[0]]  # a byline line heading the text ("Autori: …", "By …")
    unique: list[str] = []
    for _, text in texts:
        if not unique or unique[-1] != text:
            unique.append(text)
    article.text = "\n\n".join(([article.lead] if article.lead else []) + unique)
    article.author = meta.tidy(article.author)
    article.union_terms = union_terms(f"{article.title}\n{article.text}") if vietnamese else []
    article.union_related = bool(article.union_terms)
    article.language = head.language or ("vi" if vietnamese else "")
