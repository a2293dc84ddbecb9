"""A Ctrl-C while the command's modules load ends in one line, as one during a command does."""

from __future__ import annotations

import signal
import subprocess
import sys
import time


def test_ctrl_c_while_the_command_loads_prints_no_traceback() -> None:
    started = subprocess.Popen(
        [sys.executable, "-c", "from testimonies.cli.entry import run; run()", "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.15)  # inside the imports (they take a second or more), before any output
    started.send_signal(signal.SIGINT)
    out, err = started.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert started.returncode == 1, (started.returncode, out, err)
    assert err.strip() == "Aborted!"
