"""The installed versions of libraries, read from the names of their `{name}-{version}.dist-info` folders.

Every run fingerprints the libraries its cache entries depend on (cache.fingerprint). importlib.metadata answers
by importing the email package and parsing each library's METADATA file: about 40 ms, a sixth of a run answered
from the cache. The installer names the folder after the version, one directory listing away. The folders are
searched as importlib.metadata searches them (sys.path in order, the first folder naming the library wins); a
library found any other way (an .egg-info folder, a zip on the path, another finder of distributions) is asked
of importlib.metadata, so the answer is the same or, at worst, as slow as before.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable

NOT_INSTALLED = "-"


def installed_versions(names: Iterable[str], path: list[str] | None = None) -> dict[str, str]:
    """name -> installed version (NOT_INSTALLED when absent) for each name, searching the folders of `path`, else
    of sys.path (where any other finder of distributions on sys.meta_path leaves it to importlib.metadata)."""
    wanted = {_normalized(name): name for name in names}
    found: dict[str, str] = {}
    unsure = [] if path is not None or _only_the_path_finder() else list(wanted.values())
    for entry in sys.path if path is None else path:
        if len(found) + len(unsure) == len(wanted):
            break
        try:
            children = os.listdir(entry or ".")
        except OSError:  # a zip on the path holds distributions importlib.metadata can read; a missing folder none
            if os.path.isfile(entry):
                unsure += [n for n in wanted.values() if n not in found and n not in unsure]
            continue
        for child in children:
            stem, _, suffix = child.rpartition(".")
            if suffix.lower() not in ("dist-info", "egg-info"):
                continue
            project, _, version = stem.partition("-")
            name = wanted.get(_normalized(project))
            if name is None or name in found or name in unsure:
                continue
            if suffix.lower() == "dist-info" and version:
                found[name] = version
            else:
                unsure.append(name)
    return {name: found.get(name) or (_from_metadata(name) if name in unsure else NOT_INSTALLED)
            for name in wanted.values()}


def _normalized(name: str) -> str:
    """A project's name as importlib.metadata compares it (PEP 503, with underscores)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _only_the_path_finder() -> bool:
    """Whether the path's folders are the only place distributions are found (no other finder adds any)."""
    from importlib.machinery import PathFinder

    return all(finder is PathFinder or not hasattr(finder, "find_distributions") for finder in sys.meta_path)


def _from_metadata(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return NOT_INSTALLED
