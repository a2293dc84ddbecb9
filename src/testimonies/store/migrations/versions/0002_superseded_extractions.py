"""superseded extractions: claims and mentions of an earlier extraction are kept, marked

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:40:00

Re-extracting a document marks its earlier claims and mentions ``superseded_at`` instead of
deleting them, so reviews, act links and judgements that refer to them stay as history.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("claims", "mentions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True)
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("superseded_at")
