"""A Ctrl-C while the command's modules load ends in one line, as one during a command does."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

# the console script calls testimonies.cli.entry:run; "ready" says the interpreter is up and the
# command's imports (a second or more: spaCy, SQLAlchemy, pandas) are about to begin
LAUNCH = (
    "import sys; sys.stdout.write('ready\\n'); sys.stdout.flush(); "
    "from testimonies.cli.entry import run; run()"
)


def test_ctrl_c_while_the_command_loads_prints_no_traceback() -> None:
    started = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert started.stdout is not None
    assert started.stdout.readline() == "ready\n"
    time.sleep(0.2)  # into the imports, which take a second or more even on a fast machine
    started.send_signal(signal.SIGINT)
    out, err = started.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert started.returncode == 1, (started.returncode, out, err)
    assert err.strip() == "Aborted!"
