"""Exports read back by each format's own reader and compared with the archive, field by field."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import zlib
from datetime import date, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select
from warcio.archiveiterator import ArchiveIterator

from archive.db import database_url
from archive.models import Article, ArticleVersion, RawResponse, Source
from export.schema import NAMES
from extraction.dates import VN_TZ
from replicas.catalog import BUILDERS, build_site
from replicas.corpus import fill_archive
from replicas.server import serve_all
from tests.conftest import archive_in, free_ports
from tests.crawling import ROOT, archive_session, archive_url, cli, use_database
from tests.services import unavailable

TIMES = ("published", "updated", "first_fetched", "last_fetched", "version_fetched")


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory, backend):
    """The five replicas crawled, then crawled again after their edits (run 2 changes a few articles)."""
    data_dir = archive_in(tmp_path_factory.mktemp("archive"), backend)
    sites = {key: build_site(key) for key in BUILDERS}
    with serve_all(list(sites.values())) as servers:
        bases = [arg for key, s in servers.items() for arg in ("--base-url", f"{key}={s.base_url}")]
        assert cli(data_dir, "crawl", *BUILDERS, *bases, "--delay", "0").returncode == 0
        for site in sites.values():
            site.edit()
        result = cli(data_dir, "crawl", *BUILDERS, *bases, "--delay", "0", "--refresh")
    assert result.returncode == 0, result.stderr
    return data_dir


def expected_records(data_dir: Path, where=None) -> list[dict]:
    """The archive's articles as export records, read with the ORM (not through the export code)."""
    with archive_session(data_dir) as session:
        query = select(Article).join(Source).order_by(Article.id)
        if where is not None:
            query = query.where(where)
        records = []
        for a in session.scalars(query):
            latest = a.versions[-1]
            records.append(
                {
                    "id": a.id,
                    "version": latest.number,
                    "url": a.url,
                    "canonical_url": a.canonical_url,
                    "source": a.source.name,
                    "province": a.source.province,
                    "kind": a.source.kind,
                    "title": a.title,
                    "lead": a.lead,
                    "text": a.text,
                    "author": a.author,
                    "published": a.published,
                    "updated": a.updated,
                    "category": a.category,
                    "tags": a.tags,
                    "images": a.images,
                    "views": a.views,
                    "language": a.language,
                    "union_related": a.union_related,
                    "union_terms": a.union_terms,
                    "first_fetched": a.first_fetched,
                    "last_fetched": a.last_fetched,
                    "version_fetched": latest.fetched_at,
                    "version_origin": latest.origin,
                    "fingerprint": a.fingerprint,
                    "duplicate_of": a.duplicate_of_id,
                }
            )
        return records


def as_text(record: dict) -> dict:
    """A record as JSON writes it: times in ISO 8601, Vietnam time."""
    return {k: v.astimezone(VN_TZ).isoformat() if k in TIMES and v else v for k, v in record.items()}


def export(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    result = cli(data_dir, "export", *args)
    assert result.returncode == 0, result.stderr
    return result


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_matches_the_archive_field_by_field(archive_dir, tmp_path):
    out = tmp_path / "all.jsonl"
    export(archive_dir, "--format", "jsonl", "--output", str(out))
    got = read_jsonl(out)
    expected = [as_text(r) for r in expected_records(archive_dir)]
    assert len(got) == len(expected) > 150
    assert list(got[0]) == list(NAMES)
    for g, e in zip(got, expected, strict=True):
        assert g == e
    assert any(r["version"] == 2 for r in got) and any(r["duplicate_of"] for r in got)
    assert any(r["published"].endswith("+07:00") for r in got)
    assert any(r["images"] and r["images"][0]["caption"] for r in got) and any(r["views"] for r in got)


def test_csv_is_rfc4180_and_excel_gets_a_bom(archive_dir, tmp_path):
    out = tmp_path / "all.csv"
    export(archive_dir, "-f", "csv", "-o", str(out))
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= len(expected_records(archive_dir)) + 1
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    expected = expected_records(archive_dir)
    assert len(rows) == len(expected)
    for row, e in zip(rows, expected, strict=True):
        e = as_text(e)
        for name in NAMES:
            value = e[name]
            if name == "images":
                assert json.loads(row[name]) == value, name  # structured: JSON text
                continue
            if isinstance(value, list):
                value = "; ".join(value)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            assert row[name] == ("" if value is None else str(value)), name
        assert "\n\n" in row["text"]  # paragraphs survive inside the quoted field
    excel = tmp_path / "excel.csv"
    export(archive_dir, "-f", "csv", "-o", str(excel), "--excel")
    assert excel.read_bytes() == b"\xef\xbb\xbf" + raw


def test_parquet_has_typed_columns(archive_dir, tmp_path):
    out = tmp_path / "all.parquet"
    export(archive_dir, "-f", "parquet", "-o", str(out))
    table = pq.read_table(out)
    schema = table.schema
    assert schema.names == list(NAMES)
    assert str(schema.field("published").type) == "timestamp[us, tz=+07:00]"
    assert str(schema.field("tags").type) == "list<element: string>"
    assert str(schema.field("union_related").type) == "bool" and str(schema.field("id").type) == "int64"
    assert schema.field("text").metadata[b"description"].startswith(b"Article text")
    rows = table.to_pylist()
    expected = expected_records(archive_dir)
    assert len(rows) == len(expected)
    for got, e in zip(rows, expected, strict=True):
        for name in NAMES:
            assert got[name] == e[name], name  # aware datetimes compare by instant


def test_warc_holds_the_raw_responses_and_the_extracted_fields(archive_dir, tmp_path):
    out = tmp_path / "all.warc.gz"
    export(archive_dir, "-f", "warc", "-o", str(out))
    expected = {r["id"]: as_text(r) for r in expected_records(archive_dir)}
    with archive_session(archive_dir) as session:
        raws = {
            a_id: raw
            for a_id, raw in session.execute(
                select(Article.id, RawResponse).join(RawResponse, RawResponse.id == Article.raw_response_id)
            )
        }
    responses, metadata, types = {}, {}, []
    with out.open("rb") as f:
        for record in ArchiveIterator(f):
            types.append(record.rec_type)
            if record.rec_type == "response":
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                responses[record_id] = (record, record.content_stream().read())
            elif record.rec_type == "metadata":
                fields = json.loads(record.content_stream().read())
                metadata[fields["id"]] = (record.rec_headers.get_header("WARC-Concurrent-To"), fields)
    assert types[0] == "warcinfo" and types.count("response") == types.count("metadata") == len(expected)
    for article_id, (concurrent, fields) in metadata.items():
        assert fields == expected[article_id]
        record, body = responses[concurrent]
        raw = raws[article_id]
        assert record.rec_headers.get_header("WARC-Target-URI") == raw.url
        assert record.http_headers.get_statuscode() == str(raw.status)
        assert body == zlib.decompress(raw.body)
        fetched = datetime.fromisoformat(record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00"))
        assert fetched == raw.fetched_at
        assert record.http_headers.get_header("Content-Type") == next(
            v for k, v in raw.headers if k.lower() == "content-type"
        )


def test_pywb_replays_the_warc(archive_dir, tmp_path):
    out = tmp_path / "all.warc.gz"
    export(archive_dir, "-f", "warc", "-o", str(out))
    tools = Path(os.environ.get("CONGDOAN_PYWB_BIN", Path(sys.executable).parent))
    if not (tools / "wayback").exists():
        unavailable("pywb", f"no wayback in {tools} (install requirements-replay.txt, set CONGDOAN_PYWB_BIN)")
    collections = tmp_path / "pywb"
    collections.mkdir()
    for args in (["init", "export"], ["add", "export", str(out)]):
        subprocess.run([tools / "wb-manager", *args], cwd=collections, check=True, capture_output=True)
    port = free_ports(1)
    server = subprocess.Popen(
        [tools / "wayback", "--port", str(port), "--bind", "127.0.0.1"],
        cwd=collections,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        article = expected_records(archive_dir, Article.title.contains("Mái ấm công đoàn"))[0]
        with archive_session(archive_dir) as session:
            raw = session.get(RawResponse, session.get(Article, article["id"]).raw_response_id)
        replay = f"http://127.0.0.1:{port}/export/2030id_/{raw.url}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(replay, timeout=5) as response:
                    body = response.read()
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"pywb did not answer {replay}")
        assert body == zlib.decompress(raw.body)
        assert article["title"].encode() in body
    finally:
        server.terminate()
        server.wait(10)


def test_selection_matches_search_and_the_archive(archive_dir, tmp_path):
    def ids(*args: str) -> list[int]:
        out = tmp_path / f"sel-{len(list(tmp_path.iterdir()))}.jsonl"
        export(archive_dir, "-f", "jsonl", "-o", str(out), *args)
        return [r["id"] for r in read_jsonl(out)]

    def archive_ids(where) -> list[int]:
        return [r["id"] for r in expected_records(archive_dir, where)]

    assert ids("source:baolaocai") == archive_ids(Source.name == "baolaocai")
    assert ids("--union") == archive_ids(Article.union_related.is_(True))
    first, last = date(2020, 1, 1), date(2021, 12, 31)
    dated = ids("--from", "01/01/2020", "--to", "2021-12-31")
    in_range = [
        r["id"]
        for r in expected_records(archive_dir)
        if r["published"] and first <= r["published"].astimezone(VN_TZ).date() <= last
    ]
    assert dated == in_range and dated
    searched = json.loads(cli(archive_dir, "search", "Mái ấm công đoàn", "--json", "--limit", "1000").stdout)
    assert not searched["total_is_estimate"]
    assert ids("Mái ấm công đoàn") == sorted(r["id"] for r in searched["results"])
    assert ids("source:baolaocai", "--union") == archive_ids(
        (Source.name == "baolaocai") & Article.union_related.is_(True)
    )


def test_since_run_and_all_versions(archive_dir, tmp_path):
    with archive_session(archive_dir) as session:
        edited = sorted(session.scalars(select(ArticleVersion.article_id).where(ArticleVersion.number == 2)))
        version_count = session.scalar(select(func.count(ArticleVersion.id)))
    assert edited
    out = tmp_path / "changed.jsonl"
    export(archive_dir, "-f", "jsonl", "-o", str(out), "--since-run", "1")
    assert [r["id"] for r in read_jsonl(out)] == edited
    out = tmp_path / "versions.jsonl"
    export(archive_dir, "-f", "jsonl", "-o", str(out), "--all-versions")
    records = read_jsonl(out)
    assert len(records) == version_count
    first, second = [r for r in records if r["id"] == edited[0]]
    assert (first["version"], second["version"]) == (1, 2) and first["text"] != second["text"]
    assert first["fingerprint"] != second["fingerprint"]
    changed_only = tmp_path / "changed-versions.jsonl"
    export(archive_dir, "-f", "jsonl", "-o", str(changed_only), "--since-run", "1", "--all-versions")
    assert [(r["id"], r["version"]) for r in read_jsonl(changed_only)] == [(i, 2) for i in edited]


def test_manifest_describes_the_file(archive_dir, tmp_path):
    out = tmp_path / "union.jsonl"
    export(archive_dir, "-f", "jsonl", "-o", str(out), "--union", "--from", "01/01/2018")
    manifest = json.loads((tmp_path / "union.jsonl.manifest.json").read_text())
    records = read_jsonl(out)
    assert manifest["count"] == len(records) > 0
    assert manifest["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert manifest["bytes"] == out.stat().st_size
    assert [f["name"] for f in manifest["schema"]] == list(NAMES)
    assert all(f["description"] for f in manifest["schema"])
    assert manifest["selection"]["union_only"] and manifest["selection"]["date_from"] == "2018-01-01"
    assert "--union" in manifest["command"] and manifest["tool"]["version"]
    published = sorted(r["published"] for r in records if r["published"])
    assert manifest["published_range"] == {"first": published[0], "last": published[-1]}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_same_selection_same_bytes(archive_dir, tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    export(archive_dir, "-f", fmt, "-o", str(first), "công đoàn")
    time.sleep(1.1)  # a run-dependent field (a time) would now differ
    export(archive_dir, "-f", fmt, "-o", str(second), "công đoàn")
    assert first.read_bytes() == second.read_bytes()


def test_refuses_to_overwrite_without_force(archive_dir, tmp_path):
    out = tmp_path / "keep.jsonl"
    out.write_text("precious\n")
    refused = cli(archive_dir, "export", "-f", "jsonl", "-o", str(out))
    assert refused.returncode == 1 and "--force" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert out.read_text() == "precious\n" and not (tmp_path / "keep.jsonl.manifest.json").exists()
    export(archive_dir, "-f", "jsonl", "-o", str(out), "--force")
    assert out.read_text().startswith('{"id": ')


def test_standard_output_and_usage_errors(archive_dir, tmp_path):
    streamed = export(archive_dir, "-f", "jsonl", "-o", "-", "source:hdnd-dienbien")
    records = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert records and {r["source"] for r in records} == {"hdnd-dienbien"}
    for args, code, reason in [
        (["-f", "parquet", "-o", "-"], 2, "standard output"),
        (["-f", "jsonl", "-o", str(tmp_path / "x.jsonl"), "--excel"], 2, "--excel"),
        (["-f", "jsonl", "-o", str(tmp_path / "x.jsonl"), "a", "OR"], 2, "bad query"),
        (["-f", "xml", "-o", str(tmp_path / "x.xml")], 2, "xml"),
        (["-f", "jsonl", "-o", str(tmp_path / "no" / "such" / "x.jsonl")], 1, "no such directory"),
    ]:
        result = cli(archive_dir, "export", *args)
        assert result.returncode == code and reason in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    use_database(tmp_path / "empty", archive_url(archive_dir))  # the archive, without its index
    no_index = cli(tmp_path / "empty", "export", "-f", "jsonl", "-o", str(tmp_path / "y.jsonl"), "công đoàn")
    assert no_index.returncode == 1 and "index --rebuild" in no_index.stderr
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob("y.*"))


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory):
    """Enough generated articles (with raw responses) that an export takes a while."""
    data_dir = tmp_path_factory.mktemp("big")
    fill_archive(database_url(data_dir), 4000, raw=True)
    return data_dir


def _writing(pid: int, directory: Path) -> bool:
    """Whether process `pid` holds an open file in `directory` that already has data in it."""
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd).startswith(str(directory)) and fd.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_an_export_killed_halfway_leaves_nothing(big_archive, tmp_path, sig):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = subprocess.Popen(
        [
            sys.executable,
            "cli.py",
            "--data-dir",
            str(big_archive),
            "export",
            "-f",
            "warc",
            "-o",
            str(out_dir / "x.warc.gz"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not _writing(process.pid, out_dir):
        assert process.poll() is None, "the export ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode != 0
    assert b"Traceback" not in stderr
    assert list(out_dir.iterdir()) == []
