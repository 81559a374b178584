"""`stats`: archive figures per source, period (Vietnam time), kind and province, and the last runs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from archive.db import open_archive
from archive.models import Article, CrawlRun, FetchFailure, Source
from archive.stats import archive_stats, render_stats
from extraction.dates import VN_TZ
from tests.crawling import archive_url, cli


def vn(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=VN_TZ)


def _article(session: Session, source: Source, slug: str, published: datetime | None, union: bool) -> Article:
    url = f"https://{source.name}.example/{slug}"
    article = Article(
        source_id=source.id,
        canonical_url=url,
        url=url,
        title=f"Bài {slug}",
        published=published,
        union_related=union,
        fingerprint=slug,
    )
    session.add(article)
    session.flush()
    return article


def _run(session: Session, number: int, sources: list[str], status: str, exit_code: int, reasons: list[str]) -> None:
    run = CrawlRun(
        id=number,
        started=vn(2025, 6, number, 2, 30),
        finished=vn(2025, 6, number, 3, 0),
        status=status,
        exit_code=exit_code,
        sources=sources,
        pages=10 * number,
        new=number,
        changed=1,
        unchanged=5,
        failed=len(reasons),
    )
    session.add(run)
    session.flush()
    for i, reason in enumerate(reasons):
        session.add(FetchFailure(run_id=number, url=f"https://x.example/{number}/{i}", status=None, reason=reason))


@pytest.fixture
def archive(data_dir: Path) -> tuple[Engine, dict[str, int]]:
    """Four sources (one never crawled, without articles), seven articles, three runs; returns article ids."""
    engine = open_archive(archive_url(data_dir))
    ids: dict[str, int] = {}
    with Session(engine) as session:
        lao = Source(name="baolaocai", title="Báo Lào Cai", province="Lào Cai", kind="newspaper")
        union = Source(name="congdoan-laocai", title="LĐLĐ tỉnh Lào Cai", province="Lào Cai", kind="union")
        council = Source(name="hdnd-dienbien", title="HĐND tỉnh Điện Biên", province="Điện Biên", kind="council")
        portal = Source(name="dienbien-portal", title="Cổng Điện Biên", province="Điện Biên", kind="portal")
        session.add_all([lao, union, council, portal])
        session.flush()
        # The newest article of baolaocai is inserted first (lowest id) and an undated one last.
        ids["a_may"] = _article(session, lao, "a-may", vn(2024, 5, 20, 10, 0), True).id
        # Midnight of New Year in Vietnam is 2023-12-31 17:00 UTC: it counts in 2024 (January).
        ids["a_newyear"] = _article(session, lao, "a-newyear", vn(2024, 1, 1, 0, 0), True).id
        # One minute earlier is still 2023 (December) in Vietnam.
        ids["a_eve"] = _article(session, lao, "a-eve", datetime(2023, 12, 31, 16, 59, tzinfo=UTC), False).id
        ids["a_undated"] = _article(session, lao, "a-undated", None, False).id
        ids["b_old"] = _article(session, union, "b-old", vn(2022, 3, 1, 8, 0), True).id
        ids["b_new"] = _article(session, union, "b-new", vn(2024, 3, 15, 9, 0), True).id
        ids["c_only"] = _article(session, council, "c-only", vn(2023, 7, 9, 4, 5), False).id
        _run(session, 1, ["baolaocai", "congdoan-laocai", "hdnd-dienbien"], "success", 0, [])
        _run(session, 2, ["baolaocai"], "failed", 1, ["timeout"])
        _run(
            session,
            3,
            ["congdoan-laocai"],
            "partial",
            3,
            ["timeout", "HTTP 404", "no text", "timeout", "HTTP 404", "timeout"],
        )
        session.commit()
    return engine, ids


def test_counts_per_year_source_kind_and_province(archive):
    engine, _ = archive
    stats = archive_stats(engine)
    assert stats["by"] == "year"
    assert (stats["total"], stats["union_related"], stats["undated"]) == (7, 4, 1)
    assert stats["periods"] == {"2022": 1, "2023": 2, "2024": 3, "undated": 1}
    assert list(stats["periods"]) == ["2022", "2023", "2024", "undated"]
    assert stats["by_source"] == {
        "baolaocai": {"2023": 1, "2024": 2, "undated": 1},
        "congdoan-laocai": {"2022": 1, "2024": 1},
        "dienbien-portal": {},
        "hdnd-dienbien": {"2023": 1},
    }
    assert stats["by_kind"] == {"newspaper": 4, "union": 2, "council": 1, "portal": 0}
    assert list(stats["by_kind"]) == ["newspaper", "union", "council", "portal"]
    assert stats["by_province"] == {"Lào Cai": 6, "Điện Biên": 1}
    rows = {s["name"]: (s["articles"], s["union_related"], s["kind"], s["province"]) for s in stats["sources"]}
    assert rows == {
        "baolaocai": (4, 2, "newspaper", "Lào Cai"),
        "congdoan-laocai": (2, 2, "union", "Lào Cai"),
        "dienbien-portal": (0, 0, "portal", "Điện Biên"),
        "hdnd-dienbien": (1, 0, "council", "Điện Biên"),
    }


def test_months_are_vietnam_months(archive):
    engine, _ = archive
    stats = archive_stats(engine, by="month")
    assert stats["by"] == "month"
    assert stats["periods"] == {
        "2022-03": 1,
        "2023-07": 1,
        "2023-12": 1,
        "2024-01": 1,
        "2024-03": 1,
        "2024-05": 1,
        "undated": 1,
    }
    assert stats["by_source"]["baolaocai"] == {"2023-12": 1, "2024-01": 1, "2024-05": 1, "undated": 1}
    with pytest.raises(ValueError, match="year, month"):
        archive_stats(engine, by="week")


def test_newest_article_and_last_run_per_source(archive):
    engine, ids = archive
    sources = {s["name"]: s for s in archive_stats(engine)["sources"]}
    assert sources["baolaocai"]["newest"] == {
        "id": ids["a_may"],
        "title": "Bài a-may",
        "published": "2024-05-20T10:00:00+07:00",
    }
    assert sources["congdoan-laocai"]["newest"]["id"] == ids["b_new"]
    assert sources["hdnd-dienbien"]["newest"]["published"] == "2023-07-09T04:05:00+07:00"
    assert sources["dienbien-portal"]["newest"] is None
    assert sources["baolaocai"]["last_run"] == {
        "id": 2,
        "status": "failed",
        "exit_code": 1,
        "finished": "2025-06-02T03:00:00+07:00",
    }
    assert sources["congdoan-laocai"]["last_run"]["id"] == 3
    assert sources["hdnd-dienbien"]["last_run"]["id"] == 1
    assert sources["dienbien-portal"]["last_run"] is None


def test_last_run_with_failures_grouped_by_reason(archive):
    engine, _ = archive
    run = archive_stats(engine)["last_run"]
    assert run == {
        "id": 3,
        "status": "partial",
        "exit_code": 3,
        "started": "2025-06-03T02:30:00+07:00",
        "finished": "2025-06-03T03:00:00+07:00",
        "pages": 30,
        "new": 3,
        "changed": 1,
        "unchanged": 5,
        "failed": 6,
        "failures": [
            {"reason": "timeout", "count": 3},  # run 2's timeout is not counted
            {"reason": "HTTP 404", "count": 2},
            {"reason": "no text", "count": 1},
        ],
    }


def test_rendered_table_bars_and_last_run(archive):
    engine, _ = archive
    lines = render_stats(archive_stats(engine), width=30)
    assert lines[0] == "7 articles (4 union-related, 1 undated) from 4 sources"
    assert "source           articles   union  newest      last run" in lines
    assert "baolaocai               4       2  20/05/2024  #2 failed 02/06/2025" in lines
    assert "dienbien-portal         0       0  -           never crawled" in lines
    assert f"{'2024':>12} {3:>7} {'█' * 30}" in lines
    assert f"{'2023':>12} {2:>7} {'█' * 20}" in lines
    assert f"{'undated':>12} {1:>7} {'█' * 10}" in lines
    assert "Per kind: newspaper 4 · union 2 · council 1 · portal 0" in lines
    assert "Per province: Lào Cai 6 · Điện Biên 1" in lines
    assert "  failures: timeout × 3, HTTP 404 × 2, no text × 1" in lines


def test_cli_json_by_year_and_month(archive, data_dir):
    engine, _ = archive
    result = cli(data_dir, "stats", "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed == archive_stats(engine)
    assert printed["periods"] == {"2022": 1, "2023": 2, "2024": 3, "undated": 1}
    assert printed["by_province"] == {"Lào Cai": 6, "Điện Biên": 1}
    assert "Lào Cai" in result.stdout  # ensure_ascii=False: Vietnamese printed as is
    monthly = cli(data_dir, "stats", "--by", "month", "--json")
    assert monthly.returncode == 0, monthly.stderr
    assert json.loads(monthly.stdout)["periods"]["2024-01"] == 1
    assert json.loads(monthly.stdout)["by"] == "month"


def test_cli_text_output(archive, data_dir):
    result = cli(data_dir, "stats", "--by", "month")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "congdoan-laocai         2       2  15/03/2024  #3 partial 03/06/2025" in lines
    assert "Articles per month (Vietnam time):" in lines
    assert f"{'2024-01':>12} {1:>7} {'█' * 40}" in lines
    assert "Last run #3: partial (exit 3), started 2025-06-03 02:30, finished 03/06/2025" in lines


def test_empty_archive(data_dir):
    engine = open_archive(archive_url(data_dir))
    stats = archive_stats(engine)
    assert (stats["total"], stats["periods"], stats["sources"], stats["last_run"]) == (0, {}, [], None)
    result = cli(data_dir, "stats")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The archive is empty")
    assert len(result.stdout.splitlines()) == 1


def test_bad_options_and_bad_database(tmp_path):
    bad_by = cli(tmp_path, "stats", "--by", "week")
    assert bad_by.returncode == 2
    assert "Invalid value for '--by'" in bad_by.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "archive.sqlite3").write_bytes(b"this is not a database" * 100)
    result = cli(broken, "stats")
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot open the archive")
    assert len(result.stderr.splitlines()) == 1
