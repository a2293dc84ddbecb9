"""The project's gold set stays valid and in step with its annotation sources."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "examples" / "gold"


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False
    )


def test_gold_passes_the_checker() -> None:
    result = run(GOLD / "check_gold.py", str(GOLD))
    assert result.returncode == 0, result.stdout


def test_checker_reports_a_quote_that_does_not_match_the_text(tmp_path: Path) -> None:
    copy = tmp_path / "gold"
    (copy / "train").mkdir(parents=True)
    for name in ("001_haghighi_testimony.txt", "001_haghighi_testimony.jsonl"):
        shutil.copy(GOLD / "train" / name, copy / "train" / name)
    path = copy / "train" / "001_haghighi_testimony.jsonl"
    claims = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    claims[0]["evidence"]["start"] += 1
    path.write_text("\n".join(json.dumps(c) for c in claims) + "\n", encoding="utf-8")
    result = run(GOLD / "check_gold.py", str(copy))
    assert result.returncode == 1
    assert "001_haghighi_testimony.jsonl:1: quote differs" in result.stdout


def _dev_splits() -> list[str]:
    names = [p.name for p in GOLD.iterdir() if p.is_dir() and re.fullmatch(r"dev\d+", p.name)]
    return sorted(names, key=lambda name: int(name[3:]))


def test_gold_files_are_what_the_sources_build(tmp_path: Path) -> None:
    # A hand edit of a .jsonl (or a source changed without rebuilding) shows up here.
    copy = tmp_path / "gold"
    splits = ["train", "dev", *_dev_splits(), "links"]
    for part in ("src", *splits):
        shutil.copytree(GOLD / part, copy / part)
    shutil.copy(GOLD / "build_gold.py", copy / "build_gold.py")
    for stale in copy.glob("*/*.jsonl"):
        stale.unlink()  # what the builder writes must be written anew, not left from the copy
    result = run(copy / "build_gold.py")
    assert result.returncode == 0, result.stderr
    built = [p for part in splits for p in sorted(copy.glob(f"{part}/*.jsonl"))]
    committed = [p for part in splits for p in sorted(GOLD.glob(f"{part}/*.jsonl"))]
    assert [p.relative_to(copy) for p in built] == [p.relative_to(GOLD) for p in committed]
    assert len(built) >= 30 + 12 + 10 + 8 * 8 + 3  # train, dev, dev2, dev3 to dev10, links
    for path in built:
        committed = GOLD / path.relative_to(copy)
        assert path.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), path.name
