"""On a terminal: lines said during a batch and its progress bar share one rich console on stderr."""
from __future__ import annotations

import functools


def terminal_stderr(console=None):
    """say() and a progress bar sharing one rich console on stderr: a line said while the bar is live is printed
    above it, where a plain write to stderr would land in the middle of the bar."""
    from rich.console import Console

    console = console or Console(stderr=True)

    def say(message: str) -> None:
        console.print(message, markup=False, highlight=False, emoji=False, soft_wrap=True)
    return say, functools.partial(progress_bar, console)


def progress_bar(console, total: int):
    """A progress bar on `console` for batches; returns the per-file tick."""
    from rich.progress import Progress

    if total < 2:
        return lambda: None
    bar = Progress(console=console, transient=True)
    task = bar.add_task("screening", total=total)
    bar.start()

    def tick() -> None:
        bar.advance(task)
        if bar.finished:
            bar.stop()
    return tick
