"""The errors the screener raises on purpose; cli/ turns each into one line on stderr and an exit code."""


class ScreenerError(Exception):
    """Base of every error the user should see as one line, never as a traceback."""


class RuleFileError(ScreenerError):
    """A rule file that cannot be used: the message names the file and the line or requirement id."""


class LoadError(ScreenerError):
    """A resume that cannot be read (corrupt, encrypted, empty, unsupported): it becomes an `error` row."""


class OutputError(ScreenerError):
    """Results that could not be written (a full disk, a device gone): a distinct exit code, as nothing was lost
    in the screening itself."""


def unknown_key(table: dict, allowed) -> str | None:
    """The first key of `table` that is not allowed (rule and settings files name it in their one-line error)."""
    extra = sorted(set(table) - set(allowed))
    return extra[0] if extra else None
