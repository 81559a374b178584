"""The source registry: one TOML profile per site, loaded into typed `SourceProfile`s."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from extraction.rules import ExtractionRules

PROFILES_DIR = Path(__file__).with_name("profiles")
KINDS = ("portal", "newspaper", "union", "council")


class ProfileError(ValueError):
    """A profile that cannot be used, with the file and the reason."""


@dataclass(frozen=True)
class Discovery:
    """Where a crawl finds article URLs: sitemaps, feeds, listing pages and how they paginate."""

    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    listing_pattern: str = ""
    postback_pager: str = ""  # ASP.NET pager control paged by __doPostBack (old WebForms sites)


@dataclass(frozen=True)
class SourceProfile:
    """One site: identity, discovery, what an article URL looks like, extraction and politeness overrides."""

    name: str
    title: str
    province: str
    kind: str
    platform: str
    base_url: str
    article_pattern: str
    discovery: Discovery
    extraction: ExtractionRules
    extra_hosts: tuple[str, ...] = ()
    user_agent: str | None = None
    delay: float | None = None
    notes: str = ""
    path: Path | None = field(default=None, compare=False)

    @cached_property
    def article_re(self) -> re.Pattern[str]:
        return re.compile(self.article_pattern)

    @cached_property
    def listing_re(self) -> re.Pattern[str] | None:
        return re.compile(self.discovery.listing_pattern) if self.discovery.listing_pattern else None

    @property
    def domains(self) -> tuple[str, ...]:
        """Registered hosts of the source (sub-domains included when crawling)."""
        host = urlsplit(self.base_url).hostname or ""
        return (host.removeprefix("www."), *self.extra_hosts)


def _tuple(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ProfileError(f"{where}: expected a string or a list of strings")


def _regex(value: str, where: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ProfileError(f"{where}: bad regular expression: {exc}") from None
    return value


def parse_profile(data: dict, path: Path | None = None) -> SourceProfile:
    """Validate one profile's TOML data; raise ProfileError with a one-line reason."""
    where = path.name if path else "profile"
    missing = [k for k in ("name", "title", "province", "kind", "platform", "base_url") if not data.get(k)]
    if missing:
        raise ProfileError(f"{where}: missing {', '.join(missing)}")
    if data["kind"] not in KINDS:
        raise ProfileError(f"{where}: kind must be one of {', '.join(KINDS)}, not {data['kind']!r}")
    if urlsplit(data["base_url"]).scheme not in ("http", "https"):
        raise ProfileError(f"{where}: base_url must be an http(s) URL")
    articles = data.get("articles", {})
    if not articles.get("pattern"):
        raise ProfileError(f"{where}: [articles] pattern is required")
    disc = data.get("discovery", {})
    ext = data.get("extraction", {})
    polite = data.get("politeness", {})
    unknown = set(ext) - {"title", "lead", "date", "body", "author", "category", "prune"}
    if unknown:
        raise ProfileError(f"{where}: unknown [extraction] keys: {', '.join(sorted(unknown))}")
    return SourceProfile(
        name=data["name"],
        title=data["title"],
        province=data["province"],
        kind=data["kind"],
        platform=data["platform"],
        base_url=data["base_url"].rstrip("/"),
        article_pattern=_regex(articles["pattern"], f"{where}: [articles] pattern"),
        discovery=Discovery(
            sitemaps=_tuple(disc.get("sitemaps"), f"{where}: sitemaps"),
            feeds=_tuple(disc.get("feeds"), f"{where}: feeds"),
            listings=_tuple(disc.get("listings"), f"{where}: listings"),
            listing_pattern=_regex(disc.get("listing_pattern", ""), f"{where}: listing_pattern"),
            postback_pager=disc.get("postback_pager", ""),
        ),
        extraction=ExtractionRules(
            title=ext.get("title"),
            lead=ext.get("lead"),
            date=ext.get("date"),
            body=ext.get("body"),
            author=ext.get("author"),
            category=ext.get("category"),
            prune=_tuple(ext.get("prune"), f"{where}: prune"),
        ),
        extra_hosts=_tuple(data.get("extra_hosts"), f"{where}: extra_hosts"),
        user_agent=polite.get("user_agent"),
        delay=polite.get("delay"),
        notes=data.get("notes", ""),
        path=path,
    )


def adhoc_profile(url: str) -> SourceProfile:
    """A profile for a site with no registry entry: generic discovery and generic extraction."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProfileError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.removeprefix("www.")
    return SourceProfile(
        name=host,
        title=host,
        province="",
        kind="adhoc",
        platform="generic",
        base_url=f"{parts.scheme}://{parts.netloc}",
        article_pattern="",
        discovery=Discovery(),
        extraction=ExtractionRules(),
    )


def load_profiles(directory: Path = PROFILES_DIR) -> dict[str, SourceProfile]:
    """Every ``*.toml`` profile in `directory`, by name."""
    profiles: dict[str, SourceProfile] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ProfileError(f"{path.name}: not valid TOML: {exc}") from None
        profile = parse_profile(data, path)
        if profile.name in profiles:
            raise ProfileError(f"{path.name}: duplicate source name {profile.name!r}")
        profiles[profile.name] = profile
    return profiles


def get_profile(name: str, directory: Path = PROFILES_DIR) -> SourceProfile:
    """One profile by name; ProfileError naming the known ones if there is none."""
    profiles = load_profiles(directory)
    if name not in profiles:
        raise ProfileError(f"no source named {name!r} (known: {', '.join(profiles)})")
    return profiles[name]
