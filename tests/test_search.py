"""Vietnamese search: analysis, query language, ranking, filters, and the CLI, on real index files."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from archive.models import Article, Source
from extraction.vietnamese import fold
from replicas.catalog import BUILDERS, build_site
from replicas.server import serve_all
from search.engine import IndexDocument, SearchIndexError, SearchRequest
from search.query import QuerySyntaxError
from search.sync import index_path
from search.whoosh_engine import WhooshEngine
from tests.conftest import archive_in
from tests.crawling import archive_session, cli


def doc(i: int, title: str, text: str, **extra) -> IndexDocument:
    fields = {
        "url": f"http://x/{i}",
        "source": "test",
        "province": "Lào Cai",
        "kind": "portal",
        "lead": "",
        "author": "",
        "category": "",
        "tags": [],
        "union_related": True,
        "published": datetime(2024, 1, i, tzinfo=UTC),
        "fingerprint": str(i),
    }
    return IndexDocument(id=i, title=title, text=text, **{**fields, **extra})


@pytest.fixture
def small(tmp_path):
    engine = WhooshEngine(tmp_path / "index", create=True)
    filler = "Hội nghị diễn ra tại thành phố với sự tham dự của nhiều đại biểu."
    engine.add(
        [
            doc(1, "Lão nông đồng bằng giỏi làm kinh tế", f"{filler} Lão nông đồng bằng giỏi trồng lúa."),
            doc(2, "Phong trào thi đua ở cơ sở", f"{filler} Phát động phong trào lao động giỏi trong công nhân."),
            doc(3, "Mái ấm công đoàn cho đoàn viên khó khăn", f"{filler} Trao nhà cho đoàn viên."),
            doc(4, "Hội nghị tổng kết năm", f"{filler} Nhân dịp này trao một Mái ấm công đoàn."),
            doc(5, "Đồng bào vùng cao đón Tết", f"{filler} Bà con đồng bào vui Tết."),
            doc(6, "Tập huấn an toàn, vệ sinh lao động", f"{filler} Ủy ban nhân dân tỉnh và y tế cùng tham gia."),
            doc(7, "Kết quả hoạt động của LĐLĐ huyện", f"{filler} LĐLĐ huyện tổ chức hội thao."),
        ]
    )
    return engine


def ids(engine, query: str, **options) -> list[int]:
    return [hit.id for hit in engine.search(SearchRequest(query, limit=50, **options)).hits]


def test_accent_exact_match_ranks_first(small):
    assert ids(small, "lao động giỏi")[0] == 2
    assert ids(small, "lao dong gioi")[0] == 2  # unaccented: the bigram signal decides
    assert ids(small, "lão nông")[0] == 1


def test_folded_unaccented_nfd_and_old_tone_placement_find_the_same(small):
    canonical = set(ids(small, "Ủy ban nhân dân"))
    assert canonical == {6}
    for variant in ("uy ban nhan dan", "Uỷ ban nhân dân", unicodedata.normalize("NFD", "Ủy ban nhân dân"), "UBND"):
        assert set(ids(small, variant)) == canonical, variant


def test_abbreviations_match_both_ways(small):
    assert set(ids(small, "Liên đoàn Lao động")) == {7}
    assert set(ids(small, "ATVSLĐ")) == {6}


def test_short_syllables_and_english_stop_words_are_kept(small):
    assert set(ids(small, "an toàn")) == {6}
    assert set(ids(small, "y tế")) == {6}


def test_title_match_outranks_a_passing_mention(small):
    assert ids(small, "Mái ấm công đoàn")[:2] == [3, 4]


def test_phrase_needs_the_syllables_in_order(small):
    assert set(ids(small, '"đồng bằng giỏi"')) == {1}
    assert set(ids(small, '"giỏi đồng bằng"')) == set()


def test_boolean_operators_and_filters(small):
    assert set(ids(small, "đoàn viên -mái")) == set()
    assert set(ids(small, "Tết OR nông")) == {1, 5}
    assert set(ids(small, "hội nghị NOT Tết")) == {1, 2, 3, 4, 6, 7}
    assert set(ids(small, "source:test province:lao-cai Tết")) == {5}
    assert set(ids(small, 'province:"Lào Cai" Tết')) == {5}
    assert set(ids(small, "source:other Tết")) == set()
    assert set(ids(small, "hội nghị", date_from=date(2024, 1, 3), date_to=date(2024, 1, 4))) == {3, 4}


@pytest.mark.parametrize("bad", ['"open', "a OR", "(a b", "foo:bar", "NOT", "AND x", "union:maybe x", "-"])
def test_bad_syntax_is_a_one_line_error(small, bad):
    with pytest.raises(QuerySyntaxError) as caught:
        small.search(SearchRequest(bad))
    assert "\n" not in str(caught.value)


def test_missing_and_damaged_index_say_how_to_rebuild(tmp_path):
    with pytest.raises(SearchIndexError, match="index --rebuild"):
        WhooshEngine(tmp_path / "none")
    engine = WhooshEngine(tmp_path / "ix", create=True)
    engine.add([doc(1, "Tiêu đề bài viết", "Nội dung bài viết.")])
    for toc in (tmp_path / "ix").glob("_MAIN_*.toc"):
        toc.write_bytes(b"\x00garbage")
    with pytest.raises(SearchIndexError, match=r"damaged.*index --rebuild"):
        WhooshEngine(tmp_path / "ix")


# On the crawled replicas ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory, backend):
    """The five replicas crawled into one archive; the crawl syncs the index at its end."""
    data_dir = archive_in(tmp_path_factory.mktemp("archive"), backend)
    sites = [build_site(key) for key in BUILDERS]
    with serve_all(sites) as servers:
        bases = [arg for key, s in servers.items() for arg in ("--base-url", f"{key}={s.base_url}")]
        result = cli(data_dir, "crawl", *BUILDERS, *bases, "--delay", "0")
    assert result.returncode == 0, result.stderr
    return data_dir


def folded_syllables(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+(?:[.,]\d+)*", fold(text).lower())) + " "


def test_phrase_results_are_exactly_the_articles_with_that_phrase(archive_dir):
    with archive_session(archive_dir) as session:
        articles = session.execute(select(Article.id, Article.title, Article.lead, Article.text)).all()
    expected = {i for i, *parts in articles if " lao dong gioi " in folded_syllables("\n".join(parts))}
    assert expected
    engine = WhooshEngine(index_path(archive_dir))
    found = {h.id for h in engine.search(SearchRequest('"lao động giỏi"', limit=1000)).hits}
    assert found == expected


def test_filters_on_the_crawled_archive(archive_dir):
    engine = WhooshEngine(index_path(archive_dir))
    hits = engine.search(SearchRequest("công đoàn source:baolaocai", limit=1000)).hits
    assert hits and {h.source for h in hits} == {"baolaocai"}
    with archive_session(archive_dir) as session:
        authors = session.execute(select(Article.id, Article.author)).all()
    by_author = {i for i, author in authors if " bao an " in folded_syllables(author)}  # "Bảo An (HĐND)" too
    assert by_author
    assert {h.id for h in engine.search(SearchRequest('author:"Bảo An"', limit=1000)).hits} == by_author
    recent = engine.search(SearchRequest("công đoàn", date_from=date(2024, 1, 1), limit=1000, sort="date")).hits
    assert recent and all(h.published >= datetime(2023, 12, 31, 17, tzinfo=UTC) for h in recent)
    assert [h.published for h in recent] == sorted((h.published for h in recent), reverse=True)
    with archive_session(archive_dir) as session:
        not_union = set(session.scalars(select(Article.id).where(Article.union_related.is_(False))))
    union_hits = {h.id for h in engine.search(SearchRequest("tỉnh", union_only=True, limit=1000)).hits}
    assert union_hits and not union_hits & not_union


def test_count_by_source_adds_up(archive_dir):
    engine = WhooshEngine(index_path(archive_dir))
    results = engine.search(SearchRequest("tỉnh", count_by="source", limit=5))
    assert set(results.counts) <= set(BUILDERS)
    assert sum(results.counts.values()) == results.total and not results.total_is_estimate


def test_cli_search_json_show_and_check(archive_dir):
    result = cli(archive_dir, "search", "Mái ấm công đoàn", "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["query"] == "Mái ấm công đoàn" and out["total"] >= 2
    first = out["results"][0]
    assert set(first) == {"id", "url", "title", "source", "published", "score", "snippet"}
    assert "<mark>" in first["snippet"]
    shown = json.loads(cli(archive_dir, "show", str(first["id"]), "--json").stdout)
    assert shown["title"] == first["title"] and shown["versions"][0]["number"] == 1
    with archive_session(archive_dir) as session:
        copy = session.scalar(select(Article).where(Article.duplicate_of_id.is_not(None)))
    duplicates = json.loads(cli(archive_dir, "show", copy.canonical_url, "--json").stdout)["duplicates"]
    assert [d["id"] for d in duplicates] == [copy.duplicate_of_id]
    assert cli(archive_dir, "index", "--check").returncode == 0


def test_cli_errors_are_one_line(archive_dir, tmp_path):
    bad = cli(archive_dir, "search", "a OR")
    assert bad.returncode == 2 and bad.stderr.startswith("error: bad query") and len(bad.stderr.splitlines()) == 1
    missing = cli(tmp_path, "search", "công đoàn")
    assert missing.returncode == 1 and "index --rebuild" in missing.stderr and "Traceback" not in missing.stderr
    assert cli(archive_dir, "show", "999999").returncode == 1


def test_drift_is_reported_and_rebuild_fixes_it(archive_dir):
    engine = WhooshEngine(index_path(archive_dir))
    with archive_session(archive_dir) as session:
        victim = session.scalar(select(Article.id).join(Source).where(Source.name == "baolaocai").limit(1))
    engine.delete([victim])
    drift = cli(archive_dir, "index", "--check")
    assert drift.returncode == 1 and f"missing        1  {victim}" in drift.stdout
    assert cli(archive_dir, "index", "--rebuild").returncode == 0
    assert cli(archive_dir, "index", "--check").returncode == 0
