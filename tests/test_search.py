"""Vietnamese search: analysis, query language, ranking, filters, and the CLI, on real index files."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from archive.models import Article, Source
from extraction.vietnamese import fold
from replicas.catalog import BUILDERS, build_site
from replicas.server import serve_all
from search.engine import IndexDocument, SearchIndexError, SearchRequest
from search.engines import index_path, open_engine
from search.query import QuerySyntaxError
from tests.conftest import archive_in
from tests.crawling import archive_session, archive_url, cli, use_database
from tests.search_engines import ENGINES, build_index


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


@pytest.fixture(params=ENGINES)
def small(tmp_path, request):
    filler = "Hội nghị diễn ra tại thành phố với sự tham dự của nhiều đại biểu."
    return build_index(
        request.param,
        tmp_path / "index",
        [
            doc(1, "Lão nông đồng bằng giỏi làm kinh tế", f"{filler} Lão nông đồng bằng giỏi trồng lúa."),
            doc(2, "Phong trào thi đua ở cơ sở", f"{filler} Phát động phong trào lao động giỏi trong công nhân."),
            doc(3, "Mái ấm công đoàn cho đoàn viên khó khăn", f"{filler} Trao nhà cho đoàn viên."),
            doc(4, "Hội nghị tổng kết năm", f"{filler} Nhân dịp này trao một Mái ấm công đoàn."),
            doc(5, "Đồng bào vùng cao đón Tết", f"{filler} Bà con đồng bào vui Tết."),
            doc(6, "Tập huấn an toàn, vệ sinh lao động", f"{filler} Ủy ban nhân dân tỉnh và y tế cùng tham gia."),
            doc(7, "Kết quả hoạt động của LĐLĐ huyện", f"{filler} LĐLĐ huyện tổ chức hội thao."),
        ],
    )


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


@pytest.mark.parametrize("name", ENGINES)
def test_missing_locked_and_damaged_index_say_what_to_do(tmp_path, name):
    with pytest.raises(SearchIndexError, match=r"no search index.*index --rebuild"):
        open_engine(tmp_path / "none")
    engine = build_index(name, tmp_path / "ix", [doc(1, "Tiêu đề bài viết", "Nội dung bài viết.")])
    if name == "tantivy":
        holder = engine.ix.writer(15_000_000, 1)  # another process writing
        with pytest.raises(SearchIndexError, match="being written by another process"):
            open_engine(tmp_path / "ix").add([doc(2, "Bài khác", "Nội dung khác.")])
        holder.rollback()
        del holder
        (tmp_path / "ix" / "meta.json").write_bytes(b"\x00garbage")
    else:
        for toc in (tmp_path / "ix").glob("_MAIN_*.toc"):
            toc.write_bytes(b"\x00garbage")
    with pytest.raises(SearchIndexError, match=r"damaged.*index --rebuild"):
        open_engine(tmp_path / "ix").search(SearchRequest("bài viết"))


# On the crawled replicas ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawled(tmp_path_factory, backend):
    """The five replicas crawled into one archive; the crawl syncs the (Whoosh) index at its end."""
    data_dir = archive_in(tmp_path_factory.mktemp("archive"), backend)
    sites = [build_site(key) for key in BUILDERS]
    with serve_all(sites) as servers:
        bases = [arg for key, s in servers.items() for arg in ("--base-url", f"{key}={s.base_url}")]
        result = cli(data_dir, "crawl", *BUILDERS, *bases, "--delay", "0")
    assert result.returncode == 0, result.stderr
    return data_dir


@pytest.fixture(scope="module", params=ENGINES)
def archive_dir(crawled, request, tmp_path_factory):
    """The crawled archive with its index in each engine (a copy of the data directory, whose
    index is rebuilt in the other engine the way a user switches)."""
    if request.param == "whoosh":
        return crawled
    data_dir = tmp_path_factory.mktemp(request.param) / "data"
    shutil.copytree(crawled, data_dir)
    use_database(data_dir, archive_url(crawled))
    result = cli(data_dir, "index", "--rebuild", "--engine", request.param)
    assert result.returncode == 0 and f"({request.param})" in result.stdout, result.stderr
    return data_dir


def folded_syllables(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+(?:[.,]\d+)*", fold(text).lower())) + " "


def test_phrase_results_are_exactly_the_articles_with_that_phrase(archive_dir):
    with archive_session(archive_dir) as session:
        articles = session.execute(select(Article.id, Article.title, Article.lead, Article.text)).all()
    expected = {i for i, *parts in articles if " lao dong gioi " in folded_syllables("\n".join(parts))}
    assert expected
    engine = open_engine(index_path(archive_dir))
    found = {h.id for h in engine.search(SearchRequest('"lao động giỏi"', limit=1000)).hits}
    assert found == expected


def test_filters_on_the_crawled_archive(archive_dir):
    engine = open_engine(index_path(archive_dir))
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
    engine = open_engine(index_path(archive_dir))
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
    engine = open_engine(index_path(archive_dir))
    with archive_session(archive_dir) as session:
        victim = session.scalar(select(Article.id).join(Source).where(Source.name == "baolaocai").limit(1))
    engine.delete([victim])
    drift = cli(archive_dir, "index", "--check")
    assert drift.returncode == 1 and f"missing        1  {victim}" in drift.stdout
    assert cli(archive_dir, "index", "--rebuild").returncode == 0
    assert cli(archive_dir, "index", "--check").returncode == 0


def test_searches_as_people_type_them(archive_dir):
    def found(*args: str) -> dict:
        result = cli(archive_dir, "search", *args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    everything = found("lao động giỏi", "--limit", "1000")
    top3 = found("lao động giỏi", "--limit", "3")
    assert [r["id"] for r in top3["results"]] == [r["id"] for r in everything["results"]][:3]
    assert top3["total"] == everything["total"] == len(everything["results"])
    top10 = [r["title"] for r in found("lao động giỏi")["results"]]
    assert any("Lao động giỏi, Lao động sáng tạo" in title for title in top10)
    past = found("lao động giỏi", "--page", "99")
    assert past["results"] == [] and past["total"] == everything["total"]
    assert found('"Lao động giỏi, Lao động sáng tạo"')["total"] >= 1
    assert found('"Lao động giỏi Lao động sáng tạo"')["total"] == found('"Lao động giỏi, Lao động sáng tạo"')["total"]
    text = cli(archive_dir, "search", "công đoàn", "--limit", "3").stdout
    assert text.startswith("showing 1–3 of ") and "more with --page 2" in text
    last = cli(archive_dir, "search", "công đoàn", "--page", "999").stdout
    assert last.startswith("no articles on page 999")


def test_engine_choice_is_recorded_and_every_command_follows_it(crawled, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(crawled, data_dir)
    use_database(data_dir, archive_url(crawled))
    assert cli(data_dir, "index", "--engine", "tantivy").returncode == 2
    for name in ("tantivy", "whoosh", "tantivy"):
        rebuilt = cli(data_dir, "index", "--rebuild", "--engine", name)
        assert rebuilt.returncode == 0 and f"({name})" in rebuilt.stdout, rebuilt.stderr
        assert json.loads((index_path(data_dir) / "congdoan-index.json").read_text())["engine"] == name
        assert cli(data_dir, "index").returncode == 0  # a sync follows the recorded engine
        assert cli(data_dir, "index", "--check").returncode == 0
        result = json.loads(cli(data_dir, "search", "công đoàn", "--json").stdout)
        assert result["total"] > 0
        exported = cli(data_dir, "export", "-f", "jsonl", "-o", "-", "công đoàn")
        assert exported.returncode == 0 and len(exported.stdout.splitlines()) == result["total"]
    again = cli(data_dir, "index", "--rebuild")  # without --engine: stays with the recorded one
    assert again.returncode == 0 and "(tantivy)" in again.stdout
