"""INSERT … ON CONFLICT on the archive's two backends (SQLite and PostgreSQL). Concurrent writers rely
on unique constraints and these statements, never on check-then-insert."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# PostgreSQL's deadlock_detected, serialization_failure and lock_not_available (lock_timeout): the
# transaction may simply be retried.
_TRANSIENT = {"40P01", "40001", "55P03"}


def insert_for(session: Session, model):
    """An INSERT for `model` that supports ``on_conflict_do_nothing`` / ``on_conflict_do_update``."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model)
    if dialect == "sqlite":
        return sqlite.insert(model)
    raise NotImplementedError(f"the archive runs on SQLite or PostgreSQL, not {dialect}")


def is_transient(exc: DBAPIError) -> bool:
    """A deadlock, serialization failure or lock timeout between concurrent writers (retrying succeeds)."""
    return getattr(exc.orig, "sqlstate", None) in _TRANSIENT
