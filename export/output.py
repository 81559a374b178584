"""Export files appear whole or not at all."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class OutputError(RuntimeError):
    """The output cannot be written (it exists without --force, or its directory is missing)."""


def is_stream(path: Path) -> bool:
    """A FIFO or a character device (/dev/null, a terminal): written into directly, never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def check_target(path: Path, force: bool) -> None:
    """Refuse a missing directory, a directory or another non-regular file as the target, or an
    existing file without force. A FIFO or character device is fine: it is written into, not replaced."""
    if not path.parent.is_dir():
        raise OutputError(f"no such directory: {path.parent}")
    if is_stream(path):
        return
    if path.is_dir():
        raise OutputError(f"{path} is a directory")
    if path.exists() and not path.is_file():
        raise OutputError(f"{path} is not a regular file: it is never replaced")
    if path.exists() and not force:
        raise OutputError(f"{path} exists: add --force to overwrite it")


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file that takes `path`'s name only once the block succeeds.

    On Linux it is written unnamed (O_TMPFILE), so even a process killed with SIGKILL leaves nothing
    behind; elsewhere a hidden temporary file beside `path` is removed on any error.
    """
    directory = path.parent
    named = None
    try:
        fd = os.open(directory, os.O_TMPFILE | os.O_RDWR, 0o644)
    except (AttributeError, OSError):  # not Linux, or a filesystem without O_TMPFILE
        fd, named = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".partial")
    out = os.fdopen(fd, "w+b")
    try:
        yield out
        out.flush()
        os.fsync(out.fileno())
        if named is None:
            named = tempfile.mktemp(dir=directory, prefix=f".{path.name}.", suffix=".partial")
            _link_unnamed(out.fileno(), Path(named))
        os.replace(named, path)
        named = None
    finally:
        out.close()
        if named is not None:
            Path(named).unlink(missing_ok=True)


def _link_unnamed(fd: int, target: Path) -> None:
    """Give an O_TMPFILE file a name. A dst_dir_fd makes Python call linkat(AT_SYMLINK_FOLLOW): plain
    link() would try to link the /proc symlink itself and fail across devices."""
    directory = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.link(f"/proc/self/fd/{fd}", target.name, dst_dir_fd=directory, follow_symlinks=True)
    finally:
        os.close(directory)
