"""A run killed with SIGKILL loses nothing it reported; the next run picks up where it stopped."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from testimonies.store.db import open_store
from testimonies.store.schema import Document
from testimonies.store.verify import verify_store

FILES = 400
STORED = re.compile(r"^(.*): stored as document (\d+)$")


def _ingest_command(store_url: str, folder: Path) -> list[str]:
    return [sys.executable, "-m", "testimonies.cli.main", "--db", store_url, "ingest", str(folder)]


def test_killed_ingest_loses_nothing_reported_and_resumes(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"doc{i:04d}.txt").write_text(f"Statement number {i}: he was detained.\n")
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        _ingest_command(store_url, folder), stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    reported: dict[str, int] = {}
    for line in process.stdout:
        match = STORED.match(line.strip())
        if match:
            reported[match.group(1)] = int(match.group(2))
        if len(reported) >= 25:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL

    store = open_store(store_url)
    with store.session() as session:
        rows = session.execute(select(Document.source_path, Document.id)).all()
        stored = {path: doc_id for path, doc_id in rows}
    assert len(stored) < FILES, "the run finished before it could be killed"
    for path, document_id in reported.items():
        assert stored.get(path) == document_id
    assert verify_store(store).ok

    finished = subprocess.run(_ingest_command(store_url, folder), capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert f"{FILES - len(stored)} stored" in finished.stdout
    assert f"{len(stored)} unchanged" in finished.stdout
    with store.session() as session:
        assert session.execute(select(func.count()).select_from(Document)).scalar_one() == FILES
    assert verify_store(store).ok
    store.close()
