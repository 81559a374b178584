"""The four export formats. Each writer takes records (and raw responses, for WARC) one at a time."""

from __future__ import annotations

import csv
import io
import json
import zlib
from datetime import UTC
from http import HTTPStatus
from typing import BinaryIO, Protocol

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from export.schema import FIELDS, NAMES, TIMESTAMPS, describe
from export.selection import Raw

PARQUET_ROWS = 5000  # rows per Parquet row group; fixed, so the same selection gives the same bytes
CSV_LIST_SEPARATOR = "; "


class Writer(Protocol):
    def write(self, record: dict, raw: Raw | None) -> None: ...

    def close(self) -> None: ...


def _iso(record: dict) -> dict:
    for key in TIMESTAMPS:
        if record[key] is not None:
            record[key] = record[key].isoformat()
    return record


class _TextWriter:
    """Text over the binary output; closing leaves the output open (the caller publishes it)."""

    def __init__(self, out: BinaryIO, encoding: str = "utf-8"):
        self.out = io.TextIOWrapper(out, encoding=encoding, newline="")

    def close(self) -> None:
        self.out.flush()
        self.out.detach()


class JsonlWriter(_TextWriter):
    """One UTF-8 JSON object per line, keys in schema order."""

    def write(self, record: dict, raw: Raw | None = None) -> None:
        self.out.write(json.dumps(_iso(record), ensure_ascii=False) + "\n")


class CsvWriter(_TextWriter):
    """RFC 4180: a header row, CRLF line ends, quotes where needed; lists joined with '; ', images as
    JSON text."""

    def __init__(self, out: BinaryIO, excel: bool = False):
        super().__init__(out, "utf-8-sig" if excel else "utf-8")
        self.csv = csv.writer(self.out, lineterminator="\r\n")
        self.csv.writerow(NAMES)

    def write(self, record: dict, raw: Raw | None = None) -> None:
        row = []
        for name, value in _iso(record).items():
            if name == "images":
                value = json.dumps(value or [], ensure_ascii=False)  # structured: JSON text in one cell
            elif isinstance(value, list):
                value = CSV_LIST_SEPARATOR.join(value)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            row.append(value)
        self.csv.writerow(row)


class ParquetWriter:
    """Typed columns (zstd): timezone-aware timestamps, lists of strings, field descriptions as metadata."""

    def __init__(self, out: BinaryIO):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        types = {
            "int": pa.int64(),
            "str": pa.string(),
            "bool": pa.bool_(),
            "timestamp": pa.timestamp("us", tz="+07:00"),
            "list": pa.list_(pa.string()),
            "images": pa.list_(pa.struct([("url", pa.string()), ("caption", pa.string())])),
        }
        self.schema = pa.schema(
            [pa.field(f.name, types[f.type], metadata={"description": f.description}) for f in FIELDS]
        )
        self.writer = pq.ParquetWriter(out, self.schema, compression="zstd")
        self.rows: list[tuple] = []

    def write(self, record: dict, raw: Raw | None = None) -> None:
        self.rows.append(tuple(record.values()))
        if len(self.rows) >= PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            columns = [
                self.pa.array(values, f.type)
                for values, f in zip(zip(*self.rows, strict=True), self.schema, strict=True)
            ]
            self.writer.write_batch(self.pa.record_batch(columns, schema=self.schema), row_group_size=PARQUET_ROWS)
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


class WarcWriter:
    """Gzipped WARC: per article its raw `response` record (original status line, headers, body; the
    fetch time as WARC-Date) and a `metadata` record with the extracted fields, after a `warcinfo`."""

    def __init__(self, out: BinaryIO, description: dict | None = None, gzip: bool = True):
        self.writer = WARCWriter(out, gzip=gzip, warc_version="1.1")
        info = {"software": "congdoan-archive", "format": "WARC File Format 1.1", "fields": json.dumps(describe())}
        info.update({key: json.dumps(value, ensure_ascii=False) for key, value in (description or {}).items()})
        self.writer.write_record(self.writer.create_warcinfo_record("export.warc.gz", info))

    def write(self, record: dict, raw: Raw | None) -> None:
        concurrent = {}
        if raw is not None:
            body = zlib.decompress(raw.body)
            # The body is stored de-chunked and decoded: keep the headers true to it.
            headers = [(k, v) for k, v in raw.headers if k.lower() not in ("transfer-encoding", "content-length")]
            headers.append(("Content-Length", str(len(body))))
            status = f"{raw.status} {_phrase(raw.status)}"
            response = self.writer.create_warc_record(
                raw.url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=StatusAndHeaders(status, headers, protocol=raw.protocol),
                warc_headers_dict={
                    "WARC-Date": datetime_to_iso_date(
                        raw.fetched_at.astimezone(UTC).replace(tzinfo=None), use_micros=True
                    )
                },
            )
            self.writer.write_record(response)
            concurrent = {
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
                "WARC-Date": response.rec_headers.get_header("WARC-Date"),
            }
        fields = json.dumps(_iso(record), ensure_ascii=False).encode()
        # Its own URI, so that replay of the page's URL finds the response, never this record.
        metadata = self.writer.create_warc_record(
            f"urn:congdoan-archive:article:{record['id']}:v{record['version']}",
            "metadata",
            payload=io.BytesIO(fields),
            length=len(fields),
            warc_content_type="application/json",
            warc_headers_dict=concurrent,
        )
        self.writer.write_record(metadata)

    def close(self) -> None:
        self.writer.out.flush()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


FORMATS = {"jsonl": "JSON Lines", "csv": "CSV", "parquet": "Parquet", "warc": "WARC"}
STREAMABLE = ("jsonl", "csv", "warc")  # can go to standard output; Parquet needs a file


def open_writer(
    fmt: str, out: BinaryIO, excel: bool = False, description: dict | None = None, gzip: bool = True
) -> Writer:
    """The writer for a format name (WARC records are gzipped unless `gzip` is false)."""
    if fmt == "jsonl":
        return JsonlWriter(out)
    if fmt == "csv":
        return CsvWriter(out, excel)
    if fmt == "parquet":
        return ParquetWriter(out)
    return WarcWriter(out, description, gzip)
