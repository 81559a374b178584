"""article versions record where their text came from; runs count the pages that were gone

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 16:00:00

A version is either the text of a fetch ("fetch") or the same raw response extracted again by a
newer extractor ("reextract", `cli.py reextract`): `show` and exports tell them apart. Pages that
answer 404 or 410 are counted as gone, apart from failures: they do not make a run partial.
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
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("gone", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("gone")
    with op.batch_alter_table("article_versions") as batch:
        batch.drop_column("origin")
