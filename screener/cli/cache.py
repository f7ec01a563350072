"""`screener cache`: where the extracted-text cache lives, and clearing it."""
from __future__ import annotations

import typer

cache_app = typer.Typer(help="The extracted-text cache (private to you; one JSON file per resume content).",
                        no_args_is_help=True)


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached extraction."""
    from ..run.cache import Cache

    cache = Cache()
    typer.echo(f"removed {cache.clear()} cached extractions from {cache.folder}")


@cache_app.command("path")
def cache_path() -> None:
    """Print where the cache lives."""
    from ..run.cache import Cache

    typer.echo(str(Cache().folder))
