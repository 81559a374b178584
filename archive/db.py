"""Opening the archive: engine, SQLite pragmas (WAL), schema migrations to the newest revision."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_REVISION = "0005"  # the newest migration in MIGRATIONS (a test keeps the two in step)
DB_ENV = "CONGDOAN_DB_URL"


class ArchiveError(RuntimeError):
    """The archive cannot be opened or written, with a one-line reason."""


def database_url(data_dir: Path, url: str | None = None) -> str:
    """The archive URL: an explicit one, else $CONGDOAN_DB_URL, else SQLite in the data directory."""
    url = url or os.environ.get(DB_ENV)
    if url:
        return url
    return f"sqlite:///{Path(data_dir).resolve() / 'archive.sqlite3'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _postgresql_timeouts(dbapi_connection, _record) -> None:
    """A writer waits at most a minute for another's row locks (then its batch is retried), and a
    crawler that vanished mid-transaction does not hold its locks for hours."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET lock_timeout = '60s'")
        cursor.execute("SET idle_in_transaction_session_timeout = '10min'")
    dbapi_connection.commit()


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One migrating process at a time: a file lock beside a SQLite file (its DDL is not
    transactional here), a transaction-scoped advisory lock on PostgreSQL."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if database and database != ":memory:":
        with open(f"{database}.migrate.lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
    else:
        yield


def schema_revision(engine: Engine) -> str | None:
    """The archive's migration revision, or None for an empty database."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SQLAlchemyError:
            return None


# The archive's tables, parents before children (a copy in this order never breaks a foreign key).
TABLES = (
    "sources",
    "crawl_runs",
    "raw_responses",
    "articles",
    "article_versions",
    "pages",
    "fetch_failures",
    "search_state",
)


def missing_tables(engine: Engine) -> list[str]:
    """The archive's tables that are not in the database (a damaged or tampered archive)."""
    from sqlalchemy import inspect

    present = set(inspect(engine).get_table_names())
    return [table for table in TABLES if table not in present]


def quick_check(engine: Engine) -> str | None:
    """SQLite's structural check of every page (about 0.5 s per 200 MB); None when sound or not SQLite."""
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as connection:
        found = connection.execute(text("PRAGMA quick_check(1)")).scalar()
    return None if found == "ok" else found.splitlines()[0]


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; one query when it is there already (Alembic, slow to
    import, is only loaded to migrate)."""
    found = schema_revision(engine)
    if found == SCHEMA_REVISION:
        return
    if found and found > SCHEMA_REVISION:  # revisions are zero-padded numbers: they sort
        raise ArchiveError(
            f"the archive at {engine.url.render_as_string()} has schema {found}, newer than this "
            f"version of congdoan-archive knows ({SCHEMA_REVISION}): upgrade it (git pull, pip install -r requirements.txt)"
        )
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _migration_lock(engine), engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (plain or ``file:…?mode=ro&uri=true``); None for an in-memory database."""
    from sqlalchemy import make_url

    database = make_url(url).database or ""
    database = database.removeprefix("file:").split("?")[0]
    return Path(database) if database and database != ":memory:" else None


def open_archive(url: str, migrate: bool = True, create: bool = True) -> Engine:
    """An engine on the archive at `url`, migrated; ArchiveError if it cannot be opened. Without
    `create`, a SQLite archive that does not exist yet is an error, not a new empty archive."""
    if url.startswith("sqlite:///") and (file := _sqlite_file(url)) is not None:
        if not create and not file.exists():
            raise ArchiveError(f"no archive at {file}: crawl first (`python cli.py crawl`), or give --data-dir or --db")
        file.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        elif engine.dialect.name == "postgresql":
            event.listen(engine, "connect", _postgresql_timeouts)
        if migrate:
            upgrade(engine)
            if missing := missing_tables(engine):
                raise ArchiveError(
                    f"the archive at {url} is missing tables ({', '.join(missing)}): it is damaged; "
                    "run `python cli.py archive check` and restore a backup (docs/operations.md)"
                )
    except SQLAlchemyError as exc:
        reason = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
        raise ArchiveError(f"cannot open the archive at {url}: {reason}") from None
    return engine
