"""The worker pool: results in path order whatever the worker count; a hanging or crashing file is one error row."""
import gc
import multiprocessing as mp
import os
import signal
import time

import pytest
from helpers import AS_OF

from functools import partial

from screener import loaders
from screener.models import Verdict
from screener.rules import parse_rules
from screener.run.file import error_rows, screen_file
from screener.run.options import ScreenOptions
from screener.run.pool import GC_YOUNG, map_in_order

RULES = parse_rules({"title": "t", "requirement": [
    {"id": "python", "group": "must-have", "text": "Python", "check": "keywords", "any": ["Python"]}]}, "t.toml")

OPTIONS = ScreenOptions((RULES,), AS_OF)
WORK = partial(screen_file, options=OPTIONS)
ON_ERROR = partial(error_rows, options=OPTIONS)


def hang(path, pdf_engine):
    time.sleep(60)


def crash(path, pdf_engine):
    os._exit(3)


@pytest.fixture
def files(tmp_path):
    paths = []
    for i in range(6):
        p = tmp_path / f"r{i}.txt"
        p.write_text("Python" if i % 2 else "Cobol")
        paths.append(p)
    return paths


def test_results_come_in_input_order_with_several_workers(files):
    results = [r for (r,) in map_in_order(files, WORK, ON_ERROR, jobs=3, timeout=30)]
    assert [r.file for r in results] == [str(p) for p in files]
    assert [r.verdict for r in results] == [Verdict.FAIL, Verdict.PASS] * 3


@pytest.mark.parametrize("reader,reason", [(hang, "timed out after 0.5 s"), (crash, "crashed")],
                         ids=["hang", "crash"])
def test_a_file_that_hangs_or_kills_its_reader_is_an_error_row_and_the_rest_are_screened(
        monkeypatch, files, tmp_path, reader, reason):
    monkeypatch.setitem(loaders.LOADERS, ".bad", reader)
    bad = tmp_path / "r2b.bad"
    bad.write_text("x")
    batch = files[:3] + [bad] + files[3:]
    results = [r for (r,) in map_in_order(batch, WORK, ON_ERROR, jobs=2, timeout=0.5)]
    assert [r.file for r in results] == [str(p) for p in batch]
    assert results[3].verdict is Verdict.ERROR and reason in results[3].error
    assert all(r.verdict is not Verdict.ERROR for r in results[:3] + results[4:])


def _dies_on_every_third(path):
    if int(path.stem) % 3 == 1:
        os._exit(1)  # a reader that segfaults on this file
    return int(path.stem)


def test_workers_dying_with_files_queued_behind_them_lose_no_file_and_stop_nothing(tmp_path):
    paths = []
    for i in range(150):
        paths.append(tmp_path / f"{i}")
        paths[-1].write_text("x")
    results = list(map_in_order(paths, _dies_on_every_third, lambda p, why: ("error", int(p.stem), why), jobs=4,
                                timeout=5))
    assert [r[1] if isinstance(r, tuple) else r for r in results] == list(range(150))
    assert all(isinstance(r, tuple) == (i % 3 == 1) for i, r in enumerate(results))


def _interrupted_then_done(path):
    os.kill(os.getpid(), signal.SIGINT)  # the Ctrl-C a terminal sends to every process of its group
    return int(path.stem)


def test_a_worker_leaves_ctrl_c_to_the_parent_and_goes_on(tmp_path):
    paths = [tmp_path / f"{i}" for i in range(4)]
    for p in paths:
        p.write_text("x")
    results = list(map_in_order(paths, _interrupted_then_done, lambda p, why: why, jobs=2, timeout=30))
    assert results == [0, 1, 2, 3]


def _slow(path):
    time.sleep(60)


class _Stop(Exception):
    """What a signal handler raises where the parent waits: Ctrl-C or a `kill` turned into an exception."""


def test_a_batch_stopped_part_way_kills_its_workers_rather_than_wait_for_their_files(tmp_path):
    paths = [tmp_path / f"{i}" for i in range(4)]
    for p in paths:
        p.write_text("x")

    def stop(*_):
        raise _Stop

    old = signal.signal(signal.SIGALRM, stop)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)  # while the parent waits for the first, still running, file
        with pytest.raises(_Stop):
            list(map_in_order(paths, _slow, lambda p, why: why, jobs=2, timeout=None))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert mp.active_children() == []


def collector_state(path):
    """(young objects collected after how many allocations, objects frozen out of collection) in this process."""
    return gc.get_threshold()[0], gc.get_freeze_count()


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="only forked workers inherit the parent's objects")
def test_a_forked_worker_leaves_the_parents_objects_to_its_collector_uncounted_and_collects_less_often(files):
    """A file allocates hundreds of thousands of short-lived objects: collecting every 700 walks them over and
    over, and the oldest generation's collections walk (and write to the shared pages of) every rule and pattern
    the worker inherited. The parent's own collector is left as it was."""
    before = gc.get_threshold(), gc.get_freeze_count()
    states = list(map_in_order(files[:2], collector_state, ON_ERROR, jobs=2, timeout=30))
    assert all(young == GC_YOUNG > 700 and frozen > 1000 for young, frozen in states)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
