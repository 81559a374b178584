"""The archive pipeline: extract each fetched article and hand everything to the batched writer."""

from __future__ import annotations

from crawler.items import PageItem
from crawler.spiders.source import NOT_MODIFIED
from extraction.article import Article, extract_article
from extraction.errors import ExtractionError

MIN_ARTICLE_CHARS = 300


def looks_like_article(article: Article) -> bool:
    """For pages of sites with no profile: a title, a publication date, several paragraphs of text.
    (Listings have teaser paragraphs too, but no date line under a title of their own.)"""
    paragraphs = [p for p in article.paragraphs if len(p) > 80]
    return (
        bool(article.title)
        and article.published is not None
        and len(article.text) >= MIN_ARTICLE_CHARS
        and len(paragraphs) >= 2
    )


class ArchivePipeline:
    """Articles are extracted here (the spider only fetches) and written with their raw response."""

    def process_item(self, item: PageItem, spider):
        writer = spider.state.writer
        page = item.fetched
        if page.status == NOT_MODIFIED:
            writer.add_not_modified(spider.source_id, item.kind, item.canonical_url)
            return item
        if item.kind not in ("article", "page"):
            writer.add_page(spider.source_id, item.kind, item.canonical_url, page)
            return item
        try:
            article = extract_article(
                page.body, page.url, content_type=page.header("Content-Type"), rules=spider.profile.extraction
            )
        except ExtractionError as exc:
            if item.kind == "article":
                writer.add_failure(page.url, page.status, f"extraction: {exc}", page)
            else:
                writer.add_page(spider.source_id, "page", item.canonical_url, page)
            return item
        if item.kind == "article" or looks_like_article(article):
            writer.add_article(spider.source_id, item.canonical_url, page, article)
        else:
            writer.add_page(spider.source_id, "page", item.canonical_url, page)
        return item

    def close_spider(self, spider) -> None:
        spider.state.writer.flush()
