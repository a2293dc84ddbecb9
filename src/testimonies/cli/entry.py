"""The console command's entry point.

Loading the commands' modules (spaCy, SQLAlchemy, pandas) takes a second or two; a Ctrl-C in
that time used to end in a traceback. It now ends as a Ctrl-C during a command does: "Aborted!"
on stderr and exit status 1.
"""

from __future__ import annotations

import sys


def run() -> None:
    try:
        from testimonies.cli.main import app
    except KeyboardInterrupt:
        sys.stderr.write("Aborted!\n")
        raise SystemExit(1) from None
    app()
