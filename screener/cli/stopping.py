"""Ctrl-C and `kill` end a run with one line and the exit code shells report, never a traceback.

A signal becomes an exception raised where the program is, so a run lets go of what it holds as on any error: an
--output file's temporary copy is removed (the file is left as it was), the workers are killed at once, a cache
entry this process was writing is removed (one a killed worker was writing is left as a temporary file, which the
cache's pruning removes). Python's own KeyboardInterrupt does that for Ctrl-C but prints a traceback; SIGTERM, by
default, ends the process at once with none of it.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(BaseException):
    """A signal asked the run to stop. A BaseException, as KeyboardInterrupt is, so that no `except Exception` on
    the way (a file's error row, a reporter's fallback) takes it for a failure of one file."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def _raise(signum: int, frame: object) -> None:
    raise Stopped(signum)


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """Within it, SIGINT and SIGTERM raise Stopped; outside, the handlers are what they were. Python runs signal
    handlers in the main thread only, so elsewhere (a test's thread) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = {s: signal.signal(s, _raise) for s in SIGNALS}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)
