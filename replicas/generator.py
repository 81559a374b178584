"""Deterministic Vietnamese news articles that fill the replica sites.

`generate(site, count)` writes `count` articles in the style of the provincial union news the seeds
come from (Lào Cai and Điện Biên): about 70 % on the trade unions (LĐLĐ, công đoàn cơ sở, Tết Sum
vầy, Mái ấm công đoàn …) and 30 % of general provincial news that never mentions them.

Text comes from phrase banks: templates whose ``{slots}`` are filled from the facts of one article
(its place, year, people, event) or drawn afresh on each use (numbers written the Vietnamese way,
dates, nested phrases). The same arguments always give the same articles.
"""

from __future__ import annotations

import gc
import itertools
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple, TypeVar

from replicas.model import VN_TZ, Figure, ReplicaArticle

SITES = ("baolaocai", "laocai-portal", "congdoan-laocai", "hdnd-dienbien", "dienbien-portal")

UNION_SHARE = 0.7
FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2025, 12, 31)
OFFICE_HOURS = (7 * 60, 18 * 60)  # first and last minute of the day an article may appear
TITLE_WORDS = (8, 20)
TITLE_BASE_WORDS = (8, 18)  # before a place or series prefix ("Bát Xát: ", "Kỳ 2: ")
LEAD_WORDS = (25, 60)
PARAGRAPH_WORDS = (40, 140)
CAPTION_WORDS = (5, 20)
SLUG_LENGTH = 80  # ReplicaArticle.slug keeps this many characters of the title's slug

# ---------------------------------------------------------------------------------------------
# Provinces and sites


class _Province(NamedTuple):
    """What the text needs to know about a province: places, people, products, landmarks."""

    name: str
    districts: tuple[tuple[str, str, tuple[str, ...]], ...]  # (level, name, communes)
    families: tuple[str, ...]
    upland_families: tuple[str, ...]
    ethnic_groups: tuple[str, ...]
    companies: tuple[str, ...]
    crops: tuple[str, ...]
    spots: tuple[str, ...]
    roads: tuple[str, ...]
    gates: tuple[str, ...]
    festivals: tuple[str, ...]
    council_first_term: int  # ordinal of the People's Council term 2011 - 2016


_LAO_CAI = _Province(
    name="Lào Cai",
    districts=(
        ("thành phố", "Lào Cai", ("Cam Đường", "Hợp Thành", "Tả Phời", "Đồng Tuyển", "Vạn Hòa")),
        ("thị xã", "Sa Pa", ("Tả Van", "Tả Phìn", "Bản Hồ", "Thanh Bình", "Mường Bo")),
        ("huyện", "Bát Xát", ("Y Tý", "A Mú Sung", "Bản Vược", "Trịnh Tường", "Mường Hum")),
        ("huyện", "Bảo Thắng", ("Phố Lu", "Xuân Quang", "Gia Phú", "Bản Phiệt", "Sơn Hải")),
        ("huyện", "Bảo Yên", ("Nghĩa Đô", "Lương Sơn", "Xuân Hòa", "Vĩnh Yên", "Tân Dương")),
        ("huyện", "Bắc Hà", ("Lùng Phình", "Bản Phố", "Tà Chải", "Na Hối", "Bảo Nhai")),
        ("huyện", "Mường Khương", ("Bản Lầu", "Lùng Vai", "Pha Long", "Cao Sơn", "Thanh Bình")),
        ("huyện", "Si Ma Cai", ("Sán Chải", "Nàn Sán", "Lùng Thẩn", "Cán Cấu", "Quan Hồ Thẩn")),
        ("huyện", "Văn Bàn", ("Minh Lương", "Dương Quỳ", "Nậm Chày", "Võ Lao", "Khánh Yên Hạ")),
    ),
    families=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Đặng", "Bùi", "Ngô"),
    upland_families=("Giàng", "Vàng", "Lý", "Sùng", "Lù", "Hầu", "Tẩn", "Ma", "Lò", "Thào"),
    ethnic_groups=("Mông", "Dao", "Tày", "Giáy", "Nùng", "Hà Nhì", "Phù Lá"),
    companies=(
        "Công ty Cổ phần Chè Phong Hải",
        "Công ty TNHH Khoáng sản Tằng Loỏng",
        "Công ty Cổ phần Xây dựng Hoàng Liên",
        "Công ty TNHH Chế biến nông sản Bảo Thắng",
        "Công ty Cổ phần Môi trường đô thị Lào Cai",
        "Công ty Cổ phần Cấp nước Lào Cai",
        "Công ty TNHH Du lịch Sa Pa Xanh",
        "Công ty Cổ phần Vận tải Kim Thành",
    ),
    crops=("chè", "quế", "chuối", "dứa", "mận Tam hoa", "lúa", "thảo quả", "rau ôn đới"),
    spots=(
        "Khu du lịch quốc gia Sa Pa",
        "đỉnh Fansipan",
        "chợ phiên Bắc Hà",
        "vùng cao Y Tý",
        "Cột cờ Lũng Pô",
        "Đền Bảo Hà",
        "thung lũng Mường Hoa",
    ),
    roads=(
        "Quốc lộ 4D",
        "Quốc lộ 70",
        "Quốc lộ 279",
        "Tỉnh lộ 152",
        "đường Bảo Nhai - Bản Cái",
        "đại lộ Võ Nguyên Giáp",
    ),
    gates=(
        "cửa khẩu quốc tế Lào Cai",
        "cửa khẩu Kim Thành",
        "cửa khẩu Mường Khương",
    ),
    festivals=(
        "Lễ hội Đền Bảo Hà",
        "Lễ hội Roóng Poọc",
        "Lễ hội Xuống đồng",
        "Ngày hội Văn hóa dân tộc Mông",
        "Lễ hội Mùa xuân Sa Pa",
    ),
    council_first_term=14,
)

_DIEN_BIEN = _Province(
    name="Điện Biên",
    districts=(
        ("thành phố", "Điện Biên Phủ", ("Thanh Minh", "Tà Lèng", "Pá Khoang", "Nà Tấu")),
        ("thị xã", "Mường Lay", ("Lay Nưa", "Na Lay", "Sông Đà")),
        ("huyện", "Điện Biên", ("Thanh Xương", "Noong Hẹt", "Thanh An", "Sam Mứn", "Mường Pồn")),
        ("huyện", "Điện Biên Đông", ("Na Son", "Phì Nhừ", "Keo Lôm", "Xa Dung", "Luân Giói")),
        ("huyện", "Mường Ảng", ("Ẳng Nưa", "Ẳng Cang", "Búng Lao", "Xuân Lao", "Mường Đăng")),
        ("huyện", "Mường Chà", ("Sa Lông", "Huổi Lèng", "Ma Thì Hồ", "Mường Mươn", "Na Sang")),
        ("huyện", "Mường Nhé", ("Sín Thầu", "Chung Chải", "Mường Toong", "Nậm Kè", "Quảng Lâm")),
        ("huyện", "Nậm Pồ", ("Chà Nưa", "Si Pa Phìn", "Nà Hỳ", "Phìn Hồ", "Nà Bủng")),
        ("huyện", "Tủa Chùa", ("Sính Phình", "Mường Báng", "Tả Sìn Thàng", "Xá Nhè", "Tả Phìn")),
        ("huyện", "Tuần Giáo", ("Quài Tở", "Chiềng Sinh", "Mường Mùn", "Tỏa Tình", "Pú Nhung")),
    ),
    families=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đinh", "Ngô"),
    upland_families=("Lò", "Lường", "Quàng", "Cầm", "Tòng", "Mùa", "Giàng", "Vừ", "Lầu", "Vàng"),
    ethnic_groups=("Thái", "Mông", "Khơ Mú", "Dao", "Hà Nhì", "Lào", "Si La"),
    companies=(
        "Công ty Cổ phần Cà phê Mường Ảng",
        "Công ty Cổ phần Xây dựng Mường Thanh",
        "Công ty Cổ phần Môi trường đô thị Điện Biên",
        "Công ty Cổ phần Cấp nước Điện Biên",
        "Công ty TNHH Gạo sạch Thanh Xương",
        "Công ty Cổ phần Vận tải Điện Biên",
        "Công ty TNHH Mắc ca Tây Bắc",
        "Công ty Cổ phần Chè Tủa Chùa",
    ),
    crops=("lúa", "cà phê", "mắc ca", "chè Shan tuyết", "sơn tra", "quế", "ngô", "gạo Điện Biên"),
    spots=(
        "Khu di tích lịch sử Điện Biên Phủ",
        "Đồi A1",
        "Hầm Đờ Cát",
        "Khu di tích Sở Chỉ huy chiến dịch tại Mường Phăng",
        "đèo Pha Đin",
        "hồ Pá Khoang",
        "Cột mốc A Pa Chải",
    ),
    roads=(
        "Quốc lộ 279",
        "Quốc lộ 12",
        "Quốc lộ 6",
        "Quốc lộ 4H",
        "đường tránh thành phố Điện Biên Phủ",
        "đường Mường Nhé - Nậm Pồ",
    ),
    gates=("cửa khẩu quốc tế Tây Trang", "cửa khẩu Huổi Puốc", "cửa khẩu A Pa Chải"),
    festivals=(
        "Lễ hội Hoa Ban",
        "Lễ hội Thành Bản Phủ",
        "Lễ hội Đua thuyền đuôi én",
        "Ngày hội Văn hóa các dân tộc",
        "Lễ hội Xên Bản, Xên Mường",
    ),
    council_first_term=13,
)


class _Site(NamedTuple):
    """A replica site: its province, its categories by beat, how it names its photos."""

    province: _Province
    beats: dict[str, tuple[str, ...]]  # beat -> categories an article of that beat may go under
    photo_styles: tuple[str, ...]


_SITES: dict[str, _Site] = {
    "baolaocai": _Site(
        _LAO_CAI,
        {
            "tinh": ("Công đoàn", "Công đoàn", "Chính trị"),
            "huyen": ("Công đoàn", "Công đoàn", "Xã hội"),
            "nganh": ("Công đoàn", "Xã hội"),
            "phapluat": ("Công đoàn", "Xã hội"),
            "kinhte": ("Kinh tế",),
            "xahoi": ("Xã hội",),
            "chinhtri": ("Chính trị",),
        },
        ("newspaper", "dsc"),
    ),
    "laocai-portal": _Site(
        _LAO_CAI,
        {
            "tinh": ("Tin tức - Sự kiện",),
            "huyen": ("Tin tức - Sự kiện", "Hoạt động các sở ngành"),
            "nganh": ("Hoạt động các sở ngành",),
            "phapluat": ("Hoạt động các sở ngành", "Tin tức - Sự kiện"),
            "kinhte": ("Hoạt động các sở ngành", "Tin tức - Sự kiện"),
            "xahoi": ("Tin tức - Sự kiện", "Hoạt động các sở ngành"),
            "chinhtri": ("Tin tức - Sự kiện",),
        },
        ("camera", "dsc"),
    ),
    "congdoan-laocai": _Site(
        _LAO_CAI,
        {
            "tinh": ("Tin tức sự kiện",),
            "huyen": ("LĐLĐ huyện, thành phố",),
            "nganh": ("Công đoàn ngành",),
            "phapluat": ("Chính sách pháp luật",),
            "kinhte": ("Tin tức sự kiện",),
            "xahoi": ("Tin tức sự kiện",),
            "chinhtri": ("Tin tức sự kiện",),
        },
        ("dsc", "camera"),
    ),
    "hdnd-dienbien": _Site(
        _DIEN_BIEN,
        {
            "tinh": ("Tin tức & sự kiện",),
            "huyen": ("Tin tức & sự kiện",),
            "nganh": ("Tin tức & sự kiện",),
            "phapluat": ("Tin tức & sự kiện",),
            "kinhte": ("Tin tức & sự kiện",),
            "xahoi": ("Tin tức & sự kiện",),
            "chinhtri": ("Hoạt động HĐND",),
        },
        ("dsc", "zalo"),
    ),
    "dienbien-portal": _Site(
        _DIEN_BIEN,
        {
            "tinh": ("Tin tức sự kiện",),
            "huyen": ("Tin tức sự kiện",),
            "nganh": ("Tin tức sự kiện",),
            "phapluat": ("Tin tức sự kiện", "Chỉ đạo điều hành"),
            "kinhte": ("Tin tức sự kiện", "Chỉ đạo điều hành"),
            "xahoi": ("Tin tức sự kiện",),
            "chinhtri": ("Chỉ đạo điều hành",),
        },
        ("camera", "zalo"),
    ),
}

# ---------------------------------------------------------------------------------------------
# People

_MALE_MIDDLE = ("Văn", "Đức", "Hữu", "Quang", "Mạnh", "Xuân", "Minh", "Thanh", "Văn", "Ngọc")
_UPLAND_MALE_MIDDLE = ("A", "Seo", "Văn", "Văn", "Chứ", "Văn")
_FEMALE_MIDDLE = ("Thị", "Thị", "Thu", "Thanh", "Hồng", "Minh", "Thị", "Ngọc")
_MALE_GIVEN = (
    "Hùng",
    "Long",
    "Dũng",
    "Thắng",
    "Hải",
    "Sơn",
    "Tuấn",
    "Nam",
    "Khánh",
    "Chiến",
    "Tùng",
    "Bình",
    "Cường",
    "Phong",
    "Toàn",
    "Quân",
    "Thành",
    "Lợi",
    "Hòa",
    "Trung",
    "Kiên",
    "Huy",
)
_UPLAND_MALE_GIVEN = ("Dìn", "Páo", "Chư", "Sính", "Muôn", "Pó", "Chinh", "Tủa", "Sử", "Lềnh")
_FEMALE_GIVEN = (
    "Hương",
    "Lan",
    "Hà",
    "Thủy",
    "Phương",
    "Hằng",
    "Thúy",
    "Mai",
    "Huyền",
    "Trang",
    "Nga",
    "Hoa",
    "Dung",
    "Yến",
    "Vân",
    "Liên",
    "Hạnh",
    "Oanh",
    "Xuân",
    "Ngân",
)
_BYLINE_NAMES = (
    "Minh Hằng",
    "Đức Anh",
    "Thu Trang",
    "Hoàng Hà",
    "Bảo An",
    "Phương Thúy",
    "Thanh Hương",
    "Quốc Hồng",
    "Hải Yến",
    "Ngọc Bằng",
    "Lê Nam",
    "Tuấn Anh",
    "Văn Thông",
    "Quang Hưng",
    "Thu Hà",
    "Mai Lan",
    "Hồng Duyên",
    "Lệ Thu",
    "Đỗ Quyên",
    "Khánh Ly",
    "Thành Nam",
    "Việt Hà",
    "Kim Oanh",
    "Trung Kiên",
    "Hữu Huy",
    "Vân Anh",
    "Hà Linh",
    "Quỳnh Anh",
    "Minh Thu",
    "Nguyễn Thu Trang",
    "Trần Minh Đức",
    "Lò Văn Thắng",
    "Quàng Thị Mai",
    "Phạm Hoài Nam",
    "Vũ Thị Hạnh",
    "Lường Thị Ngân",
)
_UNION_DESKS = ("(LĐLĐ tỉnh)", "(LĐLĐ tỉnh)", "(LĐLĐ huyện)", "(CĐ ngành)", "(CTTĐT)")
_GENERAL_DESKS = ("(CTTĐT)", "(TTVH huyện)", "(Sở VHTTDL)", "(TTXVN)", "(VP HĐND)")

_PROVINCE_OFFICIALS = (
    "Phó Bí thư Tỉnh ủy",
    "Phó Bí thư Thường trực Tỉnh ủy",
    "Chủ tịch HĐND tỉnh",
    "Phó Chủ tịch HĐND tỉnh",
    "Phó Chủ tịch UBND tỉnh",
    "Trưởng ban Dân vận Tỉnh ủy",
)
_UNION_LEADERS = (
    "Chủ tịch LĐLĐ tỉnh",
    "Chủ tịch Liên đoàn Lao động tỉnh",
    "Phó Chủ tịch LĐLĐ tỉnh",
    "Phó Chủ tịch Thường trực LĐLĐ tỉnh",
)
_AGENCIES = (
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Giao thông vận tải",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Kế hoạch và Đầu tư",
    "Sở Công Thương",
    "Sở Tài nguyên và Môi trường",
)
_SECTORS = ("Giáo dục", "Y tế", "Công Thương", "Xây dựng", "Nông nghiệp và PTNT")

# ---------------------------------------------------------------------------------------------
# Numbers and dates, written the Vietnamese way


def _int(n: int) -> str:
    """1210 -> ``1.210``."""
    return f"{n:,}".replace(",", ".")


def _dec(x: float, digits: int = 1) -> str:
    """36.5 -> ``36,5``; a whole number loses its decimals (``12``)."""
    text = f"{x:,.{digits}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return text.rstrip("0").rstrip(",") if "," in text else text


def _million(million: int) -> str:
    """An amount given in millions of đồng: ``850 triệu đồng``, ``36,5 tỷ đồng``."""
    if million < 1000:
        return f"{million // 10 * 10 or million} triệu đồng"
    return f"{_dec(million / 1000)} tỷ đồng"


def _lunar_year(year: int) -> str:
    """The sexagenary name of a lunar year: 2019 -> ``Kỷ Hợi``."""
    stems = ("Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ")
    branches = ("Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi")
    return f"{stems[year % 10]} {branches[year % 12]}"


def _roman(n: int) -> str:
    """12 -> ``XII``."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _term(year: int, first: int) -> tuple[int, int]:
    """The five-year term (start, end) running in `year`, terms counted from `first`."""
    start = first + (year - first) // 5 * 5
    return start, start + 5


# ---------------------------------------------------------------------------------------------
# Value pools: every slot drawn afresh on each use picks one of its pool's values at random.
# A pool of numbers is a log-spaced grid, so a uniform pick from it is a log-uniform draw.


def _grid(low: int, high: int, size: int = 500) -> list[int]:
    """`size` integers spaced log-uniformly from `low` to `high`."""
    return [round(low * (high / low) ** (i / (size - 1))) for i in range(size)]


def _counts(low: int, high: int, scale: int = 1) -> tuple[str, ...]:
    """Counts from low to high (times `scale`), small ones more frequent: ``1.210``."""
    if high - low < 100:
        return tuple(_int(n * scale) for n in range(low, high + 1))
    return tuple(_int(n * scale) for n in _grid(low, high))


def _percents(low: float, high: float, digits: int = 1) -> tuple[str, ...]:
    """Every percentage from low to high in steps of the last digit: ``91,6%``."""
    step = 10**digits
    return tuple(_dec(n / step, digits) + "%" for n in range(round(low * step), round(high * step)))


def _amounts(low_million: int, high_million: int) -> tuple[str, ...]:
    """Amounts of money from low to high (in millions of đồng), small ones more frequent."""
    return tuple(_million(n) for n in _grid(low_million, high_million))


def _sessions() -> tuple[str, ...]:
    """Legal information sessions and how many people they reached."""
    return tuple(
        f"{_int(n)} buổi tuyên truyền, phổ biến pháp luật, thu hút {_int(n * reach)} lượt"
        for n in _grid(20, 4200, 200)
        for reach in (27, 48, 75, 112, 139)
    )


def _classes() -> tuple[str, ...]:
    """Training classes and how many trainees they had."""
    return tuple(
        f"{n} lớp tập huấn, bồi dưỡng nghiệp vụ cho {_int(n * size)}"
        for n in range(2, 39)
        for size in (31, 38, 45, 52, 57, 64)
    )


def _jobs() -> tuple[str, ...]:
    """New jobs, and how many of them are abroad."""
    return tuple(
        f"{_int(n)} lao động, trong đó {_int(n * share // 100)}"
        for n in _grid(60, 4800, 200)
        for share in (4, 7, 11, 16)
    )


def _houses() -> tuple[str, ...]:
    """Union-built houses and what they cost."""
    return tuple(
        f"{n} Mái ấm công đoàn với tổng kinh phí {_million(n * cost)}"
        for n in range(2, 43)
        for cost in (45, 52, 60, 68, 75)
    )


_NUMBERS: dict[str, tuple[str, ...]] = {
    "sessions": _sessions(),
    "classes": _classes(),
    "houses": _houses(),
    "jobs": _jobs(),
    "n_total": _counts(200, 560, scale=100),
    "n_cd_total": _counts(650, 1350),
    "n_cd_local": _counts(25, 260),
    "n_dv_local": _counts(1200, 7500),
    "n_dv": _counts(150, 9000),
    "n_new": _counts(80, 4500),
    "n_att": _counts(12, 90, scale=5),
    "n_few": _counts(2, 10),
    "n_some": _counts(11, 70),
    "n_group": _counts(3, 48),
    "n_ind": _counts(5, 95),
    "n_gift": _counts(50, 2600),
    "n_house": _counts(2, 42),
    "n_sk": _counts(12, 1900),
    "n_visit": _counts(400, 48000),
    "n_ent": _counts(8, 390),
    "n_tu": _counts(12, 430),
    "n_student": _counts(150, 38000),
    "n_school": _counts(3, 125),
    "n_ha": tuple(_dec(n / 10) for n in _grid(400, 120000)),
    "n_ton": _counts(200, 96000),
    "n_head": _counts(80, 1200, scale=100),
    "n_km": tuple(_dec(n / 10) for n in range(25, 861)),
    "n_ho": _counts(35, 4800),
    "n_guest": _counts(250, 45000, scale=10),
    "n_village": _counts(3, 64),
    "n_crit": _counts(14, 19),
    "n_voter": _counts(14, 90, scale=5),
    "n_opinion": _counts(6, 85),
    "n_land": _counts(300, 25000),
    "n_roman": tuple(_roman(n) for n in range(4, 13)),
    "n_bch": _counts(9, 35),
    "pct": _percents(62, 99.9),
    "pct_over": _percents(100.5, 165, 2),
    "pct_small": _percents(1.2, 34),
    "pct_growth": _percents(2.5, 12.5),
    "pct_poor": _percents(1.5, 6.5, 2),
    "pct_forest": _percents(45, 68),
    "money_big": _amounts(1200, 62000),
    "money_mid": _amounts(120, 980),
    "money_farm": _amounts(35, 260),
    "money_fund": _amounts(600, 4500),
    "money_invest": _amounts(3500, 950000),
    "money_gift": (
        "500.000 đồng",
        "700.000 đồng",
        "1 triệu đồng",
        "1,5 triệu đồng",
        "2 triệu đồng",
    ),
    "money_house": ("40 triệu đồng", "50 triệu đồng", "60 triệu đồng", "80 triệu đồng"),
    "usd": tuple(f"{_dec(n / 10)} triệu USD" for n in _grid(400, 30000)),
    "wage": tuple(f"{_dec(n / 10)} triệu đồng/tháng" for n in range(45, 96)),
    "income": tuple(f"{_dec(n / 10)} triệu đồng/người/năm" for n in range(180, 721)),
}


def _names(province: _Province) -> dict[str, tuple[str, ...]]:
    """The people of a province: ``Lò Văn Muôn``, ``Nguyễn Thị Hương``, ``Giàng A Dìn``."""
    kinh = [f"{f} {m} {g}" for f in province.families for m in _MALE_MIDDLE for g in _MALE_GIVEN]
    upland = [f"{f} {m} {g}" for f in province.upland_families for m in _UPLAND_MALE_MIDDLE for g in _UPLAND_MALE_GIVEN]
    families = province.families + province.upland_families
    women = [f"{f} {m} {g}" for f in families for m in _FEMALE_MIDDLE for g in _FEMALE_GIVEN]
    return {"name_m": tuple(kinh + upland * 3), "name_f": tuple(women)}


# ---------------------------------------------------------------------------------------------
# The slot engine


class _Slots(dict):
    """The slot values of one article.

    The article's main facts are set when it starts; other facts are worked out on first use
    (see _FACTS) and kept; pool values and phrases are drawn afresh on each use.
    """

    __slots__ = ("day", "draw", "pools", "province", "published", "rng")

    def __init__(self, writer: _Writer, published: datetime, day: date, facts: dict[str, str]):
        super().__init__(facts)
        self.rng = writer.rng
        self.draw = writer.rng.random
        self.pools = writer.pools
        self.province = writer.site.province
        self.published = published
        self.day = day  # of the event the article reports

    def __missing__(self, key: str) -> str:
        pool = self.pools.get(key)
        if pool is not None:
            return pool[int(self.draw() * len(pool))]
        phrases = _SLOT_PHRASES.get(key)
        if phrases is not None:
            return phrases[int(self.draw() * len(phrases))] % self
        value = self[key] = _FACTS[key](self)
        return value


_T = TypeVar("_T")


def _words(text: str) -> int:
    """How many words `text` has (its spaces are single)."""
    return text.count(" ") + 1


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """One of `items` (faster than ``rng.choice``)."""
    return items[int(rng.random() * len(items))]


@cache
def _combinations(n: int, k: int) -> tuple[tuple[int, ...], ...]:
    """All the ways to choose `k` of the numbers 0 … n-1."""
    return tuple(itertools.combinations(range(n), k))


def _choose(rng: random.Random, n: int, k: int) -> tuple[int, ...]:
    """`k` of the numbers 0 … n-1, in increasing order (faster than ``rng.sample``)."""
    return _pick(rng, _combinations(n, k))


# ---------------------------------------------------------------------------------------------
# Phrases a slot may take

_UNION_QUOTES = (
    "Mỗi cán bộ công đoàn phải thực sự là chỗ dựa tin cậy của đoàn viên, người lao động",
    "Lấy kết quả chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng cho đoàn viên làm thước đo hiệu quả hoạt động công đoàn",
    "Ở đâu có người lao động, ở đó phải có tổ chức công đoàn",
    "Phát triển đoàn viên là nhiệm vụ trọng tâm, xuyên suốt của cả nhiệm kỳ",
    "Công đoàn phải đến với người lao động bằng những việc làm cụ thể, thiết thực nhất",
    "Mỗi phần quà tuy không lớn nhưng là nguồn động viên kịp thời để đoàn viên yên tâm công tác",
    "Cán bộ công đoàn phải sâu sát cơ sở, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của người lao động",
    "Không để đoàn viên nào không có Tết, không để người lao động nào bị bỏ lại phía sau",
    "Đối thoại thực chất là cách tốt nhất để xây dựng quan hệ lao động hài hòa, ổn định",
    "An toàn lao động là trách nhiệm của người sử dụng lao động, nhưng cũng là quyền lợi thiết thân của chính người lao động",
    "Tổ chức công đoàn chỉ mạnh khi mỗi công đoàn cơ sở thực sự vững mạnh",
)
_GENERAL_QUOTES = (
    "Xây dựng nông thôn mới chỉ có điểm khởi đầu, không có điểm kết thúc",
    "Người dân phải là chủ thể, được hưởng lợi trực tiếp từ mỗi công trình, dự án",
    "Chúng tôi xác định phải lấy sự hài lòng của người dân làm thước đo hiệu quả công việc",
    "Mỗi cây trồng, vật nuôi phải gắn với thị trường thì người dân mới yên tâm sản xuất",
    "Công trình phải bảo đảm chất lượng, an toàn và hoàn thành đúng tiến độ đã cam kết",
    "Du lịch chỉ phát triển bền vững khi gắn với giữ gìn bản sắc văn hóa của đồng bào",
    "Mọi kiến nghị chính đáng của cử tri phải được trả lời rõ ràng, đúng thời hạn",
    "Không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn",
    "Giữ được rừng là giữ nguồn nước, giữ sinh kế lâu dài cho bà con",
    "Việc gì có lợi cho dân thì phải làm đến nơi đến chốn",
)


def _reported(quotes: tuple[str, ...]) -> tuple[str, ...]:
    """The quotes that read as reported speech ("Theo đồng chí X, …"): lower-cased, no "tôi"."""
    return tuple(q[0].lower() + q[1:] for q in quotes if "tôi" not in q.lower().split())


_WORDINGS: dict[str, tuple[str, ...]] = {  # fixed phrases a slot may take
    "movement": (
        "“Lao động giỏi, Lao động sáng tạo”",
        "“Giỏi việc nước, đảm việc nhà”",
        "“Xanh - sạch - đẹp, bảo đảm an toàn, vệ sinh lao động”",
        "“Dân vận khéo”",
        "“Học tập, nâng cao trình độ chuyên môn, nghiệp vụ”",
        "“Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn”",
        "“Xây dựng đời sống văn hóa trong công nhân, viên chức, lao động”",
        "“Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”",
    ),
    "union_quote": _UNION_QUOTES,
    "union_quote_lower": _reported(_UNION_QUOTES),
    "worker_quote": (
        "Có căn nhà mới, gia đình tôi không còn phải lo mỗi mùa mưa lũ nữa",
        "Tôi rất xúc động khi được công đoàn quan tâm đúng lúc gia đình khó khăn nhất",
        "Năm nay có thêm khoản hỗ trợ của công đoàn, cả nhà tôi được đón một cái Tết đủ đầy hơn",
        "Được về quê ăn Tết cùng gia đình bằng chuyến xe miễn phí là niềm vui lớn của chúng tôi",
        "Từ khi có công đoàn cơ sở, kiến nghị của anh chị em được lắng nghe và giải quyết nhanh hơn",
        "Học bổng tuy nhỏ nhưng là động lực để các con cố gắng học tốt hơn",
        "Sau buổi tập huấn, tôi hiểu rõ hơn quyền và nghĩa vụ của mình khi ký hợp đồng lao động",
        "Công đoàn như người thân, lúc ốm đau hay hoạn nạn đều có mặt động viên, chia sẻ",
    ),
    "general_quote": _GENERAL_QUOTES,
    "general_quote_lower": _reported(_GENERAL_QUOTES),
    "villager_quote": (
        "Giờ đường bê tông về tận bản, nông sản làm ra bán được giá hơn trước nhiều",
        "Nhờ được hỗ trợ giống và hướng dẫn kỹ thuật, gia đình tôi đã thoát nghèo",
        "Khách đến bản ngày càng đông, bà con có thêm thu nhập từ làm dịch vụ",
        "Trước đây các cháu đi học phải lội suối, nay đã có cầu kiên cố, ai cũng mừng",
        "Có trạm y tế gần nhà, người già, trẻ nhỏ ốm đau được khám chữa kịp thời",
        "Chúng tôi mong Nhà nước tiếp tục quan tâm đầu tư để bà con yên tâm sản xuất",
        "Làm theo hướng dẫn của cán bộ khuyến nông, năng suất tăng rõ rệt so với cách làm cũ",
    ),
    "village": (
        "Sín Chải",
        "Nậm Pung",
        "Pả Hạ",
        "Cốc Mùn",
        "Na Pản",
        "Huổi Lóng",
        "Khe Mạ",
        "Bản Mế",
        "Hồ Sáo",
        "Pú Xi",
        "Nà Lọm",
        "Lũng Sui",
    ),
}
_PHRASES: dict[str, tuple[str, ...]] = {  # phrases with slots of their own
    "union_doc": (
        "Nghị quyết Đại hội Công đoàn tỉnh {province}",
        "Nghị quyết Đại hội Công đoàn Việt Nam",
        "Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo đối với công tác công đoàn",
        "kế hoạch của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
        "chương trình công tác năm {year} của Liên đoàn Lao động tỉnh",
    ),
    "union_person": (
        "{name_m}, Chủ tịch {local}",
        "{name_f}, Phó Chủ tịch {local}",
        "{name_f}, Trưởng ban Nữ công LĐLĐ tỉnh",
        "{name_m}, Trưởng ban Tổ chức LĐLĐ tỉnh",
        "{name_m}, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh",
        "{name_f}, Chủ nhiệm Ủy ban Kiểm tra LĐLĐ tỉnh",
        "{name_m}, Chủ tịch công đoàn cơ sở {company}",
        "{name_f}, Chủ tịch {sector}",
    ),
    "worker": (
        "chị {name_f}, công nhân {company}",
        "anh {name_m}, công nhân {company}",
        "chị {name_f}, giáo viên Trường Tiểu học {cname}",
        "anh {name_m}, nhân viên Trung tâm Y tế {district}",
        "chị {name_f}, viên chức Trạm Y tế xã {cname}",
        "anh {name_m}, lái xe {company}",
        "chị {name_f}, giáo viên Trường Phổ thông dân tộc bán trú {cname}",
    ),
    "official_person": (
        "{name_m}, Chủ tịch UBND {district}",
        "{name_f}, Phó Chủ tịch UBND {district}",
        "{name_m}, Chủ tịch UBND xã {cname}",
        "{name_m}, Giám đốc {agency}",
        "{name_f}, Phó Giám đốc {agency}",
        "{name_m}, Bí thư Đảng ủy xã {cname}",
        "{name_m}, Trưởng phòng Nông nghiệp và Phát triển nông thôn {district}",
    ),
    "villager": (
        "ông {name_m} ở thôn {village}, xã {cname}",
        "bà {name_f} ở thôn {village}, xã {cname}",
        "anh {name_m}, Giám đốc Hợp tác xã nông nghiệp {cname}",
        "chị {name_f}, chủ một cơ sở homestay ở xã {cname}",
        "anh {name_m}, Trưởng thôn {village}",
        "chị {name_f}, người dân xã {cname}",
    ),
}

# ---------------------------------------------------------------------------------------------
# Sentences of the body paragraphs, by the role of the paragraph


class _Bank(NamedTuple):
    """Sentences for one kind of paragraph: it opens with one of `first`, goes on with `rest`."""

    first: tuple[str, ...]
    rest: tuple[str, ...]


def _plain(*sentences: str) -> _Bank:
    """A bank whose sentences may come in any order."""
    return _Bank(sentences, sentences)


_UNION_ROLES: dict[str, _Bank] = {
    "context": _plain(
        "Thời gian qua, các cấp công đoàn {tinh} đã bám sát sự chỉ đạo của Tổng Liên đoàn Lao động Việt Nam và Tỉnh ủy, tập trung chăm lo, đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động.",
        "Toàn tỉnh hiện có hơn {n_total} công nhân, viên chức, lao động ở các đơn vị có tổ chức công đoàn do Liên đoàn Lao động tỉnh trực tiếp quản lý, với {n_cd_total} công đoàn cơ sở.",
        "Tại {district}, nội dung và phương thức hoạt động công đoàn tiếp tục được đổi mới theo hướng hướng mạnh về cơ sở, lấy đoàn viên, người lao động làm trung tâm.",
        "Bên cạnh những kết quả đạt được, hoạt động của {n_few} công đoàn cơ sở trên địa bàn còn hạn chế, nhất là ở khu vực doanh nghiệp ngoài Nhà nước, nơi người lao động thường xuyên biến động.",
        "Thực hiện {union_doc}, {unit} đã xây dựng kế hoạch cụ thể, phân công cán bộ phụ trách từng cụm, từng đơn vị để kịp thời nắm bắt tâm tư, nguyện vọng của đoàn viên.",
        "{local} hiện có {n_cd_local} công đoàn cơ sở với trên {n_dv_local} đoàn viên, phần lớn làm việc trong các cơ quan hành chính, trường học và doanh nghiệp vừa và nhỏ.",
        "Đời sống của một bộ phận đoàn viên, người lao động trên địa bàn còn nhiều khó khăn, thu nhập chưa ổn định, nhất là ở các xã vùng cao như xã {cname}.",
        "Ngay từ đầu năm, {unit} đã ban hành kế hoạch, hướng dẫn các công đoàn cơ sở triển khai thực hiện, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, doanh nghiệp.",
        "Theo đánh giá của {unit}, phong trào CNVCLĐ trên địa bàn đã có nhiều chuyển biến tích cực, các hoạt động ngày càng đi vào chiều sâu, thiết thực.",
        "Các phong trào thi đua yêu nước, trọng tâm là phong trào {movement}, được cụ thể hóa phù hợp với thực tiễn của từng ngành, địa phương, đơn vị.",
        "Năm {ryear}, dù còn nhiều khó khăn, các cấp công đoàn trong tỉnh đã chủ động triển khai đồng bộ các nhiệm vụ, hoàn thành và vượt {n_few} chỉ tiêu chủ yếu Tổng Liên đoàn giao.",
        "Công tác phối hợp giữa {unit} với chính quyền, chuyên môn đồng cấp ngày càng chặt chẽ, tạo điều kiện để công đoàn cơ sở hoạt động hiệu quả.",
        "Năm {ryear}, {local} có thêm {n_few} công đoàn cơ sở được thành lập, nâng tổng số đoàn viên trên địa bàn lên {n_dv_local} người.",
        "Hiện toàn tỉnh còn khoảng {n_ent} doanh nghiệp ngoài Nhà nước đủ điều kiện nhưng chưa thành lập công đoàn cơ sở.",
        "Ở xã {cname}, {district}, nhiều đoàn viên là giáo viên, nhân viên y tế công tác xa nhà, điều kiện sinh hoạt còn thiếu thốn.",
        "Thu nhập bình quân của đoàn viên khu vực doanh nghiệp trên địa bàn {district} hiện khoảng {wage}, nhiều người còn khó khăn về nhà ở.",
    ),
    "attend": _plain(
        "Dự {event} có đồng chí {official}, {official_role}; đại diện lãnh đạo một số sở, ngành của tỉnh cùng {n_att} đại biểu tiêu biểu cho công nhân, viên chức, lao động toàn tỉnh.",
        "Tham dự {event} có các đồng chí trong Thường trực, Ủy viên Ban Chấp hành, Ủy viên Ủy ban Kiểm tra Liên đoàn Lao động tỉnh, nhiệm kỳ {term}.",
        "Về phía địa phương có lãnh đạo Huyện ủy, HĐND, UBND {district} cùng đại diện {n_some} công đoàn cơ sở trực thuộc {local}.",
        "{Event} được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối tới {n_few} điểm cầu tại LĐLĐ các huyện, thị xã, thành phố và công đoàn ngành.",
        "Đồng chí {chair}, {chair_role} chủ trì {event}, cùng dự có lãnh đạo các ban của Liên đoàn Lao động tỉnh và Chủ tịch công đoàn cơ sở các đơn vị.",
        "Đến dự và chung vui có đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, Sở Lao động - Thương binh và Xã hội cùng đông đảo đoàn viên, người lao động.",
        "Tham gia {event} có {n_att} cán bộ công đoàn chủ chốt, đoàn viên đến từ {n_some} công đoàn cơ sở trên địa bàn {district}.",
        "Đại diện lãnh đạo {company} và đông đảo đoàn viên, người lao động của doanh nghiệp cũng có mặt tại {event}.",
    ),
    "report": _plain(
        "Năm {ryear}, các cấp công đoàn tỉnh đã hỗ trợ {n_visit} lượt đoàn viên, người lao động với tổng số tiền hơn {money_big}.",
        "Toàn tỉnh có {n_sk} sáng kiến được cấp có thẩm quyền công nhận, trong đó {n_few} đề tài, giải pháp được Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động sáng tạo.",
        "Về phát triển đoàn viên, đã kết nạp mới {n_new} đoàn viên, thành lập {n_some} công đoàn cơ sở, đạt {pct_over} kế hoạch.",
        "Có {pct} công đoàn cơ sở được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên; {pct} cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa.",
        "Các cấp công đoàn đã tổ chức {sessions} CNVCLĐ tham gia.",
        "Công tác tài chính công đoàn được quản lý chặt chẽ, đúng quy định; tổng thu kinh phí và đoàn phí công đoàn đạt {pct_over} dự toán được giao.",
        "Riêng {local} đã vận động xây dựng {houses}, giúp đoàn viên có hoàn cảnh khó khăn ổn định chỗ ở.",
        "Đã có {n_sk} đề tài, sáng kiến được ứng dụng có hiệu quả từ cấp cơ sở trở lên, tổng giá trị làm lợi trên {money_big}.",
        "Có {n_tu} bản thỏa ước lao động tập thể được ký kết, nhiều bản có nội dung có lợi hơn cho người lao động so với quy định của pháp luật.",
        "Các cấp công đoàn đã tổ chức {classes} lượt cán bộ công đoàn cơ sở.",
        "Có {n_tu} cuộc đối thoại định kỳ tại nơi làm việc được tổ chức, giải quyết kịp thời nhiều kiến nghị chính đáng của người lao động.",
        "Quỹ Xã hội công đoàn đã trao {n_gift} suất quà cho đoàn viên ốm đau, gặp tai nạn lao động và gia đình có hoàn cảnh khó khăn, tổng trị giá {money_mid}.",
        "Toàn tỉnh có {pct} nữ đoàn viên đạt danh hiệu “Giỏi việc nước, đảm việc nhà”; {pct} gia đình CNVCLĐ được công nhận gia đình văn hóa.",
        "Tính đến ngày {past_date}, {local} đã kết nạp được {n_new} đoàn viên, nâng tổng số đoàn viên trên địa bàn lên {n_dv_local} người.",
        "Thông qua phong trào {movement}, đã có {n_sk} sáng kiến, cải tiến kỹ thuật được áp dụng, làm lợi hàng tỷ đồng cho cơ quan, đơn vị, doanh nghiệp.",
        "Các cấp công đoàn đã giới thiệu {n_some} đoàn viên ưu tú để Đảng xem xét, bồi dưỡng; trong đó {n_few} đoàn viên đã được kết nạp vào Đảng.",
        "Hội nghị người lao động được tổ chức tại {pct} doanh nghiệp có tổ chức công đoàn, {pct} cơ quan, đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức đúng quy định.",
    ),
    "speech": _Bank(
        (
            "Phát biểu tại {event}, đồng chí {official}, {official_role} ghi nhận, đánh giá cao những kết quả mà các cấp công đoàn trong tỉnh đã đạt được thời gian qua.",
            "{official_role} {official} đánh giá cao sự nỗ lực của các cấp công đoàn, nhất là trong công tác chăm lo, bảo vệ quyền lợi cho đoàn viên, người lao động.",
            "Đồng chí {chair}, {chair_role} cho biết: “{union_quote}”.",
            "Theo đồng chí {chair}, {chair_role}, {union_quote_lower}.",
            "Chia sẻ tại {event}, đồng chí {union_person} cho rằng: “{union_quote}”.",
            "Trao đổi với phóng viên, đồng chí {union_person} khẳng định: “{union_quote}”.",
            "Ghi nhận sự nỗ lực của các cấp công đoàn, đồng chí {official_role} đề nghị các sở, ngành, địa phương tiếp tục quan tâm, tạo điều kiện để công đoàn hoạt động hiệu quả.",
        ),
        (
            "Đồng chí đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, lấy đoàn viên, người lao động làm trung tâm.",
            "“{union_quote}”, đồng chí nhấn mạnh.",
            "Đồng chí lưu ý các cấp công đoàn cần thường xuyên nắm bắt tình hình tư tưởng của CNVCLĐ, kịp thời tham mưu cấp ủy giải quyết những vấn đề bức xúc ngay từ cơ sở.",
            "Đồng chí cũng đề nghị người sử dụng lao động thực hiện đầy đủ chế độ, chính sách, đóng bảo hiểm xã hội đúng, đủ cho người lao động.",
            "Đồng chí nhấn mạnh, cần lấy kết quả chăm lo đời sống đoàn viên làm thước đo hiệu quả hoạt động của mỗi cấp công đoàn.",
            "Theo đồng chí, {union_quote_lower}.",
            "Đồng chí cũng gợi mở nhiều cách làm mới trong công tác phát triển đoàn viên ở khu vực doanh nghiệp ngoài Nhà nước.",
        ),
    ),
    "care": _plain(
        "Mỗi suất quà gồm tiền mặt trị giá {money_gift} cùng nhiều nhu yếu phẩm thiết yếu, được trao tận tay đoàn viên có hoàn cảnh khó khăn.",
        "Từ nguồn Quỹ Xã hội công đoàn, {unit} đã hỗ trợ {n_house} đoàn viên xây mới, sửa chữa nhà ở, mỗi trường hợp được hỗ trợ {money_house}.",
        "Chương trình còn tổ chức gian hàng 0 đồng với {n_gift} suất quà, giúp đoàn viên, người lao động có thêm điều kiện mua sắm những mặt hàng cần thiết.",
        "Ngoài phần quà của công đoàn cấp trên, {n_few} công đoàn cơ sở ở {district} đã chủ động vận động doanh nghiệp hỗ trợ thêm tiền thưởng, quà tặng cho đoàn viên.",
        "{local} đã phối hợp với các nhà hảo tâm trao {n_gift} suất quà, tổng trị giá {money_mid} cho đoàn viên, người lao động trên địa bàn.",
        "Các trường hợp được hỗ trợ đều được công đoàn cơ sở rà soát, bình xét công khai, dân chủ, bảo đảm đúng đối tượng, không bỏ sót.",
        "Đoàn công tác đã đến thăm hỏi, động viên {n_few} gia đình đoàn viên ở xã {cname}, trao quà và tiền hỗ trợ mỗi gia đình {money_gift}.",
        "Cùng với quà, công đoàn các cấp còn giới thiệu việc làm, hỗ trợ vay vốn không lãi suất tới {money_farm} để đoàn viên phát triển kinh tế gia đình.",
        "Nhiều đơn vị đã tổ chức thăm hỏi tận nhà những đoàn viên bị ốm đau dài ngày, gia đình đoàn viên có người thân mất do thiên tai.",
    ),
    "people": _Bank(
        (
            "Xúc động khi nhận hỗ trợ, {worker} chia sẻ: “{worker_quote}”.",
            "“{worker_quote}”, {worker} bày tỏ.",
            "Là một trong những đoàn viên được hỗ trợ lần này, {worker} cho biết gia đình đang gặp nhiều khó khăn do thu nhập bấp bênh.",
            "Gắn bó với đơn vị đã hơn {n_few} năm, {worker} cho biết: “{worker_quote}”.",
            "Đại diện cho đoàn viên được hỗ trợ, {worker} cảm ơn sự quan tâm của các cấp công đoàn và hứa sẽ tiếp tục cố gắng, hoàn thành tốt nhiệm vụ.",
        ),
        (
            "Gia đình đoàn viên này có hoàn cảnh đặc biệt khó khăn, vợ chồng đều làm nghề tự do, thu nhập không ổn định.",
            "Câu chuyện ấy cho thấy sự đồng hành của tổ chức công đoàn giúp người lao động thêm tin tưởng, gắn bó lâu dài với đơn vị.",
            "Không chỉ hỗ trợ vật chất, cán bộ công đoàn cơ sở còn thường xuyên thăm hỏi, động viên để đoàn viên vượt qua khó khăn.",
            "Niềm vui hiện rõ trên gương mặt của những đoàn viên được nhận quà trong dịp này.",
            "Sự quan tâm kịp thời của tổ chức công đoàn đã giúp nhiều gia đình đoàn viên vượt qua lúc khó khăn nhất.",
            "Thời gian tới, công đoàn cơ sở sẽ tiếp tục theo dõi, kịp thời đề xuất hỗ trợ khi đoàn viên gặp hoạn nạn.",
            "Được biết, trong năm qua, đơn vị đã có {n_few} đoàn viên được nhận hỗ trợ từ Quỹ Xã hội công đoàn.",
        ),
    ),
    "task": _plain(
        "Năm {nyear}, các cấp công đoàn tỉnh tập trung phát triển đoàn viên, thành lập công đoàn cơ sở ở khu vực doanh nghiệp ngoài Nhà nước, phấn đấu kết nạp mới {n_new} đoàn viên.",
        "Thời gian tới, {unit} tiếp tục đẩy mạnh tuyên truyền, giáo dục chính trị, tư tưởng, nâng cao nhận thức pháp luật cho đoàn viên, người lao động.",
        "Năm {nyear}, các cấp công đoàn cần chủ động tham gia xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ; tổ chức tốt đối thoại định kỳ và thương lượng tập thể tại doanh nghiệp.",
        "{unit} sẽ tiếp tục đổi mới công tác thi đua, khen thưởng, kịp thời phát hiện, biểu dương và nhân rộng các điển hình tiên tiến trong CNVCLĐ.",
        "Cùng với đó, cần nâng cao chất lượng đội ngũ cán bộ công đoàn, nhất là cán bộ công đoàn cơ sở ở doanh nghiệp, đáp ứng yêu cầu nhiệm vụ trong tình hình mới.",
        "Công tác kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với người lao động sẽ được tăng cường, nhất là tại {n_few} doanh nghiệp còn nợ đọng bảo hiểm xã hội trên địa bàn {district}.",
        "{unit} đẩy mạnh chuyển đổi số, quản lý đoàn viên trên phần mềm, từng bước thực hiện thu đoàn phí công đoàn qua tài khoản ngân hàng.",
        "{unit} đặt mục tiêu có ít nhất {pct} công đoàn cơ sở hoàn thành tốt nhiệm vụ, {n_house} Mái ấm công đoàn được khởi công trong năm {nyear}.",
        "Trước mắt, các cấp công đoàn tập trung các nguồn lực chăm lo cho đoàn viên, người lao động có hoàn cảnh khó khăn, bảo đảm không ai bị bỏ lại phía sau.",
        "{unit} cũng sẽ phối hợp với chuyên môn đồng cấp tổ chức tốt phong trào {movement}, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
        "Năm {nyear}, {local} phấn đấu thành lập mới {n_few} công đoàn cơ sở, kết nạp {n_new} đoàn viên.",
        "Các cấp công đoàn phấn đấu {pct} doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao động và đối thoại định kỳ.",
        "{unit} dự kiến mở {classes} lượt cán bộ công đoàn cơ sở trong năm {nyear}.",
        "Các cấp công đoàn phấn đấu vận động xây dựng {n_house} Mái ấm công đoàn, hỗ trợ {n_visit} lượt đoàn viên khó khăn.",
    ),
    "award": _plain(
        "Nhân dịp này, Ban Chấp hành LĐLĐ tỉnh tặng Bằng khen cho {n_group} tập thể, {n_ind} cá nhân có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn năm {ryear}.",
        "Tại {event}, Tổng Liên đoàn Lao động Việt Nam đã trao Cờ thi đua xuất sắc cho {n_few} tập thể; UBND tỉnh tặng Bằng khen cho {n_group} tập thể, {n_ind} cá nhân.",
        "{local} đã khen thưởng {n_group} tập thể, {n_ind} cá nhân có thành tích tiêu biểu trong phong trào {movement}.",
        "Dịp này, {n_few} cá nhân được tặng Bằng Lao động sáng tạo, {n_ind} đoàn viên được tặng Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”.",
        "Các tập thể, cá nhân được khen thưởng là những điển hình tiêu biểu, có nhiều sáng kiến, cách làm hay, đóng góp tích cực vào phong trào thi đua của tỉnh.",
        "Dịp này, {unit} cũng trao thưởng cho {n_ind} con đoàn viên đạt thành tích cao trong học tập, mỗi suất trị giá {money_gift}.",
    ),
}

_GENERAL_ROLES: dict[str, _Bank] = {
    "context": _plain(
        "Những năm qua, {district} đã huy động nhiều nguồn lực cho phát triển kinh tế - xã hội, đời sống vật chất, tinh thần của người dân từng bước được nâng lên.",
        "{District} có {n_village} thôn, bản với trên {n_ho} hộ dân, phần lớn là đồng bào dân tộc {ethnic} sinh sống chủ yếu bằng nghề nông.",
        "Địa bàn rộng, địa hình chia cắt, giao thông đi lại khó khăn là những trở ngại lớn trong việc triển khai các chương trình, dự án tại xã {cname}.",
        "Thực hiện nghị quyết của Ban Chấp hành Đảng bộ tỉnh, UBND {tinh} đã ban hành nhiều cơ chế, chính sách đặc thù để hỗ trợ các xã vùng cao, vùng đặc biệt khó khăn.",
        "Năm {ryear}, tốc độ tăng trưởng kinh tế của {tinh} ước đạt {pct_growth}, thu nhập bình quân đầu người tiếp tục tăng so với năm trước.",
        "Theo {agency}, nguồn vốn thực hiện các chương trình mục tiêu quốc gia năm {year} trên địa bàn tỉnh đạt trên {money_invest}.",
        "Từ đầu năm đến nay, chính quyền {district} đã tập trung chỉ đạo quyết liệt, phân công cán bộ bám sát cơ sở để tháo gỡ khó khăn, vướng mắc.",
        "Sự vào cuộc đồng bộ của cả hệ thống chính trị cùng sự đồng thuận của nhân dân là yếu tố quyết định những kết quả đạt được.",
        "Bên cạnh kết quả đạt được, việc huy động nguồn lực xã hội hóa còn hạn chế, tỷ lệ hộ nghèo ở các xã vùng cao như xã {cname} vẫn ở mức cao.",
        "Giai đoạn {plan_period}, {tinh} xác định phát triển hạ tầng, nông nghiệp hàng hóa và du lịch là những khâu đột phá.",
        "Toàn huyện hiện có {n_village} thôn, bản đặc biệt khó khăn, tỷ lệ hộ nghèo còn {pct_small}.",
        "Năm {ryear}, {district} thu hút {n_few} dự án đầu tư với tổng vốn đăng ký {money_invest}.",
    ),
    "attend": _plain(
        "Dự {event} có đồng chí {official}, {official_role}; lãnh đạo các sở, ngành liên quan và lãnh đạo {district}.",
        "Tham dự {event} có đại diện lãnh đạo {agency}, Ủy ban MTTQ Việt Nam tỉnh và các phòng chuyên môn của UBND {district}.",
        "Đồng chí {official}, {official_role} chủ trì {event}; cùng dự có lãnh đạo Huyện ủy, HĐND, UBND {district}.",
        "{Event} được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới {n_few} điểm cầu ở các huyện, thị xã, thành phố.",
        "Cùng dự có đại diện các hợp tác xã, doanh nghiệp và {n_att} người dân tiêu biểu trên địa bàn {district}.",
        "Tham gia đoàn công tác có lãnh đạo {agency} và các phòng chuyên môn của UBND {district}.",
    ),
    "rural": _plain(
        "Đến nay, toàn tỉnh có {n_some} xã đạt chuẩn nông thôn mới, {n_few} xã đạt chuẩn nông thôn mới nâng cao; bình quân mỗi xã đạt {n_crit} tiêu chí.",
        "Năm {ryear}, tỷ lệ hộ nghèo trên địa bàn giảm {pct_poor} so với đầu năm, vượt kế hoạch đề ra.",
        "Đã có {n_km} km đường giao thông nông thôn được cứng hóa, {n_village} thôn, bản có đường ô tô đến trung tâm xã.",
        "Đã có {n_ho} hộ được hỗ trợ phát triển sản xuất, {n_ho} hộ được hỗ trợ xóa nhà tạm, nhà dột nát.",
        "Các địa phương đã giải quyết việc làm mới cho {jobs} lao động đi làm việc có thời hạn ở nước ngoài.",
        "Đã có {n_village} thôn, bản được công nhận đạt chuẩn nông thôn mới, {n_few} thôn đạt chuẩn thôn kiểu mẫu.",
        "Tỷ lệ hộ dân được sử dụng nước sinh hoạt hợp vệ sinh đạt {pct}, {pct} số hộ được dùng điện lưới quốc gia.",
        "Tổng vốn đầu tư thực hiện các công trình, dự án trên địa bàn đạt {money_invest}, giải ngân đạt {pct} kế hoạch.",
        "Thu nhập bình quân trên địa bàn đạt {income}, tăng {pct_growth} so với năm trước.",
    ),
    "farm": _plain(
        "Tổng diện tích {crop} của {district} hiện đạt {n_ha} ha, sản lượng năm {ryear} ước đạt {n_ton} tấn.",
        "Tỷ lệ che phủ rừng của tỉnh đạt {pct_forest}; từ đầu năm, các địa phương đã trồng mới {n_ha} ha rừng.",
        "Toàn tỉnh có {n_some} sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên, nhiều sản phẩm đã có mặt tại các siêu thị lớn.",
        "Giá trị sản xuất nông, lâm nghiệp ước đạt {money_invest}, tăng {pct_growth} so với cùng kỳ năm trước.",
        "Toàn huyện có {n_some} hợp tác xã nông nghiệp hoạt động hiệu quả, liên kết với {n_few} doanh nghiệp bao tiêu sản phẩm.",
        "Đàn gia súc, gia cầm phát triển ổn định, tổng đàn trâu, bò, lợn đạt trên {n_head} con.",
        "Diện tích {crop} được cấp mã số vùng trồng đạt {n_ha} ha, mở ra cơ hội xuất khẩu chính ngạch.",
        "Sản lượng lương thực có hạt ước đạt {n_ton} tấn, bảo đảm an ninh lương thực trên địa bàn.",
    ),
    "trade": _plain(
        "Trong {period}, {tinh} đón {n_guest} lượt khách du lịch, tổng doanh thu từ du lịch đạt {money_big}.",
        "Kim ngạch xuất nhập khẩu qua {gate} đạt {usd}, tăng {pct_growth} so với cùng kỳ năm trước.",
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt {money_invest}, bằng {pct_over} dự toán.",
        "Từ đầu năm, tỉnh đã chấp thuận chủ trương đầu tư cho {n_few} dự án với tổng vốn đăng ký {money_invest}.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt {money_invest}, tăng {pct_growth} so với cùng kỳ.",
        "Có {n_ent} doanh nghiệp được thành lập mới với tổng vốn đăng ký {money_invest}.",
        "Tỷ lệ giải ngân vốn đầu tư công đến ngày {past_date} đạt {pct} kế hoạch vốn được giao.",
        "Công suất phòng bình quân của các cơ sở lưu trú đạt {pct}, nhiều cơ sở kín phòng vào dịp cuối tuần.",
    ),
    "culture": _plain(
        "Toàn tỉnh hiện có {n_some} di tích được xếp hạng, nhiều di tích gắn với lịch sử, văn hóa của đồng bào {ethnic}.",
        "Năm {ryear}, {tinh} đón {n_guest} lượt khách du lịch, doanh thu từ du lịch đạt {money_big}.",
        "Toàn tỉnh có {n_some} đội văn nghệ quần chúng, {n_village} câu lạc bộ dân ca, dân vũ hoạt động thường xuyên.",
        "Có {pct} thôn, bản có nhà văn hóa; {pct} hộ gia đình đạt danh hiệu gia đình văn hóa.",
        "Đã có {n_few} nghệ nhân người {ethnic} được Nhà nước phong tặng danh hiệu Nghệ nhân ưu tú.",
        "Các lớp truyền dạy chữ viết, dân ca, nhạc cụ dân tộc {ethnic} đã thu hút {n_att} học viên tham gia.",
        "Trên địa bàn {district} đã hình thành {n_few} điểm du lịch cộng đồng với {n_some} cơ sở lưu trú homestay.",
        "Công suất phòng bình quân của các cơ sở lưu trú đạt {pct}, nhiều cơ sở kín phòng vào dịp cuối tuần.",
    ),
    "social": _plain(
        "Toàn huyện có {n_school} trường học đạt chuẩn quốc gia, tỷ lệ huy động trẻ trong độ tuổi đến trường đạt {pct}.",
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct}; {pct} trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã.",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt {pct}.",
        "Có {pct} thôn, bản có nhà văn hóa; {pct} hộ gia đình đạt danh hiệu gia đình văn hóa.",
        "Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {pct}, tăng so với năm học trước.",
        "Có {n_student} học sinh được hưởng chính sách hỗ trợ tiền ăn, gạo theo quy định.",
        "Đã có {pct} hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến.",
        "Các lớp xóa mù chữ, tuyên truyền pháp luật bằng tiếng dân tộc đã thu hút hàng nghìn người dân tham gia.",
    ),
    "speech": _Bank(
        (
            "Phát biểu tại {event}, đồng chí {official}, {official_role} ghi nhận những kết quả {district} đã đạt được, đồng thời chỉ ra một số tồn tại cần sớm khắc phục.",
            "Kết luận {event}, đồng chí {official}, {official_role} đề nghị các sở, ngành, địa phương tăng cường phối hợp, kịp thời tháo gỡ khó khăn, vướng mắc ngay từ cơ sở.",
            "{official_role} {official} yêu cầu chính quyền các cấp tiếp tục lắng nghe ý kiến, nguyện vọng của nhân dân để có giải pháp phù hợp, hiệu quả.",
            "Theo đồng chí {official_person}, {general_quote_lower}.",
            "Trao đổi với phóng viên, đồng chí {official_person} cho biết: “{general_quote}”.",
        ),
        (
            "“{general_quote}”, đồng chí nhấn mạnh.",
            "Đồng chí cũng lưu ý các đơn vị cần làm tốt công tác tuyên truyền, tạo sự đồng thuận của người dân trong quá trình triển khai.",
            "Đồng chí yêu cầu các địa phương đánh giá đúng thực trạng, xây dựng kế hoạch cụ thể với lộ trình, giải pháp phù hợp.",
            "Theo đồng chí, {general_quote_lower}.",
            "Đồng chí đề nghị người đứng đầu các cơ quan, đơn vị nêu cao tinh thần trách nhiệm, không né tránh, đùn đẩy.",
            "Đồng chí cũng đề nghị quan tâm hơn nữa đến đời sống của người dân ở các xã vùng sâu, vùng xa, vùng đặc biệt khó khăn.",
        ),
    ),
    "people": _Bank(
        (
            "“{villager_quote}”, {villager} phấn khởi cho biết.",
            "Chia sẻ với phóng viên, {villager} cho biết: “{villager_quote}”.",
            "Gia đình {villager} là một trong những hộ đầu tiên tham gia mô hình, mỗi năm thu về hơn {money_farm}.",
            "Như {villager}, nhờ mạnh dạn thay đổi cách làm, cuộc sống gia đình đã khấm khá hơn nhiều so với trước.",
            "Theo {villager}, điều người dân mong muốn nhất hiện nay là có thêm vốn vay ưu đãi và được hướng dẫn kỹ thuật sản xuất.",
        ),
        (
            "Không chỉ riêng gia đình này, nhiều hộ dân trong thôn đều đồng tình, ủng hộ chủ trương của địa phương.",
            "Câu chuyện ấy cũng là niềm vui chung của nhiều hộ dân ở các thôn, bản vùng cao.",
            "Những đổi thay ấy đã giúp người dân thêm tin tưởng vào chủ trương, chính sách của Đảng và Nhà nước.",
            "Theo chính quyền xã, hiện toàn xã có {n_some} hộ áp dụng cách làm tương tự, thu nhập tăng rõ rệt.",
            "Từ những cách làm hiệu quả, địa phương đang tiếp tục nhân rộng mô hình ra các thôn khác.",
            "Nhiều hộ trước đây thuộc diện nghèo nay đã có của ăn của để, con cái được học hành đầy đủ.",
        ),
    ),
    "task": _plain(
        "Thời gian tới, {district} tiếp tục huy động các nguồn lực, ưu tiên đầu tư hạ tầng thiết yếu cho các xã đặc biệt khó khăn.",
        "Năm {nyear}, tỉnh phấn đấu có thêm {n_few} xã đạt chuẩn nông thôn mới, giảm tỷ lệ hộ nghèo từ {pct_poor} trở lên ở các huyện nghèo.",
        "Các ngành chức năng sẽ tăng cường kiểm tra, giám sát, bảo đảm các công trình đúng tiến độ, chất lượng, phát huy hiệu quả.",
        "UBND tỉnh giao {agency} chủ trì, phối hợp với các địa phương hướng dẫn, đôn đốc triển khai, báo cáo kết quả trước ngày {due_date}.",
        "Cùng với đó, đẩy mạnh ứng dụng khoa học kỹ thuật, xây dựng chuỗi liên kết sản xuất, nâng cao giá trị các sản phẩm chủ lực như {crop}.",
        "{District} cũng chú trọng tuyên truyền, vận động để người dân phát huy vai trò chủ thể, tích cực tham gia vào các chương trình.",
        "{District} đặt mục tiêu đến năm {plan_end}, thu nhập bình quân đạt trên {income}.",
        "Các xã trên địa bàn {district} sẽ tiếp tục rà soát, bổ sung quy hoạch, lồng ghép hiệu quả các nguồn vốn, tránh đầu tư dàn trải, lãng phí.",
    ),
}

_UNION_LEAD_ENDS = (
    "Tham dự có {n_att} đại biểu đại diện cho đoàn viên, người lao động trên địa bàn.",
    "Hoạt động thu hút {n_att} cán bộ, đoàn viên công đoàn tham gia.",
    "Năm {ryear}, các cấp công đoàn tỉnh đã hỗ trợ {n_visit} lượt đoàn viên với tổng số tiền hơn {money_big}.",
    "{local} hiện có {n_cd_local} công đoàn cơ sở với hơn {n_dv_local} đoàn viên.",
    "Đây là một trong {n_few} hoạt động trọng tâm của tổ chức công đoàn trong năm {year}.",
)
_GENERAL_LEAD_ENDS = (
    "Tham dự có {n_att} đại biểu là lãnh đạo các sở, ngành, địa phương và người dân tiêu biểu.",
    "Đây là một trong {n_few} nhiệm vụ trọng tâm của địa phương trong năm {year}.",
    "{District} hiện có {n_village} thôn, bản với hơn {n_ho} hộ dân.",
    "Năm {ryear}, thu nhập bình quân trên địa bàn đạt {income}.",
)
_UNION_CAPTIONS = (
    "Quang cảnh {event} tại {district}.",
    "Đồng chí {chair}, {chair_role} phát biểu tại {event}.",
    "Đồng chí {official}, {official_role} phát biểu chỉ đạo.",
    "Lãnh đạo Liên đoàn Lao động tỉnh trao Bằng khen cho các tập thể xuất sắc.",
    "Các đại biểu dự {event} chụp ảnh lưu niệm.",
    "Đoàn viên, người lao động tham gia {event} tại {district}.",
    "Lãnh đạo {unit} trao quà cho đoàn viên có hoàn cảnh khó khăn.",
)
_GENERAL_CAPTIONS = (
    "Quang cảnh {event} tại {district}.",
    "Đồng chí {official}, {official_role} phát biểu tại {event}.",
    "Đoàn công tác kiểm tra thực tế tại xã {cname}.",
    "Người dân xã {cname} phấn khởi trước những đổi thay của quê hương.",
    "Một góc xã {cname}, {district} hôm nay.",
    "Các đại biểu tham quan mô hình sản xuất tại xã {cname}.",
)
# ---------------------------------------------------------------------------------------------
# Topics


class _Topic(NamedTuple):
    """One kind of story: where it is filed, when it runs, and its own phrase banks."""

    beat: str  # picks the category, see _Site.beats
    months: tuple[int, ...]  # months it is published in; empty for any month
    events: tuple[str, ...]  # what the story reports on, as a noun phrase ("hội nghị")
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    core: tuple[str, ...]  # sentences of the first body paragraph, in any order
    roles: tuple[str, ...]  # the paragraphs that may follow, in reading order (bank names)
    tags: tuple[str, ...]
    captions: tuple[str, ...]


_MEETING = ("context", "attend", "report", "report", "speech", "speech", "task", "award")
_CARE = ("context", "attend", "care", "people", "care", "speech", "people", "task")
_ACTIVITY = ("context", "attend", "report", "speech", "people", "care", "task", "award")


def _council(theme: str) -> tuple[str, ...]:
    """The paragraphs of a meeting or an inspection on general news, with statistics on `theme`."""
    return ("context", "attend", theme, theme, "speech", "speech", "task", "task")


def _field(theme: str) -> tuple[str, ...]:
    """The paragraphs of a report from the field, with statistics on `theme` and local voices."""
    return ("context", theme, "people", theme, "speech", "people", "task", "task")


_UNION_TOPICS = (
    _Topic(
        beat="tinh",
        months=(12, 1),
        events=("hội nghị",),
        titles=(
            "Hội nghị Ban Chấp hành LĐLĐ tỉnh {province} lần thứ {n_few}, nhiệm kỳ {term}",
            "Năm {ryear}, các cấp công đoàn {tinh} hỗ trợ {n_visit} lượt đoàn viên",
            "Năm {ryear}, các cấp công đoàn {tinh} kết nạp mới {n_new} đoàn viên",
            "Năm {ryear}, {n_sk} sáng kiến của CNVCLĐ {tinh} được công nhận",
            "Hội nghị Ban Chấp hành LĐLĐ tỉnh {province}: Chăm lo cho {n_visit} lượt đoàn viên",
            "Lấy sự hài lòng của đoàn viên làm thước đo hiệu quả hoạt động công đoàn",
        ),
        leads=(
            "{Daypart} {day}, Ban Chấp hành Liên đoàn Lao động {tinh} tổ chức hội nghị lần thứ {n_few}, nhiệm kỳ {term} để đánh giá kết quả hoạt động công đoàn năm {ryear}, triển khai nhiệm vụ năm {nyear}.",
            "{Daypart} {day}, LĐLĐ {tinh} tổ chức hội nghị tổng kết phong trào CNVCLĐ và hoạt động công đoàn năm {ryear}. Đồng chí {official}, {official_role} dự và chỉ đạo hội nghị.",
            "Hội nghị Ban Chấp hành Liên đoàn Lao động {tinh} diễn ra {daypart} {day} đã thống nhất chương trình công tác năm {nyear}, trọng tâm là phát triển đoàn viên và chăm lo đời sống người lao động.",
        ),
        core=(
            "Năm {ryear}, trong bối cảnh còn nhiều khó khăn, các cấp công đoàn trong tỉnh đã chủ động, linh hoạt triển khai đồng bộ các nhiệm vụ, đạt và vượt {n_few} chỉ tiêu chủ yếu.",
            "Công tác chăm lo, đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động được đặc biệt quan tâm.",
            "Hội nghị đã thảo luận, cho ý kiến vào báo cáo tổng kết, chương trình công tác năm {nyear} và phân tích nguyên nhân của những tồn tại, hạn chế.",
            "Các đại biểu tập trung đánh giá công tác phát triển đoàn viên ở khu vực ngoài Nhà nước, việc tổ chức Hội nghị người lao động và đối thoại tại nơi làm việc.",
            "Báo cáo tại hội nghị cho thấy phong trào CNVCLĐ và hoạt động công đoàn trên địa bàn tỉnh đã đạt được những kết quả quan trọng, nhiều chỉ tiêu vượt kế hoạch.",
            "Hội nghị cũng thông qua dự toán tài chính công đoàn năm {nyear} và kết quả kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam.",
            "Năm {ryear}, toàn tỉnh kết nạp mới {n_new} đoàn viên, thành lập {n_some} công đoàn cơ sở.",
        ),
        roles=_MEETING,
        tags=("Liên đoàn Lao động tỉnh", "Ban Chấp hành", "hoạt động công đoàn", "tổng kết năm"),
        captions=(
            "Quang cảnh hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh.",
            "Các đại biểu biểu quyết thông qua chương trình công tác năm {nyear}.",
        ),
    ),
    _Topic(
        beat="tinh",
        months=(6, 7),
        events=("hội nghị", "hội nghị sơ kết"),
        titles=(
            "6 tháng đầu năm {year}, {tinh} thành lập mới {n_few} công đoàn cơ sở",
            "6 tháng đầu năm {year}, công đoàn {tinh} kết nạp {n_new} đoàn viên",
            "6 tháng đầu năm {year}, công đoàn {tinh} hỗ trợ {n_visit} lượt đoàn viên",
            "Sơ kết 6 tháng, LĐLĐ tỉnh {province} đạt {pct} kế hoạch phát triển đoàn viên",
            "LĐLĐ tỉnh {province} sơ kết hoạt động công đoàn 6 tháng đầu năm {year}",
        ),
        leads=(
            "{Daypart} {day}, Liên đoàn Lao động {tinh} tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm {year}.",
            "{Daypart} {day}, Ban Thường vụ LĐLĐ {tinh} tổ chức hội nghị trực tuyến sơ kết hoạt động 6 tháng đầu năm {year}, kết nối tới LĐLĐ các huyện, thị xã, thành phố và công đoàn ngành.",
        ),
        core=(
            "6 tháng đầu năm {year}, các cấp công đoàn trong tỉnh đã bám sát chương trình công tác, nhiều chỉ tiêu đạt trên {pct} kế hoạch năm.",
            "Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động được tổ chức với nhiều hoạt động thiết thực, thu hút đông đảo đoàn viên tham gia.",
            "Các cấp công đoàn đã rà soát, lập danh sách {n_ent} doanh nghiệp có từ 25 lao động trở lên chưa thành lập công đoàn cơ sở để tập trung vận động.",
            "Hội nghị chỉ ra những hạn chế như tỷ lệ đoàn viên ở khu vực doanh nghiệp ngoài Nhà nước còn thấp, hoạt động của một số công đoàn cơ sở còn hình thức.",
            "Các đại biểu đã tập trung thảo luận, đề xuất nhiều giải pháp nhằm hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ năm {year}.",
        ),
        roles=_MEETING,
        tags=("sơ kết 6 tháng", "hoạt động công đoàn", "phát triển đoàn viên"),
        captions=("Các đại biểu dự hội nghị sơ kết tại điểm cầu {district}.",),
    ),
    _Topic(
        beat="tinh",
        months=(1, 2, 3),
        events=("lễ phát động", "hội nghị phát động"),
        titles=(
            "Phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” năm {year}",
            "LĐLĐ tỉnh {province} phát động thi đua “Lao động giỏi, Lao động sáng tạo” năm {year}",
            "{n_some} công đoàn cấp trên cơ sở ký giao ước thi đua năm {year}",
            "{n_dv} CNVCLĐ {dname} hưởng ứng phong trào “Lao động giỏi, Lao động sáng tạo”",
            "{n_some} tập thể ở {dname} ký giao ước thi đua năm {year}",
            "Năm {year}, CNVCLĐ {tinh} phấn đấu có {n_sk} sáng kiến",
        ),
        leads=(
            "{Daypart} {day}, UBND tỉnh và Liên đoàn Lao động {tinh} tổ chức lễ phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” trong công nhân, viên chức, lao động trên địa bàn tỉnh năm {year}.",
            "Nhằm tạo khí thế thi đua sôi nổi ngay từ đầu năm, {daypart} {day}, {unit} đã phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” tới toàn thể CNVCLĐ.",
            "UBND {tinh} vừa phát động phong trào thi đua “Lao động giỏi, Lao động sáng tạo” năm {year} với mục tiêu năng suất, chất lượng, hiệu quả, bảo đảm an toàn, vệ sinh lao động.",
        ),
        core=(
            "Phong trào hướng tới mục tiêu “năng suất, chất lượng, hiệu quả, bảo đảm an toàn, vệ sinh lao động”, phấn đấu hoàn thành vượt mức các chỉ tiêu của từng đơn vị.",
            "Các cấp, các ngành, chủ doanh nghiệp cần đẩy mạnh tuyên truyền để CNVCLĐ hiểu rõ vai trò, ý nghĩa của phong trào đối với sự phát triển của cơ quan, đơn vị.",
            "Vận động CNVCLĐ tích cực học tập nâng cao trình độ chuyên môn, tay nghề, phát huy sáng kiến cải tiến kỹ thuật, giải pháp hợp lý hóa sản xuất.",
            "Phong trào được gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, thực hành tiết kiệm, chống lãng phí.",
            "Ngay tại lễ phát động, {n_some} tập thể đã ký giao ước thi đua, cam kết hoàn thành xuất sắc nhiệm vụ năm {year}.",
            "Nội dung phong trào bám sát nhiệm vụ chính trị của từng đơn vị, có kế hoạch theo dõi, đôn đốc, sơ kết, tổng kết và kịp thời biểu dương, khen thưởng.",
            "Năm {ryear}, toàn tỉnh có {n_sk} sáng kiến được công nhận, làm lợi trên {money_big}.",
            "Phong trào năm nay đặt mục tiêu mỗi công đoàn cơ sở có ít nhất {n_few} sáng kiến được áp dụng.",
        ),
        roles=_MEETING,
        tags=("Lao động giỏi, Lao động sáng tạo", "phong trào thi đua", "CNVCLĐ"),
        captions=(
            "Đại diện các đơn vị ký giao ước thi đua năm {year}.",
            "Các đại biểu dự lễ phát động phong trào thi đua.",
        ),
    ),
    _Topic(
        beat="huyen",
        months=(4, 5),
        events=("lễ phát động Tháng Công nhân", "chương trình Tháng Công nhân"),
        titles=(
            "Khai mạc Tháng Công nhân năm {year} tại {district}",
            "Tháng Công nhân năm {year}: Trao {n_gift} suất quà cho đoàn viên {dname}",
            "{local} phát động Tháng Công nhân năm {year}",
            "Tháng Công nhân ở {dname}: {n_gift} đoàn viên được thăm hỏi, tặng quà",
            "Lãnh đạo tỉnh thăm, tặng quà {n_gift} công nhân, lao động tại {district}",
            "Tháng Công nhân năm {year}: {n_ent} doanh nghiệp ở {dname} tổ chức đối thoại",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức lễ phát động Tháng Công nhân năm {year}, trao quà cho đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn {district}.",
            "Hưởng ứng Tháng Công nhân năm {year}, {daypart} {day}, {unit} đã tổ chức chương trình thăm hỏi, tặng quà đoàn viên, người lao động có hoàn cảnh khó khăn tại {district}.",
        ),
        core=(
            "Tháng Công nhân năm {year} được tổ chức với nhiều hoạt động thiết thực, hướng về cơ sở, quan tâm đến đời sống vật chất, tinh thần của đoàn viên, người lao động.",
            "Trong khuôn khổ chương trình, {unit} đã trao {n_gift} suất quà cho công nhân, lao động có hoàn cảnh khó khăn, mỗi suất trị giá {money_gift}.",
            "Các cấp công đoàn tổ chức đối thoại giữa lãnh đạo địa phương với công nhân lao động, giải đáp nhiều kiến nghị về tiền lương, nhà ở, nhà trẻ.",
            "Nhiều doanh nghiệp đã phối hợp với công đoàn cơ sở tổ chức khám sức khỏe định kỳ, bữa cơm công đoàn, giải thể thao cho công nhân.",
            "Đây là dịp để các cấp công đoàn lắng nghe tâm tư, nguyện vọng của người lao động, kịp thời kiến nghị giải quyết những vấn đề bức xúc.",
            "Tháng Công nhân năm nay, {n_ent} doanh nghiệp trên địa bàn đã tổ chức đối thoại với người lao động.",
            "Chương trình “Phúc lợi cho đoàn viên công đoàn” được giới thiệu rộng rãi, giúp đoàn viên được mua hàng hóa, sử dụng dịch vụ với giá ưu đãi.",
        ),
        roles=_CARE,
        tags=("Tháng Công nhân", "chăm lo đoàn viên", "công nhân lao động"),
        captions=(
            "Lãnh đạo {unit} tặng quà công nhân nhân Tháng Công nhân năm {year}.",
            "Bữa cơm công đoàn ấm áp tại {company}.",
        ),
    ),
    _Topic(
        beat="phapluat",
        months=(4, 5, 6),
        events=("lễ phát động", "buổi tập huấn", "đợt kiểm tra"),
        titles=(
            "Phát động Tháng hành động về an toàn, vệ sinh lao động năm {year} tại {dname}",
            "Tập huấn an toàn, vệ sinh lao động cho {n_att} đoàn viên tại {district}",
            "Kiểm tra an toàn, vệ sinh lao động tại {n_few} doanh nghiệp ở {dname}",
            "Năm {ryear}, {tinh} xảy ra {n_few} vụ tai nạn lao động",
            "{n_ent} doanh nghiệp ở {dname} hưởng ứng Tháng hành động về an toàn, vệ sinh lao động",
            "Trang bị kỹ năng sơ cứu cho {n_att} an toàn, vệ sinh viên ở {dname}",
        ),
        leads=(
            "{Daypart} {day}, {unit} phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lễ phát động Tháng hành động về an toàn, vệ sinh lao động năm {year}.",
            "Nhằm nâng cao nhận thức, trách nhiệm của người sử dụng lao động và người lao động trong phòng ngừa tai nạn lao động, {daypart} {day}, {unit} đã tổ chức tập huấn công tác an toàn, vệ sinh lao động.",
        ),
        core=(
            "Tháng hành động năm nay tập trung vào việc cải thiện điều kiện làm việc, phòng ngừa các yếu tố nguy hiểm, có hại tại nơi làm việc.",
            "Năm {ryear}, trên địa bàn tỉnh xảy ra {n_few} vụ tai nạn lao động, nguyên nhân chủ yếu do người lao động chưa tuân thủ quy trình làm việc an toàn.",
            "Học viên được phổ biến Luật An toàn, vệ sinh lao động, kỹ năng nhận diện nguy cơ, sơ cứu, cấp cứu người bị nạn và xử lý sự cố tại chỗ.",
            "Đoàn kiểm tra liên ngành đã kiểm tra việc trang bị phương tiện bảo vệ cá nhân, huấn luyện an toàn và khám sức khỏe định kỳ cho người lao động.",
            "Mạng lưới an toàn, vệ sinh viên tại {n_cd_local} công đoàn cơ sở được củng cố, phát huy vai trò phát hiện, cảnh báo nguy cơ mất an toàn.",
            "Hưởng ứng phong trào “Xanh - sạch - đẹp, bảo đảm an toàn, vệ sinh lao động”, nhiều doanh nghiệp đã đầu tư {money_mid} cải thiện điều kiện làm việc.",
        ),
        roles=_ACTIVITY,
        tags=("ATVSLĐ", "an toàn, vệ sinh lao động", "tai nạn lao động"),
        captions=(
            "Học viên thực hành sơ cứu người bị nạn tại buổi tập huấn.",
            "Đoàn kiểm tra an toàn, vệ sinh lao động tại {company}.",
        ),
    ),
    _Topic(
        beat="huyen",
        months=(12, 1, 2),
        events=("chương trình Tết Sum vầy", "chương trình", "buổi trao quà Tết"),
        titles=(
            "Tết Sum vầy Xuân {lunar} {tet}: Trao {n_gift} suất quà cho đoàn viên khó khăn",
            "{local} tổ chức Tết Sum vầy cho công nhân, lao động năm {tet}",
            "{local} trao {n_gift} suất quà Tết {lunar} cho đoàn viên khó khăn",
            "Mang Tết ấm đến với đoàn viên, người lao động {dname} dịp Xuân {lunar}",
            "Chợ Tết Công đoàn năm {tet} tại {district} phục vụ {n_gift} đoàn viên",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức chương trình “Tết Sum vầy” Xuân {lunar} {tet} tại {district}, trao quà cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
            "Với mong muốn mọi đoàn viên đều có Tết, {daypart} {day}, {unit} đã tổ chức thăm hỏi, tặng quà cho {n_gift} đoàn viên, người lao động trên địa bàn {district}.",
            "Chương trình “Tết Sum vầy” Xuân {lunar} diễn ra {daypart} {day} tại {district} mang đến không khí ấm áp, vui tươi cho hàng trăm công nhân, lao động.",
        ),
        core=(
            "Tại chương trình, ban tổ chức đã trao {n_gift} suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất trị giá {money_gift}.",
            "Chương trình còn có nhiều hoạt động vui xuân như gói bánh chưng, văn nghệ, trò chơi dân gian và Chợ Tết Công đoàn với các gian hàng 0 đồng.",
            "Năm nay, tổng kinh phí chăm lo Tết của các cấp công đoàn trong tỉnh dự kiến trên {money_big}, tăng so với năm trước.",
            "Các tiết mục văn nghệ đặc sắc do chính đoàn viên công đoàn biểu diễn đã mang đến không khí đầm ấm, vui tươi.",
            "Những món quà thiết thực là nguồn động viên để đoàn viên, người lao động có thêm điều kiện đón Tết cổ truyền đầm ấm bên gia đình.",
            "Các cấp công đoàn đã rà soát, nắm chắc tình hình việc làm, tiền lương, thưởng Tết của người lao động tại {n_ent} doanh nghiệp.",
        ),
        roles=_CARE,
        tags=("Tết Sum vầy", "chăm lo Tết", "đoàn viên khó khăn"),
        captions=(
            "Đoàn viên, người lao động gói bánh chưng tại chương trình Tết Sum vầy.",
            "Tiết mục văn nghệ chào Xuân {lunar} do đoàn viên công đoàn biểu diễn.",
            "Lãnh đạo {unit} trao quà Tết cho đoàn viên có hoàn cảnh khó khăn.",
        ),
    ),
    _Topic(
        beat="huyen",
        months=(),
        events=("lễ bàn giao Mái ấm công đoàn", "buổi trao nhà"),
        titles=(
            "Bàn giao Mái ấm công đoàn cho đoàn viên khó khăn ở xã {cname}",
            "Mái ấm công đoàn trị giá {money_mid} về với đoàn viên xã {cname}",
            "{local} trao Mái ấm công đoàn thứ {n_some} cho đoàn viên năm {year}",
            "Niềm vui nhà mới của đoàn viên công đoàn ở xã {cname} ({dname})",
            "Hỗ trợ {money_house} xây Mái ấm công đoàn cho đoàn viên ở {dname}",
            "Năm {year}, {dname} có thêm {n_few} Mái ấm công đoàn",
            "{n_house} đoàn viên ở {dname} được hỗ trợ xây Mái ấm công đoàn năm {year}",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức bàn giao Mái ấm công đoàn cho gia đình {worker} có hoàn cảnh đặc biệt khó khăn về nhà ở.",
            "Từ nguồn Quỹ Xã hội công đoàn, {unit} vừa hỗ trợ {money_house} để {worker} xây dựng Mái ấm công đoàn, giúp gia đình ổn định cuộc sống.",
        ),
        core=(
            "Ngôi nhà được xây dựng kiên cố với diện tích gần {n_some} m², trong đó công đoàn hỗ trợ {money_house}, phần còn lại do gia đình và người thân đóng góp.",
            "Trước đây, gia đình đoàn viên phải sống trong căn nhà tạm bợ, xuống cấp nghiêm trọng, mỗi mùa mưa bão đều nơm nớp lo âu.",
            "Chương trình Mái ấm công đoàn thể hiện sự quan tâm, chia sẻ của tổ chức công đoàn với đoàn viên có hoàn cảnh khó khăn về nhà ở.",
            "Để có ngôi nhà mới, công đoàn cơ sở đã vận động đoàn viên góp ngày công, hỗ trợ vật liệu, giúp gia đình hoàn thành công trình đúng tiến độ.",
            "Từ năm {prev5}, các cấp công đoàn {tinh} đã hỗ trợ xây mới, sửa chữa {n_some} Mái ấm công đoàn với tổng số tiền trên {money_fund}.",
            "Niềm vui của gia đình đoàn viên trong ngày nhận nhà mới cũng là niềm vui chung của tập thể cán bộ, đoàn viên công đoàn cơ sở.",
            "Gia đình đoàn viên ở xã {cname} có {n_few} nhân khẩu, thu nhập chủ yếu từ đồng lương ít ỏi.",
        ),
        roles=_CARE,
        tags=("Mái ấm công đoàn", "Quỹ Xã hội công đoàn", "nhà ở"),
        captions=(
            "Lãnh đạo {unit} trao quyết định hỗ trợ xây Mái ấm công đoàn.",
            "Ngôi nhà mới của gia đình đoàn viên ở xã {cname}.",
        ),
    ),
    _Topic(
        beat="phapluat",
        months=(),
        events=("hội nghị đối thoại", "buổi ký kết thỏa ước", "hội nghị"),
        titles=(
            "Ký kết thỏa ước lao động tập thể tại {n_few} doanh nghiệp ở {dname}",
            "Năm {year}, {n_tu} thỏa ước lao động tập thể được ký kết tại {tinh}",
            "Đối thoại tại {n_ent} doanh nghiệp ở {dname}: Giải quyết {n_opinion} kiến nghị",
            "Thương lượng tập thể: Tăng phúc lợi cho người lao động ở {dname} năm {year}",
            "{n_tu} doanh nghiệp ở {dname} ký thỏa ước lao động tập thể",
        ),
        leads=(
            "{Daypart} {day}, {unit} phối hợp với {company} tổ chức đối thoại và ký kết thỏa ước lao động tập thể, thu hút {n_att} đoàn viên, người lao động tham gia.",
            "Thương lượng, ký kết thỏa ước lao động tập thể đang được các cấp công đoàn {tinh} xác định là giải pháp quan trọng để xây dựng quan hệ lao động hài hòa, ổn định.",
        ),
        core=(
            "Tại buổi đối thoại, người lao động đã nêu {n_opinion} ý kiến liên quan đến tiền lương, phụ cấp, chế độ nghỉ phép, bữa ăn giữa ca và điều kiện làm việc.",
            "Thỏa ước mới có nhiều điều khoản có lợi hơn cho người lao động như hỗ trợ tiền nhà trọ, tiền xăng xe, quà sinh nhật và thưởng lễ, Tết.",
            "Lãnh đạo doanh nghiệp đã trả lời trực tiếp các kiến nghị, cam kết nâng mức hỗ trợ tiền ăn giữa ca lên {money_gift} mỗi tháng từ ngày {due_date}.",
            "Trước khi thương lượng, công đoàn cơ sở đã lấy ý kiến của {pct} người lao động về các nội dung đưa vào thỏa ước.",
            "Cán bộ công đoàn được tập huấn kỹ năng thương lượng, thu thập thông tin, phân tích tình hình tài chính của doanh nghiệp trước khi bước vào thương lượng.",
            "Nhờ đối thoại thường xuyên, nhiều vướng mắc giữa người lao động và doanh nghiệp đã được giải quyết ngay từ cơ sở, không để xảy ra tranh chấp.",
        ),
        roles=_ACTIVITY,
        tags=("thương lượng tập thể", "thỏa ước lao động tập thể", "đối thoại"),
        captions=(
            "Đại diện công đoàn cơ sở và lãnh đạo doanh nghiệp ký kết thỏa ước.",
            "Người lao động nêu ý kiến tại hội nghị đối thoại.",
        ),
    ),
    _Topic(
        beat="huyen",
        months=(),
        events=("lễ ra mắt công đoàn cơ sở", "lễ kết nạp đoàn viên", "hội nghị"),
        titles=(
            "Ra mắt công đoàn cơ sở {company}",
            "{local} kết nạp {n_new} đoàn viên công đoàn năm {year}",
            "Thành lập mới {n_few} công đoàn cơ sở tại {district}",
            "Phát triển đoàn viên khu vực ngoài Nhà nước ở {dname}: Còn nhiều khó khăn",
            "{dname}: Kết nạp {n_some} đoàn viên tại các doanh nghiệp ngoài Nhà nước",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức lễ công bố quyết định thành lập công đoàn cơ sở và kết nạp {n_some} đoàn viên tại {company}.",
            "Xác định phát triển đoàn viên là nhiệm vụ trọng tâm, thời gian qua {unit} đã tích cực tuyên truyền, vận động người lao động ở khu vực ngoài Nhà nước gia nhập tổ chức công đoàn.",
        ),
        core=(
            "Công đoàn cơ sở mới thành lập có {n_some} đoàn viên; Ban Chấp hành lâm thời gồm {n_few} đồng chí, do đồng chí {name_m} làm Chủ tịch.",
            "Cán bộ công đoàn đã trực tiếp đến từng doanh nghiệp, gặp gỡ chủ doanh nghiệp và người lao động để tuyên truyền về quyền lợi khi gia nhập công đoàn.",
            "Gia nhập tổ chức công đoàn, người lao động được tư vấn pháp luật miễn phí, được đại diện bảo vệ quyền lợi và hưởng nhiều chương trình phúc lợi.",
            "Nhiều doanh nghiệp nhỏ, lao động thời vụ, thường xuyên biến động nên việc vận động thành lập công đoàn cơ sở còn gặp không ít khó khăn.",
            "Từ đầu năm đến nay, {local} đã thành lập mới {n_few} công đoàn cơ sở, kết nạp {n_new} đoàn viên, đạt {pct_over} chỉ tiêu được giao.",
            "Lễ ra mắt là dấu mốc quan trọng, giúp người lao động tại doanh nghiệp có tổ chức đại diện hợp pháp của mình.",
        ),
        roles=_ACTIVITY,
        tags=("phát triển đoàn viên", "công đoàn cơ sở", "doanh nghiệp ngoài Nhà nước"),
        captions=(
            "Ban Chấp hành lâm thời công đoàn cơ sở ra mắt.",
            "Trao quyết định kết nạp đoàn viên tại {company}.",
        ),
    ),
    _Topic(
        beat="nganh",
        months=(),
        events=("đại hội",),
        titles=(
            "Đại hội {unit} tỉnh {province} lần thứ {n_roman}, nhiệm kỳ {term}",
            "{unit} đại hội lần thứ {n_roman}, nhiệm kỳ {term}",
            "Đại hội {unit}: Phấn đấu kết nạp {n_new} đoàn viên mới",
            "Bầu {n_bch} đồng chí vào Ban Chấp hành {unit} nhiệm kỳ {term}",
            "{n_att} đại biểu dự Đại hội {unit} nhiệm kỳ {term}",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức đại hội đại biểu lần thứ {n_roman}, nhiệm kỳ {term} với sự tham dự của {n_att} đại biểu đại diện cho {n_dv} đoàn viên.",
            "Đại hội diễn ra {daypart} {day} đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, đề ra mục tiêu, nhiệm vụ, giải pháp cho nhiệm kỳ {term}.",
        ),
        core=(
            "Nhiệm kỳ qua, {unit} đã lãnh đạo các công đoàn cơ sở hoàn thành và vượt {n_few} chỉ tiêu nghị quyết đại hội đề ra.",
            "Đại hội đã bầu Ban Chấp hành nhiệm kỳ {term} gồm {n_bch} đồng chí; đồng chí {name_m} được bầu giữ chức Chủ tịch.",
            "Đại hội cũng bầu đoàn đại biểu đi dự đại hội công đoàn cấp trên gồm {n_few} đồng chí chính thức.",
            "Nhiệm kỳ {term}, đại hội đề ra mục tiêu phát triển mới {n_new} đoàn viên, {pct} công đoàn cơ sở hoàn thành tốt nhiệm vụ trở lên.",
            "Các đại biểu đã thảo luận, đóng góp ý kiến vào dự thảo văn kiện, tập trung vào giải pháp nâng cao chất lượng hoạt động của công đoàn cơ sở.",
            "Đại hội được tổ chức trang trọng, đúng quy trình, bảo đảm nguyên tắc tập trung dân chủ theo Điều lệ Công đoàn Việt Nam.",
        ),
        roles=_MEETING,
        tags=("đại hội công đoàn", "nhiệm kỳ {term}", "Ban Chấp hành"),
        captions=(
            "Ban Chấp hành nhiệm kỳ {term} ra mắt đại hội.",
            "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
        ),
    ),
    _Topic(
        beat="huyen",
        months=(),
        events=("lớp tập huấn", "lớp bồi dưỡng nghiệp vụ"),
        titles=(
            "Tập huấn nghiệp vụ cho {n_att} cán bộ công đoàn cơ sở tại {district}",
            "Năm {year}, {local} mở lớp tập huấn nghiệp vụ công tác công đoàn",
            "{n_att} cán bộ công đoàn {dname} được bồi dưỡng kỹ năng đối thoại, thương lượng",
            "Năm {year}, {n_visit} lượt cán bộ công đoàn {tinh} được tập huấn nghiệp vụ",
            "Khai giảng lớp tập huấn nghiệp vụ công đoàn cho {n_att} học viên ở {dname}",
        ),
        leads=(
            "{Daypart} {day}, {unit} khai giảng lớp tập huấn nghiệp vụ công tác công đoàn năm {year} cho {n_att} học viên là chủ tịch, phó chủ tịch, ủy viên ban chấp hành công đoàn cơ sở.",
            "Nhằm nâng cao kiến thức, kỹ năng cho đội ngũ cán bộ công đoàn, trong {n_few} ngày từ {day}, {unit} đã tổ chức lớp bồi dưỡng nghiệp vụ tại {district}.",
        ),
        core=(
            "Học viên được truyền đạt các chuyên đề về Luật Công đoàn, Bộ luật Lao động, tài chính công đoàn, kỹ năng tổ chức đối thoại và thương lượng tập thể.",
            "Lớp học được thiết kế theo hướng tăng cường trao đổi, thảo luận nhóm, giải quyết tình huống thực tế tại cơ sở.",
            "Giảng viên là lãnh đạo các ban của Liên đoàn Lao động tỉnh, giàu kinh nghiệm thực tiễn trong hoạt động công đoàn.",
            "Nhiều cán bộ công đoàn cơ sở là kiêm nhiệm, mới được bầu nên còn lúng túng trong việc xây dựng kế hoạch, tổ chức hoạt động.",
            "Kết thúc lớp tập huấn, {pct} học viên đạt yêu cầu bài kiểm tra, được cấp giấy chứng nhận.",
            "Từ đầu năm, {unit} đã mở {classes} lượt cán bộ công đoàn cơ sở.",
        ),
        roles=_ACTIVITY,
        tags=("tập huấn", "cán bộ công đoàn", "nghiệp vụ công đoàn"),
        captions=("Học viên thảo luận nhóm tại lớp tập huấn.",),
    ),
    _Topic(
        beat="huyen",
        months=(),
        events=("hội thao", "giải bóng đá"),
        titles=(
            "Sôi nổi hội thao CNVCLĐ {district} năm {year}",
            "{n_att} vận động viên tham gia hội thao CNVCLĐ {dname} năm {year}",
            "{n_some} đội tham gia giải bóng đá CNVCLĐ {dname} năm {year}",
            "Khai mạc giải bóng đá CNVCLĐ {district} năm {year}",
            "{n_few} môn thi đấu, {n_att} vận động viên tại hội thao CNVCLĐ {dname}",
        ),
        leads=(
            "{Daypart} {day}, {unit} khai mạc hội thao CNVCLĐ năm {year} với sự tham gia của {n_att} vận động viên đến từ {n_some} công đoàn cơ sở.",
            "{Daypart} {day}, {unit} tổ chức giải bóng đá CNVCLĐ năm {year} với sự tham gia của {n_some} đội bóng đến từ các cơ quan, đơn vị, doanh nghiệp.",
        ),
        core=(
            "Các vận động viên thi đấu ở các môn bóng đá, bóng chuyền, cầu lông, kéo co, đẩy gậy và ném còn.",
            "Ban tổ chức đã trao {n_few} giải nhất, {n_few} giải nhì và nhiều giải phụ cho các tập thể, cá nhân xuất sắc.",
            "Hội thao là dịp để đoàn viên giao lưu, học hỏi, tăng cường đoàn kết, rèn luyện sức khỏe, góp phần hoàn thành tốt nhiệm vụ.",
            "Dù thời tiết không thuận lợi, các đội vẫn thi đấu nhiệt tình, trung thực, cao thượng, mang đến những trận đấu hấp dẫn.",
            "Hoạt động văn hóa, thể thao trong CNVCLĐ được duy trì thường xuyên, góp phần xây dựng đời sống tinh thần phong phú ở cơ sở.",
            "Giải đấu có {n_some} đội với gần {n_att} vận động viên tham gia tranh tài trong {n_few} ngày.",
        ),
        roles=_ACTIVITY,
        tags=("hội thao", "thể thao", "CNVCLĐ"),
        captions=(
            "Một pha tranh bóng trong trận đấu tại hội thao.",
            "Các vận động viên thi kéo co tại hội thao CNVCLĐ {dname}.",
        ),
    ),
    _Topic(
        beat="huyen",
        months=(),
        events=("hội diễn văn nghệ", "liên hoan văn nghệ"),
        titles=(
            "Hội diễn văn nghệ quần chúng CNVCLĐ {district} năm {year}",
            "{n_some} tiết mục tham gia hội diễn văn nghệ CNVCLĐ {dname}",
            "Đặc sắc liên hoan văn nghệ CNVCLĐ {dname} năm {year}",
            "{n_att} diễn viên quần chúng tham gia hội diễn văn nghệ CNVCLĐ {dname}",
            "{n_some} tiết mục, {n_att} diễn viên tham gia liên hoan văn nghệ ở {dname}",
        ),
        leads=(
            "Chào mừng ngày thành lập Công đoàn Việt Nam, {daypart} {day}, {unit} tổ chức hội diễn văn nghệ quần chúng thu hút đông đảo đoàn viên tham gia.",
            "{Daypart} {day}, {unit} tổ chức liên hoan văn nghệ CNVCLĐ năm {year} với {n_some} tiết mục đặc sắc của {n_few} đội văn nghệ.",
        ),
        core=(
            "Các tiết mục văn nghệ mang đậm bản sắc văn hóa dân tộc {ethnic}, ca ngợi quê hương, đất nước, tình yêu lao động.",
            "Hội diễn quy tụ {n_some} tiết mục đến từ các công đoàn cơ sở, thu hút hàng trăm khán giả.",
            "Nhiều tiết mục múa khèn, múa xòe, hát then được các đội dàn dựng công phu, để lại ấn tượng với khán giả.",
            "Ban tổ chức đã trao {n_few} giải A, {n_few} giải B và nhiều giải khuyến khích cho các tiết mục xuất sắc.",
            "Hội diễn là dịp để đoàn viên giao lưu, học hỏi, tăng cường đoàn kết, giữ gìn bản sắc văn hóa các dân tộc.",
            "Hoạt động văn hóa, văn nghệ trong CNVCLĐ được duy trì thường xuyên, góp phần xây dựng đời sống tinh thần phong phú ở cơ sở.",
        ),
        roles=_ACTIVITY,
        tags=("hội diễn văn nghệ", "văn hóa", "CNVCLĐ"),
        captions=(
            "Tiết mục múa dân tộc {ethnic} tại hội diễn.",
            "Đội văn nghệ LĐLĐ {district} biểu diễn tại liên hoan.",
        ),
    ),
    _Topic(
        beat="phapluat",
        months=(),
        events=("hội nghị tuyên truyền pháp luật", "buổi tư vấn pháp luật"),
        titles=(
            "Tuyên truyền Bộ luật Lao động cho {n_att} đoàn viên tại {district}",
            "Tư vấn pháp luật miễn phí cho công nhân các doanh nghiệp ở {dname}",
            "Đưa pháp luật đến gần hơn với người lao động ở {dname}",
            "Tư vấn pháp luật cho {n_visit} lượt người lao động ở {dname} năm {year}",
            "Năm {ryear}, công đoàn {tinh} tuyên truyền pháp luật cho {n_visit} lượt đoàn viên",
            "Giải đáp chính sách bảo hiểm xã hội cho đoàn viên, người lao động {dname}",
        ),
        leads=(
            "{Daypart} {day}, {unit} phối hợp với Bảo hiểm xã hội tỉnh tổ chức hội nghị tuyên truyền chính sách, pháp luật cho {n_att} đoàn viên, người lao động.",
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, {unit} đã tổ chức nhiều hoạt động tuyên truyền, tư vấn pháp luật cho đoàn viên tại {district}.",
        ),
        core=(
            "Báo cáo viên đã phổ biến những nội dung cơ bản của Bộ luật Lao động, Luật Công đoàn, Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động.",
            "Nhiều câu hỏi của người lao động về hợp đồng lao động, chế độ thai sản, ốm đau, hưu trí đã được giải đáp cụ thể, dễ hiểu.",
            "Văn phòng Tư vấn pháp luật của LĐLĐ tỉnh đã tư vấn cho {n_some} lượt người lao động, tham gia bảo vệ quyền lợi cho {n_few} trường hợp tại tòa án.",
            "Hình thức tuyên truyền được đổi mới như sân khấu hóa, thi tìm hiểu pháp luật trực tuyến, chia sẻ thông tin qua mạng xã hội.",
            "Việc tuyên truyền pháp luật giúp người lao động nâng cao ý thức chấp hành, biết cách tự bảo vệ quyền lợi chính đáng của mình.",
            "Cuộc thi tìm hiểu pháp luật trực tuyến do {unit} tổ chức đã thu hút {n_visit} lượt người dự thi.",
            "Riêng năm {ryear}, {unit} đã tổ chức {sessions} đoàn viên, người lao động tham gia.",
        ),
        roles=_ACTIVITY,
        tags=("tuyên truyền pháp luật", "Bộ luật Lao động", "bảo hiểm xã hội"),
        captions=("Báo cáo viên giải đáp thắc mắc của người lao động.",),
    ),
    _Topic(
        beat="tinh",
        months=(),
        events=("hội nghị điển hình tiên tiến", "hội nghị biểu dương"),
        titles=(
            "Hội nghị điển hình tiên tiến trong CNVCLĐ tỉnh {province} lần thứ {n_roman}",
            "Biểu dương {n_ind} điển hình tiên tiến trong CNVCLĐ {tinh} năm {year}",
            "{n_ind} tập thể, cá nhân ở {dname} được tôn vinh điển hình tiên tiến",
            "Hội nghị điển hình tiên tiến CNVCLĐ {dname} giai đoạn {prev5} - {year}",
            "Gương sáng trong phong trào “Lao động giỏi, Lao động sáng tạo” ở {dname}",
            "Tôn vinh {n_ind} CNVCLĐ tiêu biểu của {local} năm {year}",
            "{local} biểu dương {n_ind} điển hình tiên tiến giai đoạn {prev5} - {year}",
        ),
        leads=(
            "{Daypart} {day}, Liên đoàn Lao động {tinh} tổ chức hội nghị điển hình tiên tiến trong CNVCLĐ, biểu dương {n_ind} tập thể, cá nhân có thành tích xuất sắc.",
            "Hội nghị điển hình tiên tiến do {unit} tổ chức {daypart} {day} là dịp tôn vinh những tập thể, cá nhân tiêu biểu trong phong trào thi đua yêu nước.",
        ),
        core=(
            "Các điển hình được biểu dương là những tấm gương tiêu biểu, có nhiều sáng kiến, cải tiến kỹ thuật, nâng cao năng suất, chất lượng, hiệu quả công việc.",
            "Phong trào thi đua trong CNVCLĐ được triển khai sâu rộng, xuất hiện nhiều mô hình mới, nhân tố mới, có sức lan tỏa.",
            "Tiêu biểu như {worker}, với {n_few} sáng kiến được áp dụng, làm lợi cho đơn vị hàng trăm triệu đồng mỗi năm.",
            "Trong {n_few} năm qua, đã có trên {n_sk} sáng kiến được áp dụng; hằng năm trên {pct} cán bộ, công chức, viên chức hoàn thành tốt nhiệm vụ trở lên.",
            "Tại hội nghị, nhiều điển hình đã chia sẻ kinh nghiệm, cách làm hay trong lao động sản xuất, công tác và tham gia hoạt động công đoàn.",
        ),
        roles=_MEETING,
        tags=("điển hình tiên tiến", "phong trào thi đua", "khen thưởng"),
        captions=("Các điển hình tiên tiến nhận Bằng khen tại hội nghị.",),
    ),
    _Topic(
        beat="tinh",
        months=(),
        events=("hội nghị", "đợt kiểm tra"),
        titles=(
            "Ủy ban Kiểm tra LĐLĐ tỉnh {province} kiểm tra tài chính công đoàn tại {dname}",
            "Kiểm tra việc chấp hành Điều lệ Công đoàn tại {n_some} công đoàn cơ sở",
            "Công tác kiểm tra của công đoàn {tinh} năm {year}: Nhiều chuyển biến",
            "Kiểm tra tài chính công đoàn tại {n_some} đơn vị ở {dname} năm {year}",
            "Ủy ban Kiểm tra công đoàn {dname} kiến nghị thu hồi {money_mid}",
        ),
        leads=(
            "{Daypart} {day}, Ủy ban Kiểm tra Liên đoàn Lao động {tinh} tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm {ryear}, triển khai nhiệm vụ năm {nyear}.",
            "Thực hiện chương trình kiểm tra năm {year}, từ ngày {day}, đoàn kiểm tra của {unit} đã kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại {district}.",
        ),
        core=(
            "Năm qua, Ủy ban Kiểm tra công đoàn các cấp đã kiểm tra {n_some} công đoàn cơ sở về chấp hành Điều lệ và {n_some} đơn vị về quản lý tài chính, tài sản công đoàn.",
            "Qua kiểm tra, một số đơn vị còn chậm nộp kinh phí, đoàn phí công đoàn, chứng từ thanh toán chưa đầy đủ theo quy định.",
            "Đoàn kiểm tra đã kiến nghị thu hồi, nộp về công đoàn cấp trên số tiền trên {money_mid} do chi sai quy định.",
            "Công tác giải quyết đơn thư khiếu nại, tố cáo được thực hiện đúng quy trình, không để xảy ra điểm nóng.",
            "Ủy ban Kiểm tra các cấp đã chủ động hướng dẫn, giúp công đoàn cơ sở khắc phục tồn tại, hạn chế sau kiểm tra.",
        ),
        roles=_MEETING,
        tags=("Ủy ban Kiểm tra", "tài chính công đoàn", "kiểm tra, giám sát"),
        captions=("Đoàn kiểm tra làm việc tại công đoàn cơ sở.",),
    ),
    _Topic(
        beat="huyen",
        months=(3, 10),
        events=("buổi tọa đàm", "chương trình", "hội thi"),
        titles=(
            "Tọa đàm kỷ niệm ngày {women_day} tại {local}",
            "{n_ind} nữ đoàn viên {dname} được biểu dương nhân ngày {women_day}",
            "Năm {year}, {pct} nữ CNVCLĐ {dname} đạt danh hiệu “Giỏi việc nước, đảm việc nhà”",
            "Trao {n_gift} suất quà cho nữ đoàn viên khó khăn ở {dname}",
            "Hội thi “Nữ cán bộ công đoàn duyên dáng” năm {year} tại {district}",
        ),
        leads=(
            "Chào mừng ngày {women_day}, {daypart} {day}, {unit} tổ chức tọa đàm và biểu dương nữ đoàn viên tiêu biểu trong phong trào “Giỏi việc nước, đảm việc nhà”.",
            "{Daypart} {day}, Ban Nữ công {local} tổ chức chương trình kỷ niệm ngày {women_day}, thu hút {n_att} nữ đoàn viên tham gia.",
        ),
        core=(
            "{local} hiện có {n_dv_local} nữ đoàn viên, công tác trong hầu hết các ngành, lĩnh vực, nhiều chị giữ cương vị lãnh đạo, quản lý.",
            "Phong trào “Giỏi việc nước, đảm việc nhà” được triển khai sâu rộng, {pct} nữ CNVCLĐ đạt danh hiệu cấp cơ sở.",
            "Ban Nữ công các cấp quan tâm chăm lo quyền lợi của lao động nữ, nhất là chế độ thai sản, khám sức khỏe định kỳ và nuôi con nhỏ.",
            "Các nữ đoàn viên đã tham gia phần thi trang phục dân tộc, cắm hoa nghệ thuật, tìm hiểu kiến thức về bình đẳng giới.",
            "Nhiều nữ đoàn viên vừa hoàn thành tốt nhiệm vụ chuyên môn, vừa chăm lo xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.",
            "Dịp này, {unit} đã trao {n_gift} suất quà cho nữ đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá {money_gift}.",
            "Ban Nữ công {local} hiện có {n_few} ủy viên, phụ trách {n_cd_local} công đoàn cơ sở có đông lao động nữ.",
        ),
        roles=_ACTIVITY,
        tags=("nữ công", "Giỏi việc nước, đảm việc nhà", "lao động nữ"),
        captions=("Nữ đoàn viên trình diễn trang phục dân tộc {ethnic}.",),
    ),
    _Topic(
        beat="huyen",
        months=(5, 6, 8, 9),
        events=("lễ trao học bổng", "chương trình"),
        titles=(
            "Trao {n_gift} suất học bổng cho con đoàn viên công đoàn {dname}",
            "Năm {year}, {local} trao học bổng “Vượt khó học tốt” cho con đoàn viên",
            "{n_gift} con đoàn viên {dname} nhận học bổng “Vượt khó học tốt” năm {year}",
            "Trao học bổng trị giá {money_mid} cho con đoàn viên ở {dname}",
            "Quỹ học bổng công đoàn chắp cánh ước mơ cho học sinh xã {cname}",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức lễ trao học bổng “Vượt khó học tốt” cho {n_gift} cháu là con đoàn viên, người lao động có hoàn cảnh khó khăn.",
            "Nhân dịp năm học mới, {unit} đã trao học bổng, tặng sách vở, đồ dùng học tập cho con đoàn viên tại {district} với tổng trị giá {money_mid}.",
        ),
        core=(
            "Mỗi suất học bổng trị giá {money_gift}, kèm theo sách vở, cặp sách và đồ dùng học tập.",
            "Các cháu được nhận học bổng đều có thành tích học tập tốt, có bố hoặc mẹ là đoàn viên gặp khó khăn do ốm đau, tai nạn lao động.",
            "Nguồn kinh phí trao học bổng được trích từ Quỹ Xã hội công đoàn và sự đóng góp của các doanh nghiệp, nhà hảo tâm.",
            "Trong {n_few} năm qua, chương trình đã trao hơn {n_gift} suất học bổng với tổng số tiền trên {money_fund}.",
            "Đây là nguồn động viên kịp thời giúp các cháu có thêm điều kiện vươn lên trong học tập, tiếp bước cha mẹ.",
            "Năm nay có {n_gift} hồ sơ đề nghị xét học bổng, tăng so với năm trước.",
        ),
        roles=_CARE,
        tags=("học bổng", "con đoàn viên", "khuyến học"),
        captions=("Trao học bổng cho con đoàn viên có thành tích học tập tốt.",),
    ),
    _Topic(
        beat="tinh",
        months=(7,),
        events=("lễ kỷ niệm", "buổi gặp mặt truyền thống"),
        titles=(
            "{unit_title} kỷ niệm {cdvn_age} năm Ngày thành lập Công đoàn Việt Nam",
            "Gặp mặt {n_att} cán bộ công đoàn qua các thời kỳ ở {dname}",
            "{n_ind} cán bộ công đoàn {dname} nhận Kỷ niệm chương nhân ngày 28/7",
            "Nhiều hoạt động chào mừng {cdvn_age} năm Ngày thành lập Công đoàn Việt Nam ở {dname}",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức lễ kỷ niệm {cdvn_age} năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/{year}) và biểu dương cán bộ công đoàn cơ sở tiêu biểu.",
            "Chào mừng kỷ niệm {cdvn_age} năm Ngày thành lập Công đoàn Việt Nam, {daypart} {day}, {unit} đã tổ chức gặp mặt các thế hệ cán bộ công đoàn.",
        ),
        core=(
            "Trải qua {cdvn_age} năm xây dựng và trưởng thành, tổ chức Công đoàn Việt Nam luôn gắn bó mật thiết với giai cấp công nhân và người lao động.",
            "Các đại biểu đã ôn lại truyền thống vẻ vang của tổ chức Công đoàn Việt Nam và những dấu mốc quan trọng của phong trào công nhân tỉnh {province}.",
            "Nhiều cán bộ công đoàn hưu trí xúc động nhớ lại những năm tháng gắn bó với phong trào công nhân, viên chức, lao động ở vùng cao.",
            "Các cấp công đoàn đã tổ chức nhiều hoạt động chào mừng như hội thao, tọa đàm, thăm tặng quà đoàn viên khó khăn, ra quân làm vệ sinh môi trường.",
            "Dịp này, {n_ind} cán bộ được trao Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn” của Tổng Liên đoàn Lao động Việt Nam.",
        ),
        roles=_MEETING,
        tags=("Công đoàn Việt Nam", "ngày truyền thống", "cán bộ công đoàn"),
        captions=("Các thế hệ cán bộ công đoàn chụp ảnh lưu niệm.",),
    ),
    _Topic(
        beat="tinh",
        months=(),
        events=("lễ ký kết", "hội nghị"),
        titles=(
            "Ký kết chương trình phúc lợi cho đoàn viên với {n_few} doanh nghiệp tại {tinh}",
            "{n_ent} doanh nghiệp ở {dname} tham gia chương trình phúc lợi cho đoàn viên",
            "Năm {ryear}, đoàn viên {tinh} được hưởng ưu đãi trị giá {money_fund}",
            "Đoàn viên công đoàn {dname} được giảm giá tại {n_ent} cơ sở dịch vụ",
            "{n_visit} lượt đoàn viên {dname} được hưởng ưu đãi từ chương trình phúc lợi",
            "Năm {year}, {n_ent} cơ sở ở {dname} giảm giá cho đoàn viên công đoàn",
            "Năm {year}, LĐLĐ tỉnh {province} ký thỏa thuận chăm lo phúc lợi cho đoàn viên",
        ),
        leads=(
            "{Daypart} {day}, Liên đoàn Lao động {tinh} tổ chức lễ ký kết thỏa thuận hợp tác với {n_few} doanh nghiệp nhằm mang lại ưu đãi cho đoàn viên, người lao động.",
            "Chương trình “Phúc lợi cho đoàn viên công đoàn” đang được {unit} mở rộng, giúp hàng nghìn đoàn viên được mua hàng, sử dụng dịch vụ với giá ưu đãi.",
        ),
        core=(
            "Theo thỏa thuận, đoàn viên công đoàn được giảm từ 5 đến 20% khi mua hàng, khám chữa bệnh, sử dụng dịch vụ du lịch, viễn thông tại các đơn vị tham gia.",
            "Đến nay, đã có {n_ent} doanh nghiệp, đơn vị cung cấp dịch vụ ký thỏa thuận hợp tác với tổ chức công đoàn trên địa bàn tỉnh.",
            "Đoàn viên chỉ cần xuất trình thẻ đoàn viên công đoàn hoặc thẻ điện tử trên ứng dụng để được hưởng ưu đãi.",
            "Chương trình góp phần nâng cao đời sống vật chất, tinh thần của đoàn viên, tăng sức hấp dẫn của tổ chức công đoàn.",
            "Năm {ryear}, tổng giá trị ưu đãi mà đoàn viên được hưởng từ chương trình ước đạt {money_fund}.",
        ),
        roles=_ACTIVITY,
        tags=("phúc lợi đoàn viên", "ưu đãi", "thẻ đoàn viên"),
        captions=("Đại diện LĐLĐ tỉnh và doanh nghiệp ký thỏa thuận hợp tác.",),
    ),
    _Topic(
        beat="huyen",
        months=(7, 8, 9, 10),
        events=("chuyến công tác", "buổi trao hỗ trợ"),
        titles=(
            "Hỗ trợ đoàn viên bị thiệt hại do mưa lũ tại {district}",
            "Các cấp công đoàn {tinh} trao {money_mid} hỗ trợ đoàn viên vùng lũ",
            "Kịp thời thăm hỏi đoàn viên có nhà bị sạt lở ở xã {cname}",
            "{local} hỗ trợ {n_some} đoàn viên khắc phục hậu quả thiên tai năm {year}",
            "Trao {money_mid} hỗ trợ {n_some} đoàn viên vùng lũ {dname}",
        ),
        leads=(
            "{Daypart} {day}, đoàn công tác của {unit} đã đến thăm hỏi, trao tiền hỗ trợ cho đoàn viên, người lao động bị thiệt hại do mưa lũ tại {district}.",
            "Ngay sau đợt mưa lớn gây sạt lở, ngập úng trên địa bàn {district}, {unit} đã khẩn trương rà soát, hỗ trợ kịp thời các đoàn viên bị thiệt hại.",
        ),
        core=(
            "Đợt mưa lũ vừa qua đã làm {n_some} gia đình đoàn viên bị thiệt hại về nhà cửa, tài sản, trong đó có {n_few} nhà bị sập hoàn toàn.",
            "Mỗi đoàn viên có nhà bị sập, trôi được hỗ trợ {money_house}; trường hợp nhà bị hư hỏng được hỗ trợ từ {money_gift} trở lên.",
            "Cán bộ công đoàn đã trực tiếp xuống cơ sở, phối hợp với chính quyền địa phương rà soát, lập danh sách các trường hợp bị ảnh hưởng.",
            "Nhiều công đoàn cơ sở đã phát động đoàn viên quyên góp, ủng hộ đồng nghiệp vùng lũ với tinh thần “lá lành đùm lá rách”.",
            "Tổng Liên đoàn Lao động Việt Nam cũng đã phân bổ kinh phí hỗ trợ đoàn viên, người lao động {tinh} bị ảnh hưởng bởi thiên tai.",
            "Tổng kinh phí hỗ trợ đợt này là {money_mid}, được trích từ Quỹ Xã hội công đoàn {tinh}.",
        ),
        roles=_CARE,
        tags=("mưa lũ", "hỗ trợ đoàn viên", "thiên tai"),
        captions=("Cán bộ công đoàn thăm hỏi gia đình đoàn viên có nhà bị sạt lở.",),
    ),
    _Topic(
        beat="phapluat",
        months=(),
        events=("buổi giám sát", "hội nghị"),
        titles=(
            "Giám sát việc đóng bảo hiểm xã hội cho người lao động tại {n_few} doanh nghiệp",
            "{n_few} doanh nghiệp ở {dname} nợ bảo hiểm xã hội hơn {money_mid}",
            "Đôn đốc thu hồi {money_mid} nợ bảo hiểm xã hội ở {dname}",
            "Năm {year}, công đoàn {dname} giám sát chính sách bảo hiểm tại {n_ent} doanh nghiệp",
            "{unit_title} kiến nghị xử lý {n_few} doanh nghiệp nợ bảo hiểm xã hội",
        ),
        leads=(
            "{Daypart} {day}, {unit} phối hợp với Bảo hiểm xã hội {district} kiểm tra, giám sát việc thực hiện chính sách bảo hiểm xã hội tại {n_few} doanh nghiệp.",
            "Tình trạng chậm đóng, nợ đóng bảo hiểm xã hội tại một số doanh nghiệp trên địa bàn {tinh} đang ảnh hưởng trực tiếp đến quyền lợi của người lao động.",
        ),
        core=(
            "Qua giám sát, {n_few} doanh nghiệp còn nợ bảo hiểm xã hội với tổng số tiền trên {money_mid}, ảnh hưởng đến quyền lợi của {n_some} người lao động.",
            "Đoàn giám sát đề nghị các doanh nghiệp xây dựng lộ trình trả nợ, hoàn thành việc đóng bảo hiểm xã hội cho người lao động trước ngày {due_date}.",
            "Công đoàn cơ sở đã chủ động thông tin công khai tình hình đóng bảo hiểm để người lao động kịp thời nắm bắt.",
            "Với những doanh nghiệp cố tình chây ì, tổ chức công đoàn sẽ thực hiện quyền khởi kiện ra tòa án để bảo vệ quyền lợi của người lao động.",
            "Nhiều doanh nghiệp gặp khó khăn trong sản xuất, kinh doanh nên chưa thu xếp được nguồn tiền đóng bảo hiểm đúng hạn.",
        ),
        roles=_ACTIVITY,
        tags=("bảo hiểm xã hội", "giám sát", "quyền lợi người lao động"),
        captions=("Đoàn giám sát làm việc với doanh nghiệp.",),
    ),
    _Topic(
        beat="nganh",
        months=(),
        events=("hội nghị",),
        titles=(
            "{sector} tỉnh {province} triển khai nhiệm vụ năm {nyear}",
            "{sector} {tinh} kết nạp {n_new} đoàn viên mới năm {ryear}",
            "{sector} {province} nâng cao hiệu quả hoạt động năm {year}",
            "{sector} {tinh} chăm lo đời sống cho {n_dv_local} đoàn viên",
        ),
        leads=(
            "{Daypart} {day}, Ban Chấp hành {sector} tỉnh {province} tổ chức hội nghị tổng kết hoạt động công đoàn năm {ryear}, triển khai nhiệm vụ năm {nyear}.",
            "Năm {ryear}, {sector} tỉnh {province} đã triển khai đồng bộ các nhiệm vụ, chăm lo thiết thực cho {n_dv_local} đoàn viên thuộc các công đoàn cơ sở trực thuộc.",
        ),
        core=(
            "{sector} hiện có {n_some} công đoàn cơ sở trực thuộc với trên {n_dv_local} đoàn viên, hoạt động trong nhiều lĩnh vực chuyên môn khác nhau.",
            "Công đoàn ngành đã phối hợp với chuyên môn đồng cấp tổ chức Hội nghị cán bộ, công chức, viên chức tại {pct} cơ quan, đơn vị.",
            "Phong trào {movement} được đông đảo đoàn viên hưởng ứng, có nhiều sáng kiến, giải pháp được áp dụng trong thực tiễn.",
            "Công đoàn ngành đã chủ động đề xuất giải quyết chế độ, chính sách cho đoàn viên, nhất là đoàn viên công tác ở vùng sâu, vùng xa.",
            "Việc thực hiện quy chế dân chủ ở cơ sở được đẩy mạnh, góp phần xây dựng cơ quan, đơn vị trong sạch, vững mạnh.",
        ),
        roles=_MEETING,
        tags=("công đoàn ngành", "tổng kết năm", "đoàn viên"),
        captions=("Lãnh đạo {sector} phát biểu tại hội nghị.",),
    ),
    _Topic(
        beat="tinh",
        months=(),
        events=("hội nghị sơ kết", "hội nghị biểu dương"),
        titles=(
            "Kết quả {n_few} năm thực hiện phong trào thi đua “Dân vận khéo” trong CNVCLĐ",
            "Mô hình “Dân vận khéo” của {local} lan tỏa trong đoàn viên",
            "Biểu dương {n_group} mô hình “Dân vận khéo” tiêu biểu trong CNVCLĐ {tinh}",
            "{n_some} mô hình “Dân vận khéo” trong CNVCLĐ {dname} giai đoạn {prev5} - {year}",
            "Năm {year}, công đoàn {dname} xây dựng {n_some} mô hình “Dân vận khéo”",
        ),
        leads=(
            "Thời gian qua, các cấp công đoàn {tinh} đã đẩy mạnh phong trào thi đua “Dân vận khéo”, xây dựng nhiều mô hình thiết thực, có sức lan tỏa trong đoàn viên.",
            "{Daypart} {day}, {unit} tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo” giai đoạn {prev5} - {year}, biểu dương {n_group} mô hình tiêu biểu.",
        ),
        core=(
            "Các mô hình “Dân vận khéo” tập trung vào phát triển đoàn viên, chăm lo đời sống người lao động, xây dựng nông thôn mới và giữ gìn an ninh trật tự.",
            "Tiêu biểu là mô hình “Mái ấm công đoàn” của {local}, mô hình “Bữa cơm công đoàn” tại {company}.",
            "Giai đoạn vừa qua, các cấp công đoàn đã xây dựng {n_some} mô hình “Dân vận khéo”, trong đó {n_few} mô hình được Ban Dân vận Tỉnh ủy biểu dương.",
            "Phong trào góp phần củng cố niềm tin của đoàn viên, người lao động đối với sự lãnh đạo của Đảng, quản lý của Nhà nước.",
            "Cán bộ công đoàn đã gần dân, sát cơ sở, lắng nghe tâm tư, nguyện vọng của người lao động để có giải pháp phù hợp.",
            "Riêng ở xã {cname}, mô hình “Dân vận khéo” của công đoàn cơ sở trường học đã giúp {n_few} gia đình học sinh thoát nghèo.",
        ),
        roles=_MEETING,
        tags=("Dân vận khéo", "công tác dân vận", "mô hình hay"),
        captions=("Trao Giấy khen cho các mô hình “Dân vận khéo” tiêu biểu.",),
    ),
    _Topic(
        beat="tinh",
        months=(),
        events=("hội nghị tập huấn", "hội nghị"),
        titles=(
            "Chuyển đổi số trong hoạt động công đoàn: {pct} đoàn viên {dname} được số hóa",
            "Đẩy mạnh cấp thẻ đoàn viên công đoàn điện tử tại {district}",
            "{n_dv} đoàn viên {dname} được cấp thẻ đoàn viên điện tử",
            "Năm {year}, {pct} công đoàn cơ sở ở {dname} quản lý đoàn viên trên phần mềm",
        ),
        leads=(
            "{Daypart} {day}, {unit} tổ chức hội nghị tập huấn sử dụng phần mềm quản lý đoàn viên và cấp thẻ đoàn viên công đoàn điện tử cho cán bộ công đoàn cơ sở.",
            "Xác định chuyển đổi số là nhiệm vụ trọng tâm, {unit} đã triển khai nhiều giải pháp ứng dụng công nghệ thông tin trong quản lý, điều hành và chăm lo cho đoàn viên.",
        ),
        core=(
            "Đến nay, {pct} đoàn viên trên địa bàn đã được cập nhật thông tin lên phần mềm quản lý đoàn viên của Tổng Liên đoàn Lao động Việt Nam.",
            "Thẻ đoàn viên điện tử được tích hợp trên ứng dụng điện thoại, giúp đoàn viên dễ dàng tra cứu thông tin, hưởng các ưu đãi từ chương trình phúc lợi.",
            "Các cuộc họp của công đoàn được tổ chức trực tuyến, văn bản được gửi, nhận qua hệ thống quản lý văn bản điện tử, tiết kiệm thời gian, chi phí.",
            "Việc số hóa hồ sơ giúp cán bộ công đoàn theo dõi chính xác biến động đoàn viên, kịp thời nắm bắt những trường hợp cần hỗ trợ.",
            "Tuy nhiên, ở một số công đoàn cơ sở vùng cao, hạ tầng mạng và kỹ năng số của cán bộ còn hạn chế.",
            "Riêng {local} đã cấp {n_dv_local} thẻ đoàn viên điện tử, đạt {pct} kế hoạch.",
            "Đã có {n_cd_local} công đoàn cơ sở sử dụng phần mềm quản lý văn bản và họp trực tuyến thường xuyên.",
        ),
        roles=_ACTIVITY,
        tags=("chuyển đổi số", "thẻ đoàn viên điện tử", "quản lý đoàn viên"),
        captions=("Cán bộ công đoàn cơ sở thực hành trên phần mềm quản lý đoàn viên.",),
    ),
)

_GENERAL_TOPICS = (
    _Topic(
        beat="xahoi",
        months=(),
        events=("lễ công bố", "hội nghị"),
        titles=(
            "Xã {cname} ({dname}) đạt chuẩn nông thôn mới năm {year}",
            "Xã {cname} ({dname}) đón Bằng công nhận đạt chuẩn nông thôn mới",
            "{District} phấn đấu có thêm {n_few} xã đạt chuẩn nông thôn mới năm {nyear}",
            "Người dân xã {cname} hiến {n_land} m² đất làm đường nông thôn mới",
            "{dname} dồn lực xây dựng nông thôn mới nâng cao năm {year}",
        ),
        leads=(
            "{Daypart} {day}, UBND {district} tổ chức lễ công bố xã {cname} đạt chuẩn nông thôn mới năm {year}, đánh dấu chặng đường nỗ lực bền bỉ của chính quyền và nhân dân địa phương.",
            "Sau {n_few} năm triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới, diện mạo xã {cname}, {district} đã có nhiều đổi thay rõ rệt.",
        ),
        core=(
            "Khi bắt đầu xây dựng nông thôn mới, xã {cname} mới đạt {n_few} tiêu chí, tỷ lệ hộ nghèo trên {pct_small}.",
            "Đến nay, xã đã hoàn thành {n_crit}/19 tiêu chí, thu nhập bình quân đạt {income}, tăng gần gấp đôi so với {n_few} năm trước.",
            "Tổng nguồn vốn huy động xây dựng nông thôn mới của xã đạt trên {money_big}, trong đó nhân dân đóng góp hàng nghìn ngày công và hiến {n_land} m² đất.",
            "Hệ thống đường giao thông, trường học, trạm y tế, nhà văn hóa thôn được đầu tư đồng bộ, {n_km} km đường trục thôn đã được bê tông hóa.",
            "Nhiều mô hình kinh tế hiệu quả như trồng {crop}, chăn nuôi gia súc, du lịch cộng đồng đã giúp người dân tăng thu nhập.",
            "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được người dân hưởng ứng tích cực.",
        ),
        roles=_field("rural"),
        tags=("nông thôn mới", "xây dựng nông thôn mới", "tiêu chí"),
        captions=("Đường bê tông về tận thôn ở xã {cname}.",),
    ),
    _Topic(
        beat="kinhte",
        months=(),
        events=("hội nghị", "buổi tham quan mô hình"),
        titles=(
            "{District} thu về {money_big} từ {crop} năm {year}",
            "Nông dân xã {cname} ({dname}) được mùa {crop}",
            "Mở rộng vùng trồng {crop} lên {n_ha} ha tại {district}",
            "Liên kết tiêu thụ {crop} giúp nông dân {dname} yên tâm sản xuất",
            "Phát triển vùng nguyên liệu {crop} gắn với chế biến sâu tại {district}",
        ),
        leads=(
            "{Daypart} {day}, {agency} phối hợp với UBND {district} tổ chức hội nghị đánh giá kết quả sản xuất {crop} năm {year}, định hướng mở rộng vùng nguyên liệu tập trung.",
            "Những năm gần đây, {crop} đã trở thành cây trồng chủ lực, mang lại nguồn thu nhập ổn định cho hàng nghìn hộ dân ở {district}.",
        ),
        core=(
            "Toàn huyện hiện có {n_ha} ha {crop}, diện tích cho thu hoạch chiếm trên {pct}; năng suất bình quân tăng {pct_small} so với năm trước.",
            "Giá bán {crop} năm nay ổn định ở mức cao, nhiều hộ có thu nhập trên {money_mid} mỗi năm.",
            "Địa phương đã hỗ trợ giống, phân bón và tập huấn kỹ thuật canh tác theo hướng hữu cơ cho {n_ho} hộ dân.",
            "Sản phẩm được doanh nghiệp bao tiêu theo hợp đồng, giúp người dân yên tâm mở rộng diện tích.",
            "Một số diện tích {crop} đã được cấp mã số vùng trồng, đủ điều kiện xuất khẩu.",
            "Tuy nhiên, sản xuất vẫn còn nhỏ lẻ, manh mún, khâu bảo quản, chế biến sau thu hoạch còn hạn chế.",
        ),
        roles=_field("farm"),
        tags=("nông nghiệp", "{crop}", "cây trồng chủ lực"),
        captions=("Người dân xã {cname} thu hoạch {crop}.",),
    ),
    _Topic(
        beat="kinhte",
        months=(),
        events=("chương trình", "hội nghị xúc tiến du lịch"),
        titles=(
            "{Spot} đón {n_guest} lượt khách trong {period}",
            "Du lịch cộng đồng giúp người dân xã {cname} ({dname}) tăng thu nhập",
            "{Tinh} đón {n_guest} lượt khách dịp nghỉ lễ",
            "Năm {year}, {dname} đón {n_guest} lượt khách du lịch",
            "Phát triển sản phẩm du lịch gắn với {festival} năm {year}",
            "Homestay ở xã {cname} ({dname}) hút khách trong nước và quốc tế",
        ),
        leads=(
            "{Daypart} {day}, Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND {district} tổ chức chương trình quảng bá du lịch gắn với {festival} năm {year}.",
            "Với cảnh quan thiên nhiên và bản sắc văn hóa đặc sắc của đồng bào {ethnic}, {district} đang trở thành điểm đến hấp dẫn của du khách trong và ngoài nước.",
        ),
        core=(
            "Trong {period}, {spot} đã đón khoảng {n_guest} lượt khách, doanh thu từ du lịch ước đạt {money_big}.",
            "Nhiều hộ gia đình đã mạnh dạn cải tạo nhà ở truyền thống thành homestay, phục vụ khách lưu trú, trải nghiệm văn hóa bản địa.",
            "Các lễ hội truyền thống như {festival} được phục dựng, trở thành sản phẩm du lịch hấp dẫn.",
            "Hạ tầng giao thông được cải thiện, nhất là tuyến {road}, giúp việc đi lại của du khách thuận lợi hơn.",
            "Địa phương chú trọng đào tạo kỹ năng làm du lịch cho người dân, nâng cao chất lượng dịch vụ lưu trú, ăn uống, hướng dẫn viên.",
            "Công tác quản lý giá cả, bảo đảm an ninh trật tự, vệ sinh môi trường tại các điểm du lịch được tăng cường.",
        ),
        roles=_field("culture"),
        tags=("du lịch", "{dname}", "du lịch cộng đồng"),
        captions=("Du khách trải nghiệm tại {spot}.",),
    ),
    _Topic(
        beat="kinhte",
        months=(),
        events=("lễ khởi công", "lễ thông xe", "buổi kiểm tra"),
        titles=(
            "Khởi công nâng cấp {road} đoạn qua {district}",
            "Thông xe kỹ thuật {n_km} km {road} đoạn qua {dname}",
            "Đẩy nhanh tiến độ thi công {road} đoạn qua xã {cname}",
            "Đầu tư {money_invest} nâng cấp đường giao thông nông thôn tại {district}",
            "Kiểm tra tiến độ các công trình giao thông trọng điểm tại {dname} năm {year}",
        ),
        leads=(
            "{Daypart} {day}, Sở Giao thông vận tải {tinh} tổ chức lễ khởi công dự án cải tạo, nâng cấp {road} đoạn qua {district} với tổng mức đầu tư {money_invest}.",
            "{Daypart} {day}, đồng chí {official}, {official_role} đã đi kiểm tra tiến độ thi công {road} và một số công trình giao thông trọng điểm trên địa bàn {district}.",
        ),
        core=(
            "Dự án có tổng chiều dài {n_km} km, được thiết kế theo tiêu chuẩn đường cấp IV miền núi, dự kiến hoàn thành trong năm {nyear}.",
            "Đến nay, khối lượng thi công ước đạt {pct} giá trị hợp đồng, giải ngân đạt {pct} kế hoạch vốn năm {year}.",
            "Công tác giải phóng mặt bằng được người dân đồng thuận cao, nhiều hộ tự nguyện tháo dỡ công trình, bàn giao mặt bằng cho đơn vị thi công.",
            "Khi hoàn thành, tuyến đường sẽ rút ngắn thời gian đi lại, tạo động lực phát triển kinh tế - xã hội cho các xã dọc tuyến.",
            "Tại một số đoạn, địa hình đồi núi phức tạp, mưa nhiều khiến việc thi công gặp khó khăn, thường xuyên xảy ra sạt lở.",
            "Nhà thầu đã huy động {n_some} máy móc, thiết bị và hàng trăm nhân lực, tổ chức thi công “3 ca, 4 kíp” để bù tiến độ.",
        ),
        roles=_council("rural"),
        tags=("giao thông", "{road}", "hạ tầng giao thông"),
        captions=("Thi công nền đường {road} đoạn qua xã {cname}.",),
    ),
    _Topic(
        beat="xahoi",
        months=(),
        events=("lễ khai giảng", "buổi kiểm tra", "hội nghị"),
        titles=(
            "{District} sẵn sàng cho năm học mới {school_year}",
            "Trường Phổ thông dân tộc bán trú xã {cname} có thêm phòng học mới",
            "{n_student} học sinh {dname} bước vào năm học {school_year}",
            "Nâng cao chất lượng dạy học ở các trường vùng cao {district}",
            "Xây dựng {n_school} trường đạt chuẩn quốc gia tại {district} năm {year}",
        ),
        leads=(
            "{Daypart} {day}, đồng chí {official}, {official_role} đã đi kiểm tra công tác chuẩn bị năm học {school_year} tại một số trường học trên địa bàn {district}.",
            "Năm học {school_year}, ngành Giáo dục {district} có {n_school} trường với trên {n_student} học sinh, phần lớn là con em đồng bào dân tộc {ethnic}.",
        ),
        core=(
            "Cơ sở vật chất trường lớp được quan tâm đầu tư, {n_school} phòng học tạm đã được thay thế bằng phòng học kiên cố.",
            "Các nhà trường đã chuẩn bị đầy đủ sách giáo khoa, thiết bị dạy học, bảo đảm điều kiện ăn, ở cho học sinh bán trú.",
            "Giáo viên đến từng thôn, bản vận động học sinh ra lớp, không để em nào bỏ học giữa chừng.",
            "Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt {pct}, tỷ lệ tốt nghiệp trung học phổ thông đạt {pct}.",
            "Tình trạng thiếu giáo viên, nhất là giáo viên tiếng Anh, tin học ở các trường vùng cao vẫn chưa được giải quyết triệt để.",
            "Học sinh bán trú được hỗ trợ gạo, tiền ăn hằng tháng theo chính sách của Nhà nước.",
        ),
        roles=_field("social"),
        tags=("giáo dục", "năm học mới", "học sinh bán trú"),
        captions=("Giờ học của học sinh Trường Tiểu học {cname}.",),
    ),
    _Topic(
        beat="xahoi",
        months=(),
        events=("đợt khám bệnh", "chiến dịch tiêm chủng", "hội nghị"),
        titles=(
            "Khám bệnh, cấp thuốc miễn phí cho {n_ho} người dân xã {cname}",
            "{District} đẩy mạnh tiêm chủng mở rộng cho trẻ em vùng cao",
            "Trạm Y tế xã {cname} ({dname}) đạt chuẩn quốc gia về y tế",
            "Nâng cao chất lượng khám, chữa bệnh tại Trung tâm Y tế {district}",
            "Tỷ lệ bao phủ bảo hiểm y tế tại {dname} đạt {pct} năm {year}",
        ),
        leads=(
            "{Daypart} {day}, Sở Y tế phối hợp với UBND {district} tổ chức khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho người dân xã {cname}.",
            "Những năm gần đây, mạng lưới y tế cơ sở tại {district} được củng cố, chất lượng khám, chữa bệnh ban đầu cho người dân từng bước được nâng lên.",
        ),
        core=(
            "Các bác sĩ đã khám, tư vấn sức khỏe cho {n_ho} người dân, chủ yếu là người cao tuổi, trẻ em và phụ nữ có thai.",
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt {pct}.",
            "Trạm y tế xã được đầu tư trang thiết bị, có bác sĩ làm việc thường xuyên, người dân không phải xuống tuyến huyện với những bệnh thông thường.",
            "Nhân viên y tế thôn, bản thường xuyên tuyên truyền người dân bỏ tập quán lạc hậu, đến cơ sở y tế khi ốm đau, sinh đẻ.",
            "Công tác phòng, chống dịch bệnh được chủ động triển khai, không để dịch lớn xảy ra trên địa bàn.",
            "Số lượt khám, chữa bệnh bảo hiểm y tế tại tuyến xã tăng {pct_small} so với cùng kỳ năm trước.",
        ),
        roles=_field("social"),
        tags=("y tế", "chăm sóc sức khỏe", "y tế cơ sở"),
        captions=("Bác sĩ khám bệnh cho người dân xã {cname}.",),
    ),
    _Topic(
        beat="xahoi",
        months=(),
        events=("hội nghị", "buổi trao hỗ trợ"),
        titles=(
            "Tỷ lệ hộ nghèo ở {dname} giảm {pct_poor} trong năm {ryear}",
            "Hỗ trợ {n_ho} hộ nghèo ở {dname} phát triển sinh kế",
            "Xóa nhà tạm, nhà dột nát cho hộ nghèo xã {cname} ({dname})",
            "Giảm nghèo bền vững ở vùng đồng bào {ethnic} tại {district}",
        ),
        leads=(
            "{Daypart} {day}, UBND {district} tổ chức hội nghị đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn {plan_period}.",
            "Nhờ triển khai đồng bộ các chính sách hỗ trợ sinh kế, nhà ở và đào tạo nghề, tỷ lệ hộ nghèo ở {district} giảm nhanh qua từng năm.",
        ),
        core=(
            "Năm {ryear}, toàn huyện có thêm {n_ho} hộ thoát nghèo, tỷ lệ hộ nghèo giảm còn {pct_small}.",
            "Các hộ nghèo được hỗ trợ giống cây trồng, vật nuôi, phân bón và vay vốn ưu đãi từ Ngân hàng Chính sách xã hội.",
            "Từ nguồn vốn của chương trình, địa phương đã hỗ trợ xây mới, sửa chữa {n_ho} căn nhà cho hộ nghèo, mỗi căn từ {money_house} trở lên.",
            "Công tác đào tạo nghề, giải quyết việc làm cho lao động nông thôn được chú trọng, nhiều người đã có thu nhập ổn định.",
            "Nhiều hộ đã mạnh dạn vay vốn phát triển chăn nuôi, trồng {crop}, vươn lên thoát nghèo, có của ăn của để.",
            "Tuy nhiên, tỷ lệ hộ cận nghèo còn cao, nguy cơ tái nghèo do thiên tai, dịch bệnh vẫn hiện hữu.",
        ),
        roles=_field("rural"),
        tags=("giảm nghèo", "an sinh xã hội", "{dname}"),
        captions=("Ngôi nhà mới của một hộ nghèo ở xã {cname}.",),
    ),
    _Topic(
        beat="kinhte",
        months=(1, 2, 3, 4, 5, 11, 12),
        events=("buổi diễn tập", "hội nghị"),
        titles=(
            "{District} chủ động phòng cháy, chữa cháy rừng mùa khô năm {year}",
            "Chi trả {money_mid} tiền dịch vụ môi trường rừng cho người dân {dname}",
            "Trồng mới {n_ha} ha rừng tại {district} năm {year}",
            "Người dân xã {cname} ({dname}) chung tay giữ rừng đầu nguồn",
            "{n_village} tổ đội bảo vệ rừng ở {dname} trực chống cháy mùa khô năm {year}",
        ),
        leads=(
            "{Daypart} {day}, Ban Chỉ huy các vấn đề cấp bách trong bảo vệ và phát triển rừng {district} tổ chức diễn tập phòng cháy, chữa cháy rừng tại xã {cname}.",
            "Với diện tích rừng lớn, địa hình phức tạp, {district} xác định bảo vệ, phát triển rừng là nhiệm vụ trọng tâm, gắn với nâng cao thu nhập cho người dân.",
        ),
        core=(
            "Toàn huyện hiện có {n_ha} ha rừng, tỷ lệ che phủ rừng đạt {pct_forest}, phần lớn là rừng phòng hộ đầu nguồn.",
            "Các xã đã thành lập {n_village} tổ đội bảo vệ rừng, phân công trực 24/24 giờ tại các điểm có nguy cơ cháy cao.",
            "Năm {ryear}, tiền dịch vụ môi trường rừng chi trả cho các chủ rừng trên địa bàn đạt {money_fund}.",
            "Lực lượng kiểm lâm phối hợp với công an, quân sự xã tuần tra, kiểm soát, kịp thời ngăn chặn các hành vi phá rừng trái phép.",
            "Người dân được hướng dẫn phát dọn thực bì, đốt nương đúng thời điểm, có người canh giữ để phòng cháy lan vào rừng.",
            "Nhiều hộ dân đã trồng quế, sa mộc, mắc ca trên đất rừng sản xuất, vừa giữ rừng vừa có thu nhập.",
        ),
        roles=_field("farm"),
        tags=("bảo vệ rừng", "phòng cháy chữa cháy rừng", "lâm nghiệp"),
        captions=("Lực lượng chức năng diễn tập chữa cháy rừng tại xã {cname}.",),
    ),
    _Topic(
        beat="kinhte",
        months=(),
        events=("hội nghị đối thoại", "buổi làm việc"),
        titles=(
            "Năm {year}, kim ngạch xuất nhập khẩu qua {gate} đạt {usd}",
            "Thông quan nông sản qua {gate} tăng mạnh trong {period}",
            "Tháo gỡ khó khăn cho doanh nghiệp xuất nhập khẩu tại {gate}",
            "Đẩy mạnh thông quan điện tử tại {gate} năm {year}",
        ),
        leads=(
            "{Daypart} {day}, Ban Quản lý Khu kinh tế tỉnh tổ chức hội nghị đối thoại với doanh nghiệp nhằm tháo gỡ khó khăn trong hoạt động xuất nhập khẩu qua {gate}.",
            "Từ đầu năm đến nay, hoạt động xuất nhập khẩu qua {gate} diễn ra sôi động, lượng phương tiện và hàng hóa thông quan tăng mạnh so với cùng kỳ.",
        ),
        core=(
            "Trong {period}, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh ước đạt {usd}, tăng {pct_growth} so với cùng kỳ.",
            "Mặt hàng xuất khẩu chủ yếu là nông sản, trái cây tươi như chuối, thanh long, sầu riêng và các loại nông sản chế biến.",
            "Thời gian thông quan trung bình đã được rút ngắn, mỗi ngày có hàng trăm lượt phương tiện chở hàng qua cửa khẩu.",
            "Các lực lượng chức năng tại cửa khẩu phối hợp chặt chẽ, áp dụng thủ tục hải quan điện tử, tạo thuận lợi tối đa cho doanh nghiệp.",
            "Hạ tầng khu vực cửa khẩu tiếp tục được đầu tư nâng cấp, bãi tập kết hàng hóa được mở rộng.",
            "Có {n_ent} doanh nghiệp tham gia hoạt động xuất nhập khẩu, tăng so với năm trước.",
        ),
        roles=_council("trade"),
        tags=("xuất nhập khẩu", "kinh tế cửa khẩu", "thông quan"),
        captions=("Phương tiện chở hàng làm thủ tục thông quan tại {gate}.",),
    ),
    _Topic(
        beat="chinhtri",
        months=(6, 7, 12),
        events=("kỳ họp",),
        titles=(
            "Kỳ họp thứ {n_some} HĐND tỉnh khóa {khoa} thông qua {n_few} nghị quyết",
            "HĐND {district} tổ chức kỳ họp thường lệ {session_time} {year}",
            "HĐND tỉnh {province} khóa {khoa} bế mạc kỳ họp thường lệ {session_time} {year}",
            "Phiên chất vấn tại kỳ họp thường lệ {session_time} {year} của HĐND tỉnh",
            "HĐND tỉnh {province} thông qua {n_some} nghị quyết tại kỳ họp {session_time}",
            "Kỳ họp {session_time} {year}: HĐND tỉnh chất vấn {n_few} lĩnh vực",
        ),
        leads=(
            "{Daypart} {day}, HĐND {tinh} khóa {khoa}, nhiệm kỳ {hterm} khai mạc kỳ họp thường lệ {session_time} {year} để xem xét, quyết định nhiều nội dung quan trọng.",
            "Sau {n_few} ngày làm việc khẩn trương, nghiêm túc, {daypart} {day}, HĐND {district} đã bế mạc kỳ họp thường lệ {session_time} {year}.",
        ),
        core=(
            "Kỳ họp đã nghe và thảo luận các báo cáo về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm {year}.",
            "Các đại biểu đã thông qua {n_some} nghị quyết, trong đó có nghị quyết về kế hoạch đầu tư công và dự toán ngân sách năm {nyear}.",
            "Phiên chất vấn diễn ra sôi nổi, tập trung vào những vấn đề cử tri quan tâm như đất đai, giải phóng mặt bằng, chất lượng công trình giao thông.",
            "Tổng thu ngân sách nhà nước trên địa bàn ước đạt {money_invest}, vượt dự toán đề ra.",
            "Chủ tọa kỳ họp đề nghị UBND và các cơ quan liên quan khẩn trương triển khai, sớm đưa các nghị quyết vừa được thông qua vào cuộc sống.",
            "Các đại biểu HĐND đã phát huy trí tuệ, trách nhiệm, thẳng thắn đóng góp ý kiến vào các dự thảo nghị quyết trình tại kỳ họp.",
        ),
        roles=_council("trade"),
        tags=("HĐND", "kỳ họp", "nghị quyết"),
        captions=("Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp.",),
    ),
    _Topic(
        beat="chinhtri",
        months=(),
        events=("buổi tiếp xúc cử tri", "hội nghị tiếp xúc cử tri"),
        titles=(
            "Tổ đại biểu HĐND tỉnh tiếp xúc cử tri {district} năm {year}",
            "Cử tri xã {cname} ({dname}) kiến nghị nhiều vấn đề dân sinh",
            "Đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp thường lệ {session_time} {year}",
            "Cử tri {dname} kiến nghị đầu tư đường giao thông, nước sinh hoạt",
            "Tiếp thu {n_opinion} ý kiến, kiến nghị của cử tri {district}",
            "{n_voter} cử tri xã {cname} ({dname}) tiếp xúc đại biểu HĐND tỉnh",
            "Cử tri {dname} gửi {n_opinion} kiến nghị tới kỳ họp HĐND tỉnh năm {year}",
        ),
        leads=(
            "{Daypart} {day}, Tổ đại biểu HĐND tỉnh ứng cử tại {district} do đồng chí {official}, {official_role} làm Tổ trưởng đã tiếp xúc cử tri xã {cname}.",
            "Tại buổi tiếp xúc cử tri diễn ra {daypart} {day} ở xã {cname}, {district}, các đại biểu HĐND tỉnh đã ghi nhận {n_opinion} ý kiến, kiến nghị của cử tri.",
        ),
        core=(
            "Tham dự buổi tiếp xúc có {n_voter} cử tri đại diện cho các thôn, bản trên địa bàn xã {cname}.",
            "Cử tri kiến nghị đầu tư nâng cấp tuyến đường liên xã đã xuống cấp, bổ sung nguồn nước sinh hoạt cho các thôn vùng cao vào mùa khô.",
            "Nhiều ý kiến đề nghị các cấp quan tâm giải quyết dứt điểm vướng mắc về đất đai, cấp giấy chứng nhận quyền sử dụng đất cho người dân.",
            "Cử tri cũng phản ánh giá vật tư nông nghiệp tăng cao, đề nghị có chính sách hỗ trợ người dân ổn định sản xuất.",
            "Các đại biểu đã thông tin đến cử tri dự kiến nội dung kỳ họp và kết quả giải quyết kiến nghị của cử tri sau kỳ họp trước.",
            "Lãnh đạo UBND huyện và các phòng chuyên môn đã trực tiếp giải trình, làm rõ nhiều ý kiến thuộc thẩm quyền.",
            "Xã {cname} hiện có {n_village} thôn, bản với {n_ho} hộ dân, phần lớn là đồng bào dân tộc {ethnic}.",
            "Sau kỳ họp trước, {pct} kiến nghị của cử tri xã đã được các cơ quan chức năng trả lời, giải quyết.",
        ),
        roles=_council("rural"),
        tags=("tiếp xúc cử tri", "HĐND tỉnh", "kiến nghị cử tri"),
        captions=("Cử tri xã {cname} phát biểu ý kiến tại buổi tiếp xúc.",),
    ),
    _Topic(
        beat="chinhtri",
        months=(),
        events=("buổi giám sát", "đợt giám sát"),
        titles=(
            "{council_committee} giám sát {n_some} công trình tại {district}",
            "Giám sát việc thực hiện chính sách hỗ trợ nhà ở tại {dname} năm {year}",
            "Thường trực HĐND tỉnh giám sát việc giải quyết {n_opinion} kiến nghị cử tri năm {year}",
            "Giám sát tiến độ giải ngân vốn đầu tư công tại {district} năm {year}",
            "{council_committee} giám sát {n_few} dự án tại {dname} năm {year}",
            "Giám sát {n_some} công trình sử dụng vốn đầu tư công tại {district}",
            "Giám sát việc sử dụng {money_invest} vốn đầu tư công tại {district}",
        ),
        leads=(
            "{Daypart} {day}, đoàn giám sát của {council_committee} đã làm việc tại {district} về việc thực hiện các chương trình mục tiêu quốc gia trên địa bàn.",
            "Thực hiện chương trình giám sát năm {year}, từ ngày {day}, {council_committee} đã tiến hành giám sát tại một số sở, ngành và {district}.",
        ),
        core=(
            "Đoàn đã kiểm tra thực tế tại {n_few} công trình, dự án, làm việc với UBND xã {cname} và các phòng chuyên môn của huyện.",
            "Qua giám sát cho thấy, nhiều công trình đã phát huy hiệu quả, được người dân đồng tình, ủng hộ.",
            "Tuy nhiên, tiến độ giải ngân một số nguồn vốn còn chậm, mới đạt {pct_small} kế hoạch; việc quyết toán công trình hoàn thành còn kéo dài.",
            "Đoàn giám sát đề nghị địa phương phân bổ vốn đúng đối tượng, công khai, minh bạch, tránh dàn trải.",
            "Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực HĐND tỉnh và trình tại kỳ họp thường lệ {session_time} {year}.",
        ),
        roles=_council("rural"),
        tags=("giám sát", "HĐND tỉnh", "vốn đầu tư"),
        captions=("Đoàn giám sát kiểm tra thực tế công trình tại xã {cname}.",),
    ),
    _Topic(
        beat="xahoi",
        months=(),
        events=("hội nghị", "buổi ra mắt"),
        titles=(
            "{District} đẩy mạnh chuyển đổi số, xây dựng chính quyền số năm {year}",
            "Tổ công nghệ số giúp người dân xã {cname} dùng dịch vụ công trực tuyến",
            "{pct} hồ sơ thủ tục hành chính tại {dname} được giải quyết trực tuyến",
            "Thanh toán không dùng tiền mặt đến với chợ phiên vùng cao {district}",
            "{n_village} tổ công nghệ số cộng đồng ra mắt ở {dname} năm {year}",
        ),
        leads=(
            "{Daypart} {day}, UBND {district} tổ chức hội nghị đánh giá kết quả thực hiện chuyển đổi số năm {ryear}, triển khai nhiệm vụ năm {nyear}.",
            "Chuyển đổi số đang từng bước đi vào đời sống người dân {district}, từ việc nộp hồ sơ trực tuyến đến thanh toán không dùng tiền mặt.",
        ),
        core=(
            "Đến nay, {pct} hồ sơ thủ tục hành chính trên địa bàn được tiếp nhận, giải quyết qua môi trường điện tử.",
            "Toàn huyện đã thành lập {n_village} tổ công nghệ số cộng đồng tại các thôn, bản, trực tiếp hướng dẫn người dân cài đặt, sử dụng ứng dụng.",
            "Các cơ quan nhà nước đã sử dụng văn bản điện tử, chữ ký số trong xử lý công việc, rút ngắn thời gian giải quyết hồ sơ.",
            "Nhiều hộ sản xuất đã đưa sản phẩm {crop} lên sàn thương mại điện tử, mở rộng thị trường tiêu thụ.",
            "Hạ tầng viễn thông tiếp tục được đầu tư, sóng di động đã phủ tới {pct} số thôn, bản.",
            "Tuy nhiên, kỹ năng số của một bộ phận người dân, nhất là người cao tuổi ở vùng cao, còn hạn chế.",
        ),
        roles=_field("social"),
        tags=("chuyển đổi số", "dịch vụ công trực tuyến", "chính quyền số"),
        captions=("Tổ công nghệ số cộng đồng hướng dẫn người dân xã {cname}.",),
    ),
    _Topic(
        beat="xahoi",
        months=(),
        events=("lễ hội", "chương trình"),
        titles=(
            "Khai mạc {festival} năm {year} tại {district}",
            "Đặc sắc {festival} của đồng bào {ethnic} ở {dname}",
            "Bảo tồn và phát huy giá trị {festival} tại {district}",
            "Hàng nghìn du khách đến với {festival} năm {year}",
            "{n_guest} lượt khách đến với {festival} năm {year}",
        ),
        leads=(
            "{Daypart} {day}, tại {district}, UBND tỉnh tổ chức khai mạc {festival} năm {year} với nhiều hoạt động văn hóa, thể thao, du lịch đặc sắc.",
            "{festival} là nét sinh hoạt văn hóa đặc sắc của đồng bào {ethnic}, được tổ chức hằng năm, thu hút đông đảo người dân và du khách tham gia.",
        ),
        core=(
            "Phần lễ được tổ chức trang nghiêm theo nghi thức truyền thống, cầu mong mưa thuận gió hòa, mùa màng bội thu, bản làng bình yên.",
            "Phần hội diễn ra sôi nổi với các trò chơi dân gian như ném còn, kéo co, đẩy gậy, bắn nỏ, thi hát dân ca.",
            "Lễ hội năm nay thu hút khoảng {n_guest} lượt người dân và du khách, các cơ sở lưu trú trên địa bàn gần như kín phòng.",
            "Đây là dịp để quảng bá hình ảnh, con người, văn hóa {tinh} đến du khách trong nước và quốc tế.",
            "Nhiều gian hàng trưng bày, giới thiệu sản phẩm OCOP, nông sản đặc trưng như {crop} thu hút đông đảo khách tham quan.",
            "Công tác bảo đảm an ninh trật tự, an toàn giao thông, vệ sinh an toàn thực phẩm được các lực lượng chức năng triển khai chu đáo.",
            "{festival} năm nay có {n_some} hoạt động văn hóa, thể thao, diễn ra trong {n_few} ngày.",
        ),
        roles=_field("culture"),
        tags=("lễ hội", "văn hóa dân tộc", "{festival}"),
        captions=("Trò chơi dân gian thu hút đông đảo người dân tham gia.",),
    ),
    _Topic(
        beat="xahoi",
        months=(6, 7, 8, 9, 10),
        events=("chuyến kiểm tra", "hội nghị"),
        titles=(
            "Mưa lớn gây sạt lở, ách tắc giao thông tại {district}",
            "Khẩn trương khắc phục hậu quả mưa lũ tại xã {cname} ({dname})",
            "Di dời {n_ho} hộ dân khỏi vùng nguy cơ sạt lở tại {district}",
            "{District} chủ động ứng phó với mưa lũ năm {year}",
            "Mưa lũ làm {n_few} nhà bị sập, {n_some} nhà hư hỏng ở {dname}",
            "Mưa lũ gây thiệt hại hơn {money_mid} tại {district}",
        ),
        leads=(
            "{Daypart} {day}, đồng chí {official}, {official_role} đã đi kiểm tra công tác khắc phục hậu quả mưa lũ và thăm hỏi các hộ dân bị thiệt hại tại {district}.",
            "Mưa lớn kéo dài từ đêm {prev_day} đã gây sạt lở đất, ngập úng cục bộ ở nhiều xã của {district}, ảnh hưởng đến sản xuất và đời sống của người dân.",
        ),
        core=(
            "Theo báo cáo nhanh, mưa lũ đã làm {n_few} nhà bị sập, {n_some} nhà bị hư hỏng, hàng chục ha lúa, hoa màu bị vùi lấp.",
            "Tổng thiệt hại ban đầu ước tính trên {money_mid}, chính quyền đang tiếp tục thống kê.",
            "Lực lượng quân đội, công an, dân quân cùng người dân đã giúp các hộ di chuyển tài sản đến nơi an toàn.",
            "Tuyến {road} bị sạt lở tại nhiều điểm, đơn vị quản lý đã huy động máy móc khắc phục, bảo đảm giao thông thông suốt.",
            "Chính quyền địa phương đã hỗ trợ lương thực, nhu yếu phẩm và tiền cho các gia đình bị thiệt hại.",
            "Các xã đã rà soát, di dời khẩn cấp {n_ho} hộ dân ở khu vực có nguy cơ sạt lở, lũ quét đến nơi ở an toàn.",
        ),
        roles=_field("rural"),
        tags=("mưa lũ", "phòng chống thiên tai", "sạt lở"),
        captions=("Lực lượng chức năng giúp người dân xã {cname} khắc phục hậu quả mưa lũ.",),
    ),
    _Topic(
        beat="kinhte",
        months=(),
        events=("hội nghị", "buổi đánh giá sản phẩm"),
        titles=(
            "{District} có thêm {n_few} sản phẩm OCOP đạt 3 sao năm {year}",
            "Nâng tầm sản phẩm {crop} {dname} qua Chương trình OCOP",
            "Hợp tác xã ở xã {cname} đưa {crop} thành sản phẩm OCOP",
            "{Tinh} có {n_some} sản phẩm OCOP được công nhận năm {year}",
            "{District} có {n_some} sản phẩm OCOP sau {n_few} năm triển khai chương trình",
        ),
        leads=(
            "{Daypart} {day}, Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh đã tổ chức chấm điểm, xếp hạng các sản phẩm của {district} năm {year}.",
            "Chương trình Mỗi xã một sản phẩm (OCOP) đang giúp nhiều nông sản đặc trưng của {district} như {crop} nâng cao giá trị, vươn xa trên thị trường.",
        ),
        core=(
            "Các sản phẩm được công nhận đều có nguồn gốc rõ ràng, bao bì, nhãn mác đẹp, được dán tem truy xuất nguồn gốc.",
            "Sau khi đạt chuẩn OCOP, giá bán sản phẩm tăng {pct_small} so với trước, sản lượng tiêu thụ ổn định.",
            "Nhiều hợp tác xã đã đầu tư máy móc, dây chuyền chế biến, nâng cao chất lượng sản phẩm.",
            "Địa phương hỗ trợ các chủ thể tham gia hội chợ, xúc tiến thương mại, đưa sản phẩm lên sàn thương mại điện tử.",
            "Toàn tỉnh hiện có {n_some} chủ thể tham gia Chương trình OCOP, chủ yếu là hợp tác xã và hộ sản xuất.",
        ),
        roles=_field("farm"),
        tags=("OCOP", "{crop}", "sản phẩm đặc trưng"),
        captions=("Sản phẩm OCOP của hợp tác xã xã {cname} được trưng bày.",),
    ),
    _Topic(
        beat="chinhtri",
        months=(),
        events=("phiên họp", "hội nghị"),
        titles=(
            "UBND tỉnh chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {year}",
            "Tăng cường quản lý khai thác khoáng sản trên địa bàn {district}",
            "Tăng cường công tác quản lý đất đai, trật tự xây dựng tại {district}",
            "UBND tỉnh {province} giao {n_few} nhiệm vụ trọng tâm cho các sở, ngành năm {year}",
            "Chấn chỉnh kỷ luật, kỷ cương hành chính tại {district} năm {year}",
            "Tính đến ngày {past_date}, {tinh} giải ngân {pct} vốn đầu tư công",
            "Xử lý {n_some} trường hợp vi phạm đất đai tại {district} năm {year}",
            "UBND tỉnh yêu cầu xử lý {n_few} dự án chậm tiến độ tại {dname}",
        ),
        leads=(
            "{Daypart} {day}, UBND {tinh} tổ chức phiên họp thường kỳ tháng {month} để đánh giá tình hình kinh tế - xã hội và cho ý kiến vào nhiều nội dung quan trọng.",
            "UBND {tinh} vừa có văn bản yêu cầu các sở, ngành và UBND các huyện, thị xã, thành phố triển khai quyết liệt các giải pháp thúc đẩy giải ngân vốn đầu tư công năm {year}.",
        ),
        core=(
            "Tính đến ngày {past_date}, tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt {pct_small} kế hoạch, thấp hơn mức bình quân chung cả nước.",
            "Chủ tịch UBND tỉnh yêu cầu thủ trưởng các đơn vị chịu trách nhiệm nếu để chậm tiến độ, gây lãng phí nguồn lực.",
            "Các địa phương phải tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng, nhất là tại các dự án trọng điểm.",
            "{agency} được giao chủ trì, phối hợp với các đơn vị liên quan tham mưu giải pháp, báo cáo kết quả trước ngày {due_date}.",
            "UBND tỉnh cũng yêu cầu tăng cường kiểm tra, xử lý nghiêm các vi phạm trong quản lý đất đai, khai thác tài nguyên.",
            "Các sở, ngành cần đẩy mạnh cải cách thủ tục hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.",
        ),
        roles=_council("trade"),
        tags=("chỉ đạo điều hành", "giải ngân vốn", "UBND tỉnh"),
        captions=("Quang cảnh phiên họp thường kỳ của UBND tỉnh.",),
    ),
)


def _by_month(topics: tuple[_Topic, ...]) -> dict[int, tuple[_Topic, ...]]:
    """The topics that may run in each month of the year."""
    return {m: tuple(t for t in topics if not t.months or m in t.months) for m in range(1, 13)}


# ---------------------------------------------------------------------------------------------
# The phrase banks compiled for the ``%`` operator (several times faster than ``format_map``)

_SLOT = re.compile(r"\{(\w+)\}")


def _compile(templates: tuple[str, ...]) -> tuple[str, ...]:
    """``{slot}`` templates rewritten as ``%(slot)s`` ones."""
    return tuple(_SLOT.sub(r"%(\1)s", template.replace("%", "%%")) for template in templates)


def _compile_topic(topic: _Topic) -> _Topic:
    """`topic` with all its templates compiled."""
    return topic._replace(
        titles=_compile(topic.titles),
        leads=_compile(topic.leads),
        core=_compile(topic.core),
        tags=_compile(topic.tags),
        captions=_compile(topic.captions),
    )


class _Kind(NamedTuple):
    """What the writer uses for union news, or for general news."""

    by_month: dict[int, tuple[_Topic, ...]]  # the topics that may run in each month
    banks: dict[str, _Bank]
    lead_ends: tuple[str, ...]
    captions: tuple[str, ...]


def _kind(
    topics: tuple[_Topic, ...], banks: dict[str, _Bank], ends: tuple[str, ...], captions: tuple[str, ...]
) -> _Kind:
    """The compiled topics and banks of one kind of news."""
    return _Kind(
        _by_month(tuple(_compile_topic(t) for t in topics)),
        {role: _Bank(_compile(bank.first), _compile(bank.rest)) for role, bank in banks.items()},
        _compile(ends),
        _compile(captions),
    )


_KINDS = {
    True: _kind(_UNION_TOPICS, _UNION_ROLES, _UNION_LEAD_ENDS, _UNION_CAPTIONS),
    False: _kind(_GENERAL_TOPICS, _GENERAL_ROLES, _GENERAL_LEAD_ENDS, _GENERAL_CAPTIONS),
}
_SLOT_PHRASES = {key: _compile(phrases) for key, phrases in _PHRASES.items()}


# ---------------------------------------------------------------------------------------------
# What articles are made of

_TRIES = 12  # fresh draws before a lead or a paragraph gives up on being new
_TITLE_TRIES = 30
_PARAGRAPH_COUNTS = (4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 7, 8, 9)  # 5.25 on average
_FIGURE_COUNTS = (0, 0, 1, 1, 1, 2, 2, 2, 3)
_EVENT_LAGS = (0, 0, 1, 1, 2)  # days between the event and the article
_CLOSING_MARK = 0.25  # share of articles whose last paragraph ends with "./."
_COUNCIL_BODIES = (
    "Ban Kinh tế - Ngân sách HĐND tỉnh",
    "Ban Văn hóa - Xã hội HĐND tỉnh",
    "Ban Dân tộc HĐND tỉnh",
    "Ban Pháp chế HĐND tỉnh",
    "Thường trực HĐND tỉnh",
)
_VIEWS = tuple(_grid(50, 20_000, 2000))  # view counters, small ones more frequent
_POOLS = {p.name: {**_NUMBERS, **_WORDINGS, **_names(p)} for p in (_LAO_CAI, _DIEN_BIEN)}


# ---------------------------------------------------------------------------------------------
# Facts of an article that are worked out when first used


def _union_term(s: _Slots) -> tuple[int, int]:
    """The term of the provincial labour federation (congresses in 2013, 2018, 2023)."""
    return _term(s.published.year, 2013)


def _council_term(s: _Slots) -> tuple[int, int]:
    """The term of the People's Councils (elected in 2011, 2016, 2021)."""
    return _term(s.published.year, 2011)


def _tet(s: _Slots) -> int:
    """The year of the Tết that is near (it falls in January or February)."""
    return s.published.year + (s.published.month >= 11)


def _school_year(s: _Slots) -> str:
    """The school year that is running or about to start (it starts in September)."""
    start = s.published.year - (s.published.month < 8)
    return f"{start} - {start + 1}"


def _day_month(day: date) -> str:
    """``26/12``: a date as the text gives it, without the year."""
    return f"{day.day}/{day.month}"


def _person(female_share: float) -> Callable[[_Slots], str]:
    """A fact that is the name of someone, a woman with probability `female_share`."""
    return lambda s: s["name_f"] if s.rng.random() < female_share else s["name_m"]


def _place(attribute: str) -> Callable[[_Slots], str]:
    """A fact that is one of the province's places or things of a kind (crops, roads …)."""
    return lambda s: _pick(s.rng, getattr(s.province, attribute))


def _capital(key: str) -> Callable[[_Slots], str]:
    """A fact that is fact `key` starting with a capital letter, to open a sentence."""
    return lambda s: s[key][0].upper() + s[key][1:]


_FACTS: dict[str, Callable[[_Slots], str]] = {
    "province": lambda s: s.province.name,
    "tinh": lambda s: f"tỉnh {s.province.name}",
    "Tinh": lambda s: f"Tỉnh {s.province.name}",
    "year": lambda s: str(s.published.year),
    "prev5": lambda s: str(s.published.year - 5),
    "ryear": lambda s: str(s.published.year - (s.published.month <= 2)),  # a report's year
    "nyear": lambda s: str(s.published.year + (s.published.month >= 11)),  # a plan's year
    "month": lambda s: str(s.published.month),
    "period": lambda s: (
        f"{s.published.month - 1} tháng đầu năm {s.published.year}"
        if s.published.month >= 3
        else f"năm {s.published.year - 1}"
    ),
    "day": lambda s: _day_month(s.day),
    "prev_day": lambda s: _day_month(s.day - timedelta(days=1)),
    "past_date": lambda s: _day_month(s.day - timedelta(days=5 + int(s.draw() * 55))),  # data as of
    "due_date": lambda s: _day_month(s.day + timedelta(days=15 + int(s.draw() * 75))),  # a deadline
    "stamp": lambda s: f"{s.day.year}{s.day.month:02d}{s.day.day:02d}",
    "term": lambda s: "{} - {}".format(*_union_term(s)),
    "hterm": lambda s: "{} - {}".format(*_council_term(s)),
    "khoa": lambda s: _roman(s.province.council_first_term + (_council_term(s)[0] - 2011) // 5),
    "plan_period": lambda s: f"{_council_term(s)[0]} - {_council_term(s)[1] - 1}",
    "plan_end": lambda s: str(_council_term(s)[1] - 1),
    "session_time": lambda s: "giữa năm" if s.published.month <= 9 else "cuối năm",
    "school_year": _school_year,
    "tet": lambda s: str(_tet(s)),
    "lunar": lambda s: _lunar_year(_tet(s)),
    "women_day": lambda s: "Quốc tế Phụ nữ 8/3" if s.published.month <= 6 else "Phụ nữ Việt Nam 20/10",
    "cdvn_age": lambda s: str(s.published.year - 1929),
    "chair": _person(0.4),
    "official": _person(0.3),
    "chair_role": lambda s: _pick(s.rng, _UNION_LEADERS),
    "official_role": lambda s: _pick(s.rng, _PROVINCE_OFFICIALS),
    "agency": lambda s: _pick(s.rng, _AGENCIES),
    "council_committee": lambda s: _pick(s.rng, _COUNCIL_BODIES),
    "company": _place("companies"),
    "ethnic": _place("ethnic_groups"),
    "crop": _place("crops"),
    "spot": _place("spots"),
    "Spot": _capital("spot"),
    "road": _place("roads"),
    "gate": _place("gates"),
    "festival": _place("festivals"),
}

# ---------------------------------------------------------------------------------------------
# Writing articles

_SLUG_BYTES = bytes(  # ASCII letters (lowered) and digits stay; any other byte becomes a space
    ord(ch) if ch.isascii() and ch.isalnum() else 32 for ch in (chr(c).lower() for c in range(256))
)


def _slug(title: str) -> str:
    """`ReplicaArticle.slug` of a generated title, like `slugify` makes it but faster.

    Diacritics are dropped by decomposing the text and keeping its ASCII part; that equals
    `slugify` because in these titles every symbol that is neither a letter nor a digit (quotes,
    "²") stands next to a space or a punctuation mark.
    """
    ascii_ = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore")
    return b"-".join(ascii_.translate(_SLUG_BYTES).split()).decode("ascii")[:SLUG_LENGTH].rstrip("-")


class _Writer:
    """Writes the articles of one `generate` call, remembering what it wrote to avoid repeats."""

    def __init__(self, site: _Site, rng: random.Random) -> None:
        self.site = site
        self.rng = rng
        self.pools = _POOLS[site.province.name]
        self.titles: set[str] = set()  # titles so far
        self.slugs: set[str] = set()  # and their slugs
        self.texts: set[str] = set()  # leads and paragraphs so far

    def article(self, ident: int, published: datetime) -> ReplicaArticle:
        """One article published at `published`."""
        rng = self.rng
        union = rng.random() < UNION_SHARE
        kind = _KINDS[union]
        topic = _pick(rng, kind.by_month[published.month])
        slots = self.slots(topic, published)
        paragraphs = self.body(slots, topic, kind.banks)
        return ReplicaArticle(
            id=ident,
            title=self.title(slots, topic),
            lead=self.lead(slots, topic, kind),
            paragraphs=paragraphs,
            published=published,
            category=_pick(rng, self.site.beats[topic.beat]),
            author=self.author(union),
            tags=self.tags(slots, topic),
            figures=self.figures(slots, topic, kind, len(paragraphs)),
            union=union,
            views=_pick(rng, _VIEWS),
        )

    def slots(self, topic: _Topic, published: datetime) -> _Slots:
        """The main facts of one article: the place, the event and who organised it."""
        rng, province = self.rng, self.site.province
        level, dname, communes = _pick(rng, province.districts)
        lag = _pick(rng, _EVENT_LAGS)
        daypart = "Sáng" if lag == 0 and published.hour < 12 else _pick(rng, ("Sáng", "Chiều", "Ngày"))
        event = _pick(rng, topic.events)
        local = f"LĐLĐ {level} {dname}"
        sector = f"Công đoàn ngành {_pick(rng, _SECTORS)}"
        province_union = _pick(rng, ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"))
        units = {  # how the text names the organiser, and how a title does
            "tinh": (province_union, f"{province_union} {province.name}"),
            "huyen": (local, local),
            "nganh": (sector, f"{sector} {province.name}"),
        }
        unit, unit_title = units.get(topic.beat) or units[_pick(rng, ("tinh", "huyen"))]
        facts = {
            "district": f"{level} {dname}",
            "District": f"{level.capitalize()} {dname}",
            "dname": dname,
            "cname": _pick(rng, communes),
            "Daypart": daypart,
            "daypart": daypart.lower(),
            "event": event,
            "Event": event[0].upper() + event[1:],
            "local": local,
            "sector": sector,
            "unit": unit,
            "unit_title": unit_title,
        }
        return _Slots(self, published, published.date() - timedelta(days=lag), facts)

    def title(self, slots: _Slots, topic: _Topic) -> str:
        """A title whose slug is new in this call.

        The topic's titles are tried in turn, with fresh numbers each round, until one is new;
        in the later rounds the place goes in front ("Bát Xát: …"), and a title still taken
        after that is numbered as a part of a series ("Kỳ 2: …").
        """
        low, high = TITLE_BASE_WORDS
        place = slots["dname"]
        titles = topic.titles
        first = int(self.rng.random() * len(titles))
        base = ""
        for attempt in range(_TITLE_TRIES):
            candidate = titles[(first + attempt) % len(titles)] % slots
            if not low <= _words(candidate) <= high:
                continue
            base = title = candidate
            if attempt >= _TITLE_TRIES // 2 and place not in base and slots["province"] not in base:
                title = f"{place}: {base}"
            if _words(title) <= TITLE_WORDS[1] and self._new_slug(title):
                return title
        series = 2
        while not self._new_slug(f"Kỳ {series}: {base}"):
            series += 1
        return f"Kỳ {series}: {base}"

    def _new_slug(self, title: str) -> bool:
        """Whether `title` makes a slug not seen yet in this call (and remember it if so)."""
        if title in self.titles:
            return False
        slug = _slug(title)
        if slug in self.slugs:
            return False
        self.titles.add(title)
        self.slugs.add(slug)
        return True

    def lead(self, slots: _Slots, topic: _Topic, kind: _Kind) -> str:
        """The sapo: one or two sentences on who did what, where and when.

        A one-sentence lead sometimes gets a second sentence, and always does when it would
        repeat an earlier lead word for word.
        """
        rng = self.rng
        low, high = LEAD_WORDS
        for _ in range(_TRIES):
            lead = _pick(rng, topic.leads) % slots
            if ". " not in lead and (lead in self.texts or rng.random() < 0.3):
                lead += " " + _pick(rng, kind.lead_ends) % slots
            if low <= _words(lead) <= high and lead not in self.texts:
                break
        self.texts.add(lead)
        return lead

    def body(self, slots: _Slots, topic: _Topic, roles: dict[str, _Bank]) -> list[str]:
        """The paragraphs: the topic's own opening, then paragraphs of the topic's roles."""
        rng = self.rng
        count = _pick(rng, _PARAGRAPH_COUNTS)
        picked = _choose(rng, len(topic.roles), count - 1)
        banks = [_Bank(topic.core, topic.core), *(roles[topic.roles[i]] for i in picked)]
        closing = rng.random() < _CLOSING_MARK
        used: set[str] = set()
        return [self.paragraph(slots, bank, used, closing and n == count - 1) for n, bank in enumerate(banks)]

    def paragraph(self, slots: _Slots, bank: _Bank, used: set[str], closing: bool) -> str:
        """A paragraph of sentences from `bank`, new in this call; `closing` ends it with ./."""
        for _ in range(_TRIES):
            text = self._sentences(slots, bank, used)
            if closing and text.endswith("."):
                text += "/."
            if text not in self.texts:
                break
        self.texts.add(text)
        return text

    def _sentences(self, slots: _Slots, bank: _Bank, used: set[str]) -> str:
        """Sentences from `bank` up to a random length, avoiding those the article already has.

        When the article has used up the bank before the paragraph is long enough, sentences
        are taken again (but never twice in the same paragraph).
        """
        draw = self.rng.random
        low, high = PARAGRAPH_WORDS
        target = low + 5 + int(draw() * 25)
        templates = bank.first
        chosen: set[str] = set()
        parts: list[str] = []
        words = skips = 0
        avoid = used
        while words < target:
            template = templates[int(draw() * len(templates))]
            if template in avoid or template in chosen:
                skips += 1
                if skips == _TRIES:
                    if words >= low:
                        break
                    avoid = chosen
                continue
            sentence = template % slots
            size = sentence.count(" ") + 1
            if words + size > high:
                break
            chosen.add(template)
            parts.append(sentence)
            words += size
            templates = bank.rest
        used |= chosen
        return " ".join(parts)

    def author(self, union: bool) -> str:
        """A byline, sometimes with the writer's unit in brackets."""
        rng = self.rng
        name = _pick(rng, _BYLINE_NAMES)
        desk = _pick(rng, _UNION_DESKS if union else _GENERAL_DESKS)
        if rng.random() < 0.3 and _words(f"{name} {desk}") <= 4:
            return f"{name} {desk}"
        return name

    def tags(self, slots: _Slots, topic: _Topic) -> list[str]:
        """Two to four keyword phrases: one to three of the topic's, often the place."""
        rng = self.rng
        tags: list[str] = []
        for i in _choose(rng, len(topic.tags), 1 + int(rng.random() * min(3, len(topic.tags)))):
            text = topic.tags[i] % slots
            if text not in tags:
                tags.append(text)
        for extra in (slots["dname"], slots["tinh"]):
            if extra not in tags and (len(tags) < 2 or rng.random() < 0.5):
                tags.append(extra)
        return tags[:4]

    def figures(self, slots: _Slots, topic: _Topic, kind: _Kind, paragraphs: int) -> list[Figure]:
        """Up to three photos with captions, each after a different paragraph."""
        rng = self.rng
        count = min(_pick(rng, _FIGURE_COUNTS), paragraphs)
        if not count:
            return []
        pool = topic.captions + kind.captions
        low, high = CAPTION_WORDS
        captions: list[str] = []
        for _ in range(_TRIES):
            caption = _pick(rng, pool) % slots
            if caption not in captions and low <= _words(caption) <= high:
                captions.append(caption)
                if len(captions) == count:
                    break
        names = self.photo_names(len(captions), slots["stamp"])
        after = _choose(rng, paragraphs, len(captions))
        return [Figure(*photo) for photo in zip(names, captions, after, strict=True)]

    def photo_names(self, count: int, stamp: str) -> list[str]:
        """File names of `count` photos taken on day `stamp` (YYYYMMDD), in shooting order."""
        rng = self.rng
        style = _pick(rng, self.site.photo_styles)
        number = 1000 + int(rng.random() * 8000)
        minute = 8 * 60 + int(rng.random() * 8 * 60)
        names = []
        for _ in range(count):
            number += 1 + int(rng.random() * 30)
            minute += 1 + int(rng.random() * 20)
            if style == "newspaper":
                prefix = "baolaocai-tl_dsc-" if rng.random() < 0.6 else "dsc-"
                names.append(f"{prefix}{number}.jpg")
            elif style == "dsc":
                names.append(f"dsc-{number}.jpg")
            elif style == "camera":
                names.append(f"img_{stamp}_{minute // 60:02d}{minute % 60:02d}.jpg")
            else:  # zalo: photos sent from a phone through the Zalo messenger
                digest = rng.getrandbits(128)
                names.append(f"z{4_100_000_000_000 + number * 97_003}_{digest:032x}.jpg")
        return names


def _timestamps(rng: random.Random, count: int) -> list[datetime]:
    """`count` publication times over FIRST_DAY … LAST_DAY in office hours, in order."""
    days = (LAST_DAY - FIRST_DAY).days + 1
    first, last = OFFICE_HOURS
    span = last - first + 1
    draw = rng.random
    stamps = sorted(int(draw() * days) * span + int(draw() * span) for _ in range(count))
    start = datetime(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day, tzinfo=VN_TZ)
    return [start + timedelta(days=s // span, minutes=first + s % span) for s in stamps]


def generate(site: str, count: int, *, seed: int = 0, start_id: int = 1000) -> list[ReplicaArticle]:
    """`count` articles for replica `site`, oldest first, with ids from `start_id` on.

    The same arguments always give the same articles. About 70 % are union news; the others
    are general provincial news that mention no union term. Titles (and so slugs), leads and
    paragraphs are all distinct within one call.
    """
    if site not in _SITES:
        raise ValueError(f"unknown site {site!r}, expected one of {', '.join(SITES)}")
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    rng = random.Random(f"{site}:{seed}")
    writer = _Writer(_SITES[site], rng)
    collecting = gc.isenabled()
    gc.disable()  # nothing made here is cyclic; collector passes over the growing list cost 20 %
    try:
        return [writer.article(start_id + n, published) for n, published in enumerate(_timestamps(rng, count))]
    finally:
        if collecting:
            gc.enable()
