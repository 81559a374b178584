"""Moving an archive to another database (SQLite to PostgreSQL, as it grows), ids and all."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, insert, select, text

from archive.db import TABLES, ArchiveError
from archive.models import Base

BATCH = 1000


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.scalar(select(func.count()).select_from(Base.metadata.tables[name])) for name in TABLES
        }


def copy_archive(source: Engine, target: Engine, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty archive `target` (already migrated), keeping ids;
    returns the rows copied per table. Refuses a target that holds anything."""
    if any(row_counts(target).values()):
        raise ArchiveError(
            f"{target.url.render_as_string(hide_password=True)} is not empty: migrate into a new database"
        )
    with source.connect() as reading, target.begin() as writing:
        streaming = reading.execution_options(yield_per=BATCH)
        for name in TABLES:
            table = Base.metadata.tables[name]
            result = streaming.execute(select(table).order_by(*table.primary_key.columns))
            for rows in result.mappings().partitions(BATCH):
                writing.execute(insert(table), [dict(row) for row in rows])
                if progress:
                    progress(len(rows))
        if target.dialect.name == "postgresql":  # ids were given explicitly: move the sequences past them
            for name in TABLES:
                if "id" in Base.metadata.tables[name].c:
                    writing.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {name}), 1), (SELECT MAX(id) FROM {name}) IS NOT NULL)"
                        )
                    )
    copied, expected = row_counts(target), row_counts(source)
    if copied != expected:
        raise ArchiveError(f"the copy does not match the archive: {copied} != {expected}")
    return copied
