"""The installed `screener` command. Ctrl-C or `kill` while the command line is still loading (its imports take a
tenth of a second) ends it with one line and the shells' exit code, as it does later in a run (cli/stopping.py),
rather than a traceback: nothing has been opened or written yet, so there is nothing to let go of."""
from __future__ import annotations

import os
import signal
import sys


def main() -> None:
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _stopped_while_loading)
    from .cli import main as run  # sets its own handlers for the run

    run()


def _stopped_while_loading(signum: int, frame: object) -> None:
    sys.stderr.write(f"screener: stopped by {signal.Signals(signum).name}\n")
    sys.stderr.flush()
    os._exit(128 + signum)
