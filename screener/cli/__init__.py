"""Command line: options -> run -> reporter -> exit code. The only package that prints errors or exits.

app.py holds the app and the screening commands, rules.py and cache.py their command groups, common.py what
they share (exit codes, options, how an error is said), terminal.py the progress bar.
"""
from .app import app, main
from .common import EXIT_CLOSED_PIPE, EXIT_DIFFERS, EXIT_USAGE, EXIT_WRITE

__all__ = ["EXIT_CLOSED_PIPE", "EXIT_DIFFERS", "EXIT_USAGE", "EXIT_WRITE", "app", "main"]
