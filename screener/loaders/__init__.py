"""Loader registry: pick a loader by the file's magic bytes first, its extension second."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import LoadError
from ..models import Document
from . import latex, text

Loader = Callable[[Path], Document]

# extension -> loader; pdf and docx register here when they exist
LOADERS: dict[str, Loader] = {
    ".txt": text.load,
    ".md": text.load,
    ".tex": latex.load,
}

SUPPORTED = frozenset(LOADERS)


def load(path: Path) -> Document:
    """Read one resume; any failure is a LoadError with a one-line reason."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoadError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        return loader(path)
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
