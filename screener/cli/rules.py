"""`screener rules`: validate, draft and list rule files."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import ScreenerError
from .common import EXIT_USAGE, err, fail, load_ruleset, write_output

rules_app = typer.Typer(help="Validate and list rule files.", no_args_is_help=True)


@rules_app.command("check")
def rules_check(files: Annotated[list[Path], typer.Argument(help="Rule files to validate.")]) -> None:
    """Validate rule files: exit 0 if every one loads, 2 with a located one-line error for each that does not.

    Takes several files so a pre-commit hook can pass it every changed rule file at once."""
    from ..rules.fairness import fairness_warnings
    from ..rules import load_rules

    broken = 0
    for file in files:
        try:
            ruleset = load_rules(file)
        except ScreenerError as exc:
            err(f"screener: {exc}")
            broken += 1
            continue
        typer.echo(f"ok: {file}: {len(ruleset.requirements)} requirements")
        for warning in fairness_warnings(ruleset):
            err(f"warning: {warning}")
    if broken:
        raise typer.Exit(EXIT_USAGE)


@rules_app.command("draft")
def rules_draft(
    posting: Annotated[Path, typer.Argument(help="The job posting as plain text.", exists=True, dir_okay=False)],
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the rule set (default: from the "
                                                                 "posting).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", dir_okay=False,
                                                   help="Write the draft here (atomically) instead of stdout.")
                      ] = None,
) -> None:
    """Draft a rule file from a job posting: one requirement per bullet, with checks to review and refine."""
    from ..rules.draft import draft_rules
    from ..loaders.text import decode

    try:
        raw = posting.read_bytes()
    except OSError as exc:
        raise fail(ScreenerError(f"cannot read {posting}: {exc.strerror or exc}")) from None
    text = draft_rules(decode(raw), title)
    if output is None:
        typer.echo(text, nl=False)
        return
    write_output(output, lambda out: out.write(text))
    err(f"wrote {output}; check it with: screener rules check {output}")


@rules_app.command("show")
def rules_show(file: Annotated[Optional[Path], typer.Argument(
        help="Rule file to list (default: the bundled rules).")] = None) -> None:
    """List a rule file's requirements: id, group, check kind, what a missing match means, and the text."""
    ruleset = load_ruleset(file)
    typer.echo(f"{ruleset.title}  ({ruleset.source})")
    for r in ruleset.requirements:
        kind = r.check.NAME
        typer.echo(f"  {r.id:28s} {r.group.value:14s} {kind:12s} missing={r.missing.value}\n      {r.text}")
