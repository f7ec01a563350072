"""A run answered from the cache imports only what answers it: no worker pool and no text normaliser."""
import os
import subprocess
import sys


def test_a_run_whose_every_file_is_cached_imports_neither_the_pool_nor_the_normaliser(tmp_path):
    (tmp_path / "cv.txt").write_text("Jane Doe\nPython developer since 2015\n")
    code = ("import contextlib, io, sys\nfrom screener.cli import main\n"
            f"sys.argv = ['screener', 'screen', {str(tmp_path / 'cv.txt')!r}, '--as-of', '2026-01-01', '-f', 'jsonl']\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main()\n"
            "print(' '.join(sys.modules))")
    env = {**os.environ, "SCREENER_CACHE_DIR": str(tmp_path / "cache")}
    cold = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    warm = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    assert "screener.run.pool" in cold.stdout.split()  # the same code does import them when it reads the file
    assert not {"screener.run.pool", "multiprocessing", "screener.text.normalize", "screener.loaders.text",
                "email"} & set(warm.stdout.split())
