"""Every search engine held to the brute-force oracle (tests/search_oracle.py), the way people search:
small limits, paging until the pages run out, phrases copied with their punctuation, NFD and old tone
placement, abbreviations, filters, date ranges, NOT."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime

import pytest

from extraction.dates import VN_TZ
from extraction.vietnamese import fold
from replicas.catalog import BUILDERS, build_site
from search.analysis import FOLDED, syllables
from search.engine import IndexDocument, SearchRequest
from search.snippets import snippet
from sources import load_profiles
from tests.search_engines import ENGINES, build_index
from tests.search_oracle import Oracle

TRICKY = [
    ("Hòa giải ở cơ sở: hoà giải viên giỏi", "Tổ hòa giải thôn tổ chức tập huấn cho hòa giải viên."),
    ("Văn hóa công sở", "Xây dựng văn hóa công sở trong cơ quan, đơn vị; hóa đơn điện tử."),
    ("Người Lào ở Đông Nam Á", "Bà con người Lào đón Tết; đồng bào vùng Đông Bắc."),
    (
        "Phong trào “Lao động giỏi, Lao động sáng tạo” năm 2022",
        "Phát động phong trào thi đua Lao động giỏi, Lao động sáng tạo.",
    ),
    ("Tin ngắn", "Lao động giỏi Lao động sáng tạo là phong trào thi đua của công nhân."),
    (unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh họp"), "Uỷ ban nhân dân tỉnh Lào Cai họp phiên thường kỳ."),
    ("Hội nghị LĐLĐ tỉnh", "Ban Thường vụ Liên đoàn Lao động tỉnh họp."),
    ("Không có ngày đăng", "Bài viết không rõ ngày đăng về công đoàn cơ sở."),
]


def corpus() -> list[IndexDocument]:
    profiles = load_profiles()
    docs = []
    for key in BUILDERS:
        profile = profiles[key]
        for path, article in build_site(key, extra=40).articles():
            docs.append(
                IndexDocument(
                    id=len(docs) + 1,
                    url=path,
                    source=key,
                    province=profile.province,
                    kind=profile.kind,
                    title=article.title,
                    lead=article.lead,
                    text="\n\n".join(article.paragraphs),
                    author=article.author,
                    category=article.category,
                    tags=list(article.tags),
                    union_related=article.union,
                    published=article.published,
                    fingerprint=str(article.id),
                )
            )
    for title, text in TRICKY:
        undated = title == "Không có ngày đăng"
        docs.append(
            IndexDocument(
                id=len(docs) + 1,
                url=f"/tricky/{len(docs)}",
                source="tricky",
                province="Lào Cai",
                kind="union",
                title=title,
                lead="",
                text=text,
                author="Bảo An",
                category="Tin tức",
                tags=[],
                union_related=True,
                published=None if undated else datetime(2024, 3, len(docs) % 28 + 1, 9, tzinfo=VN_TZ),
                fingerprint=f"t{len(docs)}",
            )
        )
    return docs


DOCS = corpus()
ORACLE = Oracle(DOCS)

FIXED_QUERIES = [
    "lao động giỏi",
    "lao dong gioi",
    "công đoàn",
    "hoà",
    "hòa giải",
    '"Lao động giỏi, Lao động sáng tạo"',
    '"Lao động giỏi Lao động sáng tạo"',
    "LĐLĐ",
    "Liên đoàn Lao động",
    unicodedata.normalize("NFD", "Ủy ban nhân dân"),
    "Uỷ ban",
    "công đoàn -Lào",
    'LĐLĐ -"Hà Nội" union:yes',
    "thi đua OR mái ấm",
    "(tết OR xuân) NOT công",
    "source:baolaocai công nhân",
    'province:"Điện Biên" hội nghị',
    'author:"Bảo An"',
    "kind:union lao động",
    "đoàn viên union:no",
]


def random_queries(count: int, seed: int) -> list[str]:
    """Runs of syllables taken from random articles, as people type them: with or without accents,
    quoted or not, with OR, NOT and filters."""
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        doc = rng.choice(DOCS)
        words = syllables(f"{doc.title} {doc.text}", FOLDED)
        start = rng.randrange(max(1, len(words) - 3))
        exact = f"{doc.title} {doc.text}".split()[start : start + rng.randint(1, 3)]
        text = " ".join(w.strip('.,;:“”"()') for w in exact) or "công"
        if rng.random() < 0.3:
            text = fold(text)
        if rng.random() < 0.25:
            text = f'"{text}"'
        if rng.random() < 0.2:
            text += f" OR {rng.choice(['tết', 'hội nghị', 'công nhân'])}"
        if rng.random() < 0.2:
            text += f" -{rng.choice(['lào', 'xã', 'năm'])}"
        if rng.random() < 0.2:
            text += f" source:{rng.choice(list(BUILDERS))}"
        queries.append(text)
    return queries


QUERIES = FIXED_QUERIES + random_queries(30, seed=7)


@pytest.fixture(scope="module", params=ENGINES)
def engine(request, tmp_path_factory):
    return build_index(request.param, tmp_path_factory.mktemp(request.param), DOCS)


def full_ranking(engine, query: str, **options) -> list[int]:
    return [h.id for h in engine.search(SearchRequest(query, limit=1000, **options)).hits]


@pytest.mark.parametrize("query", QUERIES)
def test_matches_equal_the_oracle_and_pages_partition_them(engine, query):
    expected = ORACLE.matches(SearchRequest(query))
    seen, page = [], 1
    while True:
        results = engine.search(SearchRequest(query, limit=3, page=page))
        assert results.total == len(expected) and not results.total_is_estimate
        if not results.hits:
            break
        seen += [h.id for h in results.hits]
        page += 1
    assert len(seen) == len(set(seen)), "a page repeats an article"
    assert set(seen) == expected
    assert engine.search(SearchRequest(query, limit=3, page=page + 5)).hits == []  # past the end: empty


@pytest.mark.parametrize("query", QUERIES)
def test_top_k_is_the_head_of_the_full_ranking(engine, query):
    ranking = full_ranking(engine, query)
    for k in (1, 3, 10):
        assert [h.id for h in engine.search(SearchRequest(query, limit=k)).hits] == ranking[:k]
    dated = [h.published for h in engine.search(SearchRequest(query, limit=1000, sort="date")).hits]
    present = [d for d in dated if d is not None]
    assert present == sorted(present, reverse=True)


@pytest.mark.parametrize(
    "query", ["hoà", "hòa giải", "lao động giỏi", "công đoàn", "Mái ấm công đoàn", "văn hóa", '"hội nghị"', "Lào"]
)
def test_ranking_tiers_accent_exact_then_title(engine, query):
    tiers = [ORACLE.tier(query, i) for i in full_ranking(engine, query)]
    assert tiers, query
    assert tiers == sorted(tiers, reverse=True)


def test_filters_and_dates_equal_the_oracle(engine):
    for request in (
        SearchRequest("công đoàn", date_from=date(2020, 1, 1), date_to=date(2022, 12, 31)),
        SearchRequest("hội nghị", union_only=True),
        SearchRequest("tỉnh", date_to=date(2017, 6, 30)),
    ):
        found = {h.id for h in engine.search(SearchRequest(**{**request.__dict__, "limit": 1000})).hits}
        assert found == ORACLE.matches(request)


def test_count_by_labels_undated_and_adds_up(engine):
    results = engine.search(SearchRequest("công đoàn", count_by="year", limit=2))
    assert "undated" in results.counts and "" not in results.counts
    assert sum(results.counts.values()) == results.total
    by_source = engine.search(SearchRequest("công đoàn", count_by="source", limit=2)).counts
    assert sum(by_source.values()) == results.total and "tricky" in by_source


def _snippet(engine, query: str, article_id: int) -> str:
    results = engine.search(SearchRequest(query, limit=1000))
    doc = next(d for d in DOCS if d.id == article_id)
    return snippet(f"{doc.title}\n\n{doc.text}", results.marks, ("[", "]"))


def test_snippets_mark_only_what_matched_positively(engine):
    tricky = {d.title: d.id for d in DOCS if d.source == "tricky"}
    laos = tricky["Người Lào ở Đông Nam Á"]
    text = _snippet(engine, "người -Lào", laos) if laos in full_ranking(engine, "người") else ""
    assert "[Lào]" not in text
    lao_dong = _snippet(engine, "lao dong", tricky["Tin ngắn"])
    assert "[Lao động]" in lao_dong and "[Lào]" not in lao_dong
    accented = _snippet(engine, "hoà giải", tricky["Hòa giải ở cơ sở: hoà giải viên giỏi"])
    assert "[hòa giải]" in accented.lower() and "[hóa" not in accented.lower()
    phrase = _snippet(engine, '"Lao động giỏi, Lao động sáng tạo"', tricky["Tin ngắn"])
    assert "[Lao động giỏi Lao động sáng tạo]" in phrase
