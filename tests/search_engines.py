"""The search engines every search test runs on, and a fresh index of given documents in each."""

from __future__ import annotations

from pathlib import Path

from search.engine import IndexDocument

ENGINES = ["whoosh", "tantivy"]


def build_index(name: str, path: Path, docs: list[IndexDocument]):
    """A new index of `docs` at `path` in engine `name`, built the way `index --rebuild` builds one."""
    from search.engines import create_engine

    engine = create_engine(name, path)
    engine.add(docs, fresh=True)
    return engine
