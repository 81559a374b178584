"""Datasets out of the archive: JSONL, CSV, Parquet and WARC, each with a manifest."""
