"""Alembic environment: the connection is handed in by testimonies.store.db (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from testimonies.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations are run through testimonies.store.db.open_store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
