"""The archive: SQLAlchemy models and storage, the source of truth (see docs/architecture.md)."""
