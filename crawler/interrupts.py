"""Signals during a crawl: SIGINT (Ctrl-C), SIGTERM (cron, systemd, ``timeout``) and SIGHUP (a closed
terminal) all ask the crawl to stop; a second one ends the process at once."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator

from crawler.exit_codes import EXIT_INTERRUPTED

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class StopSignals:
    """While entered, the first stop signal is remembered and handed to the stop callback (if one is
    set, or as soon as one is); the second exits with 130 without waiting for anything. Whatever a
    batch had not committed then is dropped whole by the database, and the next run marks the run
    interrupted (the data-directory lock goes with the process)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._stop: Callable[[], None] | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopSignals:
        for number in STOP_SIGNALS:
            self._previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *_exc) -> None:
        if self.received is not None:
            return  # stopping: a second signal while the process winds down still leaves at once
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous.clear()

    @property
    def name(self) -> str:
        return signal.Signals(self.received).name if self.received else ""

    def on_stop(self, callback: Callable[[], None] | None) -> None:
        """Call `callback` at the first stop signal (at once if one came already); None: no callback."""
        self._stop = callback
        if callback is not None and self.received is not None:
            callback()

    def _handle(self, number: int, _frame) -> None:
        # Only os.write here: the signal may interrupt a write to the same stream.
        if self.received is not None:
            os.write(2, b"interrupted again: leaving at once (the next crawl marks this run interrupted)\n")
            os._exit(EXIT_INTERRUPTED)
        self.received = number
        name = signal.Signals(number).name
        os.write(2, f"{name}: stopping after the current batch (again to leave at once)\n".encode())
        if self._stop is not None:
            self._stop()


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """Stop signals held back in this thread for the duration, e.g. while it starts a child process,
    which inherits the mask and so cannot be interrupted before it has set its own handlers."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def ignore_stop_signals() -> None:
    """For worker processes: their parent decides when they stop (a terminal's Ctrl-C and ``timeout``
    signal the whole process group), then lets the signals through again, ignored."""
    for number in STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
