"""The `testimonies` command. Each area registers its commands from its own module."""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

from testimonies import __version__
from testimonies.cli.common import OneLineErrors

app = typer.Typer(
    name="testimonies",
    help="Document and verify testimonies: who did what to whom, when, where, according to whom.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    cls=OneLineErrors,
)

# Modules under testimonies.cli that define `register(app)`; one line per area.
COMMAND_MODULES = [
    "documents",
    "estimate",
    "names",
    "lists",
    "extract",
    "claims",
    "link",
    "export",
    "acts",
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"testimonies {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="TESTIMONIES_DB",
            help="Store URL (sqlite:///file.db, postgresql://...) or a file path. "
            "Default: testimonies.db in the working folder.",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print version.")
    ] = False,
) -> None:
    ctx.obj = {"db": db}


for _name in COMMAND_MODULES:
    importlib.import_module(f"testimonies.cli.{_name}").register(app)


if __name__ == "__main__":
    app()
