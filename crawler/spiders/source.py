"""The one spider: discovery driven by a source profile (sitemaps, feeds, listings with their
pagination, ASP.NET postback pagers), or generic discovery for a site with no profile."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import FormRequest, Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from archive.store import Fetched
from crawler.items import PageItem
from crawler.state import Known, shared_state
from crawler.urls import canonicalize, path_and_query, same_site, url_family
from extraction.dates import parse_iso, parse_vn_datetime
from sources import SourceProfile, adhoc_profile, get_profile

_POSTBACK = re.compile(r"__doPostBack\('([^']+)','([^']*)'\)")
_LISTING_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
NOT_MODIFIED = 304


def fetched(response: Response) -> Fetched:
    """The response as the archive keeps it."""
    headers = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in response.headers.items()
        for value in values
    ]
    protocol = response.protocol.upper() if response.protocol else "HTTP/1.1"
    return Fetched(response.url, response.status, headers, response.body, protocol=protocol)


class SourceSpider(scrapy.Spider):
    """``scrapy crawl source -a source=NAME`` (or ``-a url=URL`` for a site with no profile)."""

    name = "source"

    def __init__(
        self,
        source: str | None = None,
        url: str | None = None,
        base_url: str | None = None,
        since: str | None = None,
        refresh: str | bool = False,
        full: str | bool = False,
        frontier: str = "",
        **kwargs,
    ):
        super().__init__(**kwargs)
        if not (source or url):
            raise ValueError("give -a source=NAME or -a url=URL")
        self.profile: SourceProfile = get_profile(source) if source else adhoc_profile(url)
        self.generic = source is None
        self.base = (base_url or self.profile.base_url).rstrip("/")
        parts = urlsplit(self.base)
        self.scheme = parts.scheme
        self.hosts = (parts.hostname.removeprefix("www."),) if base_url else self.profile.domains
        self.port = parts.port
        self.allowed_domains = list(self.hosts)
        self.since = (parse_vn_datetime(since) or parse_iso(since)) if since else None
        if since and self.since is None:
            raise ValueError(f"since: not a date: {since!r}")
        self.refresh = str(refresh).lower() in ("1", "true", "yes")
        self.full = str(full).lower() in ("1", "true", "yes")  # ignore the discovery pages' validators
        self.seen: set[str] = set()
        self.frontier = frontier  # "seed" or "work" on a shared frontier (crawler/frontier.py)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.state = shared_state(settings["ARCHIVE_URL"], settings.getint("CRAWL_RUN_ID") or None)
        spider.source_id = spider.state.writer.source_id(
            spider.profile.name,
            title=spider.profile.title,
            province=spider.profile.province,
            kind=spider.profile.kind,
            base_url=spider.profile.base_url,
        )
        spider.known = spider.state.known_articles(spider.profile.name)
        spider.known_pages = {} if spider.full else spider.state.known_pages(canonicalize(spider.base, spider.scheme))
        return spider

    # Requests ----------------------------------------------------------------------------------

    def canonical(self, url: str) -> str:
        return canonicalize(url, self.scheme)

    def _request(self, url: str, callback, kind: str, known: Known | None = None) -> Request:
        headers = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        meta = {"kind": kind, "canonical": url, "handle_httpstatus_list": [NOT_MODIFIED]}
        return Request(url, callback=callback, errback=self.failed, headers=headers, meta=meta)

    def _page(self, url: str, callback, kind: str) -> Iterator[Request]:
        """A discovery page, once per crawl (pagers link the same pages from many pages)."""
        canonical = self.canonical(url)
        if canonical not in self.seen:
            self.seen.add(canonical)
            yield self._request(canonical, callback, kind, self.known_pages.get(canonical))

    async def start(self) -> AsyncIterator[Request]:
        if self.frontier == "work":  # the seeding crawl queued the start requests
            return
        discovery = self.profile.discovery
        if self.refresh:  # revalidate every known article, whatever discovery says
            for canonical, known in self.known.items():
                self.seen.add(canonical)
                yield self._request(canonical, self.parse_article, "article", known)
        if self.generic:
            starts = [("/robots.txt", self.parse_robots, "page"), ("/", self.parse_page, "page")]
        else:
            starts = [
                *((path, self.parse_sitemap, "sitemap") for path in discovery.sitemaps),
                *((path, self.parse_feed, "feed") for path in discovery.feeds),
                *((path, self.parse_listing, "listing") for path in discovery.listings),
            ]
        for path, callback, kind in starts:
            for request in self._page(self.base + path, callback, kind):
                yield request

    def article(self, url: str, changed: datetime | None = None) -> Iterator[Request]:
        """Request an article unless the archive has it and nothing says it changed."""
        canonical = self.canonical(url)
        if canonical in self.seen or not same_site(canonical, self.hosts, self.port):
            return
        self.seen.add(canonical)
        known = self.known.get(canonical)
        if known and not self.refresh and not (changed and changed > known.last_fetched):
            self.state.writer.skip_unchanged()
            return
        if self.generic:  # no profile: the pipeline decides from the page whether it is an article
            yield self._request(canonical, self.parse_page, "page")
        else:
            yield self._request(canonical, self.parse_article, "article", known)

    def failed(self, failure) -> None:
        """Errback: a request that failed for good (after retries) is recorded with its reason.
        A URL robots.txt forbids is the site's wish, not a failure: it is only logged."""
        request = failure.request
        if failure.check(IgnoreRequest) and "robots.txt" in failure.getErrorMessage():
            self.logger.info("forbidden by robots.txt: %s", request.url)
            return
        response = failure.value.response if failure.check(HttpError) else None
        reason = (
            f"HTTP {response.status}" if response is not None else failure.getErrorMessage() or failure.type.__name__
        )
        self.state.writer.add_failure(request.url, response.status if response is not None else None, reason)

    # Callbacks ---------------------------------------------------------------------------------

    def _keep(self, response: Response) -> Iterator[PageItem]:
        kind = response.meta["kind"]
        yield PageItem(self.profile.name, kind, response.meta["canonical"], fetched(response))

    def parse_sitemap(self, response: Response):
        yield from self._keep(response)
        if response.status == NOT_MODIFIED:
            return
        try:
            sitemap = Sitemap(response.body)
        except Exception:
            self.logger.warning("unreadable sitemap %s", response.url)
            return
        for entry in sitemap:
            loc = entry.get("loc", "")
            lastmod = parse_iso(entry["lastmod"]) if entry.get("lastmod") else None
            if self.since and lastmod and lastmod < self.since:
                continue
            if sitemap.type == "sitemapindex":
                yield from self._page(loc, self.parse_sitemap, "sitemap")
            elif self.generic or self.profile.article_re.match(path_and_query(loc)):
                yield from self.article(loc, lastmod)

    def parse_feed(self, response: Response):
        yield from self._keep(response)
        if response.status == NOT_MODIFIED:
            return
        for item in response.xpath("//item | //*[local-name()='entry']"):
            link = item.xpath("link/text() | *[local-name()='link']/@href").get("").strip()
            stamp = item.xpath("pubDate/text() | *[local-name()='updated']/text()").get("")
            changed = None
            if stamp:
                try:
                    changed = parsedate_to_datetime(stamp)
                except (TypeError, ValueError):
                    changed = parse_iso(stamp)
            if link and (self.generic or self.profile.article_re.match(path_and_query(link))):
                yield from self.article(response.urljoin(link), changed)

    def _too_old(self, response: Response) -> bool:
        """--since: a listing whose items are all dated before the limit ends its branch. Each item's
        date is read next to its link (a page-wide scan would meet the header's today-date)."""
        if not self.since:
            return False
        dates = []
        for link in response.css("a[href]"):
            if not self.profile.article_re.match(path_and_query(response.urljoin(link.attrib["href"]))):
                continue
            for level in (1, 2, 3):
                around = " ".join(link.xpath(f"ancestor::*[{level}]//text()").getall())
                if _LISTING_DATE.search(around):
                    dates.append(parse_vn_datetime(around))
                    break
        dates = [d for d in dates if d]
        return bool(dates) and max(dates) < self.since

    def parse_listing(self, response: Response):
        yield from self._keep(response)
        if response.status == NOT_MODIFIED or self._too_old(response):
            return  # with --since, a page of older items ends this branch of the listing
        for href in response.css("a::attr(href)").getall():
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = response.urljoin(href)
            if not same_site(url, self.hosts, self.port):
                continue
            target = path_and_query(url)
            if self.profile.article_re.match(target):
                yield from self.article(url)
            elif self.profile.listing_re and self.profile.listing_re.match(target):
                yield from self._page(url, self.parse_listing, "listing")
        pager = self.profile.discovery.postback_pager
        if pager:
            for target, argument in set(_POSTBACK.findall(response.text)):
                if target == pager and (request := self._postback(response, target, argument)):
                    yield request

    def _postback(self, response: TextResponse, target: str, argument: str) -> FormRequest | None:
        """What the browser sends for ``__doPostBack(target, argument)``: the form's hidden fields."""
        form = response.css("form#aspnetForm, form[name=aspnetForm], form")[:1]
        if not form:
            return None
        fields = {field.attrib["name"]: field.attrib.get("value", "") for field in form.css("input[type=hidden][name]")}
        fields |= {"__EVENTTARGET": target, "__EVENTARGUMENT": argument}
        return FormRequest(
            response.urljoin(form.attrib.get("action", response.url)),
            formdata=fields,
            callback=self.parse_listing,
            errback=self.failed,
            meta={"kind": "listing", "canonical": f"{response.meta['canonical']}#{argument}"},
        )

    def parse_article(self, response: Response):
        if response.status == NOT_MODIFIED:
            self.state.writer.skip_unchanged(fetched=True)
            return
        yield from self._keep(response)

    # Generic discovery (sites with no profile) ------------------------------------------------------

    def parse_robots(self, response: Response):
        for url in sitemap_urls_from_robots(response.text, base_url=response.url):
            if same_site(url, self.hosts, self.port):
                yield from self._page(url, self.parse_sitemap, "sitemap")

    def parse_page(self, response: Response):
        """Any in-site HTML page: kept (the pipeline decides if it is an article), its links followed.

        Traps (an endless calendar, tag filters in every combination, a search's pages) are chains of
        pages of one family that lead to nothing else: after GENERIC_BARREN_HOPS pages in a row whose
        new links are all of their own family, the chain is not followed further. A listing whose
        pages keep linking new articles is followed to its end (GENERIC_DEPTH_LIMIT is a last resort)."""
        if response.status == NOT_MODIFIED or not hasattr(response, "css"):
            return
        yield from self._keep(response)
        for href in response.css("link[type*=rss]::attr(href), link[type*=atom]::attr(href)").getall():
            yield from self._page(response.urljoin(href), self.parse_feed, "feed")
        barren = response.meta.get("barren", 0)
        if barren >= self.settings.getint("GENERIC_BARREN_HOPS") or response.meta.get(
            "depth", 0
        ) >= self.settings.getint("GENERIC_DEPTH_LIMIT"):
            return
        new = []
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if href.startswith(("javascript:", "mailto:", "#")) or not same_site(url, self.hosts, self.port):
                continue
            canonical = self.canonical(url)
            if canonical not in self.seen and canonical not in self.known:
                self.seen.add(canonical)
                new.append(canonical)
        family = url_family(response.url)
        leads_elsewhere = any(url_family(url) != family for url in new)
        for canonical in new:
            request = self._request(canonical, self.parse_page, "page")
            request.meta["barren"] = 0 if leads_elsewhere else barren + 1
            yield request
