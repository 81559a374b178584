"""The five replica sites behind the seeds, with the special cases the tests rely on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from replicas.generator import generate
from replicas.model import ReplicaArticle
from replicas.platforms.aspnet import AspNetLegacy
from replicas.platforms.dienbien import SharePoint, TinTuc
from replicas.platforms.egov import EGov, UnionEGov
from replicas.platforms.newspaper import Newspaper
from replicas.seeds import (
    REPUBLISHED_2024,
    SEED_COUNCIL_2020,
    SEED_NEWSPAPER_2024,
    SEED_PORTAL_2022,
    SEED_UNION_2017,
    SEED_UNION_LEGACY_2020,
)
from replicas.site import Site

DEFAULT_EXTRA = 36
CRAWLER_AGENTS = r"bot|crawl|spider|scrapy|python|curl|wget"  # what the portal's firewall rejects

SUPPORT_TABLE = [
    ["Đơn vị", "Số đoàn viên được hỗ trợ", "Số tiền (triệu đồng)"],
    ["LĐLĐ thành phố Lào Cai", "4.215", "3.120,5"],
    ["LĐLĐ thị xã Sa Pa", "2.308", "1.874,0"],
    ["LĐLĐ huyện Bát Xát", "1.957", "1.402,3"],
    ["Công đoàn ngành Giáo dục", "6.530", "4.985,2"],
    ["Tổng cộng", "15.010", "11.382,0"],
]


def _first_union(articles: list[ReplicaArticle], year: int) -> ReplicaArticle:
    """The first union article from `year` on (any union article if a small seed has none)."""
    union = [a for a in articles if a.union]
    return next((a for a in union if a.published.year >= year), union[-1])


def _revise(article: ReplicaArticle) -> None:
    """Make `article` one that the site edits after publication (served at edition 2)."""
    first, *rest = article.paragraphs
    article.revised = [
        first + " Thông tin được cập nhật bổ sung sau khi bài viết được đăng.",
        *rest,
        "Ban biên tập đính chính một số số liệu trong bài so với bản đăng lần đầu, theo báo cáo chính thức.",
    ]


def build_baolaocai(extra: int, seed: int) -> Site:
    generated = generate("baolaocai", extra, seed=seed, start_id=1_300_000)
    _revise(_first_union(generated, 2023))
    site = Site("baolaocai", "Báo Lào Cai", sitemap="/sitemap.xml")
    site.sections = [Newspaper(site, [SEED_NEWSPAPER_2024, *generated, REPUBLISHED_2024])]
    return site


def build_laocai_portal(extra: int, seed: int) -> Site:
    generated = generate("laocai-portal", extra, seed=seed, start_id=1_100_000)
    table = _first_union(generated, 2023)
    table.table, table.table_after = SUPPORT_TABLE, 1
    site = Site("laocai-portal", "Cổng Thông tin điện tử tỉnh Lào Cai", blocked_agents=CRAWLER_AGENTS)
    copy = dataclasses.replace(REPUBLISHED_2024, id=1_199_999, category="Tin tức - Sự kiện")
    articles = [SEED_PORTAL_2022, *generated, copy]
    site.sections = [EGov(site, articles)]
    return site


def build_congdoan_laocai(extra: int, seed: int) -> Site:
    generated = generate("congdoan-laocai", extra, seed=seed, start_id=5000)
    old = [a for a in generated if a.published.year <= 2020]
    new = [a for a in generated if a.published.year > 2020]
    if old:
        old[0].variant = "cp1258"
    site = Site("congdoan-laocai", "Liên đoàn Lao động tỉnh Lào Cai")
    site.sections = [UnionEGov(site, [SEED_UNION_2017, *new]), AspNetLegacy(site, [SEED_UNION_LEGACY_2020, *old])]
    return site


def build_hdnd_dienbien(extra: int, seed: int) -> Site:
    generated = generate("hdnd-dienbien", extra, seed=seed, start_id=4000)
    generated[len(generated) // 2].variant = "nfd"
    site = Site("hdnd-dienbien", "HĐND tỉnh Điện Biên")
    site.sections = [TinTuc(site, [SEED_COUNCIL_2020, *generated])]
    return site


def build_dienbien_portal(extra: int, seed: int) -> Site:
    site = Site("dienbien-portal", "Cổng thông tin điện tử tỉnh Điện Biên")
    site.sections = [SharePoint(site, generate("dienbien-portal", extra, seed=seed, start_id=7000))]
    return site


BUILDERS: dict[str, Callable[[int, int], Site]] = {
    "baolaocai": build_baolaocai,
    "laocai-portal": build_laocai_portal,
    "congdoan-laocai": build_congdoan_laocai,
    "hdnd-dienbien": build_hdnd_dienbien,
    "dienbien-portal": build_dienbien_portal,
}


def build_site(key: str, extra: int = DEFAULT_EXTRA, seed: int = 0, today: date | None = None) -> Site:
    """Build replica `key` with its seeds and `extra` generated articles (scale it for benchmarks)."""
    site = BUILDERS[key](extra, seed)
    if today:
        site.today = today
    return site
