"""INSERT … ON CONFLICT on the archive's two backends (SQLite and PostgreSQL). Concurrent writers rely
on unique constraints and these statements, never on check-then-insert."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply be retried.
_TRANSIENT = {"40P01", "40001"}


def insert_for(session: Session, model):
    """An INSERT for `model` that supports ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model)
    if dialect == "sqlite":
        return sqlite.insert(model)
    raise NotImplementedError(f"the archive runs on SQLite or PostgreSQL, not {dialect}")


def is_transient(exc: DBAPIError) -> bool:
    """A deadlock or serialization failure between concurrent writers (retrying succeeds)."""
    return getattr(exc.orig, "sqlstate", None) in _TRANSIENT
