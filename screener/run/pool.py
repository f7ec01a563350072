"""Screen many files on several processes, each file under a time limit, yielding results in path order.

A pathological PDF can make a parser spin for minutes; a thread cannot be stopped, so each file runs in a worker
process that is killed and replaced when it overruns, and the file becomes an `error` row. Results are re-ordered
by path with a small buffer, so memory holds only the results that wait for a slower earlier file.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from typing import Generic, TypeVar

T = TypeVar("T")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


Work = Callable[[Path], T]  # screens one file and never raises (file.screen_file with its options)
OnError = Callable[[Path, str], T]  # the result for a file whose worker timed out or died, with the reason


def _serve(conn: Connection, work: Callable[[Path], object]) -> None:
    """Worker loop: receive (index, path), send back (index, result), until told to stop with None, or until the
    parent is gone (killed by the OOM killer, say: forked siblings keep its pipe open, so no EOF would come)."""
    logging.disable(logging.WARNING)  # spawned workers do not inherit the CLI's setting
    # Ctrl-C reaches every process of the terminal's group: the parent stops the workers, which must not print a
    # traceback each; a `kill` ends a worker at once (forked workers inherit the CLI's handlers otherwise)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    parent = os.getppid()
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent:
                return
            continue
        task = conn.recv()
        if task is None:
            return
        index, path = task
        conn.send((index, work(path)))


# A worker's young objects collected after this many allocations, not 700: a file makes hundreds of thousands, most
# freed by reference counting, and each collection walks them all
GC_YOUNG = 10_000

# Files handed to a worker ahead of the one it is reading, so it never waits for the parent between files.
DEPTH = 3


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    tasks: deque[tuple[int, Path]] = field(default_factory=deque)  # sent, not yet answered; the first is running
    started: float = 0.0  # when the first of `tasks` began


def _context() -> mp.context.BaseContext:
    # fork starts workers in milliseconds and shares the loaded rules; elsewhere spawn is the safe default
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def map_in_order(files: Sequence[Path], work: Work[T], on_error: OnError[T], jobs: int = 1,
                 timeout: float | None = None) -> Iterator[T]:
    """Yield `work(path)` for each file, in the order of `files`. jobs=1 without a timeout runs in this process.

    `work` must be picklable (a module-level function or a functools.partial of one) where workers are spawned;
    `on_error` runs in this process only.
    """
    if jobs <= 1 and not timeout:
        for path in files:
            yield work(path)
        return
    yield from _Pool(work, on_error, max(1, min(jobs, len(files))), timeout).run(files)


class _Pool(Generic[T]):
    def __init__(self, work: Work[T], on_error: OnError[T], size: int, timeout: float | None):
        self.work, self.on_error, self.size, self.timeout = work, on_error, size, timeout
        self.ctx = _context()

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(child, self.work), daemon=True)
        gc.freeze()  # the parent's objects (rules, patterns, modules) are the worker's for good: its collector
        try:  # never walks them, nor writes to their pages, which forked workers would otherwise each copy
            proc.start()
        finally:
            gc.unfreeze()
        child.close()
        return _Worker(proc, parent)

    def run(self, files: Sequence[Path]) -> Iterator[T]:
        pending = list(enumerate(files))[::-1]  # popped from the end: path order
        workers = [self._start() for _ in range(self.size)] if files else []
        done: dict[int, T] = {}
        next_out = 0
        try:
            self._feed(workers, pending)
            while next_out < len(files):
                for index, result in self._collect(workers, pending):
                    done[index] = result
                self._feed(workers, pending)  # before yielding: workers run while the caller writes results
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
        except BaseException:
            # interrupted, or the caller stopped reading: files still running are abandoned, not waited for
            for w in workers:
                self._stop(w, kill=True)
            raise
        else:
            for w in workers:
                self._stop(w)

    @staticmethod
    def _feed(workers: list[_Worker], pending: list[tuple[int, Path]]) -> None:
        for w in workers:
            while len(w.tasks) < DEPTH and pending:
                if not w.tasks:
                    w.started = time.monotonic()
                w.tasks.append(pending.pop())
                try:
                    w.conn.send(w.tasks[-1])
                except OSError:
                    break  # the worker died with files queued: _collect sees its end and re-queues them

    def _collect(self, workers: list[_Worker], pending: list[tuple[int, Path]]) -> list[tuple[int, T]]:
        """Wait for finished files; replace workers that overran the timeout or died. A replaced worker's file is
        an error row; the files queued behind it go back to `pending`."""
        busy = [w for w in workers if w.tasks]
        wait_for = None
        if self.timeout:
            wait_for = max(0.0, min(w.started + self.timeout for w in busy) - time.monotonic())
        ready = wait([w.conn for w in busy], timeout=wait_for)
        out = []
        for i, w in enumerate(workers):
            if not w.tasks:
                continue
            reason = None
            if w.conn in ready:
                try:
                    while w.tasks and w.conn.poll():
                        out.append(w.conn.recv())
                        w.tasks.popleft()
                        w.started = time.monotonic()
                    continue
                except (EOFError, OSError):
                    reason = "the reader crashed on this file"
            elif self.timeout and time.monotonic() - w.started >= self.timeout:
                reason = f"timed out after {self.timeout:g} s (a pathological file?)"
            if reason is None:
                continue
            index, path = w.tasks.popleft()
            out.append((index, self.on_error(path, reason)))
            pending.extend(reversed(w.tasks))  # popped from the end: they run next, in path order
            self._stop(w, kill=True)
            workers[i] = self._start()
        return out

    @staticmethod
    def _stop(w: _Worker, kill: bool = False) -> None:
        if kill:
            w.process.kill()
        else:
            try:
                w.conn.send(None)
            except OSError:
                w.process.kill()
        w.process.join(timeout=5)
        w.conn.close()
