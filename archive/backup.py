"""Backing up the archive while crawls run: SQLite's online backup API (a consistent snapshot, page by
page, without stopping writers), or pg_dump for PostgreSQL; a manifest beside the copy says what it
holds, and `archive check` verifies a copy against it."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from archive import __version__
from archive.db import TABLES, ArchiveError, schema_revision


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + ".manifest.json")


def sha256_of(path: Path) -> str:
    """The sha256 of a file, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def row_counts(engine: Engine) -> dict[str, int]:
    present = set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        return {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES if t in present}


def backup(engine: Engine, path: Path, force: bool = False) -> dict:
    """Copy the archive to `path` (written aside, then renamed) with `path`.manifest.json; the manifest."""
    if path.exists() and not force:
        raise ArchiveError(f"{path} exists: add --force to replace it")
    if not path.parent.is_dir():
        raise ArchiveError(f"no such directory: {path.parent}")
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    if engine.dialect.name == "sqlite":
        source = sqlite3.connect(engine.url.database)
        target = sqlite3.connect(partial)
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
            source.close()
        counts = row_counts(_sqlite_engine(partial))
        method = "sqlite online backup"
    elif engine.dialect.name == "postgresql":
        if shutil.which("pg_dump") is None:
            raise ArchiveError("pg_dump is not installed: install PostgreSQL's client tools to back up this archive")
        url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        counts = row_counts(engine)  # read before the dump: a crawl may add rows meanwhile
        result = subprocess.run(
            ["pg_dump", "--format=custom", f"--file={partial}", url], capture_output=True, text=True
        )
        if result.returncode != 0:
            partial.unlink(missing_ok=True)
            raise ArchiveError(f"pg_dump failed: {result.stderr.strip().splitlines()[-1] if result.stderr else ''}")
        method = "pg_dump --format=custom"
    else:
        raise ArchiveError(f"cannot back up a {engine.dialect.name} archive")
    partial.replace(path)
    manifest = {
        "file": path.name,
        "method": method,
        "schema_revision": schema_revision(engine),
        "counts": counts,
        "sha256": sha256_of(path),
        "bytes": path.stat().st_size,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "tool": {"name": "congdoan-archive", "version": __version__},
    }
    manifest_path(path).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return manifest


def _sqlite_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(f"sqlite:///{path}")


def verify_manifest(database: Path, counts: dict[str, int]) -> list[str]:
    """Problems of a SQLite archive file against the backup manifest beside it (none if there is none)."""
    manifest_file = manifest_path(database)
    if not manifest_file.exists():
        return []
    manifest = json.loads(manifest_file.read_text())
    problems = []
    if manifest.get("sha256") and sha256_of(database) != manifest["sha256"]:
        problems.append(f"{database.name} does not match the sha256 of its backup manifest (changed since the backup)")
    for table, expected in manifest.get("counts", {}).items():
        if counts.get(table) != expected:
            problems.append(f"{table}: {counts.get(table)} rows, the backup manifest says {expected}")
    return problems
