"""article versions record where their text came from

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 16:00:00

A version is either the text of a fetch ("fetch") or the same raw response extracted again by a
newer extractor ("reextract", `cli.py reextract`): `show` and exports tell them apart.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("article_versions") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=12), nullable=False, server_default="fetch"))


def downgrade() -> None:
    with op.batch_alter_table("article_versions") as batch:
        batch.drop_column("origin")
