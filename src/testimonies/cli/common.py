"""What every command shares: the store option, consoles, and turning errors into one line."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy.exc import DataError, OperationalError
from typer.core import TyperGroup

from testimonies.errors import InputError, TestimoniesError
from testimonies.store.db import Store, in_memory, open_store, shown_url

if TYPE_CHECKING:
    from testimonies.link.entities import DecisionValue

# Off a terminal (pipes, `make demo` logs) rich would squeeze tables into 80 columns.
_WIDTH = None if sys.stdout.isatty() else 160
console = Console(soft_wrap=True, width=_WIDTH)
err_console = Console(stderr=True, soft_wrap=True, width=_WIDTH)

P = ParamSpec("P")
R = TypeVar("R")


def store_url(ctx: typer.Context) -> str | None:
    obj: dict[str, Any] = ctx.find_root().obj or {}
    url = obj.get("db")
    return str(url) if url else None


def open_from(ctx: typer.Context, create: bool = False) -> Store:
    """The store named by --db / $TESTIMONIES_DB / ./testimonies.db; made on first use only
    by the commands that bring material in (`create`), so a mistyped path is an error."""
    given = (ctx.find_root().obj or {}).get("db")
    if given is not None and not str(given).strip():  # --db "$UNSET": not ./testimonies.db
        raise InputError("--db", "empty: name a store file or URL, or leave --db out to use "
                         "testimonies.db in the working folder")  # fmt: skip
    if in_memory(store_url(ctx)):
        raise InputError(
            str(given or "TESTIMONIES_DB"),
            "a store in memory is gone when the command ends, with all it stored: "
            "name a file, e.g. --db testimonies.db",
        )
    return open_store(store_url(ctx), must_exist=not create)


def shown(value: object) -> str:
    """A value from a document, a file name or the user as written: '[/]' or '[red]' in it is
    text, not console markup (which would restyle it, or fail on an unmatched tag)."""
    return escape(str(value))


def fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {shown(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


class OneLineErrors(TyperGroup):
    """The command group whose usage errors (a value out of range, an unknown option, a missing
    argument) are one line naming the value and the command's --help, as the library's own
    errors are, instead of a usage block and a framed box."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        def run(standalone: bool) -> Any:
            return super(OneLineErrors, self).main(
                args, prog_name, complete_var, standalone, windows_expand_args, **extra
            )

        if not standalone_mode:
            return run(False)
        try:
            code = run(False)
        except typer.TyperException as exc:  # Typer's own click: usage errors, bad values
            raise SystemExit(_usage_line(exc)) from None
        except typer.Abort:
            err_console.print("Aborted!", highlight=False)
            raise SystemExit(1) from None
        except Exception as exc:  # a defect of ours: one line, the traceback when asked for
            if os.environ.get("TESTIMONIES_DEBUG") or os.environ.get("PYTEST_CURRENT_TEST"):
                raise
            raise SystemExit(_defect_line(exc)) from None
        # Without standalone mode a command's return value, or an Exit's code, comes back.
        raise SystemExit(code if isinstance(code, int) else 0)


def _defect_line(exc: Exception) -> int:
    first = (str(exc).strip().splitlines() or [""])[0]
    err_console.print(
        f"[red]error:[/red] {shown(f'{type(exc).__name__}: {first}')} (unforeseen: please "
        "report it; TESTIMONIES_DEBUG=1 shows where it happened)",
        highlight=False,
        soft_wrap=True,
    )
    return 1


def _usage_line(exc: typer.TyperException) -> int:
    if type(exc).__name__ == "NoArgsIsHelpError":  # the help itself was asked for, and shown
        return exc.exit_code
    context = getattr(exc, "ctx", None)
    where = f"{context.command_path}: " if context is not None else ""
    hint = f" (see {context.command_path} --help)" if context is not None else ""
    message = " ".join(exc.format_message().split())
    line = shown(f"{where}{message}{hint}")
    err_console.print(f"[red]error:[/red] {line}", highlight=False, soft_wrap=True)
    return exc.exit_code


def friendly_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Report the library's deliberate errors, and values the store cannot hold (an id of 30
    digits), as one line and exit 2, without a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except TestimoniesError as exc:
            raise fail(str(exc)) from None
        except OverflowError:  # SQLite: an id typed with more digits than any id can have
            raise fail("a number given is too large for the store (no id or count is)") from None
        except MemoryError:  # --k 100000000000: the arrays asked for do not fit
            raise fail(
                "not enough memory for the sizes given: lower the counts asked for"
            ) from None
        except OperationalError as exc:  # locked by another writer, read-only, server gone
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unavailable"
            store = _store_of([*args, *kwargs.values()])
            raise fail(f"{store}: {reason} (the change under way was undone)") from None
        except DataError as exc:  # PostgreSQL: "integer out of range" and the like
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "a value was refused"
            raise fail(f"the store refused a value given: {reason}") from None

    return wrapper


def _store_of(arguments: list[object]) -> str:
    """The store a command was pointed at, from the context among its arguments."""
    # Typer hands commands its own click's Context, not an instance of typer.Context.
    contexts = [cast(typer.Context, a) for a in arguments if hasattr(a, "find_root")]
    return shown_url(store_url(contexts[0]) if contexts else None)


def warn_if_acts_are_stale(outside: int) -> None:
    """Claims extracted since the last `link` are in no act yet: the acts shown are older."""
    if outside:
        err_console.print(
            f"[yellow]warning:[/yellow] {outside} claims were extracted since the last link and "
            "are in no act yet: run testimonies link to bring the acts up to date",
            highlight=False,
            soft_wrap=True,
        )


# Below this width a table of many columns folds every word into pieces ('publish er'):
# each row is printed as a block of 'column: value' lines instead.
_NARROW = 100


def print_table(table: Table) -> None:
    """``table`` on stdout; on a narrow terminal (80 columns) as one block per row, the first
    two cells as its heading, so that names, sources and quotes stay readable."""
    if not table.row_count:  # the title says '0 claims'; a header over nothing says no more
        console.print(table.title or "nothing found", highlight=False)
        return
    if console.width >= _NARROW or len(table.columns) <= 4:
        console.print(table)
        return
    if table.title:
        console.print(table.title, highlight=False)
    columns = [(str(c.header), [str(cell) for cell in c.cells]) for c in table.columns]
    for row in range(table.row_count):
        heading = "  ".join(cells[row] for _, cells in columns[:2])
        console.print(f"[bold]{heading}[/bold]", highlight=False)
        for header, cells in columns[2:]:
            if cells[row].strip():
                console.print(f"  {header}: {cells[row]}", highlight=False)


def say_skipped(skipped: dict[str, int]) -> None:
    """Files in the folders given that ingest does not read: named, even when quiet."""
    if skipped:
        kinds = ", ".join(f"{kind} {count}" for kind, count in skipped.items())
        err_console.print(
            f"[yellow]warning:[/yellow] {sum(skipped.values())} documents in the folders given "
            f"are of types not read and were left out ({shown(kinds)}): save them as PDF (with "
            "a text layer: OCR for scans), HTML or text to read them",
            highlight=False,
            soft_wrap=True,
        )


def say_next_step(step: str | None) -> bool:
    """On stderr, the step a first-time user has still to run before an answer can hold
    anything (so an empty table is not read as 'none found'); whether there was one."""
    if step:
        err_console.print(f"nothing to show yet: {shown(step)}", highlight=False, soft_wrap=True)
    return step is not None


def one_decision(command: str, same: bool, different: bool, unsure: bool) -> DecisionValue:
    """The one decision of --same / --different / --unsure a judging command was given."""
    chosen = [name for name, flag in (("same", same), ("different", different),
              ("unsure", unsure)) if flag]  # fmt: skip
    if len(chosen) != 1:
        raise InputError(command, "give exactly one of --same, --different, --unsure")
    return chosen[0]  # type: ignore[return-value]
