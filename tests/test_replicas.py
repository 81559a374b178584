"""The offline replicas behave like the platforms they stand for."""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest

from replicas.catalog import DEFAULT_EXTRA, build_site
from tests.conftest import fetch

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_every_replica_has_its_seeds_and_thirty_more_articles_over_ten_years(sites):
    for site in sites.values():
        articles = [a for _, a in site.articles()]
        years = {a.published.year for a in articles}
        assert len(articles) >= 30 + 1, site.key
        assert min(years) <= 2016 and max(years) >= 2024, site.key
        assert len({a.title for a in articles}) == len(articles), site.key
        assert len({path for path, _ in site.articles()}) == len(articles), site.key


def test_special_cases_are_present(sites):
    everything = [a for site in sites.values() for _, a in site.articles()]
    variants = {a.variant for a in everything}
    assert {"nfd", "cp1258", "no-date"} <= variants
    assert any(a.table for a in everything)
    assert any(a.revised for a in everything)
    portal = {tuple(a.paragraphs) for _, a in sites["laocai-portal"].articles()}
    newspaper = {tuple(a.paragraphs) for _, a in sites["baolaocai"].articles()}
    assert len(portal & newspaper) == 1  # one story republished by two sites


def test_article_urls_follow_each_platform(sites, profiles):
    for key, site in sites.items():
        for path, _ in site.articles():
            assert profiles[key].article_re.match(path), (key, path)


def test_newspaper_sitemap_index_lists_monthly_sitemaps_of_every_article(servers):
    server = servers["baolaocai"]
    status, _, body = fetch(server.base_url + "/robots.txt")
    assert status == 200 and f"Sitemap: {server.base_url}/sitemap.xml" in body.decode()
    index = ET.fromstring(fetch(server.base_url + "/sitemap.xml")[2])
    months = [loc.text for loc in index.findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert all(re.search(r"/sitemaps/news-\d{4}-\d{1,2}\.xml$", m) for m in months)
    listed = set()
    for month in months:
        urlset = ET.fromstring(fetch(month)[2])
        listed |= {loc.text for loc in urlset.findall("s:url/s:loc", SITEMAP_NS)}
    assert listed == {server.base_url + path for path, _ in server.site.articles()}


def test_newspaper_rss_and_paged_category_listing(servers):
    server = servers["baolaocai"]
    rss = ET.fromstring(fetch(server.base_url + "/rss/home.rss")[2])
    assert len(rss.findall("channel/item")) >= 20
    status, _, body = fetch(server.base_url + "/cong-doan")
    assert status == 200 and "/cong-doan/trang-2" in body.decode()
    assert fetch(server.base_url + "/cong-doan/trang-2")[0] == 200
    assert fetch(server.base_url + "/cong-doan/trang-99")[0] == 404


def test_portal_firewall_rejects_crawler_agents(servers):
    url = servers["laocai-portal"].base_url + "/"
    assert fetch(url, user_agent="Scrapy/2.19 (+https://scrapy.org)")[0] == 403
    assert fetch(url)[0] == 200


def test_old_union_site_pages_by_postback(servers):
    server = servers["congdoan-laocai"]
    status, _, first = fetch(server.base_url + "/Default.aspx")
    assert status == 200
    listing = re.search(r'action="(/Default\.aspx\?dvid=2&amp;pageid=\d+)"', first.decode())[1].replace("&amp;", "&")
    target = re.search(r"__doPostBack\('([^']+)','(Page\$2)'\)", first.decode())
    assert target, "a second page is reached by postback"
    form = urllib.parse.urlencode({"__EVENTTARGET": target[1], "__EVENTARGUMENT": target[2]}).encode()
    request = urllib.request.Request(server.base_url + listing, data=form, headers={"User-Agent": "t"})
    second = urllib.request.urlopen(request, timeout=10).read().decode()
    items = set(re.findall(r"itemid=(\d+)", first.decode()))
    assert set(re.findall(r"itemid=(\d+)", second)) - items


def test_conditional_get_answers_304(servers):
    server = servers["hdnd-dienbien"]
    path = server.site.articles()[0][0]
    status, headers, _ = fetch(server.base_url + path)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert fetch(server.base_url + path, **{"If-None-Match": headers["ETag"]})[0] == 304


def test_edition_two_serves_the_edited_text(sites):
    site = build_site("baolaocai")
    path, article = next((p, a) for p, a in site.articles() if a.revised)
    from replicas.platforms.base import Request

    before = site.handle(Request("GET", path, "http://x")).text
    site.edit()
    after = site.handle(Request("GET", path, "http://x")).text
    assert article.revised[-1] not in before and article.revised[-1] in after


def test_windows_1258_page_is_served_in_that_encoding(servers):
    server = servers["congdoan-laocai"]
    path = next(p for p, a in server.site.articles() if a.variant == "cp1258")
    _, headers, body = fetch(server.base_url + path)
    assert "charset" not in headers["Content-Type"]
    assert b'charset="windows-1258"' in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


@pytest.mark.parametrize("per_site", [500])
def test_generator_scales_a_replica(per_site):
    site = build_site("dienbien-portal", extra=per_site)
    assert len(site.articles()) == per_site
    assert per_site > DEFAULT_EXTRA
