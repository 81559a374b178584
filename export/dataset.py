"""One export: select, stream through a format writer, publish the file whole, then its manifest."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from archive import __version__
from archive.backup import sha256_of
from export.formats import FORMATS, open_writer
from export.output import atomic_file, check_target, is_stream
from export.schema import TIME_NOTE, describe
from export.selection import Reader, Selection

PROGRESS_EVERY = 200


@dataclass
class ExportResult:
    count: int = 0
    first_published: datetime | None = None
    last_published: datetime | None = None
    sha256: str = ""
    manifest: Path | None = None


def manifest_path(path: Path) -> Path:
    return path.with_name(path.name + ".manifest.json")


def export(
    engine: Engine,
    selection: Selection,
    fmt: str,
    output: str,
    *,
    index_dir: Path,
    force: bool = False,
    excel: bool = False,
    command: list[str] | None = None,
    progress: Callable[[int], None] | None = None,
    on_count: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the selection to `output` ('-' for standard output) and, for a file, its manifest.

    Raises OutputError, SearchIndexError or QuerySyntaxError before anything is written."""
    path = None if output == "-" else Path(output)
    if path is not None:
        check_target(path, force)
        if not is_stream(path):
            check_target(manifest_path(path), force)
    reader = Reader(engine, selection, index_dir)
    if on_count:
        on_count(reader.count())
    if path is None:
        return _stream(reader, fmt, sys.stdout.buffer, excel, selection, progress)
    if is_stream(path):  # a FIFO or a device: written into as it is, no manifest beside it
        with path.open("wb") as out:
            return _stream(reader, fmt, out, excel, selection, progress, gzip=path.suffix != ".warc")
    manifest_path(path).unlink(missing_ok=True)  # never an old manifest beside a new file (--force)
    with atomic_file(path) as out:
        result = _stream(reader, fmt, out, excel, selection, progress, gzip=path.suffix != ".warc")
    result.sha256 = sha256_of(path)
    result.manifest = manifest_path(path)
    manifest = {
        "file": path.name,
        "format": FORMATS[fmt],
        "command": command or [],
        "selection": selection.describe(),
        "count": result.count,
        "published_range": {
            "first": result.first_published.isoformat() if result.first_published else None,
            "last": result.last_published.isoformat() if result.last_published else None,
        },
        "schema": describe(),
        "notes": [TIME_NOTE],
        "sha256": result.sha256,
        "bytes": path.stat().st_size,
        "tool": {"name": "congdoan-archive", "version": __version__},
        "archive": engine.url.render_as_string(hide_password=True),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with atomic_file(result.manifest) as out:
        out.write(json.dumps(manifest, ensure_ascii=False, indent=2).encode() + b"\n")
    return result


def _stream(
    reader: Reader, fmt: str, out: BinaryIO, excel: bool, selection: Selection, progress, gzip: bool = True
) -> ExportResult:
    result = ExportResult()
    writer = open_writer(fmt, out, excel=excel, description={"selection": selection.describe()}, gzip=gzip)
    for record, raw in reader.records(with_raw=fmt == "warc"):
        published = record["published"]
        if published:
            if result.first_published is None or published < result.first_published:
                result.first_published = published
            if result.last_published is None or published > result.last_published:
                result.last_published = published
        writer.write(record, raw)
        result.count += 1
        if progress and result.count % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)
    writer.close()
    if progress:
        progress(result.count % PROGRESS_EVERY)
    return result
