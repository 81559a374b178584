"""The CLI at its edges, through the real command in a subprocess: output that is a device, a FIFO,
a directory or a closed pipe; read-only commands on a data directory that does not exist; inputs that
are checked; the installed `congdoan` command; and no traceback for any bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading

import pytest

from replicas.catalog import build_site
from replicas.server import serve
from tests.conftest import archive_in
from tests.crawling import ROOT, archive_url, cli, command, crawl


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory, backend):
    data_dir = archive_in(tmp_path_factory.mktemp("archive"), backend)
    with serve(build_site("baolaocai")) as server:
        assert crawl(data_dir, server).returncode == 0
    return data_dir


def test_force_never_replaces_a_device_or_a_directory(archive_dir, tmp_path):
    for device in ("/dev/null",):
        result = cli(archive_dir, "export", "-f", "jsonl", "-o", device, "--force")
        assert result.returncode == 0, result.stderr
        assert os.path.exists(device) and not os.path.isfile(device)
        assert not os.path.exists(device + ".manifest.json")
    full = cli(archive_dir, "export", "-f", "jsonl", "-o", "/dev/full", "--force")
    assert full.returncode == 1 and "No space left" in full.stderr and len(full.stderr.splitlines()) == 1
    assert not os.path.isfile("/dev/full")
    (tmp_path / "dir").mkdir()
    refused = cli(archive_dir, "export", "-f", "jsonl", "-o", str(tmp_path / "dir"), "--force")
    assert refused.returncode == 1 and "is a directory" in refused.stderr


def test_export_into_a_fifo_writes_it_directly(archive_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(fifo.read_text().splitlines()))
    reader.start()
    result = cli(archive_dir, "export", "-f", "jsonl", "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(lines) == len(build_site("baolaocai").articles()) and json.loads(lines[0])["id"]
    assert not (tmp_path / "pipe.manifest.json").exists()


@pytest.mark.parametrize(
    "args", [["export", "-f", "jsonl", "-o", "-"], ["runs"], ["search", "công đoàn", "--limit", "50"]]
)
def test_a_closed_pipe_ends_quietly(archive_dir, args):
    process = subprocess.Popen(command(archive_dir, *args), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()  # `| head -1`
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0 and b"Traceback" not in err and b"Broken pipe" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["runs"],
        ["show", "1"],
        ["export", "-f", "jsonl", "-o", "-"],
        ["index", "--check"],
        ["index"],
        ["reextract", "--dry-run"],
    ],
)
def test_read_only_commands_never_create_an_archive(tmp_path, args):
    missing = tmp_path / "nowhere" / "data"
    result = subprocess.run(
        [sys.executable, "cli.py", "--data-dir", str(missing), *args], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "no archive" in result.stderr or "no search index" in result.stderr
    assert not missing.exists()


def test_inputs_are_checked(archive_dir):
    typo = cli(archive_dir, "crawl", "baolaocai", "--base-url", "baolacai=http://127.0.0.1:9")
    assert typo.returncode == 2 and "names no source 'baolacai'" in typo.stderr
    assert cli(archive_dir, "runs", "--failures", "999").returncode == 1
    failures = json.loads(cli(archive_dir, "runs", "--failures", "1", "--json").stdout)
    assert failures == {"run": 1, "failures": []}
    for args in (["search", "công"], ["export", "-f", "jsonl", "-o", "-"]):
        backwards = cli(archive_dir, *args, "--from", "01/01/2025", "--to", "31/12/2024")
        assert backwards.returncode == 2 and "is after --to" in backwards.stderr
    everything = json.loads(cli(archive_dir, "search", "công", "--json", "--limit", "1000").stdout)["total"]
    without = json.loads(cli(archive_dir, "search", "công", "-đoàn", "--json", "--limit", "1000").stdout)
    assert without["total"] < everything
    quoted = json.loads(cli(archive_dir, "search", "công -đoàn", "--json", "--limit", "1000").stdout)
    assert quoted["total"] == without["total"]


BAD_INPUTS = [
    ["crawl", "nosuchsource"],
    ["crawl", "--base-url", "nourl"],
    ["crawl", "--since", "yesterday"],
    ["crawl", "--seed"],
    ["crawl", "--url", "http://x", "baolaocai"],
    ["search", "a OR"],
    ["search", '"open'],
    ["search", "x", "--from", "31/31/2024"],
    ["search", "x", "--page", "0"],
    ["show", "999999"],
    ["show", "http://nowhere"],
    ["runs", "--failures", "abc"],
    ["export", "-f", "parquet", "-o", "-"],
    ["export", "-f", "csv", "--excel"],
    ["export", "-f", "jsonl", "-o", "/no/such/dir/x.jsonl"],
    ["index", "--engine", "tantivy"],
    ["index", "--rebuild", "--check"],
    ["extract", "/no/such/file.html"],
    ["reextract", "--since-run", "0"],
    ["archive", "migrate-to", "notaurl"],
    ["nosuchcommand"],
]


@pytest.mark.parametrize("args", BAD_INPUTS, ids=lambda a: " ".join(a))
def test_no_traceback_for_bad_input(archive_dir, args):
    result = cli(archive_dir, *args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip(), "a failure says why"


def test_installed_congdoan_command_equals_cli_py(archive_dir, tmp_path):
    prefix, source = tmp_path / "installed", tmp_path / "source"
    # From a copy: a build writes into the tree it builds.
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", "data", "build", "__pycache__", "*.egg-info"))
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--prefix", str(prefix), str(source)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    site = next(prefix.glob("lib/python*/site-packages"))
    env = {**os.environ, "PYTHONPATH": str(site)}
    args = ["--data-dir", str(archive_dir), "--db", archive_url(archive_dir), "runs", "--json"]
    installed = subprocess.run(
        [prefix / "bin" / "congdoan", *args], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    assert json.loads(installed.stdout) == json.loads(cli(archive_dir, "runs", "--json").stdout)
