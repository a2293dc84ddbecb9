"""Shared fixtures: a store URL for each backend, with a throwaway real PostgreSQL server.

The PostgreSQL server is started from the installed binaries in a temporary folder, on loopback,
and stopped at the end of the session. Without the binaries its tests are skipped, except under
CI=true, where a missing PostgreSQL fails the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from testimonies.store.throwaway_pg import (
    HOW_TO_INSTALL,
    PostgresServer,
    find_bin_dir,
    throwaway_postgres,
)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if find_bin_dir() is None:
        if os.environ.get("CI") == "true":
            pytest.fail(HOW_TO_INSTALL + " (required under CI=true)")
        pytest.skip(HOW_TO_INSTALL + " to run the PostgreSQL tests")
    with throwaway_postgres() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"
