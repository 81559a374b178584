"""Vietnamese dates: day first, 12- or 24-hour clocks, ISO meta values; always +07:00 when naive."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7))

_NUMERIC = re.compile(
    r"(?<![\d.,/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])"
    r"(?:\s*(?:[-|,]|lúc)?\s*(\d{1,2})[:hg](\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?"
)
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_TIME_FIRST = re.compile(r"(\d{1,2})[:hg](\d{2})\s*(?:[-|,]|ngày)?\s*(\d{1,2})/(\d{1,2})/(\d{4})")
# A header's today-date: "Thứ 3, ngày 21/01/2020", "Thứ Năm, 16/07/2020", "Chủ nhật 05/01/2020".
TODAY_LINE = re.compile(
    r"^\s*(thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*(ngày\s*)?\d{1,2}/\d{1,2}/\d{4}\s*$",
    re.I,
)


def _build(day: int, month: int, year: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=VN_TZ)
    except ValueError:
        return None


def parse_vn_datetime(text: str) -> datetime | None:
    """The first date in `text`, read day-first (``09/07/2020 04:05:37 AM`` is 9 July, 04:05:37)."""
    if m := _NUMERIC.search(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        hour, minute, second = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
        if m[7]:
            hour = hour % 12 + (12 if m[7].lower() == "pm" else 0)
        if 1990 <= year <= 2100 and (moment := _build(day, month, year, hour, minute, second)):
            return moment
    if m := _TIME_FIRST.search(text):
        return _build(int(m[3]), int(m[4]), int(m[5]), int(m[1]), int(m[2]))
    if m := _WORDS.search(text):
        return _build(int(m[1]), int(m[2]), int(m[3]))
    return None


def parse_iso(value: str) -> datetime | None:
    """An ISO 8601 value from a meta tag or JSON-LD; naive values are taken as Vietnam time."""
    value = value.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_vn_datetime(value)
    return moment.replace(tzinfo=VN_TZ) if moment.tzinfo is None else moment.astimezone(VN_TZ)


def vn_iso(moment: datetime | None) -> str | None:
    """ISO 8601 in Vietnam time (how the archive shows times), or None."""
    return moment.astimezone(VN_TZ).isoformat() if moment else None


_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})/")


def date_from_url(url: str) -> datetime | None:
    """``…/Pages/2020-7-9/…`` or ``…/2020/07/09/…`` in a URL."""
    if m := _URL_DATE.search(url):
        return _build(int(m[3]), int(m[2]), int(m[1]))
    return None
