"""Which engine a data directory's index uses: recorded in the index itself, chosen by
`index --rebuild --engine NAME`, followed by every command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from search.engine import SearchEngine, SearchIndexError

ENGINES = ("whoosh", "tantivy")
DEFAULT = "whoosh"
RECORD = "congdoan-index.json"  # beside the engine's own files


def index_path(data_dir: Path) -> Path:
    """Where a data directory keeps its search index."""
    return Path(data_dir) / "index"


def recorded_engine(path: Path) -> str:
    """The engine of the index at `path` (no index, or one from before engines were recorded: Whoosh)."""
    try:
        return json.loads((Path(path) / RECORD).read_text())["engine"]
    except FileNotFoundError:
        return DEFAULT
    except (OSError, ValueError, KeyError) as exc:
        raise SearchIndexError.damaged(path, exc) from None


def _engine_class(name: str) -> type[SearchEngine]:
    if name == "tantivy":
        from search.tantivy_engine import TantivyEngine

        return TantivyEngine
    from search.whoosh_engine import WhooshEngine

    return WhooshEngine


def create_engine(name: str, path: Path):
    """A new, empty index of engine `name` at `path`, with the choice recorded."""
    engine = _engine_class(name)(path, create=True)
    (Path(path) / RECORD).write_text(json.dumps({"engine": name}))
    return engine


def open_engine(path: Path):
    """The index at `path`, in whichever engine built it; SearchIndexError says how to recover."""
    return _engine_class(recorded_engine(path))(path)


def index_exists(path: Path) -> bool:
    return _engine_class(recorded_engine(path)).exists(path)


def replace_index(new: Path, current: Path) -> None:
    """Swap a freshly built index in place of the current one (searches keep working meanwhile)."""
    old = current.with_name(current.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if current.exists():
        current.rename(old)
    new.rename(current)
    shutil.rmtree(old, ignore_errors=True)
