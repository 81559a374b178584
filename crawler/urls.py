"""URL canonicalisation, so that one page is one URL whatever link led to it (and traps stay bounded)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|_ga|_gl|mc_cid|mc_eid|ref|source|share)$", re.I)
_SESSION = re.compile(r"^(jsessionid|phpsessid|sid|sessionid|session_id|asp\.net_sessionid|cfid|cftoken)$", re.I)
_PATH_SESSION = re.compile(r";(jsessionid|sid|phpsessid)=[^/?#]*", re.I)
_PRINT = re.compile(r"^(print|in|inbai|printview|view)$", re.I)
_ASPNET_COOKIELESS = re.compile(r"/\(S\([a-z0-9]+\)\)", re.I)
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=65536)
def canonicalize(url: str, scheme: str | None = None) -> str:
    """Lowercase scheme and host, no ``www.``, no default port, fragment, session id, tracking or
    print parameter; remaining query parameters sorted. `scheme` forces http/https for one site."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    use_scheme = (scheme or parts.scheme or "http").lower()
    netloc = host if port in (None, 80 if use_scheme == "http" else 443) else f"{host}:{port}"
    path = _ASPNET_COOKIELESS.sub("", _PATH_SESSION.sub("", parts.path)) or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.match(k) and not _SESSION.match(k) and not (_PRINT.match(k) and v in ("1", "true", "yes", ""))
    ]
    query.sort(key=lambda kv: kv[0].lower())
    return urlunsplit((use_scheme, netloc, path, urlencode(query), ""))


def path_and_query(url: str) -> str:
    """What profile patterns match: the path, plus ``?query`` when there is one."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def same_site(url: str, hosts: tuple[str, ...], port: int | None = None) -> bool:
    """True when `url` is on one of `hosts` (or their sub-domains) and, if given, on `port`."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if port is not None and (parts.port or (443 if parts.scheme == "https" else 80)) != port:
        return False
    return any(host == h or host.endswith("." + h) for h in hosts)


def url_family(url: str) -> str:
    """A URL's shape: its path with every run of digits as 0, without the query. Pages of one family
    are one kind of page: the days of a calendar, the pages of a listing or a search, tag filters."""
    return _DIGITS.sub("0", urlsplit(url).path)
