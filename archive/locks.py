"""Exclusive locks in the data directory: one stand-alone crawl, one index follower at a time."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockedError(RuntimeError):
    """Another process holds the lock; the message names it."""


@contextmanager
def data_dir_lock(data_dir: Path, name: str, holder: str) -> Iterator[None]:
    """An exclusive lock on ``DATA_DIR/NAME.lock`` holding the owner's pid; the kernel drops it if the
    process dies. `holder` names the owner in the error ("crawl", "`index --follow`")."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / f"{name}.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid = handle.read().strip() or "unknown"
            raise LockedError(f"another {holder} is running (pid {pid}) on {data_dir}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
