"""crawl runs record whether they discovered everything

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:40:00

Only a run that discovered everything it was asked to saves the validators that let the next run
skip work; `runs` shows which runs left work for the next. Before, a run cut short by --max-pages or
a signal could save them too and hide articles for good, so the validators saved so far are
forgotten: the next crawl re-reads every listing, feed and sitemap once and fetches what was hidden.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("complete", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(sa.text("UPDATE pages SET etag = '', http_last_modified = ''"))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("complete")
