"""The CLI tests start from a store that exists (empty, migrated), as `ingest` or `lists import`
leaves one: the commands that only read refuse a store path where there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from testimonies.store.db import open_store


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url).close()
    return url
