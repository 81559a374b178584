"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from replicas import seeds
from tests.conftest import fetch, free_ports
from tests.crawling import cli

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "cli.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_sources_lists_every_profile():
    result = run("sources", "--json")
    assert result.returncode == 0
    names = {s["name"] for s in json.loads(result.stdout)["sources"]}
    assert names == {"baolaocai", "laocai-portal", "congdoan-laocai", "hdnd-dienbien", "dienbien-portal"}
    assert "Báo Lào Cai" in run("sources").stdout


def test_extract_a_url_as_json(servers):
    server = servers["hdnd-dienbien"]
    path = next(p for p, a in server.site.articles() if a is seeds.SEED_COUNCIL_2020)
    result = run("extract", server.base_url + path, "--source", "hdnd-dienbien", "--json")
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["published"] == "2020-07-09T04:05:37+07:00"
    assert article["author"] == "Bảo An"
    assert article["site_metadata"]["views"] == 256
    assert article["union_related"] is True


def test_extract_a_saved_file_with_its_url(servers, tmp_path):
    server = servers["baolaocai"]
    path = next(p for p, a in server.site.articles() if a is seeds.SEED_NEWSPAPER_2024)
    saved = tmp_path / "page.html"
    saved.write_bytes(fetch(server.base_url + path)[2])
    result = run("extract", str(saved), "--url", "https://baolaocai.vn" + path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(seeds.SEED_NEWSPAPER_2024.title)
    assert "Date: 2024-12-26T18:45:00+07:00" in result.stdout
    assert "40.993 lượt đoàn viên" in result.stdout


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: str(d / "missing.html"), "no such file"),
        (lambda d: _file(d, b""), "empty page"),
        (lambda d: _file(d, bytes(range(256)) * 50), "binary content"),
        (lambda d: "http://127.0.0.1:9/nothing-listens-here", "cannot fetch"),
    ],
    ids=["missing", "empty", "binary", "unreachable"],
)
def test_extract_errors_are_one_line(tmp_path, make, reason):
    result = run("extract", make(tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_source_is_an_error():
    result = run("extract", "cli.py", "--source", "nope")
    assert result.returncode == 1 and "no source named 'nope'" in result.stderr


def _file(directory: Path, data: bytes) -> str:
    path = directory / "input.html"
    path.write_bytes(data)
    return str(path)


def test_demo_serves_crawls_indexes_and_shows_a_sample(data_dir):
    result = cli(data_dir, "demo", "--port", str(free_ports(5)))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Replicas on loopback:") and "run 1 success:" in out and "indexed" in out
    for source in ("baolaocai", "laocai-portal", "congdoan-laocai", "hdnd-dienbien", "dienbien-portal"):
        assert f"  {source}" in out
    assert "Newest union articles:" in out and out.count("\n  [") == 3
    assert cli(data_dir, "index", "--check").returncode == 0
    assert json.loads(cli(data_dir, "search", "công đoàn", "--json").stdout)["total"] > 0
