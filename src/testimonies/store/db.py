"""Opening a store: SQLite by default, PostgreSQL by URL; schema kept current by Alembic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from testimonies.errors import StoreError

DEFAULT_URL = "sqlite:///testimonies.db"
BACKENDS = ("sqlite", "postgresql")
ENV_VAR = "TESTIMONIES_DB"
MIGRATIONS = Path(__file__).parent / "migrations"


def resolve_url(url: str | None) -> str:
    """The store URL: the argument, else $TESTIMONIES_DB, else testimonies.db here.

    A bare file path is accepted as a SQLite store.
    """
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in chosen:
        chosen = f"sqlite:///{chosen}"
    # postgres:// is the spelling many hosts hand out (and libpq accepts) for the same server.
    for scheme in ("postgresql://", "postgres://"):
        if chosen.startswith(scheme):
            chosen = "postgresql+psycopg://" + chosen.removeprefix(scheme)
    return chosen


def in_memory(url: str | None) -> bool:
    """Whether ``url`` names a SQLite store in memory (sqlite://, :memory:), which the tests
    use and which ends with the process: a command would store into it and lose everything."""
    try:
        parsed = make_url(resolve_url(url))
    except ArgumentError:
        return False
    database = parsed.database or ""
    return parsed.get_backend_name() == "sqlite" and (
        database in ("", ":memory:") or "mode=memory" in str(parsed)
    )


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _head(config: Config) -> str | None:
    return ScriptDirectory.from_config(config).get_current_head()


def _known(config: Config, revision: str) -> bool:
    return revision in {s.revision for s in ScriptDirectory.from_config(config).walk_revisions()}


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is already there)."""
    config = _alembic_config(engine)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == _head(config):
        return
    if current is not None and not _known(config, current):
        raise StoreError(
            f"the store's schema is at revision {current!r}, which this version of testimonies "
            "does not know (a newer version wrote it?): upgrade testimonies to open it"
        )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    """A connected, migrated store. Sessions come from :meth:`session`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back otherwise."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def shown_url(url: str | None) -> str:
    """The store URL as messages may show it: the password, if any, masked."""
    resolved = resolve_url(url)
    try:
        return make_url(resolved).render_as_string(hide_password=True)
    except ArgumentError:
        return resolved


def create_store_engine(url: str | None = None, must_exist: bool = False) -> Engine:
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise StoreError(f"{resolved}: not a database URL ({exc})") from exc
    if parsed.get_backend_name() not in BACKENDS:
        raise StoreError(
            f"{shown_url(url)}: not a kind of store this program uses "
            "(SQLite or PostgreSQL: a file path, sqlite:///file.db, postgresql://...)"
        )
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        is_path = database not in ("", ":memory:") and not parsed.query.get("uri")
        if is_path and not Path(database).parent.exists():
            raise StoreError(f"{database}: the folder for the store does not exist")
        if is_path and must_exist and not Path(database).exists():
            raise StoreError(
                f"{database}: no store here (ingest or lists import makes one; "
                "check --db or TESTIMONIES_DB)"
            )
        if is_path and Path(database).is_dir():
            raise StoreError(
                f"{database}: a folder, not a store file (name a file in it, such as "
                f"{Path(database) / 'testimonies.db'})"
            )
        engine = create_engine(resolved)
        event.listen(engine, "connect", _tune_sqlite)
        return engine
    return create_engine(resolved, pool_pre_ping=True)


def open_store(url: str | None = None, must_exist: bool = False) -> Store:
    """Connect to the store at ``url`` and bring its schema up to date. A SQLite file that
    does not exist is made, unless ``must_exist`` (a command that only reads: a mistyped path
    would otherwise be answered from a new, empty store, and leave it behind)."""
    engine = create_store_engine(url, must_exist)
    try:
        migrate(engine)
    except DatabaseError as exc:  # no server, a file that is not a database, no permission
        engine.dispose()
        first_line = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"{shown_url(url)}: cannot open the store ({first_line})") from exc
    except StoreError as exc:
        engine.dispose()
        raise StoreError(f"{shown_url(url)}: {exc}") from exc
    return Store(engine)
