"""An id typed with more digits than any id can have is a one-line error on both stores."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from testimonies.cli.main import app

HUGE = "9" * 20


@pytest.mark.parametrize(
    "args",
    [
        ["show", HUGE],
        ["review-claim", HUGE, "--wrong"],
        ["claims", "--document", HUGE],
        ["unmerge", f"J-{HUGE}"],
        ["lists", "judge", f"record:{HUGE}", "1", "--same"],
    ],
)
def test_a_huge_id_is_a_one_line_error(store_url: str, args: list[str]) -> None:
    result = CliRunner().invoke(app, ["--db", store_url, *args])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.output
