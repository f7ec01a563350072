"""Project settings found the way linters find theirs: `screener.toml`, or `[tool.screener]` in `pyproject.toml`,
in the current folder or the nearest folder above it that has one.

Settings become the commands' defaults, so a flag on the command line wins over an environment variable
(`SCREENER_RULES`, `SCREENER_AS_OF`, `SCREENER_FORMAT`, `SCREENER_OUTPUT`, `SCREENER_JOBS`), which wins over the
file, which wins over the built-in default. Paths in the file are relative to the file's folder.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from .errors import ScreenerError, unknown_key
from .reporters import Format

KEYS = ("rules", "as-of", "format", "output", "jobs")
# which commands take each setting, under the name of their parameter
_TAKEN_BY = {"rules": ("screen", "check", "explain"), "as-of": ("screen", "check", "explain"),
             "format": ("screen",), "output": ("screen",), "jobs": ("screen", "check")}


class ConfigError(ScreenerError):
    """A settings file that cannot be used: the message names the file and the key."""


def find(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest settings file at or above `start` and its settings table (a pyproject.toml without a
    [tool.screener] table is passed over)."""
    for folder in (start, *start.parents):
        for name in ("screener.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            data = _read(path)
            table = data.get("tool", {}).get("screener") if name == "pyproject.toml" else data
            if table is not None:
                return path, table
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not readable TOML ({exc})") from None


def default_map(path: Path, table: Any) -> dict[str, dict[str, Any]]:
    """The settings as click's per-command defaults, validated: unknown keys and bad values are errors."""
    where = f"{path}" + (" [tool.screener]" if path.name == "pyproject.toml" else "")
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: settings must be a table")
    if extra := unknown_key(table, KEYS):
        raise ConfigError(f"{where}: unknown key {extra!r} (allowed: {', '.join(KEYS)})")
    values = {key: _value(where, path.parent, key, value) for key, value in table.items()}
    out: dict[str, dict[str, Any]] = {}
    for key, value in values.items():
        for command in _TAKEN_BY[key]:
            setting = value
            if key == "rules" and command != "screen":
                if len(value) > 1:
                    continue  # check and explain take one rule file; several are for screen
                setting = value[0]
            out.setdefault(command, {})[key.replace("-", "_")] = setting
    return out


def _value(where: str, base: Path, key: str, value: Any) -> Any:
    if key == "rules":
        paths = [value] if isinstance(value, str) else value
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) and p for p in paths):
            raise ConfigError(f"{where}: rules must be a path or a list of paths")
        return [str(base / p) for p in paths]
    if key == "output":
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: output must be a path")
        return str(base / value)
    if key == "as-of":
        text = value.isoformat() if isinstance(value, dt.date) else value
        try:
            dt.date.fromisoformat(text)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: as-of must be a date like 2026-01-01, got {value!r}") from None
        return text
    if key == "format":
        if value not in {f.value for f in Format}:
            raise ConfigError(f"{where}: format must be one of {', '.join(f.value for f in Format)}, got {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{where}: jobs must be a whole number of at least 1, got {value!r}")
    return value
